/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-structure.c: structural holes, bridges, articulation points and
 * local bridges (lib/measures/structure.c).
 *
 *  - hand-derived values on small fixtures;
 *  - the shared and random networks, unweighted and weighted, against
 *    tests/oracle/structure_oracle.py (NetworkX's constraint,
 *    effective_size, bridges, articulation_points and local_bridges; Burt's
 *    hierarchy computed in Python from nx.local_constraint), to 1e-9, and
 *    the sets of bridges, articulation points and local bridges (with their
 *    spans) exactly.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/*
 * The star h - a, h - b, h - c (undirected), plus the tie a - b.
 * h's contacts a, b, c, p = 1/3 each. Constraint of h: for a: p_ha = 1/3,
 * indirect via b: p_hb p_ba = (1/3)(1/2) (a's contacts h, b) = 1/6:
 * (1/3 + 1/6)^2 = 1/4; b the same: 1/4; c: (1/3)^2 = 1/9. Total 11/18.
 * Effective size of h: 3 - 2 * 1 / 3 = 7/3; efficiency 7/9.
 * Hierarchy of h: c_j / (C/3) = (1/4)/(11/54) = 27/22 twice, (1/9)/(11/54)
 * = 6/11; H = [2 (27/22) ln (27/22) + (6/11) ln (6/11)] / (3 ln 3).
 * Bridges: h - c (c hangs on h); articulation point: h. Local bridges:
 * h - c (no common contact), span infinity; a - b and h - a share contacts.
 * Constraint of a (contacts h and b, 1/2 each; b's contacts h and a, h's
 * a, b, c): (1/2 + 1/2 * 1/2)^2 + (1/2 + 1/2 * 1/3)^2 = 9/16 + 4/9 =
 * 145/144; b the same; c (one contact) 1. Mean constraint over the four:
 * (88 + 145 + 145 + 144) / 576 = 522/576. One articulation point.
 */
static void
test_hand_derived_star (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\nh,x\na,x\nb,y\nc,y\n",
                                          "source,target,wave\nh,a,1\nh,b,1\nh,c,1\na,b,1\n",
                                          FALSE);
  g_autoptr (NrpStructure) st = NULL;
  double span, want_h;
  guint a, b;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  st = nrp_structure_compute (net, FALSE, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_holes (st, 1, NRP_HOLES_CONSTRAINT)[0], 11.0 / 18.0,
                          1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_holes (st, 1, NRP_HOLES_EFFECTIVE_SIZE)[0], 7.0 / 3.0,
                          1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_holes (st, 1, NRP_HOLES_EFFICIENCY)[0], 7.0 / 9.0,
                          1e-15);
  want_h = (2 * (27.0 / 22) * log (27.0 / 22) + (6.0 / 11) * log (6.0 / 11)) / (3 * log (3.0));
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_holes (st, 1, NRP_HOLES_HIERARCHY)[0], want_h, 1e-15);
  /* c has one contact: hierarchy undefined. */
  CU_ASSERT_TRUE (isnan (nrp_structure_get_holes (st, 1, NRP_HOLES_HIERARCHY)[3]));
  CU_ASSERT_EQUAL_FATAL (nrp_structure_get_n_bridges (st, 1), 1);
  CU_ASSERT_TRUE (nrp_structure_get_bridge (st, 1, 0, &a, &b));
  CU_ASSERT (a == 0 && b == 3);
  CU_ASSERT_EQUAL (nrp_structure_get_articulation (st, 1)[0], 1);
  CU_ASSERT_EQUAL (nrp_structure_get_articulation (st, 1)[1], 0);
  CU_ASSERT_EQUAL (nrp_structure_get_n_articulation (st, 1), 1);
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_holes (st, 1, NRP_HOLES_CONSTRAINT)[1], 145.0 / 144.0,
                          1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_mean_holes (st, 1, NRP_HOLES_CONSTRAINT),
                          522.0 / 576.0, 1e-15);
  /* c's hierarchy is undefined: the mean is over the other three. */
  CU_ASSERT_DOUBLE_EQUAL (nrp_structure_get_mean_holes (st, 1, NRP_HOLES_HIERARCHY),
                          (nrp_structure_get_holes (st, 1, NRP_HOLES_HIERARCHY)[0]
                           + nrp_structure_get_holes (st, 1, NRP_HOLES_HIERARCHY)[1]
                           + nrp_structure_get_holes (st, 1, NRP_HOLES_HIERARCHY)[2])
                            / 3,
                          1e-15);
  CU_ASSERT_EQUAL_FATAL (nrp_structure_get_n_local_bridges (st, 1), 1);
  CU_ASSERT_TRUE (nrp_structure_get_local_bridge (st, 1, 0, &a, &b, &span));
  CU_ASSERT (a == 0 && b == 3 && isinf (span));
}

