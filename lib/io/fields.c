/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fields.c: what every loader shares: error messages that show ids and
 * column names (never other cell values), header matching with the hint for
 * a misspelt column, row reading, and the parsers of counts, waves and
 * weights. Each loader (load-network.c, load-study.c, ...) reads its own
 * columns with these.
 */
#include "config.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/fields.h"

/* ---- Messages ----------------------------------------------------------- */

/*
 * An id or column name as an error message shows it: whole up to 80
 * characters, else its first 77 and "...", cut between characters (ids may
 * be up to NRP_MAX_RECORD_BYTES long; a message should stay readable).
 */
char *
nrp_io_pair_key (guint n, const char *name)
{
  return g_strdup_printf ("%u\037%s", n, name);
}

char *
nrp_io_shown (const char *s)
{
  g_autofree char *head = NULL;
  if (g_utf8_strlen (s, 4 * 81) <= 80)
    return g_strdup (s);
  head = g_utf8_substring (s, 0, 77);
  return g_strconcat (head, "...", NULL);
}

/* ---- Headers ------------------------------------------------------------ */


char *
nrp_io_describe_expected (const NrpColumn *cols, guint n)
{
  GString *s = g_string_new (NULL);
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s%s%s", i ? ", " : "", cols[i].name,
                            cols[i].required ? "" : " (optional)");
  return g_string_free (s, FALSE);
}

char *
nrp_io_describe_found (NrpCsvReader *r)
{
  GString *s = g_string_new (NULL);
  guint n = nrp_csv_n_fields (r);
  for (guint i = 0; i < n && i < 30; i++)
    {
      g_autofree char *name = nrp_io_shown (nrp_csv_field (r, i));
      g_string_append_printf (s, "%s%s", i ? ", " : "", name);
    }
  if (n > 30)
    g_string_append_printf (s, ", ... (%u columns)", n);
  return g_string_free (s, FALSE);
}

/* Levenshtein distance of two short ASCII names, ignoring case. */
static guint
edit_distance (const char *a, const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  g_autofree guint *row = NULL;

  if (la > 64 || lb > 64)
    return G_MAXUINT;
  row = g_new (guint, lb + 1);
  for (gsize j = 0; j <= lb; j++)
    row[j] = (guint) j;
  for (gsize i = 1; i <= la; i++)
    {
      guint diag = row[0];
      row[0] = (guint) i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint up = row[j];
          guint cost = g_ascii_tolower (a[i - 1]) == g_ascii_tolower (b[j - 1]) ? 0 : 1;
          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diag + cost);
          diag = up;
        }
    }
  return row[lb];
}

/* The 1-based header field, not matching any expected column, whose name
 * is within two edits of @want; 0 if there is none. */
static guint
closest_unknown (NrpCsvReader *r, const NrpColumn *cols, guint n_cols, const char *want)
{
  guint best = 0, best_d = 3;
  for (guint f = 0; f < nrp_csv_n_fields (r); f++)
    {
      gboolean known = FALSE;
      guint d;
      for (guint i = 0; i < n_cols; i++)
        known = known || cols[i].index == (gint) f;
      if (known)
        continue;
      d = edit_distance (nrp_csv_field (r, f), want);
      if (d < best_d)
        {
          best_d = d;
          best = f + 1;
        }
    }
  return best;
}

/*
 * Reads the header of @r and finds @cols in it. Columns not in @cols are
 * allowed when @allow_extra (their indices go to @extra), else an error.
 */
