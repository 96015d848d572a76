/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/centrality.h: who holds the system together. Per wave and actor:
 * strength, betweenness, cross-sector betweenness, closeness, harmonic
 * closeness, eigenvector centrality and PageRank; per wave, Freeman
 * centralization; per sector, the mean, median and maximum of each.
 *
 * Conventions (the README explains each):
 *  - the graph of a wave is its distinct tied dyads among the actors present
 *    (several relation types on one dyad: one tie, their weights summed);
 *  - strength: the sum of the weights of an actor's ties (in + out), always;
 *  - weighted (optional): a weight is a strength, so path lengths are
 *    1 / weight; eigenvector centrality and PageRank use the weights as
 *    they are; unweighted, every tie counts 1;
 *  - betweenness counts each unordered pair once for undirected data (as
 *    igraph, NetworkX and sna), raw (not normalised);
 *  - cross-sector betweenness counts only the shortest paths between actors
 *    of different sectors, each unordered pair once when undirected (igraph's
 *    subset betweenness and NetworkX's betweenness_centrality_subset give
 *    half of this for undirected graphs);
 *  - closeness = (actors reached) / (sum of distances to them), paths going
 *    out from the actor (igraph's closeness, normalised, mode "out"); NaN for
 *    an actor who reaches nobody. Harmonic closeness = sum of 1 / distance;
 *  - eigenvector centrality is scaled so that the largest score is 1
 *    (igraph's scale = TRUE; NetworkX and sna scale to unit length instead:
 *    divide by the Euclidean norm of the vector to compare); directed data
 *    use in-ties;
 *  - PageRank: damping 0.85, directed for directed data, sums to 1;
 *  - centralization (Freeman) as igraph normalises it: degree (in + out),
 *    betweenness and closeness, unweighted; NaN below 3 actors.
 * Absent actors have NaN everywhere.
 */
#ifndef NRPNET_CENTRALITY_H
#define NRPNET_CENTRALITY_H

/**
 * SECTION:centrality
 * @title: Centrality
 * @include: nrpnet.h
 * @short_description: Who holds the system together
 *
 * Who holds the system together. Per wave and actor:
 * strength, betweenness, cross-sector betweenness, closeness, harmonic
 * closeness, eigenvector centrality and PageRank; per wave, Freeman
 * centralization; per sector, the mean, median and maximum of each.
 *
 * Conventions (the README explains each):
 *  - the graph of a wave is its distinct tied dyads among the actors present
 *    (several relation types on one dyad: one tie, their weights summed);
 *  - strength: the sum of the weights of an actor's ties (in + out), always;
 *  - weighted (optional): a weight is a strength, so path lengths are
 *    1 / weight; eigenvector centrality and PageRank use the weights as
 *    they are; unweighted, every tie counts 1;
 *  - betweenness counts each unordered pair once for undirected data (as
 *    igraph, NetworkX and sna), raw (not normalised);
 *  - cross-sector betweenness counts only the shortest paths between actors
 *    of different sectors, each unordered pair once when undirected (igraph's
 *    subset betweenness and NetworkX's betweenness_centrality_subset give
 *    half of this for undirected graphs);
 *  - closeness = (actors reached) / (sum of distances to them), paths going
 *    out from the actor (igraph's closeness, normalised, mode "out"); NaN for
 *    an actor who reaches nobody. Harmonic closeness = sum of 1 / distance;
 *  - eigenvector centrality is scaled so that the largest score is 1
 *    (igraph's scale = TRUE; NetworkX and sna scale to unit length instead:
 *    divide by the Euclidean norm of the vector to compare); directed data
 *    use in-ties;
 *  - PageRank: damping 0.85, directed for directed data, sums to 1;
 *  - centralization (Freeman) as igraph normalises it: degree (in + out),
 *    betweenness and closeness, unweighted; NaN below 3 actors.
 * Absent actors have NaN everywhere.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpCentrality:
 *
 * Every centrality of every actor at every wave (nrp_centrality_compute());
 * opaque, freed with nrp_centrality_free().
 */
typedef struct _NrpCentrality NrpCentrality;

/**
 * NrpCentralityMeasure:
 * @NRP_CENTRALITY_STRENGTH: the sum of the actor's tie weights
 * @NRP_CENTRALITY_BETWEENNESS: betweenness (Brandes; each unordered pair once
 *   when undirected)
 * @NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS: betweenness counting only the
 *   shortest paths between actors of different sectors
 * @NRP_CENTRALITY_CLOSENESS: reachable others / the sum of the distances to
 *   them (NaN when none)
 * @NRP_CENTRALITY_HARMONIC: harmonic closeness: the sum of 1 / distance
 * @NRP_CENTRALITY_EIGENVECTOR: eigenvector centrality, scaled to a maximum of 1
 *   (igraph)
 * @NRP_CENTRALITY_PAGERANK: PageRank with damping 0.85 (igraph's PRPACK)
 * @NRP_CENTRALITY_DEGREE: in + out for directed data, as
 *   nrp_summary_get_degrees()
 *
 * An actor-level centrality measure.
 */
typedef enum {
  NRP_CENTRALITY_STRENGTH = 0,
  NRP_CENTRALITY_BETWEENNESS,
  NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS,
  NRP_CENTRALITY_CLOSENESS,
  NRP_CENTRALITY_HARMONIC,
  NRP_CENTRALITY_EIGENVECTOR,
  NRP_CENTRALITY_PAGERANK,
  NRP_CENTRALITY_DEGREE    /* in + out for directed data, as nrp_summary_get_degrees() */
} NrpCentralityMeasure;

/**
 * NRP_CENTRALITY_N_MEASURES:
 *
 * The number of NrpCentralityMeasure values.
 */
#define NRP_CENTRALITY_N_MEASURES 8

/**
 * NrpCentralityWave:
 * @wave: the wave, 1-based
 * @centralization_degree: Freeman degree centralization
 * @centralization_betweenness: Freeman betweenness centralization (unweighted;
 *   NaN when not computed)
 * @centralization_closeness: Freeman closeness centralization (unweighted; NaN
 *   when not computed)
 *
 * The whole-network centrality of one wave. Read-only and growable: members may
 * be added at the end; only handed out by pointer.
 */
typedef struct {
  guint wave;
  double centralization_degree;
  double centralization_betweenness;
  double centralization_closeness;
} NrpCentralityWave;

/**
 * nrp_centrality_compute:
 * @network: the network
 * @weighted: use tie weights (path length 1 / weight)
 * @threads: threads for the shortest-path measures; 0 = one per processor
 * @error: return location for a #GError, or NULL
 *
 * Every centrality of every actor at every wave, Freeman centralization, and
 * the scores by sector (see the top of this header).
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails (eigenvector, PageRank).
 *
 * Time complexity: O(k n m / T) unweighted, O(k n m log n / T) weighted, for k
 * waves, n actors, m ties and T threads (exact betweenness dominates).
 *
 * Returns: (transfer full) (nullable): the centralities, or NULL and @error.
 */
NRP_API NrpCentrality *nrp_centrality_compute (const NrpNetwork *network, gboolean weighted,
                                               guint threads, GError **error);
/**
 * nrp_centrality_free:
 * @centrality: a centrality result
 *
 * Frees @centrality and all it owns; NULL is ignored.
 *
 * Time complexity: O(w n).
 */
NRP_API void nrp_centrality_free (NrpCentrality *centrality);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpCentrality, nrp_centrality_free)

