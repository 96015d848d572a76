/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * options.c: the options every command shares (the input network, one
 * area, the output), loading the network they describe, and the messages
 * of bad usage. Each command adds only the options it takes, in its own
 * words (cmd-*.c); defaults come from the library's option getters.
 */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <string.h>

#include "cli.h"
#include "text.h"

void
cli_args_clear (InputArgs *a)
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
  g_free (a->pseudonymise);
  g_free (a->keep_columns);
  g_clear_pointer (&a->key, g_bytes_unref);
}

#define PSEUDONYMISE_ENTRY(a)                                                                 \
  { "pseudonymise", 0, 0, G_OPTION_ARG_FILENAME, &(a)->pseudonymise,                          \
    "replace every actor and respondent id in every output by its keyed pseudonym "           \
    "(HMAC-SHA256 under the key in FILE: nrpnet keygen) and drop actors.csv's extra columns",  \
    "KEYFILE" }

#define KEEP_COLUMNS_ENTRY(a)                                                                 \
  { "keep-columns", 0, 0, G_OPTION_ARG_STRING, &(a)->keep_columns,                            \
    "with --pseudonymise: the extra columns of actors.csv to keep, comma-separated",          \
    "LIST" }

/* For a command without the network options (survey): --pseudonymise among
 * its own options.  --keep-columns is not offered: it names actors.csv's
 * columns, which such a command does not read. */
void
cli_add_privacy_options (GOptionContext *ctx, InputArgs *a)
{
  GOptionEntry entries[] = { PSEUDONYMISE_ENTRY (a), { NULL } };
  g_option_context_add_main_entries (ctx, entries, NULL);
}

/* The key of --pseudonymise, read once; NULL with the error printed. */
static GBytes *
cli_key (InputArgs *a, GError **error)
{
  if (a->key == NULL)
    a->key = nrp_key_load (a->pseudonymise, error);
  return a->key;
}

static GOptionGroup *
network_group (InputArgs *a)
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
      "a sector not listed in --sectors (or, without it, not in the built-in NRP taxonomy) "
      "is an error", NULL },
    { "missing", 'm', 0, G_OPTION_ARG_FILENAME, &a->missing,
      "missing.csv (source, target, wave): dyads not observed (non-response)", "FILE" },
    { "presence-prefix", 0, 0, G_OPTION_ARG_STRING, &a->presence_prefix,
      "read per-wave presence from actors.csv columns PREFIX1, PREFIX2... (1/0); by default "
      "present_w1, present_w2... (or present_1...) are read when actors.csv has them", "PREFIX" },
    { "no-presence", 0, 0, G_OPTION_ARG_NONE, &a->no_presence,
      "ignore presence columns: every actor is present at every wave", NULL },
    { "merge-duplicates", 0, 0, G_OPTION_ARG_NONE, &a->merge_duplicates,
      "keep one copy of a tie listed twice in a wave (and of a-b listed as b-a when "
      "undirected); the count is reported", NULL },
    { "sample", 0, 0, G_OPTION_ARG_NONE, &a->sample,
      "use the bundled synthetic sample study instead of --actors/--ties", NULL },
    PSEUDONYMISE_ENTRY (a),
    KEEP_COLUMNS_ENTRY (a),
    { NULL }
  };
  GOptionGroup *g = g_option_group_new ("input", "Input options:", "Show input options",
                                        NULL, NULL);
  g_option_group_add_entries (g, entries);
  return g;
}

GOptionContext *
cli_context_new (InputArgs *a, const char *name, const char *parameter, const char *summary,
                 const char *description)
{
  GOptionContext *ctx = g_option_context_new (parameter);
  g_autofree char *prgname = g_strconcat ("nrpnet ", name, NULL);
  g_set_prgname (prgname);
  g_option_context_set_summary (ctx, summary);
  g_option_context_set_description (ctx, description);
  g_option_context_set_main_group (ctx, network_group (a));
  return ctx;
}

void
cli_add_area_options (GOptionContext *ctx, InputArgs *a, const char *area_help)
{
  GOptionEntry entries[] = {
    { "area", 0, 0, G_OPTION_ARG_STRING, &a->area, area_help, "NAME" },
    { "with-regional", 0, 0, G_OPTION_ARG_NONE, &a->with_regional,
      "with --area: also keep the regional actors, those with no area", NULL },
    { NULL }
  };
  g_option_context_add_main_entries (ctx, entries, NULL);
}

