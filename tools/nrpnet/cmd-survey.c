/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-survey.c: nrpnet survey, the household survey's difference in
 * differences with inference that holds with few areas.
 */
#include "config.h"

#include "cli.h"
#include "text.h"

int
cmd_survey (int argc, char **argv)
{
  static const char *const formats[] = { "text", "json", "csv", NULL };
  InputArgs a = { 0 };
  g_autoptr (NrpSurveyOptions) so = nrp_survey_options_new ();
  g_autoptr (GPtrArray) help = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *respondents = NULL, *areas = NULL, *outcomes = NULL, *covariates = NULL;
  g_autofree char *weight_column = NULL, *waves_arg = NULL, *picture = NULL;
  g_autofree char *alters = NULL, *alter_ties = NULL, *positions = NULL, *registry = NULL;
  gint64 seed = (gint64) nrp_survey_options_get_seed (so);
  gint64 max_exact = (gint64) nrp_survey_options_get_max_exact (so);
  gint64 max_enumerate = (gint64) nrp_survey_options_get_max_enumerate (so);
  gint draws = (gint) nrp_survey_options_get_draws (so);
  double confidence = nrp_survey_options_get_confidence (so);
  gint suppress_below = 0;
  guint pre = 0, post = 0;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpSurvey) survey = NULL;
  g_autoptr (NrpSurveyResult) res = NULL;
  g_autofree char *text = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "respondents", 'r', 0, G_OPTION_ARG_FILENAME, &respondents,
      "respondents.csv: one row per respondent per wave: respondent, area, wave, the "
      "optional weight, then the items (numbers; an empty cell is missing)", "FILE" },
    { "areas", 0, 0, G_OPTION_ARG_FILENAME, &areas,
      "areas.csv: columns area, arm (intervention or comparator)", "FILE" },
    { "alters", 0, 0, G_OPTION_ARG_FILENAME, &alters,
      "alters.csv, the name generator: respondent, wave, alter, sector, optional strength "
      "and actor; adds the ego_ measures as items",
      "FILE" },
    { "alter-ties", 0, 0, G_OPTION_ARG_FILENAME, &alter_ties,
      "alter_ties.csv: respondent, wave, alter1, alter2; adds ego_density, "
      "ego_effective_size, ego_constraint",
      "FILE" },
    { "positions", 0, 0, G_OPTION_ARG_FILENAME, &positions,
      "positions.csv, the position generator: respondent, wave, position, access (0/1); "
      "adds pg_extensity, pg_upper_reach, pg_range",
      "FILE" },
    { "position-registry", 0, 0, G_OPTION_ARG_FILENAME, &registry,
      "position,sector,prestige for positions finer than sectors (default: a position is "
      "a sector, its prestige the sector's power level)",
      "FILE" },
    { "sectors", 0, 0, G_OPTION_ARG_FILENAME, &a.sectors,
      "sectors.csv (sector, label, power) replacing the built-in NRP taxonomy for the "
      "ego-network measures (tie classes, IQV, positions' prestige)", "FILE" },
    { "sectors-closed", 0, 0, G_OPTION_ARG_NONE, &a.sectors_closed,
      "a respondent's, alter's or position's sector not listed in --sectors (or, without "
      "it, not in the built-in taxonomy) is an error", NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &a.sample,
      "use the bundled sample study's synthetic household survey (with --covariates "
      "age,owner unless --covariates is given)", NULL },
    { "outcomes", 0, 0, G_OPTION_ARG_STRING, &outcomes,
      "the items to estimate, comma-separated (default: every item that is not a covariate)",
      "LIST" },
    { "covariates", 0, 0, G_OPTION_ARG_STRING, &covariates,
      "numeric items to adjust for, comma-separated (default: none; '' for none with "
      "--sample)", "LIST" },
    { "weight-column", 0, 0, G_OPTION_ARG_STRING, &weight_column,
      "the survey weight column (default: 'weight' when there is one, else weights of 1)",
      "NAME" },
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "the pre and post waves (default: the first and the last)", "PRE,POST" },
    { "max-enumerate", 0, 0, G_OPTION_ARG_INT64, &max_enumerate,
      cli_help (help,
                "wild bootstrap: every sign vector when 2^areas is at most N (default %"
                G_GINT64_FORMAT ", at most 4194304)",
                max_enumerate),
      "N" },
    { "draws", 0, 0, G_OPTION_ARG_INT, &draws,
      cli_help (help,
                "random draws above the limits: Webb weights for the wild bootstrap, "
                "assignments for randomisation (default %d)",
                draws),
      "N" },
    { "max-exact", 0, 0, G_OPTION_ARG_INT64, &max_exact,
      cli_help (help,
                "randomisation: every assignment of areas to arms up to N of them (default %"
                G_GINT64_FORMAT ")",
                max_exact),
      "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      cli_help (help, "seed of every random draw (default %" G_GINT64_FORMAT ")", seed), "S" },
    { "confidence", 0, 0, G_OPTION_ARG_DOUBLE, &confidence,
      cli_help (help, "confidence level of the intervals (default %g)", confidence), "LEVEL" },
    { "suppress-below", 0, 0, G_OPTION_ARG_INT, &suppress_below,
      "for publication: each area-wave cell of fewer than K respondents (and one more where a "
      "wave's total would give it back) is shown as <K with all computed from it, and the "
      "per-respondent measures are left out (the README recommends 10)",
      "K" },
    { "picture", 0, 0, G_OPTION_ARG_FILENAME, &picture,
      "also draw each area's change and the DiD by each method into FILE (.svg or .png)",
      "FILE" },
    { NULL }
  };

  ctx = g_option_context_new ("- did residents of intervention areas change more?");
  g_set_prgname ("nrpnet survey");
  g_option_context_set_summary (
    ctx,
    "For each survey item, the difference in differences between intervention and\n"
    "comparator areas at the respondent level: weighted least squares of the item on\n"
    "area effects, a wave effect, D = intervention x post and the --covariates, over\n"
    "the respondents of the two waves who have the item and every covariate. The\n"
    "coefficient of D comes with four inferences side by side, each with its interval\n"
    "and two-sided p:\n"
    "  CR1            cluster-robust sandwich by area, G/(G-1) (N-1)/(N-K), t(G-1)\n"
    "                 (Stata's vce(cluster), statsmodels' cov_type='cluster')\n"
    "  CR2            Bell-McCaffrey bias-reduced sandwich, Satterthwaite df (R's\n"
    "                 clubSandwich)\n"
    "  wild bootstrap restricted wild cluster bootstrap of the CR1 t: every Rademacher\n"
    "                 sign vector by area (2^18 = 262,144 for 18 areas), Webb draws above\n"
    "                 --max-enumerate; the interval inverts the test\n"
    "  randomisation  every assignment of the areas to the arms (48,620 for 9 + 9),\n"
    "                 with the coefficient and the CR1 t as statistics\n"
    "A 0/1 item is also stated in percentage points.\n"
    "\n"
    "Examples:\n"
    "  nrpnet survey --sample\n"
    "  nrpnet survey --respondents respondents.csv --areas areas.csv\n"
    "  nrpnet survey -r respondents.csv --areas areas.csv --outcomes influence \\\n"
    "                --covariates age,owner --format json\n"
    "  nrpnet survey --sample --outcomes ego_has_linking,ego_linking,pg_extensity\n"
    "\n"
    "With --alters (and --alter-ties) and --positions, each respondent's ego network\n"
    "and position generator become items too (ego_size, ego_linking, ego_has_linking,\n"
    "ego_constraint, pg_extensity ...: the README lists them); name them in\n"
    "--outcomes.");
  g_option_context_set_description (
    ctx, "Formats: text (default), json (to standard output or --output FILE), csv\n"
         "(survey_did.csv and survey_area_waves.csv in the directory --output DIR).\n"
         "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
         "stderr), 2 bad usage.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  cli_add_output_options (ctx, &a, "output format: text (default), json or csv",
                          "write the result to FILE (text, json) or its tables into DIR (csv)");
  cli_add_csv_bom_option (ctx, &a);
  cli_add_privacy_options (ctx, &a);
  if ((rc = cli_parse (ctx, "survey", &argc, &argv)) != EXIT_OK
      || (rc = cli_check_format (&a, "survey", formats)) != EXIT_OK
      || (rc = cli_check_suppress_below ("survey", suppress_below)) != EXIT_OK)
    goto out;
  if (!a.sample && (respondents == NULL || areas == NULL))
    rc = cli_usage_error ("survey", "--respondents FILE and --areas FILE are required (or "
                                    "--sample)");
  else if (a.sample && (respondents != NULL || areas != NULL || weight_column != NULL
                        || alters != NULL || alter_ties != NULL || positions != NULL
                        || registry != NULL || a.sectors != NULL || a.sectors_closed))
    rc = cli_usage_error ("survey", "--sample brings its own respondents, areas, weights and "
                                    "ego-network answers");
  else if (waves_arg != NULL && !cli_parse_waves (waves_arg, &pre, &post))
    rc = cli_usage_error ("survey", "--waves takes two different waves, as in --waves 1,2");
  else if (max_exact < 0)
    rc = cli_usage_error ("survey", "--max-exact must be 0 or more");
  else if (max_enumerate < 0)
    rc = cli_usage_error ("survey", "--max-enumerate must be 0 or more");
  else if (draws < 0)
    rc = cli_usage_error ("survey", "--draws must be 1 or more");
  else if (picture != NULL && !g_str_has_suffix (picture, ".svg")
           && !g_str_has_suffix (picture, ".png"))
    rc = cli_usage_error ("survey", "--picture FILE must end in .svg or .png");
  else if (!nrp_survey_options_set_waves (so, MIN (pre, post), MAX (pre, post), &error))
    rc = cli_option_error ("survey", "--waves", error);
  else if (!nrp_survey_options_set_draws (so, (guint) draws, &error))
    rc = cli_option_error ("survey", "--draws", error);
  else if (!nrp_survey_options_set_max_exact (so, (guint64) max_exact, &error))
    rc = cli_option_error ("survey", "--max-exact", error);
  else if (!nrp_survey_options_set_max_enumerate (so, (guint64) max_enumerate, &error))
    rc = cli_option_error ("survey", "--max-enumerate", error);
  else if (!nrp_survey_options_set_confidence (so, confidence, &error))
    rc = cli_option_error ("survey", "--confidence", error);
  if (rc != EXIT_OK)
    goto out;
  /* The sample's two covariates, unless others are named (the text says
   * which were used). */
  if (a.sample && covariates == NULL)
    covariates = g_strdup ("age,owner");
  nrp_survey_options_set_outcomes (so, outcomes);
  nrp_survey_options_set_covariates (so, covariates);
  nrp_survey_options_set_seed (so, (guint64) seed);

  survey = cli_load_survey (&a, respondents, areas, weight_column, alters, alter_ties,
                            positions, registry, &error);
  if (survey == NULL || (res = nrp_survey_compute (survey, so, &error)) == NULL)
    {
      rc = cli_error (error);
      goto out;
    }
  if (!nrp_survey_result_set_suppress_below (res, (guint) suppress_below, &error))
    {
      rc = cli_option_error ("survey", "--suppress-below", error);
      goto out;
    }
  if (picture != NULL
      && !nrp_render_survey (res, survey, picture,
                             g_str_has_suffix (picture, ".png") ? NRP_IMAGE_PNG : NRP_IMAGE_SVG,
                             &error))
    {
      rc = cli_error (error);
      goto out;
    }
  if (cli_format_is (&a, "csv"))
    {
      if (!nrp_survey_result_write_csv (res, survey, a.output, cli_csv_flags (&a), &error))
        rc = cli_error (error);
      goto out;
    }
  if (cli_format_is (&a, "json"))
    {
      g_autofree char *json = nrp_survey_result_to_json (res, survey, TRUE);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    {
      GString *t = g_string_new (NULL);
      survey_text (t, res, survey, a.sample);
      text = g_string_free (t, FALSE);
    }
  rc = cli_write_output (a.output, text);
out:
  cli_args_clear (&a);
  return rc;
}