/**
 * nrp_centrality_is_weighted:
 * @centrality: a centrality result
 *
 * Whether @centrality used tie weights.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_centrality_is_weighted (const NrpCentrality *centrality);
/**
 * nrp_centrality_get_wave:
 * @centrality: a centrality result
 * @wave: a wave of the network, 1-based
 *
 * The whole-network values of @wave: Freeman centralization.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpCentralityWave *nrp_centrality_get_wave (const NrpCentrality *centrality,
                                                          guint wave);
/**
 * nrp_centrality_get:
 * @centrality: a centrality result
 * @wave: a wave of the network, 1-based
 * @measure: which measure (#NrpCentralityMeasure)
 *
 * One measure of every actor at @wave (n_actors entries, NaN if absent).
 * Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_centrality_get (const NrpCentrality *centrality, guint wave,
                                          NrpCentralityMeasure measure);

/**
 * nrp_centrality_get_sector_summary:
 * @centrality: a centrality result
 * @network: the network
 * @wave: a wave of the network, 1-based
 * @measure: which measure (#NrpCentralityMeasure)
 * @sector: a sector index, 0-based (nrp_network_get_n_sectors())
 * @mean: (out): the mean
 * @median: (out): the median
 * @max: (out): the maximum
 *
 * The mean, median and maximum of @measure over the actors of @sector present
 * at @wave whose value is defined. All NaN when there is none.
 *
 * Time complexity: O(n log n) (the median).
 */
