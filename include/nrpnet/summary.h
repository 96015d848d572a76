/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/summary.h: the first per-wave measures.
 *
 * For each wave: actors present, ties, observed dyads, density, mean degree,
 * weak components and the share of actors in the largest, isolates,
 * transitivity, mutual dyads, ties within and across sectors and the E-I
 * index, the highest degrees, and each actor's degree (in, out, all).
 *
 * Conventions (the README explains each):
 *  - ties are counted per dyad: a pair tied by several relation types is
 *    one tie; for undirected data a tie is an unordered pair;
 *  - observed dyads = ordered (directed) or unordered (undirected) pairs of
 *    actors present at the wave, less the unobserved dyads of missing.csv;
 *    density = ties / observed dyads (as RSiena);
 *  - mean degree = ties / actors present for directed data (the mean
 *    out-degree, = mean in-degree, as RSiena's "average degree"), and
 *    2 ties / actors present for undirected data;
 *  - components are weak components among the actors present;
 *  - transitivity is the global clustering coefficient (3 x triangles /
 *    connected triples) of the undirected simple graph (direction ignored,
 *    a reciprocated pair counted once), NaN when there is no connected
 *    triple (as igraph_transitivity_undirected and NetworkX's transitivity
 *    on the undirected graph);
 *  - degree: in-degree and out-degree count arcs; "degree" is in + out for
 *    directed data (as igraph's IGRAPH_ALL and sna's freeman degree); for
 *    undirected data in = out = degree;
 *  - mutual dyads (directed data): unordered pairs tied in both directions;
 *  - E-I index (Krackhardt and Stern) of the whole network:
 *    (E - I) / (E + I), E = ties between sectors, I = ties within a sector,
 *    each tie counted once (an arc is one tie). -1: all ties bond within
 *    sectors; +1: all ties cross sectors.
 * Undefined values (density with no observed dyad, mean degree with no
 * actor present) are NaN.
 */
#ifndef NRPNET_SUMMARY_H
#define NRPNET_SUMMARY_H

/**
 * SECTION:summary
 * @title: The summary
 * @include: nrpnet.h
 * @short_description: The first per-wave measures
 *
 * The first per-wave measures.
 *
 * For each wave: actors present, ties, observed dyads, density, mean degree,
 * weak components and the share of actors in the largest, isolates,
 * transitivity, mutual dyads, ties within and across sectors and the E-I
 * index, the highest degrees, and each actor's degree (in, out, all).
 *
 * Conventions (the README explains each):
 *  - ties are counted per dyad: a pair tied by several relation types is
 *    one tie; for undirected data a tie is an unordered pair;
 *  - observed dyads = ordered (directed) or unordered (undirected) pairs of
 *    actors present at the wave, less the unobserved dyads of missing.csv;
 *    density = ties / observed dyads (as RSiena);
 *  - mean degree = ties / actors present for directed data (the mean
 *    out-degree, = mean in-degree, as RSiena's "average degree"), and
 *    2 ties / actors present for undirected data;
 *  - components are weak components among the actors present;
 *  - transitivity is the global clustering coefficient (3 x triangles /
 *    connected triples) of the undirected simple graph (direction ignored,
 *    a reciprocated pair counted once), NaN when there is no connected
 *    triple (as igraph_transitivity_undirected and NetworkX's transitivity
 *    on the undirected graph);
 *  - degree: in-degree and out-degree count arcs; "degree" is in + out for
 *    directed data (as igraph's IGRAPH_ALL and sna's freeman degree); for
 *    undirected data in = out = degree;
 *  - mutual dyads (directed data): unordered pairs tied in both directions;
 *  - E-I index (Krackhardt and Stern) of the whole network:
 *    (E - I) / (E + I), E = ties between sectors, I = ties within a sector,
 *    each tie counted once (an arc is one tie). -1: all ties bond within
 *    sectors; +1: all ties cross sectors.
 * Undefined values (density with no observed dyad, mean degree with no
 * actor present) are NaN.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpSummary:
 *
 * The per-wave summary of a network (nrp_summary_compute()); opaque, freed with
 * nrp_summary_free().
 */
typedef struct _NrpSummary NrpSummary;

/**
 * NrpWaveSummary:
 * @wave: 1-based wave number
 * @actors_present: actors present at the wave
 * @ties: distinct tied dyads
 * @observed_dyads: dyads among present actors, less missing
 * @missing_dyads: unobserved dyads among present actors
 * @density: ties / observed_dyads, in [0,1] or NaN
 * @mean_degree: see the header comment
 * @components: weak components among present actors
 * @largest_component: actors in the largest component
 * @largest_component_share: largest_component / actors_present, or NaN
 * @isolates: present actors with no tie at the wave
 * @transitivity: global clustering coefficient, or NaN
 * @mutual_dyads: directed: pairs tied both ways; 0 if undirected
 * @ties_within_sector: I: ties between actors of one sector
 * @ties_cross_sector: E: ties between actors of different sectors
 * @ei_index: (E - I) / (E + I), NaN with no tie
 * @max_degree: highest degree (in + out when directed)
 * @max_in_degree: highest in-degree (= max_degree if undirected)
 * @max_out_degree: highest out-degree (= max_degree if undirected)
 *
 * Whole-network measures of one wave. The library allocates it; fields
 * may be added at the end in later versions, never removed or reordered.
 */
typedef struct {
  guint wave;                       /* 1-based wave number */
  guint actors_present;             /* actors present at the wave */
  guint ties;                       /* distinct tied dyads */
  guint64 observed_dyads;           /* dyads among present actors, less missing */
  guint missing_dyads;              /* unobserved dyads among present actors */
  double density;                   /* ties / observed_dyads, in [0,1] or NaN */
  double mean_degree;               /* see the header comment */
  guint components;                 /* weak components among present actors */
  guint largest_component;          /* actors in the largest component */
  double largest_component_share;   /* largest_component / actors_present, or NaN */
  guint isolates;                   /* present actors with no tie at the wave */
  double transitivity;              /* global clustering coefficient, or NaN */
  guint mutual_dyads;               /* directed: pairs tied both ways; 0 if undirected */
  guint ties_within_sector;         /* I: ties between actors of one sector */
  guint ties_cross_sector;          /* E: ties between actors of different sectors */
  double ei_index;                  /* (E - I) / (E + I), NaN with no tie */
  guint max_degree;                 /* highest degree (in + out when directed) */
  guint max_in_degree;              /* highest in-degree (= max_degree if undirected) */
  guint max_out_degree;             /* highest out-degree (= max_degree if undirected) */
} NrpWaveSummary;

/**
 * NrpDegreeMode:
 * @NRP_DEGREE_ALL: in + out (directed); the degree (undirected)
 * @NRP_DEGREE_IN: ties received (directed data)
 * @NRP_DEGREE_OUT: ties sent (directed data)
 *
 * Which ties a degree counts.
 */
typedef enum {
  NRP_DEGREE_ALL = 0,  /* in + out (directed); the degree (undirected) */
  NRP_DEGREE_IN,
  NRP_DEGREE_OUT
} NrpDegreeMode;

/**
 * nrp_summary_compute:
 * @network: the network
 * @error: return location for a #GError, or NULL
 *
 * Computes the per-wave measures of every wave of @network.
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails (out of memory).
 *
 * Time complexity: O(k (n + m log m + m d)) for k waves, n actors, m ties per
 * wave and maximum degree d (the transitivity count).
 *
 * Returns: (transfer full) (nullable): the summary, or NULL and @error.
 */
NRP_API NrpSummary *nrp_summary_compute (const NrpNetwork *network, GError **error);
/**
 * nrp_summary_free:
 * @summary: a summary
 *
 * Frees @summary and all it owns; NULL is ignored.
 *
 * Time complexity: O(w n).
 */
NRP_API void nrp_summary_free (NrpSummary *summary);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpSummary, nrp_summary_free)

