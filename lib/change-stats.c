/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * change-stats.c: the uncertainty of change between two waves, and each
 * actor's change (nrp_change_compute_full(), see nrpnet/change.h).
 *
 * Everything works on a two-wave view of the network (the from wave as
 * wave 1, the to wave as wave 2) that shares the network's ties. A
 * bootstrap replicate is a new two-wave network of copies of resampled
 * actors (resample()); a permutation replicate is the view with the
 * sectors of the population shuffled, which needs no new ties.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "nrp-private.h"

NrpChangeOptions *
nrp_change_options_new (void)
{
  NrpChangeOptions *o = g_new0 (NrpChangeOptions, 1);
  o->bootstrap = 1000;
  o->permutations = 999;
  o->seed = 1;
  o->confidence = 0.95;
  o->top = 5;
  return o;
}

void
nrp_change_options_free (NrpChangeOptions *o)
{
  if (o == NULL)
    return;
  g_free (o->measures);
  g_free (o);
}

void
nrp_change_options_set_measures (NrpChangeOptions *o, const guint *measures, guint n)
{
  g_return_if_fail (o != NULL);
  g_return_if_fail (measures != NULL || n == 0);
  for (guint k = 0; k < n; k++)
    g_return_if_fail (measures[k] < nrp_measure_count ());
  g_free (o->measures);
  o->measures = n > 0 ? g_memdup2 (measures, n * sizeof (guint)) : g_new (guint, 1);
  o->n_measures = n;
}

void
nrp_change_options_set_bootstrap (NrpChangeOptions *o, guint replicates)
{
  g_return_if_fail (o != NULL);
  o->bootstrap = replicates;
}

void
nrp_change_options_set_permutations (NrpChangeOptions *o, guint permutations)
{
  g_return_if_fail (o != NULL);
  o->permutations = permutations;
}

void
nrp_change_options_set_seed (NrpChangeOptions *o, guint64 seed)
{
  g_return_if_fail (o != NULL);
  o->seed = seed;
}

void
nrp_change_options_set_confidence (NrpChangeOptions *o, double level)
{
  g_return_if_fail (o != NULL);
  g_return_if_fail (level > 0 && level < 1);
  o->confidence = level;
}

void
nrp_change_options_set_weighted (NrpChangeOptions *o, gboolean weighted)
{
  g_return_if_fail (o != NULL);
  o->weighted = weighted;
}

void
nrp_change_options_set_threads (NrpChangeOptions *o, guint threads)
{
  g_return_if_fail (o != NULL);
  o->threads = threads;
}

void
nrp_change_options_set_top (NrpChangeOptions *o, guint top)
{
  g_return_if_fail (o != NULL);
  o->top = top;
}

void
nrp_change_options_set_progress (NrpChangeOptions *o, NrpProgressFunc func, gpointer data)
{
  g_return_if_fail (o != NULL);
  o->progress = func;
  o->progress_data = data;
}

/* ---- The two-wave view ---------------------------------------------------- */

typedef struct {
  NrpNetwork net;      /* a shallow copy of the network with two waves */
  NrpWave waves[2];
  guint8 *present;     /* 2 * n_actors */
} PairView;

static void
pair_view_init (PairView *v, const NrpNetwork *net, guint from, guint to)
{
  gsize n = net->n_actors;
  v->net = *net;
  v->waves[0] = net->waves[from - 1];
  v->waves[1] = net->waves[to - 1];
  v->present = g_malloc (MAX (2 * n, 1));
  memcpy (v->present, net->present + (from - 1) * n, n);
  memcpy (v->present + n, net->present + (to - 1) * n, n);
  v->net.n_waves = 2;
  v->net.waves = v->waves;
  v->net.present = v->present;
}

/* The changes (wave 2 - wave 1) of @measures in the two-wave @net. */
static gboolean
deltas (const NrpNetwork *net, const guint *measures, guint nm, guint threads, double *values,
        double *out, GError **error)
{
  if (!nrp_measures_compute_threads (net, measures, nm, threads, values, error))
    return FALSE;
  for (guint k = 0; k < nm; k++)
    out[k] = values[nm + k] - values[k];
  return TRUE;
}

