/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * compare_waves.c: the pre/post comparison of one area, as an evaluator
 * would read it.
 *
 *   compare_waves                        the bundled sample study, area I01
 *   compare_waves ACTORS TIES AREA       your own (undirected) data
 *
 * Build after `make install`:
 *   cc compare_waves.c $(pkg-config --cflags --libs nrpnet) -o compare_waves
 */
#include <math.h>
#include <stdio.h>

#include <nrpnet.h>

static void
row (const char *label, double before, double after, int decimals)
{
  printf ("  %-30s %10.*f %10.*f %+10.*f\n", label, decimals, before, decimals, after, decimals,
          after - before);
}

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) all = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autoptr (NrpChange) ch = NULL;
  const char *area = argc == 4 ? argv[3] : "I01";
  const NrpWaveSummary *a, *b;
  const NrpMixingWave *ma, *mb;
  const NrpChangeSummary *c;
  const guint *formed, *dissolved;
  guint ns, best_a = 0, best_b = 0;
  int best = G_MININT;

  if (argc != 1 && argc != 4)
    {
      fprintf (stderr, "usage: compare_waves [ACTORS TIES AREA]\n");
      return 2;
    }
  all = argc == 4 ? nrp_network_load (argv[1], argv[2], NULL, &error)
                  : nrp_network_load_sample (&error);
  if (all != NULL)
    net = nrp_network_new_area (all, area, FALSE, &error);
  if (net != NULL)
    s = nrp_summary_compute (net, &error);
  if (s != NULL)
    mx = nrp_mixing_compute (net, 0, 1, &error);
  if (mx != NULL)
    ch = nrp_change_compute (net, 1, 2, &error);
  if (ch == NULL)
    {
      fprintf (stderr, "compare_waves: %s\n", error->message);
      return 1;
    }

  a = nrp_summary_get_wave (s, 1);
  b = nrp_summary_get_wave (s, 2);
  ma = nrp_mixing_get_wave (mx, 1);
  mb = nrp_mixing_get_wave (mx, 2);
  c = nrp_change_get_summary (ch);
  printf ("Area %s%s: %u system players, waves 1 and 2\n\n", area,
          argc == 1 ? " of the bundled sample study (synthetic data)" : "",
          nrp_network_get_n_actors (net));
  printf ("  %-30s %10s %10s %10s\n", "", "wave 1", "wave 2", "change");
  row ("players present", a->actors_present, b->actors_present, 0);
  row ("ties", a->ties, b->ties, 0);
  row ("density", a->density, b->density, 4);
  row ("mean degree", a->mean_degree, b->mean_degree, 2);
  row ("share of ties across sectors", (double) a->ties_cross_sector / a->ties,
       (double) b->ties_cross_sector / b->ties, 3);
  row ("E-I index (-1 in, +1 out)", a->ei_index, b->ei_index, 3);
  row ("bonding ties", ma->ties_bonding, mb->ties_bonding, 0);
  row ("bridging ties", ma->ties_bridging, mb->ties_bridging, 0);
  row ("linking ties", ma->ties_linking, mb->ties_linking, 0);
  row ("players in the largest component", a->largest_component_share,
       b->largest_component_share, 3);

  printf ("\nTies between the waves (over the %" G_GUINT64_FORMAT " pairs observed at both)\n",
          c->all->n00 + c->all->n01 + c->all->n10 + c->all->n11);
  printf ("  %-30s %10s %10s\n", "", "all", "cross-sector");
  printf ("  %-30s %10" G_GUINT64_FORMAT " %10" G_GUINT64_FORMAT "\n", "formed", c->all->n01,
          c->cross_sector->n01);
  printf ("  %-30s %10" G_GUINT64_FORMAT " %10" G_GUINT64_FORMAT "\n", "dissolved", c->all->n10,
          c->cross_sector->n10);
  printf ("  %-30s %10" G_GUINT64_FORMAT " %10" G_GUINT64_FORMAT "\n", "kept", c->all->n11,
          c->cross_sector->n11);
  printf ("  %-30s %10.3f %10.3f\n", "Jaccard (share kept)", c->all->jaccard,
          c->cross_sector->jaccard);

  /* The pair of different sectors that gained most ties. */
  ns = nrp_network_get_n_sectors (net);
  formed = nrp_change_get_matrix (ch, NRP_CHANGE_FORMED);
  dissolved = nrp_change_get_matrix (ch, NRP_CHANGE_DISSOLVED);
  for (guint i = 0; i < ns; i++)
    for (guint j = i + 1; j < ns; j++)
      {
        int gain = (int) formed[i * ns + j] - (int) dissolved[i * ns + j];
        if (gain > best)
          {
            best = gain;
            best_a = i;
            best_b = j;
          }
      }
  printf ("\nReading: between the waves the area %s %+d ties; ties across sectors went from "
          "%.0f%% to %.0f%% of all ties (E-I %+.3f). The sector pair that gained most: %s and "
          "%s, %+d ties.\n",
          b->ties >= a->ties ? "gained" : "lost", (int) b->ties - (int) a->ties,
          100.0 * a->ties_cross_sector / a->ties, 100.0 * b->ties_cross_sector / b->ties,
          b->ei_index - a->ei_index, nrp_network_get_sector_label (net, best_a),
          nrp_network_get_sector_label (net, best_b), best);
  return 0;
}
