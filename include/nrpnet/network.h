/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/network.h: the data model (actors, sectors, waves, ties, missing
 * dyads) and the strict, all-or-nothing CSV loader.
 *
 * A network holds the system players of a neighbourhood (or of a whole
 * study of areas) and the ties between them at waves 1..k. Each actor has a
 * string id, a sector, an optional area and free string attributes (the
 * other columns of actors.csv). The network is immutable once loaded.
 */
#ifndef NRPNET_NETWORK_H
#define NRPNET_NETWORK_H

/**
 * SECTION:network
 * @title: Networks and loading
 * @include: nrpnet.h
 * @short_description: The data model (actors, sectors, waves, ties, missing
 *   dyads) and the strict, all-or-nothing CSV loader
 *
 * The data model (actors, sectors, waves, ties, missing
 * dyads) and the strict, all-or-nothing CSV loader.
 *
 * A network holds the system players of a neighbourhood (or of a whole
 * study of areas) and the ties between them at waves 1..k. Each actor has a
 * string id, a sector, an optional area and free string attributes (the
 * other columns of actors.csv). The network is immutable once loaded.
 */

#include <nrpnet/common.h>

G_BEGIN_DECLS

/**
 * NrpLoadOptions:
 *
 * Options of nrp_network_load(); opaque, made by nrp_load_options_new().
 */
typedef struct _NrpLoadOptions NrpLoadOptions;
/**
 * NrpNetwork:
 *
 * The data model: actors with their sectors, areas and attributes, and the ties
 * and unobserved dyads of every wave. Immutable once loaded, and so safe to
 * read from several threads; opaque, freed with nrp_network_free().
 */
typedef struct _NrpNetwork NrpNetwork;

/* ---- Load options ------------------------------------------------------ */

/**
 * nrp_load_options_new:
 *
 * Options for nrp_network_load(). The defaults: undirected ties, the sector
 * column is "sector", no sectors.csv (the built-in NRP taxonomy gives labels
 * and power levels), no missing.csv, no per-wave presence columns, and no
 * merging of duplicate ties (a duplicate is an error).
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer full): new options; free with nrp_load_options_free().
 */
NRP_API NrpLoadOptions *nrp_load_options_new (void);
/**
 * nrp_load_options_free:
 * @options: the options
 *
 * Frees @options and all it owns; NULL is ignored.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_free (NrpLoadOptions *options);

/**
 * nrp_load_options_set_directed:
 * @options: the options
 * @directed: ties are directed (source -> target)
 *
 * Ties are directed (source -> target) when TRUE; undirected by default.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_set_directed (NrpLoadOptions *options, gboolean directed);

/**
 * nrp_load_options_set_sector_column:
 * @options: the options
 * @column: the column name (ASCII case ignored)
 *
 * The name of the sector column of actors.csv ("sector" by default).
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_set_sector_column (NrpLoadOptions *options, const char *column);

/**
 * nrp_load_options_set_sectors_file:
 * @options: the options
 * @path: (nullable): a sectors.csv (columns sector, label, power), or NULL
 * @closed: when TRUE, an actor whose sector is not listed (in @path, or
 *   without @path in the built-in NRP taxonomy) is an error; when FALSE,
 *   unlisted sectors are registered as they appear, with no label and no
 *   power level, and named in a warning (nrp_network_get_warning()).
 *
 * A sectors.csv replaces the built-in NRP taxonomy.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_set_sectors_file (NrpLoadOptions *options, const char *path,
                                                gboolean closed);

/**
 * nrp_load_options_set_missing_file:
 * @options: the options
 * @path: (nullable): a missing.csv, or NULL for none
 *
 * A missing.csv (columns source, target, wave, optional code), or NULL.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_set_missing_file (NrpLoadOptions *options, const char *path);

/**
 * nrp_load_options_set_presence_prefix:
 * @options: the options
 * @prefix: (nullable): for example "present_w"; NULL (the default) to use
 *   the columns present_w1, present_w2... (else present_1, present_2...)
 *   when actors.csv has them; "" to read no presence
 *
 * Read per-wave presence from the actors.csv columns PREFIX1, PREFIX2...
 * (values 1 = present, 0 = absent; an actor must be present in a wave to
 * have ties in it). Without presence columns every actor is present in
 * every wave. nrp_network_get_presence_column() tells which were read.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_set_presence_prefix (NrpLoadOptions *options, const char *prefix);

/**
 * nrp_load_options_set_merge_duplicates:
 * @options: the options
 * @merge: keep one copy of a duplicated tie
 *
 * When TRUE, a tie listed twice in one wave with the same weight and type
 * (for undirected data also a-b listed again as b-a) is kept once and
 * counted in nrp_network_get_n_merged(). Duplicates with different weights are
 * still an error. When FALSE (the default) every duplicate is an error.
 *
 * Time complexity: O(1).
 */