/* ---- Actor bootstrap -------------------------------------------------------- */

/* One wave's distinct tied dyads and unobserved dyads as sorted keys. */
typedef struct {
  guint64 *ties;
  double *weight;
  gsize n_ties;
  guint64 *missing;
  gsize n_missing;
} WaveKeys;

static void
wave_keys_init (WaveKeys *k, const NrpNetwork *net, guint w)
{
  const NrpWave *wv = &net->waves[w - 1];

  k->ties = g_new (guint64, MAX (wv->n_ties, 1));
  k->weight = g_new (double, MAX (wv->n_ties, 1));
  k->n_ties = nrp_wave_dyad_keys (net, w, k->ties, k->weight);
  k->missing = g_new (guint64, MAX (wv->n_missing, 1));
  k->n_missing = wv->n_missing;
  nrp_wave_missing_keys (net, w, k->missing);
}

static void
wave_keys_clear (WaveKeys *k)
{
  g_free (k->ties);
  g_free (k->weight);
  g_free (k->missing);
}

static int
tie_cmp (const void *pa, const void *pb)
{
  const NrpTie *a = pa, *b = pb;
  if (a->source != b->source)
    return a->source < b->source ? -1 : 1;
  return a->target < b->target ? -1 : a->target > b->target;
}

static int
dyad_cmp (const void *pa, const void *pb)
{
  const NrpDyad *a = pa, *b = pb;
  if (a->source != b->source)
    return a->source < b->source ? -1 : 1;
  return a->target < b->target ? -1 : a->target > b->target;
}

static void
add_pair (GArray *ties, GArray *missing, gboolean directed, guint32 a, guint32 b, double weight,
          gboolean is_missing)
{
  if (!directed && a > b)
    {
      guint32 t = a;
      a = b;
      b = t;
    }
  if (is_missing)
    {
      NrpDyad d = { a, b };
      g_array_append_val (missing, d);
    }
  else
    {
      NrpTie t = { a, b, NRP_NO_TYPE, weight };
      g_array_append_val (ties, t);
    }
}

/*
 * A bootstrap replicate of the two-wave @pv: @np actors drawn with
 * replacement from the population @pop. Copy i of actor draw[i] keeps its
 * sector and presence; copies of two distinct actors keep their dyad's
 * value at each wave; two copies of one actor take the values of a pair of
 * distinct actors drawn at random (Snijders and Borgatti 1999) from
 * @like[0] (the actors present at both waves), @like[1] (present at wave
 * 1) or @like[2] (present at wave 2), as the copied actor is present at
 * both waves, wave 1 only or wave 2 only.
 */
