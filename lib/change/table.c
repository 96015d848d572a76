/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * table.c: the comparison of two waves (see nrpnet/change.h).
 *
 * How it counts: each wave's distinct tied dyads become sorted 64-bit keys
 * (source * n + target, weights summed over relation types), and so do its
 * unobserved dyads. The merge of the two tie lists (nrp_dyad_union_init())
 * visits every dyad tied at either wave once: it counts as formed, dissolved or kept when both its
 * ends are present at both waves and it is unobserved at neither. The
 * dyads tied at neither wave need no visit: n00 is the number of observed
 * dyads less the other three cells, where the observed dyads are the pairs
 * of actors present at both waves less the distinct unobserved ones.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "core/nrp-private.h"

static const char *const kind_names[NRP_CHANGE_N_KINDS] = {
  "formed", "dissolved", "kept", "strengthened", "weakened",
};

const char *
nrp_change_kind_name (NrpChangeKind kind)
{
  g_return_val_if_fail ((guint) kind < NRP_CHANGE_N_KINDS, NULL);
  return kind_names[kind];
}

void
nrp_change_free (NrpChange *c)
{
  if (c == NULL)
    return;
  for (guint k = 0; k < NRP_CHANGE_N_KINDS; k++)
    g_free (c->matrix[k]);
  g_free (c->measures);
  for (guint k = 0; k < NRP_ACTOR_N_MEASURES; k++)
    g_free (c->actor_values[k]);
  nrp_dyad_union_clear (&c->dyads);
  g_free (c->dyad_state);
  g_free (c->boot_rows);
  g_free (c->perm_at);
  g_free (c->perm_rows);
  g_free (c);
}

static void
finish_table (NrpChangeTable *t, guint64 observed)
{
  t->n00 = observed - t->n01 - t->n10 - t->n11;
  t->hamming = t->n01 + t->n10;
  t->jaccard = t->n01 + t->n10 + t->n11 > 0
                 ? (double) t->n11 / (double) (t->n01 + t->n10 + t->n11)
                 : NAN;
}

/* Pairs among @k actors: ordered when directed. */
static guint64
pairs (guint64 k, gboolean directed)
{
  guint64 p = k * (k > 0 ? k - 1 : 0);
  return directed ? p : p / 2;
}

