/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-kernels.c: nrpnet's own whole-graph kernels (lib/measures/kernels.c)
 * against igraph 0.10.2's functions, which they replace, on random graphs
 * of every density, directed and undirected: the same bits, not just close.
 * igraph is the independent implementation here; the kernels are compiled
 * into this program, igraph linked from Debian's package.
 *
 * The shortest-path kernel's reductions (lib/measures/paths.c) are held to
 * the plain kernel on the same graph (within 1e-12) and to igraph's
 * betweenness, closeness and harmonic centrality (within 1e-9, as
 * test-centrality holds the plain kernel).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <igraph.h>

#include "cu-main.h"
#include "measures/kernels.h"
#include "measures/paths.h"

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

/* |a - b| within @tol of max(1, |b|), or both NaN. */
static gboolean
close_to (double a, double b, double tol)
{
  if (isnan (a) || isnan (b))
    return isnan (a) && isnan (b);
  return fabs (a - b) <= tol * fmax (1, fabs (b));
}

/* How many of closeness and harmonic closeness without betweenness (the
 * batched kernel then searches the distances only) differ in a bit from
 * @closeness and @harmonic. */
static guint
distances_only_differ (guint n, gboolean directed, const guint32 *arcs, gsize m,
                       const guint *sector, guint threads, const double *closeness,
                       const double *harmonic)
{
  NrpPathGraph pg;
  g_autofree double *c = g_new (double, MAX (n, 1));
  g_autofree double *h = g_new (double, MAX (n, 1));
  guint bad = 0;
  nrp_path_graph_init (&pg, n, directed, FALSE, arcs, NULL, m, sector);
  nrp_paths_compute (&pg, threads, NULL, NULL, c, h, NULL, NULL);
  nrp_path_graph_clear (&pg);
  for (guint v = 0; v < n; v++)
    bad += !same_bits (c[v], closeness[v]) || !same_bits (h[v], harmonic[v]);
  return bad;
}

/*
 * Graphs full of identical actors, the way the actor bootstrap makes them:
 * a random graph whose vertices are each copied 0 to 3 times (a copy tied
 * to the copies of its original's neighbours, never to its own original's
 * other copies), plus leaves hung on a few vertices, all of a leaf's
 * siblings in one sector or not. The reduced kernel (identical actors
 * merged) must give what the plain one does on the expanded graph, and
 * what igraph does; its distances-only search (closeness without
 * betweenness) the same closeness bits as the whole kernel.
 */
