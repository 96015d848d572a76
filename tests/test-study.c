/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-study.c: the intervention-vs-comparator study (lib/study/study.c) and its
 * files (lib/io/load-study.c).
 *
 *  - the randomisation test against brute-force enumeration of the
 *    assignments as bit masks, on 300 random small studies (ties included),
 *    and the Monte Carlo version against the exact p-value;
 *  - a four-area study whose measures, changes, DiD and p-value are worked
 *    out by hand below, with an outcome that has a missing value;
 *  - the confidence interval inverts the test: just inside each end the
 *    test does not reject, just outside it does;
 *  - the bundled sample shows the effect its generator planted;
 *  - every error of areas.csv and outcomes.csv names file, line and column.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/* The p-value by enumerating every subset of @n areas of the size of the
 * intervention arm as a bit mask: an implementation independent of the
 * library's recursion. */
static double
brute_force_p (const double *x, const NrpArm *arm, guint n, double *estimate)
{
  guint ni = 0, count = 0, extreme = 0;
  double si = 0, sc = 0, obs, scale = 0;
  for (guint i = 0; i < n; i++)
    {
      scale = fmax (scale, fabs (x[i]));
      if (arm[i] == NRP_ARM_INTERVENTION)
        {
          ni++;
          si += x[i];
        }
      else
        sc += x[i];
    }
  obs = si / ni - sc / (n - ni);
  *estimate = obs;
  for (guint mask = 0; mask < (1u << n); mask++)
    {
      double a = 0, b = 0;
      if ((guint) __builtin_popcount (mask) != ni)
        continue;
      for (guint i = 0; i < n; i++)
        if (mask & (1u << i))
          a += x[i];
        else
          b += x[i];
      count++;
      extreme += fabs (a / ni - b / (n - ni)) >= fabs (obs) - 1e-9 * fmax (scale, 1e-300);
    }
  return (double) extreme / count;
}

static void
test_randomisation_brute_force (void)
{
  g_autoptr (GRand) rng = g_rand_new_with_seed (2024);
  for (guint trial = 0; trial < 300; trial++)
    {
      guint n = 2 + (guint) g_rand_int_range (rng, 0, 13);
      double x[16], est_bf, est = 0;
      NrpArm arm[16];
      guint ni = 1 + (guint) g_rand_int_range (rng, 0, (gint32) (n - 1));
      guint64 assignments = 0;
      double p_bf, p;
      for (guint i = 0; i < n; i++)
        {
          /* Coarse values so that many assignments tie with the observed one. */
          x[i] = trial % 3 == 0 ? g_rand_int_range (rng, 0, 3) : g_rand_double_range (rng, -1, 1);
          arm[i] = i < ni ? NRP_ARM_INTERVENTION : NRP_ARM_COMPARATOR;
        }
      /* Shuffle the arms so the intervention areas are not always first. */
      for (guint i = n - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rng, 0, (gint32) (i + 1));
          NrpArm t = arm[i];
          arm[i] = arm[j];
          arm[j] = t;
        }
      p_bf = brute_force_p (x, arm, n, &est_bf);
      p = nrp_did_randomisation (x, arm, n, 0, 1000000, 1000, 1, &est, &assignments);
      NRP_ASSERT_CLOSE (p, p_bf, 1e-12);
      NRP_ASSERT_CLOSE (est, est_bf, 1e-12);
      /* C(n, ni) by Pascal's rule, independently of the library. */
      {
        guint64 c[17][17] = { { 0 } };
        for (guint a = 0; a <= 16; a++)
          for (guint b = 0; b <= a; b++)
            c[a][b] = b == 0 || b == a ? 1 : c[a - 1][b - 1] + c[a - 1][b];
        CU_ASSERT_EQUAL (assignments, c[n][ni]);
      }
    }
}

