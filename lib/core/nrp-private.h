/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrp-private.h: the representation of the data model, shared by the
 * library's own files and never installed.
 */
#ifndef NRP_PRIVATE_H
#define NRP_PRIVATE_H

#include <math.h>
#include <stdlib.h>
#include <sys/types.h>

#include <nrpnet.h>

#define NRP_NO_TYPE G_MAXUINT32

/*
 * One tie row of one wave, after validation. For undirected data
 * source < target (actor indices). Ties of a wave are sorted by
 * (source, target, type), so the ties of one dyad are adjacent.
 */
typedef struct {
  guint32 source;   /* actor index */
  guint32 target;   /* actor index */
  guint32 type;     /* index into NrpNetwork.types, or NRP_NO_TYPE */
  double weight;    /* finite, > 0; 1 when ties.csv has no weight column */
} NrpTie;

/* An unobserved dyad (canonical: source < target when undirected). */
typedef struct {
  guint32 source;
  guint32 target;
} NrpDyad;

typedef struct {
  NrpTie *ties;       /* n_ties, sorted */
  guint n_ties;
  NrpDyad *missing;   /* n_missing, sorted by (source, target) */
  guint n_missing;
} NrpWave;

/*
 * The dyads tied at any of @n_waves waves, merged: keys[d] = source *
 * n_actors + target (sorted; undirected dyads have source < target) and
 * weights[d * n_waves + k], the dyad's weight at waves[k] (the sum over its
 * relation types), 0 when untied there. The one merge of waves: the wave
 * comparison (change/table.c) and the GraphML writer read it.
 *
 * Time complexity: O(m k) for m ties over k waves.
 */
typedef struct {
  gsize n;          /* dyads */
  guint n_waves;
  guint n_actors;
  guint64 *keys;    /* n */
  double *weights;  /* n * n_waves */
} NrpDyadUnion;

typedef struct {
  char *name;        /* as it appears in the data */
  char *label;       /* display label; NULL = none known */
  gboolean has_power;
  gint power;
  guint size;        /* actors of this sector */
} NrpSector;

struct _NrpLoadOptions {
  gboolean directed;
  char *sector_column;
  char *sectors_path;
  gboolean sectors_closed;
  char *missing_path;
  char *presence_prefix;
  gboolean merge_duplicates;
};

struct _NrpNetwork {
  gboolean directed;
  guint n_actors;
  char **ids;              /* n_actors, in strings */
  guint *sector;           /* n_actors, index into sectors */
  char **area;             /* n_actors, NULL = regional player */
  GHashTable *id_index;    /* id -> GUINT_TO_POINTER (index + 1) */
  guint n_attributes;
  char **attribute_names;  /* n_attributes */
  char **attributes;       /* n_attributes * n_actors, [a * n_actors + i] */
  NrpSector *sectors;
  guint n_sectors;
  gboolean sectors_from_file; /* the sectors came from a sectors.csv */
  gboolean sectors_closed;    /* and only those listed were allowed */
  guint n_residents;       /* the last n_residents actors are a survey's respondents
                            * (nrp_network_new_with_residents()), not system players */
  char **types;            /* relation types, NULL when none */
  guint n_types;
  guint n_waves;
  guint8 *present;         /* n_waves * n_actors, [(w-1) * n_actors + i] */
  NrpWave *waves;          /* n_waves, [w-1] */
  guint n_merged;
  char **presence_columns; /* n_presence_columns names of actors.csv's presence columns */
  guint n_presence_columns;/* 0: presence not read, every actor present at every wave */
  char **warnings;         /* n_warnings, NULL-terminated: what the analyst should know */
  guint n_warnings;
  GStringChunk *strings;   /* owns every string above */
};

struct _NrpReportOptions {
  guint permutations;
  guint64 seed;
  gboolean weighted;
  guint threads;
  guint top;
  double betweenness_epsilon;  /* > 0: betweenness sampled (0: exact) ... */
  double betweenness_delta;    /* ... with this delta */
  NrpProgressFunc progress;
  gpointer progress_data;
};

