/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * load-ego.c: a survey's ego-network files, strict and all or nothing as
 * every other file: alters.csv (name generator), alter_ties.csv (ties among
 * a respondent's alters), positions.csv (position generator) and a
 * position registry; each row joins a respondent of respondents.csv by
 * (respondent, wave). The measures are computed by study/ego.c.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/csv.h"
#include "io/fields.h"
#include "study/ego.h"

void
nrp_ego_clear (NrpEgo *e)
{
  g_free (e->alter_row);
  g_free (e->alter_sector);
  g_free (e->tie_a);
  g_free (e->tie_b);
  g_free (e->pos_row);
  g_free (e->pos_prestige);
  g_free (e->pos_access);
  if (e->actor_alters != NULL)
    g_array_unref (e->actor_alters);
  if (e->actor_ids != NULL)
    g_ptr_array_unref (e->actor_ids);
  if (e->actor_lines != NULL)
    g_array_unref (e->actor_lines);
  if (e->strings != NULL)
    g_string_chunk_free (e->strings);
  memset (e, 0, sizeof *e);
}

/* The respondents.csv row of the current row's (respondent, wave), or -1
 * with the error. */
static gint
find_row (const NrpSurvey *s, NrpCsvReader *r, const NrpColumn *cols, GError **error)
{
  guint w;
  g_autofree char *key = NULL;
  guint row;
  const char *id = nrp_csv_field (r, (guint) cols[0].index);
  if (!nrp_io_parse_wave (r, (guint) cols[1].index, "the wave", &w, error))
    return -1;
  key = nrp_io_pair_key (w, id);
  row = GPOINTER_TO_UINT (g_hash_table_lookup (s->row_index, key));
  if (row == 0)
    {
      g_autofree char *shown = nrp_io_shown (id);
      nrp_set_error_at (error, NRP_ERROR_VALUE, r->name, r->record_line, cols[0].index + 1,
                        "respondent '%s' at wave %u is not in %s", shown, w, s->file);
      return -1;
    }
  return (gint) row - 1;
}

static gboolean
load_alters (const NrpSource *src, const NrpSurvey *s, NrpEgo *e, GHashTable *alter_index,
             GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "respondent", TRUE, -1, NULL }, { "wave", TRUE, -1, NULL },
                       { "alter", TRUE, -1, NULL },      { "sector", TRUE, -1, NULL },
                       { "strength", FALSE, -1, NULL },  { "actor", FALSE, -1, NULL } };
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GPtrArray) sectors = g_ptr_array_new ();
  gboolean ok = FALSE, done = FALSE;
  guint width;

  e->actor_alters = g_array_new (FALSE, FALSE, sizeof (guint));
  e->actor_ids = g_ptr_array_new ();
  e->actor_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  e->alters_file = g_string_chunk_insert (e->strings, src->name);
  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), FALSE, NULL, "alters", error))
    goto out;
  e->actor_column = (guint) (cols[5].index + 1);
  width = nrp_csv_n_fields (&r);
  while (nrp_io_next_row (&r, width, &done, error))
    {
      gint row;
      const char *alter, *sector;
      g_autofree char *key = NULL;
      guint urow;
      if (done)
        break;
      if ((row = find_row (s, &r, cols, error)) < 0)
        goto out;
      urow = (guint) row;
      alter = nrp_csv_field (&r, (guint) cols[2].index);
      sector = nrp_csv_field (&r, (guint) cols[3].index);
      if (*alter == '\0' || *sector == '\0')
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line,
                            (*alter == '\0' ? cols[2].index : cols[3].index) + 1,
                            "the %s is empty", *alter == '\0' ? "alter" : "sector");
          goto out;
        }
      if (s->sectors_closed && !nrp_ego_sector_listed (s, sector))
        {
          g_autofree char *shown = nrp_io_shown (sector);
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, r.name, r.record_line,
                            cols[3].index + 1, "the alter's sector '%s' is not in %s (a closed "
                            "list)", shown,
                            s->sectors_file != NULL ? s->sectors_file : "the built-in taxonomy");
          goto out;
        }
      key = nrp_io_pair_key (urow, alter);
      if (g_hash_table_contains (alter_index, key))
        {
          g_autofree char *shown = nrp_io_shown (alter);
          nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, r.record_line,
                            cols[2].index + 1,
                            "alter '%s' is named twice by the same respondent at this wave",
                            shown);
          goto out;
        }
      if (cols[4].index >= 0 && *nrp_csv_field (&r, (guint) cols[4].index) != '\0')
        {
          double v;
          if (!nrp_io_parse_weight (&r, (guint) cols[4].index, &v, error))
            goto out;
        }
      if (cols[5].index >= 0 && *nrp_csv_field (&r, (guint) cols[5].index) != '\0')
        {
          guint idx = rows->len;
          g_array_append_val (e->actor_alters, idx);
          g_ptr_array_add (e->actor_ids, g_string_chunk_insert_const (
                                           e->strings, nrp_csv_field (&r, (guint) cols[5].index)));
          g_array_append_val (e->actor_lines, r.record_line);
        }
      g_hash_table_insert (alter_index, g_string_chunk_insert (e->strings, key),
                           GUINT_TO_POINTER (rows->len + 1));
      g_array_append_val (rows, urow);
      g_ptr_array_add (sectors, g_string_chunk_insert_const (e->strings, sector));
    }
  if (!done)
    goto out;
  e->n_alters = rows->len;
  e->alter_row = (guint *) (void *) g_array_free (g_steal_pointer (&rows), FALSE);
  e->alter_sector = (char **) g_ptr_array_free (g_steal_pointer (&sectors), FALSE);
  e->have_alters = TRUE;
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

