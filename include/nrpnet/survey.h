/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/survey.h: the household survey's difference in differences, at the
 * level of the respondent, with inference that holds with few areas.
 */
#ifndef NRPNET_SURVEY_H
#define NRPNET_SURVEY_H

#include <nrpnet/common.h>
#include <nrpnet/study.h>

/**
 * SECTION:survey
 * @title: survey.h
 * @short_description: The household survey's difference in differences
 *
 * respondents.csv has one row per respondent per wave (repeated
 * cross-sections or a panel): `respondent` (unique within a wave), `area`,
 * `wave`, an optional survey weight (`weight`, or the column
 * nrp_survey_load() is given; positive and finite; 1 without one) and any
 * number of numeric item columns (0/1 or real; an empty cell or `NA` is
 * missing). The arms come from areas.csv, as for nrp_study_compute().
 *
 * For each outcome item, nrp_survey_compute() fits by weighted least
 * squares
 *
 *   y = area effects + wave effect + beta D + covariates + error,
 *
 * D = 1 for a respondent of an intervention area at the post wave, over the
 * respondents of the pre and post waves who have the item and every
 * covariate, and gives beta four ways, side by side: CR1 (the cluster-robust
 * sandwich by area with the factor G/(G-1) (N-1)/(N-K), t with G-1 degrees
 * of freedom, as Stata's vce(cluster) and statsmodels); CR2 (Bell and
 * McCaffrey's bias-reduced sandwich with Satterthwaite degrees of freedom,
 * Pustejovsky and Tipton 2018, on the model scaled by the square root of the
 * weights); the wild cluster restricted bootstrap of the CR1 t (the null
 * imposed, Rademacher weights by area, every sign vector when 2^G is at most
 * the enumeration limit, else Webb's six-point weights); and randomisation
 * inference over the assignments of areas to arms, with the coefficient and
 * the CR1 t as statistics. The intervals of the last two come from
 * inverting their tests.
 *
 * Since: 0.1
 */

G_BEGIN_DECLS

/**
 * NRP_MAX_ENUMERATE:
 *
 * The highest enumeration limit of the wild bootstrap: 2^22 sign vectors
 * (each costs 40 bytes while the interval is found).
 */
#define NRP_MAX_ENUMERATE (G_GUINT64_CONSTANT (1) << 22)
/**
 * NRP_MAX_ASSIGNMENTS:
 *
 * The most assignments the survey's randomisation inference keeps (exact or
 * random; 24 bytes each while the interval is found).
 */
#define NRP_MAX_ASSIGNMENTS 10000000u

/**
 * NRP_MAX_SURVEY_AREAS:
 *
 * The most areas nrp_survey_compute() takes: its few-cluster inference
 * keeps area-by-area tables and costs draws x areas^2.
 */
#define NRP_MAX_SURVEY_AREAS 1000u

/**
 * NrpSurvey:
 *
 * A survey's respondents with the study's areas and arms
 * (nrp_survey_load()); opaque, freed with nrp_survey_free().
 */
typedef struct _NrpSurvey NrpSurvey;
/**
 * NrpSurveyOptions:
 *
 * Options of nrp_survey_compute(); opaque, made by nrp_survey_options_new().
 */
typedef struct _NrpSurveyOptions NrpSurveyOptions;
/**
 * NrpSurveyResult:
 *
 * The per-area means and the differences in differences of a survey
 * (nrp_survey_compute()); opaque, freed with nrp_survey_result_free().
 */
typedef struct _NrpSurveyResult NrpSurveyResult;

