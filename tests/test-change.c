/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-change.c: the comparison of two waves (lib/change/table.c).
 *
 *  - RSiena's tie change tables as the data sets' READMEs give them (the
 *    Kapferer values are RSiena 1.3.14.4's print01Report; s50, Knecht and van
 *    de Bunt were computed by the converter and cross-checked in R), with
 *    missing dyads excluded and, loading without missing.csv, counted as 0;
 *  - every consecutive pair of waves of every test network, for all and for
 *    cross-sector dyads, against tests/oracle/change_oracle.py;
 *  - hand-derived turnover, change matrices, strengthened and weakened ties.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

static void
check_table (const NrpChangeTable *t, guint64 n00, guint64 n01, guint64 n10, guint64 n11,
             double jaccard, int decimals)
{
  CU_ASSERT_EQUAL (t->n00, n00);
  CU_ASSERT_EQUAL (t->n01, n01);
  CU_ASSERT_EQUAL (t->n10, n10);
  CU_ASSERT_EQUAL (t->n11, n11);
  CU_ASSERT_EQUAL (t->hamming, n01 + n10);
  CU_ASSERT ((isnan (t->jaccard) && isnan (jaccard))
             || fabs (t->jaccard - jaccard) <= 0.5 * pow (10, -decimals) + 1e-12);
  if (t->n00 != n00 || t->n01 != n01 || t->n10 != n10 || t->n11 != n11)
    fprintf (stderr, "\ngot %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT " %" G_GUINT64_FORMAT
                     " %" G_GUINT64_FORMAT "\n",
             t->n00, t->n01, t->n10, t->n11);
}

static const NrpChangeSummary *
compare (NrpNetwork *net, guint from, guint to, NrpChange **keep)
{
  *keep = nrp_change_compute (net, from, to, NULL);
  return *keep != NULL ? nrp_change_get_summary (*keep) : NULL;
}

/* RSiena: s50 1->2 and 2->3 (glasgow_s50/README.md; the RSiena manual's
 * Jaccard definition), Kapferer (reference/Siena_print01Report_output.txt). */
static void
test_rsiena_tables (void)
{
  static const struct {
    const char *name;
    guint from;
    guint64 n00, n01, n10, n11;
    double jaccard;
  } want[] = {
    { "glasgow_s50", 1, 2278, 59, 56, 57, 0.331 },
    { "glasgow_s50", 2, 2278, 56, 50, 66, 0.384 },
    { "kapferer_sociational", 1, 463, 120, 55, 103, 0.371 },
    { "kapferer_instrumental", 1, 1271, 102, 64, 45, 0.213 },
    /* missing dyads excluded (vandebunt_freshmen/README.md, knecht_klas12b/README.md) */
    { "vandebunt_freshmen", 1, 820, 104, 0, 6, 0.055 },
    { "vandebunt_freshmen", 2, 716, 43, 22, 87, 0.572 },
    { "vandebunt_freshmen", 3, 590, 47, 13, 94, 0.610 },
    { "vandebunt_freshmen", 4, 530, 31, 20, 98, 0.658 },
    { "vandebunt_freshmen", 5, 546, 50, 30, 140, 0.636 },
    { "vandebunt_freshmen", 6, 546, 35, 30, 130, 0.667 },
    { "knecht_klas12b", 1, 480, 57, 28, 60, 0.414 },
    { "knecht_klas12b", 2, 371, 53, 34, 70, 0.446 },
    { "knecht_klas12b", 3, 379, 40, 58, 75, 0.434 },
  };
  for (guint k = 0; k < G_N_ELEMENTS (want); k++)
    {
      g_autoptr (NrpNetwork) net = load_dataset (want[k].name);
      g_autoptr (NrpChange) c = NULL;
      const NrpChangeSummary *s;
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      s = compare (net, want[k].from, want[k].from + 1, &c);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      check_table (s->all, want[k].n00, want[k].n01, want[k].n10, want[k].n11, want[k].jaccard,
                   3);
    }
}

/* Without missing.csv the unobserved dyads count as "no tie" (the READMEs'
 * "missing counted as 0" rows). */
