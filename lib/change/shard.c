/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * shard.c: a comparison's bootstrap and permutations split over processes
 * or machines (see nrpnet/change.h, nrp_change_options_set_shard()).
 *
 * Shard i of N computes replicates floor(R (i-1) / N) .. floor(R i / N) - 1
 * of the bootstrap and of the permutations, R being their number, and
 * writes their rows (each replicate's change of each measure, "%.17g") as
 * JSON. The merge reads the N shards back, checks that they were made from
 * the same data (a SHA-256 of what the replicates read) with the same seed,
 * replicates and measures, and hands the rows to the statistics in
 * replicate order. Replicate r's row depends on (seed, stream, r) and the
 * data alone (replicates.c), so the merged result is the same bits as one
 * process computing every replicate.
 */
#include "config.h"

#include <math.h>
#include <stdarg.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "change/change-private.h"
#include "core/nrp-private.h"

#define SHARD_FORMAT 1

/* One comparison's rows in a shard file. */
typedef struct {
  guint from, to;
  char digest[65];
  GStrv measures;       /* the bootstrap's measures, in order */
  guint boot_first, boot_last;
  double *boot;         /* (boot_last - boot_first) * g_strv_length (measures) */
  GStrv perm_measures;  /* NULL: no permutation test ran */
  guint perm_first, perm_last;
  double *perm;
} ShardPair;

typedef struct {
  char *name;           /* for messages */
  guint index, count;
  guint64 seed;
  guint bootstrap, permutations;
  guint n_pairs;
  ShardPair *pairs;
} ShardFile;

void
nrp_shard_file_free (gpointer data)
{
  ShardFile *f = data;
  if (f == NULL)
    return;
  for (guint k = 0; k < f->n_pairs; k++)
    {
      g_strfreev (f->pairs[k].measures);
      g_free (f->pairs[k].boot);
      g_strfreev (f->pairs[k].perm_measures);
      g_free (f->pairs[k].perm);
    }
  g_free (f->pairs);
  g_free (f->name);
  g_free (f);
}

void
nrp_shard_range (guint total, guint index, guint count, guint *first, guint *last)
{
  *first = (guint) ((guint64) total * (index - 1) / count);
  *last = (guint) ((guint64) total * index / count);
}

gboolean
nrp_change_options_set_shard (NrpChangeOptions *o, guint index, guint count, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (count > NRP_MAX_SHARDS || index > count || (index == 0) != (count == 0))
    {
      NRP_OUT_OF_RANGE (error, "the shard", "I/N with 1 <= I <= N <= 100000, or 0/0 for none");
      return FALSE;
    }
  o->shard_index = index;
  o->shard_count = count;
  return TRUE;
}

guint
nrp_change_options_get_shard (const NrpChangeOptions *o, guint *count)
{
  g_return_val_if_fail (o != NULL, 0);
  if (count != NULL)
    *count = o->shard_count;
  return o->shard_index;
}

/* ---- The digest of the data --------------------------------------------- */

static void
put_u32 (GChecksum *h, guint32 v)
{
  guint8 b[4] = { (guint8) v, (guint8) (v >> 8), (guint8) (v >> 16), (guint8) (v >> 24) };
  g_checksum_update (h, b, sizeof b);
}

static void
put_double (GChecksum *h, double v)
{
  guint64 bits;
  memcpy (&bits, &v, sizeof bits);
  put_u32 (h, (guint32) bits);
  put_u32 (h, (guint32) (bits >> 32));
}

static void
put_string (GChecksum *h, const char *s)
{
  if (s != NULL)
    g_checksum_update (h, (const guchar *) s, (gssize) strlen (s));
  g_checksum_update (h, (const guchar *) "", 1);
}

/* Everything the replicates read, little-endian, so that the digest is the
 * same on every machine: the actors, their sectors and presence, each
 * wave's ties and unobserved dyads. */
void
nrp_pair_view_digest (const PairView *pv, char digest[65])
{
  const NrpNetwork *net = &pv->net;
  GChecksum *h = g_checksum_new (G_CHECKSUM_SHA256);

  put_string (h, "nrpnet pair view 1");
  put_u32 (h, (guint32) net->directed);
  put_u32 (h, net->n_actors);
  put_u32 (h, net->n_sectors);
  for (guint s = 0; s < net->n_sectors; s++)
    {
      put_string (h, net->sectors[s].name);
      put_u32 (h, (guint32) net->sectors[s].has_power);
      put_u32 (h, (guint32) net->sectors[s].power);
    }
  for (guint i = 0; i < net->n_actors; i++)
    {
      put_string (h, net->ids[i]);
      put_u32 (h, net->sector[i]);
    }
  g_checksum_update (h, pv->present, 2 * (gssize) net->n_actors);
  for (guint w = 0; w < 2; w++)
    {
      const NrpWave *wv = &net->waves[w];
      put_u32 (h, wv->n_ties);
      for (guint e = 0; e < wv->n_ties; e++)
        {
          put_u32 (h, wv->ties[e].source);
          put_u32 (h, wv->ties[e].target);
          put_u32 (h, wv->ties[e].type);
          put_double (h, wv->ties[e].weight);
        }
      put_u32 (h, wv->n_missing);
      for (guint e = 0; e < wv->n_missing; e++)
        {
          put_u32 (h, wv->missing[e].source);
          put_u32 (h, wv->missing[e].target);
        }
    }
  g_strlcpy (digest, g_checksum_get_string (h), 65);
  g_checksum_free (h);
}

/* ---- Writing ------------------------------------------------------------ */

/* A double that reads back as the same bits: "%.17g", -0 kept, NaN null. */
static void
append_double (GString *s, double v)
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

static void
append_names (GString *s, const NrpChange *c, const guint *at, guint n)
{
  g_string_append_c (s, '[');
  for (guint k = 0; k < n; k++)
    g_string_append_printf (s, "%s\"%s\"", k > 0 ? ", " : "",
                            nrp_measure_name (c->measures[at != NULL ? at[k] : k].measure));
  g_string_append_c (s, ']');
}

static void
append_rows (GString *s, const double *rows, guint n_rows, guint width)
{
  g_string_append_c (s, '[');
  for (guint r = 0; r < n_rows; r++)
    {
      g_string_append (s, r > 0 ? ",\n        [" : "\n        [");
      for (guint k = 0; k < width; k++)
        {
          if (k > 0)
            g_string_append (s, ", ");
          append_double (s, rows[(gsize) r * width + k]);
        }
      g_string_append_c (s, ']');
    }
  g_string_append (s, n_rows > 0 ? "\n      ]" : "]");
}

char *
nrp_change_shard_to_json (NrpChange *const *changes, guint n, GError **error)
{
  GString *s;

  g_return_val_if_fail (changes != NULL || n == 0, NULL);
  for (guint k = 0; k < n; k++)
    if (changes[k]->shard_count == 0
        || changes[k]->shard_index != changes[0]->shard_index
        || changes[k]->shard_count != changes[0]->shard_count
        || changes[k]->seed != changes[0]->seed
        || changes[k]->bootstrap != changes[0]->bootstrap
        || changes[k]->permutations != changes[0]->permutations)
      {
        nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                          "comparison %u is not of the same shard: compute every comparison "
                          "with options that set the shard (nrp_change_options_set_shard())",
                          k + 1);
        return NULL;
      }
  if (n == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0, "no comparison to write");
      return NULL;
    }
  s = g_string_new ("{\n");
  g_string_append_printf (s, "  \"nrpnet_shard\": %d,\n  \"nrpnet_version\": \"%s\",\n",
                          SHARD_FORMAT, PACKAGE_VERSION);
  g_string_append_printf (s, "  \"shard\": {\"index\": %u, \"count\": %u},\n",
                          changes[0]->shard_index, changes[0]->shard_count);
  g_string_append_printf (s, "  \"seed\": \"%" G_GUINT64_FORMAT "\",\n", changes[0]->seed);
  g_string_append_printf (s, "  \"bootstrap\": %u,\n  \"permutations\": %u,\n",
                          changes[0]->bootstrap, changes[0]->permutations);
  g_string_append (s, "  \"comparisons\": [");
  for (guint k = 0; k < n; k++)
    {
      const NrpChange *c = changes[k];
      g_string_append (s, k > 0 ? ",\n    {\n" : "\n    {\n");
      g_string_append_printf (s, "      \"from_wave\": %u,\n      \"to_wave\": %u,\n",
                              c->summary.from_wave, c->summary.to_wave);
      g_string_append_printf (s, "      \"data_sha256\": \"%s\",\n", c->digest);
      g_string_append (s, "      \"measures\": ");
      append_names (s, c, NULL, c->n_measures);
      g_string_append_printf (s, ",\n      \"bootstrap_first\": %u,\n      \"bootstrap_last\": %u,\n",
                              c->boot_first, c->boot_last);
      g_string_append (s, "      \"bootstrap_rows\": ");
      append_rows (s, c->boot_rows, c->boot_last - c->boot_first, c->n_measures);
      g_string_append (s, ",\n      \"permutation_measures\": ");
      if (c->perm_nm == 0)
        g_string_append (s, "null");
      else
        append_names (s, c, c->perm_at, c->perm_nm);
      g_string_append_printf (s,
                              ",\n      \"permutation_first\": %u,\n"
                              "      \"permutation_last\": %u,\n",
                              c->perm_first, c->perm_last);
      g_string_append (s, "      \"permutation_rows\": ");
      append_rows (s, c->perm_rows, c->perm_last - c->perm_first, c->perm_nm);
      g_string_append (s, "\n    }");
    }
  g_string_append (s, "\n  ]\n}\n");
  return g_string_free (s, FALSE);
}