static NrpNetwork *
resample (const NrpNetwork *pv, const WaveKeys keys[2], const guint *pop, guint np,
          GArray *const like[3], GRand *rng)
{
  guint n = pv->n_actors;
  NrpNetwork *b = nrp_network_new_like (pv, np, 2);
  g_autofree guint *draw = g_new (guint, MAX (np, 1));
  g_autofree guint *off = g_new0 (guint, (gsize) n + 1);
  g_autofree guint *copies = g_new (guint, MAX (np, 1));
  g_autofree guint *fill = NULL;
  GArray *ties[2], *missing[2];

  for (guint i = 0; i < np; i++)
    {
      draw[i] = pop[g_rand_int_range (rng, 0, (gint32) np)];
      off[draw[i] + 1]++;
    }
  for (guint u = 0; u < n; u++)
    off[u + 1] += off[u];
  fill = g_memdup2 (off, ((gsize) n + 1) * sizeof (guint));
  for (guint i = 0; i < np; i++)
    copies[fill[draw[i]]++] = i;

  for (guint i = 0; i < np; i++)
    {
      guint u = draw[i];
      b->ids[i] = pv->ids[u];  /* borrowed: the replicate never outlives @pv */
      b->sector[i] = pv->sector[u];
      b->sectors[pv->sector[u]].size++;
      b->present[i] = nrp_present (pv, 1, u);
      b->present[np + i] = nrp_present (pv, 2, u);
    }

  for (guint w = 0; w < 2; w++)
    {
      const WaveKeys *k = &keys[w];
      ties[w] = g_array_new (FALSE, FALSE, sizeof (NrpTie));
      missing[w] = g_array_new (FALSE, FALSE, sizeof (NrpDyad));
      for (gsize e = 0; e < k->n_ties + k->n_missing; e++)
        {
          gboolean is_missing = e >= k->n_ties;
          guint64 key = is_missing ? k->missing[e - k->n_ties] : k->ties[e];
          guint u = (guint) (key / n), v = (guint) (key % n);
          for (guint x = off[u]; x < off[u + 1]; x++)
            for (guint y = off[v]; y < off[v + 1]; y++)
              add_pair (ties[w], missing[w], pv->directed, copies[x], copies[y],
                        is_missing ? 0 : k->weight[e], is_missing);
        }
    }

  /* Pairs of copies of one actor: the values of a random pair of distinct
   * actors present at the waves where the actor is. */
  for (guint u = 0; u < n; u++)
    {
      gboolean p1 = nrp_present (pv, 1, u), p2 = nrp_present (pv, 2, u);
      const GArray *list = like[p1 && p2 ? 0 : p1 ? 1 : 2];
      const guint *l = (const guint *) (const void *) list->data;
      if (off[u + 1] - off[u] < 2 || list->len < 2)
        continue;
      for (guint x = off[u]; x < off[u + 1]; x++)
        for (guint y = pv->directed ? off[u] : x + 1; y < off[u + 1]; y++)
          {
            guint s, t;
            guint64 key;
            if (x == y)
              continue;
            s = l[g_rand_int_range (rng, 0, (gint32) list->len)];
            do
              t = l[g_rand_int_range (rng, 0, (gint32) list->len)];
            while (t == s);
            if (!pv->directed && s > t)
              {
                guint tmp = s;
                s = t;
                t = tmp;
              }
            key = (guint64) s * n + t;
            for (guint w = 0; w < 2; w++)
              {
                gssize at;
                if (!(w == 0 ? p1 : p2))
                  continue;
                at = nrp_key_find (keys[w].ties, keys[w].n_ties, key);
                if (at >= 0)
                  add_pair (ties[w], missing[w], pv->directed, copies[x], copies[y],
                            keys[w].weight[at], FALSE);
                else if (nrp_key_find (keys[w].missing, keys[w].n_missing, key) >= 0)
                  add_pair (ties[w], missing[w], pv->directed, copies[x], copies[y], 0, TRUE);
              }
          }
    }

  for (guint w = 0; w < 2; w++)
    {
      qsort (ties[w]->data, ties[w]->len, sizeof (NrpTie), tie_cmp);
      qsort (missing[w]->data, missing[w]->len, sizeof (NrpDyad), dyad_cmp);
      b->waves[w].n_ties = ties[w]->len;
      b->waves[w].ties = (NrpTie *) (void *) g_array_free (ties[w], FALSE);
      b->waves[w].n_missing = missing[w]->len;
      b->waves[w].missing = (NrpDyad *) (void *) g_array_free (missing[w], FALSE);
    }
  return b;
}

/* R's quantile type 7 of the sorted @x. */
static double
quantile7 (const double *x, guint n, double p)
{
  double h = (n - 1) * p;
  guint lo = (guint) floor (h);
  if (lo + 1 >= n)
    return x[n - 1];
  return x[lo] + (h - lo) * (x[lo + 1] - x[lo]);
}

static void
report_progress (const NrpChangeOptions *o, guint64 done, guint64 total)
{
  if (o->progress != NULL && total > 0)
    o->progress ((double) done / (double) total, o->progress_data);
}

