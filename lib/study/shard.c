/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * shard.c: a study's areas split over processes or machines (see
 * nrpnet/study.h, nrp_study_options_set_shard()).
 *
 * Shard i of N measures areas floor(A (i-1) / N) .. floor(A i / N) - 1 of
 * the A areas of areas.csv and writes each one's actors and network
 * measures at every wave ("%.17g") as JSON. The merge reads the N shards
 * back, checks that they were made from the same data (a SHA-256 of the
 * network, the areas and the measures) and puts their rows where one
 * process would have computed them; the outcomes come from the merge's own
 * outcomes.csv, and the DiD is computed as in one process. An area's
 * measures depend on the network and the area alone, so the merged study
 * is the same bits as one process measuring every area.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/shardio.h"
#include "study/study-private.h"

#define STUDY_SHARD_FORMAT 1

struct StudyShard {
  NrpShardHead head;    /* first: the file's name, index and count */
  char digest[65];
  guint n_waves;
  GStrv measures;       /* the network measures, in order */
  guint first, last;    /* the areas */
  char **areas;         /* last - first */
  guint *actors;        /* last - first */
  double *values;       /* (last - first) * n_waves * g_strv_length (measures) */
};

void
nrp_study_shard_free (gpointer data)
{
  StudyShard *f = data;
  if (f == NULL)
    return;
  g_free (f->head.name);
  g_strfreev (f->measures);
  if (f->areas != NULL)
    for (guint a = 0; a < f->last - f->first; a++)
      g_free (f->areas[a]);
  g_free (f->areas);
  g_free (f->actors);
  g_free (f->values);
  g_free (f);
}

gboolean
nrp_study_options_set_shard (NrpStudyOptions *o, guint index, guint count, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!nrp_shard_valid (index, count, error))
    return FALSE;
  o->shard_index = index;
  o->shard_count = count;
  return TRUE;
}

guint
nrp_study_options_get_shard (const NrpStudyOptions *o, guint *count)
{
  g_return_val_if_fail (o != NULL, 0);
  if (count != NULL)
    *count = o->shard_count;
  return o->shard_index;
}

/* ---- The digest of the data --------------------------------------------- */

void
nrp_study_digest (const NrpNetwork *net, const NrpStudyDesign *d, const NrpStudy *s,
                  char digest[65])
{
  GChecksum *h = g_checksum_new (G_CHECKSUM_SHA256);

  nrp_digest_string (h, "nrpnet study areas 1");
  nrp_digest_u32 (h, (guint32) net->directed);
  nrp_digest_u32 (h, net->n_actors);
  nrp_digest_sectors (h, net);
  for (guint i = 0; i < net->n_actors; i++)
    {
      nrp_digest_string (h, net->ids[i]);
      nrp_digest_u32 (h, net->sector[i]);
      nrp_digest_u32 (h, net->area[i] != NULL);
      nrp_digest_string (h, net->area[i]);
    }
  nrp_digest_u32 (h, net->n_waves);
  g_checksum_update (h, net->present, (gssize) net->n_waves * net->n_actors);
  for (guint w = 0; w < net->n_waves; w++)
    nrp_digest_wave (h, &net->waves[w]);
  nrp_digest_u32 (h, d->n_areas);
  for (guint a = 0; a < d->n_areas; a++)
    nrp_digest_string (h, d->areas[a]);
  nrp_digest_u32 (h, (guint32) s->with_regional);
  nrp_digest_u32 (h, s->nm_net);
  for (guint q = 0; q < s->nm_net; q++)
    nrp_digest_string (h, s->names[s->net_at[q]]);
  g_strlcpy (digest, g_checksum_get_string (h), 65);
  g_checksum_free (h);
}

/* ---- Writing ------------------------------------------------------------ */

static void
append_string (GString *s, const char *text)
{
  g_autofree char *quoted = g_strescape (text, NULL);
  g_string_append_printf (s, "\"%s\"", quoted);
}