/**
 * nrp_survey_load:
 * @respondents_path: respondents.csv ("-" for standard input)
 * @areas_path: areas.csv (columns area, arm)
 * @weight_column: (nullable): the weight column; NULL for `weight` when
 *   the file has one, else every weight 1
 * @error: return location for a #GError, or NULL
 *
 * Reads both files strictly and all or nothing, as the network's files:
 * every fault is an error naming the file, line and column, and no cell
 * value is echoed.
 *
 * Errors: NRP_ERROR_IO (a file cannot be read), NRP_ERROR_HEADER (a
 * missing or duplicated column, no item column, a @weight_column the file
 * does not have), NRP_ERROR_VALUE (a weight that is not a positive finite
 * number, an item cell that is not a number, an area not in areas.csv, a
 * bad wave), NRP_ERROR_DUPLICATE (a respondent twice in a wave),
 * NRP_ERROR_EMPTY (no respondent).
 *
 * Time complexity: O(B) for the B bytes of the files.
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpSurvey *nrp_survey_load (const char *respondents_path, const char *areas_path,
                                    const char *weight_column, GError **error);
/**
 * nrp_survey_load_sample:
 * @error: return location for a #GError, or NULL
 *
 * The bundled sample study's synthetic household survey (respondents.csv,
 * weighted by `weight`) with its areas.csv.
 *
 * Errors: NRP_ERROR_IO if the bundled files are missing (a broken build).
 *
 * Time complexity: O(B) for the B bytes of the sample's files.
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpSurvey *nrp_survey_load_sample (GError **error);
/**
 * nrp_survey_free:
 * @survey: a survey
 *
 * Frees @survey and all it owns; NULL is ignored.
 *
 * Time complexity: O(1) plus the memory.
 */
NRP_API void nrp_survey_free (NrpSurvey *survey);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpSurvey, nrp_survey_free)

/**
 * nrp_survey_set_sectors:
 * @survey: a survey (nrp_survey_load()), its ego answers not loaded yet
 * @sectors: (nullable): a sectors.csv (sector, optional label and power,
 *   as for the network); NULL for the built-in taxonomy
 * @closed: TRUE: only the registry's sectors are allowed (without
 *   @sectors, only the built-in taxonomy's)
 * @error: return location for a #GError, or NULL
 *
 * Sets the sector registry of the ego-network measures: the power levels
 * that tell an alter's bridging tie from a linking one, the sectors an
 * IQV divides by, and a position's prestige without a position registry.
 * As for the network, a sectors file replaces the built-in taxonomy (a
 * sector it does not list has no power level). With @closed, a
 * respondent's sector (here), an alter's sector and a position
 * registry's sector (in nrp_survey_load_ego()) outside the registry is an
 * NRP_ERROR_UNKNOWN_SECTOR naming its file, line and column.
 *
 * Errors: as the network's sectors file; NRP_ERROR_UNKNOWN_SECTOR at
 * respondents.csv's line and sector column; NRP_ERROR_ARGUMENT after
 * nrp_survey_load_ego(). On error @survey is unchanged.
 *
 * Time complexity: O(B + N) for B bytes and N respondents.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_set_sectors (NrpSurvey *survey, const char *sectors,
                                         gboolean closed, GError **error);

/**
 * nrp_survey_load_ego:
 * @survey: a survey (nrp_survey_load())
 * @alters: (nullable): alters.csv, the name generator: respondent, wave,
 *   alter (unique within a respondent's wave), sector, optional strength
 *   and actor
 * @alter_ties: (nullable): alter_ties.csv: respondent, wave, alter1,
 *   alter2, ties among one respondent's alters (needs @alters)
 * @positions: (nullable): positions.csv, the position generator:
 *   respondent, wave, position, access (1 or 0)
 * @registry: (nullable): position,sector,prestige; without it a position
 *   is a sector of the built-in taxonomy with its power level as prestige
 * @error: return location for a #GError, or NULL
 *
 * Reads the ego-network answers, strictly, and adds each respondent's
 * measures to @survey as items: with @alters ego_size, ego_sector_reach,
 * ego_blau, ego_iqv, ego_bonding, ego_bridging, ego_linking,
 * ego_has_linking, ego_ei_index, and with @alter_ties also ego_density,
 * ego_effective_size, ego_constraint; with @positions pg_extensity,
 * pg_upper_reach, pg_range (their meanings: the README). A respondent with
 * alters_answered 0 has every ego_ measure NaN; one who named no one has
 * counts of 0 and NaN Blau, IQV, E-I, effective size and constraint;
 * density is NaN below two alters; a respondent with no row in @positions
 * has NaN pg_ measures, one who accessed none extensity 0 and NaN reach
 * and range. The measures are items for nrp_survey_compute() (named in
 * its outcomes; not among its defaults).
 *
 * Errors: NRP_ERROR_IO, NRP_ERROR_HEADER, NRP_ERROR_VALUE (a respondent
 * and wave not in respondents.csv, an alter tie between alters the
 * respondent did not name, an access other than 0/1, a position neither a
 * sector nor in @registry), NRP_ERROR_DUPLICATE, with file, line and
 * column; NRP_ERROR_ARGUMENT for @alter_ties without @alters, ego answers
 * loaded twice. On error @survey is unchanged.
 *
 * Time complexity: O(B + N + sum of n_i^2) for B bytes, N respondents and
 * n_i alters of respondent i.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_load_ego (NrpSurvey *survey, const char *alters,
                                      const char *alter_ties, const char *positions,
                                      const char *registry, GError **error);
/**
 * nrp_survey_get_n_respondents:
 * @survey: a survey
 *
 * The rows of respondents.csv.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of rows.
 */