static void
test_missing_counted_as_zero (void)
{
  static const struct {
    const char *dir;
    guint from;
    guint64 n00, n01, n10, n11;
    double jaccard;
  } want[] = {
    { "vandebunt_freshmen", 1, 882, 104, 0, 6, 0.055 },
    { "vandebunt_freshmen", 6, 724, 38, 100, 130, 0.485 },
    { "knecht_klas12b", 1, 502, 57, 31, 60, 0.405 },
    { "knecht_klas12b", 2, 470, 63, 47, 70, 0.389 },
  };
  for (guint k = 0; k < G_N_ELEMENTS (want); k++)
    {
      g_autofree char *a = g_strdup_printf ("%s/actors.csv", want[k].dir);
      g_autofree char *t = g_strdup_printf ("%s/ties.csv", want[k].dir);
      g_autofree char *ap = data_path ("datasets", a), *tp = data_path ("datasets", t);
      g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
      g_autoptr (NrpNetwork) net = NULL;
      g_autoptr (NrpChange) c = NULL;
      const NrpChangeSummary *s;
      nrp_load_options_set_directed (opt, TRUE);
      nrp_load_options_set_sector_column (opt, "group");
      nrp_load_options_set_presence_prefix (opt, ""); /* RSiena counts every actor */
      net = nrp_network_load (ap, tp, opt, NULL);
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      s = compare (net, want[k].from, want[k].from + 1, &c);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      check_table (s->all, want[k].n00, want[k].n01, want[k].n10, want[k].n11, want[k].jaccard,
                   3);
    }
}

static void
test_matches_oracle (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/change.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autofree char *current = NULL;
  CU_ASSERT_FATAL (rows->len >= 60);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      g_autoptr (NrpChange) c = NULL;
      const NrpChangeSummary *s;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 15);
      if (current == NULL || strcmp (current, f[0]) != 0)
        {
          g_clear_pointer (&net, nrp_network_free);
          g_free (current);
          current = g_strdup (f[0]);
          net = load_dataset (f[0]);
          CU_ASSERT_PTR_NOT_NULL_FATAL (net);
        }
      s = compare (net, uint_of (f[1]), uint_of (f[2]), &c);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      check_table (s->all, uint_of (f[3]), uint_of (f[4]), uint_of (f[5]), uint_of (f[6]),
                   num (f[8]), 12);
      check_table (s->cross_sector, uint_of (f[9]), uint_of (f[10]), uint_of (f[11]),
                   uint_of (f[12]), num (f[14]), 12);
    }
}

/*
 * good/actors.csv + good/ties.csv (drawn in test-load.c), undirected:
 * kept r1-r2; dissolved r1-t1, t1-c1; formed r2-t1, t1-b1, c1-b1. 10 pairs:
 * n00 = 10 - 3 - 2 - 1 = 4, Hamming 5, Jaccard 1/6. Cross-sector (9 pairs:
 * only r1-r2 share a sector): formed 3, dissolved 2, kept 0, n00 4,
 * Jaccard 0. Formed by sector pair: resident-third_sector (r2-t1),
 * third_sector-business (t1-b1), business-local_authority (b1-c1), each in
 * both its cells. Everyone present at both waves.
 */
