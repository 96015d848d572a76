/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * import.c: adjacency matrices, one a wave, read strictly into ties
 * (nrpnet/import.h). Each matrix is read with the loaders' CSV reader,
 * its separator found from the header; the non-zero cells are kept as
 * (row, column, weight) with their place in the file, so that a cell
 * unlike its mirror can be named at its line and column. A wide survey
 * export (a row per respondent, a column per named contact) is read the
 * same way into directed ties.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "io/fields.h"

typedef struct {
  guint source, target, wave;
  double weight;
  guint line, column;   /* the cell's place in its file */
} Cell;

struct _NrpImport {
  GPtrArray *ids;        /* char *: every id, in order of first appearance */
  GHashTable *index;     /* id -> its position + 1 */
  GArray *ties;          /* Cell: the ties, by wave, in file order */
  guint *n_ties;         /* per wave */
  guint n_waves;
  gboolean directed;
  GPtrArray *notes;      /* char * */
};

void
nrp_import_free (NrpImport *imp)
{
  if (imp == NULL)
    return;
  g_clear_pointer (&imp->ids, g_ptr_array_unref);
  g_clear_pointer (&imp->index, g_hash_table_unref);
  g_clear_pointer (&imp->ties, g_array_unref);
  g_free (imp->n_ties);
  g_clear_pointer (&imp->notes, g_ptr_array_unref);
  g_free (imp);
}

/* 1 to NRP_MAX_WAVE files of a kind (@what), one a wave. */
static gboolean
check_n_files (guint n_paths, const char *what, GError **error)
{
  if (n_paths >= 1 && n_paths <= NRP_MAX_WAVE)
    return TRUE;
  nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0, "give 1 to %u %s, one a wave, not %u",
                    (guint) NRP_MAX_WAVE, what, n_paths);
  return FALSE;
}

static NrpImport *
import_new (guint n_waves)
{
  NrpImport *imp = g_new0 (NrpImport, 1);
  imp->ids = g_ptr_array_new ();
  imp->index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  imp->notes = g_ptr_array_new_with_free_func (g_free);
  imp->n_waves = n_waves;
  imp->n_ties = g_new0 (guint, n_waves);
  return imp;
}

/* "FILE: wave W, read as semicolon-separated (N semicolons in its
 * header)": the start of a file's note. g_free(). */
static char *
separator_note (const NrpSource *src, guint wave, char delim, guint count)
{
  const char *name = delim == ';' ? "semicolon" : delim == '\t' ? "tab" : "comma";
  return g_strdup_printf ("%s: wave %u, read as %s-separated (%u %ss in its header)", src->name,
                          wave, name, count, name);
}

/* A cell's weight: empty or 0 (no tie, *weight 0) or positive and finite.
 * With @decimal_comma (a semicolon-separated file, as spreadsheets write
 * where the comma is the decimal mark), one comma and no point is a
 * decimal mark: *@used is set. */
static gboolean
cell_weight (const char *s, gboolean decimal_comma, gboolean *used, double *weight)
{
  char *end;
  char buf[64];
  const char *comma = strchr (s, ',');
  if (*s == '\0')
    {
      *weight = 0;
      return TRUE;
    }
  if (decimal_comma && comma != NULL && strchr (comma + 1, ',') == NULL
      && strchr (s, '.') == NULL && strlen (s) < sizeof buf)
    {
      strcpy (buf, s);
      buf[comma - s] = '.';
      s = buf;
      *used = TRUE;
    }
  *weight = g_ascii_strtod (s, &end);
  return end != s && *end == '\0' && isfinite (*weight) && *weight >= 0;
}

/* Starts @r on @src with the separator its header shows (r->delim, found
 * *@count times there) and reads the header; an empty file is an error
 * whose message ends with @what_first (what the header should be). */
