/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * render.c: the pictures (see nrpnet/render.h), drawn with cairo.
 *
 * Each picture is drawn once on a cairo surface of the chosen kind; SVG
 * files then get a <title> and <desc> (cairo writes text as glyph
 * outlines, so without them the legend would not be readable as text).
 * Colours: Okabe and Ito's palette for sectors and arms; viridis-like
 * sequential and purple-orange diverging scales for the heatmaps, both
 * readable with the common colour-vision deficiencies.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cairo-svg.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "igraph/boundary.h"
#include "core/nrp-private.h"
#include "study/tdist.h"

/* ---- Colours -------------------------------------------------------------- */

typedef struct {
  double r, g, b;
} Rgb;

#define HEX(x) { ((x) >> 16 & 0xff) / 255.0, ((x) >> 8 & 0xff) / 255.0, ((x) &0xff) / 255.0 }

static const Rgb okabe_ito[8] = {
  HEX (0xE69F00), HEX (0x56B4E9), HEX (0x009E73), HEX (0xF0E442),
  HEX (0x0072B2), HEX (0xD55E00), HEX (0xCC79A7), HEX (0x999999),
};

static const Rgb ink = HEX (0x222222);
static const Rgb grey = HEX (0x8C8C8C);

static void
set_rgb (cairo_t *cr, Rgb c, double alpha)
{
  cairo_set_source_rgba (cr, c.r, c.g, c.b, alpha);
}

static Rgb
mix (Rgb a, Rgb b, double t)
{
  return (Rgb) { a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t };
}

/* A viridis-like sequential scale, t in [0, 1]. */
static Rgb
sequential (double t)
{
  static const Rgb stops[] = { HEX (0xFDE725), HEX (0x5DC863), HEX (0x21908D),
                               HEX (0x3B528B), HEX (0x440154) };
  double x = CLAMP (t, 0, 1) * 4;
  guint k = (guint) MIN (floor (x), 3);
  return mix (stops[k], stops[k + 1], x - k);
}

/* Purple (-1) - white (0) - orange (+1). */
static Rgb
diverging (double t)
{
  static const Rgb purple = HEX (0x5E3C99), white = HEX (0xF7F7F7), orange = HEX (0xE66101);
  t = CLAMP (t, -1, 1);
  return t < 0 ? mix (white, purple, -t) : mix (white, orange, t);
}

/* ---- Surfaces and text -------------------------------------------------- */

typedef struct {
  cairo_surface_t *surface;
  cairo_t *cr;
  NrpImageFormat format;
  const char *path;
  GString *desc;   /* the SVG's description: what is drawn and its legend */
} Canvas;

static gboolean
canvas_open (Canvas *c, const char *path, NrpImageFormat format, double w, double h,
             const char *title, GError **error)
{
  mode_t mode;
  /* cairo opens the path itself: refuse a device, FIFO or symlink first. */
  if (!nrp_output_path_check (path, &mode, error))
    return FALSE;
  c->path = path;
  c->format = format;
  c->surface = format == NRP_IMAGE_SVG ? cairo_svg_surface_create (path, w, h)
                                       : cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                                     (int) w, (int) h);
  if (cairo_surface_status (c->surface) != CAIRO_STATUS_SUCCESS)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot write the picture: %s",
                        cairo_status_to_string (cairo_surface_status (c->surface)));
      cairo_surface_destroy (c->surface);
      return FALSE;
    }
  c->cr = cairo_create (c->surface);
  c->desc = g_string_new (title);
  g_string_append (c->desc, ".");
  cairo_set_source_rgb (c->cr, 1, 1, 1);
  cairo_paint (c->cr);
  cairo_select_font_face (c->cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
  return TRUE;
}

/* Inserts <title> and <desc> after the <svg ...> tag cairo wrote. */
static gboolean
svg_describe (const char *path, const char *title, const char *desc, GError **error)
{
  g_autofree char *text = NULL, *t = NULL, *d = NULL;
  g_autoptr (GString) out = NULL;
  GError *e = NULL;
  const char *svg, *end;
  gsize len;

  if (!g_file_get_contents (path, &text, &len, &e))
    goto fail;
  svg = strstr (text, "<svg");
  end = svg != NULL ? strchr (svg, '>') : NULL;
  if (end == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cairo wrote no <svg> element");
      return FALSE;
    }
  t = g_markup_escape_text (title, -1);
  d = g_markup_escape_text (desc, -1);
  out = g_string_new_len (text, end + 1 - text);
  g_string_append_printf (out, "\n<title>%s</title>\n<desc>%s</desc>", t, d);
  g_string_append (out, end + 1);
  return nrp_file_write (path, out->str, (gssize) out->len, error);
fail:
  nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot write the picture: %s", e->message);
  g_error_free (e);
  return FALSE;
}

static gboolean
canvas_close (Canvas *c, const char *title, GError **error)
{
  cairo_status_t st;
  gboolean ok = TRUE;

  cairo_destroy (c->cr);
  if (c->format == NRP_IMAGE_PNG)
    st = cairo_surface_write_to_png (c->surface, c->path);
  else
    {
      cairo_surface_finish (c->surface);
      st = cairo_surface_status (c->surface);
    }
  cairo_surface_destroy (c->surface);
  if (st != CAIRO_STATUS_SUCCESS)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, c->path, 0, 0, "cannot write the picture: %s",
                        cairo_status_to_string (st));
      ok = FALSE;
    }
  else if (c->format == NRP_IMAGE_SVG)
    ok = svg_describe (c->path, title, c->desc->str, error);
  g_string_free (c->desc, TRUE);
  return ok;
}

/* Text at (x, y) on its baseline; @align 0 left, 0.5 centred, 1 right. */
static void
text (cairo_t *cr, double x, double y, double size, gboolean bold, double align, const char *s)
{
  cairo_text_extents_t ext;
  cairo_select_font_face (cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
  cairo_text_extents (cr, s, &ext);
  cairo_move_to (cr, x - align * ext.x_advance, y);
  cairo_show_text (cr, s);
}

/* A solid swatch, drawn without anti-aliasing so its colour is exact. */
static void
swatch (cairo_t *cr, double x, double y, double size, Rgb c)
{
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  set_rgb (cr, c, 1);
  cairo_rectangle (cr, floor (x), floor (y), size, size);
  cairo_fill (cr);
  cairo_restore (cr);
}

/* The sector legend from (x, y); returns the x after it. */
static double
sector_legend (Canvas *c, const NrpNetwork *net, double x, double y)
{
  g_string_append (c->desc, " Sectors:");
  for (guint k = 0; k < net->n_sectors; k++)
    {
      cairo_text_extents_t ext;
      const char *label = nrp_network_get_sector_label (net, k);
      swatch (c->cr, x, y - 12, 14, okabe_ito[k % 8]);
      set_rgb (c->cr, ink, 1);
      text (c->cr, x + 20, y, 13, FALSE, 0, label);
      cairo_text_extents (c->cr, label, &ext);
      x += 20 + ext.x_advance + 18;
      g_string_append_printf (c->desc, "%s %s (colour %d)", k ? "," : "", label, k % 8 + 1);
    }
  g_string_append (c->desc, ".");
  return x;
}

static gboolean
check_waves (const NrpNetwork *net, guint from, guint to, GError **error)
{
  if (from < 1 || to < 1 || from > net->n_waves || to > net->n_waves || from == to)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "cannot draw waves %u and %u: the network has waves 1 to %u and the two "
                        "must differ",
                        from, to, net->n_waves);
      return FALSE;
    }
  return TRUE;
}