char *
nrp_study_shard_to_json (const NrpStudy *s, GError **error)
{
  GString *j;
  g_autofree double *rows = NULL;

  g_return_val_if_fail (s != NULL, NULL);
  if (s->shard_count == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "not a shard: compute the study with options that set the shard "
                        "(nrp_study_options_set_shard())");
      return NULL;
    }
  rows = g_new (double, (gsize) s->n_waves * MAX (s->nm_net, 1));
  j = g_string_new ("{\n");
  g_string_append_printf (j, "  \"nrpnet_study_shard\": %d,\n  \"nrpnet_version\": \"%s\",\n",
                          STUDY_SHARD_FORMAT, PACKAGE_VERSION);
  g_string_append_printf (j, "  \"shard\": {\"index\": %u, \"count\": %u},\n", s->shard_index,
                          s->shard_count);
  g_string_append_printf (j, "  \"data_sha256\": \"%s\",\n", s->digest);
  g_string_append_printf (j, "  \"waves\": %u,\n  \"measures\": [", s->n_waves);
  for (guint q = 0; q < s->nm_net; q++)
    {
      if (q > 0)
        g_string_append (j, ", ");
      append_string (j, s->names[s->net_at[q]]);
    }
  g_string_append_printf (j, "],\n  \"areas_first\": %u,\n  \"areas_last\": %u,\n  \"areas\": [",
                          s->area_first, s->area_last);
  for (guint a = s->area_first; a < s->area_last; a++)
    {
      for (guint w = 1; w <= s->n_waves; w++)
        for (guint q = 0; q < s->nm_net; q++)
          rows[(gsize) (w - 1) * s->nm_net + q]
            = s->values[((gsize) a * s->n_waves + w - 1) * s->n_measures + s->net_at[q]];
      g_string_append (j, a > s->area_first ? ",\n    {\"area\": " : "\n    {\"area\": ");
      append_string (j, s->areas[a]);
      g_string_append_printf (j, ", \"actors\": %u,\n      \"rows\": ", s->actors[a]);
      nrp_shard_append_rows (j, rows, s->n_waves, s->nm_net);
      g_string_append (j, "}");
    }
  g_string_append (j, s->area_last > s->area_first ? "\n  ]\n}\n" : "]\n}\n");
  return g_string_free (j, FALSE);
}

/* ---- Reading ------------------------------------------------------------ */

static gboolean
read_area (JsonNode *n, StudyShard *f, guint k, GError **error)
{
  g_autofree char *where = g_strdup_printf ("area %u", f->first + k + 1);
  JsonObject *o = JSON_NODE_HOLDS_OBJECT (n) ? json_node_get_object (n) : NULL;
  JsonNode *name;
  g_autofree double *rows = NULL;
  guint nm = g_strv_length (f->measures);

  if (o == NULL)
    return nrp_shard_bad (error, f->head.name, "%s is not an object", where);
  name = json_object_get_member (o, "area");
  if (name == NULL || !JSON_NODE_HOLDS_VALUE (name)
      || json_node_get_value_type (name) != G_TYPE_STRING)
    return nrp_shard_bad (error, f->head.name, "%s's \"area\" is missing or not a string", where);
  f->areas[k] = g_strdup (json_node_get_string (name));
  if (!nrp_shard_get_uint (o, "actors", G_MAXUINT, &f->actors[k], f->head.name, where, error)
      || !nrp_shard_get_rows (o, "rows", f->n_waves, nm, &rows, f->head.name, where, error))
    return FALSE;
  if (nm > 0)
    memcpy (f->values + (gsize) k * f->n_waves * nm, rows,
            (gsize) f->n_waves * nm * sizeof (double));
  return TRUE;
}

