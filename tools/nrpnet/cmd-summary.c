/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-summary.c: nrpnet summary, the per-wave summary of a network.
 */
#include "config.h"

#include "cli.h"
#include "text.h"

int
cmd_summary (int argc, char **argv)
{
  static const char *const formats[] = { "text", "json", NULL };
  InputArgs a = { 0 };
  gint top = 5, threads = 0;
  double epsilon = 0, delta = 0.1;
  gint64 seed = 1;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autofree char *text = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &top,
      "list the N actors of highest degree per wave (default 5; 0: none)", "N" },
    { "betweenness-epsilon", 0, 0, G_OPTION_ARG_DOUBLE, &epsilon,
      "add each actor's betweenness estimated from sampled shortest paths, for networks too "
      "big for the exact count (nrpnet report): with probability 1 - delta every estimate is "
      "within E x n(n-1) of the exact betweenness (Riondato and Kornaropoulos), as in 0.01",
      "E" },
    { "betweenness-delta", 0, 0, G_OPTION_ARG_DOUBLE, &delta,
      "the probability that some estimate misses its bound (default 0.1)", "D" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      "seed of the sampled paths (default 1): the same seed gives the same estimates", "S" },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
      "threads for the sampled paths (default: one per processor); the result is the same at "
      "any count",
      "N" },
    { NULL }
  };

  ctx = cli_context_new (
    &a, "summary", "- per-wave measures of a network",
    "For each wave: actors present, ties, observed dyads, density (ties / observed\n"
    "dyads), mean degree, weak components and the share of actors in the largest,\n"
    "isolates, transitivity (global clustering), mutual dyads, ties within and\n"
    "across sectors and the E-I index, the highest degrees, and each actor's degree.\n"
    "Every measure is linear in the ties, so a million actors take seconds; with\n"
    "--betweenness-epsilon, each actor's betweenness is estimated too.\n"
    "\n"
    "Examples:\n"
    "  nrpnet summary --sample\n"
    "  nrpnet summary --actors actors.csv --ties ties.csv --directed --format json\n"
    "  nrpnet summary -a actors.csv -t ties.csv --sector-column group --missing missing.csv\n"
    "  nrpnet summary -a actors.csv -t ties.csv --betweenness-epsilon 0.01 --format json",
    "Formats: text (default), json (to standard output or --output FILE); for\n"
    "spreadsheet tables use 'nrpnet report --format csv'.\n"
    "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
    "stderr), 2 bad usage. The README describes the input format and every measure.");
  cli_add_area_options (
    ctx, &a, "summarise only the actors of area NAME (actors.csv column area) and their ties");
  cli_add_output_options (ctx, &a, "output format: text (default) or json",
                          "write the summary to FILE");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if ((rc = cli_parse (ctx, "summary", &argc, &argv)) != EXIT_OK)
    goto out;
  if (cli_format_is (&a, "csv"))
    {
      rc = cli_usage_error ("summary", "csv tables come from 'nrpnet report --format csv'");
      goto out;
    }
  if ((rc = cli_check_format (&a, "summary", formats)) != EXIT_OK)
    goto out;
  if (top < 0)
    {
      rc = cli_usage_error ("summary", "--top must be 0 or more");
      goto out;
    }
  if (epsilon != 0 && !(epsilon > 0 && epsilon < 1))
    {
      rc = cli_usage_error ("summary", "--betweenness-epsilon must be between 0 and 1, as in "
                                       "0.01");
      goto out;
    }
  if (!(delta > 0 && delta < 1))
    {
      rc = cli_usage_error ("summary", "--betweenness-delta must be between 0 and 1, as in 0.1");
      goto out;
    }
  if (threads < 0 || threads > (gint) NRP_MAX_THREADS)
    {
      rc = cli_usage_error ("summary", "--threads must be 0 (one per processor) to %u",
                            NRP_MAX_THREADS);
      goto out;
    }
  if ((rc = cli_load_network (&a, "summary", &net)) != EXIT_OK)
    goto out;
  if ((s = nrp_summary_compute (net, &error)) == NULL
      || (epsilon > 0
          && !nrp_summary_add_sampled_betweenness (s, net, epsilon, delta, (guint64) seed,
                                                   (guint) threads, &error)))
    {
      rc = cli_error (error);
      goto out;
    }
  if (cli_format_is (&a, "json"))
    {
      g_autofree char *json = nrp_summary_to_json (s, net, TRUE);
      text = g_strconcat (json, "\n", NULL);
    }
  else
    text = summary_text (s, net, a.sample, top);
  rc = cli_write_output (a.output, text);
out:
  cli_args_clear (&a);
  return rc;
}
