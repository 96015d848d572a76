/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-import.c: adjacency matrices (nrp_import_matrices()) and wide survey
 * exports (nrp_import_nominations()) into ties, on files written in the
 * test. Every expected tie, note, line and column
 * is read off the matrix text by hand.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <nrpnet.h>

#include "cu-main.h"

static char *tmpdir;

/* Writes @text to a file @name of the test's directory; returns its path. */
static char *
put (const char *name, const char *text)
{
  char *path;
  if (tmpdir == NULL)
    {
      tmpdir = g_dir_make_tmp ("nrp-import-XXXXXX", NULL);
      g_assert (tmpdir != NULL);
    }
  path = g_build_filename (tmpdir, name, NULL);
  g_assert (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static NrpImport *
import (const char *a, const char *b, NrpImportDirection dir, GError **error)
{
  g_autofree char *pa = put ("m1.csv", a);
  g_autofree char *pb = b != NULL ? put ("m2.csv", b) : NULL;
  const char *paths[] = { pa, pb };
  return nrp_import_matrices (paths, b != NULL ? 2 : 1, dir, error);
}

/* The written ties.csv as text. */
static char *
ties_text (const NrpImport *imp)
{
  g_autofree char *path = g_build_filename (tmpdir, "ties.csv", NULL);
  char *text = NULL;
  GError *error = NULL;
  CU_ASSERT_TRUE_FATAL (nrp_import_write_ties (imp, path, &error));
  g_assert (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
has_note (const NrpImport *imp, const char *part)
{
  for (guint k = 0; k < nrp_import_get_n_notes (imp); k++)
    if (strstr (nrp_import_get_note (imp, k), part) != NULL)
      return TRUE;
  return FALSE;
}

/* @error is @code at @file (a suffix), @line and @column, its message
 * holding @part. */
static void
check_error (const GError *error, NrpErrorCode code, const char *file, guint line, guint column,
             const char *part)
{
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, (int) code);
  CU_ASSERT_TRUE (g_str_has_suffix (nrp_error_get_file (error), file));
  CU_ASSERT_EQUAL (nrp_error_get_line (error), line);
  CU_ASSERT_EQUAL (nrp_error_get_column (error), column);
  CU_ASSERT_PTR_NOT_NULL (strstr (error->message, part));
  if (strstr (error->message, part) == NULL)
    fprintf (stderr, "\nmessage: %s\n", error->message);
}

static void
expect_error (const char *a, const char *b, NrpImportDirection dir, NrpErrorCode code,
              const char *file, guint line, guint column, const char *part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import (a, b, dir, &error);
  CU_ASSERT_PTR_NULL (imp);
  check_error (error, code, file, line, column, part);
}

/* Symmetric, comma-separated: undirected, each pair once, from the row
 * met first; weights kept; empty cells are no tie. */
static void
test_symmetric_comma (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import (",A,B,C\nA,0,1,\nB,1,0,2.5\nC,,2.5,0\n", NULL,
                                      NRP_IMPORT_AUTO, &error);
  g_autofree char *text = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  CU_ASSERT_FALSE (nrp_import_is_directed (imp));
  CU_ASSERT_EQUAL (nrp_import_get_n_actors (imp), 3);
  CU_ASSERT_EQUAL (nrp_import_get_n_ties (imp, 1), 2);
  CU_ASSERT_TRUE (has_note (imp, "read as comma-separated (3 commas in its header)"));
  CU_ASSERT_TRUE (has_note (imp, "undirected ties: every matrix is symmetric"));
  text = ties_text (imp);
  CU_ASSERT_STRING_EQUAL (text, "source,target,wave,weight\nA,B,1,1\nB,C,1,2.5\n");
}

/* Semicolons and decimal commas (a spreadsheet where the comma is the
 * decimal mark), then tabs with quoted ids holding separators. */
static void
test_semicolon_and_tab (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import (";A;B\nA;0;1,5\nB;1,5;0\n",
                                      "x\t\"B, Ltd\"\tA\n\"B, Ltd\"\t0\t2\nA\t2\t0\n",
                                      NRP_IMPORT_AUTO, &error);
  g_autofree char *text = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  CU_ASSERT_TRUE (has_note (imp, "read as semicolon-separated (2 semicolons in its header), "
                                 "decimal commas read as decimal points"));
  CU_ASSERT_TRUE (has_note (imp, "read as tab-separated (2 tabs in its header)"));
  CU_ASSERT_EQUAL (nrp_import_get_n_actors (imp), 3); /* A, B, "B, Ltd" */
  CU_ASSERT_TRUE (has_note (imp, "2 actors are missing from some waves' matrices (the first, "
                                 "'B', from wave 2's)"));
  text = ties_text (imp);
  /* wave 2: "B, Ltd" was met after A (wave 1), so A is the source */
  CU_ASSERT_STRING_EQUAL (text, "source,target,wave,weight\nA,B,1,1.5\nA,\"B, Ltd\",2,2\n");
}

/* An asymmetric cell makes the ties directed (and is named); forced
 * undirected it is an error at its place; forced directed a symmetric
 * matrix keeps both directions. */
static void
test_direction (void)
{
  const char *asym = ",A,B,C\nA,0,1,0\nB,0,0,1\nC,1,0,0\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import (asym, NULL, NRP_IMPORT_AUTO, &error);
  g_autoptr (NrpImport) both = NULL;
  g_autofree char *text = NULL, *text2 = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  CU_ASSERT_TRUE (nrp_import_is_directed (imp));
  CU_ASSERT_TRUE (has_note (imp, "the cell 'A' -> 'B' ("));
  CU_ASSERT_TRUE (has_note (imp, "line 2, column 3) is 1 and its mirror 0"));
  text = ties_text (imp);
  CU_ASSERT_STRING_EQUAL (text, "source,target,wave,weight\nA,B,1,1\nB,C,1,1\nC,A,1,1\n");
  expect_error (asym, NULL, NRP_IMPORT_UNDIRECTED, NRP_ERROR_VALUE, "m1.csv", 2, 3,
                "the tie 'A' - 'B' is 1 here and 0 in its mirror cell");
  /* a weight unlike its mirror's is asymmetric too */
  expect_error (",A,B\nA,0,2\nB,3,0\n", NULL, NRP_IMPORT_UNDIRECTED, NRP_ERROR_VALUE, "m1.csv",
                2, 3, "is 2 here and 3 in its mirror");
  both = import (",A,B\nA,0,1\nB,1,0\n", NULL, NRP_IMPORT_DIRECTED, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (both);
  text2 = ties_text (both);
  CU_ASSERT_STRING_EQUAL (text2, "source,target,wave,weight\nA,B,1,1\nB,A,1,1\n");
}

/* What is read loads as a network: the ties, the weights and the direction. */
static void
test_loads_as_a_network (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import (",A,B,C\nA,0,1,0\nB,1,0,4\nC,0,4,0\n",
                                      ",A,B,C\nA,0,0,1\nB,0,0,0\nC,1,0,0\n", NRP_IMPORT_AUTO,
                                      &error);
  g_autofree char *ties = g_build_filename (tmpdir, "ties.csv", NULL);
  g_autofree char *actors = put ("actors.csv", "id,sector\nA,resident\nB,business\nC,resident\n");
  g_autoptr (NrpNetwork) net = NULL;
  guint s, t;
  double w;
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  CU_ASSERT_TRUE_FATAL (nrp_import_write_ties (imp, ties, &error));
  net = nrp_network_load (actors, ties, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_waves (net), 2);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 1), 2);
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 2), 1);
  CU_ASSERT_TRUE (nrp_network_get_tie (net, 1, 1, &s, &t, &w, NULL));
  CU_ASSERT_EQUAL (s, 1); /* B */
  CU_ASSERT_EQUAL (t, 2); /* C */
  CU_ASSERT_EQUAL (w, 4);
  CU_ASSERT_FALSE (has_note (imp, "missing from some waves"));
}

