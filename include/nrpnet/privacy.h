/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/privacy.h: data that can be published: keyed pseudonyms.
 */
#ifndef NRPNET_PRIVACY_H
#define NRPNET_PRIVACY_H

/**
 * SECTION:privacy
 * @title: Pseudonyms
 * @include: nrpnet.h
 * @short_description: Ids replaced by keyed pseudonyms for publication
 *
 * A pseudonym is "p-" and the first 16 hexadecimal digits of the
 * HMAC-SHA256 of the id under a secret key (GLib's #GHmac): the same key
 * gives the same pseudonym in every run and every file, so results can be
 * joined, and without the key an id cannot be recovered from it (nor
 * checked by hashing guesses). Keep the key as you would the raw data.
 */

#include <nrpnet/network.h>
#include <nrpnet/survey.h>
#include <nrpnet/report.h>
#include <nrpnet/change.h>
#include <nrpnet/study.h>

G_BEGIN_DECLS

/**
 * NRP_KEY_BYTES:
 *
 * The bytes of a key nrp_key_generate() writes (its file holds twice as
 * many hexadecimal digits); nrp_key_load() takes 16 bytes or more.
 */
#define NRP_KEY_BYTES 32

/**
 * nrp_key_generate:
 * @path: the key file to create (it must not exist)
 * @error: return location for a #GError, or NULL
 *
 * Writes a new random key (NRP_KEY_BYTES from the kernel's random source,
 * as hexadecimal digits and a line feed), readable by its owner only.
 *
 * Errors: NRP_ERROR_IO when @path exists or cannot be written.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_key_generate (const char *path, GError **error);

/**
 * nrp_key_load:
 * @path: a key file (nrp_key_generate())
 * @error: return location for a #GError, or NULL
 *
 * Reads a key: one line of hexadecimal digits, 32 or more (16 bytes).
 *
 * Errors: NRP_ERROR_IO; NRP_ERROR_VALUE (with line and column) for a
 * character that is not a hexadecimal digit, an odd count or a key
 * shorter than 16 bytes.
 *
 * Time complexity: O(B) for B bytes.
 *
 * Returns: (transfer full): the key (g_bytes_unref()), or NULL and @error.
 */
NRP_API GBytes *nrp_key_load (const char *path, GError **error);

/**
 * nrp_pseudonym:
 * @key: a key (nrp_key_load())
 * @id: an id, UTF-8
 *
 * The pseudonym of @id under @key: "p-" and 16 hexadecimal digits.
 *
 * Time complexity: O(length of @id).
 *
 * Returns: (transfer full): a new string (g_free()).
 */
NRP_API char *nrp_pseudonym (GBytes *key, const char *id);

/**
 * nrp_network_new_pseudonymised:
 * @network: a network
 * @key: a key (nrp_key_load())
 * @keep_columns: (nullable) (array zero-terminated=1): the extra columns
 *   of actors.csv to keep; NULL or empty drops them all
 * @error: return location for a #GError, or NULL
 *
 * A copy of @network whose actor ids are their pseudonyms, so that every
 * output made from it (text, JSON, CSV, GraphML, pictures) carries no
 * input id, and without the extra columns of actors.csv (a name, an
 * email...) except those named in @keep_columns and the presence columns
 * read as presence. Sectors, areas, presence
 * and ties are unchanged. A warning of the copy says what was done.
 *
 * Errors: NRP_ERROR_ARGUMENT for a column of @keep_columns the network
 * does not have; NRP_ERROR_CONFLICT if two ids had one pseudonym (a chance
 * of about n^2 / 2^65 for n actors).
 *
 * Time complexity: O(n a + m) for n actors, a attributes and m ties.
 *
 * Returns: (transfer full): a new network (nrp_network_free()), or NULL and
 * @error.
 */
NRP_API NrpNetwork *nrp_network_new_pseudonymised (const NrpNetwork *network, GBytes *key,
                                                   const char *const *keep_columns,
                                                   GError **error);

/**
 * nrp_survey_pseudonymise:
 * @survey: a survey, with its ego answers loaded if it is to have them
 * @key: a key (nrp_key_load()), the network's too when they are joined
 * @error: return location for a #GError, or NULL
 *
 * Replaces each respondent's id and each alter's system player id by its
 * pseudonym, in place, so that the survey's outputs carry none and its
 * join to a network pseudonymised with the same key still holds. Ego
 * answers cannot be loaded after it (they name the raw ids).
 *
 * Errors: NRP_ERROR_CONFLICT if two ids had one pseudonym; on error
 * @survey is unchanged.
 *
 * Time complexity: O(N + A) for N respondent rows and A alters naming
 * players.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_survey_pseudonymise (NrpSurvey *survey, GBytes *key, GError **error);

/**
 * NRP_MAX_SUPPRESS_BELOW:
 *
 * The highest small-cell threshold nrp_survey_result_set_suppress_below()
 * takes.
 */
