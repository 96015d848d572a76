/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/export.h: the network for other tools.
 */
#ifndef NRPNET_EXPORT_H
#define NRPNET_EXPORT_H

/**
 * SECTION:export
 * @title: GraphML export
 * @include: nrpnet.h
 * @short_description: The network for other tools
 *
 * The network for other tools.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * nrp_network_write_graphml:
 * @network: the network
 * @path: the file to write (replaced whole, or left as it was on error)
 * @error: return location for a #GError, or NULL
 *
 * Writes @network as GraphML (XML 1.0, UTF-8) for Gephi, NetworkX, igraph
 * and yEd. Nodes are the actors, in actors.csv order, with the data keys
 * `sector`, `sector_label`, `power` (when known), `area` (when the actor
 * has one), `present_w1`, `present_w2`... (booleans) and every other column
 * of actors.csv by its name. Edges are the dyads tied at one wave at least
 * (relation types merged, weights summed, as the measures see them), with
 * `tie_w1`... (booleans), `weight_w1`... (0 at a wave without the tie) and
 * `waves` (the waves with the tie, "1,2"). The graph's `edgedefault` is
 * directed or undirected as the data.
 *
 * Errors: NRP_ERROR_VALUE for text XML 1.0 cannot carry (a control character in
 * an id, a sector or an attribute); NRP_ERROR_IO when @path cannot be written.
 *
 * Time complexity: O(n a + k m) for n actors, a attributes and m ties over k
 * waves.
 *
 * Returns: TRUE, or FALSE and @error: NRP_ERROR_IO, or NRP_ERROR_VALUE for a
 *   text holding a control character XML 1.0 cannot carry.
 */
NRP_API gboolean nrp_network_write_graphml (const NrpNetwork *network, const char *path,
                                            GError **error);

G_END_DECLS

#endif /* NRPNET_EXPORT_H */