/* ---- Reading ------------------------------------------------------------ */

/* NRP_ERROR_VALUE in shard file @name; returns FALSE. */
static gboolean G_GNUC_PRINTF (3, 4)
bad (GError **error, const char *name, const char *format, ...)
{
  va_list ap;
  g_autofree char *what = NULL;

  va_start (ap, format);
  what = g_strdup_vprintf (format, ap);
  va_end (ap);
  nrp_set_error_at (error, NRP_ERROR_VALUE, name, 0, 0, "%s", what);
  return FALSE;
}

static gboolean
get_uint (JsonObject *o, const char *member, guint max, guint *out, const char *name,
          const char *where, GError **error)
{
  JsonNode *n = json_object_get_member (o, member);
  gint64 v;
  if (n == NULL || !JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64)
    return bad (error, name, "%s%s \"%s\" is missing or not a whole number", where,
                *where ? "'s" : "", member);
  v = json_node_get_int (n);
  if (v < 0 || v > (gint64) max)
    return bad (error, name, "%s%s \"%s\" is %" G_GINT64_FORMAT ", out of range", where,
                *where ? "'s" : "", member, v);
  *out = (guint) v;
  return TRUE;
}

static GStrv
get_names (JsonNode *n)
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
get_number (JsonNode *e, double *v)
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

