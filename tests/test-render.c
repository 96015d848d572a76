/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-render.c: the pictures of the bundled sample (lib/output/render.c).
 *
 * PNG files are read back with cairo: the expected size, not blank (many
 * colours, most pixels of the plot area not white), and the legend: every
 * sector's exact palette colour in the legend band (the swatches are drawn
 * without anti-aliasing). SVG files are parsed as XML with GLib's parser:
 * well formed, an <svg> root of the expected size, a <title>, and a <desc>
 * naming every sector. Bad waves and unwritable paths are errors.
 * Under valgrind (NRP_TEST_QUICK) one area stands for the whole sample.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <nrpnet.h>

#include "cu-main.h"

static const guint32 palette[8] = { 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
                                    0x0072B2, 0xD55E00, 0xCC79A7, 0x999999 };

/* Checks a PNG: size, not blank, and @colours (RGB) present in rows
 * @band_top .. height. */
static void
check_png (const char *path, int width, int height, const guint32 *colours, guint n_colours,
           int band_top)
{
  cairo_surface_t *s = cairo_image_surface_create_from_png (path);
  const unsigned char *data;
  int stride;
  g_autoptr (GHashTable) distinct = g_hash_table_new (g_direct_hash, g_direct_equal);
  guint64 white = 0, total = 0;
  g_autofree gboolean *found = g_new0 (gboolean, MAX (n_colours, 1));

  CU_ASSERT_EQUAL_FATAL (cairo_surface_status (s), CAIRO_STATUS_SUCCESS);
  CU_ASSERT_EQUAL (cairo_image_surface_get_width (s), width);
  CU_ASSERT_EQUAL (cairo_image_surface_get_height (s), height);
  cairo_surface_flush (s);
  data = cairo_image_surface_get_data (s);
  stride = cairo_image_surface_get_stride (s);
  for (int y = 0; y < cairo_image_surface_get_height (s); y++)
    for (int x = 0; x < cairo_image_surface_get_width (s); x++)
      {
        guint32 px = *(const guint32 *) (const void *) (data + (gsize) y * stride + 4 * x);
        guint32 rgb = px & 0xFFFFFF;
        g_hash_table_add (distinct, GUINT_TO_POINTER (rgb + 1));
        white += rgb == 0xFFFFFF;
        total++;
        if (y >= band_top)
          for (guint k = 0; k < n_colours; k++)
            found[k] = found[k] || rgb == colours[k];
      }
  CU_ASSERT (g_hash_table_size (distinct) > 50);
  CU_ASSERT (white < total * 0.97);   /* something is drawn */
  CU_ASSERT (white > total * 0.2);    /* and it is not a solid block */
  for (guint k = 0; k < n_colours; k++)
    {
      CU_ASSERT (found[k]);
      if (!found[k])
        fprintf (stderr, "\n%s: legend colour #%06X missing\n", path, colours[k]);
    }
  cairo_surface_destroy (s);
}

typedef struct {
  gboolean root_svg;
  gboolean in_title, in_desc;
  GString *title, *desc;
  double width, height;
} SvgState;

static void
svg_start (GMarkupParseContext *ctx, const char *name, const char **attr_names,
           const char **attr_values, gpointer data, GError **error)
{
  SvgState *st = data;
  if (g_markup_parse_context_get_element_stack (ctx)->next == NULL)
    {
      st->root_svg = strcmp (name, "svg") == 0;
      for (guint i = 0; attr_names[i] != NULL; i++)
        if (strcmp (attr_names[i], "width") == 0)
          st->width = g_ascii_strtod (attr_values[i], NULL);
        else if (strcmp (attr_names[i], "height") == 0)
          st->height = g_ascii_strtod (attr_values[i], NULL);
    }
  st->in_title = strcmp (name, "title") == 0;
  st->in_desc = strcmp (name, "desc") == 0;
}

static void
svg_end (GMarkupParseContext *ctx, const char *name, gpointer data, GError **error)
{
  SvgState *st = data;
  st->in_title = st->in_desc = FALSE;
}

