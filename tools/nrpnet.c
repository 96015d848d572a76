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
#include <unistd.h>

#include <nrpnet.h>

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

static const char *program_summary =
  "Commands:\n"
  "  summary   per-wave measures of a network: actors, ties, density, mean degree,\n"
  "            components, isolates, transitivity, E-I index, each actor's degree\n"
  "  report    every measure: the summary; cross-sector connectivity (bonding,\n"
  "            bridging and linking ties, mixing matrix, E-I by sector and actor\n"
  "            with a permutation test, assortativity, modularity, ego\n"
  "            heterogeneity); centrality and cross-sector betweenness;\n"
  "            Gould-Fernandez brokerage; structural holes and bridges;\n"
  "            communities\n"
  "  compare   how the network changed between waves: turnover, the tie change\n"
  "            table (formed, dissolved, kept), Hamming distance, Jaccard index,\n"
  "            for all and for cross-sector ties; change by sector pair; each\n"
  "            measure's change with a bootstrap interval; each actor's change\n"
  "  study     intervention against comparator areas: each area's measures\n"
  "            and outcomes, the difference in differences with a\n"
  "            randomisation test and interval\n"
  "  export    the network as GraphML (Gephi, NetworkX, igraph, yEd)\n"
  "  render    pictures (SVG, PNG): the two waves, the mixing heatmaps, the study\n"
  "  measures  the names of the whole-network measures\n"
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
  char *area;
  gboolean with_regional;
  gboolean quiet;
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
  g_free (a->area);
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
    { "area", 0, 0, G_OPTION_ARG_STRING, &a->area,
      "analyse only the actors of area NAME (actors.csv column area) and their ties", "NAME" },
    { "with-regional", 0, 0, G_OPTION_ARG_NONE, &a->with_regional,
      "with --area (and in a study): also keep the regional actors, those with no area",
      NULL },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &a->format,
      "output format: text (default), json, or csv (report, compare, study)", "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &a->output,
      "write the report to FILE (text, json) or the tables into directory DIR (csv)",
      "FILE|DIR" },
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
  if (*out != NULL && a->area != NULL)
    {
      NrpNetwork *sub = nrp_network_area (*out, a->area, a->with_regional, &error);
      nrp_network_free (*out);
      *out = sub;
    }
  if (*out == NULL)
    {
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      return EXIT_DATA;
    }
  return EXIT_OK;
}

/* ---- Progress on stderr ------------------------------------------------- */

/*
 * A bar on stderr for work that takes more than a second, drawn only when
 * stderr is a terminal and --quiet was not given.
 */
typedef struct {
  gboolean enabled;
  gint64 start;
  int shown;      /* percentage drawn last, -1 before the first */
  const char *what;
} Progress;

static void
progress_init (Progress *p, const InputArgs *a, const char *what)
{
  p->enabled = !a->quiet && isatty (fileno (stderr));
  p->start = g_get_monotonic_time ();
  p->shown = -1;
  p->what = what;
}

static void
progress_update (double done, gpointer data)
{
  Progress *p = data;
  int pct = (int) floor (done * 100 + 1e-6);
  if (!p->enabled || pct == p->shown || g_get_monotonic_time () - p->start < G_USEC_PER_SEC)
    return;
  p->shown = pct;
  fprintf (stderr, "\r%s [%-40.*s] %3d%%", p->what, pct * 40 / 100,
           "########################################", pct);
  fflush (stderr);
}