static gboolean
get_rows (JsonObject *o, const char *member, guint n_rows, guint width, double **out,
          const char *name, const char *where, GError **error)
{
  JsonNode *n = json_object_get_member (o, member);
  JsonArray *a;

  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    return bad (error, name, "%s's \"%s\" is missing or not an array", where, member);
  a = json_node_get_array (n);
  if (json_array_get_length (a) != n_rows)
    return bad (error, name, "%s's \"%s\" has %u rows, not the %u its first and last say",
                where, member, json_array_get_length (a), n_rows);
  *out = g_new (double, (gsize) MAX (n_rows, 1) * MAX (width, 1));
  for (guint r = 0; r < n_rows; r++)
    {
      JsonNode *row = json_array_get_element (a, r);
      JsonArray *ra = JSON_NODE_HOLDS_ARRAY (row) ? json_node_get_array (row) : NULL;
      if (ra == NULL || json_array_get_length (ra) != width)
        return bad (error, name, "%s's \"%s\" row %u does not hold %u numbers", where, member,
                    r + 1, width);
      for (guint k = 0; k < width; k++)
        if (!get_number (json_array_get_element (ra, k), &(*out)[(gsize) r * width + k]))
          return bad (error, name, "%s's \"%s\" row %u, value %u is not a number or null",
                      where, member, r + 1, k + 1);
    }
  return TRUE;
}

