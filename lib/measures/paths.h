/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * paths.h: nrpnet's own shortest-path kernel (see paths.c for how it works).
 */
#ifndef NRP_PATHS_H
#define NRP_PATHS_H

#include "core/nrp-private.h"

/*
 * A read-only graph for the kernel: vertices 0..n-1, out-arcs in compressed
 * form; an undirected edge is an arc each way. Lengths (1/weight) only when
 * weighted.
 */
typedef struct {
  guint n;
  gboolean directed;
  gboolean weighted;
  const guint *sector;   /* n: the sector of each vertex (borrowed) */
  gboolean plain;        /* one source at a time, no reduction: Brandes as he wrote it, the
                          * reference the tests hold the fast kernels to (FALSE after init) */
  NrpCsr out;            /* out-arcs; val = lengths (1/weight), NULL when unweighted */
} NrpPathGraph;

/* @arcs: m distinct pairs (a, b), a != b; @weights: m positive weights or NULL. */
void nrp_path_graph_init (NrpPathGraph *g, guint n, gboolean directed, gboolean weighted,
                          const guint32 *arcs, const double *weights, gsize m,
                          const guint *sector);
void nrp_path_graph_clear (NrpPathGraph *g);

/*
 * Fills the four n-arrays: betweenness and cross-sector betweenness (each
 * unordered pair once when undirected), closeness (reachable others / sum of
 * distances to them, NaN when none) and harmonic closeness (sum of 1 /
 * distance), distances taken from each vertex outwards. @cross_betweenness
 * and @harmonic may be NULL when not wanted (the unweighted kernel then
 * does less); so may @betweenness, and with it @cross_betweenness: the
 * batched kernel then searches the distances only (batch_distances(), the
 * same closeness bits at a fraction of the time).
 *
 * Unweighted and not plain, identical actors are merged first and the
 * sources run in batches of 64 (paths.c); the values agree with the plain
 * kernel's within 1e-12 (tests/test-kernels.c). The result is the same to
 * the last bit at any @threads (the sources are reduced over a fixed
 * partition). @progress, when not NULL, is called from the calling thread
 * with the share of the sources done.
 *
 * Time complexity: O(n m) unweighted, O(n m log n) weighted, over @threads.
 */
typedef void (*NrpPathsProgress) (double done, gpointer data);
void nrp_paths_compute (const NrpPathGraph *g, guint threads, double *betweenness,
                        double *cross_betweenness, double *closeness, double *harmonic,
                        NrpPathsProgress progress, gpointer progress_data);

/* TRUE: the batched kernel's portable build runs even where its POPCNT
 * build could (paths.c); for the tests, which hold the two to the same bits. */
extern gboolean nrp_paths_portable;

#endif /* NRP_PATHS_H */