static gboolean
load_alter_ties (const NrpSource *src, const NrpSurvey *s, NrpEgo *e, GHashTable *alter_index,
                 GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "respondent", TRUE, -1, NULL }, { "wave", TRUE, -1, NULL },
                       { "alter1", TRUE, -1, NULL },     { "alter2", TRUE, -1, NULL } };
  g_autoptr (GArray) a1 = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) a2 = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = FALSE, done = FALSE;
  guint width;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), FALSE, NULL, "alter_ties", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  while (nrp_io_next_row (&r, width, &done, error))
    {
      gint row;
      guint ab[2];
      if (done)
        break;
      if ((row = find_row (s, &r, cols, error)) < 0)
        goto out;
      for (guint k = 0; k < 2; k++)
        {
          const char *alter = nrp_csv_field (&r, (guint) cols[2 + k].index);
          g_autofree char *key = nrp_io_pair_key ((guint) row, alter);
          guint a = GPOINTER_TO_UINT (g_hash_table_lookup (alter_index, key));
          if (a == 0)
            {
              g_autofree char *shown = nrp_io_shown (alter);
              nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line,
                                cols[2 + k].index + 1,
                                "alter '%s' is not one this respondent named at this wave in "
                                "the alters file",
                                shown);
              goto out;
            }
          ab[k] = a - 1;
        }
      if (ab[0] == ab[1])
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[3].index + 1,
                            "an alter is tied to itself");
          goto out;
        }
      {
        g_autofree char *key = g_strdup_printf ("%u-%u", MIN (ab[0], ab[1]), MAX (ab[0], ab[1]));
        if (g_hash_table_contains (seen, key))
          {
            nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, r.record_line, 1,
                              "the tie between these two alters is listed twice (first on "
                              "line %u)",
                              GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));
            goto out;
          }
        g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (r.record_line));
      }
      g_array_append_val (a1, ab[0]);
      g_array_append_val (a2, ab[1]);
    }
  if (!done)
    goto out;
  e->n_ties = a1->len;
  e->tie_a = (guint *) (void *) g_array_free (g_steal_pointer (&a1), FALSE);
  e->tie_b = (guint *) (void *) g_array_free (g_steal_pointer (&a2), FALSE);
  e->have_ties = TRUE;
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

/* The position registry: position -> prestige (boxed double). */
static gboolean
load_registry (const NrpSource *src, const NrpSurvey *s, GHashTable *prestige, NrpEgo *e,
               GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "position", TRUE, -1, NULL }, { "sector", TRUE, -1, NULL },
                       { "prestige", TRUE, -1, NULL } };
  gboolean ok = FALSE, done = FALSE;
  guint width;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), FALSE, NULL, "position registry",
                           error))
    goto out;
  width = nrp_csv_n_fields (&r);
  while (nrp_io_next_row (&r, width, &done, error))
    {
      const char *pos;
      double v;
      if (done)
        break;
      pos = nrp_csv_field (&r, (guint) cols[0].index);
      if (*pos == '\0' || g_hash_table_contains (prestige, pos))
        {
          g_autofree char *shown = nrp_io_shown (pos);
          nrp_set_error_at (error, *pos ? NRP_ERROR_DUPLICATE : NRP_ERROR_VALUE, r.name,
                            r.record_line, cols[0].index + 1,
                            *pos ? "position '%s' is listed twice" : "the position is empty%s",
                            *pos ? shown : "");
          goto out;
        }
      if (s->sectors_closed && !nrp_ego_sector_listed (s, nrp_csv_field (&r, (guint) cols[1].index)))
        {
          g_autofree char *shown = nrp_io_shown (nrp_csv_field (&r, (guint) cols[1].index));
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, r.name, r.record_line,
                            cols[1].index + 1, "the position's sector '%s' is not in %s (a "
                            "closed list)", shown,
                            s->sectors_file != NULL ? s->sectors_file : "the built-in taxonomy");
          goto out;
        }
      if (!nrp_io_parse_number (&r, (guint) cols[2].index, "column", "prestige", &v, error))
        goto out;
      if (isnan (v))
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[2].index + 1,
                            "the prestige is empty; every position needs one");
          goto out;
        }
      g_hash_table_insert (prestige, g_string_chunk_insert (e->strings, pos),
                           g_memdup2 (&v, sizeof v));
    }
  ok = done;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

