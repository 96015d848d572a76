/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench-summary.c: times nrpnet on one network.
 *
 *   bench-summary ACTORS TIES [--linear]
 *
 * Prints one line: ties, load seconds, summary seconds (every per-wave
 * measure of every wave), and the peak resident memory of the process.
 * With --linear, also every linear-time measure a big study needs: the
 * sector mixing of each wave with each sector's and actor's E-I index
 * (mixing_s), the change table of waves 1 and 2 (change_s), and the JSON
 * of the summary, with every actor's degrees, and of the change (json_s);
 * and then each wave's betweenness sampled with epsilon 0.01 and delta 0.1
 * (sampled_s, samples: nrp_summary_add_sampled_betweenness()).
 */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include <nrpnet.h>

static int
fail (GError *error)
{
  fprintf (stderr, "%s\n", error->message);
  g_error_free (error);
  return 1;
}

int
main (int argc, char **argv)
{
  GError *error = NULL;
  NrpNetwork *net;
  NrpSummary *s;
  NrpMixing *mx = NULL;
  NrpChange *c = NULL;
  gint64 t0, t1, t2, t3 = 0, t4 = 0, t5 = 0, t6 = 0;
  guint64 ties = 0;
  gsize json_bytes = 0;
  gboolean linear = argc == 4 && strcmp (argv[3], "--linear") == 0;
  struct rusage ru;

  if (argc != 3 && !linear)
    {
      fprintf (stderr, "usage: bench-summary ACTORS TIES [--linear]\n");
      return 2;
    }
  t0 = g_get_monotonic_time ();
  net = nrp_network_load (argv[1], argv[2], NULL, &error);
  t1 = g_get_monotonic_time ();
  if (net == NULL)
    return fail (error);
  s = nrp_summary_compute (net, &error);
  t2 = g_get_monotonic_time ();
  if (s == NULL)
    return fail (error);
  if (linear)
    {
      char *json;
      if ((mx = nrp_mixing_compute (net, 0, 1, &error)) == NULL)
        return fail (error);
      t3 = g_get_monotonic_time ();
      if ((c = nrp_change_compute (net, 1, 2, &error)) == NULL)
        return fail (error);
      t4 = g_get_monotonic_time ();
      json = nrp_summary_to_json (s, net, TRUE);
      json_bytes += strlen (json);
      g_free (json);
      json = nrp_change_to_json (net, &c, 1, TRUE);
      json_bytes += strlen (json);
      g_free (json);
      t5 = g_get_monotonic_time ();
      if (!nrp_summary_add_sampled_betweenness (s, net, 0.01, 0.1, 1, 0, &error))
        return fail (error);
      t6 = g_get_monotonic_time ();
    }
  for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
    ties += nrp_network_get_n_ties (net, w);
  getrusage (RUSAGE_SELF, &ru);
  printf ("ties=%" G_GUINT64_FORMAT " actors=%u load_s=%.4f summary_s=%.4f", ties,
          nrp_network_get_n_actors (net), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
  if (linear)
    {
      const NrpBetweennessSample *info;
      nrp_summary_get_sampled_betweenness (s, 1, &info);
      printf (" mixing_s=%.4f change_s=%.4f json_s=%.4f json_mb=%.1f total_s=%.4f sampled_s=%.4f"
              " samples=%u",
              (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6, json_bytes / 1e6, (t5 - t0) / 1e6,
              (t6 - t5) / 1e6, info->samples);
    }
  printf (" maxrss_mb=%.1f\n", ru.ru_maxrss / 1024.0);
  nrp_change_free (c);
  nrp_mixing_free (mx);
  nrp_summary_free (s);
  nrp_network_free (net);
  return 0;
}
