/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-summary.c: per-wave measures on fixtures small enough to work out
 * by hand; each expected number is derived in the comment beside it.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <nrpnet.h>

#include "cu-main.h"

static char *
fixture (const char *rel)
{
  g_autofree char *dir = nrp_test_path ("fixtures");
  return g_build_filename (dir, rel, NULL);
}

static NrpNetwork *
load (const char *actors, const char *ties, gboolean directed, const char *missing)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = fixture (actors);
  g_autofree char *t = fixture (ties);
  g_autofree char *m = missing ? fixture (missing) : NULL;
  g_autoptr (GError) error = NULL;
  NrpNetwork *net;
  nrp_load_options_set_directed (opt, directed);
  nrp_load_options_set_missing_file (opt, m);
  net = nrp_network_load (a, t, opt, &error);
  if (error != NULL)
    fprintf (stderr, "\n%s\n", error->message);
  return net;
}

/*
 * good/actors.csv + good/ties.csv, undirected (drawn in test-load.c):
 * wave 1: r1-r2, r1-t1, t1-c1; b1 alone.
 *   5 actors, 3 ties, 10 observed dyads -> density 0.3;
 *   mean degree 2*3/5 = 1.2; components {r1,r2,t1,c1} {b1} -> 2, largest 4,
 *   share 0.8; isolates 1 (b1); connected triples at r1 and t1 -> 2,
 *   triangles 0 -> transitivity 0.
 *   degrees r1 2, r2 1, t1 2, c1 1, b1 0.
 *   Sectors: r1-r2 within (I = 1), r1-t1 and t1-c1 across (E = 2):
 *   E-I = (2 - 1) / 3 = 1/3. Highest degree 2 (r1, t1).
 * wave 2: the path r1-r2-t1-b1-c1.
 *   4 ties, density 0.4, mean degree 1.6, 1 component of 5, share 1,
 *   no isolate, 3 triples and no triangle -> transitivity 0.
 *   I = 1 (r1-r2), E = 3: E-I = 2/4 = 0.5.
 */
static void
test_undirected_paths (void)
{
  g_autoptr (NrpNetwork) net = load ("good/actors.csv", "good/ties.csv", FALSE, NULL);
  g_autoptr (NrpSummary) s = NULL;
  const NrpWaveSummary *w1, *w2;
  const guint *deg;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_summary_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_EQUAL_FATAL (nrp_summary_get_n_waves (s), 2);
  w1 = nrp_summary_get_wave (s, 1);
  CU_ASSERT_EQUAL (w1->wave, 1);
  CU_ASSERT_EQUAL (w1->actors_present, 5);
  CU_ASSERT_EQUAL (w1->ties, 3);
  CU_ASSERT_EQUAL (w1->observed_dyads, 10);
  CU_ASSERT_DOUBLE_EQUAL (w1->density, 0.3, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w1->mean_degree, 1.2, 1e-15);
  CU_ASSERT_EQUAL (w1->components, 2);
  CU_ASSERT_EQUAL (w1->largest_component, 4);
  CU_ASSERT_DOUBLE_EQUAL (w1->largest_component_share, 0.8, 1e-15);
  CU_ASSERT_EQUAL (w1->isolates, 1);
  CU_ASSERT_DOUBLE_EQUAL (w1->transitivity, 0.0, 0.0);
  deg = nrp_summary_get_degrees (s, 1, NRP_DEGREE_ALL);
  CU_ASSERT (deg[0] == 2 && deg[1] == 1 && deg[2] == 2 && deg[3] == 1 && deg[4] == 0);
  /* Undirected: in = out = degree. */
  CU_ASSERT_EQUAL (nrp_summary_get_degrees (s, 1, NRP_DEGREE_IN)[2], 2);
  CU_ASSERT_EQUAL (nrp_summary_get_degrees (s, 1, NRP_DEGREE_OUT)[2], 2);
  CU_ASSERT_EQUAL (w1->ties_within_sector, 1);
  CU_ASSERT_EQUAL (w1->ties_cross_sector, 2);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index, 1.0 / 3.0, 1e-15);
  CU_ASSERT_EQUAL (w1->max_degree, 2);
  CU_ASSERT_EQUAL (w1->max_in_degree, 2);
  CU_ASSERT_EQUAL (w1->mutual_dyads, 0);

  w2 = nrp_summary_get_wave (s, 2);
  CU_ASSERT_EQUAL (w2->ties, 4);
  CU_ASSERT_DOUBLE_EQUAL (w2->density, 0.4, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w2->mean_degree, 1.6, 1e-15);
  CU_ASSERT_EQUAL (w2->components, 1);
  CU_ASSERT_DOUBLE_EQUAL (w2->largest_component_share, 1.0, 0.0);
  CU_ASSERT_EQUAL (w2->isolates, 0);
  CU_ASSERT_DOUBLE_EQUAL (w2->transitivity, 0.0, 0.0);
  CU_ASSERT_EQUAL (w2->ties_within_sector, 1);
  CU_ASSERT_EQUAL (w2->ties_cross_sector, 3);
  CU_ASSERT_DOUBLE_EQUAL (w2->ei_index, 0.5, 1e-15);
}

