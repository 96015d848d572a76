/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * paths.c: nrpnet's shortest-path kernel: betweenness, cross-sector
 * betweenness, closeness and harmonic closeness in one pass, on a
 * read-only compressed adjacency, with the sources split over threads.
 *
 * Why not igraph: Debian's igraph 0.10.2 is not thread-safe, so it could
 * use one core only; exact betweenness dominates the report's time.
 *
 * How it works (Brandes 2001). For each source s, a breadth-first search
 * (unweighted) or Dijkstra's algorithm (weighted; a tie of weight w has
 * length 1/w) settles the actors in order of distance, counting sigma[v],
 * the number of shortest s-v paths. Then the actors are taken back in
 * reverse order and each one's dependency is pushed to its predecessors:
 *     delta[v] += sigma[v] / sigma[w] * (1 + delta[w])
 * for each predecessor v of w; betweenness[w] += delta[w] (w != s). The
 * cross-sector variant counts only targets t in another sector than s:
 *     delta_x[v] += sigma[v] / sigma[w] * ([sector(w) != sector(s)] + delta_x[w]).
 * Unweighted, the successors of v on shortest paths (its out-neighbours one
 * step further from s) are exactly those met while v is expanded, so the
 * search records them in one run per vertex and the backward pass sums
 * (1 + delta[x]) / sigma[x] over each run: no scan of non-path arcs, no
 * scattered writes. Weighted, a successor is not final when v is settled,
 * so Dijkstra's algorithm keeps each vertex's predecessors instead, as
 * igraph does: a strictly shorter path replaces the list, an equally short
 * one adds to it. Weighted lengths are
 * compared as igraph does (equal when |a - b| / (|a| + |b|) < 1e-10), so the
 * same paths count as shortest and the results agree with igraph's.
 * Undirected graphs see each pair from both ends: the sums are halved, so
 * each unordered pair counts once, as in igraph, NetworkX and sna (and,
 * unlike igraph's subset betweenness and NetworkX's for undirected graphs,
 * also in the cross-sector variant).
 * Closeness and harmonic closeness of s come from the same search: the
 * distances from s to the actors it reaches.
 *
 * Threads, and the same bits at any thread count: the sources are split
 * into NRP_PATH_BLOCKS fixed blocks (block b takes the sources b, b + B,
 * b + 2B..., interleaved so that no block gets all the hubs), whatever the
 * thread count. A block's sources are taken in order by one thread, into
 * the block's own partial sums; the blocks' sums are then added to the
 * totals in block order, each as soon as all before it are in. Floating-
 * point addition is not associative, so it is this fixed order, not the
 * threads, that fixes the bits: 1, 2 or 16 threads give the same result.
 * Threads claim blocks one at a time, so a slow block does not hold up the
 * others; at most a few blocks wait for their turn at once, so the partial
 * sums cost a few n-arrays, not B of them. The adjacency is only read.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "measures/paths.h"

/* igraph's comparison of path lengths (IGRAPH_SHORTEST_PATH_EPSILON). */
static inline int
cmp_length (double a, double b)
{
  if (a == b)
    return 0;
  if (fabs (a - b) / (fabs (a) + fabs (b)) < 1e-10)
    return 0;
  return a < b ? -1 : 1;
}

/*
 * The per-vertex state of one search. The kernel's time goes mostly into
 * scattered visits of neighbours, so what every visit reads (distance and
 * path count, 16 bytes) is kept together and apart from what only the
 * predecessors of a vertex need (the dependencies): the hot array is half
 * the size and stays in a nearer cache.
 */
typedef struct {
  double dist;    /* -1 = not reached */
  double sigma;   /* shortest paths from the source */
} VState;

typedef struct {
  double delta;   /* weighted: dependency of the source on this vertex;
                   * unweighted: (1 + delta) / sigma, once final */
  double deltax;  /* the same, cross-sector targets only */
} VDep;

/* The fixed partition of the sources (see the top of this file). */
#define NRP_PATH_BLOCKS 64

typedef struct Shared Shared;

typedef struct {
  const NrpPathGraph *g;
  Shared *shared;
  double *bc, *bcx;           /* n each, the current block's sums */
  double *closeness, *harmonic; /* n each, written for its own sources only */
  /* work arrays */
  VState *st;                 /* n */
  VDep *dep;                  /* n */
  guint *order;               /* settled vertices, in order (the BFS queue too) */
  guint *succ;                /* unweighted: successors of order[i] in the BFS DAG ... */
  gsize *succ_end;            /* ... are succ[succ_end[i-1] .. succ_end[i]) */
  guint *pred_head;           /* weighted: first entry of each vertex's predecessors */
  guint *pred;                /* weighted: entries (vertex, next entry), 2 per entry */
  guint *heap;                /* Dijkstra: binary heap of vertices */
  guint *heap_pos;            /* position + 1 of a vertex in the heap, 0 if not in it */
} Worker;

