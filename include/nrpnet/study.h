/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/study.h: intervention against comparator areas.
 *
 * A study is one network whose actors carry an area (actors.csv column
 * `area`), a file assigning each area to an arm (areas.csv: `area,arm`, arm
 * `intervention` or `comparator`), and optionally outcomes the user
 * measured per area and wave (outcomes.csv: `area,wave`, then one column
 * per outcome; an empty cell or NA is a missing value).
 *
 * For each chosen measure M (a whole-network measure of nrpnet/measures.h
 * computed on each area's own network, or an outcome column):
 *
 *   DiD = mean over intervention areas of (M_post - M_pre)
 *       - mean over comparator areas of (M_post - M_pre)
 *
 * over the areas where M is defined at both waves. Its p-value comes from a
 * randomisation test: the areas are reassigned to the arms in every
 * possible way keeping the arms' sizes (C(18, 9) = 48,620 ways for 9 + 9
 * areas) when there are at most max_exact ways, else in that many random
 * ways (Monte Carlo, p = (1 + extreme) / (1 + draws)); two-sided, extreme
 * meaning |DiD*| >= |DiD|. The confidence interval inverts the same test
 * under a constant additive effect (Rosenbaum, Observational Studies,
 * 2002, section 2.6): the effects t for which the test on the changes less
 * t in the intervention areas gives p > 1 - level. It is NaN at either end
 * when no effect would be rejected there, as happens when the study has too
 * few areas (with 2 + 2 areas no p-value is below 1/3).
 */
#ifndef NRPNET_STUDY_H
#define NRPNET_STUDY_H

/**
 * SECTION:study
 * @title: The study
 * @include: nrpnet.h
 * @short_description: Intervention against comparator areas
 *
 * Intervention against comparator areas.
 *
 * A study is one network whose actors carry an area (actors.csv column
 * `area`), a file assigning each area to an arm (areas.csv: `area,arm`, arm
 * `intervention` or `comparator`), and optionally outcomes the user
 * measured per area and wave (outcomes.csv: `area,wave`, then one column
 * per outcome; an empty cell or NA is a missing value).
 *
 * For each chosen measure M (a whole-network measure of nrpnet/measures.h
 * computed on each area's own network, or an outcome column):
 *
 *   DiD = mean over intervention areas of (M_post - M_pre)
 *       - mean over comparator areas of (M_post - M_pre)
 *
 * over the areas where M is defined at both waves. Its p-value comes from a
 * randomisation test: the areas are reassigned to the arms in every
 * possible way keeping the arms' sizes (C(18, 9) = 48,620 ways for 9 + 9
 * areas) when there are at most max_exact ways, else in that many random
 * ways (Monte Carlo, p = (1 + extreme) / (1 + draws)); two-sided, extreme
 * meaning |DiD*| >= |DiD|. The confidence interval inverts the same test
 * under a constant additive effect (Rosenbaum, Observational Studies,
 * 2002, section 2.6): the effects t for which the test on the changes less
 * t in the intervention areas gives p > 1 - level. It is NaN at either end
 * when no effect would be rejected there, as happens when the study has too
 * few areas (with 2 + 2 areas no p-value is below 1/3).
 */

#include <nrpnet/measures.h>

G_BEGIN_DECLS

/**
 * NrpArm:
 * @NRP_ARM_INTERVENTION: an area of the programme
 * @NRP_ARM_COMPARATOR: an area chosen for comparison
 *
 * The arm of a study area.
 */
typedef enum {
  NRP_ARM_INTERVENTION = 0,
  NRP_ARM_COMPARATOR
} NrpArm;

/**
 * NrpStudyDesign:
 *
 * A study's areas with their arms, and its outcomes (nrp_study_design_load());
 * opaque, freed with nrp_study_design_free().
 */
typedef struct _NrpStudyDesign NrpStudyDesign;
/**
 * NrpStudyOptions:
 *
 * Options of nrp_study_compute(); opaque, made by nrp_study_options_new().
 */
typedef struct _NrpStudyOptions NrpStudyOptions;
/**
 * NrpStudy:
 *
 * A study's per-area values and its differences in differences
 * (nrp_study_compute()); opaque, freed with nrp_study_free().
 */
typedef struct _NrpStudy NrpStudy;

