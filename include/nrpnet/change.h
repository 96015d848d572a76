/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/change.h: how a network changed between two waves.
 *
 * Over the dyads observed in both waves (pairs of actors present at both,
 * less the dyads missing.csv marks unobserved at either), the tie change
 * table counts n00 (no tie at either wave), n01 (formed), n10 (dissolved)
 * and n11 (kept); the Hamming distance is n01 + n10 and the Jaccard index
 * n11 / (n01 + n10 + n11) (RSiena's definition: RSiena manual, section 2.5;
 * NaN with no tie at either wave). The same table for cross-sector dyads
 * alone; actor turnover (entered, left, stayed); and the change matrix per
 * sector pair (formed, dissolved, kept, and among kept ties strengthened and
 * weakened by weight). Dyads are ordered pairs for directed data and
 * unordered pairs for undirected data; several relation types on one dyad
 * are one tie, their weights summed.
 */
#ifndef NRPNET_CHANGE_H
#define NRPNET_CHANGE_H

/**
 * SECTION:change
 * @title: Change between waves
 * @include: nrpnet.h
 * @short_description: How a network changed between two waves
 *
 * How a network changed between two waves.
 *
 * Over the dyads observed in both waves (pairs of actors present at both,
 * less the dyads missing.csv marks unobserved at either), the tie change
 * table counts n00 (no tie at either wave), n01 (formed), n10 (dissolved)
 * and n11 (kept); the Hamming distance is n01 + n10 and the Jaccard index
 * n11 / (n01 + n10 + n11) (RSiena's definition: RSiena manual, section 2.5;
 * NaN with no tie at either wave). The same table for cross-sector dyads
 * alone; actor turnover (entered, left, stayed); and the change matrix per
 * sector pair (formed, dissolved, kept, and among kept ties strengthened and
 * weakened by weight). Dyads are ordered pairs for directed data and
 * unordered pairs for undirected data; several relation types on one dyad
 * are one tie, their weights summed.
 */

#include <nrpnet/measures.h>

G_BEGIN_DECLS

/**
 * NrpChange:
 *
 * The comparison of two waves (nrp_change_compute(),
 * nrp_change_compute_full()); opaque, freed with nrp_change_free().
 */
typedef struct _NrpChange NrpChange;

/**
 * NrpChangeTable:
 * @n00: observed dyads tied at neither wave
 * @n01: ties formed: untied at the from wave, tied at the to wave
 * @n10: ties dissolved: tied at the from wave, untied at the to wave
 * @n11: ties kept: tied at both waves
 * @hamming: n01 + n10
 * @jaccard: n11 / (n01 + n10 + n11), NaN when that is 0/0
 *
 * A tie change table over observed dyads. Read-only and growable: later
 * versions may add members at the end, so it is only ever handed out by
 * pointer (never embedded by value in another public struct) and a caller
 * never allocates one.
 */
typedef struct {
  guint64 n00, n01, n10, n11;
  guint64 hamming;        /* n01 + n10 */
  double jaccard;         /* n11 / (n01 + n10 + n11), NaN when that is 0/0 */
} NrpChangeTable;

/**
 * NrpChangeSummary:
 * @from_wave: the earlier wave compared
 * @to_wave: the later wave compared
 * @actors_entered: present at to_wave, not at from_wave
 * @actors_left: present at from_wave, not at to_wave
 * @actors_stayed: present at both
 * @missing_dyads: dyads among actors present at both, unobserved at either wave
 * @all: every observed dyad
 * @cross_sector: observed dyads between different sectors
 *
 * The counts of one comparison. Read-only and growable (members may be
 * added at the end; it is only handed out by pointer, by
 * nrp_change_get_summary()); its tables are borrowed from the #NrpChange.
 */
typedef struct {
  guint from_wave, to_wave;
  guint actors_entered;   /* present at to_wave, not at from_wave */
  guint actors_left;      /* present at from_wave, not at to_wave */
  guint actors_stayed;    /* present at both */
  guint64 missing_dyads;  /* dyads among actors present at both, unobserved at either wave */
  const NrpChangeTable *all;           /* every observed dyad */
  const NrpChangeTable *cross_sector;  /* observed dyads between different sectors */
} NrpChangeSummary;

