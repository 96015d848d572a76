/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * main.c: the nrpnet program: the list of commands and the dispatch to
 * them (one file per command, cmd-*.c).
 *
 *   nrpnet COMMAND [OPTION...]
 *
 * Exit codes: 0 success; 1 bad data (the message, with file, line and
 * column, on stderr); 2 bad usage.
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "cli.h"

static const struct {
  const char *name;
  int (*run) (int argc, char **argv);
  const char *what;
} commands[] = {
  { "summary", cmd_summary,
    "per-wave measures of a network: actors, ties, density, mean degree,\n"
    "            components, isolates, transitivity, E-I index, each actor's degree" },
  { "report", cmd_report,
    "every measure: the summary; cross-sector connectivity (bonding,\n"
    "            bridging and linking ties, mixing matrix, E-I by sector and actor\n"
    "            with a permutation test, assortativity, modularity, ego\n"
    "            heterogeneity); centrality and cross-sector betweenness;\n"
    "            Gould-Fernandez brokerage; structural holes and bridges;\n"
    "            communities" },
  { "compare", cmd_compare,
    "how the network changed between waves: turnover, the tie change\n"
    "            table (formed, dissolved, kept), Hamming distance, Jaccard index,\n"
    "            for all and for cross-sector ties; change by sector pair; each\n"
    "            measure's change with a bootstrap interval; each actor's change" },
  { "study", cmd_study,
    "intervention against comparator areas: each area's measures\n"
    "            and outcomes, the difference in differences with a\n"
    "            randomisation test and interval" },
  { "survey", cmd_survey,
    "the household survey: each item's difference in differences at the\n"
    "            respondent level, with CR1, CR2, the wild cluster bootstrap and\n"
    "            randomisation inference side by side" },
  { "import", cmd_import, "adjacency matrices from a spreadsheet (comma, semicolon or tab\n"
    "            separated), one a wave, into a ties.csv" },
  { "export", cmd_export, "the network as GraphML (Gephi, NetworkX, igraph, yEd)" },
  { "render", cmd_render,
    "pictures (SVG, PNG): the two waves, the mixing heatmaps, the study" },
  { "measures", cmd_measures, "the names of the whole-network measures" },
  { "keygen", cmd_keygen, "a new key for --pseudonymise (publishing without ids)" },
};

static void
print_program_help (FILE *f)
{
  fprintf (f, "Usage: nrpnet COMMAND [OPTION...]\n"
              "Social-connectivity network analysis for place-based public health.\n\n"
              "Commands:\n");
  for (gsize k = 0; k < G_N_ELEMENTS (commands); k++)
    fprintf (f, "  %-9s %s\n", commands[k].name, commands[k].what);
  fprintf (f, "\nRun 'nrpnet COMMAND --help' for the options of a command.\n"
              "Exit status: 0 success, 1 bad input data, 2 bad usage.\n\n"
              "Options:\n"
              "  -h, --help       show this help\n"
              "  -V, --version    show the version\n");
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");

  if (argc < 2)
    {
      print_program_help (stderr);
      return EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0
      || strcmp (argv[1], "help") == 0)
    {
      print_program_help (stdout);
      return EXIT_OK;
    }
  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("nrpnet %s\n", nrp_version ());
      return EXIT_OK;
    }
  for (gsize k = 0; k < G_N_ELEMENTS (commands); k++)
    if (strcmp (argv[1], commands[k].name) == 0)
      return commands[k].run (argc - 1, argv + 1);

  fprintf (stderr, "nrpnet: unknown command '%s'\n\n", argv[1]);
  print_program_help (stderr);
  return EXIT_USAGE;
}
