/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-report.c: a report stands when one of its parts cannot be computed
 * (lib/report/report.c).
 *
 * The program is linked with tests/fail-igraph.c, whose igraph functions
 * fail when NRP_TEST_FAIL_IGRAPH names them and are igraph's own otherwise.
 * The expected values are the same report's computed with nothing failing:
 * what did not fail must be bit-identical to it.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/* Computes the report with igraph's @fail ("leiden" or "pagerank")
 * failing, or nothing failing for NULL. */
static NrpReport *
compute_failing (const NrpNetwork *net, const char *fail, GError **error)
{
  g_autoptr (NrpReportOptions) o = nrp_report_options_new ();
  NrpReport *r;
  CU_ASSERT_TRUE (nrp_report_options_set_permutations (o, 99, NULL));
  CU_ASSERT_TRUE (nrp_report_options_set_threads (o, 1, NULL));
  if (fail != NULL)
    g_setenv ("NRP_TEST_FAIL_IGRAPH", fail, TRUE);
  r = nrp_report_compute (net, o, error);
  g_unsetenv ("NRP_TEST_FAIL_IGRAPH");
  return r;
}

static NrpReport *
compute (const NrpNetwork *net, const char *fail)
{
  g_autoptr (GError) error = NULL;
  NrpReport *r = compute_failing (net, fail, &error);
  CU_ASSERT_PTR_NULL (error);
  return r;
}

/* The JSON document's wave 1 (parsed) and its first actor. */
static JsonObject *
wave_one (JsonParser *p, const char *json, JsonObject **actor)
{
  JsonObject *root, *wave;
  CU_ASSERT_FATAL (json_parser_load_from_data (p, json, -1, NULL));
  root = json_node_get_object (json_parser_get_root (p));
  wave = json_array_get_object_element (json_object_get_array_member (root, "waves"), 0);
  *actor = json_array_get_object_element (json_object_get_array_member (wave, "actors"), 0);
  return wave;
}

/* The karate club, one wave: nothing fails, nothing is null. */
static void
test_complete (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("zachary_karate");
  g_autoptr (NrpReport) r = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  r = compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  CU_ASSERT_EQUAL (nrp_report_get_n_warnings (r), 0);
  CU_ASSERT_PTR_NOT_NULL (nrp_report_get_mixing (r));
  CU_ASSERT_PTR_NOT_NULL (nrp_report_get_centrality (r));
  CU_ASSERT_PTR_NOT_NULL (nrp_report_get_brokerage (r));
  CU_ASSERT_PTR_NOT_NULL (nrp_report_get_structure (r));
  CU_ASSERT_PTR_NOT_NULL (nrp_report_get_communities (r));
}

/* PageRank fails: eigenvector and PageRank are null at that wave, with a
 * warning naming them, the wave and igraph's reason; every other
 * centrality stands, bit for bit. */
static void
test_pagerank_fails (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("zachary_karate");
  g_autoptr (NrpReport) good = NULL, r = NULL;
  g_autoptr (JsonParser) p = json_parser_new ();
  g_autofree char *json = NULL;
  JsonObject *wave, *actor;
  const NrpCentrality *c, *cg;
  const char *w;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  good = compute (net, NULL);
  r = compute (net, "pagerank");
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  CU_ASSERT_EQUAL_FATAL (nrp_report_get_n_warnings (r), 1);
  w = nrp_report_get_warning (r, 0);
  CU_ASSERT_PTR_NOT_NULL (strstr (w, "centrality, wave 1: eigenvector and pagerank are null"));
  CU_ASSERT_PTR_NOT_NULL (strstr (w, ": computing PageRank failed: "));
  c = nrp_report_get_centrality (r);
  cg = nrp_report_get_centrality (good);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
    {
      CU_ASSERT (isnan (nrp_centrality_get (c, 1, NRP_CENTRALITY_PAGERANK)[i]));
      CU_ASSERT (isnan (nrp_centrality_get (c, 1, NRP_CENTRALITY_EIGENVECTOR)[i]));
      CU_ASSERT (!isnan (nrp_centrality_get (cg, 1, NRP_CENTRALITY_PAGERANK)[i]));
      CU_ASSERT_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_BETWEENNESS)[i],
                       nrp_centrality_get (cg, 1, NRP_CENTRALITY_BETWEENNESS)[i]);
      CU_ASSERT_EQUAL (nrp_centrality_get (c, 1, NRP_CENTRALITY_CLOSENESS)[i],
                       nrp_centrality_get (cg, 1, NRP_CENTRALITY_CLOSENESS)[i]);
    }
  CU_ASSERT_EQUAL (nrp_centrality_get_wave (c, 1)->centralization_degree,
                   nrp_centrality_get_wave (cg, 1)->centralization_degree);
  CU_ASSERT_PTR_NOT_NULL (nrp_report_get_communities (r));

  /* JSON: the warning in "warnings", the values null. */
  json = nrp_report_to_json (r, net, FALSE);
  wave = wave_one (p, json, &actor);
  {
    JsonObject *root = json_node_get_object (json_parser_get_root (p));
    JsonArray *warnings = json_object_get_array_member (root, "warnings");
    guint nl = nrp_network_get_n_warnings (net);   /* the load's come first */
    CU_ASSERT_EQUAL_FATAL (json_array_get_length (warnings), nl + 1);
    CU_ASSERT_STRING_EQUAL (json_array_get_string_element (warnings, nl), w);
  }
  CU_ASSERT (json_object_get_null_member (actor, "pagerank"));
  CU_ASSERT (json_object_get_null_member (actor, "eigenvector"));
  CU_ASSERT_FALSE (json_object_get_null_member (actor, "betweenness"));
  CU_ASSERT_TRUE (json_object_has_member (wave, "communities"));
}