/**
 * nrp_study_design_load:
 * @areas_path: areas.csv (columns area, arm)
 * @outcomes_path: (nullable): outcomes.csv, or NULL
 * @error: return location for a #GError, or NULL
 *
 * Reads areas.csv and outcomes.csv as strictly as the network's files:
 * errors name file, line and column (a repeated area or area and wave, an
 * arm that is neither intervention nor comparator, an outcome area not in
 * areas.csv, a value that is not a number, an outcome column named like a
 * network measure). Extra columns of areas.csv are ignored.
 *
 * Errors: NRP_ERROR_IO, NRP_ERROR_EMPTY, NRP_ERROR_SYNTAX, NRP_ERROR_ENCODING,
 * NRP_ERROR_TOO_LONG, NRP_ERROR_HEADER, NRP_ERROR_VALUE, NRP_ERROR_DUPLICATE,
 * each with file, line and column; nothing is returned half-loaded.
 *
 * Time complexity: O(B) for B input bytes.
 *
 * Returns: (transfer full) (nullable): the design, or NULL and @error.
 */
NRP_API NrpStudyDesign *nrp_study_design_load (const char *areas_path, const char *outcomes_path,
                                               GError **error);
/**
 * nrp_study_design_load_sample:
 * @error: return location for a #GError, or NULL
 *
 * The bundled sample study's areas.csv and outcomes.csv.
 *
 * Errors: NRP_ERROR_IO if the bundled files are missing (a broken build).
 *
 * Time complexity: O(B) for the B bytes of the sample's files.
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpStudyDesign *nrp_study_design_load_sample (GError **error);
/**
 * nrp_study_design_free:
 * @design: a study design
 *
 * Frees @design and all it owns; NULL is ignored.
 *
 * Time complexity: O(A).
 */
NRP_API void nrp_study_design_free (NrpStudyDesign *design);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStudyDesign, nrp_study_design_free)

/**
 * nrp_study_options_new:
 *
 * Defaults: the cross-sector measures (NRP_MEASURES_CROSS_SECTOR) and every
 * outcome; the first and the last wave; each area's own actors without the
 * regional ones; exact enumeration up to 1,000,000 assignments, else
 * 100,000 random ones; seed 1; 95% intervals.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpStudyOptions *nrp_study_options_new (void);
/**
 * nrp_study_options_free:
 * @options: the options
 *
 * Frees @options and all it owns; NULL is ignored.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_free (NrpStudyOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStudyOptions, nrp_study_options_free)
/**
 * nrp_study_options_set_measures:
 * @options: the options
 * @list: (nullable): comma-separated names, or NULL for the default
 *
 * Comma-separated measure and outcome names; NULL for the default.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_set_measures (NrpStudyOptions *options, const char *list);
/**
 * nrp_study_options_set_waves:
 * @options: the options
 * @pre: the pre and post waves, two different waves (or both 0: the network's
 *   first and last)
 * @post: the pre and post waves, two different waves (or both 0: the network's
 *   first and last)
 * @error: return location for a #GError
 *
 * The pre and post waves.
 *
 * Errors: NRP_ERROR_ARGUMENT for equal waves or only one of them 0 (@options
 * unchanged). A wave the network does not have is found by nrp_study_compute().
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_waves (NrpStudyOptions *options, guint pre, guint post,
                                              GError **error);
/**
 * nrp_study_options_get_waves:
 * @options: the options
 * @pre: the pre wave (0: the first)
 * @post: the post wave (0: the last)
 *
 * nrp_study_options_get_waves: the pre and post waves (default 0 and 0: first
 * and last).
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_get_waves (const NrpStudyOptions *options, guint *pre,
                                          guint *post);
/**
 * nrp_study_options_set_with_regional:
 * @options: the options
 * @with_regional: also keep the regional players (actors with no area)
 *
 * nrp_study_options_set_with_regional: also count the regional actors (no area)
 * in each area's network.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_set_with_regional (NrpStudyOptions *options, gboolean with_regional);
/**
 * nrp_study_options_get_with_regional:
 * @options: the options
 *
 * nrp_study_options_get_with_regional: Returns: whether regional actors count
 * (default FALSE).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_study_options_get_with_regional (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_max_exact:
 * @options: the options
 * @max_exact: the largest number of assignments enumerated
 *
 * nrp_study_options_set_max_exact: enumerate every assignment when there are at
 * most @max_exact.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_set_max_exact (NrpStudyOptions *options, guint64 max_exact);
/**
 * nrp_study_options_get_max_exact:
 * @options: the options
 *
 * nrp_study_options_get_max_exact: Returns: the enumeration limit (default
 * 1000000).
 *
 * Time complexity: O(1).
 *
 * Returns: the enumeration limit (default 1000000).
 */