static void
svg_text (GMarkupParseContext *ctx, const char *text, gsize len, gpointer data, GError **error)
{
  SvgState *st = data;
  if (st->in_title)
    g_string_append_len (st->title, text, (gssize) len);
  if (st->in_desc)
    g_string_append_len (st->desc, text, (gssize) len);
}

/* Parses an SVG; returns its <desc> (g_free it), checks the rest. */
static char *
check_svg (const char *path, double width, double height)
{
  GMarkupParser parser = { svg_start, svg_end, svg_text, NULL, NULL };
  SvgState st = { FALSE, FALSE, FALSE, g_string_new (NULL), g_string_new (NULL), 0, 0 };
  g_autofree char *text = NULL;
  gsize len;
  g_autoptr (GError) error = NULL;
  GMarkupParseContext *ctx;

  CU_ASSERT_FATAL (g_file_get_contents (path, &text, &len, NULL));
  ctx = g_markup_parse_context_new (&parser, 0, &st, NULL);
  /* GMarkup does not take the XML declaration: start at the root. */
  CU_ASSERT (g_markup_parse_context_parse (ctx, strstr (text, "<svg"), -1, &error));
  CU_ASSERT (g_markup_parse_context_end_parse (ctx, &error));
  if (error != NULL)
    fprintf (stderr, "\n%s: %s\n", path, error->message);
  g_markup_parse_context_free (ctx);
  CU_ASSERT (g_str_has_prefix (text, "<?xml"));
  CU_ASSERT (st.root_svg);
  CU_ASSERT_DOUBLE_EQUAL (st.width, width, 1e-9);
  CU_ASSERT_DOUBLE_EQUAL (st.height, height, 1e-9);
  CU_ASSERT (st.title->len > 10);
  g_string_free (st.title, TRUE);
  return g_string_free (st.desc, FALSE);
}

static void
test_sample_pictures (void)
{
  gboolean quick = g_getenv ("NRP_TEST_QUICK") != NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) all = nrp_network_load_sample (&error);
  g_autoptr (NrpNetwork) area = NULL;
  g_autoptr (NrpStudyDesign) design = nrp_study_design_load_sample (&error);
  g_autoptr (NrpStudy) st = NULL;
  g_autofree char *dir = g_dir_make_tmp ("nrp-render-XXXXXX", NULL);
  const NrpNetwork *net;
  g_autoptr (NrpChange) change = NULL;
  g_autoptr (NrpMixing) mixing_result = NULL;
  guint32 sector_colours[8], arms[2] = { 0xE69F00, 0x0072B2 };
  guint ns;

  CU_ASSERT_PTR_NOT_NULL_FATAL (all);
  area = nrp_network_new_area (all, "I01", FALSE, &error);
  net = quick ? area : all;
  ns = nrp_network_get_n_sectors (net);
  for (guint k = 0; k < ns; k++)
    sector_colours[k] = palette[k % 8];
  st = nrp_study_compute (all, design, NULL, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (st);
  change = nrp_change_compute (net, 1, 2, &error);
  mixing_result = nrp_mixing_compute (net, 0, 1, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (change);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mixing_result);

  for (int f = 0; f < 2; f++)
    {
      NrpImageFormat fmt = f == 0 ? NRP_IMAGE_PNG : NRP_IMAGE_SVG;
      const char *ext = f == 0 ? "png" : "svg";
      g_autofree char *waves = g_strdup_printf ("%s/waves.%s", dir, ext);
      g_autofree char *mixing = g_strdup_printf ("%s/mixing.%s", dir, ext);
      g_autofree char *study = g_strdup_printf ("%s/study.%s", dir, ext);
      double study_h = 80 + 170 * nrp_study_get_n_measures (st) + 60;

      CU_ASSERT (nrp_render_waves (net, change, waves, fmt, 1, &error));
      CU_ASSERT (nrp_render_mixing (net, mixing_result, 1, 2, mixing, fmt, &error));
      CU_ASSERT (nrp_render_study (st, study, fmt, &error));
      if (error != NULL)
        fprintf (stderr, "\n%s\n", error->message);
      if (fmt == NRP_IMAGE_PNG)
        {
          check_png (waves, NRP_RENDER_WAVES_WIDTH, NRP_RENDER_WAVES_HEIGHT, sector_colours, ns,
                     NRP_RENDER_WAVES_HEIGHT - NRP_RENDER_LEGEND_HEIGHT);
          check_png (mixing, NRP_RENDER_MIXING_WIDTH, NRP_RENDER_MIXING_HEIGHT, NULL, 0, 0);
          check_png (study, NRP_RENDER_STUDY_WIDTH, (int) study_h, arms, 2, (int) study_h - 50);
        }
      else
        {
          g_autofree char *d1 = check_svg (waves, NRP_RENDER_WAVES_WIDTH, NRP_RENDER_WAVES_HEIGHT);
          g_autofree char *d2 = check_svg (mixing, NRP_RENDER_MIXING_WIDTH,
                                           NRP_RENDER_MIXING_HEIGHT);
          g_autofree char *d3 = check_svg (study, NRP_RENDER_STUDY_WIDTH, study_h);
          for (guint k = 0; k < ns; k++)
            {
              const char *label = nrp_network_get_sector_label (net, k);
              CU_ASSERT_PTR_NOT_NULL (strstr (d1, label));
            }
          CU_ASSERT_PTR_NOT_NULL (strstr (d1, "formed"));
          CU_ASSERT_PTR_NOT_NULL (strstr (d2, "Cell colour and number: the ties"));
          CU_ASSERT_PTR_NOT_NULL (strstr (d3, "share_cross_sector: DiD +0.1208"));
          CU_ASSERT_PTR_NOT_NULL (strstr (d3, "intervention areas orange"));
        }
      g_unlink (waves);
      g_unlink (mixing);
      g_unlink (study);
    }
  g_rmdir (dir);
}

