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

#include <nrpnet/measures.h>

G_BEGIN_DECLS

typedef enum {
  NRP_ARM_INTERVENTION = 0,
  NRP_ARM_COMPARATOR
} NrpArm;

typedef struct _NrpStudyDesign NrpStudyDesign;
typedef struct _NrpStudyOptions NrpStudyOptions;
typedef struct _NrpStudy NrpStudy;

/**
 * nrp_study_design_load:
 * @outcomes_path: (nullable): outcomes.csv, or NULL
 *
 * Reads areas.csv and outcomes.csv as strictly as the network's files:
 * errors name file, line and column (a repeated area or area and wave, an
 * arm that is neither intervention nor comparator, an outcome area not in
 * areas.csv, a value that is not a number, an outcome column named like a
 * network measure). Extra columns of areas.csv are ignored.
 *
 * Returns: (transfer full) (nullable): the design, or NULL and @error.
 */
NRP_API NrpStudyDesign *nrp_study_design_load (const char *areas_path, const char *outcomes_path,
                                               GError **error);
/** The bundled sample study's areas.csv and outcomes.csv. */
NRP_API NrpStudyDesign *nrp_study_design_load_sample (GError **error);
NRP_API void nrp_study_design_free (NrpStudyDesign *design);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStudyDesign, nrp_study_design_free)

/**
 * nrp_study_options_new:
 *
 * Defaults: the cross-sector measures (NRP_MEASURES_CROSS_SECTOR) and every
 * outcome; the first and the last wave; each area's own actors without the
 * regional ones; exact enumeration up to 1,000,000 assignments, else
 * 100,000 random ones; seed 1; 95% intervals.
 */
NRP_API NrpStudyOptions *nrp_study_options_new (void);
NRP_API void nrp_study_options_free (NrpStudyOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStudyOptions, nrp_study_options_free)
/** Comma-separated measure and outcome names; NULL for the default. */
NRP_API void nrp_study_options_set_measures (NrpStudyOptions *options, const char *list);
/**
 * nrp_study_options_set_waves:
 * @options: the options
 * @pre: @post: the pre and post waves, two different waves (or both 0: the
 *   network's first and last)
 * @error: return location for a #GError
 *
 * Errors: NRP_ERROR_ARGUMENT for equal waves or only one of them 0
 * (@options unchanged). A wave the network does not have is found by
 * nrp_study_compute().
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_waves (NrpStudyOptions *options, guint pre, guint post,
                                              GError **error);
/** nrp_study_options_get_waves: the pre and post waves (default 0 and 0: first and last). */
NRP_API void nrp_study_options_get_waves (const NrpStudyOptions *options, guint *pre,
                                          guint *post);
/** nrp_study_options_set_with_regional: also count the regional actors (no area) in each area's network. */
NRP_API void nrp_study_options_set_with_regional (NrpStudyOptions *options, gboolean with_regional);
/** nrp_study_options_get_with_regional: Returns: whether regional actors count (default FALSE). */
NRP_API gboolean nrp_study_options_get_with_regional (const NrpStudyOptions *options);
/** nrp_study_options_set_max_exact: enumerate every assignment when there are at most @max_exact. */
NRP_API void nrp_study_options_set_max_exact (NrpStudyOptions *options, guint64 max_exact);
/** nrp_study_options_get_max_exact: Returns: the enumeration limit (default 1000000). */
NRP_API guint64 nrp_study_options_get_max_exact (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_draws:
 * @options: the options
 * @draws: random assignments drawn when there are more than max_exact, 1 to NRP_MAX_DRAWS
 * @error: return location for a #GError
 *
 * Errors: NRP_ERROR_ARGUMENT for 0 or above NRP_MAX_DRAWS (@options unchanged).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_draws (NrpStudyOptions *options, guint draws,
                                              GError **error);
/** nrp_study_options_get_draws: Returns: the random assignments (default 100000). */
NRP_API guint nrp_study_options_get_draws (const NrpStudyOptions *options);
/** nrp_study_options_set_seed: the seed of the random assignments. */
NRP_API void nrp_study_options_set_seed (NrpStudyOptions *options, guint64 seed);
/** nrp_study_options_get_seed: Returns: the seed (default 1). */
NRP_API guint64 nrp_study_options_get_seed (const NrpStudyOptions *options);
/**
 * nrp_study_options_set_confidence:
 * @options: the options
 * @level: the confidence level of the intervals, in (0, 1)
 * @error: return location for a #GError
 *
 * Errors: NRP_ERROR_ARGUMENT outside (0, 1), NaN included (@options unchanged).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_study_options_set_confidence (NrpStudyOptions *options, double level,
                                                   GError **error);
/** nrp_study_options_get_confidence: Returns: the level (default 0.95). */
NRP_API double nrp_study_options_get_confidence (const NrpStudyOptions *options);
NRP_API void nrp_study_options_set_progress (NrpStudyOptions *options, NrpProgressFunc func,
                                             gpointer user_data);

/**
 * nrp_study_compute:
 * @options: (nullable): options, or NULL for the defaults
 *
 * Errors: an area of areas.csv with no actor, fewer than one area in an
 * arm, an outcome wave the network does not have (each naming areas.csv or
 * outcomes.csv with line and column), an unknown measure name
 * (NRP_ERROR_ARGUMENT).
 *
 * Returns: (transfer full) (nullable): the study, or NULL and @error.
 */
NRP_API NrpStudy *nrp_study_compute (const NrpNetwork *network, const NrpStudyDesign *design,
                                     const NrpStudyOptions *options, GError **error);
NRP_API void nrp_study_free (NrpStudy *study);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpStudy, nrp_study_free)

