/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * graph.c: the graph of a wave as the measures see it, and the waves
 * side by side:
 *  - the distinct tied dyads of a wave (and as sorted 64-bit keys), built
 *    from the sorted tie rows in one pass;
 *  - the one compressed-sparse-row builder (NrpCsr) that every measure's
 *    adjacency comes from: out- or in-lists, one way or both, optionally
 *    sorted and without repeats;
 *  - the one merge of several waves' dyads (NrpDyadUnion), which the wave
 *    comparison, the GraphML writer and, through the comparison, the
 *    pictures read.
 * Nothing here calls igraph.
 */
#include "config.h"

#include <stdlib.h>

#include "core/nrp-private.h"

gsize
nrp_wave_dyads (const NrpNetwork *net, guint wave, guint32 *out, double *weights)
{
  const NrpWave *wv = &net->waves[wave - 1];
  gsize m = 0;

  /* Ties are sorted by (source, target, type): a dyad's rows are adjacent. */
  for (guint k = 0; k < wv->n_ties; k++)
    {
      const NrpTie *t = &wv->ties[k];
      if (k > 0 && wv->ties[k - 1].source == t->source && wv->ties[k - 1].target == t->target)
        {
          if (weights != NULL)
            weights[m - 1] += t->weight;
          continue;
        }
      out[2 * m] = t->source;
      out[2 * m + 1] = t->target;
      if (weights != NULL)
        weights[m] = t->weight;
      m++;
    }
  return m;
}

gsize
nrp_wave_dyad_keys (const NrpNetwork *net, guint wave, guint64 *keys, double *weights)
{
  g_autofree guint32 *dyads = g_new (guint32, 2 * (gsize) MAX (net->waves[wave - 1].n_ties, 1));
  gsize m = nrp_wave_dyads (net, wave, dyads, weights);
  for (gsize k = 0; k < m; k++)
    keys[k] = (guint64) dyads[2 * k] * net->n_actors + dyads[2 * k + 1];
  return m;
}

void
nrp_wave_missing_keys (const NrpNetwork *net, guint wave, guint64 *keys)
{
  const NrpWave *wv = &net->waves[wave - 1];
  for (guint k = 0; k < wv->n_missing; k++)
    keys[k] = (guint64) wv->missing[k].source * net->n_actors + wv->missing[k].target;
}

/* ---- Compressed sparse rows ---------------------------------------------- */

typedef struct {
  guint32 v;
  double x;
} Entry;

static int
entry_cmp (const void *pa, const void *pb)
{
  guint32 a = ((const Entry *) pa)->v, b = ((const Entry *) pb)->v;
  return a < b ? -1 : (a > b);
}

static int
u32_cmp (const void *pa, const void *pb)
{
  guint32 a = *(const guint32 *) pa, b = *(const guint32 *) pb;
  return a < b ? -1 : (a > b);
}

void
nrp_csr_init (NrpCsr *g, guint n, const guint32 *pairs, const double *values, gsize m,
              NrpCsrFlags flags)
{
  guint ways = (flags & NRP_CSR_BOTH_WAYS) ? 2 : 1;
  gsize arcs = ways * m;
  g_autofree gsize *fill = g_new0 (gsize, MAX (n, 1));

  g->n = n;
  g->off = g_new0 (gsize, (gsize) n + 1);
  g->adj = g_new (guint32, MAX (arcs, 1));
  g->val = values != NULL ? g_new (double, MAX (arcs, 1)) : NULL;
  /* Arc e, way 0 is pairs[2e] -> pairs[2e + 1]; way 1 the reverse. A list
   * gets its arcs in this order, so an unsorted CSR is deterministic. */
#define FROM(e, way) pairs[2 * (e) + ((way) ^ ((flags & NRP_CSR_REVERSE) ? 1u : 0u))]
#define TO(e, way) pairs[2 * (e) + 1 - ((way) ^ ((flags & NRP_CSR_REVERSE) ? 1u : 0u))]
  for (gsize e = 0; e < m; e++)
    for (guint way = 0; way < ways; way++)
      g->off[FROM (e, way) + 1]++;
  for (guint i = 0; i < n; i++)
    g->off[i + 1] += g->off[i];
  for (gsize e = 0; e < m; e++)
    for (guint way = 0; way < ways; way++)
      {
        guint32 a = FROM (e, way);
        gsize at = g->off[a] + fill[a]++;
        g->adj[at] = TO (e, way);
        if (g->val != NULL)
          g->val[at] = values[e];
      }
#undef FROM
#undef TO
  if (!(flags & (NRP_CSR_SORTED | NRP_CSR_UNIQUE)))
    return;
  /* Sort each list (with its values) and, if asked, drop repeats (the
   * second arc a reciprocated directed pair leaves when both ways). */
  {
    gsize w = 0, start = 0;
    for (guint i = 0; i < n; i++)
      {
        gsize end = g->off[i + 1];
        gboolean sorted = TRUE;
        /* A list built from sorted pairs is often in order already (an
         * undirected pair list sorted with source < target gives every
         * list in order): then any sort would leave it as it is. */
        for (gsize k = start + 1; k < end && sorted; k++)
          sorted = g->adj[k - 1] < g->adj[k];
        if (sorted)
          ;
        else if (g->val == NULL)
          nrp_sort (g->adj + start, end - start, sizeof (guint32), u32_cmp);
        else
          {
            g_autofree Entry *tmp = g_new (Entry, MAX (end - start, 1));
            for (gsize k = start; k < end; k++)
              tmp[k - start] = (Entry) { g->adj[k], g->val[k] };
            nrp_sort (tmp, end - start, sizeof (Entry), entry_cmp);
            for (gsize k = start; k < end; k++)
              {
                g->adj[k] = tmp[k - start].v;
                g->val[k] = tmp[k - start].x;
              }
          }
        g->off[i] = w;
        for (gsize k = start; k < end; k++)
          if (!(flags & NRP_CSR_UNIQUE) || k == start || g->adj[k] != g->adj[k - 1])
            {
              if (g->val != NULL)
                g->val[w] = g->val[k];
              g->adj[w++] = g->adj[k];
            }
        start = end;
      }
    g->off[n] = w;
  }
}

