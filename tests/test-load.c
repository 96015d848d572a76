/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-load.c: loading CSV files into the network model.
 *
 * Good inputs are checked value by value against the fixture files in
 * tests/fixtures/good; every bad-input class of tests/fixtures/cases.tsv
 * must fail with its error code, file, line and column (read off the
 * fixture by hand), and no network.
 *
 * The small network of good/actors.csv and good/ties.csv:
 *
 *   wave 1:  r1 --2-- r2        wave 2:  r1 --2-- r2
 *             \                                   |
 *              1                                  1
 *               \                                 |
 *   c1 --3-- t1  (t1-c1 collaboration)   c1 --1-- b1 --4-- t1
 *
 *   sectors: r1, r2 resident (area A); t1 third_sector (A);
 *            c1 local_authority (no area); b1 business (B)
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"

static char *
fixture (const char *rel)
{
  g_autofree char *dir = nrp_test_path ("fixtures");
  return g_build_filename (dir, rel, NULL);
}

static NrpNetwork *
load (const char *actors, const char *ties, NrpLoadOptions *opt, GError **error)
{
  g_autofree char *a = fixture (actors);
  g_autofree char *t = fixture (ties);
  return nrp_network_load (a, t, opt, error);
}

static NrpNetwork *
load_ok (const char *actors, const char *ties, NrpLoadOptions *opt)
{
  GError *error = NULL;
  NrpNetwork *net = load (actors, ties, opt, &error);
  if (error != NULL)
    {
      fprintf (stderr, "\nunexpected error: %s\n", error->message);
      g_error_free (error);
    }
  return net;
}

/* ---- Good inputs --------------------------------------------------------- */

static void
test_good_network_is_loaded_as_written (void)
{
  g_autoptr (NrpNetwork) net = load_ok ("good/actors.csv", "good/ties.csv", NULL);
  guint s, t;
  double w;
  const char *type;
  gint power;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_FALSE (nrp_network_is_directed (net));
  CU_ASSERT_EQUAL (nrp_network_get_n_actors (net), 5);
  CU_ASSERT_EQUAL (nrp_network_get_n_waves (net), 2);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_id (net, 2), "t1");
  CU_ASSERT_EQUAL (nrp_network_find_actor (net, "c1"), 3);
  CU_ASSERT_EQUAL (nrp_network_find_actor (net, "nobody"), -1);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_area (net, 0), "A");
  CU_ASSERT_PTR_NULL (nrp_network_get_actor_area (net, 3));
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_area (net, 4), "B");
  CU_ASSERT_EQUAL (nrp_network_get_n_attributes (net), 1);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_attribute_name (net, 0), "name");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_attribute (net, 3, "name"), "Council");
  CU_ASSERT_PTR_NULL (nrp_network_get_actor_attribute (net, 3, "age"));

  /* Built-in taxonomy order: resident, third_sector, business, ..., local_authority. */
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_sectors (net), 4);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 0), "resident");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 1), "third_sector");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 2), "business");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 3), "local_authority");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_label (net, 3), "Local authority");
  CU_ASSERT_TRUE (nrp_network_get_sector_power (net, 3, &power));
  CU_ASSERT_EQUAL (power, 2);
  CU_ASSERT_TRUE (nrp_network_get_sector_power (net, 0, &power));
  CU_ASSERT_EQUAL (power, 0);
  CU_ASSERT_EQUAL (nrp_network_get_sector_size (net, 0), 2);
  CU_ASSERT_EQUAL (nrp_network_get_actor_sector (net, 4), 2);

  /* Wave 1: r1-r2 (2, friendship), r1-t1 (1), t1-c1 (3, collaboration). */
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_ties (net, 1), 3);
  CU_ASSERT_TRUE (nrp_network_get_tie (net, 1, 0, &s, &t, &w, &type));
  CU_ASSERT (s == 0 && t == 1 && w == 2.0);
  CU_ASSERT_STRING_EQUAL (type, "friendship");
  CU_ASSERT_TRUE (nrp_network_get_tie (net, 1, 1, &s, &t, &w, &type));
  CU_ASSERT (s == 0 && t == 2 && w == 1.0 && type == NULL);
  CU_ASSERT_TRUE (nrp_network_get_tie (net, 1, 2, &s, &t, &w, &type));
  CU_ASSERT (s == 2 && t == 3 && w == 3.0);
  CU_ASSERT_STRING_EQUAL (type, "collaboration");
  /* Wave 2: r1-r2, r2-t1, t1-b1, c1-b1; undirected ties stored low index first. */
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_ties (net, 2), 4);
  CU_ASSERT_TRUE (nrp_network_get_tie (net, 2, 3, &s, &t, &w, NULL));
  CU_ASSERT (s == 3 && t == 4 && w == 1.0);
  CU_ASSERT_EQUAL (nrp_network_get_n_missing (net, 1), 0);
  CU_ASSERT_TRUE (nrp_network_get_actor_present (net, 4, 1));
  CU_ASSERT_EQUAL (nrp_network_get_n_merged (net), 0);
}

