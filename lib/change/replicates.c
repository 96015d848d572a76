/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * replicates.c: runs the replicates of a bootstrap or a permutation test
 * in parallel (see change-private.h).
 *
 * Why the results do not depend on threads: replicate r draws from its own
 * Mersenne Twister seeded from (seed, stream, r) alone and writes only its
 * own row of the output; nothing is summed across replicates here. So 1, 2
 * or 16 threads, and any split of the replicates between processes, give
 * the same rows, and the statistics over them (bootstrap.c,
 * permutation.c) the same bits.
 *
 * The replicates run over threads as core/parallel.c runs items (claimed
 * one at a time; on an error the lowest-numbered failing replicate's is
 * kept). The measures a replicate needs call no igraph
 * (measures/kernels.c), so no lock is taken.
 */
#include "config.h"

#include "change/change-private.h"
#include "core/parallel.h"

typedef struct {
  const NrpChangeOptions *o;
  const NrpReplicateJob *job;
  double *out;
} Run;

GRand *
nrp_replicate_rng (guint64 seed, guint32 stream, guint r)
{
  guint32 key[4] = { (guint32) seed, (guint32) (seed >> 32), stream, r };
  return g_rand_new_with_seed_array (key, G_N_ELEMENTS (key));
}

/* Replicate @r, from its own stream, into its own row. */
static gboolean
run_one (gpointer data, guint r, gpointer *scratch, GError **error)
{
  const Run *run = data;
  const NrpReplicateJob *job = run->job;
  GRand *rng = nrp_replicate_rng (run->o->seed, job->stream, r);
  gboolean ok = job->func (job->data, r, rng, scratch,
                           run->out + (gsize) (r - job->first) * job->stride, error);
  g_rand_free (rng);
  return ok;
}

static void
tick (gpointer data, guint finished)
{
  const Run *run = data;
  nrp_change_report_progress (run->o, run->job->done + finished, run->job->total);
}

gboolean
nrp_replicates_run (const NrpChangeOptions *o, const NrpReplicateJob *job, double *out,
                    GError **error)
{
  Run run = { o, job, out };

  g_return_val_if_fail (job->first <= job->last, FALSE);
  if (job->first == job->last)
    return TRUE;
  if (!nrp_parallel_for (job->first, job->last,
                         o->threads != 0 ? o->threads : g_get_num_processors (), run_one,
                         job->scratch_free, tick, &run, error))
    return FALSE;
  nrp_change_report_progress (o, job->done + (job->last - job->first), job->total);
  return TRUE;
}