#define NRP_MAX_SUPPRESS_BELOW 1000

/**
 * nrp_survey_result_set_suppress_below:
 * @result: a survey's result (nrp_survey_compute())
 * @k: the threshold: cells of 1 to @k - 1 respondents are suppressed; 0
 *   for none (the default); the README recommends 10, ONS's threshold
 * @error: return location for a #GError, or NULL
 *
 * Small-cell suppression for publication. An area-wave cell of 1 to @k - 1
 * respondents is suppressed with everything computed from it (its
 * weighted and effective n, its means and their SEs); where a wave then
 * has exactly one suppressed cell, its smallest other non-empty cell is
 * suppressed too, so that no suppressed cell can be recovered by
 * subtracting the others from the wave's respondents. An outcome whose
 * excluded respondents are 1 to @k - 1 has its n and excluded suppressed.
 * The writers (JSON, CSV, text, the picture) then show suppressed values
 * as "<@k" (JSON: {"suppressed": true}) and leave out the per-respondent
 * measures. The estimates and their inference, computed from every
 * respondent, stand.
 *
 * Errors: NRP_ERROR_ARGUMENT for @k of 1 or above NRP_MAX_SUPPRESS_BELOW.
 *
 * Time complexity: O(C + D) for C cells and D outcomes.
 *
 * Returns: TRUE, or FALSE and @error (@result unchanged).
 */
NRP_API gboolean nrp_survey_result_set_suppress_below (NrpSurveyResult *result, guint k,
                                                       GError **error);

/**
 * nrp_survey_result_get_suppress_below:
 * @result: a survey's result
 *
 * Time complexity: O(1).
 *
 * Returns: the threshold set (0: no suppression).
 */
NRP_API guint nrp_survey_result_get_suppress_below (const NrpSurveyResult *result);

/**
 * nrp_survey_result_is_cell_suppressed:
 * @result: a survey's result
 * @cell: an area-wave cell, below nrp_survey_result_get_n_area_waves()
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE when the cell's n and everything computed from it are
 *   suppressed (nrp_survey_result_set_suppress_below()).
 */
NRP_API gboolean nrp_survey_result_is_cell_suppressed (const NrpSurveyResult *result,
                                                       guint cell);

/**
 * nrp_survey_result_is_did_suppressed:
 * @result: a survey's result
 * @outcome: an outcome, below nrp_survey_result_get_n_outcomes()
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE when the outcome's n and excluded are suppressed.
 */
NRP_API gboolean nrp_survey_result_is_did_suppressed (const NrpSurveyResult *result,
                                                      guint outcome);

/**
 * NrpPublication:
 *
 * A report's tables for publication, with small cells suppressed
 * (nrp_report_publication_new()); opaque, freed with
 * nrp_publication_free().
 */
typedef struct _NrpPublication NrpPublication;

/**
 * NrpCellKind:
 * @NRP_CELL_EMPTY: no value in this position (below the diagonal of an
 *   undirected mixing matrix)
 * @NRP_CELL_COUNT: a count, published
 * @NRP_CELL_VALUE: a value computed from counts (a density, an index),
 *   published; NaN when undefined
 * @NRP_CELL_SUPPRESSED: a count suppressed: shown as "<k"
 * @NRP_CELL_HIDDEN: a value computed from a suppressed count, hidden with
 *   it: shown as "[c]" (confidential, as ONS writes it)
 *
 * What one cell of a publication table holds.
 */
typedef enum {
  NRP_CELL_EMPTY = 0,
  NRP_CELL_COUNT,
  NRP_CELL_VALUE,
  NRP_CELL_SUPPRESSED,
  NRP_CELL_HIDDEN
} NrpCellKind;