static void
test_bom_and_crlf_files_load (void)
{
  g_autoptr (NrpNetwork) net = load_ok ("good/actors-bom-crlf.csv", "good/ties-bom-crlf.csv",
                                        NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_actors (net), 2);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_id (net, 0), "x");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 1), "business");
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 1), 1);
}

static void
test_quoted_newline_is_kept_in_attribute (void)
{
  g_autoptr (NrpNetwork) net = load_ok ("good/actors-quoted-newline.csv",
                                        "good/ties-bom-crlf.csv", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_actors (net), 3);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_attribute (net, 0, "note"), "two\nline note");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_attribute (net, 1, "note"), "a, \"quoted\" note");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_id (net, 2), "z");
}

static void
test_sector_column_option_reads_group (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  nrp_load_options_set_sector_column (opt, "group");
  g_autoptr (NrpNetwork) net = load_ok ("good/actors-group.csv", "good/ties-123.csv", opt);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_sectors (net), 2);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 0), "g1");
  CU_ASSERT_EQUAL (nrp_network_get_sector_size (net, 0), 2);
  /* A sector outside the taxonomy has no power and its name as label. */
  CU_ASSERT_FALSE (nrp_network_get_sector_power (net, 0, NULL));
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_label (net, 1), "g2");
}

static void
test_sectors_file_replaces_taxonomy (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *sectors = fixture ("good/sectors.csv");
  gint power = -1;
  nrp_load_options_set_sectors_file (opt, sectors, TRUE);
  g_autoptr (NrpNetwork) net = load_ok ("good/actors.csv", "good/ties.csv", opt);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  /* The order of sectors.csv: resident, business, third_sector, local_authority. */
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_sectors (net), 4);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (net, 1), "business");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_label (net, 1), "Local business");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_label (net, 2), "Voluntary sector");
  CU_ASSERT_TRUE (nrp_network_get_sector_power (net, 3, &power));
  CU_ASSERT_EQUAL (power, 2);
  CU_ASSERT_EQUAL (nrp_network_get_actor_sector (net, 4), 1);
}

static void
test_merge_counts_exact_duplicates (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  nrp_load_options_set_directed (opt, TRUE);
  nrp_load_options_set_merge_duplicates (opt, TRUE);
  g_autoptr (NrpNetwork) net = load_ok ("good/actors.csv", "good/ties-dup.csv", opt);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 1), 2);
  CU_ASSERT_EQUAL (nrp_network_get_n_merged (net), 1);
}

static void
test_merge_counts_reversed_undirected_ties (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  nrp_load_options_set_merge_duplicates (opt, TRUE);
  g_autoptr (NrpNetwork) net = load_ok ("good/actors.csv", "good/ties-reversed.csv", opt);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 1), 2);
  CU_ASSERT_EQUAL (nrp_network_get_n_merged (net), 1);
}

static void
test_reversed_ties_are_distinct_when_directed (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  nrp_load_options_set_directed (opt, TRUE);
  g_autoptr (NrpNetwork) net = load_ok ("good/actors.csv", "good/ties-reversed.csv", opt);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 1), 3);
  CU_ASSERT_EQUAL (nrp_network_get_n_merged (net), 0);
}