static void
test_monte_carlo_close_to_exact (void)
{
  /* 7 + 7 areas: 3432 assignments; 20,000 random ones estimate p within a
   * few binomial standard errors (sd <= 0.0036). */
  static const double x[14] = { 0.31, 0.12, 0.25, 0.08, 0.40, 0.22, 0.18,
                                0.05, 0.11, -0.02, 0.20, 0.09, 0.01, 0.15 };
  NrpArm arm[14];
  guint64 exact_n, mc_n;
  double est, p_exact, p_mc;
  for (guint i = 0; i < 14; i++)
    arm[i] = i < 7 ? NRP_ARM_INTERVENTION : NRP_ARM_COMPARATOR;
  p_exact = nrp_did_randomisation (x, arm, 14, 0, 1000000, 0, 1, &est, &exact_n);
  p_mc = nrp_did_randomisation (x, arm, 14, 0, 1000, 20000, 7, &est, &mc_n);
  CU_ASSERT_EQUAL (exact_n, 3432);
  CU_ASSERT_EQUAL (mc_n, 20000);
  CU_ASSERT (fabs (p_mc - p_exact) < 0.015);
  CU_ASSERT (p_exact > 0.001 && p_exact < 0.2);
  /* The same seed gives the same Monte Carlo p-value. */
  CU_ASSERT_EQUAL (p_mc, nrp_did_randomisation (x, arm, 14, 0, 1000, 20000, 7, NULL, NULL));
}

/* 100,000 intervention areas and one comparator: C(n, 1) = n assignments,
 * enumerated without recursing 100,000 deep. The comparator's change is the
 * largest, so only its own assignment is as extreme: p = 1/n. */
static void
test_lopsided_study (void)
{
  guint n = 100001;
  g_autofree double *x = g_new (double, n);
  g_autofree NrpArm *arm = g_new (NrpArm, n);
  guint64 assignments;
  double est, p;
  for (guint i = 0; i < n; i++)
    {
      x[i] = i % 3;
      arm[i] = NRP_ARM_INTERVENTION;
    }
  x[7] = 10;
  arm[7] = NRP_ARM_COMPARATOR;
  p = nrp_did_randomisation (x, arm, n, 0, 1000000, 10, 1, &est, &assignments);
  CU_ASSERT_EQUAL (assignments, n);
  NRP_ASSERT_CLOSE (p, 1.0 / n, 1e-12);
  CU_ASSERT (est < -8.9 && est > -9.1);
}

/*
 * The hand study: four areas of four actors (x1, x2 resident; x3, x4
 * business), waves 1 and 2.
 *   A1 (intervention): {12, 13} -> {13, 24}       cross share 1/2 -> 1   (+1/2)
 *   A2 (intervention): {12} -> {12, 23}           0 -> 1/2               (+1/2)
 *   C1 (comparator):   {12, 13} -> {34, 23}       1/2 -> 1/2             (0)
 *   C2 (comparator):   {12, 34} -> {12, 34, 13}   0 -> 1/3               (+1/3)
 * DiD = (1/2 + 1/2)/2 - (0 + 1/3)/2 = 1/3. The six assignments of two areas
 * to the intervention arm give DiDs 1/3, -1/6, 1/6, -1/6, 1/6, -1/3: two are
 * at least 1/3 in size, p = 2/6. E-I = 2 share - 1, so its DiD is 2/3.
 * Outcome "trust": A1 .2 -> .3, A2 .4 -> .6, C1 .5 -> .5, C2 .1 -> NA, so
 * C2 is left out: DiD = .15 - 0 = .15 over C(3, 2) = 3 assignments:
 * {A1, A2} gives .15, {A1, C1} (.1 + 0)/2 - .2 = -.15, {A2, C1}
 * (.2 + 0)/2 - .1 = 0; two of three reach |.15|, p = 2/3.
 */
static const char hand_actors[]
  = "id,sector,area\n"
    "A1x1,resident,A1\nA1x2,resident,A1\nA1x3,business,A1\nA1x4,business,A1\n"
    "A2x1,resident,A2\nA2x2,resident,A2\nA2x3,business,A2\nA2x4,business,A2\n"
    "C1x1,resident,C1\nC1x2,resident,C1\nC1x3,business,C1\nC1x4,business,C1\n"
    "C2x1,resident,C2\nC2x2,resident,C2\nC2x3,business,C2\nC2x4,business,C2\n"
    "R1,public_service,\n";
