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
 * That is the plain kernel, one source at a time: weighted graphs, and the
 * reference the tests hold the others to. An unweighted graph goes through
 * two exact reductions first, each within 1e-12 of the plain kernel
 * (tests/test-kernels.c):
 *   - identical actors merged (reduce(): same sector, same neighbours; the
 *     bootstrap's copies of one drawn actor, the leaves of one hub), and
 *   - the sources searched 64 at a time, a bit each (batch_unweighted());
 *     without betweenness, the distances only (batch_distances()).
 * On the bench's 2,000-actor random network the two make exact betweenness
 * 2 to 2.5 times faster than the plain kernel, on a bootstrap replicate of
 * it 7 to 8 times.
 *
 * Threads, and the same bits at any thread count: the sources are split
 * into fixed blocks, whatever the thread count: NRP_PATH_BLOCKS of them,
 * block b taking the sources b, b + B, b + 2B..., interleaved so that no
 * block gets all the hubs; batched, one block a batch of 64 so
 * interleaved. A block's sources are taken in order by one thread, into
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

/* Sources searched together by the batched kernel, one bit each. */
#define LANES 64

/* One vertex of one level of a batched search, with the lanes (sources)
 * that reach it at that level. */
typedef struct {
  guint v;
  guint64 lanes;
  gsize slot;      /* its values: one a lane, in lane order, from rows[slot] */
} LevelEntry;

/* An arc on shortest paths of a batch: its head and the lanes it serves. */
typedef struct {
  guint v;
  guint64 lanes;
} LanePair;

/* The dependency on an entry's lane from the source's own copies
 * (shadow_targets()), linked from the entry. */
typedef struct {
  guint lane;
  double value;
  gint next;
} Extra;

typedef struct Shared Shared;

typedef struct {
  const NrpPathGraph *g;
  const double *mult;         /* n: how many actors each vertex stands for (1 without a reduction) */
  const NrpCsr *in;           /* in-lists of g (its out-lists when undirected) */
  Shared *shared;
  double *bc, *bcx;           /* n each, the current block's sums */
  double *closeness, *harmonic; /* n each, written for its own sources only */
  /* work arrays */
  VState *st;                 /* n (weighted) */
  gint32 *level;              /* n (unweighted): distance from the source, -1 = not reached */
  double *sigma;              /* n (unweighted): shortest paths from the source */
  VDep *dep;                  /* n */
  double *extra;              /* n: the dependency on a vertex of the source's own copies (0) */
  guint *order;               /* settled vertices, in order (the BFS queue too) */
  guint *succ;                /* unweighted: successors of order[i] in the BFS DAG ... */
  gsize *succ_end;            /* ... are succ[succ_end[i-1] .. succ_end[i]) */
  guint *pred_head;           /* weighted: first entry of each vertex's predecessors */
  guint *pred;                /* weighted: entries (vertex, next entry), 2 per entry */
  guint *heap;                /* Dijkstra: binary heap of vertices */
  guint *heap_pos;            /* position + 1 of a vertex in the heap, 0 if not in it */
  /* the batched kernel (batch_unweighted()): its own arrays, not the above */
  gboolean batched;
  gboolean cross;             /* cross-sector betweenness wanted */
  guint64 *seen, *cur, *next; /* n each: lanes that reached / at this level / at the next */
  guint64 *self;              /* n: the lanes whose source a vertex is, when it stands for several */
  gsize *at;                  /* n: the entry of a vertex at the level in cur[] ... */
  gsize *slot_at;             /* n: ... and its first slot */
  gsize *slot_next;           /* n: the first slot of a vertex's entry at the next level */
  LanePair *pairs;            /* arcs on shortest paths: (head, lanes), by tail entry ... */
  gsize n_pairs_alloc;
  gsize *pair_end;            /* ... entry i's are pairs[pair_end[i - 1] .. pair_end[i]) */
  guint *touched;             /* n + 1: vertices whose next[] was set this level */
  LevelEntry *ent;            /* the levels' entries, level by level ... */
  gsize *level_start;         /* ... level l is ent[level_start[l] .. level_start[l + 1]) */
  double *rows;               /* the entries' path counts, a slot a lane */
  gsize n_ent_alloc, n_slots, n_slots_alloc;
  double *coef;               /* two levels' rows of coefs (pairs with the cross-sector ones) */
  gsize coef_alloc;           /* entries a level's rows hold */
  Extra *extras;
  guint n_extras_alloc;
  gint *extra_head;           /* an entry's first extra, or -1 */
  /* distances only (batch_distances()) */
  gboolean distances_only;
  guint *front;               /* 2 n: this level's vertices, then the next's */
  guint64 *front_lanes;       /* 2 n: their lanes */
  guint *seen_list;           /* n: the vertices seen[] was set for */
} Worker;

struct Shared {
  guint n_blocks;
  gint next_block;            /* the next block to claim (atomic) */
  GMutex lock;                /* guards what follows */
  double **bc, **bcx;         /* n_blocks: a finished block's sums, until merged (NULL
                               * when the search was of the distances only) */
  guint8 *done;               /* n_blocks: finished */
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
  const gsize *off = g->out.off;
  const guint *adj = g->out.adj;
  gint32 *level = k->level;
  double *sigma = k->sigma;
  guint *queue = k->order; /* BFS settles vertices in queue order */
  guint *succ = k->succ;
  guint head = 0, tail = 0;
  gsize n_succ = 0;

  level[s] = 0;
  sigma[s] = 1;
  queue[tail++] = s;
  while (head < tail)
    {
      guint v = queue[head];
      gint32 lv1 = level[v] + 1;
      /* Paths to w through v: through each of the actors v stands for
       * (the source stands for itself alone). */
      double sv = (head > 0 ? k->mult[v] : 1.0) * sigma[v];
      for (gsize e = off[v]; e < off[v + 1]; e++)
        {
          guint w = adj[e];
          gint32 lw = level[w];
          if (lw < 0)
            {
              level[w] = lw = lv1;
              queue[tail++] = w;
            }
          if (lw == lv1)
            {
              /* w is a successor of v on shortest paths from s: every one
               * of them is met here, while v is being expanded. */
              sigma[w] += sv;
              succ[n_succ++] = w;
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
finish_source (Worker *k, guint s, guint settled, double reached, double dsum, double hsum)
{
  k->closeness[s] = reached > 0 ? reached / dsum : NAN;
  k->harmonic[s] = hsum;
  /* Reset only what this source touched. */
  for (guint i = 0; i < settled; i++)
    {
      guint v = k->order[i];
      if (k->pred_head != NULL)
        {
          k->st[v].dist = -1;
          k->st[v].sigma = 0;
          k->pred_head[v] = G_MAXUINT;
        }
      else
        {
          k->level[v] = -1;
          k->sigma[v] = 0;
        }
      k->dep[v].delta = 0;
      k->dep[v].deltax = 0;
      k->extra[v] = 0;
    }
}

/*
 * A vertex s standing for c > 1 identical actors (see reduce()): from one
 * of them, the other c - 1 are targets at one step beyond the nearest
 * in-neighbours of s, reached through each of those in-neighbours' actors,
 * and lead nowhere further (their out-neighbours are the source's). Each
 * such in-neighbour p gets their dependency, (c - 1) sigma[p] / sigma of a
 * copy, through extra[p]; they are in the source's sector, so no cross-
 * sector dependency. Returns their distance, or -1 when none is reached.
 */
static double
shadow_targets (Worker *k, guint s)
{
  const NrpCsr *in = k->in;
  gint32 nearest = G_MAXINT32;
  double paths = 0;

  for (gsize e = in->off[s]; e < in->off[s + 1]; e++)
    {
      gint32 l = k->level[in->adj[e]];
      if (l >= 0 && l < nearest)
        nearest = l;
    }
  if (nearest == G_MAXINT32)
    return -1;
  for (gsize e = in->off[s]; e < in->off[s + 1]; e++)
    {
      guint p = in->adj[e];
      if (k->level[p] == nearest)
        paths += k->mult[p] * k->sigma[p];
    }
  for (gsize e = in->off[s]; e < in->off[s + 1]; e++)
    {
      guint p = in->adj[e];
      if (k->level[p] == nearest)
        k->extra[p] = (k->mult[s] - 1) / paths;
    }
  return (double) nearest + 1;
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
  const gint32 *level = k->level;
  const double *sigma = k->sigma, *mult = k->mult;
  VDep *dep = k->dep;
  guint sector_s = g->sector[s];
  double dsum = 0, hsum = 0, reached = 0, ms = mult[s], shadow = -1, at_level = 0;
  gint32 d = -1;

  /* The source's own copies (a vertex standing for several actors): as
   * targets, they lie one step beyond the nearest in-neighbours of s. */
  if (ms > 1)
    shadow = shadow_targets (k, s);
  /* Closeness and harmonic closeness: the actors at each distance are
   * counted (exactly) and added once a distance, so that the harmonic sum
   * has as many terms as distances, not as actors. */
#define FLUSH_LEVEL()                                                                         \
  if (at_level > 0)                                                                           \
    {                                                                                         \
      reached += at_level;                                                                    \
      dsum += at_level * d;                                                                   \
      hsum += at_level * (1.0 / d);                                                           \
      at_level = 0;                                                                           \
    }
  for (guint i = settled; i-- > 0;)
    {
      guint v = k->order[i];
      gsize start = i > 0 ? k->succ_end[i - 1] : 0;
      double sum = k->extra[v], sumx = 0, delta, deltax;
      for (gsize j = start; j < k->succ_end[i]; j++)
        {
          const VDep *x = &dep[k->succ[j]];
          sum += x->delta;
          sumx += x->deltax;
        }
      delta = sigma[v] * sum;
      deltax = sigma[v] * sumx;
      if (i > 0)
        {
          if (level[v] != d)
            {
              FLUSH_LEVEL ();
              d = level[v];
            }
          k->bc[v] += ms * delta;
          k->bcx[v] += ms * deltax;
          at_level += mult[v];
        }
      dep[v].delta = mult[v] * (1.0 + delta) / sigma[v];
      dep[v].deltax = mult[v] * ((g->sector[v] != sector_s ? 1.0 : 0.0) + deltax) / sigma[v];
    }
  FLUSH_LEVEL ();
#undef FLUSH_LEVEL
  if (shadow > 0)
    {
      reached += ms - 1;
      dsum += (ms - 1) * shadow;
      hsum += (ms - 1) * (1.0 / shadow);
    }
  finish_source (k, s, settled, reached, dsum, hsum);
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
  finish_source (k, s, settled, settled - 1, dsum, hsum);
}

/* ---- Sources in batches ----------------------------------------------------- */

/*
 * The batched kernel (unweighted): LANES sources searched at once, a bit
 * each, in the manner of multi-source BFS (Then et al. 2014, "The More the
 * Merrier"). Each level's frontier is a list of entries (vertex, lanes: the
 * sources that reach it at that level), and one pass over the arcs of its
 * vertices advances every source at once with 64-bit word operations: an
 * arc is read once per level of the batch, not once per source.
 *
 * The path counts and dependencies are Brandes's, lane by lane: sigma of w
 * at level l + 1 is the sum, over its in-neighbours v at level l in the
 * same lane, of mult[v] sigma[v]; going back, v's dependency in a lane sums
 * coef[w] = mult[w] (1 + delta[w]) / sigma[w] over its out-neighbours one
 * level further in that lane. Only the lanes two entries share (a mask) are
 * visited, so the work beyond the word operations is one step per
 * shortest-path arc and source, as in the one-source kernel, without its
 * unpredictable branches. The values live in one row of LANES per entry,
 * the rows of a level side by side: a level reads only its own rows and
 * those of the level next to it, which stay in cache, where rows per
 * vertex would be scattered over all of them.
 *
 * The sums run in a fixed order (levels, then entries, then lanes), so the
 * bits are the same at any thread count; they differ from the one-source
 * kernel's in the last places only (tests/test-kernels.c: within 1e-12).
 */
/* The position of lane @b among the lanes of @lanes. */
/*
 * The batched kernel counts bits all the time (rank()). x86-64's baseline,
 * which Debian builds for, has no popcount instruction, and GCC's fallback
 * is a library call; so on x86-64 the kernel is compiled twice, once for
 * processors with POPCNT (all since 2008), chosen at run time. Both give
 * the same bits: only the counting differs.
 */
#if defined(__x86_64__) && defined(__GNUC__)
#define NRP_POPCNT_TWICE 1
#define NRP_INLINE static inline __attribute__ ((always_inline))
#else
#define NRP_INLINE static inline
#endif

NRP_INLINE guint
rank (guint64 lanes, guint b)
{
  return (guint) __builtin_popcountll (lanes & ((G_GUINT64_CONSTANT (1) << b) - 1));
}

/* Closeness and harmonic closeness: the actors @at_level reached at
 * distance @d in each lane (whole numbers, exact) added once a level,
 * count / d, so the sums have as many terms as levels, not as targets. */
NRP_INLINE void
close_level (guint lanes, double d, double inv_d, double *at_level, double *reached,
             double *dsum, double *hsum)
{
  for (guint b = 0; b < lanes; b++)
    if (at_level[b] > 0)
      {
        reached[b] += at_level[b];
        dsum[b] += at_level[b] * d;
        hsum[b] += at_level[b] * inv_d;
        at_level[b] = 0;
      }
}

/* The batch's sources' closeness and harmonic closeness, from the sums. */
NRP_INLINE void
close_sources (Worker *k, const guint *src, guint lanes, const double *reached,
               const double *dsum, const double *hsum)
{
  for (guint b = 0; b < lanes; b++)
    {
      k->closeness[src[b]] = reached[b] > 0 ? reached[b] / dsum[b] : NAN;
      k->harmonic[src[b]] = hsum[b];
    }
}

/* A new entry, its slots zeroed. */
NRP_INLINE gsize
push_entry (Worker *k, gsize *n_ent, guint v, guint64 lanes)
{
  guint width = (guint) __builtin_popcountll (lanes);
  if (*n_ent == k->n_ent_alloc)
    {
      k->n_ent_alloc = MAX (2 * k->n_ent_alloc, 1024);
      k->ent = g_renew (LevelEntry, k->ent, k->n_ent_alloc);
      k->pair_end = g_renew (gsize, k->pair_end, k->n_ent_alloc);
    }
  if (k->n_slots + width > k->n_slots_alloc)
    {
      k->n_slots_alloc = MAX (2 * k->n_slots_alloc, k->n_slots + width + 4096);
      k->rows = g_renew (double, k->rows, k->n_slots_alloc);
    }
  k->ent[*n_ent] = (LevelEntry) { v, lanes, k->n_slots };
  memset (k->rows + k->n_slots, 0, width * sizeof (double));
  k->n_slots += width;
  return (*n_ent)++;
}

/*
 * The dependencies of level @l's entries, from those of level l + 1 (cur[]
 * and slot_at[] give their lanes and slots, @cnext their coefs, the pairs
 * recorded going forward which lanes lead to which) into @ccur.
 * With @cross, also the cross-sector ones, kept beside the others (a row
 * is LANES pairs); without, the work is halved. Inlined twice, so that the
 * test of @cross is not in the inner loop.
 */
NRP_INLINE void
backward_level (Worker *k, const guint *src, guint l, const double *cnext, double *ccur,
                const gboolean cross)
{
  const NrpPathGraph *g = k->g;
  const gsize *ls = k->level_start;
  const double *mult = k->mult, *rows = k->rows;
  const guint64 *cur = k->cur;
  const guint stride = cross ? 2 : 1;
  double acc[LANES], accx[LANES];

  gsize base_cur = k->ent[ls[l]].slot;
  gsize base_next = ls[l + 1] < ls[l + 2] ? k->ent[ls[l + 1]].slot : 0;

  for (gsize i = ls[l]; i < ls[l + 1]; i++)
    {
      guint v = k->ent[i].v;
      guint64 f = k->ent[i].lanes, mask;
      const double *sv = rows + k->ent[i].slot;
      double *cv = ccur + (k->ent[i].slot - base_cur) * stride;
      double mv = mult[v], bsum = 0, bsumx = 0;
      guint r;
      for (mask = f; mask != 0; mask &= mask - 1)
        {
          guint b = (guint) __builtin_ctzll (mask);
          acc[b] = 0;
          accx[b] = 0;
        }
      for (gint x = k->extra_head != NULL ? k->extra_head[i] : -1; x >= 0; x = k->extras[x].next)
        acc[k->extras[x].lane] = k->extras[x].value;
      for (gsize p = i > 0 ? k->pair_end[i - 1] : 0; p < k->pair_end[i]; p++)
        {
          guint w = k->pairs[p].v;
          const double *cw = cnext + (k->slot_at[w] - base_next) * stride;
          for (mask = k->pairs[p].lanes; mask != 0; mask &= mask - 1)
            {
              guint b = (guint) __builtin_ctzll (mask), rw = rank (cur[w], b);
              acc[b] += cw[stride * rw];
              if (cross)
                accx[b] += cw[2 * rw + 1];
            }
        }
      for (mask = f, r = 0; mask != 0; mask &= mask - 1, r++)
        {
          guint b = (guint) __builtin_ctzll (mask);
          double delta = sv[r] * acc[b], per_path = mv / sv[r];
          bsum += mult[src[b]] * delta;
          cv[stride * r] = (1.0 + delta) * per_path;
          if (cross)
            {
              double deltax = sv[r] * accx[b];
              bsumx += mult[src[b]] * deltax;
              cv[2 * r + 1] = ((g->sector[v] != g->sector[src[b]] ? 1.0 : 0.0) + deltax) * per_path;
            }
        }
      /* Level 0 holds the sources themselves, no intermediary. */
      if (l > 0)
        {
          k->bc[v] += bsum;
          if (cross)
            k->bcx[v] += bsumx;
        }
    }
}

NRP_INLINE void
batch_body (Worker *k, const guint *src, guint lanes)
{
  const NrpPathGraph *g = k->g;
  const gsize *off = g->out.off, *ioff = k->in->off;
  const guint *adj = g->out.adj, *iadj = k->in->adj;
  const double *mult = k->mult;
  guint64 *seen = k->seen, *cur = k->cur, *next = k->next, *self = k->self;
  gsize *ls = k->level_start, n_ent = 0, widest = 0, n_pairs = 0;
  guint top, n_extras = 0;
  /* Closeness and harmonic closeness: the actors at each distance are
   * counted (whole numbers, exact) and added once a level, count / d, so
   * the sum has as many terms as levels, not as targets. */
  double reached[LANES] = { 0 }, dsum[LANES] = { 0 }, hsum[LANES] = { 0 };
  double at_level[LANES] = { 0 };
  double *ca, *cb;

  ls[0] = 0;
  k->n_slots = 0;
  for (guint b = 0; b < lanes; b++)
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << b;
      gsize i = push_entry (k, &n_ent, src[b], bit);
      seen[src[b]] |= bit;
      k->rows[k->ent[i].slot] = 1;
      if (mult[src[b]] > 1)
        self[src[b]] |= bit;
    }
  ls[1] = n_ent;

  /* Forward, level by level. */
  for (top = 0; ls[top] < ls[top + 1]; top++)
    {
      guint nt = 0;
      double d = (double) top + 1, inv_d = 1.0 / d;
      widest = MAX (widest, (ls[top + 1] < n_ent ? k->ent[ls[top + 1]].slot : k->n_slots)
                              - k->ent[ls[top]].slot);
      for (gsize i = ls[top]; i < ls[top + 1]; i++)
        {
          guint v = k->ent[i].v;
          guint64 f = k->ent[i].lanes;
          cur[v] = f;
          k->at[v] = i;
          k->slot_at[v] = k->ent[i].slot;
          if (n_pairs + (off[v + 1] - off[v]) > k->n_pairs_alloc)
            {
              k->n_pairs_alloc = MAX (2 * k->n_pairs_alloc, n_pairs + (off[v + 1] - off[v]) + 4096);
              k->pairs = g_renew (LanePair, k->pairs, k->n_pairs_alloc);
            }
          for (gsize e = off[v]; e < off[v + 1]; e++)
            {
              guint w = adj[e];
              guint64 fresh = f & ~seen[w];
              k->touched[nt] = w;
              nt += next[w] == 0;
              next[w] |= f;
              /* the lanes in which v -> w lies on shortest paths */
              k->pairs[n_pairs] = (LanePair) { w, fresh };
              n_pairs += fresh != 0;
            }
          k->pair_end[i] = n_pairs;
        }
      for (guint i = 0; i < nt; i++)
        {
          guint w = k->touched[i];
          guint64 fresh = next[w] & ~seen[w], again = next[w] & self[w];
          next[w] = 0;
          if (again != 0)
            {
              /* w is a source standing for several actors, reached again
               * from its in-neighbours at this level: its other copies
               * are targets at distance d (shadow_targets()). */
              self[w] &= ~again;
              for (; again != 0; again &= again - 1)
                {
                  guint b = (guint) __builtin_ctzll (again);
                  guint64 bit = G_GUINT64_CONSTANT (1) << b;
                  double paths = 0, ms = mult[w];
                  for (gsize e = ioff[w]; e < ioff[w + 1]; e++)
                    if (cur[iadj[e]] & bit)
                      paths += mult[iadj[e]]
                               * k->rows[k->slot_at[iadj[e]] + rank (cur[iadj[e]], b)];
                  for (gsize e = ioff[w]; e < ioff[w + 1]; e++)
                    if (cur[iadj[e]] & bit)
                      {
                        gsize at = k->at[iadj[e]];
                        if (n_extras == k->n_extras_alloc)
                          {
                            k->n_extras_alloc = MAX (2 * k->n_extras_alloc, 64);
                            k->extras = g_renew (Extra, k->extras, k->n_extras_alloc);
                          }
                        k->extras[n_extras] = (Extra) { b, (ms - 1) / paths, (gint) at };
                        n_extras++;
                      }
                  at_level[b] += ms - 1;
                }
            }
          if (fresh != 0)
            {
              gsize j = push_entry (k, &n_ent, w, fresh);
              seen[w] |= fresh;
              next[w] = fresh;
              k->slot_next[w] = k->ent[j].slot;
            }
        }
      ls[top + 2] = n_ent;
      /* Path counts of the new level, along the pairs (next[] has its
       * entries' lanes, slot_next[] their slots). */
      for (gsize i = ls[top]; i < ls[top + 1]; i++)
        {
          guint v = k->ent[i].v;
          guint64 f = k->ent[i].lanes, mask;
          const double *sv = k->rows + k->ent[i].slot;
          /* a source stands for itself alone */
          double mv = top == 0 ? 1.0 : mult[v];
          for (gsize p = i > 0 ? k->pair_end[i - 1] : 0; p < k->pair_end[i]; p++)
            {
              guint w = k->pairs[p].v;
              guint64 fw = next[w];
              double *sw = k->rows + k->slot_next[w];
              for (mask = k->pairs[p].lanes; mask != 0; mask &= mask - 1)
                {
                  guint b = (guint) __builtin_ctzll (mask);
                  sw[rank (fw, b)] += mv * sv[rank (f, b)];
                }
            }
        }
      for (gsize j = ls[top + 1]; j < ls[top + 2]; j++)
        {
          guint w = k->ent[j].v;
          double mw = mult[w];
          next[w] = 0;
          for (guint64 mask = k->ent[j].lanes; mask != 0; mask &= mask - 1)
            at_level[__builtin_ctzll (mask)] += mw;
        }
      close_level (lanes, d, inv_d, at_level, reached, dsum, hsum);
      for (gsize i = ls[top]; i < ls[top + 1]; i++)
        cur[k->ent[i].v] = 0;
    }
  for (guint b = 0; b < lanes; b++)
    self[src[b]] = 0;

  /* The extras, linked from their entries (the entry was kept in .next). */
  if (n_extras > 0)
    {
      k->extra_head = g_renew (gint, k->extra_head, n_ent);
      for (gsize i = 0; i < n_ent; i++)
        k->extra_head[i] = -1;
      for (guint x = 0; x < n_extras; x++)
        {
          gsize at = (gsize) k->extras[x].next;
          k->extras[x].next = k->extra_head[at];
          k->extra_head[at] = (gint) x;
        }
    }

  /* Backward, level by level from the farthest, two levels' coefs at a time. */
  if (widest > k->coef_alloc)
    {
      k->coef_alloc = widest;
      g_free (k->coef);
      k->coef = g_new (double, 2 * 2 * widest);
    }
  ca = k->coef;
  cb = k->coef + 2 * widest;
  for (guint l = top; l-- > 0;)
    {
      double *t;
      for (gsize j = ls[l + 1]; j < ls[l + 2]; j++)
        {
          cur[k->ent[j].v] = k->ent[j].lanes;
          k->slot_at[k->ent[j].v] = k->ent[j].slot;
        }
      if (k->cross)
        backward_level (k, src, l, ca, cb, TRUE);
      else
        backward_level (k, src, l, ca, cb, FALSE);
      for (gsize j = ls[l + 1]; j < ls[l + 2]; j++)
        cur[k->ent[j].v] = 0;
      t = ca;
      ca = cb;
      cb = t;
    }
  if (n_extras > 0)
    {
      g_clear_pointer (&k->extra_head, g_free);
    }
  for (gsize i = 0; i < n_ent; i++)
    seen[k->ent[i].v] = 0;
  close_sources (k, src, lanes, reached, dsum, hsum);
}

/*
 * The distances only, for closeness and harmonic closeness without
 * betweenness: the batched search with no path counts, no arcs recorded
 * and no way back. Each level's actors are counted per lane as
 * batch_body() counts them (whole numbers, so in any order exactly the
 * same sums), and the closeness sums are then formed as there: the same
 * bits as the whole kernel's (tests/test-kernels.c), at a fraction of its
 * time.
 */
static void
batch_distances (Worker *k, const guint *src, guint lanes)
{
  const NrpPathGraph *g = k->g;
  const gsize *off = g->out.off;
  const guint *adj = g->out.adj;
  const double *mult = k->mult;
  guint64 *seen = k->seen, *next = k->next, *self = k->self;
  guint *fv = k->front, *nv = k->front + g->n;
  guint64 *fl = k->front_lanes, *nl = k->front_lanes + g->n;
  guint nf = 0, n_seen = 0;
  double reached[LANES] = { 0 }, dsum[LANES] = { 0 }, hsum[LANES] = { 0 };
  double at_level[LANES] = { 0 };

  /* The sources of a batch are distinct. */
  for (guint b = 0; b < lanes; b++)
    {
      guint64 bit = G_GUINT64_CONSTANT (1) << b;
      k->seen_list[n_seen++] = src[b];
      seen[src[b]] = bit;
      fv[nf] = src[b];
      fl[nf++] = bit;
      if (mult[src[b]] > 1)
        self[src[b]] |= bit;
    }
  for (guint top = 0; nf > 0; top++)
    {
      double d = (double) top + 1, inv_d = 1.0 / d;
      guint nt = 0, nn = 0, *tv;
      guint64 *tl;
      for (guint i = 0; i < nf; i++)
        for (gsize e = off[fv[i]]; e < off[fv[i] + 1]; e++)
          {
            guint w = adj[e];
            k->touched[nt] = w;
            nt += next[w] == 0;
            next[w] |= fl[i];
          }
      for (guint i = 0; i < nt; i++)
        {
          guint w = k->touched[i];
          guint64 fresh = next[w] & ~seen[w], again = next[w] & self[w];
          next[w] = 0;
          if (again != 0)
            {
              /* a source's other copies, at distance d (shadow_targets()) */
              self[w] &= ~again;
              for (; again != 0; again &= again - 1)
                at_level[__builtin_ctzll (again)] += mult[w] - 1;
            }
          if (fresh != 0)
            {
              if (seen[w] == 0)
                k->seen_list[n_seen++] = w;
              seen[w] |= fresh;
              nv[nn] = w;
              nl[nn++] = fresh;
              for (; fresh != 0; fresh &= fresh - 1)
                at_level[__builtin_ctzll (fresh)] += mult[w];
            }
        }
      close_level (lanes, d, inv_d, at_level, reached, dsum, hsum);
      tv = fv;
      fv = nv;
      nv = tv;
      tl = fl;
      fl = nl;
      nl = tl;
      nf = nn;
    }
  for (guint b = 0; b < lanes; b++)
    self[src[b]] = 0;
  for (guint i = 0; i < n_seen; i++)
    seen[k->seen_list[i]] = 0;
  close_sources (k, src, lanes, reached, dsum, hsum);
}

static void
batch_generic (Worker *k, const guint *src, guint lanes)
{
  batch_body (k, src, lanes);
}

#ifdef NRP_POPCNT_TWICE
__attribute__ ((target ("popcnt"))) static void
batch_popcnt (Worker *k, const guint *src, guint lanes)
{
  batch_body (k, src, lanes);
}
#endif

gboolean nrp_paths_portable = FALSE;

static void
batch_unweighted (Worker *k, const guint *src, guint lanes)
{
#ifdef NRP_POPCNT_TWICE
  static gsize have_popcnt = 0;
  if (g_once_init_enter (&have_popcnt))
    {
      __builtin_cpu_init ();
      g_once_init_leave (&have_popcnt, __builtin_cpu_supports ("popcnt") ? 2 : 1);
    }
  if (have_popcnt == 2 && !nrp_paths_portable)
    {
      batch_popcnt (k, src, lanes);
      return;
    }
#endif
  batch_generic (k, src, lanes);
}

/* Adds the finished blocks that are next in order to the totals. */
static void
merge_ready (Shared *sh, guint n)
{
  while (sh->merged < sh->n_blocks && sh->done[sh->merged])
    {
      guint b = sh->merged++;
      for (guint i = 0; sh->bc[b] != NULL && i < n; i++)
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
  /* The distances alone have no sums to keep. */
  if (!k->distances_only)
    {
      k->bc = g_new0 (double, MAX (n, 1));
      k->bcx = g_new0 (double, MAX (n, 1));
    }
  if (k->batched)
    {
      guint src[LANES], lanes = 0;
      for (guint s = (guint) b; s < n; s += sh->n_blocks)
        {
          src[lanes++] = s;
          if (lanes == LANES || s + sh->n_blocks >= n)
            {
              if (k->distances_only)
                batch_distances (k, src, lanes);
              else
                batch_unweighted (k, src, lanes);
              lanes = 0;
            }
        }
    }
  else
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
  sh->done[b] = 1;
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
worker_init (Worker *k, const NrpPathGraph *g, const double *mult, const NrpCsr *in,
             gboolean batched, gboolean distances_only, Shared *sh, double *closeness,
             double *harmonic)
{
  guint n = g->n;
  k->g = g;
  k->distances_only = batched && distances_only;
  k->mult = mult;
  k->in = in;
  k->shared = sh;
  k->closeness = closeness;
  k->harmonic = harmonic;
  k->batched = batched;
  if (batched)
    {
      k->seen = g_new0 (guint64, MAX (n, 1));
      k->cur = g_new0 (guint64, MAX (n, 1));
      k->next = g_new0 (guint64, MAX (n, 1));
      k->self = g_new0 (guint64, MAX (n, 1));
      k->at = g_new (gsize, MAX (n, 1));
      k->slot_at = g_new (gsize, MAX (n, 1));
      k->slot_next = g_new (gsize, MAX (n, 1));
      k->touched = g_new (guint, (gsize) n + 1); /* one past: the loop stores before it counts */
      k->level_start = g_new (gsize, (gsize) n + 2);
      if (k->distances_only)
        {
          k->front = g_new (guint, 2 * (gsize) MAX (n, 1));
          k->front_lanes = g_new (guint64, 2 * (gsize) MAX (n, 1));
          k->seen_list = g_new (guint, MAX (n, 1));
        }
      return;
    }
  k->dep = g_new0 (VDep, MAX (n, 1));
  k->extra = g_new0 (double, MAX (n, 1));
  if (g->weighted)
    {
      k->st = g_new0 (VState, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        k->st[i].dist = -1;
    }
  else
    {
      k->level = g_new (gint32, MAX (n, 1));
      k->sigma = g_new0 (double, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        k->level[i] = -1;
    }
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
  g_free (k->level);
  g_free (k->sigma);
  g_free (k->dep);
  g_free (k->extra);
  g_free (k->order);
  g_free (k->succ);
  g_free (k->succ_end);
  g_free (k->pred);
  g_free (k->pred_head);
  g_free (k->heap);
  g_free (k->heap_pos);
  g_free (k->seen);
  g_free (k->cur);
  g_free (k->next);
  g_free (k->self);
  g_free (k->at);
  g_free (k->slot_at);
  g_free (k->slot_next);
  g_free (k->pairs);
  g_free (k->pair_end);
  g_free (k->touched);
  g_free (k->front);
  g_free (k->front_lanes);
  g_free (k->seen_list);
  g_free (k->ent);
  g_free (k->level_start);
  g_free (k->rows);
  g_free (k->coef);
  g_free (k->extras);
  g_free (k->extra_head);
}

/* The kernel on @g, each vertex standing for mult[v] actors (@in: the
 * in-lists of @g, read for the vertices standing for more than one). */
static void
kernel (const NrpPathGraph *g, const double *mult, const NrpCsr *in, gboolean batched,
        gboolean cross, guint threads,
        double *betweenness, double *cross_betweenness, double *closeness, double *harmonic,
        NrpPathsProgress progress, gpointer progress_data)
{
  guint n = g->n;
  Worker *w;
  GThread **th;
  Shared sh = { 0 };

  /* Batched, a block is one batch: LANES sources (fewer in small graphs). */
  sh.n_blocks = batched ? MAX (1, (n + LANES - 1) / LANES) : MIN (NRP_PATH_BLOCKS, MAX (n, 1));
  if (threads < 1)
    threads = 1;
  if (threads > sh.n_blocks)
    threads = sh.n_blocks;
  g_mutex_init (&sh.lock);
  sh.bc = g_new0 (double *, sh.n_blocks);
  sh.done = g_new0 (guint8, sh.n_blocks);
  sh.bcx = g_new0 (double *, sh.n_blocks);
  sh.total_bc = g_new0 (double, MAX (n, 1));
  sh.total_bcx = g_new0 (double, MAX (n, 1));
  w = g_new0 (Worker, threads);
  th = g_new0 (GThread *, threads);
  for (guint t = 0; t < threads; t++)
    {
      worker_init (&w[t], g, mult, in, batched, betweenness == NULL, &sh, closeness, harmonic);
      w[t].cross = cross;
    }
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

  for (guint i = 0; betweenness != NULL && i < n; i++)
    {
      betweenness[i] = g->directed ? sh.total_bc[i] : sh.total_bc[i] / 2.0;
      cross_betweenness[i] = g->directed ? sh.total_bcx[i] : sh.total_bcx[i] / 2.0;
    }
  for (guint t = 0; t < threads; t++)
    worker_clear (&w[t]);
  g_free (w);
  g_free (th);
  g_free (sh.bc);
  g_free (sh.done);
  g_free (sh.bcx);
  g_free (sh.total_bc);
  g_free (sh.total_bcx);
  g_mutex_clear (&sh.lock);
}

/* ---- Identical actors --------------------------------------------------------- */

/*
 * Actors with the same sector, the same out-neighbours and the same in-
 * neighbours are identical (Sariyuce et al. 2013, "type I"): they cannot be
 * tied to each other (that would be a loop), swapping two of them maps the
 * graph onto itself, so every one of them has the same betweenness and
 * closeness, and so do sources among them. The bootstrap makes such actors
 * by the hundred (the copies of one drawn actor), and the leaves of one hub
 * in one sector are such actors in any network.
 *
 * The kernel then runs on the quotient graph, one vertex per class of
 * identical actors standing for mult of them: a path through a vertex
 * counts once per actor it stands for, a source's dependency is counted
 * once per actor of its class, and from one actor of a class the others
 * are targets just beyond the class's nearest in-neighbours
 * (shadow_targets()). That is Brandes's algorithm on the whole graph, term
 * by term, on a smaller graph: the bootstrap's replicates, with about 63%
 * of the actors distinct and 40% of the ties between distinct ones, cost a
 * quarter. tests/test-kernels.c holds it to the plain kernel and to igraph.
 */
typedef struct {
  guint n_classes;
  guint *class_of;           /* n: the class of each actor */
  double *mult;              /* n_classes: its actors */
  guint *sector;             /* n_classes */
  NrpPathGraph q;            /* the quotient graph */
  NrpCsr q_in;               /* its in-lists, when directed */
} Reduction;

typedef struct {
  guint64 hash;
  guint v;
} Keyed;

static int
keyed_cmp (const void *pa, const void *pb)
{
  const Keyed *a = pa, *b = pb;
  if (a->hash != b->hash)
    return a->hash < b->hash ? -1 : 1;
  return a->v < b->v ? -1 : a->v > b->v;
}

static inline guint64
mix64 (guint64 h, guint64 x)
{
  /* splitmix64's finaliser over the running value */
  h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

static gboolean
same_list (const NrpCsr *c, guint a, guint b)
{
  gsize la = c->off[a + 1] - c->off[a];
  return la == c->off[b + 1] - c->off[b]
         && memcmp (c->adj + c->off[a], c->adj + c->off[b], la * sizeof (guint32)) == 0;
}

/* Finds the classes of identical actors of the unweighted @g; FALSE when
 * every actor is alone in its class (nothing to gain). */
static gboolean
reduce (const NrpPathGraph *g, Reduction *r)
{
  guint n = g->n, n_classes = 0;
  NrpCsr out, in;
  g_autofree Keyed *key = g_new (Keyed, MAX (n, 1));
  g_autofree guint *rep = g_new (guint, MAX (n, 1));
  g_autofree guint *first = NULL;
  g_autofree guint32 *arcs = NULL;
  g_autofree guint *seen = NULL;
  gsize n_arcs = 0;

  /* Sorted lists without repeats, to compare. */
  {
    g_autofree guint32 *pairs = g_new (guint32, 2 * MAX (g->out.off[n], 1));
    gsize m = 0;
    for (guint v = 0; v < n; v++)
      for (gsize e = g->out.off[v]; e < g->out.off[v + 1]; e++)
        {
          pairs[2 * m] = v;
          pairs[2 * m + 1] = g->out.adj[e];
          m++;
        }
    nrp_csr_init (&out, n, pairs, NULL, m, NRP_CSR_UNIQUE);
    if (g->directed)
      nrp_csr_init (&in, n, pairs, NULL, m, NRP_CSR_REVERSE | NRP_CSR_UNIQUE);
  }
  for (guint v = 0; v < n; v++)
    {
      guint64 h = mix64 (0, g->sector[v]);
      for (gsize e = out.off[v]; e < out.off[v + 1]; e++)
        h = mix64 (h, out.adj[e]);
      h = mix64 (h, G_MAXUINT64);
      for (gsize e = 0; g->directed && e < in.off[v + 1] - in.off[v]; e++)
        h = mix64 (h, in.adj[in.off[v] + e]);
      key[v] = (Keyed) { h, v };
    }
  nrp_sort (key, n, sizeof (Keyed), keyed_cmp);
  /* Within a run of one hash (in actor order), each actor's class is that
   * of the first earlier actor with the same lists, or its own. */
  for (guint i = 0; i < n;)
    {
      guint j = i;
      while (j < n && key[j].hash == key[i].hash)
        j++;
      for (guint a = i; a < j; a++)
        {
          guint v = key[a].v;
          rep[v] = v;
          for (guint b = i; b < a; b++)
            {
              guint u = key[b].v;
              if (rep[u] == u && g->sector[u] == g->sector[v] && same_list (&out, u, v)
                  && (!g->directed || same_list (&in, u, v)))
                {
                  rep[v] = u;
                  break;
                }
            }
        }
      i = j;
    }
  for (guint v = 0; v < n; v++)
    n_classes += rep[v] == v;
  if (n_classes == n)
    {
      nrp_csr_clear (&out);
      if (g->directed)
        nrp_csr_clear (&in);
      return FALSE;
    }

  /* Classes numbered in the order of their first actors. */
  r->n_classes = n_classes;
  r->class_of = g_new (guint, MAX (n, 1));
  r->mult = g_new0 (double, n_classes);
  r->sector = g_new (guint, n_classes);
  first = g_new (guint, n_classes);
  n_classes = 0;
  for (guint v = 0; v < n; v++)
    {
      if (rep[v] == v)
        {
          first[n_classes] = v;
          r->sector[n_classes] = g->sector[v];
          r->class_of[v] = n_classes++;
        }
      else
        r->class_of[v] = r->class_of[rep[v]];
      r->mult[r->class_of[v]] += 1;
    }
  /* The quotient's arcs: from each class's first actor's list, each
   * neighbouring class once (once per pair when undirected). */
  arcs = g_new (guint32, 2 * MAX (out.off[n], 1));
  seen = g_new (guint, n_classes);
  for (guint c = 0; c < n_classes; c++)
    seen[c] = G_MAXUINT;
  for (guint c = 0; c < n_classes; c++)
    for (gsize e = out.off[first[c]]; e < out.off[first[c] + 1]; e++)
      {
        guint d = r->class_of[out.adj[e]];
        if (seen[d] == c || (!g->directed && d < c))
          continue;
        seen[d] = c;
        arcs[2 * n_arcs] = c;
        arcs[2 * n_arcs + 1] = d;
        n_arcs++;
      }
  nrp_csr_clear (&out);
  if (g->directed)
    nrp_csr_clear (&in);
  nrp_path_graph_init (&r->q, n_classes, g->directed, FALSE, arcs, NULL, n_arcs, r->sector);
  if (g->directed)
    nrp_csr_init (&r->q_in, n_classes, arcs, NULL, n_arcs, NRP_CSR_REVERSE);
  return TRUE;
}

static void
reduction_clear (Reduction *r)
{
  nrp_path_graph_clear (&r->q);
  if (r->q.directed)
    nrp_csr_clear (&r->q_in);
  g_free (r->class_of);
  g_free (r->mult);
  g_free (r->sector);
}

/*
 * The batched kernel keeps a value per source and vertex reached (8 bytes
 * each, 512 a vertex at most) and the arcs on shortest paths of a batch
 * (16 bytes each, typically a few an arc); beyond these sizes it could
 * need gigabytes, and such graphs take one source at a time (the run is
 * hours long either way: sampled betweenness is the tool there).
 */
static gboolean
batchable (const NrpPathGraph *g)
{
  return g->n <= (1u << 17) && g->out.off[g->n] <= ((gsize) 1 << 23);
}

void
nrp_paths_compute (const NrpPathGraph *g, guint threads, double *betweenness,
                   double *cross_betweenness, double *closeness, double *harmonic,
                   NrpPathsProgress progress, gpointer progress_data)
{
  Reduction r;
  gboolean fast = !g->weighted && !g->plain, cross = cross_betweenness != NULL;
  g_autofree double *no_cross = NULL, *no_harmonic = NULL;

  /* What is not wanted goes to scratch (the batched kernel skips the
   * cross-sector dependencies, and without betweenness searches the
   * distances only; the one-source kernels compute it anyway). */
  if (betweenness == NULL)
    cross = FALSE;
  else if (cross_betweenness == NULL)
    cross_betweenness = no_cross = g_new (double, MAX (g->n, 1));
  if (harmonic == NULL)
    harmonic = no_harmonic = g_new (double, MAX (g->n, 1));

  if (fast && reduce (g, &r))
    {
      guint nq = r.n_classes;
      double *q = g_new (double, 4 * (gsize) nq);
      kernel (&r.q, r.mult, r.q.directed ? &r.q_in : &r.q.out, batchable (&r.q), cross,
              threads, betweenness != NULL ? q : NULL, q + nq, q + 2 * nq, q + 3 * nq, progress,
              progress_data);
      for (guint v = 0; v < g->n; v++)
        {
          guint c = r.class_of[v];
          if (betweenness != NULL)
            {
              betweenness[v] = q[c];
              cross_betweenness[v] = q[nq + c];
            }
          closeness[v] = q[2 * nq + c];
          harmonic[v] = q[3 * nq + c];
        }
      g_free (q);
      reduction_clear (&r);
    }
  else
    {
      /* Every vertex one actor: no in-lists needed (they are read for
       * vertices standing for several only). */
      g_autofree double *ones = g_new (double, MAX (g->n, 1));
      for (guint v = 0; v < g->n; v++)
        ones[v] = 1;
      kernel (g, ones, &g->out, fast && batchable (g), cross, threads, betweenness,
              cross_betweenness, closeness, harmonic, progress, progress_data);
    }
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
  g->plain = FALSE;
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
