/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-alloc.c: running out of memory on any allocation of a small report
 * is an error or GLib's documented abort, never a crash.
 *
 * This program defines malloc, calloc and realloc itself (the process's
 * definitions, so GLib's, igraph's and nrpnet's allocations all come
 * here): each counts, and the k-th fails; allocations libigraph makes
 * itself are neither counted nor failed (see FROM_IGRAPH). A warm-up run, then a counted
 * run, gives N, the allocations of loading a small network and computing,
 * writing and freeing its whole report. Then, for every k from 1 to N, a
 * child process (forked from the warmed-up parent, so its allocations are
 * the counted run's) fails the k-th allocation and the parent classifies
 * how it ended:
 *   - the report was made (an allocation whose failure the code absorbed,
 *     or a part that igraph could not compute: null with its warning), or
 *     the call failed with NRP_ERROR_NO_MEMORY or NRP_ERROR_COMPUTE:
 *     accepted, the error's message saying what;
 *   - GLib's g_malloc() abort ("failed to allocate N bytes"), its
 *     documented policy for small allocations: accepted and counted;
 *   - any other error code (a failed allocation reported as bad data), an
 *     igraph assertion or fatal error (its fatal handler is caught), a
 *     segfault, a double free or any other signal: a failure, named with
 *     its k.
 * Under the sanitizers (which own malloc) the test is skipped.
 */
#define _GNU_SOURCE 1
#include "config.h"

#include <errno.h>
#include <link.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <igraph.h>

#include <nrpnet.h>

#ifdef NRP_ALLOC_SKIP
/* A --enable-sanitizers build: ASan owns malloc, and a program that
 * defines it cannot even start (Makefile.am defines NRP_ALLOC_SKIP). */
int
main (void)
{
  printf ("1..0 # SKIP the sanitizers own malloc\n");
  return 77;
}
#else

extern void *__libc_malloc (size_t n);
extern void *__libc_calloc (size_t n, size_t size);
extern void *__libc_realloc (void *p, size_t n);

static long counter;
static long fail_at;      /* 0: never */
static gboolean counting;

/* Where the failing allocation is made (a debugger's breakpoint). */
static void __attribute__ ((noinline))
failing_now (void)
{
  __asm__ volatile ("");
}

static gboolean
fails (void)
{
  if (!counting || ++counter != fail_at)
    return FALSE;
  failing_now ();
  return TRUE;
}

/* Where libigraph's code lies: its own allocations are not failed (igraph's
 * recovery from its own failures is igraph's; nrpnet's is what is tested:
 * every allocation of nrpnet, GLib, json-glib and cairo on nrpnet's
 * paths, and igraph's error returns through nrpnet's boundary). */
static uintptr_t igraph_lo, igraph_hi;

static int
find_igraph (struct dl_phdr_info *info, size_t size, void *data)
{
  (void) size;
  (void) data;
  if (info->dlpi_name == NULL || strstr (info->dlpi_name, "libigraph.so") == NULL)
    return 0;
  for (int k = 0; k < info->dlpi_phnum; k++)
    if (info->dlpi_phdr[k].p_type == PT_LOAD && (info->dlpi_phdr[k].p_flags & PF_X))
      {
        igraph_lo = info->dlpi_addr + info->dlpi_phdr[k].p_vaddr;
        igraph_hi = igraph_lo + info->dlpi_phdr[k].p_memsz;
      }
  return 1;
}

#define FROM_IGRAPH(ra) ((uintptr_t) (ra) >= igraph_lo && (uintptr_t) (ra) < igraph_hi)
/* NRP_ALLOC_IGRAPH=1 fails igraph's own allocations too (a diagnostic: with
 * igraph 0.10.2 some failures inside igraph_community_leiden() and
 * igraph_community_multilevel() corrupt the heap or trip igraph's own
 * assertions, inside igraph, whatever its caller does). */

void *malloc (size_t n);
void *calloc (size_t n, size_t size);
void *realloc (void *p, size_t n);

void *
malloc (size_t n)
{
  if (FROM_IGRAPH (__builtin_return_address (0)))
    return __libc_malloc (n);
  return fails () ? NULL : __libc_malloc (n);
}

void *
calloc (size_t n, size_t size)
{
  if (FROM_IGRAPH (__builtin_return_address (0)))
    return __libc_calloc (n, size);
  return fails () ? NULL : __libc_calloc (n, size);
}

void *
realloc (void *p, size_t n)
{
  if (FROM_IGRAPH (__builtin_return_address (0)))
    return __libc_realloc (p, n);
  return fails () ? NULL : __libc_realloc (p, n);
}

enum {
  OUT_OK = 0,          /* the report was made */
  OUT_NO_MEMORY = 10,  /* NRP_ERROR_NO_MEMORY or NRP_ERROR_COMPUTE */
  OUT_GLIB_ABORT = 11, /* g_malloc's "failed to allocate" */
  OUT_WRONG_ERROR = 12,
  OUT_IGRAPH_FATAL = 13,
  OUT_OTHER_FATAL = 14
};

static void
on_fatal_log (const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer data)
{
  (void) domain;
  (void) level;
  (void) data;
  _exit (message != NULL && strstr (message, "failed to allocate") != NULL ? OUT_GLIB_ABORT
                                                                           : OUT_OTHER_FATAL);
}

static void
on_igraph_fatal (const char *reason, const char *file, int line)
{
  (void) reason;
  (void) file;
  (void) line;
  _exit (OUT_IGRAPH_FATAL);
}

static char *actors_path, *ties_path;

/* One load, report, JSON and free; the outcome code. */
static int
run_once (void)
{
  GError *error = NULL;
  NrpNetwork *net;
  NrpReportOptions *ro;
  NrpReport *r;
  int out = OUT_OK;

  net = nrp_network_load (actors_path, ties_path, NULL, &error);
  if (net == NULL)
    goto failed;
  ro = nrp_report_options_new ();
  nrp_report_options_set_threads (ro, 1, NULL);
  nrp_report_options_set_permutations (ro, 19, NULL);
  r = nrp_report_compute (net, ro, &error);
  nrp_report_options_free (ro);
  if (r != NULL)
    {
      char *json = nrp_report_to_json (r, net, TRUE);
      g_free (json);
      nrp_report_free (r);
    }
  nrp_network_free (net);
  if (r == NULL)
    goto failed;
  return OUT_OK;
failed:
  out = error != NULL && error->domain == NRP_ERROR
            && (error->code == NRP_ERROR_NO_MEMORY || error->code == NRP_ERROR_COMPUTE)
          ? OUT_NO_MEMORY
          : OUT_WRONG_ERROR;
  if (out == OUT_WRONG_ERROR)
    fprintf (stderr, "wrong error: %s\n", error != NULL ? error->message : "(none)");
  g_clear_error (&error);
  return out;
}

static char *
write_temp (const char *text)
{
  char *path = NULL;
  int fd = g_file_open_tmp ("nrp-alloc-XXXXXX.csv", &path, NULL);
  if (fd < 0 || !g_file_set_contents (path, text, -1, NULL))
    exit (99);
  close (fd);
  return path;
}

int
main (void)
{
  long n, counts[OUT_OTHER_FATAL + 2] = { 0 };
  int status = 0;

  /* A small typed network of two waves: every part of the report has work. */
  actors_path = write_temp ("id,sector,area\na,resident,A\nb,resident,A\nc,business,A\n"
                            "d,third_sector,B\ne,local_authority,B\nf,public_service,B\n"
                            "g,resident,B\nh,academic,\n");
  ties_path = write_temp ("source,target,wave\na,b,1\nb,c,1\nc,d,1\nd,e,1\ne,f,1\nf,g,1\n"
                          "a,h,1\nh,e,1\na,b,2\nb,c,2\nc,e,2\ne,f,2\nf,g,2\ng,d,2\nd,h,2\n"
                          "a,c,2\n");
  dl_iterate_phdr (find_igraph, NULL);
  if (g_getenv ("NRP_ALLOC_IGRAPH") != NULL)
    igraph_lo = igraph_hi = 1; /* an empty range: nothing is igraph's */
  else if (igraph_hi == 0)
    {
      printf ("not ok - libigraph's code not found in the process\n");
      return 1;
    }
  g_log_set_handler ("GLib", G_LOG_LEVEL_ERROR | G_LOG_FLAG_FATAL, on_fatal_log, NULL);
  g_log_set_handler (NULL, G_LOG_LEVEL_ERROR | G_LOG_FLAG_FATAL, on_fatal_log, NULL);
  igraph_set_fatal_handler (on_igraph_fatal);

  if (run_once () != OUT_OK)
    {
      printf ("not ok - the report is made when no allocation fails\n");
      return 1;
    }
  counter = 0;
  counting = TRUE;
  status = run_once ();
  counting = FALSE;
  n = counter;
  if (status != OUT_OK || n < 100)
    {
      printf ("not ok - the counted run (%ld allocations)\n", n);
      return 1;
    }
  if (g_getenv ("NRP_ALLOC_FAIL_AT") != NULL)
    {
      /* One k, in this process (for a debugger). */
      counter = 0;
      fail_at = atol (g_getenv ("NRP_ALLOC_FAIL_AT"));
      counting = TRUE;
      status = run_once ();
      counting = FALSE;
      printf ("allocation %ld failing: outcome %d\n", fail_at, status);
      return 0;
    }
  for (long k = 1; k <= n; k++)
    {
      pid_t pid = fork ();
      int ws;
      if (pid < 0)
        {
          perror ("fork");
          return 99;
        }
      if (pid == 0)
        {
          /* Quiet: a part igraph could not compute is a warning on no one's
           * terminal here. */
          counter = 0;
          fail_at = k;
          counting = TRUE;
          _exit (run_once ());
        }
      while (waitpid (pid, &ws, 0) < 0 && errno == EINTR)
        ;
      if (WIFEXITED (ws) && (WEXITSTATUS (ws) == OUT_OK || WEXITSTATUS (ws) == OUT_NO_MEMORY
                             || WEXITSTATUS (ws) == OUT_GLIB_ABORT))
        counts[WEXITSTATUS (ws) == OUT_OK ? OUT_OTHER_FATAL + 1 : WEXITSTATUS (ws)]++;
      else
        {
          status = 1;
          if (WIFSIGNALED (ws))
            printf ("not ok - allocation %ld failing: signal %d (%s)\n", k, WTERMSIG (ws),
                    strsignal (WTERMSIG (ws)));
          else
            printf ("not ok - allocation %ld failing: %s\n", k,
                    WEXITSTATUS (ws) == OUT_WRONG_ERROR    ? "an error that is not about memory"
                    : WEXITSTATUS (ws) == OUT_IGRAPH_FATAL ? "an igraph assertion"
                    : WEXITSTATUS (ws) == OUT_OTHER_FATAL  ? "a fatal GLib message"
                                                           : "an unexpected exit");
        }
    }
  printf ("%s - each of the %ld allocations of a small report failing in turn: %ld reports "
          "made, %ld out-of-memory errors, %ld GLib aborts\n",
          status == 0 ? "ok" : "not ok", n, counts[OUT_OTHER_FATAL + 1], counts[OUT_NO_MEMORY],
          counts[OUT_GLIB_ABORT]);
  g_unlink (actors_path);
  g_unlink (ties_path);
  return status;
}
#endif /* NRP_ALLOC_SKIP */
