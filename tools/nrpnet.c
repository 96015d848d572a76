/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet.c: the command-line program.
 *
 *   nrpnet summary --actors FILE --ties FILE [options]
 *   nrpnet summary --sample
 *
 * Exit codes: 0 success; 1 bad data (the message, with file, line and
 * column, on stderr); 2 bad usage.
 */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <nrpnet.h>

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

static const char *program_summary =
  "Commands:\n"
  "  summary   per-wave measures of a network: actors, ties, density, mean degree,\n"
  "            components, isolates, transitivity, and each actor's degree\n"
  "\n"
  "Run 'nrpnet COMMAND --help' for the options of a command.\n"
  "Exit status: 0 success, 1 bad input data, 2 bad usage.";

/* ---- Input options shared by the commands -------------------------------- */

typedef struct {
  char *actors;
  char *ties;
  gboolean directed;
  char *sector_column;
  char *sectors;
  gboolean sectors_closed;
  char *missing;
  char *presence_prefix;
  gboolean merge_duplicates;
  gboolean sample;
  char *format;
  char *output;
  gint top;
} InputArgs;

static void
input_args_clear (InputArgs *a)
{
  g_free (a->actors);
  g_free (a->ties);
  g_free (a->sector_column);
  g_free (a->sectors);
  g_free (a->missing);
  g_free (a->presence_prefix);
  g_free (a->format);
  g_free (a->output);
}

static GOptionGroup *
input_group (InputArgs *a)
{
  GOptionEntry entries[] = {
    { "actors", 'a', 0, G_OPTION_ARG_FILENAME, &a->actors,
      "actors.csv: columns id, a sector column, optional area, any others", "FILE" },
    { "ties", 't', 0, G_OPTION_ARG_FILENAME, &a->ties,
      "ties.csv: columns source, target, wave, optional weight and type", "FILE" },
    { "directed", 'd', 0, G_OPTION_ARG_NONE, &a->directed,
      "ties are directed (source names target); undirected by default", NULL },
    { "sector-column", 0, 0, G_OPTION_ARG_STRING, &a->sector_column,
      "name of the sector column of actors.csv (default: sector)", "NAME" },
    { "sectors", 0, 0, G_OPTION_ARG_FILENAME, &a->sectors,
      "sectors.csv (sector, label, power) replacing the built-in NRP taxonomy", "FILE" },
    { "sectors-closed", 0, 0, G_OPTION_ARG_NONE, &a->sectors_closed,
      "a sector not listed in --sectors is an error", NULL },
    { "missing", 'm', 0, G_OPTION_ARG_FILENAME, &a->missing,
      "missing.csv (source, target, wave): dyads not observed (non-response)", "FILE" },
    { "presence-prefix", 0, 0, G_OPTION_ARG_STRING, &a->presence_prefix,
      "read per-wave presence from actors.csv columns PREFIX1, PREFIX2... (1/0)", "PREFIX" },
    { "merge-duplicates", 0, 0, G_OPTION_ARG_NONE, &a->merge_duplicates,
      "keep one copy of a tie listed twice in a wave (and of a-b listed as b-a when "
      "undirected); the count is reported", NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &a->sample,
      "use the bundled synthetic sample study instead of --actors/--ties", NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &a->format,
      "output format: text (default) or json", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &a->output,
      "write the report to FILE instead of standard output", "FILE" },
    { NULL }
  };
  GOptionGroup *g = g_option_group_new ("input", "Input options:", "Show input options",
                                        NULL, NULL);
  g_option_group_add_entries (g, entries);
  return g;
}

/* Loads the network the arguments describe; exits through the return code. */
static int
load_network (InputArgs *a, const char *command, NrpNetwork **out)
{
  g_autoptr (NrpLoadOptions) opt = NULL;
  g_autoptr (GError) error = NULL;

  if (a->sample)
    {
      if (a->actors != NULL || a->ties != NULL)
        {
          fprintf (stderr, "nrpnet %s: --sample cannot be combined with --actors/--ties\n",
                   command);
          return EXIT_USAGE;
        }
      *out = nrp_network_load_sample (&error);
    }
  else
    {
      if (a->actors == NULL || a->ties == NULL)
        {
          fprintf (stderr,
                   "nrpnet %s: both --actors FILE and --ties FILE are required "
                   "(or --sample)\nTry 'nrpnet %s --help'.\n",
                   command, command);
          return EXIT_USAGE;
        }
      if (a->sectors_closed && a->sectors == NULL)
        {
          fprintf (stderr, "nrpnet %s: --sectors-closed needs --sectors FILE\n", command);
          return EXIT_USAGE;
        }
      opt = nrp_load_options_new ();
      nrp_load_options_set_directed (opt, a->directed);
      if (a->sector_column != NULL)
        {
          if (*a->sector_column == '\0')
            {
              fprintf (stderr, "nrpnet %s: --sector-column needs a name\n", command);
              return EXIT_USAGE;
            }
          nrp_load_options_set_sector_column (opt, a->sector_column);
        }
      nrp_load_options_set_sectors_file (opt, a->sectors, a->sectors_closed);
      nrp_load_options_set_missing_file (opt, a->missing);
      nrp_load_options_set_presence_prefix (opt, a->presence_prefix);
      nrp_load_options_set_merge_duplicates (opt, a->merge_duplicates);
      *out = nrp_network_load (a->actors, a->ties, opt, &error);
    }
  if (*out == NULL)
    {
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      return EXIT_DATA;
    }
  return EXIT_OK;
}

