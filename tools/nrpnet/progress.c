/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * progress.c: a bar on stderr for work that takes more than a second,
 * drawn only when stderr is a terminal and --quiet was not given.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

void
progress_init (Progress *p, const InputArgs *a, const char *what)
{
  p->enabled = !a->quiet && isatty (fileno (stderr));
  p->start = g_get_monotonic_time ();
  p->shown = -1;
  p->what = what;
}

void
progress_update (double done, gpointer data)
{
  Progress *p = data;
  int pct = (int) floor (done * 100 + 1e-6);
  if (!p->enabled || pct == p->shown || g_get_monotonic_time () - p->start < G_USEC_PER_SEC)
    return;
  p->shown = pct;
  fprintf (stderr, "\r%s [%-40.*s] %3d%%", p->what, pct * 40 / 100,
           "########################################", pct);
  fflush (stderr);
}

void
progress_done (Progress *p)
{
  if (p->enabled && p->shown >= 0)
    fprintf (stderr, "\r%*s\r", (int) strlen (p->what) + 48, "");
}