void
nrp_csr_clear (NrpCsr *g)
{
  g_clear_pointer (&g->off, g_free);
  g_clear_pointer (&g->adj, g_free);
  g_clear_pointer (&g->val, g_free);
  g->n = 0;
}

void
nrp_adjacency_init_undirected (NrpAdjacency *g, const NrpNetwork *net, guint wave)
{
  const NrpWave *wv = &net->waves[wave - 1];
  g_autofree guint32 *dyads = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
  gsize m = nrp_wave_dyads (net, wave, dyads, NULL);

  nrp_csr_init (g, net->n_actors, dyads, NULL, m, NRP_CSR_BOTH_WAYS | NRP_CSR_UNIQUE);
}

void
nrp_adjacency_clear (NrpAdjacency *g)
{
  nrp_csr_clear (g);
}

/* ---- Several waves' dyads, merged ----------------------------------------- */

void
nrp_dyad_union_init (NrpDyadUnion *u, const NrpNetwork *net, const guint *waves, guint n_waves)
{
  g_autofree guint64 **keys = g_new0 (guint64 *, MAX (n_waves, 1));
  g_autofree double **x = g_new0 (double *, MAX (n_waves, 1));
  g_autofree gsize *m = g_new0 (gsize, MAX (n_waves, 1));
  g_autofree gsize *at = g_new0 (gsize, MAX (n_waves, 1));
  gsize total = 0, d = 0;

  for (guint k = 0; k < n_waves; k++)
    {
      guint nt = MAX (net->waves[waves[k] - 1].n_ties, 1);
      keys[k] = g_new (guint64, nt);
      x[k] = g_new (double, nt);
      m[k] = nrp_wave_dyad_keys (net, waves[k], keys[k], x[k]);
      total += m[k];
    }
  u->n_waves = n_waves;
  u->n_actors = net->n_actors;
  u->keys = g_new (guint64, MAX (total, 1));
  u->weights = g_new0 (double, MAX (total * n_waves, 1));
  /* A k-way merge of the sorted key lists; k is the number of waves. */
  for (;;)
    {
      guint64 next = G_MAXUINT64;
      gboolean any = FALSE;
      for (guint k = 0; k < n_waves; k++)
        if (at[k] < m[k] && (!any || keys[k][at[k]] < next))
          {
            next = keys[k][at[k]];
            any = TRUE;
          }
      if (!any)
        break;
      u->keys[d] = next;
      for (guint k = 0; k < n_waves; k++)
        if (at[k] < m[k] && keys[k][at[k]] == next)
          u->weights[d * n_waves + k] = x[k][at[k]++];
      d++;
    }
  u->n = d;
  for (guint k = 0; k < n_waves; k++)
    {
      g_free (keys[k]);
      g_free (x[k]);
    }
}

void
nrp_dyad_union_clear (NrpDyadUnion *u)
{
  g_clear_pointer (&u->keys, g_free);
  g_clear_pointer (&u->weights, g_free);
  u->n = 0;
}
