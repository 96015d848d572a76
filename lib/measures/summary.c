/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * summary.c: the first per-wave measures (see nrpnet/summary.h for each
 * definition) and their JSON report.
 *
 * How a wave is measured: the ties of a wave are sorted by (source,
 * target, type), so the ties of one dyad are adjacent and a single pass
 * counts distinct dyads and degrees. Components and transitivity are
 * measured (measures/kernels.c, igraph's results to the bit) on the
 * undirected simple graph among the actors present (vertex ids renumbered
 * densely), built once per wave.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "measures/kernels.h"
#include "core/nrp-private.h"

struct _NrpSummary {
  guint n_waves;
  guint n_actors;
  NrpWaveSummary *waves;  /* n_waves */
  guint *degree[3];       /* by NrpDegreeMode: n_waves * n_actors each */
  double *sampled;        /* n_waves * n_actors sampled betweenness, or NULL */
  NrpBetweennessSample *sample_info;  /* n_waves, with sampled */
};

void
nrp_summary_free (NrpSummary *s)
{
  if (s == NULL)
    return;
  for (guint k = 0; k < 3; k++)
    g_free (s->degree[k]);
  g_free (s->sampled);
  g_free (s->sample_info);
  g_free (s->waves);
  g_free (s);
}

static int
edge_cmp (const void *pa, const void *pb)
{
  const guint32 *a = pa, *b = pb;
  if (a[0] != b[0])
    return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : (a[1] > b[1]);
}

static void
measure_wave (const NrpNetwork *net, guint w, NrpSummary *s, guint *vertex, guint32 *edges)
{
  const NrpWave *wv = &net->waves[w - 1];
  NrpWaveSummary *ws = &s->waves[w - 1];
  guint *all = s->degree[NRP_DEGREE_ALL] + (gsize) (w - 1) * net->n_actors;
  guint *in = s->degree[NRP_DEGREE_IN] + (gsize) (w - 1) * net->n_actors;
  guint *out = s->degree[NRP_DEGREE_OUT] + (gsize) (w - 1) * net->n_actors;
  guint n = 0;
  gsize m = 0, ties = 0;
  guint64 pairs;

  ws->wave = w;
  for (guint i = 0; i < net->n_actors; i++)
    vertex[i] = nrp_present (net, w, i) ? n++ : G_MAXUINT;
  ws->actors_present = n;

  /* Distinct dyads (relation types collapsed) and degrees. */
  ties = nrp_wave_dyads (net, w, edges, NULL);
  for (gsize k = 0; k < ties; k++)
    {
      guint32 src = edges[2 * k], dst = edges[2 * k + 1];
      guint32 a = vertex[src], b = vertex[dst];
      out[src]++;
      in[dst]++;
      if (net->sector[src] == net->sector[dst])
        ws->ties_within_sector++;
      else
        ws->ties_cross_sector++;
      /* Reuse the slot for the simple graph's edge, in dense vertex ids. */
      edges[2 * k] = MIN (a, b);
      edges[2 * k + 1] = MAX (a, b);
    }
  m = ties;
  for (guint i = 0; i < net->n_actors; i++)
    {
      if (net->directed)
        all[i] = in[i] + out[i];
      else
        {
          all[i] = in[i] + out[i];
          in[i] = out[i] = all[i];
        }
      if (vertex[i] != G_MAXUINT && all[i] == 0)
        ws->isolates++;
      ws->max_degree = MAX (ws->max_degree, all[i]);
      ws->max_in_degree = MAX (ws->max_in_degree, in[i]);
      ws->max_out_degree = MAX (ws->max_out_degree, out[i]);
    }
  ws->ties = (guint) ties;
  ws->ei_index = ties > 0 ? ((double) ws->ties_cross_sector - (double) ws->ties_within_sector)
                              / (double) ties
                          : NAN;

  /* Observed dyads: pairs of present actors less those unobserved. */
  for (guint k = 0; k < wv->n_missing; k++)
    if (vertex[wv->missing[k].source] != G_MAXUINT && vertex[wv->missing[k].target] != G_MAXUINT)
      ws->missing_dyads++;
  pairs = (guint64) n * (n > 0 ? n - 1 : 0);
  if (!net->directed)
    pairs /= 2;
  ws->observed_dyads = pairs - ws->missing_dyads;
  ws->density = ws->observed_dyads > 0 ? (double) ties / (double) ws->observed_dyads : NAN;
  ws->mean_degree = n > 0 ? (net->directed ? 1.0 : 2.0) * (double) ties / n : NAN;

  /* The undirected simple graph: a reciprocated pair once. Each pair met
   * twice here is a mutual dyad. */
  if (net->directed && m > 1)
    {
      gsize u = 0;
      nrp_sort (edges, m, 2 * sizeof (guint32), edge_cmp);
      for (gsize k = 0; k < m; k++)
        if (u == 0 || edges[2 * k] != edges[2 * (u - 1)]
            || edges[2 * k + 1] != edges[2 * (u - 1) + 1])
          {
            edges[2 * u] = edges[2 * k];
            edges[2 * u + 1] = edges[2 * k + 1];
            u++;
          }
      ws->mutual_dyads = (guint) (m - u);
      m = u;
    }
  nrp_kernel_components (n, edges, m, &ws->components, &ws->largest_component);
  ws->transitivity = nrp_kernel_transitivity (n, edges, m);
  ws->largest_component_share = n > 0 ? (double) ws->largest_component / n : NAN;
}

NrpSummary *
nrp_summary_compute (const NrpNetwork *net, GError **error)
{
  g_autoptr (NrpSummary) s = NULL;
  g_autofree guint *vertex = NULL;
  g_autofree guint32 *edges = NULL;
  guint max_ties = 1;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  s = g_new0 (NrpSummary, 1);
  s->n_waves = net->n_waves;
  s->n_actors = net->n_actors;
  s->waves = g_new0 (NrpWaveSummary, net->n_waves);
  for (guint k = 0; k < 3; k++)
    s->degree[k] = g_new0 (guint, MAX ((gsize) net->n_waves * net->n_actors, 1));
  for (guint w = 0; w < net->n_waves; w++)
    max_ties = MAX (max_ties, net->waves[w].n_ties);
  vertex = g_new (guint, MAX (net->n_actors, 1));
  edges = g_new (guint32, 2 * (gsize) max_ties);

  for (guint w = 1; w <= net->n_waves; w++)
    measure_wave (net, w, s, vertex, edges);
  return g_steal_pointer (&s);
}

guint
nrp_summary_get_n_waves (const NrpSummary *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n_waves;
}

const NrpWaveSummary *
nrp_summary_get_wave (const NrpSummary *s, guint wave)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= s->n_waves, NULL);
  return &s->waves[wave - 1];
}