/*
 * good/tri-actors.csv + tri-ties.csv, directed:
 *
 *   wave 1:  a <-> b      a->b is listed twice (types friend and advice):
 *             ^   |       one dyad.
 *              \  v
 *               c  -> d        e
 *
 *   arcs a->b, b->a, b->c, c->a, c->d: 5 ties; 5*4 = 20 ordered dyads ->
 *   density 0.25; mean degree 5/5 = 1.
 *   in:  a 2 (b, c), b 1, c 1, d 1, e 0; out: a 1, b 2, c 2, d 0, e 0;
 *   all = in + out: a 3, b 3, c 3, d 1, e 0.
 *   Undirected simple graph a-b, b-c, c-a, c-d: one triangle; connected
 *   triples a 1, b 1, c 3 (degree 3: 3*2/2), d 0 -> 5; transitivity
 *   3*1/5 = 0.6. Components {a,b,c,d} {e}: 2, largest 4, isolates 1.
 *   With tri-missing.csv (a->d, e->a unobserved): 18 dyads, density 5/18.
 *   Sectors a b e: x; c d: y. Within: a->b, b->a, c->d (I = 3); across:
 *   b->c, c->a (E = 2): E-I = -1/5. Mutual dyads: a<->b only, 1.
 *   Highest degree 3, in-degree 2 (a), out-degree 2 (b, c).
 *
 *   wave 2: d->e only. 1 tie, density 1/20; components {d,e} a b c: 4,
 *   largest 2, share 0.4; isolates 3; no connected triple: transitivity NaN.
 *   d (y) -> e (x) crosses: E-I = 1. Highest degrees 1.
 */
static void
test_directed_triangle_and_types (void)
{
  g_autoptr (NrpNetwork) net = load ("good/tri-actors.csv", "good/tri-ties.csv", TRUE, NULL);
  g_autoptr (NrpSummary) s = NULL;
  const NrpWaveSummary *w1, *w2;
  const guint *in, *out, *all;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  /* Six tie rows at wave 1: the two relation types are kept apart. */
  CU_ASSERT_EQUAL (nrp_network_get_n_ties (net, 1), 6);
  s = nrp_summary_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  w1 = nrp_summary_get_wave (s, 1);
  CU_ASSERT_EQUAL (w1->ties, 5);
  CU_ASSERT_EQUAL (w1->observed_dyads, 20);
  CU_ASSERT_DOUBLE_EQUAL (w1->density, 0.25, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w1->mean_degree, 1.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w1->transitivity, 0.6, 1e-15);
  CU_ASSERT_EQUAL (w1->components, 2);
  CU_ASSERT_EQUAL (w1->largest_component, 4);
  CU_ASSERT_EQUAL (w1->isolates, 1);
  in = nrp_summary_get_degrees (s, 1, NRP_DEGREE_IN);
  out = nrp_summary_get_degrees (s, 1, NRP_DEGREE_OUT);
  all = nrp_summary_get_degrees (s, 1, NRP_DEGREE_ALL);
  CU_ASSERT (in[0] == 2 && in[1] == 1 && in[2] == 1 && in[3] == 1 && in[4] == 0);
  CU_ASSERT (out[0] == 1 && out[1] == 2 && out[2] == 2 && out[3] == 0 && out[4] == 0);
  CU_ASSERT (all[0] == 3 && all[1] == 3 && all[2] == 3 && all[3] == 1 && all[4] == 0);
  CU_ASSERT_EQUAL (w1->ties_within_sector, 3);
  CU_ASSERT_EQUAL (w1->ties_cross_sector, 2);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index, -0.2, 1e-15);
  CU_ASSERT_EQUAL (w1->mutual_dyads, 1);
  CU_ASSERT_EQUAL (w1->max_degree, 3);
  CU_ASSERT_EQUAL (w1->max_in_degree, 2);
  CU_ASSERT_EQUAL (w1->max_out_degree, 2);

  w2 = nrp_summary_get_wave (s, 2);
  CU_ASSERT_EQUAL (w2->ties, 1);
  CU_ASSERT_DOUBLE_EQUAL (w2->density, 0.05, 1e-15);
  CU_ASSERT_EQUAL (w2->components, 4);
  CU_ASSERT_EQUAL (w2->largest_component, 2);
  CU_ASSERT_DOUBLE_EQUAL (w2->largest_component_share, 0.4, 1e-15);
  CU_ASSERT_EQUAL (w2->isolates, 3);
  CU_ASSERT_TRUE (isnan (w2->transitivity));
  CU_ASSERT_DOUBLE_EQUAL (w2->ei_index, 1.0, 0.0);
  CU_ASSERT_EQUAL (w2->mutual_dyads, 0);
  CU_ASSERT_EQUAL (w2->max_degree, 1);
}

