/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz.h: what the libFuzzer harnesses share. Each harness feeds one
 * loader through the public API, the input split at NUL bytes into its
 * files (a NUL can never be part of a CSV nrpnet accepts), each file an
 * anonymous memory file (memfd) so nothing touches the disk. And each
 * asserts properties, not only "no crash":
 *  - a load that fails gives an NRP_ERROR naming one of the files given,
 *    with a line no further than the file's last line (an argument error,
 *    or a computation's, excepted), and nothing else;
 *  - a load that succeeds gives what the rows say: where the count of
 *    records is plain to see (no quote, no carriage return), one record is
 *    one actor, respondent, alter... (fuzz_records()).
 * GLib criticals are fatal: a loader must never hand a bad value on.
 */
#ifndef NRP_FUZZ_H
#define NRP_FUZZ_H

#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include <nrpnet.h>

#define FUZZ_ASSERT(cond)                                                                     \
  do                                                                                          \
    {                                                                                         \
      if (!(cond))                                                                            \
        {                                                                                     \
          fprintf (stderr, "fuzz: property failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
          abort ();                                                                           \
        }                                                                                     \
    }                                                                                         \
  while (0)

/* libFuzzer's entry points (each harness defines the first; the second
 * is FUZZ_INITIALIZE unless the harness sets up more). */
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);
int LLVMFuzzerInitialize (int *argc, char ***argv);

#define FUZZ_INITIALIZE                                                                       \
  int LLVMFuzzerInitialize (int *argc, char ***argv)                                          \
  {                                                                                           \
    fuzz_init ();                                                                             \
    return 0;                                                                                 \
  }

typedef struct {
  const uint8_t *data;
  size_t len;
  int fd;
  char path[64];
} FuzzFile;

/* Splits @data at its first @n - 1 NUL bytes into @n files (missing ones
 * empty) and writes each to a memory file. */
static inline void
fuzz_files_open (FuzzFile *f, guint n, const uint8_t *data, size_t size)
{
  size_t pos = 0;
  for (guint k = 0; k < n; k++)
    {
      const uint8_t *end = k + 1 < n && pos < size ? memchr (data + pos, 0, size - pos) : NULL;
      size_t len = end != NULL ? (size_t) (end - (data + pos)) : size - MIN (pos, size);
      f[k].data = data + MIN (pos, size);
      f[k].len = len;
      f[k].fd = memfd_create ("nrpnet-fuzz", MFD_CLOEXEC);
      FUZZ_ASSERT (f[k].fd >= 0);
      FUZZ_ASSERT (len == 0 || write (f[k].fd, f[k].data, len) == (ssize_t) len);
      snprintf (f[k].path, sizeof f[k].path, "/proc/self/fd/%d", f[k].fd);
      pos += len + 1;
    }
}

static inline void
fuzz_files_close (FuzzFile *f, guint n)
{
  for (guint k = 0; k < n; k++)
    close (f[k].fd);
}

/* The records of @f when they are plain to count: no quote and no
 * carriage return (so one physical line is one record), no byte order
 * mark; the non-empty lines less the header. -1 otherwise. */
static inline gssize
fuzz_records (const FuzzFile *f)
{
  gssize lines = 0;
  gboolean content = FALSE;
  if (memchr (f->data, '"', f->len) != NULL || memchr (f->data, '\r', f->len) != NULL
      || (f->len >= 3 && memcmp (f->data, "\xef\xbb\xbf", 3) == 0))
    return -1;
  for (size_t i = 0; i < f->len; i++)
    {
      if (f->data[i] == '\n')
        {
          lines += content;
          content = FALSE;
        }
      else
        content = TRUE;
    }
  lines += content;
  return lines > 0 ? lines - 1 : -1;
}

/* The physical lines of @f (a last line without its line feed counts). */
static inline guint
fuzz_lines (const FuzzFile *f)
{
  guint n = 1;
  for (size_t i = 0; i < f->len; i++)
    n += f->data[i] == '\n';
  return n;
}

/* A failed load's error: located in one of the @n files @f (the input's
 * and the harness's own), or an argument error. */
static inline void
fuzz_check_error (const GError *error, const FuzzFile *f, guint n)
{
  const char *file;
  FUZZ_ASSERT (error != NULL);
  FUZZ_ASSERT (error->domain == NRP_ERROR);
  FUZZ_ASSERT (error->message != NULL && *error->message != '\0');
  FUZZ_ASSERT (g_utf8_validate (error->message, -1, NULL));
  if (error->code == NRP_ERROR_ARGUMENT || error->code == NRP_ERROR_COMPUTE)
    return;
  file = nrp_error_get_file (error);
  FUZZ_ASSERT (file != NULL);
  for (guint k = 0; k < n; k++)
    if (strcmp (file, f[k].path) == 0)
      {
        FUZZ_ASSERT (nrp_error_get_line (error) <= fuzz_lines (&f[k]));
        return;
      }
  FUZZ_ASSERT (!"the error names a file that is not one of the load's");
}

/* Criticals (a g_return_if_fail()) are bugs: fatal under the fuzzer. */
static inline void
fuzz_init (void)
{
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING | G_LOG_FATAL_MASK);
}

/* A small valid file of the harness's own, in a memory file. */
static inline void
fuzz_fixed (FuzzFile *f, const char *text)
{
  fuzz_files_open (f, 1, (const uint8_t *) text, strlen (text));
}

#endif /* NRP_FUZZ_H */