struct _NrpReport {
  guint n_actors, n_waves;     /* of the network it was computed on (checked on output) */
  NrpReportOptions options;
  NrpSummary *summary;
  NrpMixing *mixing;
  NrpCentrality *centrality;
  NrpBrokerage *brokerage;
  NrpStructure *structure;
  NrpCommunities *communities;
  GPtrArray *warnings;         /* of char *: the parts that could not be computed */
  double *resident_reach;      /* n_waves x n_actors, or NULL (nrp_report_add_resident_reach) */
};

struct _NrpSurvey {
  NrpStudyDesign *design;  /* areas.csv: the areas and their arms */
  GStringChunk *strings;
  char *file;              /* respondents.csv's name in messages */
  guint n;                 /* rows */
  guint *area;             /* n: area index of each row */
  guint *wave;             /* n */
  guint *line;             /* n: each row's line in the file */
  double *weight;          /* n */
  gboolean weighted;
  guint area_column;       /* 1-based, for messages */
  guint n_items;
  char **items;            /* n_items column names, in file order */
  guint *item_column;      /* n_items, 1-based */
  double *values;          /* n_items * n, item by item; NaN missing */
  char **ids;              /* n: the respondent column */
  char **sector;           /* n: the respondent's own sector (default resident) */
  gboolean *answered;      /* n: alters_answered (default TRUE) */
  GHashTable *row_index;   /* "wave\037respondent" -> row + 1 */
  guint n_file_items;      /* items read from respondents.csv; ego measures follow */
  guint respondent_column; /* 1-based */
  guint sector_column;     /* 1-based; 0: no sector column (every respondent a resident) */
  /* The sector registry of the ego measures (nrp_survey_set_sectors()):
   * NULL, the built-in taxonomy; else sectors.csv's name -> NrpSectorLevel. */
  char *sectors_file;
  GHashTable *sector_levels;
  gboolean sectors_closed; /* only the registry's sectors are allowed */
  gboolean pseudonymised;  /* ids are pseudonyms (nrp_survey_pseudonymise()) */
  GPtrArray *warnings;     /* of char *: what the loaders want said */
  /* The alters that name a system player (alters.csv's actor column), for
   * the join to the network (nrp_report_add_resident_reach()). */
  char *alters_file;
  guint actor_column;      /* 1-based */
  guint n_actor_alters;
  guint *actor_alter_row;  /* respondents.csv row */
  guint *actor_alter_line;
  char **actor_alter_id;
};

struct _NrpChangeOptions {
  guint *measures;     /* NULL: every measure */
  guint n_measures;
  guint bootstrap;
  guint permutations;
  guint64 seed;
  double confidence;
  gboolean weighted;
  guint threads;
  guint top;
  NrpProgressFunc progress;
  gpointer progress_data;
  guint shard_index;   /* 1 .. shard_count; 0: no sharding */
  guint shard_count;
  GPtrArray *shards;   /* shard files added to merge (change/shard.c), or NULL */
};

struct _NrpChange {
  NrpChangeSummary summary;
  NrpChangeTable tables[2];            /* all, cross-sector: summary.all and .cross_sector */
  guint n_sectors;
  guint *matrix[NRP_CHANGE_N_KINDS];  /* s * s each */
  NrpDyadUnion dyads;                  /* the dyads tied at either wave */
  guint8 *dyad_state;                  /* dyads.n: an NrpDyadState each */
  /* nrp_change_compute_full() only: */
  guint n_actors;
  guint n_measures;
  NrpMeasureChange *measures;
  guint bootstrap;
  double confidence;
  guint top;
  double *actor_values[NRP_ACTOR_N_MEASURES];  /* 2 * n_actors: from, then to */
  /* A shard's replicates (nrp_change_options_set_shard()), else shard_count 0: */
  guint shard_index, shard_count;
  guint64 seed;
  guint permutations;
  char digest[65];
  guint boot_first, boot_last;
  double *boot_rows;                   /* (boot_last - boot_first) * n_measures */
  guint perm_nm;                       /* 0: no permutation test */
  guint *perm_at;                      /* perm_nm indices into measures */
  guint perm_first, perm_last;
  double *perm_rows;                   /* (perm_last - perm_first) * perm_nm */
};

