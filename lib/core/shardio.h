/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * shardio.h: the parts of a shard file common to compare's and study's
 * (core/shardio.c).
 */
#ifndef NRP_SHARDIO_H
#define NRP_SHARDIO_H

#include <glib.h>
#include <json-glib/json-glib.h>

#include "core/nrp-private.h"

/* What every shard file starts with: the first member of compare's and
 * study's structs for a shard read back, so that the helpers below serve
 * both. */
typedef struct {
  char *name;           /* the file's, for messages */
  guint index, count;   /* shard index of count */
} NrpShardHead;

/* The range check of a shard option: 1 <= @index <= @count <=
 * NRP_MAX_SHARDS, or both 0; else NRP_ERROR_ARGUMENT. */
gboolean nrp_shard_valid (guint index, guint count, GError **error);

/* Reads the head of the shard file @name: member @tag holding @format
 * (@command names the writer in messages) and "shard": {"index", "count"}. */
gboolean nrp_shard_read_head (JsonObject *o, const char *tag, int format, const char *command,
                              NrpShardHead *head, GError **error);

/* Adds @shard (an NrpShardHead first) to *@shards, made with @free_func, when
 * it is of the same split as those there and not one of them; else frees
 * it and gives NRP_ERROR_VALUE naming both files. */
gboolean nrp_shard_add (GPtrArray **shards, gpointer shard, GDestroyNotify free_func,
                        GError **error);

/* The shards of @shards by index, by_index[1..count] (g_free()), or NULL and
 * NRP_ERROR_ARGUMENT naming the first one missing. */
gconstpointer *nrp_shards_by_index (const GPtrArray *shards, guint *count, GError **error);

/* The range of items shard @index of @count computes: floor(total (i-1) / N)
 * to floor(total i / N) - 1, as [*first, *last). */
void nrp_shard_range (guint total, guint index, guint count, guint *first, guint *last);

/* The SHA-256 of what a shard read, fed little-endian. A string ends with
 * a NUL, so that "ab" "c" and "a" "bc" differ; NULL is the empty string. */
void nrp_digest_u32 (GChecksum *h, guint32 v);
void nrp_digest_double (GChecksum *h, double v);
void nrp_digest_string (GChecksum *h, const char *s);
/* The sectors of a network (name, power), and one wave's ties (source,
 * target, type, weight) and unobserved dyads. */
void nrp_digest_sectors (GChecksum *h, const NrpNetwork *net);
void nrp_digest_wave (GChecksum *h, const NrpWave *wave);

/* A double that reads back as the same bits ("%.17g", -0 kept, NaN null,
 * infinities "inf" and "-inf"), and rows of @width of them. */
void nrp_shard_append_double (GString *s, double v);
void nrp_shard_append_rows (GString *s, const double *rows, guint n_rows, guint width);

/* Parses @json; FALSE and NRP_ERROR_SYNTAX at the file @name's line and
 * column when it is not JSON; *root is the top object, or NULL when the top
 * is not an object. */
gboolean nrp_shard_parse (JsonParser *parser, const char *json, gssize length, const char *name,
                          JsonObject **root, GError **error);

/* NRP_ERROR_VALUE in shard file @name; returns FALSE. */
gboolean nrp_shard_bad (GError **error, const char *name, const char *format, ...)
  G_GNUC_PRINTF (3, 4);

/* Member @member of @o, a whole number 0 to @max (@where names the object
 * in messages, "" the top). */
gboolean nrp_shard_get_uint (JsonObject *o, const char *member, guint max, guint *out,
                             const char *name, const char *where, GError **error);

/* A list of strings, or NULL when @n is not one. */
GStrv nrp_shard_get_names (JsonNode *n);

/* Member @member of @o: @n_rows rows of @width numbers (null for NaN). */
gboolean nrp_shard_get_rows (JsonObject *o, const char *member, guint n_rows, guint width,
                             double **out, const char *name, const char *where, GError **error);

#endif /* NRP_SHARDIO_H */
