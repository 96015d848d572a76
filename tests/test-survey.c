/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-survey.c: the household survey's difference in differences
 * (lib/io/load-survey.c, lib/study/survey.c).
 *
 *  - a case worked by hand (below);
 *  - the small fixture (tests/fixtures/survey, 8 areas) and the sample's
 *    survey (18 areas) against tests/expected/survey.tsv
 *    (tests/oracle/survey_oracle.py: statsmodels WLS cluster for the
 *    estimate and CR1; numpy brute force, refitting every sign vector and
 *    every assignment, for the wild bootstrap's and randomisation's p) and
 *    tests/expected/survey_cr2_r.tsv (tests/oracle/survey_cr2.R: R's
 *    clubSandwich CR2 with Satterthwaite df, and sandwich::vcovCL HC2 on the
 *    partialled model), to 1e-8;
 *  - every bad input as an error with file, line and column.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/* Writes @text to a new temporary file; g_free() the path, unlink it. */
static char *
temp_file (const char *text)
{
  char *path = NULL;
  gint fd = g_file_open_tmp ("nrp-survey-XXXXXX.csv", &path, NULL);
  CU_ASSERT_FATAL (fd >= 0);
  close (fd);
  CU_ASSERT_FATAL (g_file_set_contents (path, text, -1, NULL));
  return path;
}

/* Loads @respondents with @areas (texts) and computes with @covariates;
 * the result, or NULL with @error. */
static NrpSurveyResult *
run (const char *respondents, const char *areas, const char *covariates, NrpSurvey **survey,
     GError **error)
{
  g_autofree char *r = temp_file (respondents), *a = temp_file (areas);
  g_autoptr (NrpSurveyOptions) o = nrp_survey_options_new ();
  NrpSurveyResult *res = NULL;
  nrp_survey_options_set_covariates (o, covariates);
  *survey = nrp_survey_load (r, a, NULL, error);
  if (*survey != NULL)
    res = nrp_survey_compute (*survey, o, error);
  g_unlink (r);
  g_unlink (a);
  return res;
}

/*
 * Four areas, I1 and I2 intervention, C1 and C2 comparator, one respondent
 * per area and wave, no weights. Item y: I1 0 -> 1, I2 0 -> 0, C1 1 -> 1,
 * C2 0 -> 0. With an effect per area and one per wave, each area's change
 * is tau + beta T + noise: tau = mean comparator change = 0, beta = mean
 * intervention change - tau = 0.5. Residual changes 0.5, -0.5, 0, 0, split
 * -/+ half over the two waves: I1 (-0.25, 0.25), I2 (0.25, -0.25), C 0.
 * D residualised on the area and wave effects: intervention (-0.25, 0.25),
 * comparator (0.25, -0.25); z'z = 0.5; h = z / z'z. Area scores h'e:
 * 0.25, -0.25, 0, 0; their sum of squares 1/8. N = 8, K = 4 + 2,
 * c = 4/3 x 7/2 = 14/3, V = 7/12. t = 0.5 / sqrt (7/12) on 3 df:
 * P(|T| > t) = 1 - (2/pi) [atan (t / sqrt 3) + (t / sqrt 3) / (1 + t^2/3)].
 * Randomisation: each of the C(4,2) = 6 assignments gives +-0.5 (with or
 * without I1), as large as the estimate: p = 1.
 */
static void
test_hand (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  g_autoptr (NrpSurveyResult) r = NULL;
  const NrpSurveyDid *d;
  double t = 0.5 / sqrt (7.0 / 12), u = t / sqrt (3.0), se;

  r = run ("respondent,area,wave,y\n"
           "a,I1,1,0\nb,I1,2,1\nc,I2,1,0\nd,I2,2,0\n"
           "e,C1,1,1\nf,C1,2,1\ng,C2,1,0\nh,C2,2,0\n",
           "area,arm\nI1,intervention\nI2,intervention\nC1,comparator\nC2,comparator\n", NULL,
           &s, &error);
  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  CU_ASSERT_FALSE (nrp_survey_is_weighted (s));
  CU_ASSERT_EQUAL_FATAL (nrp_survey_result_get_n_outcomes (r), 1);
  d = nrp_survey_result_get_did (r, 0);
  CU_ASSERT_STRING_EQUAL (d->outcome, "y");
  CU_ASSERT_TRUE (d->binary);
  CU_ASSERT_EQUAL (d->n, 8);
  CU_ASSERT_EQUAL (d->excluded, 0);
  CU_ASSERT_EQUAL (d->clusters, 4);
  CU_ASSERT_EQUAL (d->parameters, 6);
  NRP_ASSERT_CLOSE (d->estimate, 0.5, 1e-12);
  NRP_ASSERT_CLOSE (d->cr1.se, sqrt (7.0 / 12), 1e-12);
  NRP_ASSERT_CLOSE (d->cr1.df, 3.0, 0);
  NRP_ASSERT_CLOSE (d->cr1.p_value, 1 - 2 / G_PI * (atan (u) + u / (1 + u * u)), 1e-12);
  CU_ASSERT_TRUE (d->randomisation_exact);
  CU_ASSERT_EQUAL (d->assignments, 6);
  NRP_ASSERT_CLOSE (d->randomisation.p_value, 1.0, 0);
  CU_ASSERT_TRUE (d->wild_exact);
  CU_ASSERT_EQUAL (d->wild_draws, 16);
  CU_ASSERT_STRING_EQUAL (d->wild_weights, "rademacher");
  /* p x 2^G is a whole number of sign vectors. */
  CU_ASSERT_DOUBLE_EQUAL (d->wild.p_value * 16, round (d->wild.p_value * 16), 1e-9);
  /* Cells: I1 at wave 1 then 2, ...; the mean of a single respondent, no SE. */
  CU_ASSERT_EQUAL_FATAL (nrp_survey_result_get_n_area_waves (r), 8);
  CU_ASSERT_EQUAL (nrp_survey_result_get_area_wave (r, 1)->wave, 2);
  CU_ASSERT_STRING_EQUAL (nrp_survey_result_get_area_wave (r, 1)->area_name, "I1");
  NRP_ASSERT_CLOSE (nrp_survey_result_get_mean (r, 1, 0, &se), 1.0, 0);
  CU_ASSERT (isnan (se));
  NRP_ASSERT_CLOSE (nrp_survey_result_get_area_wave (r, 1)->effective_n, 1.0, 1e-15);
}