/* A study's areas and outcomes, as loaded (nrpnet/study.h). */
struct _NrpStudyDesign {
  GStringChunk *strings;
  char *areas_file;        /* name for messages */
  guint n_areas;
  char **areas;            /* n_areas, in file order */
  NrpArm *arms;            /* n_areas */
  guint *area_lines;       /* n_areas: the line of each in areas.csv */
  GHashTable *area_index;  /* name -> index + 1 */
  char *outcomes_file;     /* NULL: no outcomes */
  guint n_outcomes;
  char **outcomes;         /* n_outcomes column names */
  guint max_wave;          /* highest wave of outcomes.csv (0: none) */
  guint max_wave_line;     /* where it is */
  guint max_wave_column;
  guint n_rows;            /* rows of outcomes.csv */
  double *values;          /* n_rows * n_outcomes, row by row as read */
  GHashTable *row_index;   /* area * (NRP_MAX_WAVE + 1) + wave -> row + 1 */
};

/* io/load-study.c: outcome @k of @area (0-based) at @wave, NaN when
 * outcomes.csv has no row for them. */
static inline double
nrp_study_design_value (const NrpStudyDesign *d, guint area, guint wave, guint k)
{
  guint row;
  if (d->row_index == NULL)
    return NAN;
  row = GPOINTER_TO_UINT (
    g_hash_table_lookup (d->row_index, GUINT_TO_POINTER (area * (NRP_MAX_WAVE + 1) + wave)));
  return row == 0 ? NAN : d->values[(gsize) (row - 1) * d->n_outcomes + k];
}

/* core/error.c */
void nrp_set_error_at (GError **error, NrpErrorCode code, const char *file, guint line,
                       guint column, const char *format, ...) G_GNUC_PRINTF (6, 7);

/* An option setter's range error: NRP_ERROR_ARGUMENT naming the option and
 * its range ("the number of threads must be 0 (one per processor) to 1024"). */
#define NRP_OUT_OF_RANGE(error, what, range)                                                  \
  nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0, "%s must be %s", what, range)

/* core/error.c: TRUE when @threads is 0 (one per processor) to
 * NRP_MAX_THREADS, else FALSE and the range error every threads option gives. */
gboolean nrp_threads_valid (guint threads, GError **error);

/*
 * core/error.c: an allocation whose size the input sets (actors, ties,
 * waves, respondents): @n elements of @size bytes (zeroed with @zero), or
 * NULL and NRP_ERROR_NO_MEMORY saying how much @what needed. Small and
 * fixed allocations stay g_malloc()'s, which aborts (GLib's policy).
 */
gpointer nrp_try_alloc (gsize n, gsize size, gboolean zero, const char *what, GError **error);
#define NRP_TRY_NEW(type, n, what, error)                                                     \
  ((type *) nrp_try_alloc ((n), sizeof (type), FALSE, (what), (error)))
#define NRP_TRY_NEW0(type, n, what, error)                                                    \
  ((type *) nrp_try_alloc ((n), sizeof (type), TRUE, (what), (error)))

/* core/taxonomy.c: the built-in NRP taxonomy. Returns FALSE if @name is not in it;
 * @label and @power may be NULL. */
gboolean nrp_default_sector (const char *name, const char **label, gint *power);
/* Position of @name in the built-in taxonomy, or G_MAXUINT. */
guint nrp_default_sector_rank (const char *name);

/* io/load-network.c: loading from bytes (the files or the bundled sample, io/sample.c). */
typedef struct {
  const char *name;  /* for messages */
  const char *data;
  gsize len;
} NrpSource;

NrpNetwork *nrp_network_load_sources (const NrpSource *actors, const NrpSource *ties,
                                      const NrpSource *sectors, const NrpSource *missing,
                                      const NrpLoadOptions *options, GError **error);

