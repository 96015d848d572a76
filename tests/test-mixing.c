/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-mixing.c: cross-sector connectivity (lib/measures/mixing.c).
 *
 *  - hand-derived fixtures for every measure and the degenerate cases;
 *  - the shared data sets and 50 seeded random typed networks against
 *    tests/oracle/mixing_oracle.py (NetworkX and the definitions computed
 *    independently in Python), to 1e-12: tie classes, E-I, expected E-I,
 *    assortativity, modularity, the mixing matrix and its densities, both
 *    per-sector E-I conventions, and every actor's E-I, Blau, IQV, reach;
 *  - the mixing matrix against R's network::mixingmatrix
 *    (tests/oracle/mixingmatrix.R, expected/mixingmatrix_r.tsv);
 *  - the permutation test: reproducible from its seed, in (0, 1], small
 *    for a segregated network.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <nrpnet.h>

#include "cu-main.h"
#include "test-util.h"

static NrpNetwork *
load_fixture (const char *actors, const char *ties, gboolean directed)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = data_path ("fixtures", actors);
  g_autofree char *t = data_path ("fixtures", ties);
  g_autoptr (GError) error = NULL;
  NrpNetwork *net;
  nrp_load_options_set_directed (opt, directed);
  net = nrp_network_load (a, t, opt, &error);
  if (error != NULL)
    fprintf (stderr, "\n%s\n", error->message);
  return net;
}

static gint
sector_index (const NrpNetwork *net, const char *name)
{
  for (guint k = 0; k < nrp_network_get_n_sectors (net); k++)
    if (strcmp (nrp_network_get_sector_name (net, k), name) == 0)
      return (gint) k;
  return -1;
}

/* ---- Hand-derived -------------------------------------------------------- */

/*
 * good/actors.csv + good/ties.csv, undirected, built-in powers:
 * r1 r2 resident (0), t1 third_sector (1), c1 local_authority (2),
 * b1 business (1). Sector order: resident, third_sector, business,
 * local_authority.
 *
 * wave 1: r1-r2 bonding; r1-t1 resident(0)-third(1): linking;
 *   t1-c1 third(1)-LA(2): linking. Bonding 1, bridging 0, linking 2.
 *   Mixing (symmetric): [res,res] 1; [res,third] = [third,res] 1;
 *   [third,LA] = [LA,third] 1.
 *   Densities: [res,res] 1 / (2*1/2) = 1; [res,third] 1 / (2*1) = 0.5;
 *   [third,LA] 1 / 1 = 1; [business,*] 0 / ...: [bus,bus] 0/0 = NaN.
 *   Sector E-I, each tie once: resident I 1, E 1 -> 0; third_sector I 0,
 *   E 2 -> 1; LA E 1 -> 1; business no tie -> NaN.
 *   Row sums: resident I 2 (both ends), E 1 -> -1/3; third E 2 -> 1.
 *   Expected E-I: 5 actors, 10 pairs, within pairs: resident 1 -> W = 1,
 *   C = 9: (9 - 1)/10 = 0.8.
 *   Actors: r1 alters r2 (same), t1 (other): E-I 0, Blau 1 - (1/4 + 1/4)
 *   = 0.5, IQV 0.5 / (1 - 1/4) = 2/3, reach 2. r2: alter r1: E-I -1,
 *   Blau 0, reach 1. t1: r1, c1: E-I 1, Blau 0.5, reach 2. b1: isolate:
 *   NaN, reach 0.
 * wave 2: r1-r2 bonding, r2-t1 linking, t1-b1 third(1)-business(1):
 *   bridging, c1-b1 LA(2)-business(1): linking. 1 / 1 / 2.
 */
