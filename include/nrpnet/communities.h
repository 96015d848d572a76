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

#include <nrpnet/network.h>

G_BEGIN_DECLS

typedef struct _NrpCommunities NrpCommunities;

typedef enum {
  NRP_COMMUNITIES_LEIDEN = 0,
  NRP_COMMUNITIES_MULTILEVEL
} NrpCommunityMethod;

/**
 * nrp_communities_compute:
 * @seed: seed of igraph's random number generator
 * @iterations: Leiden iterations (at least 1)
 *
 * Returns: (transfer full) (nullable): the communities, or NULL and @error.
 */
NRP_API NrpCommunities *nrp_communities_compute (const NrpNetwork *network, gboolean weighted,
                                                 guint64 seed, guint iterations, GError **error);
NRP_API void nrp_communities_free (NrpCommunities *communities);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpCommunities, nrp_communities_free)

/** The community of every actor at @wave (n_actors entries; -1 when absent). Borrowed. */
NRP_API const gint *nrp_communities_get_membership (const NrpCommunities *communities, guint wave,
                                                NrpCommunityMethod method);
NRP_API guint nrp_communities_get_count (const NrpCommunities *communities, guint wave,
                                     NrpCommunityMethod method);
/** Modularity of the communities (NaN with no tie). */
NRP_API double nrp_communities_get_modularity (const NrpCommunities *communities, guint wave,
                                           NrpCommunityMethod method);
/** Normalised mutual information of the communities with the sectors, 0 to 1. */
NRP_API double nrp_communities_get_nmi (const NrpCommunities *communities, guint wave,
                                    NrpCommunityMethod method);
/** The JSON name of @method ("leiden", "multilevel"). */
NRP_API const char *nrp_community_method_name (NrpCommunityMethod method);

G_END_DECLS

#endif /* NRPNET_COMMUNITIES_H */
