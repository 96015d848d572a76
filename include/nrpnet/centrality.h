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

#include <nrpnet/network.h>

G_BEGIN_DECLS

typedef struct _NrpCentrality NrpCentrality;

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

/** The number of NrpCentralityMeasure values. */
#define NRP_CENTRALITY_N_MEASURES 8

typedef struct {
  guint wave;
  double centralization_degree;
  double centralization_betweenness;
  double centralization_closeness;
} NrpCentralityWave;

/**
 * nrp_centrality_compute:
 * @weighted: use tie weights (path length 1 / weight)
 * @threads: threads for the shortest-path measures; 0 = one per processor
 *
 * Time complexity: O(k n m / T) unweighted, O(k n m log n / T) weighted, for
 * k waves, n actors, m ties and T threads (exact betweenness dominates).
 *
 * Returns: (transfer full) (nullable): the centralities, or NULL and @error.
 */
NRP_API NrpCentrality *nrp_centrality_compute (const NrpNetwork *network, gboolean weighted,
                                               guint threads, GError **error);
NRP_API void nrp_centrality_free (NrpCentrality *centrality);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpCentrality, nrp_centrality_free)

NRP_API gboolean nrp_centrality_is_weighted (const NrpCentrality *centrality);
NRP_API const NrpCentralityWave *nrp_centrality_get_wave (const NrpCentrality *centrality,
                                                          guint wave);
/** One measure of every actor at @wave (n_actors entries, NaN if absent). Borrowed. */
NRP_API const double *nrp_centrality_get (const NrpCentrality *centrality, guint wave,
                                          NrpCentralityMeasure measure);

/**
 * nrp_centrality_get_sector_summary:
 *
 * The mean, median and maximum of @measure over the actors of @sector present
 * at @wave whose value is defined. All NaN when there is none.
 */
NRP_API void nrp_centrality_get_sector_summary (const NrpCentrality *centrality,
                                            const NrpNetwork *network, guint wave,
                                            NrpCentralityMeasure measure, guint sector,
                                            double *mean, double *median, double *max);

/**
 * nrp_centrality_get_top:
 * @actors: (out caller-allocates) (array length=k): room for @k actor indices
 *
 * The (at most) @k actors with the highest @measure at @wave, highest first;
 * equal values in actors.csv order; absent actors and NaN values left out.
 *
 * Returns: how many actors were written.
 */
NRP_API guint nrp_centrality_get_top (const NrpCentrality *centrality, guint wave,
                                  NrpCentralityMeasure measure, guint k, guint *actors);

/** The JSON name of @measure ("betweenness", "cross_sector_betweenness"...). */
NRP_API const char *nrp_centrality_measure_name (NrpCentralityMeasure measure);

G_END_DECLS

#endif /* NRPNET_CENTRALITY_H */
