/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-centrality.c: centralities (lib/measures/centrality.c) and nrpnet's own
 * shortest-path kernel (lib/measures/paths.c).
 *
 *  - hand-derived fixtures;
 *  - the shared data sets and 50 random typed networks, unweighted and
 *    weighted, against tests/oracle/centrality_oracle.py (NetworkX with
 *    exact fractional path lengths), to 1e-9;
 *  - the kernel's betweenness and closeness against igraph's own
 *    igraph_betweenness and igraph_closeness, called here directly, on the
 *    first wave of the bundled sample study (5,318 actors) and on the random
 *    networks, to 1e-9, with one and with two threads (make bench does the
 *    same on a network of 10,000 actors); Freeman centralization against
 *    igraph_centralization_degree, _betweenness and _closeness;
 *  - sampled betweenness (lib/measures/sampled.c): each actor's count of
 *    sampled paths is Binomial(r, b) for b its exact normalised
 *    betweenness, so every estimate must lie within 5 binomial standard
 *    deviations of the exact value (a biased path draw fails this) on the
 *    data sets, directed and undirected; Riondato and Kornaropoulos's
 *    bound epsilon n (n - 1) holds on the sample's first wave (5,318
 *    actors) and a random network of 10,000; the same at 1 and 3 threads;
 *    the sample size formula by hand.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <igraph.h>
#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/*
 * The path a - b - c - d (undirected), sectors x x y y, weights 1 1 2.
 * Unweighted betweenness: b lies on a-c, a-d: 2; c on a-d, b-d: 2.
 * Cross-sector pairs: a-c, a-d, b-c, b-d. b is inside a-c and a-d: 2;
 * c inside a-d and b-d: 2.
 * Closeness of a: reaches 3 at distances 1 2 3: 3/6 = 0.5; of b: 1 1 2:
 * 3/4. Harmonic of a: 1 + 1/2 + 1/3 = 11/6.
 * Weighted (length 1/w): a-b 1, b-c 1, c-d 0.5. Closeness of a: distances
 * 1, 2, 2.5: 3/5.5. Strength of c: 1 + 2 = 3 (always the weight sum).
 * Centralization (igraph, Freeman): degree: max 2, sum (2 - d) = 1 + 0 +
 * 0 + 1 = 2, over the star maximum (n-1)(n-2) = 6: 1/3.
 */
