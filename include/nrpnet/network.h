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

#include <nrpnet/common.h>

G_BEGIN_DECLS

typedef struct _NrpLoadOptions NrpLoadOptions;
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
 * Returns: (transfer full): new options; free with nrp_load_options_free().
 */
NRP_API NrpLoadOptions *nrp_load_options_new (void);
NRP_API void nrp_load_options_free (NrpLoadOptions *options);

/** Ties are directed (source -> target) when TRUE; undirected by default. */
NRP_API void nrp_load_options_set_directed (NrpLoadOptions *options, gboolean directed);

/** The name of the sector column of actors.csv ("sector" by default). */
NRP_API void nrp_load_options_set_sector_column (NrpLoadOptions *options, const char *column);

/**
 * nrp_load_options_set_sectors_file:
 * @path: (nullable): a sectors.csv (columns sector, label, power), or NULL
 * @closed: when TRUE, an actor whose sector is not listed is an error;
 *   when FALSE, unlisted sectors are registered as they appear, with no
 *   label and no power level.
 *
 * A sectors.csv replaces the built-in NRP taxonomy.
 */
NRP_API void nrp_load_options_set_sectors_file (NrpLoadOptions *options, const char *path,
                                                gboolean closed);

/** A missing.csv (columns source, target, wave, optional code), or NULL. */
NRP_API void nrp_load_options_set_missing_file (NrpLoadOptions *options, const char *path);

/**
 * nrp_load_options_set_presence_prefix:
 * @prefix: (nullable): for example "present_w"
 *
 * Read per-wave presence from the actors.csv columns PREFIX1, PREFIX2...
 * (values 1 = present, 0 = absent; an actor must be present in a wave to
 * have ties in it). Without a prefix every actor is present in every wave.
 */
NRP_API void nrp_load_options_set_presence_prefix (NrpLoadOptions *options, const char *prefix);

/**
 * nrp_load_options_set_merge_duplicates:
 *
 * When TRUE, a tie listed twice in one wave with the same weight and type
 * (for undirected data also a-b listed again as b-a) is kept once and
 * counted in nrp_network_get_n_merged(). Duplicates with different weights are
 * still an error. When FALSE (the default) every duplicate is an error.
 */
NRP_API void nrp_load_options_set_merge_duplicates (NrpLoadOptions *options, gboolean merge);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpLoadOptions, nrp_load_options_free)

/* ---- Loading ----------------------------------------------------------- */

/**
 * nrp_network_load:
 * @actors_path: actors.csv (columns id, the sector column, optional area,
 *   any others kept as attributes)
 * @ties_path: ties.csv (columns source, target, wave, optional weight and
 *   type)
 * @options: (nullable): load options, or NULL for the defaults
 * @error: return location for a GError
 *
 * Reads and validates the files. Loading is all or nothing: on any error
 * the result is NULL and @error names the file, the line and the column.
 * Messages name ids and positions, never attribute values.
 *
 * Time complexity: O(B + T log T) for B input bytes and T tie rows.
 *
 * Returns: (transfer full) (nullable): the network, or NULL on error.
 */
NRP_API NrpNetwork *nrp_network_load (const char *actors_path, const char *ties_path,
                                      const NrpLoadOptions *options, GError **error);

/**
 * nrp_network_load_sample:
 *
 * Loads the bundled synthetic sample study (compiled into the library):
 * undirected, weighted ties at two waves among the system players of 18
 * areas, with per-wave presence. See data/sample/README.md.
 *
 * Returns: (transfer full) (nullable): the network, or NULL on error.
 */
NRP_API NrpNetwork *nrp_network_load_sample (GError **error);

/**
 * nrp_sample_get_file:
 * @name: "actors.csv", "ties.csv", "areas.csv" or "outcomes.csv"
 * @length: (out) (optional): its length in bytes
 *
 * Returns: (nullable): the bytes of a bundled sample file (not
 * NUL-terminated), owned by the library; NULL for an unknown name.
 */
NRP_API const char *nrp_sample_get_file (const char *name, gsize *length);

NRP_API void nrp_network_free (NrpNetwork *network);