NRP_API guint nrp_survey_get_n_respondents (const NrpSurvey *survey);
/**
 * nrp_survey_get_n_items:
 * @survey: a survey
 *
 * The item columns (every column but respondent, area, wave and the weight).
 *
 * Time complexity: O(1).
 *
 * Returns: the number of items.
 */
NRP_API guint nrp_survey_get_n_items (const NrpSurvey *survey);
/**
 * nrp_survey_get_item:
 * @survey: a survey
 * @item: below nrp_survey_get_n_items()
 *
 * An item's column name, in file order.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the name, borrowed from the survey.
 */
NRP_API const char *nrp_survey_get_item (const NrpSurvey *survey, guint item);
/**
 * nrp_survey_get_respondent:
 * @survey: a survey
 * @row: a row of respondents.csv, below nrp_survey_get_n_respondents()
 *
 * The respondent column of a row.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the id, borrowed from the survey.
 */
NRP_API const char *nrp_survey_get_respondent (const NrpSurvey *survey, guint row);
/**
 * nrp_survey_get_wave:
 * @survey: a survey
 * @row: a row, below nrp_survey_get_n_respondents()
 *
 * The wave of a row.
 *
 * Time complexity: O(1).
 *
 * Returns: the wave.
 */
NRP_API guint nrp_survey_get_wave (const NrpSurvey *survey, guint row);
/**
 * nrp_survey_get_value:
 * @survey: a survey
 * @item: an item, below nrp_survey_get_n_items() (the ego-network measures
 *   follow the file's columns)
 * @row: a row, below nrp_survey_get_n_respondents()
 *
 * One respondent's value of one item.
 *
 * Time complexity: O(1).
 *
 * Returns: the value, NaN when missing or undefined.
 */
NRP_API double nrp_survey_get_value (const NrpSurvey *survey, guint item, guint row);
/**
 * nrp_survey_get_n_warnings:
 * @survey: a survey
 *
 * What the loaders want said that is no error: each alters' sector with no
 * power level (its ties count as bridging).
 *
 * Time complexity: O(1).
 *
 * Returns: the number of warnings.
 */
NRP_API guint nrp_survey_get_n_warnings (const NrpSurvey *survey);
/**
 * nrp_survey_get_warning:
 * @survey: a survey
 * @k: below nrp_survey_get_n_warnings()
 *
 * One warning.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the text, borrowed from the survey.
 */
NRP_API const char *nrp_survey_get_warning (const NrpSurvey *survey, guint k);
/**
 * nrp_survey_is_weighted:
 * @survey: a survey
 *
 * Whether the weights were read from a column.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE with a weight column, FALSE when every weight is 1.
 */
NRP_API gboolean nrp_survey_is_weighted (const NrpSurvey *survey);

/**
 * nrp_survey_options_new:
 *
 * Defaults: every item that is not a covariate as an outcome; no
 * covariate; the first and the last wave; every sign vector up to 2^20,
 * else 99,999 draws of Webb weights; every assignment up to 1,000,000, else
 * as many random ones as draws; seed 1; 95% intervals.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer full): a new object.
 */
NRP_API NrpSurveyOptions *nrp_survey_options_new (void);
/**
 * nrp_survey_options_free:
 * @options: options
 *
 * Frees @options; NULL is ignored.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_survey_options_free (NrpSurveyOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpSurveyOptions, nrp_survey_options_free)
/**
 * nrp_survey_options_set_outcomes:
 * @options: options
 * @list: (nullable): item names separated by commas; NULL for every item
 *   that is not a covariate
 *
 * The outcome items (checked against the survey by nrp_survey_compute()).
 *
 * Time complexity: O(length of @list).
 */
