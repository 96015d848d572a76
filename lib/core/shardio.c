/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * shardio.c: what the shard files of compare (change/shard.c) and study
 * (study/shard.c) share: the digest of the data, doubles written so that
 * they read back as the same bits, and the checked reading of the JSON
 * (see shardio.h).
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include "core/nrp-private.h"
#include "core/shardio.h"

/* ---- The digest: little-endian, the same on every machine ---------------- */

void
nrp_digest_u32 (GChecksum *h, guint32 v)
{
  guint8 b[4] = { (guint8) v, (guint8) (v >> 8), (guint8) (v >> 16), (guint8) (v >> 24) };
  g_checksum_update (h, b, sizeof b);
}

void
nrp_digest_double (GChecksum *h, double v)
{
  guint64 bits;
  memcpy (&bits, &v, sizeof bits);
  nrp_digest_u32 (h, (guint32) bits);
  nrp_digest_u32 (h, (guint32) (bits >> 32));
}

void
nrp_digest_string (GChecksum *h, const char *s)
{
  if (s != NULL)
    g_checksum_update (h, (const guchar *) s, (gssize) strlen (s));
  g_checksum_update (h, (const guchar *) "", 1);
}

void
nrp_digest_sectors (GChecksum *h, const NrpNetwork *net)
{
  nrp_digest_u32 (h, net->n_sectors);
  for (guint s = 0; s < net->n_sectors; s++)
    {
      nrp_digest_string (h, net->sectors[s].name);
      nrp_digest_u32 (h, (guint32) net->sectors[s].has_power);
      nrp_digest_u32 (h, (guint32) net->sectors[s].power);
    }
}

void
nrp_digest_wave (GChecksum *h, const NrpWave *wv)
{
  nrp_digest_u32 (h, wv->n_ties);
  for (guint e = 0; e < wv->n_ties; e++)
    {
      nrp_digest_u32 (h, wv->ties[e].source);
      nrp_digest_u32 (h, wv->ties[e].target);
      nrp_digest_u32 (h, wv->ties[e].type);
      nrp_digest_double (h, wv->ties[e].weight);
    }
  nrp_digest_u32 (h, wv->n_missing);
  for (guint e = 0; e < wv->n_missing; e++)
    {
      nrp_digest_u32 (h, wv->missing[e].source);
      nrp_digest_u32 (h, wv->missing[e].target);
    }
}

/* A double that reads back as the same bits: "%.17g", -0 kept, NaN null. */
void
nrp_shard_append_double (GString *s, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  if (isnan (v))
    g_string_append (s, "null");
  else if (isinf (v))
    g_string_append (s, v > 0 ? "\"inf\"" : "\"-inf\"");
  else if (v == 0 && signbit (v))
    g_string_append (s, "-0.0");
  else
    g_string_append (s, g_ascii_formatd (buf, sizeof buf, "%.17g", v));
}

void
nrp_shard_append_rows (GString *s, const double *rows, guint n_rows, guint width)
{
  g_string_append_c (s, '[');
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (s, r > 0 ? ",\n        [" : "\n        [");
      for (guint k = 0; k < width; k++)
        {
          if (k > 0)
            g_string_append (s, ", ");
          nrp_shard_append_double (s, rows[(gsize) r * width + k]);
        }
      g_string_append_c (s, ']');
    }
  g_string_append (s, n_rows > 0 ? "\n      ]" : "]");
}

/* NRP_ERROR_VALUE in shard file @name; returns FALSE. */
gboolean
nrp_shard_bad (GError **error, const char *name, const char *format, ...)
{
  va_list ap;
  g_autofree char *what = NULL;

  va_start (ap, format);
  what = g_strdup_vprintf (format, ap);
  va_end (ap);
  nrp_set_error_at (error, NRP_ERROR_VALUE, name, 0, 0, "%s", what);
  return FALSE;
}