/* Scales the coordinates of @idx (k of them) into [0, 1] x [0, 1], from
 * their 2nd to 98th percentiles so that a few far-flung actors (isolates,
 * small components) do not shrink the rest to a dot; those are clamped to
 * the edge. */
static void
normalise (double *xy, const guint *idx, guint k)
{
  g_autofree double *t = g_new (double, MAX (k, 1));
  for (guint axis = 0; axis < 2; axis++)
    {
      double lo, hi;
      for (guint i = 0; i < k; i++)
        t[i] = xy[2 * idx[i] + axis];
      nrp_sort (t, k, sizeof (double), nrp_double_cmp);
      lo = k > 0 ? t[(guint) (0.02 * (k - 1))] : 0;
      hi = k > 0 ? t[(guint) ceil (0.98 * (k - 1))] : 1;
      for (guint i = 0; i < k; i++)
        {
          double *v = &xy[2 * idx[i] + axis];
          *v = hi > lo ? CLAMP ((*v - lo) / (hi - lo), 0, 1) : 0.5;
        }
    }
}

/*
 * Positions in [0, 1]^2 for the @n shown actors (@actor: their indices).
 * With several areas and many actors, each area (and the regional actors,
 * together) is laid out on its own and the areas placed on a grid, each
 * labelled: a few thousand actors stay readable as the neighbourhoods they
 * are. Otherwise one layout of the whole. @group gets each actor's cell
 * (all 0 without cells), @height the share of the square the layout fills
 * downwards, @labels and @cells each cell's name and its label's position
 * (3 doubles: x, y, size).
 */
static gboolean
layout (const NrpNetwork *net, guint n, const guint *actor, const guint32 *pairs, gsize m,
        guint64 seed, double *xy, guint *group, double *height, GPtrArray *labels,
        GArray *cells, GError **error)
{
  g_autoptr (GHashTable) group_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *local = g_new (guint, MAX (n, 1));
  guint n_groups = 0, cols;
  g_autoptr (GPtrArray) names = g_ptr_array_new ();

  for (guint v = 0; v < n; v++)
    {
      const char *area = net->area[actor[v]] != NULL ? net->area[actor[v]] : "regional";
      gpointer g;
      if (!g_hash_table_lookup_extended (group_of, area, NULL, &g))
        {
          g = GUINT_TO_POINTER (n_groups++);
          g_hash_table_insert (group_of, (gpointer) area, g);
          g_ptr_array_add (names, (gpointer) area);
        }
      group[v] = GPOINTER_TO_UINT (g);
    }
  *height = 1;
  if (n_groups < 2 || n <= 500)
    {
      g_autofree guint *all = g_new (guint, MAX (n, 1));
      memset (group, 0, MAX (n, 1) * sizeof (guint));
      if (n > 0 && !nrp_ig_layout (n, pairs, m, seed, xy, error))
        return FALSE;
      for (guint v = 0; v < n; v++)
        all[v] = v;
      normalise (xy, all, n);
      return TRUE;
    }
  cols = (guint) ceil (sqrt (n_groups * 1.0));
  for (guint g = 0; g < n_groups; g++)
    {
      g_autoptr (GArray) members = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (GArray) sub = g_array_new (FALSE, FALSE, sizeof (guint32));
      g_autofree double *sxy = NULL;
      g_autofree guint *idx = NULL;
      double cx = (g % cols) * 1.0, cy = (g / cols) * 1.0;
      double cell[3] = { cx + 0.5, cy, 1 };
      for (guint v = 0; v < n; v++)
        if (group[v] == g)
          {
            local[v] = members->len;
            g_array_append_val (members, v);
          }
      for (gsize e = 0; e < m; e++)
        if (group[pairs[2 * e]] == g && group[pairs[2 * e + 1]] == g)
          {
            guint32 a = local[pairs[2 * e]], b = local[pairs[2 * e + 1]];
            g_array_append_val (sub, a);
            g_array_append_val (sub, b);
          }
      sxy = g_new (double, 2 * (gsize) members->len);
      if (!nrp_ig_layout (members->len, (const guint32 *) (void *) sub->data, sub->len / 2,
                          seed + g, sxy, error))
        return FALSE;
      idx = g_new (guint, members->len);
      for (guint i = 0; i < members->len; i++)
        idx[i] = i;
      normalise (sxy, idx, members->len);
      for (guint i = 0; i < members->len; i++)
        {
          guint v = g_array_index (members, guint, i);
          xy[2 * v] = cx + 0.12 + 0.76 * sxy[2 * i];
          xy[2 * v + 1] = cy + 0.14 + 0.76 * sxy[2 * i + 1];
        }
      g_ptr_array_add (labels, names->pdata[g]);
      g_array_append_vals (cells, cell, 3);
    }
  /* Into [0, 1]^2 as a whole, keeping the grid square. */
  for (guint v = 0; v < n; v++)
    {
      xy[2 * v] /= cols;
      xy[2 * v + 1] /= cols;
    }
  for (guint k = 0; k < cells->len; k++)
    g_array_index (cells, double, k) /= cols;
  *height = ceil ((double) n_groups / cols) / cols;
  return TRUE;
}

/* ---- The two waves ---------------------------------------------------------- */

typedef struct {
  guint32 a, b;       /* dense ids: a is the source when directed */
  guint8 at[2];       /* tied at the from, the to wave */
  guint8 state;       /* NrpDyadState, as the comparison counted it */
} Edge;

static int
pair_cmp (const void *pa, const void *pb)
{
  const guint32 *x = pa, *y = pb;
  if (x[0] != y[0])
    return x[0] < y[0] ? -1 : 1;
  return x[1] < y[1] ? -1 : x[1] > y[1];
}

