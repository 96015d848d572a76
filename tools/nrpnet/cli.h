/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cli.h: what the commands of the nrpnet program share (options.c,
 * progress.c, text.c), and the commands themselves (cmd-*.c; main.c
 * dispatches to them).
 *
 * Exit codes: 0 success; 1 bad data (the message, with file, line and
 * column, on stderr); 2 bad usage.
 */
#ifndef NRP_CLI_H
#define NRP_CLI_H

#include <stdio.h>

#include <nrpnet.h>

enum { EXIT_OK = 0, EXIT_DATA = 1, EXIT_USAGE = 2 };

/* ---- Options (options.c) -------------------------------------------------- */

/* The options that describe the input, one area of it, and the output. */
typedef struct {
  /* the network */
  char *actors;
  char *ties;
  gboolean directed;
  char *sector_column;
  char *sectors;
  gboolean sectors_closed;
  char *missing;
  char *presence_prefix;
  gboolean no_presence;
  gboolean merge_duplicates;
  gboolean sample;
  /* publication (cli_load_network, cli_load_survey) */
  char *pseudonymise;  /* a key file */
  char *keep_columns;  /* extra actor columns kept when pseudonymised */
  GBytes *key;         /* the key, once read */
  /* one area (cli_add_area_options) */
  char *area;
  gboolean with_regional;
  /* the output (cli_add_output_options) and progress (cli_add_quiet_option) */
  char *format;
  char *output;
  gboolean csv_bom;
  gboolean quiet;
} InputArgs;

void cli_args_clear (InputArgs *a);

/*
 * A command's option context: its own summary and description, the
 * network's options as the main group; the caller adds its own entries.
 */
GOptionContext *cli_context_new (InputArgs *a, const char *name, const char *parameter,
                                 const char *summary, const char *description);
/* --area and --with-regional, described as @command uses them. */
void cli_add_area_options (GOptionContext *ctx, InputArgs *a, const char *area_help);
/* --format (described by @formats_help) and --output (by @output_help). */
void cli_add_output_options (GOptionContext *ctx, InputArgs *a, const char *formats_help,
                             const char *output_help);
void cli_add_quiet_option (GOptionContext *ctx, InputArgs *a);
/* --csv-bom, for the commands with CSV tables. */
void cli_add_csv_bom_option (GOptionContext *ctx, InputArgs *a);
NrpCsvFlags cli_csv_flags (const InputArgs *a);

/* A help text that keeps a default read from the library; freed with @keep. */
char *cli_help (GPtrArray *keep, const char *format, ...) G_GNUC_PRINTF (2, 3);

/* Parses the command line: EXIT_USAGE (with a message) for an unknown
 * option or a stray argument. */
int cli_parse (GOptionContext *ctx, const char *name, int *argc, char ***argv);
/* cli_parse(), leaving file names after the options in argv when @files. */
int cli_parse_files (GOptionContext *ctx, const char *name, gboolean files, int *argc,
                     char ***argv);
/* "I/N" with 1 <= I <= N <= NRP_MAX_SHARDS. */
gboolean cli_parse_shard (const char *s, guint *index, guint *count);
/* Whether the command line asks for --merge, before it is parsed: only then
 * may file names (the shards) follow the options. */
gboolean cli_merge_asked (int argc, char **argv);
/* Reads the shard files argv[1..argc-1] into @options with @add (calling
 * nrp_change_options_add_shard or nrp_study_options_add_shard); returns
 * EXIT_OK, or prints the error and returns its exit status. */
typedef gboolean (*CliAddShard) (gpointer options, const char *json, gssize length,
                                 const char *name, GError **error);
int cli_read_shards (int argc, char **argv, CliAddShard add, gpointer options);

/* Prints "nrpnet NAME: MESSAGE" and the hint to --help; returns EXIT_USAGE. */
int cli_usage_error (const char *name, const char *format, ...) G_GNUC_PRINTF (2, 3);

/*
 * Checks --format against @formats (NULL-terminated; the first is the
 * default); a format "csv" needs --output DIR, and --csv-bom needs csv.
 * Returns EXIT_OK or cli_usage_error()'s EXIT_USAGE.
 */
int cli_check_format (const InputArgs *a, const char *name, const char *const *formats);

/* Checks --suppress-below K: 0 (none) or 2 to NRP_MAX_SUPPRESS_BELOW.
 * Returns EXIT_OK or cli_usage_error()'s EXIT_USAGE. */
int cli_check_suppress_below (const char *name, gint k);
gboolean cli_format_is (const InputArgs *a, const char *format);

/* An option setter's error as a usage error naming the option. */
int cli_option_error (const char *name, const char *option, GError *error);

/* Prints a library error; EXIT_USAGE for NRP_ERROR_ARGUMENT, else EXIT_DATA. */
int cli_error (const GError *error);

/* Loads the network the arguments describe (and the area of --area). */
int cli_load_network (InputArgs *a, const char *command, NrpNetwork **out);

/* Loads a survey: the bundled sample's with --sample, else @respondents
 * with @areas, the sector registry of --sectors/--sectors-closed and the
 * ego files given. */
NrpSurvey *cli_load_survey (InputArgs *a, const char *respondents, const char *areas,
                            const char *weight_column, const char *alters,
                            const char *alter_ties, const char *positions,
                            const char *registry, GError **error);

/* Writes @text to @path, or to standard output when @path is NULL. */
int cli_write_output (const char *path, const char *text);

/* Parses "A,B" into two different waves; FALSE when malformed. */
gboolean cli_parse_waves (const char *s, guint *a, guint *b);

/* ---- Progress on stderr (progress.c) ----------------------------------------- */

typedef struct {
  gboolean enabled;
  gint64 start;
  int shown;      /* percentage drawn last, -1 before the first */
  const char *what;
} Progress;

void progress_init (Progress *p, const InputArgs *a, const char *what);
void progress_update (double done, gpointer data);
void progress_done (Progress *p);

/* ---- The commands (cmd-*.c) -------------------------------------------------- */

/* Writes publication tables (--suppress-below) in the format asked for:
 * csv into --output DIR, json or text to --output FILE or stdout. */
int cli_write_publication (InputArgs *a, const NrpPublication *publication);

/* --pseudonymise KEYFILE among the main options of a command without the
 * network's options (survey). */
void cli_add_privacy_options (GOptionContext *ctx, InputArgs *a);

int cmd_keygen (int argc, char **argv);
int cmd_import (int argc, char **argv);
int cmd_summary (int argc, char **argv);
int cmd_report (int argc, char **argv);
int cmd_compare (int argc, char **argv);
int cmd_study (int argc, char **argv);
int cmd_survey (int argc, char **argv);
int cmd_export (int argc, char **argv);
int cmd_render (int argc, char **argv);
int cmd_measures (int argc, char **argv);

#endif /* NRP_CLI_H */
