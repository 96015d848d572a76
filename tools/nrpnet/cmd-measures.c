/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-measures.c: nrpnet measures, the whole-network measures by name.
 */
#include "config.h"

#include <string.h>

#include "cli.h"

int
cmd_measures (int argc, char **argv)
{
  if (argc > 1 && (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0))
    {
      printf ("Usage: nrpnet measures\n\nLists the whole-network measures by the names "
              "that 'nrpnet compare --measures'\nand 'nrpnet study --measures' take (the "
              "JSON report's names).\n");
      return EXIT_OK;
    }
  if (argc > 1)
    {
      fprintf (stderr, "nrpnet measures: unexpected argument '%s'\n", argv[1]);
      return EXIT_USAGE;
    }
  for (guint k = 0; k < nrp_measure_count (); k++)
    printf ("%-28s %s%s\n", nrp_measure_name (k), nrp_measure_description (k),
            nrp_measure_is_costly (k) ? " (all shortest paths: slow to bootstrap)" : "");
  return EXIT_OK;
}
