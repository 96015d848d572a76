/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * structure.c: structural holes, bridges, articulation points and local
 * bridges (see nrpnet/structure.h for each definition).
 *
 * Each actor's contacts are its row of the undirected adjacency (core/graph.c),
 * sorted; beside each contact sits the mutual weight (ties both ways, their
 * weights summed, 1 each when unweighted), so p_ij and the largest mutual
 * weight of j come from one row. Looking up p_qj (for the indirect part of
 * constraint) is a binary search in q's row: O(d_i^2 log d) per actor.
 *
 * Local bridges: a tie u-v whose ends share no contact (a merge of the two
 * sorted rows). Its span is the distance from u to v once the tie is
 * removed, found by a breadth-first search from u that stops as soon as v is
 * reached; in small-world networks that is a few hops, so the cost stays
 * near the search's frontier rather than the whole graph.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "igraph/boundary.h"
#include "core/nrp-private.h"

typedef struct {
  double *holes[NRP_HOLES_N_MEASURES]; /* n each */
  guint8 *articulation;                /* n */
  guint32 *bridges;                    /* 2 per bridge */
  guint n_bridges;
  guint32 *local;                      /* 2 per local bridge */
  double *span;                        /* per local bridge */
  guint n_local;
} WaveStructure;

struct _NrpStructure {
  guint n_waves;
  guint n_actors;
  WaveStructure *waves;
};

static const char *const holes_names[NRP_HOLES_N_MEASURES] = {
  "constraint", "effective_size", "efficiency", "hierarchy",
};

const char *
nrp_holes_measure_name (NrpHolesMeasure measure)
{
  g_return_val_if_fail ((guint) measure < NRP_HOLES_N_MEASURES, NULL);
  return holes_names[measure];
}

void
nrp_structure_free (NrpStructure *s)
{
  if (s == NULL)
    return;
  for (guint w = 0; w < s->n_waves; w++)
    {
      WaveStructure *x = &s->waves[w];
      for (guint k = 0; k < NRP_HOLES_N_MEASURES; k++)
        g_free (x->holes[k]);
      g_free (x->articulation);
      g_free (x->bridges);
      g_free (x->local);
      g_free (x->span);
    }
  g_free (s->waves);
  g_free (s);
}

/* Position of @v in actor @u's row, or -1. */
static gssize
find (const NrpAdjacency *g, guint u, guint v)
{
  gsize lo = g->off[u], hi = g->off[u + 1];
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (g->adj[mid] < v)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < g->off[u + 1] && g->adj[lo] == v ? (gssize) lo : -1;
}

static void
structural_holes (const NrpNetwork *net, guint w, const NrpAdjacency *g, const double *mw,
                  WaveStructure *x)
{
  guint n = net->n_actors;
  g_autofree double *total = g_new0 (double, MAX (n, 1));  /* sum of mutual weights */
  g_autofree double *top = g_new0 (double, MAX (n, 1));    /* largest mutual weight */
  g_autofree double *local = NULL;
  gsize max_deg = 0;

  for (guint i = 0; i < n; i++)
    {
      for (gsize k = g->off[i]; k < g->off[i + 1]; k++)
        {
          total[i] += mw[k];
          top[i] = MAX (top[i], mw[k]);
        }
      max_deg = MAX (max_deg, g->off[i + 1] - g->off[i]);
    }
  local = g_new (double, MAX (max_deg, 1));

  for (guint i = 0; i < n; i++)
    {
      gsize d = g->off[i + 1] - g->off[i];
      double c = 0, eff = 0;
      for (guint k = 0; k < NRP_HOLES_N_MEASURES; k++)
        x->holes[k][i] = NAN;
      if (!nrp_present (net, w, i) || d == 0)
        continue;
      for (gsize a = g->off[i]; a < g->off[i + 1]; a++)
        {
          guint j = g->adj[a];
          double p_ij = mw[a] / total[i], indirect = 0, redundancy = 0;
          for (gsize b = g->off[i]; b < g->off[i + 1]; b++)
            {
              guint q = g->adj[b];
              double p_iq = mw[b] / total[i];
              gssize qj, jq;
              if (q == j)
                continue;
              qj = find (g, q, j);
              if (qj >= 0)
                indirect += p_iq * mw[qj] / total[q];
              jq = find (g, j, q);
              if (jq >= 0)
                redundancy += p_iq * mw[jq] / top[j];
            }
          local[a - g->off[i]] = (p_ij + indirect) * (p_ij + indirect);
          c += local[a - g->off[i]];
          eff += 1.0 - redundancy;
        }
      x->holes[NRP_HOLES_CONSTRAINT][i] = c;
      x->holes[NRP_HOLES_EFFECTIVE_SIZE][i] = eff;
      x->holes[NRP_HOLES_EFFICIENCY][i] = eff / (double) d;
      if (d >= 2)
        {
          double h = 0, mean = c / (double) d;
          for (gsize a = 0; a < d; a++)
            {
              double r = local[a] / mean;
              if (r > 0)
                h += r * log (r);
            }
          x->holes[NRP_HOLES_HIERARCHY][i] = h / ((double) d * log ((double) d));
        }
    }
}