NRP_API void nrp_load_options_set_merge_duplicates (NrpLoadOptions *options, gboolean merge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpLoadOptions, nrp_load_options_free)

/* ---- Loading ----------------------------------------------------------- */

/**
 * nrp_network_load:
 * @actors_path: actors.csv (columns id, the sector column, optional area, any
 *   others kept as attributes)
 * @ties_path: ties.csv (columns source, target, wave, optional weight and type)
 * @options: (nullable): load options, or NULL for the defaults
 * @error: return location for a GError
 *
 * Reads and validates the files. Loading is all or nothing: on any error
 * the result is NULL and @error names the file, the line and the column.
 * Messages name ids and positions, never attribute values.
 *
 * Errors: NRP_ERROR_IO (a file cannot be read), NRP_ERROR_EMPTY,
 * NRP_ERROR_SYNTAX, NRP_ERROR_ENCODING, NRP_ERROR_TOO_LONG, NRP_ERROR_HEADER,
 * NRP_ERROR_VALUE, NRP_ERROR_DUPLICATE, NRP_ERROR_UNKNOWN_ACTOR,
 * NRP_ERROR_SELF_LOOP, NRP_ERROR_UNKNOWN_SECTOR, NRP_ERROR_CONFLICT, each with
 * file, line and column.
 *
 * Time complexity: O(B + T log T) for B input bytes and T tie rows.
 *
 * Returns: (transfer full) (nullable): the network, or NULL on error.
 */
NRP_API NrpNetwork *nrp_network_load (const char *actors_path, const char *ties_path,
                                      const NrpLoadOptions *options, GError **error);

/**
 * nrp_network_load_sample:
 * @error: return location for a #GError, or NULL
 *
 * Loads the bundled synthetic sample study (compiled into the library):
 * undirected, weighted ties at two waves among the system players of 18
 * areas, with per-wave presence. See data/sample/README.md.
 *
 * Errors: NRP_ERROR_IO if the bundled files are missing (a broken build).
 *
 * Time complexity: O(B + T log T) for the B bytes and T tie rows of the sample.
 *
 * Returns: (transfer full) (nullable): the network, or NULL on error.
 */
NRP_API NrpNetwork *nrp_network_load_sample (GError **error);

/**
 * nrp_sample_get_file:
 * @name: "actors.csv", "ties.csv", "areas.csv" or "outcomes.csv"
 * @length: (out) (optional): its length in bytes
 *
 * The bytes of a file of the bundled sample study.
 *
 * Time complexity: O(1).
 *
 * Returns: (nullable): the bytes of a bundled sample file (not NUL-terminated),
 *   owned by the library; NULL for an unknown name.
 */
NRP_API const char *nrp_sample_get_file (const char *name, gsize *length);

/**
 * nrp_network_free:
 * @network: the network
 *
 * Frees @network and all it owns; NULL is ignored.
 *
 * Time complexity: O(n + m).
 */
NRP_API void nrp_network_free (NrpNetwork *network);

/**
 * nrp_network_new_area:
 * @network: the network
 * @area: an area named in the actors' area column
 * @with_regional: also keep the regional players (actors with no area)
 * @error: return location for a #GError, or NULL
 *
 * The network of one area: its actors (and, if asked, the regional
 * players) in their order, the ties and unobserved dyads among them at every
 * wave, their presence and attributes. The sector list is the whole
 * network's, in its order, so the measures of different areas line up
 * (sectors without actors here have size 0).
 *
 * Errors: NRP_ERROR_ARGUMENT when no actor has @area.
 *
 * Time complexity: O(n + m) for the n actors and m tie rows of @network.
 *
 * Returns: (transfer full) (nullable): the area's network, or NULL and @error
 *   (NRP_ERROR_ARGUMENT when no actor has that area).
 */
NRP_API NrpNetwork *nrp_network_new_area (const NrpNetwork *network, const char *area,
                                          gboolean with_regional, GError **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpNetwork, nrp_network_free)

/* ---- The model --------------------------------------------------------- */

