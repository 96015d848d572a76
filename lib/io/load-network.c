/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * load-network.c: strict, all-or-nothing loading of actors.csv, ties.csv,
 * sectors.csv and missing.csv into an NrpNetwork.
 *
 * The loader reads every file completely into temporary tables, checks
 * them, and only then builds the network, so a caller gets either a whole
 * network or NULL and one GError naming file, line and column. The checks,
 * in order:
 *  1. each file's CSV syntax and encoding (csv.c); header matching and cell parsing are fields.c's;
 *  2. its header: required columns present, none duplicated, none unknown
 *     where the file has a closed set of columns (names compared without
 *     regard to ASCII case);
 *  3. each row: as many fields as the header; ids, sectors, waves, weights,
 *     presence flags well formed; tie ends known and distinct;
 *  4. across rows: duplicate ids, duplicate ties per wave (by sorting the
 *     ties of a wave by (source, target, type): duplicates become
 *     neighbours), duplicate or contradictory missing dyads.
 * Messages name ids and column names, never other cell values, so an error
 * log does not leak what respondents said about themselves.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/csv.h"
#include "io/fields.h"

/* ---- Options ------------------------------------------------------------ */

NrpLoadOptions *
nrp_load_options_new (void)
{
  NrpLoadOptions *o = g_new0 (NrpLoadOptions, 1);
  o->sector_column = g_strdup ("sector");
  return o;
}

void
nrp_load_options_free (NrpLoadOptions *o)
{
  if (o == NULL)
    return;
  g_free (o->sector_column);
  g_free (o->sectors_path);
  g_free (o->missing_path);
  g_free (o->presence_prefix);
  g_free (o);
}

void
nrp_load_options_set_directed (NrpLoadOptions *o, gboolean directed)
{
  g_return_if_fail (o != NULL);
  o->directed = directed != FALSE;
}

void
nrp_load_options_set_sector_column (NrpLoadOptions *o, const char *column)
{
  g_return_if_fail (o != NULL);
  g_return_if_fail (column != NULL && *column != '\0');
  g_free (o->sector_column);
  o->sector_column = g_strdup (column);
}

void
nrp_load_options_set_sectors_file (NrpLoadOptions *o, const char *path, gboolean closed)
{
  g_return_if_fail (o != NULL);
  g_free (o->sectors_path);
  o->sectors_path = g_strdup (path);
  o->sectors_closed = closed != FALSE;
}

void
nrp_load_options_set_missing_file (NrpLoadOptions *o, const char *path)
{
  g_return_if_fail (o != NULL);
  g_free (o->missing_path);
  o->missing_path = g_strdup (path);
}

void
nrp_load_options_set_presence_prefix (NrpLoadOptions *o, const char *prefix)
{
  g_return_if_fail (o != NULL);
  g_free (o->presence_prefix);
  /* NULL: look for present_wN, then present_N; "": read no presence. */
  o->presence_prefix = g_strdup (prefix);
}

void
nrp_load_options_set_merge_duplicates (NrpLoadOptions *o, gboolean merge)
{
  g_return_if_fail (o != NULL);
  o->merge_duplicates = merge != FALSE;
}

/* ---- Sectors ------------------------------------------------------------ */

typedef struct {
  GPtrArray *names;        /* char*, in registration order (owned by chunk) */
  GArray *labels;          /* const char* or NULL */
  GArray *powers;          /* gint */
  GArray *has_power;       /* gboolean */
  GHashTable *index;       /* name -> index + 1 */
  guint n_listed;          /* sectors listed in sectors.csv */
  gboolean from_file;      /* a sectors.csv was given */
} SectorTable;

static void
sector_table_init (SectorTable *t)
{
  t->names = g_ptr_array_new ();
  t->labels = g_array_new (FALSE, FALSE, sizeof (const char *));
  t->powers = g_array_new (FALSE, FALSE, sizeof (gint));
  t->has_power = g_array_new (FALSE, FALSE, sizeof (gboolean));
  t->index = g_hash_table_new (g_str_hash, g_str_equal);
  t->n_listed = 0;
  t->from_file = FALSE;
}

static void
sector_table_clear (SectorTable *t)
{
  g_ptr_array_unref (t->names);
  g_array_unref (t->labels);
  g_array_unref (t->powers);
  g_array_unref (t->has_power);
  g_hash_table_unref (t->index);
}

static guint
sector_table_add (SectorTable *t, const char *name, const char *label, gboolean has_power,
                  gint power)
{
  guint idx = t->names->len;
  g_ptr_array_add (t->names, (gpointer) name);
  g_array_append_val (t->labels, label);
  g_array_append_val (t->powers, power);
  g_array_append_val (t->has_power, has_power);
  g_hash_table_insert (t->index, (gpointer) name, GUINT_TO_POINTER (idx + 1));
  return idx;
}