static void
progress_done (Progress *p)
{
  if (p->enabled && p->shown >= 0)
    fprintf (stderr, "\r%*s\r", (int) strlen (p->what) + 48, "");
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

/* The width of a wave's column in the per-wave tables. */
#define WAVE_COLUMN 11

/* The title and the "wave 1 2 ..." line of a per-wave table. */
static void
wave_header (GString *out, const char *title, guint nw)
{
  g_string_append_printf (out, "\n%s\n  %-26s", title, "wave");
  for (guint w = 1; w <= nw; w++)
    g_string_append_printf (out, " %*u", WAVE_COLUMN, w);
  g_string_append_c (out, '\n');
}

/* A row of a per-wave table; @value is an expression of the wave w. */
#define WAVE_ROW_INT(out, label, nw, value)                                                  \
  do                                                                                         \
    {                                                                                        \
      g_string_append_printf (out, "  %-26s", label);                                        \
      for (guint w = 1; w <= (nw); w++)                                                      \
        g_string_append_printf (out, " %*" G_GUINT64_FORMAT, WAVE_COLUMN, (guint64) (value)); \
      g_string_append_c (out, '\n');                                                         \
    }                                                                                        \
  while (0)
#define WAVE_ROW_REAL(out, label, nw, value, decimals)                                       \
  do                                                                                         \
    {                                                                                        \
      g_string_append_printf (out, "  %-26s", label);                                        \
      for (guint w = 1; w <= (nw); w++)                                                      \
        put_number (out, (value), decimals, WAVE_COLUMN);                                    \
      g_string_append_c (out, '\n');                                                         \
    }                                                                                        \
  while (0)

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

  wave_header (out, "Whole network by wave", nw);
#define ROW_INT(label, field) WAVE_ROW_INT (out, label, nw, nrp_summary_get_wave (s, w)->field)
#define ROW_REAL(label, field, decimals)                                                     \
  WAVE_ROW_REAL (out, label, nw, nrp_summary_get_wave (s, w)->field, decimals)
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

typedef enum { CMD_SUMMARY, CMD_REPORT, CMD_COMPARE } Command;

/* A number with a sign, or n/a, in @width characters. */
static void
put_signed (GString *s, double v, int decimals, int width)
{
  if (isnan (v))
    g_string_append_printf (s, " %*s", width, "n/a");
  else
    g_string_append_printf (s, " %+*.*f", width, decimals, v);
}

/* The measures' change with its uncertainty, and who gained most. */
static void
estimates_text (GString *out, const NrpChange *c, const NrpNetwork *net)
{
  guint nm = nrp_change_n_measures (c), top = 0;
  const NrpChangeSummary *s = nrp_change_get_summary (c);
  g_autofree guint *best = g_new (guint, nrp_network_n_actors (net) + 1);

  if (nm > 0)
    {
      g_string_append_printf (out,
                              "\n  Change of each measure, with its %g%% actor-bootstrap "
                              "interval (%u replicates)\n  and, for measures of the sectors, "
                              "a label-permutation p-value:\n",
                              nrp_change_get_confidence (c) * 100, nrp_change_get_bootstrap (c));
      g_string_append_printf (out, "  %-26s %10s %10s %10s %25s %7s\n", "measure", "wave",
                              "wave", "change", "interval", "p");
      g_string_append_printf (out, "  %-26s %10u %10u\n", "", s->from_wave, s->to_wave);
      for (guint k = 0; k < nm; k++)
        {
          const NrpMeasureChange *m = nrp_change_get_measure (c, k);
          g_string_append_printf (out, "  %-26.26s", nrp_measure_name (m->measure));
          put_number (out, m->from, 4, 10);
          put_number (out, m->to, 4, 10);
          put_signed (out, m->delta, 4, 10);
          if (isnan (m->ci_low))
            g_string_append_printf (out, " %25s", "n/a");
          else
            {
              g_autofree char *iv = g_strdup_printf ("[%+.4f, %+.4f]", m->ci_low, m->ci_high);
              g_string_append_printf (out, " %25s", iv);
            }
          put_number (out, m->p_value, 3, 7);
          g_string_append_c (out, '\n');
        }
    }
  for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
    {
      const double *x = nrp_change_get_actor_values (c, m, FALSE);
      const double *y = nrp_change_get_actor_values (c, m, TRUE);
      guint n = nrp_change_top_gainers (c, m, best);
      if (x == NULL)
        break;
      if (top++ == 0)
        g_string_append (out, "\n  Actors present at both waves who gained most:\n");
      g_string_append_printf (out, "  %-12s", nrp_actor_measure_name (m));
      if (n == 0)
        g_string_append (out, " nobody");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (out, "%s %s (%+.*f)", i ? "," : "",
                                nrp_network_actor_id (net, best[i]),
                                m == NRP_ACTOR_DEGREE || m == NRP_ACTOR_BROKERAGE ? 0
                                : m == NRP_ACTOR_EI_INDEX                         ? 3
                                                                                  : 1,
                                y[best[i]] - x[best[i]]);
      g_string_append_c (out, '\n');
    }
}

static void
change_text (GString *out, NrpChange *const *changes, guint n, const NrpNetwork *net)
{
  guint ns = nrp_network_n_sectors (net);
  for (guint k = 0; k < n; k++)
    {
      const NrpChangeSummary *s = nrp_change_get_summary (changes[k]);
      const NrpChangeTable *a = &s->all, *x = &s->cross_sector;
      const guint *formed = nrp_change_get_matrix (changes[k], NRP_CHANGE_FORMED);
      const guint *dissolved = nrp_change_get_matrix (changes[k], NRP_CHANGE_DISSOLVED);
      g_string_append_printf (out, "\nWave %u -> wave %u\n", s->from_wave, s->to_wave);
      g_string_append_printf (out, "  actors: %u entered, %u left, %u stayed\n",
                              s->actors_entered, s->actors_left, s->actors_stayed);
      g_string_append_printf (out, "  dyads observed at both waves: %" G_GUINT64_FORMAT
                                   " (%" G_GUINT64_FORMAT " unobserved left out)\n",
                              a->n00 + a->n01 + a->n10 + a->n11, s->missing_dyads);
      g_string_append_printf (out, "  %-22s %12s %14s\n", "", "all ties", "cross-sector");
#define ROW(label, f)                                                                         \
  g_string_append_printf (out, "  %-22s %12" G_GUINT64_FORMAT " %14" G_GUINT64_FORMAT "\n", \
                          label, a->f, x->f)
      ROW ("0 -> 0 (no tie)", n00);
      ROW ("0 -> 1 (formed)", n01);
      ROW ("1 -> 0 (dissolved)", n10);
      ROW ("1 -> 1 (kept)", n11);
      ROW ("Hamming distance", hamming);
#undef ROW
      g_string_append_printf (out, "  %-22s", "Jaccard");
      put_number (out, a->jaccard, 3, 12);
      put_number (out, x->jaccard, 3, 14);
      g_string_append (out, "\n  (Jaccard, RSiena's rule of thumb: .3 and above good, below .2 "
                            "low, below .1 quite low)\n");
      g_string_append_printf (out, "  ties formed (dissolved) by sector pair%s:\n",
                              nrp_network_is_directed (net) ? ", from row to column" : "");
      g_string_append_printf (out, "  %-18s", "");
      for (guint b = 0; b < ns; b++)
        g_string_append_printf (out, " %12.12s", nrp_network_sector_name (net, b));
      g_string_append_c (out, '\n');
      for (guint r = 0; r < ns; r++)
        {
          g_string_append_printf (out, "  %-18.18s", nrp_network_sector_name (net, r));
          for (guint c = 0; c < ns; c++)
            {
              g_autofree char *cell = g_strdup_printf ("%u (%u)", formed[(gsize) r * ns + c],
                                                       dissolved[(gsize) r * ns + c]);
              g_string_append_printf (out, " %12s", cell);
            }
          g_string_append_c (out, '\n');
        }
      estimates_text (out, changes[k], net);
    }
}

/* Parses "A,B" into two waves; FALSE when malformed. */
static gboolean
parse_waves (const char *s, guint *a, guint *b)
{
  g_auto (GStrv) parts = g_strsplit (s, ",", -1);
  guint64 x, y;
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, 1000, &x, NULL)
      || !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1, 1000, &y, NULL) || x == y)
    return FALSE;
  *a = (guint) x;
  *b = (guint) y;
  return TRUE;
}

/* Articulation points of @wave. */
static guint
count_articulation (const NrpStructure *st, const NrpNetwork *net, guint wave)
{
  guint k = 0;
  for (guint i = 0; i < nrp_network_n_actors (net); i++)
    k += nrp_structure_get_articulation (st, wave)[i];
  return k;
}

/* The mean of the defined (not NaN) values of @v, NaN if there are none. */
static double
mean_defined (const double *v, guint n)
{
  double sum = 0;
  guint k = 0;
  for (guint i = 0; i < n; i++)
    if (!isnan (v[i]))
      {
        sum += v[i];
        k++;
      }
  return k ? sum / k : NAN;
}

static void
structure_text (GString *out, const NrpStructure *st, const NrpNetwork *net)
{
  guint nw = nrp_network_n_waves (net), n = nrp_network_n_actors (net);
  wave_header (out, "Structural holes and bridges by wave", nw);
  WAVE_ROW_INT (out, "bridges", nw, nrp_structure_n_bridges (st, w));
  WAVE_ROW_INT (out, "articulation points", nw, count_articulation (st, net, w));
  WAVE_ROW_INT (out, "local bridges", nw, nrp_structure_n_local_bridges (st, w));
  WAVE_ROW_REAL (out, "mean constraint", nw,
                 mean_defined (nrp_structure_get_holes (st, w, NRP_HOLES_CONSTRAINT), n), 4);
}

static void
communities_text (GString *out, const NrpCommunities *cm, const NrpNetwork *net)
{
  guint nw = nrp_network_n_waves (net);
  wave_header (out, "Communities by wave (direction ignored)", nw);
  for (guint k = 0; k < 2; k++)
    {
      WAVE_ROW_INT (out, k ? "multilevel communities" : "Leiden communities", nw,
                    nrp_communities_count (cm, w, k));
      WAVE_ROW_REAL (out, "  modularity", nw, nrp_communities_modularity (cm, w, k), 4);
      WAVE_ROW_REAL (out, "  NMI with the sectors", nw, nrp_communities_nmi (cm, w, k), 4);
    }
}