static gboolean
open_header (NrpCsvReader *r, const NrpSource *src, guint *count, const char *what_first,
             GError **error)
{
  GError *e = NULL;
  char delim = nrp_csv_detect_delimiter (src->data, src->len, count);
  nrp_csv_reader_init (r, src->name, src->data, src->len);
  r->delim = delim;
  if (nrp_csv_reader_next (r, &e))
    return TRUE;
  if (e != NULL)
    g_propagate_error (error, e);
  else
    nrp_set_error_at (error, NRP_ERROR_EMPTY, src->name, 1, 1, "the file is empty; %s",
                      what_first);
  return FALSE;
}

/* The actor @id of @imp, added if new. */
static guint
actor_of (NrpImport *imp, const char *id)
{
  gpointer at;
  if (!g_hash_table_lookup_extended (imp->index, id, NULL, &at))
    {
      char *copy = g_strdup (id);
      g_ptr_array_add (imp->ids, copy);
      at = GUINT_TO_POINTER (imp->ids->len);
      g_hash_table_insert (imp->index, copy, at);
    }
  return GPOINTER_TO_UINT (at) - 1;
}

/* Sets byte @i of @bytes, growing it with zeros. */
static void
mark (GByteArray *bytes, guint i)
{
  guint old = bytes->len;
  if (i >= old)
    {
      g_byte_array_set_size (bytes, i + 1);
      memset (bytes->data + old, 0, i + 1 - old);
    }
  bytes->data[i] = 1;
}

/* Whether byte @i of @bytes is set (beyond its end: not). */
static gboolean
marked (const GByteArray *bytes, guint i)
{
  return i < bytes->len && bytes->data[i];
}

/* Reads matrix @path as wave @wave into @imp (its ids), @cells (its
 * non-zero cells) and @present (marks the actors its header names). */
