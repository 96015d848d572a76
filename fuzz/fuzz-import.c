/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-import.c: two adjacency matrices or two wide survey exports (the
 * input split at its first NUL, after a first byte whose value picks the
 * direction, or the wide reader), imported. A failed import names one of
 * the two files; one that succeeds has a note per file (and one on the
 * direction when it was found or is a survey's), counts no more ties than
 * cells, and writes a ties.csv with a line per tie when no id holds a line
 * break.
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[2];
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = NULL;
  const char *paths[2];
  guint mode = size > 0 ? data[0] % 4 : 0; /* 0-2 a direction, 3 the wide reader */
  NrpImportDirection dir = mode == 3 ? NRP_IMPORT_DIRECTED : (NrpImportDirection) mode;

  fuzz_files_open (f, 2, data + MIN (size, 1), size - MIN (size, 1));
  paths[0] = f[0].path;
  paths[1] = f[1].path;
  imp = mode == 3 ? nrp_import_nominations (paths, 2, NULL, NULL, &error)
                  : nrp_import_matrices (paths, 2, dir, &error);
  if (imp == NULL)
    fuzz_check_error (error, f, 2);
  else
    {
      g_autofree char *out = g_strdup_printf ("%s/nrp-fuzz-import-%d.csv", g_get_tmp_dir (),
                                              (int) getpid ());
      g_autofree char *text = NULL;
      guint ties = nrp_import_get_n_ties (imp, 1) + nrp_import_get_n_ties (imp, 2);
      FUZZ_ASSERT (nrp_import_get_n_notes (imp) >= (dir == NRP_IMPORT_AUTO || mode == 3 ? 3u : 2u));
      FUZZ_ASSERT (dir == NRP_IMPORT_AUTO || nrp_import_is_directed (imp)
                   == (dir == NRP_IMPORT_DIRECTED));
      FUZZ_ASSERT (ties <= (guint) (f[0].len + f[1].len));
      FUZZ_ASSERT (nrp_import_write_ties (imp, out, &error));
      FUZZ_ASSERT (g_file_get_contents (out, &text, NULL, NULL));
      if (strchr (text, '"') == NULL) /* no quoted id, so none with a line break */
        {
          guint lines = 0;
          for (const char *p = text; *p; p++)
            lines += *p == '\n';
          FUZZ_ASSERT (lines == ties + 1);
        }
      unlink (out);
    }
  fuzz_files_close (f, 2);
  return 0;
}