NRP_API void nrp_survey_options_set_outcomes (NrpSurveyOptions *options, const char *list);
/**
 * nrp_survey_options_set_covariates:
 * @options: options
 * @list: (nullable): numeric item names separated by commas; NULL for none
 *
 * Respondent-level covariates of every model. A respondent missing one is
 * left out of the model and counted.
 *
 * Time complexity: O(length of @list).
 */
NRP_API void nrp_survey_options_set_covariates (NrpSurveyOptions *options, const char *list);
/**
 * nrp_survey_options_set_waves:
 * @options: options
 * @pre: the pre wave (0 with @post 0: the first wave of the data)
 * @post: the post wave, above @pre (0: the last wave of the data)
 * @error: return location for a #GError, or NULL
 *
 * The two waves of the model.
 *
 * Errors: NRP_ERROR_ARGUMENT unless @pre < @post (or both 0).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_options_set_waves (NrpSurveyOptions *options, guint pre, guint post,
                                               GError **error);
/**
 * nrp_survey_options_set_max_enumerate:
 * @options: options
 * @max_enumerate: enumerate every sign vector when 2^G is at most this
 * @error: return location for a #GError, or NULL
 *
 * The wild bootstrap's enumeration limit.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_ENUMERATE.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_options_set_max_enumerate (NrpSurveyOptions *options,
                                                       guint64 max_enumerate, GError **error);
/**
 * nrp_survey_options_get_max_enumerate:
 * @options: options
 *
 * The wild bootstrap's enumeration limit.
 *
 * Time complexity: O(1).
 *
 * Returns: the limit (default 2^20).
 */
NRP_API guint64 nrp_survey_options_get_max_enumerate (const NrpSurveyOptions *options);
/**
 * nrp_survey_options_set_draws:
 * @options: options
 * @draws: random draws (wild bootstrap above the enumeration limit, and
 *   randomisation above its exact limit); at least 1
 * @error: return location for a #GError, or NULL
 *
 * The number of random draws.
 *
 * Errors: NRP_ERROR_ARGUMENT for 0 or above NRP_MAX_BOOTSTRAP.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_options_set_draws (NrpSurveyOptions *options, guint draws,
                                               GError **error);
/**
 * nrp_survey_options_get_draws:
 * @options: options
 *
 * The number of random draws.
 *
 * Time complexity: O(1).
 *
 * Returns: the draws (default 99,999).
 */
NRP_API guint nrp_survey_options_get_draws (const NrpSurveyOptions *options);
/**
 * nrp_survey_options_set_max_exact:
 * @options: options
 * @max_exact: enumerate every assignment of areas to arms up to this many
 * @error: return location for a #GError, or NULL
 *
 * The randomisation inference's exact limit.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_ASSIGNMENTS.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_options_set_max_exact (NrpSurveyOptions *options, guint64 max_exact,
                                                   GError **error);
/**
 * nrp_survey_options_get_max_exact:
 * @options: options
 *
 * The randomisation inference's exact limit.
 *
 * Time complexity: O(1).
 *
 * Returns: the limit (default 1,000,000).
 */
NRP_API guint64 nrp_survey_options_get_max_exact (const NrpSurveyOptions *options);
/**
 * nrp_survey_options_set_seed:
 * @options: options
 * @seed: the seed of every random draw
 *
 * The seed; the same seed gives the same draws on every machine.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_survey_options_set_seed (NrpSurveyOptions *options, guint64 seed);
/**
 * nrp_survey_options_get_seed:
 * @options: options
 *
 * The seed.
 *
 * Time complexity: O(1).
 *
 * Returns: the seed (default 1).
 */
NRP_API guint64 nrp_survey_options_get_seed (const NrpSurveyOptions *options);
/**
 * nrp_survey_options_set_confidence:
 * @options: options
 * @level: the confidence level, in (0, 1)
 * @error: return location for a #GError, or NULL
 *
 * The level of every interval.
 *
 * Errors: NRP_ERROR_ARGUMENT outside (0, 1).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_options_set_confidence (NrpSurveyOptions *options, double level,
                                                    GError **error);
/**
 * nrp_survey_options_get_confidence:
 * @options: options
 *
 * The confidence level.
 *
 * Time complexity: O(1).
 *
 * Returns: the level (default 0.95).
 */
NRP_API double nrp_survey_options_get_confidence (const NrpSurveyOptions *options);

