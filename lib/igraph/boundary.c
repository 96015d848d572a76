/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * boundary.c: the lock, the error handler and the igraph calls.
 * See boundary.h for why this module exists.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <igraph.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#include "igraph/boundary.h"
#include "core/nrp-private.h"

static GMutex ig_lock;
static char ig_reason[256];            /* guarded by ig_lock */
static igraph_error_t ig_errno;        /* guarded by ig_lock */
static igraph_error_handler_t *ig_saved_error;
static igraph_warning_handler_t *ig_saved_warning;
#ifdef _OPENMP
static int ig_saved_threads;           /* guarded by ig_lock */
#endif

/*
 * igraph calls this on an error instead of aborting. As igraph's documented
 * contract for handlers requires, it frees the cleanup stack; the failing
 * function then returns the error code to us.
 */
static void
nrp_ig_error_handler (const char *reason, const char *file, int line, igraph_error_t err)
{
  (void) file;
  (void) line;
  g_strlcpy (ig_reason, reason != NULL ? reason : "", sizeof ig_reason);
  ig_errno = err;
  IGRAPH_FINALLY_FREE ();
}

static void
nrp_ig_warning_handler (const char *reason, const char *file, int line)
{
  (void) reason;
  (void) file;
  (void) line;
}

static void
ig_enter (void)
{
  g_mutex_lock (&ig_lock);
  ig_reason[0] = '\0';
  ig_errno = IGRAPH_SUCCESS;
  ig_saved_error = igraph_set_error_handler (nrp_ig_error_handler);
  ig_saved_warning = igraph_set_warning_handler (nrp_ig_warning_handler);
#ifdef _OPENMP
  /* Debian's igraph is built with OpenMP, and PRPACK (PageRank) sums in
   * parallel regions whose order of addition depends on the scheduling:
   * the last digits changed from run to run. One OpenMP thread for the
   * calling thread while it is inside igraph gives the same bits every
   * time; the host's own setting is put back on leaving. */
  ig_saved_threads = omp_get_max_threads ();
  omp_set_num_threads (1);
#endif
}

static void
ig_leave (void)
{
#ifdef _OPENMP
  omp_set_num_threads (ig_saved_threads);
#endif
  igraph_set_error_handler (ig_saved_error);
  igraph_set_warning_handler (ig_saved_warning);
  g_mutex_unlock (&ig_lock);
}

/* Called with the lock held, after a call failed. */
static void
ig_set_error (GError **error, const char *what, igraph_error_t code)
{
  nrp_set_error_at (error, NRP_ERROR_COMPUTE, NULL, 0, 0, "%s failed: %s (%s)", what,
                    igraph_strerror (code), ig_reason[0] ? ig_reason : "no detail");
}

/* Builds a graph; returns FALSE (error set) on failure. */
static gboolean
ig_build (igraph_t *g, guint n, const guint32 *edges, gsize m, gboolean directed,
          GError **error)
{
  igraph_vector_int_t ev;
  igraph_error_t rc;

  rc = igraph_vector_int_init (&ev, (igraph_integer_t) (2 * m));
  if (rc != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating the edge list", rc);
      return FALSE;
    }
  for (gsize k = 0; k < 2 * m; k++)
    VECTOR (ev)[k] = (igraph_integer_t) edges[k];
  rc = igraph_create (g, &ev, (igraph_integer_t) n, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy (&ev);
  if (rc != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "building the graph", rc);
      return FALSE;
    }
  return TRUE;
}

