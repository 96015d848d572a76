/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * kernels.h: nrpnet's own whole-graph kernels for the measures that used to
 * call igraph: weak components, transitivity, nominal assortativity and
 * modularity by sector, and the centralization maxima. They take plain
 * arrays, allocate only their own scratch and touch no global state, so
 * they run in any thread at once: the bootstrap and the permutation test
 * run their replicates in parallel on them (change/replicates.c).
 *
 * Each gives igraph 0.10.2's result to the last bit: tests/test-kernels.c
 * holds them to igraph's functions on random graphs.
 */
#ifndef NRP_KERNELS_H
#define NRP_KERNELS_H

#include <glib.h>

/* Weak components of the graph on 0..n-1 with @m edges (pairs in @edges,
 * direction ignored): their number and the size of the largest. O(n + m). */
void nrp_kernel_components (guint n, const guint32 *edges, gsize m, guint *n_components,
                            guint *largest);

/* Transitivity (global clustering coefficient) of the simple undirected
 * graph given by @m distinct unordered pairs without loops: three times the
 * triangles over the connected triples, NaN without a triple, as igraph's
 * igraph_transitivity_undirected (IGRAPH_TRANSITIVITY_NAN).
 * O(m^1.5) (each edge oriented towards the higher degree). */
double nrp_kernel_transitivity (guint n, const guint32 *edges, gsize m);

/* Newman's nominal assortativity (normalised) and the modularity of the
 * partition @types (0..n_types-1) of the graph on 0..n-1 with @m edges,
 * directed or not, as igraph_assortativity_nominal (normalized) and
 * igraph_modularity (resolution 1, unweighted). Both NaN without an edge
 * or when not finite. O(n + m + n_types). */
void nrp_kernel_assortativity_modularity (guint n, const guint32 *edges, gsize m,
                                          gboolean directed, const gint *types,
                                          double *assortativity, double *modularity);

/* Freeman centralization's theoretical maxima for @n actors, as igraph's
 * *_tmax functions give them (degree: mode all, no loops; betweenness;
 * closeness: mode out). O(1). */
void nrp_kernel_centralization_tmax (guint n, gboolean directed, double *degree,
                                     double *betweenness, double *closeness);

#endif /* NRP_KERNELS_H */
