/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/report.h: every measure of a network, wave by wave, in one
 * object, and its JSON and CSV forms (what `nrpnet report` prints).
 */
#ifndef NRPNET_REPORT_H
#define NRPNET_REPORT_H

/**
 * SECTION:report
 * @title: The report
 * @include: nrpnet.h
 * @short_description: Every measure of a network, wave by wave, in one object,
 *   and its JSON and CSV forms (what `nrpnet report` prints)
 *
 * Every measure of a network, wave by wave, in one
 * object, and its JSON and CSV forms (what `nrpnet report` prints).
 */

#include <nrpnet/brokerage.h>
#include <nrpnet/centrality.h>
#include <nrpnet/communities.h>
#include <nrpnet/mixing.h>
#include <nrpnet/structure.h>
#include <nrpnet/survey.h>
#include <nrpnet/summary.h>

G_BEGIN_DECLS

/**
 * NrpReportOptions:
 *
 * Options of nrp_report_compute(); opaque, made by nrp_report_options_new().
 */
typedef struct _NrpReportOptions NrpReportOptions;
/**
 * NrpReport:
 *
 * Every measure of a network, wave by wave (nrp_report_compute()). It keeps no
 * pointer to the network: nrp_report_to_json() and nrp_report_write_csv() take
 * it. Opaque, freed with nrp_report_free().
 */
typedef struct _NrpReport NrpReport;

/**
 * nrp_report_options_new:
 *
 * Defaults: 999 E-I permutations with seed 1, unweighted paths, one thread
 * per processor, the top 5 actors per measure.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpReportOptions *nrp_report_options_new (void);
/**
 * nrp_report_options_free:
 * @options: the options
 *
 * Frees @options and all it owns; NULL is ignored.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_report_options_free (NrpReportOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpReportOptions, nrp_report_options_free)
/**
 * nrp_report_options_set_permutations:
 * @options: the options
 * @permutations: label permutations of the E-I test, 0 to NRP_MAX_PERMUTATIONS
 *   (0: no test)
 * @error: return location for a #GError
 *
 * The label permutations of the E-I test.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_PERMUTATIONS (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_report_options_set_permutations (NrpReportOptions *options,
                                                      guint permutations, GError **error);
/**
 * nrp_report_options_get_permutations:
 * @options: the options
 *
 * nrp_report_options_get_permutations: Returns: the E-I permutations (default
 * 999).
 *
 * Time complexity: O(1).
 *
 * Returns: the permutations (default 999).
 */
NRP_API guint nrp_report_options_get_permutations (const NrpReportOptions *options);
/**
 * nrp_report_options_set_seed:
 * @options: the options
 * @seed: the seed of the random draws
 *
 * nrp_report_options_set_seed: the seed of the permutations and of community
 * detection.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_report_options_set_seed (NrpReportOptions *options, guint64 seed);
/**
 * nrp_report_options_get_seed:
 * @options: the options
 *
 * nrp_report_options_get_seed: Returns: the seed (default 1).
 *
 * Time complexity: O(1).
 *
 * Returns: the seed (default 1).
 */
