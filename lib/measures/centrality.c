/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * centrality.c: per-wave centralities (see nrpnet/centrality.h).
 *
 * Each wave's graph is built once over the actors present (dense ids), with
 * each dyad's weight the sum of its relation types' weights. The
 * shortest-path measures come from nrpnet's own threaded kernel (paths.c);
 * eigenvector centrality and PageRank from igraph, through the boundary
 * module; Freeman centralization from these scores and igraph's theoretical
 * maxima (measures/kernels.c; igraph's own centralization functions would
 * recompute its slower betweenness and closeness).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "igraph/boundary.h"
#include "measures/kernels.h"
#include "core/nrp-private.h"
#include "measures/paths.h"

struct _NrpCentrality {
  guint n_waves;
  guint n_actors;
  gboolean weighted;
  NrpCentralityWave *waves;
  NrpBetweennessSample *sample; /* n_waves, when betweenness is sampled; else NULL */
  double *values;  /* [((w-1) * N_MEASURES + measure) * n_actors + actor] */
};

static const char *const measure_names[NRP_CENTRALITY_N_MEASURES] = {
  "strength", "betweenness", "cross_sector_betweenness", "closeness",
  "harmonic", "eigenvector", "pagerank", "degree",
};

const char *
nrp_centrality_measure_name (NrpCentralityMeasure measure)
{
  g_return_val_if_fail ((guint) measure < NRP_CENTRALITY_N_MEASURES, NULL);
  return measure_names[measure];
}

void
nrp_centrality_free (NrpCentrality *c)
{
  if (c == NULL)
    return;
  g_free (c->waves);
  g_free (c->sample);
  g_free (c->values);
  g_free (c);
}

static double *
slot (NrpCentrality *c, guint w, NrpCentralityMeasure m)
{
  return c->values + ((gsize) (w - 1) * NRP_CENTRALITY_N_MEASURES + m) * c->n_actors;
}

/*
 * Freeman centralization: sum over actors of (highest score - score),
 * divided by igraph's theoretical maximum for n actors; NaN if any score is
 * undefined (closeness of an actor who reaches nobody) or n < 3.
 */
static double
freeman (const double *score, guint n, double tmax)
{
  double top = -INFINITY, sum = 0;
  if (n < 3 || !(tmax > 0))
    return NAN;
  for (guint i = 0; i < n; i++)
    {
      if (isnan (score[i]))
        return NAN;
      top = MAX (top, score[i]);
    }
  for (guint i = 0; i < n; i++)
    sum += top - score[i];
  return sum / tmax;
}

/*
 * Freeman centralization of degree, and of betweenness and closeness as
 * @paths asks (NRP_CENTRALIZATION_*; the others NaN), among the n present
 * actors (dense ids, @arcs as nrp_wave_dyads gives them), from the
 * unweighted scores @bet and @clo, or computed here when they are NULL.
 */
static gboolean
centralization (guint n, gboolean directed, const guint32 *arcs, gsize m, const guint *sector,
                guint threads, const double *deg, const double *bet, const double *clo,
                guint paths, NrpCentralityWave *cw, GError **error)
{
  double t_deg, t_bet, t_clo;
  g_autofree double *ub = NULL, *uc = NULL;
  gboolean want_bet = (paths & NRP_CENTRALIZATION_BETWEENNESS) != 0;
  gboolean want_clo = (paths & NRP_CENTRALIZATION_CLOSENESS) != 0;

  nrp_kernel_centralization_tmax (n, directed, &t_deg, &t_bet, &t_clo);
  if ((want_bet && bet == NULL) || (want_clo && clo == NULL))
    {
      /* Closeness alone: the kernel searches the distances only. */
      NrpPathGraph pg;
      ub = want_bet ? g_new (double, MAX (n, 1)) : NULL;
      uc = g_new (double, MAX (n, 1));
      nrp_path_graph_init (&pg, n, directed, FALSE, arcs, NULL, m, sector);
      nrp_paths_compute (&pg, threads, ub, NULL, uc, NULL, NULL, NULL);
      nrp_path_graph_clear (&pg);
      bet = ub;
      clo = uc;
    }
  cw->centralization_degree = freeman (deg, n, t_deg);
  cw->centralization_betweenness = want_bet ? freeman (bet, n, t_bet) : NAN;
  cw->centralization_closeness = want_clo ? freeman (clo, n, t_clo) : NAN;
  return TRUE;
}

/* Progress of one wave's paths, as a share of the whole computation. */
typedef struct {
  NrpProgressFunc func;
  gpointer data;
  double base, share;
} WaveProgress;

static void
wave_progress (double done, gpointer data)
{
  const WaveProgress *p = data;
  p->func (p->base + p->share * done, p->data);
}

/* Betweenness sampled instead of counted (nrp_centrality_compute_sampled()). */
typedef struct {
  double epsilon, delta;
  guint64 seed;
} Sampling;

