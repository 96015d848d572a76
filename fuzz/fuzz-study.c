/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-study.c: a study's areas.csv and outcomes.csv (the input, split at
 * its first NUL; no outcomes when the second part is empty), then the
 * study on a small network of the harness's own in areas A1 to A4. The
 * study either computes or fails with an error located in one of the
 * files (or an argument error: areas the network does not have).
 */
#include "fuzz.h"

static NrpNetwork *net;

int
LLVMFuzzerInitialize (int *argc, char ***argv)
{
  FuzzFile f[2];
  GError *error = NULL;
  fuzz_init ();
  fuzz_fixed (&f[0], "id,sector,area\na1,resident,A1\nb1,business,A1\na2,resident,A2\n"
                     "b2,local_authority,A2\na3,resident,A3\nb3,business,A3\na4,resident,A4\n"
                     "b4,third_sector,A4\nr,public_service,\n");
  fuzz_fixed (&f[1], "source,target,wave\na1,b1,1\na1,r,2\na2,b2,2\nb2,r,1\na3,b3,1\na3,b3,2\n"
                     "a4,r,1\nb4,a4,2\n");
  net = nrp_network_load (f[0].path, f[1].path, NULL, &error);
  FUZZ_ASSERT (net != NULL);
  fuzz_files_close (f, 2);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[2];
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;

  fuzz_files_open (f, 2, data, size);
  design = nrp_study_design_load (f[0].path, f[1].len > 0 ? f[1].path : NULL, &error);
  if (design == NULL)
    fuzz_check_error (error, f, 2);
  else
    {
      g_autoptr (NrpStudyOptions) so = nrp_study_options_new ();
      g_autoptr (NrpStudy) st = NULL;
      nrp_study_options_set_max_exact (so, 100);
      FUZZ_ASSERT (nrp_study_options_set_draws (so, 99, NULL));
      st = nrp_study_compute (net, design, so, &error);
      if (st == NULL)
        fuzz_check_error (error, f, 2);
      else
        {
          g_autofree char *json = nrp_study_to_json (st, FALSE);
          FUZZ_ASSERT (json != NULL && g_utf8_validate (json, -1, NULL));
        }
    }
  fuzz_files_close (f, 2);
  return 0;
}
