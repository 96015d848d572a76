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
#include "core/shardio.h"

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
  NrpShardHead head;    /* first: the file's name, index and count */
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
  g_free (f->head.name);
  g_free (f);
}

gboolean
nrp_change_options_set_shard (NrpChangeOptions *o, guint index, guint count, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!nrp_shard_valid (index, count, error))
    return FALSE;
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

/* Everything the replicates read, little-endian, so that the digest is the
 * same on every machine: the actors, their sectors and presence, each
 * wave's ties and unobserved dyads. */
void
nrp_pair_view_digest (const PairView *pv, char digest[65])
{
  const NrpNetwork *net = &pv->net;
  GChecksum *h = g_checksum_new (G_CHECKSUM_SHA256);

  nrp_digest_string (h, "nrpnet pair view 1");
  nrp_digest_u32 (h, (guint32) net->directed);
  nrp_digest_u32 (h, net->n_actors);
  nrp_digest_sectors (h, net);
  for (guint i = 0; i < net->n_actors; i++)
    {
      nrp_digest_string (h, net->ids[i]);
      nrp_digest_u32 (h, net->sector[i]);
    }
  g_checksum_update (h, pv->present, 2 * (gssize) net->n_actors);
  for (guint w = 0; w < 2; w++)
    nrp_digest_wave (h, &net->waves[w]);
  g_strlcpy (digest, g_checksum_get_string (h), 65);
  g_checksum_free (h);
}

/* ---- Writing ------------------------------------------------------------ */

static void
append_names (GString *s, const NrpChange *c, const guint *at, guint n)
{
  g_string_append_c (s, '[');
  for (guint k = 0; k < n; k++)
    g_string_append_printf (s, "%s\"%s\"", k > 0 ? ", " : "",
                            nrp_measure_name (c->measures[at != NULL ? at[k] : k].measure));
  g_string_append_c (s, ']');
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
      nrp_shard_append_rows (s, c->boot_rows, c->boot_last - c->boot_first, c->n_measures);
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
      nrp_shard_append_rows (s, c->perm_rows, c->perm_last - c->perm_first, c->perm_nm);
      g_string_append (s, "\n    }");
    }
  g_string_append (s, "\n  ]\n}\n");
  return g_string_free (s, FALSE);
}

/* ---- Reading ------------------------------------------------------------ */

static gboolean
read_pair (JsonObject *o, ShardPair *p, const char *name, guint k, GError **error)
{
  g_autofree char *where = g_strdup_printf ("comparison %u", k + 1);
  JsonNode *n;
  const char *digest;

  if (!nrp_shard_get_uint (o, "from_wave", NRP_MAX_WAVE, &p->from, name, where, error)
      || !nrp_shard_get_uint (o, "to_wave", NRP_MAX_WAVE, &p->to, name, where, error)
      || !nrp_shard_get_uint (o, "bootstrap_first", NRP_MAX_BOOTSTRAP, &p->boot_first, name, where, error)
      || !nrp_shard_get_uint (o, "bootstrap_last", NRP_MAX_BOOTSTRAP, &p->boot_last, name, where, error)
      || !nrp_shard_get_uint (o, "permutation_first", NRP_MAX_PERMUTATIONS, &p->perm_first, name, where,
                    error)
      || !nrp_shard_get_uint (o, "permutation_last", NRP_MAX_PERMUTATIONS, &p->perm_last, name, where,
                    error))
    return FALSE;
  n = json_object_get_member (o, "data_sha256");
  digest = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
             ? json_node_get_string (n)
             : NULL;
  if (digest == NULL || strlen (digest) != 64)
    return nrp_shard_bad (error, name, "%s's \"data_sha256\" is missing or not 64 hex digits", where);
  g_strlcpy (p->digest, digest, sizeof p->digest);
  if ((p->measures = nrp_shard_get_names (json_object_get_member (o, "measures"))) == NULL)
    return nrp_shard_bad (error, name, "%s's \"measures\" is missing or not a list of names", where);
  n = json_object_get_member (o, "permutation_measures");
  if (n != NULL && !JSON_NODE_HOLDS_NULL (n)
      && (p->perm_measures = nrp_shard_get_names (n)) == NULL)
    return nrp_shard_bad (error, name, "%s's \"permutation_measures\" is not a list of names", where);
  if (p->boot_last < p->boot_first || p->perm_last < p->perm_first)
    return nrp_shard_bad (error, name, "%s's first replicate comes after its last", where);
  return nrp_shard_get_rows (o, "bootstrap_rows", p->boot_last - p->boot_first,
                   g_strv_length (p->measures), &p->boot, name, where, error)
         && nrp_shard_get_rows (o, "permutation_rows", p->perm_last - p->perm_first,
                      p->perm_measures != NULL ? g_strv_length (p->perm_measures) : 0, &p->perm,
                      name, where, error);
}

