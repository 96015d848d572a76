/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * boundary.h: the only part of nrpnet that calls igraph.
 *
 * Debian's igraph 0.10.2 is built without thread safety: its error handler,
 * its cleanup stack and its random number generator are process-wide. So
 * every call goes through this module, which holds one lock for the whole
 * call, installs nrpnet's own error handler for its duration (igraph's
 * default handler aborts the process) and restores the caller's handler
 * afterwards, and turns igraph errors into GErrors. Graphs are built here
 * from validated, dense vertex indices; no igraph type leaves this module.
 */
#ifndef NRP_IGRAPH_BOUNDARY_H
#define NRP_IGRAPH_BOUNDARY_H

#include <glib.h>

/*
 * Eigenvector centrality (scaled to a maximum of 1; in-ties for directed
 * graphs) and PageRank (damping 0.85, PRPACK) of the graph on @n vertices
 * with @m distinct arcs, weighted by @weights when not NULL. Each output
 * has n entries.
 */
gboolean nrp_ig_eigenvector_pagerank (guint n, const guint32 *arcs, gsize m, gboolean directed,
                                      const double *weights, double *eigenvector,
                                      double *pagerank, GError **error);

/*
 * Bridges (as indices into @edges) and articulation points (0/1 per vertex)
 * of the undirected simple graph with @m edges on @n vertices. *bridges is
 * newly allocated (g_free) with *n_bridges entries.
 */
gboolean nrp_ig_bridges_articulation (guint n, const guint32 *edges, gsize m, guint **bridges,
                                      guint *n_bridges, guint8 *articulation, GError **error);

/*
 * Leiden (optimising modularity: node weights = strengths, resolution
 * 1 / (2 total weight), beta 0.01, @iterations > 0 passes) and multilevel
 * (Louvain) communities of the undirected simple graph, with igraph's random
 * number generator seeded with @seed first; their modularity (igraph, on the
 * same weights); and the NMI of each with @sector. @weights: per edge, or
 * NULL. Outputs: membership n each (renumbered by first appearance).
 */
gboolean nrp_ig_communities (guint n, const guint32 *edges, gsize m, const double *weights,
                             const gint *sector, guint64 seed, guint iterations, gint *leiden,
                             gint *multilevel, double *modularity, double *nmi,
                             GError **error);

/*
 * Fruchterman-Reingold layout of the undirected graph (n vertices, m
 * edges), igraph's generator seeded with @seed, 500 iterations (a grid for
 * more than 1000 vertices, as igraph chooses). Output: @xy, 2 n coordinates.
 */
gboolean nrp_ig_layout (guint n, const guint32 *edges, gsize m, guint64 seed, double *xy,
                        GError **error);

#endif /* NRP_IGRAPH_BOUNDARY_H */