/* Copies @n doubles into a new igraph vector; FALSE (error set) on failure. */
static gboolean
ig_vector_from (igraph_vector_t *v, const double *x, gsize n, GError **error)
{
  igraph_error_t rc = igraph_vector_init (v, (igraph_integer_t) n);
  if (rc != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    VECTOR (*v)[i] = x[i];
  return TRUE;
}

gboolean
nrp_ig_eigenvector_pagerank (guint n, const guint32 *arcs, gsize m, gboolean directed,
                             const double *weights, double *eigenvector, double *pagerank,
                             GError **error)
{
  igraph_t g;
  igraph_vector_t w, ev, pr;
  igraph_real_t value;
  igraph_arpack_options_t options;
  igraph_error_t rc;
  gboolean ok = FALSE, have_w = FALSE;

  if (n == 0)
    return TRUE;
  ig_enter ();
  if (!ig_build (&g, n, arcs, m, directed, error))
    goto out;
  if (weights != NULL && !(have_w = ig_vector_from (&w, weights, m, error)))
    goto out_graph;
  if ((rc = igraph_vector_init (&ev, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      goto out_w;
    }
  if ((rc = igraph_vector_init (&pr, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_vector_destroy (&ev);
      goto out_w;
    }
  igraph_arpack_options_init (&options);
  /* igraph 0.10.2 perturbs the directed eigenvector's start vector with its
   * global generator: a fixed seed keeps the scores independent of what ran
   * before in the process (found by the Python tests, which compute reports
   * after other work in one process). */
  igraph_rng_seed (igraph_rng_default (), 20140101);
  if (m == 0)
    {
      /* No tie: every eigenvector score is 1 after scaling (igraph's
       * convention), and PageRank is uniform. */
      for (guint i = 0; i < n; i++)
        {
          eigenvector[i] = 1.0;
          pagerank[i] = 1.0 / n;
        }
      ok = TRUE;
    }
  else if ((rc = igraph_eigenvector_centrality (&g, &ev, &value, directed, TRUE,
                                                have_w ? &w : NULL, &options))
           != IGRAPH_SUCCESS)
    ig_set_error (error, "computing eigenvector centrality", rc);
  else if ((rc = igraph_pagerank (&g, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value, igraph_vss_all (),
                                  directed, 0.85, have_w ? &w : NULL, NULL))
           != IGRAPH_SUCCESS)
    ig_set_error (error, "computing PageRank", rc);
  else
    {
      for (guint i = 0; i < n; i++)
        {
          eigenvector[i] = VECTOR (ev)[i];
          pagerank[i] = VECTOR (pr)[i];
        }
      ok = TRUE;
    }
  igraph_vector_destroy (&pr);
  igraph_vector_destroy (&ev);
out_w:
  if (have_w)
    igraph_vector_destroy (&w);
out_graph:
  igraph_destroy (&g);
out:
  ig_leave ();
  return ok;
}

gboolean
nrp_ig_bridges_articulation (guint n, const guint32 *edges, gsize m, guint **bridges,
                             guint *n_bridges, guint8 *articulation, GError **error)
{
  igraph_t g;
  igraph_vector_int_t br, ap;
  igraph_error_t rc;
  gboolean ok = FALSE;

  *bridges = NULL;
  *n_bridges = 0;
  ig_enter ();
  if (!ig_build (&g, n, edges, m, FALSE, error))
    goto out;
  if ((rc = igraph_vector_int_init (&br, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_destroy (&g);
      goto out;
    }
  if ((rc = igraph_vector_int_init (&ap, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_vector_int_destroy (&br);
      igraph_destroy (&g);
      goto out;
    }
  if ((rc = igraph_bridges (&g, &br)) != IGRAPH_SUCCESS)
    ig_set_error (error, "finding bridges", rc);
  else if ((rc = igraph_articulation_points (&g, &ap)) != IGRAPH_SUCCESS)
    ig_set_error (error, "finding articulation points", rc);
  else
    {
      *n_bridges = (guint) igraph_vector_int_size (&br);
      *bridges = g_new (guint, MAX (*n_bridges, 1));
      for (guint k = 0; k < *n_bridges; k++)
        (*bridges)[k] = (guint) VECTOR (br)[k];
      memset (articulation, 0, n);
      for (igraph_integer_t k = 0; k < igraph_vector_int_size (&ap); k++)
        articulation[VECTOR (ap)[k]] = 1;
      ok = TRUE;
    }
  igraph_vector_int_destroy (&ap);
  igraph_vector_int_destroy (&br);
  igraph_destroy (&g);
out:
  ig_leave ();
  return ok;
}

/* Renumbers @v (n entries) 0, 1, ... in order of first appearance. */
static void
renumber (const igraph_vector_int_t *v, gint *out, guint n)
{
  g_autoptr (GHashTable) ids = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint i = 0; i < n; i++)
    {
      gpointer key = GINT_TO_POINTER ((gint) VECTOR (*v)[i] + 1);
      gpointer found = g_hash_table_lookup (ids, key);
      if (found == NULL)
        {
          found = GINT_TO_POINTER (g_hash_table_size (ids) + 1);
          g_hash_table_insert (ids, key, found);
        }
      out[i] = GPOINTER_TO_INT (found) - 1;
    }
}

gboolean
nrp_ig_communities (guint n, const guint32 *edges, gsize m, const double *weights,
                    const gint *sector, guint64 seed, guint iterations, gint *leiden,
                    gint *multilevel, double *modularity, double *nmi, GError **error)
{
  igraph_t g;
  igraph_vector_t w, strength, levels_q;
  igraph_vector_int_t memb, sec;
  igraph_integer_t nb = 0;
  igraph_real_t quality = 0, total = 0, q = 0, x = 0;
  igraph_error_t rc = IGRAPH_SUCCESS;
  gboolean ok = FALSE;
  g_autofree double *ones = NULL;

  ig_enter ();
  if (!ig_build (&g, n, edges, m, FALSE, error))
    goto out;
  if (weights == NULL)
    {
      ones = g_new (double, MAX (m, 1));
      for (gsize e = 0; e < m; e++)
        ones[e] = 1.0;
      weights = ones;
    }
  if (!ig_vector_from (&w, weights, m, error))
    goto out_graph;
  /* Each init can fail on memory; only what was made is destroyed. */
  if ((rc = igraph_vector_init (&strength, 0)) != IGRAPH_SUCCESS)
    goto out_w;
  if ((rc = igraph_vector_init (&levels_q, 0)) != IGRAPH_SUCCESS)
    goto out_strength;
  if ((rc = igraph_vector_int_init (&memb, 0)) != IGRAPH_SUCCESS)
    goto out_levels;
  if ((rc = igraph_vector_int_init (&sec, n)) != IGRAPH_SUCCESS)
    goto out_memb;
  for (guint i = 0; i < n; i++)
    VECTOR (sec)[i] = sector[i];
  for (gsize e = 0; e < m; e++)
    total += weights[e];
  igraph_rng_seed (igraph_rng_default (), (igraph_uint_t) seed);

  for (guint method = 0; method < 2; method++)
    {
      gint *out = method == 0 ? leiden : multilevel;
      if (method == 0)
        {
          if ((rc = igraph_strength (&g, &strength, igraph_vss_all (), IGRAPH_ALL, 0, &w))
              != IGRAPH_SUCCESS)
            break;
          rc = igraph_community_leiden (&g, &w, &strength, 1.0 / (2.0 * total), 0.01, 0,
                                        (igraph_integer_t) iterations, &memb, &nb, &quality);
        }
      else
        rc = igraph_community_multilevel (&g, &w, 1.0, &memb, NULL, &levels_q);
      if (rc != IGRAPH_SUCCESS)
        break;
      renumber (&memb, out, n);
      for (guint i = 0; i < n; i++)
        VECTOR (memb)[i] = out[i];
      if ((rc = igraph_modularity (&g, &memb, &w, 1.0, 0, &q)) != IGRAPH_SUCCESS)
        break;
      modularity[method] = isfinite (q) ? q : NAN;
      if ((rc = igraph_compare_communities (&memb, &sec, &x, IGRAPH_COMMCMP_NMI))
          != IGRAPH_SUCCESS)
        break;
      nmi[method] = x;
    }
  if (rc != IGRAPH_SUCCESS)
    ig_set_error (error, "finding communities", rc);
  else
    ok = TRUE;
  igraph_vector_int_destroy (&sec);
out_memb:
  igraph_vector_int_destroy (&memb);
out_levels:
  igraph_vector_destroy (&levels_q);
out_strength:
  igraph_vector_destroy (&strength);
out_w:
  if (rc != IGRAPH_SUCCESS && !ok && error != NULL && *error == NULL)
    ig_set_error (error, "allocating", rc);
  igraph_vector_destroy (&w);
out_graph:
  igraph_destroy (&g);
out:
  ig_leave ();
  return ok;
}

gboolean
nrp_ig_layout (guint n, const guint32 *edges, gsize m, guint64 seed, double *xy, GError **error)
{
  igraph_t g;
  igraph_matrix_t res;
  igraph_error_t rc;
  gboolean ok = FALSE;

  ig_enter ();
  if (!ig_build (&g, n, edges, m, FALSE, error))
    goto out;
  if ((rc = igraph_matrix_init (&res, 0, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_destroy (&g);
      goto out;
    }
  igraph_rng_seed (igraph_rng_default (), (igraph_uint_t) seed);
  rc = igraph_layout_fruchterman_reingold (&g, &res, FALSE, 500, sqrt ((double) MAX (n, 1)) / 10,
                                           IGRAPH_LAYOUT_AUTOGRID, NULL, NULL, NULL, NULL, NULL);
  if (rc != IGRAPH_SUCCESS)
    ig_set_error (error, "computing the layout", rc);
  else
    {
      for (guint v = 0; v < n; v++)
        {
          xy[2 * v] = MATRIX (res, v, 0);
          xy[2 * v + 1] = MATRIX (res, v, 1);
        }
      ok = TRUE;
    }
  igraph_matrix_destroy (&res);
  igraph_destroy (&g);
out:
  ig_leave ();
  return ok;
}
