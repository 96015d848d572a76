/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/structure.h: structural holes (Burt) and the ties and actors the
 * system's connectedness hangs on (bridges, articulation points, local
 * bridges with their span).
 *
 * Conventions:
 *  - an actor's contacts are the actors tied to it in either direction;
 *    the weight between two actors is the sum of the weights both ways
 *    (Burt's mutual weight; every tie counts 1 when unweighted), as
 *    NetworkX's constraint and effective_size;
 *  - constraint c_i = sum_j (p_ij + sum_q p_iq p_qj)^2, p_ij the share of
 *    i's mutual weight that goes to j (igraph's code and NetworkX agree; the
 *    igraph 0.10.2 documentation misprints the formula);
 *  - effective size = sum_j (1 - sum_q p_iq m_jq), m_jq = j's mutual weight
 *    to q over j's largest mutual weight; efficiency = effective size /
 *    number of contacts;
 *  - hierarchy (Burt 1992) = sum_j (c_ij / (C/N)) ln (c_ij / (C/N)) /
 *    (N ln N) over the N contacts, c_ij the local constraint, C their sum;
 *    NaN with fewer than two contacts;
 *  - all four are NaN for an isolate (and for absent actors);
 *  - bridges, articulation points and local bridges are taken in the
 *    undirected simple graph (direction ignored): a bridge is a tie whose
 *    removal disconnects its ends; an articulation point an actor whose
 *    removal increases the number of components; a local bridge a tie whose
 *    ends share no contact, its span the distance between its ends without
 *    it (infinity if none), as NetworkX's local_bridges.
 */
#ifndef NRPNET_STRUCTURE_H
#define NRPNET_STRUCTURE_H

/**
 * SECTION:structure
 * @title: Structural holes and bridges
 * @include: nrpnet.h
 * @short_description: Structural holes (Burt) and the ties and actors the
 *   system's connectedness hangs on (bridges, articulation points, local
 *   bridges with their span)
 *
 * Structural holes (Burt) and the ties and actors the
 * system's connectedness hangs on (bridges, articulation points, local
 * bridges with their span).
 *
 * Conventions:
 *  - an actor's contacts are the actors tied to it in either direction;
 *    the weight between two actors is the sum of the weights both ways
 *    (Burt's mutual weight; every tie counts 1 when unweighted), as
 *    NetworkX's constraint and effective_size;
 *  - constraint c_i = sum_j (p_ij + sum_q p_iq p_qj)^2, p_ij the share of
 *    i's mutual weight that goes to j (igraph's code and NetworkX agree; the
 *    igraph 0.10.2 documentation misprints the formula);
 *  - effective size = sum_j (1 - sum_q p_iq m_jq), m_jq = j's mutual weight
 *    to q over j's largest mutual weight; efficiency = effective size /
 *    number of contacts;
 *  - hierarchy (Burt 1992) = sum_j (c_ij / (C/N)) ln (c_ij / (C/N)) /
 *    (N ln N) over the N contacts, c_ij the local constraint, C their sum;
 *    NaN with fewer than two contacts;
 *  - all four are NaN for an isolate (and for absent actors);
 *  - bridges, articulation points and local bridges are taken in the
 *    undirected simple graph (direction ignored): a bridge is a tie whose
 *    removal disconnects its ends; an articulation point an actor whose
 *    removal increases the number of components; a local bridge a tie whose
 *    ends share no contact, its span the distance between its ends without
 *    it (infinity if none), as NetworkX's local_bridges.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpStructure:
 *
 * Structural holes, bridges and articulation points of every wave
 * (nrp_structure_compute()); opaque, freed with nrp_structure_free().
 */
typedef struct _NrpStructure NrpStructure;

/**
 * NrpHolesMeasure:
 * @NRP_HOLES_CONSTRAINT: Burt's constraint
 * @NRP_HOLES_EFFECTIVE_SIZE: Burt's effective size
 * @NRP_HOLES_EFFICIENCY: effective size / degree
 * @NRP_HOLES_HIERARCHY: Burt's hierarchy: how far the constraint is
 *   concentrated on one contact
 *
 * A structural-hole measure of an actor (Burt 1992), on the contacts in either
 * direction.
 */