/* A 4-cycle a-b-c-d-a: every tie a local bridge of span 3, no bridge. */
static void
test_cycle_local_bridges (void)
{
  g_autoptr (NrpNetwork) net = load_text ("id,sector\na,x\nb,x\nc,x\nd,x\n",
                                          "source,target,wave\na,b,1\nb,c,1\nc,d,1\nd,a,1\n",
                                          FALSE);
  g_autoptr (NrpStructure) st = nrp_structure_compute (net, FALSE, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  CU_ASSERT_EQUAL (nrp_structure_get_n_bridges (st, 1), 0);
  CU_ASSERT_EQUAL_FATAL (nrp_structure_get_n_local_bridges (st, 1), 4);
  for (guint k = 0; k < 4; k++)
    {
      double span;
      nrp_structure_get_local_bridge (st, 1, k, NULL, NULL, &span);
      CU_ASSERT_DOUBLE_EQUAL (span, 3.0, 0.0);
    }
}

/* ---- NetworkX oracle ------------------------------------------------------ */

static void
test_holes_match_networkx (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/holes.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  NrpStructure *st[2] = { NULL, NULL };
  g_autofree char *current = NULL;
  guint shown = 0;

  CU_ASSERT_FATAL (rows->len >= 6000);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      guint wave, weighted;
      gint v;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 8);
      if (current == NULL || strcmp (current, f[0]) != 0)
        {
          g_clear_pointer (&st[0], nrp_structure_free);
          g_clear_pointer (&st[1], nrp_structure_free);
          g_clear_pointer (&net, nrp_network_free);
          g_free (current);
          current = g_strdup (f[0]);
          net = load_dataset (f[0]);
          CU_ASSERT_PTR_NOT_NULL_FATAL (net);
          st[0] = nrp_structure_compute (net, FALSE, NULL);
          st[1] = nrp_structure_compute (net, TRUE, NULL);
          CU_ASSERT_FATAL (st[0] != NULL && st[1] != NULL);
        }
      wave = (guint) g_ascii_strtoull (f[1], NULL, 10);
      weighted = (guint) g_ascii_strtoull (f[2], NULL, 10);
      v = nrp_network_find_actor (net, f[3]);
      CU_ASSERT_FATAL (v >= 0 && weighted <= 1);
      for (guint k = 0; k < NRP_HOLES_N_MEASURES; k++)
        {
          double got = nrp_structure_get_holes (st[weighted], wave, k)[v], want = num (f[4 + k]);
          NRP_ASSERT_CLOSE (got, want, 1e-9);
          if (!((isnan (got) && isnan (want)) || fabs (got - want) <= 1e-9 * fmax (1, fabs (want))))
            if (shown++ < 10)
              fprintf (stderr, "\n%s wave %u %s %s %s: %.17g, NetworkX %s", f[0], wave,
                       weighted ? "weighted" : "unweighted", f[3], nrp_holes_measure_name (k),
                       got, f[4 + k]);
        }
    }
  g_clear_pointer (&st[0], nrp_structure_free);
  g_clear_pointer (&st[1], nrp_structure_free);
}

