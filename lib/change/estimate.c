/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * estimate.c: nrp_change_compute_full() (see nrpnet/change.h): the change
 * table with each measure's change, its bootstrap interval (bootstrap.c),
 * its permutation p-value (permutation.c) and each actor's change
 * (actors.c); the options and the accessors.
 *
 * Everything works on a two-wave view of the network (the from wave as
 * wave 1, the to wave as wave 2) that shares the network's ties.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "change/change-private.h"
#include "core/nrp-private.h"

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
  if (o->shards != NULL)
    g_ptr_array_unref (o->shards);
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

gboolean
nrp_change_options_set_bootstrap (NrpChangeOptions *o, guint replicates, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (replicates > NRP_MAX_BOOTSTRAP)
    {
      NRP_OUT_OF_RANGE (error, "the number of bootstrap replicates", "0 to 1000000");
      return FALSE;
    }
  o->bootstrap = replicates;
  return TRUE;
}

guint
nrp_change_options_get_bootstrap (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->bootstrap;
}

gboolean
nrp_change_options_set_permutations (NrpChangeOptions *o, guint permutations, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (permutations > NRP_MAX_PERMUTATIONS)
    {
      NRP_OUT_OF_RANGE (error, "the number of permutations", "0 to 10000000");
      return FALSE;
    }
  o->permutations = permutations;
  return TRUE;
}

guint
nrp_change_options_get_permutations (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->permutations;
}

void
nrp_change_options_set_seed (NrpChangeOptions *o, guint64 seed)
{
  g_return_if_fail (o != NULL);
  o->seed = seed;
}

guint64
nrp_change_options_get_seed (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->seed;
}

gboolean
nrp_change_options_set_confidence (NrpChangeOptions *o, double level, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!(level > 0 && level < 1))
    {
      NRP_OUT_OF_RANGE (error, "the confidence level", "between 0 and 1, as in 0.95");
      return FALSE;
    }
  o->confidence = level;
  return TRUE;
}

double
nrp_change_options_get_confidence (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->confidence;
}

void
nrp_change_options_set_weighted (NrpChangeOptions *o, gboolean weighted)
{
  g_return_if_fail (o != NULL);
  o->weighted = weighted != FALSE;
}

gboolean
nrp_change_options_get_weighted (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, FALSE);
  return o->weighted;
}

gboolean
nrp_change_options_set_threads (NrpChangeOptions *o, guint threads, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!nrp_threads_valid (threads, error))
    return FALSE;
  o->threads = threads;
  return TRUE;
}

guint
nrp_change_options_get_threads (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->threads;
}

void
nrp_change_options_set_top (NrpChangeOptions *o, guint top)
{
  g_return_if_fail (o != NULL);
  o->top = top;
}

guint
nrp_change_options_get_top (const NrpChangeOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->top;
}

void
nrp_change_options_set_progress (NrpChangeOptions *o, NrpProgressFunc func, gpointer data)
{
  g_return_if_fail (o != NULL);
  o->progress = func;
  o->progress_data = data;
}

/* ---- The two-wave view ---------------------------------------------------- */

void
nrp_pair_view_init (PairView *v, const NrpNetwork *net, guint from, guint to)
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
gboolean
nrp_change_deltas (const NrpNetwork *net, const guint *measures, guint nm, guint threads, double *values,
        double *out, GError **error)
{
  if (!nrp_measures_compute_threads (net, measures, nm, threads, values, error))
    return FALSE;
  for (guint k = 0; k < nm; k++)
    out[k] = values[nm + k] - values[k];
  return TRUE;
}

/* ---- The whole ------------------------------------------------------------ */

/*
 * The bootstrap and the permutations of @c: all of them; or, with a shard
 * set, only the shard's rows, kept in @c for nrp_change_shard_to_json();
 * or, with shards added, none, their rows read from the shards. The rows
 * are the same bits either way (replicates.c), so are the statistics.
 */