static const char hand_ties[]
  = "source,target,wave\n"
    "A1x1,A1x2,1\nA1x1,A1x3,1\nA1x1,A1x3,2\nA1x2,A1x4,2\n"
    "A2x1,A2x2,1\nA2x1,A2x2,2\nA2x2,A2x3,2\n"
    "C1x1,C1x2,1\nC1x1,C1x3,1\nC1x3,C1x4,2\nC1x2,C1x3,2\n"
    "C2x1,C2x2,1\nC2x3,C2x4,1\nC2x1,C2x2,2\nC2x3,C2x4,2\nC2x1,C2x3,2\n"
    "R1,A1x1,1\nR1,C1x1,2\n";

/* Writes @text to a new temporary file named @name; returns its path. */
static char *
temp_file (const char *dir, const char *name, const char *text)
{
  char *path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text, -1, NULL);
  return path;
}

static void
test_hand_study (void)
{
  g_autoptr (NrpNetwork) net = load_text (hand_actors, hand_ties, FALSE);
  g_autofree char *dir = g_dir_make_tmp ("nrp-study-XXXXXX", NULL);
  g_autofree char *areas = temp_file (dir, "areas.csv",
                                      "area,arm,note\nA1,intervention,x\nA2,Intervention,\n"
                                      "C1,comparator,\nC2,comparator,\n");
  g_autofree char *outcomes = temp_file (dir, "outcomes.csv",
                                         "area,wave,trust\nA1,1,0.2\nA1,2,0.3\nA2,1,0.4\n"
                                         "A2,2,0.6\nC1,1,0.5\nC1,2,0.5\nC2,1,0.1\nC2,2,NA\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;
  g_autoptr (NrpStudyOptions) opt = nrp_study_options_new ();
  g_autoptr (NrpStudy) st = NULL;
  const NrpDid *d;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  design = nrp_study_design_load (areas, outcomes, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (design);
  nrp_study_options_set_measures (opt, "share_cross_sector, ei_index,trust,ties");
  st = nrp_study_compute (net, design, opt, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (nrp_study_get_n_areas (st), 4);
  CU_ASSERT_EQUAL (nrp_study_get_n_measures (st), 4);
  CU_ASSERT_STRING_EQUAL (nrp_study_get_measure_name (st, 1), "ei_index");
  CU_ASSERT (nrp_study_is_outcome (st, 2));
  CU_ASSERT (!nrp_study_is_outcome (st, 0));
  CU_ASSERT_EQUAL (nrp_study_get_arm (st, 1), NRP_ARM_INTERVENTION);
  CU_ASSERT_EQUAL (nrp_study_get_area_actors (st, 0), 4);  /* R1 left out */
  CU_ASSERT_EQUAL (nrp_study_get_n_unlisted (st), 0);
  NRP_ASSERT_CLOSE (nrp_study_get_value (st, 0, 0, 1), 0.5, 1e-15);
  NRP_ASSERT_CLOSE (nrp_study_get_value (st, 0, 0, 2), 1.0, 1e-15);
  NRP_ASSERT_CLOSE (nrp_study_get_value (st, 3, 0, 2), 1.0 / 3, 1e-15);
  CU_ASSERT (isnan (nrp_study_get_value (st, 3, 2, 2)));
  NRP_ASSERT_CLOSE (nrp_study_get_value (st, 3, 3, 2), 3.0, 0);

  d = nrp_study_get_did (st, 0);
  NRP_ASSERT_CLOSE (d->estimate, 1.0 / 3, 1e-14);
  NRP_ASSERT_CLOSE (d->change_intervention, 0.5, 1e-14);
  NRP_ASSERT_CLOSE (d->change_comparator, 1.0 / 6, 1e-14);
  NRP_ASSERT_CLOSE (d->p_value, 2.0 / 6, 1e-14);
  CU_ASSERT_EQUAL (d->assignments, 6);
  CU_ASSERT (d->exact);
  /* No effect can be rejected at 5% with 2 + 2 areas: unbounded interval. */
  CU_ASSERT (isnan (d->ci_low) && isnan (d->ci_high));
  d = nrp_study_get_did (st, 1);
  NRP_ASSERT_CLOSE (d->estimate, 2.0 / 3, 1e-14);
  NRP_ASSERT_CLOSE (d->p_value, 2.0 / 6, 1e-14);
  d = nrp_study_get_did (st, 2);
  NRP_ASSERT_CLOSE (d->estimate, 0.15, 1e-12);
  CU_ASSERT_EQUAL (d->n_intervention, 2);
  CU_ASSERT_EQUAL (d->n_comparator, 1);
  CU_ASSERT_EQUAL (d->assignments, 3);
  NRP_ASSERT_CLOSE (d->p_value, 2.0 / 3, 1e-14);
  /* ties: A1 2 -> 2, A2 1 -> 2, C1 2 -> 2, C2 2 -> 3: DiD = 1/2 - 1/2 = 0, p = 1. */
  d = nrp_study_get_did (st, 3);
  NRP_ASSERT_CLOSE (d->estimate, 0.0, 1e-15);
  NRP_ASSERT_CLOSE (d->p_value, 1.0, 1e-15);

  /* With the regional actor R1 (tied to A1x1 at wave 1 and C1x1 at wave 2). */
  nrp_study_options_set_with_regional (opt, TRUE);
  nrp_study_options_set_measures (opt, "ties");
  g_clear_pointer (&st, nrp_study_free);
  st = nrp_study_compute (net, design, opt, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (nrp_study_get_area_actors (st, 0), 5);
  NRP_ASSERT_CLOSE (nrp_study_get_value (st, 0, 0, 1), 3.0, 0);
  NRP_ASSERT_CLOSE (nrp_study_get_value (st, 2, 0, 2), 3.0, 0);

  g_unlink (areas);
  g_unlink (outcomes);
  g_rmdir (dir);
}

static void
test_interval_inverts_the_test (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = nrp_network_load_sample (&error);
  g_autoptr (NrpStudyDesign) design = nrp_study_design_load_sample (&error);
  g_autoptr (NrpStudy) st = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_PTR_NOT_NULL_FATAL (design);
  st = nrp_study_compute (net, design, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  for (guint k = 0; k < nrp_study_get_n_measures (st); k++)
    {
      const NrpDid *d = nrp_study_get_did (st, k);
      double x[32];
      NrpArm arm[32];
      guint n = 0;
      for (guint a = 0; a < nrp_study_get_n_areas (st); a++)
        {
          x[n] = nrp_study_get_value (st, a, k, 2) - nrp_study_get_value (st, a, k, 1);
          arm[n++] = nrp_study_get_arm (st, a);
        }
      CU_ASSERT (d->ci_low < d->estimate && d->estimate < d->ci_high);
      for (int end = 0; end < 2; end++)
        {
          double b = end == 0 ? d->ci_low : d->ci_high, eps = 1e-7 * (d->ci_high - d->ci_low);
          double inside = end == 0 ? b + eps : b - eps, outside = end == 0 ? b - eps : b + eps;
          CU_ASSERT (nrp_did_randomisation (x, arm, n, inside, 1000000, 1, 1, NULL, NULL) > 0.05);
          CU_ASSERT (nrp_did_randomisation (x, arm, n, outside, 1000000, 1, 1, NULL, NULL)
                     <= 0.05);
        }
    }
}

/* The generator (data/sample/generate.py) forms new cross-sector ties three
 * times as often in intervention areas and adds 7.5 points to the outcome:
 * the study must find both, with the exact test over C(18, 9) assignments. */
static void
test_sample_shows_the_planted_effect (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = nrp_network_load_sample (&error);
  g_autoptr (NrpStudyDesign) design = nrp_study_design_load_sample (&error);
  g_autoptr (NrpStudy) st = nrp_study_compute (net, design, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (nrp_study_get_n_areas (st), 18);
  for (guint k = 0; k < nrp_study_get_n_measures (st); k++)
    {
      const NrpDid *d = nrp_study_get_did (st, k);
      const char *name = nrp_study_get_measure_name (st, k);
      CU_ASSERT_EQUAL (d->assignments, 48620);
      CU_ASSERT (d->exact);
      if (strcmp (name, "share_cross_sector") == 0)
        {
          CU_ASSERT (d->estimate > 0.08 && d->ci_low > 0);
          /* Complete separation of the arms: only the observed assignment
           * and its mirror image are as extreme. */
          NRP_ASSERT_CLOSE (d->p_value, 2.0 / 48620, 1e-12);
        }
      if (strcmp (name, "influence_share") == 0)
        {
          CU_ASSERT (nrp_study_is_outcome (st, k));
          CU_ASSERT (d->ci_low < 0.075 && 0.075 < d->ci_high);
        }
    }
}

typedef struct {
  const char *areas;
  const char *outcomes;   /* NULL: none */
  NrpErrorCode code;
  const char *file;       /* "areas" or "outcomes" */
  guint line, column;
} BadStudy;

static void
test_bad_study_files (void)
{
  static const BadStudy cases[] = {
    { "", NULL, NRP_ERROR_EMPTY, "areas", 1, 1 },
    { "area,arm\n", NULL, NRP_ERROR_EMPTY, "areas", 1, 1 },
    { "area,amr\nA1,intervention\n", NULL, NRP_ERROR_HEADER, "areas", 1, 2 },
    { "area,arm\nA1,intervention\nA2,treated\n", NULL, NRP_ERROR_VALUE, "areas", 3, 2 },
    { "arm,area\nintervention,A1\ncomparator,A1\n", NULL, NRP_ERROR_DUPLICATE, "areas", 3, 2 },
    { "area,arm\n,comparator\n", NULL, NRP_ERROR_VALUE, "areas", 2, 1 },
    { "area,arm\nA1,intervention,x\n", NULL, NRP_ERROR_SYNTAX, "areas", 2, 3 },
    { "area,arm\nA1,intervention\n", "area,wave\nA1,1\n", NRP_ERROR_HEADER, "outcomes", 1, 3 },
    { "area,arm\nA1,intervention\n", "area,wave,x\nA9,1,2\n", NRP_ERROR_VALUE, "outcomes", 2, 1 },
    { "area,arm\nA1,intervention\n", "area,wave,x\nA1,0,2\n", NRP_ERROR_VALUE, "outcomes", 2, 2 },
    { "area,arm\nA1,intervention\n", "area,wave,x\nA1,1,2\nA1,1,3\n", NRP_ERROR_DUPLICATE,
      "outcomes", 3, 1 },
    { "area,arm\nA1,intervention\n", "area,wave,x\nA1,1,2..5\n", NRP_ERROR_VALUE, "outcomes", 2,
      3 },
    { "area,arm\nA1,intervention\n", "area,wave,x\nA1,1,inf\n", NRP_ERROR_VALUE, "outcomes", 2,
      3 },
    { "area,arm\nA1,intervention\n", "area,wave,density\nA1,1,2\n", NRP_ERROR_HEADER,
      "outcomes", 1, 3 },
    { "area,arm\nA1,intervention\n", "wave,area,x,x\n", NRP_ERROR_HEADER, "outcomes", 1, 4 },
  };
  g_autofree char *dir = g_dir_make_tmp ("nrp-study-XXXXXX", NULL);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *areas = temp_file (dir, "areas.csv", cases[c].areas);
      g_autofree char *outcomes
        = cases[c].outcomes ? temp_file (dir, "outcomes.csv", cases[c].outcomes) : NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (NrpStudyDesign) d = nrp_study_design_load (areas, outcomes, &error);
      const char *want = strcmp (cases[c].file, "areas") == 0 ? areas : outcomes;
      CU_ASSERT_PTR_NULL (d);
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT_EQUAL (error->code, cases[c].code);
      CU_ASSERT_STRING_EQUAL (nrp_error_get_file (error), want);
      CU_ASSERT_EQUAL (nrp_error_get_line (error), cases[c].line);
      CU_ASSERT_EQUAL (nrp_error_get_column (error), cases[c].column);
      if (error->code != (gint) cases[c].code || nrp_error_get_line (error) != cases[c].line
          || nrp_error_get_column (error) != cases[c].column)
        fprintf (stderr, "\ncase %u: %s\n", c, error->message);
      g_unlink (areas);
      if (outcomes)
        g_unlink (outcomes);
    }
  g_rmdir (dir);
}

/* Errors found only against the network. */
static void
test_study_errors_against_the_network (void)
{
  g_autoptr (NrpNetwork) net = load_text (hand_actors, hand_ties, FALSE);
  g_autofree char *dir = g_dir_make_tmp ("nrp-study-XXXXXX", NULL);
  static const struct {
    const char *areas, *outcomes, *measures;
    NrpErrorCode code;
    guint line, column;
  } cases[] = {
    /* An area with no actor, on line 3 of areas.csv. */
    { "area,arm\nA1,intervention\nZ9,comparator\n", NULL, NULL, NRP_ERROR_VALUE, 3, 1 },
    /* No comparator area. */
    { "area,arm\nA1,intervention\nA2,intervention\n", NULL, NULL, NRP_ERROR_VALUE, 0, 0 },
    /* Wave 3 of outcomes.csv: the network has two. */
    { "area,arm\nA1,intervention\nC1,comparator\n", "area,wave,x\nA1,1,1\nC1,3,1\n", NULL,
      NRP_ERROR_VALUE, 3, 2 },
    /* Unknown and repeated measure names. */
    { "area,arm\nA1,intervention\nC1,comparator\n", NULL, "ei_index,nonsense",
      NRP_ERROR_ARGUMENT, 0, 0 },
    { "area,arm\nA1,intervention\nC1,comparator\n", NULL, "ei_index,ei_index",
      NRP_ERROR_ARGUMENT, 0, 0 },
  };
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *areas = temp_file (dir, "areas.csv", cases[c].areas);
      g_autofree char *outcomes
        = cases[c].outcomes ? temp_file (dir, "outcomes.csv", cases[c].outcomes) : NULL;
      g_autoptr (GError) error = NULL;
      g_autoptr (NrpStudyDesign) d = nrp_study_design_load (areas, outcomes, &error);
      g_autoptr (NrpStudyOptions) opt = nrp_study_options_new ();
      g_autoptr (NrpStudy) st = NULL;
      CU_ASSERT_PTR_NOT_NULL_FATAL (d);
      nrp_study_options_set_measures (opt, cases[c].measures);
      st = nrp_study_compute (net, d, opt, &error);
      CU_ASSERT_PTR_NULL (st);
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT_EQUAL (error->code, cases[c].code);
      CU_ASSERT_EQUAL (nrp_error_get_line (error), cases[c].line);
      CU_ASSERT_EQUAL (nrp_error_get_column (error), cases[c].column);
      g_unlink (areas);
      if (outcomes)
        g_unlink (outcomes);
    }
  g_rmdir (dir);
}

static void
test_unlisted_areas_are_reported (void)
{
  g_autoptr (NrpNetwork) net = load_text (hand_actors, hand_ties, FALSE);
  g_autofree char *dir = g_dir_make_tmp ("nrp-study-XXXXXX", NULL);
  g_autofree char *areas = temp_file (dir, "areas.csv", "area,arm\nA1,intervention\nC1,comparator\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpStudyDesign) d = nrp_study_design_load (areas, NULL, &error);
  g_autoptr (NrpStudy) st = nrp_study_compute (net, d, NULL, &error);
  g_autofree char *json = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (nrp_study_get_n_unlisted (st), 2);
  CU_ASSERT_STRING_EQUAL (nrp_study_get_unlisted (st, 0), "A2");
  CU_ASSERT_STRING_EQUAL (nrp_study_get_unlisted (st, 1), "C2");
  json = nrp_study_to_json (st, FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"unlisted_areas\":[\"A2\",\"C2\"]"));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"assignments\":2,"));
  g_unlink (areas);
  g_rmdir (dir);
}

/* The sample study split into 1 to 4 shards of its areas, each at its own
 * thread count, merged in reverse order: the same JSON as one run, and the
 * shards' area ranges floor(A (i-1) / N) .. floor(A i / N) - 1. */
static void
test_shards_merge_to_one_run (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = nrp_network_load_sample (&error);
  g_autoptr (NrpStudyDesign) design = nrp_study_design_load_sample (&error);
  g_autoptr (NrpStudy) one = NULL;
  g_autofree char *want = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_PTR_NOT_NULL_FATAL (design);
  one = nrp_study_compute (net, design, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (one);
  want = nrp_study_to_json (one, TRUE);
  /* Not a shard: nothing to write. */
  CU_ASSERT_PTR_NULL (nrp_study_shard_to_json (one, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  for (guint n = 1; n <= 4; n++)
    {
      g_autoptr (NrpStudyOptions) merge = nrp_study_options_new ();
      g_autoptr (NrpStudy) merged = NULL;
      g_autofree char *got = NULL;
      g_autofree char **texts = g_new0 (char *, n + 1);
      for (guint i = 1; i <= n; i++)
        {
          g_autoptr (NrpStudyOptions) o = nrp_study_options_new ();
          g_autoptr (NrpStudy) part = NULL;
          g_autofree char *first = NULL;
          guint count = 0;
          CU_ASSERT_TRUE (nrp_study_options_set_shard (o, i, n, NULL));
          CU_ASSERT_EQUAL (nrp_study_options_get_shard (o, &count), i);
          CU_ASSERT_EQUAL (count, n);
          CU_ASSERT_TRUE (nrp_study_options_set_threads (o, i, NULL));
          part = nrp_study_compute (net, design, o, &error);
          CU_ASSERT_PTR_NOT_NULL_FATAL (part);
          texts[i - 1] = nrp_study_shard_to_json (part, &error);
          CU_ASSERT_PTR_NOT_NULL_FATAL (texts[i - 1]);
          /* 18 areas: shard i of n starts at floor(18 (i - 1) / n). */
          first = g_strdup_printf ("\"areas_first\": %u,", 18 * (i - 1) / n);
          CU_ASSERT_PTR_NOT_NULL (strstr (texts[i - 1], first));
        }
      for (guint i = n; i-- > 0;)
        CU_ASSERT_TRUE (nrp_study_options_add_shard (merge, texts[i], -1, "s", &error));
      merged = nrp_study_compute (net, design, merge, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (merged);
      got = nrp_study_to_json (merged, TRUE);
      CU_ASSERT_STRING_EQUAL (got, want);
      /* The same shard twice is refused, naming it. */
      if (n == 2)
        {
          CU_ASSERT_FALSE (nrp_study_options_add_shard (merge, texts[0], -1, "again", &error));
          CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_VALUE));
          g_clear_error (&error);
        }
      for (guint i = 0; i < n; i++)
        g_free (texts[i]);
    }
  {
    g_autoptr (NrpStudyOptions) o = nrp_study_options_new ();
    CU_ASSERT_FALSE (nrp_study_options_set_shard (o, 3, 2, &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
    g_clear_error (&error);
    CU_ASSERT_FALSE (nrp_study_options_add_shard (o, "{\"nrpnet_study_shard\": 1", -1, "cut",
                                                  &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_SYNTAX));
  }
}

static const NrpTest tests[] = {
  { "randomisation test = brute-force enumeration", test_randomisation_brute_force },
  { "Monte Carlo close to the exact p-value", test_monte_carlo_close_to_exact },
  { "a lopsided study is enumerated without deep recursion", test_lopsided_study },
  { "hand-worked study with an outcome", test_hand_study },
  { "the interval inverts the test", test_interval_inverts_the_test },
  { "the sample shows the planted effect", test_sample_shows_the_planted_effect },
  { "bad areas.csv and outcomes.csv", test_bad_study_files },
  { "errors against the network", test_study_errors_against_the_network },
  { "areas not in areas.csv are reported", test_unlisted_areas_are_reported },
  { "shards of the areas merge to one run's JSON", test_shards_merge_to_one_run },
};

NRP_TEST_MAIN ("study", tests)