static void
brokerage_text (GString *out, const NrpBrokerage *br, const NrpNetwork *net)
{
  for (guint w = 1; w <= nrp_network_n_waves (net); w++)
    {
      g_string_append_printf (out,
                              "\nBrokerage (Gould-Fernandez), wave %u\n  %-16s %10s %12s %8s\n", w,
                              "role", "count", "expected", "z");
      for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
        {
          g_string_append_printf (out, "  %-16s %10.0f", nrp_broker_role_name (r),
                                  nrp_brokerage_network (br, w, r, NRP_BROKER_COUNT));
          put_number (out, nrp_brokerage_network (br, w, r, NRP_BROKER_EXPECTED), 1, 12);
          put_number (out, nrp_brokerage_network (br, w, r, NRP_BROKER_Z), 2, 8);
          g_string_append_c (out, '\n');
        }
    }
}

static void
centrality_text (GString *out, const NrpCentrality *c, const NrpNetwork *net, guint top)
{
  guint nw = nrp_network_n_waves (net), ns = nrp_network_n_sectors (net);
  g_autofree guint *best = g_new (guint, MAX (top, 1));
  static const NrpCentralityMeasure ranked[] = { NRP_CENTRALITY_BETWEENNESS,
                                                 NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS };

  wave_header (out, "Centralization (Freeman) by wave", nw);
  WAVE_ROW_REAL (out, "degree", nw, nrp_centrality_get_wave (c, w)->centralization_degree, 4);
  WAVE_ROW_REAL (out, "betweenness", nw,
                 nrp_centrality_get_wave (c, w)->centralization_betweenness, 4);
  WAVE_ROW_REAL (out, "closeness", nw, nrp_centrality_get_wave (c, w)->centralization_closeness,
                 4);

  for (guint w = 1; w <= nw; w++)
    {
      g_string_append_printf (out,
                              "\nCentrality by sector, wave %u%s (mean; max in brackets)\n"
                              "  %-18s %22s %22s %18s\n",
                              w, nrp_centrality_is_weighted (c) ? ", weighted" : "", "sector",
                              "betweenness", "cross-sector betw.", "eigenvector");
      for (guint k = 0; k < ns; k++)
        {
          double mean, median, max;
          g_string_append_printf (out, "  %-18.18s", nrp_network_sector_name (net, k));
          nrp_centrality_sector_summary (c, net, w, NRP_CENTRALITY_BETWEENNESS, k, &mean, &median,
                                         &max);
          g_string_append_printf (out, " %10.1f (%9.1f)", mean, max);
          nrp_centrality_sector_summary (c, net, w, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS, k,
                                         &mean, &median, &max);
          g_string_append_printf (out, " %10.1f (%9.1f)", mean, max);
          nrp_centrality_sector_summary (c, net, w, NRP_CENTRALITY_EIGENVECTOR, k, &mean, &median,
                                         &max);
          g_string_append_printf (out, " %8.4f (%6.4f)\n", mean, max);
        }
      for (guint r = 0; r < G_N_ELEMENTS (ranked) && top > 0; r++)
        {
          guint n = nrp_centrality_top (c, w, ranked[r], top, best);
          const double *v = nrp_centrality_get (c, w, ranked[r]);
          g_string_append_printf (out, "  highest %s:",
                                  ranked[r] == NRP_CENTRALITY_BETWEENNESS
                                    ? "betweenness"
                                    : "cross-sector betweenness");
          for (guint i = 0; i < n; i++)
            g_string_append_printf (out, "%s %s (%.1f)", i ? "," : "",
                                    nrp_network_actor_id (net, best[i]), v[best[i]]);
          g_string_append_c (out, '\n');
        }
    }
}

static void
mixing_text (GString *out, const NrpMixing *mx, const NrpNetwork *net)
{
  guint nw = nrp_mixing_n_waves (mx), ns = nrp_network_n_sectors (net);

  wave_header (out, "Cross-sector connectivity by wave", nw);
#define ROW_INT(label, field) WAVE_ROW_INT (out, label, nw, nrp_mixing_get_wave (mx, w)->field)
#define ROW_REAL(label, field, decimals)                                                     \
  WAVE_ROW_REAL (out, label, nw, nrp_mixing_get_wave (mx, w)->field, decimals)
  ROW_INT ("bonding ties", ties_bonding);
  ROW_INT ("bridging ties", ties_bridging);
  ROW_INT ("linking ties", ties_linking);
  ROW_REAL ("bonding share", share_bonding, 4);
  ROW_REAL ("bridging share", share_bridging, 4);
  ROW_REAL ("linking share", share_linking, 4);
  ROW_REAL ("E-I index", ei_index, 4);
  ROW_REAL ("E-I expected (random)", ei_index_expected, 4);
  ROW_REAL ("E-I p-value", ei_index_p_value, 4);
  ROW_REAL ("assortativity", assortativity, 4);
  ROW_REAL ("sector modularity", sector_modularity, 4);
#undef ROW_INT
#undef ROW_REAL
  if (nw > 0 && nrp_mixing_get_wave (mx, 1)->permutations > 0)
    g_string_append_printf (out, "  (p-values: two-sided, %u label permutations)\n",
                            nrp_mixing_get_wave (mx, 1)->permutations);

  for (guint w = 1; w <= nw; w++)
    {
      const guint *c = nrp_mixing_get_counts (mx, w);
      const double *once = nrp_mixing_get_sector_ei (mx, w, NRP_EI_EACH_TIE_ONCE);
      const double *rows = nrp_mixing_get_sector_ei (mx, w, NRP_EI_ROW_SUMS);
      g_string_append_printf (out, "\nSector mixing, wave %u (%s)\n  %-18s", w,
                              nrp_network_is_directed (net)
                                ? "ties from the row's sector to the column's"
                                : "ties; a tie between two sectors is in both its cells",
                              "");
      for (guint b = 0; b < ns; b++)
        g_string_append_printf (out, " %10.10s", nrp_network_sector_name (net, b));
      g_string_append_printf (out, " %9s %9s\n", "E-I", "E-I rows");
      for (guint a = 0; a < ns; a++)
        {
          g_string_append_printf (out, "  %-18.18s", nrp_network_sector_name (net, a));
          for (guint b = 0; b < ns; b++)
            g_string_append_printf (out, " %10u", c[(gsize) a * ns + b]);
          put_number (out, once[a], 4, 9);
          put_number (out, rows[a], 4, 9);
          g_string_append_c (out, '\n');
        }
    }
}

/* Parses the command line; prints what is wrong and returns EXIT_USAGE
 * for an unknown option or a stray argument. */
static int
parse_command_line (GOptionContext *ctx, const char *name, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, argc, argv, &error))
    {
      fprintf (stderr, "nrpnet %s: %s\n", name, error->message);
      return EXIT_USAGE;
    }
  if (*argc > 1)
    {
      fprintf (stderr, "nrpnet %s: unexpected argument '%s'\n", name, (*argv)[1]);
      return EXIT_USAGE;
    }
  return EXIT_OK;
}