/* Leiden fails: the communities part is null, with a warning; the JSON
 * keeps its keys as null and the CSV leaves its cells empty; the rest of
 * the report is the complete one's. */
static void
test_leiden_fails (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("zachary_karate");
  g_autoptr (NrpReport) good = NULL, r = NULL;
  g_autoptr (JsonParser) p = json_parser_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *json = NULL, *dir = NULL, *csv_path = NULL, *csv = NULL;
  g_auto (GStrv) lines = NULL;
  JsonObject *wave, *actor;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  good = compute (net, NULL);
  r = compute (net, "leiden");
  CU_ASSERT_PTR_NOT_NULL_FATAL (r);
  CU_ASSERT_PTR_NULL (nrp_report_get_communities (r));
  CU_ASSERT_EQUAL_FATAL (nrp_report_get_n_warnings (r), 1);
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_report_get_warning (r, 0),
                                  "communities is null: it could not be computed: "));
  CU_ASSERT_PTR_NOT_NULL (strstr (nrp_report_get_warning (r, 0), "finding communities"));
  CU_ASSERT_PTR_NOT_NULL_FATAL (nrp_report_get_structure (r));
  CU_ASSERT_EQUAL (nrp_structure_get_n_bridges (nrp_report_get_structure (r), 1),
                   nrp_structure_get_n_bridges (nrp_report_get_structure (good), 1));
  CU_ASSERT_EQUAL (nrp_mixing_get_wave (nrp_report_get_mixing (r), 1)->ei_index_p_value,
                   nrp_mixing_get_wave (nrp_report_get_mixing (good), 1)->ei_index_p_value);

  json = nrp_report_to_json (r, net, FALSE);
  wave = wave_one (p, json, &actor);
  CU_ASSERT (json_object_get_null_member (wave, "communities"));
  CU_ASSERT (json_object_get_null_member (actor, "community_leiden"));
  CU_ASSERT (json_object_get_null_member (actor, "community_multilevel"));
  CU_ASSERT_FALSE (json_object_get_null_member (wave, "n_bridges"));

  /* actors.csv: the two community cells, the 24th and 25th, are empty. */
  dir = g_dir_make_tmp ("nrp-test-report-XXXXXX", NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (dir);
  CU_ASSERT_TRUE (nrp_report_write_csv (r, net, dir, NRP_CSV_DEFAULT, &error));
  csv_path = g_build_filename (dir, "actors.csv", NULL);
  CU_ASSERT_TRUE_FATAL (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\r\n", -1);
  {
    g_auto (GStrv) head = g_strsplit (lines[0], ",", -1);
    g_auto (GStrv) row = g_strsplit (lines[1], ",", -1);
    CU_ASSERT_STRING_EQUAL (head[23], "community_leiden");
    CU_ASSERT_STRING_EQUAL (row[23], "");
    CU_ASSERT_STRING_EQUAL (row[24], "");
    CU_ASSERT_STRING_NOT_EQUAL (row[12], "");   /* betweenness */
  }
  {
    static const char *const names[] = { "waves.csv", "actors.csv", "mixing.csv",
                                         "sectors.csv", "bridges.csv" };
    for (guint k = 0; k < G_N_ELEMENTS (names); k++)
      {
        g_autofree char *path = g_build_filename (dir, names[k], NULL);
        g_remove (path);
      }
  }
  g_rmdir (dir);
}

/*
 * Betweenness sampled (nrp_report_options_set_betweenness_sample()) on the
 * bundled sample (two waves, 5,300 actors; the karate club under
 * NRP_TEST_QUICK, as valgrind runs it): every actor's estimate within
 * the stated bound of the exact betweenness of the same report computed
 * exactly (nrpnet's kernel, which test-kernels holds to igraph); closeness,
 * harmonic closeness and closeness centralization the same bits as there
 * (the distances-only search); cross-sector betweenness and betweenness
 * centralization NaN, a warning per wave saying so; weights refused.
 */
static void
test_sampled_betweenness (void)
{
  g_autoptr (NrpNetwork) net = g_getenv ("NRP_TEST_QUICK") != NULL
                                  ? load_dataset ("zachary_karate")
                                  : nrp_network_load_sample (NULL);
  g_autoptr (NrpReportOptions) o = nrp_report_options_new ();
  g_autoptr (NrpReport) exact = NULL, sampled = NULL, weighted = NULL;
  g_autoptr (GError) error = NULL;
  double delta = 0;
  guint estimated = 0;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_TRUE (nrp_report_options_set_permutations (o, 0, NULL));
  CU_ASSERT_EQUAL (nrp_report_options_get_betweenness_sample (o, &delta), 0);
  CU_ASSERT_EQUAL (delta, 0.1);
  exact = nrp_report_compute (net, o, NULL);
  CU_ASSERT_FALSE (nrp_report_options_set_betweenness_sample (o, 1.5, 0.1, &error));
  CU_ASSERT_TRUE (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
  g_clear_error (&error);
  CU_ASSERT_FALSE (nrp_report_options_set_betweenness_sample (o, 0.01, 0, NULL));
  CU_ASSERT_TRUE (nrp_report_options_set_betweenness_sample (o, 0.01, 0.1, NULL));
  CU_ASSERT_EQUAL (nrp_report_options_get_betweenness_sample (o, &delta), 0.01);
  sampled = nrp_report_compute (net, o, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (exact);
  CU_ASSERT_PTR_NOT_NULL_FATAL (sampled);
  for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
    {
      const NrpCentrality *ce = nrp_report_get_centrality (exact);
      const NrpCentrality *cs = nrp_report_get_centrality (sampled);
      const NrpBetweennessSample *info = nrp_report_get_betweenness_sample (sampled, w);
      const double *be = nrp_centrality_get (ce, w, NRP_CENTRALITY_BETWEENNESS);
      const double *bs = nrp_centrality_get (cs, w, NRP_CENTRALITY_BETWEENNESS);
      double n = nrp_summary_get_wave (nrp_report_get_summary (exact), w)->actors_present;
      guint worse = 0, differ = 0, cross = 0;

      CU_ASSERT_PTR_NULL (nrp_report_get_betweenness_sample (exact, w));
      CU_ASSERT_PTR_NOT_NULL_FATAL (info);
      CU_ASSERT (info->samples > 1000);
      /* undirected: half of epsilon n (n - 1) */
      CU_ASSERT_DOUBLE_EQUAL (info->max_error,
                              0.01 * n * (n - 1) / (nrp_network_is_directed (net) ? 1 : 2), 1e-6);
      for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
        {
          if (isnan (be[i]))
            continue;
          worse += !(fabs (bs[i] - be[i]) <= info->max_error);
          for (guint m = NRP_CENTRALITY_CLOSENESS; m <= NRP_CENTRALITY_HARMONIC; m++)
            differ += memcmp (&nrp_centrality_get (ce, w, m)[i],
                              &nrp_centrality_get (cs, w, m)[i], sizeof (double)) != 0;
          cross += !isnan (nrp_centrality_get (cs, w, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS)[i]);
        }
      CU_ASSERT_EQUAL (worse, 0);
      CU_ASSERT_EQUAL (differ, 0);
      CU_ASSERT_EQUAL (cross, 0);
      CU_ASSERT_TRUE (isnan (nrp_centrality_get_wave (cs, w)->centralization_betweenness));
      CU_ASSERT_EQUAL (nrp_centrality_get_wave (cs, w)->centralization_degree,
                       nrp_centrality_get_wave (ce, w)->centralization_degree);
    }
  for (guint k = 0; k < nrp_report_get_n_warnings (sampled); k++)
    estimated += strstr (nrp_report_get_warning (sampled, k), "betweenness is estimated") != NULL;
  CU_ASSERT_EQUAL (estimated, nrp_network_get_n_waves (net));
  nrp_report_options_set_weighted (o, TRUE);
  weighted = nrp_report_compute (net, o, &error);
  CU_ASSERT_PTR_NULL (weighted);
  CU_ASSERT_TRUE (g_error_matches (error, NRP_ERROR, NRP_ERROR_ARGUMENT));
}

static const NrpTest tests[] = {
  { "a complete report has no warning", test_complete },
  { "sampled betweenness keeps its bound, closeness its bits", test_sampled_betweenness },
  { "PageRank failing leaves it and eigenvector null, the rest stands", test_pagerank_fails },
  { "Leiden failing leaves communities null, the rest stands", test_leiden_fails },
};

NRP_TEST_MAIN ("report", tests)