static gboolean
load_sectors (const NrpSource *src, SectorTable *t, GStringChunk *chunk, GError **error)
{
  NrpColumn cols[] = { { "sector", TRUE, -1, NULL }, { "label", FALSE, -1, NULL }, { "power", FALSE, -1, NULL } };
  NrpCsvReader r;
  gboolean ok = FALSE, done = FALSE;
  GHashTable *lines = g_hash_table_new (g_str_hash, g_str_equal);
  guint width;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), FALSE, NULL, "sectors", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  for (;;)
    {
      const char *name, *label = NULL;
      gboolean has_power = FALSE;
      gint power = 0;
      guint line;

      if (!nrp_io_next_row (&r, width, &done, error))
        goto out;
      if (done)
        break;
      line = r.record_line;
      name = nrp_csv_field (&r, (guint) cols[0].index);
      if (*name == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, line, cols[0].index + 1,
                            "the sector name is empty");
          goto out;
        }
      if (g_hash_table_contains (lines, name))
        {
          g_autofree char *what = nrp_io_shown (name);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, line, cols[0].index + 1,
                            "sector '%s' is listed twice (first at line %u)", what,
                            GPOINTER_TO_UINT (g_hash_table_lookup (lines, name)));
          goto out;
        }
      if (cols[1].index >= 0 && *nrp_csv_field (&r, (guint) cols[1].index) != '\0')
        label = g_string_chunk_insert_const (chunk, nrp_csv_field (&r, (guint) cols[1].index));
      if (cols[2].index >= 0 && *nrp_csv_field (&r, (guint) cols[2].index) != '\0')
        {
          const char *s = nrp_csv_field (&r, (guint) cols[2].index);
          gboolean neg = *s == '-';
          guint64 v;
          if (!nrp_io_parse_uint (s + (neg || *s == '+'), 1000000, &v))
            {
              nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, line, cols[2].index + 1,
                                "the power level is not an integer "
                                "(between -1000000 and 1000000), nor empty for none");
              goto out;
            }
          has_power = TRUE;
          power = neg ? -(gint) v : (gint) v;
        }
      if (t->names->len >= NRP_MAX_SECTORS)
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, line, cols[0].index + 1,
                            "more than %u sectors: the sector-by-sector tables would not fit "
                            "in memory",
                            NRP_MAX_SECTORS);
          goto out;
        }
      name = g_string_chunk_insert_const (chunk, name);
      g_hash_table_insert (lines, (gpointer) name, GUINT_TO_POINTER (line));
      sector_table_add (t, name, label, has_power, power);
    }
  t->n_listed = t->names->len;
  t->from_file = TRUE;
  ok = TRUE;
out:
  g_hash_table_unref (lines);
  nrp_csv_reader_clear (&r);
  return ok;
}

gboolean
nrp_io_load_sector_levels (const NrpSource *src, GStringChunk *chunk, GHashTable *levels,
                           GError **error)
{
  SectorTable t;
  gboolean ok;

  sector_table_init (&t);
  ok = load_sectors (src, &t, chunk, error);
  for (guint k = 0; ok && k < t.names->len; k++)
    {
      NrpSectorLevel l = { g_array_index (t.has_power, gboolean, k),
                           g_array_index (t.powers, gint, k) };
      g_hash_table_insert (levels, g_ptr_array_index (t.names, k), g_memdup2 (&l, sizeof l));
    }
  sector_table_clear (&t);
  return ok;
}

/* ---- Actors ------------------------------------------------------------- */

typedef struct {
  GPtrArray *ids;          /* const char* in chunk */
  GArray *sector;          /* guint, index into SectorTable */
  GPtrArray *area;         /* const char* or NULL */
  GPtrArray *attr_names;   /* const char* in chunk */
  GPtrArray *attr_values;  /* per actor row: n_attr const char*, flattened */
  GArray *attr_cols;       /* guint field index of each attribute */
  GArray *presence;        /* guint8 rows of n_presence, flattened */
  GArray *presence_cols;   /* guint field index of presence column of wave w+1 */
  const char *presence_prefix; /* the prefix of the columns read (in chunk), or NULL */
  GPtrArray *presence_names;   /* the presence columns' names as in the header (in chunk) */
  GPtrArray *warnings;         /* what loading found worth saying (in chunk) */
  GHashTable *index;       /* id -> index + 1 */
} ActorTable;

static void
actor_table_init (ActorTable *a)
{
  a->ids = g_ptr_array_new ();
  a->sector = g_array_new (FALSE, FALSE, sizeof (guint));
  a->area = g_ptr_array_new ();
  a->attr_names = g_ptr_array_new ();
  a->attr_values = g_ptr_array_new ();
  a->attr_cols = g_array_new (FALSE, FALSE, sizeof (guint));
  a->presence = g_array_new (FALSE, FALSE, sizeof (guint8));
  a->presence_cols = g_array_new (FALSE, FALSE, sizeof (guint));
  a->presence_prefix = NULL;
  a->presence_names = g_ptr_array_new ();
  a->warnings = g_ptr_array_new ();
  a->index = g_hash_table_new (g_str_hash, g_str_equal);
}

static void
actor_table_clear (ActorTable *a)
{
  g_ptr_array_unref (a->ids);
  g_array_unref (a->sector);
  g_ptr_array_unref (a->area);
  g_ptr_array_unref (a->attr_names);
  g_ptr_array_unref (a->attr_values);
  g_array_unref (a->attr_cols);
  g_array_unref (a->presence);
  g_array_unref (a->presence_cols);
  g_ptr_array_unref (a->presence_names);
  g_ptr_array_unref (a->warnings);
  g_hash_table_unref (a->index);
}

/*
 * Finds the presence columns PREFIX1, PREFIX2, ... among the extra columns.
 * With @required FALSE (a prefix nrpnet guessed), finding none is no error
 * and leaves the table without presence.
 */
