/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * load-study.c: strict, all-or-nothing loading of a study's areas.csv and
 * outcomes.csv into an NrpStudyDesign (nrpnet/study.h), with the same
 * file:line:column errors as the network's files (fields.c).
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/csv.h"
#include "io/fields.h"

void
nrp_study_design_free (NrpStudyDesign *d)
{
  if (d == NULL)
    return;
  g_free (d->areas);
  g_free (d->arms);
  g_free (d->area_lines);
  if (d->area_index != NULL)
    g_hash_table_unref (d->area_index);
  g_free (d->outcomes);
  g_free (d->values);
  if (d->row_index != NULL)
    g_hash_table_unref (d->row_index);
  if (d->strings != NULL)
    g_string_chunk_free (d->strings);
  g_free (d);
}

static gboolean
load_areas (const NrpSource *src, NrpStudyDesign *d, GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "area", TRUE, -1, NULL }, { "arm", TRUE, -1, NULL } };
  g_autoptr (GArray) extra = g_array_new (FALSE, FALSE, sizeof (guint));
  GPtrArray *names = g_ptr_array_new ();
  GArray *arms = g_array_new (FALSE, FALSE, sizeof (NrpArm));
  GArray *lines = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = FALSE, done = FALSE;
  guint width;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), TRUE, extra, "areas", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  while (nrp_io_next_row (&r, width, &done, error))
    {
      const char *area, *arm;
      NrpArm a;
      if (done)
        break;
      area = nrp_csv_field (&r, (guint) cols[0].index);
      arm = nrp_csv_field (&r, (guint) cols[1].index);
      if (*area == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[0].index + 1,
                            "the area is empty");
          goto out;
        }
      if (g_hash_table_contains (d->area_index, area))
        {
          g_autofree char *name = nrp_io_shown (area);
          guint first = g_array_index (
            lines, guint, GPOINTER_TO_UINT (g_hash_table_lookup (d->area_index, area)) - 1);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, r.record_line,
                            cols[0].index + 1, "area '%s' is listed twice (first on line %u)",
                            name, first);
          goto out;
        }
      if (g_ascii_strcasecmp (arm, "intervention") == 0)
        a = NRP_ARM_INTERVENTION;
      else if (g_ascii_strcasecmp (arm, "comparator") == 0)
        a = NRP_ARM_COMPARATOR;
      else
        {
          /* The cell is not echoed: messages name positions, not values. */
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[1].index + 1,
                            "the arm is neither 'intervention' nor 'comparator'");
          goto out;
        }
      g_ptr_array_add (names, g_string_chunk_insert (d->strings, area));
      g_array_append_val (arms, a);
      g_array_append_val (lines, r.record_line);
      g_hash_table_insert (d->area_index, g_ptr_array_index (names, names->len - 1),
                           GUINT_TO_POINTER (names->len));
    }
  if (!done)
    goto out;
  if (names->len == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_EMPTY, r.name, 1, 1,
                        "the file lists no area; it needs rows of area,arm");
      goto out;
    }
  d->n_areas = names->len;
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  d->areas = (char **) g_ptr_array_free (names, FALSE);
  d->arms = (NrpArm *) (void *) g_array_free (arms, FALSE);
  d->area_lines = (guint *) (void *) g_array_free (lines, FALSE);
  return ok;
}