/**
 * NrpChangeKind:
 * @NRP_CHANGE_FORMED: tied at the to wave only
 * @NRP_CHANGE_DISSOLVED: tied at the from wave only
 * @NRP_CHANGE_KEPT: tied at both waves
 * @NRP_CHANGE_STRENGTHENED: kept, with a higher weight
 * @NRP_CHANGE_WEAKENED: kept, with a lower weight
 *
 * How a dyad's tie changed between two waves (the change matrix by sector
 * pair).
 */
typedef enum {
  NRP_CHANGE_FORMED = 0,
  NRP_CHANGE_DISSOLVED,
  NRP_CHANGE_KEPT,
  NRP_CHANGE_STRENGTHENED,  /* kept, with a higher weight */
  NRP_CHANGE_WEAKENED       /* kept, with a lower weight */
} NrpChangeKind;

/**
 * NRP_CHANGE_N_KINDS:
 *
 * The number of #NrpChangeKind values.
 */
#define NRP_CHANGE_N_KINDS 5

/**
 * nrp_change_compute:
 * @network: the network
 * @from_wave: two distinct waves of @network (1-based)
 * @to_wave: two distinct waves of @network (1-based)
 * @error: return location for a #GError, or NULL
 *
 * Compares two waves: actor turnover, the tie change table over the dyads
 * observed at both, for all and for cross-sector dyads, and the change by
 * sector pair (see the top of this header).
 *
 * Errors: NRP_ERROR_ARGUMENT for a wave @network does not have, or two equal
 * waves.
 *
 * Time complexity: O(n + m log m) for n actors and m ties of the two waves.
 *
 * Returns: (transfer full) (nullable): the comparison, or NULL and @error
 *   (NRP_ERROR_ARGUMENT for a wave the network does not have).
 */
NRP_API NrpChange *nrp_change_compute (const NrpNetwork *network, guint from_wave,
                                       guint to_wave, GError **error);
/**
 * nrp_change_free:
 * @change: a comparison
 *
 * Frees @change and all it owns; NULL is ignored.
 *
 * Time complexity: O(n + m).
 */
NRP_API void nrp_change_free (NrpChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpChange, nrp_change_free)

/**
 * nrp_change_get_summary:
 * @change: a comparison
 *
 * The counts of the comparison.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpChangeSummary *nrp_change_get_summary (const NrpChange *change);
/**
 * nrp_change_get_matrix:
 * @change: a comparison
 * @kind: a kind of change (#NrpChangeKind)
 *
 * s x s counts of @kind by sector pair, row-major, as the mixing matrix
 * (directed: row = the source's sector; undirected: symmetric, a tie
 * between two sectors in both its cells). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const guint *nrp_change_get_matrix (const NrpChange *change, NrpChangeKind kind);
/**
 * nrp_change_to_json:
 * @network: the network
 * @changes: (array length=n_changes): comparisons of @network
 * @n_changes: the number of @changes
 * @pretty: indent the document for reading
 *
 * A JSON document {"schema_version": 1, "directed": ..., "change": [...]}
 * with one object per comparison, named as DESIGN.md section 6: from_wave,
 * to_wave, actors_entered, actors_left, actors_stayed, missing_dyads, n00,
 * n01, n10, n11, hamming, jaccard, cross_sector {n00 ... jaccard},
 * change_matrix {sectors, formed, dissolved, kept, strengthened, weakened}.
 *
 * Time complexity: O(c (s^2 + n)) for c comparisons, s sectors and n actors.
 *
 * Returns: (transfer full): the document; g_free() it.
 */
NRP_API char *nrp_change_to_json (const NrpNetwork *network, NrpChange *const *changes,
                                  guint n_changes, gboolean pretty);

/**
 * nrp_change_write_csv:
 * @network: the network
 * @changes: (array length=n_changes): comparisons of @network
 * @n_changes: the number of @changes
 * @dir: a directory, created if needed
 * @flags: NRP_CSV_BOM for a byte order mark (Excel), else NRP_CSV_DEFAULT
 * @error: return location for a #GError, or NULL
 *
 * Writes change.csv (a row per comparison: every count of the summary) and
 * change_matrix.csv (from_wave, to_wave, kind, sector, other_sector, ties)
 * into @dir, as nrp_report_write_csv() writes its tables.
 *
 * Errors: NRP_ERROR_IO when @dir or a file in it cannot be written.
 *
 * Time complexity: O(c (s^2 + n)) for c comparisons, s sectors and n actors.
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_change_write_csv (const NrpNetwork *network, NrpChange *const *changes,
                                       guint n_changes, const char *dir, NrpCsvFlags flags, GError **error);

/**
 * nrp_change_kind_name:
 * @kind: a kind of change (#NrpChangeKind)
 *
 * The JSON name of @kind ("formed", "dissolved", ...).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_change_kind_name (NrpChangeKind kind);

/* ---- Uncertainty and per-actor change ------------------------------------ */

