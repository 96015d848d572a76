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

/**
 * SECTION:render
 * @title: Pictures
 * @include: nrpnet.h
 * @short_description: Pictures, drawn with cairo as SVG or PNG
 *
 * Pictures, drawn with cairo as SVG or PNG.
 *
 * Sectors are coloured with the Okabe-Ito palette (safe for the common
 * forms of colour blindness; sectors beyond eight reuse its colours), and
 * every picture has a legend. SVG files also carry a <title> and a <desc>
 * naming what is drawn and the legend, for screen readers and for search.
 */

#include <nrpnet/change.h>
#include <nrpnet/mixing.h>
#include <nrpnet/study.h>
#include <nrpnet/survey.h>

G_BEGIN_DECLS

/**
 * NrpImageFormat:
 * @NRP_IMAGE_SVG: Scalable Vector Graphics, with a <title> and a <desc>
 * @NRP_IMAGE_PNG: a PNG bitmap
 *
 * The file format of a picture.
 */
typedef enum {
  NRP_IMAGE_SVG = 0,
  NRP_IMAGE_PNG
} NrpImageFormat;

/**
 * NRP_RENDER_WAVES_WIDTH:
 *
 * The pictures' sizes, in pixels (PNG) or points (SVG).
 */
#define NRP_RENDER_WAVES_WIDTH 1600
/**
 * NRP_RENDER_WAVES_HEIGHT:
 *
 * The height of the waves picture.
 */
#define NRP_RENDER_WAVES_HEIGHT 900
/**
 * NRP_RENDER_MIXING_WIDTH:
 *
 * The width of the mixing picture.
 */
#define NRP_RENDER_MIXING_WIDTH 1500
/**
 * NRP_RENDER_MIXING_HEIGHT:
 *
 * The height of the mixing picture.
 */
#define NRP_RENDER_MIXING_HEIGHT 540
/**
 * NRP_RENDER_STUDY_WIDTH:
 *
 * The width of the study picture (its height grows with the measures).
 */
#define NRP_RENDER_STUDY_WIDTH 1200
/**
 * NRP_RENDER_LEGEND_HEIGHT:
 *
 * The legend's band at the bottom of the waves picture.
 */
#define NRP_RENDER_LEGEND_HEIGHT 70

/**
 * nrp_render_waves:
 * @network: the network
 * @change: its comparison of two waves (nrp_change_compute() or
 *   nrp_change_compute_full() on @network)
 * @path: the file to write
 * @format: SVG or PNG (#NrpImageFormat)
 * @seed: seed of the layout (igraph's Fruchterman-Reingold)
 * @error: return location for a #GError
 *
 * The two waves of @change side by side in one shared layout (computed on
 * the ties of both): actors coloured by sector (absent ones left out), ties
 * kept in grey, ties formed drawn dark and thick on the later wave, ties
 * dissolved dashed on the earlier one, exactly as @change counted them (a
 * tie whose dyad the comparison could not judge, because an actor is absent
 * at the other wave or the dyad is unobserved, is drawn plain); arrows for
 * directed ties. The headings and the SVG's <desc> state @change's formed,
 * dissolved and kept counts. Large networks stay readable: node size and
 * tie opacity shrink with the numbers of actors and ties.
 *
 * Errors: NRP_ERROR_ARGUMENT if @change is not of @network; NRP_ERROR_IO if
 * @path cannot be written; NRP_ERROR_COMPUTE if the layout fails.
 *
 * Time complexity: O(n + m log m) and the layout's O(iterations x n^2).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_render_waves (const NrpNetwork *network, const NrpChange *change,
                                   const char *path, NrpImageFormat format, guint64 seed,
                                   GError **error);

/**
 * nrp_render_wave:
 * @network: the network
 * @wave: a wave of @network (1-based)
 * @path: the file to write
 * @format: SVG or PNG
 * @seed: seed of the layout (igraph's Fruchterman-Reingold)
 * @error: return location for a #GError
 *
 * One wave alone, as nrp_render_waves() draws each: for data with a single
 * wave, which have no change to show.
 *
 * Errors: NRP_ERROR_ARGUMENT for a wave @network does not have;
 * NRP_ERROR_IO if @path cannot be written; NRP_ERROR_COMPUTE if the layout
 * fails.
 *
 * Time complexity: O(n + m log m) and the layout's O(iterations x n^2).
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_render_wave (const NrpNetwork *network, guint wave, const char *path,
                                  NrpImageFormat format, guint64 seed, GError **error);

/**
 * nrp_render_mixing:
 * @network: the network
 * @mixing: its mixing (nrp_mixing_compute() on @network)
 * @from_wave: two distinct waves (1-based)
 * @to_wave: two distinct waves (1-based)
 * @path: the file to write
 * @format: SVG or PNG (#NrpImageFormat)
 * @error: return location for a #GError
 *
 * Three heatmaps drawn from @mixing: the sector mixing matrix of each wave
 * (cell colour and number = the ties between the two sectors, on a round
 * scale) and their difference (ties at @to_wave less at @from_wave,
 * diverging colours). With @from_wave equal to @to_wave, that wave's
 * heatmap alone (data with one wave).
 *
 * Errors: NRP_ERROR_ARGUMENT for a wave @network does not have or a @mixing of
 * another network; NRP_ERROR_IO if @path cannot be written.
 *
 * Time complexity: O(s^2) for s sectors.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_render_mixing (const NrpNetwork *network, const NrpMixing *mixing,
                                    guint from_wave, guint to_wave, const char *path,
                                    NrpImageFormat format, GError **error);

/**
 * nrp_render_study:
 * @study: a study
 * @path: the file to write
 * @format: SVG or PNG (#NrpImageFormat)
 * @error: return location for a #GError, or NULL
 *
 * For each of the study's measures, a panel: every area's change (post -
 * pre) as a dot, intervention and comparator areas in two rows, their
 * means, and the DiD with its confidence interval. The picture is
 * NRP_RENDER_STUDY_WIDTH wide and as tall as the measures need.
 *
 * Errors: NRP_ERROR_IO when @path cannot be written.
 *
 * Time complexity: O(A k) for A areas and k measures.
 *
 * Returns: TRUE, or FALSE (and @error where there is one).
 */
NRP_API gboolean nrp_render_study (const NrpStudy *study, const char *path, NrpImageFormat format,
                                   GError **error);

/**
 * nrp_render_survey:
 * @result: a survey's result
 * @survey: the survey it was computed from
 * @path: the file to write
 * @format: SVG or PNG (#NrpImageFormat)
 * @error: return location for a #GError, or NULL
 *
 * For each outcome, a panel: every area's change in its weighted mean
 * (post - pre; percentage points for a 0/1 item) as a dot with a bar of
 * plus or minus z standard errors (z the normal quantile of the result's
 * confidence level; the two waves' samples independent), intervention
 * areas first, then the difference in differences with its interval by
 * each method (CR1, CR2, wild bootstrap, randomisation). Round axis ticks.
 * NRP_RENDER_STUDY_WIDTH wide and as tall as the outcomes need.
 *
 * Errors: NRP_ERROR_IO when @path cannot be written.
 *
 * Time complexity: O(A k) for A areas and k outcomes.
 *
 * Returns: TRUE, or FALSE and @error.
 */
NRP_API gboolean nrp_render_survey (const NrpSurveyResult *result, const NrpSurvey *survey,
                                    const char *path, NrpImageFormat format, GError **error);

G_END_DECLS

#endif /* NRPNET_RENDER_H */
