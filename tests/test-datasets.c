/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-datasets.c: the per-wave summary of the shared public data sets.
 *
 * Two independent references:
 *  1. the values printed in each data set's README (tests/datasets/<set>/
 *     README.md, computed by the converter and cross-checked in R; the
 *     Glasgow and Kapferer tie counts are published: RSiena manual and
 *     RSiena print01Report): ties, density, mean degree, mutual dyads,
 *     cross-group E, within-group I and the E-I index, checked to the
 *     digits the README prints;
 *  2. NetworkX, via tests/oracle/summary_oracle.py, whose outputs
 *     tests/expected/summary.tsv and degrees.tsv are checked to 1e-12
 *     (every measure and every actor's in-, out- and total degree).
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/* Loads a data set by its name in tests/datasets/datasets.tsv. */

/* |x - expected| within half a unit of the last printed digit. */
#define ASSERT_PRINTED(x, expected, decimals) \
  CU_ASSERT (fabs ((x) - (expected)) <= 0.5 * pow (10.0, -(decimals)) + 1e-12)

typedef struct {
  guint ties;
  double density;      /* as printed */
  double mean_degree;  /* as printed, 3 decimals */
  gint mutual;         /* mutual dyads, -1 where the README gives none */
  guint e, i;          /* cross-group E and within-group I */
  double ei;           /* E-I index as printed, 4 decimals */
} ReadmeWave;

static void
check_readme (const char *name, const ReadmeWave *w, guint n_waves, int density_decimals)
{
  g_autoptr (NrpNetwork) net = load_dataset (name);
  g_autoptr (NrpSummary) s = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_summary_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_EQUAL_FATAL (nrp_summary_get_n_waves (s), n_waves);
  for (guint k = 0; k < n_waves; k++)
    {
      const NrpWaveSummary *ws = nrp_summary_get_wave (s, k + 1);
      CU_ASSERT_EQUAL (ws->ties, w[k].ties);
      ASSERT_PRINTED (ws->density, w[k].density, density_decimals);
      ASSERT_PRINTED (ws->mean_degree, w[k].mean_degree, 3);
      if (w[k].mutual >= 0)
        {
          CU_ASSERT_EQUAL (ws->mutual_dyads, (guint) w[k].mutual);
        }
      CU_ASSERT_EQUAL (ws->ties_cross_sector, w[k].e);
      CU_ASSERT_EQUAL (ws->ties_within_sector, w[k].i);
      ASSERT_PRINTED (ws->ei_index, w[k].ei, 4);
    }
}

static void
test_glasgow_s50_readme (void)
{
  /* glasgow_s50/README.md; the issue quotes the densities to 5 digits.
   * computed_stats.json: max in-degree 8 / 6 / 7, max out-degree 5 (also in
   * the RSiena manual, §19.2, for waves 1 and 2). */
  static const ReadmeWave w[] = { { 113, 0.04612, 2.260, 39, 37, 76, -0.3451 },
                                  { 116, 0.04735, 2.320, 35, 33, 83, -0.4310 },
                                  { 122, 0.04980, 2.440, 45, 42, 80, -0.3115 } };
  check_readme ("glasgow_s50", w, 3, 5);
  {
    g_autoptr (NrpNetwork) net = load_dataset ("glasgow_s50");
    g_autoptr (NrpSummary) s = nrp_summary_compute (net, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL (s);
    for (guint k = 1; k <= 3; k++)
      CU_ASSERT_EQUAL (nrp_summary_get_wave (s, k)->max_out_degree, 5);
    CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 1)->max_in_degree, 8);
    CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 2)->max_in_degree, 6);
    CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 3)->max_in_degree, 7);
  }
}

static void
test_kapferer_readme (void)
{
  /* kapferer_tailor/README.md and RSiena's print01Report (0.213 / 0.301);
   * the README's max degree of the sociational network is 24 / 25. */
  static const ReadmeWave soc[] = { { 158, 0.2132, 8.103, -1, 93, 65, 0.1772 },
                                    { 223, 0.3009, 11.436, -1, 140, 83, 0.2556 } };
  static const ReadmeWave ins[] = { { 109, 0.0735, 2.795, 33, 58, 51, 0.0642 },
                                    { 147, 0.0992, 3.769, 52, 79, 68, 0.0748 } };
  check_readme ("kapferer_sociational", soc, 2, 4);
  {
    g_autoptr (NrpNetwork) net = load_dataset ("kapferer_sociational");
    g_autoptr (NrpSummary) s = nrp_summary_compute (net, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL (s);
    CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 1)->max_degree, 24);
    CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 2)->max_degree, 25);
  }
  check_readme ("kapferer_instrumental", ins, 2, 4);
}

static void
test_knecht_readme (void)
{
  /* knecht_klas12b/README.md: density over observed dyads (missing.csv). */
  static const ReadmeWave w[] = { { 91, 0.1400, 3.500, 28, 12, 79, -0.7363 },
                                  { 117, 0.1872, 4.500, 33, 22, 95, -0.6239 },
                                  { 133, 0.2409, 5.115, 36, 31, 102, -0.5338 },
                                  { 119, 0.1983, 4.577, 33, 27, 92, -0.5462 } };
  check_readme ("knecht_klas12b", w, 4, 4);
}

