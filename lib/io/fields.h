/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fields.h: the loaders' shared header matching, row reading and cell
 * parsing (fields.c); never installed.
 */
#ifndef NRP_IO_FIELDS_H
#define NRP_IO_FIELDS_H

#include "core/nrp-private.h"
#include "io/csv.h"

/* A column a loader looks for in a header. */
typedef struct {
  const char *name;   /* expected name */
  gboolean required;
  gint index;         /* field index once found, -1 before */
  const char *hint;   /* NULL, or what a missing column's message adds */
} NrpColumn;

/* An id or column name as a message shows it (cut to 80 characters). */
char *nrp_io_shown (const char *s);

/* The key of a pair (a number: a wave or a row; a name: a respondent, an
 * alter, a position) in the survey's lookup tables: "N\037name". The
 * number is digits only and ends at the first separator, so two pairs
 * share a key only if they are equal, whatever the name holds. g_free(). */
char *nrp_io_pair_key (guint n, const char *name);

/* "a, b, c (optional)": the columns expected; the header's columns as found. */
char *nrp_io_describe_expected (const NrpColumn *cols, guint n);
char *nrp_io_describe_found (NrpCsvReader *r);

/*
 * Reads the header of @r and finds @cols in it (names compared without
 * regard to ASCII case). Columns not in @cols are allowed when @allow_extra
 * (their indices go to @extra), else an error; @what names the file's kind
 * in messages.
 */
gboolean nrp_io_read_header (NrpCsvReader *r, NrpColumn *cols, guint n_cols,
                             gboolean allow_extra, GArray *extra, const char *what,
                             GError **error);

/* Reads the next data row and checks that it has @width fields; *@done
 * at the end of the input. */
gboolean nrp_io_next_row (NrpCsvReader *r, guint width, gboolean *done, GError **error);

/* A strict non-negative integer up to @max: digits only. */
gboolean nrp_io_parse_uint (const char *s, guint64 max, guint64 *out);

/* Field @column of the current row as a wave number (1 or more). */
gboolean nrp_io_parse_wave (NrpCsvReader *r, guint column, const char *column_name, guint *wave,
                            GError **error);

/* Field @column as a tie weight: finite and positive. */
gboolean nrp_io_parse_weight (NrpCsvReader *r, guint column, double *weight, GError **error);

/* Field @column as a finite number, or NaN for an empty cell or NA; the
 * error names the @kind ("outcome", "item") and column @name, not the cell. */
gboolean nrp_io_parse_number (NrpCsvReader *r, guint column, const char *kind, const char *name,
                              double *out, GError **error);

/* The bytes of the file at @path in @src (named @path in messages): mapped
 * when it is a regular file, read through when it is a pipe or FIFO, and
 * standard input for "-". Unref the result when @src is no longer used. */
GBytes *nrp_io_map_file (const char *path, NrpSource *src, GError **error);

#endif /* NRP_IO_FIELDS_H */