/**
 * nrp_survey_compute:
 * @survey: a survey
 * @options: (nullable): options, or NULL for the defaults
 * @error: return location for a #GError, or NULL
 *
 * The per-area-and-wave means and, for each outcome, the difference in
 * differences with its four inferences (see the section's introduction).
 *
 * Errors: NRP_ERROR_ARGUMENT (an outcome or covariate the survey does not
 * have, a wave it does not have); NRP_ERROR_VALUE naming the file, line and
 * column: more than NRP_MAX_SURVEY_AREAS areas, an area with respondents at only one of the two waves (or none),
 * fewer than two areas in an arm, a covariate that never varies within an
 * area (the area effects absorb it), covariates that are collinear.
 *
 * Time complexity: O(N k^2 + 2^G G^2 + A G k^2) for N respondents, k
 * regressors besides the area effects, G areas and A assignments, per
 * outcome.
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpSurveyResult *nrp_survey_compute (const NrpSurvey *survey,
                                             const NrpSurveyOptions *options, GError **error);
/**
 * nrp_survey_result_free:
 * @result: a result
 *
 * Frees @result; NULL is ignored.
 *
 * Time complexity: O(1) plus the memory.
 */
NRP_API void nrp_survey_result_free (NrpSurveyResult *result);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpSurveyResult, nrp_survey_result_free)

/**
 * NrpSurveyInference:
 * @se: the standard error (NaN for the bootstrap and randomisation)
 * @df: the degrees of freedom of the t (NaN where there is no t)
 * @p_value: two-sided, for beta = 0
 * @ci_low: the interval's lower end (-infinity where unbounded)
 * @ci_high: the interval's upper end (+infinity where unbounded)
 *
 * One inference for the coefficient of D.
 */
typedef struct {
  double se, df, p_value, ci_low, ci_high;
} NrpSurveyInference;

/**
 * NrpSurveyDid:
 * @outcome: the item
 * @binary: every value of the item in the model is 0 or 1 (the estimate
 *   then also reads as 100 x estimate percentage points)
 * @estimate: beta, the coefficient of D
 * @n: respondents in the model
 * @excluded: respondents of the two waves left out: the item or a
 *   covariate missing
 * @clusters: areas, G
 * @parameters: K: G area effects, the wave effect, D and the covariates
 * @cr1: CR1 with t(G-1)
 * @cr2: CR2 with Satterthwaite degrees of freedom
 * @wild: the wild cluster restricted bootstrap of the CR1 t
 * @wild_draws: sign vectors enumerated, or random draws
 * @wild_exact: every sign vector enumerated
 * @wild_weights: "rademacher" or "webb"
 * @randomisation: randomisation inference with the coefficient as statistic
 *   (its interval inverts that test under a constant effect)
 * @randomisation_p_t: the randomisation p-value with the CR1 t as statistic
 * @assignments: assignments enumerated, or random draws
 * @randomisation_exact: every assignment enumerated
 * @item: the outcome's item (nrp_survey_get_item()), for
 *   nrp_survey_result_get_mean()
 *
 * One outcome's difference in differences. May grow; always handed out by
 * pointer.
 */
typedef struct {
  const char *outcome;
  gboolean binary;
  double estimate;
  guint n, excluded, clusters, parameters;
  NrpSurveyInference cr1, cr2, wild;
  guint64 wild_draws;
  gboolean wild_exact;
  const char *wild_weights;
  NrpSurveyInference randomisation;
  double randomisation_p_t;
  guint64 assignments;
  gboolean randomisation_exact;
  guint item;
} NrpSurveyDid;

/**
 * NrpSurveyAreaWave:
 * @area: the area's index in areas.csv order
 * @area_name: its name
 * @arm: its arm
 * @wave: the wave
 * @n: respondents
 * @weighted_n: the sum of their weights
 * @effective_n: Kish's effective sample size, (sum w)^2 / sum w^2
 *
 * One area at one wave. May grow; always handed out by pointer.
 */
typedef struct {
  guint area;
  const char *area_name;
  NrpArm arm;
  guint wave;
  guint n;
  double weighted_n, effective_n;
} NrpSurveyAreaWave;

/**
 * nrp_survey_result_get_n_outcomes:
 * @result: a result
 *
 * The outcomes, in the order asked for.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of outcomes.
 */
NRP_API guint nrp_survey_result_get_n_outcomes (const NrpSurveyResult *result);
/**
 * nrp_survey_result_get_did:
 * @result: a result
 * @outcome: below nrp_survey_result_get_n_outcomes()
 *
 * An outcome's difference in differences.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the result.
 */
