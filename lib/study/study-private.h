/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * study-private.h: what study.c and shard.c share.
 */
#ifndef NRP_STUDY_PRIVATE_H
#define NRP_STUDY_PRIVATE_H

#include "core/nrp-private.h"

struct _NrpStudyOptions {
  char *measures;       /* NULL: the default */
  guint pre, post;      /* 0: first, last */
  gboolean with_regional;
  guint64 max_exact;
  guint draws;
  guint64 seed;
  double confidence;
  guint threads;        /* 0: one per processor */
  guint shard_index, shard_count; /* 0/0: every area */
  GPtrArray *shards;    /* StudyShard *, to merge (shard.c) */
  NrpProgressFunc progress;
  gpointer progress_data;
};

struct _NrpStudy {
  GStringChunk *strings;
  gboolean directed;
  guint n_areas;
  char **areas;
  NrpArm *arms;
  guint *actors;
  guint n_waves, pre, post;
  gboolean with_regional;
  double confidence;
  guint n_measures;
  char **names;
  gboolean *is_outcome;
  double *values;          /* [(area * n_waves + wave - 1) * n_measures + k] */
  NrpDid *did;
  GPtrArray *unlisted;     /* char *, in strings */
  /* the network measures among the measures, for shards (shard.c) */
  guint nm_net;
  guint *net_at;           /* nm_net: their places among names */
  char digest[65];         /* SHA-256 of what the areas' measures read */
  guint shard_index, shard_count; /* a shard: areas area_first .. area_last - 1 only */
  guint area_first, area_last;
};

/* shard.c: one shard file read back, for a merge. */
typedef struct StudyShard StudyShard;
void nrp_study_shard_free (gpointer shard);

/* The SHA-256 of what the areas' network measures read: the network (every
 * wave), the areas' names in order, the network measures and whether the
 * regional actors count. */
void nrp_study_digest (const NrpNetwork *net, const NrpStudyDesign *d, const NrpStudy *s,
                       char digest[65]);

/* Fills s->actors and the network measures' values of every area from the
 * shards of @o, after checking that they are all there and were made from
 * these data; FALSE and @error when they do not fit. */
gboolean nrp_study_merge_shards (const NrpStudyOptions *o, const NrpStudyDesign *d, NrpStudy *s,
                                 GError **error);

#endif /* NRP_STUDY_PRIVATE_H */