static void
test_paths_identical_actors (void)
{
  g_autoptr (GRand) rng = g_rand_new_with_seed (1999);
  guint bad_plain = 0, bad_igraph = 0, bad_distances = 0, graphs = 0, with_copies = 0;

  for (guint directed = 0; directed < 2; directed++)
    for (guint k = 0; k < 120; k++)
      {
        guint n0 = 2 + k % 30, n = 0, n_sectors = 1 + k % 3;
        double p = (k % 7 + 1) * 0.06;
        g_autofree guint32 *edges0 = NULL;
        gsize m0 = random_graph (rng, n0, p, directed, &edges0), m = 0;
        g_autofree guint *copies = g_new (guint, n0);
        g_autofree guint *first = g_new (guint, n0 + 1);
        GArray *arcs = g_array_new (FALSE, FALSE, sizeof (guint32));
        GArray *sector = g_array_new (FALSE, FALSE, sizeof (guint));
        double *out[2][4];
        NrpPathGraph pg;
        igraph_t g;
        igraph_vector_t b, c, h;
        gboolean copied = FALSE;

        for (guint i = 0; i < n0; i++)
          {
            guint sec = (guint) g_rand_int_range (rng, 0, (gint) n_sectors);
            copies[i] = (guint) g_rand_int_range (rng, 0, 4);
            copied |= copies[i] > 1;
            first[i] = n;
            for (guint c2 = 0; c2 < copies[i]; c2++)
              g_array_append_val (sector, sec);
            n += copies[i];
          }
        first[n0] = n;
        for (gsize e = 0; e < m0; e++)
          for (guint a = first[edges0[2 * e]]; a < first[edges0[2 * e] + 1]; a++)
            for (guint t = first[edges0[2 * e + 1]]; t < first[edges0[2 * e + 1] + 1]; t++)
              {
                g_array_append_val (arcs, a);
                g_array_append_val (arcs, t);
                m++;
              }
        /* Leaves: up to 4 on each of two vertices, in one sector or two. */
        for (guint hub = 0; hub < 2 && n > 0; hub++)
          {
            guint32 hv = (guint32) g_rand_int_range (rng, 0, (gint) n);
            guint leaves = (guint) g_rand_int_range (rng, 0, 5);
            for (guint l = 0; l < leaves; l++)
              {
                guint32 leaf = n++;
                guint sec = (k % 2 == 0) ? 0 : l % 2;
                g_array_append_val (sector, sec);
                g_array_append_val (arcs, leaf);
                g_array_append_val (arcs, hv);
                m++;
                if (directed && l % 2 == 0)
                  {
                    g_array_append_val (arcs, hv);
                    g_array_append_val (arcs, leaf);
                    m++;
                  }
                copied |= leaves > 1;
              }
          }
        with_copies += copied;
        for (guint r = 0; r < 2; r++)
          {
            for (guint q = 0; q < 4; q++)
              out[r][q] = g_new (double, MAX (n, 1));
            nrp_path_graph_init (&pg, n, directed, FALSE, (const guint32 *) (void *) arcs->data,
                                 NULL, m, (const guint *) (void *) sector->data);
            pg.plain = r == 1;
            nrp_paths_compute (&pg, 1 + k % 3, out[r][0], out[r][1], out[r][2], out[r][3],
                               NULL, NULL);
            nrp_path_graph_clear (&pg);
          }
        ig_graph (&g, n, (const guint32 *) (void *) arcs->data, m, directed);
        igraph_vector_init (&b, 0);
        igraph_vector_init (&c, 0);
        igraph_vector_init (&h, 0);
        igraph_betweenness (&g, &b, igraph_vss_all (), directed, NULL);
        igraph_closeness (&g, &c, NULL, NULL, igraph_vss_all (), IGRAPH_OUT, NULL, TRUE);
        igraph_harmonic_centrality (&g, &h, igraph_vss_all (), IGRAPH_OUT, NULL, FALSE);
        for (guint v = 0; v < n; v++)
          {
            for (guint q = 0; q < 4; q++)
              bad_plain += !close_to (out[0][q][v], out[1][q][v], 1e-12);
            bad_igraph += !close_to (out[0][0][v], VECTOR (b)[v], 1e-9);
            bad_igraph += !close_to (out[0][2][v], VECTOR (c)[v], 1e-9);
            bad_igraph += !close_to (out[0][3][v], VECTOR (h)[v], 1e-9);
          }
        bad_distances += distances_only_differ (n, directed, (const guint32 *) (void *) arcs->data,
                                                m, (const guint *) (void *) sector->data,
                                                1 + k % 3, out[0][2], out[0][3]);
        graphs++;
        igraph_vector_destroy (&b);
        igraph_vector_destroy (&c);
        igraph_vector_destroy (&h);
        igraph_destroy (&g);
        for (guint r = 0; r < 2; r++)
          for (guint q = 0; q < 4; q++)
            g_free (out[r][q]);
        g_array_free (arcs, TRUE);
        g_array_free (sector, TRUE);
      }
  CU_ASSERT_EQUAL (graphs, 240);
  CU_ASSERT (with_copies > 150);
  CU_ASSERT_EQUAL (bad_plain, 0);
  CU_ASSERT_EQUAL (bad_igraph, 0);
  CU_ASSERT_EQUAL (bad_distances, 0);
}

static gboolean
same_array (const double *a, const double *b, guint n)
{
  for (guint i = 0; i < n; i++)
    if (!same_bits (a[i], b[i]))
      return FALSE;
  return TRUE;
}

/* The four measures of the kernel on a graph, @plain or not, at @threads. */
static void
run_paths (guint n, gboolean directed, const guint32 *arcs, gsize m, const guint *sector,
           gboolean plain, guint threads, double *out[4])
{
  NrpPathGraph pg;
  for (guint q = 0; q < 4; q++)
    out[q] = g_new (double, MAX (n, 1));
  nrp_path_graph_init (&pg, n, directed, FALSE, arcs, NULL, m, sector);
  pg.plain = plain;
  nrp_paths_compute (&pg, threads, out[0], out[1], out[2], out[3], NULL, NULL);
  nrp_path_graph_clear (&pg);
}

