/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * load-survey.c: strict, all-or-nothing loading of a household survey's
 * respondents.csv with the study's areas.csv into an NrpSurvey
 * (nrpnet/survey.h), with the same file:line:column errors as every other
 * file (fields.c). Memory is in proportion to the file.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/csv.h"
#include "io/fields.h"

void
nrp_survey_free (NrpSurvey *s)
{
  if (s == NULL)
    return;
  nrp_study_design_free (s->design);
  g_free (s->area);
  g_free (s->wave);
  g_free (s->line);
  g_free (s->weight);
  g_free (s->items);
  g_free (s->item_column);
  g_free (s->values);
  g_free (s->ids);
  g_free (s->sector);
  g_free (s->answered);
  g_free (s->actor_alter_row);
  g_free (s->actor_alter_line);
  g_free (s->actor_alter_id);
  if (s->row_index != NULL)
    g_hash_table_unref (s->row_index);
  if (s->sector_levels != NULL)
    g_hash_table_unref (s->sector_levels);
  if (s->warnings != NULL)
    g_ptr_array_unref (s->warnings);
  if (s->strings != NULL)
    g_string_chunk_free (s->strings);
  g_free (s);
}

static gboolean
load_respondents (const NrpSource *src, const char *weight_column, NrpSurvey *s,
                  GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "respondent", TRUE, -1, NULL },
                       { "area", TRUE, -1, NULL },
                       { "wave", TRUE, -1, NULL },
                       { weight_column != NULL ? weight_column : "weight",
                         weight_column != NULL, -1, NULL },
                       { "sector", FALSE, -1, NULL },
                       { "alters_answered", FALSE, -1, NULL } };
  g_autoptr (GArray) extra = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) area = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) wave = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) line = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) weight = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) values = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GPtrArray) ids = g_ptr_array_new ();
  g_autoptr (GPtrArray) sectors = g_ptr_array_new ();
  g_autoptr (GArray) answered = g_array_new (FALSE, FALSE, sizeof (gboolean));
  /* (wave, respondent) -> row + 1: the uniqueness check, then the join of
   * the ego files. */
  GHashTable *seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GArray) lines_seen = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = FALSE, done = FALSE;
  guint width, ni;

  s->file = g_string_chunk_insert (s->strings, src->name);
  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), TRUE, extra, "respondents", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  ni = extra->len;
  if (ni == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_HEADER, r.name, r.record_line, width + 1,
                        "no item column: the header is respondent, area, wave, the optional "
                        "weight, then one column per survey item");
      goto out;
    }
  s->weighted = cols[3].index >= 0;
  s->area_column = (guint) cols[1].index + 1;
  s->respondent_column = (guint) cols[0].index + 1;
  s->sector_column = (guint) (cols[4].index + 1);
  s->n_items = ni;
  s->items = g_new (char *, ni);
  s->item_column = g_new (guint, ni);
  for (guint k = 0; k < ni; k++)
    {
      guint f = g_array_index (extra, guint, k);
      s->items[k] = g_string_chunk_insert (s->strings, nrp_csv_field (&r, f));
      s->item_column[k] = f + 1;
    }
  while (nrp_io_next_row (&r, width, &done, error))
    {
      const char *id, *area_name;
      guint a, w;
      double wt = 1.0;
      const char *key;
      if (done)
        break;
      id = nrp_csv_field (&r, (guint) cols[0].index);
      if (*id == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[0].index + 1,
                            "the respondent is empty");
          goto out;
        }
      area_name = nrp_csv_field (&r, (guint) cols[1].index);
      a = GPOINTER_TO_UINT (g_hash_table_lookup (s->design->area_index, area_name));
      if (a == 0)
        {
          /* Not echoed: the cell may be anything, not an area. */
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[1].index + 1,
                            "the area is not one of %s's areas", s->design->areas_file);
          goto out;
        }
      if (!nrp_io_parse_wave (&r, (guint) cols[2].index, "the wave", &w, error))
        goto out;
      {
        g_autofree char *k = nrp_io_pair_key (w, id);
        if (g_hash_table_contains (seen, k))
          {
            g_autofree char *shown = nrp_io_shown (id);
            guint first = g_array_index (lines_seen, guint,
                                         GPOINTER_TO_UINT (g_hash_table_lookup (seen, k)) - 1);
            nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, r.record_line,
                              cols[0].index + 1,
                              "respondent '%s' is listed twice at wave %u (first on line %u)",
                              shown, w, first);
            goto out;
          }
        key = g_string_chunk_insert (s->strings, k);
        g_array_append_val (lines_seen, r.record_line);
        g_hash_table_insert (seen, (gpointer) key, GUINT_TO_POINTER (lines_seen->len));
      }
      /* The id is the key's name part, after the wave. */
      g_ptr_array_add (ids, (gpointer) (strchr (key, '\037') + 1));
      {
        const char *sec = cols[4].index >= 0 ? nrp_csv_field (&r, (guint) cols[4].index) : "";
        gboolean ans = TRUE;
        g_ptr_array_add (sectors, g_string_chunk_insert_const (s->strings,
                                                               *sec ? sec : "resident"));
        if (cols[5].index >= 0)
          {
            const char *v = nrp_csv_field (&r, (guint) cols[5].index);
            if (strcmp (v, "0") == 0)
              ans = FALSE;
            else if (*v != '\0' && strcmp (v, "1") != 0)
              {
                nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line,
                                  cols[5].index + 1,
                                  "alters_answered is 1 (the respondent answered the name "
                                  "generator), 0 (did not) or empty (1)");
                goto out;
              }
          }
        g_array_append_val (answered, ans);
      }
      if (s->weighted && !nrp_io_parse_weight (&r, (guint) cols[3].index, &wt, error))
        goto out;
      for (guint k = 0; k < ni; k++)
        {
          double v;
          if (!nrp_io_parse_number (&r, s->item_column[k] - 1, "item", s->items[k], &v, error))
            goto out;
          g_array_append_val (values, v);
        }
      a -= 1;
      g_array_append_val (area, a);
      g_array_append_val (wave, w);
      g_array_append_val (line, r.record_line);
      g_array_append_val (weight, wt);
    }
  if (!done)
    goto out;
  if (area->len == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_EMPTY, r.name, 1, 1,
                        "the file lists no respondent; it needs one row per respondent per "
                        "wave");
      goto out;
    }
  s->n = area->len;
  s->area = (guint *) (void *) g_array_free (g_steal_pointer (&area), FALSE);
  s->wave = (guint *) (void *) g_array_free (g_steal_pointer (&wave), FALSE);
  s->line = (guint *) (void *) g_array_free (g_steal_pointer (&line), FALSE);
  s->weight = (double *) (void *) g_array_free (g_steal_pointer (&weight), FALSE);
  s->ids = (char **) g_ptr_array_free (g_steal_pointer (&ids), FALSE);
  s->sector = (char **) g_ptr_array_free (g_steal_pointer (&sectors), FALSE);
  s->answered = (gboolean *) (void *) g_array_free (g_steal_pointer (&answered), FALSE);
  s->n_file_items = ni;
  /* Each key's value is its row + 1 (one line per row, in order). */
  s->row_index = g_steal_pointer (&seen);
  /* Row by row as read; item by item from here on. */
  if ((s->values = NRP_TRY_NEW (double, (gsize) ni * s->n, "the survey's answers", error))
      == NULL)
    goto out;
  for (guint i = 0; i < s->n; i++)
    for (guint k = 0; k < ni; k++)
      s->values[(gsize) k * s->n + i] = g_array_index (values, double, (gsize) i * ni + k);
  ok = TRUE;
