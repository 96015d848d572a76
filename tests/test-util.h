/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-util.h: helpers shared by the suites that read the shared data sets
 * (tests/datasets) and the oracles' expected values (tests/expected).
 */
#ifndef NRP_TEST_UTIL_H
#define NRP_TEST_UTIL_H

#include <math.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"

/* tests/DIR/REL. */
static inline char *
data_path (const char *dir, const char *rel)
{
  g_autofree char *d = nrp_test_path (dir);
  return g_build_filename (d, rel, NULL);
}

/* Loads data set @name of tests/datasets/datasets.tsv (sector column
 * "group"; presence columns ignored, as the data sets' READMEs, RSiena and
 * the oracles count every actor at every wave), or NULL. */
static inline NrpNetwork *
load_dataset (const char *name)
{
  g_autofree char *index = data_path ("datasets", "datasets.tsv");
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  if (!g_file_get_contents (index, &text, NULL, NULL))
    return NULL;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      g_autoptr (NrpLoadOptions) opt = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *a = NULL, *t = NULL, *m = NULL;
      NrpNetwork *net;
      if (lines[i][0] == '#' || g_strv_length (f) != 5 || strcmp (f[0], name) != 0)
        continue;
      opt = nrp_load_options_new ();
      nrp_load_options_set_sector_column (opt, "group");
      nrp_load_options_set_presence_prefix (opt, "");
      nrp_load_options_set_directed (opt, strcmp (f[3], "1") == 0);
      if (strcmp (f[4], "-") != 0)
        {
          m = data_path ("datasets", f[4]);
          nrp_load_options_set_missing_file (opt, m);
        }
      a = data_path ("datasets", f[1]);
      t = data_path ("datasets", f[2]);
      net = nrp_network_load (a, t, opt, &error);
      if (error != NULL)
        fprintf (stderr, "\n%s: %s\n", name, error->message);
      return net;
    }
  return NULL;
}

/* Loads a network written out from two strings (default options but
 * @directed). */
static inline NrpNetwork *
load_text (const char *actors, const char *ties, gboolean directed)
{
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "actors.csv", NULL);
  g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  NrpNetwork *net;
  g_file_set_contents (a, actors, -1, NULL);
  g_file_set_contents (t, ties, -1, NULL);
  nrp_load_options_set_directed (opt, directed);
  net = nrp_network_load (a, t, opt, NULL);
  g_unlink (a);
  g_unlink (t);
  g_rmdir (dir);
  return net;
}

/* The rows of a tab-separated file under tests/, without comments, empty
 * lines and the header (a line starting "dataset\t"). */
static inline GPtrArray *
read_tsv (const char *rel)
{
  g_autofree char *path = nrp_test_path (rel);
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  if (!g_file_get_contents (path, &text, NULL, NULL))
    return rows;
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '#' && lines[i][0] != '\0' && !g_str_has_prefix (lines[i], "dataset\t"))
      g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
  return rows;
}

/* A number as the oracles print it ("nan", "inf" or a decimal). */
static inline double
num (const char *s)
{
  if (strcmp (s, "nan") == 0)
    return NAN;
  if (strcmp (s, "inf") == 0)
    return INFINITY;
  return g_ascii_strtod (s, NULL);
}

static inline guint
uint_of (const char *s)
{
  return (guint) g_ascii_strtoull (s, NULL, 10);
}

#endif /* NRP_TEST_UTIL_H */