NRP_API guint64 nrp_report_options_get_seed (const NrpReportOptions *options);
/**
 * nrp_report_options_set_weighted:
 * @options: the options
 * @weighted: use tie weights (path length 1/weight)
 *
 * nrp_report_options_set_weighted: use tie weights in the path measures (length
 * 1/weight) and the spectral ones.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_report_options_set_weighted (NrpReportOptions *options, gboolean weighted);
/**
 * nrp_report_options_get_weighted:
 * @options: the options
 *
 * nrp_report_options_get_weighted: Returns: whether weights are used (default
 * FALSE).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_report_options_get_weighted (const NrpReportOptions *options);
/**
 * nrp_report_options_set_threads:
 * @options: the options
 * @threads: threads for the shortest-path measures, 0 (one per processor) to
 *   NRP_MAX_THREADS
 * @error: return location for a #GError
 *
 * The thread count changes the time only: the results are the same to the
 * last bit at any count.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_THREADS (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_report_options_set_threads (NrpReportOptions *options, guint threads,
                                                 GError **error);
/**
 * nrp_report_options_set_betweenness_sample:
 * @options: the options
 * @epsilon: 0 for exact betweenness (the default), or between 0 and 1: the
 *   additive error of nrp_betweenness_sample(), as in 0.01
 * @delta: the probability that some estimate misses its bound, between 0
 *   and 1 (default 0.1)
 * @error: return location for a #GError
 *
 * Betweenness sampled with a stated guarantee instead of counted, for
 * networks too big for the exact count: with probability at least 1 -
 * @delta every actor's estimate of a wave is within @epsilon n (n - 1) of
 * its exact betweenness (half that when undirected; nrp_betweenness_sample(),
 * seeded by nrp_report_options_set_seed()). Closeness and harmonic
 * closeness stay exact, from a search of the distances only (about a fifth
 * of the exact betweenness's time); cross-sector betweenness and
 * betweenness centralization are NaN, and the report's warnings say so for
 * each wave (nrp_report_get_betweenness_sample() gives the guarantee).
 * Unweighted only: nrp_report_compute() refuses it with weights.
 *
 * Errors: NRP_ERROR_ARGUMENT for @epsilon or @delta out of range (@options
 * unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_report_options_set_betweenness_sample (NrpReportOptions *options,
                                                            double epsilon, double delta,
                                                            GError **error);
/**
 * nrp_report_options_get_betweenness_sample:
 * @options: the options
 * @delta: (out) (optional): the delta
 *
 * Time complexity: O(1).
 *
 * Returns: the epsilon of the sampled betweenness, 0 when it is exact.
 */
NRP_API double nrp_report_options_get_betweenness_sample (const NrpReportOptions *options,
                                                          double *delta);
/**
 * nrp_report_options_get_threads:
 * @options: the options
 *
 * nrp_report_options_get_threads: Returns: the threads (default 0, one per
 * processor).
 *
 * Time complexity: O(1).
 *
 * Returns: the threads (default 0, one per processor).
 */
NRP_API guint nrp_report_options_get_threads (const NrpReportOptions *options);
/**
 * nrp_report_options_set_top:
 * @options: the options
 * @top: how many actors to list at most
 *
 * nrp_report_options_set_top: how many top actors per measure the report lists.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_report_options_set_top (NrpReportOptions *options, guint top);
/**
 * nrp_report_options_get_top:
 * @options: the options
 *
 * nrp_report_options_get_top: Returns: the top actors listed (default 5).
 *
 * Time complexity: O(1).
 *
 * Returns: the top actors listed (default 5).
 */
NRP_API guint nrp_report_options_get_top (const NrpReportOptions *options);
/**
 * nrp_report_options_set_progress:
 * @options: the options
 * @func: the callback, or NULL for none
 * @user_data: passed to @func
 *
 * Called with the share of the work done (0 to 1) after each part of the
 * report.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_report_options_set_progress (NrpReportOptions *options, NrpProgressFunc func,
                                              gpointer user_data);

/**
 * nrp_report_compute:
 * @network: the network
 * @options: (nullable): options, or NULL for the defaults
 * @error: return location for a #GError, or NULL
 *
 * Computes the summary, cross-sector connectivity, centrality, brokerage,
 * structural holes, bridges and communities (Leiden with 10 iterations and
 * multilevel, igraph's generator seeded with the report's seed) of every
 * wave. The report borrows @network: free the report before the network.
 *
 * A part that igraph cannot compute does not fail the report: that part is
 * NULL (its getter returns NULL; in JSON and CSV its values are null or
 * empty) and a warning names it and the reason
 * (nrp_report_get_warning()). Within centrality, a wave whose eigenvector
 * and PageRank, or whose centralization, cannot be computed has those NaN
 * with a warning, and the other measures stand. Only the summary, the
 * report's ground, fails the whole report.
 *
 * Errors: NRP_ERROR_COMPUTE if igraph fails on the summary.
 *
 * Time complexity: the sum of its parts, dominated by all shortest paths: O(w n
 * m) unweighted, O(w n m log n) weighted.
 *
 * Returns: (transfer full) (nullable): the report, or NULL and @error.
 */