static gboolean
read_pair (JsonObject *o, ShardPair *p, const char *name, guint k, GError **error)
{
  g_autofree char *where = g_strdup_printf ("comparison %u", k + 1);
  JsonNode *n;
  const char *digest;

  if (!get_uint (o, "from_wave", NRP_MAX_WAVE, &p->from, name, where, error)
      || !get_uint (o, "to_wave", NRP_MAX_WAVE, &p->to, name, where, error)
      || !get_uint (o, "bootstrap_first", NRP_MAX_BOOTSTRAP, &p->boot_first, name, where, error)
      || !get_uint (o, "bootstrap_last", NRP_MAX_BOOTSTRAP, &p->boot_last, name, where, error)
      || !get_uint (o, "permutation_first", NRP_MAX_PERMUTATIONS, &p->perm_first, name, where,
                    error)
      || !get_uint (o, "permutation_last", NRP_MAX_PERMUTATIONS, &p->perm_last, name, where,
                    error))
    return FALSE;
  n = json_object_get_member (o, "data_sha256");
  digest = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
             ? json_node_get_string (n)
             : NULL;
  if (digest == NULL || strlen (digest) != 64)
    return bad (error, name, "%s's \"data_sha256\" is missing or not 64 hex digits", where);
  g_strlcpy (p->digest, digest, sizeof p->digest);
  if ((p->measures = get_names (json_object_get_member (o, "measures"))) == NULL)
    return bad (error, name, "%s's \"measures\" is missing or not a list of names", where);
  n = json_object_get_member (o, "permutation_measures");
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n)
      && (p->perm_measures = get_names (n)) == NULL)
    return bad (error, name, "%s's \"permutation_measures\" is not a list of names", where);
  if (p->boot_last < p->boot_first || p->perm_last < p->perm_first)
    return bad (error, name, "%s's first replicate comes after its last", where);
  return get_rows (o, "bootstrap_rows", p->boot_last - p->boot_first,
                   g_strv_length (p->measures), &p->boot, name, where, error)
         && get_rows (o, "permutation_rows", p->perm_last - p->perm_first,
                      p->perm_measures != NULL ? g_strv_length (p->perm_measures) : 0, &p->perm,
                      name, where, error);
}

