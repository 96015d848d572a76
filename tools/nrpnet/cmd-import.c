/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-import.c: nrpnet import, adjacency matrices or wide survey exports
 * into a ties.csv.
 */
#include "config.h"

#include "cli.h"

int
cmd_import (int argc, char **argv)
{
  g_auto (GStrv) matrices = NULL;
  g_auto (GStrv) wide = NULL;
  g_auto (GStrv) contacts = NULL;
  g_autofree char *output = NULL, *id_column = NULL, *contact_list = NULL;
  guint n_waves;
  gboolean directed = FALSE, undirected = FALSE;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpImport) imp = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "matrix", 'm', 0, G_OPTION_ARG_FILENAME_ARRAY, &matrices,
      "an adjacency matrix, one a wave: give it once per wave, the first wave first", "FILE" },
    { "wide", 'w', 0, G_OPTION_ARG_FILENAME_ARRAY, &wide,
      "a wide survey export, one a wave (a row per respondent, a column per named contact): "
      "once per wave, the first wave first", "FILE" },
    { "id-column", 0, 0, G_OPTION_ARG_STRING, &id_column,
      "with --wide: the column of the respondents' ids (default: the first column)", "NAME" },
    { "contacts", 'c', 0, G_OPTION_ARG_STRING, &contact_list,
      "with --wide: the contacts' columns, comma-separated names or patterns such as "
      "'friend*' (default: every column but the ids)", "LIST" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "the ties.csv to write (required)", "FILE" },
    { "directed", 'd', 0, G_OPTION_ARG_NONE, &directed,
      "directed ties (row names column), even when the matrices are symmetric", NULL },
    { "undirected", 'u', 0, G_OPTION_ARG_NONE, &undirected,
      "undirected ties: a cell unlike its mirror is an error", NULL },
    { NULL }
  };

  ctx = g_option_context_new ("- adjacency matrices or survey exports into a ties.csv");
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
    "Or reads wide survey exports, one a wave (--wide): a row per respondent, their\n"
    "id in one column (--id-column, default the first) and a contact they named in\n"
    "each of some others (--contacts, default all the others), empty where they\n"
    "named fewer. Each name is a directed tie from the respondent (read the ties\n"
    "with --directed). Columns not read and contacts who never responded (actors.csv\n"
    "needs them too) are said.\n"
    "\n"
    "Examples:\n"
    "  nrpnet import --matrix wave1.csv --matrix wave2.csv --output ties.csv\n"
    "  nrpnet import --wide survey1.csv --wide survey2.csv --id-column respondent \\\n"
    "      --contacts 'contact*' --output ties.csv\n"
    "  nrpnet report -a actors.csv -t ties.csv");
  g_option_context_set_description (
    ctx, "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
         "stderr), 2 bad usage. What was read goes to stderr, one line a note.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if ((rc = cli_parse (ctx, "import", &argc, &argv)) != EXIT_OK)
    return rc;
  if (matrices == NULL && wide == NULL)
    return cli_usage_error ("import", "give --matrix FILE or --wide FILE, once per wave");
  if (matrices != NULL && wide != NULL)
    return cli_usage_error ("import", "give --matrix or --wide files, not both: one kind "
                                      "for every wave");
  if (matrices != NULL && (id_column != NULL || contact_list != NULL))
    return cli_usage_error ("import", "--id-column and --contacts go with --wide, not "
                                      "--matrix");
  if (wide != NULL && undirected)
    return cli_usage_error ("import", "a survey export's ties are directed (respondent names "
                                      "contact); to count a pair named either way once, read "
                                      "ties.csv undirected with --merge-duplicates");
  if (output == NULL)
    return cli_usage_error ("import", "--output FILE is required (the ties.csv to write)");
  if (directed && undirected)
    return cli_usage_error ("import", "--directed and --undirected contradict each other");
  if (contact_list != NULL)
    {
      contacts = g_strsplit (contact_list, ",", -1);
      for (guint i = 0; contacts[i] != NULL; i++)
        {
          g_strstrip (contacts[i]);
          if (*contacts[i] == '\0')
            return cli_usage_error ("import", "--contacts has an empty name: give "
                                              "comma-separated column names or patterns");
        }
    }
  if (wide != NULL)
    {
      n_waves = g_strv_length (wide);
      imp = nrp_import_nominations ((const char *const *) wide, n_waves, id_column,
                                    (const char *const *) contacts, &error);
    }
  else
    {
      n_waves = g_strv_length (matrices);
      imp = nrp_import_matrices ((const char *const *) matrices, n_waves,
                                 directed     ? NRP_IMPORT_DIRECTED
                                 : undirected ? NRP_IMPORT_UNDIRECTED
                                              : NRP_IMPORT_AUTO,
                                 &error);
    }
  if (imp == NULL || !nrp_import_write_ties (imp, output, &error))
    return cli_error (error);
  for (guint k = 0; k < nrp_import_get_n_notes (imp); k++)
    fprintf (stderr, "nrpnet import: %s\n", nrp_import_get_note (imp, k));
  fprintf (stderr, "nrpnet import: %u actors; ties", nrp_import_get_n_actors (imp));
  for (guint w = 1; w <= n_waves; w++)
    fprintf (stderr, "%s %u at wave %u", w == 1 ? "" : ",", nrp_import_get_n_ties (imp, w), w);
  fprintf (stderr, "; written to %s\n", output);
  return EXIT_OK;
}