/**
 * NrpChangeOptions:
 *
 * Options of nrp_change_compute_full(); opaque, made by
 * nrp_change_options_new().
 */
typedef struct _NrpChangeOptions NrpChangeOptions;

/**
 * nrp_change_options_new:
 *
 * Defaults: every whole-network measure (nrpnet/measures.h) but the costly
 * ones (nrp_measure_is_costly()), 1000
 * bootstrap replicates, 999 label permutations, seed 1, 95% intervals,
 * unweighted betweenness, one thread per processor, the top 5 gainers.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer full) (nullable): a new object, or NULL and @error.
 */
NRP_API NrpChangeOptions *nrp_change_options_new (void);
/**
 * nrp_change_options_free:
 * @options: the options
 *
 * Frees @options and all it owns; NULL is ignored.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_change_options_free (NrpChangeOptions *options);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpChangeOptions, nrp_change_options_free)
/**
 * nrp_change_options_set_measures:
 * @options: the options
 * @measures: (array length=n_measures): measure indices (nrpnet/measures.h)
 * @n_measures: the number of @measures
 *
 * The whole-network measures whose change is estimated (copied).
 *
 * Time complexity: O(n_measures).
 */
NRP_API void nrp_change_options_set_measures (NrpChangeOptions *options, const guint *measures,
                                              guint n_measures);
/**
 * nrp_change_options_set_bootstrap:
 * @options: the options
 * @replicates: actor-bootstrap replicates, 0 (no intervals) to
 *   NRP_MAX_BOOTSTRAP
 * @error: return location for a #GError
 *
 * The actor-bootstrap replicates.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_BOOTSTRAP (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_change_options_set_bootstrap (NrpChangeOptions *options, guint replicates,
                                                   GError **error);
/**
 * nrp_change_options_get_bootstrap:
 * @options: the options
 *
 * nrp_change_options_get_bootstrap: Returns: the replicates (default 1000).
 *
 * Time complexity: O(1).
 *
 * Returns: the replicates (default 1000).
 */