static void
test_hand_derived_path (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\na,x\nb,x\nc,y\nd,y\n",
                                          "source,target,wave,weight\na,b,1,1\nb,c,1,1\n"
                                          "c,d,1,2\n",
                                          FALSE);
  g_autoptr (NrpCentrality) u = NULL, w = NULL;
  const double *b, *x, *clo, *h;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  u = nrp_centrality_compute (net, FALSE, 2, NULL);
  w = nrp_centrality_compute (net, TRUE, 1, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (u);
  CU_ASSERT_PTR_NOT_NULL_FATAL (w);
  b = nrp_centrality_get (u, 1, NRP_CENTRALITY_BETWEENNESS);
  x = nrp_centrality_get (u, 1, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS);
  clo = nrp_centrality_get (u, 1, NRP_CENTRALITY_CLOSENESS);
  h = nrp_centrality_get (u, 1, NRP_CENTRALITY_HARMONIC);
  CU_ASSERT_DOUBLE_EQUAL (b[0], 0.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (b[1], 2.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (b[2], 2.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (x[1], 2.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (x[2], 2.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (clo[0], 0.5, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (clo[1], 0.75, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (h[0], 11.0 / 6.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (w, 1, NRP_CENTRALITY_CLOSENESS)[0], 3.0 / 5.5,
                          1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (u, 1, NRP_CENTRALITY_STRENGTH)[2], 3.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (u, 1, NRP_CENTRALITY_DEGREE)[2], 2.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get_wave (u, 1)->centralization_degree, 1.0 / 3.0,
                          1e-15);
  /* PageRank sums to 1. */
  {
    const double *pr = nrp_centrality_get (u, 1, NRP_CENTRALITY_PAGERANK);
    CU_ASSERT_DOUBLE_EQUAL (pr[0] + pr[1] + pr[2] + pr[3], 1.0, 1e-12);
  }
}

/*
 * Undirected cross-sector betweenness counts each unordered pair once: the
 * star with centre h (sector y) and leaves l1 l2 (x) and m (z). Pairs through
 * h: l1-l2 (same sector: not counted), l1-m, l2-m: 2. (igraph's subset
 * betweenness and NetworkX's betweenness_centrality_subset give 1.)
 */
static void
test_cross_sector_counts_each_pair_once (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\nh,y\nl1,x\nl2,x\nm,z\n",
                                          "source,target,wave\nh,l1,1\nh,l2,1\nh,m,1\n", FALSE);
  g_autoptr (NrpCentrality) c = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  c = nrp_centrality_compute (net, FALSE, 2, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_BETWEENNESS)[0], 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (
    nrp_centrality_get (c, 1, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS)[0], 2.0, 1e-15);
}

/* Directed: a -> b -> c; b is on a->c only. Closeness goes outwards:
 * a reaches b (1), c (2): 2/3; c reaches nobody: NaN, harmonic 0. */
static void
test_directed_paths_go_outwards (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\na,x\nb,y\nc,x\n",
                                          "source,target,wave\na,b,1\nb,c,1\n", TRUE);
  g_autoptr (NrpCentrality) c = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  c = nrp_centrality_compute (net, FALSE, 1, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_BETWEENNESS)[1], 1.0, 0.0);
  /* a and c share sector x: no cross-sector path through b. */
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS)[1],
                          0.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_CLOSENESS)[0], 2.0 / 3.0,
                          1e-15);
  CU_ASSERT_TRUE (isnan (nrp_centrality_get (c, 1, NRP_CENTRALITY_CLOSENESS)[2]));
  CU_ASSERT_DOUBLE_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_HARMONIC)[2], 0.0, 0.0);
}

/* ---- NetworkX oracle ------------------------------------------------------- */

/* TRUE when the actors present at @wave are all of one sector. */
static gboolean
one_sector (const NrpNetwork *net, guint wave)
{
  gint first = -1;
  for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
    if (nrp_network_get_actor_present (net, i, wave))
      {
        gint s = (gint) nrp_network_get_actor_sector (net, i);
        if (first >= 0 && s != first)
          return FALSE;
        first = s;
      }
  return TRUE;
}

static void
test_centralities_match_networkx (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/centrality.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  NrpCentrality *c[2] = { NULL, NULL };
  g_autofree char *current = NULL;
  static const NrpCentralityMeasure cols[] = {
    NRP_CENTRALITY_STRENGTH, NRP_CENTRALITY_BETWEENNESS, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS,
    NRP_CENTRALITY_CLOSENESS, NRP_CENTRALITY_HARMONIC, NRP_CENTRALITY_EIGENVECTOR,
    NRP_CENTRALITY_PAGERANK,
  };
  guint eigen_checked = 0, mismatches = 0;

  CU_ASSERT_FATAL (rows->len >= 6000);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      guint wave, weighted;
      gint v;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 11);
      if (current == NULL || strcmp (current, f[0]) != 0)
        {
          g_clear_pointer (&c[0], nrp_centrality_free);
          g_clear_pointer (&c[1], nrp_centrality_free);
          g_clear_pointer (&net, nrp_network_free);
          g_free (current);
          current = g_strdup (f[0]);
          net = load_dataset (f[0]);
          CU_ASSERT_PTR_NOT_NULL_FATAL (net);
          c[0] = nrp_centrality_compute (net, FALSE, 2, NULL);
          c[1] = nrp_centrality_compute (net, TRUE, 2, NULL);
          CU_ASSERT_FATAL (c[0] != NULL && c[1] != NULL);
        }
      wave = (guint) g_ascii_strtoull (f[1], NULL, 10);
      weighted = (guint) g_ascii_strtoull (f[2], NULL, 10);
      v = nrp_network_find_actor (net, f[3]);
      CU_ASSERT_FATAL (v >= 0 && weighted <= 1);
      for (guint k = 0; k < G_N_ELEMENTS (cols); k++)
        {
          double got = nrp_centrality_get (c[weighted], wave, cols[k])[v];
          double want;
          if (strcmp (f[4 + k], "-") == 0)
            continue;
          want = num (f[4 + k]);
          /* NetworkX gives 0 cross-sector betweenness on a wave with one
           * sector; nrpnet says it is undefined there (no pair crosses). */
          if (cols[k] == NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS && one_sector (net, wave))
            want = NAN;
          if (cols[k] == NRP_CENTRALITY_EIGENVECTOR)
            eigen_checked++;
          NRP_ASSERT_CLOSE (got, want, 1e-9);
          if (!((isnan (got) && isnan (want)) || fabs (got - want) <= 1e-9 * fmax (1, fabs (want))))
            if (mismatches++ < 10)
              fprintf (stderr, "\n%s wave %u %s %s %s: %.17g, NetworkX %s", f[0], wave,
                       weighted ? "weighted" : "unweighted", f[3],
                       nrp_centrality_measure_name (cols[k]), got, f[4 + k]);
        }
    }
  CU_ASSERT (eigen_checked > 500);
  g_clear_pointer (&c[0], nrp_centrality_free);
  g_clear_pointer (&c[1], nrp_centrality_free);
}

