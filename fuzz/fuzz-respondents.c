/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-respondents.c: a household survey's respondents.csv (the input,
 * after a first byte whose low bit names the weight column "w" instead of
 * the default "weight") with areas of the harness's own. A survey that
 * loads has one respondent a record, each with a wave, and items that are
 * numbers or NaN; its DiD either computes or fails with an error.
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[2];
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = NULL;

  fuzz_files_open (&f[0], 1, data + MIN (size, 1), size - MIN (size, 1));
  fuzz_fixed (&f[1], "area,arm\nA1,intervention\nA2,intervention\nC1,comparator\nC2,comparator\n");
  s = nrp_survey_load (f[0].path, f[1].path, size > 0 && (data[0] & 1) ? "w" : NULL, &error);
  if (s == NULL)
    fuzz_check_error (error, f, 2);
  else
    {
      gssize rows = fuzz_records (&f[0]);
      guint n = nrp_survey_get_n_respondents (s);
      g_autoptr (NrpSurveyOptions) so = nrp_survey_options_new ();
      g_autoptr (NrpSurveyResult) res = NULL;
      FUZZ_ASSERT (rows < 0 || (gssize) n == rows);
      FUZZ_ASSERT (nrp_survey_get_n_items (s) >= 1);
      for (guint i = 0; i < n; i++)
        {
          FUZZ_ASSERT (nrp_survey_get_wave (s, i) >= 1 && nrp_survey_get_wave (s, i) <= NRP_MAX_WAVE);
          FUZZ_ASSERT (nrp_survey_get_respondent (s, i) != NULL);
          for (guint k = 0; k < nrp_survey_get_n_items (s); k++)
            {
              double v = nrp_survey_get_value (s, k, i);
              FUZZ_ASSERT (isnan (v) || isfinite (v));
            }
        }
      FUZZ_ASSERT (nrp_survey_options_set_max_enumerate (so, 16, NULL));
      FUZZ_ASSERT (nrp_survey_options_set_draws (so, 19, NULL));
      FUZZ_ASSERT (nrp_survey_options_set_max_exact (so, 10, NULL));
      res = nrp_survey_compute (s, so, &error);
      if (res == NULL)
        fuzz_check_error (error, f, 2);
      else
        g_free (nrp_survey_result_to_json (res, s, FALSE));
    }
  fuzz_files_close (f, 2);
  return 0;
}