static void
test_missing_dyads_are_recorded (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *missing = fixture ("good/missing.csv");
  nrp_load_options_set_missing_file (opt, missing);
  g_autoptr (NrpNetwork) net = load_ok ("good/actors.csv", "good/ties.csv", opt);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  /* missing.csv: r1-c1 at wave 1, r2-b1 at wave 2 (undirected: both orders). */
  CU_ASSERT_EQUAL (nrp_network_get_n_missing (net, 1), 1);
  CU_ASSERT_EQUAL (nrp_network_get_n_missing (net, 2), 1);
  CU_ASSERT_TRUE (nrp_network_is_dyad_missing (net, 1, 0, 3));
  CU_ASSERT_TRUE (nrp_network_is_dyad_missing (net, 1, 3, 0));
  CU_ASSERT_FALSE (nrp_network_is_dyad_missing (net, 2, 0, 3));
  CU_ASSERT_TRUE (nrp_network_is_dyad_missing (net, 2, 4, 1));
  CU_ASSERT_FALSE (nrp_network_is_dyad_missing (net, 1, 0, 1));
}

static void
test_presence_columns_are_read (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  nrp_load_options_set_presence_prefix (opt, "present_w");
  /* actors-presence.csv: r2 absent at wave 2, b1 absent at wave 1. */
  {
    GError *error = NULL;
    g_autofree char *a = fixture ("bad/actors-presence.csv");
    g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
    g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
    g_file_set_contents (t, "source,target,wave\nr1,t1,1\nt1,c1,2\nr1,b1,2\n", -1, NULL);
    NrpNetwork *n2 = nrp_network_load (a, t, opt, &error);
    CU_ASSERT_PTR_NULL (error);
    CU_ASSERT_PTR_NOT_NULL_FATAL (n2);
    CU_ASSERT_TRUE (nrp_network_get_actor_present (n2, 1, 1));
    CU_ASSERT_FALSE (nrp_network_get_actor_present (n2, 1, 2));
    CU_ASSERT_FALSE (nrp_network_get_actor_present (n2, 4, 1));
    CU_ASSERT_TRUE (nrp_network_get_actor_present (n2, 4, 2));
    CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_attribute (n2, 1, "present_w2"), "0");
    nrp_network_free (n2);
    g_unlink (t);
    g_rmdir (dir);
  }
}

/* ---- Bad inputs ---------------------------------------------------------- */

static int
code_of (const char *name)
{
  static const struct {
    const char *name;
    int code;
  } codes[] = {
    { "IO", NRP_ERROR_IO },
    { "EMPTY", NRP_ERROR_EMPTY },
    { "SYNTAX", NRP_ERROR_SYNTAX },
    { "ENCODING", NRP_ERROR_ENCODING },
    { "TOO_LONG", NRP_ERROR_TOO_LONG },
    { "HEADER", NRP_ERROR_HEADER },
    { "VALUE", NRP_ERROR_VALUE },
    { "DUPLICATE", NRP_ERROR_DUPLICATE },
    { "UNKNOWN_ACTOR", NRP_ERROR_UNKNOWN_ACTOR },
    { "SELF_LOOP", NRP_ERROR_SELF_LOOP },
    { "UNKNOWN_SECTOR", NRP_ERROR_UNKNOWN_SECTOR },
    { "CONFLICT", NRP_ERROR_CONFLICT },
  };
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    if (strcmp (codes[i].name, name) == 0)
      return codes[i].code;
  return -1;
}

