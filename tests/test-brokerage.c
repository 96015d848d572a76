/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-brokerage.c: Gould-Fernandez brokerage (lib/measures/brokerage.c).
 *
 *  - hand-derived counts on small fixtures;
 *  - every count, expectation, standard deviation and z-score, per actor
 *    and per network, against R's sna::brokerage on the shared data sets and
 *    50 random typed networks (tests/oracle/brokerage.R,
 *    expected/brokerage_r.tsv), to 1e-9.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/*
 * Directed: a -> v -> b with sectors chosen per case; v is the only broker.
 *   a x, v x, b x: coordinator.    a x, v y, b x: itinerant.
 *   a y, v x, b x: gatekeeper (v in b's sector).
 *   a x, v x, b y: representative (v in a's sector).
 *   a x, v y, b z: liaison.
 * Closing the path with a -> b removes it.
 */
static void
check_role (const char *sa, const char *sv, const char *sb, NrpBrokerRole want)
{
  g_autofree char *actors = g_strdup_printf ("id,sector\na,%s\nv,%s\nb,%s\n", sa, sv, sb);
  g_autoptr (NrpNetwork) net = load_text (actors, "source,target,wave\na,v,1\nv,b,1\n", TRUE);
  g_autoptr (NrpBrokerage) br = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  br = nrp_brokerage_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (br);
  for (guint r = 0; r < NRP_BROKER_N_ROLES - 1; r++)
    CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_actors (br, 1, r, NRP_BROKER_COUNT)[1],
                            r == want ? 1.0 : 0.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_actors (br, 1, NRP_BROKER_TOTAL, NRP_BROKER_COUNT)[1],
                          1.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_network (br, 1, want, NRP_BROKER_COUNT), 1.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_actors (br, 1, NRP_BROKER_TOTAL, NRP_BROKER_COUNT)[0],
                          0.0, 0.0);
}

static void
test_each_role (void)
{
  check_role ("x", "x", "x", NRP_BROKER_COORDINATOR);
  check_role ("x", "y", "x", NRP_BROKER_ITINERANT);
  check_role ("y", "x", "x", NRP_BROKER_GATEKEEPER);
  check_role ("x", "x", "y", NRP_BROKER_REPRESENTATIVE);
  check_role ("x", "y", "z", NRP_BROKER_LIAISON);
}

static void
test_closed_two_path_is_not_brokerage (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\na,x\nv,y\nb,z\n",
                                          "source,target,wave\na,v,1\nv,b,1\na,b,1\n", TRUE);
  g_autoptr (NrpBrokerage) br = nrp_brokerage_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (br);
  CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_network (br, 1, NRP_BROKER_TOTAL, NRP_BROKER_COUNT), 0.0,
                          0.0);
}

/*
 * Undirected star: centre h (y), leaves l1 l2 (x). The open two-paths
 * through h are l1-h-l2 and l2-h-l1 (undirected ties are symmetric arcs):
 * 2, both itinerant. Two sectors: a liaison is impossible, so its variance
 * is 0 and its z-score NaN. Density: 4 arcs / (3*2) = 2/3.
 * Expected itinerant count for h (sector y, n_y = 1; n_x = 2):
 * p = d^2 (1 - d) = (4/9)(1/3) = 4/27; E = p * n_x (n_x - 1) = 8/27.
 */
static void
test_undirected_star (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\nh,y\nl1,x\nl2,x\n",
                                          "source,target,wave\nh,l1,1\nh,l2,1\n", FALSE);
  g_autoptr (NrpBrokerage) br = nrp_brokerage_compute (net, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (br);
  CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_actors (br, 1, NRP_BROKER_ITINERANT, NRP_BROKER_COUNT)[0],
                          2.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (
    nrp_brokerage_get_actors (br, 1, NRP_BROKER_ITINERANT, NRP_BROKER_EXPECTED)[0], 8.0 / 27.0,
    1e-15);
  CU_ASSERT_TRUE (isnan (nrp_brokerage_get_network (br, 1, NRP_BROKER_LIAISON, NRP_BROKER_Z)));
  CU_ASSERT_DOUBLE_EQUAL (nrp_brokerage_get_network (br, 1, NRP_BROKER_LIAISON, NRP_BROKER_SD), 0.0,
                          0.0);
}