/**
 * nrp_network_is_directed:
 * @network: the network
 *
 * Whether the ties are directed.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_network_is_directed (const NrpNetwork *network);
/**
 * nrp_network_get_n_actors:
 * @network: the network
 *
 * Number of actors (rows of actors.csv), present or not.
 *
 * Time complexity: O(1).
 *
 * Returns: number of actors (rows of actors.csv), present or not.
 */
NRP_API guint nrp_network_get_n_actors (const NrpNetwork *network);
/**
 * nrp_network_get_n_waves:
 * @network: the network
 *
 * Number of waves k: the highest wave in ties.csv or missing.csv.
 *
 * Time complexity: O(1).
 *
 * Returns: number of waves k: the highest wave in ties.csv or missing.csv.
 */
NRP_API guint nrp_network_get_n_waves (const NrpNetwork *network);
/**
 * nrp_network_get_n_merged:
 * @network: the network
 *
 * Ties merged by nrp_load_options_set_merge_duplicates().
 *
 * Time complexity: O(1).
 *
 * Returns: ties merged by nrp_load_options_set_merge_duplicates().
 */
NRP_API guint nrp_network_get_n_merged (const NrpNetwork *network);

/**
 * nrp_network_get_actor_id:
 * @network: the network
 * @actor: an actor index, 0-based (actors.csv order)
 *
 * Id of actor @actor (0-based, in actors.csv order). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_network_get_actor_id (const NrpNetwork *network, guint actor);
/**
 * nrp_network_find_actor:
 * @network: the network
 * @id: an actor id
 *
 * Index of the actor with id @id, or -1 if there is none.
 *
 * Time complexity: O(1) expected (a hash table).
 *
 * Returns: the actor's index, or -1 if there is none.
 */
NRP_API gint nrp_network_find_actor (const NrpNetwork *network, const char *id);
/**
 * nrp_network_get_actor_sector:
 * @network: the network
 * @actor: an actor index, 0-based (actors.csv order)
 *
 * Sector index of actor @actor.
 *
 * Time complexity: O(1).
 *
 * Returns: the sector index.
 */
NRP_API guint nrp_network_get_actor_sector (const NrpNetwork *network, guint actor);
/**
 * nrp_network_get_actor_area:
 * @network: the network
 * @actor: an actor index, 0-based (actors.csv order)
 *
 * Area of actor @actor, or NULL for a regional player (no area). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_network_get_actor_area (const NrpNetwork *network, guint actor);
/**
 * nrp_network_get_actor_present:
 * @network: the network
 * @actor: an actor index, 0-based (actors.csv order)
 * @wave: a wave of the network, 1-based
 *
 * TRUE if actor @actor is present at wave @wave (1-based).
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_network_get_actor_present (const NrpNetwork *network, guint actor, guint wave);

/**
 * nrp_network_get_n_attributes:
 * @network: the network
 *
 * Number of attribute columns kept from actors.csv.
 *
 * Time complexity: O(1).
 *
 * Returns: number of attribute columns kept from actors.csv.
 */
NRP_API guint nrp_network_get_n_attributes (const NrpNetwork *network);
/**
 * nrp_network_get_attribute_name:
 * @network: the network
 * @index: an attribute column, below nrp_network_get_n_attributes()
 *
 * Name of attribute column @index. Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_network_get_attribute_name (const NrpNetwork *network, guint index);
/**
 * nrp_network_get_actor_attribute:
 * @network: the network
 * @actor: an actor index, 0-based (actors.csv order)
 * @name: an attribute column name (ASCII case ignored)
 *
 * Value of attribute @name for @actor ("" for an empty cell), or NULL if no
 * such column.
 *
 * Time complexity: O(a) for a attribute columns.
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_network_get_actor_attribute (const NrpNetwork *network, guint actor,
                                                     const char *name);

/**
 * nrp_network_get_n_sectors:
 * @network: the network
 *
 * Sectors, numbered 0..n-1: those listed in sectors.csv in its order, then
 * the others that actors use, in byte order of their names. Without a
 * sectors.csv, sectors of the built-in NRP taxonomy come first, in its
 * order (resident, third_sector, business, academic, public_service,
 * local_authority), then the others by name.
 *
 * Time complexity: O(1).
 *
 * Returns: the number of sectors.
 */