/* Turns the flags column of cases.tsv into load options. */
static NrpLoadOptions *
options_of (const char *flags)
{
  NrpLoadOptions *opt = nrp_load_options_new ();
  g_auto (GStrv) words = g_strsplit (flags, " ", -1);
  const char *sectors = NULL;
  gboolean closed = FALSE;
  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *w = words[i];
      if (strcmp (w, "-") == 0 || *w == '\0')
        continue;
      else if (strcmp (w, "--directed") == 0)
        nrp_load_options_set_directed (opt, TRUE);
      else if (strcmp (w, "--merge-duplicates") == 0)
        nrp_load_options_set_merge_duplicates (opt, TRUE);
      else if (strcmp (w, "--sectors-closed") == 0)
        closed = TRUE;
      else if (g_str_has_prefix (w, "--missing="))
        {
          g_autofree char *p = fixture (w + strlen ("--missing="));
          nrp_load_options_set_missing_file (opt, p);
        }
      else if (g_str_has_prefix (w, "--sectors="))
        sectors = w + strlen ("--sectors=");
      else if (g_str_has_prefix (w, "--presence-prefix="))
        nrp_load_options_set_presence_prefix (opt, w + strlen ("--presence-prefix="));
      else
        CU_FAIL ("unknown flag in cases.tsv");
    }
  if (sectors != NULL)
    {
      g_autofree char *p = fixture (sectors);
      nrp_load_options_set_sectors_file (opt, p, closed);
    }
  return opt;
}

static void
test_every_bad_input_class_fails_with_its_position (void)
{
  g_autofree char *path = fixture ("cases.tsv");
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  guint n_cases = 0;

  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = NULL;
      g_autoptr (NrpLoadOptions) opt = NULL;
      g_autoptr (NrpNetwork) net = NULL;
      g_autoptr (GError) error = NULL;
      g_autofree char *prefix = NULL;
      guint line, column;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 9);
      n_cases++;
      opt = options_of (f[3]);
      net = load (f[1], f[2], opt, &error);
      line = (guint) g_ascii_strtoull (f[6], NULL, 10);
      column = (guint) g_ascii_strtoull (f[7], NULL, 10);
      CU_ASSERT_PTR_NULL (net);
      CU_ASSERT_PTR_NOT_NULL (error);
      if (error == NULL)
        {
          fprintf (stderr, "\ncase '%s': no error\n", f[0]);
          continue;
        }
      CU_ASSERT_EQUAL (error->domain, NRP_ERROR);
      CU_ASSERT_EQUAL (error->code, code_of (f[4]));
      CU_ASSERT_PTR_NOT_NULL_FATAL (nrp_error_get_file (error));
      CU_ASSERT_TRUE (g_str_has_suffix (nrp_error_get_file (error), f[5]));
      CU_ASSERT_EQUAL (nrp_error_get_line (error), line);
      CU_ASSERT_EQUAL (nrp_error_get_column (error), column);
      prefix = g_strdup_printf ("%s:%u:%u: ", nrp_error_get_file (error), line, column);
      CU_ASSERT_TRUE (g_str_has_prefix (error->message, prefix));
      /* Messages never echo attribute values. */
      if (strcmp (f[8], "-") != 0)
        CU_ASSERT_PTR_NULL (strstr (error->message, f[8]));
      if (error->code != code_of (f[4]) || nrp_error_get_line (error) != line
          || nrp_error_get_column (error) != column)
        fprintf (stderr, "\ncase '%s': %s\n", f[0], error->message);
    }
  CU_ASSERT (n_cases >= 40);
}

static void
test_absurdly_long_line_is_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "actors.csv", NULL);
  g_autofree char *t = fixture ("good/ties.csv");
  GString *s = g_string_new ("id,sector,note\nr1,resident,");
  GError *error = NULL;
  NrpNetwork *net;

  for (guint i = 0; i < NRP_MAX_RECORD_BYTES / 8 + 1; i++)
    g_string_append (s, "xxxxxxxx");
  g_string_append (s, "\n");
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (a, s->str, (gssize) s->len, NULL));
  net = nrp_network_load (a, t, NULL, &error);
  CU_ASSERT_PTR_NULL (net);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_TOO_LONG);
  CU_ASSERT_EQUAL (nrp_error_get_line (error), 2);
  CU_ASSERT_EQUAL (nrp_error_get_column (error), 3);
  g_error_free (error);
  g_string_free (s, TRUE);
  g_unlink (a);
  g_rmdir (dir);
}