static gboolean
bootstrap (const PairView *pv, const guint *pop, guint np, const NrpChangeOptions *o,
           NrpChange *c, guint64 total, GError **error)
{
  guint nm = c->n_measures, B = o->bootstrap;
  g_autofree guint *ms = g_new (guint, MAX (nm, 1));
  g_autofree double *reps = g_new (double, (gsize) MAX (B, 1) * MAX (nm, 1));
  g_autofree double *values = g_new (double, 2 * (gsize) MAX (nm, 1));
  g_autofree double *col = g_new (double, MAX (B, 1));
  guint32 seeds[3] = { (guint32) o->seed, (guint32) (o->seed >> 32), 1 };
  g_autoptr (GRand) rng = g_rand_new_with_seed_array (seeds, 3);
  WaveKeys keys[2];
  GArray *like[3];
  gboolean ok = TRUE;

  for (guint k = 0; k < nm; k++)
    ms[k] = c->measures[k].measure;
  wave_keys_init (&keys[0], &pv->net, 1);
  wave_keys_init (&keys[1], &pv->net, 2);
  for (guint k = 0; k < 3; k++)
    like[k] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; i < np; i++)
    {
      gboolean p1 = nrp_present (&pv->net, 1, pop[i]), p2 = nrp_present (&pv->net, 2, pop[i]);
      if (p1 && p2)
        g_array_append_val (like[0], pop[i]);
      if (p1)
        g_array_append_val (like[1], pop[i]);
      if (p2)
        g_array_append_val (like[2], pop[i]);
    }
  for (guint r = 0; r < B && ok; r++)
    {
      NrpNetwork *b = resample (&pv->net, keys, pop, np, like, rng);
      ok = deltas (b, ms, nm, o->threads, values, reps + (gsize) r * nm, error);
      nrp_network_free (b);
      report_progress (o, r + 1, total);
    }
  wave_keys_clear (&keys[0]);
  wave_keys_clear (&keys[1]);
  for (guint k = 0; k < 3; k++)
    g_array_unref (like[k]);
  if (!ok)
    return FALSE;

  for (guint k = 0; k < nm; k++)
    {
      NrpMeasureChange *mc = &c->measures[k];
      guint v = 0;
      double mean = 0, ss = 0;
      for (guint r = 0; r < B; r++)
        {
          double d = reps[(gsize) r * nm + k];
          if (!isnan (d))
            col[v++] = d;
        }
      mc->replicates = v;
      if (v == 0)
        continue;
      qsort (col, v, sizeof (double), nrp_double_cmp);
      mc->ci_low = quantile7 (col, v, (1 - o->confidence) / 2);
      mc->ci_high = quantile7 (col, v, 1 - (1 - o->confidence) / 2);
      for (guint r = 0; r < v; r++)
        mean += col[r];
      mean /= v;
      for (guint r = 0; r < v; r++)
        ss += (col[r] - mean) * (col[r] - mean);
      mc->se = v > 1 ? sqrt (ss / (v - 1)) : NAN;
    }
  return TRUE;
}

/* ---- Label permutation ------------------------------------------------------ */

static gboolean
permutation_test (const PairView *pv, const guint *pop, guint np, const NrpChangeOptions *o,
                  NrpChange *c, guint64 total, GError **error)
{
  guint P = o->permutations, nm = 0;
  g_autofree guint *ms = g_new (guint, MAX (c->n_measures, 1));
  g_autofree guint *at = g_new (guint, MAX (c->n_measures, 1));
  g_autofree guint *sector = g_memdup2 (pv->net.sector, MAX (pv->net.n_actors, 1) * sizeof (guint));
  g_autofree double *reps = NULL, *values = NULL;
  guint32 seeds[3] = { (guint32) o->seed, (guint32) (o->seed >> 32), 2 };
  g_autoptr (GRand) rng = g_rand_new_with_seed_array (seeds, 3);
  NrpNetwork shuffled = pv->net;

  for (guint k = 0; k < c->n_measures; k++)
    if (nrp_measure_depends_on_sectors (c->measures[k].measure))
      {
        at[nm] = k;
        ms[nm++] = c->measures[k].measure;
      }
  if (nm == 0 || np < 2)
    return TRUE;
  reps = g_new (double, (gsize) P * nm);
  values = g_new (double, 2 * (gsize) nm);
  shuffled.sector = sector;
  for (guint r = 0; r < P; r++)
    {
      for (guint i = np - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rng, 0, (gint32) (i + 1));
          guint t = sector[pop[i]];
          sector[pop[i]] = sector[pop[j]];
          sector[pop[j]] = t;
        }
      if (!deltas (&shuffled, ms, nm, o->threads, values, reps + (gsize) r * nm, error))
        return FALSE;
      report_progress (o, (guint64) o->bootstrap + r + 1, total);
    }
  for (guint q = 0; q < nm; q++)
    {
      NrpMeasureChange *mc = &c->measures[at[q]];
      double mean = 0, d = mc->delta;
      guint valid = 0, extreme = 0;
      if (isnan (d))
        continue;
      for (guint r = 0; r < P; r++)
        if (!isnan (reps[(gsize) r * nm + q]))
          {
            mean += reps[(gsize) r * nm + q];
            valid++;
          }
      if (valid == 0)
        continue;
      mean /= valid;
      for (guint r = 0; r < P; r++)
        {
          double x = reps[(gsize) r * nm + q];
          /* A relative tolerance, so a replicate equal to the observed
           * change up to rounding counts as extreme. */
          if (!isnan (x) && fabs (x - mean) >= fabs (d - mean) * (1 - 1e-12) - 1e-15)
            extreme++;
        }
      mc->permutations = valid;
      mc->p_value = (1.0 + extreme) / (1.0 + valid);
    }
  return TRUE;
}