static StudyShard *
read_shard (const char *json, gssize length, const char *name, GError **error)
{
  g_autoptr (JsonParser) parser = json_parser_new ();
  StudyShard *f = g_new0 (StudyShard, 1);
  JsonObject *o;
  JsonNode *n;
  JsonArray *areas;
  const char *digest;

  f->head.name = g_strdup (name);
  if (!nrp_shard_parse (parser, json, length, name, &o, error)
      || !nrp_shard_read_head (o, "nrpnet_study_shard", STUDY_SHARD_FORMAT, "study", &f->head,
                               error)
      || !nrp_shard_get_uint (o, "waves", NRP_MAX_WAVE, &f->n_waves, name, "", error)
      || !nrp_shard_get_uint (o, "areas_first", G_MAXUINT, &f->first, name, "", error)
      || !nrp_shard_get_uint (o, "areas_last", G_MAXUINT, &f->last, name, "", error))
    goto fail;
  if (f->last < f->first)
    {
      nrp_shard_bad (error, name, "\"areas_first\" comes after \"areas_last\"");
      goto fail;
    }
  n = json_object_get_member (o, "data_sha256");
  digest = n != NULL && JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
             ? json_node_get_string (n)
             : NULL;
  if (digest == NULL || strlen (digest) != 64)
    {
      nrp_shard_bad (error, name, "\"data_sha256\" is missing or not 64 hex digits");
      goto fail;
    }
  g_strlcpy (f->digest, digest, sizeof f->digest);
  if ((f->measures = nrp_shard_get_names (json_object_get_member (o, "measures"))) == NULL)
    {
      nrp_shard_bad (error, name, "\"measures\" is missing or not a list of names");
      goto fail;
    }
  n = json_object_get_member (o, "areas");
  if (n == NULL || !JSON_NODE_HOLDS_ARRAY (n))
    {
      nrp_shard_bad (error, name, "\"areas\" is missing or not an array");
      goto fail;
    }
  areas = json_node_get_array (n);
  if (json_array_get_length (areas) != f->last - f->first)
    {
      nrp_shard_bad (error, name, "\"areas\" holds %u areas, not the %u its first and last say",
                     json_array_get_length (areas), f->last - f->first);
      goto fail;
    }
  f->areas = g_new0 (char *, MAX (f->last - f->first, 1));
  f->actors = g_new0 (guint, MAX (f->last - f->first, 1));
  f->values = g_new (double, (gsize) MAX (f->last - f->first, 1) * MAX (f->n_waves, 1)
                               * MAX (g_strv_length (f->measures), 1));
  for (guint k = 0; k < f->last - f->first; k++)
    if (!read_area (json_array_get_element (areas, k), f, k, error))
      goto fail;
  return f;
fail:
  nrp_study_shard_free (f);
  return NULL;
}

gboolean
nrp_study_options_add_shard (NrpStudyOptions *o, const char *json, gssize length,
                             const char *name, GError **error)
{
  StudyShard *f;

  g_return_val_if_fail (o != NULL, FALSE);
  g_return_val_if_fail (json != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (name == NULL)
    name = "shard";
  if ((f = read_shard (json, length, name, error)) == NULL)
    return FALSE;
  return nrp_shard_add (&o->shards, f, nrp_study_shard_free, error);
}

/* ---- Merging ------------------------------------------------------------ */

gboolean
nrp_study_merge_shards (const NrpStudyOptions *o, const NrpStudyDesign *d, NrpStudy *s,
                        GError **error)
{
  guint count;
  g_autofree gconstpointer *by_index = nrp_shards_by_index (o->shards, &count, error);

  if (by_index == NULL)
    return FALSE;
  for (guint i = 1; i <= count; i++)
    {
      const StudyShard *f = by_index[i];
      guint first, last, nm = g_strv_length (f->measures);

      if (strcmp (f->digest, s->digest) != 0)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->head.name, 0, 0,
                            "was computed from other data than these (the network, the areas "
                            "of areas.csv, the network measures or --with-regional differ)");
          return FALSE;
        }
      nrp_shard_range (d->n_areas, i, count, &first, &last);
      if (f->first != first || f->last != last || f->n_waves != s->n_waves || nm != s->nm_net)
        {
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->head.name, 0, 0,
                            "holds areas %u to %u, not those of shard %u of %u", f->first + 1,
                            f->last, i, count);
          return FALSE;
        }
      for (guint a = first; a < last; a++)
        {
          if (strcmp (f->areas[a - first], d->areas[a]) != 0)
            {
              nrp_set_error_at (error, NRP_ERROR_CONFLICT, f->head.name, 0, 0,
                                "holds area '%.80s' where areas.csv has '%.80s'",
                                f->areas[a - first], d->areas[a]);
              return FALSE;
            }
          s->actors[a] = f->actors[a - first];
          for (guint w = 1; w <= s->n_waves; w++)
            for (guint q = 0; q < nm; q++)
              s->values[((gsize) a * s->n_waves + w - 1) * s->n_measures + s->net_at[q]]
                = f->values[((gsize) (a - first) * f->n_waves + w - 1) * nm + q];
        }
    }
  return TRUE;
}