NRP_API const NrpSurveyDid *nrp_survey_result_get_did (const NrpSurveyResult *result,
                                                       guint outcome);
/**
 * nrp_survey_result_get_n_area_waves:
 * @result: a result
 *
 * The (area, wave) cells with respondents, by area in areas.csv order, then
 * by wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of cells.
 */
NRP_API guint nrp_survey_result_get_n_area_waves (const NrpSurveyResult *result);
/**
 * nrp_survey_result_get_area_wave:
 * @result: a result
 * @cell: below nrp_survey_result_get_n_area_waves()
 *
 * One (area, wave) cell.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the result.
 */
NRP_API const NrpSurveyAreaWave *nrp_survey_result_get_area_wave (const NrpSurveyResult *result,
                                                                  guint cell);
/**
 * nrp_survey_result_get_mean:
 * @result: a result
 * @cell: below nrp_survey_result_get_n_area_waves()
 * @item: an item of the survey, below nrp_survey_get_n_items()
 * @se: (out) (optional): its standard error: sqrt (m/(m-1) sum w^2 (y -
 *   mean)^2) / sum w over the m respondents with the item (a survey's
 *   linearised SE without finite population correction; NaN for m < 2)
 *
 * The weighted mean of @item in @cell over the respondents who have it.
 *
 * Time complexity: O(1).
 *
 * Returns: the mean, NaN when nobody in the cell has the item.
 */
NRP_API double nrp_survey_result_get_mean (const NrpSurveyResult *result, guint cell,
                                           guint item, double *se);
/**
 * nrp_survey_result_get_pre_wave:
 * @result: a result
 *
 * The pre wave of the models.
 *
 * Time complexity: O(1).
 *
 * Returns: the wave.
 */
NRP_API guint nrp_survey_result_get_pre_wave (const NrpSurveyResult *result);
/**
 * nrp_survey_result_get_post_wave:
 * @result: a result
 *
 * The post wave of the models.
 *
 * Time complexity: O(1).
 *
 * Returns: the wave.
 */
NRP_API guint nrp_survey_result_get_post_wave (const NrpSurveyResult *result);
/**
 * nrp_survey_result_get_confidence:
 * @result: a result
 *
 * The confidence level of the intervals.
 *
 * Time complexity: O(1).
 *
 * Returns: the level, in (0, 1).
 */
NRP_API double nrp_survey_result_get_confidence (const NrpSurveyResult *result);
/**
 * nrp_survey_result_get_n_covariates:
 * @result: a result
 *
 * The covariates of every model.
 *
 * Time complexity: O(1).
 *
 * Returns: their number.
 */
NRP_API guint nrp_survey_result_get_n_covariates (const NrpSurveyResult *result);
/**
 * nrp_survey_result_get_covariate:
 * @result: a result
 * @k: below nrp_survey_result_get_n_covariates()
 *
 * A covariate's item name.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the survey the result came from.
 */
NRP_API const char *nrp_survey_result_get_covariate (const NrpSurveyResult *result, guint k);
/**
 * nrp_survey_result_to_json:
 * @result: a result
 * @survey: the survey @result was computed from
 * @pretty: indent the document
 *
 * {"schema_version": 1, ..., "survey": {"pre_wave", "post_wave",
 * "confidence", "weighted", "covariates": [...], "did": [{"outcome",
 * "binary", "estimate", "n", "excluded", "clusters", "parameters", "cr1":
 * {"se", "df", "p_value", "ci_low", "ci_high"}, "cr2": {...},
 * "wild_bootstrap": {"p_value", "ci_low", "ci_high", "draws", "exact",
 * "weights"}, "randomisation": {"p_value", "p_value_t", "ci_low",
 * "ci_high", "assignments", "exact"}}], "area_waves": [{"area", "arm",
 * "wave", "n", "weighted_n", "effective_n", "means": {ITEM: m}, "se":
 * {ITEM: se}}], "respondents_measures": [{"respondent", "wave", "area",
 * then each ego-network measure}] (with nrp_survey_load_ego() only)}}. An
 * unbounded interval end is null.
 *
 * Time complexity: O(C I) for C cells and I items.
 *
 * Returns: (transfer full): the document; g_free() it.
 */
NRP_API char *nrp_survey_result_to_json (const NrpSurveyResult *result, const NrpSurvey *survey,
                                         gboolean pretty);
