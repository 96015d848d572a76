/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-export.c: nrpnet export, the network as GraphML.
 */
#include "config.h"

#include "cli.h"

int
cmd_export (int argc, char **argv)
{
  InputArgs a = { 0 };
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  int rc;

  ctx = cli_context_new (
    &a, "export", "- write the network as GraphML for Gephi and other tools",
    "Writes one GraphML file: a node per actor (node id = the actor's id) with its\n"
    "sector, sector_label, power, area, present_w1, present_w2... and every other\n"
    "column of actors.csv; an edge per pair tied at one wave at least, with tie_w1,\n"
    "weight_w1... per wave (weights summed over relation types, 0 without the tie)\n"
    "and waves (\"1,2\"). Directed data give a directed graph.\n"
    "\n"
    "Examples:\n"
    "  nrpnet export -a actors.csv -t ties.csv --output network.graphml\n"
    "  nrpnet export --sample --area I01 --output i01.graphml",
    "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
    "stderr), 2 bad usage.");
  cli_add_area_options (
    ctx, &a, "export the actors of area NAME only (actors.csv column area) and their ties");
  cli_add_output_options (ctx, &a, NULL, "the GraphML file to write (required)");
  if ((rc = cli_parse (ctx, "export", &argc, &argv)) != EXIT_OK)
    goto out;
  if (a.output == NULL)
    {
      rc = cli_usage_error ("export", "--output FILE.graphml is required");
      goto out;
    }
  if ((rc = cli_load_network (&a, "export", &net)) != EXIT_OK)
    goto out;
  if (!nrp_network_write_graphml (net, a.output, &error))
    rc = cli_error (error);
out:
  cli_args_clear (&a);
  return rc;
}
