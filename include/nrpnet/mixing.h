/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/mixing.h: cross-sector connectivity per wave: tie classes, the
 * sector mixing matrix, the E-I index (whole network, per sector in two
 * conventions, per actor; its expectation under random mixing and a
 * label-permutation test), nominal assortativity, the modularity of the
 * sector partition, and each actor's ego heterogeneity (Blau, IQV, sector
 * reach).
 *
 * Every measure works on the distinct tied dyads of a wave among the
 * actors present (a pair tied by several relation types is one tie), as
 * nrpnet/summary.h does. The README gives each definition and its meaning.
 */
#ifndef NRPNET_MIXING_H
#define NRPNET_MIXING_H

/**
 * SECTION:mixing
 * @title: Cross-sector connectivity
 * @include: nrpnet.h
 * @short_description: Cross-sector connectivity per wave: tie classes, the
 *   sector mixing matrix, the E-I index (whole network, per sector in two
 *   conventions, per actor; its expectation under random mixing and a
 *   label-permutation test), nominal assortativity, the modularity of the
 *   sector partition, and each actor's ego heterogeneity (Blau, IQV, sector
 *   reach)
 *
 * Cross-sector connectivity per wave: tie classes, the
 * sector mixing matrix, the E-I index (whole network, per sector in two
 * conventions, per actor; its expectation under random mixing and a
 * label-permutation test), nominal assortativity, the modularity of the
 * sector partition, and each actor's ego heterogeneity (Blau, IQV, sector
 * reach).
 *
 * Every measure works on the distinct tied dyads of a wave among the
 * actors present (a pair tied by several relation types is one tie), as
 * nrpnet/summary.h does. The README gives each definition and its meaning.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpMixing:
 *
 * The cross-sector measures of every wave (nrp_mixing_compute()); opaque, freed
 * with nrp_mixing_free().
 */
typedef struct _NrpMixing NrpMixing;

/**
 * NrpTieClass:
 * @NRP_TIE_BONDING: both ends in one sector
 * @NRP_TIE_BRIDGING: different sectors of equal power, or a sector without
 *   power
 * @NRP_TIE_LINKING: different sectors at different power levels
 *
 * The class of a tie (after Szreter and Woolcock).
 */
typedef enum {
  NRP_TIE_BONDING = 0,  /* both ends in one sector */
  NRP_TIE_BRIDGING,     /* different sectors of equal power, or a sector without power */
  NRP_TIE_LINKING       /* different sectors at different power levels */
} NrpTieClass;

/**
 * NrpEiConvention:
 * @NRP_EI_EACH_TIE_ONCE: every tie with an end in the sector once
 * @NRP_EI_ROW_SUMS: the adjacency matrix's rows summed over the sector's
 *   members (UCINET)
 *
 * How the E-I index of one sector counts ties. Both are in use:
 * NRP_EI_EACH_TIE_ONCE counts every tie with an end in the sector once
 * (I = ties inside it, E = ties with one end outside it);
 * NRP_EI_ROW_SUMS sums the rows of the adjacency matrix over the sector's
 * members, as UCINET's group E-I does: for undirected data a tie inside the
 * sector counts twice (once from each end), for directed data only the ties
 * members send count.
 */
typedef enum {
  NRP_EI_EACH_TIE_ONCE = 0,
  NRP_EI_ROW_SUMS
} NrpEiConvention;

/**
 * NrpMixingWave:
 * @wave: the wave, 1-based
 * @ties_bonding: ties within one sector
 * @ties_bridging: ties between sectors of equal power, or with a sector without
 *   a power level
 * @ties_linking: ties between sectors at different power levels
 * @share_bonding: ties_bonding / ties, NaN with no tie
 * @share_bridging: ties_bridging / ties, NaN with no tie
 * @share_linking: ties_linking / ties, NaN with no tie
 * @ei_index: (E - I) / (E + I), NaN with no tie
 * @ei_index_expected: under random mixing given the sector sizes
 * @ei_index_p_value: two-sided permutation p-value; NaN if none run
 * @permutations: label permutations run
 * @assortativity: nominal, by sector (Newman); NaN if undefined
 * @sector_modularity: modularity of the sector partition; NaN with no tie
 *
 * Whole-network cross-sector measures of one wave. Allocated by the
 * library; fields may be added at the end, never removed or reordered.
 */
typedef struct {
  guint wave;
  guint ties_bonding;
  guint ties_bridging;
  guint ties_linking;
  double share_bonding;        /* ties_bonding / ties, NaN with no tie */
  double share_bridging;
  double share_linking;
  double ei_index;             /* (E - I) / (E + I), NaN with no tie */
  double ei_index_expected;    /* under random mixing given the sector sizes */
  double ei_index_p_value;     /* two-sided permutation p-value; NaN if none run */
  guint permutations;          /* label permutations run */
  double assortativity;        /* nominal, by sector (Newman); NaN if undefined */
  double sector_modularity;    /* modularity of the sector partition; NaN with no tie */
} NrpMixingWave;