static int
run_command (Command cmd, int argc, char **argv)
{
  const char *name = cmd == CMD_REPORT ? "report" : cmd == CMD_COMPARE ? "compare" : "summary";
  char *waves_arg = NULL;
  InputArgs a = { 0 };
  gint permutations = 999;
  gint64 seed = 1;
  gboolean weighted = FALSE;
  gint threads = 0;
  gint bootstrap = 1000;
  double confidence = 0.95;
  g_autofree char *measures_arg = NULL;
  g_autofree guint *measures = NULL;
  guint n_measures = 0;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpSummary) s = NULL;
  g_autoptr (NrpReport) report = NULL;
  g_autofree char *text = NULL;
  Progress progress;
  g_autofree char *prgname = g_strconcat ("nrpnet ", name, NULL);
  int rc;
  GOptionEntry extra[] = {
    { "top", 0, 0, G_OPTION_ARG_INT, &a.top,
      "list the N actors of highest degree per wave in text output (default 5; 0: none)", "N" },
    { NULL }
  };
  GOptionEntry report_extra[] = {
    { "permutations", 0, 0, G_OPTION_ARG_INT, &permutations,
      "label permutations for the E-I tests (default 999; 0: no test)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed,
      "seed of the random draws (default 1): the same seed gives the same results", "S" },
    { "weighted", 'w', 0, G_OPTION_ARG_NONE, &weighted,
      "use tie weights (strengths): path length 1/weight; eigenvector and PageRank weighted",
      NULL },
    { "threads", 0, 0, G_OPTION_ARG_INT, &threads,
      "threads for betweenness and closeness (default: one per processor)", "N" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &a.quiet,
      "no progress bar on stderr (it shows only on a terminal, after a second)", NULL },
    { NULL }
  };

  GOptionEntry compare_extra[] = {
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "compare waves A and B (default: every pair of consecutive waves)", "A,B" },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures_arg,
      "whole-network measures whose change is estimated, as the JSON report names them "
      "(default: all but centralization.betweenness and .closeness; 'all': every one)",
      "LIST" },
    { "bootstrap", 'b', 0, G_OPTION_ARG_INT, &bootstrap,
      "actor-bootstrap replicates for the confidence intervals (default 1000; 0: none)", "N" },
    { "confidence", 0, 0, G_OPTION_ARG_DOUBLE, &confidence,
      "confidence level of the intervals (default 0.95)", "LEVEL" },
    { NULL }
  };

  a.top = 5;
  g_set_prgname (prgname);
  if (cmd == CMD_COMPARE)
    {
      ctx = g_option_context_new ("- how a network changed between waves");
      g_option_context_set_summary (
        ctx,
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
        "\n"
        "Examples:\n"
        "  nrpnet compare --sample --area I01\n"
        "  nrpnet compare -a actors.csv -t ties.csv --directed --waves 1,3 --format json\n"
        "  nrpnet compare -a actors.csv -t ties.csv --measures ei_index,density -b 2000\n"
        "  nrpnet compare -a actors.csv -t ties.csv --format csv --output tables/");
    }
  else if (cmd == CMD_REPORT)
    {
      ctx = g_option_context_new ("- every measure of a network, wave by wave");
      g_option_context_set_summary (
        ctx,
        "The summary's measures, cross-sector connectivity (bonding, bridging and\n"
        "linking ties, the sector mixing matrix, the E-I index for the network, each\n"
        "sector and each actor with its expected value and a permutation p-value,\n"
        "assortativity, the modularity of the sector partition, each actor's Blau index,\n"
        "IQV and sector reach), centrality (degree, strength, betweenness,\n"
        "cross-sector betweenness, closeness, harmonic closeness, eigenvector,\n"
        "PageRank; by sector; the top actors; Freeman centralization), Gould-Fernandez\n"
        "brokerage with expected counts and z-scores, structural holes (constraint,\n"
        "effective size, efficiency, hierarchy), bridges, articulation points, local\n"
        "bridges, and communities (Leiden and multilevel, seeded by --seed).\n"
        "\n"
        "Examples:\n"
        "  nrpnet report --sample\n"
        "  nrpnet report -a actors.csv -t ties.csv --directed --format json > report.json\n"
        "  nrpnet report -a actors.csv -t ties.csv --format csv --output tables/");
    }
  else
    {
      ctx = g_option_context_new ("- per-wave measures of a network");
      g_option_context_set_summary (
        ctx,
        "For each wave: actors present, ties, observed dyads, density (ties / observed\n"
        "dyads), mean degree, weak components and the share of actors in the largest,\n"
        "isolates, transitivity (global clustering), mutual dyads, ties within and\n"
        "across sectors and the E-I index, the highest degrees, and each actor's degree.\n"
        "\n"
        "Examples:\n"
        "  nrpnet summary --sample\n"
        "  nrpnet summary --actors actors.csv --ties ties.csv --directed --format json\n"
        "  nrpnet summary -a actors.csv -t ties.csv --sector-column group --missing missing.csv");
    }
  g_option_context_set_description (
    ctx, cmd == CMD_REPORT
           ? "Formats: text (default), json (the report, to standard output or --output\n"
             "FILE), csv (spreadsheet tables waves.csv, actors.csv, mixing.csv,\n"
             "sectors.csv and bridges.csv in the directory --output DIR).\n"
             "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
             "stderr), 2 bad usage. The README describes the input format and every measure."
         : cmd == CMD_COMPARE
           ? "Formats: text (default), json (to standard output or --output FILE), csv\n"
             "(change.csv, change_matrix.csv, change_measures.csv and change_actors.csv in\n"
             "the directory --output DIR). Measure names are those of the JSON report:\n"
             "'nrpnet measures' lists them.\n"
             "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
             "stderr), 2 bad usage. The README describes the input format and every measure."
           : "Formats: text (default), json (to standard output or --output FILE); for\n"
             "spreadsheet tables use 'nrpnet report --format csv'.\n"
             "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
             "stderr), 2 bad usage. The README describes the input format and every measure.");
  g_option_context_set_main_group (ctx, input_group (&a));
  g_option_context_add_main_entries (ctx, extra, NULL);
  if (cmd == CMD_REPORT || cmd == CMD_COMPARE)
    g_option_context_add_main_entries (ctx, report_extra, NULL);
  if (cmd == CMD_COMPARE)
    g_option_context_add_main_entries (ctx, compare_extra, NULL);
  rc = parse_command_line (ctx, name, &argc, &argv);
  if (rc != EXIT_OK)
    ;
  else if (a.format != NULL && strcmp (a.format, "text") != 0 && strcmp (a.format, "json") != 0
           && (cmd == CMD_SUMMARY || strcmp (a.format, "csv") != 0))
    {
      fprintf (stderr, "nrpnet %s: unknown --format '%s' (use text, json%s)\n", name, a.format,
               cmd != CMD_SUMMARY ? " or csv" : "; csv tables come from 'nrpnet report'");
      rc = EXIT_USAGE;
    }
  else if (a.format != NULL && strcmp (a.format, "csv") == 0 && a.output == NULL)
    {
      fprintf (stderr, "nrpnet %s: --format csv needs --output DIR for its tables\n", name);
      rc = EXIT_USAGE;
    }
  else if (waves_arg != NULL && !parse_waves (waves_arg, &(guint){ 0 }, &(guint){ 0 }))
    {
      fprintf (stderr, "nrpnet %s: --waves takes two different waves, as in --waves 1,2\n",
               name);
      rc = EXIT_USAGE;
    }
  else if (a.top < 0 || permutations < 0 || permutations > 10000000 || threads < 0
           || threads > 1024 || bootstrap < 0 || bootstrap > 1000000 || !(confidence > 0)
           || !(confidence < 1))
    {
      fprintf (stderr, "nrpnet %s: --top must be 0 or more, --permutations 0 to 10000000, "
                       "--bootstrap 0 to 1000000, --threads 0 to 1024, --confidence between "
                       "0 and 1\n",
               name);
      rc = EXIT_USAGE;
    }
  else if (a.area == NULL && a.with_regional)
    {
      fprintf (stderr, "nrpnet %s: --with-regional needs --area NAME\n", name);
      rc = EXIT_USAGE;
    }
  else if (measures_arg != NULL
           && (measures = nrp_measure_parse_list (measures_arg, &n_measures, &error)) == NULL)
    {
      fprintf (stderr, "nrpnet %s: --measures: %s\n", name, error->message);
      rc = EXIT_USAGE;
    }
  if (rc != EXIT_OK)
    {
      fprintf (stderr, "Try 'nrpnet %s --help'.\n", name);
      input_args_clear (&a);
      g_free (waves_arg);
      return rc;
    }

  rc = load_network (&a, name, &net);
  if (rc == EXIT_OK && cmd == CMD_COMPARE)
    {
      g_autoptr (GPtrArray) changes
        = g_ptr_array_new_with_free_func ((GDestroyNotify) nrp_change_free);
      g_autoptr (NrpChangeOptions) co = nrp_change_options_new ();
      guint from = 1, to = 2;
      if (waves_arg != NULL)
        parse_waves (waves_arg, &from, &to);
      progress_init (&progress, &a, "bootstrap and permutations");
      nrp_change_options_set_bootstrap (co, (guint) bootstrap);
      nrp_change_options_set_permutations (co, (guint) permutations);
      nrp_change_options_set_seed (co, (guint64) seed);
      nrp_change_options_set_confidence (co, confidence);
      nrp_change_options_set_weighted (co, weighted);
      nrp_change_options_set_threads (co, (guint) threads);
      nrp_change_options_set_top (co, (guint) a.top);
      nrp_change_options_set_progress (co, progress_update, &progress);
      if (measures != NULL)
        nrp_change_options_set_measures (co, measures, n_measures);
      for (guint w = from; rc == EXIT_OK && (waves_arg != NULL ? w == from : w < nrp_network_n_waves (net)); w++)
        {
          NrpChange *c = nrp_change_compute_full (net, w, waves_arg != NULL ? to : w + 1, co,
                                                  &error);
          progress_done (&progress);
          if (c == NULL)
            {
              fprintf (stderr, "nrpnet: error: %s\n", error->message);
              rc = EXIT_DATA;
            }
          else
            g_ptr_array_add (changes, c);
        }
      if (rc == EXIT_OK && a.format != NULL && strcmp (a.format, "csv") == 0)
        {
          if (!nrp_change_write_csv (net, (NrpChange *const *) changes->pdata, changes->len,
                                     a.output, &error))
            {
              fprintf (stderr, "nrpnet: error: %s\n", error->message);
              rc = EXIT_DATA;
            }
        }
      else if (rc == EXIT_OK && a.format != NULL && strcmp (a.format, "json") == 0)
        {
          g_autofree char *json = nrp_change_to_json (net, (NrpChange *const *) changes->pdata,
                                                      changes->len, TRUE);
          text = g_strconcat (json, "\n", NULL);
          rc = write_output (a.output, text);
        }
      else if (rc == EXIT_OK)
        {
          GString *t = g_string_new (NULL);
          g_string_append_printf (t, "nrpnet %s comparison of waves%s%s%s\n", nrp_version (),
                                  a.area != NULL ? ", area " : "", a.area != NULL ? a.area : "",
                                  a.sample ? " of the bundled sample study (synthetic data)" : "");
          g_string_append_printf (t, "Network: %u actors, %s ties, %u waves\n",
                                  nrp_network_n_actors (net),
                                  nrp_network_is_directed (net) ? "directed" : "undirected",
                                  nrp_network_n_waves (net));
          if (changes->len == 0)
            g_string_append (t, "\nOnly one wave: nothing to compare.\n");
          change_text (t, (NrpChange *const *) changes->pdata, changes->len, net);
          text = g_string_free (t, FALSE);
          rc = write_output (a.output, text);
        }
      input_args_clear (&a);
      g_free (waves_arg);
      return rc;
    }
  if (rc == EXIT_OK)
    {
      if (cmd == CMD_REPORT)
        {
          g_autoptr (NrpReportOptions) ro = nrp_report_options_new ();
          nrp_report_options_set_permutations (ro, (guint) permutations);
          nrp_report_options_set_seed (ro, (guint64) seed);
          nrp_report_options_set_weighted (ro, weighted);
          nrp_report_options_set_threads (ro, (guint) threads);
          nrp_report_options_set_top (ro, (guint) a.top);
          progress_init (&progress, &a, "report");
          nrp_report_options_set_progress (ro, progress_update, &progress);
          report = nrp_report_compute (net, ro, &error);
          progress_done (&progress);
        }
      else
        s = nrp_summary_compute (net, &error);
      if (s == NULL && report == NULL)
        {
          fprintf (stderr, "nrpnet: error: %s\n", error->message);
          rc = EXIT_DATA;
        }
    }
  if (rc == EXIT_OK)
    {
      if (a.format != NULL && strcmp (a.format, "csv") == 0)
        {
          if (!nrp_report_write_csv (report, a.output, &error))
            {
              fprintf (stderr, "nrpnet: error: %s\n", error->message);
              rc = EXIT_DATA;
            }
        }
      else
        {
          if (a.format != NULL && strcmp (a.format, "json") == 0)
            {
              g_autofree char *json = report != NULL ? nrp_report_to_json (report, TRUE)
                                                     : nrp_summary_to_json (s, net, TRUE);
              text = g_strconcat (json, "\n", NULL);
            }
          else
            {
              GString *t = g_string_new (NULL);
              g_autofree char *sum = summary_text (
                report != NULL ? nrp_report_get_summary (report) : s, net, a.sample, a.top);
              g_string_append (t, sum);
              if (report != NULL)
                {
                  mixing_text (t, nrp_report_get_mixing (report), net);
                  centrality_text (t, nrp_report_get_centrality (report), net, (guint) a.top);
                  brokerage_text (t, nrp_report_get_brokerage (report), net);
                  structure_text (t, nrp_report_get_structure (report), net);
                  communities_text (t, nrp_report_get_communities (report), net);
                }
              text = g_string_free (t, FALSE);
            }
          rc = write_output (a.output, text);
        }
    }
  input_args_clear (&a);
  g_free (waves_arg);
  return rc;
}