static void
test_bad_matrices (void)
{
  expect_error ("", NULL, NRP_IMPORT_AUTO, NRP_ERROR_EMPTY, "m1.csv", 1, 1, "empty");
  expect_error ("A\nA\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_HEADER, "m1.csv", 1, 1,
                "the header has one cell");
  expect_error (",A,,B\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_HEADER, "m1.csv", 1, 3,
                "column 3 of the header has no id");
  expect_error (",A,A\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_HEADER, "m1.csv", 1, 3,
                "the id 'A' heads two columns");
  expect_error (",A,B\nA,0,1\nC,1,0\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_UNKNOWN_ACTOR, "m1.csv",
                3, 1, "the row 'C' has no column");
  expect_error (",A,B\nA,0,1\nA,1,0\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_DUPLICATE, "m1.csv", 3,
                1, "the row 'A' appears twice");
  expect_error (",A,B\nA,0,1\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_CONFLICT, "m1.csv", 1, 3,
                "the column 'B' has no row");
  /* a short row: the error is at the first cell it lacks */
  expect_error (",A,B\nA,0,1\nB,1\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_SYNTAX, "m1.csv", 3, 3,
                "the row has 2 fields but the header has 3");
  expect_error (",A,B\nA,0,x\nB,1,0\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_VALUE, "m1.csv", 2, 3,
                "a positive number");
  expect_error (",A,B\nA,0,-1\nB,1,0\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_VALUE, "m1.csv", 2, 3,
                "a positive number");
  expect_error (",A,B\nA,1,1\nB,1,0\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_VALUE, "m1.csv", 2, 2,
                "a tie of 'A' to itself");
  /* a decimal comma in a comma-separated file is two cells; quoted, it is refused */
  expect_error (",A,B\nA,0,\"1,5\"\nB,0,0\n", NULL, NRP_IMPORT_AUTO, NRP_ERROR_VALUE, "m1.csv", 2,
                3, "a decimal comma is read only in a semicolon-separated file");
  /* the second matrix's error names the second file */
  expect_error (",A,B\nA,0,1\nB,1,0\n", ",A,B\nA,0,1\nB,1,nan\n", NRP_IMPORT_AUTO,
                NRP_ERROR_VALUE, "m2.csv", 3, 3, "a positive number");
}

