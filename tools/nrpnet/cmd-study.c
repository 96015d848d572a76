/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-study.c: nrpnet study, intervention against comparator areas.
 */
#include "config.h"

#include <string.h>

#include "cli.h"
#include "text.h"

static gboolean
add_shard (gpointer options, const char *json, gssize length, const char *name, GError **error)
{
  return nrp_study_options_add_shard (options, json, length, name, error);
}

int
cmd_study (int argc, char **argv)
{
  static const char *const formats[] = { "text", "json", "csv", NULL };
  InputArgs a = { 0 };
  g_autoptr (NrpStudyOptions) so = nrp_study_options_new ();
  g_autoptr (GPtrArray) help = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *areas = NULL, *outcomes = NULL, *measures = NULL, *waves_arg = NULL;
  g_autofree char *survey_path = NULL, *alters = NULL, *alter_ties = NULL, *positions = NULL;
  g_autofree char *registry = NULL;
  gint64 seed = (gint64) nrp_study_options_get_seed (so);
  gint64 max_exact = (gint64) nrp_study_options_get_max_exact (so);
  gint draws = (gint) nrp_study_options_get_draws (so);
  double confidence = nrp_study_options_get_confidence (so);
  gint threads = (gint) nrp_study_options_get_threads (so);
  gboolean with_regional = nrp_study_options_get_with_regional (so);
  guint pre = 0, post = 0;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;
  g_autoptr (NrpStudy) st = NULL;
  g_autofree char *text = NULL;
  gint suppress_below = 0;
  g_autofree char *shard_arg = NULL;
  gboolean merge = FALSE;
  guint shard_index = 0, shard_count = 0;
  g_autoptr (NrpPublication) publication = NULL;
  Progress progress;
  int rc;
  GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_FILENAME, &areas,
      "areas.csv: columns area, arm (intervention or comparator)", "FILE" },
    { "outcomes", 0, 0, G_OPTION_ARG_FILENAME, &outcomes,
      "outcomes.csv: columns area, wave, then one column per outcome", "FILE" },
    { "survey", 0, 0, G_OPTION_ARG_FILENAME, &survey_path,
      "respondents.csv of a household survey on the same areas: each item's weighted mean "
      "by area and wave joins the outcomes (weights from its 'weight' column, if any); "
      "'sample' with --sample",
      "FILE" },
    { "alters", 0, 0, G_OPTION_ARG_FILENAME, &alters,
      "with --survey: alters.csv, whose ego_ measures join the outcomes too", "FILE" },
    { "alter-ties", 0, 0, G_OPTION_ARG_FILENAME, &alter_ties,
      "with --survey and --alters: alter_ties.csv", "FILE" },
    { "positions", 0, 0, G_OPTION_ARG_FILENAME, &positions,
      "with --survey: positions.csv, whose pg_ measures join the outcomes too", "FILE" },
    { "position-registry", 0, 0, G_OPTION_ARG_FILENAME, &registry,
      "with --positions: position,sector,prestige", "FILE" },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures,
      "measures and outcome columns to compare, comma-separated (default: "
      NRP_MEASURES_CROSS_SECTOR " and every outcome)", "LIST" },
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "the pre and post waves (default: the first and the last)", "PRE,POST" },
    { "with-regional", 0, 0, G_OPTION_ARG_NONE, &with_regional,
      "count the regional actors (those with no area) in every area's network", NULL },
    { "max-exact", 0, 0, G_OPTION_ARG_INT64, &max_exact,
      cli_help (help,
                "enumerate every assignment of areas to arms up to N of them (default %"
                G_GINT64_FORMAT ")",
                max_exact),
      "N" },
    { "draws", 0, 0, G_OPTION_ARG_INT, &draws,
      cli_help (help, "random assignments above that (default %d)", draws), "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      cli_help (help, "seed of the random assignments (default %" G_GINT64_FORMAT ")", seed),
      "S" },
    { "confidence", 0, 0, G_OPTION_ARG_DOUBLE, &confidence,
      cli_help (help, "confidence level of the intervals (default %g)", confidence), "LEVEL" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
      "threads for the areas, which are computed in parallel (default: one per processor); "
      "the results are the same at any count",
      "N" },
    { "suppress-below", 0, 0, G_OPTION_ARG_INT, &suppress_below,
      "for publication: an area of 1 to K-1 actors has its count shown as <K and its "
      "measures hidden, and a measure's DiD is hidden with any area's change of it (the "
      "README recommends 10)",
      "K" },
    { "shard", 0, 0, G_OPTION_ARG_STRING, &shard_arg,
      "measure only shard I of N of the areas and write their values as JSON (to standard "
      "output or --output FILE), to be merged with --merge; run the N shards anywhere, with "
      "the same data and options",
      "I/N" },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      "merge the shards named after the options (FILE...) instead of measuring the areas: "
      "the result is byte-identical to one run without --shard; give the shards' data and "
      "options",
      NULL },
    { NULL }
  };

  ctx = cli_context_new (
    &a, "study", "- did intervention areas change more than comparator areas?",
    "Splits the network into its areas (actors.csv column area), computes each\n"
    "chosen measure on each area's network at the pre and post waves, and for\n"
    "each measure, and each outcome of --outcomes, the difference in differences:\n"
    "  DiD = mean (post - pre) over intervention areas\n"
    "      - mean (post - pre) over comparator areas\n"
    "with a two-sided randomisation test over every assignment of the areas to the\n"
    "arms (48,620 for 9 + 9 areas; random assignments above --max-exact) and the\n"
    "confidence interval that inverts it (constant additive effect).\n"
    "\n"
    "Examples:\n"
    "  nrpnet study --sample\n"
    "  nrpnet study -a actors.csv -t ties.csv --areas areas.csv --outcomes outcomes.csv\n"
    "  nrpnet study -a actors.csv -t ties.csv --areas areas.csv --measures ei_index,density\n"
    "  nrpnet study --sample --format csv --output tables/\n"
    "  nrpnet study --sample --survey sample --measures ei_index,influence,belonging\n"
    "  nrpnet study -a actors.csv -t ties.csv --areas areas.csv --shard 2/3 -o s2.json\n"
    "  nrpnet study -a actors.csv -t ties.csv --areas areas.csv --merge s1.json s2.json s3.json\n"
    "\n"
    "A study of many areas splits over processes or machines: run --shard 1/3,\n"
    "2/3 and 3/3 with the same data and options, then --merge the three files.",
    "Formats: text (default), json (to standard output or --output FILE), csv\n"
    "(study_areas.csv and study_did.csv in the directory --output DIR).\n"
    "Measure names are those of the JSON report: 'nrpnet measures' lists them.\n"
    "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
    "stderr), 2 bad usage.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  cli_add_output_options (ctx, &a, "output format: text (default), json or csv",
                          "write the study to FILE (text, json) or its tables into DIR (csv)");
  cli_add_csv_bom_option (ctx, &a);
  cli_add_quiet_option (ctx, &a);
  if ((rc = cli_parse_files (ctx, "study", cli_merge_asked (argc, argv), &argc, &argv))
        != EXIT_OK
      || (rc = cli_check_format (&a, "study", formats)) != EXIT_OK
      || (rc = cli_check_suppress_below ("study", suppress_below)) != EXIT_OK)
    goto out;
  if (!a.sample && areas == NULL)
    rc = cli_usage_error ("study", "--areas FILE is required (or --sample)");
  else if (a.sample && (areas != NULL || outcomes != NULL))
    rc = cli_usage_error ("study", "--sample brings its own areas and outcomes");
  else if ((alters != NULL || alter_ties != NULL || positions != NULL || registry != NULL)
           && (survey_path == NULL || a.sample))
    rc = cli_usage_error ("study", "the ego-network files go with --survey FILE (the "
                                   "sample's survey brings its own)");
  else if (a.sample && survey_path != NULL && strcmp (survey_path, "sample") != 0)
    rc = cli_usage_error ("study", "with --sample, --survey takes 'sample' (the bundled "
                                   "survey)");
  else if (merge && argc < 2)
    rc = cli_usage_error ("study", "--merge needs the shard files, as in --merge s1.json "
                                   "s2.json");
  else if (shard_arg != NULL
           && (merge || suppress_below > 0 || (a.format != NULL && !cli_format_is (&a, "json"))))
    rc = cli_usage_error ("study", "--shard writes JSON of its areas: it does not go with "
                                   "--merge, --suppress-below or --format %s",
                          a.format != NULL ? a.format : "");
  else if (shard_arg != NULL && !cli_parse_shard (shard_arg, &shard_index, &shard_count))
    rc = cli_usage_error ("study", "--shard takes I/N with 1 <= I <= N <= %u, as in --shard 2/3",
                          NRP_MAX_SHARDS);
  else if (shard_arg != NULL
           && !nrp_study_options_set_shard (so, shard_index, shard_count, &error))
    rc = cli_option_error ("study", "--shard", error);
  else if (waves_arg != NULL && !cli_parse_waves (waves_arg, &pre, &post))
    rc = cli_usage_error ("study", "--waves takes two different waves, as in --waves 1,2");
  else if (max_exact < 0)
    rc = cli_usage_error ("study", "--max-exact must be 0 or more");
  else if (!nrp_study_options_set_waves (so, pre, post, &error))
    rc = cli_option_error ("study", "--waves", error);
  else if (!nrp_study_options_set_draws (so, (guint) draws, &error))
    rc = cli_option_error ("study", "--draws", error);
  else if (!nrp_study_options_set_confidence (so, confidence, &error))
    rc = cli_option_error ("study", "--confidence", error);
  else if (!nrp_study_options_set_threads (so, (guint) threads, &error))
    rc = cli_option_error ("study", "--threads", error);
  if (rc != EXIT_OK)
    goto out;
  nrp_study_options_set_measures (so, measures);
  nrp_study_options_set_with_regional (so, with_regional);
  nrp_study_options_set_max_exact (so, (guint64) max_exact);
  nrp_study_options_set_seed (so, (guint64) seed);

  if (merge && (rc = cli_read_shards (argc, argv, add_shard, so)) != EXIT_OK)
    goto out;
  if ((rc = cli_load_network (&a, "study", &net)) != EXIT_OK)
    goto out;
  design = a.sample ? nrp_study_design_load_sample (&error)
                    : nrp_study_design_load (areas, outcomes, &error);
  if (design == NULL)
    {
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      rc = EXIT_DATA;
      goto out;
    }
  if (survey_path != NULL)
    {
      /* With --sample, "--survey sample" is the bundled survey. */
      g_autoptr (NrpSurvey) sv = cli_load_survey (&a, survey_path, areas, NULL, alters,
                                                  alter_ties, positions, registry, &error);
      if (sv == NULL || !nrp_study_design_add_survey (design, sv, &error))
        {
          rc = cli_error (error);
          goto out;
        }
    }
  progress_init (&progress, &a, "study");
  nrp_study_options_set_progress (so, progress_update, &progress);
  st = nrp_study_compute (net, design, so, &error);
  progress_done (&progress);
  if (st == NULL && merge)
    {
      /* A shard that is missing or does not fit is the data's fault (exit 1). */
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      rc = EXIT_DATA;
      goto out;
    }
  if (st == NULL)
    {
      rc = cli_error (error);
      goto out;
    }
  if (shard_arg != NULL)
    {
      if ((text = nrp_study_shard_to_json (st, &error)) == NULL)
        rc = cli_error (error);
      else
        rc = cli_write_output (a.output, text);
      goto out;
    }
  if (suppress_below > 0)
    {
      publication = nrp_study_publication_new (st, (guint) suppress_below, &error);
      rc = publication == NULL ? cli_option_error ("study", "--suppress-below", error)
                               : cli_write_publication (&a, publication);
      goto out;
    }
  if (cli_format_is (&a, "csv"))
    {
      if (!nrp_study_write_csv (st, a.output, cli_csv_flags (&a), &error))
        rc = cli_error (error);
      goto out;
    }
  if (cli_format_is (&a, "json"))
    {
      g_autofree char *json = nrp_study_to_json (st, TRUE);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    {
      GString *t = g_string_new (NULL);
      study_text (t, st, net, a.sample);
      text = g_string_free (t, FALSE);
    }
  rc = cli_write_output (a.output, text);
out:
  cli_args_clear (&a);
  return rc;
}