/* ---- R sna ------------------------------------------------------------------ */

/*
 * sna's columns. Its b_IO column counts the two-paths whose broker shares the
 * source's class and b_OI those whose broker shares the target's, as its
 * output on a -> v -> b shows (m[a,v] = m[v,b] = 1, classes x x y gives
 * b_IO = 1); its help page gives the opposite labels. nrpnet keeps Gould
 * and Fernandez's definitions: the broker sharing the source's sector is a
 * representative, the one sharing the target's a gatekeeper.
 */
static gint
role_of_r (const char *r)
{
  static const struct {
    const char *r;
    NrpBrokerRole role;
  } map[] = {
    { "w_I", NRP_BROKER_COORDINATOR }, { "w_O", NRP_BROKER_ITINERANT },
    { "b_IO", NRP_BROKER_REPRESENTATIVE }, { "b_OI", NRP_BROKER_GATEKEEPER },
    { "b_O", NRP_BROKER_LIAISON },     { "t", NRP_BROKER_TOTAL },
  };
  for (guint i = 0; i < G_N_ELEMENTS (map); i++)
    if (strcmp (map[i].r, r) == 0)
      return (gint) map[i].role;
  return -1;
}

static void
test_matches_sna (void)
{
  g_autofree char *path = nrp_test_path ("expected/brokerage_r.tsv");
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpBrokerage) br = NULL;
  g_autofree char *current = NULL;
  guint checked = 0, shown = 0;

  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = NULL;
      guint wave;
      gint role;
      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "dataset\t"))
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 8);
      if (current == NULL || strcmp (current, f[0]) != 0)
        {
          g_clear_pointer (&br, nrp_brokerage_free);
          g_clear_pointer (&net, nrp_network_free);
          g_free (current);
          current = g_strdup (f[0]);
          net = load_dataset (f[0]);
          CU_ASSERT_PTR_NOT_NULL_FATAL (net);
          br = nrp_brokerage_compute (net, NULL);
          CU_ASSERT_PTR_NOT_NULL_FATAL (br);
        }
      wave = (guint) g_ascii_strtoull (f[1], NULL, 10);
      role = role_of_r (f[3]);
      CU_ASSERT_FATAL (role >= 0);
      for (guint stat = 0; stat < 4; stat++)
        {
          double want = num (f[4 + stat]), got;
          if (strcmp (f[2], "*") == 0)
            got = nrp_brokerage_get_network (br, wave, role, stat);
          else
            {
              gint a = nrp_network_find_actor (net, f[2]);
              CU_ASSERT_FATAL (a >= 0);
              got = nrp_brokerage_get_actors (br, wave, role, stat)[a];
            }
          NRP_ASSERT_CLOSE (got, want, 1e-9);
          if (!((isnan (got) && isnan (want)) || fabs (got - want) <= 1e-9 * fmax (1, fabs (want))))
            if (shown++ < 10)
              fprintf (stderr, "\n%s wave %u %s %s stat %u: %.17g, sna %s", f[0], wave, f[2], f[3],
                       stat, got, f[4 + stat]);
          checked++;
        }
    }
  CU_ASSERT (checked > 80000);
}

static const NrpTest tests[] = {
  { "each role", test_each_role },
  { "a closed two-path is not brokerage", test_closed_two_path_is_not_brokerage },
  { "undirected star", test_undirected_star },
  { "matches R sna::brokerage", test_matches_sna },
};

NRP_TEST_MAIN ("brokerage", tests)
