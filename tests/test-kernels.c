/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-kernels.c: nrpnet's own whole-graph kernels (lib/measures/kernels.c)
 * against igraph 0.10.2's functions, which they replace, on random graphs
 * of every density, directed and undirected: the same bits, not just close.
 * igraph is the independent implementation here; the kernels are compiled
 * into this program, igraph linked from Debian's package.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <igraph.h>

#include "cu-main.h"
#include "measures/kernels.h"

#define N_GRAPHS 400

static gboolean
same_bits (double a, double b)
{
  return (isnan (a) && isnan (b)) || memcmp (&a, &b, sizeof a) == 0;
}

/* A random simple graph on @n vertices, each pair (each ordered pair when
 * @directed) tied with probability @p; returns the edge count. */
static gsize
random_graph (GRand *rng, guint n, double p, gboolean directed, guint32 **edges)
{
  GArray *e = g_array_new (FALSE, FALSE, sizeof (guint32));
  gsize m;
  for (guint a = 0; a < n; a++)
    for (guint b = directed ? 0 : a + 1; b < n; b++)
      if (a != b && g_rand_double (rng) < p)
        {
          g_array_append_val (e, a);
          g_array_append_val (e, b);
        }
  m = e->len / 2;
  *edges = (guint32 *) (void *) g_array_free (e, FALSE);
  return m;
}

static void
ig_graph (igraph_t *g, guint n, const guint32 *edges, gsize m, gboolean directed)
{
  igraph_vector_int_t ev;
  igraph_vector_int_init (&ev, (igraph_integer_t) (2 * m));
  for (gsize k = 0; k < 2 * m; k++)
    VECTOR (ev)[k] = edges[k];
  igraph_create (g, &ev, (igraph_integer_t) n, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
  igraph_vector_int_destroy (&ev);
}

/* The size of graph @k of a series: small ones (the edge cases of 0 to 3
 * vertices included), densities from empty to complete. */
static void
graph_params (guint k, guint *n, double *p)
{
  static const double ps[] = { 0, 0.01, 0.05, 0.1, 0.3, 0.6, 0.9, 1 };
  *n = k < 40 ? k % 5 : 5 + (k * 37) % 120;
  *p = ps[k % G_N_ELEMENTS (ps)];
}

static void
test_components_transitivity (void)
{
  g_autoptr (GRand) rng = g_rand_new_with_seed (2014);
  guint mismatches = 0;
  for (guint k = 0; k < N_GRAPHS; k++)
    {
      guint n, nc, big;
      double p, mine;
      g_autofree guint32 *edges = NULL;
      gsize m;
      igraph_t g;
      igraph_vector_int_t memb, csize;
      igraph_integer_t no;
      igraph_real_t trans;

      graph_params (k, &n, &p);
      m = random_graph (rng, n, p, FALSE, &edges);
      ig_graph (&g, n, edges, m, FALSE);
      igraph_vector_int_init (&memb, 0);
      igraph_vector_int_init (&csize, 0);
      igraph_connected_components (&g, &memb, &csize, &no, IGRAPH_WEAK);
      nrp_kernel_components (n, edges, m, &nc, &big);
      CU_ASSERT_EQUAL (nc, (guint) no);
      CU_ASSERT_EQUAL (big, n > 0 ? (guint) igraph_vector_int_max (&csize) : 0);
      igraph_transitivity_undirected (&g, &trans, IGRAPH_TRANSITIVITY_NAN);
      mine = nrp_kernel_transitivity (n, edges, m);
      if (!same_bits (mine, trans))
        mismatches++;
      igraph_vector_int_destroy (&memb);
      igraph_vector_int_destroy (&csize);
      igraph_destroy (&g);
    }
  CU_ASSERT_EQUAL (mismatches, 0);
}

static void
test_assortativity_modularity (void)
{
  g_autoptr (GRand) rng = g_rand_new_with_seed (2019);
  guint mismatches = 0, compared = 0;
  for (guint directed = 0; directed < 2; directed++)
    for (guint k = 0; k < N_GRAPHS; k++)
      {
        guint n;
        double p, r, q;
        g_autofree guint32 *edges = NULL;
        g_autofree gint *types = NULL;
        gsize m;
        igraph_t g;
        igraph_vector_int_t tv;
        igraph_real_t ir = NAN, iq = NAN;

        graph_params (k, &n, &p);
        if (n == 0)
          continue;
        m = random_graph (rng, n, p, directed, &edges);
        types = g_new (gint, n);
        /* Up to 6 sectors, some of them empty. */
        for (guint i = 0; i < n; i++)
          types[i] = (gint) g_rand_int_range (rng, 0, 1 + (gint) (k % 6));
        ig_graph (&g, n, edges, m, directed);
        igraph_vector_int_init (&tv, n);
        for (guint i = 0; i < n; i++)
          VECTOR (tv)[i] = types[i];
        nrp_kernel_assortativity_modularity (n, edges, m, directed, types, &r, &q);
        if (m > 0)
          {
            igraph_assortativity_nominal (&g, &tv, &ir, directed, TRUE);
            igraph_modularity (&g, &tv, NULL, 1.0, directed, &iq);
            ir = isfinite (ir) ? ir : NAN;
            iq = isfinite (iq) ? iq : NAN;
          }
        compared++;
        if (!same_bits (r, ir) || !same_bits (q, iq))
          mismatches++;
        igraph_vector_int_destroy (&tv);
        igraph_destroy (&g);
      }
  CU_ASSERT (compared > 700);
  CU_ASSERT_EQUAL (mismatches, 0);
}

static void
test_tmax (void)
{
  for (guint directed = 0; directed < 2; directed++)
    for (guint n = 1; n <= 2000; n += (n < 20 ? 1 : 97))
      {
        igraph_t g;
        igraph_real_t d, b, c;
        double md, mb, mc;
        igraph_empty (&g, n, directed ? IGRAPH_DIRECTED : IGRAPH_UNDIRECTED);
        igraph_centralization_degree_tmax (&g, n, IGRAPH_ALL, FALSE, &d);
        igraph_centralization_betweenness_tmax (&g, n, directed, &b);
        igraph_centralization_closeness_tmax (&g, n, IGRAPH_OUT, &c);
        nrp_kernel_centralization_tmax (n, directed, &md, &mb, &mc);
        CU_ASSERT (same_bits (md, d));
        CU_ASSERT (same_bits (mb, b));
        CU_ASSERT (same_bits (mc, c));
        igraph_destroy (&g);
      }
}

static const NrpTest tests[] = {
  { "components and transitivity equal igraph's bits", test_components_transitivity },
  { "assortativity and modularity equal igraph's bits", test_assortativity_modularity },
  { "centralization maxima equal igraph's", test_tmax },
};

NRP_TEST_MAIN ("kernels", tests)