static gboolean
find_presence_columns (NrpCsvReader *r, const char *prefix, gboolean required, GArray *extra,
                       ActorTable *a, GStringChunk *chunk, GError **error)
{
  gsize plen = strlen (prefix);
  GArray *cols = a->presence_cols;

  for (guint i = 0; i < extra->len; i++)
    {
      guint f = g_array_index (extra, guint, i);
      const char *name = nrp_csv_field (r, f);
      guint64 w;
      if (g_ascii_strncasecmp (name, prefix, plen) != 0
          || !nrp_io_parse_uint (name + plen, NRP_MAX_WAVE, &w) || w == 0)
        continue;
      if (cols->len < w)
        {
          guint none = G_MAXUINT;
          while (cols->len < w)
            g_array_append_val (cols, none);
        }
      g_array_index (cols, guint, w - 1) = f;
    }
  if (cols->len == 0 && !required)
    return TRUE;
  if (cols->len == 0)
    {
      g_autofree char *found = nrp_io_describe_found (r);
      nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line, 1,
                        "no presence column: expected columns %s1, %s2, ... (one per wave); "
                        "found: %s",
                        prefix, prefix, found);
      return FALSE;
    }
  for (guint w = 0; w < cols->len; w++)
    if (g_array_index (cols, guint, w) == G_MAXUINT)
      {
        nrp_set_error_at (error, NRP_ERROR_HEADER, r->name, r->record_line, 1,
                          "no presence column %s%u for wave %u (found %s%u)", prefix, w + 1,
                          w + 1, prefix, cols->len);
        return FALSE;
      }
  a->presence_prefix = g_string_chunk_insert_const (chunk, prefix);
  for (guint w = 0; w < cols->len; w++)
    g_ptr_array_add (a->presence_names,
                     g_string_chunk_insert_const (chunk,
                                                  nrp_csv_field (r, g_array_index (cols, guint, w))));
  return TRUE;
}

/* @s without the invisible characters an id can hide, in Unicode NFC. */
static char *
id_skeleton (const char *s)
{
  g_autofree char *nfc = g_utf8_normalize (s, -1, G_NORMALIZE_NFC);
  GString *out = g_string_new (NULL);
  for (const char *p = nfc != NULL ? nfc : s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x200b || c == 0x200c || c == 0x200d || c == 0x2060 || c == 0xfeff)
        continue;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/*
 * Ids that look alike but differ are two actors to nrpnet: a zero-width
 * space, a byte order mark or another Unicode normalization (an é typed as
 * e + accent) makes a tie name an actor the analyst did not mean. Such ids
 * are not refused (they may be intended), but named in warnings by line.
 */
static void
warn_look_alike_ids (ActorTable *a, GArray *lines, const char *file, GStringChunk *chunk)
{
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint hidden = 0, first_hidden = 0;
  for (guint i = 0; i < a->ids->len; i++)
    {
      const char *id = g_ptr_array_index (a->ids, i);
      char *sk = id_skeleton (id);
      guint line = g_array_index (lines, guint, i);
      gpointer other;
      if (strcmp (sk, id) != 0 && hidden++ == 0)
        first_hidden = line;
      if (g_hash_table_lookup_extended (seen, sk, NULL, &other))
        {
          g_autofree char *text = g_strdup_printf (
            "%s: the actor ids on lines %u and %u look the same but differ (in invisible "
            "characters or Unicode normalization): they are two actors",
            file, GPOINTER_TO_UINT (other), line);
          g_ptr_array_add (a->warnings, g_string_chunk_insert (chunk, text));
          g_free (sk);
        }
      else
        g_hash_table_insert (seen, sk, GUINT_TO_POINTER (line));
    }
  if (hidden > 0)
    {
      g_autofree char *text = g_strdup_printf (
        "%s: %u actor id%s contain%s an invisible character (zero-width space, byte order "
        "mark) or %s not in Unicode NFC, first on line %u; a tie must spell %s exactly",
        file, hidden, hidden == 1 ? "" : "s", hidden == 1 ? "s" : "", hidden == 1 ? "is" : "are",
        first_hidden, hidden == 1 ? "it" : "them");
      g_ptr_array_add (a->warnings, g_string_chunk_insert (chunk, text));
    }
}

static gboolean
load_actors (const NrpSource *src, const NrpLoadOptions *opt, SectorTable *sectors,
             ActorTable *a, GStringChunk *chunk, GError **error)
{
  NrpColumn cols[] = { { "id", TRUE, -1, NULL },
                       { opt->sector_column, TRUE, -1,
                         "if the sectors are in another column, name it: --sector-column NAME "
                         "(Python: sector_column=NAME)" },
                       { "area", FALSE, -1, NULL } };
  NrpCsvReader r;
  gboolean ok = FALSE, done = FALSE;
  GArray *extra = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  guint width;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), TRUE, extra, "actors", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  for (guint i = 0; i < extra->len; i++)
    {
      guint f = g_array_index (extra, guint, i);
      const char *name = g_string_chunk_insert (chunk, nrp_csv_field (&r, f));
      g_ptr_array_add (a->attr_names, (gpointer) name);
      g_array_append_val (a->attr_cols, f);
    }
  /* Presence: the named prefix, or (none named) the README's present_wN,
   * else present_N, when the file has them; "" reads none. */
  if (opt->presence_prefix != NULL && *opt->presence_prefix != '\0')
    {
      if (!find_presence_columns (&r, opt->presence_prefix, TRUE, extra, a, chunk, error))
        goto out;
    }
  else if (opt->presence_prefix == NULL
           && (!find_presence_columns (&r, "present_w", FALSE, extra, a, chunk, error)
               || (a->presence_cols->len == 0
                   && !find_presence_columns (&r, "present_", FALSE, extra, a, chunk, error))))
    goto out;

  for (;;)
    {
      const char *id, *sector_name, *area = NULL;
      gpointer found;
      guint sector, line, idx;

      if (!nrp_io_next_row (&r, width, &done, error))
        goto out;
      if (done)
        break;
      line = r.record_line;
      id = nrp_csv_field (&r, (guint) cols[0].index);
      if (*id == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, line, cols[0].index + 1,
                            "the actor id is empty");
          goto out;
        }
      if ((found = g_hash_table_lookup (a->index, id)) != NULL)
        {
          g_autofree char *who = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, line, cols[0].index + 1,
                            "actor id '%s' is listed twice (first at line %u)", who,
                            g_array_index (lines, guint, GPOINTER_TO_UINT (found) - 1));
          goto out;
        }
      sector_name = nrp_csv_field (&r, (guint) cols[1].index);
      if (*sector_name == '\0')
        {
          g_autofree char *who = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, line, cols[1].index + 1,
                            "actor '%s' has an empty %s", who, opt->sector_column);
          goto out;
        }
      found = g_hash_table_lookup (sectors->index, sector_name);
      if (found != NULL)
        sector = GPOINTER_TO_UINT (found) - 1;
      else if (opt->sectors_closed && sectors->from_file)
        {
          g_autofree char *who = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, r.name, line, cols[1].index + 1,
                            "the %s of actor '%s' is not listed in the sectors file "
                            "(which is a closed list)",
                            opt->sector_column, who);
          goto out;
        }
      else if (opt->sectors_closed && !nrp_default_sector (sector_name, NULL, NULL))
        {
          g_autofree char *who = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, r.name, line, cols[1].index + 1,
                            "the %s of actor '%s' is not a sector of the built-in NRP "
                            "taxonomy (resident, third_sector, business, academic, "
                            "public_service, local_authority), which the closed option makes "
                            "the only ones allowed",
                            opt->sector_column, who);
          goto out;
        }
      else
        {
          const char *label = NULL;
          gint power = 0;
          gboolean known = !sectors->from_file && nrp_default_sector (sector_name, &label, &power);
          if (sectors->names->len >= NRP_MAX_SECTORS)
            {
              nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, line, cols[1].index + 1,
                                "more than %u sectors: a sector is a kind of system player, "
                                "and the sector-by-sector tables of more would not fit in "
                                "memory (is the %s column an id?)",
                                NRP_MAX_SECTORS, opt->sector_column);
              goto out;
            }
          sector = sector_table_add (sectors, g_string_chunk_insert_const (chunk, sector_name),
                                     label, known, power);
        }
      if (cols[2].index >= 0 && *nrp_csv_field (&r, (guint) cols[2].index) != '\0')
        area = g_string_chunk_insert_const (chunk, nrp_csv_field (&r, (guint) cols[2].index));

      for (guint w = 0; w < a->presence_cols->len; w++)
        {
          guint f = g_array_index (a->presence_cols, guint, w);
          const char *s = nrp_csv_field (&r, f);
          guint8 p;
          if (strcmp (s, "1") == 0)
            p = 1;
          else if (strcmp (s, "0") == 0)
            p = 0;
          else
            {
              g_autofree char *who = nrp_io_shown (id);
              nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, nrp_csv_field_line (&r, f),
                                f + 1,
                                "presence of actor '%s' at wave %u must be 1 (present) or "
                                "0 (absent)",
                                who, w + 1);
              goto out;
            }
          g_array_append_val (a->presence, p);
        }
      for (guint i = 0; i < a->attr_cols->len; i++)
        {
          const char *v = nrp_csv_field (&r, g_array_index (a->attr_cols, guint, i));
          g_ptr_array_add (a->attr_values, g_string_chunk_insert_const (chunk, v));
        }

      id = g_string_chunk_insert (chunk, id);
      idx = a->ids->len;
      g_ptr_array_add (a->ids, (gpointer) id);
      g_array_append_val (a->sector, sector);
      g_ptr_array_add (a->area, (gpointer) area);
      g_array_append_val (lines, line);
      g_hash_table_insert (a->index, (gpointer) id, GUINT_TO_POINTER (idx + 1));
    }
  if (a->ids->len == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_EMPTY, r.name, r.line, 1,
                        "the file has a header but no actors");
      goto out;
    }
  warn_look_alike_ids (a, lines, r.name, chunk);
  ok = TRUE;
