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
 * Threads claim replicates one at a time from an atomic counter, so a slow
 * replicate does not hold up the others. The measures a replicate needs
 * call no igraph (measures/kernels.c), so no lock is taken. The calling
 * thread works too and reports progress; on an error the lowest-numbered
 * failing replicate's error is kept and the others stop claiming.
 */
#include "config.h"

#include "change/change-private.h"

typedef struct {
  const NrpChangeOptions *o;
  const NrpReplicateJob *job;
  double *out;
  gint next;                 /* the next replicate to claim (atomic) */
  gint finished;             /* replicates done (atomic) */
  gint stop;                 /* set on an error (atomic) */
  GMutex lock;               /* guards what follows */
  GError *error;
  guint error_at;
} Run;

GRand *
nrp_replicate_rng (guint64 seed, guint32 stream, guint r)
{
  guint32 key[4] = { (guint32) seed, (guint32) (seed >> 32), stream, r };
  return g_rand_new_with_seed_array (key, G_N_ELEMENTS (key));
}

/* Runs one claimed replicate; FALSE when none was left. */
static gboolean
run_one (Run *run, gpointer *scratch)
{
  const NrpReplicateJob *job = run->job;
  gint k = g_atomic_int_add (&run->next, 1);
  guint r;
  GError *error = NULL;
  GRand *rng;

  if (k < 0 || (guint) k >= job->last - job->first || g_atomic_int_get (&run->stop))
    return FALSE;
  r = job->first + (guint) k;
  rng = nrp_replicate_rng (run->o->seed, job->stream, r);
  if (!job->func (job->data, r, rng, scratch, run->out + (gsize) k * job->stride, &error))
    {
      g_mutex_lock (&run->lock);
      if (run->error == NULL || r < run->error_at)
        {
          g_clear_error (&run->error);
          run->error = error;
          run->error_at = r;
          error = NULL;
        }
      g_mutex_unlock (&run->lock);
      g_clear_error (&error);
      g_atomic_int_set (&run->stop, 1);
    }
  g_rand_free (rng);
  g_atomic_int_inc (&run->finished);
  return TRUE;
}

static gpointer
thread_main (gpointer data)
{
  Run *run = data;
  gpointer scratch = NULL;
  while (run_one (run, &scratch))
    ;
  if (scratch != NULL && run->job->scratch_free != NULL)
    run->job->scratch_free (scratch);
  return NULL;
}

gboolean
nrp_replicates_run (const NrpChangeOptions *o, const NrpReplicateJob *job, double *out,
                    GError **error)
{
  guint n = job->last - job->first, threads = o->threads;
  g_autofree GThread **th = NULL;
  gpointer scratch = NULL;
  Run run = { 0 };

  g_return_val_if_fail (job->first <= job->last, FALSE);
  if (n == 0)
    return TRUE;
  if (threads == 0)
    threads = g_get_num_processors ();
  threads = CLAMP (threads, 1, n);
  run.o = o;
  run.job = job;
  run.out = out;
  g_mutex_init (&run.lock);
  th = g_new0 (GThread *, threads);
  for (guint t = 1; t < threads; t++)
    th[t] = g_thread_new ("nrp-replicates", thread_main, &run);
  while (run_one (&run, &scratch))
    nrp_change_report_progress (o, job->done + (guint64) g_atomic_int_get (&run.finished),
                                job->total);
  if (scratch != NULL && job->scratch_free != NULL)
    job->scratch_free (scratch);
  for (guint t = 1; t < threads; t++)
    g_thread_join (th[t]);
  g_mutex_clear (&run.lock);
  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }
  nrp_change_report_progress (o, job->done + n, job->total);
  return TRUE;
}