static void
test_hand_derived (void)
{
  g_autofree char *a = data_path ("fixtures", "good/actors.csv");
  g_autofree char *t = data_path ("fixtures", "good/ties.csv");
  g_autoptr (NrpNetwork) net = nrp_network_load (a, t, NULL, NULL);
  g_autoptr (NrpChange) c = NULL;
  const NrpChangeSummary *s;
  const guint *formed, *kept;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = compare (net, 1, 2, &c);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  check_table (s->all, 4, 3, 2, 1, 1.0 / 6.0, 12);
  check_table (s->cross_sector, 4, 3, 2, 0, 0.0, 12);
  CU_ASSERT (s->actors_entered == 0 && s->actors_left == 0 && s->actors_stayed == 5);
  /* sectors: 0 resident, 1 third_sector, 2 business, 3 local_authority */
  formed = nrp_change_get_matrix (c, NRP_CHANGE_FORMED);
  kept = nrp_change_get_matrix (c, NRP_CHANGE_KEPT);
  CU_ASSERT (formed[0 * 4 + 1] == 1 && formed[1 * 4 + 0] == 1);
  CU_ASSERT (formed[1 * 4 + 2] == 1 && formed[2 * 4 + 1] == 1);
  CU_ASSERT (formed[2 * 4 + 3] == 1 && formed[3 * 4 + 2] == 1);
  CU_ASSERT_EQUAL (formed[0], 0);
  CU_ASSERT_EQUAL (kept[0], 1);
  CU_ASSERT_EQUAL (nrp_change_get_matrix (c, NRP_CHANGE_DISSOLVED)[1 * 4 + 3], 1);
  /* r1-r2 kept with weight 2 at both waves: neither stronger nor weaker. */
  CU_ASSERT_EQUAL (nrp_change_get_matrix (c, NRP_CHANGE_STRENGTHENED)[0], 0);
  CU_ASSERT_EQUAL (nrp_change_get_matrix (c, NRP_CHANGE_WEAKENED)[0], 0);
}

/* Weights: a-b 1 -> 2 strengthened, a-c 3 -> 1 weakened (both sector x). */
static void
test_strengthened_and_weakened (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\na,x\nb,x\nc,x\n",
                                          "source,target,wave,weight\na,b,1,1\na,c,1,3\n"
                                          "a,b,2,2\na,c,2,1\n",
                                          FALSE);
  g_autoptr (NrpChange) c = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  c = nrp_change_compute (net, 1, 2, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  CU_ASSERT_EQUAL (nrp_change_get_matrix (c, NRP_CHANGE_KEPT)[0], 2);
  CU_ASSERT_EQUAL (nrp_change_get_matrix (c, NRP_CHANGE_STRENGTHENED)[0], 1);
  CU_ASSERT_EQUAL (nrp_change_get_matrix (c, NRP_CHANGE_WEAKENED)[0], 1);
}

/* bad/actors-presence.csv: r2 left after wave 1, b1 entered at wave 2.
 * Pairs among the 3 who stayed (r1 t1 c1): 3. Ties r1-t1 (1) and t1-c1
 * (2): dissolved 1, formed 1, n00 1. The tie r1-b1 at wave 2 involves an
 * entrant and is not a dyad observed at both waves. */
static void
test_turnover (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = data_path ("fixtures", "bad/actors-presence.csv");
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpChange) c = NULL;
  const NrpChangeSummary *s;
  g_file_set_contents (t, "source,target,wave\nr1,t1,1\nt1,c1,2\nr1,b1,2\n", -1, NULL);
  nrp_load_options_set_presence_prefix (opt, "present_w");
  net = nrp_network_load (a, t, opt, NULL);
  g_unlink (t);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = compare (net, 1, 2, &c);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT (s->actors_entered == 1 && s->actors_left == 1 && s->actors_stayed == 3);
  check_table (s->all, 1, 1, 1, 0, 0.0, 12);
}

static void
test_bad_waves_are_an_argument_error (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("glasgow_s50");
  GError *error = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_PTR_NULL (nrp_change_compute (net, 1, 4, &error));
  CU_ASSERT_PTR_NOT_NULL_FATAL (error);
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_ARGUMENT);
  g_clear_error (&error);
  CU_ASSERT_PTR_NULL (nrp_change_compute (net, 2, 2, &error));
  CU_ASSERT_PTR_NOT_NULL (error);
  g_clear_error (&error);
}

static const NrpTest tests[] = {
  { "RSiena's tie change tables", test_rsiena_tables },
  { "missing dyads counted as no tie without missing.csv", test_missing_counted_as_zero },
  { "every pair of waves matches the oracle", test_matches_oracle },
  { "hand-derived change", test_hand_derived },
  { "strengthened and weakened ties", test_strengthened_and_weakened },
  { "actor turnover", test_turnover },
  { "bad waves are an argument error", test_bad_waves_are_an_argument_error },
};

NRP_TEST_MAIN ("change", tests)