static gboolean
measure_wave (const NrpNetwork *net, guint w, gboolean weighted, guint threads,
              const Sampling *sampling, const WaveProgress *progress, NrpCentrality *c,
              GPtrArray *warnings, GError **error)
{
  const NrpWave *wv = &net->waves[w - 1];
  guint n_all = net->n_actors, n = 0;
  g_autofree guint *vertex = g_new (guint, MAX (n_all, 1));
  g_autofree guint *actor = g_new (guint, MAX (n_all, 1));
  g_autofree guint *sector = g_new (guint, MAX (n_all, 1));
  g_autofree guint32 *arcs = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
  g_autofree double *weight = g_new (double, MAX (wv->n_ties, 1));
  double *tmp[6] = { NULL };
  NrpPathGraph pg;
  gsize m = 0;
  NrpCentralityWave *cw = &c->waves[w - 1];

  cw->wave = w;
  for (guint i = 0; i < n_all; i++)
    {
      for (guint k = 0; k < NRP_CENTRALITY_N_MEASURES; k++)
        slot (c, w, k)[i] = NAN;
      if (nrp_present (net, w, i))
        {
          sector[n] = net->sector[i];
          actor[n] = i;
          vertex[i] = n++;
        }
      else
        vertex[i] = G_MAXUINT;
    }

  /* Distinct dyads, weights summed over relation types, in dense ids. */
  m = nrp_wave_dyads (net, w, arcs, weight);
  for (gsize e = 0; e < 2 * m; e++)
    arcs[e] = vertex[arcs[e]];

  for (guint k = 0; k < 6; k++)
    tmp[k] = g_new (double, MAX (n, 1));

  /* Degree and strength. */
  for (guint v = 0; v < n; v++)
    {
      slot (c, w, NRP_CENTRALITY_DEGREE)[actor[v]] = 0;
      slot (c, w, NRP_CENTRALITY_STRENGTH)[actor[v]] = 0;
    }
  for (gsize e = 0; e < m; e++)
    for (guint end = 0; end < 2; end++)
      {
        guint a = actor[arcs[2 * e + end]];
        slot (c, w, NRP_CENTRALITY_DEGREE)[a] += 1;
        slot (c, w, NRP_CENTRALITY_STRENGTH)[a] += weight[e];
      }

  /* Shortest paths: nrpnet's kernel; sampled, betweenness from
   * nrp_betweenness_sample() and the distances only from the kernel. */
  nrp_path_graph_init (&pg, n, net->directed, weighted, arcs, weight, m, sector);
  nrp_paths_compute (&pg, threads, sampling != NULL ? NULL : tmp[0],
                     sampling != NULL ? NULL : tmp[1], tmp[2], tmp[3],
                     progress->func != NULL ? wave_progress : NULL, (gpointer) progress);
  nrp_path_graph_clear (&pg);
  if (sampling != NULL)
    {
      NrpBetweennessSample *info = &c->sample[w - 1];
      g_autofree double *est = g_new (double, MAX (n_all, 1));
      if (!nrp_betweenness_sample (net, w, sampling->epsilon, sampling->delta, sampling->seed,
                                   threads, est, &info->samples, error))
        {
          for (guint k = 0; k < 6; k++)
            g_clear_pointer (&tmp[k], g_free);
          return FALSE;
        }
      info->epsilon = sampling->epsilon;
      info->delta = sampling->delta;
      info->max_error = sampling->epsilon * n * ((double) n - 1) / (net->directed ? 1 : 2);
      for (guint v = 0; v < n; v++)
        {
          tmp[0][v] = est[actor[v]];
          tmp[1][v] = NAN;
        }
      if (warnings != NULL)
        g_ptr_array_add (warnings,
                         g_strdup_printf ("centrality, wave %u: betweenness is estimated from "
                                          "%u sampled shortest paths: with probability %g "
                                          "every actor's is within %g of the exact count "
                                          "(Riondato and Kornaropoulos); cross-sector "
                                          "betweenness and betweenness centralization are null",
                                          w, info->samples, 1 - info->delta, info->max_error));
    }

  /* Freeman centralization, on unweighted scores as Freeman defined it. */
  {
    g_autofree double *deg = g_new (double, MAX (n, 1));
    for (guint v = 0; v < n; v++)
      deg[v] = slot (c, w, NRP_CENTRALITY_DEGREE)[actor[v]];
    g_autoptr (GError) local = NULL;
    if (!centralization (n, net->directed, arcs, m, sector, threads, deg,
                         weighted ? NULL : tmp[0], weighted ? NULL : tmp[2],
                         sampling != NULL ? NRP_CENTRALIZATION_CLOSENESS
                                          : NRP_CENTRALIZATION_BETWEENNESS
                                              | NRP_CENTRALIZATION_CLOSENESS, cw,
                         warnings != NULL ? &local : error))
      {
        if (warnings == NULL)
          {
            for (guint k = 0; k < 6; k++)
              g_clear_pointer (&tmp[k], g_free);
            return FALSE;
          }
        cw->centralization_degree = cw->centralization_betweenness
          = cw->centralization_closeness = NAN;
        g_ptr_array_add (warnings, g_strdup_printf ("centrality, wave %u: centralization "
                                                    "is null: %s", w, local->message));
      }
  }
  /* Cross-sector betweenness is undefined, not 0, when the wave has one
   * sector: no pair of actors is across sectors. */
  if (!nrp_sectors_vary (sector, NULL, n))
    for (guint v = 0; v < n; v++)
      tmp[1][v] = NAN;
  for (guint v = 0; v < n; v++)
    {
      slot (c, w, NRP_CENTRALITY_BETWEENNESS)[actor[v]] = tmp[0][v];
      slot (c, w, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS)[actor[v]] = tmp[1][v];
      slot (c, w, NRP_CENTRALITY_CLOSENESS)[actor[v]] = tmp[2][v];
      slot (c, w, NRP_CENTRALITY_HARMONIC)[actor[v]] = tmp[3][v];
    }

  /* Spectral measures: igraph. */
  {
    g_autoptr (GError) local = NULL;
    if (!nrp_ig_eigenvector_pagerank (n, arcs, m, net->directed, weighted ? weight : NULL,
                                      tmp[4], tmp[5], warnings != NULL ? &local : error))
      {
        if (warnings == NULL)
          {
            for (guint k = 0; k < 6; k++)
              g_clear_pointer (&tmp[k], g_free);
            return FALSE;
          }
        for (guint v = 0; v < n; v++)
          tmp[4][v] = tmp[5][v] = NAN;
        g_ptr_array_add (warnings, g_strdup_printf ("centrality, wave %u: eigenvector and "
                                                    "pagerank are null: %s", w,
                                                    local->message));
      }
  }
  for (guint v = 0; v < n; v++)
    {
      slot (c, w, NRP_CENTRALITY_EIGENVECTOR)[actor[v]] = tmp[4][v];
      slot (c, w, NRP_CENTRALITY_PAGERANK)[actor[v]] = tmp[5][v];
    }
  for (guint k = 0; k < 6; k++)
    g_clear_pointer (&tmp[k], g_free);
  return TRUE;
}