/* An arrowhead at (x1, y1) for a tie drawn from (x0, y0), stopping at the
 * target's disc. */
static void
arrowhead (cairo_t *cr, double x0, double y0, double x1, double y1, double radius, double size)
{
  double dx = x1 - x0, dy = y1 - y0, len = sqrt (dx * dx + dy * dy), ux, uy, tx, ty;
  if (len <= radius + size)
    return;
  ux = dx / len;
  uy = dy / len;
  tx = x1 - ux * radius;
  ty = y1 - uy * radius;
  cairo_move_to (cr, tx, ty);
  cairo_line_to (cr, tx - ux * size - uy * size * 0.5, ty - uy * size + ux * size * 0.5);
  cairo_line_to (cr, tx - ux * size + uy * size * 0.5, ty - uy * size - ux * size * 0.5);
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* Which edges a pass draws on panel @k. */
typedef enum { PASS_BETWEEN, PASS_PLAIN, PASS_CHANGED } Pass;

static gboolean
drawn_in (const Edge *x, guint k, Pass pass, const guint *group)
{
  gboolean between = group[x->a] != group[x->b];
  if (!x->at[k])
    return FALSE;
  switch (pass)
    {
    case PASS_BETWEEN:
      return between;
    case PASS_PLAIN:
      return !between && (x->state == NRP_DYAD_KEPT || x->state == NRP_DYAD_NOT_COMPARED);
    case PASS_CHANGED:
      return !between && x->state == (k == 0 ? NRP_DYAD_DISSOLVED : NRP_DYAD_FORMED);
    }
  return FALSE;
}

static gboolean render_waves (const NrpNetwork *net, const NrpChange *change, guint wave,
                              const char *path, NrpImageFormat format, guint64 seed,
                              GError **error);

gboolean
nrp_render_waves (const NrpNetwork *net, const NrpChange *change, const char *path,
                  NrpImageFormat format, guint64 seed, GError **error)
{
  g_return_val_if_fail (net != NULL && change != NULL && path != NULL, FALSE);
  return render_waves (net, change, 0, path, format, seed, error);
}

gboolean
nrp_render_wave (const NrpNetwork *net, guint wave, const char *path, NrpImageFormat format,
                 guint64 seed, GError **error)
{
  g_return_val_if_fail (net != NULL && path != NULL, FALSE);
  return render_waves (net, NULL, wave, path, format, seed, error);
}

/*
 * The waves picture: the two waves of @change side by side or, with no
 * @change, @wave alone (data with one wave); the same layout, legend and
 * text either way.
 */
static gboolean
render_waves (const NrpNetwork *net, const NrpChange *change, guint wave, const char *path,
              NrpImageFormat format, guint64 seed, GError **error)
{
  const double W = NRP_RENDER_WAVES_WIDTH, H = NRP_RENDER_WAVES_HEIGHT;
  const guint np = change != NULL ? 2 : 1;
  const double top = 50, bottom = NRP_RENDER_LEGEND_HEIGHT, panel = W / np, pad = 24;
  const NrpChangeSummary *cs = NULL;
  guint n_all, n = 0, waves[2];
  g_autofree guint *dense = NULL, *actor = NULL;
  g_autofree double *xy = NULL;
  g_autofree guint32 *pairs = NULL;
  g_autofree Edge *edges = NULL;
  g_autoptr (GPtrArray) labels = g_ptr_array_new ();
  g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (double));
  double radius, alpha, scale, ox[2], oy, height;
  g_autofree guint *group = NULL;
  guint count[2] = { 0, 0 }, ties[2] = { 0, 0 }, not_compared = 0;
  g_autofree char *title = NULL;
  Canvas c;
  gsize m, mp = 0;

  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (change == NULL)
    {
      if (wave < 1 || wave > net->n_waves)
        {
          nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                            "cannot draw wave %u: the network has waves 1 to %u", wave,
                            net->n_waves);
          return FALSE;
        }
      waves[0] = waves[1] = wave;
    }
  else
    {
      cs = &change->summary;
      waves[0] = cs->from_wave;
      waves[1] = cs->to_wave;
      if (!check_waves (net, waves[0], waves[1], error))
        return FALSE;
    }
  if (change != NULL
      && (change->dyads.n_actors != net->n_actors || change->n_sectors != net->n_sectors))
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "the comparison was computed on another network");
      return FALSE;
    }
  n_all = net->n_actors;
  dense = g_new (guint, MAX (n_all, 1));
  actor = g_new (guint, MAX (n_all, 1));
  for (guint i = 0; i < n_all; i++)
    if (nrp_present (net, waves[0], i) || nrp_present (net, waves[1], i))
      {
        actor[n] = i;
        dense[i] = n++;
      }
    else
      dense[i] = G_MAXUINT;

  /* The dyads the comparison visited, with its verdict on each: the picture
   * draws what nrpnet compare counts. One wave alone: its dyads, plain. */
  {
    NrpDyadUnion one = { 0 };
    if (change == NULL)
      nrp_dyad_union_init (&one, net, &wave, 1);
    m = change != NULL ? nrp_change_n_dyads (change) : one.n;
  edges = g_new (Edge, MAX (m, 1));
  pairs = g_new (guint32, 2 * MAX (m, 1));
  for (gsize d = 0; d < m; d++)
    {
      guint u, v;
      gboolean t0, t1;
      Edge *x = &edges[d];
      if (change != NULL)
        x->state = (guint8) nrp_change_dyad (change, d, &u, &v, &t0, &t1);
      else
        {
          u = (guint) (one.keys[d] / net->n_actors);
          v = (guint) (one.keys[d] % net->n_actors);
          t0 = t1 = TRUE;
          x->state = NRP_DYAD_KEPT;
        }
      x->a = dense[u];
      x->b = dense[v];
      x->at[0] = (guint8) t0;
      x->at[1] = (guint8) t1;
      ties[0] += t0;
      ties[1] += t1;
      not_compared += x->state == NRP_DYAD_NOT_COMPARED;
      /* The layout sees each pair once, direction ignored. */
      pairs[2 * d] = MIN (x->a, x->b);
      pairs[2 * d + 1] = MAX (x->a, x->b);
    }
    nrp_dyad_union_clear (&one);
  }
  nrp_sort (pairs, m, 2 * sizeof (guint32), pair_cmp);
  for (gsize d = 0; d < m; d++)
    if (mp == 0 || pairs[2 * d] != pairs[2 * (mp - 1)] || pairs[2 * d + 1] != pairs[2 * (mp - 1) + 1])
      {
        pairs[2 * mp] = pairs[2 * d];
        pairs[2 * mp + 1] = pairs[2 * d + 1];
        mp++;
      }

  xy = g_new (double, 2 * (gsize) MAX (n, 1));
  group = g_new (guint, MAX (n, 1));
  if (!layout (net, n, actor, pairs, mp, seed, xy, group, &height, labels, cells, error))
    return FALSE;
  scale = MIN (panel - 2 * pad, (H - top - bottom - 2 * pad) / height);
  ox[0] = (panel - scale) / 2;
  ox[1] = panel + ox[0];
  oy = top + pad + (H - top - bottom - 2 * pad - scale * height) / 2;
  radius = CLAMP (160 / sqrt (MAX (n, 1)), 1.3, 7);
  alpha = CLAMP (25 / sqrt (MAX (mp, 1)), 0.06, 0.55);

  title = np == 2 ? g_strdup_printf ("Waves %u and %u side by side, one layout", waves[0],
                                     waves[1])
                  : net->n_waves == 1
                    ? g_strdup_printf ("Wave %u, the only wave of the data", waves[0])
                    : g_strdup_printf ("Wave %u alone", waves[0]);
  if (!canvas_open (&c, path, format, W, H, title, error))
    return FALSE;
  for (guint i = 0; i < n; i++)
    for (guint k = 0; k < 2; k++)
      count[k] += nrp_present (net, waves[k], actor[i]);