/**
 * nrp_mixing_compute:
 * @network: the network
 * @permutations: label permutations for the E-I test (0: none)
 * @seed: seed of the permutations; the same seed gives the same p-values
 * @error: return location for a #GError, or NULL
 *
 * Cross-sector connectivity at every wave: tie classes, the mixing matrix, the
 * E-I index of the network, of each sector and of each actor, its expected
 * value and permutation p-value, assortativity, sector modularity and each
 * actor's alter heterogeneity (see the top of this header).
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails (out of memory).
 *
 * Time complexity: O(k (n log n + m + P m + s^2)) for k waves, n actors, m ties
 * per wave, P permutations and s sectors.
 *
 * Returns: (transfer full) (nullable): the measures, or NULL and @error.
 */
NRP_API NrpMixing *nrp_mixing_compute (const NrpNetwork *network, guint permutations,
                                       guint64 seed, GError **error);
/**
 * nrp_mixing_free:
 * @mixing: a mixing result
 *
 * Frees @mixing and all it owns; NULL is ignored.
 *
 * Time complexity: O(w (n + s^2)).
 */
NRP_API void nrp_mixing_free (NrpMixing *mixing);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpMixing, nrp_mixing_free)

/**
 * nrp_mixing_get_n_waves:
 * @mixing: a mixing result
 *
 * The waves of @mixing.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of waves.
 */
NRP_API guint nrp_mixing_get_n_waves (const NrpMixing *mixing);
/**
 * nrp_mixing_get_n_sectors:
 * @mixing: a mixing result
 *
 * The sectors of @mixing (the network's).
 *
 * Time complexity: O(1).
 *
 * Returns: the number of sectors.
 */
NRP_API guint nrp_mixing_get_n_sectors (const NrpMixing *mixing);
/**
 * nrp_mixing_get_wave:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * The whole-network measures of @wave (1-based). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpMixingWave *nrp_mixing_get_wave (const NrpMixing *mixing, guint wave);

/**
 * nrp_mixing_get_counts:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * The sector mixing matrix of @wave: s x s tie counts, row-major, row =
 * the source's sector, column = the target's (sectors numbered as in the
 * network). For undirected data the matrix is symmetric, as R's
 * network::mixingmatrix: a tie inside a sector counts once on the
 * diagonal, a tie between two sectors once in each of its two cells.
 * Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const guint *nrp_mixing_get_counts (const NrpMixing *mixing, guint wave);

/**
 * nrp_mixing_get_densities:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * Counts divided by the observed dyads of each sector pair among the actors
 * present (directed: n_a n_b, or n_a (n_a - 1) on the diagonal; undirected:
 * n_a n_b, or n_a (n_a - 1) / 2; less unobserved dyads). NaN where a pair
 * has no observed dyad. Borrowed, s x s.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_mixing_get_densities (const NrpMixing *mixing, guint wave);

/**
 * nrp_mixing_get_sector_ei:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 * @convention: which E-I convention (#NrpEiConvention)
 *
 * The E-I index of each sector in @convention (NaN for a sector without ties).
 * s entries.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_mixing_get_sector_ei (const NrpMixing *mixing, guint wave,
                                                NrpEiConvention convention);

/**
 * nrp_mixing_get_actor_ei:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * Per-actor measures at @wave, n_actors entries each (NaN, or 0 for the
 * reach, for absent actors and isolates). An actor's alters are the actors
 * it is tied to in either direction.
 *  - E-I: (alters in other sectors - alters in its own) / alters;
 *  - Blau index: 1 - sum_k p_k^2, p_k the share of its alters in sector k;
 *  - IQV: Blau / (1 - 1/s), s the number of sectors of the network
 *    (NaN when s < 2);
 *  - sector reach: the number of distinct sectors among its alters.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_mixing_get_actor_ei (const NrpMixing *mixing, guint wave);
/**
 * nrp_mixing_get_blau:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * Each actor's Blau index at @wave (as nrp_mixing_get_actor_ei()).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_mixing_get_blau (const NrpMixing *mixing, guint wave);
/**
 * nrp_mixing_get_iqv:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * Each actor's IQV at @wave (as nrp_mixing_get_actor_ei()).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_mixing_get_iqv (const NrpMixing *mixing, guint wave);
/**
 * nrp_mixing_get_sector_reach:
 * @mixing: a mixing result
 * @wave: a wave of the network, 1-based
 *
 * Each actor's sector reach at @wave (as nrp_mixing_get_actor_ei()).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const guint *nrp_mixing_get_sector_reach (const NrpMixing *mixing, guint wave);

/**
 * nrp_network_get_tie_class:
 * @network: the network
 * @a: a sector index
 * @b: another sector index (or the same)
 *
 * The class of a tie between sectors @a and @b of @network.
 *
 * Time complexity: O(1).
 *
 * Returns: bonding, bridging or linking.
 */
NRP_API NrpTieClass nrp_network_get_tie_class (const NrpNetwork *network, guint a, guint b);

G_END_DECLS

#endif /* NRPNET_MIXING_H */
