/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-report.c: nrpnet report, every measure of a network wave by wave.
 */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "text.h"

int
cmd_report (int argc, char **argv)
{
  static const char *const formats[] = { "text", "json", "csv", NULL };
  InputArgs a = { 0 };
  g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
  g_autoptr (GPtrArray) help = g_ptr_array_new_with_free_func (g_free);
  gint top = (gint) nrp_report_options_get_top (ro);
  gint permutations = (gint) nrp_report_options_get_permutations (ro);
  gint64 seed = (gint64) nrp_report_options_get_seed (ro);
  gboolean weighted = nrp_report_options_get_weighted (ro);
  gint threads = (gint) nrp_report_options_get_threads (ro);
  double delta = 0, epsilon = nrp_report_options_get_betweenness_sample (ro, &delta);
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *survey_path = NULL, *areas = NULL, *alters = NULL;
  g_autoptr (NrpSurvey) survey = NULL;
  gboolean with_residents = FALSE;
  gint suppress_below = 0;
  g_autoptr (NrpPublication) publication = NULL;
  Progress progress;
  int rc;
  GOptionEntry entries[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      cli_help (help, "list the N highest actors per measure and wave (default %d; 0: none)",
                top),
      "N" },
    { "permutations", 0, 0, G_OPTION_ARG_INT, &permutations,
      cli_help (help, "label permutations for the E-I tests (default %d; 0: no test)",
                permutations),
      "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      cli_help (help,
                "seed of the permutations, of community detection and of sampled betweenness "
                "(default %" G_GINT64_FORMAT
                "): the same seed gives the same results",
                seed),
      "S" },
    { "weighted", 'w', 0, G_OPTION_ARG_NONE, &weighted,
      "use tie weights (strengths): path length 1/weight; eigenvector and PageRank weighted",
      NULL },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
      "threads for betweenness and closeness (default: one per processor); the results are "
      "the same at any count",
      "N" },
    { "betweenness-epsilon", 0, 0, G_OPTION_ARG_DOUBLE, &epsilon,
      "estimate betweenness from sampled shortest paths instead of counting them, for "
      "networks too big for the exact count: with probability 1 - delta every actor's "
      "estimate is within E x n(n-1) of the exact (Riondato and Kornaropoulos), as in 0.01; "
      "closeness stays exact, cross-sector betweenness and betweenness centralization are "
      "left null (unweighted only)",
      "E" },
    { "betweenness-delta", 0, 0, G_OPTION_ARG_DOUBLE, &delta,
      cli_help (help, "with --betweenness-epsilon: the probability that some estimate misses "
                      "its bound (default %g)",
                delta),
      "D" },
    { "survey", 0, 0, G_OPTION_ARG_FILENAME, &survey_path,
      "respondents.csv of a household survey ('sample' with --sample), with --areas and "
      "--alters: each system player's resident_reach, the weighted number of respondents "
      "who named it, in JSON and CSV",
      "FILE" },
    { "areas", 0, 0, G_OPTION_ARG_FILENAME, &areas,
      "with --survey: the study's areas.csv", "FILE" },
    { "alters", 0, 0, G_OPTION_ARG_FILENAME, &alters,
      "with --survey: alters.csv, whose actor column names system players", "FILE" },
    { "with-residents", 0, 0, G_OPTION_ARG_NONE, &with_residents,
      "with --survey: add the respondents as actors (sector resident, their area) tied to "
      "the system players they named, so every measure includes residents' links",
      NULL },
    { "suppress-below", 0, 0, G_OPTION_ARG_INT, &suppress_below,
      "for publication: write only the tables that small-cell suppression protects (actors "
      "by sector, ties by class, the mixing matrices, whole-network measures), each count of "
      "1 to K-1 shown as <K, more cells hidden where sums would give one back, and values "
      "computed from hidden counts hidden; per-actor tables are left out (the README "
      "recommends 10)",
      "K" },
    { NULL }
  };

  ctx = cli_context_new (
    &a, "report", "- every measure of a network, wave by wave",
    "The summary's measures, cross-sector connectivity (bonding, bridging and\n"
    "linking ties, the sector mixing matrix, the E-I index for the network, each\n"
    "sector and each actor with its expected value and a permutation p-value,\n"
    "assortativity, the modularity of the sector partition, each actor's Blau index,\n"
    "IQV and sector reach), centrality (degree, strength, betweenness,\n"
    "cross-sector betweenness, closeness, harmonic closeness, eigenvector,\n"
    "PageRank; by sector; the top actors; Freeman centralization), Gould-Fernandez\n"
    "brokerage with expected counts and z-scores, structural holes (constraint,\n"
    "effective size, efficiency, hierarchy), bridges, articulation points, local\n"
    "bridges, and communities (Leiden and multilevel, seeded by --seed).\n"
    "\n"
    "Examples:\n"
    "  nrpnet report --sample\n"
    "  nrpnet report -a actors.csv -t ties.csv --directed --format json > report.json\n"
    "  nrpnet report -a actors.csv -t ties.csv --format csv --output tables/\n"
    "  nrpnet report -a actors.csv -t ties.csv --betweenness-epsilon 0.01 --format json\n"
    "  nrpnet report --sample --survey sample --with-residents --format json",
    "Formats: text (default), json (the report, to standard output or --output\n"
    "FILE), csv (spreadsheet tables waves.csv, actors.csv, mixing.csv,\n"
    "sectors.csv and bridges.csv in the directory --output DIR).\n"
    "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
    "stderr), 2 bad usage. The README describes the input format and every measure.");
  cli_add_area_options (
    ctx, &a, "report on the actors of area NAME only (actors.csv column area) and their ties");
  cli_add_output_options (ctx, &a, "output format: text (default), json or csv",
                          "write the report to FILE (text, json) or its tables into DIR (csv)");
  g_option_context_add_main_entries (ctx, entries, NULL);
  cli_add_csv_bom_option (ctx, &a);
  cli_add_quiet_option (ctx, &a);
  if ((rc = cli_parse (ctx, "report", &argc, &argv)) != EXIT_OK
      || (rc = cli_check_format (&a, "report", formats)) != EXIT_OK
      || (rc = cli_check_suppress_below ("report", suppress_below)) != EXIT_OK)
    goto out;
  if (top < 0)
    {
      rc = cli_usage_error ("report", "--top must be 0 or more");
      goto out;
    }
  if (survey_path != NULL
      && (a.sample ? strcmp (survey_path, "sample") != 0 || areas != NULL || alters != NULL
                   : areas == NULL || alters == NULL))
    {
      rc = cli_usage_error ("report", a.sample ? "with --sample, --survey takes 'sample' (the "
                                                 "bundled survey and its ego networks)"
                                               : "--survey needs --areas FILE and --alters FILE");
      goto out;
    }
  if (with_residents && survey_path == NULL)
    {
      rc = cli_usage_error ("report", "--with-residents needs --survey (the respondents to add)");
      goto out;
    }
  if (survey_path != NULL && a.area != NULL)
    {
      rc = cli_usage_error ("report", "--survey joins the whole network: leave out --area");
      goto out;
    }
  /* The library's setters check the ranges (a negative count wraps to one
   * far above any range). */
  if (!nrp_report_options_set_permutations (ro, (guint) permutations, &error))
    {
      rc = cli_option_error ("report", "--permutations", error);
      goto out;
    }
  if (!nrp_report_options_set_threads (ro, (guint) threads, &error))
    {
      rc = cli_option_error ("report", "--threads", error);
      goto out;
    }
  /* The library's message names the epsilon or the delta it refused. */
  if (!nrp_report_options_set_betweenness_sample (ro, epsilon, delta, &error))
    {
      rc = cli_usage_error ("report", "%s", error->message);
      goto out;
    }
  if (epsilon > 0 && weighted)
    {
      rc = cli_usage_error ("report", "--betweenness-epsilon samples unweighted paths: leave "
                                      "out --weighted, or the sampling");
      goto out;
    }
  nrp_report_options_set_seed (ro, (guint64) seed);
  nrp_report_options_set_weighted (ro, weighted);
  nrp_report_options_set_top (ro, (guint) top);
  if ((rc = cli_load_network (&a, "report", &net)) != EXIT_OK)
    goto out;
  if (survey_path != NULL
      && (survey = cli_load_survey (&a, survey_path, areas, NULL, alters, NULL, NULL, NULL,
                                    &error)) == NULL)
    {
      rc = cli_error (error);
      goto out;
    }
  if (with_residents)
    {
      NrpNetwork *joined = nrp_network_new_with_residents (net, survey, &error);
      if (joined == NULL)
        {
          rc = cli_error (error);
          goto out;
        }
      /* The network's own warnings were said as it loaded. */
      for (guint k = nrp_network_get_n_warnings (net); k < nrp_network_get_n_warnings (joined);
           k++)
        fprintf (stderr, "nrpnet: warning: %s\n", nrp_network_get_warning (joined, k));
      nrp_network_free (net);
      net = joined;
    }
  progress_init (&progress, &a, "report");
  nrp_report_options_set_progress (ro, progress_update, &progress);
  report = nrp_report_compute (net, ro, &error);
  progress_done (&progress);
  if (report == NULL || (survey != NULL && !nrp_report_add_resident_reach (report, net, survey,
                                                                         &error)))
    {
      rc = cli_error (error);
      goto out;
    }
  for (guint k = 0; k < nrp_report_get_n_warnings (report); k++)
    fprintf (stderr, "nrpnet: warning: %s\n", nrp_report_get_warning (report, k));
  if (suppress_below > 0)
    {
      publication = nrp_report_publication_new (report, net, (guint) suppress_below, &error);
      rc = publication == NULL ? cli_option_error ("report", "--suppress-below", error)
                               : cli_write_publication (&a, publication);
      goto out;
    }
  if (cli_format_is (&a, "csv"))
    {
      if (!nrp_report_write_csv (report, net, a.output, cli_csv_flags (&a), &error))
        rc = cli_error (error);
      goto out;
    }
  if (cli_format_is (&a, "json"))
    {
      g_autofree char *json = nrp_report_to_json (report, net, TRUE);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    {
      GString *t = g_string_new (NULL);
      g_autofree char *sum = summary_text (nrp_report_get_summary (report), net, a.sample, top);
      g_string_append (t, sum);
      mixing_text (t, nrp_report_get_mixing (report), net);
      centrality_text (t, nrp_report_get_centrality (report), net, (guint) top);
      brokerage_text (t, nrp_report_get_brokerage (report), net);
      structure_text (t, nrp_report_get_structure (report), net);
      communities_text (t, nrp_report_get_communities (report), net);
      resident_reach_text (t, report, net, (guint) top);
      text = g_string_free (t, FALSE);
    }
  rc = cli_write_output (a.output, text);
out:
  cli_args_clear (&a);
  return rc;
}