NRP_API NrpReport *nrp_report_compute (const NrpNetwork *network, const NrpReportOptions *options,
                                       GError **error);
/**
 * nrp_report_free:
 * @report: a report
 *
 * Frees @report and all it owns; NULL is ignored.
 *
 * Time complexity: O(w (n + s^2)).
 */
NRP_API void nrp_report_free (NrpReport *report);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpReport, nrp_report_free)

/**
 * nrp_report_get_summary:
 * @report: a report
 *
 * The report's summary.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpSummary *nrp_report_get_summary (const NrpReport *report);
/**
 * nrp_report_get_mixing:
 * @report: a report
 *
 * The report's cross-sector measures.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): borrowed from the object; valid while it lives;
 *   NULL when they could not be computed (a warning says why).
 */
NRP_API const NrpMixing *nrp_report_get_mixing (const NrpReport *report);
/**
 * nrp_report_get_centrality:
 * @report: a report
 *
 * The report's centrality.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): borrowed from the object; valid while it lives;
 *   NULL when they could not be computed (a warning says why).
 */
NRP_API const NrpCentrality *nrp_report_get_centrality (const NrpReport *report);
/**
 * nrp_report_get_betweenness_sample:
 * @report: a report
 * @wave: the wave (1-based)
 *
 * How wave @wave's betweenness was sampled, when the report was computed
 * with nrp_report_options_set_betweenness_sample(): the shortest paths
 * drawn and the bound every estimate keeps with probability 1 - delta.
 *
 * Time complexity: O(1).
 *
 * Returns: (nullable): the sampling, owned by @report; NULL when betweenness
 *   is exact or centrality could not be computed.
 */
NRP_API const NrpBetweennessSample *nrp_report_get_betweenness_sample (const NrpReport *report,
                                                                      guint wave);
/**
 * nrp_report_get_brokerage:
 * @report: a report
 *
 * The report's brokerage.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): borrowed from the object; valid while it lives;
 *   NULL when they could not be computed (a warning says why).
 */
NRP_API const NrpBrokerage *nrp_report_get_brokerage (const NrpReport *report);
/**
 * nrp_report_get_structure:
 * @report: a report
 *
 * The report's structural holes and bridges.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): borrowed from the object; valid while it lives;
 *   NULL when they could not be computed (a warning says why).
 */
NRP_API const NrpStructure *nrp_report_get_structure (const NrpReport *report);
/**
 * nrp_report_get_communities:
 * @report: a report
 *
 * The report's communities.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): borrowed from the object; valid while it lives;
 *   NULL when they could not be computed (a warning says why).
 */
NRP_API const NrpCommunities *nrp_report_get_communities (const NrpReport *report);

/**
 * nrp_report_get_n_warnings:
 * @report: a report
 *
 * How many parts or measures of @report could not be computed (see
 * nrp_report_compute()). The network's own load warnings are
 * nrp_network_get_warning()'s.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of warnings, 0 for a complete report.
 */
NRP_API guint nrp_report_get_n_warnings (const NrpReport *report);
/**
 * nrp_report_get_warning:
 * @report: a report
 * @i: 0 to nrp_report_get_n_warnings() - 1
 *
 * One warning, in the order the parts were computed: it names the part (and
 * the wave) and says why it is null, for example "communities is null: it
 * could not be computed: ...".
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): a UTF-8 string borrowed from the report.
 */
NRP_API const char *nrp_report_get_warning (const NrpReport *report, guint i);