/*
 * The batched kernel on graphs of many batches (64 sources each, the last
 * one short): random graphs from 65 to 700 vertices, sparse (many
 * components, long paths) to dense, directed and undirected, each vertex in
 * one of four sectors. Each of the four measures must be within 1e-12 of
 * the plain kernel's; the same bits at 1, 2 and 3 threads; the same bits
 * from the portable build as from the POPCNT one; the same closeness and
 * harmonic bits when they are asked for alone (the distances-only search);
 * and betweenness and closeness within 1e-9 of igraph's.
 */
static void
test_paths_batched (void)
{
  static const guint sizes[] = { 65, 127, 128, 130, 300, 700 };
  static const double degrees[] = { 0.8, 1.5, 4, 12 };
  g_autoptr (GRand) rng = g_rand_new_with_seed (2016);
  guint bad_plain = 0, bad_threads = 0, bad_portable = 0, bad_igraph = 0, bad_distances = 0;
  guint graphs = 0;

  for (guint directed = 0; directed < 2; directed++)
    for (guint si = 0; si < G_N_ELEMENTS (sizes); si++)
      for (guint di = 0; di < G_N_ELEMENTS (degrees); di++)
        {
          guint n = sizes[si];
          g_autofree guint32 *arcs = NULL;
          g_autofree guint *sector = g_new (guint, n);
          gsize m = random_graph (rng, n, degrees[di] / n, directed, &arcs);
          double *plain[4], *fast[4], *other[4];
          igraph_t g;
          igraph_vector_t b, c;

          for (guint i = 0; i < n; i++)
            sector[i] = (guint) g_rand_int_range (rng, 0, 4);
          run_paths (n, directed, arcs, m, sector, TRUE, 1, plain);
          run_paths (n, directed, arcs, m, sector, FALSE, 1, fast);
          for (guint v = 0; v < n; v++)
            for (guint q = 0; q < 4; q++)
              bad_plain += !close_to (fast[q][v], plain[q][v], 1e-12);
          for (guint t = 2; t <= 3; t++)
            {
              run_paths (n, directed, arcs, m, sector, FALSE, t, other);
              for (guint q = 0; q < 4; q++)
                {
                  bad_threads += !same_array (fast[q], other[q], n);
                  g_free (other[q]);
                }
            }
          bad_distances += distances_only_differ (n, directed, arcs, m, sector, 1 + di % 3,
                                                  fast[2], fast[3]);
          nrp_paths_portable = TRUE;
          run_paths (n, directed, arcs, m, sector, FALSE, 2, other);
          nrp_paths_portable = FALSE;
          for (guint q = 0; q < 4; q++)
            {
              bad_portable += !same_array (fast[q], other[q], n);
              g_free (other[q]);
            }
          ig_graph (&g, n, arcs, m, directed);
          igraph_vector_init (&b, 0);
          igraph_vector_init (&c, 0);
          igraph_betweenness (&g, &b, igraph_vss_all (), directed, NULL);
          igraph_closeness (&g, &c, NULL, NULL, igraph_vss_all (), IGRAPH_OUT, NULL, TRUE);
          for (guint v = 0; v < n; v++)
            {
              bad_igraph += !close_to (fast[0][v], VECTOR (b)[v], 1e-9);
              bad_igraph += !close_to (fast[2][v], VECTOR (c)[v], 1e-9);
            }
          igraph_vector_destroy (&b);
          igraph_vector_destroy (&c);
          igraph_destroy (&g);
          for (guint q = 0; q < 4; q++)
            {
              g_free (plain[q]);
              g_free (fast[q]);
            }
          graphs++;
        }
  CU_ASSERT_EQUAL (graphs, 48);
  CU_ASSERT_EQUAL (bad_plain, 0);
  CU_ASSERT_EQUAL (bad_threads, 0);
  CU_ASSERT_EQUAL (bad_portable, 0);
  CU_ASSERT_EQUAL (bad_igraph, 0);
  CU_ASSERT_EQUAL (bad_distances, 0);
}

static const NrpTest tests[] = {
  { "components and transitivity equal igraph's bits", test_components_transitivity },
  { "assortativity and modularity equal igraph's bits", test_assortativity_modularity },
  { "centralization maxima equal igraph's", test_tmax },
  { "paths: identical actors merged give the plain kernel's and igraph's values",
    test_paths_identical_actors },
  { "paths: batches of sources give the plain kernel's values, the same bits at any thread count",
    test_paths_batched },
};

NRP_TEST_MAIN ("kernels", tests)
