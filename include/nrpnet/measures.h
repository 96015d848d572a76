/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/measures.h: the whole-network measures by name.
 *
 * Wave comparison (nrpnet/change.h) and the study (nrpnet/study.h) work on
 * whole-network measures chosen by name. The names are those of the JSON
 * report's wave objects (DESIGN.md section 6), a nested member spelt with a
 * dot: "density", "ei_index", "share_cross_sector",
 * "centralization.betweenness", "brokerage.liaison". Each measure means
 * exactly what it means in the report (nrpnet/summary.h, mixing.h,
 * centrality.h, brokerage.h); counts are returned as doubles, undefined
 * values as NaN.
 */
#ifndef NRPNET_MEASURES_H
#define NRPNET_MEASURES_H

/**
 * SECTION:measures
 * @title: Measures by name
 * @include: nrpnet.h
 * @short_description: The whole-network measures by name
 *
 * The whole-network measures by name.
 *
 * Wave comparison (nrpnet/change.h) and the study (nrpnet/study.h) work on
 * whole-network measures chosen by name. The names are those of the JSON
 * report's wave objects (DESIGN.md section 6), a nested member spelt with a
 * dot: "density", "ei_index", "share_cross_sector",
 * "centralization.betweenness", "brokerage.liaison". Each measure means
 * exactly what it means in the report (nrpnet/summary.h, mixing.h,
 * centrality.h, brokerage.h); counts are returned as doubles, undefined
 * values as NaN.
 */

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpMeasureSource:
 * @NRP_MEASURE_SUMMARY: nrpnet/summary.h: O(m log m)
 * @NRP_MEASURE_MIXING: nrpnet/mixing.h: O(m + s^2)
 * @NRP_MEASURE_CENTRALITY: Freeman degree centralization: O(m)
 * @NRP_MEASURE_BROKERAGE: nrpnet/brokerage.h: O(sum of in x out degrees)
 * @NRP_MEASURE_PATHS: betweenness and closeness centralization: all shortest
 *   paths, O(n m)
 *
 * Where a measure comes from, which is also what it costs.
 */
typedef enum {
  NRP_MEASURE_SUMMARY = 0,   /* nrpnet/summary.h: O(m log m) */
  NRP_MEASURE_MIXING,        /* nrpnet/mixing.h: O(m + s^2) */
  NRP_MEASURE_CENTRALITY,    /* Freeman degree centralization: O(m) */
  NRP_MEASURE_BROKERAGE,     /* nrpnet/brokerage.h: O(sum of in x out degrees) */
  NRP_MEASURE_PATHS          /* betweenness and closeness centralization: all shortest
                              * paths, O(n m) */
} NrpMeasureSource;

/**
 * nrp_measure_count:
 *
 * The number of named measures (their indices are 0 .. count - 1).
 *
 * Time complexity: O(1).
 *
 * Returns: the number of measures.
 */
NRP_API guint nrp_measure_count (void);
/**
 * nrp_measure_name:
 * @measure: a measure index, below nrp_measure_count()
 *
 * The name of @measure, as the JSON report spells it.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_measure_name (guint measure);
/**
 * nrp_measure_description:
 * @measure: a measure index, below nrp_measure_count()
 *
 * One line saying what @measure is.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_measure_description (guint measure);
/**
 * nrp_measure_source:
 * @measure: a measure index, below nrp_measure_count()
 *
 * Which computation @measure comes from (and so what it costs).
 *
 * Time complexity: O(1).
 *
 * Returns: the source.
 */
NRP_API NrpMeasureSource nrp_measure_source (guint measure);
/**
 * nrp_measure_depends_on_sectors:
 * @measure: a measure index, below nrp_measure_count()
 *
 * TRUE when the measure changes if the actors' sectors are shuffled (the
 * E-I index, tie classes, assortativity...): for these a label-permutation
 * test is the natural null model. FALSE for measures of the graph alone
 * (density...) and for the expected E-I, which depends only on the sector
 * sizes.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_measure_depends_on_sectors (guint measure);

/**
 * nrp_measure_find:
 * @name: a measure name, as nrp_measure_name() gives it
 * @measure: (out): its index
 *
 * Looks up a measure by its JSON name.
 *
 * Time complexity: O(M) for M measures.
 *
 * Returns: TRUE if @name is a measure.
 */
NRP_API gboolean nrp_measure_find (const char *name, guint *measure);

/**
 * nrp_measure_parse_list:
 * @list: comma-separated measure names ("ei_index,density"); spaces around a
 *   name are ignored; "all" stands for every measure
 * @n_measures: (out): how many were given
 * @error: return location for a #GError, or NULL
 *
 * Parses a comma-separated list of measure names ("all" for every one).
 *
 * Errors: NRP_ERROR_ARGUMENT for an unknown or repeated name, or an empty list.
 *
 * Time complexity: O(M L) for M measures and L names in @list.
 *
 * Returns: (transfer full) (nullable): the measures' indices, or NULL and
 *   @error (NRP_ERROR_ARGUMENT naming the first unknown or repeated name).
 */
NRP_API guint *nrp_measure_parse_list (const char *list, guint *n_measures, GError **error);

/**
 * nrp_measure_is_count:
 * @measure: a measure index, below nrp_measure_count()
 *
 * Whether @measure counts something (ties, actors, components, brokerage
 * paths...): its values are whole numbers, and the program prints them so.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE for a count.
 */
NRP_API gboolean nrp_measure_is_count (guint measure);

/**
 * nrp_measure_is_costly:
 * @measure: a measure index, below nrp_measure_count()
 *
 * TRUE for the measures that need all shortest paths (betweenness and
 * closeness centralization), about a second for 5,000 actors: wave
 * comparison estimates their change only when asked for by name.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_measure_is_costly (guint measure);

/**
 * NRP_MEASURES_CROSS_SECTOR:
 *
 * The cross-sector measures a study compares by default, comma-separated.
 */
#define NRP_MEASURES_CROSS_SECTOR "share_cross_sector,ei_index,share_bridging,share_linking,assortativity"

/**
 * nrp_measures_compute:
 * @network: the network
 * @measures: (array length=n_measures): measure indices
 * @n_measures: the number of @measures
 * @values: (out caller-allocates): n_waves * n_measures values, [(wave - 1) *
 *   n_measures + k]
 * @error: return location for a #GError, or NULL
 *
 * Computes only what the chosen measures need.
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails.
 *
 * Time complexity: that of the measures' sources: O(w (n + m)) for the counts,
 * O(w n m) for the path measures.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_measures_compute (const NrpNetwork *network, const guint *measures,
                                       guint n_measures, double *values, GError **error);

G_END_DECLS

#endif /* NRPNET_MEASURES_H */