void
cli_add_output_options (GOptionContext *ctx, InputArgs *a, const char *formats_help,
                        const char *output_help)
{
  GOptionEntry format
    = { "format", 'f', 0, G_OPTION_ARG_STRING, &a->format, formats_help, "FORMAT" };
  GOptionEntry output
    = { "output", 'o', 0, G_OPTION_ARG_FILENAME, &a->output, output_help, "FILE|DIR" };
  GOptionEntry entries[3] = { { NULL } };
  guint k = 0;
  /* A command with one output kind (export, render) has no --format. */
  if (formats_help != NULL)
    entries[k++] = format;
  entries[k++] = output;
  g_option_context_add_main_entries (ctx, entries, NULL);
}

void
cli_add_quiet_option (GOptionContext *ctx, InputArgs *a)
{
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &a->quiet,
      "no progress bar on stderr (it shows only on a terminal, after a second)", NULL },
    { NULL }
  };
  g_option_context_add_main_entries (ctx, entries, NULL);
}

void
cli_add_csv_bom_option (GOptionContext *ctx, InputArgs *a)
{
  GOptionEntry entries[] = {
    { "csv-bom", 0, 0, G_OPTION_ARG_NONE, &a->csv_bom,
      "start each CSV table with a UTF-8 byte order mark, which Excel needs to show "
      "accented names right when the file is double-clicked (R, Python and LibreOffice "
      "read the tables as they are without it)",
      NULL },
    { NULL }
  };
  g_option_context_add_main_entries (ctx, entries, NULL);
}

NrpCsvFlags
cli_csv_flags (const InputArgs *a)
{
  return a->csv_bom ? NRP_CSV_BOM : NRP_CSV_DEFAULT;
}

char *
cli_help (GPtrArray *keep, const char *format, ...)
{
  va_list ap;
  char *s;
  va_start (ap, format);
  s = g_strdup_vprintf (format, ap);
  va_end (ap);
  g_ptr_array_add (keep, s);
  return s;
}

int
cli_parse (GOptionContext *ctx, const char *name, int *argc, char ***argv)
{
  g_autoptr (GError) error = NULL;
  if (!g_option_context_parse (ctx, argc, argv, &error))
    return cli_usage_error (name, "%s", error->message);
  if (*argc > 1)
    return cli_usage_error (name, "unexpected argument '%s'", (*argv)[1]);
  return EXIT_OK;
}

int
cli_parse_files (GOptionContext *ctx, const char *name, gboolean files, int *argc,
                 char ***argv)
{
  g_autoptr (GError) error = NULL;
  if (!files)
    return cli_parse (ctx, name, argc, argv);
  if (!g_option_context_parse (ctx, argc, argv, &error))
    return cli_usage_error (name, "%s", error->message);
  return EXIT_OK;
}

/* "A<sep>B" with 1 <= A, B <= @max (spaces around each number allowed). */
static gboolean
parse_pair (const char *s, const char *sep, guint max, guint *a, guint *b)
{
  g_auto (GStrv) parts = g_strsplit (s, sep, -1);
  guint64 x, y;
  if (g_strv_length (parts) != 2
      || !g_ascii_string_to_unsigned (g_strstrip (parts[0]), 10, 1, max, &x, NULL)
      || !g_ascii_string_to_unsigned (g_strstrip (parts[1]), 10, 1, max, &y, NULL))
    return FALSE;
  *a = (guint) x;
  *b = (guint) y;
  return TRUE;
}

gboolean
cli_merge_asked (int argc, char **argv)
{
  for (int k = 1; k < argc && strcmp (argv[k], "--") != 0; k++)
    if (strcmp (argv[k], "--merge") == 0)
      return TRUE;
  return FALSE;
}

int
cli_read_shards (int argc, char **argv, CliAddShard add, gpointer options)
{
  for (int k = 1; k < argc; k++)
    {
      g_autoptr (GError) error = NULL;
      g_autofree char *json = NULL;
      gsize len;
      if (!g_file_get_contents (argv[k], &json, &len, &error))
        {
          fprintf (stderr, "nrpnet: error: %s\n", error->message);
          return EXIT_DATA;
        }
      if (!add (options, json, (gssize) len, argv[k], &error))
        return cli_error (error);
    }
  return EXIT_OK;
}