NRP_API guint nrp_change_options_get_bootstrap (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_permutations:
 * @options: the options
 * @permutations: label permutations for the sector-dependent measures, 0 (no
 *   p-values) to NRP_MAX_PERMUTATIONS
 * @error: return location for a #GError
 *
 * The label permutations of the sector-dependent measures.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_PERMUTATIONS (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_change_options_set_permutations (NrpChangeOptions *options,
                                                      guint permutations, GError **error);
/**
 * nrp_change_options_get_permutations:
 * @options: the options
 *
 * nrp_change_options_get_permutations: Returns: the permutations (default 999).
 *
 * Time complexity: O(1).
 *
 * Returns: the permutations (default 999).
 */
NRP_API guint nrp_change_options_get_permutations (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_seed:
 * @options: the options
 * @seed: the seed of the random draws
 *
 * nrp_change_options_set_seed: the seed of the bootstrap and the permutations.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_change_options_set_seed (NrpChangeOptions *options, guint64 seed);
/**
 * nrp_change_options_get_seed:
 * @options: the options
 *
 * nrp_change_options_get_seed: Returns: the seed (default 1).
 *
 * Time complexity: O(1).
 *
 * Returns: the seed (default 1).
 */
NRP_API guint64 nrp_change_options_get_seed (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_confidence:
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
NRP_API gboolean nrp_change_options_set_confidence (NrpChangeOptions *options, double level,
                                                    GError **error);
/**
 * nrp_change_options_get_confidence:
 * @options: the options
 *
 * nrp_change_options_get_confidence: Returns: the level (default 0.95).
 *
 * Time complexity: O(1).
 *
 * Returns: the level (default 0.95).
 */
NRP_API double nrp_change_options_get_confidence (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_weighted:
 * @options: the options
 * @weighted: use tie weights (path length 1/weight)
 *
 * nrp_change_options_set_weighted: weighted betweenness in the per-actor change
 * (length 1 / weight).
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_change_options_set_weighted (NrpChangeOptions *options, gboolean weighted);
/**
 * nrp_change_options_get_weighted:
 * @options: the options
 *
 * nrp_change_options_get_weighted: Returns: whether weights are used (default
 * FALSE).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_change_options_get_weighted (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_threads:
 * @options: the options
 * @threads: threads for the bootstrap and permutation replicates (run in
 *   parallel, each from its own random stream) and the path measures, 0 (one
 *   per processor) to NRP_MAX_THREADS
 * @error: return location for a #GError
 *
 * The results are the same to the last bit at any thread count.
 *
 * Errors: NRP_ERROR_ARGUMENT above NRP_MAX_THREADS (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_change_options_set_threads (NrpChangeOptions *options, guint threads,
                                                 GError **error);
/**
 * nrp_change_options_get_threads:
 * @options: the options
 *
 * nrp_change_options_get_threads: Returns: the threads (default 0, one per
 * processor).
 *
 * Time complexity: O(1).
 *
 * Returns: the threads (default 0, one per processor).
 */
NRP_API guint nrp_change_options_get_threads (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_top:
 * @options: the options
 * @top: how many actors to list at most
 *
 * nrp_change_options_set_top: how many actors nrp_change_get_top_gainers()
 * lists at most.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_change_options_set_top (NrpChangeOptions *options, guint top);
/**
 * nrp_change_options_get_top:
 * @options: the options
 *
 * nrp_change_options_get_top: Returns: the top gainers listed (default 5).
 *
 * Time complexity: O(1).
 *
 * Returns: the top gainers listed (default 5).
 */
NRP_API guint nrp_change_options_get_top (const NrpChangeOptions *options);
/**
 * nrp_change_options_set_progress:
 * @options: the options
 * @func: the callback, or NULL for none
 * @user_data: passed to @func
 *
 * Called with the share of the work done (0 to 1) while it runs.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_change_options_set_progress (NrpChangeOptions *options, NrpProgressFunc func,
                                              gpointer user_data);

/**
 * nrp_change_options_set_shard:
 * @options: the options
 * @index: which shard, 1 to @count; 0 with @count 0 for none
 * @count: how many shards the replicates split into, 1 to NRP_MAX_SHARDS
 * @error: return location for a #GError, or NULL
 *
 * Splits the bootstrap and the permutations over @count processes or
 * machines: nrp_change_compute_full() then computes only shard @index's
 * replicates (floor(R (@index - 1) / @count) to floor(R @index / @count) -
 * 1 of R), keeps their rows for nrp_change_shard_to_json() and leaves the
 * intervals, the p-values and each actor's change to the merge
 * (nrp_change_options_add_shard()). Replicate r draws from a stream of
 * its own, seeded from (seed, r), so the merged result is byte-identical
 * to one process computing all of them.
 *
 * Errors: NRP_ERROR_ARGUMENT unless 1 <= @index <= @count <= NRP_MAX_SHARDS
 * or both are 0 (@options unchanged).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_change_options_set_shard (NrpChangeOptions *options, guint index,
                                               guint count, GError **error);
/**
 * nrp_change_options_get_shard:
 * @options: the options
 * @count: (out) (optional): the number of shards (0: none)
 *
 * The shard nrp_change_options_set_shard() set.
 *
 * Time complexity: O(1).
 *
 * Returns: the shard's index (0: not sharded).
 */
NRP_API guint nrp_change_options_get_shard (const NrpChangeOptions *options, guint *count);
/**
 * nrp_change_options_add_shard:
 * @options: the options
 * @json: a shard, as nrp_change_shard_to_json() wrote it
 * @length: the length of @json in bytes, or -1 when it is NUL-terminated
 * @name: (nullable): the shard's file name, for messages
 * @error: return location for a #GError, or NULL
 *
 * Adds a shard to merge: nrp_change_compute_full() with options holding
 * all the shards of a split computes no replicate and takes their rows
 * from the shards instead, giving the same result as one process. The
 * merge's seed, replicates, permutations, measures and data must be the
 * shards'; nrp_change_compute_full() says which shard differs and how
 * (NRP_ERROR_CONFLICT), or which is missing (NRP_ERROR_ARGUMENT).
 *
 * Errors: NRP_ERROR_SYNTAX when @json is not JSON; NRP_ERROR_VALUE when it
 * is not a shard or a member is out of place; NRP_ERROR_VALUE for a shard
 * of another split than those added, or one added twice. The error's file
 * is @name.
 *
 * Time complexity: O(size of @json).
 *
 * Returns: TRUE, or FALSE and @error (@options unchanged).
 */
NRP_API gboolean nrp_change_options_add_shard (NrpChangeOptions *options, const char *json,
                                               gssize length, const char *name, GError **error);
/**
 * nrp_change_shard_to_json:
 * @changes: (array length=n): comparisons computed with a shard set
 * @n: how many
 * @error: return location for a #GError, or NULL
 *
 * The replicate rows of a shard of each of @changes as JSON: the shard's
 * index and count, the seed, the replicates, and per comparison its waves,
 * a SHA-256 of the data its replicates read, its measures, and each
 * replicate's change of each (numbers as "%.17g", which read back as the
 * same bits; null where undefined). Merge shards with
 * nrp_change_options_add_shard().
 *
 * Errors: NRP_ERROR_ARGUMENT when @n is 0 or a comparison was not computed
 * with the same shard set.
 *
 * Time complexity: O(R m) for R replicates of m measures.
 *
 * Returns: (transfer full) (nullable): the JSON (g_free()), or NULL and
 *   @error.
 */
NRP_API char *nrp_change_shard_to_json (NrpChange *const *changes, guint n, GError **error);

/**
 * nrp_change_compute_full:
 * @network: the network
 * @from_wave: the earlier wave (1-based)
 * @to_wave: the later wave (1-based), not @from_wave
 * @options: (nullable): options, or NULL for the defaults
 * @error: return location for a #GError, or NULL
 *
 * nrp_change_compute(), and also:
 *  - each chosen whole-network measure at both waves and its change, with
 *    an actor-bootstrap confidence interval (Snijders and Borgatti 1999):
 *    the actors present at either wave are resampled with replacement, the
 *    same draw for both waves; a pair of copies of two actors has the
 *    original pair's ties at each wave, and a pair of copies of one actor
 *    the ties of a pair of distinct actors drawn at random. The interval is
 *    the percentile interval of the replicates' changes (R's quantile type
 *    7); replicates where the measure is undefined are left out and
 *    counted;
 *  - for the measures that depend on the sectors, a two-sided permutation
 *    p-value: the sectors of the actors present at either wave are
 *    shuffled (the same shuffle at both waves) and the change recomputed;
 *    p = (1 + #{|d* - mean d*| >= |d - mean d*|}) / (1 + permutations);
 *  - each actor's degree, betweenness, E-I index and total brokerage at
 *    both waves, and the actors who gained most.
 *
 * Randomness comes from GRand seeded with the options' seed: the same seed
 * gives the same intervals and p-values on every machine.
 *
 * With a shard set (nrp_change_options_set_shard()) only the shard's
 * replicates are computed, and no interval, p-value or actor's change;
 * with shards added (nrp_change_options_add_shard()) no replicate is
 * computed: their rows come from the shards.
 *
 * Errors: NRP_ERROR_ARGUMENT for a wave @network does not have, for options
 * with both a shard set and shards added, or for a shard missing from those
 * added; NRP_ERROR_CONFLICT for an added shard made from other data or
 * options; NRP_ERROR_COMPUTE if igraph fails.
 *
 * Time complexity: O((B + P) C) for B replicates and P permutations, C the cost
 * of the chosen measures on one two-wave network, plus one centrality of the
 * two waves.
 *
 * Returns: (transfer full) (nullable): the comparison, or NULL and @error.
 */
NRP_API NrpChange *nrp_change_compute_full (const NrpNetwork *network, guint from_wave,
                                            guint to_wave, const NrpChangeOptions *options,
                                            GError **error);

/**
 * NrpMeasureChange:
 * @measure: index (nrpnet/measures.h)
 * @from: the measure at the from wave
 * @to: the measure at the to wave
 * @delta: to - from
 * @se: bootstrap standard deviation of the change; NaN if none
 * @ci_low: the low end of the percentile interval; NaN if no replicate
 * @ci_high: the high end of the percentile interval; NaN if no replicate
 * @replicates: bootstrap replicates where the change is defined
 * @p_value: label-permutation p-value; NaN if not sector-dependent or not run
 * @permutations: permutations run
 * @fixed: TRUE when every bootstrap replicate gives the same change: the
 *   design fixes the quantity (actors_present without turnover, say), so its
 *   interval and standard deviation are NaN rather than a zero-width interval
 *
 * The change of one whole-network measure. Read-only and growable: members
 * may be added at the end; only handed out by pointer
 * (nrp_change_get_measure()).
 */
typedef struct {
  guint measure;      /* index (nrpnet/measures.h) */
  double from, to;    /* the measure at the two waves */
  double delta;       /* to - from */
  double se;          /* bootstrap standard deviation of the change; NaN if none */
  double ci_low, ci_high;  /* percentile interval; NaN if no replicate */
  guint replicates;   /* bootstrap replicates where the change is defined */
  double p_value;     /* label-permutation p-value; NaN if not sector-dependent or not run */
  guint permutations; /* permutations run */
  gboolean fixed;     /* every replicate gives the same change: no interval */
} NrpMeasureChange;

/**
 * nrp_change_get_n_measures:
 * @change: a comparison
 *
 * Measures nrp_change_compute_full() estimated (0 after nrp_change_compute()).
 *
 * Time complexity: O(1).
 *
 * Returns: measures nrp_change_compute_full() estimated (0 after
 *   nrp_change_compute()).
 */
NRP_API guint nrp_change_get_n_measures (const NrpChange *change);
/**
 * nrp_change_get_measure:
 * @change: a comparison
 * @k: the index of the estimated measure, below nrp_change_get_n_measures()
 *
 * The @k-th estimated measure: its values at both waves, its change, its
 * bootstrap interval and its permutation p-value.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const NrpMeasureChange *nrp_change_get_measure (const NrpChange *change, guint k);
/**
 * nrp_change_get_bootstrap:
 * @change: a comparison
 *
 * The bootstrap replicates asked for, and the confidence level.
 *
 * Time complexity: O(1).
 *
 * Returns: the replicates.
 */
NRP_API guint nrp_change_get_bootstrap (const NrpChange *change);
/**
 * nrp_change_get_confidence:
 * @change: a comparison
 *
 * The confidence level of the intervals.
 *
 * Time complexity: O(1).
 *
 * Returns: the level, in (0, 1).
 */
NRP_API double nrp_change_get_confidence (const NrpChange *change);

/**
 * NrpActorMeasure:
 * @NRP_ACTOR_DEGREE: in + out for directed data
 * @NRP_ACTOR_BETWEENNESS: betweenness
 * @NRP_ACTOR_EI_INDEX: the actor's E-I index
 * @NRP_ACTOR_BROKERAGE: total Gould-Fernandez brokerage
 *
 * A measure whose change nrp_change_compute_full() gives for each actor.
 */
typedef enum {
  NRP_ACTOR_DEGREE = 0,    /* in + out for directed data */
  NRP_ACTOR_BETWEENNESS,
  NRP_ACTOR_EI_INDEX,
  NRP_ACTOR_BROKERAGE      /* total Gould-Fernandez brokerage */
} NrpActorMeasure;

/**
 * NRP_ACTOR_N_MEASURES:
 *
 * The number of #NrpActorMeasure values.
 */
#define NRP_ACTOR_N_MEASURES 4

/**
 * nrp_actor_measure_name:
 * @measure: which measure (#NrpActorMeasure)
 *
 * The JSON name of @measure ("degree", "betweenness", "ei_index", "brokerage").
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_actor_measure_name (NrpActorMeasure measure);

/**
 * nrp_change_get_actor_values:
 * @change: a comparison
 * @measure: which measure (#NrpActorMeasure)
 * @at_to: FALSE for the from wave, TRUE for the to wave
 *
 * @measure of every actor of the network at one wave (n_actors entries; NaN
 * when absent, and for the E-I index of an isolate). NULL after
 * nrp_change_compute(). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_change_get_actor_values (const NrpChange *change,
                                                   NrpActorMeasure measure, gboolean at_to);

/**
 * nrp_change_get_top_gainers:
 * @change: a comparison
 * @measure: which measure (#NrpActorMeasure)
 * @actors: (out caller-allocates): room for the options' top
 *
 * The actors present at both waves whose @measure rose, largest rise
 * first (ties by actor order), at most the options' top.
 *
 * Time complexity: O(n log n).
 *
 * Returns: how many were written.
 */
NRP_API guint nrp_change_get_top_gainers (const NrpChange *change, NrpActorMeasure measure,
                                          guint *actors);

G_END_DECLS

#endif /* NRPNET_CHANGE_H */