/**
 * nrp_report_add_resident_reach:
 * @report: a report of @network
 * @network: the system players' network
 * @survey: a survey with its ego networks (nrp_survey_load_ego()), whose
 *   alters name system players in alters.csv's actor column
 * @error: return location for a #GError, or NULL
 *
 * Joins the two networks: each system player's resident_reach at each wave,
 * the weighted number of respondents of that wave who named it (a
 * respondent counts once however many of its alters name the player; one
 * with alters_answered 0 not at all), in the report's JSON actors objects
 * (with resident_reach_change from the wave before) and its actors.csv.
 * Alters at waves @network does not have, and alters naming a player at
 * a wave @network has it absent, are left out with a warning; an absent
 * player's reach at that wave is NaN, as is that of a respondent joined
 * by nrp_network_new_with_residents().
 *
 * Errors: NRP_ERROR_VALUE for an actor id that is not a system player of
 * @network, naming alters.csv's line and column.
 *
 * Time complexity: O(A) for A alters naming players, plus O(w n).
 *
 * Returns: TRUE, or FALSE and @error (@report unchanged).
 */
NRP_API gboolean nrp_report_add_resident_reach (NrpReport *report, const NrpNetwork *network,
                                                const NrpSurvey *survey, GError **error);

/**
 * nrp_report_get_resident_reach:
 * @report: a report
 * @wave: a wave of the report's network, 1-based
 *
 * Each actor's resident_reach at @wave (nrp_report_add_resident_reach()):
 * NaN for a player absent then and for a joined respondent.
 *
 * Time complexity: O(1).
 *
 * Returns: (array) (nullable): n_actors values, borrowed from the report;
 *   NULL before nrp_report_add_resident_reach().
 */
NRP_API const double *nrp_report_get_resident_reach (const NrpReport *report, guint wave);

/**
 * nrp_report_to_json:
 * @report: the report
 * @network: the network @report was computed on (a report keeps no pointer to
 *   it)
 * @pretty: indent the document
 *
 * The full JSON report (names as in DESIGN.md section 6 and the README;
 * NaN is null).
 *
 * Time complexity: O(w (n + s^2 + b)) for w waves, n actors, s sectors and b
 * bridges.
 *
 * Returns: (transfer full): a NUL-terminated UTF-8 string; g_free() it.
 */
NRP_API char *nrp_report_to_json (const NrpReport *report, const NrpNetwork *network,
                                  gboolean pretty);

/**
 * nrp_report_write_csv:
 * @report: the report
 * @network: the network @report was computed on
 * @dir: a directory, created if needed
 * @flags: NRP_CSV_BOM for a byte order mark (Excel), else NRP_CSV_DEFAULT
 * @error: return location for a #GError
 *
 * Writes the report as spreadsheet tables into @dir: waves.csv (one row per
 * wave, every whole-network measure), actors.csv (one row per actor present
 * at each wave, every per-actor measure), mixing.csv (wave, sector,
 * other_sector, ties, density), sectors.csv (wave, sector, label, power,
 * actors, both E-I conventions, mean/median/max of each centrality) and
 * bridges.csv (wave, kind = bridge, local_bridge or articulation_point,
 * source, target, span). UTF-8 (with a byte order mark under NRP_CSV_BOM),
 * CRLF, numbers in their shortest exact form, undefined values empty; a
 * text cell starting
 * with = + - @ (or a tab or CR) is prefixed with an apostrophe so a
 * spreadsheet never evaluates it.
 *
 * Errors: NRP_ERROR_IO when @dir or a file in it cannot be written.
 *
 * Time complexity: O(w (n + s^2 + b)) for w waves, n actors, s sectors and b
 * bridges.
 *
 * Returns: TRUE, or FALSE and @error (NRP_ERROR_IO).
 */
NRP_API gboolean nrp_report_write_csv (const NrpReport *report, const NrpNetwork *network,
                                       const char *dir, NrpCsvFlags flags, GError **error);

G_END_DECLS

#endif /* NRPNET_REPORT_H */
