/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-alters.c: a survey's name generator, alters.csv and alter_ties.csv
 * (the input after a first byte, split at its first NUL; no alter ties
 * when the second part is empty; the first byte's low bit closes the
 * sector list to the built-in taxonomy), with respondents and areas of the
 * harness's own. A load that succeeds adds the ego measures, and their
 * sizes add up to the alters' records (r3 did not answer: its measures
 * are NaN).
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[4];
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) s = NULL;
  gboolean closed = size > 0 && (data[0] & 1);
  guint before;

  fuzz_files_open (f, 2, data + MIN (size, 1), size - MIN (size, 1));
  fuzz_fixed (&f[2], "respondent,area,wave,sector,alters_answered,y\nr1,A1,1,resident,1,1\n"
                     "r2,C1,1,business,1,0\nr3,A1,2,resident,0,1\nr1,A1,2,resident,1,0\n"
                     "r4,C1,2,local_authority,1,1\n");
  fuzz_fixed (&f[3], "area,arm\nA1,intervention\nC1,comparator\n");
  s = nrp_survey_load (f[2].path, f[3].path, NULL, &error);
  FUZZ_ASSERT (s != NULL);
  before = nrp_survey_get_n_items (s);
  if (closed)
    FUZZ_ASSERT (nrp_survey_set_sectors (s, NULL, TRUE, NULL));
  if (!nrp_survey_load_ego (s, f[0].path, f[1].len > 0 ? f[1].path : NULL, NULL, NULL, &error))
    {
      fuzz_check_error (error, f, 4);
      FUZZ_ASSERT (nrp_survey_get_n_items (s) == before);
    }
  else
    {
      gssize rows = fuzz_records (&f[0]);
      guint items = nrp_survey_get_n_items (s), size_item = G_MAXUINT;
      double total = 0;
      FUZZ_ASSERT (items == before + (f[1].len > 0 ? 12 : 9));
      for (guint k = before; k < items; k++)
        if (strcmp (nrp_survey_get_item (s, k), "ego_size") == 0)
          size_item = k;
      FUZZ_ASSERT (size_item != G_MAXUINT);
      for (guint i = 0; i < nrp_survey_get_n_respondents (s); i++)
        {
          double v = nrp_survey_get_value (s, size_item, i);
          FUZZ_ASSERT (i == 2 ? isnan (v) : v >= 0);
          total += i == 2 ? 0 : v;
          for (guint k = before; k < items; k++)
            {
              double x = nrp_survey_get_value (s, k, i);
              FUZZ_ASSERT (isnan (x) || isfinite (x));
            }
        }
      /* r3's alters count in no size: the records less r3's are the sizes. */
      FUZZ_ASSERT (rows < 0 || total <= (double) rows);
    }
  fuzz_files_close (f, 4);
  return 0;
}