/*
 * Area means with weights, by hand: three respondents of A at wave 1 with
 * weights 1, 2, 1 and y = 0, 1, 1: mean (0 + 2 + 1) / 4 = 0.75; Kish n =
 * 16 / 6; SE = sqrt (3/2 x sum w^2 (y - m)^2) / 4 with sum = 1 x 0.5625 +
 * 4 x 0.0625 + 1 x 0.0625 = 0.875: sqrt (1.3125) / 4.
 */
static void
test_cell_means (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  g_autofree char *r = temp_file ("respondent,area,wave,weight,y\n1,A,1,1,0\n2,A,1,2,1\n"
                                  "3,A,1,1,1\n");
  g_autofree char *a = temp_file ("area,arm\nA,intervention\n");
  g_autoptr (NrpSurveyResult) res = NULL;
  double se;

  s = nrp_survey_load (r, a, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_TRUE (nrp_survey_is_weighted (s));
  /* One wave: the means are there, the model is an error. */
  res = nrp_survey_compute (s, NULL, &error);
  CU_ASSERT_PTR_NULL (res);
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_VALUE));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, "needs two waves"));
  g_clear_error (&error);
  {
    g_autoptr (NrpSurveyOptions) o = nrp_survey_options_new ();
    CU_ASSERT_FALSE (nrp_survey_options_set_waves (o, 2, 1, &error));
    CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
    g_clear_error (&error);
  }
  g_unlink (r);
  g_unlink (a);
  {
    g_autoptr (NrpSurvey) s2 = NULL;
    g_autoptr (NrpSurveyResult) r2 = run (
      "respondent,area,wave,weight,y\n1,A,1,1,0\n2,A,1,2,1\n3,A,1,1,1\n4,A,2,1,1\n"
      "5,B,1,1,0\n6,B,2,1,1\n7,C,1,1,0\n8,C,2,1,0\n9,D,1,1,1\n10,D,2,1,0\n",
      "area,arm\nA,intervention\nB,intervention\nC,comparator\nD,comparator\n", NULL, &s2,
      &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL (r2);
    NRP_ASSERT_CLOSE (nrp_survey_result_get_mean (r2, 0, 0, &se), 0.75, 1e-15);
    NRP_ASSERT_CLOSE (se, sqrt (1.3125) / 4, 1e-15);
    NRP_ASSERT_CLOSE (nrp_survey_result_get_area_wave (r2, 0)->weighted_n, 4.0, 0);
    NRP_ASSERT_CLOSE (nrp_survey_result_get_area_wave (r2, 0)->effective_n, 16.0 / 6, 1e-15);
    CU_ASSERT_EQUAL (nrp_survey_result_get_area_wave (r2, 0)->n, 3);
  }
}

/* One expected value: "case outcome covariates quantity" -> value. */
static GHashTable *
read_expected (const char *name, GHashTable *into)
{
  g_autofree char *path = data_path ("expected", name), *text = NULL;
  g_auto (GStrv) lines = NULL;
  CU_ASSERT_FATAL (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      if (lines[i][0] == '#' || g_strv_length (f) < 5)
        continue;
      /* The two CR2 routes must agree with each other too: keep both. */
      {
        g_autofree char *key = g_strdup_printf ("%s %s %s %s", f[0], f[1], f[2], f[3]);
        double *v = g_new (double, 1);
        *v = g_ascii_strtod (f[4], NULL);
        if (g_hash_table_contains (into, key))
          {
            g_autofree char *key2 = g_strconcat (key, " again", NULL);
            g_hash_table_insert (into, g_steal_pointer (&key2), v);
          }
        else
          g_hash_table_insert (into, g_steal_pointer (&key), v);
      }
    }
  return into;
}

static double
expected (GHashTable *e, const char *case_, const char *outcome, const char *cov, const char *q)
{
  g_autofree char *key = g_strdup_printf ("%s %s %s %s", case_, outcome, cov, q);
  double *v = g_hash_table_lookup (e, key);
  CU_ASSERT_PTR_NOT_NULL (v);
  return v != NULL ? *v : NAN;
}