/* ---- nrpnet study ---------------------------------------------------------- */

static void
study_text (GString *out, const NrpStudy *st, const NrpNetwork *net, gboolean sample)
{
  guint na = nrp_study_n_areas (st), nm = nrp_study_n_measures (st), ni = 0;
  guint pre = nrp_study_pre_wave (st), post = nrp_study_post_wave (st);

  for (guint a = 0; a < na; a++)
    ni += nrp_study_arm (st, a) == NRP_ARM_INTERVENTION;
  g_string_append_printf (out, "nrpnet %s study: intervention against comparator areas%s\n",
                          nrp_version (),
                          sample ? " (bundled sample study, synthetic data)" : "");
  g_string_append_printf (out,
                          "Network: %u actors, %s ties; %u areas in the study (%u "
                          "intervention, %u comparator); wave %u -> wave %u\n",
                          nrp_network_n_actors (net),
                          nrp_network_is_directed (net) ? "directed" : "undirected", na, ni,
                          na - ni, pre, post);
  g_string_append_printf (out, "Each area's network: its own actors%s.\n",
                          nrp_study_with_regional (st) ? " and the regional actors (no area)"
                                                       : ", regional actors (no area) left out");
  if (nrp_study_n_unlisted (st) > 0)
    {
      g_string_append (out, "Not in the areas file, so left out:");
      for (guint k = 0; k < nrp_study_n_unlisted (st); k++)
        g_string_append_printf (out, "%s %s", k ? "," : "", nrp_study_unlisted (st, k));
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\nChange from wave %u to wave %u in each area:\n ", pre, post);
  for (guint k = 0; k < nm; k++)
    g_string_append_printf (out, " [%u] %s%s", k + 1, nrp_study_measure_name (st, k),
                            nrp_study_measure_is_outcome (st, k) ? " (outcome)" : "");
  g_string_append_printf (out, "\n  %-12s %-13s %7s", "area", "arm", "actors");
  for (guint k = 0; k < nm; k++)
    {
      g_autofree char *h = g_strdup_printf ("[%u]", k + 1);
      g_string_append_printf (out, " %9s", h);
    }
  g_string_append_c (out, '\n');
  for (guint a = 0; a < na; a++)
    {
      g_string_append_printf (out, "  %-12.12s %-13s %7u", nrp_study_area (st, a),
                              nrp_arm_name (nrp_study_arm (st, a)),
                              nrp_study_area_actors (st, a));
      for (guint k = 0; k < nm; k++)
        put_signed (out, nrp_study_value (st, a, k, post) - nrp_study_value (st, a, k, pre), 4,
                    9);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out,
                          "\nDifference in differences: mean change in intervention areas less "
                          "mean change\nin comparator areas; %g%% interval and two-sided p from "
                          "the randomisation test\nover assignments of areas to arms:\n",
                          nrp_study_get_confidence (st) * 100);
  g_string_append_printf (out, "  %-24s %12s %11s %9s %21s %8s %s\n", "measure", "intervention",
                          "comparator", "DiD", "interval", "p", "assignments");
  for (guint k = 0; k < nm; k++)
    {
      const NrpDid *d = nrp_study_get_did (st, k);
      g_autofree char *iv = NULL;
      g_string_append_printf (out, "  %-24.24s", nrp_study_measure_name (st, k));
      put_signed (out, d->change_intervention, 4, 12);
      put_signed (out, d->change_comparator, 4, 11);
      put_signed (out, d->estimate, 4, 9);
      if (isnan (d->ci_low) && isnan (d->ci_high))
        iv = g_strdup ("unbounded");
      else
        {
          g_autofree char *lo = isnan (d->ci_low) ? g_strdup ("-inf")
                                                  : g_strdup_printf ("%+.4f", d->ci_low);
          g_autofree char *hi = isnan (d->ci_high) ? g_strdup ("+inf")
                                                   : g_strdup_printf ("%+.4f", d->ci_high);
          iv = g_strdup_printf ("[%s, %s]", lo, hi);
        }
      g_string_append_printf (out, " %21s", iv);
      if (!isnan (d->p_value) && d->p_value < 0.001)
        g_string_append_printf (out, " %8.1e", d->p_value);
      else
        put_number (out, d->p_value, 4, 8);
      g_string_append_printf (out, " %" G_GUINT64_FORMAT " %s\n", d->assignments,
                              d->exact ? "(all)" : "(random)");
    }
}

static int
run_study (int argc, char **argv)
{
  InputArgs a = { 0 };
  g_autofree char *areas = NULL, *outcomes = NULL, *measures = NULL, *waves_arg = NULL;
  gint64 seed = 1, max_exact = 1000000;
  gint draws = 100000;
  double confidence = 0.95;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;
  g_autoptr (NrpStudy) st = NULL;
  g_autoptr (NrpStudyOptions) so = NULL;
  g_autofree char *text = NULL;
  guint pre = 0, post = 0;
  Progress progress;
  int rc = EXIT_OK;
  GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_FILENAME, &areas,
      "areas.csv: columns area, arm (intervention or comparator)", "FILE" },
    { "outcomes", 0, 0, G_OPTION_ARG_FILENAME, &outcomes,
      "outcomes.csv: columns area, wave, then one column per outcome", "FILE" },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures,
      "measures and outcome columns to compare, comma-separated (default: "
      NRP_MEASURES_CROSS_SECTOR " and every outcome)", "LIST" },
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "the pre and post waves (default: the first and the last)", "PRE,POST" },
    { "max-exact", 0, 0, G_OPTION_ARG_INT64, &max_exact,
      "enumerate every assignment of areas to arms up to N of them (default 1000000)", "N" },
    { "draws", 0, 0, G_OPTION_ARG_INT, &draws,
      "random assignments above that (default 100000)", "N" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "seed of the random assignments (default 1)", "S" },
    { "confidence", 0, 0, G_OPTION_ARG_DOUBLE, &confidence,
      "confidence level of the intervals (default 0.95)", "LEVEL" },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &a.quiet, "no progress bar on stderr", NULL },
    { NULL }
  };

  g_set_prgname ("nrpnet study");
  ctx = g_option_context_new ("- did intervention areas change more than comparator areas?");
  g_option_context_set_summary (
    ctx,
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
    "  nrpnet study --sample --format csv --output tables/");
  g_option_context_set_description (
    ctx, "Formats: text (default), json (to standard output or --output FILE), csv\n"
         "(study_areas.csv and study_did.csv in the directory --output DIR).\n"
         "Measure names are those of the JSON report: 'nrpnet measures' lists them.\n"
         "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
         "stderr), 2 bad usage.");
  g_option_context_set_main_group (ctx, input_group (&a));
  g_option_context_add_main_entries (ctx, entries, NULL);
  rc = parse_command_line (ctx, "study", &argc, &argv);
  if (rc != EXIT_OK)
    ;
  else if (a.format != NULL && strcmp (a.format, "text") != 0 && strcmp (a.format, "json") != 0
           && strcmp (a.format, "csv") != 0)
    {
      fprintf (stderr, "nrpnet study: unknown --format '%s' (use text, json or csv)\n", a.format);
      rc = EXIT_USAGE;
    }
  else if (a.format != NULL && strcmp (a.format, "csv") == 0 && a.output == NULL)
    {
      fprintf (stderr, "nrpnet study: --format csv needs --output DIR for its tables\n");
      rc = EXIT_USAGE;
    }
  else if (a.area != NULL)
    {
      fprintf (stderr, "nrpnet study: --area does not apply: a study takes every area\n");
      rc = EXIT_USAGE;
    }
  else if (!a.sample && areas == NULL)
    {
      fprintf (stderr, "nrpnet study: --areas FILE is required (or --sample)\n");
      rc = EXIT_USAGE;
    }
  else if (a.sample && (areas != NULL || outcomes != NULL))
    {
      fprintf (stderr, "nrpnet study: --sample brings its own areas and outcomes\n");
      rc = EXIT_USAGE;
    }
  else if (waves_arg != NULL && !parse_waves (waves_arg, &pre, &post))
    {
      fprintf (stderr, "nrpnet study: --waves takes two different waves, as in --waves 1,2\n");
      rc = EXIT_USAGE;
    }
  else if (max_exact < 0 || draws < 1 || draws > 100000000 || !(confidence > 0)
           || !(confidence < 1))
    {
      fprintf (stderr, "nrpnet study: --max-exact must be 0 or more, --draws 1 to 100000000, "
                       "--confidence between 0 and 1\n");
      rc = EXIT_USAGE;
    }
  if (rc != EXIT_OK)
    {
      fprintf (stderr, "Try 'nrpnet study --help'.\n");
      input_args_clear (&a);
      return rc;
    }

  rc = load_network (&a, "study", &net);
  if (rc == EXIT_OK)
    {
      design = a.sample ? nrp_study_design_load_sample (&error)
                        : nrp_study_design_load (areas, outcomes, &error);
      if (design == NULL)
        rc = EXIT_DATA;
    }
  if (rc == EXIT_OK)
    {
      so = nrp_study_options_new ();
      nrp_study_options_set_measures (so, measures);
      nrp_study_options_set_waves (so, pre, post);
      nrp_study_options_set_with_regional (so, a.with_regional);
      nrp_study_options_set_max_exact (so, (guint64) max_exact);
      nrp_study_options_set_draws (so, (guint) draws);
      nrp_study_options_set_seed (so, (guint64) seed);
      nrp_study_options_set_confidence (so, confidence);
      progress_init (&progress, &a, "study");
      nrp_study_options_set_progress (so, progress_update, &progress);
      st = nrp_study_compute (net, design, so, &error);
      progress_done (&progress);
      if (st == NULL)
        rc = error->code == NRP_ERROR_ARGUMENT ? EXIT_USAGE : EXIT_DATA;
    }
  if (rc != EXIT_OK && error != NULL)
    fprintf (stderr, "nrpnet: error: %s\n", error->message);
  else if (rc == EXIT_OK && a.format != NULL && strcmp (a.format, "csv") == 0)
    {
      if (!nrp_study_write_csv (st, a.output, &error))
        {
          fprintf (stderr, "nrpnet: error: %s\n", error->message);
          rc = EXIT_DATA;
        }
    }
  else if (rc == EXIT_OK)
    {
      if (a.format != NULL && strcmp (a.format, "json") == 0)
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
      rc = write_output (a.output, text);
    }
  input_args_clear (&a);
  return rc;
}