/* ---- igraph, called directly -------------------------------------------- */

/* Builds igraph's graph of @wave over the actors present (dyad weights summed). */
static void
igraph_of (const NrpNetwork *net, guint wave, igraph_t *g, igraph_vector_t *len, guint *vertex)
{
  igraph_vector_int_t ev;
  guint n = 0, prev_s = G_MAXUINT, prev_t = G_MAXUINT;
  igraph_vector_int_init (&ev, 0);
  igraph_vector_init (len, 0);
  for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
    vertex[i] = nrp_network_get_actor_present (net, i, wave) ? n++ : G_MAXUINT;
  for (guint k = 0; k < nrp_network_get_n_ties (net, wave); k++)
    {
      guint s, t;
      double w;
      nrp_network_get_tie (net, wave, k, &s, &t, &w, NULL);
      if (s == prev_s && t == prev_t)
        {
          /* Another relation type on the same dyad: weights add up. */
          igraph_integer_t last = igraph_vector_size (len) - 1;
          VECTOR (*len)[last] = 1.0 / (1.0 / VECTOR (*len)[last] + w);
          continue;
        }
      igraph_vector_int_push_back (&ev, vertex[s]);
      igraph_vector_int_push_back (&ev, vertex[t]);
      igraph_vector_push_back (len, 1.0 / w);
      prev_s = s;
      prev_t = t;
    }
  igraph_create (g, &ev, n, nrp_network_is_directed (net));
  igraph_vector_int_destroy (&ev);
}