NRP_API guint64 nrp_study_options_get_max_exact (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_draws:
 * @options: the options
 * @draws: random assignments drawn when there are more than max_exact, 1 to
 *   NRP_MAX_DRAWS
 * @error: return location for a #GError
 *
 * The random assignments of the randomisation test above max_exact.
 *
 * Errors: NRP_ERROR_ARGUMENT for 0 or above NRP_MAX_DRAWS (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_draws (NrpStudyOptions *options, guint draws,
                                              GError **error);
/**
 * nrp_study_options_get_draws:
 * @options: the options
 *
 * nrp_study_options_get_draws: Returns: the random assignments (default
 * 100000).
 *
 * Time complexity: O(1).
 *
 * Returns: the random assignments (default 100000).
 */
NRP_API guint nrp_study_options_get_draws (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_seed:
 * @options: the options
 * @seed: the seed of the random draws
 *
 * nrp_study_options_set_seed: the seed of the random assignments.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_set_seed (NrpStudyOptions *options, guint64 seed);
/**
 * nrp_study_options_get_seed:
 * @options: the options
 *
 * nrp_study_options_get_seed: Returns: the seed (default 1).
 *
 * Time complexity: O(1).
 *
 * Returns: the seed (default 1).
 */
NRP_API guint64 nrp_study_options_get_seed (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_confidence:
 * @options: the options
 * @level: the confidence level of the intervals, in (0, 1)
 * @error: return location for a #GError
 *
 * The confidence level of the intervals.
 *
 * Errors: NRP_ERROR_ARGUMENT outside (0, 1), NaN included (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_confidence (NrpStudyOptions *options, double level,
                                                   GError **error);
/**
 * nrp_study_options_get_confidence:
 * @options: the options
 *
 * nrp_study_options_get_confidence: Returns: the level (default 0.95).
 *
 * Time complexity: O(1).
 *
 * Returns: the level (default 0.95).
 */
NRP_API double nrp_study_options_get_confidence (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_threads:
 * @options: the options
 * @threads: threads for the areas, which are computed in parallel, 0 (one
 *   per processor) to NRP_MAX_THREADS
 * @error: return location for a #GError
 *
 * A study of many areas computes them in parallel, each into its own rows;
 * the results are the same to the last bit at any thread count.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_THREADS (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_threads (NrpStudyOptions *options, guint threads,
                                                GError **error);
/**
 * nrp_study_options_get_threads:
 * @options: the options
 *
 * nrp_study_options_get_threads: Returns: the threads (default 0, one per
 * processor).
 *
 * Time complexity: O(1).
 *
 * Returns: the threads (default 0, one per processor).
 */
NRP_API guint nrp_study_options_get_threads (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_shard:
 * @options: the options
 * @index: which shard, 1 to @count; 0 with @count 0 for none
 * @count: how many shards the areas split into, 1 to NRP_MAX_SHARDS
 * @error: return location for a #GError, or NULL
 *
 * Splits the areas over @count processes or machines:
 * nrp_study_compute() then measures only shard @index's areas
 * (floor(A (@index - 1) / @count) to floor(A @index / @count) - 1 of the A
 * areas of areas.csv) for nrp_study_shard_to_json(), and leaves the DiD to
 * the merge (nrp_study_options_add_shard()). An area's measures depend on
 * the network and the area alone, so the merged study is byte-identical to
 * one process measuring every area.
 *
 * Errors: NRP_ERROR_ARGUMENT unless 1 <= @index <= @count <= NRP_MAX_SHARDS
 * or both are 0 (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_shard (NrpStudyOptions *options, guint index,
                                              guint count, GError **error);
/**
 * nrp_study_options_get_shard:
 * @options: the options
 * @count: (out) (optional): the number of shards (0: none)
 *
 * The shard nrp_study_options_set_shard() set.
 *
 * Time complexity: O(1).
 *
 * Returns: the shard's index (0: not sharded).
 */
NRP_API guint nrp_study_options_get_shard (const NrpStudyOptions *options, guint *count);
/**
 * nrp_study_options_add_shard:
 * @options: the options
 * @json: a shard, as nrp_study_shard_to_json() wrote it
 * @length: the length of @json in bytes, or -1 when it is NUL-terminated
 * @name: (nullable): the shard's file name, for messages
 * @error: return location for a #GError, or NULL
 *
 * Adds a shard to merge: nrp_study_compute() with options holding all the
 * shards of a split measures no area and takes their values from the
 * shards instead. The merge's network, areas, network measures and
 * regional actors must be the shards'; nrp_study_compute() says which
 * shard differs (NRP_ERROR_CONFLICT) or is missing (NRP_ERROR_ARGUMENT).
 * The outcomes, waves and the randomisation's options are the merge's own.
 *
 * Errors: NRP_ERROR_SYNTAX when @json is not JSON; NRP_ERROR_VALUE when it
 * is not a study shard or a member is out of place, for a shard of another
 * split than those added, or one added twice. The error's file is @name.
 *
 * Time complexity: O(size of @json).
 *
 * Returns: TRUE, or FALSE and @error (@options unchanged).
 */
NRP_API gboolean nrp_study_options_add_shard (NrpStudyOptions *options, const char *json,
                                              gssize length, const char *name, GError **error);
/**
 * nrp_study_options_set_progress:
 * @options: the options
 * @func: the callback, or NULL for none
 * @user_data: passed to @func
 *
 * Called with the share of the work done (0 to 1) while the study runs, from
 * the calling thread.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_study_options_set_progress (NrpStudyOptions *options, NrpProgressFunc func,
                                             gpointer user_data);

/**
 * nrp_study_compute:
 * @network: the network
 * @design: a study design
 * @options: (nullable): options, or NULL for the defaults
 * @error: return location for a #GError, or NULL
 *
 * Each area's measures and outcomes at every wave and, for each, the difference
 * in differences with its randomisation test and interval (see the top of this
 * header).
 *
 * With a shard set (nrp_study_options_set_shard()), only the shard's areas
 * are measured and no DiD is computed: write the result with
 * nrp_study_shard_to_json(). With shards added
 * (nrp_study_options_add_shard()), no area is measured: their values come
 * from the shards, and the result is the same bits as one process
 * measuring every area.
 *
 * Errors: NRP_ERROR_VALUE, naming areas.csv or outcomes.csv with line and
 * column, for an area of areas.csv with no actor, an arm with no area or an
 * outcome wave the network does not have; NRP_ERROR_ARGUMENT for an unknown
 * measure name or a pre or post wave the network does not have, or a shard
 * of the merge that is missing; NRP_ERROR_CONFLICT, naming the shard, for a
 * shard computed from other data (network, areas, network measures or
 * regional actors) or holding other areas than its place in the split.
 *
 * Time complexity: O(A C + k R I) for A areas each costing C (the chosen
 * measures), k measures, R assignments per test and I (about 100) tests per
 * interval.
 *
 * Returns: (transfer full) (nullable): the study, or NULL and @error.
 */
NRP_API NrpStudy *nrp_study_compute (const NrpNetwork *network, const NrpStudyDesign *design,
                                     const NrpStudyOptions *options, GError **error);
/**
 * nrp_study_shard_to_json:
 * @study: a study computed with a shard set
 * @error: return location for a #GError, or NULL
 *
 * The shard's areas as JSON: the shard's index and count, a SHA-256 of the
 * data their measures read, the waves, the network measures, and each
 * area's name, actors and network measures at every wave (numbers as
 * "%.17g", which read back as the same bits; null where undefined). Merge
 * shards with nrp_study_options_add_shard().
 *
 * Errors: NRP_ERROR_ARGUMENT when @study was not computed with a shard set.
 *
 * Time complexity: O(a w k) for a areas, w waves and k measures.
 *
 * Returns: (transfer full) (nullable): the JSON (g_free()), or NULL and
 *   @error.
 */
NRP_API char *nrp_study_shard_to_json (const NrpStudy *study, GError **error);
/**
 * nrp_study_free:
 * @study: a study
 *
 * Frees @study and all it owns; NULL is ignored.
 *
 * Time complexity: O(A k w).
 */
NRP_API void nrp_study_free (NrpStudy *study);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStudy, nrp_study_free)

/**
 * nrp_study_get_n_areas:
 * @study: a study
 *
 * The areas of the study, in areas.csv order.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of areas.
 */
NRP_API guint nrp_study_get_n_areas (const NrpStudy *study);
/**
 * nrp_study_get_area:
 * @study: a study
 * @area: an area index, below nrp_study_get_n_areas()
 *
 * The name of area @area.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_study_get_area (const NrpStudy *study, guint area);
/**
 * nrp_study_get_arm:
 * @study: a study
 * @area: an area index, below nrp_study_get_n_areas()
 *
 * The arm of area @area.
 *
 * Time complexity: O(1).
 *
 * Returns: the arm.
 */
NRP_API NrpArm nrp_study_get_arm (const NrpStudy *study, guint area);
/**
 * nrp_study_get_area_actors:
 * @study: a study
 * @area: an area index, below nrp_study_get_n_areas()
 *
 * Actors of @area's network (with the regional ones when asked).
 *
 * Time complexity: O(1).
 *
 * Returns: actors of @area's network (with the regional ones when asked).
 */
NRP_API guint nrp_study_get_area_actors (const NrpStudy *study, guint area);
/**
 * nrp_arm_name:
 * @arm: an arm (#NrpArm)
 *
 * "intervention" or "comparator".
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_arm_name (NrpArm arm);
/**
 * nrp_study_get_pre_wave:
 * @study: a study
 *
 * The pre wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the wave, 1-based.
 */
NRP_API guint nrp_study_get_pre_wave (const NrpStudy *study);
/**
 * nrp_study_get_post_wave:
 * @study: a study
 *
 * The post wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the wave, 1-based.
 */
NRP_API guint nrp_study_get_post_wave (const NrpStudy *study);
/**
 * nrp_study_is_directed:
 * @study: a study
 *
 * Whether the network's ties are directed.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_study_is_directed (const NrpStudy *study);
/**
 * nrp_study_get_with_regional:
 * @study: a study
 *
 * Whether the regional actors counted in each area.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_study_get_with_regional (const NrpStudy *study);
/**
 * nrp_study_get_n_waves:
 * @study: a study
 *
 * Waves with values (the network's).
 *
 * Time complexity: O(1).
 *
 * Returns: waves with values (the network's).
 */
NRP_API guint nrp_study_get_n_waves (const NrpStudy *study);
/**
 * nrp_study_get_n_unlisted:
 * @study: a study
 *
 * Areas with actors that areas.csv does not list (left out of the study).
 *
 * Time complexity: O(1).
 *
 * Returns: areas with actors that areas.csv does not list (left out of the
 *   study).
 */
NRP_API guint nrp_study_get_n_unlisted (const NrpStudy *study);
/**
 * nrp_study_get_unlisted:
 * @study: a study
 * @k: an index below nrp_study_get_n_unlisted()
 *
 * The @k-th area with actors that areas.csv does not list.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_study_get_unlisted (const NrpStudy *study, guint k);

/**
 * nrp_study_get_n_measures:
 * @study: a study
 *
 * The measures and outcomes of the study.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of measures and outcomes.
 */
NRP_API guint nrp_study_get_n_measures (const NrpStudy *study);
/**
 * nrp_study_get_measure_name:
 * @study: a study
 * @measure: a measure index of the study, below nrp_study_get_n_measures()
 *
 * The name of measure @measure of the study.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_study_get_measure_name (const NrpStudy *study, guint measure);
/**
 * nrp_study_is_outcome:
 * @study: a study
 * @measure: a measure index of the study, below nrp_study_get_n_measures()
 *
 * TRUE for an outcome column, FALSE for a network measure.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_study_is_outcome (const NrpStudy *study, guint measure);
/**
 * nrp_study_get_value:
 * @study: a study
 * @area: an area index, below nrp_study_get_n_areas()
 * @measure: a measure index of the study, below nrp_study_get_n_measures()
 * @wave: a wave of the network, 1-based
 *
 * @measure of @area at @wave; NaN when undefined or missing.
 *
 * Time complexity: O(1).
 *
 * Returns: the value of @measure for @area at @wave; NaN when undefined or not
 *   in outcomes.csv.
 */
NRP_API double nrp_study_get_value (const NrpStudy *study, guint area, guint measure, guint wave);

/**
 * NrpDid:
 * @estimate: the DiD; NaN without an area in each arm
 * @change_intervention: mean of post - pre over intervention areas
 * @change_comparator: mean of post - pre over comparator areas
 * @n_intervention: areas where the measure is defined at both waves
 * @n_comparator: comparator areas where the measure is defined at both waves
 * @ci_low: the low end of the randomisation interval; NaN where unbounded
 * @ci_high: the high end; NaN where unbounded
 * @p_value: the two-sided randomisation p-value
 * @assignments: assignments enumerated, or random draws
 * @exact: TRUE: every assignment enumerated
 *
 * The difference in differences of one measure, with its randomisation test and
 * interval. Read-only and growable: members may be added at the end; only
 * handed out by pointer.
 */
typedef struct {
  double estimate;              /* the DiD; NaN without an area in each arm */
  double change_intervention;   /* mean of post - pre over intervention areas */
  double change_comparator;
  guint n_intervention;         /* areas where the measure is defined at both waves */
  guint n_comparator;
  double ci_low, ci_high;       /* NaN where unbounded (see above) */
  double p_value;
  guint64 assignments;          /* assignments enumerated, or random draws */
  gboolean exact;               /* TRUE: every assignment enumerated */
} NrpDid;

/**
 * nrp_study_get_did:
 * @study: a study
 * @measure: a measure index of the study, below nrp_study_get_n_measures()
 *
 * The difference in differences of measure @measure, with its test and
 * interval.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpDid *nrp_study_get_did (const NrpStudy *study, guint measure);
/**
 * nrp_study_get_confidence:
 * @study: a study
 *
 * The confidence level of the intervals.
 *
 * Time complexity: O(1).
 *
 * Returns: the level, in (0, 1).
 */
NRP_API double nrp_study_get_confidence (const NrpStudy *study);

/**
 * nrp_study_to_json:
 * @study: a study
 * @pretty: indent the document for reading
 *
 * {"schema_version": 1, "directed": ..., "study": {"pre_wave", "post_wave",
 * "with_regional", "confidence", "areas": [{"area", "arm", "actors",
 * "measures": {NAME: {"waves": [...], "pre", "post", "change"}}}],
 * "did": [{"measure", "outcome", "estimate", "change_intervention",
 * "change_comparator", "n_intervention", "n_comparator", "ci_low",
 * "ci_high", "p_value", "assignments", "exact"}], "unlisted_areas": [...]}}
 *
 * Time complexity: O(A k w) for A areas, k measures and w waves.
 *
 * Returns: (transfer full): the document; g_free() it.
 */
NRP_API char *nrp_study_to_json (const NrpStudy *study, gboolean pretty);

/**
 * nrp_study_write_csv:
 * @study: a study
 * @dir: a directory, created if needed
 * @flags: NRP_CSV_BOM for a byte order mark (Excel), else NRP_CSV_DEFAULT
 * @error: return location for a #GError, or NULL
 *
 * Writes study_areas.csv (area, arm, measure, pre, post, change) and
 * study_did.csv (measure, outcome, estimate, change_intervention,
 * change_comparator, n_intervention, n_comparator, ci_low, ci_high,
 * p_value, assignments, exact) into @dir, as nrp_report_write_csv().
 *
 * Errors: NRP_ERROR_IO when @dir or a file in it cannot be written.
 *
 * Time complexity: O(A k w) for A areas, k measures and w waves.
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_study_write_csv (const NrpStudy *study, const char *dir, NrpCsvFlags flags,
                                      GError **error);

/**
 * nrp_did_randomisation:
 * @changes: (array length=n): each area's change (post - pre)
 * @arms: (array length=n): each area's arm
 * @n: the number of areas
 * @shift: the effect under the null: @shift is taken from the intervention
 *   areas' changes first (0 for the test of no effect)
 * @max_exact: enumerate every assignment up to this many
 * @draws: random assignments above @max_exact
 * @seed: the seed of the random draws
 * @estimate: (out) (optional): the DiD of @changes
 * @assignments: (out) (optional): the assignments the p-value is over
 *
 * The randomisation test on its own, for data from elsewhere: the DiD of
 * @changes, its two-sided p-value and the number of assignments used
 * (exact when C(n, intervention areas) <= @max_exact, else @draws random
 * assignments from @seed). NaN changes must be left out by the caller.
 *
 * Time complexity: O(R) for R = min(C(n, k), max_exact) enumerated assignments,
 * else O(draws n).
 *
 * Returns: the p-value (NaN without an area in each arm).
 */
NRP_API double nrp_did_randomisation (const double *changes, const NrpArm *arms, guint n,
                                      double shift, guint64 max_exact, guint draws,
                                      guint64 seed, double *estimate, guint64 *assignments);

G_END_DECLS

#endif /* NRPNET_STUDY_H */