/* ---- nrpnet export ---------------------------------------------------------- */

static int
run_export (int argc, char **argv)
{
  InputArgs a = { 0 };
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  int rc = EXIT_OK;

  g_set_prgname ("nrpnet export");
  ctx = g_option_context_new ("- write the network as GraphML for Gephi and other tools");
  g_option_context_set_summary (
    ctx,
    "Writes one GraphML file: a node per actor (node id = the actor's id) with its\n"
    "sector, sector_label, power, area, present_w1, present_w2... and every other\n"
    "column of actors.csv; an edge per pair tied at one wave at least, with tie_w1,\n"
    "weight_w1... per wave (weights summed over relation types, 0 without the tie)\n"
    "and waves (\"1,2\"). Directed data give a directed graph.\n"
    "\n"
    "Examples:\n"
    "  nrpnet export -a actors.csv -t ties.csv --output network.graphml\n"
    "  nrpnet export --sample --area I01 --output i01.graphml");
  g_option_context_set_description (
    ctx, "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
         "stderr), 2 bad usage.");
  g_option_context_set_main_group (ctx, input_group (&a));
  rc = parse_command_line (ctx, "export", &argc, &argv);
  if (rc != EXIT_OK)
    ;
  else if (a.output == NULL)
    {
      fprintf (stderr, "nrpnet export: --output FILE.graphml is required\n");
      rc = EXIT_USAGE;
    }
  else if (a.format != NULL && strcmp (a.format, "graphml") != 0)
    {
      fprintf (stderr, "nrpnet export: the only --format is graphml\n");
      rc = EXIT_USAGE;
    }
  else if (a.area == NULL && a.with_regional)
    {
      fprintf (stderr, "nrpnet export: --with-regional needs --area NAME\n");
      rc = EXIT_USAGE;
    }
  if (rc != EXIT_OK)
    {
      fprintf (stderr, "Try 'nrpnet export --help'.\n");
      input_args_clear (&a);
      return rc;
    }
  rc = load_network (&a, "export", &net);
  if (rc == EXIT_OK && !nrp_network_write_graphml (net, a.output, &error))
    {
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      rc = EXIT_DATA;
    }
  input_args_clear (&a);
  return rc;
}