static gboolean
read_matrix (NrpImport *imp, const char *path, guint wave, GArray *cells, GByteArray *present,
             GError **error)
{
  NrpSource src;
  g_autoptr (GBytes) bytes = nrp_io_map_file (path, &src, error);
  NrpCsvReader r = { 0 };
  gboolean ok = FALSE, done = FALSE, decimal_comma = FALSE;
  guint width, count = 0;
  g_autofree guint *column_actor = NULL; /* header column -> actor */
  g_autofree guint8 *has_row = NULL;     /* per header column */
  g_autoptr (GHashTable) columns = g_hash_table_new (g_str_hash, g_str_equal);

  if (bytes == NULL)
    return FALSE;
  if (!open_header (&r, &src, &count,
                   "a matrix starts with a header row: a corner cell, then the actors' ids",
                   error))
    goto out;
  width = nrp_csv_n_fields (&r);
  if (width < 2)
    {
      nrp_set_error_at (error, NRP_ERROR_HEADER, src.name, r.record_line, 1,
                        "the header has one cell: a matrix's header is a corner cell, then "
                        "the actors' ids, separated by commas, semicolons or tabs");
      goto out;
    }
  column_actor = g_new (guint, width);
  has_row = g_new0 (guint8, width);
  for (guint f = 1; f < width; f++)
    {
      const char *id = nrp_csv_field (&r, f);
      if (*id == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_HEADER, src.name, r.record_line, f + 1,
                            "column %u of the header has no id", f + 1);
          goto out;
        }
      if (g_hash_table_contains (columns, id))
        {
          g_autofree char *shown = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_HEADER, src.name, r.record_line, f + 1,
                            "the id '%s' heads two columns", shown);
          goto out;
        }
      column_actor[f] = actor_of (imp, id);
      mark (present, column_actor[f]);
      g_hash_table_insert (columns, g_ptr_array_index (imp->ids, column_actor[f]),
                           GUINT_TO_POINTER (f));
    }
  for (;;)
    {
      const char *id;
      gpointer f;
      guint row_col;
      if (!nrp_io_next_row (&r, width, &done, error))
        goto out;
      if (done)
        break;
      id = nrp_csv_field (&r, 0);
      if (!g_hash_table_lookup_extended (columns, id, NULL, &f))
        {
          g_autofree char *shown = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_ACTOR, src.name, r.record_line, 1,
                            "the row '%s' has no column: a matrix's rows and columns are "
                            "the same actors", shown);
          goto out;
        }
      row_col = GPOINTER_TO_UINT (f);
      if (has_row[row_col])
        {
          g_autofree char *shown = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, src.name, r.record_line, 1,
                            "the row '%s' appears twice", shown);
          goto out;
        }
      has_row[row_col] = 1;
      for (guint c = 1; c < width; c++)
        {
          double w;
          if (!cell_weight (nrp_csv_field (&r, c), r.delim == ';', &decimal_comma, &w))
            {
              nrp_set_error_at (error, NRP_ERROR_VALUE, src.name, nrp_csv_field_line (&r, c),
                                c + 1,
                                "a cell is empty or 0 (no tie) or a positive number (the "
                                "tie's weight)%s",
                                strchr (nrp_csv_field (&r, c), ',') != NULL
                                  ? "; a decimal comma is read only in a semicolon-separated "
                                    "file: write 1.5"
                                  : "");
              goto out;
            }
          if (w == 0)
            continue;
          if (c == row_col)
            {
              g_autofree char *shown = nrp_io_shown (id);
              nrp_set_error_at (error, NRP_ERROR_VALUE, src.name, nrp_csv_field_line (&r, c),
                                c + 1,
                                "a tie of '%s' to itself: the diagonal must be empty or 0",
                                shown);
              goto out;
            }
          g_array_append_val (cells, ((Cell) { column_actor[row_col], column_actor[c], wave, w,
                                               nrp_csv_field_line (&r, c), c + 1 }));
        }
    }
  for (guint c = 1; c < width; c++)
    if (!has_row[c])
      {
        g_autofree char *shown = nrp_io_shown (g_ptr_array_index (imp->ids, column_actor[c]));
        nrp_set_error_at (error, NRP_ERROR_CONFLICT, src.name, 1, c + 1,
                          "the column '%s' has no row", shown);
        goto out;
      }
  {
    g_autofree char *read_as = separator_note (&src, wave, r.delim, count);
    g_ptr_array_add (imp->notes,
                     g_strconcat (read_as,
                                  decimal_comma ? ", decimal commas read as decimal points" : "",
                                  NULL));
  }
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

static int
cell_cmp (const void *pa, const void *pb)
{
  const Cell *a = pa, *b = pb;
  if (a->wave != b->wave)
    return a->wave < b->wave ? -1 : 1;
  if (a->source != b->source)
    return a->source < b->source ? -1 : 1;
  if (a->target != b->target)
    return a->target < b->target ? -1 : 1;
  return 0;
}

/* The cell of @wave from @s to @t in @sorted, or NULL. */
static const Cell *
find_cell (GArray *sorted, guint wave, guint s, guint t)
{
  Cell key = { s, t, wave, 0, 0, 0 };
  return bsearch (&key, sorted->data, sorted->len, sizeof (Cell), cell_cmp);
}

/* Actors some waves' files lack count as present there, without ties,
 * unless actors.csv has presence columns: say so. @present marks, per
 * wave, the actors its file names; @what is "matrices" or "files". */
static void
note_absent (NrpImport *imp, GPtrArray *present, const char *what)
{
  guint absent = 0, first = G_MAXUINT, first_wave = 0;

  for (guint a = 0; a < imp->ids->len; a++)
    for (guint k = 0; k < present->len; k++)
      if (!marked (g_ptr_array_index (present, k), a))
        {
          if (absent++ == 0)
            {
              first = a;
              first_wave = k + 1;
            }
          break;
        }
  if (absent == 0)
    return;
  g_ptr_array_add (imp->notes,
                   g_strdup_printf ("%u actor%s missing from some waves' %s (the first, "
                                    "'%s', from wave %u's): give actors.csv presence columns "
                                    "present_w1, present_w2... (1 or 0), or they count as "
                                    "present without ties",
                                    absent, absent == 1 ? " is" : "s are", what,
                                    (const char *) g_ptr_array_index (imp->ids, first),
                                    first_wave));
}