gboolean
nrp_io_read_header (NrpCsvReader *r, NrpColumn *cols, guint n_cols, gboolean allow_extra, GArray *extra,
             const char *what, GError **error)
{
  GError *e = NULL;
  guint n;

  if (!nrp_csv_reader_next (r, &e))
    {
      if (e != NULL)
        {
          g_propagate_error (error, e);
          return FALSE;
        }
      g_autofree char *exp = nrp_io_describe_expected (cols, n_cols);
      nrp_set_error_at (error, NRP_ERROR_EMPTY, r->name, 1, 1,
                        "the file is empty; a %s file starts with a header row: %s", what,
                        exp);
      return FALSE;
    }

  n = nrp_csv_n_fields (r);
  for (guint i = 0; i < n_cols; i++)
    cols[i].index = -1;

  /* A file saved with tabs or semicolons reads as one column: say so
   * rather than "missing column". */
  if (n == 1 && n_cols > 1)
    {
      const char *only = nrp_csv_field (r, 0);
      const char *sep = strchr (only, '\t') != NULL ? "tabs"
                        : strchr (only, ';') != NULL ? "semicolons"
                                                     : NULL;
      if (sep != NULL)
        {
          nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line, 1,
                            "the header is one column holding %s: the file seems to be "
                            "separated by %s, and nrpnet reads comma-separated files (save "
                            "it as \"CSV (comma delimited)\")",
                            sep, sep);
          return FALSE;
        }
    }

  /* Names are compared without regard to ASCII case; a hash table of the
   * folded names finds a repeat in one pass (a header of 100,000 columns
   * is as quick as one of ten). */
  {
    g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
    for (guint f = 0; f < n; f++)
      {
        const char *name = nrp_csv_field (r, f);
        char *folded;
        gpointer first;
        if (*name == '\0')
          {
            nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line, f + 1,
                              "column %u of the header has no name", f + 1);
            return FALSE;
          }
        folded = g_ascii_strdown (name, -1);
        if (g_hash_table_lookup_extended (seen, folded, NULL, &first))
          {
            g_autofree char *col = nrp_io_shown (name);
            g_free (folded);
            nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line, f + 1,
                              "column '%s' appears twice in the header (columns %u and %u)",
                              col, GPOINTER_TO_UINT (first) + 1, f + 1);
            return FALSE;
          }
        g_hash_table_insert (seen, folded, GUINT_TO_POINTER (f));
      }
  }

  for (guint f = 0; f < n; f++)
    {
      const char *name = nrp_csv_field (r, f);
      gboolean known = FALSE;
      for (guint i = 0; i < n_cols; i++)
        if (g_ascii_strcasecmp (name, cols[i].name) == 0)
          {
            cols[i].index = (gint) f;
            known = TRUE;
          }
      if (!known && extra != NULL)
        g_array_append_val (extra, f);
    }

  for (guint i = 0; i < n_cols; i++)
    if (cols[i].required && cols[i].index < 0)
      {
        g_autofree char *exp = nrp_io_describe_expected (cols, n_cols);
        g_autofree char *found = nrp_io_describe_found (r);
        guint near = closest_unknown (r, cols, n_cols, cols[i].name);
        g_autofree char *near_name = near > 0 ? nrp_io_shown (nrp_csv_field (r, near - 1)) : NULL;
        g_autofree char *hint = near > 0 ? g_strdup_printf (" (is '%s' meant to be '%s'?)",
                                                            near_name, cols[i].name)
                                         : cols[i].hint != NULL ? g_strdup_printf (" (%s)", cols[i].hint)
                                                                : g_strdup ("");
        nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line,
                          near > 0 ? near : 1,
                          "missing or misspelt column '%s'%s; expected columns: %s; found: %s",
                          cols[i].name, hint, exp, found);
        return FALSE;
      }

  if (!allow_extra)
    for (guint f = 0; f < n; f++)
      {
        gboolean known = FALSE;
        for (guint i = 0; i < n_cols; i++)
          known = known || cols[i].index == (gint) f;
        if (!known)
          {
            g_autofree char *exp = nrp_io_describe_expected (cols, n_cols);
            g_autofree char *found = nrp_io_describe_found (r);
            g_autofree char *col = nrp_io_shown (nrp_csv_field (r, f));
            nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line, f + 1,
                              "unexpected column '%s'; expected columns: %s; found: %s",
                              col, exp, found);
            return FALSE;
          }
      }
  return TRUE;
}

/* Reads the next data row and checks its width. */
gboolean
nrp_io_next_row (NrpCsvReader *r, guint width, gboolean *done, GError **error)
{
  GError *e = NULL;
  guint n;

  *done = FALSE;
  if (!nrp_csv_reader_next (r, &e))
    {
      if (e != NULL)
        {
          g_propagate_error (error, e);
          return FALSE;
        }
      *done = TRUE;
      return TRUE;
    }
  n = nrp_csv_n_fields (r);
  if (n != width)
    {
      nrp_set_error_at (error, NRP_ERROR_SYNTAX, r->name, r->record_line,
                        n < width ? n + 1 : width + 1,
                        "the row has %u field%s but the header has %u", n,
                        n == 1 ? "" : "s", width);
      return FALSE;
    }
  return TRUE;
}

/* ---- Cell values -------------------------------------------------------- */

/* A strict non-negative integer: digits only. */
gboolean
nrp_io_parse_uint (const char *s, guint64 max, guint64 *out)
{
  guint64 v = 0;
  if (*s == '\0')
    return FALSE;
  for (; *s; s++)
    {
      if (*s < '0' || *s > '9')
        return FALSE;
      v = v * 10 + (guint64) (*s - '0');
      if (v > max)
        return FALSE;
    }
  *out = v;
  return TRUE;
}

gboolean
nrp_io_parse_wave (NrpCsvReader *r, guint column, const char *column_name, guint *wave,
            GError **error)
{
  const char *s = nrp_csv_field (r, column);
  guint64 v;
  guint line = nrp_csv_field_line (r, column);

  if (*s == '\0')
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, line, column + 1,
                        "%s is empty; it must be a positive integer (1, 2, ...)",
                        column_name);
      return FALSE;
    }
  if (!nrp_io_parse_uint (s, G_MAXUINT32, &v) || v == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, line, column + 1,
                        "%s is not a positive integer (waves are numbered 1, 2, ...)",
                        column_name);
      return FALSE;
    }
  if (v > NRP_MAX_WAVE)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, line, column + 1,
                        "%s is greater than %u, the highest wave nrpnet accepts",
                        column_name, (guint) NRP_MAX_WAVE);
      return FALSE;
    }
  *wave = (guint) v;
  return TRUE;
}