/**
 * nrp_network_new_area:
 * @area: an area named in the actors' area column
 * @with_regional: also keep the regional players (actors with no area)
 *
 * The network of one area: its actors (and, if asked, the regional
 * players) in their order, the ties and unobserved dyads among them at every
 * wave, their presence and attributes. The sector list is the whole
 * network's, in its order, so the measures of different areas line up
 * (sectors without actors here have size 0).
 *
 * Returns: (transfer full) (nullable): the area's network, or NULL and
 * @error (NRP_ERROR_ARGUMENT when no actor has that area).
 */
NRP_API NrpNetwork *nrp_network_new_area (const NrpNetwork *network, const char *area,
                                      gboolean with_regional, GError **error);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpNetwork, nrp_network_free)

/* ---- The model --------------------------------------------------------- */

NRP_API gboolean nrp_network_is_directed (const NrpNetwork *network);
/** Number of actors (rows of actors.csv), present or not. */
NRP_API guint nrp_network_get_n_actors (const NrpNetwork *network);
/** Number of waves k: the highest wave in ties.csv or missing.csv. */
NRP_API guint nrp_network_get_n_waves (const NrpNetwork *network);
/** Ties merged by nrp_load_options_set_merge_duplicates(). */
NRP_API guint nrp_network_get_n_merged (const NrpNetwork *network);

/** Id of actor @actor (0-based, in actors.csv order). Borrowed. */
NRP_API const char *nrp_network_get_actor_id (const NrpNetwork *network, guint actor);
/** Index of the actor with id @id, or -1 if there is none. */
NRP_API gint nrp_network_find_actor (const NrpNetwork *network, const char *id);
/** Sector index of actor @actor. */
NRP_API guint nrp_network_get_actor_sector (const NrpNetwork *network, guint actor);
/** Area of actor @actor, or NULL for a regional player (no area). Borrowed. */
NRP_API const char *nrp_network_get_actor_area (const NrpNetwork *network, guint actor);
/** TRUE if actor @actor is present at wave @wave (1-based). */
NRP_API gboolean nrp_network_get_actor_present (const NrpNetwork *network, guint actor, guint wave);

/** Number of attribute columns kept from actors.csv. */
NRP_API guint nrp_network_get_n_attributes (const NrpNetwork *network);
/** Name of attribute column @index. Borrowed. */
NRP_API const char *nrp_network_get_attribute_name (const NrpNetwork *network, guint index);
/** Value of attribute @name for @actor ("" for an empty cell), or NULL if no such column. */
NRP_API const char *nrp_network_get_actor_attribute (const NrpNetwork *network, guint actor,
                                                 const char *name);

/**
 * Sectors, numbered 0..n-1: those listed in sectors.csv in its order, then
 * the others that actors use, in byte order of their names. Without a
 * sectors.csv, sectors of the built-in NRP taxonomy come first, in its
 * order (resident, third_sector, business, academic, public_service,
 * local_authority), then the others by name.
 */
NRP_API guint nrp_network_get_n_sectors (const NrpNetwork *network);
NRP_API const char *nrp_network_get_sector_name (const NrpNetwork *network, guint sector);
/** Display label (the name itself when none is known). Borrowed. */
NRP_API const char *nrp_network_get_sector_label (const NrpNetwork *network, guint sector);
/** TRUE and the power level in @power when the sector has one. */
NRP_API gboolean nrp_network_get_sector_power (const NrpNetwork *network, guint sector, gint *power);
/** Number of actors in the sector. */
NRP_API guint nrp_network_get_sector_size (const NrpNetwork *network, guint sector);

/** Number of tie rows at @wave (after any merging). */
NRP_API guint nrp_network_get_n_ties (const NrpNetwork *network, guint wave);
/**
 * nrp_network_get_tie:
 * @type: (out) (optional): the relation type, or NULL if the data have none
 *
 * The @index-th tie of @wave, sorted by (source, target, type). For
 * undirected data source < target in actors.csv order.
 */
NRP_API gboolean nrp_network_get_tie (const NrpNetwork *network, guint wave, guint index,
                                  guint *source, guint *target, double *weight,
                                  const char **type);
/** Number of unobserved dyads at @wave (from missing.csv). */
NRP_API guint nrp_network_get_n_missing (const NrpNetwork *network, guint wave);
/** TRUE if the dyad (@source, @target) is unobserved at @wave. */
NRP_API gboolean nrp_network_is_dyad_missing (const NrpNetwork *network, guint wave,
                                           guint source, guint target);

G_END_DECLS

#endif /* NRPNET_NETWORK_H */