NrpCentrality *
nrp_centrality_compute (const NrpNetwork *net, gboolean weighted, guint threads, GError **error)
{
  return nrp_centrality_compute_progress (net, weighted, threads, NULL, NULL, NULL, error);
}

static NrpCentrality *
compute (const NrpNetwork *net, gboolean weighted, guint threads, const Sampling *sampling,
         NrpProgressFunc progress, gpointer progress_data, GPtrArray *warnings, GError **error)
{
  g_autoptr (NrpCentrality) c = NULL;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (threads == 0)
    threads = g_get_num_processors ();
  c = g_new0 (NrpCentrality, 1);
  c->n_waves = net->n_waves;
  c->n_actors = net->n_actors;
  c->weighted = weighted;
  c->waves = g_new0 (NrpCentralityWave, MAX (net->n_waves, 1));
  c->values = NRP_TRY_NEW (double, (gsize) net->n_waves * NRP_CENTRALITY_N_MEASURES * net->n_actors,
                           "the centrality of every actor at every wave", error);
  if (c->values == NULL)
    return NULL;
  if (sampling != NULL)
    c->sample = g_new0 (NrpBetweennessSample, MAX (net->n_waves, 1));
  for (guint w = 1; w <= net->n_waves; w++)
    {
      WaveProgress p = { progress, progress_data, (double) (w - 1) / net->n_waves,
                         1.0 / net->n_waves };
      if (!measure_wave (net, w, weighted, threads, sampling, &p, c, warnings, error))
        return NULL;
    }
  return g_steal_pointer (&c);
}

NrpCentrality *
nrp_centrality_compute_progress (const NrpNetwork *net, gboolean weighted, guint threads,
                                 NrpProgressFunc progress, gpointer progress_data,
                                 GPtrArray *warnings, GError **error)
{
  return compute (net, weighted, threads, NULL, progress, progress_data, warnings, error);
}

NrpCentrality *
nrp_centrality_compute_sampled (const NrpNetwork *net, guint threads, double epsilon,
                                double delta, guint64 seed, NrpProgressFunc progress,
                                gpointer progress_data, GPtrArray *warnings, GError **error)
{
  Sampling s = { epsilon, delta, seed };
  g_return_val_if_fail (epsilon > 0, NULL);
  return compute (net, FALSE, threads, &s, progress, progress_data, warnings, error);
}

