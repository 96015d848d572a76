/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-communities.c: Leiden and multilevel communities (lib/measures/communities.c).
 *
 * The algorithms are heuristics, so the tests check what can be known:
 *  - a graph with one obvious answer (two 5-cliques joined by one tie) gives
 *    exactly that answer, with modularity 19/42 derived by hand;
 *  - on Zachary's karate club both methods reach a modularity between 0.40
 *    and the known maximum 0.41979 (Brandes et al. 2008);
 *  - the reported modularity and NMI equal Newman's modularity and the
 *    normalised mutual information recomputed here, independently of igraph,
 *    from the memberships, on every shared and random network;
 *  - the same seed gives the same communities.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

/* Newman's modularity of @memb on the undirected simple, unweighted graph
 * of @wave: sum_c [L_c / m - (D_c / 2m)^2]. */
static double
modularity_of (const NrpNetwork *net, guint wave, const gint *memb)
{
  guint n = nrp_network_get_n_actors (net);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree double *inside = g_new0 (double, n), *degree = g_new0 (double, n);
  double m = 0, q = 0;
  for (guint k = 0; k < nrp_network_get_n_ties (net, wave); k++)
    {
      guint s, t;
      char *key;
      nrp_network_get_tie (net, wave, k, &s, &t, NULL, NULL);
      key = g_strdup_printf ("%u-%u", MIN (s, t), MAX (s, t));
      if (!g_hash_table_add (seen, key))
        continue;
      m += 1;
      degree[memb[s]] += 1;
      degree[memb[t]] += 1;
      if (memb[s] == memb[t])
        inside[memb[s]] += 1;
    }
  if (m == 0)
    return NAN;
  for (guint c = 0; c < n; c++)
    q += inside[c] / m - (degree[c] / (2 * m)) * (degree[c] / (2 * m));
  return q;
}

/* NMI = 2 I(X;Y) / (H(X) + H(Y)) over the actors present (1 if both
 * entropies are 0). */
static double
nmi_of (const NrpNetwork *net, guint wave, const gint *memb)
{
  guint n = nrp_network_get_n_actors (net), s = nrp_network_get_n_sectors (net), total = 0;
  g_autofree double *joint = g_new0 (double, (gsize) n * s);
  g_autofree double *px = g_new0 (double, n), *py = g_new0 (double, s);
  double hx = 0, hy = 0, mi = 0;
  for (guint i = 0; i < n; i++)
    if (memb[i] >= 0)
      {
        guint y = nrp_network_get_actor_sector (net, i);
        joint[(gsize) memb[i] * s + y] += 1;
        px[memb[i]] += 1;
        py[y] += 1;
        total++;
      }
  for (guint x = 0; x < n; x++)
    if (px[x] > 0)
      hx -= px[x] / total * log (px[x] / total);
  for (guint y = 0; y < s; y++)
    if (py[y] > 0)
      hy -= py[y] / total * log (py[y] / total);
  for (guint x = 0; x < n; x++)
    for (guint y = 0; y < s; y++)
      if (joint[(gsize) x * s + y] > 0)
        {
          double p = joint[(gsize) x * s + y] / total;
          mi += p * log (p / (px[x] / total * py[y] / total));
        }
  return hx + hy > 0 ? 2 * mi / (hx + hy) : 1.0;
}

static void
test_two_cliques (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "actors.csv", NULL);
  g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
  GString *as = g_string_new ("id,sector\n"), *ts = g_string_new ("source,target,wave\n");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpCommunities) c = NULL;

  for (guint k = 0; k < 2; k++)
    for (guint i = 0; i < 5; i++)
      {
        g_string_append_printf (as, "%c%u,%s\n", 'p' + k, i, k ? "business" : "resident");
        for (guint j = i + 1; j < 5; j++)
          g_string_append_printf (ts, "%c%u,%c%u,1\n", 'p' + k, i, 'p' + k, j);
      }
  g_string_append (ts, "p0,q0,1\n");
  g_file_set_contents (a, as->str, -1, NULL);
  g_file_set_contents (t, ts->str, -1, NULL);
  g_string_free (as, TRUE);
  g_string_free (ts, TRUE);
  net = nrp_network_load (a, t, NULL, NULL);
  g_unlink (a);
  g_unlink (t);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  c = nrp_communities_compute (net, FALSE, 7, 10, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  for (guint k = 0; k < 2; k++)
    {
      const gint *m = nrp_communities_get_membership (c, 1, k);
      CU_ASSERT_EQUAL (nrp_communities_get_count (c, 1, k), 2);
      /* 21 ties, each clique 10 inside and degree total 21:
       * Q = 2 (10/21 - (21/42)^2) = 19/42. */
      CU_ASSERT_DOUBLE_EQUAL (nrp_communities_get_modularity (c, 1, k), 19.0 / 42.0, 1e-12);
      CU_ASSERT_DOUBLE_EQUAL (nrp_communities_get_nmi (c, 1, k), 1.0, 1e-12);
      CU_ASSERT (m[0] == 0 && m[4] == 0 && m[5] == 1 && m[9] == 1);
    }
}

static void
test_karate_reaches_known_modularity (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("zachary_karate");
  g_autoptr (NrpCommunities) c = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  c = nrp_communities_compute (net, FALSE, 1, 10, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (c);
  for (guint k = 0; k < 2; k++)
    {
      double q = nrp_communities_get_modularity (c, 1, k);
      CU_ASSERT (q >= 0.40 && q <= 0.41979 + 1e-5);
      CU_ASSERT (nrp_communities_get_nmi (c, 1, k) > 0.3);
    }
}

static void
test_modularity_and_nmi_recomputed (void)
{
  g_autofree char *index = data_path ("datasets", "datasets.tsv");
  g_autofree char *text = NULL;
  g_auto (GStrv) lines = NULL;
  guint checked = 0;
  CU_ASSERT_TRUE_FATAL (g_file_get_contents (index, &text, NULL, NULL));
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto (GStrv) f = g_strsplit (lines[i], "\t", -1);
      g_autoptr (NrpNetwork) net = NULL;
      g_autoptr (NrpCommunities) c = NULL, again = NULL;
      if (lines[i][0] == '#' || g_strv_length (f) != 5)
        continue;
      net = load_dataset (f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (net);
      c = nrp_communities_compute (net, FALSE, 42, 10, NULL);
      again = nrp_communities_compute (net, FALSE, 42, 10, NULL);
      CU_ASSERT_FATAL (c != NULL && again != NULL);
      for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
        for (guint k = 0; k < 2; k++)
          {
            const gint *m = nrp_communities_get_membership (c, w, k);
            NRP_ASSERT_CLOSE (nrp_communities_get_modularity (c, w, k), modularity_of (net, w, m),
                              1e-9);
            if (nrp_network_get_n_ties (net, w) > 0)
              NRP_ASSERT_CLOSE (nrp_communities_get_nmi (c, w, k), nmi_of (net, w, m), 1e-9);
            CU_ASSERT_EQUAL (memcmp (m, nrp_communities_get_membership (again, w, k),
                                     nrp_network_get_n_actors (net) * sizeof (gint)),
                             0);
            checked++;
          }
    }
  CU_ASSERT (checked > 100);
}

static const NrpTest tests[] = {
  { "two cliques", test_two_cliques },
  { "karate reaches the known modularity", test_karate_reaches_known_modularity },
  { "modularity and NMI recomputed, seed reproducible", test_modularity_and_nmi_recomputed },
};

NRP_TEST_MAIN ("communities", tests)
