/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-missing.c: a missing.csv (the input, after a first byte whose low
 * bit makes the network directed) with actors and ties of the harness's
 * own. A load that succeeds holds one unobserved dyad a record, each
 * reported missing, none tied.
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[3];
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;

  fuzz_files_open (&f[0], 1, data + MIN (size, 1), size - MIN (size, 1));
  fuzz_fixed (&f[1], "id,sector,present_w1,present_w2\na,resident,1,1\nb,business,1,1\n"
                     "c,third_sector,1,0\nd,local_authority,0,1\ne,resident,1,1\n");
  fuzz_fixed (&f[2], "source,target,wave\na,b,1\nb,c,1\na,d,2\nd,e,2\n");
  nrp_load_options_set_directed (opt, size > 0 && (data[0] & 1));
  nrp_load_options_set_missing_file (opt, f[0].path);
  net = nrp_network_load (f[1].path, f[2].path, opt, &error);
  if (net == NULL)
    fuzz_check_error (error, f, 3);
  else
    {
      gssize rows = fuzz_records (&f[0]);
      guint total = 0;
      for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
        {
          total += nrp_network_get_n_missing (net, w);
          for (guint k = 0; k < nrp_network_get_n_ties (net, w); k++)
            {
              guint s, t;
              FUZZ_ASSERT (nrp_network_get_tie (net, w, k, &s, &t, NULL, NULL));
              FUZZ_ASSERT (!nrp_network_is_dyad_missing (net, w, s, t));
            }
        }
      FUZZ_ASSERT (rows < 0 || (gssize) total == rows);
    }
  fuzz_files_close (f, 3);
  return 0;
}