/* ---- Per-actor change --------------------------------------------------- */

static const char *const actor_measure_names[NRP_ACTOR_N_MEASURES] = {
  "degree", "betweenness", "ei_index", "brokerage",
};

const char *
nrp_actor_measure_name (NrpActorMeasure m)
{
  g_return_val_if_fail ((guint) m < NRP_ACTOR_N_MEASURES, NULL);
  return actor_measure_names[m];
}

static gboolean
actor_change (const PairView *pv, const NrpChangeOptions *o, NrpChange *c, GError **error)
{
  const NrpNetwork *net = &pv->net;
  guint n = net->n_actors;
  g_autoptr (NrpSummary) s = nrp_summary_compute (net, error);
  g_autoptr (NrpCentrality) ce = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autoptr (NrpBrokerage) br = NULL;

  if (s == NULL || (ce = nrp_centrality_compute (net, o->weighted, o->threads, error)) == NULL
      || (mx = nrp_mixing_compute (net, 0, 1, error)) == NULL
      || (br = nrp_brokerage_compute (net, error)) == NULL)
    return FALSE;
  for (guint k = 0; k < NRP_ACTOR_N_MEASURES; k++)
    c->actor_values[k] = g_new (double, 2 * (gsize) MAX (n, 1));
  for (guint w = 1; w <= 2; w++)
    {
      const guint *deg = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
      const double *bet = nrp_centrality_get (ce, w, NRP_CENTRALITY_BETWEENNESS);
      const double *ei = nrp_mixing_get_actor_ei (mx, w);
      const double *bro = nrp_brokerage_actors (br, w, NRP_BROKER_TOTAL, NRP_BROKER_COUNT);
      gsize base = (gsize) (w - 1) * n;
      for (guint i = 0; i < n; i++)
        {
          gboolean here = nrp_present (net, w, i);
          c->actor_values[NRP_ACTOR_DEGREE][base + i] = here ? deg[i] : NAN;
          c->actor_values[NRP_ACTOR_BETWEENNESS][base + i] = here ? bet[i] : NAN;
          c->actor_values[NRP_ACTOR_EI_INDEX][base + i] = here ? ei[i] : NAN;
          c->actor_values[NRP_ACTOR_BROKERAGE][base + i] = here ? bro[i] : NAN;
        }
    }
  return TRUE;
}

/* ---- The whole ------------------------------------------------------------ */