/* io/load-network.c: a sectors.csv on its own (the survey's sector
 * registry): each sector's name (in @chunk) -> its NrpSectorLevel (to be
 * g_free()d) into @levels. The same rules and errors as the network's. */
typedef struct {
  gboolean has_power;
  gint power;
} NrpSectorLevel;

gboolean nrp_io_load_sector_levels (const NrpSource *src, GStringChunk *chunk,
                                    GHashTable *levels, GError **error);

/* study/residents.c: the join of a survey's alters to the system players.
 * The distinct (respondents.csv row, actor) pairs of the alters that name
 * a player of @net, in alters.csv's order; an alter of a respondent who
 * did not answer the name generator is left out, and one at a wave @net
 * does not have, or naming a player absent then, left out and counted in
 * a warning (prefixed by @what) appended to @warnings (g_free()). NULL and
 * NRP_ERROR_VALUE at alters.csv's line and column for an id that is no
 * player of @net. */
typedef struct {
  guint row;
  guint actor;
} NrpNamedPlayer;

GArray *nrp_survey_named_players (const NrpSurvey *s, const NrpNetwork *net, const char *what,
                                  GPtrArray *warnings, GError **error);

/* io/load-study.c: the study files. */
NrpStudyDesign *nrp_study_design_load_sources (const NrpSource *areas, const NrpSource *outcomes,
                                               GError **error);

/* io/load-survey.c: respondents.csv with areas.csv. */
NrpSurvey *nrp_survey_load_sources (const NrpSource *respondents, const NrpSource *areas,
                                    const char *weight_column, GError **error);

/* study/ego.c: the ego files from bytes (the bundled sample). */
gboolean nrp_survey_load_ego_sources (NrpSurvey *s, const NrpSource *alters,
                                      const NrpSource *alter_ties, const NrpSource *positions,
                                      const NrpSource *registry, GError **error);

/* core/graph.c: the graph of one wave, as the measures see it. */

/*
 * Writes the distinct tied dyads of @wave into @out (2 entries per dyad,
 * source then target, in actor indices; room for 2 * n_ties entries) and
 * returns their number, sorted by (source, target). Ties of several relation
 * types on one dyad count once; @weights, when not NULL (room for n_ties),
 * gets each dyad's weight, the sum of its types' weights. Directed data keep
 * direction; undirected dyads have source < target.
 */
gsize nrp_wave_dyads (const NrpNetwork *net, guint wave, guint32 *out, double *weights);

/*
 * The same dyads as sorted keys source * n_actors + target (room for n_ties
 * keys), and the wave's unobserved dyads likewise (room for n_missing; sorted,
 * as missing.csv's rows are kept).
 */
gsize nrp_wave_dyad_keys (const NrpNetwork *net, guint wave, guint64 *keys, double *weights);
void nrp_wave_missing_keys (const NrpNetwork *net, guint wave, guint64 *keys);

/*
 * For the replicates of the bootstrap and the permutation test (registry.c):
 * only what the whole-network measures read. nrp_mixing_compute_whole()
 * computes no per-actor value (its per-actor getters return NULL: read
 * nrp_mixing_get_wave() and the sector-pair tables only) and runs no
 * permutation;
 * nrp_brokerage_network_counts() fills the NRP_BROKER_N_ROLES counts of
 * wave @w, as nrp_brokerage_get_network (.., NRP_BROKER_COUNT) has them.
 */
NrpMixing *nrp_mixing_compute_whole (const NrpNetwork *net, GError **error);
void nrp_brokerage_network_counts (const NrpNetwork *net, guint w, double *counts);

/*
 * Compressed sparse rows: the list of vertex i is adj[off[i]] ..
 * adj[off[i + 1] - 1], with val[] beside it when values were given. The
 * one adjacency builder of the library (paths, brokerage, structure,
 * mixing all read one).
 */