/* An echoed id is cut to 80 characters, so messages stay readable. */
static void
test_long_ids_are_shortened_in_messages (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
  g_autofree char *a = fixture ("good/actors.csv");
  g_autofree char *id = g_strnfill (20000, 'q');
  g_autofree char *text = g_strdup_printf ("source,target,wave\nr1,%s,1\n", id);
  GError *error = NULL;

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (t, text, -1, NULL));
  CU_ASSERT_PTR_NULL (nrp_network_load (a, t, NULL, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_UNKNOWN_ACTOR);
  CU_ASSERT (strlen (error->message) < strlen (t) + 200);
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, "qqq..."));
  g_error_free (error);
  g_unlink (t);
  g_rmdir (dir);
}

/*
 * One area of the bundled sample: data/sample/actors.csv has 242 actors in
 * area I01 and 36 regional players; data/sample/ties.csv has 399 wave-1
 * ties inside I01 and 479 among I01 and the regional players (counted from
 * the CSVs with Python's csv module).
 */
static void
test_area_network (void)
{
  g_autoptr (NrpNetwork) all = nrp_network_load_sample (NULL);
  g_autoptr (NrpNetwork) i01 = NULL, with_regional = NULL;
  GError *error = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (all);
  i01 = nrp_network_new_area (all, "I01", FALSE, NULL);
  with_regional = nrp_network_new_area (all, "I01", TRUE, NULL);
  CU_ASSERT_FATAL (i01 != NULL && with_regional != NULL);
  CU_ASSERT_EQUAL (nrp_network_get_n_actors (i01), 242);
  CU_ASSERT_EQUAL (nrp_network_get_n_actors (with_regional), 278);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (i01, 1), 399);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (with_regional, 1), 479);
  /* The whole network's sectors, in its order, sizes of the area. */
  CU_ASSERT_EQUAL (nrp_network_get_n_sectors (i01), nrp_network_get_n_sectors (all));
  CU_ASSERT_STRING_EQUAL (nrp_network_get_sector_name (i01, 0), "resident");
  CU_ASSERT (nrp_network_get_sector_size (i01, 0) < nrp_network_get_sector_size (all, 0));
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_area (i01, 0), "I01");
  CU_ASSERT (nrp_network_find_actor (i01, nrp_network_get_actor_id (i01, 10)) == 10);
  CU_ASSERT_EQUAL (nrp_network_find_actor (i01, "REG-LA01"), -1);
  CU_ASSERT (nrp_network_find_actor (with_regional, "REG-LA01") >= 0);
  CU_ASSERT_PTR_NULL (nrp_network_new_area (all, "Z99", TRUE, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_ARGUMENT);
  g_error_free (error);
}

static void
test_unreadable_file_is_an_io_error (void)
{
  GError *error = NULL;
  NrpNetwork *net = load ("good/no-such-file.csv", "good/ties.csv", NULL, &error);
  CU_ASSERT_PTR_NULL (net);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_IO);
  CU_ASSERT_TRUE (g_str_has_suffix (nrp_error_get_file (error), "no-such-file.csv"));
  g_error_free (error);
}

/* Writes @text into @dir/@name and returns the path. */
static char *
write_file (const char *dir, const char *name, const char *text)
{
  char *path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, text, -1, NULL);
  return path;
}

/*
 * Issue 10: presence columns named as the README names them are read
 * without being asked (present_wN, else present_N), "" reads none, and the
 * network says which columns were read. A sector with no power level is
 * named in a warning; the closed option also works with the built-in
 * taxonomy.
 */
