/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/render.h: pictures, drawn with cairo as SVG or PNG.
 *
 * Sectors are coloured with the Okabe-Ito palette (safe for the common
 * forms of colour blindness; sectors beyond eight reuse its colours), and
 * every picture has a legend. SVG files also carry a <title> and a <desc>
 * naming what is drawn and the legend, for screen readers and for search.
 */
#ifndef NRPNET_RENDER_H
#define NRPNET_RENDER_H

#include <nrpnet/study.h>

G_BEGIN_DECLS

typedef enum {
  NRP_IMAGE_SVG = 0,
  NRP_IMAGE_PNG
} NrpImageFormat;

/* The pictures' sizes, in pixels (PNG) or points (SVG). */
#define NRP_RENDER_WAVES_WIDTH 1600
#define NRP_RENDER_WAVES_HEIGHT 900
#define NRP_RENDER_MIXING_WIDTH 1500
#define NRP_RENDER_MIXING_HEIGHT 540
#define NRP_RENDER_STUDY_WIDTH 1200
/* The legend's band at the bottom of the waves picture. */
#define NRP_RENDER_LEGEND_HEIGHT 70

/**
 * nrp_render_waves:
 * @seed: seed of the layout (igraph's Fruchterman-Reingold)
 *
 * Two waves side by side in one shared layout (computed on the ties of
 * both): actors coloured by sector (absent ones left out), ties kept in
 * grey, ties formed drawn dark and thick on the later wave, ties dissolved
 * dashed on the earlier one. Large networks stay readable: node size and
 * tie opacity shrink with the numbers of actors and ties.
 */
NRP_API gboolean nrp_render_waves (const NrpNetwork *network, guint from_wave, guint to_wave,
                                   const char *path, NrpImageFormat format, guint64 seed,
                                   GError **error);

/**
 * nrp_render_mixing:
 *
 * Three heatmaps: the sector mixing matrix of each wave (cell colour = the
 * density of ties between the two sectors, number = ties) and their
 * difference (density at @to_wave less at @from_wave, diverging colours).
 */
NRP_API gboolean nrp_render_mixing (const NrpNetwork *network, guint from_wave, guint to_wave,
                                    const char *path, NrpImageFormat format, GError **error);

/**
 * nrp_render_study:
 *
 * For each of the study's measures, a panel: every area's change (post -
 * pre) as a dot, intervention and comparator areas in two rows, their
 * means, and the DiD with its confidence interval. The picture is
 * NRP_RENDER_STUDY_WIDTH wide and as tall as the measures need.
 */
NRP_API gboolean nrp_render_study (const NrpStudy *study, const char *path, NrpImageFormat format,
                                   GError **error);

G_END_DECLS

#endif /* NRPNET_RENDER_H */