/*
 * Distance from u to v without the tie u-v; INFINITY when unreachable.
 *
 * A bidirectional breadth-first search: whole layers are expanded, from
 * whichever side has the smaller frontier, until an edge joins the two
 * searched regions. The shortest such join over that layer is the
 * distance: with d the distance and k_u, k_v the depths searched, no join
 * before means d > k_u + k_v, and the layer that reaches depth k_u + 1 sees
 * the path's edge from depth k_u to the other side's depth d - k_u - 1.
 * Every join is a walk, so none is shorter than d. In a sparse network
 * almost every tie is a local bridge, and each side's search stays a few
 * dozen actors deep instead of the thousand a one-sided search reaches.
 * @dist and @queue hold 2 n entries (one half a side); @dist is all -1 on
 * entry and is left so.
 */
static double
span_without (const NrpAdjacency *g, guint n, guint u, guint v, gint *dist, guint *queue)
{
  gint *d[2] = { dist, dist + n };
  guint *q[2] = { queue, queue + n };
  guint head[2] = { 0, 0 }, tail[2] = { 0, 0 };
  guint end[2];
  gint best = G_MAXINT;

  d[0][u] = 0;
  d[1][v] = 0;
  q[0][tail[0]++] = u;
  q[1][tail[1]++] = v;
  while (best == G_MAXINT && head[0] < tail[0] && head[1] < tail[1])
    {
      /* The side whose frontier is smaller expands one whole layer. */
      guint a = tail[0] - head[0] <= tail[1] - head[1] ? 0 : 1, b = 1 - a;
      end[a] = tail[a];
      while (head[a] < end[a])
        {
          guint x = q[a][head[a]++];
          for (gsize k = g->off[x]; k < g->off[x + 1]; k++)
            {
              guint y = g->adj[k];
              if ((x == u && y == v) || (x == v && y == u))
                continue;
              if (d[b][y] >= 0)
                best = MIN (best, d[a][x] + 1 + d[b][y]);
              if (d[a][y] >= 0)
                continue;
              d[a][y] = d[a][x] + 1;
              q[a][tail[a]++] = y;
            }
        }
    }
  for (guint side = 0; side < 2; side++)
    for (guint k = 0; k < tail[side]; k++)
      d[side][q[side][k]] = -1;
  return best == G_MAXINT ? INFINITY : (double) best;
}

static gboolean
measure_wave (const NrpNetwork *net, guint w, gboolean weighted, WaveStructure *x,
              GError **error)
{
  guint n = net->n_actors;
  const NrpWave *wv = &net->waves[w - 1];
  NrpAdjacency g;
  g_autofree double *mw = NULL;
  g_autofree guint32 *edges = NULL;
  g_autofree guint *bridge_idx = NULL;
  g_autofree gint *dist = NULL;
  g_autofree guint *queue = NULL;
  GArray *local, *span;
  gsize m = 0;

  nrp_adjacency_init_undirected (&g, net, w);
  mw = g_new0 (double, MAX (g.off[n], 1));
  {
    /* Mutual weights: each dyad (relation types summed; 1 when unweighted)
     * adds to the contact of both its ends. */
    g_autofree guint32 *dyads = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
    g_autofree double *dw = g_new (double, MAX (wv->n_ties, 1));
    gsize nd = nrp_wave_dyads (net, w, dyads, dw);
    for (gsize k = 0; k < nd; k++)
      {
        guint32 u = dyads[2 * k], v = dyads[2 * k + 1];
        double add = weighted ? dw[k] : 1.0;
        mw[find (&g, u, v)] += add;
        mw[find (&g, v, u)] += add;
      }
  }
  for (guint k = 0; k < NRP_HOLES_N_MEASURES; k++)
    x->holes[k] = g_new (double, MAX (n, 1));
  structural_holes (net, w, &g, mw, x);

  /* Bridges and articulation points: igraph, on the actors' own indices
   * (absent actors are isolated and so neither). */
  edges = g_new (guint32, MAX (g.off[n], 2));
  for (guint i = 0; i < n; i++)
    for (gsize k = g.off[i]; k < g.off[i + 1]; k++)
      if (g.adj[k] > i)
        {
          edges[2 * m] = i;
          edges[2 * m + 1] = g.adj[k];
          m++;
        }
  x->articulation = g_new0 (guint8, MAX (n, 1));
  if (!nrp_ig_bridges_articulation (n, edges, m, &bridge_idx, &x->n_bridges, x->articulation,
                                    error))
    {
      nrp_adjacency_clear (&g);
      return FALSE;
    }
  x->bridges = g_new (guint32, 2 * (gsize) MAX (x->n_bridges, 1));
  for (guint k = 0; k < x->n_bridges; k++)
    {
      x->bridges[2 * k] = edges[2 * bridge_idx[k]];
      x->bridges[2 * k + 1] = edges[2 * bridge_idx[k] + 1];
    }

  /* Local bridges and their span. */
  local = g_array_new (FALSE, FALSE, sizeof (guint32));
  span = g_array_new (FALSE, FALSE, sizeof (double));
  dist = g_new (gint, 2 * (gsize) MAX (n, 1));
  queue = g_new (guint, 2 * (gsize) MAX (n, 1));
  for (gsize i = 0; i < 2 * (gsize) n; i++)
    dist[i] = -1;
  for (gsize e = 0; e < m; e++)
    {
      guint u = edges[2 * e], v = edges[2 * e + 1];
      gsize a = g.off[u], b = g.off[v];
      gboolean common = FALSE;
      while (a < g.off[u + 1] && b < g.off[v + 1] && !common)
        {
          if (g.adj[a] == g.adj[b])
            common = TRUE;
          else if (g.adj[a] < g.adj[b])
            a++;
          else
            b++;
        }
      if (!common)
        {
          double s = span_without (&g, n, u, v, dist, queue);
          g_array_append_val (local, u);
          g_array_append_val (local, v);
          g_array_append_val (span, s);
        }
    }
  x->n_local = span->len;
  x->local = (guint32 *) (void *) g_array_free (local, FALSE);
  x->span = (double *) (void *) g_array_free (span, FALSE);
  nrp_adjacency_clear (&g);
  return TRUE;
}