static ShardFile *
read_shard (const char *json, gssize length, const char *name, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  ShardFile *f = g_new0 (ShardFile, 1);
  JsonNode *n;
  JsonObject *o;
  JsonArray *pairs;
  const char *seed;
  char *end;

  f->head.name = g_strdup (name);
  if (!nrp_shard_parse (parser, json, length, name, &o, error)
      || !nrp_shard_read_head (o, "nrpnet_shard", SHARD_FORMAT, "compare", &f->head, error)
      || !nrp_shard_get_uint (o, "bootstrap", NRP_MAX_BOOTSTRAP, &f->bootstrap, name, "", error)
      || !nrp_shard_get_uint (o, "permutations", NRP_MAX_PERMUTATIONS, &f->permutations, name,
                              "", error))
    goto fail;
  n = json_object_get_member (o, "seed");
  seed = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
           ? json_node_get_string (n)
           : NULL;
  if (seed == NULL || !g_ascii_isdigit (seed[0])
      || (f->seed = g_ascii_strtoull (seed, &end, 10), *end != '\0'))
    {
      nrp_shard_bad (error, name, "\"seed\" is missing or not a whole number in a string");
      goto fail;
    }
  n = json_object_get_member (o, "comparisons");
  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    {
      nrp_shard_bad (error, name, "\"comparisons\" is missing or not an array");
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
          nrp_shard_bad (error, name, "comparison %u is not an object", k + 1);
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
  return nrp_shard_add (&o->shards, f, nrp_shard_file_free, error);
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
  guint count, nm = c->n_measures, from = c->summary.from_wave, to = c->summary.to_wave;
  g_autofree gconstpointer *by_index = NULL;

  *boot = *perm = NULL;
  if ((by_index = nrp_shards_by_index (o->shards, &count, error)) == NULL)
    return FALSE;
  *boot = g_new (double, (gsize) MAX (B, 1) * MAX (nm, 1));
  *perm = g_new (double, (gsize) MAX (P, 1) * MAX (pnm, 1));
  for (guint i = 1; i <= count; i++)
    {
      const ShardFile *f = by_index[i];
      const char *fname = f->head.name;
      const ShardPair *p = NULL;
      guint bf, bl, pf, pl;

      if (f->seed != o->seed || f->bootstrap != o->bootstrap
          || f->permutations != o->permutations)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, fname, 0, 0,
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
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, fname, 0, 0,
                            "holds no comparison of waves %u and %u: give the merge the "
                            "shards' waves", from, to);
          goto fail;
        }
      if (strcmp (p->digest, digest) != 0)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, fname, 0, 0,
                            "was computed from other data than these (waves %u and %u differ: "
                            "actors, sectors, presence or ties)", from, to);
          goto fail;
        }
      if (!same_measures (c, p->measures, NULL, nm) || !same_measures (c, p->perm_measures, at, pnm))
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, fname, 0, 0,
                            "holds the replicates of other measures than this merge's (waves "
                            "%u and %u): give the merge the shards' measures", from, to);
          goto fail;
        }
      nrp_shard_range (B, i, count, &bf, &bl);
      nrp_shard_range (P, i, count, &pf, &pl);
      if (p->boot_first != bf || p->boot_last != bl || p->perm_first != pf || p->perm_last != pl)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, fname, 0, 0,
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