static void
test_presence_found_and_sectors_warned (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nrp-presence-XXXXXX", NULL);
  g_autofree char *a1 = write_file (dir, "a1.csv",
                                    "id,sector,present_w1,present_w2\n"
                                    "a,resident,1,1\nb,council,1,0\nc,resident,0,1\n");
  g_autofree char *a2 = write_file (dir, "a2.csv",
                                    "id,sector,Present_1,Present_2\n"
                                    "a,resident,1,1\nb,business,1,0\nc,resident,0,1\n");
  g_autofree char *t = write_file (dir, "t.csv", "source,target,wave\na,b,1\na,c,2\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autoptr (NrpNetwork) n1 = nrp_network_load (a1, t, NULL, &error);
  g_autoptr (NrpNetwork) n2 = nrp_network_load (a2, t, NULL, &error);
  g_autoptr (NrpNetwork) n3 = NULL;
  g_autoptr (NrpNetwork) n4 = NULL;

  CU_ASSERT_PTR_NOT_NULL_FATAL (n1);
  CU_ASSERT_PTR_NOT_NULL_FATAL (n2);
  /* b is absent at wave 2, c at wave 1: read from present_wN. */
  CU_ASSERT_STRING_EQUAL (nrp_network_get_presence_column (n1, 1), "present_w1");
  CU_ASSERT_STRING_EQUAL (nrp_network_get_presence_column (n1, 2), "present_w2");
  CU_ASSERT_PTR_NULL (nrp_network_get_presence_column (n1, 3));
  CU_ASSERT_FALSE (nrp_network_get_actor_present (n1, 1, 2));
  CU_ASSERT_FALSE (nrp_network_get_actor_present (n1, 2, 1));
  /* ... and from present_N, names as the header spells them. */
  CU_ASSERT_STRING_EQUAL (nrp_network_get_presence_column (n2, 2), "Present_2");
  CU_ASSERT_FALSE (nrp_network_get_actor_present (n2, 1, 2));
  /* council has no power level: one warning naming it; business has one. */
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_warnings (n1), 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_network_get_warning (n1, 0), "sector 'council'"));
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_network_get_warning (n1, 0), "power level"));
  CU_ASSERT_EQUAL (nrp_network_get_n_warnings (n2), 0);

  /* "" reads no presence: everyone is present, no column named. */
  nrp_load_options_set_presence_prefix (opt, "");
  n3 = nrp_network_load (a1, t, opt, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (n3);
  CU_ASSERT_PTR_NULL (nrp_network_get_presence_column (n3, 1));
  CU_ASSERT_TRUE (nrp_network_get_actor_present (n3, 1, 2));

  /* Closed without a sectors file: the built-in taxonomy is the list. */
  nrp_load_options_set_sectors_file (opt, NULL, TRUE);
  n4 = nrp_network_load (a1, t, opt, &error);
  CU_ASSERT_PTR_NULL (n4);
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_UNKNOWN_SECTOR);
  CU_ASSERT_EQUAL (nrp_error_get_line (error), 3);
  CU_ASSERT_EQUAL (nrp_error_get_column (error), 2);
  g_clear_error (&error);
  g_clear_pointer (&n4, nrp_network_free);
  n4 = nrp_network_load (a2, t, opt, &error);
  CU_ASSERT_PTR_NOT_NULL (n4);

  g_unlink (a1);
  g_unlink (a2);
  g_unlink (t);
  g_rmdir (dir);
}

static const NrpTest tests[] = {
  { "presence columns found, sectors without power warned",
    test_presence_found_and_sectors_warned },
  { "good network is loaded as written", test_good_network_is_loaded_as_written },
  { "BOM and CRLF files load", test_bom_and_crlf_files_load },
  { "quoted newline is kept in an attribute", test_quoted_newline_is_kept_in_attribute },
  { "sector column option reads 'group'", test_sector_column_option_reads_group },
  { "sectors.csv replaces the taxonomy", test_sectors_file_replaces_taxonomy },
  { "merge counts exact duplicates", test_merge_counts_exact_duplicates },
  { "merge counts reversed undirected ties", test_merge_counts_reversed_undirected_ties },
  { "reversed ties are distinct when directed", test_reversed_ties_are_distinct_when_directed },
  { "missing dyads are recorded", test_missing_dyads_are_recorded },
  { "presence columns are read", test_presence_columns_are_read },
  { "every bad-input class fails with its position",
    test_every_bad_input_class_fails_with_its_position },
  { "absurdly long line is refused", test_absurdly_long_line_is_refused },
  { "long ids are shortened in messages", test_long_ids_are_shortened_in_messages },
  { "one area's network", test_area_network },
  { "unreadable file is an I/O error", test_unreadable_file_is_an_io_error },
};

NRP_TEST_MAIN ("load", tests)
