/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-uncertainty.c: the change of whole-network measures with its
 * uncertainty, and each actor's change (lib/change/, lib/measures/registry.c).
 *
 *  - coverage: on simulated two-wave Bernoulli networks whose density goes
 *    from 0.05 to 0.08 (a known change of 0.03), the 95% actor-bootstrap
 *    interval must cover the change at least as often as 95% of the time.
 *    On such dyad-independent graphs the vertex bootstrap is conservative
 *    by a known factor: a linear (Hajek) expansion of the resampled density
 *    gives it variance 2pq/D from the actors' degrees plus pq/D from the
 *    dyads, three times the true pq/D, so the bootstrap standard deviation
 *    must be about sqrt(3) = 1.73 times the true sd(change) =
 *    sqrt((p1 q1 + p2 q2) / D); the test checks that ratio too, so an
 *    interval that was too wide or too narrow for another reason fails;
 *  - a label-permutation p-value is small where the sample's generator
 *    planted a cross-sector change and not where it did not;
 *  - the measures' values at each wave and the actors' values are those of
 *    the report (whose values the oracle suites check against NetworkX, R
 *    and igraph);
 *  - the same seed gives the same intervals, another seed other ones;
 *  - shards: the bootstrap and permutations split into 1, 2 or 3 shards (at
 *    1 or 3 threads) and merged give the same bits as one run, every
 *    replicate present once; a merge with a shard missing, another seed,
 *    other measures or other data is refused, naming the shard.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/* A two-wave undirected network of @n actors in two sectors, each dyad
 * tied independently with probability @p1 at wave 1 and @p2 at wave 2. */
static NrpNetwork *
bernoulli_pair (guint n, double p1, double p2, GRand *rng)
{
  GString *a = g_string_new ("id,sector\n"), *t = g_string_new ("source,target,wave\n");
  NrpNetwork *net;
  for (guint i = 0; i < n; i++)
    g_string_append_printf (a, "v%u,%s\n", i, i % 2 ? "resident" : "business");
  for (guint i = 0; i < n; i++)
    for (guint j = i + 1; j < n; j++)
      {
        if (i == 0 && j == 1)
          continue;  /* tied at both waves, below */
        if (g_rand_double (rng) < p1)
          g_string_append_printf (t, "v%u,v%u,1\n", i, j);
        if (g_rand_double (rng) < p2)
          g_string_append_printf (t, "v%u,v%u,2\n", i, j);
      }
  /* Both waves exist: v0 and v1 are tied at both (so the expected change
   * of density is (p2 - p1)(D - 1) / D for D dyads). */
  g_string_append (t, "v0,v1,1\nv0,v1,2\n");
  net = load_text (a->str, t->str, FALSE);
  g_string_free (a, TRUE);
  g_string_free (t, TRUE);
  return net;
}