static gboolean
replicates (const PairView *pv, const guint *pop, guint np, const NrpChangeOptions *o,
            NrpChange *c, GError **error)
{
  guint nm = c->n_measures, B = np > 0 ? o->bootstrap : 0, P = o->permutations, pnm = 0;
  guint bf = 0, bl = B, pf = 0, pl = 0;
  g_autofree guint *ms = g_new (guint, MAX (nm, 1));
  g_autofree guint *at = g_new (guint, MAX (nm, 1));
  g_autofree guint *pms = g_new (guint, MAX (nm, 1));
  g_autofree double *boot = NULL, *perm = NULL;
  guint64 total;

  for (guint k = 0; k < nm; k++)
    ms[k] = c->measures[k].measure;
  if (P > 0)
    pnm = nrp_change_permutation_measures (pv, pop, np, c, at);
  if (pnm == 0)
    P = 0;
  for (guint q = 0; q < pnm; q++)
    pms[q] = ms[at[q]];
  pl = P;

  if (o->shards != NULL || o->shard_count > 0)
    nrp_pair_view_digest (pv, c->digest);
  if (o->shards != NULL)
    {
      if (!nrp_shards_rows (o, c, c->digest, B, at, pnm, P, &boot, &perm, error))
        return FALSE;
    }
  else
    {
      if (o->shard_count > 0)
        {
          nrp_shard_range (B, o->shard_index, o->shard_count, &bf, &bl);
          nrp_shard_range (P, o->shard_index, o->shard_count, &pf, &pl);
        }
      total = (guint64) (bl - bf) + (pl - pf);
      boot = g_new (double, (gsize) MAX (bl - bf, 1) * MAX (nm, 1));
      perm = g_new (double, (gsize) MAX (pl - pf, 1) * MAX (pnm, 1));
      if (bl > bf
          && !nrp_change_bootstrap_rows (pv, pop, np, o, ms, nm, bf, bl, 0, total, boot, error))
        return FALSE;
      if (pl > pf
          && !nrp_change_permutation_rows (pv, pop, np, o, pms, pnm, pf, pl, bl - bf, total,
                                           perm, error))
        return FALSE;
      if (o->shard_count > 0)
        {
          c->shard_index = o->shard_index;
          c->shard_count = o->shard_count;
          c->seed = o->seed;
          c->permutations = o->permutations;
          c->boot_first = bf;
          c->boot_last = bl;
          c->boot_rows = g_steal_pointer (&boot);
          c->perm_nm = pnm;
          c->perm_at = pnm > 0 ? g_memdup2 (at, pnm * sizeof (guint)) : NULL;
          c->perm_first = pf;
          c->perm_last = pl;
          c->perm_rows = g_steal_pointer (&perm);
          return TRUE;
        }
    }
  if (B > 0)
    nrp_change_bootstrap_summarise (c, boot, B, o->confidence);
  if (P > 0)
    nrp_change_permutation_summarise (c, at, pnm, perm, P);
  return TRUE;
}

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
  gboolean ok;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (options != NULL && options->shard_count > 0 && options->shards != NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "a shard is either computed or merged: not both at once");
      return NULL;
    }
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

  nrp_pair_view_init (&pv, net, from, to);
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
  /* A shard is only its replicates: the rest comes with the merge. */
  ok = ok && (o->shard_count > 0 || nrp_change_actor_change (&pv, o, c, error));
  ok = ok && replicates (&pv, pop, np, o, c, error);
  g_free (pv.present);
  if (!ok)
    return NULL;
  return g_steal_pointer (&c);
}

guint
nrp_change_get_n_measures (const NrpChange *c)
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
nrp_change_get_top_gainers (const NrpChange *c, NrpActorMeasure m, guint *actors)
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
  nrp_sort (g, n, sizeof (Gain), gain_cmp);
  out = MIN (n, c->top);
  for (guint k = 0; k < out; k++)
    actors[k] = g[k].actor;
  return out;
}