NrpChange *
nrp_change_compute_full (const NrpNetwork *net, guint from, guint to,
                         const NrpChangeOptions *options, GError **error)
{
  g_autoptr (NrpChangeOptions) defaults = NULL;
  g_autoptr (NrpChange) c = NULL;
  g_autofree guint *ms = NULL;
  g_autofree guint *pop = NULL;
  g_autofree double *values = NULL;
  const NrpChangeOptions *o = options;
  PairView pv;
  guint nm, np = 0;
  guint64 total;
  gboolean ok;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if ((c = nrp_change_compute (net, from, to, error)) == NULL)
    return NULL;
  if (o == NULL)
    o = defaults = nrp_change_options_new ();

  ms = g_new (guint, nrp_measure_count () + 1);
  nm = 0;
  if (o->measures != NULL)
    for (guint k = 0; k < o->n_measures; k++)
      ms[nm++] = o->measures[k];
  else
    for (guint k = 0; k < nrp_measure_count (); k++)
      if (!nrp_measure_is_costly (k))
        ms[nm++] = k;
  c->n_actors = net->n_actors;
  c->n_measures = nm;
  c->bootstrap = o->bootstrap;
  c->confidence = o->confidence;
  c->top = o->top;
  c->measures = g_new0 (NrpMeasureChange, MAX (nm, 1));

  pair_view_init (&pv, net, from, to);
  pop = g_new (guint, MAX (net->n_actors, 1));
  for (guint i = 0; i < net->n_actors; i++)
    if (pv.present[i] || pv.present[net->n_actors + i])
      pop[np++] = i;

  values = g_new (double, 2 * (gsize) MAX (nm, 1));
  ok = nrp_measures_compute_threads (&pv.net, ms, nm, o->threads, values, error);
  for (guint k = 0; ok && k < nm; k++)
    {
      NrpMeasureChange *mc = &c->measures[k];
      mc->measure = ms[k];
      mc->from = values[k];
      mc->to = values[nm + k];
      mc->delta = mc->to - mc->from;
      mc->se = mc->ci_low = mc->ci_high = mc->p_value = NAN;
    }
  total = (guint64) o->bootstrap + o->permutations;
  ok = ok && actor_change (&pv, o, c, error);
  ok = ok && (o->bootstrap == 0 || np == 0 || bootstrap (&pv, pop, np, o, c, total, error));
  ok = ok && (o->permutations == 0 || permutation_test (&pv, pop, np, o, c, total, error));
  g_free (pv.present);
  if (!ok)
    return NULL;
  return g_steal_pointer (&c);
}

guint
nrp_change_n_measures (const NrpChange *c)
{
  g_return_val_if_fail (c != NULL, 0);
  return c->n_measures;
}

const NrpMeasureChange *
nrp_change_get_measure (const NrpChange *c, guint k)
{
  g_return_val_if_fail (c != NULL, NULL);
  g_return_val_if_fail (k < c->n_measures, NULL);
  return &c->measures[k];
}

guint
nrp_change_get_bootstrap (const NrpChange *c)
{
  g_return_val_if_fail (c != NULL, 0);
  return c->bootstrap;
}

double
nrp_change_get_confidence (const NrpChange *c)
{
  g_return_val_if_fail (c != NULL, NAN);
  return c->confidence;
}

const double *
nrp_change_get_actor_values (const NrpChange *c, NrpActorMeasure m, gboolean at_to)
{
  g_return_val_if_fail (c != NULL, NULL);
  g_return_val_if_fail ((guint) m < NRP_ACTOR_N_MEASURES, NULL);
  if (c->actor_values[m] == NULL)
    return NULL;
  return c->actor_values[m] + (at_to ? c->n_actors : 0);
}

typedef struct {
  guint actor;
  double delta;
} Gain;

static int
gain_cmp (const void *pa, const void *pb)
{
  const Gain *a = pa, *b = pb;
  if (a->delta != b->delta)
    return a->delta > b->delta ? -1 : 1;
  return a->actor < b->actor ? -1 : a->actor > b->actor;
}

guint
nrp_change_top_gainers (const NrpChange *c, NrpActorMeasure m, guint *actors)
{
  const double *x, *y;
  g_autofree Gain *g = NULL;
  guint n = 0, out;

  g_return_val_if_fail (c != NULL, 0);
  g_return_val_if_fail ((guint) m < NRP_ACTOR_N_MEASURES, 0);
  g_return_val_if_fail (actors != NULL || c->top == 0, 0);
  if (c->actor_values[m] == NULL)
    return 0;
  x = c->actor_values[m];
  y = x + c->n_actors;
  g = g_new (Gain, MAX (c->n_actors, 1));
  for (guint i = 0; i < c->n_actors; i++)
    if (!isnan (x[i]) && !isnan (y[i]) && y[i] > x[i])
      g[n++] = (Gain) { i, y[i] - x[i] };
  qsort (g, n, sizeof (Gain), gain_cmp);
  out = MIN (n, c->top);
  for (guint k = 0; k < out; k++)
    actors[k] = g[k].actor;
  return out;
}
