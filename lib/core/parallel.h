/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * parallel.h: independent items (bootstrap and permutation replicates, a
 * study's areas) run over threads (core/parallel.c).
 */
#ifndef NRP_PARALLEL_H
#define NRP_PARALLEL_H

#include <glib.h>

/* Computes item @i into its own place in @data's output; *@scratch is the
 * thread's, NULL at first, for the item to keep work arrays in. */
typedef gboolean (*NrpParallelItem) (gpointer data, guint i, gpointer *scratch, GError **error);

/* Told, in the calling thread, how many items are done. */
typedef void (*NrpParallelTick) (gpointer data, guint finished);

/*
 * Runs @item on @first .. @last - 1 with @threads threads, the caller's
 * among them (at least 1, at most one an item). Threads claim the items
 * one at a time, so a slow item does not hold up the others; @tick (or
 * NULL) hears of progress after each item the caller's thread finishes;
 * each thread's scratch is freed with @scratch_free (or NULL) at the end.
 * On an error no further item is started, and the error of the
 * lowest-numbered failing item is kept: the same error at any thread count
 * when one item fails.
 */
gboolean nrp_parallel_for (guint first, guint last, guint threads, NrpParallelItem item,
                           GDestroyNotify scratch_free, NrpParallelTick tick, gpointer data,
                           GError **error);

#endif /* NRP_PARALLEL_H */