static NrpImport *
import_wide (const char *a, const char *b, const char *id_column, const char *const *contacts,
             GError **error)
{
  g_autofree char *pa = put ("m1.csv", a);
  g_autofree char *pb = b != NULL ? put ("m2.csv", b) : NULL;
  const char *paths[] = { pa, pb };
  return nrp_import_nominations (paths, b != NULL ? 2 : 1, id_column, contacts, error);
}

static void
expect_wide_error (const char *a, const char *id_column, const char *const *contacts,
                   NrpErrorCode code, guint line, guint column, const char *part)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import_wide (a, NULL, id_column, contacts, &error);
  CU_ASSERT_PTR_NULL (imp);
  check_error (error, code, "m1.csv", line, column, part);
}

/* A wide export: each name a directed tie from the respondent, in row then
 * column order; empty cells skipped; the id column found by name in any
 * case, the contacts by pattern; the other columns and the contacts who
 * never responded are noted. Wave 2 is semicolon-separated and lacks R2. */
static void
test_wide (void)
{
  g_autoptr (GError) error = NULL;
  const char *contacts[] = { "CONTACT*", NULL };
  g_autoptr (NrpImport) imp
    = import_wide ("Age,Respondent ID,Contact 1,Contact 2,Contact 3\n"
                   "34,R1,R2,Shop,\n"
                   "51,R2,,R1,\n"
                   "29,R3,R1,R2,Council\n",
                   "Age;Respondent ID;Contact 1;Contact 2;Contact 3\n"
                   "35;R1;R3;;\n"
                   "30;R3;;;\n",
                   "respondent id", contacts, &error);
  g_autofree char *text = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  CU_ASSERT_TRUE (nrp_import_is_directed (imp));
  CU_ASSERT_EQUAL (nrp_import_get_n_actors (imp), 5); /* R1 R2 Shop R3 Council */
  CU_ASSERT_EQUAL (nrp_import_get_n_ties (imp, 1), 6);
  CU_ASSERT_EQUAL (nrp_import_get_n_ties (imp, 2), 1);
  text = ties_text (imp);
  CU_ASSERT_STRING_EQUAL (text, "source,target,wave,weight\n"
                                "R1,R2,1,1\nR1,Shop,1,1\nR2,R1,1,1\n"
                                "R3,R1,1,1\nR3,R2,1,1\nR3,Council,1,1\n"
                                "R1,R3,2,1\n");
  CU_ASSERT_TRUE (has_note (imp, "read as comma-separated (4 commas in its header); "
                                 "respondents in column 'Respondent ID', contacts in 3 columns "
                                 "(Contact 1, Contact 2, Contact 3)"));
  CU_ASSERT_TRUE (has_note (imp, "read as semicolon-separated (4 semicolons"));
  CU_ASSERT_TRUE (has_note (imp, "1 column not read (neither the respondents' ids nor "
                                 "contacts): Age"));
  CU_ASSERT_TRUE (has_note (imp, "2 of the 5 actors are named but never a respondent (the "
                                 "first, 'Shop')"));
  /* R2, Shop and Council are not in wave 2's file */
  CU_ASSERT_TRUE (has_note (imp, "3 actors are missing from some waves' files (the first, "
                                 "'R2', from wave 2's)"));
}