static void
test_vandebunt_readme (void)
{
  /* vandebunt_freshmen/README.md, ties = codes 1,2,3, missing excluded. */
  static const ReadmeWave w[] = { { 6, 0.0060, 0.188, 2, 0, 6, -1.0000 },
                                  { 110, 0.1183, 3.438, 36, 53, 57, -0.0364 },
                                  { 130, 0.1446, 4.062, 42, 60, 70, -0.0769 },
                                  { 146, 0.1751, 4.562, 38, 60, 86, -0.1781 },
                                  { 175, 0.2171, 5.469, 46, 76, 99, -0.1314 },
                                  { 230, 0.2416, 7.188, 81, 95, 135, -0.1739 },
                                  { 168, 0.2176, 5.250, 43, 65, 103, -0.2262 } };
  check_readme ("vandebunt_freshmen", w, 7, 4);
}

static void
test_emon_readme (void)
{
  /* emon_drabek/README.md: one wave each. */
  static const struct {
    const char *name;
    ReadmeWave w;
  } nets[] = {
    { "emon_Cheyenne", { 83, 0.4560, 5.929, 24, 69, 14, 0.6627 } },
    { "emon_HurrFrederic", { 118, 0.2810, 5.619, 38, 82, 36, 0.3898 } },
    { "emon_LakePomona", { 148, 0.3895, 7.400, 42, 124, 24, 0.6757 } },
    { "emon_MtSi", { 33, 0.2115, 2.538, 13, 19, 14, 0.1515 } },
    { "emon_MtStHelens", { 123, 0.1752, 4.556, 28, 97, 26, 0.5772 } },
    { "emon_Texas", { 186, 0.3100, 7.440, 57, 118, 68, 0.2688 } },
    { "emon_Wichita", { 149, 0.3921, 7.450, 42, 108, 41, 0.4497 } },
  };
  for (guint i = 0; i < G_N_ELEMENTS (nets); i++)
    check_readme (nets[i].name, &nets[i].w, 1, 4);
}

/* ---- NetworkX oracle ----------------------------------------------------- */

/* Loads and summarises data set @name unless it is the one already held. */
static void
switch_dataset (char **current, NrpNetwork **net, NrpSummary **s, const char *name)
{
  if (*current != NULL && strcmp (*current, name) == 0)
    return;
  g_clear_pointer (s, nrp_summary_free);
  g_clear_pointer (net, nrp_network_free);
  g_free (*current);
  *current = g_strdup (name);
  *net = load_dataset (name);
  if (*net != NULL)
    *s = nrp_summary_compute (*net, NULL);
}

static void
test_summary_matches_networkx (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/summary.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autofree char *current = NULL;

  CU_ASSERT_FATAL (rows->len >= 25);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      const NrpWaveSummary *ws;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 18);
      switch_dataset (&current, &net, &s, f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      ws = nrp_summary_get_wave (s, uint_of (f[1]));
      CU_ASSERT_PTR_NOT_NULL_FATAL (ws);
      CU_ASSERT_EQUAL (ws->actors_present, uint_of (f[2]));
      CU_ASSERT_EQUAL (ws->ties, uint_of (f[3]));
      CU_ASSERT_EQUAL (ws->observed_dyads, uint_of (f[4]));
      NRP_ASSERT_CLOSE (ws->density, num (f[5]), 1e-12);
      NRP_ASSERT_CLOSE (ws->mean_degree, num (f[6]), 1e-12);
      CU_ASSERT_EQUAL (ws->components, uint_of (f[7]));
      CU_ASSERT_EQUAL (ws->largest_component, uint_of (f[8]));
      NRP_ASSERT_CLOSE (ws->largest_component_share, num (f[8]) / num (f[2]), 1e-12);
      CU_ASSERT_EQUAL (ws->isolates, uint_of (f[9]));
      NRP_ASSERT_CLOSE (ws->transitivity, num (f[10]), 1e-12);
      CU_ASSERT_EQUAL (ws->mutual_dyads, uint_of (f[11]));
      CU_ASSERT_EQUAL (ws->ties_within_sector, uint_of (f[12]));
      CU_ASSERT_EQUAL (ws->ties_cross_sector, uint_of (f[13]));
      NRP_ASSERT_CLOSE (ws->ei_index, num (f[14]), 1e-12);
      CU_ASSERT_EQUAL (ws->max_degree, uint_of (f[15]));
      CU_ASSERT_EQUAL (ws->max_in_degree, uint_of (f[16]));
      CU_ASSERT_EQUAL (ws->max_out_degree, uint_of (f[17]));
    }
}

static void
test_degrees_match_networkx (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/degrees.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autofree char *current = NULL;
  guint checked = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      guint w;
      gint a;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 6);
      switch_dataset (&current, &net, &s, f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (s);
      w = uint_of (f[1]);
      a = nrp_network_find_actor (net, f[2]);
      CU_ASSERT_FATAL (a >= 0);
      CU_ASSERT_EQUAL (nrp_summary_get_degrees (s, w, NRP_DEGREE_IN)[a], uint_of (f[3]));
      CU_ASSERT_EQUAL (nrp_summary_get_degrees (s, w, NRP_DEGREE_OUT)[a], uint_of (f[4]));
      CU_ASSERT_EQUAL (nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL)[a], uint_of (f[5]));
      checked++;
    }
  CU_ASSERT (checked >= 700);
}

static const NrpTest tests[] = {
  { "Glasgow s50 matches its README", test_glasgow_s50_readme },
  { "Kapferer matches its README and RSiena", test_kapferer_readme },
  { "Knecht matches its README (missing dyads)", test_knecht_readme },
  { "van de Bunt matches its README (missing dyads)", test_vandebunt_readme },
  { "EMON networks match their README", test_emon_readme },
  { "every measure matches NetworkX", test_summary_matches_networkx },
  { "every degree matches NetworkX", test_degrees_match_networkx },
};

NRP_TEST_MAIN ("datasets", tests)
