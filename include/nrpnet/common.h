/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/common.h: the export macro, the error domain and the version query.
 *
 * Conventions used across the whole API (see also docs/conventions.md):
 *  - opaque types are created by nrp_<noun>_new()/..._load() and released by
 *    nrp_<noun>_free(), which accepts NULL; each has a g_autoptr() cleanup;
 *  - "get" borrows (the result lives as long as its owner), "dup" copies;
 *  - anything input can cause is reported through a GError in the NRP_ERROR
 *    domain; passing NULL or an out-of-range index is a programming error,
 *    reported by a g_return_val_if_fail() critical and a neutral result;
 *  - waves are numbered from 1; actors and sectors are numbered from 0 in
 *    the order described by each accessor.
 */
#ifndef NRPNET_COMMON_H
#define NRPNET_COMMON_H

/**
 * SECTION:common
 * @title: Errors, limits and versions
 * @include: nrpnet.h
 * @short_description: The export macro, the error domain and the version query
 *
 * The export macro, the error domain and the version query.
 *
 * Conventions used across the whole API (see also docs/conventions.md):
 *  - opaque types are created by nrp_<noun>_new()/..._load() and released by
 *    nrp_<noun>_free(), which accepts NULL; each has a g_autoptr() cleanup;
 *  - "get" borrows (the result lives as long as its owner), "dup" copies;
 *  - anything input can cause is reported through a GError in the NRP_ERROR
 *    domain; passing NULL or an out-of-range index is a programming error,
 *    reported by a g_return_val_if_fail() critical and a neutral result;
 *  - waves are numbered from 1; actors and sectors are numbered from 0 in
 *    the order described by each accessor.
 */

#include <glib.h>

G_BEGIN_DECLS

/**
 * NRP_API:
 *
 * Marks a function libnrpnet exports; everything else is hidden. Only
 * functions named nrp_ carry it.
 */
#if defined(NRP_COMPILATION) && defined(__GNUC__)
#define NRP_API __attribute__((visibility("default")))
#else
#define NRP_API
#endif

/**
 * NRP_ERROR:
 *
 * The error domain of every GError nrpnet sets. Errors raised while reading
 * a file also carry the file, the physical line and the column (the 1-based
 * field number) where the problem was found: see nrp_error_get_file(),
 * nrp_error_get_line() and nrp_error_get_column(). The message starts with
 * "FILE:LINE:COLUMN: " in that case.
 */
#define NRP_ERROR (nrp_error_quark())

/**
 * NrpErrorCode:
 * @NRP_ERROR_IO: the file cannot be opened or read
 * @NRP_ERROR_EMPTY: empty file, or a header with no rows
 * @NRP_ERROR_SYNTAX: CSV syntax: quotes, stray carriage return, ragged row
 * @NRP_ERROR_ENCODING: invalid UTF-8 or a NUL byte
 * @NRP_ERROR_TOO_LONG: a record longer than NRP_MAX_RECORD_BYTES
 * @NRP_ERROR_HEADER: missing, misspelt, unexpected or duplicated column
 * @NRP_ERROR_VALUE: a cell that is not a valid value (wave, weight, power...)
 * @NRP_ERROR_DUPLICATE: an actor id, tie, sector or missing dyad listed twice
 * @NRP_ERROR_UNKNOWN_ACTOR: a tie or missing dyad naming an actor not in
 *   actors.csv
 * @NRP_ERROR_SELF_LOOP: a tie from an actor to itself
 * @NRP_ERROR_UNKNOWN_SECTOR: a sector not in a closed sectors.csv
 * @NRP_ERROR_CONFLICT: data that contradict each other (a tie on a missing
 *   dyad...)
 * @NRP_ERROR_COMPUTE: a computation failed (out of memory, internal igraph
 *   error)
 * @NRP_ERROR_ARGUMENT: an argument out of its documented range (unknown
 *   wave...)
 * @NRP_ERROR_NO_MEMORY: an allocation whose size the input sets (the
 *   actors, the ties, the waves...) could not be made; the message says
 *   how many bytes and for what
 *
 * Error codes of the NRP_ERROR domain. This list is append-only: codes keep
 * their values across releases.
 */
