/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * igraph-boundary.c: the lock, the error handler and the igraph calls.
 * See igraph-boundary.h for why this module exists.
 */
#include "config.h"

#include <math.h>

#include <igraph.h>

#include "igraph-boundary.h"
#include "nrp-private.h"

static GMutex ig_lock;
static char ig_reason[256];            /* guarded by ig_lock */
static igraph_error_t ig_errno;        /* guarded by ig_lock */
static igraph_error_handler_t *ig_saved_error;
static igraph_warning_handler_t *ig_saved_warning;

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
}

static void
ig_leave (void)
{
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

gboolean
nrp_ig_components_transitivity (guint n, const guint32 *edges, gsize m, guint *n_components,
                                guint *largest, double *transitivity, GError **error)
{
  igraph_t g;
  igraph_vector_int_t membership, csize;
  igraph_integer_t no = 0;
  igraph_real_t trans = 0;
  igraph_error_t rc;
  gboolean ok = FALSE;

  ig_enter ();
  if (!ig_build (&g, n, edges, m, FALSE, error))
    goto out;
  if ((rc = igraph_vector_int_init (&membership, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_destroy (&g);
      goto out;
    }
  if ((rc = igraph_vector_int_init (&csize, 0)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_vector_int_destroy (&membership);
      igraph_destroy (&g);
      goto out;
    }
  rc = igraph_connected_components (&g, &membership, &csize, &no, IGRAPH_WEAK);
  if (rc != IGRAPH_SUCCESS)
    ig_set_error (error, "counting components", rc);
  else
    {
      igraph_integer_t big = 0;
      for (igraph_integer_t c = 0; c < igraph_vector_int_size (&csize); c++)
        big = MAX (big, VECTOR (csize)[c]);
      *n_components = (guint) no;
      *largest = (guint) big;
      rc = igraph_transitivity_undirected (&g, &trans, IGRAPH_TRANSITIVITY_NAN);
      if (rc != IGRAPH_SUCCESS)
        ig_set_error (error, "computing transitivity", rc);
      else
        {
          *transitivity = trans;
          ok = TRUE;
        }
    }
  igraph_vector_int_destroy (&csize);
  igraph_vector_int_destroy (&membership);
  igraph_destroy (&g);
out:
  ig_leave ();
  return ok;
}

gboolean
nrp_ig_assortativity_modularity (guint n, const guint32 *edges, gsize m, gboolean directed,
                                 const gint *types, double *assortativity, double *modularity,
                                 GError **error)
{
  igraph_t g;
  igraph_vector_int_t tv;
  igraph_real_t r = 0, q = 0;
  igraph_error_t rc;
  gboolean ok = FALSE;

  *assortativity = NAN;
  *modularity = NAN;
  if (m == 0)
    return TRUE; /* both undefined without a tie */

  ig_enter ();
  if (!ig_build (&g, n, edges, m, directed, error))
    goto out;
  if ((rc = igraph_vector_int_init (&tv, (igraph_integer_t) n)) != IGRAPH_SUCCESS)
    {
      ig_set_error (error, "allocating", rc);
      igraph_destroy (&g);
      goto out;
    }
  for (guint i = 0; i < n; i++)
    VECTOR (tv)[i] = types[i];
  rc = igraph_assortativity_nominal (&g, &tv, &r, directed, TRUE);
  if (rc != IGRAPH_SUCCESS)
    ig_set_error (error, "computing nominal assortativity", rc);
  else if ((rc = igraph_modularity (&g, &tv, NULL, 1.0, directed, &q)) != IGRAPH_SUCCESS)
    ig_set_error (error, "computing modularity", rc);
  else
    {
      *assortativity = isfinite (r) ? r : NAN;
      *modularity = isfinite (q) ? q : NAN;
      ok = TRUE;
    }
  igraph_vector_int_destroy (&tv);
  igraph_destroy (&g);
out:
  ig_leave ();
  return ok;
}
