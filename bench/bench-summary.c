/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench-summary.c: times nrpnet on one network.
 *
 *   bench-summary ACTORS TIES
 *
 * Prints one line: ties, load seconds, summary seconds (every per-wave
 * measure of every wave), and the peak resident memory of the process.
 */
#include <stdio.h>
#include <sys/resource.h>

#include <nrpnet.h>

int
main (int argc, char **argv)
{
  GError *error = NULL;
  NrpNetwork *net;
  NrpSummary *s;
  gint64 t0, t1, t2;
  guint64 ties = 0;
  struct rusage ru;

  if (argc != 3)
    {
      fprintf (stderr, "usage: bench-summary ACTORS TIES\n");
      return 2;
    }
  t0 = g_get_monotonic_time ();
  net = nrp_network_load (argv[1], argv[2], NULL, &error);
  t1 = g_get_monotonic_time ();
  if (net == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      g_error_free (error);
      return 1;
    }
  s = nrp_summary_compute (net, &error);
  t2 = g_get_monotonic_time ();
  if (s == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      g_error_free (error);
      return 1;
    }
  for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
    ties += nrp_network_get_n_ties (net, w);
  getrusage (RUSAGE_SELF, &ru);
  printf ("ties=%" G_GUINT64_FORMAT " load_s=%.4f summary_s=%.4f maxrss_mb=%.1f\n", ties,
          (t1 - t0) / 1e6, (t2 - t1) / 1e6, ru.ru_maxrss / 1024.0);
  nrp_summary_free (s);
  nrp_network_free (net);
  return 0;
}
