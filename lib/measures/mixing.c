/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mixing.c: cross-sector connectivity per wave (see nrpnet/mixing.h).
 *
 * How a wave is measured: one pass over its distinct dyads fills the tie
 * classes, the mixing matrix and both E-I tallies per sector; one pass over
 * the undirected adjacency (core/graph.c) gives each actor's alters by sector,
 * from which its E-I, Blau index, IQV and reach follow; the assortativity
 * and modularity come from measures/kernels.c (igraph's values to the bit,
 * without igraph's lock).
 *
 * The E-I permutation test: under the null hypothesis the sector labels are
 * exchangeable among the actors present, so each permutation shuffles the
 * labels (Fisher-Yates, GRand seeded from the seed and the wave, so a
 * wave's p-value does not depend on the other waves) and recounts E over
 * the same dyads in O(m). The p-value is two-sided about the expectation
 * under random mixing, with the usual +1 correction:
 *   p = (1 + #{perm : |EI_perm - EI_exp| >= |EI_obs - EI_exp|}) / (1 + P),
 * so it is never 0, and a tolerance of 1e-12 keeps ties with the observed
 * value counted as at least as extreme.
 *
 * The expected E-I under random mixing (Krackhardt and Stern): if the ties
 * fell on pairs of present actors at random, the expected share of ties
 * between sectors is the share of such pairs, C / P with P = N (N - 1) / 2
 * and the within-sector pairs W = sum_k n_k (n_k - 1) / 2 = P - C, so
 * E-I_expected = (C - W) / P (the same for ordered pairs).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "measures/kernels.h"
#include "core/nrp-private.h"

typedef struct {
  NrpMixingWave whole;
  guint *counts;        /* s * s */
  double *densities;    /* s * s */
  double *sector_ei[2]; /* s each, by NrpEiConvention */
  double *actor_ei;     /* n */
  double *blau;         /* n */
  double *iqv;          /* n */
  guint *reach;         /* n */
} WaveMixing;

struct _NrpMixing {
  guint n_waves;
  guint n_sectors;
  guint n_actors;
  WaveMixing *waves;
};

void
nrp_mixing_free (NrpMixing *m)
{
  if (m == NULL)
    return;
  for (guint w = 0; w < m->n_waves; w++)
    {
      WaveMixing *x = &m->waves[w];
      g_free (x->counts);
      g_free (x->densities);
      g_free (x->sector_ei[0]);
      g_free (x->sector_ei[1]);
      g_free (x->actor_ei);
      g_free (x->blau);
      g_free (x->iqv);
      g_free (x->reach);
    }
  g_free (m->waves);
  g_free (m);
}

NrpTieClass
nrp_network_get_tie_class (const NrpNetwork *net, guint a, guint b)
{
  const NrpSector *sa, *sb;
  g_return_val_if_fail (net != NULL, NRP_TIE_BONDING);
  g_return_val_if_fail (a < net->n_sectors && b < net->n_sectors, NRP_TIE_BONDING);
  if (a == b)
    return NRP_TIE_BONDING;
  sa = &net->sectors[a];
  sb = &net->sectors[b];
  if (sa->has_power && sb->has_power && sa->power != sb->power)
    return NRP_TIE_LINKING;
  return NRP_TIE_BRIDGING;
}

static double
ratio (double num, double den)
{
  return den > 0 ? num / den : NAN;
}

/* Cross-sector dyads among @m dyads under the labels @label (by actor). */
static gsize
count_cross (const guint32 *dyads, gsize m, const guint *label)
{
  gsize e = 0;
  for (gsize k = 0; k < m; k++)
    e += label[dyads[2 * k]] != label[dyads[2 * k + 1]];
  return e;
}

static void
permutation_test (const NrpNetwork *net, guint w, const guint32 *dyads, gsize m,
                  guint permutations, guint64 seed, NrpMixingWave *x)
{
  guint32 seeds[3] = { (guint32) seed, (guint32) (seed >> 32), w };
  g_autoptr (GRand) rng = g_rand_new_with_seed_array (seeds, 3);
  g_autofree guint *label = g_new (guint, MAX (net->n_actors, 1));
  g_autofree guint *present = g_new (guint, MAX (net->n_actors, 1));
  guint n = 0, extreme = 0;
  double dev_obs = fabs (x->ei_index - x->ei_index_expected);

  x->permutations = permutations;
  if (permutations == 0 || m == 0 || isnan (x->ei_index_expected))
    {
      x->ei_index_p_value = NAN;
      return;
    }
  for (guint i = 0; i < net->n_actors; i++)
    {
      label[i] = net->sector[i];
      if (nrp_present (net, w, i))
        present[n++] = i;
    }
  /* With one sector among the present actors every shuffle is the data:
   * a p-value of 1 would be printed as a result. It is undefined. */
  if (!nrp_sectors_vary (label, present, n))
    {
      x->ei_index_p_value = NAN;
      x->permutations = 0;
      return;
    }
  for (guint p = 0; p < permutations; p++)
    {
      gsize e;
      double ei;
      /* Fisher-Yates over the labels of the present actors. */
      for (guint k = n - 1; k > 0; k--)
        {
          guint j = (guint) g_rand_int_range (rng, 0, (gint32) (k + 1));
          guint t = label[present[k]];
          label[present[k]] = label[present[j]];
          label[present[j]] = t;
        }
      e = count_cross (dyads, m, label);
      ei = ((double) e - (double) (m - e)) / (double) m;
      if (fabs (ei - x->ei_index_expected) >= dev_obs - 1e-12)
        extreme++;
    }
  x->ei_index_p_value = (1.0 + extreme) / (1.0 + permutations);
}

/* Each actor's alters by sector at wave @w: its E-I, Blau index, IQV and
 * reach (@vertex: the dense id of each actor present, G_MAXUINT if not). */
static void
actor_mixing (const NrpNetwork *net, guint w, const guint *vertex, WaveMixing *x)
{
  guint s = net->n_sectors, n = net->n_actors;
  g_autofree guint *alters_in = g_new0 (guint, MAX (s, 1));
  NrpAdjacency adj;

  x->actor_ei = g_new (double, MAX (n, 1));
  x->blau = g_new (double, MAX (n, 1));
  x->iqv = g_new (double, MAX (n, 1));
  x->reach = g_new0 (guint, MAX (n, 1));
  nrp_adjacency_init_undirected (&adj, net, w);
  for (guint i = 0; i < n; i++)
    {
      gsize deg = adj.off[i + 1] - adj.off[i];
      double sum_sq = 0;
      guint same = 0;
      x->actor_ei[i] = x->blau[i] = x->iqv[i] = NAN;
      if (vertex[i] == G_MAXUINT || deg == 0)
        continue;
      memset (alters_in, 0, s * sizeof (guint));
      for (gsize k = adj.off[i]; k < adj.off[i + 1]; k++)
        alters_in[net->sector[adj.adj[k]]]++;
      for (guint k = 0; k < s; k++)
        if (alters_in[k] > 0)
          {
            double p = (double) alters_in[k] / (double) deg;
            sum_sq += p * p;
            x->reach[i]++;
          }
      same = alters_in[net->sector[i]];
      x->actor_ei[i] = ((double) (deg - same) - (double) same) / (double) deg;
      x->blau[i] = 1.0 - sum_sq;
      x->iqv[i] = s >= 2 ? x->blau[i] / (1.0 - 1.0 / s) : NAN;
    }
  nrp_adjacency_clear (&adj);
}

static gboolean
measure_wave (const NrpNetwork *net, guint w, guint permutations, guint64 seed,
              gboolean whole_only, WaveMixing *x, guint32 *dyads, GError **error)
{
  guint s = net->n_sectors, n = net->n_actors;
  gsize m = nrp_wave_dyads (net, w, dyads, NULL);
  g_autofree guint64 *size = g_new0 (guint64, s);
  g_autofree guint64 *possible = g_new0 (guint64, (gsize) s * s);
  g_autofree guint64 *e_once = g_new0 (guint64, s);
  g_autofree guint64 *i_once = g_new0 (guint64, s);
  g_autofree guint64 *e_rows = g_new0 (guint64, s);
  g_autofree guint64 *i_rows = g_new0 (guint64, s);
  g_autofree guint *vertex = g_new (guint, MAX (n, 1));
  g_autofree guint32 *edges = g_new (guint32, MAX (2 * m, 1));
  g_autofree gint *types = g_new (gint, MAX (n, 1));
  NrpMixingWave *wh = &x->whole;
  guint64 total = 0, within_pairs = 0, cross = 0;
  guint n_present = 0;

  x->counts = g_new0 (guint, (gsize) s * s);
  x->densities = g_new (double, (gsize) s * s);
  x->sector_ei[0] = g_new (double, s);
  x->sector_ei[1] = g_new (double, s);
  wh->wave = w;

  for (guint i = 0; i < n; i++)
    if (nrp_present (net, w, i))
      {
        size[net->sector[i]]++;
        types[n_present] = (gint) net->sector[i];
        vertex[i] = n_present++;
      }
    else
      vertex[i] = G_MAXUINT;

  /* Tie classes, mixing counts and the E-I tallies. */
  for (gsize k = 0; k < m; k++)
    {
      guint32 a = dyads[2 * k], b = dyads[2 * k + 1];
      guint sa = net->sector[a], sb = net->sector[b];
      switch (nrp_network_get_tie_class (net, sa, sb))
        {
        case NRP_TIE_BONDING:
          wh->ties_bonding++;
          break;
        case NRP_TIE_BRIDGING:
          wh->ties_bridging++;
          break;
        case NRP_TIE_LINKING:
          wh->ties_linking++;
          break;
        }
      x->counts[(gsize) sa * s + sb]++;
      if (!net->directed && sa != sb)
        x->counts[(gsize) sb * s + sa]++;
      if (sa == sb)
        {
          i_once[sa]++;
          i_rows[sa] += net->directed ? 1 : 2;
        }
      else
        {
          e_once[sa]++;
          e_once[sb]++;
          e_rows[sa]++;
          if (!net->directed)
            e_rows[sb]++;
        }
      edges[2 * k] = vertex[a];
      edges[2 * k + 1] = vertex[b];
    }
  wh->share_bonding = ratio (wh->ties_bonding, (double) m);
  wh->share_bridging = ratio (wh->ties_bridging, (double) m);
  wh->share_linking = ratio (wh->ties_linking, (double) m);
  cross = wh->ties_bridging + wh->ties_linking;
  wh->ei_index = ratio ((double) cross - (double) wh->ties_bonding, (double) m);

  /* Observed dyads of each sector pair: all pairs less the missing ones. */
  for (guint a = 0; a < s; a++)
    for (guint b = 0; b < s; b++)
      {
        guint64 p = a == b ? size[a] * (size[a] > 0 ? size[a] - 1 : 0) : size[a] * size[b];
        if (a == b && !net->directed)
          p /= 2;
        possible[(gsize) a * s + b] = p;
      }
  {
    const NrpWave *wv = &net->waves[w - 1];
    for (guint k = 0; k < wv->n_missing; k++)
      {
        guint32 ma = wv->missing[k].source, mb = wv->missing[k].target;
        guint sa = net->sector[ma], sb = net->sector[mb];
        if (vertex[ma] == G_MAXUINT || vertex[mb] == G_MAXUINT)
          continue;
        possible[(gsize) sa * s + sb]--;
        if (!net->directed && sa != sb)
          possible[(gsize) sb * s + sa]--;
      }
  }
  for (gsize c = 0; c < (gsize) s * s; c++)
    x->densities[c] = ratio (x->counts[c], (double) possible[c]);

  for (guint k = 0; k < s; k++)
    {
      x->sector_ei[NRP_EI_EACH_TIE_ONCE][k]
        = ratio ((double) e_once[k] - (double) i_once[k], (double) (e_once[k] + i_once[k]));
      x->sector_ei[NRP_EI_ROW_SUMS][k]
        = ratio ((double) e_rows[k] - (double) i_rows[k], (double) (e_rows[k] + i_rows[k]));
      total += size[k];
      within_pairs += size[k] * (size[k] > 0 ? size[k] - 1 : 0) / 2;
    }
  {
    double pairs = (double) total * (double) (total > 0 ? total - 1 : 0) / 2.0;
    wh->ei_index_expected = ratio ((pairs - (double) within_pairs) - (double) within_pairs, pairs);
  }
  permutation_test (net, w, dyads, m, permutations, seed, wh);

  /* Each actor's alters by sector, unless only the whole network is asked. */
  if (!whole_only)
    actor_mixing (net, w, vertex, x);
  nrp_kernel_assortativity_modularity (n_present, edges, m, net->directed, types,
                                       &wh->assortativity, &wh->sector_modularity);
  return TRUE;
}

static NrpMixing *
mixing_compute (const NrpNetwork *net, guint permutations, guint64 seed, gboolean whole_only,
                GError **error)
{
  g_autoptr (NrpMixing) mx = NULL;
  g_autofree guint32 *dyads = NULL;
  guint max_ties = 1;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  mx = g_new0 (NrpMixing, 1);
  mx->n_waves = net->n_waves;
  mx->n_sectors = net->n_sectors;
  mx->n_actors = net->n_actors;
  mx->waves = g_new0 (WaveMixing, net->n_waves);
  for (guint w = 0; w < net->n_waves; w++)
    max_ties = MAX (max_ties, net->waves[w].n_ties);
  dyads = g_new (guint32, 2 * (gsize) max_ties);
  for (guint w = 1; w <= net->n_waves; w++)
    if (!measure_wave (net, w, permutations, seed, whole_only, &mx->waves[w - 1], dyads, error))
      return NULL;
  return g_steal_pointer (&mx);
}

NrpMixing *
nrp_mixing_compute (const NrpNetwork *net, guint permutations, guint64 seed, GError **error)
{
  return mixing_compute (net, permutations, seed, FALSE, error);
}

NrpMixing *
nrp_mixing_compute_whole (const NrpNetwork *net, GError **error)
{
  return mixing_compute (net, 0, 1, TRUE, error);
}

guint
nrp_mixing_get_n_waves (const NrpMixing *m)
{
  g_return_val_if_fail (m != NULL, 0);
  return m->n_waves;
}

guint
nrp_mixing_get_n_sectors (const NrpMixing *m)
{
  g_return_val_if_fail (m != NULL, 0);
  return m->n_sectors;
}

#define WAVE_OR(m, wave, fail)                                        \
  g_return_val_if_fail ((m) != NULL, fail);                           \
  g_return_val_if_fail ((wave) >= 1 && (wave) <= (m)->n_waves, fail); \
  const WaveMixing *x = &(m)->waves[(wave) - 1]

const NrpMixingWave *
nrp_mixing_get_wave (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return &x->whole;
}

const guint *
nrp_mixing_get_counts (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return x->counts;
}

const double *
nrp_mixing_get_densities (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return x->densities;
}

const double *
nrp_mixing_get_sector_ei (const NrpMixing *m, guint wave, NrpEiConvention convention)
{
  WAVE_OR (m, wave, NULL);
  g_return_val_if_fail (convention <= NRP_EI_ROW_SUMS, NULL);
  return x->sector_ei[convention];
}

const double *
nrp_mixing_get_actor_ei (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return x->actor_ei;
}

const double *
nrp_mixing_get_blau (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return x->blau;
}

const double *
nrp_mixing_get_iqv (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return x->iqv;
}

const guint *
nrp_mixing_get_sector_reach (const NrpMixing *m, guint wave)
{
  WAVE_OR (m, wave, NULL);
  return x->reach;
}