static void
test_errors (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) all = nrp_network_load_sample (&error);
  g_autoptr (NrpNetwork) net = nrp_network_new_area (all, "C01", FALSE, &error);
  g_autoptr (NrpNetwork) other = nrp_network_new_area (all, "C02", FALSE, &error);
  g_autoptr (NrpChange) change = nrp_change_compute (net, 1, 2, &error);
  g_autoptr (NrpChange) other_change = nrp_change_compute (other, 1, 2, &error);
  g_autoptr (NrpMixing) mixing = nrp_mixing_compute (net, 0, 1, &error);
  CU_ASSERT_PTR_NOT_NULL_FATAL (mixing);
  CU_ASSERT_PTR_NOT_NULL_FATAL (other_change);
  /* A comparison of another network (C02 has another number of actors). */
  CU_ASSERT_FALSE (nrp_render_waves (net, other_change, "/tmp/never.png", NRP_IMAGE_PNG, 1,
                                     &error));
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_ARGUMENT);
  g_clear_error (&error);
  CU_ASSERT_FALSE (nrp_render_mixing (net, mixing, 1, 3, "/tmp/never.png", NRP_IMAGE_PNG, &error));
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_ARGUMENT);
  g_clear_error (&error);
  CU_ASSERT_FALSE (nrp_render_mixing (net, mixing, 3, 3, "/tmp/never.png", NRP_IMAGE_PNG, &error));
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_ARGUMENT);
  g_clear_error (&error);
  CU_ASSERT_FALSE (nrp_render_wave (net, 3, "/tmp/never.png", NRP_IMAGE_PNG, 1, &error));
  CU_ASSERT_EQUAL (error->code, NRP_ERROR_ARGUMENT);
  g_clear_error (&error);
  for (int f = 0; f < 2; f++)
    {
      CU_ASSERT_FALSE (nrp_render_waves (net, change, "/nonexistent/dir/waves.x",
                                         f ? NRP_IMAGE_SVG : NRP_IMAGE_PNG, 1, &error));
      CU_ASSERT_PTR_NOT_NULL_FATAL (error);
      CU_ASSERT_EQUAL (error->code, NRP_ERROR_IO);
      CU_ASSERT_STRING_EQUAL (nrp_error_get_file (error), "/nonexistent/dir/waves.x");
      g_clear_error (&error);
    }
}

static const NrpTest tests[] = {
  { "the sample's pictures: PNG and SVG, legend present", test_sample_pictures },
  { "bad waves and unwritable paths", test_errors },
};

NRP_TEST_MAIN ("render", tests)