/* ---- Text output --------------------------------------------------------- */

static void
put_number (GString *s, double v, int decimals, int width)
{
  if (isnan (v))
    g_string_append_printf (s, " %*s", width, "n/a");
  else
    g_string_append_printf (s, " %*.*f", width, decimals, v);
}

typedef struct {
  guint actor;
  guint degree;
} Ranked;

static int
ranked_cmp (const void *pa, const void *pb)
{
  const Ranked *a = pa, *b = pb;
  if (a->degree != b->degree)
    return a->degree > b->degree ? -1 : 1;
  return a->actor < b->actor ? -1 : (a->actor > b->actor);
}

static char *
summary_text (const NrpSummary *s, const NrpNetwork *net, gboolean sample, gint top)
{
  GString *out = g_string_new (NULL);
  guint nw = nrp_summary_n_waves (s);
  const int W = 11;

  g_string_append_printf (out, "nrpnet %s summary%s\n\n", nrp_version (),
                          sample ? " of the bundled sample study (synthetic data)" : "");
  g_string_append_printf (out, "Network: %u actors, %s ties, %u wave%s, %u sector%s",
                          nrp_network_n_actors (net),
                          nrp_network_is_directed (net) ? "directed" : "undirected", nw,
                          nw == 1 ? "" : "s", nrp_network_n_sectors (net),
                          nrp_network_n_sectors (net) == 1 ? "" : "s");
  if (nrp_network_n_merged (net) > 0)
    g_string_append_printf (out, "; %u duplicate rows merged", nrp_network_n_merged (net));
  g_string_append (out, "\n\nSectors\n");
  g_string_append_printf (out, "  %-24s %-24s %5s %7s\n", "sector", "label", "power", "actors");
  for (guint k = 0; k < nrp_network_n_sectors (net); k++)
    {
      gint power;
      g_autofree char *p = nrp_network_sector_power (net, k, &power)
                             ? g_strdup_printf ("%d", power)
                             : g_strdup ("-");
      g_string_append_printf (out, "  %-24s %-24s %5s %7u\n", nrp_network_sector_name (net, k),
                              nrp_network_sector_label (net, k), p,
                              nrp_network_sector_size (net, k));
    }

  g_string_append_printf (out, "\nWhole network by wave\n  %-26s", "wave");
  for (guint w = 1; w <= nw; w++)
    g_string_append_printf (out, " %*u", W, w);
  g_string_append_c (out, '\n');

#define ROW_INT(label, field)                                                                \
  do                                                                                         \
    {                                                                                        \
      g_string_append_printf (out, "  %-26s", label);                                        \
      for (guint w = 1; w <= nw; w++)                                                        \
        g_string_append_printf (out, " %*" G_GUINT64_FORMAT, W,                              \
                                (guint64) nrp_summary_get_wave (s, w)->field);               \
      g_string_append_c (out, '\n');                                                         \
    }                                                                                        \
  while (0)
#define ROW_REAL(label, field, decimals)                                                     \
  do                                                                                         \
    {                                                                                        \
      g_string_append_printf (out, "  %-26s", label);                                        \
      for (guint w = 1; w <= nw; w++)                                                        \
        put_number (out, nrp_summary_get_wave (s, w)->field, decimals, W);                   \
      g_string_append_c (out, '\n');                                                         \
    }                                                                                        \
  while (0)

  ROW_INT ("actors present", actors_present);
  ROW_INT ("ties", ties);
  ROW_INT ("observed dyads", observed_dyads);
  ROW_INT ("missing dyads", missing_dyads);
  ROW_REAL ("density", density, 5);
  ROW_REAL ("mean degree", mean_degree, 3);
  ROW_INT ("components", components);
  ROW_INT ("largest component", largest_component);
  ROW_REAL ("largest component share", largest_component_share, 3);
  ROW_INT ("isolates", isolates);
  ROW_REAL ("transitivity", transitivity, 4);
  if (nrp_network_is_directed (net))
    ROW_INT ("mutual dyads", mutual_dyads);
  ROW_INT ("max degree", max_degree);
  if (nrp_network_is_directed (net))
    {
      ROW_INT ("max in-degree", max_in_degree);
      ROW_INT ("max out-degree", max_out_degree);
    }
  ROW_INT ("ties within sectors (I)", ties_within_sector);
  ROW_INT ("ties across sectors (E)", ties_cross_sector);
  ROW_REAL ("E-I index", ei_index, 4);
#undef ROW_INT
#undef ROW_REAL

  if (top > 0)
    {
      guint n = nrp_network_n_actors (net);
      g_autofree Ranked *r = g_new (Ranked, MAX (n, 1));
      for (guint w = 1; w <= nw; w++)
        {
          const guint *deg = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
          guint m = 0;
          for (guint i = 0; i < n; i++)
            if (nrp_network_actor_present (net, i, w))
              {
                r[m].actor = i;
                r[m].degree = deg[i];
                m++;
              }
          qsort (r, m, sizeof *r, ranked_cmp);
          g_string_append_printf (out, "\nHighest degree, wave %u%s\n", w,
                                  nrp_network_is_directed (net) ? " (in + out)" : "");
          for (guint k = 0; k < m && k < (guint) top; k++)
            g_string_append_printf (
              out, "  %-24s %-20s %6u\n", nrp_network_actor_id (net, r[k].actor),
              nrp_network_sector_name (net, nrp_network_actor_sector (net, r[k].actor)),
              r[k].degree);
        }
    }
  return g_string_free (out, FALSE);
}