const guint *
nrp_summary_get_degrees (const NrpSummary *s, guint wave, NrpDegreeMode mode)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= s->n_waves, NULL);
  g_return_val_if_fail (mode <= NRP_DEGREE_OUT, NULL);
  return s->degree[mode] + (gsize) (wave - 1) * s->n_actors;
}


gboolean
nrp_summary_add_sampled_betweenness (NrpSummary *s, const NrpNetwork *net, double epsilon,
                                     double delta, guint64 seed, guint threads, GError **error)
{
  g_autofree double *values = NULL;
  g_autofree NrpBetweennessSample *info = NULL;

  g_return_val_if_fail (s != NULL && net != NULL, FALSE);
  g_return_val_if_fail (s->n_waves == net->n_waves && s->n_actors == net->n_actors, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  values = g_new (double, (gsize) MAX (s->n_waves, 1) * MAX (s->n_actors, 1));
  info = g_new0 (NrpBetweennessSample, MAX (s->n_waves, 1));
  for (guint w = 1; w <= s->n_waves; w++)
    {
      double n = s->waves[w - 1].actors_present;
      if (!nrp_betweenness_sample (net, w, epsilon, delta, seed, threads,
                                   values + (gsize) (w - 1) * s->n_actors, &info[w - 1].samples,
                                   error))
        return FALSE;
      info[w - 1].epsilon = epsilon;
      info[w - 1].delta = delta;
      info[w - 1].max_error = epsilon * n * (n - 1) / (net->directed ? 1 : 2);
    }
  g_free (s->sampled);
  g_free (s->sample_info);
  s->sampled = g_steal_pointer (&values);
  s->sample_info = g_steal_pointer (&info);
  return TRUE;
}

const double *
nrp_summary_get_sampled_betweenness (const NrpSummary *s, guint wave,
                                     const NrpBetweennessSample **info)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= s->n_waves, NULL);
  if (info != NULL)
    *info = s->sampled != NULL ? &s->sample_info[wave - 1] : NULL;
  return s->sampled != NULL ? s->sampled + (gsize) (wave - 1) * s->n_actors : NULL;
}