#define PX(k, v) (ox[k] + scale * xy[2 * (v)])
#define PY(v) (oy + scale * xy[2 * (v) + 1])
  for (guint k = 0; k < np; k++)
    {
      g_autofree char *head
        = np == 1 ? g_strdup_printf ("Wave %u: %u actors, %u ties", waves[k], count[k], ties[k])
                  : g_strdup_printf (k == 0 ? "Wave %u: %u actors, %u ties (%" G_GUINT64_FORMAT
                                              " dissolved by wave %u, dashed)"
                                            : "Wave %u: %u actors, %u ties (%" G_GUINT64_FORMAT
                                              " formed since wave %u, dark)",
                                     waves[k], count[k], ties[k],
                                     k == 0 ? cs->all->n10 : cs->all->n01, waves[1 - k]);
      set_rgb (c.cr, ink, 1);
      text (c.cr, k * panel + panel / 2, 32, 17, TRUE, 0.5, head);
      g_string_append_printf (c.desc, " %s.", head);
      for (Pass pass = PASS_BETWEEN; pass <= PASS_CHANGED; pass++)
        {
          /* Ties between cells (areas) faintly: with the regional actors
           * they would cover everything. Then kept and uncompared ties,
           * then the changed ones. */
          if (pass == PASS_BETWEEN)
            {
              cairo_set_line_width (c.cr, 0.4);
              set_rgb (c.cr, grey, 0.05);
            }
          else if (pass == PASS_PLAIN)
            {
              cairo_set_line_width (c.cr, 0.6);
              set_rgb (c.cr, grey, alpha);
            }
          else
            {
              set_rgb (c.cr, ink, CLAMP (alpha * 2.5, 0.3, 0.9));
              cairo_set_line_width (c.cr, k == 0 ? 0.9 : 1.4);
              if (k == 0)
                cairo_set_dash (c.cr, (const double[]) { 4, 3 }, 2, 0);
            }
          for (gsize e = 0; e < m; e++)
            {
              const Edge *x = &edges[e];
              if (!drawn_in (x, k, pass, group))
                continue;
              cairo_move_to (c.cr, PX (k, x->a), PY (x->a));
              cairo_line_to (c.cr, PX (k, x->b), PY (x->b));
            }
          cairo_stroke (c.cr);
          cairo_set_dash (c.cr, NULL, 0, 0);
          if (net->directed && pass != PASS_BETWEEN)
            for (gsize e = 0; e < m; e++)
              {
                const Edge *x = &edges[e];
                if (drawn_in (x, k, pass, group))
                  arrowhead (c.cr, PX (k, x->a), PY (x->a), PX (k, x->b), PY (x->b), radius,
                             CLAMP (radius * 1.6, 3, 8));
              }
        }
      for (guint v = 0; v < n; v++)
        {
          if (!nrp_present (net, waves[k], actor[v]))
            continue;
          cairo_arc (c.cr, PX (k, v), PY (v), radius, 0, 2 * G_PI);
          set_rgb (c.cr, okabe_ito[net->sector[actor[v]] % 8], 1);
          if (radius >= 3)
            {
              cairo_fill_preserve (c.cr);
              cairo_set_source_rgb (c.cr, 1, 1, 1);
              cairo_set_line_width (c.cr, 0.8);
              cairo_stroke (c.cr);
            }
          else
            cairo_fill (c.cr);
        }
      for (guint g = 0; g < labels->len; g++)
        {
          const double *cell = &g_array_index (cells, double, 3 * g);
          set_rgb (c.cr, ink, 1);
          text (c.cr, ox[k] + scale * cell[0], oy + scale * cell[1] + 12, 11, TRUE, 0.5,
                labels->pdata[g]);
        }
    }
  if (cs != NULL)
    g_string_append_printf (c.desc,
                            " Tie change over the dyads observed at both waves, as nrpnet compare "
                            "counts it: %" G_GUINT64_FORMAT " formed, %" G_GUINT64_FORMAT
                            " dissolved, %" G_GUINT64_FORMAT " kept.",
                            cs->all->n01, cs->all->n10, cs->all->n11);
  if (not_compared > 0)
    g_string_append_printf (c.desc,
                            " %u ties were not compared (an actor absent at the other wave, or "
                            "the dyad unobserved) and are drawn plain, as kept ties are.",
                            not_compared);
  if (net->directed)
    g_string_append (c.desc, " Ties are directed: arrows point from the actor who named the tie.");
  if (labels->len > 0)
    g_string_append_printf (c.desc, " Each of the %u areas (and the regional actors) is laid "
                                    "out in its own cell; ties between cells are drawn faintly, "
                                    "without marking change.", labels->len);