out:
  g_array_unref (extra);
  g_array_unref (lines);
  nrp_csv_reader_clear (&r);
  return ok;
}

/* ---- Ties and missing dyads --------------------------------------------- */

typedef struct {
  NrpTie tie;
  guint32 wave;
  guint32 line;      /* record line in the file */
} TieRow;

typedef struct {
  GArray *rows;            /* TieRow */
  GPtrArray *types;        /* const char* in chunk */
  GHashTable *type_index;  /* name -> index + 1 */
  guint source_column;     /* 1-based field number of the source column */
  guint max_wave;
  guint max_wave_line;     /* where the highest wave is */
  guint wave_column;       /* 1-based field number of the wave column */
  gboolean has_weight;
} TieTable;

static gboolean
lookup_actor (NrpCsvReader *r, guint column, const ActorTable *a, const char *what,
              guint32 *out, GError **error)
{
  const char *id = nrp_csv_field (r, column);
  gpointer found = g_hash_table_lookup (a->index, id);
  if (found == NULL)
    {
      if (*id == '\0')
        nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, nrp_csv_field_line (r, column),
                          column + 1, "the %s is empty", what);
      else
        {
          g_autofree char *who = nrp_io_shown (id);
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_ACTOR, r->name,
                            nrp_csv_field_line (r, column), column + 1,
                            "unknown actor '%s' (the %s is not an id in the actors file)", who,
                            what);
        }
      return FALSE;
    }
  *out = GPOINTER_TO_UINT (found) - 1;
  return TRUE;
}

/*
 * Reads the rows common to ties.csv and missing.csv (source, target, wave,
 * plus weight and type for ties). @is_ties selects the columns.
 */
