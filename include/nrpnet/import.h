/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/import.h: data as they arrive (adjacency matrices from a
 * spreadsheet) turned into nrpnet's ties.csv.
 */
#ifndef NRPNET_IMPORT_H
#define NRPNET_IMPORT_H

/**
 * SECTION:import
 * @title: Importing matrices and survey exports
 * @include: nrpnet.h
 * @short_description: Adjacency matrices or wide survey exports, one a wave, read strictly into ties
 *
 * An adjacency matrix as a spreadsheet saves it: a header row of a corner
 * cell (any text) and the actors' ids, then a row per actor, its id first
 * and then a cell per column: empty or 0 for no tie, a positive number for
 * a tie of that weight. The separator (comma, semicolon or tab) is found
 * from the header and stated in a note. One matrix per wave, in order; the
 * result is written as a ties.csv that nrp_network_load() reads with the
 * actors.csv of the same ids.
 *
 * A wide survey export is read too (nrp_import_nominations()): a row per
 * respondent, their id in one column and a contact they name in each of
 * some others (empty when they named fewer); each name is a directed tie
 * from the respondent, of weight 1.
 */

#include <nrpnet/common.h>

G_BEGIN_DECLS

/**
 * NrpImportDirection:
 * @NRP_IMPORT_AUTO: undirected when every matrix is symmetric, else directed
 * @NRP_IMPORT_UNDIRECTED: undirected; an asymmetric cell is an error
 * @NRP_IMPORT_DIRECTED: directed: row names column
 *
 * How a matrix's cells become ties.
 */
typedef enum {
  NRP_IMPORT_AUTO,
  NRP_IMPORT_UNDIRECTED,
  NRP_IMPORT_DIRECTED
} NrpImportDirection;

/**
 * NrpImport:
 *
 * The ties read from one or more adjacency matrices
 * (nrp_import_matrices()) or wide survey exports (nrp_import_nominations()); opaque, freed with nrp_import_free().
 */
typedef struct _NrpImport NrpImport;

/**
 * nrp_import_matrices:
 * @paths: (array length=n_paths): the matrices' files, wave 1 first
 * @n_paths: how many (1 or more)
 * @direction: how cells become ties
 * @error: return location for a #GError, or NULL
 *
 * Reads every matrix, strictly and all or nothing: the header's ids must
 * be non-empty and distinct; each row's id one of them, once; each row as
 * long as the header; each cell empty, 0 or a positive finite number; the
 * diagonal empty or 0; every column id given a row. With
 * %NRP_IMPORT_UNDIRECTED a cell unlike its mirror is an error; with
 * %NRP_IMPORT_AUTO it makes the ties directed, and a note names it. The
 * notes also state each file's separator and the actors some waves'
 * matrices lack (actors.csv then needs presence columns, or they count as
 * present without ties).
 *
 * Errors: NRP_ERROR_IO, NRP_ERROR_EMPTY, NRP_ERROR_SYNTAX,
 * NRP_ERROR_ENCODING, NRP_ERROR_TOO_LONG, NRP_ERROR_HEADER (an empty or
 * repeated id), NRP_ERROR_VALUE (a cell that is no weight, a tie on the
 * diagonal, an asymmetric cell when undirected), NRP_ERROR_UNKNOWN_ACTOR (a
 * row id not in the header), NRP_ERROR_DUPLICATE (a row twice),
 * NRP_ERROR_CONFLICT (a column without a row), each with file, line and
 * column; NRP_ERROR_ARGUMENT for no path or more than 1000.
 *
 * Time complexity: O(B + T log T) for B bytes and T ties.
 *
 * Returns: (transfer full) (nullable): the ties, or NULL and @error.
 */
NRP_API NrpImport *nrp_import_matrices (const char *const *paths, guint n_paths,
                                        NrpImportDirection direction, GError **error);