/*
 * A wave with no tie (it exists because missing.csv names it): tri-actors,
 * tri-ties and a missing dyad a->b at wave 3. Wave 3: 5 actors, 0 ties,
 * 20 - 1 = 19 observed dyads, density 0, mean degree 0, 5 components, all
 * 5 isolates, transitivity and E-I undefined (NaN).
 */
static void
test_empty_wave (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = fixture ("good/tri-actors.csv");
  g_autofree char *t = fixture ("good/tri-ties.csv");
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *m = g_build_filename (dir, "missing.csv", NULL);
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  const NrpWaveSummary *w3;

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (m, "source,target,wave\na,b,3\n", -1, NULL));
  nrp_load_options_set_directed (opt, TRUE);
  nrp_load_options_set_missing_file (opt, m);
  net = nrp_network_load (a, t, opt, NULL);
  g_unlink (m);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL (nrp_network_get_n_waves (net), 3);
  s = nrp_summary_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  w3 = nrp_summary_get_wave (s, 3);
  CU_ASSERT_EQUAL (w3->ties, 0);
  CU_ASSERT_EQUAL (w3->observed_dyads, 19);
  CU_ASSERT_DOUBLE_EQUAL (w3->density, 0.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (w3->mean_degree, 0.0, 0.0);
  CU_ASSERT_EQUAL (w3->components, 5);
  CU_ASSERT_EQUAL (w3->isolates, 5);
  CU_ASSERT_TRUE (isnan (w3->transitivity));
  CU_ASSERT_TRUE (isnan (w3->ei_index));
}

static void
test_missing_dyads_leave_the_denominator (void)
{
  g_autoptr (NrpNetwork) net = load ("good/tri-actors.csv", "good/tri-ties.csv", TRUE,
                                     "good/tri-missing.csv");
  g_autoptr (NrpSummary) s = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_summary_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 1)->missing_dyads, 2);
  CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 1)->observed_dyads, 18);
  CU_ASSERT_DOUBLE_EQUAL (nrp_summary_get_wave (s, 1)->density, 5.0 / 18.0, 1e-15);
  /* Wave 2 has no missing dyad. */
  CU_ASSERT_EQUAL (nrp_summary_get_wave (s, 2)->observed_dyads, 20);
}

/*
 * Presence: bad/actors-presence.csv has r2 absent at wave 2 and b1 absent
 * at wave 1. With ties r1-t1 (1) and t1-c1, r1-b1 (2), undirected:
 * wave 1: 4 present (r1 r2 t1 c1), 1 tie, 6 dyads, density 1/6, mean degree
 *   2/4 = 0.5, components {r1,t1} {r2} {c1}: 3, isolates 2 (b1 absent is
 *   not an isolate), share 2/4.
 * wave 2: 4 present (r1 t1 c1 b1), ties t1-c1 and r1-b1: density 2/6,
 *   components {t1,c1} {r1,b1}: 2, isolates 0.
 */