static gboolean
load_dyads (const NrpSource *src, gboolean is_ties, const NrpLoadOptions *opt,
            const ActorTable *a, TieTable *t, GStringChunk *chunk, GError **error)
{
  NrpColumn tie_cols[] = { { "source", TRUE, -1, NULL }, { "target", TRUE, -1, NULL }, { "wave", TRUE, -1, NULL },
                        { "weight", FALSE, -1, NULL }, { "type", FALSE, -1, NULL } };
  NrpColumn miss_cols[] = { { "source", TRUE, -1, NULL }, { "target", TRUE, -1, NULL },
                         { "wave", TRUE, -1, NULL }, { "code", FALSE, -1, NULL } };
  NrpColumn *cols = is_ties ? tie_cols : miss_cols;
  guint n_cols = is_ties ? G_N_ELEMENTS (tie_cols) : G_N_ELEMENTS (miss_cols);
  NrpCsvReader r;
  gboolean ok = FALSE, done = FALSE;
  guint width;
  guint n_presence = a->presence_cols->len;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, n_cols, FALSE, NULL, is_ties ? "ties" : "missing", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  t->source_column = (guint) cols[0].index + 1;
  if (is_ties)
    t->has_weight = cols[3].index >= 0;

  for (;;)
    {
      TieRow row = { { 0, 0, NRP_NO_TYPE, 1.0 }, 0, 0 };
      guint wave;

      if (!nrp_io_next_row (&r, width, &done, error))
        goto out;
      if (done)
        break;
      row.line = r.record_line;
      if (!lookup_actor (&r, (guint) cols[0].index, a, "source", &row.tie.source, error)
          || !lookup_actor (&r, (guint) cols[1].index, a, "target", &row.tie.target, error))
        goto out;
      if (row.tie.source == row.tie.target)
        {
          g_autofree char *who = nrp_io_shown (g_ptr_array_index (a->ids, row.tie.source));
          nrp_set_error_at (error, NRP_ERROR_SELF_LOOP, r.name, r.record_line,
                            cols[1].index + 1,
                            is_ties ? "a tie from actor '%s' to itself (self-loops are not "
                                      "allowed)"
                                    : "a missing dyad from actor '%s' to itself",
                            who);
          goto out;
        }
      if (!nrp_io_parse_wave (&r, (guint) cols[2].index, "the wave", &wave, error))
        goto out;
      row.wave = wave;
      if (is_ties && cols[3].index >= 0
          && !nrp_io_parse_weight (&r, (guint) cols[3].index, &row.tie.weight, error))
        goto out;
      if (is_ties && cols[4].index >= 0 && *nrp_csv_field (&r, (guint) cols[4].index) != '\0')
        {
          const char *type = nrp_csv_field (&r, (guint) cols[4].index);
          gpointer found = g_hash_table_lookup (t->type_index, type);
          if (found == NULL)
            {
              type = g_string_chunk_insert_const (chunk, type);
              g_ptr_array_add (t->types, (gpointer) type);
              found = GUINT_TO_POINTER (t->types->len);
              g_hash_table_insert (t->type_index, (gpointer) type, found);
            }
          row.tie.type = GPOINTER_TO_UINT (found) - 1;
        }
      if (is_ties && n_presence > 0)
        {
          if (wave > n_presence)
            {
              nrp_set_error_at (error, NRP_ERROR_CONFLICT, r.name, r.record_line,
                                cols[2].index + 1,
                                "wave %u has no presence column in the actors file "
                                "(%s%u)",
                                wave, a->presence_prefix, wave);
              goto out;
            }
          for (guint end = 0; end < 2; end++)
            {
              guint32 who = end ? row.tie.target : row.tie.source;
              if (!g_array_index (a->presence, guint8, (gsize) who * n_presence + wave - 1))
                {
                  g_autofree char *name = nrp_io_shown (g_ptr_array_index (a->ids, who));
                  nrp_set_error_at (error, NRP_ERROR_CONFLICT, r.name, r.record_line,
                                    cols[end].index + 1,
                                    "actor '%s' has a tie at wave %u but is absent then "
                                    "(%s%u is 0)",
                                    name, wave, a->presence_prefix, wave);
                  goto out;
                }
            }
        }
      if (!opt->directed && row.tie.source > row.tie.target)
        {
          guint32 s = row.tie.source;
          row.tie.source = row.tie.target;
          row.tie.target = s;
        }
      if (wave > t->max_wave)
        {
          t->max_wave = wave;
          t->max_wave_line = r.record_line;
          t->wave_column = (guint) cols[2].index + 1;
        }
      g_array_append_val (t->rows, row);
    }
  if (is_ties && t->rows->len == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_EMPTY, r.name, r.line, 1,
                        "the file has a header but no ties");
      goto out;
    }
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

static int
tie_row_cmp (gconstpointer pa, gconstpointer pb)
{
  const TieRow *a = pa, *b = pb;
  if (a->wave != b->wave)
    return a->wave < b->wave ? -1 : 1;
  if (a->tie.source != b->tie.source)
    return a->tie.source < b->tie.source ? -1 : 1;
  if (a->tie.target != b->tie.target)
    return a->tie.target < b->tie.target ? -1 : 1;
  if (a->tie.type != b->tie.type)
    return a->tie.type < b->tie.type ? -1 : 1;
  return a->line < b->line ? -1 : (a->line > b->line);
}

static int
dyad_cmp (const TieRow *a, const TieRow *b)
{
  if (a->wave != b->wave)
    return a->wave < b->wave ? -1 : 1;
  if (a->tie.source != b->tie.source)
    return a->tie.source < b->tie.source ? -1 : 1;
  if (a->tie.target != b->tie.target)
    return a->tie.target < b->tie.target ? -1 : 1;
  return 0;
}

/*
 * Sorts @rows and removes duplicates (equal wave, ends and type). Merges
 * when @merge and the weights agree, counting in @merged; otherwise sets an
 * error at the duplicate that comes first in file order.
 */