static ShardFile *
read_shard (const char *json, gssize length, const char *name, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) e = NULL;
  ShardFile *f = g_new0 (ShardFile, 1);
  JsonNode *root, *n;
  JsonObject *o, *so;
  JsonArray *pairs;
  const char *seed;
  char *end;

  f->name = g_strdup (name);
  if (!json_parser_load_from_data (parser, json, length, &e))
    {
      /* json-glib says "<data>:LINE:COLUMN: Parse error: ...": the file's
       * name, line and column go where nrpnet's errors put them. */
      guint64 line = 0, column = 0;
      const char *m = e->message;
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
      goto fail;
    }
  root = json_parser_get_root (parser);
  o = root != NULL && JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  n = o != NULL ? json_object_get_member (o, "nrpnet_shard") : NULL;
  if (n == NULL)
    {
      bad (error, name, "not a shard of nrpnet compare --shard (no \"nrpnet_shard\")");
      goto fail;
    }
  if (!JSON_NODE_HOLDS_VALUE (n) || json_node_get_value_type (n) != G_TYPE_INT64
      || json_node_get_int (n) != SHARD_FORMAT)
    {
      bad (error, name, "a shard of another format than %d: merge it with the nrpnet that "
                        "wrote it", SHARD_FORMAT);
      goto fail;
    }
  n = json_object_get_member (o, "shard");
  so = n != NULL && JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
  if (so == NULL)
    {
      bad (error, name, "\"shard\" is missing or not an object");
      goto fail;
    }
  if (!get_uint (so, "index", NRP_MAX_SHARDS, &f->index, name, "shard", error)
      || !get_uint (so, "count", NRP_MAX_SHARDS, &f->count, name, "shard", error)
      || !get_uint (o, "bootstrap", NRP_MAX_BOOTSTRAP, &f->bootstrap, name, "", error)
      || !get_uint (o, "permutations", NRP_MAX_PERMUTATIONS, &f->permutations, name, "", error))
    goto fail;
  if (f->index == 0 || f->index > f->count)
    {
      bad (error, name, "shard %u of %u does not exist", f->index, f->count);
      goto fail;
    }
  n = json_object_get_member (o, "seed");
  seed = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
           ? json_node_get_string (n)
           : NULL;
  if (seed == NULL || !g_ascii_isdigit (seed[0])
      || (f->seed = g_ascii_strtoull (seed, &end, 10), *end != '\0'))
    {
      bad (error, name, "\"seed\" is missing or not a whole number in a string");
      goto fail;
    }
  n = json_object_get_member (o, "comparisons");
  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    {
      bad (error, name, "\"comparisons\" is missing or not an array");
      goto fail;
    }
  pairs = json_node_get_array (n);
  f->n_pairs = json_array_get_length (pairs);
  f->pairs = g_new0 (ShardPair, MAX (f->n_pairs, 1));
  for (guint k = 0; k < f->n_pairs; k++)
    {
      JsonNode *pn = json_array_get_element (pairs, k);
      if (!JSON_NODE_HOLDS_OBJECT (pn))
        {
          bad (error, name, "comparison %u is not an object", k + 1);
          goto fail;
        }
      if (!read_pair (json_node_get_object (pn), &f->pairs[k], name, k, error))
        goto fail;
    }
  return f;
fail:
  nrp_shard_file_free (f);
  return NULL;
}