NRP_API guint nrp_network_get_n_sectors (const NrpNetwork *network);
/**
 * nrp_network_get_sector_name:
 * @network: the network
 * @sector: a sector index, 0-based (nrp_network_get_n_sectors())
 *
 * The name of @sector as the data spell it.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_network_get_sector_name (const NrpNetwork *network, guint sector);
/**
 * nrp_network_get_sector_label:
 * @network: the network
 * @sector: a sector index, 0-based (nrp_network_get_n_sectors())
 *
 * Display label (the name itself when none is known). Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_network_get_sector_label (const NrpNetwork *network, guint sector);
/**
 * nrp_network_get_sector_power:
 * @network: the network
 * @sector: a sector index, 0-based (nrp_network_get_n_sectors())
 * @power: (out) (optional): the power level, when the sector has one
 *
 * TRUE and the power level in @power when the sector has one.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_network_get_sector_power (const NrpNetwork *network, guint sector, gint *power);
/**
 * nrp_network_get_sector_size:
 * @network: the network
 * @sector: a sector index, 0-based (nrp_network_get_n_sectors())
 *
 * Number of actors in the sector.
 *
 * Time complexity: O(1).
 *
 * Returns: number of actors in the sector.
 */
NRP_API guint nrp_network_get_sector_size (const NrpNetwork *network, guint sector);

/**
 * nrp_network_get_n_ties:
 * @network: the network
 * @wave: a wave of the network, 1-based
 *
 * Number of tie rows at @wave (after any merging).
 *
 * Time complexity: O(1).
 *
 * Returns: number of tie rows at @wave (after any merging).
 */
NRP_API guint nrp_network_get_n_ties (const NrpNetwork *network, guint wave);
/**
 * nrp_network_get_tie:
 * @network: the network
 * @wave: a wave of the network, 1-based
 * @index: a tie index, below nrp_network_get_n_ties()
 * @source: (out) (optional): the source actor index
 * @target: (out) (optional): the target actor index
 * @weight: (out) (optional): the weight
 * @type: (out) (optional): the relation type, or NULL if the data have none
 *
 * The @index-th tie of @wave, sorted by (source, target, type). For
 * undirected data source < target in actors.csv order.
 *
 * Time complexity: O(1).
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_network_get_tie (const NrpNetwork *network, guint wave, guint index,
                                      guint *source, guint *target, double *weight,
                                      const char **type);
/**
 * nrp_network_get_n_missing:
 * @network: the network
 * @wave: a wave of the network, 1-based
 *
 * Number of unobserved dyads at @wave (from missing.csv).
 *
 * Time complexity: O(1).
 *
 * Returns: number of unobserved dyads at @wave (from missing.csv).
 */
NRP_API guint nrp_network_get_n_missing (const NrpNetwork *network, guint wave);
/**
 * nrp_network_is_dyad_missing:
 * @network: the network
 * @wave: a wave of the network, 1-based
 * @source: (out) (optional): the source actor index
 * @target: (out) (optional): the target actor index
 *
 * TRUE if the dyad (@source, @target) is unobserved at @wave.
 *
 * Time complexity: O(log u) for u unobserved dyads at @wave.
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_network_is_dyad_missing (const NrpNetwork *network, guint wave,
                                              guint source, guint target);

/**
 * nrp_network_get_n_warnings:
 * @network: the network
 *
 * What the analyst should know about the data that is no error: each
 * sector with actors but no power level (its ties count as bridging, never
 * linking), with how to give it one. The program prints them on stderr and
 * every JSON document carries them as "warnings".
 *
 * Time complexity: O(1).
 *
 * Returns: the number of warnings.
 */
NRP_API guint nrp_network_get_n_warnings (const NrpNetwork *network);
/**
 * nrp_network_get_warning:
 * @network: the network
 * @index: a warning, below nrp_network_get_n_warnings()
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): the warning's text, borrowed from @network.
 */
NRP_API const char *nrp_network_get_warning (const NrpNetwork *network, guint index);
/**
 * nrp_network_get_presence_column:
 * @network: the network
 * @wave: a wave, 1-based
 *
 * The actors.csv column presence at @wave was read from: the columns named
 * by nrp_load_options_set_presence_prefix(), or, without a prefix, the
 * present_w1, present_w2... (else present_1, present_2...) columns the file
 * has.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none) (nullable): the column's name as in the header,
 *   or NULL when presence was not read (every actor is present at every
 *   wave) or the wave has no column.
 */
NRP_API const char *nrp_network_get_presence_column (const NrpNetwork *network, guint wave);

G_END_DECLS

#endif /* NRPNET_NETWORK_H */