static gboolean
dedupe (GArray *rows, gboolean is_ties, gboolean merge, gboolean directed, const char *file,
        guint column, const ActorTable *a, guint *merged, GError **error)
{
  TieRow *v;
  guint n = rows->len, out = 0;
  /* Copies, not pointers: the compaction below overwrites slots. */
  TieRow first = { { 0, 0, 0, 0.0 }, 0, 0 }, second = { { 0, 0, 0, 0.0 }, 0, 0 };
  const TieRow *bad_first = NULL, *bad_second = NULL;
  gboolean bad_weight = FALSE;

  g_array_sort (rows, tie_row_cmp);
  v = (TieRow *) (void *) rows->data;
  for (guint i = 0; i < n; i++)
    {
      if (out > 0 && dyad_cmp (&v[out - 1], &v[i]) == 0 && v[out - 1].tie.type == v[i].tie.type)
        {
          gboolean weights_differ = v[out - 1].tie.weight != v[i].tie.weight;
          if (merge && !weights_differ)
            {
              (*merged)++;
              continue;
            }
          if (bad_second == NULL || v[i].line < bad_second->line)
            {
              first = v[out - 1];
              second = v[i];
              bad_first = &first;
              bad_second = &second;
              bad_weight = merge && weights_differ;
            }
          continue;
        }
      v[out++] = v[i];
    }
  if (bad_second != NULL)
    {
      g_autofree char *s = nrp_io_shown (g_ptr_array_index (a->ids, bad_second->tie.source));
      g_autofree char *t = nrp_io_shown (g_ptr_array_index (a->ids, bad_second->tie.target));
      if (!is_ties)
        nrp_set_error_at (error, NRP_ERROR_DUPLICATE, file, bad_second->line, column,
                          "the missing dyad %s %s %s at wave %u is listed twice (first at "
                          "line %u)%s",
                          s, directed ? "->" : "-", t, bad_second->wave, bad_first->line,
                          directed ? "" : "; undirected, so a-b and b-a are the same dyad");
      else if (bad_weight)
        nrp_set_error_at (error, NRP_ERROR_DUPLICATE, file, bad_second->line, column,
                          "the tie %s %s %s at wave %u is listed twice with different "
                          "weights (first at line %u), so it cannot be merged",
                          s, directed ? "->" : "-", t, bad_second->wave, bad_first->line);
      else
        nrp_set_error_at (error, NRP_ERROR_DUPLICATE, file, bad_second->line, column,
                          "the tie %s %s %s at wave %u is listed twice (first at line "
                          "%u)%s; to keep one copy of identical duplicates, use the "
                          "merge-duplicates option",
                          s, directed ? "->" : "-", t, bad_second->wave, bad_first->line,
                          directed ? "" : "; undirected, so a-b and b-a are the same tie");
      return FALSE;
    }
  g_array_set_size (rows, out);
  return TRUE;
}

/* A missing dyad that also has a tie is a contradiction. Both are sorted. */
static gboolean
check_missing_against_ties (const GArray *ties, const GArray *missing, gboolean directed,
                            const char *ties_file, const char *missing_file, guint column,
                            const ActorTable *a, GError **error)
{
  const TieRow *t = (const TieRow *) (const void *) ties->data;
  const TieRow *m = (const TieRow *) (const void *) missing->data;
  guint i = 0, j = 0;

  while (i < ties->len && j < missing->len)
    {
      int c = dyad_cmp (&t[i], &m[j]);
      if (c < 0)
        i++;
      else if (c > 0)
        j++;
      else
        {
          g_autofree char *s = nrp_io_shown (g_ptr_array_index (a->ids, m[j].tie.source));
          g_autofree char *d = nrp_io_shown (g_ptr_array_index (a->ids, m[j].tie.target));
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, missing_file, m[j].line, column,
                            "the dyad %s %s %s at wave %u is listed as missing (unobserved) "
                            "but %s line %u has a tie on it",
                            s, directed ? "->" : "-", d, m[j].wave, ties_file, t[i].line);
          return FALSE;
        }
    }
  return TRUE;
}

/* ---- Building the network ----------------------------------------------- */

/* Sectors of the built-in taxonomy in its order, then the others by name. */
static int
sector_order_cmp (gconstpointer pa, gconstpointer pb)
{
  const char *a = *(const char *const *) pa, *b = *(const char *const *) pb;
  guint ra = nrp_default_sector_rank (a), rb = nrp_default_sector_rank (b);
  if (ra != rb)
    return ra < rb ? -1 : 1;
  return strcmp (a, b);
}

static int
str_ptr_cmp (gconstpointer a, gconstpointer b)
{
  return strcmp (*(const char *const *) a, *(const char *const *) b);
}

/*
 * Final sector order: those listed in sectors.csv in its order, then the
 * rest by name; without a sectors.csv, the built-in NRP sectors first in
 * taxonomy order (resident, third_sector, business, academic,
 * public_service, local_authority).
 */
static void
build_sectors (NrpNetwork *net, SectorTable *st, ActorTable *at)
{
  guint n = st->names->len;
  guint *remap = g_new (guint, n);
  const char **rest = g_new (const char *, n);
  guint n_rest = 0;

  for (guint i = st->n_listed; i < n; i++)
    rest[n_rest++] = g_ptr_array_index (st->names, i);
  nrp_sort (rest, n_rest, sizeof (char *), st->from_file ? str_ptr_cmp : sector_order_cmp);

  net->n_sectors = n;
  net->sectors = g_new0 (NrpSector, n);
  for (guint k = 0; k < n; k++)
    {
      const char *name = k < st->n_listed ? g_ptr_array_index (st->names, k)
                                           : rest[k - st->n_listed];
      guint old = GPOINTER_TO_UINT (g_hash_table_lookup (st->index, name)) - 1;
      remap[old] = k;
      net->sectors[k].name = (char *) name;
      net->sectors[k].label = (char *) g_array_index (st->labels, const char *, old);
      net->sectors[k].has_power = g_array_index (st->has_power, gboolean, old);
      net->sectors[k].power = g_array_index (st->powers, gint, old);
    }
  for (guint i = 0; i < net->n_actors; i++)
    {
      net->sector[i] = remap[g_array_index (at->sector, guint, i)];
      net->sectors[net->sector[i]].size++;
    }
  g_free (remap);
  g_free (rest);
}