struct Shared {
  guint n_blocks;
  gint next_block;            /* the next block to claim (atomic) */
  GMutex lock;                /* guards what follows */
  double **bc, **bcx;         /* n_blocks: a finished block's sums, until merged */
  guint merged;               /* blocks 0 .. merged - 1 are in the totals */
  double *total_bc, *total_bcx; /* n each */
};

/* ---- A binary heap of vertices keyed by dist[] ----------------------------- */

static void
heap_swap (Worker *k, guint i, guint j)
{
  guint a = k->heap[i], b = k->heap[j];
  k->heap[i] = b;
  k->heap[j] = a;
  k->heap_pos[b] = i + 1;
  k->heap_pos[a] = j + 1;
}

static void
heap_up (Worker *k, guint i)
{
  while (i > 0)
    {
      guint p = (i - 1) / 2;
      if (k->st[k->heap[p]].dist <= k->st[k->heap[i]].dist)
        break;
      heap_swap (k, i, p);
      i = p;
    }
}

static void
heap_down (Worker *k, guint i, guint size)
{
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;
      if (l < size && k->st[k->heap[l]].dist < k->st[k->heap[m]].dist)
        m = l;
      if (r < size && k->st[k->heap[r]].dist < k->st[k->heap[m]].dist)
        m = r;
      if (m == i)
        break;
      heap_swap (k, i, m);
      i = m;
    }
}

/* ---- One source ------------------------------------------------------------ */

/* Settles every vertex reachable from s; returns how many (s included). */
static guint
search_unweighted (Worker *k, guint s)
{
  const NrpPathGraph *g = k->g;
  VState *st = k->st;
  guint *queue = k->order; /* BFS settles vertices in queue order */
  guint head = 0, tail = 0;

  st[s].dist = 0;
  st[s].sigma = 1;
  gsize n_succ = 0;
  queue[tail++] = s;
  while (head < tail)
    {
      guint v = queue[head];
      double dv1 = st[v].dist + 1, sv = st[v].sigma;
      for (gsize e = g->out.off[v]; e < g->out.off[v + 1]; e++)
        {
          guint w = g->out.adj[e];
          VState *x = &st[w];
          if (x->dist < 0)
            {
              x->dist = dv1;
              queue[tail++] = w;
            }
          if (x->dist == dv1)
            {
              /* w is a successor of v on shortest paths from s: every one
               * of them is met here, while v is being expanded. */
              x->sigma += sv;
              k->succ[n_succ++] = w;
            }
        }
      k->succ_end[head++] = n_succ;
    }
  return tail;
}

/*
 * Weighted: Dijkstra's algorithm. Each vertex keeps the list of its
 * predecessors as igraph does: a strictly shorter path replaces the list, an
 * equally short one (within igraph's tolerance) adds to it.
 */
static guint
search_weighted (Worker *k, guint s)
{
  const NrpPathGraph *g = k->g;
  VState *st = k->st;
  guint size = 0, settled = 0, n_pred = 0;

  st[s].dist = 0;
  st[s].sigma = 1;
  k->heap[size++] = s;
  k->heap_pos[s] = 1;
  while (size > 0)
    {
      guint v = k->heap[0];
      heap_swap (k, 0, size - 1);
      size--;
      k->heap_pos[v] = 0;
      heap_down (k, 0, size);
      k->order[settled++] = v;
      for (gsize e = g->out.off[v]; e < g->out.off[v + 1]; e++)
        {
          guint w = g->out.adj[e];
          VState *x = &st[w];
          double alt = st[v].dist + g->out.val[e];
          int c;
          if (x->dist < 0)
            {
              x->dist = alt;
              x->sigma = st[v].sigma;
              k->heap[size] = w;
              k->heap_pos[w] = size + 1;
              heap_up (k, size);
              size++;
              c = -1;
            }
          else if (k->heap_pos[w] == 0)
            continue; /* already settled */
          else
            {
              c = cmp_length (alt, x->dist);
              if (c < 0)
                {
                  x->dist = alt;
                  x->sigma = st[v].sigma;
                  heap_up (k, k->heap_pos[w] - 1);
                }
              else if (c == 0)
                x->sigma += st[v].sigma;
              else
                continue;
            }
          k->pred[2 * n_pred] = v;
          k->pred[2 * n_pred + 1] = c < 0 ? G_MAXUINT : k->pred_head[w];
          k->pred_head[w] = n_pred++;
        }
    }
  return settled;
}