typedef struct {
  guint n;        /* vertices */
  gsize *off;     /* n + 1 */
  guint32 *adj;   /* off[n] */
  double *val;    /* off[n], or NULL */
} NrpCsr;

typedef enum {
  NRP_CSR_BOTH_WAYS = 1 << 0, /* each pair a-b as arcs a->b and b->a (undirected) */
  NRP_CSR_REVERSE = 1 << 1,   /* in-lists: the list of b holds a for a pair a->b */
  NRP_CSR_SORTED = 1 << 2,    /* each list sorted by vertex (values kept beside) */
  NRP_CSR_UNIQUE = 1 << 3     /* sorted, and a vertex repeated in a list kept once */
} NrpCsrFlags;

/*
 * Builds the CSR of @n vertices from @m pairs (@pairs[2e] -> @pairs[2e+1])
 * with optional per-pair @values. Unsorted lists hold their arcs in the
 * order of the pairs (way 0 before way 1), so the result is deterministic.
 *
 * Time complexity: O(n + m), and O(m log m) more when sorted.
 */
void nrp_csr_init (NrpCsr *g, guint n, const guint32 *pairs, const double *values, gsize m,
                   NrpCsrFlags flags);
void nrp_csr_clear (NrpCsr *g);

/*
 * Compressed adjacency of the undirected simple graph of @wave (direction
 * ignored, a reciprocated pair once): the alters of actor i are
 * adj[off[i]] .. adj[off[i + 1] - 1], sorted. Absent actors have none.
 */
typedef NrpCsr NrpAdjacency;

void nrp_adjacency_init_undirected (NrpAdjacency *g, const NrpNetwork *net, guint wave);
void nrp_adjacency_clear (NrpAdjacency *g);

void nrp_dyad_union_init (NrpDyadUnion *u, const NrpNetwork *net, const guint *waves,
                          guint n_waves);
void nrp_dyad_union_clear (NrpDyadUnion *u);

/* The path-based centralizations nrp_centralization_compute() computes. */
enum {
  NRP_CENTRALIZATION_BETWEENNESS = 1 << 0,
  NRP_CENTRALIZATION_CLOSENESS = 1 << 1
};

/*
 * measures/centrality.c: Freeman centralization of @wave alone (unweighted):
 * degree centralization, and those of @paths (NRP_CENTRALIZATION_*), the
 * others NaN. Closeness alone takes a search of the distances only.
 */
gboolean nrp_centralization_compute (const NrpNetwork *net, guint wave, guint threads,
                                     guint paths, NrpCentralityWave *out, GError **error);

/*
 * core/network.c: a network with @n actors and @n_waves empty waves, with the
 * sectors (sizes 0), relation types and attribute names of @like; the
 * caller fills in ids, sectors (and sizes), areas, presence and ties.
 */
NrpNetwork *nrp_network_new_like (const NrpNetwork *like, guint n, guint n_waves);

/* core/network.c: appends @text (copied) to the warnings of a network being
 * made (nrp_network_new_with_residents(), a pseudonymised copy). */
void nrp_network_add_warning (NrpNetwork *net, const char *text);

/* measures/registry.c: nrp_measures_compute() with the thread count of the path
 * measures (0: one per processor; the values do not depend on it). */
gboolean nrp_measures_compute_threads (const NrpNetwork *net, const guint *measures,
                                       guint n_measures, guint threads, double *values,
                                       GError **error);

/* measures/centrality.c: nrp_centrality_compute() reporting its progress (0 to 1). */
/* With @warnings non-NULL, a wave whose spectral measures (eigenvector,
 * PageRank) or centralization igraph cannot compute has them NaN and a
 * warning appended, instead of failing the whole computation. */
NrpCentrality *nrp_centrality_compute_progress (const NrpNetwork *net, gboolean weighted,
                                                guint threads, NrpProgressFunc progress,
                                                gpointer progress_data, GPtrArray *warnings,
                                                GError **error);
/* The same with betweenness sampled (nrp_betweenness_sample(), unweighted,
 * @epsilon > 0, @seed): closeness and harmonic closeness exact from a
 * search of the distances only, cross-sector betweenness and betweenness
 * centralization NaN, a warning per wave saying so (@warnings non-NULL). */