out:
  if (seen != NULL)
    g_hash_table_unref (seen);
  nrp_csv_reader_clear (&r);
  return ok;
}

NrpSurvey *
nrp_survey_load_sources (const NrpSource *respondents, const NrpSource *areas,
                         const char *weight_column, GError **error)
{
  g_autoptr (NrpSurvey) s = g_new0 (NrpSurvey, 1);

  s->strings = g_string_chunk_new (1024);
  s->warnings = g_ptr_array_new_with_free_func (g_free);
  if ((s->design = nrp_study_design_load_sources (areas, NULL, error)) == NULL)
    return NULL;
  if (!load_respondents (respondents, weight_column, s, error))
    return NULL;
  return g_steal_pointer (&s);
}

NrpSurvey *
nrp_survey_load (const char *respondents_path, const char *areas_path,
                 const char *weight_column, GError **error)
{
  NrpSource r, a;
  GBytes *fr = NULL, *fa = NULL;
  NrpSurvey *s = NULL;

  g_return_val_if_fail (respondents_path != NULL && areas_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if ((fa = nrp_io_map_file (areas_path, &a, error)) == NULL)
    goto out;
  if ((fr = nrp_io_map_file (respondents_path, &r, error)) == NULL)
    goto out;
  s = nrp_survey_load_sources (&r, &a, weight_column, error);
out:
  g_clear_pointer (&fa, g_bytes_unref);
  g_clear_pointer (&fr, g_bytes_unref);
  return s;
}

guint
nrp_survey_get_n_respondents (const NrpSurvey *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n;
}

guint
nrp_survey_get_n_items (const NrpSurvey *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n_items;
}

const char *
nrp_survey_get_item (const NrpSurvey *s, guint item)
{
  g_return_val_if_fail (s != NULL && item < s->n_items, NULL);
  return s->items[item];
}

gboolean
nrp_survey_is_weighted (const NrpSurvey *s)
{
  g_return_val_if_fail (s != NULL, FALSE);
  return s->weighted;
}

const char *
nrp_survey_get_respondent (const NrpSurvey *s, guint row)
{
  g_return_val_if_fail (s != NULL && row < s->n, NULL);
  return s->ids[row];
}

guint
nrp_survey_get_wave (const NrpSurvey *s, guint row)
{
  g_return_val_if_fail (s != NULL && row < s->n, 0);
  return s->wave[row];
}

double
nrp_survey_get_value (const NrpSurvey *s, guint item, guint row)
{
  g_return_val_if_fail (s != NULL && item < s->n_items && row < s->n, NAN);
  return s->values[(gsize) item * s->n + row];
}

guint
nrp_survey_get_n_warnings (const NrpSurvey *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->warnings->len;
}

const char *
nrp_survey_get_warning (const NrpSurvey *s, guint k)
{
  g_return_val_if_fail (s != NULL && k < s->warnings->len, NULL);
  return g_ptr_array_index (s->warnings, k);
}
