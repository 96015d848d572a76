/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * change-private.h: what the parts of nrp_change_compute_full() share
 * (estimate.c, bootstrap.c, permutation.c, actors.c); never installed.
 */
#ifndef NRP_CHANGE_PRIVATE_H
#define NRP_CHANGE_PRIVATE_H

#include "core/nrp-private.h"
#include "core/shardio.h"

/* A two-wave view of a network: the from wave as wave 1, the to wave as
 * wave 2, sharing the network's ties. */
typedef struct {
  NrpNetwork net;      /* a shallow copy of the network with two waves */
  NrpWave waves[2];
  guint8 *present;     /* 2 * n_actors */
} PairView;

void nrp_pair_view_init (PairView *v, const NrpNetwork *net, guint from, guint to);

/* The changes (wave 2 - wave 1) of @measures in the two-wave @net. */
gboolean nrp_change_deltas (const NrpNetwork *net, const guint *measures, guint nm,
                            guint threads, double *values, double *out, GError **error);

void nrp_change_report_progress (const NrpChangeOptions *o, guint64 done, guint64 total);

/* Bootstrap replicates first .. last - 1: the change of each of @ms[@nm]
 * into out[(r - first) * nm ..] (bootstrap.c). */
gboolean nrp_change_bootstrap_rows (const PairView *pv, const guint *pop, guint np,
                                    const NrpChangeOptions *o, const guint *ms, guint nm,
                                    guint first, guint last, guint64 done, guint64 total,
                                    double *out, GError **error);
/* c->measures[]'s intervals from all @B rows of c->n_measures changes. */
void nrp_change_bootstrap_summarise (NrpChange *c, const double *reps, guint B,
                                     double confidence);
/* Which of c->measures[] a permutation test runs (their indices into @at,
 * room for c->n_measures); 0 when none runs (permutation.c). */
guint nrp_change_permutation_measures (const PairView *pv, const guint *pop, guint np,
                                       const NrpChange *c, guint *at);
gboolean nrp_change_permutation_rows (const PairView *pv, const guint *pop, guint np,
                                      const NrpChangeOptions *o, const guint *ms, guint nm,
                                      guint first, guint last, guint64 done, guint64 total,
                                      double *out, GError **error);
/* The p-values of c->measures[at[0 .. nm - 1]] from all @P rows. */
void nrp_change_permutation_summarise (NrpChange *c, const guint *at, guint nm,
                                       const double *reps, guint P);
gboolean nrp_change_actor_change (const PairView *pv, const NrpChangeOptions *o, NrpChange *c,
                                  GError **error);

/*
 * The replicate engine (replicates.c). Replicate r of a job fills
 * out[(r - first) * stride ..] from its own random stream, seeded from (seed, stream,
 * r) alone, so the results do not depend on the thread count or on which
 * replicates one process runs. @func gets a per-thread scratch slot
 * (*scratch starts NULL; @scratch_free frees what it left there).
 */
typedef gboolean (*NrpReplicateFunc) (gpointer data, guint r, GRand *rng, gpointer *scratch,
                                      double *out, GError **error);

typedef struct {
  guint first, last;        /* the replicates first .. last - 1 */
  guint stride;             /* doubles per replicate in out */
  guint32 stream;           /* which use of the seed: 1 bootstrap, 2 permutations */
  NrpReplicateFunc func;
  GDestroyNotify scratch_free;
  gpointer data;
  /* progress: done + (replicates finished) out of total, from the caller's thread */
  guint64 done, total;
} NrpReplicateJob;

GRand *nrp_replicate_rng (guint64 seed, guint32 stream, guint r);
/* Runs @job with the seed, the threads and the progress callback of @o. */
gboolean nrp_replicates_run (const NrpChangeOptions *o, const NrpReplicateJob *job, double *out,
                             GError **error);

/* Shards (shard.c; nrp_shard_range() in core/shardio.h). */
/* The SHA-256 of what the replicates of @pv read, as 64 hex digits. */
void nrp_pair_view_digest (const PairView *pv, char digest[65]);
/* The rows of comparison (c->summary.from_wave, .to_wave) from the shards
 * added to @o: all @B bootstrap rows of c->n_measures, all @P permutation
 * rows of the @pnm measures @at, each array newly allocated; FALSE and
 * @error when the shards do not fit this computation. */
gboolean nrp_shards_rows (const NrpChangeOptions *o, const NrpChange *c, const char *digest,
                          guint B, const guint *at, guint pnm, guint P, double **boot,
                          double **perm, GError **error);
void nrp_shard_file_free (gpointer file);

#endif /* NRP_CHANGE_PRIVATE_H */