NrpCentrality *nrp_centrality_compute_sampled (const NrpNetwork *net, guint threads,
                                               double epsilon, double delta, guint64 seed,
                                               NrpProgressFunc progress, gpointer progress_data,
                                               GPtrArray *warnings, GError **error);
/* How wave @wave's betweenness was sampled, or NULL when it is exact. */
const NrpBetweennessSample *nrp_centrality_sample_info (const NrpCentrality *c, guint wave);

/*
 * change/table.c: each dyad the comparison visited, for the pictures: its
 * ends, whether it is tied at the from and the to wave, and how the table
 * counted it (NRP_DYAD_NOT_COMPARED: an end absent at one of the waves, or
 * the dyad unobserved at one).
 */
typedef enum {
  NRP_DYAD_FORMED = NRP_CHANGE_FORMED,
  NRP_DYAD_DISSOLVED = NRP_CHANGE_DISSOLVED,
  NRP_DYAD_KEPT = NRP_CHANGE_KEPT,
  NRP_DYAD_NOT_COMPARED = 255
} NrpDyadState;

gsize nrp_change_n_dyads (const NrpChange *c);
NrpDyadState nrp_change_dyad (const NrpChange *c, gsize d, guint *source, guint *target,
                              gboolean *tied_from, gboolean *tied_to);

/*
 * core/format.c: @v in the shortest form of 15, 16 or 17 significant digits
 * that reads back to the same double, C locale, -0 as 0 (finite @v; the
 * callers write NaN and infinities as null or an empty cell). Returns @buf.
 */
#define NRP_DOUBLE_BUF_SIZE 32
const char *nrp_format_double (char buf[NRP_DOUBLE_BUF_SIZE], double v);

/*
 * output/files.c: TRUE when @path may be written: it does not exist (*@mode
 * = 0) or is a regular file (*@mode = its permissions); otherwise
 * NRP_ERROR_IO naming what is there. nrp_file_write() checks it itself;
 * the pictures, which cairo writes, call it first.
 */
gboolean nrp_output_path_check (const char *path, mode_t *mode, GError **error);

/* qsort(), but defined for n = 0 with a NULL base (C leaves qsort (NULL, 0)
 * undefined, and UBSan says so). Every sort of the library goes through it. */
static inline void
nrp_sort (void *base, gsize n, gsize size, int (*cmp) (const void *, const void *))
{
  if (n > 1)
    qsort (base, n, size, cmp);
}

/* qsort() order of doubles, ascending (no NaN expected). */
static inline int
nrp_double_cmp (const void *pa, const void *pb)
{
  double a = *(const double *) pa, b = *(const double *) pb;
  return a < b ? -1 : a > b;
}

/* The index of @key in the sorted @keys, or -1 (binary search). */
static inline gssize
nrp_key_find (const guint64 *keys, gsize n, guint64 key)
{
  gsize lo = 0, hi = n;
  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;
      if (keys[mid] < key)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < n && keys[lo] == key ? (gssize) lo : -1;
}

/*
 * TRUE when the @n actors @actors (indices into @sector; NULL: 0 .. n-1)
 * are of two sectors or more. With one, nothing is across sectors: a
 * label permutation changes nothing and cross-sector measures are
 * undefined, so the measures leave them NaN rather than print 1 or 0.
 */
static inline gboolean
nrp_sectors_vary (const guint *sector, const guint *actors, guint n)
{
  for (guint i = 1; i < n; i++)
    if (sector[actors != NULL ? actors[i] : i] != sector[actors != NULL ? actors[0] : 0])
      return TRUE;
  return FALSE;
}

/* Internal accessors used by the measures. */
static inline gboolean
nrp_present (const NrpNetwork *net, guint wave, guint actor)
{
  return net->present[(gsize) (wave - 1) * net->n_actors + actor] != 0;
}

#endif /* NRP_PRIVATE_H */