typedef enum {
  NRP_ERROR_IO = 1,          /* the file cannot be opened or read */
  NRP_ERROR_EMPTY,           /* empty file, or a header with no rows */
  NRP_ERROR_SYNTAX,          /* CSV syntax: quotes, stray carriage return, ragged row */
  NRP_ERROR_ENCODING,        /* invalid UTF-8 or a NUL byte */
  NRP_ERROR_TOO_LONG,        /* a record longer than NRP_MAX_RECORD_BYTES */
  NRP_ERROR_HEADER,          /* missing, misspelt, unexpected or duplicated column */
  NRP_ERROR_VALUE,           /* a cell that is not a valid value (wave, weight, power...) */
  NRP_ERROR_DUPLICATE,       /* an actor id, tie, sector or missing dyad listed twice */
  NRP_ERROR_UNKNOWN_ACTOR,   /* a tie or missing dyad naming an actor not in actors.csv */
  NRP_ERROR_SELF_LOOP,       /* a tie from an actor to itself */
  NRP_ERROR_UNKNOWN_SECTOR,  /* a sector not in a closed sectors.csv */
  NRP_ERROR_CONFLICT,        /* data that contradict each other (a tie on a missing dyad...) */
  NRP_ERROR_COMPUTE,         /* a computation failed (out of memory, internal igraph error) */
  NRP_ERROR_ARGUMENT,        /* an argument out of its documented range (unknown wave...) */
  NRP_ERROR_NO_MEMORY        /* an allocation the input sized could not be made */
} NrpErrorCode;

/**
 * NRP_MAX_RECORD_BYTES:
 *
 * The longest record (physical lines of one CSV row) nrpnet accepts, in bytes.
 */
#define NRP_MAX_RECORD_BYTES (1024 * 1024)
/**
 * NRP_MAX_WAVE:
 *
 * The highest wave number nrpnet accepts.
 */
#define NRP_MAX_WAVE 1000

/**
 * nrp_error_quark:
 *
 * The error domain of every error nrpnet reports (NRP_ERROR).
 *
 * Time complexity: O(1).
 *
 * Returns: the #GQuark of the NRP_ERROR domain.
 */
NRP_API GQuark nrp_error_quark (void);

/**
 * NRP_MAX_SECTORS:
 *
 * The most sectors a network may have. Sector-by-sector tables (mixing,
 * change by sector pair) grow with its square; a data set with more is
 * refused at load, with the line of the first sector too many.
 */
#define NRP_MAX_SECTORS 1000u

/**
 * NRP_MAX_SECTOR_CELLS:
 *
 * The most sector-pair cells over all waves (sectors x sectors x waves) a
 * network may have: each cell costs every sector table of the measures. A
 * data set with more is refused at load, at the row of its highest wave.
 */
#define NRP_MAX_SECTOR_CELLS 4000000u

/**
 * NRP_MAX_ACTOR_CELLS:
 *
 * The most actor-wave cells (actors x waves) a network may have: each cell
 * costs every per-actor table of the measures (about 250 bytes in a report).
 * A data set with more is refused at load, at the row of its highest wave.
 */
#define NRP_MAX_ACTOR_CELLS 20000000u

/**
 * NRP_MAX_PERMUTATIONS:
 *
 * The most label permutations the option setters accept. Like the other
 * NRP_MAX_ limits, a value beyond it is NRP_ERROR_ARGUMENT, not clamped: the
 * program and the Python package report it in their own words.
 */
#define NRP_MAX_PERMUTATIONS 10000000u  /* label permutations */
/**
 * NRP_MAX_BOOTSTRAP:
 *
 * The most bootstrap replicates nrp_change_options_set_bootstrap() accepts.
 */
#define NRP_MAX_BOOTSTRAP 1000000u      /* bootstrap replicates */
/**
 * NRP_MAX_THREADS:
 *
 * The most threads the option setters accept (0 means one per processor).
 */
#define NRP_MAX_THREADS 1024u           /* threads (0: one per processor) */
/**
 * NRP_MAX_SHARDS:
 *
 * The most shards a comparison's replicates split into
 * (nrp_change_options_set_shard()).
 */