NrpChange *
nrp_change_compute (const NrpNetwork *net, guint from, guint to, GError **error)
{
  NrpChange *c;
  NrpChangeSummary *s;
  NrpChangeTable *all, *cross;
  guint n = net != NULL ? net->n_actors : 0, ns;
  const NrpWave *w1, *w2;
  g_autofree guint8 *both = NULL;
  g_autofree guint64 *miss1 = NULL, *miss2 = NULL;
  g_autofree guint64 *size = NULL;
  guint64 common = 0, miss_all = 0, miss_cross = 0;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (from < 1 || to < 1 || from > net->n_waves || to > net->n_waves || from == to)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "cannot compare waves %u and %u: the network has waves 1 to %u and "
                        "the two must differ",
                        from, to, net->n_waves);
      return NULL;
    }
  ns = net->n_sectors;
  w1 = &net->waves[from - 1];
  w2 = &net->waves[to - 1];
  c = g_new0 (NrpChange, 1);
  c->n_sectors = ns;
  for (guint k = 0; k < NRP_CHANGE_N_KINDS; k++)
    c->matrix[k] = g_new0 (guint, MAX ((gsize) ns * ns, 1));
  s = &c->summary;
  all = &c->tables[0];
  cross = &c->tables[1];
  s->all = all;
  s->cross_sector = cross;
  s->from_wave = from;
  s->to_wave = to;

  both = g_new0 (guint8, MAX (n, 1));
  size = g_new0 (guint64, MAX (ns, 1));
  for (guint a = 0; a < n; a++)
    {
      gboolean p1 = nrp_present (net, from, a), p2 = nrp_present (net, to, a);
      both[a] = p1 && p2;
      s->actors_entered += !p1 && p2;
      s->actors_left += p1 && !p2;
      s->actors_stayed += p1 && p2;
      if (both[a])
        {
          common++;
          size[net->sector[a]]++;
        }
    }

  /* Unobserved dyads: the union of both waves' among actors at both. */
  miss1 = g_new (guint64, MAX (w1->n_missing, 1));
  miss2 = g_new (guint64, MAX (w2->n_missing, 1));
  nrp_wave_missing_keys (net, from, miss1);
  nrp_wave_missing_keys (net, to, miss2);
  for (gsize a = 0, b = 0; a < w1->n_missing || b < w2->n_missing;)
    {
      guint64 key;
      guint32 u, v;
      if (b >= w2->n_missing || (a < w1->n_missing && miss1[a] < miss2[b]))
        key = miss1[a++];
      else if (a >= w1->n_missing || miss2[b] < miss1[a])
        key = miss2[b++];
      else
        {
          key = miss1[a++];
          b++;
        }
      u = (guint32) (key / n);
      v = (guint32) (key % n);
      if (both[u] && both[v])
        {
          miss_all++;
          miss_cross += net->sector[u] != net->sector[v];
        }
    }
  s->missing_dyads = miss_all;

  /* Ties of either wave, merged (core/graph.c); each dyad's state is kept
   * for the pictures, which draw what the table counts. */
  nrp_dyad_union_init (&c->dyads, net, (const guint[]) { from, to }, 2);
  c->dyad_state = g_new (guint8, MAX (c->dyads.n, 1));
  for (gsize d = 0; d < c->dyads.n; d++)
    {
      guint64 key = c->dyads.keys[d];
      double wt1 = c->dyads.weights[2 * d], wt2 = c->dyads.weights[2 * d + 1];
      gboolean t1 = wt1 > 0, t2 = wt2 > 0;
      guint32 u = (guint32) (key / n), v = (guint32) (key % n);
      guint su, sv, kind;
      if (!both[u] || !both[v] || nrp_key_find (miss1, w1->n_missing, key) >= 0
          || nrp_key_find (miss2, w2->n_missing, key) >= 0)
        {
          c->dyad_state[d] = NRP_DYAD_NOT_COMPARED;
          continue;
        }
      su = net->sector[u];
      sv = net->sector[v];
      kind = t1 && t2 ? NRP_CHANGE_KEPT : t2 ? NRP_CHANGE_FORMED : NRP_CHANGE_DISSOLVED;
      c->dyad_state[d] = (guint8) kind;
      if (kind == NRP_CHANGE_KEPT)
        {
          all->n11++;
          cross->n11 += su != sv;
        }
      else if (kind == NRP_CHANGE_FORMED)
        {
          all->n01++;
          cross->n01 += su != sv;
        }
      else
        {
          all->n10++;
          cross->n10 += su != sv;
        }
      for (guint round = 0; round < 2; round++)
        {
          guint k = round == 0 ? kind
                               : (kind == NRP_CHANGE_KEPT && wt2 > wt1   ? NRP_CHANGE_STRENGTHENED
                                  : kind == NRP_CHANGE_KEPT && wt2 < wt1 ? NRP_CHANGE_WEAKENED
                                                                         : G_MAXUINT);
          if (k == G_MAXUINT)
            continue;
          c->matrix[k][(gsize) su * ns + sv]++;
          if (!net->directed && su != sv)
            c->matrix[k][(gsize) sv * ns + su]++;
        }
    }

  {
    guint64 all_pairs = pairs (common, net->directed), within = 0;
    for (guint k = 0; k < ns; k++)
      within += pairs (size[k], net->directed);
    finish_table (all, all_pairs - miss_all);
    finish_table (cross, all_pairs - within - miss_cross);
  }
  return c;
}

const NrpChangeSummary *
nrp_change_get_summary (const NrpChange *c)
{
  g_return_val_if_fail (c != NULL, NULL);
  return &c->summary;
}

const guint *
nrp_change_get_matrix (const NrpChange *c, NrpChangeKind kind)
{
  g_return_val_if_fail (c != NULL, NULL);
  g_return_val_if_fail ((guint) kind < NRP_CHANGE_N_KINDS, NULL);
  return c->matrix[kind];
}

gsize
nrp_change_n_dyads (const NrpChange *c)
{
  return c->dyads.n;
}

NrpDyadState
nrp_change_dyad (const NrpChange *c, gsize d, guint *source, guint *target, gboolean *tied_from,
                 gboolean *tied_to)
{
  guint64 key = c->dyads.keys[d];
  *source = (guint) (key / c->dyads.n_actors);
  *target = (guint) (key % c->dyads.n_actors);
  *tied_from = c->dyads.weights[2 * d] > 0;
  *tied_to = c->dyads.weights[2 * d + 1] > 0;
  return (NrpDyadState) c->dyad_state[d];
}