NrpImport *
nrp_import_matrices (const char *const *paths, guint n_paths, NrpImportDirection direction,
                     GError **error)
{
  g_autoptr (NrpImport) imp = NULL;
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  g_autoptr (GArray) sorted = NULL;
  g_autoptr (GPtrArray) present = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  const Cell *asym = NULL, *mirror = NULL;

  g_return_val_if_fail (paths != NULL || n_paths == 0, NULL);
  g_return_val_if_fail ((guint) direction <= NRP_IMPORT_DIRECTED, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_n_files (n_paths, "matrices", error))
    return NULL;
  imp = import_new (n_paths);
  for (guint k = 0; k < n_paths; k++)
    {
      g_ptr_array_add (present, g_byte_array_new ());
      if (!read_matrix (imp, paths[k], k + 1, cells, g_ptr_array_index (present, k), error))
        return NULL;
    }

  /* Symmetric? Every cell against its mirror. */
  sorted = g_array_sized_new (FALSE, FALSE, sizeof (Cell), cells->len);
  if (cells->len > 0)
    g_array_append_vals (sorted, cells->data, cells->len);
  if (sorted->len > 1)
    qsort (sorted->data, sorted->len, sizeof (Cell), cell_cmp);
  for (guint i = 0; i < cells->len && asym == NULL; i++)
    {
      const Cell *c = &g_array_index (cells, Cell, i);
      const Cell *m = find_cell (sorted, c->wave, c->target, c->source);
      if (m == NULL || m->weight != c->weight)
        {
          asym = c;
          mirror = m;
        }
    }
  if (asym != NULL && direction == NRP_IMPORT_UNDIRECTED)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, paths[asym->wave - 1], asym->line, asym->column,
                        "the tie '%s' - '%s' is %g here and %g in its mirror cell: an "
                        "undirected matrix is symmetric",
                        (const char *) g_ptr_array_index (imp->ids, asym->source),
                        (const char *) g_ptr_array_index (imp->ids, asym->target), asym->weight,
                        mirror != NULL ? mirror->weight : 0.0);
      return NULL;
    }
  imp->directed = direction == NRP_IMPORT_DIRECTED
                  || (direction == NRP_IMPORT_AUTO && asym != NULL);
  if (direction == NRP_IMPORT_AUTO)
    g_ptr_array_add (
      imp->notes,
      asym != NULL
        ? g_strdup_printf ("directed ties (row names column): the cell '%s' -> '%s' (%s line "
                           "%u, column %u) is %g and its mirror %g",
                           (const char *) g_ptr_array_index (imp->ids, asym->source),
                           (const char *) g_ptr_array_index (imp->ids, asym->target),
                           paths[asym->wave - 1], asym->line, asym->column, asym->weight,
                           mirror != NULL ? mirror->weight : 0.0)
        : g_strdup ("undirected ties: every matrix is symmetric (each pair written once)"));

  imp->ties = g_array_sized_new (FALSE, FALSE, sizeof (Cell), cells->len);
  for (guint i = 0; i < cells->len; i++)
    {
      const Cell *c = &g_array_index (cells, Cell, i);
      /* Undirected: a pair once, from the actor met first. */
      if (!imp->directed && c->source > c->target)
        continue;
      g_array_append_val (imp->ties, *c);
      imp->n_ties[c->wave - 1]++;
    }

  note_absent (imp, present, "matrices");
  return g_steal_pointer (&imp);
}

/* Whether header name @name is one of @patterns (names or shell-style
 * patterns such as "friend*", compared without regard to ASCII case);
 * @used[i] is set for the pattern that matches. */
