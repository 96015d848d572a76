/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * csv.c: the strict CSV record reader (see csv.h for what it accepts).
 *
 * How it works: the reader walks the input once. At each field it looks at
 * the first byte: a quote starts a quoted field, read up to the matching
 * closing quote (a doubled quote is one literal quote; line feeds inside
 * advance the physical line count); anything else is an unquoted field,
 * read with memchr-like scanning up to the next comma, CR or LF. After the
 * field, exactly one of comma (next field), LF or CRLF (end of record) or
 * end of input must follow. Field bytes are appended to one GString with a
 * NUL after each, so a record costs no allocation once the buffer has grown
 * to the longest record. Each field is checked as UTF-8 when it ends, so an
 * encoding fault is reported at its own line and column.
 */
#include "config.h"

#include <string.h>

#include "io/csv.h"
#include "core/nrp-private.h"

void
nrp_csv_reader_init (NrpCsvReader *reader, const char *name, const char *data, gsize len)
{
  reader->name = name;
  reader->data = data;
  reader->len = len;
  reader->pos = 0;
  reader->line = 1;
  reader->record_line = 1;
  reader->delim = ',';
  reader->buf = g_string_sized_new (256);
  reader->starts = g_array_sized_new (FALSE, FALSE, sizeof (gsize), 16);
  reader->lines = g_array_sized_new (FALSE, FALSE, sizeof (guint), 16);
  /* A UTF-8 byte order mark, as spreadsheet programs write, is skipped. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    reader->pos = 3;
}

void
nrp_csv_reader_clear (NrpCsvReader *reader)
{
  if (reader->buf != NULL)
    g_string_free (reader->buf, TRUE);
  if (reader->starts != NULL)
    g_array_unref (reader->starts);
  if (reader->lines != NULL)
    g_array_unref (reader->lines);
  reader->buf = NULL;
  reader->starts = NULL;
  reader->lines = NULL;
}

static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t';
}

/* Checks the field that starts at buf offset @start and ends at buf->len. */
static gboolean
check_field (NrpCsvReader *r, gsize start, guint column, guint line, GError **error)
{
  const char *s = r->buf->str + start;
  gsize n = r->buf->len - start;

  if (memchr (s, '\0', n) != NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_ENCODING, r->name, line, column,
                        "the field holds a NUL byte (is this a UTF-16 or binary file?)");
      return FALSE;
    }
  if (!g_utf8_validate_len (s, n, NULL))
    {
      nrp_set_error_at (error, NRP_ERROR_ENCODING, r->name, line, column,
                        "the field is not valid UTF-8 (save the file as UTF-8)");
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_length (NrpCsvReader *r, guint column, GError **error)
{
  if (r->buf->len > NRP_MAX_RECORD_BYTES)
    {
      nrp_set_error_at (error, NRP_ERROR_TOO_LONG, r->name, r->record_line, column,
                        "the row is longer than %u bytes", (guint) NRP_MAX_RECORD_BYTES);
      return FALSE;
    }
  return TRUE;
}

/* Reads a quoted field; r->pos is at the opening quote. */
static gboolean
read_quoted (NrpCsvReader *r, guint column, GError **error)
{
  const char *d = r->data;
  guint open_line = r->line;

  r->pos++; /* the opening quote */
  for (;;)
    {
      const char *q;
      gsize chunk;

      if (r->pos >= r->len)
        {
          nrp_set_error_at (error, NRP_ERROR_SYNTAX, r->name, open_line, column,
                            "a quote opened here is never closed");
          return FALSE;
        }
      q = memchr (d + r->pos, '"', r->len - r->pos);
      chunk = (q != NULL ? (gsize) (q - d) : r->len) - r->pos;
      if (chunk > 0)
        {
          const char *p = d + r->pos;
          const char *end = p + chunk;
          while ((p = memchr (p, '\n', (gsize) (end - p))) != NULL)
            {
              r->line++;
              p++;
            }
          g_string_append_len (r->buf, d + r->pos, (gssize) chunk);
          r->pos += chunk;
          if (!check_length (r, column, error))
            return FALSE;
        }
      if (q == NULL)
        continue; /* reports the unterminated quote */
      /* r->pos is at a quote: doubled (a literal quote) or closing. */
      if (r->pos + 1 < r->len && d[r->pos + 1] == '"')
        {
          g_string_append_c (r->buf, '"');
          r->pos += 2;
          continue;
        }
      r->pos++;
      break;
    }
  if (r->pos < r->len)
    {
      char c = d[r->pos];
      if (c != r->delim && c != '\n' && c != '\r')
        {
          nrp_set_error_at (error, NRP_ERROR_SYNTAX, r->name, r->line, column,
                            "text after the closing quote of a field "
                            "(a quote inside a field must be doubled)");
          return FALSE;
        }
    }
  return TRUE;
}

/* Reads an unquoted field; trims surrounding blanks. */
static gboolean
read_unquoted (NrpCsvReader *r, guint column, GError **error)
{
  const char *d = r->data;
  gsize start = r->pos;
  gsize end;

  while (r->pos < r->len)
    {
      char c = d[r->pos];
      if (c == r->delim || c == '\n' || c == '\r')
        break;
      if (c == '"')
        {
          nrp_set_error_at (error, NRP_ERROR_SYNTAX, r->name, r->line, column,
                            "a quote inside an unquoted field "
                            "(quote the whole field and double the inner quote)");
          return FALSE;
        }
      r->pos++;
      if (r->pos - start > NRP_MAX_RECORD_BYTES)
        break;
    }
  end = r->pos;
  while (start < end && is_blank (d[start]))
    start++;
  while (end > start && is_blank (d[end - 1]))
    end--;
  g_string_append_len (r->buf, d + start, (gssize) (end - start));
  return check_length (r, column, error);
}

gboolean
nrp_csv_reader_next (NrpCsvReader *r, GError **error)
{
  const char *d = r->data;
  guint column = 0;

  g_string_truncate (r->buf, 0);
  g_array_set_size (r->starts, 0);
  g_array_set_size (r->lines, 0);

  /* Empty lines hold no data: skip them. */
  for (;;)
    {
      if (r->pos >= r->len)
        return FALSE;
      if (d[r->pos] == '\n')
        {
          r->pos++;
          r->line++;
        }
      else if (d[r->pos] == '\r' && r->pos + 1 < r->len && d[r->pos + 1] == '\n')
        {
          r->pos += 2;
          r->line++;
        }
      else
        break;
    }

  r->record_line = r->line;
  for (;;)
    {
      gsize start = r->buf->len;
      guint line = r->line;

      column++;
      g_array_append_val (r->starts, start);
      g_array_append_val (r->lines, line);
      if (r->pos < r->len && d[r->pos] == '"')
        {
          if (!read_quoted (r, column, error))
            return FALSE;
        }
      else if (!read_unquoted (r, column, error))
        return FALSE;
      if (!check_field (r, start, column, line, error))
        return FALSE;
      g_string_append_c (r->buf, '\0');

      if (r->pos >= r->len)
        return TRUE;
      if (d[r->pos] == r->delim)
        {
          r->pos++;
          continue;
        }
      switch (d[r->pos])
        {
        case '\n':
          r->pos++;
          r->line++;
          return TRUE;
        case '\r':
          if (r->pos + 1 < r->len && d[r->pos + 1] == '\n')
            {
              r->pos += 2;
              r->line++;
              return TRUE;
            }
          nrp_set_error_at (error, NRP_ERROR_SYNTAX, r->name, r->line, column,
                            "a carriage return not followed by a line feed "
                            "(use LF or CRLF line ends)");
          return FALSE;
        default:
          /* A field stopped at the length limit (it may have trimmed to
           * nothing if it was all blanks). */
          nrp_set_error_at (error, NRP_ERROR_TOO_LONG, r->name, r->record_line, column,
                            "the row is longer than %u bytes", (guint) NRP_MAX_RECORD_BYTES);
          return FALSE;
        }
    }
}

char
nrp_csv_detect_delimiter (const char *data, gsize len, guint *count)
{
  static const char candidates[3] = { ',', ';', '\t' };
  guint n[3] = { 0, 0, 0 }, best = 0;
  gboolean quoted = FALSE;
  gsize i = len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;

  while (i < len && (data[i] == '\n' || data[i] == '\r'))
    i++;
  for (; i < len; i++)
    {
      char c = data[i];
      if (c == '"')
        quoted = !quoted; /* a doubled quote toggles twice */
      else if (!quoted && (c == '\n' || c == '\r'))
        break;
      else if (!quoted)
        for (guint k = 0; k < 3; k++)
          n[k] += c == candidates[k];
    }
  for (guint k = 1; k < 3; k++)
    if (n[k] > n[best])
      best = k;
  if (count != NULL)
    *count = n[best];
  return candidates[best];
}
