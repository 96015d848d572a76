/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sampled.c: betweenness estimated from sampled shortest paths, with
 * Riondato and Kornaropoulos's guarantee (Data Min. Knowl. Disc. 30, 2016):
 * r = ceil((c / epsilon^2) (floor(log2(VD - 2)) + 1 + ln(1 / delta))) paths,
 * c = 0.5, VD an upper bound of the vertex diameter (the most vertices on a
 * shortest path), make every estimate of the normalised betweenness
 * b(w) = B(w) / (n (n - 1)) (ordered pairs) within epsilon of the exact one,
 * all at once, with probability at least 1 - delta.
 *
 * A sample is an ordered pair (u, v) of distinct vertices drawn uniformly
 * and one of the shortest u-v paths drawn uniformly (none when v is out of
 * u's reach); each vertex inside the path scores 1 / r. The paths are found
 * by a balanced bidirectional search (as KADABRA does, Borassi and Natale
 * 2019): the side whose frontier has fewer arcs grows by one level until
 * the two meet; the vertices where they meet, with sigma_u(x) sigma_v(x)
 * shortest paths through each, give the path's middle, and the two halves
 * are walked back by predecessors drawn in proportion to their path counts.
 * It draws the same distribution as a search from u alone, exploring about
 * the square root of it on social networks.
 *
 * Sample i draws from its own random stream seeded from (seed, 3, i), and
 * threads add whole counts, so the estimate is the same at any thread
 * count.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "change/change-private.h"
#include "core/nrp-private.h"
#include "measures/kernels.h"

/* One side of the search: distance and path count from its end. */
typedef struct {
  gint *dist;       /* n, -1 unreached */
  double *sigma;    /* n */
  guint *touched;   /* the vertices reached, in order */
  guint n_touched;
  guint level_start, level_end;  /* the frontier: touched[start .. end - 1] */
} Side;

typedef struct {
  guint n;
  const NrpCsr *out, *in;   /* in == out when undirected */
} Graph;

typedef struct {
  Side side[2];     /* 0 from u along out-arcs, 1 from v along in-arcs */
  guint *path;      /* the interior of the drawn path */
  guint64 *count;   /* n: samples through each vertex */
} Scratch;

static void
scratch_init (Scratch *s, guint n)
{
  for (guint k = 0; k < 2; k++)
    {
      s->side[k].dist = g_new (gint, MAX (n, 1));
      s->side[k].sigma = g_new (double, MAX (n, 1));
      s->side[k].touched = g_new (guint, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        s->side[k].dist[i] = -1;
    }
  s->path = g_new (guint, MAX (n, 1));
  s->count = g_new0 (guint64, MAX (n, 1));
}

static void
scratch_clear (Scratch *s)
{
  for (guint k = 0; k < 2; k++)
    {
      g_free (s->side[k].dist);
      g_free (s->side[k].sigma);
      g_free (s->side[k].touched);
    }
  g_free (s->path);
  g_free (s->count);
}

static void
side_start (Side *s, guint at)
{
  s->dist[at] = 0;
  s->sigma[at] = 1;
  s->touched[0] = at;
  s->n_touched = 1;
  s->level_start = 0;
  s->level_end = 1;
}

static void
side_reset (Side *s)
{
  for (guint k = 0; k < s->n_touched; k++)
    s->dist[s->touched[k]] = -1;
  s->n_touched = 0;
}

/* The arcs a side's frontier would scan. */
static gsize
frontier_arcs (const Side *s, const NrpCsr *g)
{
  gsize a = 0;
  for (guint k = s->level_start; k < s->level_end; k++)
    a += g->off[s->touched[k] + 1] - g->off[s->touched[k]];
  return a;
}

/* Grows @s by one level along @g; TRUE when a new vertex is reached by
 * @other too. */
static gboolean
side_grow (Side *s, const NrpCsr *g, const Side *other)
{
  guint start = s->level_start, end = s->level_end;
  gboolean met = FALSE;
  for (guint k = start; k < end; k++)
    {
      guint x = s->touched[k];
      gint d = s->dist[x] + 1;
      for (gsize e = g->off[x]; e < g->off[x + 1]; e++)
        {
          guint y = g->adj[e];
          if (s->dist[y] < 0)
            {
              s->dist[y] = d;
              s->sigma[y] = s->sigma[x];
              s->touched[s->n_touched++] = y;
              met = met || other->dist[y] >= 0;
            }
          else if (s->dist[y] == d)
            s->sigma[y] += s->sigma[x];
        }
    }
  s->level_start = end;
  s->level_end = s->n_touched;
  return met;
}

/* From @x back to the end of @s: predecessors (along @g, which holds the
 * arcs into a vertex for the side's direction) drawn in proportion to their
 * path counts; appends the vertices before the end to path. */
static guint
walk_back (const Side *s, const NrpCsr *g, guint x, GRand *rng, guint *path, guint len)
{
  while (s->dist[x] > 0)
    {
      double pick = g_rand_double (rng) * s->sigma[x], sum = 0;
      guint z = G_MAXUINT;
      for (gsize e = g->off[x]; e < g->off[x + 1]; e++)
        {
          guint y = g->adj[e];
          if (s->dist[y] == s->dist[x] - 1)
            {
              z = y;
              sum += s->sigma[y];
              if (pick < sum)
                break;
            }
        }
      x = z;  /* the last predecessor when rounding left pick >= sum */
      if (s->dist[x] > 0)
        path[len++] = x;
    }
  return len;
}

/* Sample i: adds 1 to count[] of each vertex inside the drawn path. */
static void
sample_one (const Graph *g, Scratch *sc, guint64 seed, guint i)
{
  GRand *rng = nrp_replicate_rng (seed, 3, i);
  Side *f = &sc->side[0], *b = &sc->side[1];
  guint u = (guint) g_rand_int_range (rng, 0, (gint32) g->n);
  guint v = (guint) g_rand_int_range (rng, 0, (gint32) g->n - 1);
  const Side *grew = NULL;
  gboolean met = FALSE;

  if (v >= u)
    v++;
  side_start (f, u);
  side_start (b, v);
  while (!met && f->level_end > f->level_start && b->level_end > b->level_start)
    {
      /* The side whose frontier scans fewer arcs grows (ties: from u). */
      if (frontier_arcs (f, g->out) <= frontier_arcs (b, g->in))
        {
          met = side_grow (f, g->out, b);
          grew = f;
        }
      else
        {
          met = side_grow (b, g->in, f);
          grew = b;
        }
    }
  if (met)
    {
      /* The vertices where the searches met are in the newest level of the
       * side that grew last, reached by the other side too: with distance
       * d(u, v) = their levels' sum, each on sigma_f sigma_b shortest paths
       * and every shortest path through exactly one of them. */
      const Side *other = grew == f ? b : f;
      double total = 0, pick, sum = 0;
      guint x = G_MAXUINT, len = 0;
      for (guint k = grew->level_start; k < grew->level_end; k++)
        {
          guint y = grew->touched[k];
          if (other->dist[y] >= 0)
            total += f->sigma[y] * b->sigma[y];
        }
      pick = g_rand_double (rng) * total;
      for (guint k = grew->level_start; k < grew->level_end; k++)
        {
          guint y = grew->touched[k];
          if (other->dist[y] >= 0)
            {
              x = y;
              sum += f->sigma[y] * b->sigma[y];
              if (pick < sum)
                break;
            }
        }
      if (x != u && x != v)
        sc->path[len++] = x;
      len = walk_back (f, g->in, x, rng, sc->path, len);
      len = walk_back (b, g->out, x, rng, sc->path, len);
      for (guint k = 0; k < len; k++)
        sc->count[sc->path[k]]++;
    }
  side_reset (f);
  side_reset (b);
  g_rand_free (rng);
}

/* An upper bound of the vertex diameter: undirected, 2 e + 1 for e the
 * largest eccentricity found from one vertex of each component (every
 * shortest path has at most 2 e edges); directed, the size of the largest
 * weak component. */
static guint
vertex_diameter_bound (const Graph *g, gboolean directed, const guint32 *arcs, gsize m)
{
  guint n = g->n, best = 0, n_comp = 0;
  g_autofree gint *dist = NULL;
  g_autofree guint *queue = NULL;

  if (n == 0)
    return 0;
  if (directed)
    {
      nrp_kernel_components (n, arcs, m, &n_comp, &best);
      return best;
    }
  dist = g_new (gint, n);
  queue = g_new (guint, n);
  for (guint i = 0; i < n; i++)
    dist[i] = -1;
  /* A search from the first vertex of each component not yet reached. */
  for (guint s = 0; s < n; s++)
    {
      guint head = 0, tail = 0;
      gint ecc = 0;
      if (dist[s] >= 0)
        continue;
      dist[s] = 0;
      queue[tail++] = s;
      while (head < tail)
        {
          guint x = queue[head++];
          ecc = MAX (ecc, dist[x]);
          for (gsize e = g->out->off[x]; e < g->out->off[x + 1]; e++)
            if (dist[g->out->adj[e]] < 0)
              {
                dist[g->out->adj[e]] = dist[x] + 1;
                queue[tail++] = g->out->adj[e];
              }
        }
      best = MAX (best, (guint) (2 * ecc + 1));
    }
  return MIN (best, n);
}

typedef struct {
  const Graph *g;
  guint64 seed;
  guint samples;
  gint next;        /* the next block of samples to claim (atomic) */
  GMutex lock;
  guint64 *count;   /* the sum over threads */
} Run;

#define BLOCK 64

static gpointer
run_thread (gpointer data)
{
  Run *run = data;
  Scratch sc;
  scratch_init (&sc, run->g->n);
  for (;;)
    {
      guint first = (guint) g_atomic_int_add (&run->next, BLOCK);
      if (first >= run->samples)
        break;
      for (guint i = first; i < MIN (first + BLOCK, run->samples); i++)
        sample_one (run->g, &sc, run->seed, i);
    }
  g_mutex_lock (&run->lock);
  for (guint i = 0; i < run->g->n; i++)
    run->count[i] += sc.count[i];
  g_mutex_unlock (&run->lock);
  scratch_clear (&sc);
  return NULL;
}

guint64
nrp_betweenness_sample_size (guint vertex_diameter, double epsilon, double delta)
{
  double r;
  g_return_val_if_fail (epsilon > 0 && epsilon < 1 && delta > 0 && delta < 1, 0);
  if (vertex_diameter < 3)
    return 0;  /* no shortest path has a vertex inside it */
  r = ceil (0.5 / (epsilon * epsilon)
            * (floor (log2 ((double) vertex_diameter - 2)) + 1 + log (1 / delta)));
  return r >= 1.8e19 ? G_MAXUINT64 : (guint64) r;
}

gboolean
nrp_betweenness_sample (const NrpNetwork *net, guint wave, double epsilon, double delta,
                        guint64 seed, guint threads, double *betweenness, guint *samples,
                        GError **error)
{
  const NrpWave *wv;
  guint n_all, n = 0, vd, r, nt;
  g_autofree guint *vertex = NULL, *actor = NULL;
  g_autofree guint32 *arcs = NULL;
  g_autofree guint64 *count = NULL;
  g_autofree GThread **th = NULL;
  NrpCsr out, in;
  Graph g;
  gsize m;
  double scale;
  Run run = { 0 };

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (betweenness != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (wave < 1 || wave > net->n_waves)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "wave %u: the network has waves 1 to %u", wave, net->n_waves);
      return FALSE;
    }
  if (!(epsilon > 0 && epsilon < 1))
    {
      NRP_OUT_OF_RANGE (error, "epsilon", "between 0 and 1, as in 0.01");
      return FALSE;
    }
  if (!(delta > 0 && delta < 1))
    {
      NRP_OUT_OF_RANGE (error, "delta", "between 0 and 1, as in 0.1");
      return FALSE;
    }
  if (!nrp_threads_valid (threads, error))
    return FALSE;
  wv = &net->waves[wave - 1];
  n_all = net->n_actors;
  vertex = g_new (guint, MAX (n_all, 1));
  actor = g_new (guint, MAX (n_all, 1));
  for (guint i = 0; i < n_all; i++)
    {
      betweenness[i] = NAN;
      if (nrp_present (net, wave, i))
        {
          actor[n] = i;
          vertex[i] = n++;
        }
    }
  arcs = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
  m = nrp_wave_dyads (net, wave, arcs, NULL);
  for (gsize e = 0; e < 2 * m; e++)
    arcs[e] = vertex[arcs[e]];
  if (net->directed)
    {
      nrp_csr_init (&out, n, arcs, NULL, m, 0);
      nrp_csr_init (&in, n, arcs, NULL, m, NRP_CSR_REVERSE);
    }
  else
    nrp_csr_init (&out, n, arcs, NULL, m, NRP_CSR_BOTH_WAYS);
  g = (Graph) { n, &out, net->directed ? &in : &out };
  vd = vertex_diameter_bound (&g, net->directed, arcs, m);
  {
    guint64 need = n >= 2 ? nrp_betweenness_sample_size (vd, epsilon, delta) : 0;
    if (need > NRP_MAX_SAMPLES)
      {
        /* Fewer paths would state a guarantee they do not give. */
        nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                          "epsilon %g and delta %g need %" G_GUINT64_FORMAT " sampled paths at "
                          "wave %u, more than the %u nrpnet draws: give a larger epsilon",
                          epsilon, delta, need, wave, NRP_MAX_SAMPLES);
        nrp_csr_clear (&out);
        if (net->directed)
          nrp_csr_clear (&in);
        return FALSE;
      }
    r = (guint) need;
  }

  count = g_new0 (guint64, MAX (n, 1));
  if (r > 0)
    {
      nt = threads == 0 ? g_get_num_processors () : threads;
      nt = CLAMP (nt, 1, MAX (1, r / BLOCK));
      run = (Run) { &g, seed, r, 0, { 0 }, count };
      g_mutex_init (&run.lock);
      th = g_new0 (GThread *, nt);
      for (guint t = 1; t < nt; t++)
        th[t] = g_thread_new ("nrp-sample", run_thread, &run);
      run_thread (&run);
      for (guint t = 1; t < nt; t++)
        g_thread_join (th[t]);
      g_mutex_clear (&run.lock);
    }
  /* B(w) = n (n - 1) b(w) over ordered pairs, half that over unordered
   * ones (undirected), as the exact betweenness counts them. */
  scale = r > 0 ? (double) n * (n - 1) / (net->directed ? 1.0 : 2.0) / r : 0;
  for (guint v = 0; v < n; v++)
    betweenness[actor[v]] = (double) count[v] * scale;
  nrp_csr_clear (&out);
  if (net->directed)
    nrp_csr_clear (&in);
  if (samples != NULL)
    *samples = r;
  return TRUE;
}
