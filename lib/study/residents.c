/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * residents.c: the system players' network with a household survey's
 * respondents joined as actors, each tied to the players its alters name
 * (nrp_network_new_with_residents(), nrpnet/survey.h).
 *
 * The respondents follow the network's actors, in the order they first
 * appear in respondents.csv; a respondent is present at each wave of the
 * network at which it answered the name generator (one present at none is
 * left out). Its ties go to the
 * players named by alters.csv's actor column (once however many alters name
 * one; directed from the respondent in a directed network), weight 1, of
 * the relation type "named_by_respondent" when the network has types.
 */
#include "config.h"

#include <string.h>

#include "core/nrp-private.h"
#include "io/fields.h"

#define RESIDENT_TYPE "named_by_respondent"

static int
tie_cmp (const void *pa, const void *pb)
{
  const NrpTie *a = pa, *b = pb;
  if (a->source != b->source)
    return a->source < b->source ? -1 : 1;
  if (a->target != b->target)
    return a->target < b->target ? -1 : 1;
  return a->type < b->type ? -1 : a->type > b->type;
}

/* The sector index of @name in @out, added (with the built-in taxonomy's
 * label and power when the network's sectors are not from a file) when the
 * network has no such sector; -1 with the error when its list is closed. */
static gint
resident_sector (NrpNetwork *out, GArray *sectors, const NrpSurvey *s, guint row,
                 GError **error)
{
  const char *name = s->sector[row];
  const char *label = NULL;
  gint power = 0;
  NrpSector sec = { 0 };

  for (guint k = 0; k < sectors->len; k++)
    if (strcmp (g_array_index (sectors, NrpSector, k).name, name) == 0)
      return (gint) k;
  if (out->sectors_closed)
    {
      g_autofree char *shown = nrp_io_shown (name);
      nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, s->file, s->line[row], s->sector_column,
                        "the respondent's sector '%s' is not a sector of the network, whose "
                        "list is closed",
                        shown);
      return -1;
    }
  if (sectors->len >= NRP_MAX_SECTORS)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, s->line[row], s->sector_column,
                        "more than %u sectors with the respondents' own", NRP_MAX_SECTORS);
      return -1;
    }
  sec.name = g_string_chunk_insert_const (out->strings, name);
  if (!out->sectors_from_file && nrp_default_sector (name, &label, &power))
    {
      sec.label = label != NULL ? g_string_chunk_insert_const (out->strings, label) : NULL;
      sec.has_power = TRUE;
      sec.power = power;
    }
  g_array_append_val (sectors, sec);
  return (gint) sectors->len - 1;
}

GArray *
nrp_survey_named_players (const NrpSurvey *s, const NrpNetwork *net, const char *what,
                          GPtrArray *warnings, GError **error)
{
  g_autoptr (GArray) out = g_array_new (FALSE, FALSE, sizeof (NrpNamedPlayer));
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  guint beyond = 0, absent = 0, absent_line = 0;

  for (guint k = 0; k < s->n_actor_alters; k++)
    {
      guint row = s->actor_alter_row[k], w = s->wave[row];
      gint a = nrp_network_find_actor (net, s->actor_alter_id[k]);
      NrpNamedPlayer np;
      gint64 key;
      if (a < 0)
        {
          g_autofree char *shown = nrp_io_shown (s->actor_alter_id[k]);
          nrp_set_error_at (error, NRP_ERROR_VALUE, s->alters_file, s->actor_alter_line[k],
                            s->actor_column, "actor '%s' is not a system player of the network",
                            shown);
          return NULL;
        }
      if (!s->answered[row])
        continue;
      if (w > net->n_waves)
        {
          beyond++;
          continue;
        }
      if (!nrp_present (net, w, (guint) a))
        {
          if (absent++ == 0)
            absent_line = s->actor_alter_line[k];
          continue;
        }
      /* A respondent names a player once, however many of its alters do. */
      key = (gint64) row * net->n_actors + a;
      if (g_hash_table_contains (seen, &key))
        continue;
      g_hash_table_add (seen, g_memdup2 (&key, sizeof key));
      np.row = row;
      np.actor = (guint) a;
      g_array_append_val (out, np);
    }
  if (absent > 0)
    g_ptr_array_add (warnings,
                     g_strdup_printf ("%s%u alters name players at waves the network has them "
                                      "absent (the first on line %u of %s); they were left out",
                                      what, absent, absent_line, s->alters_file));
  if (beyond > 0)
    g_ptr_array_add (warnings,
                     g_strdup_printf ("%s%u alters of respondents at waves the network does not "
                                      "have (above %u) were left out",
                                      what, beyond, net->n_waves));
  return g_steal_pointer (&out);
}