static void
test_bootstrap_coverage (void)
{
  gboolean quick = g_getenv ("NRP_TEST_QUICK") != NULL;
  guint sims = quick ? 20 : 200, covered = 0;
  double se_sum = 0, true_sd = sqrt ((0.05 * 0.95 + 0.08 * 0.92) / 1770.0), ratio;
  g_autoptr (GRand) rng = g_rand_new_with_seed (99);
  guint density;
  double truth = 0.03 * 1769.0 / 1770.0;  /* 60 actors: 1770 dyads */
  g_assert (nrp_measure_find ("density", &density));
  for (guint s = 0; s < sims; s++)
    {
      g_autoptr (NrpNetwork) net = bernoulli_pair (60, 0.05, 0.08, rng);
      g_autoptr (NrpChangeOptions) opt = nrp_change_options_new ();
      g_autoptr (NrpChange) c = NULL;
      const NrpMeasureChange *m;
      g_autoptr (GError) error = NULL;
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      nrp_change_options_set_measures (opt, &density, 1);
      nrp_change_options_set_bootstrap (opt, 300, NULL);
      nrp_change_options_set_permutations (opt, 0, NULL);
      nrp_change_options_set_seed (opt, s + 1);
      c = nrp_change_compute_full (net, 1, 2, opt, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (c);
      m = nrp_change_get_measure (c, 0);
      CU_ASSERT_EQUAL (m->replicates, 300);
      CU_ASSERT (m->ci_low <= m->delta && m->delta <= m->ci_high);
      covered += m->ci_low <= truth && truth <= m->ci_high;
      se_sum += m->se;
    }
  ratio = se_sum / sims / true_sd;
  fprintf (stderr, "\n  bootstrap coverage of the true change: %u / %u; bootstrap sd / true sd "
                   "%.3f (theory 1.732)\n",
           covered, sims, ratio);
  /* 95% nominal; with 200 simulations the binomial sd is 1.5 points. */
  if (!quick)
    {
      CU_ASSERT (covered >= 0.93 * sims);
      CU_ASSERT (ratio > 1.55 && ratio < 1.95);
    }
}

static void
test_permutation_finds_the_planted_change (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) all = nrp_network_load_sample (&error);
  guint ei;
  g_assert (nrp_measure_find ("ei_index", &ei));
  for (int arm = 0; arm < 2; arm++)
    {
      g_autoptr (NrpNetwork) net = nrp_network_new_area (all, arm == 0 ? "I01" : "C03", FALSE, &error);
      g_autoptr (NrpChangeOptions) opt = nrp_change_options_new ();
      g_autoptr (NrpChange) c = NULL;
      const NrpMeasureChange *m;
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      nrp_change_options_set_measures (opt, &ei, 1);
      nrp_change_options_set_bootstrap (opt, 200, NULL);
      nrp_change_options_set_permutations (opt, 499, NULL);
      c = nrp_change_compute_full (net, 1, 2, opt, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (c);
      m = nrp_change_get_measure (c, 0);
      CU_ASSERT_EQUAL (m->permutations, 499);
      if (arm == 0)
        {
          /* Intervention area: E-I rose by 0.28; no permutation comes near. */
          CU_ASSERT (m->delta > 0.2);
          NRP_ASSERT_CLOSE (m->p_value, 1.0 / 500, 1e-12);
          CU_ASSERT (m->ci_low > 0);
        }
      else
        {
          CU_ASSERT (fabs (m->delta) < 0.05);
          CU_ASSERT (m->p_value > 0.2);
          CU_ASSERT (m->ci_low < 0 && m->ci_high > 0);
        }
    }
}

/* From and to of every measure equal the per-wave computations. */
static void
test_values_match_the_report (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("glasgow_s50");
  g_autoptr (NrpChangeOptions) opt = nrp_change_options_new ();
  g_autoptr (NrpChange) c = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autoptr (NrpCentrality) ce = NULL;
  g_autoptr (NrpBrokerage) br = NULL;
  g_autofree guint *all = NULL;
  g_autoptr (GError) error = NULL;
  guint n_all;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  all = nrp_measure_parse_list ("all", &n_all, &error);
  CU_ASSERT_EQUAL_FATAL (n_all, nrp_measure_count ());
  nrp_change_options_set_measures (opt, all, n_all);
  nrp_change_options_set_bootstrap (opt, 0, NULL);
  nrp_change_options_set_permutations (opt, 0, NULL);
  c = nrp_change_compute_full (net, 1, 3, opt, &error);
  s = nrp_summary_compute (net, &error);
  mx = nrp_mixing_compute (net, 0, 1, &error);
  ce = nrp_centrality_compute (net, FALSE, 0, &error);
  br = nrp_brokerage_compute (net, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_EQUAL (nrp_change_get_n_measures (c), nrp_measure_count ());
  for (guint k = 0; k < nrp_change_get_n_measures (c); k++)
    {
      const NrpMeasureChange *m = nrp_change_get_measure (c, k);
      const char *name = nrp_measure_name (m->measure);
      for (guint end = 0; end < 2; end++)
        {
          guint w = end == 0 ? 1 : 3;
          double got = end == 0 ? m->from : m->to, want = NAN;
          const NrpWaveSummary *ws = nrp_summary_get_wave (s, w);
          const NrpMixingWave *x = nrp_mixing_get_wave (mx, w);
          const NrpCentralityWave *cw = nrp_centrality_get_wave (ce, w);
          if (strcmp (name, "density") == 0)
            want = ws->density;
          else if (strcmp (name, "transitivity") == 0)
            want = ws->transitivity;
          else if (strcmp (name, "mutual_dyads") == 0)
            want = ws->mutual_dyads;
          else if (strcmp (name, "share_cross_sector") == 0)
            want = (double) ws->ties_cross_sector / ws->ties;
          else if (strcmp (name, "ei_index") == 0)
            want = ws->ei_index;
          else if (strcmp (name, "share_linking") == 0)
            want = x->share_linking;
          else if (strcmp (name, "assortativity") == 0)
            want = x->assortativity;
          else if (strcmp (name, "sector_modularity") == 0)
            want = x->sector_modularity;
          else if (strcmp (name, "centralization.degree") == 0)
            want = cw->centralization_degree;
          else if (strcmp (name, "centralization.betweenness") == 0)
            want = cw->centralization_betweenness;
          else if (strcmp (name, "centralization.closeness") == 0)
            want = cw->centralization_closeness;
          else if (strcmp (name, "brokerage.liaison") == 0)
            want = nrp_brokerage_get_network (br, w, NRP_BROKER_LIAISON, NRP_BROKER_COUNT);
          else if (strcmp (name, "brokerage.total") == 0)
            want = nrp_brokerage_get_network (br, w, NRP_BROKER_TOTAL, NRP_BROKER_COUNT);
          else
            continue;
          NRP_ASSERT_CLOSE (got, want, 1e-12);
        }
      NRP_ASSERT_CLOSE (m->delta, m->to - m->from, 0);
      CU_ASSERT (isnan (m->ci_low) && isnan (m->p_value));
    }
  /* The actors' values. */
  for (guint end = 0; end < 2; end++)
    {
      guint w = end == 0 ? 1 : 3;
      const double *deg = nrp_change_get_actor_values (c, NRP_ACTOR_DEGREE, end);
      const double *bet = nrp_change_get_actor_values (c, NRP_ACTOR_BETWEENNESS, end);
      const double *ei = nrp_change_get_actor_values (c, NRP_ACTOR_EI_INDEX, end);
      const double *bro = nrp_change_get_actor_values (c, NRP_ACTOR_BROKERAGE, end);
      const guint *sd = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
      const double *sb = nrp_centrality_get (ce, w, NRP_CENTRALITY_BETWEENNESS);
      const double *se = nrp_mixing_get_actor_ei (mx, w);
      const double *sr = nrp_brokerage_get_actors (br, w, NRP_BROKER_TOTAL, NRP_BROKER_COUNT);
      CU_ASSERT_PTR_NOT_NULL_FATAL (deg);
      for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
        {
          CU_ASSERT_EQUAL (deg[i], sd[i]);
          NRP_ASSERT_CLOSE (bet[i], sb[i], 1e-12);
          NRP_ASSERT_CLOSE (ei[i], se[i], 1e-12);
          NRP_ASSERT_CLOSE (bro[i], sr[i], 1e-12);
        }
    }
  /* Gainers: sorted by rise, each rose. */
  {
    guint top[5], n = nrp_change_get_top_gainers (c, NRP_ACTOR_DEGREE, top);
    const double *x = nrp_change_get_actor_values (c, NRP_ACTOR_DEGREE, FALSE);
    const double *y = nrp_change_get_actor_values (c, NRP_ACTOR_DEGREE, TRUE);
    double best = 0;
    CU_ASSERT_EQUAL (n, 5);
    for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
      if (!isnan (x[i]) && !isnan (y[i]))
        best = fmax (best, y[i] - x[i]);
    NRP_ASSERT_CLOSE (y[top[0]] - x[top[0]], best, 0);
    for (guint k = 1; k < n; k++)
      CU_ASSERT (y[top[k]] - x[top[k]] <= y[top[k - 1]] - x[top[k - 1]]);
  }
}

static void
test_seeded (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("glasgow_s50");
  g_autoptr (NrpChangeOptions) opt = nrp_change_options_new ();
  g_autoptr (NrpChange) a = NULL, b = NULL, c = NULL;
  gboolean differ = FALSE;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  nrp_change_options_set_bootstrap (opt, 50, NULL);
  nrp_change_options_set_permutations (opt, 50, NULL);
  a = nrp_change_compute_full (net, 1, 2, opt, NULL);
  b = nrp_change_compute_full (net, 1, 2, opt, NULL);
  nrp_change_options_set_seed (opt, 2);
  c = nrp_change_compute_full (net, 1, 2, opt, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  for (guint k = 0; k < nrp_change_get_n_measures (a); k++)
    {
      const NrpMeasureChange *x = nrp_change_get_measure (a, k), *y = nrp_change_get_measure (b, k);
      const NrpMeasureChange *z = nrp_change_get_measure (c, k);
      CU_ASSERT (memcmp (x, y, sizeof *x) == 0);
      differ = differ || (!isnan (x->ci_low) && x->ci_low != z->ci_low);
    }
  CU_ASSERT (differ);
}


/* Shard @i of @n of waves 1 -> 2 of @net, as JSON (NULL on an error). */
static char *
shard_json (const NrpNetwork *net, NrpChangeOptions *opt, guint i, guint n, guint threads)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpChange) c = NULL;
  CU_ASSERT_TRUE (nrp_change_options_set_shard (opt, i, n, NULL));
  CU_ASSERT_TRUE (nrp_change_options_set_threads (opt, threads, NULL));
  c = nrp_change_compute_full (net, 1, 2, opt, &error);
  CU_ASSERT_PTR_NULL (error);
  nrp_change_options_set_shard (opt, 0, 0, NULL);
  if (c == NULL)
    return NULL;
  return nrp_change_shard_to_json (&c, 1, NULL);
}

/* Merges @n shards (texts[order[k]]) into a new comparison, or NULL and
 * @error. */
static NrpChange *
merge (const NrpNetwork *net, const NrpChangeOptions *base, char **texts, const guint *order,
       guint n, GError **error)
{
  g_autoptr (NrpChangeOptions) opt = nrp_change_options_new ();
  nrp_change_options_set_bootstrap (opt, nrp_change_options_get_bootstrap (base), NULL);
  nrp_change_options_set_permutations (opt, nrp_change_options_get_permutations (base), NULL);
  nrp_change_options_set_seed (opt, nrp_change_options_get_seed (base));
  for (guint k = 0; k < n; k++)
    if (!nrp_change_options_add_shard (opt, texts[order[k]], -1, "s.json", error))
      return NULL;
  return nrp_change_compute_full (net, 1, 2, opt, error);
}

static void
test_shards (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("glasgow_s50");
  g_autoptr (NrpChangeOptions) opt = nrp_change_options_new ();
  g_autoptr (NrpChange) one = NULL;
  g_autofree char *json_one = NULL;
  static const guint orders[][3] = { { 0 }, { 1, 0 }, { 2, 0, 1 } };
  GError *error = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  /* 31 and 29: shards of 10/10/11 and 9/10/10, not multiples of 3. */
  nrp_change_options_set_bootstrap (opt, 31, NULL);
  nrp_change_options_set_permutations (opt, 29, NULL);
  nrp_change_options_set_seed (opt, 11);
  one = nrp_change_compute_full (net, 1, 2, opt, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (one);
  json_one = nrp_change_to_json (net, &one, 1, TRUE);
  for (guint n = 1; n <= 3; n++)
    {
      char *texts[3] = { NULL };
      g_autoptr (NrpChange) m = NULL;
      g_autofree char *json_m = NULL;
      guint rows = 0;
      for (guint i = 0; i < n; i++)
        {
          texts[i] = shard_json (net, opt, i + 1, n, i % 2 ? 3 : 1);
          CU_ASSERT_PTR_NOT_NULL_FATAL (texts[i]);
          /* Every bootstrap row once: 31 rows over the shards. */
          for (const char *p = strstr (texts[i], "\"bootstrap_rows\""); p != NULL
               && (p = strstr (p, "\n        [")) != NULL
               && p < strstr (texts[i], "\"permutation_measures\"");
               p++)
            rows++;
        }
      CU_ASSERT_EQUAL (rows, 31);
      m = merge (net, opt, texts, orders[n - 1], n, &error);
      CU_ASSERT_PTR_NULL (error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (m);
      for (guint k = 0; k < nrp_change_get_n_measures (one); k++)
        CU_ASSERT (memcmp (nrp_change_get_measure (one, k), nrp_change_get_measure (m, k),
                           sizeof (NrpMeasureChange))
                   == 0);
      json_m = nrp_change_to_json (net, &m, 1, TRUE);
      CU_ASSERT_STRING_EQUAL (json_m, json_one);
      if (n == 3)
        {
          g_autoptr (NrpNetwork) other = load_dataset ("knecht_klas12b");
          g_autoptr (NrpChangeOptions) seed2 = nrp_change_options_new ();
          g_autoptr (NrpChange) bad = NULL;
          static const guint two[] = { 0, 1 }, all[] = { 0, 1, 2 };
          /* A shard missing. */
          bad = merge (net, opt, texts, two, 2, &error);
          CU_ASSERT_PTR_NULL (bad);
          CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
          CU_ASSERT (error != NULL && strstr (error->message, "shard 3 of 3 is missing") != NULL);
          g_clear_error (&error);
          /* The same shard twice. */
          CU_ASSERT_TRUE (nrp_change_options_add_shard (seed2, texts[0], -1, "a.json", NULL));
          CU_ASSERT_FALSE (nrp_change_options_add_shard (seed2, texts[0], -1, "b.json", &error));
          CU_ASSERT (error != NULL && strstr (error->message, "again") != NULL);
          g_clear_error (&error);
          /* Another seed. */
          nrp_change_options_set_seed (opt, 12);
          bad = merge (net, opt, texts, all, 3, &error);
          CU_ASSERT_PTR_NULL (bad);
          CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_CONFLICT));
          CU_ASSERT_STRING_EQUAL (error != NULL ? nrp_error_get_file (error) : "", "s.json");
          g_clear_error (&error);
          nrp_change_options_set_seed (opt, 11);
          /* Other data (Knecht's class has waves 1 and 2 too). */
          CU_ASSERT_PTR_NOT_NULL_FATAL (other);
          bad = merge (other, opt, texts, all, 3, &error);
          CU_ASSERT_PTR_NULL (bad);
          CU_ASSERT (error != NULL && strstr (error->message, "other data") != NULL);
          g_clear_error (&error);
        }
      for (guint i = 0; i < n; i++)
        g_free (texts[i]);
    }
  /* Not JSON: the line and column of the fault. */
  {
    g_autoptr (NrpChangeOptions) o = nrp_change_options_new ();
    CU_ASSERT_FALSE (nrp_change_options_add_shard (o, "{\n  \"nrpnet_shard\": ]", -1, "x.json",
                                                   &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_SYNTAX));
    CU_ASSERT_EQUAL (error != NULL ? nrp_error_get_line (error) : 0, 2);
    g_clear_error (&error);
    CU_ASSERT_FALSE (nrp_change_options_set_shard (o, 4, 3, &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
    g_clear_error (&error);
    CU_ASSERT_FALSE (nrp_change_options_set_shard (o, 0, 3, NULL));
    CU_ASSERT_TRUE (nrp_change_options_set_shard (o, 3, 3, NULL));
    CU_ASSERT_EQUAL (nrp_change_options_get_shard (o, NULL), 3);
  }
}

static const NrpTest tests[] = {
  { "bootstrap intervals cover a known change", test_bootstrap_coverage },
  { "permutation p-value finds the planted change", test_permutation_finds_the_planted_change },
  { "values match the per-wave measures", test_values_match_the_report },
  { "seeded and reproducible", test_seeded },
  { "shards merge to the same bits", test_shards },
};

NRP_TEST_MAIN ("uncertainty", tests)