#undef PX
#undef PY
  /* The divider and the legend (one wave: sectors only). */
  if (np == 1)
    {
      sector_legend (&c, net, 24, H - bottom + 40);
      g_string_append (c.desc, net->n_waves == 1 ? " The data have one wave: no change to show."
                                                 : " One wave alone: no change is shown.");
      return canvas_close (&c, title, error);
    }
  cairo_set_source_rgb (c.cr, 0.85, 0.85, 0.85);
  cairo_set_line_width (c.cr, 1);
  cairo_move_to (c.cr, panel, top);
  cairo_line_to (c.cr, panel, H - bottom);
  cairo_stroke (c.cr);
  {
    double x = sector_legend (&c, net, 24, H - bottom + 40) + 10;
    set_rgb (c.cr, grey, 0.8);
    cairo_set_line_width (c.cr, 1.2);
    cairo_move_to (c.cr, x, H - bottom + 35);
    cairo_line_to (c.cr, x + 28, H - bottom + 35);
    cairo_stroke (c.cr);
    set_rgb (c.cr, ink, 1);
    text (c.cr, x + 34, H - bottom + 40, 13, FALSE, 0, "kept");
    x += 80;
    cairo_set_line_width (c.cr, 1.8);
    cairo_move_to (c.cr, x, H - bottom + 35);
    cairo_line_to (c.cr, x + 28, H - bottom + 35);
    cairo_stroke (c.cr);
    text (c.cr, x + 34, H - bottom + 40, 13, FALSE, 0, "formed");
    x += 95;
    cairo_set_dash (c.cr, (const double[]) { 4, 3 }, 2, 0);
    cairo_move_to (c.cr, x, H - bottom + 35);
    cairo_line_to (c.cr, x + 28, H - bottom + 35);
    cairo_stroke (c.cr);
    cairo_set_dash (c.cr, NULL, 0, 0);
    text (c.cr, x + 34, H - bottom + 40, 13, FALSE, 0, "dissolved");
    g_string_append (c.desc, " Ties: kept (grey), formed (dark, thick), dissolved (dashed).");
  }
  return canvas_close (&c, title, error);
}

/* ---- Mixing heatmaps -------------------------------------------------------- */

/* The smallest of 1, 2, 5 x 10^k at least @x (1 for x <= 0): a scale's end
 * a reader can take in ("up to 50", not "up to 47.3"). */
static double
nice_ceil (double x)
{
  double p;
  if (!(x > 0))
    return 1;
  p = pow (10, floor (log10 (x)));
  for (int k = 0; k < 3; k++)
    {
      static const double steps[3] = { 1, 2, 5 };
      if (steps[k] * p >= x * (1 - 1e-12))
        return steps[k] * p;
    }
  return 10 * p;
}

gboolean
nrp_render_mixing (const NrpNetwork *net, const NrpMixing *mx, guint from, guint to,
                   const char *path, NrpImageFormat format, GError **error)
{
  /* The same wave twice: that wave alone (data with one wave). */
  const guint np = from == to ? 1 : 3;
  const double W = NRP_RENDER_MIXING_WIDTH, H = NRP_RENDER_MIXING_HEIGHT, panel = W / 3;
  const guint *cnt[2];
  guint ns, waves[2] = { from, to };
  double dmax = 0, diffmax = 0, cell, x0, y0 = 150;
  g_autofree char *title = NULL;
  Canvas c;

  g_return_val_if_fail (net != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  g_return_val_if_fail (mx != NULL, FALSE);
  if (from == to && (from < 1 || from > net->n_waves))
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "cannot draw wave %u: the network has waves 1 to %u", from, net->n_waves);
      return FALSE;
    }
  if (from != to && !check_waves (net, from, to, error))
    return FALSE;
  if (nrp_mixing_get_n_sectors (mx) != net->n_sectors || nrp_mixing_get_n_waves (mx) != net->n_waves)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "the mixing was computed on another network");
      return FALSE;
    }
  ns = net->n_sectors;
  /* Colour and number say one quantity, the ties between two sectors (and
   * their change), on scales rounded to a nice number. */
  for (guint k = 0; k < 2; k++)
    cnt[k] = nrp_mixing_get_counts (mx, waves[k]);
  for (gsize i = 0; i < (gsize) ns * ns; i++)
    {
      for (guint k = 0; k < 2; k++)
        dmax = MAX (dmax, cnt[k][i]);
      diffmax = MAX (diffmax, fabs ((double) cnt[1][i] - (double) cnt[0][i]));
    }
  dmax = nice_ceil (dmax);
  diffmax = nice_ceil (diffmax);
  cell = MIN (46, 330.0 / MAX (ns, 1));

  title = np == 1 ? g_strdup_printf ("Sector mixing at wave %u", from)
                  : g_strdup_printf ("Sector mixing at waves %u and %u, and the change", from, to);
  if (!canvas_open (&c, path, format, W, H, title, error))
    return FALSE;
  g_string_append_printf (c.desc,
                          " Cell colour and number: the ties between two sectors (darker is "
                          "more, the scale from 0 to %g). Third panel: the ties at wave %u "
                          "less those at wave %u (orange more, purple fewer, the scale from "
                          "-%g to +%g).",
                          dmax, to, from, diffmax, diffmax);
  for (guint p = 0; p < np; p++)
    {
      g_autofree char *head = p < 2 ? g_strdup_printf ("Wave %u", waves[p])
                                    : g_strdup_printf ("Change, wave %u - wave %u", to, from);
      x0 = p * panel + 140;
      set_rgb (c.cr, ink, 1);
      text (c.cr, p * panel + panel / 2, 40, 17, TRUE, 0.5, head);
      for (guint a = 0; a < ns; a++)
        {
          text (c.cr, x0 - 8, y0 + (a + 0.5) * cell + 4, 11, FALSE, 1, nrp_network_get_sector_label (net, a));
          cairo_save (c.cr);
          cairo_translate (c.cr, x0 + (a + 0.5) * cell + 4, y0 - 8);
          cairo_rotate (c.cr, -G_PI / 3);
          text (c.cr, 0, 0, 11, FALSE, 0, nrp_network_get_sector_label (net, a));
          cairo_restore (c.cr);
        }
      for (guint a = 0; a < ns; a++)
        for (guint b = 0; b < ns; b++)
          {
            gsize i = (gsize) a * ns + b;
            double v, lum;
            Rgb col;
            g_autofree char *num = NULL;
            if (p < 2)
              {
                v = cnt[p][i];
                col = sequential (dmax > 0 ? v / dmax : 0);
                num = g_strdup_printf ("%u", cnt[p][i]);
              }
            else
              {
                v = (double) cnt[1][i] - (double) cnt[0][i];
                col = diverging (diffmax > 0 ? v / diffmax : 0);
                num = v == 0 ? g_strdup ("0") : g_strdup_printf ("%+.0f", v);
              }
            set_rgb (c.cr, col, 1);
            cairo_rectangle (c.cr, x0 + b * cell, y0 + a * cell, cell - 1, cell - 1);
            cairo_fill (c.cr);
            lum = 0.299 * col.r + 0.587 * col.g + 0.114 * col.b;
            cairo_set_source_rgb (c.cr, lum < 0.5 ? 1 : 0, lum < 0.5 ? 1 : 0, lum < 0.5 ? 1 : 0);
            if (cell >= 22)
              text (c.cr, x0 + (b + 0.5) * cell, y0 + (a + 0.5) * cell + 4, MIN (12, cell / 3),
                    FALSE, 0.5, num);
          }
      /* The colour scale under the panel. */
      for (guint s = 0; s < 100; s++)
        {
          double t = s / 99.0;
          set_rgb (c.cr, p < 2 ? sequential (t) : diverging (2 * t - 1), 1);
          cairo_rectangle (c.cr, x0 + s * 2.4, y0 + ns * cell + 30, 2.5, 12);
          cairo_fill (c.cr);
        }
      {
        g_autofree char *lo = p < 2 ? g_strdup ("0") : g_strdup_printf ("%+g", -diffmax);
        g_autofree char *hi = p < 2 ? g_strdup_printf ("%g", dmax)
                                    : g_strdup_printf ("%+g", diffmax);
        set_rgb (c.cr, ink, 1);
        text (c.cr, x0, y0 + ns * cell + 58, 11, FALSE, 0, lo);
        text (c.cr, x0 + 240, y0 + ns * cell + 58, 11, FALSE, 1, hi);
        text (c.cr, x0 + 120, y0 + ns * cell + 58, 11, FALSE, 0.5,
              p < 2 ? "ties" : "change in ties");
      }
    }
  return canvas_close (&c, title, error);
}

