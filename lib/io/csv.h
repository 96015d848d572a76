/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * csv.h: a strict RFC 4180 record reader that knows where it is.
 *
 * Why not libcsv: libcsv's strict mode detects the same faults, but its
 * callbacks report neither the line a field started on nor its column, and
 * an unterminated quote is only noticed at end of input. nrpnet promises
 * "file:line:column" for every fault, the opening line for an unterminated
 * quote, and physical line numbers across quoted newlines, so it reads CSV
 * with this small state machine instead (one pass, no allocation per field).
 *
 * Accepted: a UTF-8 byte order mark at the start, LF or CRLF line ends,
 * quoted fields holding commas, doubled quotes and line breaks, empty lines
 * (skipped: they hold no data). Unquoted fields have surrounding spaces and
 * tabs removed; quoted fields are kept byte for byte.
 * Rejected (NRP_ERROR_*): an unterminated quote (reported at the line where
 * it opened), text after a closing quote, a quote inside an unquoted field,
 * a carriage return not followed by a line feed, invalid UTF-8, a NUL byte,
 * and a record longer than NRP_MAX_RECORD_BYTES.
 */
#ifndef NRP_CSV_H
#define NRP_CSV_H

#include <glib.h>

typedef struct {
  const char *name;     /* file name for messages (borrowed) */
  const char *data;     /* whole input (borrowed), not NUL-terminated */
  gsize len;            /* bytes in data */
  gsize pos;            /* next byte to read */
  guint line;           /* physical line of data[pos], 1-based */
  guint record_line;    /* line where the current record started */
  char delim;           /* the field separator: ',' unless set */
  GString *buf;         /* the fields of the current record, each NUL-terminated */
  GArray *starts;       /* gsize offset in buf of each field */
  GArray *lines;        /* guint physical line where each field starts */
} NrpCsvReader;

void nrp_csv_reader_init (NrpCsvReader *reader, const char *name, const char *data, gsize len);
void nrp_csv_reader_clear (NrpCsvReader *reader);

/*
 * The separator a file's header row uses: of ',', ';' and TAB outside
 * quotes, the most frequent (a tie goes to that order; none: ','), with
 * how many it holds in @count (optional). Spreadsheets in locales that
 * write decimal commas export semicolons.
 */
char nrp_csv_detect_delimiter (const char *data, gsize len, guint *count);

/*
 * Reads the next record. Returns TRUE with the record available, or FALSE
 * at end of input (error unset) or on a fault (error set).
 */
gboolean nrp_csv_reader_next (NrpCsvReader *reader, GError **error);

static inline guint
nrp_csv_n_fields (const NrpCsvReader *reader)
{
  return reader->starts->len;
}

static inline const char *
nrp_csv_field (const NrpCsvReader *reader, guint i)
{
  return reader->buf->str + g_array_index (reader->starts, gsize, i);
}

/* The physical line where field i of the current record starts. */
static inline guint
nrp_csv_field_line (const NrpCsvReader *reader, guint i)
{
  return g_array_index (reader->lines, guint, i);
}

#endif /* NRP_CSV_H */