NrpStructure *
nrp_structure_compute (const NrpNetwork *net, gboolean weighted, GError **error)
{
  g_autoptr (NrpStructure) s = NULL;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  s = g_new0 (NrpStructure, 1);
  s->n_waves = net->n_waves;
  s->n_actors = net->n_actors;
  s->waves = g_new0 (WaveStructure, MAX (net->n_waves, 1));
  for (guint w = 1; w <= net->n_waves; w++)
    if (!measure_wave (net, w, weighted, &s->waves[w - 1], error))
      return NULL;
  return g_steal_pointer (&s);
}

#define WAVE_OR(s, wave, fail)                                         \
  g_return_val_if_fail ((s) != NULL, fail);                            \
  g_return_val_if_fail ((wave) >= 1 && (wave) <= (s)->n_waves, fail); \
  const WaveStructure *x = &(s)->waves[(wave) - 1]

const double *
nrp_structure_get_holes (const NrpStructure *s, guint wave, NrpHolesMeasure measure)
{
  WAVE_OR (s, wave, NULL);
  g_return_val_if_fail ((guint) measure < NRP_HOLES_N_MEASURES, NULL);
  return x->holes[measure];
}

const guint8 *
nrp_structure_get_articulation (const NrpStructure *s, guint wave)
{
  WAVE_OR (s, wave, NULL);
  return x->articulation;
}

guint
nrp_structure_get_n_articulation (const NrpStructure *s, guint wave)
{
  guint k = 0;
  WAVE_OR (s, wave, 0);
  for (guint i = 0; i < s->n_actors; i++)
    k += x->articulation[i] != 0;
  return k;
}

double
nrp_structure_get_mean_holes (const NrpStructure *s, guint wave, NrpHolesMeasure measure)
{
  const double *v = nrp_structure_get_holes (s, wave, measure);
  double sum = 0;
  guint k = 0;
  if (v == NULL)
    return NAN;
  for (guint i = 0; i < s->n_actors; i++)
    if (!isnan (v[i]))
      {
        sum += v[i];
        k++;
      }
  return k ? sum / k : NAN;
}

guint
nrp_structure_get_n_bridges (const NrpStructure *s, guint wave)
{
  WAVE_OR (s, wave, 0);
  return x->n_bridges;
}

gboolean
nrp_structure_get_bridge (const NrpStructure *s, guint wave, guint index, guint *a, guint *b)
{
  WAVE_OR (s, wave, FALSE);
  g_return_val_if_fail (index < x->n_bridges, FALSE);
  if (a != NULL)
    *a = x->bridges[2 * index];
  if (b != NULL)
    *b = x->bridges[2 * index + 1];
  return TRUE;
}

guint
nrp_structure_get_n_local_bridges (const NrpStructure *s, guint wave)
{
  WAVE_OR (s, wave, 0);
  return x->n_local;
}

gboolean
nrp_structure_get_local_bridge (const NrpStructure *s, guint wave, guint index, guint *a, guint *b,
                            double *span)
{
  WAVE_OR (s, wave, FALSE);
  g_return_val_if_fail (index < x->n_local, FALSE);
  if (a != NULL)
    *a = x->local[2 * index];
  if (b != NULL)
    *b = x->local[2 * index + 1];
  if (span != NULL)
    *span = x->span[index];
  return TRUE;
}
