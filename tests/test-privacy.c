/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-privacy.c: keys, pseudonyms and pseudonymised networks.
 *
 * The pseudonyms are checked against Python's own HMAC (the standard
 * library's hmac and hashlib, independent of GLib): with the key of bytes
 * 0x00, 0x01, ... 0x1f,
 *   python3 -c "import hmac, hashlib; k = bytes(range(32)); \
 *     print(hmac.new(k, b'I01-B001', hashlib.sha256).hexdigest()[:16])"
 * gives 43300fe39f498469, and for b'r1' a465943ab026c2db.
 */
#include "config.h"

#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nrpnet.h>

#include "cu-main.h"

static char *
temp_path (void)
{
  char *path = NULL;
  gint fd = g_file_open_tmp ("nrp-privacy-XXXXXX", &path, NULL);
  CU_ASSERT_FATAL (fd >= 0);
  close (fd);
  return path;
}

static char *
temp_file (const char *text)
{
  char *path = temp_path ();
  CU_ASSERT_FATAL (g_file_set_contents (path, text, -1, NULL));
  return path;
}

static GBytes *
known_key (void)
{
  g_autofree char *path = temp_file ("000102030405060708090a0b0c0d0e0f"
                                     "101112131415161718191a1b1c1d1e1f\n");
  GBytes *key = nrp_key_load (path, NULL);
  g_unlink (path);
  CU_ASSERT_PTR_NOT_NULL_FATAL (key);
  return key;
}

static void
test_pseudonyms (void)
{
  g_autoptr (GBytes) key = known_key ();
  g_autofree char *a = nrp_pseudonym (key, "I01-B001");
  g_autofree char *b = nrp_pseudonym (key, "r1");
  g_autofree char *again = nrp_pseudonym (key, "r1");
  CU_ASSERT_STRING_EQUAL (a, "p-43300fe39f498469");
  CU_ASSERT_STRING_EQUAL (b, "p-a465943ab026c2db");
  CU_ASSERT_STRING_EQUAL (again, b);
  CU_ASSERT_EQUAL (g_bytes_get_size (key), 32);
}

static void
test_keys (void)
{
  static const struct {
    const char *text;
    guint column;
    const char *what;
  } bad[] = {
    { "0011zz\n", 5, "hexadecimal digits only" },
    { "00112233\n", 1, "it needs an even number, 32 or more" },
    { "000102030405060708090a0b0c0d0e0f1\n", 1, "it needs an even number" },
  };
  g_autofree char *path = temp_path ();
  g_autoptr (GError) error = NULL;
  g_autoptr (GBytes) key = NULL;
  g_autofree char *text = NULL;
  struct stat st;

  for (guint k = 0; k < G_N_ELEMENTS (bad); k++)
    {
      g_autofree char *p = temp_file (bad[k].text);
      g_autoptr (GError) e = NULL;
      CU_ASSERT_PTR_NULL (nrp_key_load (p, &e));
      CU_ASSERT (g_error_matches (e, NRP_ERROR, NRP_ERROR_VALUE));
      CU_ASSERT_EQUAL (nrp_error_get_column (e), bad[k].column);
      CU_ASSERT_PTR_NOT_NULL (e != NULL ? strstr (e->message, bad[k].what) : NULL);
      g_unlink (p);
    }
  /* A new key: 64 digits and a line feed, the owner's only; never
   * overwritten. */
  g_unlink (path);
  CU_ASSERT_TRUE_FATAL (nrp_key_generate (path, &error));
  CU_ASSERT_TRUE (g_file_get_contents (path, &text, NULL, NULL));
  CU_ASSERT_EQUAL (strlen (text), 65);
  CU_ASSERT_EQUAL (stat (path, &st), 0);
  CU_ASSERT_EQUAL (st.st_mode & 0777, 0600);
  key = nrp_key_load (path, &error);
  CU_ASSERT_PTR_NOT_NULL (key);
  CU_ASSERT_FALSE (nrp_key_generate (path, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_IO));
  g_clear_error (&error);
  g_unlink (path);
  CU_ASSERT_PTR_NULL (nrp_key_load (path, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_IO));
}