static void
finish_source (Worker *k, guint s, guint settled, double dsum, double hsum)
{
  k->closeness[s] = settled > 1 ? (double) (settled - 1) / dsum : NAN;
  k->harmonic[s] = hsum;
  /* Reset only what this source touched. */
  for (guint i = 0; i < settled; i++)
    {
      guint v = k->order[i];
      k->st[v].dist = -1;
      k->st[v].sigma = 0;
      if (k->pred_head != NULL)
        k->pred_head[v] = G_MAXUINT;
      k->dep[v].delta = 0;
      k->dep[v].deltax = 0;
    }
}

/*
 * Unweighted: the successors of each vertex were recorded by the search, in
 * one run per vertex. Taking the vertices back in order, a vertex's
 * dependency is sigma[v] times the sum over its successors x of
 * (1 + delta[x]) / sigma[x], which each x stored when it was finished.
 */
static void
accumulate_unweighted (Worker *k, guint s, guint settled)
{
  const NrpPathGraph *g = k->g;
  const VState *st = k->st;
  VDep *dep = k->dep;
  guint sector_s = g->sector[s];
  double dsum = 0, hsum = 0;

  for (guint i = settled; i-- > 0;)
    {
      guint v = k->order[i];
      gsize start = i > 0 ? k->succ_end[i - 1] : 0;
      double sum = 0, sumx = 0, delta, deltax;
      for (gsize j = start; j < k->succ_end[i]; j++)
        {
          const VDep *x = &dep[k->succ[j]];
          sum += x->delta;
          sumx += x->deltax;
        }
      delta = st[v].sigma * sum;
      deltax = st[v].sigma * sumx;
      if (i > 0)
        {
          k->bc[v] += delta;
          k->bcx[v] += deltax;
          dsum += st[v].dist;
          hsum += 1.0 / st[v].dist;
        }
      dep[v].delta = (1.0 + delta) / st[v].sigma;
      dep[v].deltax = ((g->sector[v] != sector_s ? 1.0 : 0.0) + deltax) / st[v].sigma;
    }
  finish_source (k, s, settled, dsum, hsum);
}

/* Weighted: each vertex's recorded predecessors receive its dependency. */
static void
accumulate_weighted (Worker *k, guint s, guint settled)
{
  const NrpPathGraph *g = k->g;
  VState *st = k->st;
  VDep *dep = k->dep;
  guint sector_s = g->sector[s];
  double dsum = 0, hsum = 0;

  for (guint i = settled; i-- > 1;)
    {
      guint w = k->order[i];
      const VState *y = &st[w];
      double base = (1.0 + dep[w].delta) / y->sigma;
      double cross = ((g->sector[w] != sector_s ? 1.0 : 0.0) + dep[w].deltax) / y->sigma;
      dsum += y->dist;
      hsum += 1.0 / y->dist;
      for (guint p = k->pred_head[w]; p != G_MAXUINT; p = k->pred[2 * p + 1])
        {
          guint v = k->pred[2 * p];
          dep[v].delta += st[v].sigma * base;
          dep[v].deltax += st[v].sigma * cross;
        }
      k->bc[w] += dep[w].delta;
      k->bcx[w] += dep[w].deltax;
    }
  finish_source (k, s, settled, dsum, hsum);
}

/* Adds the finished blocks that are next in order to the totals. */
static void
merge_ready (Shared *sh, guint n)
{
  while (sh->merged < sh->n_blocks && sh->bc[sh->merged] != NULL)
    {
      guint b = sh->merged++;
      for (guint i = 0; i < n; i++)
        {
          sh->total_bc[i] += sh->bc[b][i];
          sh->total_bcx[i] += sh->bcx[b][i];
        }
      g_clear_pointer (&sh->bc[b], g_free);
      g_clear_pointer (&sh->bcx[b], g_free);
    }
}

/* Runs blocks until none is left; returns FALSE when there was none. */
static gboolean
worker_block (Worker *k)
{
  Shared *sh = k->shared;
  guint n = k->g->n;
  gint b = g_atomic_int_add (&sh->next_block, 1);

  if (b >= (gint) sh->n_blocks)
    return FALSE;
  k->bc = g_new0 (double, MAX (n, 1));
  k->bcx = g_new0 (double, MAX (n, 1));
  for (guint s = (guint) b; s < n; s += sh->n_blocks)
    {
      if (k->g->weighted)
        accumulate_weighted (k, s, search_weighted (k, s));
      else
        accumulate_unweighted (k, s, search_unweighted (k, s));
    }
  g_mutex_lock (&sh->lock);
  sh->bc[b] = g_steal_pointer (&k->bc);
  sh->bcx[b] = g_steal_pointer (&k->bcx);
  merge_ready (sh, n);
  g_mutex_unlock (&sh->lock);
  return TRUE;
}

