/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bootstrap.c: the actor bootstrap of change (Snijders and Borgatti 1999).
 * A replicate draws the actors present at either wave with replacement and
 * builds a new two-wave network of copies of them (resample()): a copy keeps
 * its presence, and two copies are tied at a wave when their originals are.
 * The same draw serves both waves, so the change keeps its pairing.
 *
 * The cost: each replicate is a new network and every measure is computed
 * on it, so B replicates cost B times the measures of one network (the
 * costly path measures are left out unless asked for). The replicates run
 * in parallel, each from its own random stream (replicates.c), so the
 * intervals are the same at any thread count.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "change/change-private.h"
#include "core/nrp-private.h"


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

/*
 * Sorts a replicate's ties by (source, target), as tie_cmp does, in O(m + n):
 * a counting sort by target, then a stable one by source. The pairs are
 * distinct, so the order is the one qsort with tie_cmp gives.
 */
static void
sort_ties (GArray *ties, guint n)
{
  NrpTie *t = (NrpTie *) (void *) ties->data;
  gsize m = ties->len;
  g_autofree NrpTie *tmp = NULL;
  g_autofree gsize *count = NULL;

  if (m < 64)
    {
      nrp_sort (t, m, sizeof (NrpTie), tie_cmp);
      return;
    }
  tmp = g_new (NrpTie, m);
  count = g_new (gsize, (gsize) n + 1);
  for (guint pass = 0; pass < 2; pass++)
    {
      NrpTie *from = pass == 0 ? t : tmp, *to = pass == 0 ? tmp : t;
      memset (count, 0, ((gsize) n + 1) * sizeof (gsize));
      for (gsize k = 0; k < m; k++)
        count[(pass == 0 ? from[k].target : from[k].source) + 1]++;
      for (guint i = 0; i < n; i++)
        count[i + 1] += count[i];
      for (gsize k = 0; k < m; k++)
        to[count[pass == 0 ? from[k].target : from[k].source]++] = from[k];
    }
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
      sort_ties (ties[w], np);
      nrp_sort (missing[w]->data, missing[w]->len, sizeof (NrpDyad), dyad_cmp);
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

void
nrp_change_report_progress (const NrpChangeOptions *o, guint64 done, guint64 total)
{
  if (o->progress != NULL && total > 0)
    o->progress ((double) done / (double) total, o->progress_data);
}

/* What every bootstrap replicate reads. */
typedef struct {
  const PairView *pv;
  const WaveKeys *keys;
  const guint *pop;
  guint np;
  GArray *const *like;
  const guint *ms;
  guint nm;
} Boot;

static gboolean
boot_replicate (gpointer data, guint r, GRand *rng, gpointer *scratch, double *out, GError **error)
{
  const Boot *bt = data;
  NrpNetwork *b = resample (&bt->pv->net, bt->keys, bt->pop, bt->np, bt->like, rng);
  gboolean ok;

  (void) r;
  if (*scratch == NULL)
    *scratch = g_new (double, 2 * (gsize) MAX (bt->nm, 1));
  /* One thread inside: the replicates are the parallel part. */
  ok = nrp_change_deltas (b, bt->ms, bt->nm, 1, *scratch, out, error);
  nrp_network_free (b);
  return ok;
}

gboolean
nrp_change_bootstrap_rows (const PairView *pv, const guint *pop, guint np,
                           const NrpChangeOptions *o, const guint *ms, guint nm, guint first,
                           guint last, guint64 done, guint64 total, double *out, GError **error)
{
  WaveKeys keys[2];
  GArray *like[3];
  Boot bt;
  NrpReplicateJob job = { .first = first, .last = last, .stride = nm, .stream = 1,
                          .func = boot_replicate, .scratch_free = g_free, .data = &bt,
                          .done = done, .total = total };
  gboolean ok;

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
  bt = (Boot) { pv, keys, pop, np, like, ms, nm };
  ok = nrp_replicates_run (o, &job, out, error);
  wave_keys_clear (&keys[0]);
  wave_keys_clear (&keys[1]);
  for (guint k = 0; k < 3; k++)
    g_array_unref (like[k]);
  return ok;
}

void
nrp_change_bootstrap_summarise (NrpChange *c, const double *reps, guint B, double confidence)
{
  guint nm = c->n_measures;
  g_autofree double *col = g_new (double, MAX (B, 1));

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
      nrp_sort (col, v, sizeof (double), nrp_double_cmp);
      /* A change every replicate reproduces exactly is fixed by the
       * design, not estimated: a zero-width interval would read as
       * certainty about a quantity nothing could vary. */
      if (v > 1 && col[0] == col[v - 1])
        {
          mc->fixed = TRUE;
          continue;
        }
      mc->ci_low = quantile7 (col, v, (1 - confidence) / 2);
      mc->ci_high = quantile7 (col, v, 1 - (1 - confidence) / 2);
      for (guint r = 0; r < v; r++)
        mean += col[r];
      mean /= v;
      for (guint r = 0; r < v; r++)
        ss += (col[r] - mean) * (col[r] - mean);
      mc->se = v > 1 ? sqrt (ss / (v - 1)) : NAN;
    }
}