static void
compare_with_igraph (const NrpNetwork *net, const char *what, guint last_wave)
{
  guint n_all = nrp_network_get_n_actors (net);
  g_autofree guint *vertex = g_new (guint, n_all);
  guint mismatches = 0;

  for (guint weighted = 0; weighted <= 1; weighted++)
    {
      g_autoptr (NrpCentrality) one = nrp_centrality_compute (net, weighted, 1, NULL);
      g_autoptr (NrpCentrality) two = nrp_centrality_compute (net, weighted, 2, NULL);
      CU_ASSERT_FATAL (one != NULL && two != NULL);
      for (guint w = 1; w <= MIN (last_wave, nrp_network_get_n_waves (net)); w++)
        {
          igraph_t g;
          igraph_vector_t len, b, c;
          const double *b1 = nrp_centrality_get (one, w, NRP_CENTRALITY_BETWEENNESS);
          const double *b2 = nrp_centrality_get (two, w, NRP_CENTRALITY_BETWEENNESS);
          const double *c2 = nrp_centrality_get (two, w, NRP_CENTRALITY_CLOSENESS);
          igraph_of (net, w, &g, &len, vertex);
          igraph_vector_init (&b, 0);
          igraph_vector_init (&c, 0);
          igraph_betweenness (&g, &b, igraph_vss_all (), nrp_network_is_directed (net),
                              weighted ? &len : NULL);
          igraph_closeness (&g, &c, NULL, NULL, igraph_vss_all (), IGRAPH_OUT,
                            weighted ? &len : NULL, TRUE);
          for (guint i = 0; i < n_all; i++)
            {
              double ib, ic;
              if (vertex[i] == G_MAXUINT)
                continue;
              ib = VECTOR (b)[vertex[i]];
              ic = VECTOR (c)[vertex[i]];
              NRP_ASSERT_CLOSE (b1[i], ib, 1e-9);
              NRP_ASSERT_CLOSE (b2[i], ib, 1e-9);
              NRP_ASSERT_CLOSE (c2[i], ic, 1e-9);
              if (fabs (b2[i] - ib) > 1e-9 * fmax (1, fabs (ib)) && mismatches++ < 5)
                fprintf (stderr, "\n%s wave %u %s actor %u: %.17g, igraph %.17g", what, w,
                         weighted ? "weighted" : "unweighted", i, b2[i], ib);
            }
          /* Freeman centralization, unweighted in both modes, against
           * igraph's own (NaN where a closeness is undefined). */
          {
            igraph_real_t cd, cb, cc, tmax;
            const NrpCentralityWave *cw = nrp_centrality_get_wave (two, w);
            igraph_integer_t nv = igraph_vcount (&g);
            igraph_centralization_degree (&g, NULL, IGRAPH_ALL, 0, &cd, &tmax, 1);
            igraph_centralization_betweenness (&g, NULL, nrp_network_is_directed (net), &cb,
                                               &tmax, 1);
            igraph_centralization_closeness (&g, NULL, IGRAPH_OUT, &cc, &tmax, 1);
            if (nv >= 3)
              {
                NRP_ASSERT_CLOSE (cw->centralization_degree, cd, 1e-9);
                NRP_ASSERT_CLOSE (cw->centralization_betweenness, cb, 1e-9);
                NRP_ASSERT_CLOSE (cw->centralization_closeness, isfinite (cc) ? cc : NAN, 1e-9);
              }
          }
          igraph_vector_destroy (&c);
          igraph_vector_destroy (&b);
          igraph_vector_destroy (&len);
          igraph_destroy (&g);
        }
    }
}