/*
 * A sector with actors but no power level would silently make every tie of
 * its actors bridging (never linking): name each in a warning that says how
 * to give it one. Appended to @w, the load's warnings (in net->strings).
 */
static void
add_sector_warnings (const NrpNetwork *net, const char *sectors_file, GPtrArray *w)
{
  for (guint k = 0; k < net->n_sectors; k++)
    {
      const NrpSector *sec = &net->sectors[k];
      g_autofree char *name = NULL, *text = NULL;
      if (sec->has_power || sec->size == 0)
        continue;
      name = nrp_io_shown (sec->name);
      text = sectors_file != NULL
               ? g_strdup_printf ("sector '%s' has no power level in %s: its ties count as "
                                  "bridging, never linking; give it one in the power column",
                                  name, sectors_file)
               : g_strdup_printf ("sector '%s' is not in the built-in NRP taxonomy and has no "
                                  "power level: its ties count as bridging, never linking; use "
                                  "a built-in code (resident, third_sector, business, academic, "
                                  "public_service, local_authority) or give it a power level in "
                                  "a sectors.csv (columns sector, label, power: --sectors FILE "
                                  "in nrpnet, sectors= in Python)",
                                  name);
      g_ptr_array_add (w, g_string_chunk_insert (net->strings, text));
    }
}

/* Each wave's ties and unobserved dyads (net->waves zeroed); FALSE with
 * NRP_ERROR_NO_MEMORY when they cannot be held. */
static gboolean
build_waves (NrpNetwork *net, GArray *ties, GArray *missing, GError **error)
{
  const TieRow *t = (const TieRow *) (const void *) ties->data;
  const TieRow *m = missing != NULL ? (const TieRow *) (const void *) missing->data : NULL;
  guint i = 0, j = 0;

  for (guint w = 1; w <= net->n_waves; w++)
    {
      NrpWave *wv = &net->waves[w - 1];
      guint start = i;
      while (i < ties->len && t[i].wave == w)
        i++;
      wv->n_ties = i - start;
      if ((wv->ties = NRP_TRY_NEW (NrpTie, wv->n_ties, "the ties of a wave", error)) == NULL)
        return FALSE;
      for (guint k = 0; k < wv->n_ties; k++)
        wv->ties[k] = t[start + k].tie;
      start = j;
      while (m != NULL && j < missing->len && m[j].wave == w)
        j++;
      wv->n_missing = j - start;
      if ((wv->missing = NRP_TRY_NEW (NrpDyad, wv->n_missing, "the missing dyads of a wave",
                                      error)) == NULL)
        return FALSE;
      for (guint k = 0; k < wv->n_missing; k++)
        {
          wv->missing[k].source = m[start + k].tie.source;
          wv->missing[k].target = m[start + k].tie.target;
        }
    }
  return TRUE;
}