gboolean
cli_parse_shard (const char *s, guint *index, guint *count)
{
  guint i, n;
  if (!parse_pair (s, "/", NRP_MAX_SHARDS, &i, &n) || i > n)
    return FALSE;
  *index = i;
  *count = n;
  return TRUE;
}

int
cli_usage_error (const char *name, const char *format, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;
  va_start (ap, format);
  msg = g_strdup_vprintf (format, ap);
  va_end (ap);
  fprintf (stderr, "nrpnet %s: %s\nTry 'nrpnet %s --help'.\n", name, msg, name);
  return EXIT_USAGE;
}

gboolean
cli_format_is (const InputArgs *a, const char *format)
{
  return a->format != NULL && strcmp (a->format, format) == 0;
}

int
cli_check_suppress_below (const char *name, gint k)
{
  /* Checked before any work, though the library checks it too. */
  if (k < 0 || k == 1 || k > NRP_MAX_SUPPRESS_BELOW)
    return cli_usage_error (name, "--suppress-below must be 0 (none) or 2 to %d",
                            NRP_MAX_SUPPRESS_BELOW);
  return EXIT_OK;
}

int
cli_check_format (const InputArgs *a, const char *name, const char *const *formats)
{
  gboolean known = a->format == NULL;
  for (const char *const *f = formats; !known && *f != NULL; f++)
    known = strcmp (a->format, *f) == 0;
  if (!known)
    {
      g_autofree char *list = g_strjoinv (", ", (char **) formats);
      return cli_usage_error (name, "unknown --format '%s' (use %s)", a->format, list);
    }
  if (cli_format_is (a, "csv") && a->output == NULL)
    return cli_usage_error (name, "--format csv needs --output DIR for its tables");
  if (a->csv_bom && !cli_format_is (a, "csv"))
    return cli_usage_error (name, "--csv-bom applies to --format csv");
  return EXIT_OK;
}

int
cli_option_error (const char *name, const char *option, GError *error)
{
  return cli_usage_error (name, "%s: %s", option, error->message);
}

int
cli_error (const GError *error)
{
  fprintf (stderr, "nrpnet: error: %s\n", error->message);
  return error->domain == NRP_ERROR && error->code == NRP_ERROR_ARGUMENT ? EXIT_USAGE
                                                                          : EXIT_DATA;
}

NrpSurvey *
cli_load_survey (InputArgs *a, const char *respondents, const char *areas,
                 const char *weight_column, const char *alters, const char *alter_ties,
                 const char *positions, const char *registry, GError **error)
{
  g_autoptr (NrpSurvey) s = NULL;
  if (a->sample)
    s = nrp_survey_load_sample (error);
  else
    {
      s = nrp_survey_load (respondents, areas, weight_column, error);
      if (s != NULL && (a->sectors != NULL || a->sectors_closed)
          && !nrp_survey_set_sectors (s, a->sectors, a->sectors_closed, error))
        g_clear_pointer (&s, nrp_survey_free);
      if (s != NULL && (alters != NULL || alter_ties != NULL || positions != NULL)
          && !nrp_survey_load_ego (s, alters, alter_ties, positions, registry, error))
        g_clear_pointer (&s, nrp_survey_free);
    }
  /* After the ego answers, which name the raw ids. */
  if (s != NULL && a->pseudonymise != NULL
      && (cli_key (a, error) == NULL || !nrp_survey_pseudonymise (s, a->key, error)))
    g_clear_pointer (&s, nrp_survey_free);
  if (s == NULL)
    return NULL;
  for (guint k = 0; k < nrp_survey_get_n_warnings (s); k++)
    fprintf (stderr, "nrpnet: warning: %s\n", nrp_survey_get_warning (s, k));
  return g_steal_pointer (&s);
}