/**
 * nrp_survey_result_write_csv:
 * @result: a result
 * @survey: the survey @result was computed from
 * @dir: a directory, created if needed
 * @flags: NRP_CSV_BOM for a byte order mark (Excel), else NRP_CSV_DEFAULT
 * @error: return location for a #GError, or NULL
 *
 * Writes survey_did.csv (one row per outcome and method: outcome, method,
 * estimate, se, df, p_value, ci_low, ci_high, n, excluded, clusters, draws,
 * exact) and survey_area_waves.csv (area, arm, wave, n, weighted_n,
 * effective_n, then ITEM and ITEM_se for each item) into @dir, as
 * nrp_report_write_csv(); with ego-network answers (nrp_survey_load_ego())
 * also survey_respondents.csv (respondent, wave, area, then each
 * ego-network measure).
 *
 * Errors: NRP_ERROR_IO when @dir or a file in it cannot be written.
 *
 * Time complexity: O(C I) for C cells and I items.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_result_write_csv (const NrpSurveyResult *result,
                                              const NrpSurvey *survey, const char *dir,
                                              NrpCsvFlags flags, GError **error);

/**
 * nrp_study_design_add_survey:
 * @design: a study design (nrp_study_design_load())
 * @survey: a survey on the same areas
 * @error: return location for a #GError, or NULL
 *
 * Adds each item of @survey to @design as an outcome: its weighted mean
 * over the respondents of each area and wave who have it (NaN for a cell
 * with none). nrp_study_compute() then puts the survey's items in the study
 * table next to the network measures, with their area-level DiD.
 *
 * Errors: NRP_ERROR_HEADER for an item named like a network measure or an
 * outcome column of @design; NRP_ERROR_VALUE for a survey area @design does
 * not have (naming the survey's file, line and column).
 *
 * Time complexity: O(N I + R) for N respondents, I items and R rows of
 * outcomes.
 *
 * Returns: TRUE, or FALSE and @error (@design unchanged).
 */
NRP_API gboolean nrp_study_design_add_survey (NrpStudyDesign *design, const NrpSurvey *survey,
                                              GError **error);

/**
 * nrp_network_new_with_residents:
 * @network: the system players' network
 * @survey: a survey with its ego networks (nrp_survey_load_ego()), whose
 *   alters name system players in alters.csv's actor column
 * @error: return location for a #GError, or NULL
 *
 * The network with the survey's respondents joined as actors, so that a
 * report's centrality, brokerage, mixing and E-I include residents' links
 * to the system. The respondents follow the network's actors, each once
 * (in the order they first appear in respondents.csv), with the id of the
 * respondent column, its sector (default resident; a sector the network
 * does not have is added, with the built-in taxonomy's power level unless
 * the network's sectors came from a file) and its area. A respondent is
 * present at each wave of @network at which it answered the name generator
 * (one present at none is not joined) and tied, weight 1, to each system player its alters name at that wave
 * (once however many of its alters name the player; from the respondent
 * when @network is directed; of the relation type "named_by_respondent"
 * when @network has types). Ties among respondents were not asked and
 * count as absent: a warning of the new network says so, and names what
 * else was left out (alters at waves @network does not have, alters
 * naming a player at a wave @network has it absent).
 * nrp_report_add_resident_reach() on the result leaves the respondents'
 * own resident_reach NaN.
 *
 * Errors: NRP_ERROR_ARGUMENT without ego answers, with no alter naming a
 * player, or for a network with residents joined already;
 * NRP_ERROR_CONFLICT for a respondent with a player's id or with two
 * sectors or areas at two waves (naming respondents.csv's line and
 * column);
 * NRP_ERROR_VALUE for an actor id that is not a player (naming alters.csv's
 * line and column); NRP_ERROR_UNKNOWN_SECTOR for a respondent's sector not
 * in @network's closed list.
 *
 * Time complexity: O(n + N + A + m log m) for n actors, N respondent rows,
 * A alters naming players and m ties a wave.
 *
 * Returns: (transfer full): a new network (nrp_network_free()), or NULL and
 * @error.
 */
NRP_API NrpNetwork *nrp_network_new_with_residents (const NrpNetwork *network,
                                                    const NrpSurvey *survey, GError **error);

G_END_DECLS

#endif /* NRPNET_SURVEY_H */