NrpNetwork *
nrp_network_load_sources (const NrpSource *actors, const NrpSource *ties,
                          const NrpSource *sectors, const NrpSource *missing,
                          const NrpLoadOptions *options, GError **error)
{
  g_autoptr (NrpLoadOptions) defaults = NULL;
  const NrpLoadOptions *opt = options;
  GStringChunk *chunk = g_string_chunk_new (4096);
  SectorTable st;
  ActorTable at;
  TieTable tt = { 0 }, mt = { 0 };
  NrpNetwork *net = NULL;
  guint merged = 0;

  if (opt == NULL)
    opt = defaults = nrp_load_options_new ();

  sector_table_init (&st);
  actor_table_init (&at);
  tt.rows = g_array_new (FALSE, FALSE, sizeof (TieRow));
  tt.types = g_ptr_array_new ();
  tt.type_index = g_hash_table_new (g_str_hash, g_str_equal);
  mt.rows = g_array_new (FALSE, FALSE, sizeof (TieRow));
  mt.types = g_ptr_array_new ();
  mt.type_index = g_hash_table_new (g_str_hash, g_str_equal);

  if (sectors != NULL && !load_sectors (sectors, &st, chunk, error))
    goto fail;
  if (!load_actors (actors, opt, &st, &at, chunk, error))
    goto fail;
  if (!load_dyads (ties, TRUE, opt, &at, &tt, chunk, error))
    goto fail;
  if (missing != NULL && !load_dyads (missing, FALSE, opt, &at, &mt, chunk, error))
    goto fail;
  if (!dedupe (tt.rows, TRUE, opt->merge_duplicates, opt->directed, ties->name,
               tt.source_column, &at, &merged, error))
    goto fail;
  if (missing != NULL
      && (!dedupe (mt.rows, FALSE, opt->merge_duplicates, opt->directed, missing->name,
                   mt.source_column, &at, &merged, error)
          || !check_missing_against_ties (tt.rows, mt.rows, opt->directed, ties->name,
                                          missing->name, mt.source_column, &at, error)))
    goto fail;

  /* Tables of every wave by sector pair grow as sectors^2 x waves: one tie
   * at wave 1000 among 1000 sectors would ask for gigabytes. Refuse at the
   * row that sets the wave count, with what it would cost. */
  {
    const TieTable *hi = mt.max_wave > tt.max_wave ? &mt : &tt;
    const NrpSource *hi_src = mt.max_wave > tt.max_wave ? missing : ties;
    guint64 ns = st.names->len, nw = MAX (tt.max_wave, mt.max_wave);
    if (ns * ns * nw > NRP_MAX_SECTOR_CELLS)
      {
        nrp_set_error_at (error, NRP_ERROR_VALUE, hi_src->name, hi->max_wave_line,
                          hi->wave_column,
                          "wave %u with %u sectors: the sector-by-sector tables of every wave "
                          "would need about %.1f GB; number the waves 1, 2, 3... or use fewer "
                          "sectors",
                          (guint) nw, (guint) ns, (double) ns * ns * nw * 48 / 1e9);
        goto fail;
      }
    if ((guint64) at.ids->len * nw > NRP_MAX_ACTOR_CELLS)
      {
        nrp_set_error_at (error, NRP_ERROR_VALUE, hi_src->name, hi->max_wave_line,
                          hi->wave_column,
                          "wave %u with %u actors: the per-actor tables of every wave would "
                          "need about %.1f GB; number the waves 1, 2, 3... or split the data",
                          (guint) nw, at.ids->len, (double) at.ids->len * nw * 250 / 1e9);
        goto fail;
      }
  }

  net = g_new0 (NrpNetwork, 1);
  net->strings = chunk;
  chunk = NULL;
  net->directed = opt->directed;
  net->n_actors = at.ids->len;
  net->n_merged = merged;
  /* The tables the input sizes: out of memory is an error, not an abort. */
  net->n_waves = MAX (tt.max_wave, mt.max_wave);
  if ((net->ids = NRP_TRY_NEW (char *, net->n_actors, "the actors' ids", error)) == NULL
      || (net->area = NRP_TRY_NEW (char *, net->n_actors, "the actors' areas", error)) == NULL
      || (net->sector = NRP_TRY_NEW (guint, net->n_actors, "the actors' sectors", error)) == NULL
      || (net->attributes = NRP_TRY_NEW (char *, (gsize) at.attr_names->len * net->n_actors,
                                         "the actors' attributes", error)) == NULL
      || (net->present = NRP_TRY_NEW (guint8, (gsize) net->n_waves * net->n_actors,
                                      "the actors' presence", error)) == NULL
      || (net->waves = NRP_TRY_NEW0 (NrpWave, net->n_waves, "the waves", error)) == NULL
      || !build_waves (net, tt.rows, missing != NULL ? mt.rows : NULL, error))
    {
      net->n_waves = net->waves != NULL ? net->n_waves : 0;
      g_clear_pointer (&net, nrp_network_free);
      goto fail;
    }
  net->id_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < net->n_actors; i++)
    {
      net->ids[i] = g_ptr_array_index (at.ids, i);
      net->area[i] = g_ptr_array_index (at.area, i);
      g_hash_table_insert (net->id_index, net->ids[i], GUINT_TO_POINTER (i + 1));
    }
  build_sectors (net, &st, &at);
  net->sectors_from_file = st.from_file;
  net->sectors_closed = opt->sectors_closed;

  net->n_attributes = at.attr_names->len;
  net->attribute_names = g_new (char *, MAX (net->n_attributes, 1));
  for (guint k = 0; k < net->n_attributes; k++)
    {
      net->attribute_names[k] = g_ptr_array_index (at.attr_names, k);
      for (guint i = 0; i < net->n_actors; i++)
        net->attributes[(gsize) k * net->n_actors + i]
          = g_ptr_array_index (at.attr_values, (gsize) i * net->n_attributes + k);
    }

  net->n_types = tt.types->len;
  net->types = g_new (char *, MAX (net->n_types, 1));
  for (guint k = 0; k < net->n_types; k++)
    net->types[k] = g_ptr_array_index (tt.types, k);

  for (guint w = 1; w <= net->n_waves; w++)
    for (guint i = 0; i < net->n_actors; i++)
      net->present[(gsize) (w - 1) * net->n_actors + i]
        = at.presence_cols->len == 0
            ? 1
            : (w <= at.presence_cols->len
                 ? g_array_index (at.presence, guint8, (gsize) i * at.presence_cols->len + w - 1)
                 : 0);
  net->n_presence_columns = at.presence_names->len;
  net->presence_columns = g_new0 (char *, at.presence_names->len + 1);
  for (guint w = 0; w < at.presence_names->len; w++)
    net->presence_columns[w] = g_ptr_array_index (at.presence_names, w);
  add_sector_warnings (net, sectors != NULL ? sectors->name : NULL, at.warnings);
  net->n_warnings = at.warnings->len;
  net->warnings = g_new0 (char *, at.warnings->len + 1);
  for (guint k = 0; k < at.warnings->len; k++)
    net->warnings[k] = g_ptr_array_index (at.warnings, k);

fail:
  if (chunk != NULL)
    g_string_chunk_free (chunk);
  sector_table_clear (&st);
  actor_table_clear (&at);
  g_array_unref (tt.rows);
  g_ptr_array_unref (tt.types);
  g_hash_table_unref (tt.type_index);
  g_array_unref (mt.rows);
  g_ptr_array_unref (mt.types);
  g_hash_table_unref (mt.type_index);
  return net;
}

NrpNetwork *
nrp_network_load (const char *actors_path, const char *ties_path,
                  const NrpLoadOptions *options, GError **error)
{
  NrpSource a, t, s, m;
  GBytes *fa = NULL, *ft = NULL, *fs = NULL, *fm = NULL;
  NrpNetwork *net = NULL;

  g_return_val_if_fail (actors_path != NULL, NULL);
  g_return_val_if_fail (ties_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if ((fa = nrp_io_map_file (actors_path, &a, error)) == NULL
      || (ft = nrp_io_map_file (ties_path, &t, error)) == NULL)
    goto out;
  if (options != NULL && options->sectors_path != NULL
      && (fs = nrp_io_map_file (options->sectors_path, &s, error)) == NULL)
    goto out;
  if (options != NULL && options->missing_path != NULL
      && (fm = nrp_io_map_file (options->missing_path, &m, error)) == NULL)
    goto out;
  net = nrp_network_load_sources (&a, &t, fs ? &s : NULL, fm ? &m : NULL, options, error);
out:
  g_clear_pointer (&fa, g_bytes_unref);
  g_clear_pointer (&ft, g_bytes_unref);
  g_clear_pointer (&fs, g_bytes_unref);
  g_clear_pointer (&fm, g_bytes_unref);
  return net;
}

