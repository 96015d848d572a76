/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-render.c: nrpnet render, the pictures. They draw results computed
 * here with the library, the same as compare, report and study compute.
 */
#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cli.h"

typedef gboolean (*DrawFunc) (gconstpointer data, const char *path, NrpImageFormat format,
                              GError **error);

/* Draws into DIR/NAME.svg and/or .png, printing each path written. */
static gboolean
render_both (const char *dir, const char *name, gboolean svg, gboolean png, DrawFunc draw,
             gconstpointer data, GError **error)
{
  for (int k = 0; k < 2; k++)
    {
      g_autofree char *file = NULL, *path = NULL;
      if (!(k == 0 ? svg : png))
        continue;
      file = g_strconcat (name, k == 0 ? ".svg" : ".png", NULL);
      path = g_build_filename (dir, file, NULL);
      if (!draw (data, path, k == 0 ? NRP_IMAGE_SVG : NRP_IMAGE_PNG, error))
        return FALSE;
      printf ("%s\n", path);
    }
  return TRUE;
}

typedef struct {
  const NrpNetwork *net;
  const NrpChange *change;
  const NrpMixing *mixing;
  guint from, to;
  guint64 seed;
} WavesJob;

static gboolean
draw_waves (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  const WavesJob *j = data;
  return nrp_render_waves (j->net, j->change, path, format, j->seed, error);
}

static gboolean
draw_mixing (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  const WavesJob *j = data;
  return nrp_render_mixing (j->net, j->mixing, j->from, j->to, path, format, error);
}

static gboolean
draw_wave (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  const WavesJob *j = data;
  return nrp_render_wave (j->net, j->from, path, format, j->seed, error);
}

static gboolean
draw_study (gconstpointer data, const char *path, NrpImageFormat format, GError **error)
{
  return nrp_render_study (data, path, format, error);
}

int
cmd_render (int argc, char **argv)
{
  InputArgs a = { 0 };
  g_autofree char *areas = NULL, *outcomes = NULL, *measures = NULL, *waves_arg = NULL;
  g_autofree char *image = NULL;
  gint64 seed = 1;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;
  g_autoptr (NrpStudyDesign) design = NULL;
  g_autoptr (NrpStudy) st = NULL;
  g_autoptr (NrpChange) change = NULL;
  g_autoptr (NrpMixing) mixing = NULL;
  gboolean svg = TRUE, png = TRUE;
  WavesJob job = { 0 };
  int rc;
  GOptionEntry entries[] = {
    { "areas", 0, 0, G_OPTION_ARG_FILENAME, &areas,
      "areas.csv: also draw the study (each area's change and the DiD)", "FILE" },
    { "outcomes", 0, 0, G_OPTION_ARG_FILENAME, &outcomes,
      "outcomes.csv for the study picture", "FILE" },
    { "measures", 0, 0, G_OPTION_ARG_STRING, &measures,
      "the study picture's measures (as nrpnet study)", "LIST" },
    { "waves", 0, 0, G_OPTION_ARG_STRING, &waves_arg,
      "the two waves to draw (default: the first and the last)", "A,B" },
    { "image-format", 0, 0, G_OPTION_ARG_STRING, &image,
      "svg, png or both (default both)", "FORMAT" },
    { "seed", 0, 0, G_OPTION_ARG_INT64, &seed, "seed of the layout (default 1)", "S" },
    { NULL }
  };

  ctx = cli_context_new (
    &a, "render", "- draw the network, its mixing and the study",
    "Writes into the directory --output DIR:\n"
    "  waves.svg/.png   the two waves side by side in one layout, actors coloured by\n"
    "                   sector (a colour-blind-safe palette, with a legend), ties\n"
    "                   formed drawn dark, ties dissolved dashed, counted as\n"
    "                   'nrpnet compare' counts them; arrows for directed ties\n"
    "  mixing.svg/.png  the sector mixing matrix of each wave and their difference\n"
    "  study.svg/.png   with --areas (or --sample): each area's change and the\n"
    "                   difference in differences with its interval\n"
    "\n"
    "Examples:\n"
    "  nrpnet render --sample --output pictures/\n"
    "  nrpnet render -a actors.csv -t ties.csv --areas areas.csv --output pictures/\n"
    "  nrpnet render --sample --area I01 --image-format png --output i01/",
    "Exit status: 0 success, 1 bad input data (file:line:column: message on\n"
    "stderr), 2 bad usage.");
  cli_add_area_options (
    ctx, &a, "draw the actors of area NAME only (actors.csv column area) and their ties");
  cli_add_output_options (ctx, &a, NULL, "the directory to write the pictures into (required)");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if ((rc = cli_parse (ctx, "render", &argc, &argv)) != EXIT_OK)
    goto out;
  if (image != NULL)
    {
      svg = strcmp (image, "svg") == 0 || strcmp (image, "both") == 0;
      png = strcmp (image, "png") == 0 || strcmp (image, "both") == 0;
    }
  if (a.output == NULL)
    rc = cli_usage_error ("render", "--output DIR is required");
  else if (!svg && !png)
    rc = cli_usage_error ("render", "--image-format is svg, png or both");
  else if (waves_arg != NULL && !cli_parse_waves (waves_arg, &job.from, &job.to))
    rc = cli_usage_error ("render", "--waves takes two different waves, as in --waves 1,2");
  else if (a.sample && (areas != NULL || outcomes != NULL))
    rc = cli_usage_error ("render", "--sample brings its own areas and outcomes");
  else if (areas == NULL && outcomes != NULL)
    rc = cli_usage_error ("render", "--outcomes needs --areas");
  if (rc != EXIT_OK || (rc = cli_load_network (&a, "render", &net)) != EXIT_OK)
    goto out;

  if (areas != NULL || (a.sample && a.area == NULL))
    {
      g_autoptr (NrpStudyOptions) so = nrp_study_options_new ();
      nrp_study_options_set_measures (so, measures);
      nrp_study_options_set_with_regional (so, a.with_regional);
      design = areas != NULL ? nrp_study_design_load (areas, outcomes, &error)
                             : nrp_study_design_load_sample (&error);
      if (design != NULL)
        st = nrp_study_compute (net, design, so, &error);
      if (st == NULL)
        {
          rc = cli_error (error);
          goto out;
        }
    }
  if (g_mkdir_with_parents (a.output, 0755) != 0)
    {
      fprintf (stderr, "nrpnet: error: %s: cannot create the directory\n", a.output);
      rc = EXIT_DATA;
      goto out;
    }
  if (job.from == 0)
    {
      job.from = 1;
      job.to = nrp_network_get_n_waves (net);
    }
  /* The pictures draw the results: the same comparison and mixing as
   * nrpnet compare and nrpnet report compute. Data with one wave have no
   * comparison: that wave is drawn alone. */
  if ((job.from != job.to && (change = nrp_change_compute (net, job.from, job.to, &error)) == NULL)
      || (mixing = nrp_mixing_compute (net, 0, 1, &error)) == NULL)
    {
      rc = cli_error (error);
      goto out;
    }
  job.net = net;
  job.change = change;
  job.mixing = mixing;
  job.seed = (guint64) seed;
  if (!render_both (a.output, "waves", svg, png, change != NULL ? draw_waves : draw_wave, &job,
                    &error)
      || !render_both (a.output, "mixing", svg, png, draw_mixing, &job, &error)
      || (st != NULL && !render_both (a.output, "study", svg, png, draw_study, st, &error)))
    rc = cli_error (error);
out:
  cli_args_clear (&a);
  return rc;
}