int
cli_load_network (InputArgs *a, const char *command, NrpNetwork **out)
{
  g_autoptr (NrpLoadOptions) opt = NULL;
  g_autoptr (GError) error = NULL;

  if (a->area == NULL && a->with_regional)
    return cli_usage_error (command, "--with-regional needs --area NAME");
  if (a->keep_columns != NULL && a->pseudonymise == NULL)
    return cli_usage_error (command, "--keep-columns goes with --pseudonymise");
  if (a->sample)
    {
      if (a->actors != NULL || a->ties != NULL || a->sectors != NULL || a->missing != NULL)
        return cli_usage_error (command, "--sample brings its own network: it cannot be "
                                         "combined with --actors, --ties, --sectors or "
                                         "--missing");
      *out = nrp_network_load_sample (&error);
    }
  else
    {
      if (a->actors == NULL || a->ties == NULL)
        return cli_usage_error (command,
                                "both --actors FILE and --ties FILE are required (or --sample)");
      {
        /* "-" is standard input, which only one file can be. */
        const char *inputs[] = { a->actors, a->ties, a->sectors, a->missing };
        guint dashes = 0;
        for (gsize k = 0; k < G_N_ELEMENTS (inputs); k++)
          dashes += inputs[k] != NULL && strcmp (inputs[k], "-") == 0;
        if (dashes > 1)
          return cli_usage_error (command, "only one input file can be - (standard input)");
      }
      if (a->presence_prefix != NULL && a->no_presence)
        return cli_usage_error (command, "--presence-prefix and --no-presence exclude each other");
      opt = nrp_load_options_new ();
      nrp_load_options_set_directed (opt, a->directed);
      if (a->sector_column != NULL)
        {
          if (*a->sector_column == '\0')
            return cli_usage_error (command, "--sector-column needs a name");
          nrp_load_options_set_sector_column (opt, a->sector_column);
        }
      nrp_load_options_set_sectors_file (opt, a->sectors, a->sectors_closed);
      nrp_load_options_set_missing_file (opt, a->missing);
      nrp_load_options_set_presence_prefix (opt, a->no_presence ? "" : a->presence_prefix);
      nrp_load_options_set_merge_duplicates (opt, a->merge_duplicates);
      *out = nrp_network_load (a->actors, a->ties, opt, &error);
    }
  if (*out != NULL && a->area != NULL)
    {
      NrpNetwork *sub = nrp_network_new_area (*out, a->area, a->with_regional, &error);
      nrp_network_free (*out);
      *out = sub;
    }
  if (*out != NULL && a->pseudonymise != NULL)
    {
      g_auto (GStrv) keep = a->keep_columns != NULL ? g_strsplit (a->keep_columns, ",", -1) : NULL;
      NrpNetwork *p = cli_key (a, &error) != NULL
                        ? nrp_network_new_pseudonymised (*out, a->key, (const char *const *) keep,
                                                         &error)
                        : NULL;
      nrp_network_free (*out);
      *out = p;
      if (p == NULL)
        return cli_error (error);
    }
  if (*out == NULL)
    {
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      return EXIT_DATA;
    }
  for (guint k = 0; k < nrp_network_get_n_warnings (*out); k++)
    fprintf (stderr, "nrpnet: warning: %s\n", nrp_network_get_warning (*out, k));
  return EXIT_OK;
}

int
cli_write_output (const char *path, const char *text)
{
  g_autoptr (GError) error = NULL;
  if (path == NULL)
    {
      /* A full disk or a closed pipe must not pass for success. */
      if (fputs (text, stdout) == EOF || fflush (stdout) != 0 || ferror (stdout))
        {
          fprintf (stderr, "nrpnet: error: cannot write to standard output: %s\n",
                   g_strerror (errno));
          return EXIT_DATA;
        }
      return EXIT_OK;
    }
  if (!nrp_file_write (path, text, -1, &error))
    {
      fprintf (stderr, "nrpnet: error: %s\n", error->message);
      return EXIT_DATA;
    }
  return EXIT_OK;
}

gboolean
cli_parse_waves (const char *s, guint *a, guint *b)
{
  guint x, y;
  if (!parse_pair (s, ",", 1000, &x, &y) || x == y)
    return FALSE;
  *a = x;
  *b = y;
  return TRUE;
}

int
cli_write_publication (InputArgs *a, const NrpPublication *publication)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *body = NULL, *text = NULL;
  if (cli_format_is (a, "csv"))
    return nrp_publication_write_csv (publication, a->output, cli_csv_flags (a), &error)
             ? EXIT_OK
             : cli_error (error);
  if (cli_format_is (a, "json"))
    {
      body = nrp_publication_to_json (publication, TRUE);
      text = g_strconcat (body, "\n", NULL);
    }
  else
    text = publication_text (publication);
  return cli_write_output (a->output, text);
}