static void
test_oracles (void)
{
  static const struct {
    const char *name, *dir, *outcome, *covariates;
    gboolean brute;
  } cases[] = {
    { "small", "fixtures/survey", "y", "x", TRUE },
    { "small", "fixtures/survey", "y", "-", TRUE },
    { "small", "fixtures/survey", "b", "x", TRUE },
    { "sample", NULL, "influence", "age,owner", FALSE },
    { "sample", NULL, "wellbeing", "-", FALSE },
  };
  g_autoptr (GHashTable) e = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  read_expected ("survey.tsv", e);
  read_expected ("survey_cr2_r.tsv", e);
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (NrpSurvey) s = NULL;
      g_autoptr (NrpSurveyOptions) o = nrp_survey_options_new ();
      g_autoptr (NrpSurveyResult) r = NULL;
      const NrpSurveyDid *d;
      const char *n = cases[c].name, *y = cases[c].outcome, *x = cases[c].covariates;
      if (cases[c].dir != NULL)
        {
          g_autofree char *rp = nrp_test_path ("fixtures/survey/respondents.csv");
          g_autofree char *ap = nrp_test_path ("fixtures/survey/areas.csv");
          s = nrp_survey_load (rp, ap, NULL, &error);
        }
      else
        s = nrp_survey_load_sample (&error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      nrp_survey_options_set_outcomes (o, y);
      nrp_survey_options_set_covariates (o, strcmp (x, "-") == 0 ? NULL : x);
      r = nrp_survey_compute (s, o, &error);
      CU_ASSERT_PTR_NULL (error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (r);
      d = nrp_survey_result_get_did (r, 0);
      CU_ASSERT_EQUAL (d->n, (guint) expected (e, n, y, x, "n"));
      NRP_ASSERT_CLOSE (d->estimate, expected (e, n, y, x, "estimate"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr1.se, expected (e, n, y, x, "cr1_se"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr1.p_value, expected (e, n, y, x, "cr1_p"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr1.ci_low, expected (e, n, y, x, "cr1_ci_low"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr1.ci_high, expected (e, n, y, x, "cr1_ci_high"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr2.se, expected (e, n, y, x, "cr2_se"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr2.se, expected (e, n, y, x, "cr2_se again"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr2.df, expected (e, n, y, x, "cr2_df"), 1e-8);
      NRP_ASSERT_CLOSE (d->cr2.p_value, expected (e, n, y, x, "cr2_p"), 1e-8);
      if (cases[c].brute)
        NRP_ASSERT_CLOSE (d->wild.p_value, expected (e, n, y, x, "wild_p"), 1e-12);
      NRP_ASSERT_CLOSE (d->randomisation.p_value, expected (e, n, y, x, "rand_p"), 1e-12);
      NRP_ASSERT_CLOSE (d->randomisation_p_t, expected (e, n, y, x, "rand_p_t"), 1e-12);
      /* Each interval holds its estimate; the bootstrap's and
       * randomisation's ends are where their tests reject at 5%. */
      CU_ASSERT (d->wild.ci_low < d->estimate && d->estimate < d->wild.ci_high);
      CU_ASSERT (d->randomisation.ci_low < d->estimate && d->estimate < d->randomisation.ci_high);
    }
}

/* Bad input: file, line and column, and the kind of error. */
static void
test_errors (void)
{
  static const char *const areas = "area,arm\nI1,intervention\nI2,intervention\n"
                                   "C1,comparator\nC2,comparator\n";
  static const char *const ok_rows = "a,I1,1,1,0\nb,I1,2,1,1\nc,I2,1,1,0\nd,I2,2,1,0\n"
                                     "e,C1,1,1,1\nf,C1,2,1,1\ng,C2,1,1,0\n";
  static const struct {
    const char *rows, *covariates, *where;
    NrpErrorCode code;
  } cases[] = {
    { "h,C2,2,0,0\n", NULL, ":9:4: the weight is zero", NRP_ERROR_VALUE },
    { "h,C2,2,NaN,0\n", NULL, ":9:4: the weight is NaN", NRP_ERROR_VALUE },
    { "h,C2,2,heavy,0\n", NULL, ":9:4: the weight is not a number", NRP_ERROR_VALUE },
    { "h,C9,2,1,0\n", NULL, ":9:2: the area is not one of", NRP_ERROR_VALUE },
    { "h,C2,2,1,yes\n", NULL, ":9:5: the item 'y' is not a finite number", NRP_ERROR_VALUE },
    { "a,C2,1,1,0\n", NULL, ":9:1: respondent 'a' is listed twice at wave 1 (first on line 2)",
      NRP_ERROR_DUPLICATE },
    { "", NULL, ":8:2: area 'C2' has respondents at wave 1 only", NRP_ERROR_VALUE },
    { "h,C2,2,1,0\n", "w", "the covariate 'w' is not a column", NRP_ERROR_ARGUMENT },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (NrpSurvey) s = NULL;
      g_autofree char *text = g_strconcat ("respondent,area,wave,weight,y\n", ok_rows,
                                           cases[c].rows, NULL);
      g_autoptr (NrpSurveyResult) r = run (text, areas, cases[c].covariates, &s, &error);
      CU_ASSERT_PTR_NULL (r);
      CU_ASSERT (g_error_matches (error, NRP_ERROR, cases[c].code));
      if (error == NULL || strstr (error->message, cases[c].where) == NULL)
        {
          fprintf (stderr, "\ncase %u: %s\n", c, error ? error->message : "(no error)");
          CU_FAIL ("the error names the place");
        }
    }

  /* A covariate with no variation within any area; one area in an arm. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (NrpSurvey) s = NULL;
    g_autoptr (NrpSurveyResult) r = run (
      "respondent,area,wave,y,k\na,I1,1,0,5\nb,I1,2,1,5\nc,I2,1,0,5\nd,I2,2,0,5\n"
      "e,C1,1,1,5\nf,C1,2,1,5\ng,C2,1,0,5\nh,C2,2,0,5\n",
      areas, "k", &s, &error);
    CU_ASSERT_PTR_NULL (r);
    CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":1:5: the covariate 'k' never "
                                                             "varies within an area"));
  }
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (NrpSurvey) s = NULL;
    g_autoptr (NrpSurveyResult) r = run (
      "respondent,area,wave,y\na,I1,1,0\nb,I1,2,1\ne,C1,1,1\nf,C1,2,1\ng,C2,1,0\nh,C2,2,0\n",
      "area,arm\nI1,intervention\nC1,comparator\nC2,comparator\n", NULL, &s, &error);
    CU_ASSERT_PTR_NULL (r);
    CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":2:1: the intervention arm has 1 "
                                                             "area; the survey's difference in "
                                                             "differences needs at least two"));
  }
  /* More areas than the few-cluster inference is for: refused at the line
   * of the first too many, not gigabytes of area-by-area tables. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (NrpSurvey) s = NULL;
    GString *ar = g_string_new ("area,arm\n"), *rs = g_string_new ("respondent,area,wave,y\n");
    g_autoptr (NrpSurveyResult) r = NULL;
    for (guint k = 0; k < 1001; k++)
      {
        g_string_append_printf (ar, "A%u,%s\n", k, k % 2 ? "comparator" : "intervention");
        g_string_append_printf (rs, "a%u,A%u,1,0\nb%u,A%u,2,1\n", k, k, k, k);
      }
    r = run (rs->str, ar->str, NULL, &s, &error);
    CU_ASSERT_PTR_NULL (r);
    CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":1002:1: 1001 areas"));
    g_string_free (ar, TRUE);
    g_string_free (rs, TRUE);
  }
  /* An area of areas.csv with no respondent at all. */
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (NrpSurvey) s = NULL;
    g_autoptr (NrpSurveyResult) r = run (
      "respondent,area,wave,y\na,I1,1,0\nb,I1,2,1\nc,I2,1,0\nd,I2,2,0\ne,C1,1,1\nf,C1,2,1\n",
      areas, NULL, &s, &error);
    CU_ASSERT_PTR_NULL (r);
    CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":5:1: area 'C2' has no respondent"));
  }
}

/* The ego fixture loaded with all four files. */
static NrpSurvey *
load_ego_fixture (GError **error)
{
  g_autofree char *r = nrp_test_path ("fixtures/ego/respondents.csv");
  g_autofree char *a = nrp_test_path ("fixtures/ego/areas.csv");
  g_autofree char *al = nrp_test_path ("fixtures/ego/alters.csv");
  g_autofree char *t = nrp_test_path ("fixtures/ego/alter_ties.csv");
  g_autofree char *p = nrp_test_path ("fixtures/ego/positions.csv");
  g_autofree char *g = nrp_test_path ("fixtures/ego/registry.csv");
  NrpSurvey *s = nrp_survey_load (r, a, NULL, error);
  if (s != NULL && !nrp_survey_load_ego (s, al, t, p, g, error))
    g_clear_pointer (&s, nrp_survey_free);
  return s;
}

/*
 * Every ego-network and position-generator measure of every respondent of
 * tests/fixtures/ego against tests/expected/ego.tsv
 * (tests/oracle/ego_oracle.py: the definitions written out in Python, and
 * NetworkX's effective_size and constraint on each ego graph), NaN where
 * the oracle says undefined. Two by hand: r02 at wave 1 named one
 * resident, as it is: bonding 1, Blau 0, E-I -1; its ego graph is one tie,
 * so effective size 1 - 0 = 1 and constraint (p = 1)^2 = 1.
 */
static void
test_ego_oracle (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = load_ego_fixture (&error);
  g_autofree char *path = data_path ("expected", "ego.tsv"), *text = NULL;
  g_auto (GStrv) lines = NULL;
  guint checked = 0;

  CU_ASSERT_PTR_NULL (error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_EQUAL (nrp_survey_get_n_items (s), 1 + 12 + 3);
  CU_ASSERT_STRING_EQUAL (nrp_survey_get_item (s, 1), "ego_size");
  CU_ASSERT_STRING_EQUAL (nrp_survey_get_item (s, 15), "pg_range");
  CU_ASSERT_FATAL (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      guint row = G_MAXUINT, item = G_MAXUINT;
      double want, got;
      if (lines[i][0] == '#' || g_strv_length (f) != 4)
        continue;
      for (guint r = 0; r < nrp_survey_get_n_respondents (s); r++)
        if (strcmp (nrp_survey_get_respondent (s, r), f[0]) == 0
            && nrp_survey_get_wave (s, r) == (guint) atoi (f[1]))
          row = r;
      for (guint k = 0; k < nrp_survey_get_n_items (s); k++)
        if (strcmp (nrp_survey_get_item (s, k), f[2]) == 0)
          item = k;
      CU_ASSERT_FATAL (row != G_MAXUINT && item != G_MAXUINT);
      want = g_ascii_strtod (f[3], NULL);
      got = nrp_survey_get_value (s, item, row);
      if (!((isnan (want) && isnan (got)) || fabs (want - got) <= 1e-12 * fmax (1, fabs (want))))
        {
          fprintf (stderr, "\n%s wave %s %s: %.17g, expected %s\n", f[0], f[1], f[2], got, f[3]);
          CU_FAIL ("an ego measure differs from the oracle");
        }
      checked++;
    }
  CU_ASSERT_EQUAL (checked, 24 * 15);
  /* The fixture's alters of sector 'church' have no power level: said. */
  CU_ASSERT_EQUAL_FATAL (nrp_survey_get_n_warnings (s), 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_survey_get_warning (s, 0), "sector 'church' is not in "
                                                                  "the built-in taxonomy"));
  /* The measures are survey items: the DiD of one runs. */
  {
    g_autoptr (NrpSurveyOptions) o = nrp_survey_options_new ();
    g_autoptr (NrpSurveyResult) r = NULL;
    nrp_survey_options_set_outcomes (o, "ego_has_linking");
    r = nrp_survey_compute (s, o, &error);
    CU_ASSERT_PTR_NOT_NULL_FATAL (r);
    CU_ASSERT_TRUE (nrp_survey_result_get_did (r, 0)->binary);
    /* r00 did not answer the name generator: left out, and counted. */
    CU_ASSERT_EQUAL (nrp_survey_result_get_did (r, 0)->excluded, 2);
  }
  /* Loaded twice is an error. */
  CU_ASSERT_FALSE (nrp_survey_load_ego (s, NULL, NULL, NULL, NULL, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
}

/* Bad ego files: file, line and column, and the survey unchanged. */
static void
test_ego_errors (void)
{
  static const struct {
    const char *alters, *ties, *positions, *where;
  } cases[] = {
    { "respondent,wave,alter,sector\nr09,1,x,resident\n", NULL, NULL,
      ":2:1: respondent 'r09' at wave 1 is not in" },
    { "respondent,wave,alter,sector\na,1,x,resident\na,1,x,business\n", NULL, NULL,
      ":3:3: alter 'x' is named twice" },
    { "respondent,wave,alter,sector\na,1,x,resident\n",
      "respondent,wave,alter1,alter2\na,1,x,y\n", NULL,
      ":2:4: alter 'y' is not one this respondent named" },
    { NULL, NULL, "respondent,wave,position,access\na,1,resident,2\n",
      ":2:4: access is 1 (knows someone in the position) or 0" },
    { NULL, NULL, "respondent,wave,position,access\na,1,gp,1\n",
      ":2:3: position 'gp' is not a sector of the built-in taxonomy" },
  };
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *r = temp_file ("respondent,area,wave,y\na,A,1,1\nb,A,2,0\n");
      g_autofree char *ar = temp_file ("area,arm\nA,intervention\n");
      g_autofree char *al = cases[c].alters ? temp_file (cases[c].alters) : NULL;
      g_autofree char *t = cases[c].ties ? temp_file (cases[c].ties) : NULL;
      g_autofree char *p = cases[c].positions ? temp_file (cases[c].positions) : NULL;
      g_autoptr (NrpSurvey) s = nrp_survey_load (r, ar, NULL, &error);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      CU_ASSERT_FALSE (nrp_survey_load_ego (s, al, t, p, NULL, &error));
      if (error == NULL || strstr (error->message, cases[c].where) == NULL)
        {
          fprintf (stderr, "\nego case %u: %s\n", c, error ? error->message : "(no error)");
          CU_FAIL ("the error names the place");
        }
      CU_ASSERT_EQUAL (nrp_survey_get_n_items (s), 1);
      {
        const char *const files[] = { r, ar, al, t, p };
        for (guint k = 0; k < G_N_ELEMENTS (files); k++)
          if (files[k] != NULL)
            g_unlink (files[k]);
      }
    }
}

/* The join's case (below). */
static const char join_actors[] = "id,sector,area\nP1,business,A\nP2,local_authority,A\n";
static const char join_ties[] = "source,target,wave\nP1,P2,1\nP1,P2,2\n";
static const char join_respondents[] = "respondent,area,wave,weight,y,alters_answered\n"
                                       "a,A,1,2,1,1\nb,A,1,0.5,0,1\nc,A,1,3,1,0\nd,A,2,1,0,1\n";
static const char join_alters[] = "respondent,wave,alter,sector,actor\na,1,x,business,P1\n"
                                  "a,1,y,business,P1\nb,1,z,business,P1\n"
                                  "c,1,x,local_authority,P2\nd,2,x,local_authority,P2\n";

/*
 * The join by hand: players P1 and P2 of area A; respondents a (weight 2)
 * and b (weight 0.5) at wave 1 both name P1, a through two alters (counted
 * once); c (weight 3) at wave 1 did not answer the name generator, so its
 * alter naming P2 does not count; d (weight 1) names P2 at wave 2. So
 * resident_reach is P1 2.5, P2 0 at wave 1; P1 0, P2 1 at wave 2.
 */
static void
test_resident_reach (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *act = temp_file (join_actors);
  g_autofree char *tie = temp_file (join_ties);
  g_autofree char *r = temp_file (join_respondents);
  g_autofree char *ar = temp_file ("area,arm\nA,intervention\n");
  g_autofree char *al = temp_file (join_alters);
  g_autofree char *bad = temp_file ("respondent,wave,alter,sector,actor\na,1,x,business,P9\n");
  g_autoptr (NrpLoadOptions) lo = nrp_load_options_new ();
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSurvey) s = NULL, s2 = NULL;
  g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
  g_autoptr (NrpReport) rep = NULL;
  g_autofree char *json = NULL;

  nrp_load_options_set_presence_prefix (lo, "");
  net = nrp_network_load (act, tie, lo, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_survey_load (r, ar, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_TRUE_FATAL (nrp_survey_load_ego (s, al, NULL, NULL, NULL, &error));
  nrp_report_options_set_permutations (ro, 0, NULL);
  rep = nrp_report_compute (net, ro, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (rep);
  CU_ASSERT_TRUE (nrp_report_add_resident_reach (rep, net, s, &error));
  json = nrp_report_to_json (rep, net, FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"id\":\"P1\""));
  /* JSON objects of wave 1 then wave 2; P1 before P2 in each. */
  {
    const char *p = json;
    static const char *const want[] = { "\"resident_reach\":2.5", "\"resident_reach\":0",
                                        "\"resident_reach\":0", "\"resident_reach\":1" };
    for (guint k = 0; k < G_N_ELEMENTS (want); k++)
      {
        p = strstr (p, want[k]);
        CU_ASSERT_PTR_NOT_NULL_FATAL (p);
        p++;
      }
  }
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"resident_reach_change\":-2.5"));
  /* An alter naming no player: the error names alters.csv's place. */
  s2 = nrp_survey_load (r, ar, NULL, &error);
  CU_ASSERT_TRUE_FATAL (nrp_survey_load_ego (s2, bad, NULL, NULL, NULL, &error));
  CU_ASSERT_FALSE (nrp_report_add_resident_reach (rep, net, s2, &error));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":2:5: actor 'P9' is not a system "
                                                           "player"));
  {
    const char *const files[] = { act, tie, r, ar, al, bad };
    for (guint k = 0; k < G_N_ELEMENTS (files); k++)
      g_unlink (files[k]);
  }
}

/* The sector registry of the ego measures, by hand. With sectors.csv
 * resident 0, tenant 0, council 3, shop (no power): respondent a
 * (resident) names a council, a shop, a resident and a tenant alter: the
 * resident is bonding; the council linking (3 against 0); the shop
 * bridging (no power: a warning says so); the tenant bridging (equal
 * power). Four alters in four sectors: Blau 1 - 4/16 = 0.75, and the
 * registry's four sectors make the IQV 0.75 / (1 - 1/4) = 1. Respondent b
 * (tenant, power 0) names a council: linking. Position "council" has
 * prestige 3 from the file. */
static void
test_sector_registry (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *r = temp_file ("respondent,area,wave,sector,y\na,A,1,resident,1\n"
                                  "b,A,1,tenant,0\n");
  g_autofree char *ar = temp_file ("area,arm\nA,intervention\n");
  g_autofree char *sec = temp_file ("sector,power\nresident,0\ntenant,0\ncouncil,3\nshop,\n");
  g_autofree char *al = temp_file ("respondent,wave,alter,sector\na,1,w,council\na,1,x,shop\n"
                                   "a,1,y,resident\na,1,z,tenant\nb,1,x,council\n");
  g_autofree char *bad = temp_file ("respondent,wave,alter,sector\na,1,w,council\n"
                                    "b,1,x,business\n");
  g_autofree char *pos = temp_file ("respondent,wave,position,access\na,1,council,1\n"
                                    "a,1,tenant,1\n");
  g_autofree char *badpos = temp_file ("respondent,wave,position,access\na,1,shop,1\n");
  g_autoptr (NrpSurvey) s = nrp_survey_load (r, ar, NULL, &error);
  guint it[5];
  static const char *const names[5] = { "ego_bonding", "ego_bridging", "ego_linking",
                                        "ego_iqv", "pg_upper_reach" };

  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  /* Closed without a file: only the built-in taxonomy; tenant is not. */
  CU_ASSERT_FALSE (nrp_survey_set_sectors (s, NULL, TRUE, &error));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":3:4: the respondent's sector "
                                                           "'tenant' is not in the built-in"));
  g_clear_error (&error);
  /* Closed with the file: business is not in it. */
  CU_ASSERT_TRUE_FATAL (nrp_survey_set_sectors (s, sec, TRUE, &error));
  CU_ASSERT_FALSE (nrp_survey_load_ego (s, bad, NULL, NULL, NULL, &error));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":3:4: the alter's sector "
                                                           "'business' is not in"));
  g_clear_error (&error);
  /* A position that is a sector without power in the file. */
  CU_ASSERT_FALSE (nrp_survey_load_ego (s, NULL, NULL, badpos, NULL, &error));
  CU_ASSERT_PTR_NOT_NULL (error && strstr (error->message, ":2:3: position 'shop' is not a "
                                                           "sector with a power level"));
  g_clear_error (&error);
  CU_ASSERT_EQUAL (nrp_survey_get_n_items (s), 1);
  CU_ASSERT_TRUE_FATAL (nrp_survey_load_ego (s, al, NULL, pos, NULL, &error));
  for (guint k = 0; k < 5; k++)
    {
      it[k] = G_MAXUINT;
      for (guint j = 0; j < nrp_survey_get_n_items (s); j++)
        if (strcmp (nrp_survey_get_item (s, j), names[k]) == 0)
          it[k] = j;
      CU_ASSERT_FATAL (it[k] != G_MAXUINT);
    }
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[0], 0), 1, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[1], 0), 2, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[2], 0), 1, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[3], 0), 1, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[4], 0), 3, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[2], 1), 1, 1e-12);
  CU_ASSERT_DOUBLE_EQUAL (nrp_survey_get_value (s, it[0], 1), 0, 1e-12);
  CU_ASSERT_EQUAL (nrp_survey_get_n_warnings (s), 1);
  CU_ASSERT_PTR_NOT_NULL (nrp_survey_get_n_warnings (s) > 0
                          && strstr (nrp_survey_get_warning (s, 0),
                                     "alters' sector 'shop' has no power level in"));
  /* Set after the ego answers: refused. */
  CU_ASSERT_FALSE (nrp_survey_set_sectors (s, NULL, FALSE, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  {
    const char *const files[] = { r, ar, sec, al, bad, pos, badpos };
    for (guint k = 0; k < G_N_ELEMENTS (files); k++)
      g_unlink (files[k]);
  }
}

/*
 * Residents joined, by hand, on the join's case above: players P1
 * (business) and P2 (local authority) tied at both waves; a and b name P1
 * at wave 1 (a twice: one tie), c did not answer (not joined at all), d
 * names P2 at wave 2. The joined network has P1, P2, a, b, d; wave 1 ties
 * P1-P2, P1-a, P1-b (E-I (3 - 0) / 3 = 1; P1's degree 3), wave 2 P1-P2,
 * P2-d; a and b are present at wave 1 only, d at wave 2 only. Directed,
 * the ties run from the respondent.
 */
static void
test_with_residents (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *act = temp_file (join_actors);
  g_autofree char *tie = temp_file (join_ties);
  g_autofree char *r = temp_file (join_respondents);
  g_autofree char *ar = temp_file ("area,arm\nA,intervention\nB,comparator\n");
  g_autofree char *al = temp_file (join_alters);
  g_autofree char *clash = temp_file ("respondent,area,wave,y\nP2,A,1,1\n");
  g_autofree char *moved = temp_file ("respondent,area,wave,y\na,A,1,1\na,B,2,1\n");
  g_autofree char *al2 = temp_file ("respondent,wave,alter,sector,actor\nP2,1,x,business,P1\n");
  g_autofree char *al3 = temp_file ("respondent,wave,alter,sector,actor\na,1,x,business,P1\n");
  g_autofree char *sec = temp_file ("sector,power\nbusiness,1\nlocal_authority,2\n");
  g_autoptr (NrpLoadOptions) lo = nrp_load_options_new ();
  g_autoptr (NrpNetwork) net = NULL, joined = NULL, dnet = NULL, djoined = NULL, cnet = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  g_autoptr (NrpSummary) sum = NULL;
  g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
  g_autoptr (NrpReport) rep = NULL;
  g_autofree char *json = NULL;
  static const char *const ids[] = { "P1", "P2", "a", "b", "d" };
  guint src, dst;

  nrp_load_options_set_presence_prefix (lo, "");
  net = nrp_network_load (act, tie, lo, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_survey_load (r, ar, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  /* Without ego answers: nothing to join. */
  CU_ASSERT_PTR_NULL (nrp_network_new_with_residents (net, s, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  CU_ASSERT_TRUE_FATAL (nrp_survey_load_ego (s, al, NULL, NULL, NULL, &error));
  joined = nrp_network_new_with_residents (net, s, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (joined);
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_actors (joined), 5);
  for (guint i = 0; i < 5; i++)
    CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_id (joined, i), ids[i]);
  CU_ASSERT_STRING_EQUAL (
    nrp_network_get_sector_name (joined, nrp_network_get_actor_sector (joined, 2)), "resident");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_area (joined, 4), "A");
  CU_ASSERT_TRUE (nrp_network_get_actor_present (joined, 2, 1));
  CU_ASSERT_FALSE (nrp_network_get_actor_present (joined, 2, 2));
  CU_ASSERT_FALSE (nrp_network_get_actor_present (joined, 4, 1));
  CU_ASSERT_TRUE (nrp_network_get_actor_present (joined, 4, 2));
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (joined, 1), 3);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (joined, 2), 2);
  CU_ASSERT_TRUE (nrp_network_get_tie (joined, 2, 1, &src, &dst, NULL, NULL));
  CU_ASSERT (src == 1 && dst == 4);
  CU_ASSERT_EQUAL (nrp_network_get_n_warnings (joined), 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_network_get_warning (joined, 0),
                                  "3 respondents joined as actors, with 3 ties"));
  sum = nrp_summary_compute (joined, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (sum);
  CU_ASSERT_DOUBLE_EQUAL (nrp_summary_get_wave (sum, 1)->ei_index, 1, 1e-12);
  CU_ASSERT_EQUAL (nrp_summary_get_degrees (sum, 1, NRP_DEGREE_ALL)[0], 3);
  /* The report of the joined network: the respondents' own reach is null. */
  nrp_report_options_set_permutations (ro, 0, NULL);
  rep = nrp_report_compute (joined, ro, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (rep);
  CU_ASSERT_TRUE (nrp_report_add_resident_reach (rep, joined, s, &error));
  json = nrp_report_to_json (rep, joined, FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"resident_reach\":2.5"));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"id\":\"a\""));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"resident_reach\":null"));
  /* Joined twice: refused. */
  CU_ASSERT_PTR_NULL (nrp_network_new_with_residents (joined, s, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);

  /* Directed: from the respondent to the player. */
  nrp_load_options_set_directed (lo, TRUE);
  dnet = nrp_network_load (act, tie, lo, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dnet);
  djoined = nrp_network_new_with_residents (dnet, s, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (djoined);
  CU_ASSERT_TRUE (nrp_network_get_tie (djoined, 1, 1, &src, &dst, NULL, NULL));
  CU_ASSERT (src == 2 && dst == 0);

  /* A closed sector list without resident. */
  nrp_load_options_set_directed (lo, FALSE);
  nrp_load_options_set_sectors_file (lo, sec, TRUE);
  cnet = nrp_network_load (act, tie, lo, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (cnet);
  CU_ASSERT_PTR_NULL (nrp_network_new_with_residents (cnet, s, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_UNKNOWN_SECTOR));
  g_clear_error (&error);

  /* A respondent with a player's id; one in two areas. */
  {
    const char *resp[2] = { clash, moved };
    const char *alt[2] = { al2, al3 };
    const char *where[2] = { ":2:1: respondent 'P2' has the id of a system player",
                             ":3:2: respondent 'a' has another area here than on line 2" };
    for (guint k = 0; k < 2; k++)
      {
        g_autoptr (NrpSurvey) s2 = nrp_survey_load (resp[k], ar, NULL, &error);
        CU_ASSERT_PTR_NOT_NULL_FATAL (s2);
        CU_ASSERT_TRUE_FATAL (nrp_survey_load_ego (s2, alt[k], NULL, NULL, NULL, &error));
        CU_ASSERT_PTR_NULL (nrp_network_new_with_residents (net, s2, &error));
        if (error == NULL || strstr (error->message, where[k]) == NULL)
          {
            fprintf (stderr, "\nresidents case %u: %s\n", k, error ? error->message : "(none)");
            CU_FAIL ("the error names the place");
          }
        g_clear_error (&error);
      }
  }
  {
    const char *const files[] = { act, tie, r, ar, al, clash, moved, al2, al3, sec };
    for (guint k = 0; k < G_N_ELEMENTS (files); k++)
      g_unlink (files[k]);
  }
}

/* Pseudonymised with one key, the join's case still joins: P1's reach is
 * 2.5 under its pseudonym, the raw ids are gone, and the ego answers (which
 * name raw ids) cannot be loaded after. */
static void
test_pseudonymised_join (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *act = temp_file (join_actors);
  g_autofree char *tie = temp_file (join_ties);
  g_autofree char *r = temp_file (join_respondents);
  g_autofree char *ar = temp_file ("area,arm\nA,intervention\n");
  g_autofree char *al = temp_file (join_alters);
  g_autofree char *keyfile = temp_file ("00112233445566778899aabbccddeeff\n");
  g_autoptr (GBytes) key = nrp_key_load (keyfile, &error);
  g_autoptr (NrpLoadOptions) lo = nrp_load_options_new ();
  g_autoptr (NrpNetwork) raw = NULL, net = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
  g_autoptr (NrpReport) rep = NULL;
  g_autofree char *json = NULL, *p1 = NULL, *pa = NULL, *want = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (key);
  nrp_load_options_set_presence_prefix (lo, "");
  raw = nrp_network_load (act, tie, lo, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (raw);
  net = nrp_network_new_pseudonymised (raw, key, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_survey_load (r, ar, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_TRUE_FATAL (nrp_survey_load_ego (s, al, NULL, NULL, NULL, &error));
  CU_ASSERT_TRUE_FATAL (nrp_survey_pseudonymise (s, key, &error));
  pa = nrp_pseudonym (key, "a");
  CU_ASSERT_STRING_EQUAL (nrp_survey_get_respondent (s, 0), pa);
  nrp_report_options_set_permutations (ro, 0, NULL);
  rep = nrp_report_compute (net, ro, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (rep);
  CU_ASSERT_TRUE (nrp_report_add_resident_reach (rep, net, s, &error));
  json = nrp_report_to_json (rep, net, FALSE);
  p1 = nrp_pseudonym (key, "P1");
  want = g_strdup_printf ("\"id\":\"%s\"", p1);
  CU_ASSERT_PTR_NOT_NULL (strstr (json, want));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"resident_reach\":2.5"));
  CU_ASSERT_PTR_NULL (strstr (json, "\"P1\""));
  CU_ASSERT_FALSE (nrp_survey_load_ego (s, al, NULL, NULL, NULL, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  {
    const char *const files[] = { act, tie, r, ar, al, keyfile };
    for (guint k = 0; k < G_N_ELEMENTS (files); k++)
      g_unlink (files[k]);
  }
}

/*
 * Small-cell suppression by hand. Cells (respondents): wave 1 I1 3, I2 12,
 * C1 15, C2 11; wave 2 I1 14, I2 13, C1 16, C2 20; two of C1's at wave 2
 * miss the covariate x. Below 10: I1 at wave 1 (3) is suppressed; wave 1
 * would then give it back (its total less the others), so its smallest
 * other cell, C2 (11), is too; wave 2 has none. The outcome left 2 out:
 * its n and excluded are suppressed. The estimate stands.
 */
static void
test_suppression (void)
{
  static const guint sizes[8] = { 3, 12, 15, 11, 14, 13, 16, 20 };
  static const char *const areas[4] = { "I1", "I2", "C1", "C2" };
  g_autoptr (GString) text = g_string_new ("respondent,area,wave,y,x\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  g_autoptr (NrpSurveyResult) r = NULL;
  g_autofree char *json = NULL;
  double estimate;
  guint id = 0;

  for (guint c = 0; c < 8; c++)
    for (guint i = 0; i < sizes[c]; i++)
      {
        g_autofree char *x = c == 6 && i < 2 ? g_strdup ("") : g_strdup_printf ("%u", i % 4);
        g_string_append_printf (text, "r%u,%s,%u,%u,%s\n", id++, areas[c % 4], c / 4 + 1,
                                (i * 7 + c) % 3 == 0, x);
      }
  r = run (text->str, "area,arm\nI1,intervention\nI2,intervention\nC1,comparator\n"
                      "C2,comparator\n", "x", &s, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  estimate = nrp_survey_result_get_did (r, 0)->estimate;
  CU_ASSERT_EQUAL (nrp_survey_result_get_did (r, 0)->excluded, 2);
  CU_ASSERT_EQUAL (nrp_survey_result_get_suppress_below (r), 0);
  CU_ASSERT_FALSE (nrp_survey_result_set_suppress_below (r, 1, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  CU_ASSERT_TRUE_FATAL (nrp_survey_result_set_suppress_below (r, 10, &error));
  CU_ASSERT_EQUAL_FATAL (nrp_survey_result_get_n_area_waves (r), 8);
  for (guint c = 0; c < 8; c++)
    {
      const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, c);
      /* Cells in area order, the two waves of one area together. */
      gboolean want = (strcmp (x->area_name, "I1") == 0 || strcmp (x->area_name, "C2") == 0)
                      && x->wave == 1;
      CU_ASSERT_EQUAL (nrp_survey_result_is_cell_suppressed (r, c), want);
    }
  CU_ASSERT_TRUE (nrp_survey_result_is_did_suppressed (r, 0));
  CU_ASSERT_EQUAL (nrp_survey_result_get_did (r, 0)->estimate, estimate);
  json = nrp_survey_result_to_json (r, s, FALSE);
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"n\":{\"suppressed\":true},\"excluded\":{\"suppressed\":true}"));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"area\":\"I1\",\"arm\":\"intervention\",\"wave\":1,"
                                        "\"n\":{\"suppressed\":true}"));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"area\":\"I2\",\"arm\":\"intervention\",\"wave\":1,"
                                        "\"n\":12,"));
  CU_ASSERT_PTR_NOT_NULL (strstr (json, "\"suppress_below\":10"));
  /* Off again: nothing hidden. */
  CU_ASSERT_TRUE (nrp_survey_result_set_suppress_below (r, 0, &error));
  CU_ASSERT_FALSE (nrp_survey_result_is_cell_suppressed (r, 0));
}

static const NrpTest tests[] = {
  { "a case worked by hand", test_hand },
  { "weighted means, Kish n and SE by hand; one wave", test_cell_means },
  { "statsmodels, clubSandwich, sandwich and brute force", test_oracles },
  { "bad input names file, line and column", test_errors },
  { "ego-network measures against the oracle and NetworkX", test_ego_oracle },
  { "bad ego-network files name file, line and column", test_ego_errors },
  { "the join: resident_reach by hand", test_resident_reach },
  { "the ego measures' sector registry, open and closed", test_sector_registry },
  { "residents joined as actors, by hand", test_with_residents },
  { "pseudonymised with one key, the join holds", test_pseudonymised_join },
  { "small cells suppressed, with the cell that would give one back", test_suppression },
};

NRP_TEST_MAIN ("survey", tests)