static gboolean
load_positions (const NrpSource *src, const NrpSurvey *s, GHashTable *prestige,
                const char *registry_name, NrpEgo *e, GError **error)
{
  NrpCsvReader r;
  NrpColumn cols[] = { { "respondent", TRUE, -1, NULL }, { "wave", TRUE, -1, NULL },
                       { "position", TRUE, -1, NULL },   { "access", TRUE, -1, NULL } };
  g_autoptr (GArray) rows = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) pres = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr (GArray) acc = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean ok = FALSE, done = FALSE;
  guint width;

  nrp_csv_reader_init (&r, src->name, src->data, src->len);
  if (!nrp_io_read_header (&r, cols, G_N_ELEMENTS (cols), FALSE, NULL, "positions", error))
    goto out;
  width = nrp_csv_n_fields (&r);
  while (nrp_io_next_row (&r, width, &done, error))
    {
      gint row;
      const char *pos, *access;
      double v;
      gint power;
      gboolean a;
      if (done)
        break;
      if ((row = find_row (s, &r, cols, error)) < 0)
        goto out;
      pos = nrp_csv_field (&r, (guint) cols[2].index);
      if (prestige != NULL)
        {
          const double *p = g_hash_table_lookup (prestige, pos);
          if (p == NULL)
            {
              g_autofree char *shown = nrp_io_shown (pos);
              nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line,
                                cols[2].index + 1, "position '%s' is not in %s", shown,
                                registry_name);
              goto out;
            }
          v = *p;
        }
      else if (nrp_ego_sector_power (s, pos, &power))
        v = power;
      else if (s->sector_levels != NULL)
        {
          g_autofree char *shown = nrp_io_shown (pos);
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[2].index + 1,
                            "position '%s' is not a sector with a power level in %s; give it "
                            "one there, or the position's prestige in a position registry "
                            "(--position-registry FILE: position,sector,prestige)",
                            shown, s->sectors_file);
          goto out;
        }
      else
        {
          g_autofree char *shown = nrp_io_shown (pos);
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[2].index + 1,
                            "position '%s' is not a sector of the built-in taxonomy; give its "
                            "prestige in a position registry (--position-registry FILE: "
                            "position,sector,prestige)",
                            shown);
          goto out;
        }
      access = nrp_csv_field (&r, (guint) cols[3].index);
      if (strcmp (access, "0") != 0 && strcmp (access, "1") != 0)
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, r.name, r.record_line, cols[3].index + 1,
                            "access is 1 (knows someone in the position) or 0 (does not)");
          goto out;
        }
      a = access[0] == '1';
      {
        g_autofree char *key = nrp_io_pair_key ((guint) row, pos);
        if (g_hash_table_contains (seen, key))
          {
            nrp_set_error_at (error, NRP_ERROR_DUPLICATE, r.name, r.record_line,
                              cols[2].index + 1,
                              "this respondent's position is listed twice at this wave "
                              "(first on line %u)",
                              GPOINTER_TO_UINT (g_hash_table_lookup (seen, key)));
            goto out;
          }
        g_hash_table_insert (seen, g_steal_pointer (&key), GUINT_TO_POINTER (r.record_line));
      }
      {
        guint urow = (guint) row;
        g_array_append_val (rows, urow);
      }
      g_array_append_val (pres, v);
      g_array_append_val (acc, a);
    }
  if (!done)
    goto out;
  e->n_positions = rows->len;
  e->pos_row = (guint *) (void *) g_array_free (g_steal_pointer (&rows), FALSE);
  e->pos_prestige = (double *) (void *) g_array_free (g_steal_pointer (&pres), FALSE);
  e->pos_access = (gboolean *) (void *) g_array_free (g_steal_pointer (&acc), FALSE);
  e->have_positions = TRUE;
  ok = TRUE;
out:
  nrp_csv_reader_clear (&r);
  return ok;
}

gboolean
nrp_ego_load_sources (NrpEgo *e, const NrpSurvey *s, const NrpSource *alters,
                      const NrpSource *alter_ties, const NrpSource *positions,
                      const NrpSource *registry, GError **error)
{
  g_autoptr (GHashTable) alter_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GHashTable) prestige = NULL;

  memset (e, 0, sizeof *e);
  e->strings = g_string_chunk_new (1024);
  if (alter_ties != NULL && alters == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "alter ties need the alters file they refer to");
      return FALSE;
    }
  if (registry != NULL && positions == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "a position registry needs a positions file");
      return FALSE;
    }
  if (alters != NULL && !load_alters (alters, s, e, alter_index, error))
    return FALSE;
  if (alter_ties != NULL && !load_alter_ties (alter_ties, s, e, alter_index, error))
    return FALSE;
  if (registry != NULL)
    {
      prestige = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      if (!load_registry (registry, s, prestige, e, error))
        return FALSE;
    }
  if (positions != NULL
      && !load_positions (positions, s, prestige, registry ? registry->name : NULL, e, error))
    return FALSE;
  return TRUE;
}