/* Adds "kind a b span" strings of nrpnet's result to @set. */
static void
collect (GHashTable *set, const char *name, const NrpNetwork *net, const NrpStructure *st)
{
  for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
    {
      guint a, b;
      double span;
      for (guint k = 0; k < nrp_structure_get_n_bridges (st, w); k++)
        {
          nrp_structure_get_bridge (st, w, k, &a, &b);
          g_hash_table_add (set, g_strdup_printf ("%s\t%u\tbridge\t%s\t%s\t-", name, w,
                                                  nrp_network_get_actor_id (net, a),
                                                  nrp_network_get_actor_id (net, b)));
        }
      for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
        if (nrp_structure_get_articulation (st, w)[i])
          g_hash_table_add (set, g_strdup_printf ("%s\t%u\tarticulation\t%s\t-\t-", name, w,
                                                  nrp_network_get_actor_id (net, i)));
      for (guint k = 0; k < nrp_structure_get_n_local_bridges (st, w); k++)
        {
          char sp[32];
          nrp_structure_get_local_bridge (st, w, k, &a, &b, &span);
          /* As Python prints the span: "inf" or "3.0". */
          if (isinf (span))
            g_strlcpy (sp, "inf", sizeof sp);
          else
            g_snprintf (sp, sizeof sp, "%.1f", span);
          g_hash_table_add (set, g_strdup_printf ("%s\t%u\tlocal\t%s\t%s\t%s", name, w,
                                                  nrp_network_get_actor_id (net, a),
                                                  nrp_network_get_actor_id (net, b), sp));
        }
    }
}

static void
test_bridges_match_networkx (void)
{
  g_autofree char *path = nrp_test_path ("expected/bridges.tsv");
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  g_autoptr (GHashTable) want = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr (GHashTable) got = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *current = NULL;
  GHashTableIter it;
  gpointer key;
  guint shown = 0;

  CU_ASSERT_TRUE_FATAL (g_file_get_contents (path, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = NULL;
      if (lines[i][0] == '#' || lines[i][0] == '\0' || g_str_has_prefix (lines[i], "dataset\t"))
        continue;
      g_hash_table_add (want, g_strdup (lines[i]));
      f = g_strsplit (lines[i], "\t", -1);
      if (current == NULL || strcmp (current, f[0]) != 0)
        {
          g_autoptr (NrpNetwork) net = load_dataset (f[0]);
          g_autoptr (NrpStructure) st = NULL;
          g_free (current);
          current = g_strdup (f[0]);
          CU_ASSERT_PTR_NOT_NULL_FATAL (net);
          st = nrp_structure_compute (net, FALSE, NULL);
          CU_ASSERT_PTR_NOT_NULL_FATAL (st);
          collect (got, f[0], net, st);
        }
    }
  CU_ASSERT (g_hash_table_size (want) > 1000);
  g_hash_table_iter_init (&it, want);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (!g_hash_table_contains (got, key))
      {
        CU_FAIL ("a bridge, articulation point or local bridge NetworkX finds is missing");
        if (shown++ < 5)
          fprintf (stderr, "\nmissing: %s", (const char *) key);
      }
  g_hash_table_iter_init (&it, got);
  while (g_hash_table_iter_next (&it, &key, NULL))
    if (!g_hash_table_contains (want, key))
      {
        CU_FAIL ("nrpnet finds a bridge, articulation point or local bridge NetworkX does not");
        if (shown++ < 10)
          fprintf (stderr, "\nextra: %s", (const char *) key);
      }
}

static const NrpTest tests[] = {
  { "hand-derived star", test_hand_derived_star },
  { "a cycle's ties are local bridges of span 3", test_cycle_local_bridges },
  { "structural holes match NetworkX", test_holes_match_networkx },
  { "bridges, articulation points and local bridges match NetworkX",
    test_bridges_match_networkx },
};

NRP_TEST_MAIN ("structure", tests)