/**
 * nrp_summary_get_n_waves:
 * @summary: a summary
 *
 * The waves of @summary.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of waves.
 */
NRP_API guint nrp_summary_get_n_waves (const NrpSummary *summary);
/**
 * nrp_summary_get_wave:
 * @summary: a summary
 * @wave: a wave of the network, 1-based
 *
 * The measures of @wave (1-based). Borrowed from @summary.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpWaveSummary *nrp_summary_get_wave (const NrpSummary *summary, guint wave);
/**
 * nrp_summary_get_degrees:
 * @summary: a summary
 * @wave: a wave of the network, 1-based
 * @mode: all ties, in-ties or out-ties (the same when undirected) (#NrpDegreeMode)
 *
 * Each actor's degree at @wave.
 *
 * Time complexity: O(1).
 *
 * Returns: (array): the degree of every actor at @wave, indexed as in the
 *   network (n_actors entries; 0 for actors absent at the wave). Borrowed.
 */
NRP_API const guint *nrp_summary_get_degrees (const NrpSummary *summary, guint wave,
                                              NrpDegreeMode mode);

/**
 * NrpBetweennessSample:
 * @epsilon: the additive error asked for, of the normalised betweenness
 * @delta: the probability that some estimate misses it
 * @samples: the shortest paths drawn (0: none needed, every value exactly 0)
 * @max_error: what the guarantee means on the betweenness itself: with
 *   probability at least 1 - @delta every estimate of the wave is within
 *   @max_error of the exact value (@epsilon n (n - 1), half that when
 *   undirected, n the actors present)
 *
 * How a wave's betweenness was sampled (nrp_betweenness_sample()).
 * Read-only; only handed out by pointer.
 */