NRP_API void nrp_centrality_get_sector_summary (const NrpCentrality *centrality,
                                                const NrpNetwork *network, guint wave,
                                                NrpCentralityMeasure measure, guint sector,
                                                double *mean, double *median, double *max);

/**
 * nrp_centrality_get_top:
 * @centrality: a centrality result
 * @wave: a wave of the network, 1-based
 * @measure: which measure (#NrpCentralityMeasure)
 * @k: the index of the estimated measure, below nrp_change_get_n_measures()
 * @actors: (out caller-allocates) (array length=k): room for @k actor indices
 *
 * The (at most) @k actors with the highest @measure at @wave, highest first;
 * equal values in actors.csv order; absent actors and NaN values left out.
 *
 * Time complexity: O(n log n).
 *
 * Returns: how many actors were written.
 */
NRP_API guint nrp_centrality_get_top (const NrpCentrality *centrality, guint wave,
                                      NrpCentralityMeasure measure, guint k, guint *actors);

/**
 * nrp_centrality_measure_name:
 * @measure: which measure (#NrpCentralityMeasure)
 *
 * The JSON name of @measure ("betweenness", "cross_sector_betweenness"...).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_centrality_measure_name (NrpCentralityMeasure measure);

/**
 * nrp_betweenness_sample_size:
 * @vertex_diameter: an upper bound of the most vertices on a shortest path
 * @epsilon: the additive error, between 0 and 1
 * @delta: the probability that some estimate misses it, between 0 and 1
 *
 * The number of shortest paths nrp_betweenness_sample() draws for its
 * guarantee (Riondato and Kornaropoulos 2016): ceil((0.5 / @epsilon^2)
 * (floor(log2(@vertex_diameter - 2)) + 1 + ln(1 / @delta))); 0 when
 * @vertex_diameter is below 3 (no shortest path has a vertex inside it, so
 * every betweenness is exactly 0). nrp_betweenness_sample() refuses an
 * @epsilon and @delta that need more than NRP_MAX_SAMPLES.
 *
 * Time complexity: O(1).
 *
 * Returns: the sample size.
 */
NRP_API guint64 nrp_betweenness_sample_size (guint vertex_diameter, double epsilon,
                                             double delta);
/**
 * nrp_betweenness_sample:
 * @network: the network
 * @wave: the wave (1-based)
 * @epsilon: the additive error of the normalised betweenness, between 0 and 1
 *   (as in 0.01)
 * @delta: the probability that some estimate misses it, between 0 and 1 (as
 *   in 0.1)
 * @seed: the seed of the draws: the same seed gives the same estimates
 * @threads: threads (0: one per processor); the result does not depend on it
 * @betweenness: (out caller-allocates) (array): room for one value per actor:
 *   each present actor's estimated betweenness, on the scale of the exact
 *   one (NRP_CENTRALITY_BETWEENNESS: pairs of actors, unordered when
 *   undirected, unweighted); NaN for actors absent at @wave
 * @samples: (out) (optional): the shortest paths drawn
 * @error: return location for a #GError, or NULL
 *
 * Betweenness of a network too big for the exact count, with a stated
 * guarantee: with probability at least 1 - @delta, every actor's estimate
 * is within @epsilon n (n - 1) of its exact betweenness at once (n the
 * actors present; within half that when undirected). Ordered pairs of
 * actors are drawn uniformly and one of their shortest paths uniformly
 * (Riondato and Kornaropoulos 2016, with the sample size of
 * nrp_betweenness_sample_size() for a bound of the vertex diameter: 2e + 1
 * for e the largest eccentricity of one actor of each component when
 * undirected, the largest weak component's size when directed); each path
 * is found by a balanced bidirectional search (Borassi and Natale 2019).
 * Ties count once per dyad and are unweighted.
 *
 * Errors: NRP_ERROR_ARGUMENT for a wave @network lacks, @epsilon or @delta
 * outside (0, 1), an @epsilon and @delta that need more than
 * NRP_MAX_SAMPLES paths (a smaller sample would not give the guarantee), or
 * @threads above NRP_MAX_THREADS.
 *
 * Time complexity: O(r b) for r samples and b the arcs a bidirectional
 * search scans (about the square root of the wave's arcs on social
 * networks, all of them at worst), plus O(n + m).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_betweenness_sample (const NrpNetwork *network, guint wave, double epsilon,
                                         double delta, guint64 seed, guint threads,
                                         double *betweenness, guint *samples, GError **error);

G_END_DECLS

#endif /* NRPNET_CENTRALITY_H */