/* tests/fixtures/good: r1, r2, t1, c1, b1 with the extra column name. */
static void
test_network (void)
{
  g_autoptr (GBytes) key = known_key ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = nrp_test_path ("fixtures/good");
  g_autofree char *actors = g_build_filename (dir, "actors.csv", NULL);
  g_autofree char *ties = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (NrpNetwork) net = nrp_network_load (actors, ties, NULL, &error);
  g_autoptr (NrpNetwork) p = NULL, kept = NULL;
  static const char *const keep[] = { "name", NULL }, *const nope[] = { "email", NULL };

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_attributes (net), 1);
  p = nrp_network_new_pseudonymised (net, key, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_id (p, 0), "p-a465943ab026c2db");
  CU_ASSERT_EQUAL (nrp_network_find_actor (p, "p-a465943ab026c2db"), 0);
  CU_ASSERT_EQUAL (nrp_network_find_actor (p, "r1"), -1);
  CU_ASSERT_EQUAL (nrp_network_get_n_attributes (p), 0);
  CU_ASSERT_EQUAL (nrp_network_get_n_actors (p), nrp_network_get_n_actors (net));
  for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
    {
      CU_ASSERT_EQUAL (nrp_network_get_n_ties (p, w), nrp_network_get_n_ties (net, w));
      for (guint k = 0; k < nrp_network_get_n_ties (net, w); k++)
        {
          guint s1, t1, s2, t2;
          double w1, w2;
          nrp_network_get_tie (net, w, k, &s1, &t1, &w1, NULL);
          nrp_network_get_tie (p, w, k, &s2, &t2, &w2, NULL);
          CU_ASSERT (s1 == s2 && t1 == t2 && w1 == w2);
        }
    }
  for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
    CU_ASSERT_EQUAL (nrp_network_get_actor_sector (p, i), nrp_network_get_actor_sector (net, i));
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_network_get_warning (p, nrp_network_get_n_warnings (p) - 1),
                                  "the extra columns name of actors.csv are dropped"));
  kept = nrp_network_new_pseudonymised (net, key, keep, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (kept);
  CU_ASSERT_EQUAL (nrp_network_get_n_attributes (kept), 1);
  CU_ASSERT_STRING_EQUAL (nrp_network_get_actor_attribute (kept, 0, "name"), "Ann");
  CU_ASSERT_PTR_NULL (nrp_network_new_pseudonymised (net, key, nope, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
}

/* A count cell: its kind, and its value when shown. */
static void
assert_cell (const NrpPublication *p, guint t, const char *row, guint col, NrpCellKind kind,
             double value)
{
  double v;
  guint r = 0;
  while (r < nrp_publication_get_n_rows (p, t)
         && strcmp (nrp_publication_get_row_label (p, t, r), row) != 0)
    r++;
  CU_ASSERT_FATAL (r < nrp_publication_get_n_rows (p, t));
  CU_ASSERT_EQUAL (nrp_publication_get_cell (p, t, r, col, &v), kind);
  if (kind == NRP_CELL_COUNT || kind == NRP_CELL_VALUE)
    {
      CU_ASSERT_DOUBLE_EQUAL (v, value, 1e-15);
    }
  else
    {
      CU_ASSERT (isnan (v));
    }
}

/*
 * Worked by hand, below 3. Residents r1-r2-r3-r4 in a path, businesses
 * b1, b2, b3 in a triangle, one linking tie r1-b1 (resident power 0,
 * business 1). Ties: bonding 6, bridging 0, linking 1 (primary), all 7:
 * 6 + 0 + L = 7 gives L back, so bonding (the smallest non-zero part) is
 * hidden. Mixing: resident-business = 1 (primary); with the 7 ties and the
 * two diagonal cells of 3 it would be 7 - 3 - 3, so resident-resident (the
 * first of the two smallest) is hidden. Then the unknowns (bonding B,
 * linking L, rr, rb) satisfy B + L = 7, rr + rb = 4, rr = B - 3, rb = L:
 * rank 3 for 4 unknowns, the free direction (1, -1, 1, -1) moving every one
 * of them: none is determined, and nothing more is hidden. The one
 * component is below 3; the E-I index (from B) and assortativity and
 * modularity (from the mixing cells) are hidden with them.
 */
static void
test_publication (void)
{
  g_autofree char *actors = temp_file ("id,sector\nr1,resident\nr2,resident\nr3,resident\n"
                                       "r4,resident\nb1,business\nb2,business\nb3,business\n");
  g_autofree char *ties = temp_file ("source,target,wave\nr1,r2,1\nr2,r3,1\nr3,r4,1\n"
                                     "b1,b2,1\nb2,b3,1\nb1,b3,1\nr1,b1,1\n");
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = nrp_network_load (actors, ties, NULL, &error);
  g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
  g_autoptr (NrpReport) report = NULL;
  g_autoptr (NrpPublication) p = NULL;
  const char *const *left_out;
  gboolean bridges = FALSE;

  g_unlink (actors);
  g_unlink (ties);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  nrp_report_options_set_permutations (ro, 0, NULL);
  report = nrp_report_compute (net, ro, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (report);
  CU_ASSERT_PTR_NULL (nrp_report_publication_new (report, net, 1, &error));
  CU_ASSERT (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  p = nrp_report_publication_new (report, net, 3, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (p);
  CU_ASSERT_EQUAL (nrp_publication_get_suppress_below (p), 3);
  CU_ASSERT_EQUAL_FATAL (nrp_publication_get_n_tables (p), 4);
  CU_ASSERT_STRING_EQUAL (nrp_publication_get_table_name (p, 0), "actors");
  CU_ASSERT_STRING_EQUAL (nrp_publication_get_table_name (p, 1), "ties");
  CU_ASSERT_STRING_EQUAL (nrp_publication_get_table_name (p, 2), "mixing_wave_1");
  CU_ASSERT_STRING_EQUAL (nrp_publication_get_table_name (p, 3), "network");
  CU_ASSERT_STRING_EQUAL (nrp_publication_get_column_label (p, 0, 0), "wave 1");
  assert_cell (p, 0, "resident", 0, NRP_CELL_COUNT, 4);
  assert_cell (p, 0, "business", 0, NRP_CELL_COUNT, 3);
  assert_cell (p, 0, "all", 0, NRP_CELL_COUNT, 7);
  assert_cell (p, 1, "bonding", 0, NRP_CELL_SUPPRESSED, 0);
  assert_cell (p, 1, "bridging", 0, NRP_CELL_COUNT, 0);
  assert_cell (p, 1, "linking", 0, NRP_CELL_SUPPRESSED, 0);
  assert_cell (p, 1, "all", 0, NRP_CELL_COUNT, 7);
  /* The mixing matrix: upper triangle, the lower cell empty. */
  CU_ASSERT_STRING_EQUAL (nrp_publication_get_column_label (p, 2, 1), "business");
  assert_cell (p, 2, "resident", 0, NRP_CELL_SUPPRESSED, 0);
  assert_cell (p, 2, "resident", 1, NRP_CELL_SUPPRESSED, 0);
  assert_cell (p, 2, "business", 0, NRP_CELL_EMPTY, 0);
  assert_cell (p, 2, "business", 1, NRP_CELL_COUNT, 3);
  assert_cell (p, 3, "density", 0, NRP_CELL_VALUE, 7.0 / 21.0);
  assert_cell (p, 3, "mean_degree", 0, NRP_CELL_VALUE, 2.0);
  assert_cell (p, 3, "components", 0, NRP_CELL_SUPPRESSED, 0);
  assert_cell (p, 3, "largest_component", 0, NRP_CELL_COUNT, 7);
  assert_cell (p, 3, "isolates", 0, NRP_CELL_COUNT, 0);
  /* One triangle (b1 b2 b3) over 8 connected triples (r2, r3, b2, b3 one
   * each, r1 one, b1 three): 3 / 8; not a count, never suppressed. */
  assert_cell (p, 3, "transitivity", 0, NRP_CELL_VALUE, 3.0 / 8.0);
  assert_cell (p, 3, "ei_index", 0, NRP_CELL_HIDDEN, 0);
  assert_cell (p, 3, "assortativity", 0, NRP_CELL_HIDDEN, 0);
  assert_cell (p, 3, "sector_modularity", 0, NRP_CELL_HIDDEN, 0);
  left_out = nrp_publication_get_left_out (p);
  for (guint i = 0; left_out[i] != NULL; i++)
    bridges = bridges || strcmp (left_out[i], "bridges") == 0;
  CU_ASSERT (bridges);
}

static const NrpTest tests[] = {
  { "pseudonyms as Python's HMAC-SHA256 gives them", test_pseudonyms },
  { "keys: made, read, never overwritten, bad ones refused", test_keys },
  { "a pseudonymised network: the same ties, no id, no extra column", test_network },
  { "publication tables: primary, secondary and derived suppression by hand", test_publication },
};

NRP_TEST_MAIN ("privacy", tests)