gboolean
nrp_io_parse_weight (NrpCsvReader *r, guint column, double *weight, GError **error)
{
  const char *s = nrp_csv_field (r, column);
  const char *p = s;
  const char *problem = NULL;
  char *end = NULL;
  double v;

  if (*p == '+' || *p == '-')
    p++;
  if (*s == '\0')
    problem = "is empty";
  else if (g_ascii_strcasecmp (p, "nan") == 0)
    problem = "is NaN";
  else if (g_ascii_strcasecmp (p, "inf") == 0 || g_ascii_strcasecmp (p, "infinity") == 0)
    problem = "is infinite";
  else if (strspn (s, "0123456789.eE+-") != strlen (s))
    problem = "is not a number";
  else
    {
      errno = 0;
      v = g_ascii_strtod (s, &end);
      if (end == s || *end != '\0')
        problem = "is not a number";
      else if (errno == ERANGE && fabs (v) > 1.0)
        problem = "is infinite (too large)";
      else if (v == 0.0)
        problem = "is zero";
      else if (v < 0.0)
        problem = "is negative";
      else if (!isfinite (v))
        problem = "is infinite";
      /* A denormal weight has no finite path length 1/weight, and weights
       * near DBL_MAX overflow when a dyad's types or an actor's ties are
       * summed: both are refused here, where the cell can be named. */
      else if (v < DBL_MIN)
        problem = "is too small (below 2.2e-308, its path length 1/weight is infinite)";
      else if (v > 1e300)
        problem = "is too large (above 1e300, sums of weights would overflow)";
      else
        {
          *weight = v;
          return TRUE;
        }
    }
  nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, nrp_csv_field_line (r, column),
                    column + 1, "the weight %s; a weight is a positive, finite number", problem);
  return FALSE;
}


gboolean
nrp_io_parse_number (NrpCsvReader *r, guint column, const char *kind, const char *name,
                     double *out, GError **error)
{
  const char *s = nrp_csv_field (r, column);
  char *end = NULL;
  double v;

  if (*s == '\0' || strcmp (s, "NA") == 0)
    {
      *out = NAN;
      return TRUE;
    }
  errno = 0;
  v = g_ascii_strtod (s, &end);
  if (end == s || *end != '\0' || strspn (s, "0123456789.eE+-") != strlen (s) || !isfinite (v)
      || (errno == ERANGE && fabs (v) > 1.0))
    {
      g_autofree char *col = nrp_io_shown (name);
      nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, nrp_csv_field_line (r, column),
                        column + 1,
                        "the %s '%s' is not a finite number (leave the cell empty or "
                        "write NA for a missing value)",
                        kind, col);
      return FALSE;
    }
  *out = v;
  return TRUE;
}

/* Reads all of @fd (a pipe, a FIFO, standard input) into a new GBytes. */
static GBytes *
read_all (int fd, const char *name, GError **error)
{
  GByteArray *buf = g_byte_array_new ();
  guint8 chunk[65536];
  for (;;)
    {
      gssize got = read (fd, chunk, sizeof chunk);
      if (got == 0)
        break;
      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int saved = errno;
          g_byte_array_unref (buf);
          nrp_set_error_at (error, NRP_ERROR_IO, name, 0, 0, "cannot read the file: %s",
                            g_strerror (saved));
          return NULL;
        }
      g_byte_array_append (buf, chunk, (guint) got);
    }
  return g_byte_array_free_to_bytes (buf);
}

GBytes *
nrp_io_map_file (const char *path, NrpSource *src, GError **error)
{
  GError *e = NULL;
  GBytes *bytes = NULL;
  struct stat st;

  src->name = path;
  if (strcmp (path, "-") == 0)
    {
      /* Standard input, as the README's "-" promises. */
      src->name = "standard input";
      bytes = read_all (0, src->name, error);
    }
  else if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
    {
      /* A pipe, a FIFO or <(...): no mapping, read it through. */
      int fd = g_open (path, O_RDONLY, 0);
      if (fd < 0)
        {
          int saved = errno;
          nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot read the file: %s",
                            g_strerror (saved));
          return NULL;
        }
      bytes = read_all (fd, path, error);
      close (fd);
    }
  else
    {
      GMappedFile *m = g_mapped_file_new (path, FALSE, &e);
      if (m == NULL)
        {
          nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot read the file: %s",
                            e->message);
          g_error_free (e);
          return NULL;
        }
      bytes = g_mapped_file_get_bytes (m);
      g_mapped_file_unref (m);
    }
  if (bytes == NULL)
    return NULL;
  src->data = g_bytes_get_data (bytes, &src->len);
  if (src->data == NULL)
    src->data = "";
  return bytes;
}