static void
test_kernel_matches_igraph_on_the_sample (void)
{
  g_autoptr (NrpNetwork) net = NULL;
  /* igraph takes seconds here, minutes under valgrind: make check-valgrind
   * sets NRP_TEST_QUICK and relies on the random networks below. */
  if (g_getenv ("NRP_TEST_QUICK") != NULL)
    {
      fprintf (stderr, " (skipped: NRP_TEST_QUICK) ");
      return;
    }
  net = nrp_network_load_sample (NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  compare_with_igraph (net, "sample", 1);
}

static void
test_kernel_matches_igraph_on_random_networks (void)
{
  for (guint k = 0; k < 50; k++)
    {
      g_autofree char *name = g_strdup_printf ("random_r%02u", k);
      g_autoptr (NrpNetwork) net = load_dataset (name);
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      compare_with_igraph (net, name, G_MAXUINT);
    }
  {
    g_autoptr (NrpNetwork) net = load_dataset ("emon_Texas");
    CU_ASSERT_PTR_NOT_NULL_FATAL (net);
    compare_with_igraph (net, "emon_Texas", G_MAXUINT);
  }
}


/* Checks nrp_betweenness_sample() on wave @w of @net against the exact
 * betweenness: within 5 binomial sd of it for every actor (when @binomial),
 * and within epsilon n (n - 1) for every actor; returns the largest error
 * over n (n - 1). */
static double
check_sampled (const NrpNetwork *net, guint w, double epsilon, gboolean binomial,
               const char *name)
{
  guint na = nrp_network_get_n_actors (net), n = 0, r = 0;
  g_autofree double *est = g_new (double, MAX (na, 1));
  g_autoptr (NrpCentrality) c = nrp_centrality_compute (net, FALSE, 0, NULL);
  g_autoptr (GError) error = NULL;
  const double *exact;
  double pairs, worst = 0;
  guint bad = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  exact = nrp_centrality_get (c, w, NRP_CENTRALITY_BETWEENNESS);
  CU_ASSERT_TRUE_FATAL (nrp_betweenness_sample (net, w, epsilon, 0.1, 7, 0, est, &r, &error));
  for (guint i = 0; i < na; i++)
    n += !isnan (exact[i]);
  /* No sample only when no shortest path has a vertex inside it (van de
   * Bunt's first wave: reciprocated pairs alone): then every value is 0. */
  if (r == 0)
    for (guint i = 0; i < na; i++)
      CU_ASSERT (isnan (exact[i]) ? isnan (est[i]) : exact[i] == 0 && est[i] == 0);
  /* Ordered pairs the normalised betweenness divides by; the exact count
   * of an undirected network is over unordered ones. */
  pairs = (double) n * (n - 1) / (nrp_network_is_directed (net) ? 1 : 2);
  for (guint i = 0; i < na; i++)
    {
      double b, bt, sd;
      if (isnan (exact[i]))
        {
          CU_ASSERT (isnan (est[i]));
          continue;
        }
      b = exact[i] / pairs;
      bt = est[i] / pairs;
      sd = sqrt (b * (1 - b) / r);
      if (binomial && fabs (bt - b) > 5 * sd + 1.5 / r)
        bad++;
      worst = fmax (worst, fabs (est[i] - exact[i]) / ((double) n * (n - 1)));
    }
  if (bad > 0)
    fprintf (stderr, "\n%s: %u actors beyond 5 sd of the exact betweenness\n", name, bad);
  CU_ASSERT_EQUAL (bad, 0);
  CU_ASSERT (worst <= epsilon);
  return worst;
}

static void
test_sampled_betweenness (void)
{
  static const char *const sets[] = { "glasgow_s50", "kapferer_sociational", "knecht_klas12b",
                                      "vandebunt_freshmen", "random_r00", "random_r01",
                                      "random_r07" };
  g_autoptr (GError) error = NULL;
  double x[4], y[4];
  /* Under valgrind (NRP_TEST_QUICK) fewer paths: 1,500 rather than 36,000. */
  double eps = g_getenv ("NRP_TEST_QUICK") != NULL ? 0.05 : 0.01;

  /* r = ceil((0.5 / 0.01) (floor(log2(1)) + 1 + ln 10)) = ceil(50 * 3.302585) = 166. */
  CU_ASSERT_EQUAL (nrp_betweenness_sample_size (3, 0.1, 0.1), 166);
  /* VD 10: ceil(50 * (3 + 1 + ln 10)) = ceil(315.129) = 316. */
  CU_ASSERT_EQUAL (nrp_betweenness_sample_size (10, 0.1, 0.1), 316);
  CU_ASSERT_EQUAL (nrp_betweenness_sample_size (2, 0.1, 0.1), 0);

  /* a - b - c - d: b and c lie on 2 of the 6 unordered pairs' paths. */
  {
    g_autoptr (NrpNetwork) net = load_text ("id,sector\na,x\nb,x\nc,y\nd,y\n",
                                            "source,target,wave\na,b,1\nb,c,1\nc,d,1\n", FALSE);
    CU_ASSERT_PTR_NOT_NULL_FATAL (net);
    check_sampled (net, 1, eps, TRUE, "path");
    CU_ASSERT_TRUE (nrp_betweenness_sample (net, 1, 0.2, 0.1, 1, 1, x, NULL, NULL));
    CU_ASSERT_TRUE (nrp_betweenness_sample (net, 1, 0.2, 0.1, 1, 3, y, NULL, NULL));
    CU_ASSERT (memcmp (x, y, sizeof x) == 0);
    CU_ASSERT_EQUAL (x[0], 0);
    CU_ASSERT_EQUAL (x[3], 0);
    CU_ASSERT_FALSE (nrp_betweenness_sample (net, 2, 0.1, 0.1, 1, 0, x, NULL, &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
    g_clear_error (&error);
    CU_ASSERT_FALSE (nrp_betweenness_sample (net, 1, 0, 0.1, 1, 0, x, NULL, &error));
    g_clear_error (&error);
    CU_ASSERT_FALSE (nrp_betweenness_sample (net, 1, 0.1, 1, 1, 0, x, NULL, &error));
    g_clear_error (&error);
    /* epsilon 1e-5: (0.5 / 1e-10) (0 + 1 + ln 10) = 1.65e10 paths, more than
     * NRP_MAX_SAMPLES: refused, not a weaker guarantee stated as this one. */
    CU_ASSERT (nrp_betweenness_sample_size (3, 1e-5, 0.1) > NRP_MAX_SAMPLES);
    CU_ASSERT_FALSE (nrp_betweenness_sample (net, 1, 1e-5, 0.1, 1, 0, x, NULL, &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
    CU_ASSERT (error != NULL && strstr (error->message, "give a larger epsilon") != NULL);
    g_clear_error (&error);
  }
  for (guint k = 0; k < G_N_ELEMENTS (sets); k++)
    {
      g_autoptr (NrpNetwork) net = load_dataset (sets[k]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      check_sampled (net, 1, eps, TRUE, sets[k]);
      /* Threads add whole counts: the same bits at 1 and 3. */
      {
        guint na = nrp_network_get_n_actors (net);
        g_autofree double *a = g_new (double, na), *b = g_new (double, na);
        CU_ASSERT_TRUE (nrp_betweenness_sample (net, 1, 0.05, 0.1, 3, 1, a, NULL, NULL));
        CU_ASSERT_TRUE (nrp_betweenness_sample (net, 1, 0.05, 0.1, 3, 3, b, NULL, NULL));
        CU_ASSERT (memcmp (a, b, na * sizeof (double)) == 0);
      }
    }
  if (g_getenv ("NRP_TEST_QUICK") != NULL)
    {
      fprintf (stderr, " (the 5,318 and 10,000-actor checks skipped: NRP_TEST_QUICK) ");
      return;
    }
  {
    g_autoptr (NrpNetwork) net = nrp_network_load_sample (NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL (net);
    fprintf (stderr, " (sample: largest error %.2g n(n-1)) ",
             check_sampled (net, 1, 0.005, TRUE, "sample"));
  }
  {
    /* 10,000 actors, 30,000 random ties (mean degree 6), two sectors. */
    GString *a = g_string_new ("id,sector\n"), *t = g_string_new ("source,target,wave\n");
    g_autoptr (GRand) rng = g_rand_new_with_seed (14);
    g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
    g_autofree gint64 *keys = g_new (gint64, 30000);
    g_autoptr (NrpNetwork) net = NULL;
    guint m = 0;
    for (guint i = 0; i < 10000; i++)
      g_string_append_printf (a, "v%u,%s\n", i, i % 3 ? "resident" : "business");
    while (m < 30000)
      {
        guint u = g_rand_int_range (rng, 0, 10000), v = g_rand_int_range (rng, 0, 10000);
        if (u == v)
          continue;
        keys[m] = (gint64) MIN (u, v) * 10000 + MAX (u, v);
        if (g_hash_table_contains (seen, &keys[m]))
          continue;
        g_hash_table_add (seen, &keys[m]);
        g_string_append_printf (t, "v%u,v%u,1\n", u, v);
        m++;
      }
    net = load_text (a->str, t->str, FALSE);
    g_string_free (a, TRUE);
    g_string_free (t, TRUE);
    CU_ASSERT_PTR_NOT_NULL_FATAL (net);
    fprintf (stderr, " (10,000 actors: largest error %.2g n(n-1)) ",
             check_sampled (net, 1, 0.005, TRUE, "random 10000"));
  }
}

static const NrpTest tests[] = {
  { "hand-derived path", test_hand_derived_path },
  { "cross-sector betweenness counts each pair once", test_cross_sector_counts_each_pair_once },
  { "directed paths go outwards", test_directed_paths_go_outwards },
  { "centralities match NetworkX", test_centralities_match_networkx },
  { "kernel matches igraph on the sample", test_kernel_matches_igraph_on_the_sample },
  { "kernel matches igraph on random networks", test_kernel_matches_igraph_on_random_networks },
  { "sampled betweenness: binomial around the exact, within its bound",
    test_sampled_betweenness },
};

NRP_TEST_MAIN ("centrality", tests)