NrpNetwork *
nrp_network_new_with_residents (const NrpNetwork *net, const NrpSurvey *s, GError **error)
{
  g_autoptr (GHashTable) resident = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GArray) first_row = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) sectors = g_array_new (FALSE, FALSE, sizeof (NrpSector));
  g_autoptr (GPtrArray) left_out = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GArray) named = NULL;
  GArray **added = NULL;
  g_autofree guint *sector_of = NULL;
  NrpNetwork *out = NULL;
  guint n0 = net->n_actors, nr, n, n_types;
  gsize n_ties = 0;

  g_return_val_if_fail (net != NULL && s != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (s->n_items == s->n_file_items || s->alters_file == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        s->n_items == s->n_file_items
                          ? "joining residents needs the survey's alters (nrp_survey_load_ego)"
                          : "no alter names a system player (alters.csv's actor column is "
                            "absent or empty): there is nothing to join");
      return NULL;
    }
  if (net->n_residents > 0)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "the network has residents joined already");
      return NULL;
    }

  /* The respondents present at some wave (answered there, a wave of the
   * network), each once; an id of a system player is refused. */
  for (guint i = 0; i < s->n; i++)
    {
      gpointer found;
      if (!s->answered[i] || s->wave[i] > net->n_waves)
        continue;
      if (g_hash_table_lookup_extended (resident, s->ids[i], NULL, &found))
        {
          guint f = g_array_index (first_row, guint, GPOINTER_TO_UINT (found));
          if (strcmp (s->sector[f], s->sector[i]) != 0 || s->area[f] != s->area[i])
            {
              gboolean sector = strcmp (s->sector[f], s->sector[i]) != 0;
              g_autofree char *shown = nrp_io_shown (s->ids[i]);
              nrp_set_error_at (error, NRP_ERROR_CONFLICT, s->file, s->line[i],
                                sector ? s->sector_column : s->area_column,
                                "respondent '%s' has another %s here than on line %u; as an "
                                "actor it has one",
                                shown, sector ? "sector" : "area", s->line[f]);
              return NULL;
            }
          continue;
        }
      if (nrp_network_find_actor (net, s->ids[i]) >= 0)
        {
          g_autofree char *shown = nrp_io_shown (s->ids[i]);
          nrp_set_error_at (error, NRP_ERROR_CONFLICT, s->file, s->line[i],
                            s->respondent_column,
                            "respondent '%s' has the id of a system player of the network; "
                            "joined as actors, respondents need ids of their own",
                            shown);
          return NULL;
        }
      g_hash_table_insert (resident, s->ids[i], GUINT_TO_POINTER (first_row->len));
      g_array_append_val (first_row, i);
    }
  nr = first_row->len;
  n = n0 + nr;
  if ((guint64) n * MAX (net->n_waves, 1) > NRP_MAX_ACTOR_CELLS || n < n0)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, s->line[s->n - 1], 1,
                        "the network's %u actors and %u respondents over %u waves are more "
                        "than %u actor-waves",
                        n0, nr, net->n_waves, NRP_MAX_ACTOR_CELLS);
      return NULL;
    }

  out = nrp_network_new_like (net, n, net->n_waves);
  out->n_merged = net->n_merged;
  out->n_residents = nr;
  for (guint k = 0; k < net->n_sectors; k++)
    g_array_append_val (sectors, out->sectors[k]);
  sector_of = g_new (guint, MAX (nr, 1));
  for (guint r = 0; r < nr; r++)
    {
      gint k = resident_sector (out, sectors, s, g_array_index (first_row, guint, r), error);
      if (k < 0)
        goto fail;
      sector_of[r] = (guint) k;
    }
  if (sectors->len > net->n_sectors)
    {
      g_free (out->sectors);
      out->n_sectors = sectors->len;
      out->sectors = (NrpSector *) (void *) g_array_free (g_steal_pointer (&sectors), FALSE);
    }

  /* The actors: the network's, then the respondents. */
  for (guint i = 0; i < n; i++)
    {
      gboolean r = i >= n0;
      guint row = r ? g_array_index (first_row, guint, i - n0) : 0;
      out->ids[i] = g_string_chunk_insert (out->strings, r ? s->ids[row] : net->ids[i]);
      out->sector[i] = r ? sector_of[i - n0] : net->sector[i];
      out->sectors[out->sector[i]].size++;
      out->area[i] = r ? g_string_chunk_insert_const (out->strings, s->design->areas[s->area[row]])
                     : net->area[i] != NULL ? g_string_chunk_insert_const (out->strings,
                                                                           net->area[i])
                                            : NULL;
      g_hash_table_insert (out->id_index, out->ids[i], GUINT_TO_POINTER (i + 1));
      for (guint a = 0; a < net->n_attributes; a++)
        out->attributes[(gsize) a * n + i] = g_string_chunk_insert_const (
          out->strings, r ? "" : net->attributes[(gsize) a * n0 + i]);
    }
  for (guint w = 1; w <= net->n_waves; w++)
    memcpy (out->present + (gsize) (w - 1) * n, net->present + (gsize) (w - 1) * n0, n0);
  for (guint i = 0; i < s->n; i++)
    if (s->answered[i] && s->wave[i] <= net->n_waves)
      {
        guint r = GPOINTER_TO_UINT (g_hash_table_lookup (resident, s->ids[i]));
        out->present[(gsize) (s->wave[i] - 1) * n + n0 + r] = 1;
      }

  /* The relation type of the respondents' ties. */
  n_types = net->n_types;
  if (n_types > 0)
    {
      out->types = g_renew (char *, out->types, n_types + 1);
      out->types[n_types] = g_string_chunk_insert_const (out->strings, RESIDENT_TYPE);
      out->n_types = n_types + 1;
    }

  /* The ties: a respondent's to each player it named, once. */
  named = nrp_survey_named_players (s, net, "", left_out, error);
  if (named == NULL)
    goto fail;
  added = g_new0 (GArray *, MAX (net->n_waves, 1));
  for (guint w = 0; w < net->n_waves; w++)
    added[w] = g_array_new (FALSE, FALSE, sizeof (NrpTie));
  for (guint k = 0; k < named->len; k++)
    {
      const NrpNamedPlayer *np = &g_array_index (named, NrpNamedPlayer, k);
      guint r = n0 + GPOINTER_TO_UINT (g_hash_table_lookup (resident, s->ids[np->row]));
      NrpTie t;
      t.source = net->directed ? r : np->actor;
      t.target = net->directed ? np->actor : r;
      t.type = n_types > 0 ? n_types : NRP_NO_TYPE;
      t.weight = 1;
      g_array_append_val (added[s->wave[np->row] - 1], t);
    }
  for (guint w = 1; w <= net->n_waves; w++)
    {
      const NrpWave *src = &net->waves[w - 1];
      NrpWave *dst = &out->waves[w - 1];
      GArray *more = added[w - 1];
      dst->n_ties = src->n_ties + more->len;
      dst->ties = g_new (NrpTie, MAX (dst->n_ties, 1));
      memcpy (dst->ties, src->ties, sizeof (NrpTie) * src->n_ties);
      memcpy (dst->ties + src->n_ties, more->data, sizeof (NrpTie) * more->len);
      nrp_sort (dst->ties, dst->n_ties, sizeof (NrpTie), tie_cmp);
      dst->n_missing = src->n_missing;
      dst->missing = g_memdup2 (src->missing, sizeof (NrpDyad) * MAX (src->n_missing, 1));
      n_ties += more->len;
    }

  /* What the analyst must know of the joined network. */
  {
    g_autofree char *joined = g_strdup_printf (
      "%u respondents joined as actors, with %" G_GSIZE_FORMAT " ties to the system players "
      "they named; ties among respondents were not asked and count as absent, so the "
      "measures describe this joined network",
      nr, n_ties);
    nrp_network_add_warning (out, joined);
    for (guint k = 0; k < left_out->len; k++)
      nrp_network_add_warning (out, g_ptr_array_index (left_out, k));
    for (guint k = net->n_sectors; k < out->n_sectors; k++)
      if (!out->sectors[k].has_power)
        {
          g_autofree char *shown = nrp_io_shown (out->sectors[k].name);
          g_autofree char *text = g_strdup_printf (
            "respondents' sector '%s' is not a sector of the network and has no power level: "
            "its ties count as bridging, never linking",
            shown);
          nrp_network_add_warning (out, text);
        }
  }
  for (guint w = 0; w < net->n_waves; w++)
    g_array_unref (added[w]);
  g_clear_pointer (&added, g_free);
  return out;

fail:
  for (guint w = 0; added != NULL && w < net->n_waves; w++)
    g_array_unref (added[w]);
  g_free (added);
  nrp_network_free (out);
  return NULL;
}