const NrpBetweennessSample *
nrp_centrality_sample_info (const NrpCentrality *c, guint wave)
{
  g_return_val_if_fail (c != NULL && wave >= 1 && wave <= c->n_waves, NULL);
  return c->sample != NULL ? &c->sample[wave - 1] : NULL;
}

gboolean
nrp_centrality_is_weighted (const NrpCentrality *c)
{
  g_return_val_if_fail (c != NULL, FALSE);
  return c->weighted;
}

const NrpCentralityWave *
nrp_centrality_get_wave (const NrpCentrality *c, guint wave)
{
  g_return_val_if_fail (c != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= c->n_waves, NULL);
  return &c->waves[wave - 1];
}

gboolean
nrp_centralization_compute (const NrpNetwork *net, guint w, guint threads, guint paths,
                            NrpCentralityWave *cw, GError **error)
{
  guint n_all = net->n_actors, n = 0;
  g_autofree guint *vertex = g_new (guint, MAX (n_all, 1));
  g_autofree guint *sector = g_new (guint, MAX (n_all, 1));
  g_autofree guint32 *arcs = g_new (guint32, 2 * (gsize) MAX (net->waves[w - 1].n_ties, 1));
  g_autofree double *deg = NULL;
  gsize m;

  cw->wave = w;
  for (guint i = 0; i < n_all; i++)
    if (nrp_present (net, w, i))
      {
        sector[n] = net->sector[i];
        vertex[i] = n++;
      }
    else
      vertex[i] = G_MAXUINT;
  m = nrp_wave_dyads (net, w, arcs, NULL);
  deg = g_new0 (double, MAX (n, 1));
  for (gsize e = 0; e < 2 * m; e++)
    {
      arcs[e] = vertex[arcs[e]];
      deg[arcs[e]] += 1;
    }
  if (threads == 0)
    threads = g_get_num_processors ();
  return centralization (n, net->directed, arcs, m, sector, threads, deg, NULL, NULL, paths, cw,
                         error);
}

const double *
nrp_centrality_get (const NrpCentrality *c, guint wave, NrpCentralityMeasure measure)
{
  g_return_val_if_fail (c != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= c->n_waves, NULL);
  g_return_val_if_fail ((guint) measure < NRP_CENTRALITY_N_MEASURES, NULL);
  return c->values + ((gsize) (wave - 1) * NRP_CENTRALITY_N_MEASURES + measure) * c->n_actors;
}

void
nrp_centrality_get_sector_summary (const NrpCentrality *c, const NrpNetwork *net, guint wave,
                               NrpCentralityMeasure measure, guint sector, double *mean,
                               double *median, double *max)
{
  const double *v;
  g_autofree double *vals = NULL;
  guint k = 0;
  double sum = 0;

  g_return_if_fail (c != NULL && net != NULL && c->n_actors == net->n_actors);
  g_return_if_fail (sector < net->n_sectors);
  *mean = *median = *max = NAN;
  v = nrp_centrality_get (c, wave, measure);
  g_return_if_fail (v != NULL);
  vals = g_new (double, MAX (net->n_actors, 1));
  for (guint i = 0; i < net->n_actors; i++)
    if (net->sector[i] == sector && !isnan (v[i]))
      {
        vals[k++] = v[i];
        sum += v[i];
      }
  if (k == 0)
    return;
  nrp_sort (vals, k, sizeof (double), nrp_double_cmp);
  *mean = sum / k;
  *median = k % 2 ? vals[k / 2] : (vals[k / 2 - 1] + vals[k / 2]) / 2.0;
  *max = vals[k - 1];
}

typedef struct {
  const double *v;
} TopCtx;

static int
top_cmp (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const TopCtx *ctx = data;
  guint a = *(const guint *) pa, b = *(const guint *) pb;
  if (ctx->v[a] != ctx->v[b])
    return ctx->v[a] > ctx->v[b] ? -1 : 1;
  return a < b ? -1 : (a > b);
}

guint
nrp_centrality_get_top (const NrpCentrality *c, guint wave, NrpCentralityMeasure measure, guint k,
                    guint *actors)
{
  const double *v;
  g_autofree guint *idx = NULL;
  TopCtx ctx;
  guint n = 0;

  g_return_val_if_fail (c != NULL, 0);
  g_return_val_if_fail (actors != NULL || k == 0, 0);
  v = nrp_centrality_get (c, wave, measure);
  g_return_val_if_fail (v != NULL, 0);
  idx = g_new (guint, MAX (c->n_actors, 1));
  for (guint i = 0; i < c->n_actors; i++)
    if (!isnan (v[i]))
      idx[n++] = i;
  ctx.v = v;
  g_qsort_with_data (idx, (gint) n, sizeof (guint), top_cmp, &ctx);
  n = MIN (n, k);
  memcpy (actors, idx, n * sizeof (guint));
  return n;
}