typedef struct {
  double epsilon;
  double delta;
  guint samples;
  double max_error;
} NrpBetweennessSample;

/**
 * nrp_summary_add_sampled_betweenness:
 * @summary: a summary of @network
 * @network: the network
 * @epsilon: nrp_betweenness_sample()'s epsilon, between 0 and 1
 * @delta: nrp_betweenness_sample()'s delta, between 0 and 1
 * @seed: the seed of the draws
 * @threads: threads (0: one per processor); the result does not depend on it
 * @error: return location for a #GError, or NULL
 *
 * Adds each wave's sampled betweenness (nrp_betweenness_sample()) to the
 * summary, for networks too big for the exact one: its JSON then holds
 * each wave's "betweenness_sample" (epsilon, delta, samples, max_error) and
 * each actor's "betweenness_estimate".
 *
 * Errors: NRP_ERROR_ARGUMENT, as nrp_betweenness_sample(), for @epsilon or
 * @delta outside (0, 1) or needing more than NRP_MAX_SAMPLES paths, or
 * @threads above NRP_MAX_THREADS (@summary unchanged).
 *
 * Time complexity: that of nrp_betweenness_sample() for each wave.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_summary_add_sampled_betweenness (NrpSummary *summary,
                                                      const NrpNetwork *network, double epsilon,
                                                      double delta, guint64 seed, guint threads,
                                                      GError **error);
/**
 * nrp_summary_get_sampled_betweenness:
 * @summary: a summary
 * @wave: the wave (1-based)
 * @info: (out) (optional) (transfer none): how it was sampled, or NULL
 *   when it was not
 *
 * The sampled betweenness nrp_summary_add_sampled_betweenness() added.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): one value per actor (NaN when absent),
 *   or NULL when none was added.
 */
NRP_API const double *nrp_summary_get_sampled_betweenness (const NrpSummary *summary, guint wave,
                                                           const NrpBetweennessSample **info);
/**
 * nrp_summary_to_json:
 * @summary: a summary
 * @network: the network
 * @pretty: indent the output
 *
 * The summary as a JSON report (schema_version 1; the names are those of
 * DESIGN.md section 6 and the README; NaN is null).
 *
 * Time complexity: O(w n).
 *
 * Returns: (transfer full): a NUL-terminated UTF-8 string; g_free() it.
 */
NRP_API char *nrp_summary_to_json (const NrpSummary *summary, const NrpNetwork *network,
                                   gboolean pretty);

G_END_DECLS

#endif /* NRPNET_SUMMARY_H */