gboolean
nrp_shard_get_uint (JsonObject *o, const char *member, guint max, guint *out, const char *name,
          const char *where, GError **error)
{
  JsonNode *n = json_object_get_member (o, member);
  gint64 v;
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return nrp_shard_bad (error, name, "%s%s \"%s\" is missing or not a whole number", where,
                *where ? "'s" : "", member);
  v = json_node_get_int (n);
  if (v < 0 || v > (gint64) max)
    return nrp_shard_bad (error, name, "%s%s \"%s\" is %" G_GINT64_FORMAT ", out of range", where,
                *where ? "'s" : "", member, v);
  *out = (guint) v;
  return TRUE;
}

GStrv
nrp_shard_get_names (JsonNode *n)
{
  JsonArray *a;
  GStrv names;
  guint len;

  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    return NULL;
  a = json_node_get_array (n);
  len = json_array_get_length (a);
  names = g_new0 (char *, len + 1);
  for (guint k = 0; k < len; k++)
    {
      JsonNode *e = json_array_get_element (a, k);
      if (!JSON_NODE_HOLDS_VALUE (e) || json_node_get_value_type (e) != G_TYPE_STRING)
        {
          g_strfreev (names);
          return NULL;
        }
      names[k] = g_strdup (json_node_get_string (e));
    }
  return names;
}

static gboolean
nrp_shard_get_number (JsonNode *e, double *v)
{
  GType t;
  if (JSON_NODE_HOLDS_NULL (e))
    {
      *v = NAN;
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (e))
    return FALSE;
  t = json_node_get_value_type (e);
  if (t == G_TYPE_DOUBLE || t == G_TYPE_INT64)
    {
      *v = json_node_get_double (e);
      return TRUE;
    }
  if (t == G_TYPE_STRING && strcmp (json_node_get_string (e), "inf") == 0)
    *v = INFINITY;
  else if (t == G_TYPE_STRING && strcmp (json_node_get_string (e), "-inf") == 0)
    *v = -INFINITY;
  else
    return FALSE;
  return TRUE;
}

gboolean
nrp_shard_get_rows (JsonObject *o, const char *member, guint n_rows, guint width, double **out,
          const char *name, const char *where, GError **error)
{
  JsonNode *n = json_object_get_member (o, member);
  JsonArray *a;

  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    return nrp_shard_bad (error, name, "%s's \"%s\" is missing or not an array", where, member);
  a = json_node_get_array (n);
  if (json_array_get_length (a) != n_rows)
    return nrp_shard_bad (error, name, "%s's \"%s\" has %u rows, not the %u its first and last say",
                where, member, json_array_get_length (a), n_rows);
  *out = g_new (double, (gsize) MAX (n_rows, 1) * MAX (width, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      JsonNode *row = json_array_get_element (a, r);
      JsonArray *ra = JSON_NODE_HOLDS_ARRAY (row) ? json_node_get_array (row) : NULL;
      if (ra == NULL || json_array_get_length (ra) != width)
        return nrp_shard_bad (error, name, "%s's \"%s\" row %u does not hold %u numbers", where, member,
                    r + 1, width);
      for (guint k = 0; k < width; k++)
        if (!nrp_shard_get_number (json_array_get_element (ra, k), &(*out)[(gsize) r * width + k]))
          return nrp_shard_bad (error, name, "%s's \"%s\" row %u, value %u is not a number or null",
                      where, member, r + 1, k + 1);
    }
  return TRUE;
}

void
nrp_shard_range (guint total, guint index, guint count, guint *first, guint *last)
{
  *first = (guint) ((guint64) total * (index - 1) / count);
  *last = (guint) ((guint64) total * index / count);
}


gboolean
nrp_shard_parse (JsonParser *parser, const char *json, gssize length, const char *name,
                 JsonObject **root, GError **error)
{
  g_autoptr (GError) e = NULL;
  JsonNode *node;

  *root = NULL;
  if (!json_parser_load_from_data (parser, json, length, &e))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: ...": the file's
       * name, line and column go where nrpnet's errors put them. */
      guint64 line = 0, column = 0;
      const char *m = e->message;
      char *end;
      if (g_str_has_prefix (m, "<data>:"))
        {
          line = g_ascii_strtoull (m + 7, &end, 10);
          if (*end == ':')
            column = g_ascii_strtoull (end + 1, &end, 10);
          if (g_str_has_prefix (end, ": "))
            m = end + 2;
        }
      nrp_set_error_at (error, NRP_ERROR_SYNTAX, name, (guint) line, (guint) column,
                        "not JSON: %s", m);
      return FALSE;
    }
  node = json_parser_get_root (parser);
  *root = node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  return TRUE;
}

