/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench-report.c: times nrpnet's full report, and its exact betweenness
 * against igraph_betweenness on the same graph.
 *
 *   bench-report ACTORS TIES THREADS
 *
 * Prints:
 *   report: load_s=... report_s=... maxrss_mb=...
 *   betweenness unweighted: igraph_s=... nrpnet_s=... speedup=... maxdiff=...
 *   kernels unweighted: plain_s=... batched_s=... speedup=... maxdiff=...
 *     (the plain one-source kernel against the default: batches of 64
 *     sources, identical actors merged; maxdiff over all four measures)
 *   betweenness weighted:   (the same, path length 1/weight)
 *   betweenness sampled: epsilon=0.01 ... maxerr=... (nrp_betweenness_sample
 *     against the exact, as a share of n (n - 1))
 * maxdiff is the largest |nrpnet - igraph| / max(1, |igraph|) over the
 * actors of wave 1. Exits 1 if a difference exceeds 1e-9 (1e-12 between
 * the plain and the default kernel) or the speed-up over igraph is below 2.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>

#include <igraph.h>
#include <nrpnet.h>

#include "measures/paths.h"

static double
now (void)
{
  return g_get_monotonic_time () / 1e6;
}

int
main (int argc, char **argv)
{
  GError *error = NULL;
  NrpNetwork *net;
  NrpReport *report;
  g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
  double t0, t1, t2;
  struct rusage ru;
  guint threads, n_all, n = 0, m;
  guint *vertex, *sector;
  guint32 *arcs;
  double *weight;
  igraph_vector_int_t ev;
  igraph_vector_t len;
  igraph_t g;
  int status = 0;

  if (argc != 4)
    {
      fprintf (stderr, "usage: bench-report ACTORS TIES THREADS\n");
      return 2;
    }
  threads = (guint) atoi (argv[3]);
  t0 = now ();
  net = nrp_network_load (argv[1], argv[2], NULL, &error);
  t1 = now ();
  if (net == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  nrp_report_options_set_threads (ro, threads, NULL);
  report = nrp_report_compute (net, ro, &error);
  t2 = now ();
  if (report == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  getrusage (RUSAGE_SELF, &ru);
  printf ("report: load_s=%.3f report_s=%.3f maxrss_mb=%.1f\n", t1 - t0, t2 - t1,
          ru.ru_maxrss / 1024.0);

  /* Wave 1 as a graph for both implementations. */
  n_all = nrp_network_get_n_actors (net);
  m = nrp_network_get_n_ties (net, 1);
  vertex = g_new (guint, n_all);
  sector = g_new (guint, n_all);
  arcs = g_new (guint32, 2 * (gsize) m);
  weight = g_new (double, m);
  for (guint i = 0; i < n_all; i++)
    if (nrp_network_get_actor_present (net, i, 1))
      {
        sector[n] = nrp_network_get_actor_sector (net, i);
        vertex[i] = n++;
      }
  igraph_vector_int_init (&ev, 2 * (igraph_integer_t) m);
  igraph_vector_init (&len, m);
  for (guint k = 0; k < m; k++)
    {
      guint s, t;
      nrp_network_get_tie (net, 1, k, &s, &t, &weight[k], NULL);
      arcs[2 * k] = vertex[s];
      arcs[2 * k + 1] = vertex[t];
      VECTOR (ev)[2 * k] = vertex[s];
      VECTOR (ev)[2 * k + 1] = vertex[t];
      VECTOR (len)[k] = 1.0 / weight[k];
    }
  igraph_create (&g, &ev, n, nrp_network_is_directed (net));

  for (int weighted = 0; weighted <= 1; weighted++)
    {
      igraph_vector_t b;
      NrpPathGraph pg;
      double *bc = g_new (double, n), *bx = g_new (double, n), *cl = g_new (double, n),
             *hc = g_new (double, n);
      double a0, a1, b0, b1, maxdiff = 0, speedup;

      igraph_vector_init (&b, 0);
      a0 = now ();
      igraph_betweenness (&g, &b, igraph_vss_all (), nrp_network_is_directed (net),
                          weighted ? &len : NULL);
      a1 = now ();
      nrp_path_graph_init (&pg, n, nrp_network_is_directed (net), weighted, arcs, weight, m,
                           sector);
      b0 = now ();
      nrp_paths_compute (&pg, threads, bc, bx, cl, hc, NULL, NULL);
      b1 = now ();
      nrp_path_graph_clear (&pg);
      for (guint v = 0; v < n; v++)
        maxdiff = fmax (maxdiff, fabs (bc[v] - VECTOR (b)[v]) / fmax (1.0, fabs (VECTOR (b)[v])));
      speedup = (a1 - a0) / (b1 - b0);
      printf ("betweenness %s: igraph_s=%.3f nrpnet_s=%.3f speedup=%.2f maxdiff=%.1e\n",
              weighted ? "weighted" : "unweighted", a1 - a0, b1 - b0, speedup, maxdiff);
      if (maxdiff > 1e-9 || speedup < 2.0)
        status = 1;
      if (!weighted)
        {
          /* The plain kernel (one source at a time, no reduction) on the
           * same graph: what the batches and the merging of identical
           * actors gain, and how far apart they are. */
          double *pb = g_new (double, n), *px = g_new (double, n), *pc = g_new (double, n),
                 *ph = g_new (double, n), p0, p1, kdiff = 0;
          nrp_path_graph_init (&pg, n, nrp_network_is_directed (net), FALSE, arcs, NULL, m,
                               sector);
          pg.plain = TRUE;
          p0 = now ();
          nrp_paths_compute (&pg, threads, pb, px, pc, ph, NULL, NULL);
          p1 = now ();
          nrp_path_graph_clear (&pg);
          for (guint v = 0; v < n; v++)
            {
              kdiff = fmax (kdiff, fabs (bc[v] - pb[v]) / fmax (1.0, fabs (pb[v])));
              kdiff = fmax (kdiff, fabs (bx[v] - px[v]) / fmax (1.0, fabs (px[v])));
              if (!isnan (pc[v]))
                kdiff = fmax (kdiff, fabs (cl[v] - pc[v]) / fmax (1.0, fabs (pc[v])));
              kdiff = fmax (kdiff, fabs (hc[v] - ph[v]) / fmax (1.0, fabs (ph[v])));
            }
          printf ("kernels unweighted: plain_s=%.3f batched_s=%.3f speedup=%.2f maxdiff=%.1e\n",
                  p1 - p0, b1 - b0, (p1 - p0) / (b1 - b0), kdiff);
          if (kdiff > 1e-12)
            status = 1;
          g_free (pb);
          g_free (px);
          g_free (pc);
          g_free (ph);
        }
      if (!weighted)
        {
          /* Sampled betweenness (Riondato-Kornaropoulos) against the exact:
           * the largest error over n (n - 1), which must not exceed epsilon
           * (with probability 0.9). */
          double *est = g_new (double, n_all), c0, c1, worst = 0;
          guint r = 0;
          c0 = now ();
          if (!nrp_betweenness_sample (net, 1, 0.01, 0.1, 1, threads, est, &r, NULL))
            status = 1;
          c1 = now ();
          for (guint i = 0; i < n_all; i++)
            if (nrp_network_get_actor_present (net, i, 1))
              worst = fmax (worst, fabs (est[i] - VECTOR (b)[vertex[i]]) / ((double) n * (n - 1)));
          printf ("betweenness sampled: epsilon=0.01 delta=0.1 samples=%u sampled_s=%.3f "
                  "exact_s=%.3f speedup=%.1f maxerr=%.2g\n",
                  r, c1 - c0, b1 - b0, (b1 - b0) / (c1 - c0), worst);
          if (worst > 0.01)
            status = 1;
          g_free (est);
        }
      igraph_vector_destroy (&b);
      g_free (bc);
      g_free (bx);
      g_free (cl);
      g_free (hc);
    }
  igraph_destroy (&g);
  igraph_vector_destroy (&len);
  igraph_vector_int_destroy (&ev);
  g_free (vertex);
  g_free (sector);
  g_free (arcs);
  g_free (weight);
  nrp_report_free (report);
  nrp_network_free (net);
  return status;
}