/**
 * nrp_report_publication_new:
 * @report: a report (nrp_report_compute())
 * @network: the network it was computed on
 * @k: the threshold: counts of 1 to @k - 1 are suppressed, 2 to
 *   NRP_MAX_SUPPRESS_BELOW; the README recommends 10, ONS's threshold
 * @error: return location for a #GError, or NULL
 *
 * The tables of @report that can be published with small-cell suppression,
 * one column per wave: actors present by sector ("actors"), ties by class
 * ("ties"), the mixing matrix of each wave ("mixing_wave_1"...; for
 * undirected data its upper triangle) and the whole-network measures
 * ("network").
 *
 * A count of 1 to @k - 1 is suppressed (primary suppression). The tables'
 * sums (the sectors' actors make all the actors; the classes' ties all the
 * ties; the mixing matrix's cells all the ties, its diagonal the bonding
 * ties, its bridging and linking pairs the bridging and linking ties) are
 * then checked exactly: while a suppressed cell is determined by the cells
 * shown and those sums (by any combination of them, not only one
 * subtraction), another cell of one of its sums is suppressed, the smallest
 * non-zero one first (secondary suppression). A value computed from a
 * suppressed count is suppressed with it (density, mean degree and the
 * largest component's share; the E-I index; assortativity and sector
 * modularity with any cell of the mixing matrix). Every per-actor table,
 * and the other tables whose cells cannot be protected this way, are left
 * out: nrp_publication_get_left_out() lists them.
 *
 * Errors: NRP_ERROR_ARGUMENT for @k below 2 or above NRP_MAX_SUPPRESS_BELOW.
 *
 * Time complexity: O(n + C^2 R) for n actors, C cells and R sums (C grows
 * with waves x sectors^2).
 *
 * Returns: (transfer full) (nullable): the tables, or NULL and @error.
 */
NRP_API NrpPublication *nrp_report_publication_new (const NrpReport *report,
                                                    const NrpNetwork *network, guint k,
                                                    GError **error);

/**
 * nrp_change_publication_new:
 * @changes: (array length=n_changes): comparisons of @network
 *   (nrp_change_compute_full())
 * @n_changes: their number
 * @network: the network they compare
 * @k: the threshold, as nrp_report_publication_new()'s
 * @error: return location for a #GError, or NULL
 *
 * The comparisons' tables for publication, with small-cell suppression as
 * nrp_report_publication_new()'s. For each comparison of waves A and B
 * (names end in _A_B): actor turnover ("turnover": present at A and at B,
 * stayed, left, entered; present at A = stayed + left, at B = stayed +
 * entered), the tie change table ("tie_change": formed, dissolved, kept,
 * Hamming distance = formed + dissolved, and the Jaccard index, hidden with
 * any of its counts; for all and for cross-sector dyads) and the change by
 * sector pair ("formed", "dissolved", "kept", "strengthened", "weakened";
 * undirected, the upper triangle), whose formed, dissolved and kept cells
 * add up to the change table's, all and cross-sector. The change in each
 * measure with its interval, the top gainers and per-actor change are left
 * out.
 *
 * Errors: NRP_ERROR_ARGUMENT for @k below 2 or above NRP_MAX_SUPPRESS_BELOW.
 *
 * Time complexity: O(n + C^2 R) for n actors, C cells and R sums.
 *
 * Returns: (transfer full) (nullable): the tables, or NULL and @error.
 */
NRP_API NrpPublication *nrp_change_publication_new (NrpChange *const *changes, guint n_changes,
                                                    const NrpNetwork *network, guint k,
                                                    GError **error);

/**
 * nrp_study_publication_new:
 * @study: a study (nrp_study_compute())
 * @k: the threshold, as nrp_report_publication_new()'s
 * @error: return location for a #GError, or NULL
 *
 * The study's tables for publication. "areas": each area (its row label
 * "NAME (arm)") with its actors and each measure at the two waves and its
 * change; an area of 1 to @k - 1 actors has its count suppressed and its
 * measures hidden (they describe its few actors). "did": each measure's
 * difference in differences (estimate, each arm's mean change, the
 * interval and the p-value); an arm's mean change and the other areas'
 * changes would give a hidden area's change back, so a measure's row is
 * hidden with any area's change of it. The areas outside areas.csv are
 * left out.
 *
 * Errors: NRP_ERROR_ARGUMENT for @k below 2 or above NRP_MAX_SUPPRESS_BELOW.
 *
 * Time complexity: O(A M) for A areas and M measures.
 *
 * Returns: (transfer full) (nullable): the tables, or NULL and @error.
 */
NRP_API NrpPublication *nrp_study_publication_new (const NrpStudy *study, guint k,
                                                   GError **error);

/**
 * nrp_publication_free:
 * @publication: (nullable): tables from nrp_report_publication_new()
 *
 * Frees @publication.
 *
 * Time complexity: O(C) for C cells.
 */
