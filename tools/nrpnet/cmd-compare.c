/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-compare.c: nrpnet compare, how a network changed between waves.
 */
#include "config.h"

#include "cli.h"
#include "text.h"

static gboolean
add_shard (gpointer options, const char *json, gssize length, const char *name, GError **error)
{
  return nrp_change_options_add_shard (options, json, length, name, error);
}

int
cmd_compare (int argc, char **argv)
{
  static const char *const formats[] = { "text", "json", "csv", NULL };
  InputArgs a = { 0 };
  g_autoptr (NrpChangeOptions) co = nrp_change_options_new ();
  g_autoptr (GPtrArray) help = g_ptr_array_new_with_free_func (g_free);
  gint top = (gint) nrp_change_options_get_top (co);
  gint permutations = (gint) nrp_change_options_get_permutations (co);
  gint bootstrap = (gint) nrp_change_options_get_bootstrap (co);
  gint64 seed = (gint64) nrp_change_options_get_seed (co);
  double confidence = nrp_change_options_get_confidence (co);
  gboolean weighted = nrp_change_options_get_weighted (co);
  gint threads = (gint) nrp_change_options_get_threads (co);
  g_autofree char *waves_arg = NULL, *measures_arg = NULL, *shard_arg = NULL;
  gboolean merge = FALSE;
  guint shard_index = 0, shard_count = 0;
  g_autofree guint *measures = NULL;
  guint n_measures = 0, from = 1, to = 2;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) nrp_change_free);
  g_autofree char *text = NULL;
  gint suppress_below = 0;
  g_autoptr (NrpPublication) publication = NULL;
  Progress progress;
  int rc;
  GOptionEntry entries[] = {
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "compare waves A and B (default: every pair of consecutive waves)", "A,B" },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures_arg,
      "whole-network measures whose change is estimated, as the JSON report names them "
      "(default: all but centralization.betweenness and .closeness; 'all': every one)",
      "LIST" },
    { "bootstrap", 'b', 0, G_OPTION_ARG_INT, &bootstrap,
      cli_help (help,
                "actor-bootstrap replicates for the confidence intervals (default %d; 0: none)",
                bootstrap),
      "N" },
    { "confidence", 0, 0, G_OPTION_ARG_DOUBLE, &confidence,
      cli_help (help, "confidence level of the intervals (default %g)", confidence), "LEVEL" },
    { "permutations", 0, 0, G_OPTION_ARG_INT, &permutations,
      cli_help (help,
                "label permutations for the p-values of the sector-dependent measures' change "
                "(default %d; 0: none)",
                permutations),
      "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      cli_help (help,
                "seed of the bootstrap and the permutations (default %" G_GINT64_FORMAT
                "): the same seed gives the same intervals and p-values",
                seed),
      "S" },
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      cli_help (help, "list the N actors who gained most per actor measure (default %d)", top),
      "N" },
    { "weighted", 'w', 0, G_OPTION_ARG_NONE, &weighted,
      "weighted betweenness in each actor's change (path length 1/weight)", NULL },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
      "threads for the bootstrap and permutation replicates, which run in parallel, and for "
      "the path measures (default: one per processor); the results are the same at any count",
      "N" },
    { "shard", 0, 0, G_OPTION_ARG_STRING, &shard_arg,
      "compute only shard I of N of the bootstrap and permutation replicates and write "
      "their rows as JSON (to standard output or --output FILE), to be merged with --merge; "
      "run the N shards anywhere, with the same data and options",
      "I/N" },
    { "merge", 0, 0, G_OPTION_ARG_NONE, &merge,
      "merge the shards named after the options (FILE...) instead of computing replicates: "
      "the result is byte-identical to one run without --shard; give the shards' data and "
      "options",
      NULL },
    { "suppress-below", 0, 0, G_OPTION_ARG_INT, &suppress_below,
      "for publication: write only the counts that small-cell suppression protects (actor "
      "turnover, the tie change table, the change by sector pair), each count of 1 to K-1 "
      "shown as <K, more cells hidden where sums would give one back; the measures' change, "
      "the gainers and per-actor change are left out, so no bootstrap is run (the README "
      "recommends 10)",
      "K" },
    { NULL }
  };

  ctx = cli_context_new (
    &a, "compare", "- how a network changed between waves",
    "For each pair of waves: actor turnover; the tie change table over the dyads\n"
    "observed at both waves (0->0, 0->1 formed, 1->0 dissolved, 1->1 kept), the\n"
    "Hamming distance and RSiena's Jaccard index, for all ties and for ties between\n"
    "sectors; the ties formed, dissolved, kept, strengthened and weakened by sector\n"
    "pair; the change of each whole-network measure with an actor-bootstrap\n"
    "confidence interval (Snijders and Borgatti 1999) and, for measures that depend\n"
    "on the sectors, a label-permutation p-value; and each actor's change in degree,\n"
    "betweenness, E-I index and brokerage, with the actors who gained most.\n"
    "Dyads marked unobserved in --missing at either wave are left out. The same\n"
    "--seed gives the same intervals and p-values.\n"
    "A large bootstrap splits over processes or machines: run --shard 1/3, 2/3 and\n"
    "3/3 with the same data and options, then --merge the three files.\n"
    "\n"
    "Examples:\n"
    "  nrpnet compare --sample --area I01\n"
    "  nrpnet compare -a actors.csv -t ties.csv --directed --waves 1,3 --format json\n"
    "  nrpnet compare -a actors.csv -t ties.csv --measures ei_index,density -b 2000\n"
    "  nrpnet compare -a actors.csv -t ties.csv --format csv --output tables/\n"
    "  nrpnet compare -a actors.csv -t ties.csv -b 10000 --shard 2/3 --output s2.json\n"
    "  nrpnet compare -a actors.csv -t ties.csv -b 10000 --merge s1.json s2.json s3.json",
    "Formats: text (default), json (to standard output or --output FILE), csv\n"
    "(change.csv, change_matrix.csv, change_measures.csv and change_actors.csv in\n"
    "the directory --output DIR). Measure names are those of the JSON report:\n"
    "'nrpnet measures' lists them.\n"
    "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
    "stderr), 2 bad usage. The README describes the input format and every measure.");
  cli_add_area_options (
    ctx, &a, "compare the actors of area NAME only (actors.csv column area) and their ties");
  cli_add_output_options (
    ctx, &a, "output format: text (default), json or csv",
    "write the comparison to FILE (text, json) or its tables into DIR (csv)");
  g_option_context_add_main_entries (ctx, entries, NULL);
  cli_add_csv_bom_option (ctx, &a);
  cli_add_quiet_option (ctx, &a);
  if ((rc = cli_parse_files (ctx, "compare", cli_merge_asked (argc, argv), &argc, &argv))
        != EXIT_OK
      || (rc = cli_check_format (&a, "compare", formats)) != EXIT_OK
      || (rc = cli_check_suppress_below ("compare", suppress_below)) != EXIT_OK)
    goto out;
  if (waves_arg != NULL && !cli_parse_waves (waves_arg, &from, &to))
    {
      rc = cli_usage_error ("compare", "--waves takes two different waves, as in --waves 1,2");
      goto out;
    }
  if (merge && argc < 2)
    {
      rc = cli_usage_error ("compare", "--merge needs the shard files, as in --merge s1.json "
                                       "s2.json");
      goto out;
    }
  if (shard_arg != NULL
      && (merge || suppress_below > 0
          || (a.format != NULL && !cli_format_is (&a, "json"))))
    {
      rc = cli_usage_error ("compare", "--shard writes JSON of its replicates: it does not go "
                                       "with --merge, --suppress-below or --format %s",
                            a.format != NULL ? a.format : "");
      goto out;
    }
  if (merge && suppress_below > 0)
    {
      rc = cli_usage_error ("compare", "--suppress-below runs no bootstrap: nothing to merge");
      goto out;
    }
  if (shard_arg != NULL && !cli_parse_shard (shard_arg, &shard_index, &shard_count))
    {
      rc = cli_usage_error ("compare", "--shard takes I/N with 1 <= I <= N <= %u, as in "
                                       "--shard 2/3", NRP_MAX_SHARDS);
      goto out;
    }
  if (top < 0)
    {
      rc = cli_usage_error ("compare", "--top must be 0 or more");
      goto out;
    }
  if (!nrp_change_options_set_bootstrap (co, (guint) bootstrap, &error))
    rc = cli_option_error ("compare", "--bootstrap", error);
  else if (!nrp_change_options_set_permutations (co, (guint) permutations, &error))
    rc = cli_option_error ("compare", "--permutations", error);
  else if (!nrp_change_options_set_confidence (co, confidence, &error))
    rc = cli_option_error ("compare", "--confidence", error);
  else if (!nrp_change_options_set_threads (co, (guint) threads, &error))
    rc = cli_option_error ("compare", "--threads", error);
  else if (measures_arg != NULL
           && (measures = nrp_measure_parse_list (measures_arg, &n_measures, &error)) == NULL)
    rc = cli_option_error ("compare", "--measures", error);
  if (rc != EXIT_OK)
    goto out;
  nrp_change_options_set_seed (co, (guint64) seed);
  nrp_change_options_set_weighted (co, weighted);
  nrp_change_options_set_top (co, (guint) top);
  if (measures != NULL)
    nrp_change_options_set_measures (co, measures, n_measures);
  if (shard_arg != NULL && !nrp_change_options_set_shard (co, shard_index, shard_count, &error))
    {
      rc = cli_option_error ("compare", "--shard", error);
      goto out;
    }
  if (merge && (rc = cli_read_shards (argc, argv, add_shard, co)) != EXIT_OK)
    goto out;
  if ((rc = cli_load_network (&a, "compare", &net)) != EXIT_OK)
    goto out;

  progress_init (&progress, &a, "bootstrap and permutations");
  nrp_change_options_set_progress (co, progress_update, &progress);
  for (guint w = from; waves_arg != NULL ? w == from : w < nrp_network_get_n_waves (net); w++)
    {
      guint w_to = waves_arg != NULL ? to : w + 1;
      /* For publication only the counts are shown: no bootstrap. */
      NrpChange *c = suppress_below > 0 ? nrp_change_compute (net, w, w_to, &error)
                                        : nrp_change_compute_full (net, w, w_to, co, &error);
      progress_done (&progress);
      if (c == NULL)
        {
          /* A wave the data lack is the data's fault here (exit 1); so is a
           * shard that is missing or does not fit. */
          fprintf (stderr, "nrpnet: error: %s\n", error->message);
          rc = EXIT_DATA;
          goto out;
        }
      g_ptr_array_add (changes, c);
    }
  if (suppress_below > 0)
    {
      publication = nrp_change_publication_new ((NrpChange *const *) changes->pdata,
                                                changes->len, net, (guint) suppress_below,
                                                &error);
      rc = publication == NULL ? cli_option_error ("compare", "--suppress-below", error)
                               : cli_write_publication (&a, publication);
      goto out;
    }
  if (shard_arg != NULL)
    {
      if ((text = nrp_change_shard_to_json ((NrpChange *const *) changes->pdata, changes->len,
                                            &error))
          == NULL)
        {
          /* Only one wave: no comparison, so no replicate to write. */
          fprintf (stderr, "nrpnet: error: %s\n", error->message);
          rc = EXIT_DATA;
          goto out;
        }
      rc = cli_write_output (a.output, text);
      goto out;
    }
  if (cli_format_is (&a, "csv"))
    {
      if (!nrp_change_write_csv (net, (NrpChange *const *) changes->pdata, changes->len,
                                 a.output, cli_csv_flags (&a), &error))
        rc = cli_error (error);
      goto out;
    }
  if (cli_format_is (&a, "json"))
    {
      g_autofree char *json = nrp_change_to_json (net, (NrpChange *const *) changes->pdata,
                                                  changes->len, TRUE);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    {
      GString *t = g_string_new (NULL);
      g_string_append_printf (t, "nrpnet %s comparison of waves%s%s%s\n", nrp_version (),
                              a.area != NULL ? ", area " : "", a.area != NULL ? a.area : "",
                              a.sample ? " of the bundled sample study (synthetic data)" : "");
      g_string_append_printf (t, "Network: %u actors, %s ties, %u waves\n",
                              nrp_network_get_n_actors (net),
                              nrp_network_is_directed (net) ? "directed" : "undirected",
                              nrp_network_get_n_waves (net));
      if (changes->len == 0)
        g_string_append (t, "\nOnly one wave: nothing to compare.\n");
      change_text (t, (NrpChange *const *) changes->pdata, changes->len, net);
      text = g_string_free (t, FALSE);
    }
  rc = cli_write_output (a.output, text);
out:
  cli_args_clear (&a);
  return rc;
}