NRP_API guint nrp_study_get_n_areas (const NrpStudy *study);
NRP_API const char *nrp_study_get_area (const NrpStudy *study, guint area);
NRP_API NrpArm nrp_study_get_arm (const NrpStudy *study, guint area);
/** Actors of @area's network (with the regional ones when asked). */
NRP_API guint nrp_study_get_area_actors (const NrpStudy *study, guint area);
/** "intervention" or "comparator". */
NRP_API const char *nrp_arm_name (NrpArm arm);
NRP_API guint nrp_study_get_pre_wave (const NrpStudy *study);
NRP_API guint nrp_study_get_post_wave (const NrpStudy *study);
NRP_API gboolean nrp_study_is_directed (const NrpStudy *study);
NRP_API gboolean nrp_study_get_with_regional (const NrpStudy *study);
/** Waves with values (the network's). */
NRP_API guint nrp_study_get_n_waves (const NrpStudy *study);
/** Areas with actors that areas.csv does not list (left out of the study). */
NRP_API guint nrp_study_get_n_unlisted (const NrpStudy *study);
NRP_API const char *nrp_study_get_unlisted (const NrpStudy *study, guint k);

NRP_API guint nrp_study_get_n_measures (const NrpStudy *study);
NRP_API const char *nrp_study_get_measure_name (const NrpStudy *study, guint measure);
/** TRUE for an outcome column, FALSE for a network measure. */
NRP_API gboolean nrp_study_is_outcome (const NrpStudy *study, guint measure);
/** @measure of @area at @wave; NaN when undefined or missing. */
NRP_API double nrp_study_get_value (const NrpStudy *study, guint area, guint measure, guint wave);

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

NRP_API const NrpDid *nrp_study_get_did (const NrpStudy *study, guint measure);
NRP_API double nrp_study_get_confidence (const NrpStudy *study);

/**
 * nrp_study_to_json:
 *
 * {"schema_version": 1, "directed": ..., "study": {"pre_wave", "post_wave",
 * "with_regional", "confidence", "areas": [{"area", "arm", "actors",
 * "measures": {NAME: {"waves": [...], "pre", "post", "change"}}}],
 * "did": [{"measure", "outcome", "estimate", "change_intervention",
 * "change_comparator", "n_intervention", "n_comparator", "ci_low",
 * "ci_high", "p_value", "assignments", "exact"}], "unlisted_areas": [...]}}
 *
 * Returns: (transfer full): the document; g_free() it.
 */
NRP_API char *nrp_study_to_json (const NrpStudy *study, gboolean pretty);

/**
 * nrp_study_write_csv:
 *
 * Writes study_areas.csv (area, arm, measure, pre, post, change) and
 * study_did.csv (measure, outcome, estimate, change_intervention,
 * change_comparator, n_intervention, n_comparator, ci_low, ci_high,
 * p_value, assignments, exact) into @dir, as nrp_report_write_csv().
 */
NRP_API gboolean nrp_study_write_csv (const NrpStudy *study, const char *dir, GError **error);

/**
 * nrp_did_randomisation:
 * @changes: (array length=n): each area's change (post - pre)
 * @arms: (array length=n): each area's arm
 * @shift: the effect under the null: @shift is taken from the intervention
 *   areas' changes first (0 for the test of no effect)
 *
 * The randomisation test on its own, for data from elsewhere: the DiD of
 * @changes, its two-sided p-value and the number of assignments used
 * (exact when C(n, intervention areas) <= @max_exact, else @draws random
 * assignments from @seed). NaN changes must be left out by the caller.
 *
 * Returns: the p-value (NaN without an area in each arm).
 */
NRP_API double nrp_did_randomisation (const double *changes, const NrpArm *arms, guint n,
                                      double shift, guint64 max_exact, guint draws,
                                      guint64 seed, double *estimate, guint64 *assignments);

G_END_DECLS

#endif /* NRPNET_STUDY_H */