/* ---- The head of a shard, and the set of them ----------------------------- */

gboolean
nrp_shard_valid (guint index, guint count, GError **error)
{
  if (count > NRP_MAX_SHARDS || index > count || (index == 0) != (count == 0))
    {
      NRP_OUT_OF_RANGE (error, "the shard", "I/N with 1 <= I <= N <= 100000, or 0/0 for none");
      return FALSE;
    }
  return TRUE;
}

gboolean
nrp_shard_read_head (JsonObject *o, const char *tag, int format, const char *command,
                     NrpShardHead *head, GError **error)
{
  const char *name = head->name;
  JsonNode *n = o != NULL ? json_object_get_member (o, tag) : NULL;
  JsonObject *so;

  if (n == NULL)
    return nrp_shard_bad (error, name, "not a shard of nrpnet %s --shard (no \"%s\")", command,
                          tag);
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
      || json_node_get_int (n) != format)
    return nrp_shard_bad (error, name, "a shard of another format than %d: merge it with the "
                                       "nrpnet that wrote it", format);
  n = json_object_get_member (o, "shard");
  so = n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
  if (so == NULL)
    return nrp_shard_bad (error, name, "\"shard\" is missing or not an object");
  if (!nrp_shard_get_uint (so, "index", NRP_MAX_SHARDS, &head->index, name, "shard", error)
      || !nrp_shard_get_uint (so, "count", NRP_MAX_SHARDS, &head->count, name, "shard", error))
    return FALSE;
  if (head->index == 0 || head->index > head->count)
    return nrp_shard_bad (error, name, "shard %u of %u does not exist", head->index,
                          head->count);
  return TRUE;
}

gboolean
nrp_shard_add (GPtrArray **shards, gpointer shard, GDestroyNotify free_func, GError **error)
{
  const NrpShardHead *f = shard;

  for (guint k = 0; *shards != NULL && k < (*shards)->len; k++)
    {
      const NrpShardHead *g = g_ptr_array_index (*shards, k);
      if (g->count != f->count || g->index == f->index)
        {
          if (g->count != f->count)
            nrp_shard_bad (error, f->name, "shard %u of %u, but %s is a shard of %u", f->index,
                           f->count, g->name, g->count);
          else
            nrp_shard_bad (error, f->name, "shard %u of %u again: %s is that shard too",
                           f->index, f->count, g->name);
          free_func (shard);
          return FALSE;
        }
    }
  if (*shards == NULL)
    *shards = g_ptr_array_new_with_free_func (free_func);
  g_ptr_array_add (*shards, shard);
  return TRUE;
}

gconstpointer *
nrp_shards_by_index (const GPtrArray *shards, guint *count, GError **error)
{
  gconstpointer *by_index;

  *count = ((const NrpShardHead *) g_ptr_array_index (shards, 0))->count;
  by_index = g_new0 (gconstpointer, *count + 1);
  for (guint k = 0; k < shards->len; k++)
    {
      const NrpShardHead *f = g_ptr_array_index (shards, k);
      by_index[f->index] = f;
    }
  for (guint i = 1; i <= *count; i++)
    if (by_index[i] == NULL)
      {
        nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                          "shard %u of %u is missing: merge all %u shards", i, *count, *count);
        g_free (by_index);
        return NULL;
      }
  return by_index;
}