#define NRP_MAX_SHARDS 100000u          /* shards of the replicates */
/**
 * NRP_MAX_SAMPLES:
 *
 * The most shortest paths nrp_betweenness_sample() draws: an epsilon and
 * delta that would need more (nrp_betweenness_sample_size()) are refused,
 * rather than given a guarantee fewer paths do not hold.
 */
#define NRP_MAX_SAMPLES 100000000u      /* sampled shortest paths */
/**
 * NRP_MAX_DRAWS:
 *
 * The most random assignments of a randomisation test
 * nrp_study_options_set_draws() accepts.
 */
#define NRP_MAX_DRAWS 1000000000u       /* random assignments of a randomisation test */

/**
 * NrpCsvFlags:
 * @NRP_CSV_DEFAULT: UTF-8 without a byte order mark: what R, Python,
 *   LibreOffice and most tools read as it is
 * @NRP_CSV_BOM: start each file with the UTF-8 byte order mark, which Excel
 *   needs to read non-ASCII text as UTF-8 on a double click
 *
 * How the *_write_csv() functions write their tables.
 */
typedef enum {
  NRP_CSV_DEFAULT = 0,
  NRP_CSV_BOM = 1 << 0
} NrpCsvFlags;

/**
 * NrpProgressFunc:
 * @done: the share of the work done, 0 to 1
 * @user_data: the data given with the callback
 *
 * Called from the thread that runs a long computation (bootstrap,
 * permutations, the study's randomisation test), at most a few hundred
 * times per run.
 */
typedef void (*NrpProgressFunc) (double done, gpointer user_data);

/**
 * nrp_error_get_file:
 * @error: a GError of the NRP_ERROR domain
 *
 * The file an error was found in.
 *
 * Time complexity: O(1).
 *
 * Returns: (nullable): the name of the file the error was found in, as the
 *   caller gave it, or NULL when the error is not about a file. Borrowed from
 *   @error.
 */
NRP_API const char *nrp_error_get_file (const GError *error);

/**
 * nrp_error_get_line:
 * @error: a #GError of the NRP_ERROR domain
 *
 * The line an error was found on.
 *
 * Time complexity: O(1).
 *
 * Returns: the 1-based physical line of the error in its file, or 0.
 */
NRP_API guint nrp_error_get_line (const GError *error);

/**
 * nrp_error_get_column:
 * @error: a #GError of the NRP_ERROR domain
 *
 * The column an error was found in.
 *
 * Time complexity: O(1).
 *
 * Returns: the 1-based column (field number) of the error, or 0 when the error
 *   concerns a whole line or file.
 */
NRP_API guint nrp_error_get_column (const GError *error);

/**
 * nrp_file_write:
 * @path: the file to write
 * @text: the bytes to write
 * @length: their number, or -1 when @text is NUL-terminated
 * @error: return location for a #GError, or NULL
 *
 * Writes a file as every nrpnet output does: @path must be new or a regular
 * file (a device, a FIFO, a symbolic link or a directory is refused, never
 * replaced); an existing file keeps its permissions; the file is replaced
 * atomically, so a failure leaves the old one whole. The program writes
 * its --output this way, and so do the CSV, GraphML and picture writers.
 *
 * Errors: NRP_ERROR_IO naming @path: what is there if it is not a regular
 * file, or why the write failed (a full disk, no permission).
 *
 * Time complexity: O(length).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_file_write (const char *path, const char *text, gssize length,
                                 GError **error);

/**
 * nrp_version:
 *
 * The version of the library the program runs against.
 *
 * Time complexity: O(1).
 *
 * Returns: the version of the library the program runs against, "X.Y.Z".
 */
NRP_API const char *nrp_version (void);

/**
 * nrp_version_number:
 *
 * The version of the library the program runs against as one number,
 * MAJOR * 10000 + MINOR * 100 + MICRO: compare it with NRP_VERSION_NUMBER
 * (the headers' version) to find a program built against other headers.
 * Before 1.0 a minor release may change the API: a program should insist
 * on the same major and minor version.
 *
 * Time complexity: O(1).
 *
 * Returns: the runtime version number (100 for 0.1.0).
 */
NRP_API guint nrp_version_number (void);

G_END_DECLS

#endif /* NRPNET_COMMON_H */
