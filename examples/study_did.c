/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * study_did.c: did cross-sector connectivity grow more in the intervention
 * areas than in the comparator areas? The 9 + 9 study of the bundled
 * sample, as an evaluator would report it.
 *
 *   study_did                                      the bundled sample study
 *   study_did ACTORS TIES AREAS [OUTCOMES]         your own (undirected) data
 *
 * Build after `make install`:
 *   cc study_did.c $(pkg-config --cflags --libs nrpnet) -o study_did
 */
#include <math.h>
#include <stdio.h>

#include <nrpnet.h>

int
main (int argc, char **argv)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;
  g_autoptr (NrpStudy) study = NULL;
  guint na, nm;

  if (argc != 1 && argc != 4 && argc != 5)
    {
      fprintf (stderr, "usage: study_did [ACTORS TIES AREAS [OUTCOMES]]\n");
      return 2;
    }
  if (argc == 1)
    {
      net = nrp_network_load_sample (&error);
      if (net != NULL)
        design = nrp_study_design_load_sample (&error);
    }
  else
    {
      net = nrp_network_load (argv[1], argv[2], NULL, &error);
      if (net != NULL)
        design = nrp_study_design_load (argv[3], argc == 5 ? argv[4] : NULL, &error);
    }
  if (design != NULL)
    study = nrp_study_compute (net, design, NULL, &error);  /* the defaults */
  if (study == NULL)
    {
      fprintf (stderr, "study_did: %s\n", error->message);
      return 1;
    }

  na = nrp_study_get_n_areas (study);
  nm = nrp_study_get_n_measures (study);
  printf ("Intervention against comparator areas%s, wave %u to wave %u\n\n",
          argc == 1 ? " in the bundled sample study (synthetic data)" : "",
          nrp_study_get_pre_wave (study), nrp_study_get_post_wave (study));

  /* The headline measure, area by area. */
  printf ("Share of ties that cross sectors, by area:\n");
  printf ("  %-8s %-13s %8s %8s %8s\n", "area", "arm", "before", "after", "change");
  for (guint a = 0; a < na; a++)
    {
      double pre = nrp_study_get_value (study, a, 0, nrp_study_get_pre_wave (study));
      double post = nrp_study_get_value (study, a, 0, nrp_study_get_post_wave (study));
      printf ("  %-8s %-13s %7.1f%% %7.1f%% %+7.1f\n", nrp_study_get_area (study, a),
              nrp_arm_name (nrp_study_get_arm (study, a)), 100 * pre, 100 * post,
              100 * (post - pre));
    }

  printf ("\nDifference in differences (%g%% interval; p over every assignment of\n"
          "areas to arms):\n",
          100 * nrp_study_get_confidence (study));
  for (guint k = 0; k < nm; k++)
    {
      const NrpDid *d = nrp_study_get_did (study, k);
      printf ("  %-20s %+.4f  [%+.4f, %+.4f]  p = %.2g (%" G_GUINT64_FORMAT " assignments)%s\n",
              nrp_study_get_measure_name (study, k), d->estimate, d->ci_low, d->ci_high, d->p_value,
              d->assignments, nrp_study_is_outcome (study, k) ? "  (survey outcome)" : "");
    }

  {
    const NrpDid *d = nrp_study_get_did (study, 0);
    printf ("\nReading: the share of cross-sector ties rose by %.1f points more in the\n"
            "intervention areas (%+.1f) than in the comparator areas (%+.1f).\n",
            100 * d->estimate, 100 * d->change_intervention, 100 * d->change_comparator);
  }
  return 0;
}