static gboolean
matches (const char *name, const char *const *patterns, gboolean *used)
{
  g_autofree char *low = g_ascii_strdown (name, -1);
  gboolean hit = FALSE;
  for (guint i = 0; patterns[i] != NULL; i++)
    {
      g_autofree char *pat = g_ascii_strdown (patterns[i], -1);
      if (g_pattern_match_simple (pat, low))
        {
          used[i] = TRUE;
          hit = TRUE;
        }
    }
  return hit;
}

/* Reads the wide export @path as wave @wave: ties into @cells; the actors
 * the file names (respondents and contacts) are marked in @present, the
 * respondents in @respondent. */
static gboolean
read_wide (NrpImport *imp, const char *path, guint wave, const char *id_column,
           const char *const *contacts, GArray *cells, GByteArray *present,
           GByteArray *respondent, GError **error)
{
  NrpSource src;
  g_autoptr (GBytes) bytes = nrp_io_map_file (path, &src, error);
  NrpCsvReader r = { 0 };
  gboolean ok = FALSE, done = FALSE;
  guint width, count = 0, id_col = G_MAXUINT, n_contacts = 0;
  g_autofree guint8 *is_contact = NULL;
  g_autofree gboolean *used = NULL;
  g_autofree guint *row_contacts = NULL; /* the row's contacts so far, for repeats */
  g_autofree guint *row_columns = NULL;
  g_autoptr (GString) contact_names = g_string_new (NULL);
  g_autoptr (GString) unread = g_string_new (NULL);
  g_autofree char *id_name = NULL;
  g_autoptr (GHashTable) rows = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint n_unread = 0;

  if (bytes == NULL)
    return FALSE;
  if (!open_header (&r, &src, &count,
                   "a survey export starts with a header row: the respondent's id "
                   "column, then the columns of named contacts",
                   error))
    goto out;
  width = nrp_csv_n_fields (&r);
  for (guint f = 0; f < width && id_column != NULL; f++)
    if (g_ascii_strcasecmp (nrp_csv_field (&r, f), id_column) == 0)
      {
        id_col = f;
        break;
      }
  if (id_column == NULL)
    id_col = 0;
  if (id_col == G_MAXUINT)
    {
      g_autofree char *found = nrp_io_describe_found (&r);
      g_autofree char *shown = nrp_io_shown (id_column);
      nrp_set_error_at (error, NRP_ERROR_HEADER, src.name, r.record_line, 1,
                        "no column '%s' (the respondents' ids); found: %s", shown, found);
      goto out;
    }
  id_name = g_strdup (nrp_csv_field (&r, id_col));
  is_contact = g_new0 (guint8, width);
  if (contacts != NULL)
    used = g_new0 (gboolean, g_strv_length ((char **) contacts) + 1);
  for (guint f = 0; f < width; f++)
    {
      const char *name = nrp_csv_field (&r, f);
      if (f == id_col)
        continue;
      if (contacts == NULL || matches (name, contacts, used))
        {
          is_contact[f] = 1;
          n_contacts++;
          g_string_append_printf (contact_names, "%s%s", contact_names->len ? ", " : "", name);
        }
      else
        {
          n_unread++;
          g_string_append_printf (unread, "%s%s", unread->len ? ", " : "", name);
        }
    }
  for (guint i = 0; contacts != NULL && contacts[i] != NULL; i++)
    if (!used[i])
      {
        g_autofree char *found = nrp_io_describe_found (&r);
        g_autofree char *shown = nrp_io_shown (contacts[i]);
        nrp_set_error_at (error, NRP_ERROR_HEADER, src.name, r.record_line, 1,
                          "no column is '%s' (the contacts' columns); found: %s", shown, found);
        goto out;
      }
  if (n_contacts == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_HEADER, src.name, r.record_line, 1,
                        "no column of named contacts: the header needs the respondent's id "
                        "column and at least one more");
      goto out;
    }
  row_contacts = g_new (guint, width);
  row_columns = g_new (guint, width);
  for (;;)
    {
      const char *id;
      guint who, n_row = 0;
      if (!nrp_io_next_row (&r, width, &done, error))
        goto out;
      if (done)
        break;
      id = nrp_csv_field (&r, id_col);
      if (*id == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, src.name, r.record_line, id_col + 1,
                            "the respondent's id is empty");
          goto out;
        }
      who = actor_of (imp, id);
      mark (respondent, who);
      if (g_hash_table_contains (rows, GUINT_TO_POINTER (who + 1)))
        {
          g_autofree char *shown = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, src.name, r.record_line, id_col + 1,
                            "the respondent '%s' has two rows (first at line %u)", shown,
                            GPOINTER_TO_UINT (g_hash_table_lookup (rows,
                                                                   GUINT_TO_POINTER (who + 1))));
          goto out;
        }
      g_hash_table_insert (rows, GUINT_TO_POINTER (who + 1), GUINT_TO_POINTER (r.record_line));
      mark (present, who);
      for (guint c = 0; c < width; c++)
        {
          const char *name;
          guint whom;
          if (!is_contact[c] || *(name = nrp_csv_field (&r, c)) == '\0')
            continue;
          whom = actor_of (imp, name);
          if (whom == who)
            {
              g_autofree char *shown = nrp_io_shown (id);
              nrp_set_error_at (error, NRP_ERROR_VALUE, src.name, nrp_csv_field_line (&r, c),
                                c + 1, "the respondent '%s' names themself", shown);
              goto out;
            }
          for (guint k = 0; k < n_row; k++)
            if (row_contacts[k] == whom)
              {
                g_autofree char *shown = nrp_io_shown (name);
                nrp_set_error_at (error, NRP_ERROR_DUPLICATE, src.name,
                                  nrp_csv_field_line (&r, c), c + 1,
                                  "'%s' is named twice in this row (first in column %u)", shown,
                                  row_columns[k] + 1);
                goto out;
              }
          row_contacts[n_row] = whom;
          row_columns[n_row++] = c;
          mark (present, whom);
          g_array_append_val (cells, ((Cell) { who, whom, wave, 1.0,
                                               nrp_csv_field_line (&r, c), c + 1 }));
        }
    }
  {
    g_autofree char *read_as = separator_note (&src, wave, r.delim, count);
    g_ptr_array_add (imp->notes,
                     g_strdup_printf ("%s; respondents in column '%s', contacts in %u "
                                      "column%s (%s)",
                                      read_as, id_name, n_contacts, n_contacts == 1 ? "" : "s",
                                      contact_names->str));
  }
  if (n_unread > 0)
    g_ptr_array_add (imp->notes,
                     g_strdup_printf ("%s: %u column%s not read (neither the respondents' "
                                      "ids nor contacts): %s",
                                      src.name, n_unread, n_unread == 1 ? "" : "s",
                                      unread->str));
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

