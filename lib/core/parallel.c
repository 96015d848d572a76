/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * parallel.c: independent items over threads (see parallel.h). Nothing is
 * summed across items here: each writes its own output, so the results do
 * not depend on the threads.
 */
#include "config.h"

#include "core/parallel.h"

typedef struct {
  guint first, last;
  NrpParallelItem item;
  GDestroyNotify scratch_free;
  gpointer data;
  gint next;                 /* the next item to claim, from first (atomic) */
  gint finished;             /* items done (atomic) */
  gint stop;                 /* set on an error (atomic) */
  GMutex lock;               /* guards what follows */
  GError *error;             /* the lowest-numbered failing item's */
  guint error_at;
} Run;

/* Runs one claimed item; FALSE when none was left. */
static gboolean
run_one (Run *run, gpointer *scratch)
{
  gint k = g_atomic_int_add (&run->next, 1);
  GError *error = NULL;
  guint i;

  if (k < 0 || (guint) k >= run->last - run->first || g_atomic_int_get (&run->stop))
    return FALSE;
  i = run->first + (guint) k;
  if (!run->item (run->data, i, scratch, &error))
    {
      g_mutex_lock (&run->lock);
      if (run->error == NULL || i < run->error_at)
        {
          g_clear_error (&run->error);
          run->error = g_steal_pointer (&error);
          run->error_at = i;
        }
      g_mutex_unlock (&run->lock);
      g_clear_error (&error);
      g_atomic_int_set (&run->stop, 1);
    }
  g_atomic_int_inc (&run->finished);
  return TRUE;
}

static void
scratch_done (Run *run, gpointer scratch)
{
  if (scratch != NULL && run->scratch_free != NULL)
    run->scratch_free (scratch);
}

static gpointer
thread_main (gpointer data)
{
  Run *run = data;
  gpointer scratch = NULL;
  while (run_one (run, &scratch))
    ;
  scratch_done (run, scratch);
  return NULL;
}

gboolean
nrp_parallel_for (guint first, guint last, guint threads, NrpParallelItem item,
                  GDestroyNotify scratch_free, NrpParallelTick tick, gpointer data,
                  GError **error)
{
  g_autofree GThread **th = NULL;
  gpointer scratch = NULL;
  Run run = { first, last, item, scratch_free, data, 0, 0, 0, { 0 }, NULL, G_MAXUINT };

  g_return_val_if_fail (first <= last, FALSE);
  if (first == last)
    return TRUE;
  threads = CLAMP (threads, 1, last - first);
  g_mutex_init (&run.lock);
  th = g_new0 (GThread *, threads);
  for (guint t = 1; t < threads; t++)
    th[t] = g_thread_new ("nrp-parallel", thread_main, &run);
  while (run_one (&run, &scratch))
    if (tick != NULL)
      tick (data, (guint) g_atomic_int_get (&run.finished));
  scratch_done (&run, scratch);
  for (guint t = 1; t < threads; t++)
    g_thread_join (th[t]);
  g_mutex_clear (&run.lock);
  if (run.error != NULL)
    {
      g_propagate_error (error, run.error);
      return FALSE;
    }
  return TRUE;
}