NRP_API void nrp_publication_free (NrpPublication *publication);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpPublication, nrp_publication_free)

/**
 * nrp_publication_get_suppress_below:
 * @publication: publication tables
 *
 * Time complexity: O(1).
 *
 * Returns: the threshold k: counts of 1 to k - 1 are suppressed.
 */
NRP_API guint nrp_publication_get_suppress_below (const NrpPublication *publication);

/**
 * nrp_publication_get_n_tables:
 * @publication: publication tables
 *
 * Time complexity: O(1).
 *
 * Returns: the number of tables.
 */
NRP_API guint nrp_publication_get_n_tables (const NrpPublication *publication);

/**
 * nrp_publication_get_table_name:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the table's name ("actors", "ties",
 *   "mixing_wave_1"..., "network"; "turnover_1_2"...), also its CSV
 *   file's name.
 */
NRP_API const char *nrp_publication_get_table_name (const NrpPublication *publication,
                                                    guint table);

/**
 * nrp_publication_get_table_title:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the table's title, in words.
 */
NRP_API const char *nrp_publication_get_table_title (const NrpPublication *publication,
                                                     guint table);

/**
 * nrp_publication_get_n_rows:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 *
 * Time complexity: O(1).
 *
 * Returns: the table's rows.
 */
NRP_API guint nrp_publication_get_n_rows (const NrpPublication *publication, guint table);

/**
 * nrp_publication_get_n_columns:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 *
 * Time complexity: O(1).
 *
 * Returns: the table's columns.
 */
NRP_API guint nrp_publication_get_n_columns (const NrpPublication *publication, guint table);

/**
 * nrp_publication_get_row_label:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 * @row: a row, below nrp_publication_get_n_rows()
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the row's label (a sector, a tie class, "all",
 *   a measure).
 */
NRP_API const char *nrp_publication_get_row_label (const NrpPublication *publication,
                                                   guint table, guint row);

/**
 * nrp_publication_get_column_label:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 * @column: a column, below nrp_publication_get_n_columns()
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the column's label ("wave 1"..., or a sector).
 */
NRP_API const char *nrp_publication_get_column_label (const NrpPublication *publication,
                                                      guint table, guint column);

/**
 * nrp_publication_get_cell:
 * @publication: publication tables
 * @table: a table, below nrp_publication_get_n_tables()
 * @row: a row, below nrp_publication_get_n_rows()
 * @column: a column, below nrp_publication_get_n_columns()
 * @value: (out) (optional): the value of a published cell; NaN for an
 *   empty or suppressed one (and for an undefined value)
 *
 * Time complexity: O(1).
 *
 * Returns: what the cell holds.
 */
NRP_API NrpCellKind nrp_publication_get_cell (const NrpPublication *publication, guint table,
                                              guint row, guint column, double *value);

/**
 * nrp_publication_get_left_out:
 * @publication: publication tables
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (array zero-terminated=1): the report's tables
 *   left out of the publication, NULL-terminated.
 */
NRP_API const char *const *nrp_publication_get_left_out (const NrpPublication *publication);

/**
 * nrp_publication_to_json:
 * @publication: publication tables
 * @pretty: indent the document
 *
 * The tables as JSON: {"schema_version", "nrpnet_version",
 * "suppress_below", "tables": [{"name", "title", "columns", "rows":
 * [{"row", "values"}]}], "left_out"}; a suppressed or hidden cell is
 * {"suppressed": true}, an empty one or an undefined value null.
 *
 * Time complexity: O(C) for C cells.
 *
 * Returns: (transfer full): the document; free with g_free().
 */
NRP_API char *nrp_publication_to_json (const NrpPublication *publication, gboolean pretty);

/**
 * nrp_publication_write_csv:
 * @publication: publication tables
 * @dir: the directory, created if needed
 * @flags: NRP_CSV_BOM for Excel's byte order mark, or 0
 * @error: return location for a #GError, or NULL
 *
 * Writes each table to @dir as publication_NAME.csv (a row label column,
 * then one column per column of the table); a suppressed count is "<k", a
 * hidden value "[c]", an empty cell or an undefined value empty.
 *
 * Errors: NRP_ERROR_IO when a file cannot be written.
 *
 * Time complexity: O(C) for C cells.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_publication_write_csv (const NrpPublication *publication, const char *dir,
                                            NrpCsvFlags flags, GError **error);

G_END_DECLS

#endif /* NRPNET_PRIVACY_H */