static void
test_hand_derived_undirected (void)
{
  g_autoptr (NrpNetwork) net = load_fixture ("good/actors.csv", "good/ties.csv", FALSE);
  g_autoptr (NrpMixing) mx = NULL;
  const NrpMixingWave *w1, *w2;
  const guint *c;
  const double *d, *once, *rows, *ei, *blau, *iqv;
  const guint *reach;
  guint s;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  mx = nrp_mixing_compute (net, 0, 1, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
  s = nrp_mixing_get_n_sectors (mx);
  CU_ASSERT_EQUAL_FATAL (s, 4);
  w1 = nrp_mixing_get_wave (mx, 1);
  CU_ASSERT_EQUAL (w1->ties_bonding, 1);
  CU_ASSERT_EQUAL (w1->ties_bridging, 0);
  CU_ASSERT_EQUAL (w1->ties_linking, 2);
  CU_ASSERT_DOUBLE_EQUAL (w1->share_linking, 2.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index, 1.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index_expected, 0.8, 1e-15);
  CU_ASSERT_TRUE (isnan (w1->ei_index_p_value));
  c = nrp_mixing_get_counts (mx, 1);
  /* 0 resident, 1 third_sector, 2 business, 3 local_authority */
  CU_ASSERT_EQUAL (c[0 * s + 0], 1);
  CU_ASSERT_EQUAL (c[0 * s + 1], 1);
  CU_ASSERT_EQUAL (c[1 * s + 0], 1);
  CU_ASSERT_EQUAL (c[1 * s + 3], 1);
  CU_ASSERT_EQUAL (c[3 * s + 1], 1);
  CU_ASSERT_EQUAL (c[2 * s + 2], 0);
  d = nrp_mixing_get_densities (mx, 1);
  CU_ASSERT_DOUBLE_EQUAL (d[0 * s + 0], 1.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (d[0 * s + 1], 0.5, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (d[1 * s + 3], 1.0, 1e-15);
  CU_ASSERT_TRUE (isnan (d[2 * s + 2]));
  once = nrp_mixing_get_sector_ei (mx, 1, NRP_EI_EACH_TIE_ONCE);
  rows = nrp_mixing_get_sector_ei (mx, 1, NRP_EI_ROW_SUMS);
  CU_ASSERT_DOUBLE_EQUAL (once[0], 0.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (once[1], 1.0, 1e-15);
  CU_ASSERT_TRUE (isnan (once[2]));
  CU_ASSERT_DOUBLE_EQUAL (once[3], 1.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (rows[0], -1.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (rows[1], 1.0, 1e-15);
  ei = nrp_mixing_get_actor_ei (mx, 1);
  blau = nrp_mixing_get_blau (mx, 1);
  iqv = nrp_mixing_get_iqv (mx, 1);
  reach = nrp_mixing_get_sector_reach (mx, 1);
  CU_ASSERT_DOUBLE_EQUAL (ei[0], 0.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (blau[0], 0.5, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (iqv[0], 2.0 / 3.0, 1e-15);
  CU_ASSERT_EQUAL (reach[0], 2);
  CU_ASSERT_DOUBLE_EQUAL (ei[1], -1.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (blau[1], 0.0, 1e-15);
  CU_ASSERT_EQUAL (reach[1], 1);
  CU_ASSERT_DOUBLE_EQUAL (ei[2], 1.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (blau[2], 0.5, 1e-15);
  CU_ASSERT_TRUE (isnan (ei[4]) && isnan (blau[4]) && isnan (iqv[4]));
  CU_ASSERT_EQUAL (reach[4], 0);

  w2 = nrp_mixing_get_wave (mx, 2);
  CU_ASSERT_EQUAL (w2->ties_bonding, 1);
  CU_ASSERT_EQUAL (w2->ties_bridging, 1);
  CU_ASSERT_EQUAL (w2->ties_linking, 2);
}

/*
 * good/tri-actors.csv + tri-ties.csv, directed; sectors x (a b e), y (c d),
 * no power levels (so every cross tie is bridging).
 * wave 1 arcs a->b, b->a, b->c, c->a, c->d: bonding 3 (a->b, b->a, c->d),
 *   bridging 2. Mixing (row = source): [x,x] 2, [x,y] 1 (b->c), [y,x] 1
 *   (c->a), [y,y] 1. Densities: [x,x] 2 / (3*2) = 1/3; [x,y] 1 / (3*2)
 *   = 1/6; [y,y] 1 / (2*1) = 0.5.
 *   Sector E-I each tie once: x: I 2, E 2 -> 0; y: I 1, E 2 -> 1/3.
 *   Row sums (ties members send): x: I 2, E 1 (b->c) -> -1/3; y: I 1,
 *   E 1 (c->a) -> 0.
 *   Expected: 5 actors, 10 pairs; within x 3, y 1: W = 4, C = 6:
 *   (6 - 4)/10 = 0.2.
 *   Actors (alters, direction ignored): a: b (x), c (y) -> E-I 0;
 *   c: a b (x), d (y) -> E-I (2 - 1)/3 = 1/3, Blau 1 - (4/9 + 1/9) = 4/9,
 *   IQV (4/9) / (1/2) = 8/9, reach 2.
 */
static void
test_hand_derived_directed (void)
{
  g_autoptr (NrpNetwork) net = load_fixture ("good/tri-actors.csv", "good/tri-ties.csv", TRUE);
  g_autoptr (NrpMixing) mx = NULL;
  const NrpMixingWave *w1;
  const guint *c;
  const double *d, *once, *rows;
  gint x, y;

  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  mx = nrp_mixing_compute (net, 0, 1, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
  x = sector_index (net, "x");
  y = sector_index (net, "y");
  w1 = nrp_mixing_get_wave (mx, 1);
  CU_ASSERT_EQUAL (w1->ties_bonding, 3);
  CU_ASSERT_EQUAL (w1->ties_bridging, 2);
  CU_ASSERT_EQUAL (w1->ties_linking, 0);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index_expected, 0.2, 1e-15);
  c = nrp_mixing_get_counts (mx, 1);
  CU_ASSERT_EQUAL (c[x * 2 + x], 2);
  CU_ASSERT_EQUAL (c[x * 2 + y], 1);
  CU_ASSERT_EQUAL (c[y * 2 + x], 1);
  CU_ASSERT_EQUAL (c[y * 2 + y], 1);
  d = nrp_mixing_get_densities (mx, 1);
  CU_ASSERT_DOUBLE_EQUAL (d[x * 2 + x], 1.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (d[x * 2 + y], 1.0 / 6.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (d[y * 2 + y], 0.5, 1e-15);
  once = nrp_mixing_get_sector_ei (mx, 1, NRP_EI_EACH_TIE_ONCE);
  rows = nrp_mixing_get_sector_ei (mx, 1, NRP_EI_ROW_SUMS);
  CU_ASSERT_DOUBLE_EQUAL (once[x], 0.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (once[y], 1.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (rows[x], -1.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (rows[y], 0.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_actor_ei (mx, 1)[0], 0.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_actor_ei (mx, 1)[2], 1.0 / 3.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_blau (mx, 1)[2], 4.0 / 9.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_iqv (mx, 1)[2], 8.0 / 9.0, 1e-15);
  CU_ASSERT_EQUAL (nrp_mixing_get_sector_reach (mx, 1)[2], 2);
}

/* One sector: assortativity undefined (igraph 0.10.2 gives NaN), IQV NaN,
 * every tie bonding, E-I -1, expected E-I -1. good/actors-group.csv has two
 * sectors, so use random r07, the one-sector network of the oracle set. */
static void
test_one_sector (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = data_path ("datasets", "random/r07/actors.csv");
  g_autofree char *t = data_path ("datasets", "random/r07/ties.csv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  const NrpMixingWave *w1;

  nrp_load_options_set_sector_column (opt, "group");
  net = nrp_network_load (a, t, opt, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  CU_ASSERT_EQUAL_FATAL (nrp_network_get_n_sectors (net), 1);
  mx = nrp_mixing_compute (net, 50, 7, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
  w1 = nrp_mixing_get_wave (mx, 1);
  CU_ASSERT_EQUAL (w1->ties_bridging + w1->ties_linking, 0);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index, -1.0, 0.0);
  CU_ASSERT_DOUBLE_EQUAL (w1->ei_index_expected, -1.0, 0.0);
  CU_ASSERT_TRUE (isnan (w1->assortativity));
  /* Every permutation would give -1, the observed value: the test says
   * nothing, so the p-value is undefined (not 1) and no permutation runs
   * (issue 10). */
  CU_ASSERT_TRUE (isnan (w1->ei_index_p_value));
  CU_ASSERT_EQUAL (w1->permutations, 0);
  CU_ASSERT_TRUE (isnan (nrp_mixing_get_iqv (mx, 1)[0]));
}

/* A wave with no tie: every whole-network ratio is NaN. */
static void
test_no_ties (void)
{
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autofree char *a = data_path ("fixtures", "good/tri-actors.csv");
  g_autofree char *t = data_path ("fixtures", "good/tri-ties.csv");
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *m = g_build_filename (dir, "missing.csv", NULL);
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  const NrpMixingWave *w3;

  CU_ASSERT_TRUE_FATAL (g_file_set_contents (m, "source,target,wave\na,b,3\n", -1, NULL));
  nrp_load_options_set_directed (opt, TRUE);
  nrp_load_options_set_missing_file (opt, m);
  net = nrp_network_load (a, t, opt, NULL);
  g_unlink (m);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  mx = nrp_mixing_compute (net, 20, 1, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
  w3 = nrp_mixing_get_wave (mx, 3);
  CU_ASSERT_EQUAL (w3->ties_bonding + w3->ties_bridging + w3->ties_linking, 0);
  CU_ASSERT_TRUE (isnan (w3->share_bonding));
  CU_ASSERT_TRUE (isnan (w3->ei_index));
  CU_ASSERT_TRUE (isnan (w3->ei_index_p_value));
  CU_ASSERT_TRUE (isnan (w3->assortativity));
  CU_ASSERT_TRUE (isnan (w3->sector_modularity));
  /* The missing dyad a->b (both x) leaves the [x,x] denominator: 0 / 5. */
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_densities (mx, 3)[sector_index (net, "x") * 3], 0.0,
                          0.0);
}

/* ---- Oracles ------------------------------------------------------------- */

static void
switch_dataset (char **current, NrpNetwork **net, NrpMixing **mx, const char *name)
{
  if (*current != NULL && strcmp (*current, name) == 0)
    return;
  g_clear_pointer (mx, nrp_mixing_free);
  g_clear_pointer (net, nrp_network_free);
  g_free (*current);
  *current = g_strdup (name);
  *net = load_dataset (name);
  if (*net != NULL)
    *mx = nrp_mixing_compute (*net, 0, 1, NULL);
}

static void
test_whole_network_matches_oracle (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/mixing.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autofree char *current = NULL;

  CU_ASSERT_FATAL (rows->len >= 120);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      const NrpMixingWave *w;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 9);
      switch_dataset (&current, &net, &mx, f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
      w = nrp_mixing_get_wave (mx, uint_of (f[1]));
      CU_ASSERT_EQUAL (w->ties_bonding, uint_of (f[2]));
      CU_ASSERT_EQUAL (w->ties_bridging, uint_of (f[3]));
      CU_ASSERT_EQUAL (w->ties_linking, uint_of (f[4]));
      NRP_ASSERT_CLOSE (w->ei_index, num (f[5]), 1e-12);
      NRP_ASSERT_CLOSE (w->ei_index_expected, num (f[6]), 1e-12);
      NRP_ASSERT_CLOSE (w->assortativity, num (f[7]), 1e-9);
      NRP_ASSERT_CLOSE (w->sector_modularity, num (f[8]), 1e-9);
      if (!(isnan (w->assortativity) == isnan (num (f[7]))
            && (isnan (w->assortativity) || fabs (w->assortativity - num (f[7])) < 1e-9)))
        fprintf (stderr, "\n%s wave %s: assortativity %.17g, NetworkX %s\n", f[0], f[1],
                 w->assortativity, f[7]);
    }
}

static void
test_sector_tables_match_oracle (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/sector_mixing.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autofree char *current = NULL;

  CU_ASSERT_FATAL (rows->len >= 1000);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      guint w, s;
      gint a, b;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 8);
      switch_dataset (&current, &net, &mx, f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
      w = uint_of (f[1]);
      s = nrp_mixing_get_n_sectors (mx);
      a = sector_index (net, f[2]);
      b = sector_index (net, f[3]);
      CU_ASSERT_FATAL (a >= 0 && b >= 0);
      CU_ASSERT_EQUAL (nrp_mixing_get_counts (mx, w)[a * s + b], uint_of (f[4]));
      NRP_ASSERT_CLOSE (nrp_mixing_get_densities (mx, w)[a * s + b], num (f[5]), 1e-12);
      if (a == b)
        {
          NRP_ASSERT_CLOSE (nrp_mixing_get_sector_ei (mx, w, NRP_EI_EACH_TIE_ONCE)[a],
                            num (f[6]), 1e-12);
          NRP_ASSERT_CLOSE (nrp_mixing_get_sector_ei (mx, w, NRP_EI_ROW_SUMS)[a], num (f[7]),
                            1e-12);
        }
    }
}

static void
test_actor_measures_match_oracle (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/actor_mixing.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autofree char *current = NULL;

  CU_ASSERT_FATAL (rows->len >= 3000);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      guint w;
      gint v;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 7);
      switch_dataset (&current, &net, &mx, f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
      w = uint_of (f[1]);
      v = nrp_network_find_actor (net, f[2]);
      CU_ASSERT_FATAL (v >= 0);
      NRP_ASSERT_CLOSE (nrp_mixing_get_actor_ei (mx, w)[v], num (f[3]), 1e-12);
      NRP_ASSERT_CLOSE (nrp_mixing_get_blau (mx, w)[v], num (f[4]), 1e-12);
      NRP_ASSERT_CLOSE (nrp_mixing_get_iqv (mx, w)[v], num (f[5]), 1e-12);
      CU_ASSERT_EQUAL (nrp_mixing_get_sector_reach (mx, w)[v], uint_of (f[6]));
    }
}

static void
test_mixing_matrix_matches_r (void)
{
  g_autoptr (GPtrArray) rows = read_tsv ("expected/mixingmatrix_r.tsv");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autofree char *current = NULL;

  CU_ASSERT_FATAL (rows->len >= 1000);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);
      guint s;
      gint a, b;
      CU_ASSERT_EQUAL_FATAL (g_strv_length (f), 5);
      switch_dataset (&current, &net, &mx, f[0]);
      CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
      s = nrp_mixing_get_n_sectors (mx);
      a = sector_index (net, f[2]);
      b = sector_index (net, f[3]);
      CU_ASSERT_FATAL (a >= 0 && b >= 0);
      CU_ASSERT_EQUAL (nrp_mixing_get_counts (mx, uint_of (f[1]))[a * s + b], uint_of (f[4]));
    }
}

/* ---- Permutation test ---------------------------------------------------- */

static void
test_permutation_test_is_seeded_and_sane (void)
{
  g_autoptr (NrpNetwork) net = load_dataset ("glasgow_s50");
  g_autoptr (NrpMixing) a = NULL, b = NULL, c = NULL;
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  a = nrp_mixing_compute (net, 999, 42, NULL);
  b = nrp_mixing_compute (net, 999, 42, NULL);
  c = nrp_mixing_compute (net, 999, 43, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (a);
  for (guint w = 1; w <= 3; w++)
    {
      double p = nrp_mixing_get_wave (a, w)->ei_index_p_value;
      CU_ASSERT_EQUAL (nrp_mixing_get_wave (a, w)->permutations, 999);
      CU_ASSERT_DOUBLE_EQUAL (p, nrp_mixing_get_wave (b, w)->ei_index_p_value, 0.0);
      CU_ASSERT (p > 0.0 && p <= 1.0);
      /* The p-value is a multiple of 1/1000. */
      CU_ASSERT_DOUBLE_EQUAL (p * 1000.0, round (p * 1000.0), 1e-9);
      /* Another seed gives a close estimate (999 permutations: the Monte
       * Carlo standard error of p is at most 0.016). */
      CU_ASSERT (fabs (p - nrp_mixing_get_wave (c, w)->ei_index_p_value) < 0.05);
    }
}

/*
 * Two sectors of 20 actors, each a ring (i tied to i+1 and i+2 within its
 * sector): 80 ties, all bonding, E-I = -1. A permutation keeps the 80 ties
 * all within sectors only if it maps each ring onto one sector: 2 of the
 * C(40,20) = 137846528820 labellings, so in 999 permutations none is as
 * extreme and p = 1 / (999 + 1) exactly (the chance of another outcome is
 * below 1e-8).
 */
static void
test_segregated_network_has_smallest_p (void)
{
  g_autofree char *dir = g_dir_make_tmp ("nrp-XXXXXX", NULL);
  g_autofree char *a = g_build_filename (dir, "actors.csv", NULL);
  g_autofree char *t = g_build_filename (dir, "ties.csv", NULL);
  GString *as = g_string_new ("id,sector\n"), *ts = g_string_new ("source,target,wave\n");
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpMixing) mx = NULL;

  for (guint g = 0; g < 2; g++)
    for (guint i = 0; i < 20; i++)
      {
        g_string_append_printf (as, "%c%u,%s\n", g ? 'y' : 'x', i, g ? "business" : "resident");
        g_string_append_printf (ts, "%c%u,%c%u,1\n%c%u,%c%u,1\n", g ? 'y' : 'x', i,
                                g ? 'y' : 'x', (i + 1) % 20, g ? 'y' : 'x', i, g ? 'y' : 'x',
                                (i + 2) % 20);
      }
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (a, as->str, -1, NULL));
  CU_ASSERT_TRUE_FATAL (g_file_set_contents (t, ts->str, -1, NULL));
  g_string_free (as, TRUE);
  g_string_free (ts, TRUE);
  net = nrp_network_load (a, t, NULL, NULL);
  g_unlink (a);
  g_unlink (t);
  g_rmdir (dir);
  CU_ASSERT_PTR_NOT_NULL_FATAL (net);
  mx = nrp_mixing_compute (net, 999, 2024, NULL);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mx);
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_wave (mx, 1)->ei_index, -1.0, 0.0);
  /* Expected: 40 actors, 780 pairs, 2 x 190 within: (400 - 380) / 780. */
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_wave (mx, 1)->ei_index_expected, 20.0 / 780.0, 1e-15);
  CU_ASSERT_DOUBLE_EQUAL (nrp_mixing_get_wave (mx, 1)->ei_index_p_value, 0.001, 1e-15);
}

static const NrpTest tests[] = {
  { "hand-derived, undirected, with power levels", test_hand_derived_undirected },
  { "hand-derived, directed", test_hand_derived_directed },
  { "one sector", test_one_sector },
  { "a wave with no tie", test_no_ties },
  { "whole-network measures match the oracle", test_whole_network_matches_oracle },
  { "sector tables match the oracle", test_sector_tables_match_oracle },
  { "actor measures match the oracle", test_actor_measures_match_oracle },
  { "mixing matrix matches R network::mixingmatrix", test_mixing_matrix_matches_r },
  { "permutation test is seeded and sane", test_permutation_test_is_seeded_and_sane },
  { "a segregated network has the smallest p", test_segregated_network_has_smallest_p },
};

NRP_TEST_MAIN ("mixing", tests)