/* Defaults: the first column is the ids, every other column a contact. */
static void
test_wide_defaults (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = import_wide ("who,f1,f2\nA,B,\nB,A,C\n", NULL, NULL, NULL, &error);
  g_autofree char *text = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (imp);
  text = ties_text (imp);
  CU_ASSERT_STRING_EQUAL (text, "source,target,wave,weight\nA,B,1,1\nB,A,1,1\nB,C,1,1\n");
  CU_ASSERT_FALSE (has_note (imp, "not read"));
  CU_ASSERT_TRUE (has_note (imp, "1 of the 3 actors is named but never a respondent (the "
                                 "first, 'C')"));
  CU_ASSERT_FALSE (has_note (imp, "missing from some waves"));
}

static void
test_bad_wide (void)
{
  const char *friends[] = { "f*", "other", NULL };
  const char *none[] = { NULL };
  g_autoptr (GError) error = NULL;
  expect_wide_error ("", NULL, NULL, NRP_ERROR_EMPTY, 1, 1, "the file is empty");
  expect_wide_error ("who,f1\nA,B\n", "id", NULL, NRP_ERROR_HEADER, 1, 1,
                     "no column 'id' (the respondents' ids); found: who, f1");
  expect_wide_error ("who,f1\nA,B\n", NULL, friends, NRP_ERROR_HEADER, 1, 1,
                     "no column is 'other'");
  expect_wide_error ("who\nA\n", NULL, NULL, NRP_ERROR_HEADER, 1, 1,
                     "no column of named contacts");
  expect_wide_error ("who,f1\nA,B\n,C\n", NULL, NULL, NRP_ERROR_VALUE, 3, 1,
                     "the respondent's id is empty");
  expect_wide_error ("who,f1\nA,B\nA,C\n", NULL, NULL, NRP_ERROR_DUPLICATE, 3, 1,
                     "the respondent 'A' has two rows (first at line 2)");
  expect_wide_error ("who,f1,f2\nA,B,A\n", NULL, NULL, NRP_ERROR_VALUE, 2, 3,
                     "the respondent 'A' names themself");
  expect_wide_error ("who,f1,f2,f3\nA,B,,B\n", NULL, NULL, NRP_ERROR_DUPLICATE, 2, 4,
                     "'B' is named twice in this row (first in column 2)");
  expect_wide_error ("who,f1\nA,B,C\n", NULL, NULL, NRP_ERROR_SYNTAX, 2, 3,
                     "the row has 3 fields but the header has 2");
  CU_ASSERT_PTR_NULL (import_wide ("who,f1\nA,B\n", NULL, NULL, none, &error));
  CU_ASSERT_TRUE (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  CU_ASSERT_PTR_NULL (nrp_import_nominations (NULL, 0, NULL, NULL, &error));
  CU_ASSERT_TRUE (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
}

static void
test_arguments (void)
{
  g_autoptr (GError) error = NULL;
  CU_ASSERT_PTR_NULL (nrp_import_matrices (NULL, 0, NRP_IMPORT_AUTO, &error));
  CU_ASSERT_TRUE (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  {
    const char *paths[] = { "/nonexistent/m.csv" };
    CU_ASSERT_PTR_NULL (nrp_import_matrices (paths, 1, NRP_IMPORT_AUTO, &error));
    CU_ASSERT_TRUE (g_error_matches (error, NRP_ERROR, NRP_ERROR_IO));
  }
  nrp_import_free (NULL);
}

static void
test_cleanup (void)
{
  const char *names[] = { "m1.csv", "m2.csv", "ties.csv", "actors.csv" };
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      g_autofree char *p = g_build_filename (tmpdir, names[k], NULL);
      g_remove (p);
    }
  CU_ASSERT_EQUAL (g_rmdir (tmpdir), 0);
  g_clear_pointer (&tmpdir, g_free);
}

static const NrpTest tests[] = {
  { "symmetric, comma-separated: undirected", test_symmetric_comma },
  { "semicolons with decimal commas, tabs with quoted ids", test_semicolon_and_tab },
  { "direction: found, refused, forced", test_direction },
  { "the ties load as a network", test_loads_as_a_network },
  { "bad matrices: each error at its place", test_bad_matrices },
  { "wide export: names, patterns, notes", test_wide },
  { "wide export: the first column and all others", test_wide_defaults },
  { "bad wide exports: each error at its place", test_bad_wide },
  { "arguments and missing files", test_arguments },
  { "cleanup", test_cleanup },
};

NRP_TEST_MAIN ("import", tests)
