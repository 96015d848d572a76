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

#include <nrpnet/network.h>

G_BEGIN_DECLS

typedef struct _NrpChange NrpChange;

/** A tie change table over observed dyads. */
typedef struct {
  guint64 n00, n01, n10, n11;
  guint64 hamming;        /* n01 + n10 */
  double jaccard;         /* n11 / (n01 + n10 + n11), NaN when that is 0/0 */
} NrpChangeTable;

typedef struct {
  guint from_wave, to_wave;
  guint actors_entered;   /* present at to_wave, not at from_wave */
  guint actors_left;      /* present at from_wave, not at to_wave */
  guint actors_stayed;    /* present at both */
  guint64 missing_dyads;  /* dyads among actors present at both, unobserved at either wave */
  NrpChangeTable all;     /* every observed dyad */
  NrpChangeTable cross_sector; /* observed dyads between different sectors */
} NrpChangeSummary;

typedef enum {
  NRP_CHANGE_FORMED = 0,
  NRP_CHANGE_DISSOLVED,
  NRP_CHANGE_KEPT,
  NRP_CHANGE_STRENGTHENED,  /* kept, with a higher weight */
  NRP_CHANGE_WEAKENED       /* kept, with a lower weight */
} NrpChangeKind;

#define NRP_CHANGE_N_KINDS 5

/**
 * nrp_change_compute:
 * @from_wave: @to_wave: two distinct waves of @network (1-based)
 *
 * Time complexity: O(n + m log m) for n actors and m ties of the two waves.
 *
 * Returns: (transfer full) (nullable): the comparison, or NULL and @error
 * (NRP_ERROR_ARGUMENT for a wave the network does not have).
 */
NRP_API NrpChange *nrp_change_compute (const NrpNetwork *network, guint from_wave,
                                       guint to_wave, GError **error);
NRP_API void nrp_change_free (NrpChange *change);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpChange, nrp_change_free)

NRP_API const NrpChangeSummary *nrp_change_get_summary (const NrpChange *change);
/**
 * nrp_change_get_matrix:
 *
 * s x s counts of @kind by sector pair, row-major, as the mixing matrix
 * (directed: row = the source's sector; undirected: symmetric, a tie
 * between two sectors in both its cells). Borrowed.
 */
NRP_API const guint *nrp_change_get_matrix (const NrpChange *change, NrpChangeKind kind);
/**
 * nrp_change_to_json:
 * @changes: (array length=n_changes): comparisons of @network
 *
 * A JSON document {"schema_version": 1, "directed": ..., "change": [...]}
 * with one object per comparison, named as DESIGN.md section 6: from_wave,
 * to_wave, actors_entered, actors_left, actors_stayed, missing_dyads, n00,
 * n01, n10, n11, hamming, jaccard, cross_sector {n00 ... jaccard},
 * change_matrix {sectors, formed, dissolved, kept, strengthened, weakened}.
 *
 * Returns: (transfer full): the document; g_free() it.
 */
NRP_API char *nrp_change_to_json (const NrpNetwork *network, NrpChange *const *changes,
                                  guint n_changes, gboolean pretty);

/**
 * nrp_change_write_csv:
 *
 * Writes change.csv (a row per comparison: every count of the summary) and
 * change_matrix.csv (from_wave, to_wave, kind, sector, other_sector, ties)
 * into @dir, as nrp_report_write_csv() writes its tables.
 */
NRP_API gboolean nrp_change_write_csv (const NrpNetwork *network, NrpChange *const *changes,
                                       guint n_changes, const char *dir, GError **error);

/** The JSON name of @kind ("formed", "dissolved", ...). */
NRP_API const char *nrp_change_kind_name (NrpChangeKind kind);

G_END_DECLS

#endif /* NRPNET_CHANGE_H */