NrpImport *
nrp_import_nominations (const char *const *paths, guint n_paths, const char *id_column,
                        const char *const *contact_columns, GError **error)
{
  g_autoptr (NrpImport) imp = NULL;
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  g_autoptr (GPtrArray) present = g_ptr_array_new_with_free_func ((GDestroyNotify) g_byte_array_unref);
  g_autoptr (GByteArray) respondent = g_byte_array_new ();
  guint outsiders = 0, first_outsider = G_MAXUINT;

  g_return_val_if_fail (paths != NULL || n_paths == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!check_n_files (n_paths, "survey exports", error))
    return NULL;
  if (contact_columns != NULL && contact_columns[0] == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "the list of contact columns is empty: give at least one name or "
                        "pattern, or none at all for every column but the respondents' ids");
      return NULL;
    }
  imp = import_new (n_paths);
  for (guint k = 0; k < n_paths; k++)
    {
      g_ptr_array_add (present, g_byte_array_new ());
      if (!read_wide (imp, paths[k], k + 1, id_column, contact_columns, cells,
                      g_ptr_array_index (present, k), respondent, error))
        return NULL;
    }
  imp->directed = TRUE;
  imp->ties = g_steal_pointer (&cells);
  for (guint i = 0; i < imp->ties->len; i++)
    imp->n_ties[g_array_index (imp->ties, Cell, i).wave - 1]++;
  g_ptr_array_add (imp->notes,
                   g_strdup ("directed ties (each respondent names a contact): read them as "
                             "directed (the directed option); read as undirected, a pair named "
                             "both ways is a tie listed twice (the merge-duplicates option "
                             "keeps one copy)"));
  for (guint a = 0; a < imp->ids->len; a++)
    if (!marked (respondent, a))
      {
        outsiders++;
        if (first_outsider == G_MAXUINT)
          first_outsider = a;
      }
  if (outsiders > 0)
    g_ptr_array_add (imp->notes,
                     g_strdup_printf ("%u of the %u actors %s named but never a respondent "
                                      "(the first, '%s'): they are actors too, and actors.csv "
                                      "needs a row for each",
                                      outsiders, imp->ids->len, outsiders == 1 ? "is" : "are",
                                      (const char *) g_ptr_array_index (imp->ids,
                                                                        first_outsider)));
  note_absent (imp, present, "files");
  return g_steal_pointer (&imp);
}