static gboolean
load_outcomes (const NrpSource *src, NrpStudyDesign *d, GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "area", TRUE, -1, NULL }, { "wave", TRUE, -1, NULL } };
  g_autoptr (GArray) extra = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint));  /* area, wave, line */
  g_autoptr (GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  gboolean ok = FALSE, done = FALSE;
  guint width, no;

  d->outcomes_file = g_string_chunk_insert (d->strings, src->name);
  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), TRUE, extra, "outcomes", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  no = extra->len;
  if (no == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_HEADER, r.name, r.record_line, width + 1,
                        "no outcome column: the header is area, wave, then one column per "
                        "outcome");
      goto out;
    }
  d->n_outcomes = no;
  d->outcomes = g_new (char *, no);
  for (guint k = 0; k < no; k++)
    {
      guint f = g_array_index (extra, guint, k);
      const char *name = nrp_csv_field (&r, f);
      if (nrp_measure_find (name, NULL))
        {
          nrp_set_error_at (error, NRP_ERROR_HEADER, r.name, r.record_line, f + 1,
                            "the outcome column '%s' has the name of a network measure; "
                            "rename it",
                            name);
          goto out;
        }
      d->outcomes[k] = g_string_chunk_insert (d->strings, name);
    }
  while (nrp_io_next_row (&r, width, &done, error))
    {
      const char *area;
      guint wave, a, key;
      if (done)
        break;
      area = nrp_csv_field (&r, (guint) cols[0].index);
      a = GPOINTER_TO_UINT (g_hash_table_lookup (d->area_index, area));
      if (a == 0)
        {
          /* Not echoed: the cell may be anything, not an area. */
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[0].index + 1,
                            "the area is not one of the areas file");
          goto out;
        }
      if (!nrp_io_parse_wave (&r, (guint) cols[1].index, "the wave", &wave, error))
        goto out;
      key = (a - 1) * (NRP_MAX_WAVE + 1) + wave;
      if (g_hash_table_contains (seen, GUINT_TO_POINTER (key)))
        {
          g_autofree char *name = nrp_io_shown (area);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, r.record_line, 1,
                            "area '%s' has two rows for wave %u (the first on line %u)", name,
                            wave, GPOINTER_TO_UINT (g_hash_table_lookup (seen, GUINT_TO_POINTER (key))));
          goto out;
        }
      g_hash_table_insert (seen, GUINT_TO_POINTER (key), GUINT_TO_POINTER (r.record_line));
      for (guint k = 0; k < no; k++)
        {
          double v;
          guint f = g_array_index (extra, guint, k);
          if (!nrp_io_parse_number (&r, f, "outcome", d->outcomes[k], &v, error))
            goto out;
          g_array_append_val (rows, v);
        }
      a -= 1;
      g_array_append_val (keys, a);
      g_array_append_val (keys, wave);
      g_array_append_val (keys, r.record_line);
      if (wave > d->max_wave)
        {
          d->max_wave = wave;
          d->max_wave_line = r.record_line;
          d->max_wave_column = (guint) cols[1].index + 1;
        }
    }
  if (!done)
    goto out;
  /* The rows as read, found by (area, wave): memory in proportion to the
   * file, not to areas x waves x outcomes (a 72 KB file with a wave 1000
   * and many areas once asked for 72 GB). */
  d->n_rows = keys->len / 3;
  d->values = (double *) (void *) g_array_free (g_steal_pointer (&rows), FALSE);
  d->row_index = g_hash_table_new (g_direct_hash, g_direct_equal);
  for (guint row = 0; row < d->n_rows; row++)
    {
      guint a = g_array_index (keys, guint, 3 * row), w = g_array_index (keys, guint, 3 * row + 1);
      g_hash_table_insert (d->row_index, GUINT_TO_POINTER (a * (NRP_MAX_WAVE + 1) + w),
                           GUINT_TO_POINTER (row + 1));
    }
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

NrpStudyDesign *
nrp_study_design_load_sources (const NrpSource *areas, const NrpSource *outcomes, GError **error)
{
  g_autoptr (NrpStudyDesign) d = g_new0 (NrpStudyDesign, 1);

  d->strings = g_string_chunk_new (1024);
  d->area_index = g_hash_table_new (g_str_hash, g_str_equal);
  d->areas_file = g_string_chunk_insert (d->strings, areas->name);
  if (!load_areas (areas, d, error))
    return NULL;
  if (outcomes != NULL && !load_outcomes (outcomes, d, error))
    return NULL;
  return g_steal_pointer (&d);
}

NrpStudyDesign *
nrp_study_design_load (const char *areas_path, const char *outcomes_path, GError **error)
{
  NrpSource a, o;
  GBytes *fa = NULL, *fo = NULL;
  NrpStudyDesign *d = NULL;

  g_return_val_if_fail (areas_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if ((fa = nrp_io_map_file (areas_path, &a, error)) == NULL)
    goto out;
  if (outcomes_path != NULL && (fo = nrp_io_map_file (outcomes_path, &o, error)) == NULL)
    goto out;
  d = nrp_study_design_load_sources (&a, fo ? &o : NULL, error);
out:
  g_clear_pointer (&fa, g_bytes_unref);
  g_clear_pointer (&fo, g_bytes_unref);
  return d;
}

