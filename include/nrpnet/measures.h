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

#include <nrpnet/network.h>

G_BEGIN_DECLS

/** Where a measure comes from, which is also what it costs. */
typedef enum {
  NRP_MEASURE_SUMMARY = 0,   /* nrpnet/summary.h: O(m log m) */
  NRP_MEASURE_MIXING,        /* nrpnet/mixing.h: O(m + s^2) */
  NRP_MEASURE_CENTRALITY,    /* Freeman degree centralization: O(m) */
  NRP_MEASURE_BROKERAGE,     /* nrpnet/brokerage.h: O(sum of in x out degrees) */
  NRP_MEASURE_PATHS          /* betweenness and closeness centralization: all shortest
                              * paths, O(n m) */
} NrpMeasureSource;

/** The number of named measures (their indices are 0 .. count - 1). */
NRP_API guint nrp_measure_count (void);
/** The name of @measure, as the JSON report spells it. */
NRP_API const char *nrp_measure_name (guint measure);
/** One line saying what @measure is. */
NRP_API const char *nrp_measure_description (guint measure);
NRP_API NrpMeasureSource nrp_measure_source (guint measure);
/**
 * nrp_measure_depends_on_sectors:
 *
 * TRUE when the measure changes if the actors' sectors are shuffled (the
 * E-I index, tie classes, assortativity...): for these a label-permutation
 * test is the natural null model. FALSE for measures of the graph alone
 * (density...) and for the expected E-I, which depends only on the sector
 * sizes.
 */
NRP_API gboolean nrp_measure_depends_on_sectors (guint measure);

/**
 * nrp_measure_find:
 * @name: a measure name, as nrp_measure_name() gives it
 * @measure: (out): its index
 *
 * Returns: TRUE if @name is a measure.
 */
NRP_API gboolean nrp_measure_find (const char *name, guint *measure);

/**
 * nrp_measure_parse_list:
 * @list: comma-separated measure names ("ei_index,density"); spaces around
 *   a name are ignored; "all" stands for every measure
 * @n_measures: (out): how many were given
 *
 * Returns: (transfer full) (nullable): the measures' indices, or NULL and
 * @error (NRP_ERROR_ARGUMENT naming the first unknown or repeated name).
 */
NRP_API guint *nrp_measure_parse_list (const char *list, guint *n_measures, GError **error);

/**
 * nrp_measure_is_costly:
 *
 * TRUE for the measures that need all shortest paths (betweenness and
 * closeness centralization), about a second for 5,000 actors: wave
 * comparison estimates their change only when asked for by name.
 */
NRP_API gboolean nrp_measure_is_costly (guint measure);

/** The cross-sector measures a study compares by default, comma-separated. */
#define NRP_MEASURES_CROSS_SECTOR "share_cross_sector,ei_index,share_bridging,share_linking,assortativity"

/**
 * nrp_measures_compute:
 * @measures: (array length=n_measures): measure indices
 * @values: (out caller-allocates): n_waves * n_measures values,
 *   [(wave - 1) * n_measures + k]
 *
 * Computes only what the chosen measures need.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_measures_compute (const NrpNetwork *network, const guint *measures,
                                       guint n_measures, double *values, GError **error);

G_END_DECLS

#endif /* NRPNET_MEASURES_H */