/* ---- nrpnet render ------------------------------------------------------------ */

/* Draws @what into DIR/NAME.svg and/or .png. */
static gboolean
render_both (const char *dir, const char *name, gboolean svg, gboolean png,
             gboolean (*draw) (gconstpointer data, const char *path, NrpImageFormat format,
                               GError **error),
             gconstpointer data, GError **error)
{
  for (int k = 0; k < 2; k++)
    {
      g_autofree char *file = NULL, *path = NULL;
      if (!(k == 0 ? svg : png))
        continue;
      file = g_strconcat (name, k == 0 ? ".svg" : ".png", NULL);
      path = g_build_filename (dir, file, NULL);
      if (!draw (data, path, k == 0 ? NRP_IMAGE_SVG : NRP_IMAGE_PNG, error))
        return FALSE;
      printf ("%s\n", path);
    }
  return TRUE;
}

typedef struct {
  const NrpNetwork *net;
  const NrpChange *change;
  const NrpMixing *mixing;
  guint from, to;
  guint64 seed;
} WavesJob;

static gboolean
draw_waves (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  const WavesJob *j = data;
  return nrp_render_waves (j->net, j->change, path, format, j->seed, error);
}

static gboolean
draw_mixing (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  const WavesJob *j = data;
  return nrp_render_mixing (j->net, j->mixing, j->from, j->to, path, format, error);
}

static gboolean
draw_study (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  return nrp_render_study (data, path, format, error);
}