/**
 * nrp_import_nominations:
 * @paths: (array length=n_paths): the exports' files, wave 1 first
 * @n_paths: how many (1 or more)
 * @id_column: (nullable): the header name of the respondents' ids
 *   (compared without regard to ASCII case), or NULL for the first column
 * @contact_columns: (nullable) (array zero-terminated=1): the contacts'
 *   columns, as names or shell-style patterns ("friend*"), compared without
 *   regard to ASCII case; NULL for every column but @id_column
 * @error: return location for a #GError, or NULL
 *
 * Reads every wide survey export, strictly and all or nothing: each file
 * needs @id_column and a column of each of @contact_columns; each row a
 * non-empty respondent id, once per file; a contact cell is empty (no one
 * named) or an actor's id, not the respondent's own and not one the row
 * has named already. Each name is a directed tie respondent -> contact of
 * weight 1; the ties are directed (nrp_import_is_directed()). The notes
 * state each file's separator and the columns read and not read, the
 * contacts that are never respondents (actors.csv needs them too), and
 * the actors some waves' files lack.
 *
 * Errors: NRP_ERROR_IO, NRP_ERROR_EMPTY, NRP_ERROR_SYNTAX,
 * NRP_ERROR_ENCODING, NRP_ERROR_TOO_LONG, NRP_ERROR_HEADER (no
 * @id_column, a pattern that matches no column, no contact column),
 * NRP_ERROR_VALUE (an empty respondent id, a respondent naming themself),
 * NRP_ERROR_DUPLICATE (a respondent's second row, a contact named twice in
 * a row), each with file, line and column; NRP_ERROR_ARGUMENT for no path,
 * more than 1000, or an empty @contact_columns.
 *
 * Time complexity: O(B + T) for B bytes and T ties (times the number of
 * patterns for the header).
 *
 * Returns: (transfer full) (nullable): the ties, or NULL and @error.
 */
NRP_API NrpImport *nrp_import_nominations (const char *const *paths, guint n_paths,
                                           const char *id_column,
                                           const char *const *contact_columns, GError **error);

/**
 * nrp_import_free:
 * @imp: (nullable): ties read, or NULL
 *
 * Frees @imp and all it owns; NULL is ignored.
 *
 * Time complexity: O(T).
 */
NRP_API void nrp_import_free (NrpImport *imp);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpImport, nrp_import_free)

/**
 * nrp_import_is_directed:
 * @imp: ties read
 *
 * Whether the ties are directed (see #NrpImportDirection).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE for directed ties.
 */
NRP_API gboolean nrp_import_is_directed (const NrpImport *imp);

/**
 * nrp_import_get_n_actors:
 * @imp: ties read
 *
 * The actors of all the matrices together.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of distinct ids.
 */
NRP_API guint nrp_import_get_n_actors (const NrpImport *imp);

/**
 * nrp_import_get_n_ties:
 * @imp: ties read
 * @wave: a wave, 1 to the number of matrices
 *
 * The ties of @wave (an undirected pair once).
 *
 * Time complexity: O(1).
 *
 * Returns: the number of ties.
 */
NRP_API guint nrp_import_get_n_ties (const NrpImport *imp, guint wave);

/**
 * nrp_import_get_n_notes:
 * @imp: ties read
 *
 * What the reader should know: the separators, the direction and why, the
 * actors missing from some waves.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of notes.
 */
NRP_API guint nrp_import_get_n_notes (const NrpImport *imp);

/**
 * nrp_import_get_note:
 * @imp: ties read
 * @index: below nrp_import_get_n_notes()
 *
 * One note, a sentence.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from @imp.
 */
NRP_API const char *nrp_import_get_note (const NrpImport *imp, guint index);

/**
 * nrp_import_write_ties:
 * @imp: ties read
 * @path: the ties.csv to write (as nrp_file_write())
 * @error: return location for a #GError, or NULL
 *
 * Writes the ties as a ties.csv: source, target, wave, weight, in the
 * matrices' order (row, then column); an undirected pair once, its source
 * the actor first met. Ids are quoted where CSV needs it and kept exactly.
 *
 * Errors: NRP_ERROR_IO as nrp_file_write().
 *
 * Time complexity: O(T).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_import_write_ties (const NrpImport *imp, const char *path, GError **error);

G_END_DECLS

#endif /* NRPNET_IMPORT_H */