gboolean
nrp_import_is_directed (const NrpImport *imp)
{
  g_return_val_if_fail (imp != NULL, FALSE);
  return imp->directed;
}

guint
nrp_import_get_n_actors (const NrpImport *imp)
{
  g_return_val_if_fail (imp != NULL, 0);
  return imp->ids->len;
}

guint
nrp_import_get_n_ties (const NrpImport *imp, guint wave)
{
  g_return_val_if_fail (imp != NULL, 0);
  g_return_val_if_fail (wave >= 1 && wave <= imp->n_waves, 0);
  return imp->n_ties[wave - 1];
}

guint
nrp_import_get_n_notes (const NrpImport *imp)
{
  g_return_val_if_fail (imp != NULL, 0);
  return imp->notes->len;
}

const char *
nrp_import_get_note (const NrpImport *imp, guint index)
{
  g_return_val_if_fail (imp != NULL, NULL);
  g_return_val_if_fail (index < imp->notes->len, NULL);
  return g_ptr_array_index (imp->notes, index);
}

/* An id as a CSV cell that reads back as itself: quoted when it holds a
 * separator, a quote or a line break, or starts or ends with a blank. */
static void
append_id (GString *s, const char *id)
{
  gsize n = strlen (id);
  gboolean quote = strpbrk (id, ",;\t\"\r\n") != NULL
                   || (n > 0 && (id[0] == ' ' || id[n - 1] == ' '));
  if (!quote)
    {
      g_string_append (s, id);
      return;
    }
  g_string_append_c (s, '"');
  for (const char *p = id; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (s, '"');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '"');
}

gboolean
nrp_import_write_ties (const NrpImport *imp, const char *path, GError **error)
{
  g_autoptr (GString) s = g_string_new ("source,target,wave,weight\n");
  char buf[NRP_DOUBLE_BUF_SIZE];

  g_return_val_if_fail (imp != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  for (guint i = 0; i < imp->ties->len; i++)
    {
      const Cell *c = &g_array_index (imp->ties, Cell, i);
      append_id (s, g_ptr_array_index (imp->ids, c->source));
      g_string_append_c (s, ',');
      append_id (s, g_ptr_array_index (imp->ids, c->target));
      g_string_append_printf (s, ",%u,%s\n", c->wave, nrp_format_double (buf, c->weight));
    }
  return nrp_file_write (path, s->str, (gssize) s->len, error);
}