static void
test_absent_actors_are_left_out (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = fixture ("bad/actors-presence.csv");
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  const NrpWaveSummary *w1, *w2;

  nrp_load_options_set_presence_prefix (opt, "present_w");
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (
    t, "source,target,wave\nr1,t1,1\nt1,c1,2\nr1,b1,2\n", -1, NULL));
  net = nrp_network_load (a, t, opt, NULL);
  g_unlink (t);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_summary_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (s);
  w1 = nrp_summary_get_wave (s, 1);
  CU_ASSERT_EQUAL (w1->actors_present, 4);
  CU_ASSERT_EQUAL (w1->observed_dyads, 6);
  CU_ASSERT_DOUBLE_EQUAL (w1->density, 1.0 / 6.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w1->mean_degree, 0.5, 1e-15);
  CU_ASSERT_EQUAL (w1->components, 3);
  CU_ASSERT_EQUAL (w1->isolates, 2);
  CU_ASSERT_DOUBLE_EQUAL (w1->largest_component_share, 0.5, 1e-15);
  w2 = nrp_summary_get_wave (s, 2);
  CU_ASSERT_EQUAL (w2->actors_present, 4);
  CU_ASSERT_DOUBLE_EQUAL (w2->density, 2.0 / 6.0, 1e-15);
  CU_ASSERT_EQUAL (w2->components, 2);
  CU_ASSERT_EQUAL (w2->isolates, 0);
}

/* The JSON report uses the stable names and writes NaN as null. */
static void
test_json_report_names_and_null (void)
{
  g_autoptr (NrpNetwork) net = load ("good/tri-actors.csv", "good/tri-ties.csv", TRUE, NULL);
  g_autoptr (NrpSummary) s = NULL;
  g_autofree char *json = NULL;
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root, *w1, *w2, *actor;
  JsonArray *waves, *actors;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  s = nrp_summary_compute (net, NULL);
  json = nrp_summary_to_json (s, net, FALSE);
  CU_ASSERT_TRUE_FATAL (json_parser_load_from_data (parser, json, -1, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  CU_ASSERT_EQUAL (json_object_get_int_member (root, "schema_version"), 1);
  CU_ASSERT_TRUE (json_object_get_boolean_member (root, "directed"));
  CU_ASSERT_EQUAL (json_array_get_length (json_object_get_array_member (root, "sectors")), 2);
  waves = json_object_get_array_member (root, "waves");
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (waves), 2);
  w1 = json_array_get_object_element (waves, 0);
  CU_ASSERT_EQUAL (json_object_get_int_member (w1, "wave"), 1);
  CU_ASSERT_EQUAL (json_object_get_int_member (w1, "ties"), 5);
  CU_ASSERT_EQUAL (json_object_get_int_member (w1, "actors_present"), 5);
  CU_ASSERT_DOUBLE_EQUAL (json_object_get_double_member (w1, "density"), 0.25, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (json_object_get_double_member (w1, "transitivity"), 0.6, 1e-15);
  actors = json_object_get_array_member (w1, "actors");
  CU_ASSERT_EQUAL_FATAL (json_array_get_length (actors), 5);
  actor = json_array_get_object_element (actors, 0);
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (actor, "id"), "a");
  CU_ASSERT_STRING_EQUAL (json_object_get_string_member (actor, "sector"), "x");
  CU_ASSERT_EQUAL (json_object_get_int_member (actor, "degree"), 3);
  CU_ASSERT_EQUAL (json_object_get_int_member (actor, "in_degree"), 2);
  CU_ASSERT_EQUAL (json_object_get_int_member (actor, "out_degree"), 1);
  w2 = json_array_get_object_element (waves, 1);
  CU_ASSERT_TRUE (json_object_get_null_member (w2, "transitivity"));
  CU_ASSERT_EQUAL (json_object_get_int_member (w1, "mutual_dyads"), 1);
  CU_ASSERT_EQUAL (json_object_get_int_member (w1, "ties_cross_sector"), 2);
  CU_ASSERT_DOUBLE_EQUAL (json_object_get_double_member (w1, "ei_index"), -0.2, 1e-15);
}

static const NrpTest tests[] = {
  { "undirected paths", test_undirected_paths },
  { "directed triangle, relation types collapsed", test_directed_triangle_and_types },
  { "missing dyads leave the denominator", test_missing_dyads_leave_the_denominator },
  { "a wave with no tie", test_empty_wave },
  { "absent actors are left out", test_absent_actors_are_left_out },
  { "JSON report names and null", test_json_report_names_and_null },
};

NRP_TEST_MAIN ("summary", tests)
