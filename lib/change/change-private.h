/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * change-private.h: what the parts of nrp_change_compute_full() share
 * (estimate.c, bootstrap.c, permutation.c, actors.c); never installed.
 */
#ifndef NRP_CHANGE_PRIVATE_H
#define NRP_CHANGE_PRIVATE_H

#include "core/nrp-private.h"

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

/* Fill in c->measures[]'s intervals, p-values and c->actor_values. */
gboolean nrp_change_bootstrap (const PairView *pv, const guint *pop, guint np,
                               const NrpChangeOptions *o, NrpChange *c, guint64 total,
                               GError **error);
gboolean nrp_change_permutation_test (const PairView *pv, const guint *pop, guint np,
                                      const NrpChangeOptions *o, NrpChange *c, guint64 total,
                                      GError **error);
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

#endif /* NRP_CHANGE_PRIVATE_H */
