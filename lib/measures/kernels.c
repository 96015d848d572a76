/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * kernels.c: whole-graph kernels that need no igraph (see kernels.h).
 *
 * Why: Debian's igraph 0.10.2 is not thread-safe, so every call into it
 * takes nrpnet's process-wide lock (igraph/boundary.c). The measures a
 * bootstrap or permutation replicate needs are all here instead, so
 * replicates run in parallel without the lock.
 *
 * Bits: components are counts; transitivity is computed from exact integer
 * counts in one correctly rounded division, which is what igraph's
 * (T / (S/2)) * 3 also gives (checked on random graphs by
 * tests/test-kernels.c); assortativity and modularity follow igraph's
 * order of floating-point operations over the same integer counts.
 */
#include "config.h"

#include <math.h>

#include "measures/kernels.h"
#include "core/nrp-private.h"

static guint
uf_find (guint *parent, guint x)
{
  while (parent[x] != x)
    {
      parent[x] = parent[parent[x]]; /* path halving */
      x = parent[x];
    }
  return x;
}

void
nrp_kernel_components (guint n, const guint32 *edges, gsize m, guint *n_components,
                       guint *largest)
{
  g_autofree guint *parent = g_new (guint, MAX (n, 1));
  g_autofree guint *size = g_new (guint, MAX (n, 1));
  guint count = n, big = 0;

  for (guint i = 0; i < n; i++)
    {
      parent[i] = i;
      size[i] = 1;
    }
  for (gsize e = 0; e < m; e++)
    {
      guint a = uf_find (parent, edges[2 * e]), b = uf_find (parent, edges[2 * e + 1]);
      if (a == b)
        continue;
      if (size[a] < size[b])
        {
          guint t = a;
          a = b;
          b = t;
        }
      parent[b] = a;
      size[a] += size[b];
      count--;
    }
  for (guint i = 0; i < n; i++)
    if (parent[i] == i)
      big = MAX (big, size[i]);
  *n_components = count;
  *largest = big;
}

double
nrp_kernel_transitivity (guint n, const guint32 *edges, gsize m)
{
  g_autofree guint *deg = g_new0 (guint, MAX (n, 1));
  g_autofree gsize *off = g_new0 (gsize, (gsize) n + 1);
  g_autofree guint32 *adj = g_new (guint32, MAX (m, 1));
  g_autofree guint *mark = g_new0 (guint, MAX (n, 1));
  guint64 triangles = 0, triples = 0;

  for (gsize e = 0; e < m; e++)
    {
      deg[edges[2 * e]]++;
      deg[edges[2 * e + 1]]++;
    }
  for (guint i = 0; i < n; i++)
    triples += (guint64) deg[i] * (deg[i] > 0 ? deg[i] - 1 : 0);  /* 2 x the connected triples */
  if (triples == 0)
    return NAN;
  /* Each edge once, from the end of lower (degree, id) to the higher: every
   * triangle is then found once, from its lowest vertex, and no list is
   * longer than sqrt(2m). */
#define NRP_BELOW(a, b) (deg[a] < deg[b] || (deg[a] == deg[b] && (a) < (b)))
  for (gsize e = 0; e < m; e++)
    {
      guint32 a = edges[2 * e], b = edges[2 * e + 1];
      off[(NRP_BELOW (a, b) ? a : b) + 1]++;
    }
  for (guint i = 0; i < n; i++)
    off[i + 1] += off[i];
  {
    g_autofree gsize *fill = g_memdup2 (off, ((gsize) n + 1) * sizeof (gsize));
    for (gsize e = 0; e < m; e++)
      {
        guint32 a = edges[2 * e], b = edges[2 * e + 1];
        if (NRP_BELOW (a, b))
          adj[fill[a]++] = b;
        else
          adj[fill[b]++] = a;
      }
  }
#undef NRP_BELOW
  for (guint u = 0; u < n; u++)
    {
      for (gsize k = off[u]; k < off[u + 1]; k++)
        mark[adj[k]] = u + 1;
      for (gsize k = off[u]; k < off[u + 1]; k++)
        {
          guint32 v = adj[k];
          for (gsize j = off[v]; j < off[v + 1]; j++)
            triangles += mark[adj[j]] == u + 1;
        }
    }
  /* 3 T / (triples / 2): exact integers, one rounding. */
  return (double) (6 * triangles) / (double) triples;
}

void
nrp_kernel_assortativity_modularity (guint n, const guint32 *edges, gsize m, gboolean directed,
                                     const gint *types, double *assortativity, double *modularity)
{
  guint n_types = 0;
  g_autofree guint64 *a = NULL, *b = NULL, *e = NULL;
  double em = (double) m, sumab = 0, sume = 0, mult = directed ? 1 : 2, scale, q = 0, r;

  *assortativity = *modularity = NAN;
  if (m == 0 || n == 0)
    return;
  for (guint i = 0; i < n; i++)
    n_types = MAX (n_types, (guint) types[i] + 1);
  a = g_new0 (guint64, n_types);
  b = g_new0 (guint64, n_types);
  e = g_new0 (guint64, n_types);
  for (gsize k = 0; k < m; k++)
    {
      guint s = (guint) types[edges[2 * k]], t = (guint) types[edges[2 * k + 1]];
      a[s]++;
      b[t]++;
      if (s == t)
        e[s] += directed ? 1 : 2;
      if (!directed)
        {
          a[t]++;
          b[s]++;
        }
    }
  /* Assortativity: sum_i e_ii - sum_i a_i b_i over the edge shares, as
   * igraph_assortativity_nominal orders it. */
  for (guint i = 0; i < n_types; i++)
    {
      sumab += ((double) a[i] / em) * ((double) b[i] / em);
      sume += (double) e[i] / em;
    }
  if (!directed)
    {
      sumab /= 4.0;
      sume /= 2.0;
    }
  r = (sume - sumab) / (1.0 - sumab);
  /* Modularity: the same counts scaled by 1 / (mult m), as igraph_modularity
   * does (its out- and in-degree sums are a and b here; undirected, both
   * are their sum, which a and b already are). */
  scale = 1.0 / (mult * em);
  for (guint i = 0; i < n_types; i++)
    {
      double ko = (double) a[i] * scale, ki = (double) b[i] * scale;
      q += (double) e[i] * scale;
      q -= 1.0 * ko * ki;
    }
  *assortativity = isfinite (r) ? r : NAN;
  *modularity = isfinite (q) ? q : NAN;
}

void
nrp_kernel_centralization_tmax (guint n, gboolean directed, double *degree, double *betweenness,
                                double *closeness)
{
  double x = n;
  *degree = directed ? 2 * (x - 1) * (x - 2) : (x - 1) * (x - 2);
  *betweenness = directed ? (x - 1) * (x - 1) * (x - 2) : (x - 1) * (x - 1) * (x - 2) / 2.0;
  if (n == 0)
    *closeness = NAN;
  else
    *closeness = directed ? (x - 1) * (1.0 - 1.0 / x) : (x - 1) * (x - 2) / (2.0 * x - 3);
}
