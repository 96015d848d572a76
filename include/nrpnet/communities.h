/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/communities.h: communities found in each wave (Leiden and
 * multilevel), their modularity, their sector composition, and how far they
 * follow the sectors (normalised mutual information with the sector
 * partition).
 *
 * Both algorithms run on the undirected simple graph of the wave (direction
 * ignored; igraph 0.10's implementations are undirected) over the actors
 * present, weighted or not, with igraph's random number generator seeded
 * from the seed given, so the same seed gives the same communities. Leiden
 * optimises modularity (node weights = strengths, resolution 1 / (2m)) for a
 * positive number of iterations (igraph 0.10.2 stops early with a negative
 * count). Communities are numbered 0, 1, ... in order of their first actor.
 */
#ifndef NRPNET_COMMUNITIES_H
#define NRPNET_COMMUNITIES_H

/**
 * SECTION:communities
 * @title: Communities
 * @include: nrpnet.h
 * @short_description: Communities found in each wave (Leiden and multilevel),
 *   their modularity, their sector composition, and how far they follow the
 *   sectors (normalised mutual information with the sector partition)
 *
 * Communities found in each wave (Leiden and
 * multilevel), their modularity, their sector composition, and how far they
 * follow the sectors (normalised mutual information with the sector
 * partition).
 *
 * Both algorithms run on the undirected simple graph of the wave (direction
 * ignored; igraph 0.10's implementations are undirected) over the actors
 * present, weighted or not, with igraph's random number generator seeded
 * from the seed given, so the same seed gives the same communities. Leiden
 * optimises modularity (node weights = strengths, resolution 1 / (2m)) for a
 * positive number of iterations (igraph 0.10.2 stops early with a negative
 * count). Communities are numbered 0, 1, ... in order of their first actor.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpCommunities:
 *
 * The communities of every wave (nrp_communities_compute()); opaque, freed with
 * nrp_communities_free().
 */
typedef struct _NrpCommunities NrpCommunities;

/**
 * NrpCommunityMethod:
 * @NRP_COMMUNITIES_LEIDEN: Leiden, maximising modularity (Traag et al. 2019)
 * @NRP_COMMUNITIES_MULTILEVEL: multilevel, or Louvain (Blondel et al. 2008)
 *
 * A community detection method.
 */
typedef enum {
  NRP_COMMUNITIES_LEIDEN = 0,
  NRP_COMMUNITIES_MULTILEVEL
} NrpCommunityMethod;

/**
 * nrp_communities_compute:
 * @network: the network
 * @weighted: use tie weights (path length 1/weight)
 * @seed: seed of igraph's random number generator
 * @iterations: Leiden iterations (at least 1)
 * @error: return location for a #GError, or NULL
 *
 * Leiden (modularity, 10 iterations) and multilevel communities of the
 * undirected graph of every wave, seeded, with their modularity, sector
 * composition and NMI with the sector partition.
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails.
 *
 * Time complexity: O(w L m) for L Leiden iterations, near-linear for
 * multilevel.
 *
 * Returns: (transfer full) (nullable): the communities, or NULL and @error.
 */
NRP_API NrpCommunities *nrp_communities_compute (const NrpNetwork *network, gboolean weighted,
                                                 guint64 seed, guint iterations, GError **error);
/**
 * nrp_communities_free:
 * @communities: a communities result
 *
 * Frees @communities and all it owns; NULL is ignored.
 *
 * Time complexity: O(w n).
 */
NRP_API void nrp_communities_free (NrpCommunities *communities);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpCommunities, nrp_communities_free)

/**
 * nrp_communities_get_membership:
 * @communities: a communities result
 * @wave: a wave of the network, 1-based
 * @method: a community method (#NrpCommunityMethod)
 *
 * The community of every actor at @wave (n_actors entries; -1 when absent).
 * Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const gint *nrp_communities_get_membership (const NrpCommunities *communities, guint wave,
                                                    NrpCommunityMethod method);
/**
 * nrp_communities_get_count:
 * @communities: a communities result
 * @wave: a wave of the network, 1-based
 * @method: a community method (#NrpCommunityMethod)
 *
 * The number of communities @method found at @wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of communities.
 */
NRP_API guint nrp_communities_get_count (const NrpCommunities *communities, guint wave,
                                         NrpCommunityMethod method);
/**
 * nrp_communities_get_modularity:
 * @communities: a communities result
 * @wave: a wave of the network, 1-based
 * @method: a community method (#NrpCommunityMethod)
 *
 * Modularity of the communities (NaN with no tie).
 *
 * Time complexity: O(1).
 *
 * Returns: the modularity of the partition.
 */
NRP_API double nrp_communities_get_modularity (const NrpCommunities *communities, guint wave,
                                               NrpCommunityMethod method);
/**
 * nrp_communities_get_nmi:
 * @communities: a communities result
 * @wave: a wave of the network, 1-based
 * @method: a community method (#NrpCommunityMethod)
 *
 * Normalised mutual information of the communities with the sectors, 0 to 1.
 *
 * Time complexity: O(1).
 *
 * Returns: the normalised mutual information, in [0, 1].
 */
NRP_API double nrp_communities_get_nmi (const NrpCommunities *communities, guint wave,
                                        NrpCommunityMethod method);
/**
 * nrp_community_method_name:
 * @method: a community method (#NrpCommunityMethod)
 *
 * The JSON name of @method ("leiden", "multilevel").
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_community_method_name (NrpCommunityMethod method);

G_END_DECLS

#endif /* NRPNET_COMMUNITIES_H */
