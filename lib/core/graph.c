/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * graph.c: the graph of one wave as the measures see it: its distinct
 * tied dyads, and the compressed (CSR) adjacency of its undirected simple
 * graph. Both are built from the sorted tie rows of the wave in one pass
 * (plus a sort for the adjacency); neither calls igraph.
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

static int
u32_cmp (const void *pa, const void *pb)
{
  guint32 a = *(const guint32 *) pa, b = *(const guint32 *) pb;
  return a < b ? -1 : (a > b);
}

void
nrp_adjacency_init_undirected (NrpAdjacency *g, const NrpNetwork *net, guint wave)
{
  const NrpWave *wv = &net->waves[wave - 1];
  g_autofree guint32 *dyads = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
  g_autofree gsize *fill = NULL;
  gsize m = nrp_wave_dyads (net, wave, dyads, NULL);

  g->n = net->n_actors;
  g->off = g_new0 (gsize, (gsize) g->n + 1);
  g->adj = g_new (guint32, MAX (2 * m, 1));
  fill = g_new0 (gsize, MAX (g->n, 1));
  for (gsize k = 0; k < m; k++)
    {
      g->off[dyads[2 * k] + 1]++;
      g->off[dyads[2 * k + 1] + 1]++;
    }
  for (guint i = 0; i < g->n; i++)
    g->off[i + 1] += g->off[i];
  for (gsize k = 0; k < m; k++)
    {
      guint32 a = dyads[2 * k], b = dyads[2 * k + 1];
      g->adj[g->off[a] + fill[a]++] = b;
      g->adj[g->off[b] + fill[b]++] = a;
    }
  /* Sort each list and drop the repeat a reciprocated directed pair left. */
  {
    gsize w = 0;
    gsize start = 0;
    for (guint i = 0; i < g->n; i++)
      {
        gsize end = g->off[i + 1];
        qsort (g->adj + start, end - start, sizeof (guint32), u32_cmp);
        g->off[i] = w;
        for (gsize k = start; k < end; k++)
          if (k == start || g->adj[k] != g->adj[k - 1])
            g->adj[w++] = g->adj[k];
        start = end;
      }
    g->off[g->n] = w;
  }
}

void
nrp_adjacency_clear (NrpAdjacency *g)
{
  g_clear_pointer (&g->off, g_free);
  g_clear_pointer (&g->adj, g_free);
  g->n = 0;
}
