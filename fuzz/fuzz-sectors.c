/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-sectors.c: a sectors.csv (the input, after a first byte whose low
 * bit makes it the closed list) with a small network of the harness's own.
 * A load that succeeds lists every sector of the file, each once, in the
 * file's order, before the actors' others.
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[3];
  gboolean closed = size > 0 && (data[0] & 1);
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;

  fuzz_files_open (&f[0], 1, data + MIN (size, 1), size - MIN (size, 1));
  fuzz_fixed (&f[1], "id,sector\na,resident\nb,council\nc,business\nd,resident\n");
  fuzz_fixed (&f[2], "source,target,wave\na,b,1\nb,c,1\nc,d,2\n");
  nrp_load_options_set_sectors_file (opt, f[0].path, closed);
  net = nrp_network_load (f[1].path, f[2].path, opt, &error);
  if (net == NULL)
    fuzz_check_error (error, f, 3);
  else
    {
      gssize listed = fuzz_records (&f[0]);
      guint ns = nrp_network_get_n_sectors (net), actors = 0;
      FUZZ_ASSERT (nrp_network_get_n_actors (net) == 4);
      FUZZ_ASSERT (listed < 0 || (gssize) ns >= listed);
      FUZZ_ASSERT (!closed || listed < 0 || (gssize) ns == listed);
      for (guint k = 0; k < ns; k++)
        {
          const char *name = nrp_network_get_sector_name (net, k);
          FUZZ_ASSERT (name != NULL && *name != '\0');
          for (guint j = 0; j < k; j++)
            FUZZ_ASSERT (strcmp (name, nrp_network_get_sector_name (net, j)) != 0);
          actors += nrp_network_get_sector_size (net, k);
        }
      FUZZ_ASSERT (actors == 4);
    }
  fuzz_files_close (f, 3);
  return 0;
}