static int
run_render (int argc, char **argv)
{
  InputArgs a = { 0 };
  g_autofree char *areas = NULL, *outcomes = NULL, *measures = NULL, *waves_arg = NULL;
  g_autofree char *image = NULL;
  gint64 seed = 1;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;
  g_autoptr (NrpStudy) st = NULL;
  gboolean svg = TRUE, png = TRUE;
  WavesJob job = { 0 };
  int rc = EXIT_OK;
  GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_FILENAME, &areas,
      "areas.csv: also draw the study (each area's change and the DiD)", "FILE" },
    { "outcomes", 0, 0, G_OPTION_ARG_FILENAME, &outcomes,
      "outcomes.csv for the study picture", "FILE" },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures,
      "the study picture's measures (as nrpnet study)", "LIST" },
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "the two waves to draw (default: the first and the last)", "A,B" },
    { "image-format", 0, 0, G_OPTION_ARG_STRING, &image,
      "svg, png or both (default both)", "FORMAT" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "seed of the layout (default 1)", "S" },
    { NULL }
  };

  g_set_prgname ("nrpnet render");
  ctx = g_option_context_new ("- draw the network, its mixing and the study");
  g_option_context_set_summary (
    ctx,
    "Writes into the directory --output DIR:\n"
    "  waves.svg/.png   the two waves side by side in one layout, actors coloured by\n"
    "                   sector (a colour-blind-safe palette, with a legend), ties\n"
    "                   formed drawn dark, ties dissolved dashed\n"
    "  mixing.svg/.png  the sector mixing matrix of each wave and their difference\n"
    "  study.svg/.png   with --areas (or --sample): each area's change and the\n"
    "                   difference in differences with its interval\n"
    "\n"
    "Examples:\n"
    "  nrpnet render --sample --output pictures/\n"
    "  nrpnet render -a actors.csv -t ties.csv --areas areas.csv --output pictures/\n"
    "  nrpnet render --sample --area I01 --image-format png --output i01/");
  g_option_context_set_description (
    ctx, "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
         "stderr), 2 bad usage.");
  g_option_context_set_main_group (ctx, input_group (&a));
  g_option_context_add_main_entries (ctx, entries, NULL);
  rc = parse_command_line (ctx, "render", &argc, &argv);
  if (image != NULL)
    {
      svg = strcmp (image, "svg") == 0 || strcmp (image, "both") == 0;
      png = strcmp (image, "png") == 0 || strcmp (image, "both") == 0;
    }
  if (rc != EXIT_OK)
    ;
  else if (a.output == NULL)
    {
      fprintf (stderr, "nrpnet render: --output DIR is required\n");
      rc = EXIT_USAGE;
    }
  else if (!svg && !png)
    {
      fprintf (stderr, "nrpnet render: --image-format is svg, png or both\n");
      rc = EXIT_USAGE;
    }
  else if (a.format != NULL)
    {
      fprintf (stderr, "nrpnet render: use --image-format svg|png|both\n");
      rc = EXIT_USAGE;
    }
  else if (waves_arg != NULL && !parse_waves (waves_arg, &job.from, &job.to))
    {
      fprintf (stderr, "nrpnet render: --waves takes two different waves, as in --waves 1,2\n");
      rc = EXIT_USAGE;
    }
  else if (a.sample && (areas != NULL || outcomes != NULL))
    {
      fprintf (stderr, "nrpnet render: --sample brings its own areas and outcomes\n");
      rc = EXIT_USAGE;
    }
  else if (areas == NULL && outcomes != NULL)
    {
      fprintf (stderr, "nrpnet render: --outcomes needs --areas\n");
      rc = EXIT_USAGE;
    }
  if (rc != EXIT_OK)
    {
      fprintf (stderr, "Try 'nrpnet render --help'.\n");
      input_args_clear (&a);
      return rc;
    }

  rc = load_network (&a, "render", &net);
  if (rc == EXIT_OK && (areas != NULL || (a.sample && a.area == NULL)))
    {
      g_autoptr (NrpStudyOptions) so = nrp_study_options_new ();
      nrp_study_options_set_measures (so, measures);
      nrp_study_options_set_with_regional (so, a.with_regional);
      design = areas != NULL ? nrp_study_design_load (areas, outcomes, &error)
                             : nrp_study_design_load_sample (&error);
      if (design != NULL)
        st = nrp_study_compute (net, design, so, &error);
      if (st == NULL)
        rc = error->code == NRP_ERROR_ARGUMENT ? EXIT_USAGE : EXIT_DATA;
    }
  if (rc == EXIT_OK && g_mkdir_with_parents (a.output, 0755) != 0)
    {
      fprintf (stderr, "nrpnet: error: %s: cannot create the directory\n", a.output);
      rc = EXIT_DATA;
    }
  if (rc == EXIT_OK)
    {
      job.net = net;
      job.seed = (guint64) seed;
      g_autoptr (NrpChange) change = NULL;
      g_autoptr (NrpMixing) mixing = NULL;
      if (job.from == 0)
        {
          job.from = 1;
          job.to = nrp_network_n_waves (net);
        }
      /* The pictures draw the results: the same comparison and mixing as
       * nrpnet compare and nrpnet report compute. */
      if ((change = nrp_change_compute (net, job.from, job.to, &error)) == NULL
          || (mixing = nrp_mixing_compute (net, 0, 1, &error)) == NULL)
        rc = error->code == NRP_ERROR_ARGUMENT ? EXIT_USAGE : EXIT_DATA;
      job.change = change;
      job.mixing = mixing;
      if (rc != EXIT_OK)
        ;
      else if (!render_both (a.output, "waves", svg, png, draw_waves, &job, &error)
          || !render_both (a.output, "mixing", svg, png, draw_mixing, &job, &error)
          || (st != NULL && !render_both (a.output, "study", svg, png, draw_study, st, &error)))
        rc = error->code == NRP_ERROR_ARGUMENT ? EXIT_USAGE : EXIT_DATA;
    }
  if (rc != EXIT_OK && error != NULL)
    fprintf (stderr, "nrpnet: error: %s\n", error->message);
  input_args_clear (&a);
  return rc;
}

/* ---- nrpnet measures ------------------------------------------------------- */

static int
run_measures (int argc, char **argv)
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
    return run_command (CMD_SUMMARY, argc - 1, argv + 1);
  if (strcmp (argv[1], "report") == 0)
    return run_command (CMD_REPORT, argc - 1, argv + 1);
  if (strcmp (argv[1], "compare") == 0)
    return run_command (CMD_COMPARE, argc - 1, argv + 1);
  if (strcmp (argv[1], "study") == 0)
    return run_study (argc - 1, argv + 1);
  if (strcmp (argv[1], "measures") == 0)
    return run_measures (argc - 1, argv + 1);
  if (strcmp (argv[1], "export") == 0)
    return run_export (argc - 1, argv + 1);
  if (strcmp (argv[1], "render") == 0)
    return run_render (argc - 1, argv + 1);

  fprintf (stderr, "nrpnet: unknown command '%s'\n\n", argv[1]);
  print_program_help (stderr);
  return EXIT_USAGE;
}