/* ---- Commands ------------------------------------------------------------ */

static int
write_output (const char *path, const char *text)
{
  g_autoptr (GError) error = NULL;
  if (path == NULL)
    {
      fputs (text, stdout);
      return fflush (stdout) == 0 ? EXIT_OK : EXIT_DATA;
    }
  if (!g_file_set_contents (path, text, -1, &error))
    {
      fprintf (stderr, "nrpnet: error: cannot write %s: %s\n", path, error->message);
      return EXIT_DATA;
    }
  return EXIT_OK;
}

static int
cmd_summary (int argc, char **argv)
{
  InputArgs a = { 0 };
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autofree char *text = NULL;
  int rc;
  GOptionEntry extra[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &a.top,
      "list the N actors of highest degree per wave in text output (default 5; 0: none)", "N" },
    { NULL }
  };

  a.top = 5;
  g_set_prgname ("nrpnet summary");
  ctx = g_option_context_new ("- per-wave measures of a network");
  g_option_context_set_summary (
    ctx,
    "For each wave: actors present, ties, observed dyads, density (ties / observed\n"
    "dyads), mean degree, weak components and the share of actors in the largest,\n"
    "isolates, transitivity (global clustering), and each actor's degree (in JSON).\n"
    "\n"
    "Examples:\n"
    "  nrpnet summary --sample\n"
    "  nrpnet summary --actors actors.csv --ties ties.csv --directed --format json\n"
    "  nrpnet summary -a actors.csv -t ties.csv --sector-column group --missing missing.csv");
  g_option_context_set_description (
    ctx, "Exit status: 0 success, 1 bad input data (file:line:column: message on stderr),\n"
         "2 bad usage. The README describes the input format and every measure.");
  g_option_context_set_main_group (ctx, input_group (&a));
  g_option_context_add_main_entries (ctx, extra, NULL);
  if (!g_option_context_parse (ctx, &argc, &argv, &error))
    {
      fprintf (stderr, "nrpnet summary: %s\nTry 'nrpnet summary --help'.\n", error->message);
      input_args_clear (&a);
      return EXIT_USAGE;
    }
  if (argc > 1)
    {
      fprintf (stderr, "nrpnet summary: unexpected argument '%s'\nTry 'nrpnet summary --help'.\n",
               argv[1]);
      input_args_clear (&a);
      return EXIT_USAGE;
    }
  if (a.format != NULL && strcmp (a.format, "text") != 0 && strcmp (a.format, "json") != 0)
    {
      fprintf (stderr, "nrpnet summary: unknown --format '%s' (use text or json)\n", a.format);
      input_args_clear (&a);
      return EXIT_USAGE;
    }
  if (a.top < 0)
    {
      fprintf (stderr, "nrpnet summary: --top must be 0 or more\n");
      input_args_clear (&a);
      return EXIT_USAGE;
    }

  rc = load_network (&a, "summary", &net);
  if (rc == EXIT_OK)
    {
      s = nrp_summary_compute (net, &error);
      if (s == NULL)
        {
          fprintf (stderr, "nrpnet: error: %s\n", error->message);
          rc = EXIT_DATA;
        }
    }
  if (rc == EXIT_OK)
    {
      if (a.format != NULL && strcmp (a.format, "json") == 0)
        {
          g_autofree char *json = nrp_summary_to_json (s, net, TRUE);
          text = g_strconcat (json, "\n", NULL);
        }
      else
        text = summary_text (s, net, a.sample, a.top);
      rc = write_output (a.output, text);
    }
  input_args_clear (&a);
  return rc;
}

static void
print_program_help (FILE *f)
{
  fprintf (f,
           "Usage: nrpnet COMMAND [OPTION...]\n"
           "Social-connectivity network analysis for place-based public health.\n\n%s\n\n"
           "Options:\n"
           "  -h, --help       show this help\n"
           "  -V, --version    show the version\n",
           program_summary);
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
  if (strcmp (argv[1], "summary") == 0)
    return cmd_summary (argc - 1, argv + 1);

  fprintf (stderr, "nrpnet: unknown command '%s'\n\n", argv[1]);
  print_program_help (stderr);
  return EXIT_USAGE;
}
