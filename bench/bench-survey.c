/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench-survey.c: times the survey's difference in differences on the
 * bundled sample survey (about 6,000 respondents, 18 areas).
 *
 *   bench-survey
 *
 * Prints one line: respondents, the seconds of one outcome's whole model
 * (CR1, CR2, every one of the 2^18 wild-bootstrap sign vectors with the
 * interval's inversion, and all 48,620 assignments), and of the same with
 * the randomisation left to a single draw, which is the wild bootstrap and
 * the sandwiches alone.
 */
#include <stdio.h>

#include <nrpnet.h>

static double
run (const NrpSurvey *s, guint64 max_exact, guint draws)
{
  NrpSurveyOptions *o = nrp_survey_options_new ();
  NrpSurveyResult *r;
  GError *error = NULL;
  gint64 t0;
  nrp_survey_options_set_outcomes (o, "influence");
  nrp_survey_options_set_covariates (o, "age,owner");
  nrp_survey_options_set_max_exact (o, max_exact, NULL);
  nrp_survey_options_set_draws (o, draws, NULL);
  t0 = g_get_monotonic_time ();
  r = nrp_survey_compute (s, o, &error);
  if (r == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return -1;
    }
  t0 = g_get_monotonic_time () - t0;
  if (!nrp_survey_result_get_did (r, 0)->wild_exact
      || nrp_survey_result_get_did (r, 0)->wild_draws != 1u << 18)
    fprintf (stderr, "bench-survey: expected all 2^18 sign vectors\n");
  nrp_survey_result_free (r);
  nrp_survey_options_free (o);
  return t0 / 1e6;
}

int
main (void)
{
  GError *error = NULL;
  NrpSurvey *s = nrp_survey_load_sample (&error);
  double all, wild;
  if (s == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return 1;
    }
  all = run (s, 1000000, 99999);
  wild = run (s, 0, 1);
  printf ("respondents=%u model_s=%.4f wild_s=%.4f\n", nrp_survey_get_n_respondents (s), all,
          wild);
  nrp_survey_free (s);
  return all < 0 || wild < 0;
}
