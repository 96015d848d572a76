/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-positions.c: a survey's position generator, positions.csv and a
 * position registry (the input split at its first NUL; no registry when
 * the second part is empty), with respondents and areas of the harness's
 * own. A load that succeeds adds pg_extensity, pg_upper_reach, pg_range:
 * extensity a count no larger than the rows, reach and range NaN exactly
 * when nothing was reached, the range never negative.
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[4];
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  guint before;

  fuzz_files_open (f, 2, data, size);
  fuzz_fixed (&f[2], "respondent,area,wave,y\nr1,A1,1,1\nr2,C1,1,0\nr1,A1,2,0\nr3,C1,2,1\n");
  fuzz_fixed (&f[3], "area,arm\nA1,intervention\nC1,comparator\n");
  s = nrp_survey_load (f[2].path, f[3].path, NULL, &error);
  FUZZ_ASSERT (s != NULL);
  before = nrp_survey_get_n_items (s);
  if (!nrp_survey_load_ego (s, NULL, NULL, f[0].path, f[1].len > 0 ? f[1].path : NULL, &error))
    {
      fuzz_check_error (error, f, 4);
      FUZZ_ASSERT (nrp_survey_get_n_items (s) == before);
    }
  else
    {
      gssize rows = fuzz_records (&f[0]);
      double total = 0;
      FUZZ_ASSERT (nrp_survey_get_n_items (s) == before + 3);
      for (guint i = 0; i < nrp_survey_get_n_respondents (s); i++)
        {
          double ext = nrp_survey_get_value (s, before, i);
          double reach = nrp_survey_get_value (s, before + 1, i);
          double range = nrp_survey_get_value (s, before + 2, i);
          if (isnan (ext))
            FUZZ_ASSERT (isnan (reach) && isnan (range));
          else
            {
              FUZZ_ASSERT (ext >= 0 && ext == floor (ext));
              FUZZ_ASSERT ((ext == 0) == isnan (reach) && isnan (reach) == isnan (range));
              FUZZ_ASSERT (isnan (range) || range >= 0);
              total += ext;
            }
        }
      FUZZ_ASSERT (rows < 0 || total <= (double) rows);
    }
  fuzz_files_close (f, 4);
  return 0;
}