static gpointer
worker_run (gpointer data)
{
  while (worker_block (data))
    ;
  return NULL;
}

static void
worker_init (Worker *k, const NrpPathGraph *g, Shared *sh, double *closeness, double *harmonic)
{
  guint n = g->n;
  k->g = g;
  k->shared = sh;
  k->closeness = closeness;
  k->harmonic = harmonic;
  k->st = g_new0 (VState, MAX (n, 1));
  k->dep = g_new0 (VDep, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    k->st[i].dist = -1;
  k->order = g_new (guint, MAX (n, 1));
  k->succ = g->weighted ? NULL : g_new (guint, MAX (g->out.off[n], 1));
  k->succ_end = g->weighted ? NULL : g_new (gsize, MAX (n, 1));
  k->pred = g->weighted ? g_new (guint, 2 * MAX (g->out.off[n], 1)) : NULL;
  k->pred_head = g->weighted ? g_new (guint, MAX (n, 1)) : NULL;
  for (guint i = 0; g->weighted && i < n; i++)
    k->pred_head[i] = G_MAXUINT;
  k->heap = g_new (guint, MAX (n, 1));
  k->heap_pos = g_new0 (guint, MAX (n, 1));
}

static void
worker_clear (Worker *k)
{
  g_free (k->st);
  g_free (k->dep);
  g_free (k->order);
  g_free (k->succ);
  g_free (k->succ_end);
  g_free (k->pred);
  g_free (k->pred_head);
  g_free (k->heap);
  g_free (k->heap_pos);
}

void
nrp_paths_compute (const NrpPathGraph *g, guint threads, double *betweenness,
                   double *cross_betweenness, double *closeness, double *harmonic,
                   NrpPathsProgress progress, gpointer progress_data)
{
  guint n = g->n;
  Worker *w;
  GThread **th;
  Shared sh = { 0 };

  sh.n_blocks = MIN (NRP_PATH_BLOCKS, MAX (n, 1));
  if (threads < 1)
    threads = 1;
  if (threads > sh.n_blocks)
    threads = sh.n_blocks;
  g_mutex_init (&sh.lock);
  sh.bc = g_new0 (double *, sh.n_blocks);
  sh.bcx = g_new0 (double *, sh.n_blocks);
  sh.total_bc = g_new0 (double, MAX (n, 1));
  sh.total_bcx = g_new0 (double, MAX (n, 1));
  w = g_new0 (Worker, threads);
  th = g_new0 (GThread *, threads);
  for (guint t = 0; t < threads; t++)
    worker_init (&w[t], g, &sh, closeness, harmonic);
  /* Thread 0 runs in the caller, which also reports progress; the others
   * in their own threads. */
  for (guint t = 1; t < threads; t++)
    th[t] = g_thread_new ("nrp-paths", worker_run, &w[t]);
  while (worker_block (&w[0]))
    if (progress != NULL)
      {
        guint merged;
        g_mutex_lock (&sh.lock);
        merged = sh.merged;
        g_mutex_unlock (&sh.lock);
        progress ((double) merged / sh.n_blocks, progress_data);
      }
  for (guint t = 1; t < threads; t++)
    g_thread_join (th[t]);
  g_assert (sh.merged == sh.n_blocks);
  if (progress != NULL)
    progress (1.0, progress_data);

  for (guint i = 0; i < n; i++)
    {
      betweenness[i] = g->directed ? sh.total_bc[i] : sh.total_bc[i] / 2.0;
      cross_betweenness[i] = g->directed ? sh.total_bcx[i] : sh.total_bcx[i] / 2.0;
    }
  for (guint t = 0; t < threads; t++)
    worker_clear (&w[t]);
  g_free (w);
  g_free (th);
  g_free (sh.bc);
  g_free (sh.bcx);
  g_free (sh.total_bc);
  g_free (sh.total_bcx);
  g_mutex_clear (&sh.lock);
}

/* ---- Building the graph ------------------------------------------------------ */

void
nrp_path_graph_init (NrpPathGraph *g, guint n, gboolean directed, gboolean weighted,
                     const guint32 *arcs, const double *weights, gsize m, const guint *sector)
{
  g->n = n;
  g->directed = directed;
  g->weighted = weighted;
  g->sector = sector;
  nrp_csr_init (&g->out, n, arcs, weighted ? weights : NULL, m,
                directed ? 0 : NRP_CSR_BOTH_WAYS);
  /* A tie of weight w has length 1/w. */
  for (gsize k = 0; weighted && k < g->out.off[n]; k++)
    g->out.val[k] = 1.0 / g->out.val[k];
}

void
nrp_path_graph_clear (NrpPathGraph *g)
{
  nrp_csr_clear (&g->out);
}