gboolean
nrp_change_options_add_shard (NrpChangeOptions *o, const char *json, gssize length,
                              const char *name, GError **error)
{
  ShardFile *f;

  g_return_val_if_fail (o != NULL, FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (name == NULL)
    name = "shard";
  if ((f = read_shard (json, length, name, error)) == NULL)
    return FALSE;
  for (guint k = 0; o->shards != NULL && k < o->shards->len; k++)
    {
      const ShardFile *g = g_ptr_array_index (o->shards, k);
      if (g->count != f->count)
        {
          bad (error, name, "shard %u of %u, but %s is a shard of %u", f->index, f->count,
               g->name, g->count);
          nrp_shard_file_free (f);
          return FALSE;
        }
      if (g->index == f->index)
        {
          bad (error, name, "shard %u of %u again: %s is that shard too", f->index, f->count,
               g->name);
          nrp_shard_file_free (f);
          return FALSE;
        }
    }
  if (o->shards == NULL)
    o->shards = g_ptr_array_new_with_free_func (nrp_shard_file_free);
  g_ptr_array_add (o->shards, f);
  return TRUE;
}

/* ---- Merging ------------------------------------------------------------ */

/* Whether @names are the names of c->measures[at[k]] (all of them when
 * @at is NULL). */
static gboolean
same_measures (const NrpChange *c, GStrv names, const guint *at, guint n)
{
  if (names == NULL ? n != 0 : g_strv_length (names) != n)
    return FALSE;
  for (guint k = 0; k < n; k++)
    if (strcmp (names[k], nrp_measure_name (c->measures[at != NULL ? at[k] : k].measure)) != 0)
      return FALSE;
  return TRUE;
}

gboolean
nrp_shards_rows (const NrpChangeOptions *o, const NrpChange *c, const char *digest, guint B,
                 const guint *at, guint pnm, guint P, double **boot, double **perm,
                 GError **error)
{
  guint count = ((const ShardFile *) g_ptr_array_index (o->shards, 0))->count;
  guint nm = c->n_measures, from = c->summary.from_wave, to = c->summary.to_wave;
  g_autofree const ShardFile **by_index = g_new0 (const ShardFile *, count + 1);

  *boot = *perm = NULL;
  for (guint k = 0; k < o->shards->len; k++)
    {
      const ShardFile *f = g_ptr_array_index (o->shards, k);
      by_index[f->index] = f;
    }
  for (guint i = 1; i <= count; i++)
    if (by_index[i] == NULL)
      {
        nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                          "shard %u of %u is missing: merge all %u shards", i, count, count);
        return FALSE;
      }
  *boot = g_new (double, (gsize) MAX (B, 1) * MAX (nm, 1));
  *perm = g_new (double, (gsize) MAX (P, 1) * MAX (pnm, 1));
  for (guint i = 1; i <= count; i++)
    {
      const ShardFile *f = by_index[i];
      const ShardPair *p = NULL;
      guint bf, bl, pf, pl;

      if (f->seed != o->seed || f->bootstrap != o->bootstrap
          || f->permutations != o->permutations)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->name, 0, 0,
                            "made with seed %" G_GUINT64_FORMAT ", %u bootstrap replicates and "
                            "%u permutations; this merge has seed %" G_GUINT64_FORMAT
                            ", %u and %u: give the merge the shards' options",
                            f->seed, f->bootstrap, f->permutations, o->seed, o->bootstrap,
                            o->permutations);
          goto fail;
        }
      for (guint k = 0; k < f->n_pairs && p == NULL; k++)
        if (f->pairs[k].from == from && f->pairs[k].to == to)
          p = &f->pairs[k];
      if (p == NULL)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->name, 0, 0,
                            "holds no comparison of waves %u and %u: give the merge the "
                            "shards' waves", from, to);
          goto fail;
        }
      if (strcmp (p->digest, digest) != 0)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->name, 0, 0,
                            "was computed from other data than these (waves %u and %u differ: "
                            "actors, sectors, presence or ties)", from, to);
          goto fail;
        }
      if (!same_measures (c, p->measures, NULL, nm) || !same_measures (c, p->perm_measures, at, pnm))
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->name, 0, 0,
                            "holds the replicates of other measures than this merge's (waves "
                            "%u and %u): give the merge the shards' measures", from, to);
          goto fail;
        }
      nrp_shard_range (B, i, count, &bf, &bl);
      nrp_shard_range (P, i, count, &pf, &pl);
      if (p->boot_first != bf || p->boot_last != bl || p->perm_first != pf || p->perm_last != pl)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->name, 0, 0,
                            "holds replicates %u to %u and permutations %u to %u, not those of "
                            "shard %u of %u", p->boot_first, p->boot_last, p->perm_first,
                            p->perm_last, i, count);
          goto fail;
        }
      if (bl > bf)
        memcpy (*boot + (gsize) bf * nm, p->boot, (gsize) (bl - bf) * nm * sizeof (double));
      if (pl > pf)
        memcpy (*perm + (gsize) pf * pnm, p->perm, (gsize) (pl - pf) * pnm * sizeof (double));
    }
  return TRUE;
fail:
  g_clear_pointer (boot, g_free);
  g_clear_pointer (perm, g_free);
  return FALSE;
}