/* ---- The study ---------------------------------------------------------------- */

/* The heading of the study's and the survey's pictures. */
static void
change_heading (cairo_t *cr, double width, guint pre, guint post)
{
  g_autofree char *head = g_strdup_printf (
    "Change from wave %u to wave %u in each area, and the difference in differences", pre, post);
  set_rgb (cr, ink, 1);
  text (cr, width / 2, 36, 18, TRUE, 0.5, head);
}

/* The two arms' swatches at the foot of those pictures. */
static void
arm_legend (cairo_t *cr, double y, const Rgb *arm_colour)
{
  swatch (cr, 20, y - 12, 14, arm_colour[0]);
  set_rgb (cr, ink, 1);
  text (cr, 40, y, 13, FALSE, 0, "intervention area");
  swatch (cr, 200, y - 12, 14, arm_colour[1]);
  set_rgb (cr, ink, 1);
  text (cr, 220, y, 13, FALSE, 0, "comparator area");
}

gboolean
nrp_render_study (const NrpStudy *st, const char *path, NrpImageFormat format, GError **error)
{
  const double W = NRP_RENDER_STUDY_WIDTH, band = 170, left = 230, right = 60;
  guint nm, na, pre, post;
  double H;
  static const Rgb arm_colour[2] = { HEX (0xE69F00), HEX (0x0072B2) };
  Canvas c;

  g_return_val_if_fail (st != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  nm = nrp_study_get_n_measures (st);
  na = nrp_study_get_n_areas (st);
  pre = nrp_study_get_pre_wave (st);
  post = nrp_study_get_post_wave (st);
  H = 80 + band * nm + 60;
  if (!canvas_open (&c, path, format, W, H,
                    "Difference in differences: each area's change and the estimate", error))
    return FALSE;
  change_heading (c.cr, W, pre, post);
  for (guint k = 0; k < nm; k++)
    {
      const NrpDid *d = nrp_study_get_did (st, k);
      double lo = 0, hi = 0, y = 80 + band * k, scale;
      g_autofree char *line = NULL;
      const char *rows[3] = { "intervention areas", "comparator areas", "DiD and interval" };

      for (guint a = 0; a < na; a++)
        {
          double v = nrp_study_get_value (st, a, k, post) - nrp_study_get_value (st, a, k, pre);
          if (!isnan (v))
            {
              lo = MIN (lo, v);
              hi = MAX (hi, v);
            }
        }
      if (!isnan (d->ci_low))
        lo = MIN (lo, d->ci_low);
      if (!isnan (d->ci_high))
        hi = MAX (hi, d->ci_high);
      if (!isnan (d->estimate))
        {
          lo = MIN (lo, d->estimate);
          hi = MAX (hi, d->estimate);
        }
      if (hi - lo < 1e-12)
        hi = lo + 1;
      lo -= 0.05 * (hi - lo);
      hi += 0.05 * (hi - lo);
      scale = (W - left - right) / (hi - lo);
#define SX(v) (left + ((v) - lo) * scale)
      set_rgb (c.cr, ink, 1);
      text (c.cr, 20, y + 18, 15, TRUE, 0, nrp_study_get_measure_name (st, k));
      {
        /* An end the test never rejects is unbounded: said in words, not
         * printed as "-infnan". */
        g_autofree char *est = isnan (d->estimate) ? g_strdup ("n/a")
                                                   : g_strdup_printf ("%+.4g", d->estimate);
        g_autofree char *from = isnan (d->ci_low) ? g_strdup ("(-infinity")
                                                  : g_strdup_printf ("[%+.4g", d->ci_low);
        g_autofree char *to = isnan (d->ci_high) ? g_strdup ("+infinity)")
                                                 : g_strdup_printf ("%+.4g]", d->ci_high);
        g_autofree char *iv = isnan (d->ci_low) && isnan (d->ci_high)
                                ? g_strdup ("unbounded")
                                : g_strdup_printf ("%s, %s", from, to);
        g_autofree char *p = isnan (d->p_value) ? g_strdup ("n/a")
                                                : g_strdup_printf ("%.2g", d->p_value);
        line = g_strdup_printf ("DiD %s, %g%% interval %s, p = %s (%" G_GUINT64_FORMAT
                                " assignments)",
                                est, 100 * nrp_study_get_confidence (st), iv, p, d->assignments);
      }
      text (c.cr, W - right, y + 18, 13, FALSE, 1, line);
      g_string_append_printf (c.desc, " %s: %s.", nrp_study_get_measure_name (st, k), line);
      for (guint r = 0; r < 3; r++)
        text (c.cr, left - 12, y + 52 + r * 34, 12, FALSE, 1, rows[r]);
      /* Zero line and axis. */
      cairo_set_source_rgb (c.cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (c.cr, 1);
      cairo_set_dash (c.cr, (const double[]) { 3, 3 }, 2, 0);
      cairo_move_to (c.cr, SX (0), y + 32);
      cairo_line_to (c.cr, SX (0), y + 130);
      cairo_stroke (c.cr);
      cairo_set_dash (c.cr, NULL, 0, 0);
      cairo_move_to (c.cr, left, y + 140);
      cairo_line_to (c.cr, W - right, y + 140);
      cairo_stroke (c.cr);
      for (guint t = 0; t <= 4; t++)
        {
          g_autofree char *lab = g_strdup_printf ("%.3g", lo + t * (hi - lo) / 4);
          set_rgb (c.cr, ink, 1);
          text (c.cr, SX (lo + t * (hi - lo) / 4), y + 156, 11, FALSE, 0.5, lab);
        }
      /* Each area, and each arm's mean. */
      for (guint a = 0; a < na; a++)
        {
          double v = nrp_study_get_value (st, a, k, post) - nrp_study_get_value (st, a, k, pre);
          guint arm = nrp_study_get_arm (st, a) == NRP_ARM_INTERVENTION ? 0 : 1;
          if (isnan (v))
            continue;
          set_rgb (c.cr, arm_colour[arm], 0.85);
          cairo_arc (c.cr, SX (v), y + 48 + arm * 34, 6, 0, 2 * G_PI);
          cairo_fill (c.cr);
        }
      for (guint arm = 0; arm < 2; arm++)
        {
          double mean = arm == 0 ? d->change_intervention : d->change_comparator;
          if (isnan (mean))
            continue;
          set_rgb (c.cr, ink, 1);
          cairo_set_line_width (c.cr, 2.5);
          cairo_move_to (c.cr, SX (mean), y + 36 + arm * 34);
          cairo_line_to (c.cr, SX (mean), y + 60 + arm * 34);
          cairo_stroke (c.cr);
        }
      /* The estimate and its interval (an arrow where unbounded). */
      if (!isnan (d->estimate))
        {
          double a = isnan (d->ci_low) ? left : SX (d->ci_low);
          double b = isnan (d->ci_high) ? W - right : SX (d->ci_high);
          set_rgb (c.cr, ink, 1);
          cairo_set_line_width (c.cr, 2);
          cairo_move_to (c.cr, a, y + 116);
          cairo_line_to (c.cr, b, y + 116);
          cairo_stroke (c.cr);
          for (guint e = 0; e < 2; e++)
            {
              double x = e == 0 ? a : b;
              cairo_move_to (c.cr, x, y + 109);
              cairo_line_to (c.cr, x, y + 123);
              cairo_stroke (c.cr);
            }
          cairo_rectangle (c.cr, SX (d->estimate) - 6, y + 110, 12, 12);
          cairo_fill (c.cr);
        }
#undef SX
    }
  /* The legend. */
  {
    double y = H - 30;
    arm_legend (c.cr, y, arm_colour);
    text (c.cr, 380, y, 13, FALSE, 0,
          "| arm mean     \xe2\x96\xa0 DiD with its interval     dashed: no change");
    g_string_append (c.desc, " Legend: intervention areas orange, comparator areas blue; bars: "
                             "each arm's mean change; square and whiskers: the DiD and its "
                             "interval; dashed line: zero.");
  }
  return canvas_close (&c, "Difference in differences: each area's change and the estimate",
                       error);
}

/* ---- The household survey --------------------------------------------------- */

gboolean
nrp_render_survey (const NrpSurveyResult *r, const NrpSurvey *s, const char *path,
                   NrpImageFormat format, GError **error)
{
  static const Rgb arm_colour[2] = { HEX (0xE69F00), HEX (0x0072B2) };
  static const char *const method[4] = { "CR1", "CR2", "wild bootstrap", "randomisation" };
  const double W = NRP_RENDER_STUDY_WIDTH, left = 230, right = 60, row = 15, mrow = 24;
  guint no, nc, na = 0, pre, post;
  double level, z, band, H;
  g_autofree guint *first = NULL;   /* per area: its pre and post cells */
  g_autofree guint *second = NULL;
  g_autofree guint *item = NULL;
  Canvas c;

  g_return_val_if_fail (r != NULL && s != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  no = nrp_survey_result_get_n_outcomes (r);
  nc = nrp_survey_result_get_n_area_waves (r);
  pre = nrp_survey_result_get_pre_wave (r);
  post = nrp_survey_result_get_post_wave (r);
  level = nrp_survey_result_get_confidence (r);
  z = nrp_t_critical (1 - level, 1e12);   /* the normal quantile */
  first = g_new (guint, MAX (nc, 1));
  second = g_new (guint, MAX (nc, 1));
  /* Areas with both waves, intervention areas first. */
  for (guint arm = 0; arm < 2; arm++)
    for (guint k = 0; k < nc; k++)
      {
        const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, k);
        if (x->wave != pre || (guint) x->arm != arm)
          continue;
        for (guint j = k + 1; j < nc; j++)
          {
            const NrpSurveyAreaWave *y = nrp_survey_result_get_area_wave (r, j);
            if (y->area != x->area)
              break;
            if (y->wave == post)
              {
                first[na] = k;
                second[na++] = j;
              }
          }
      }
  item = g_new (guint, MAX (no, 1));
  for (guint k = 0; k < no; k++)
    item[k] = nrp_survey_result_get_did (r, k)->item;
  band = 60 + na * row + 20 + 4 * mrow + 50;
  H = 80 + band * no + 50;
  if (!canvas_open (&c, path, format, W, H,
                    "Household survey: each area's change and the difference in differences",
                    error))
    return FALSE;
  change_heading (c.cr, W, pre, post);
  for (guint k = 0; k < no; k++)
    {
      const NrpSurveyDid *d = nrp_survey_result_get_did (r, k);
      const NrpSurveyInference *inf[4] = { &d->cr1, &d->cr2, &d->wild, &d->randomisation };
      double scale = d->binary ? 100 : 1, lo = 0, hi = 0, step, y = 80 + band * k, px;
      g_autofree double *chg = g_new (double, MAX (na, 1));
      g_autofree double *half = g_new (double, MAX (na, 1));
      g_autofree char *head = NULL;

      for (guint a = 0; a < na; a++)
        {
          double s1, s2, m1 = nrp_survey_result_get_mean (r, first[a], item[k], &s1);
          double m2 = nrp_survey_result_get_mean (r, second[a], item[k], &s2);
          chg[a] = (m2 - m1) * scale;
          half[a] = z * sqrt (s1 * s1 + s2 * s2) * scale;
          /* A suppressed cell (small cells) is not drawn. */
          if (nrp_survey_result_is_cell_suppressed (r, first[a])
              || nrp_survey_result_is_cell_suppressed (r, second[a]))
            chg[a] = half[a] = NAN;
          if (isfinite (chg[a]))
            {
              lo = MIN (lo, chg[a] - (isfinite (half[a]) ? half[a] : 0));
              hi = MAX (hi, chg[a] + (isfinite (half[a]) ? half[a] : 0));
            }
        }
      for (guint m = 0; m < 4; m++)
        {
          if (isfinite (inf[m]->ci_low))
            lo = MIN (lo, inf[m]->ci_low * scale);
          if (isfinite (inf[m]->ci_high))
            hi = MAX (hi, inf[m]->ci_high * scale);
        }
      if (hi - lo < 1e-12)
        hi = lo + 1;
      /* Round ticks: a nice step, the ends on multiples of it. */
      step = nice_ceil ((hi - lo) / 6);
      lo = floor (lo / step) * step;
      hi = ceil (hi / step) * step;
      px = (W - left - right) / (hi - lo);
#define SX(v) (left + ((v) - lo) * px)
      set_rgb (c.cr, ink, 1);
      head = nrp_survey_result_is_did_suppressed (r, k)
               ? g_strdup_printf ("%s%s: %+.*f%s, respondents in %u areas", d->outcome,
                                  d->binary ? " (percentage points)" : "",
                                  d->binary ? 1 : 3, d->estimate * scale,
                                  d->binary ? " points" : "", d->clusters)
               : g_strdup_printf ("%s%s: %+.*f%s, %u respondents in %u areas", d->outcome,
                                  d->binary ? " (percentage points)" : "",
                                  d->binary ? 1 : 3, d->estimate * scale,
                                  d->binary ? " points" : "", d->n, d->clusters);
      text (c.cr, 20, y + 18, 15, TRUE, 0, head);
      g_string_append_printf (c.desc, " %s.", head);
      /* Zero line and the axis with its ticks. */
      cairo_set_source_rgb (c.cr, 0.75, 0.75, 0.75);
      cairo_set_line_width (c.cr, 1);
      cairo_set_dash (c.cr, (const double[]) { 3, 3 }, 2, 0);
      cairo_move_to (c.cr, SX (0), y + 34);
      cairo_line_to (c.cr, SX (0), y + band - 40);
      cairo_stroke (c.cr);
      cairo_set_dash (c.cr, NULL, 0, 0);
      cairo_move_to (c.cr, left, y + band - 34);
      cairo_line_to (c.cr, W - right, y + band - 34);
      cairo_stroke (c.cr);
      for (double t = lo; t <= hi + step / 2; t += step)
        {
          g_autofree char *lab = g_strdup_printf ("%g", fabs (t) < step / 1e6 ? 0 : t);
          set_rgb (c.cr, ink, 1);
          text (c.cr, SX (t), y + band - 18, 11, FALSE, 0.5, lab);
        }
      /* Each area's change with its interval. */
      for (guint a = 0; a < na; a++)
        {
          const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, first[a]);
          double yy = y + 44 + a * row;
          set_rgb (c.cr, ink, 1);
          text (c.cr, left - 12, yy + 4, 11, FALSE, 1, x->area_name);
          if (nrp_survey_result_is_cell_suppressed (r, first[a])
              || nrp_survey_result_is_cell_suppressed (r, second[a]))
            {
              text (c.cr, left + 4, yy + 4, 11, FALSE, 0,
                    "suppressed (small cells, or one that would give a small one back)");
              if (k == 0)
                g_string_append_printf (c.desc, " %s: suppressed (small cells).", x->area_name);
              continue;
            }
          if (!isfinite (chg[a]))
            continue;
          set_rgb (c.cr, arm_colour[x->arm == NRP_ARM_INTERVENTION ? 0 : 1], 0.9);
          if (isfinite (half[a]))
            {
              cairo_set_line_width (c.cr, 1.5);
              cairo_move_to (c.cr, SX (chg[a] - half[a]), yy);
              cairo_line_to (c.cr, SX (chg[a] + half[a]), yy);
              cairo_stroke (c.cr);
            }
          cairo_arc (c.cr, SX (chg[a]), yy, 4, 0, 2 * G_PI);
          cairo_fill (c.cr);
        }
      /* The DiD by each method. */
      for (guint m = 0; m < 4; m++)
        {
          double yy = y + 44 + na * row + 20 + m * mrow;
          double a = isfinite (inf[m]->ci_low) ? SX (inf[m]->ci_low * scale) : left;
          double b = isfinite (inf[m]->ci_high) ? SX (inf[m]->ci_high * scale) : W - right;
          g_autofree char *lab = g_strdup_printf ("DiD, %s", method[m]);
          set_rgb (c.cr, ink, 1);
          text (c.cr, left - 12, yy + 4, 12, TRUE, 1, lab);
          cairo_set_line_width (c.cr, 2);
          cairo_move_to (c.cr, a, yy);
          cairo_line_to (c.cr, b, yy);
          cairo_stroke (c.cr);
          for (guint e = 0; e < 2; e++)
            {
              cairo_move_to (c.cr, e ? b : a, yy - 6);
              cairo_line_to (c.cr, e ? b : a, yy + 6);
              cairo_stroke (c.cr);
            }
          cairo_rectangle (c.cr, SX (d->estimate * scale) - 5, yy - 5, 10, 10);
          cairo_fill (c.cr);
          {
            g_autofree char *iv = g_strdup_printf (
              "%s: %g%% interval %s%.*f to %s%.*f", method[m], 100 * level,
              isfinite (inf[m]->ci_low) ? "" : "below ", d->binary ? 1 : 3,
              isfinite (inf[m]->ci_low) ? inf[m]->ci_low * scale : lo, isfinite (inf[m]->ci_high) ? "" : "above ",
              d->binary ? 1 : 3, isfinite (inf[m]->ci_high) ? inf[m]->ci_high * scale : hi);
            g_string_append_printf (c.desc, " %s.", iv);
          }
        }
#undef SX
    }
  {
    double y = H - 28;
    arm_legend (c.cr, y, arm_colour);
    {
      g_autofree char *l = g_strdup_printf (
        "dot and bar: the area's change in its weighted mean, \xc2\xb1 %.2f SE     \xe2\x96\xa0 "
        "DiD with its %g%% interval     dashed: no change",
        z, 100 * level);
      text (c.cr, 380, y, 13, FALSE, 0, l);
      g_string_append_printf (c.desc, " Legend: intervention areas orange, comparator areas "
                                      "blue, each with its change and plus or minus %.2f "
                                      "standard errors; squares and whiskers: the DiD and its "
                                      "interval by each method; dashed line: zero.",
                              z);
    }
  }
  return canvas_close (&c, "Household survey: each area's change and the difference in "
                           "differences",
                       error);
}
