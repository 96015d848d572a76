/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-import.c: nrpnet import, adjacency matrices into a ties.csv.
 */
#include "config.h"

#include "cli.h"

int
cmd_import (int argc, char **argv)
{
  g_auto (GStrv) matrices = NULL;
  g_autofree char *output = NULL;
  gboolean directed = FALSE, undirected = FALSE;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "matrix", 'm', 0, G_OPTION_ARG_FILENAME_ARRAY, &matrices,
      "an adjacency matrix, one a wave: give it once per wave, the first wave first", "FILE" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "the ties.csv to write (required)", "FILE" },
    { "directed", 'd', 0, G_OPTION_ARG_NONE, &directed,
      "directed ties (row names column), even when the matrices are symmetric", NULL },
    { "undirected", 'u', 0, G_OPTION_ARG_NONE, &undirected,
      "undirected ties: a cell unlike its mirror is an error", NULL },
    { NULL }
  };

  ctx = g_option_context_new ("- adjacency matrices from a spreadsheet into a ties.csv");
  g_set_prgname ("nrpnet import");
  g_option_context_set_summary (
    ctx,
    "Reads adjacency matrices as a spreadsheet saves them, one a wave: a header row\n"
    "of a corner cell and the actors' ids, then a row per actor, its id first and a\n"
    "cell per column: empty or 0 for no tie, a positive number for a tie of that\n"
    "weight. Separated by commas, semicolons or tabs: the separator is found from\n"
    "the header and said. Symmetric matrices give undirected ties (each pair once),\n"
    "others directed ones (row names column), and which cell decided is said.\n"
    "Writes a ties.csv that report, compare and study read with an actors.csv of the\n"
    "same ids (id and sector; present_w1, present_w2... when some waves' matrices\n"
    "lack some actors, which is said too).\n"
    "\n"
    "Examples:\n"
    "  nrpnet import --matrix wave1.csv --matrix wave2.csv --output ties.csv\n"
    "  nrpnet report -a actors.csv -t ties.csv");
  g_option_context_set_description (
    ctx, "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
         "stderr), 2 bad usage. What was read goes to stderr, one line a note.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if ((rc = cli_parse (ctx, "import", &argc, &argv)) != EXIT_OK)
    return rc;
  if (matrices == NULL)
    return cli_usage_error ("import", "give --matrix FILE, once per wave");
  if (output == NULL)
    return cli_usage_error ("import", "--output FILE is required (the ties.csv to write)");
  if (directed && undirected)
    return cli_usage_error ("import", "--directed and --undirected contradict each other");
  imp = nrp_import_matrices ((const char *const *) matrices, g_strv_length (matrices),
                             directed     ? NRP_IMPORT_DIRECTED
                             : undirected ? NRP_IMPORT_UNDIRECTED
                                          : NRP_IMPORT_AUTO,
                             &error);
  if (imp == NULL || !nrp_import_write_ties (imp, output, &error))
    return cli_error (error);
  for (guint k = 0; k < nrp_import_get_n_notes (imp); k++)
    fprintf (stderr, "nrpnet import: %s\n", nrp_import_get_note (imp, k));
  fprintf (stderr, "nrpnet import: %u actors; ties", nrp_import_get_n_actors (imp));
  for (guint w = 1; w <= g_strv_length (matrices); w++)
    fprintf (stderr, "%s %u at wave %u", w == 1 ? "" : ",", nrp_import_get_n_ties (imp, w), w);
  fprintf (stderr, "; written to %s\n", output);
  return EXIT_OK;
}