typedef enum {
  NRP_HOLES_CONSTRAINT = 0,
  NRP_HOLES_EFFECTIVE_SIZE,
  NRP_HOLES_EFFICIENCY,
  NRP_HOLES_HIERARCHY
} NrpHolesMeasure;

/**
 * NRP_HOLES_N_MEASURES:
 *
 * The number of #NrpHolesMeasure values.
 */
#define NRP_HOLES_N_MEASURES 4

/**
 * nrp_structure_compute:
 * @network: the network
 * @weighted: use tie weights in the structural-hole measures
 * @error: return location for a #GError, or NULL
 *
 * Structural holes (Burt's constraint, effective size, efficiency, hierarchy),
 * bridges, articulation points and local bridges with their span, at every wave
 * (see the top of this header).
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails (bridges, articulation points).
 *
 * Time complexity: O(k (sum_i d_i^2 + m L)) for k waves, degrees d_i, m ties
 * and L the work of a local bridge's span search (small in small worlds).
 *
 * Returns: (transfer full) (nullable): the result, or NULL and @error.
 */
NRP_API NrpStructure *nrp_structure_compute (const NrpNetwork *network, gboolean weighted,
                                             GError **error);
/**
 * nrp_structure_free:
 * @structure: a structure result
 *
 * Frees @structure and all it owns; NULL is ignored.
 *
 * Time complexity: O(w n).
 */
NRP_API void nrp_structure_free (NrpStructure *structure);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStructure, nrp_structure_free)

/**
 * nrp_structure_get_holes:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 * @measure: which measure (#NrpHolesMeasure)
 *
 * A structural-hole measure of every actor at @wave (n_actors entries).
 * Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_structure_get_holes (const NrpStructure *structure, guint wave,
                                               NrpHolesMeasure measure);
/**
 * nrp_structure_get_articulation:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 *
 * 1 for the articulation points at @wave, else 0 (n_actors entries). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const guint8 *nrp_structure_get_articulation (const NrpStructure *structure,
                                                      guint wave);
/**
 * nrp_structure_get_n_articulation:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 *
 * The articulation points at @wave: actors whose removal splits a
 * component.
 *
 * Time complexity: O(n).
 *
 * Returns: their number.
 */
NRP_API guint nrp_structure_get_n_articulation (const NrpStructure *structure, guint wave);
/**
 * nrp_structure_get_mean_holes:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 * @measure: which measure (#NrpHolesMeasure)
 *
 * The mean of @measure over the actors present at @wave for whom it is
 * defined (isolates have no constraint).
 *
 * Time complexity: O(n).
 *
 * Returns: the mean, or NaN when no actor has the measure.
 */
NRP_API double nrp_structure_get_mean_holes (const NrpStructure *structure, guint wave,
                                             NrpHolesMeasure measure);
/**
 * nrp_structure_get_n_bridges:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 *
 * The bridges at @wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of bridges.
 */
NRP_API guint nrp_structure_get_n_bridges (const NrpStructure *structure, guint wave);
/**
 * nrp_structure_get_bridge:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 * @index: an index, 0-based
 * @a: (out) (optional): one end, the lower actor index
 * @b: (out) (optional): the other end
 *
 * The @index-th bridge at @wave: its ends, lower actor index first.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_structure_get_bridge (const NrpStructure *structure, guint wave, guint index,
                                           guint *a, guint *b);
/**
 * nrp_structure_get_n_local_bridges:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 *
 * The local bridges at @wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of local bridges.
 */
NRP_API guint nrp_structure_get_n_local_bridges (const NrpStructure *structure, guint wave);
/**
 * nrp_structure_get_local_bridge:
 * @structure: a structure result
 * @wave: a wave of the network, 1-based
 * @index: an index, 0-based
 * @a: (out) (optional): one end, the lower actor index
 * @b: (out) (optional): the other end
 * @span: (out) (optional): the span, the distance between its ends without it
 *   (INFINITY when none)
 *
 * The @index-th local bridge at @wave and its span (INFINITY when none).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_structure_get_local_bridge (const NrpStructure *structure, guint wave,
                                                 guint index, guint *a, guint *b, double *span);
/**
 * nrp_holes_measure_name:
 * @measure: which measure (#NrpHolesMeasure)
 *
 * The JSON name of @measure ("constraint", "effective_size", ...).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_holes_measure_name (NrpHolesMeasure measure);

G_END_DECLS

#endif /* NRPNET_STRUCTURE_H */
