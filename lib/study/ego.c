/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ego.c: each respondent's ego network and position generator as survey
 * items (nrpnet/survey.h, nrp_survey_load_ego()).
 *
 * An alter's tie class is the network's rule against the respondent's own
 * sector: the same sector is bonding; another sector of a different power
 * level (the built-in taxonomy's) is linking; otherwise (equal power, or a
 * sector without one) bridging. With the alter ties, the ego graph is the
 * respondent tied to every alter plus those ties, unweighted; Burt's
 * effective size is n - 2t/n and his constraint sum_j (p_ej + sum_q p_eq
 * p_qj)^2 with p_ij = 1/degree(i) in that graph (NetworkX's constraint on
 * the same graph).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/fields.h"
#include "study/ego.h"

/* The measures, in the order they join the survey's items. */
enum {
  EGO_SIZE, EGO_REACH, EGO_BLAU, EGO_IQV, EGO_BONDING, EGO_BRIDGING, EGO_LINKING,
  EGO_HAS_LINKING, EGO_EI, EGO_N_BASIC,
  EGO_DENSITY = EGO_N_BASIC, EGO_EFFECTIVE_SIZE, EGO_CONSTRAINT, EGO_N_ALL
};
static const char *const ego_names[EGO_N_ALL]
  = { "ego_size",     "ego_sector_reach", "ego_blau",        "ego_iqv",
      "ego_bonding",  "ego_bridging",     "ego_linking",     "ego_has_linking",
      "ego_ei_index", "ego_density",      "ego_effective_size", "ego_constraint" };
static const char *const pg_names[3] = { "pg_extensity", "pg_upper_reach", "pg_range" };

/* ---- The sector registry ------------------------------------------------ */

gboolean
nrp_ego_sector_power (const NrpSurvey *s, const char *name, gint *power)
{
  const NrpSectorLevel *l;
  if (s->sector_levels == NULL)
    return nrp_default_sector (name, NULL, power);
  l = g_hash_table_lookup (s->sector_levels, name);
  if (l == NULL || !l->has_power)
    return FALSE;
  if (power != NULL)
    *power = l->power;
  return TRUE;
}

gboolean
nrp_ego_sector_listed (const NrpSurvey *s, const char *name)
{
  return s->sector_levels != NULL ? g_hash_table_contains (s->sector_levels, name)
                                  : nrp_default_sector (name, NULL, NULL);
}

/* Why a sector has no power level, for the warnings. */
static char *
no_power_reason (const NrpSurvey *s, const char *name)
{
  if (s->sector_levels == NULL)
    return g_strdup ("is not in the built-in taxonomy and has no power level");
  if (g_hash_table_contains (s->sector_levels, name))
    return g_strdup_printf ("has no power level in %s", s->sectors_file);
  return g_strdup_printf ("is not listed in %s and has no power level", s->sectors_file);
}

gboolean
nrp_survey_set_sectors (NrpSurvey *s, const char *sectors, gboolean closed, GError **error)
{
  g_autoptr (GHashTable) levels = NULL;
  g_autoptr (GBytes) bytes = NULL;
  NrpSource src;
  const char *name = NULL;

  g_return_val_if_fail (s != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (s->n_items > s->n_file_items)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "the sectors are set before the ego-network answers are loaded");
      return FALSE;
    }
  if (sectors != NULL)
    {
      if ((bytes = nrp_io_map_file (sectors, &src, error)) == NULL)
        return FALSE;
      levels = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      if (!nrp_io_load_sector_levels (&src, s->strings, levels, error))
        return FALSE;
      name = g_string_chunk_insert (s->strings, src.name);
    }
  if (closed)
    for (guint i = 0; i < s->n; i++)
      {
        gboolean listed = levels != NULL ? g_hash_table_contains (levels, s->sector[i])
                                         : nrp_default_sector (s->sector[i], NULL, NULL);
        g_autofree char *shown = NULL;
        if (listed)
          continue;
        shown = nrp_io_shown (s->sector[i]);
        if (s->sector_column == 0)
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, s->file, 1, 0,
                            "there is no sector column, so every respondent is a '%s', which "
                            "is not in %s (a closed list); add a sector column",
                            shown, name != NULL ? name : "the built-in taxonomy");
        else
          nrp_set_error_at (error, NRP_ERROR_UNKNOWN_SECTOR, s->file, s->line[i],
                            s->sector_column,
                            "the respondent's sector '%s' is not in %s (a closed list)", shown,
                            name != NULL ? name : "the built-in taxonomy");
        return FALSE;
      }
  if (s->sector_levels != NULL)
    g_hash_table_unref (s->sector_levels);
  s->sector_levels = g_steal_pointer (&levels);
  s->sectors_file = (char *) name;
  s->sectors_closed = closed != FALSE;
  return TRUE;
}

/* The number of sectors an IQV divides by: the registry's (the built-in
 * taxonomy's, or the sectors file's) and any other sector of the alters or
 * the respondents. */
static guint
count_sectors (const NrpSurvey *s, const NrpEgo *e)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  static const char *const builtin[] = { "resident", "third_sector", "business", "academic",
                                         "public_service", "local_authority" };
  if (s->sector_levels != NULL)
    {
      GHashTableIter it;
      gpointer key;
      g_hash_table_iter_init (&it, s->sector_levels);
      while (g_hash_table_iter_next (&it, &key, NULL))
        g_hash_table_add (seen, key);
    }
  else
    for (guint k = 0; k < G_N_ELEMENTS (builtin); k++)
      g_hash_table_add (seen, (gpointer) builtin[k]);
  for (guint a = 0; a < e->n_alters; a++)
    g_hash_table_add (seen, e->alter_sector[a]);
  for (guint i = 0; i < s->n; i++)
    g_hash_table_add (seen, s->sector[i]);
  return g_hash_table_size (seen);
}

/* Appends @n items named @names with @values (n x rows, item by item). */
static void
append_items (NrpSurvey *s, const char *const *names, guint n, const double *values)
{
  guint old = s->n_items;
  s->items = g_renew (char *, s->items, old + n);
  s->item_column = g_renew (guint, s->item_column, old + n);
  s->values = g_renew (double, s->values, (gsize) (old + n) * s->n);
  for (guint k = 0; k < n; k++)
    {
      s->items[old + k] = g_string_chunk_insert (s->strings, names[k]);
      s->item_column[old + k] = 0;
      memcpy (s->values + (gsize) (old + k) * s->n, values + (gsize) k * s->n,
              sizeof (double) * s->n);
    }
  s->n_items = old + n;
}

static gboolean
compute (NrpSurvey *s, const NrpEgo *e, GError **error)
{
  guint n = s->n;

  /* Every name is checked before any item joins: on error nothing has. */
  for (guint j = 0; j < s->n_items; j++)
    for (guint k = 0; k < EGO_N_ALL + 3; k++)
      if (strcmp (s->items[j], k < EGO_N_ALL ? ego_names[k] : pg_names[k - EGO_N_ALL]) == 0)
        {
          nrp_set_error_at (error, NRP_ERROR_HEADER, s->file, 1, s->item_column[j],
                            "the column '%s' has the name of an ego-network measure; rename it",
                            s->items[j]);
          return FALSE;
        }

  if (e->have_alters)
    {
      guint nm = e->have_ties ? EGO_N_ALL : EGO_N_BASIC, nsec = count_sectors (s, e);
      g_autofree double *v = g_new (double, (gsize) nm * MAX (n, 1));
      g_autofree guint *start = g_new0 (guint, n + 1);
      g_autofree guint *order = g_new (guint, MAX (e->n_alters, 1));
      g_autofree guint *fill = NULL;
      g_autofree guint *deg = g_new0 (guint, MAX (e->n_alters, 1));
      g_autofree guint *ties = g_new0 (guint, n);
      g_autoptr (GHashTable) adj = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      /* The alters of each respondent row, in file order. */
      for (guint a = 0; a < e->n_alters; a++)
        start[e->alter_row[a] + 1]++;
      for (guint i = 0; i < n; i++)
        start[i + 1] += start[i];
      fill = g_memdup2 (start, sizeof (guint) * (n + 1));
      for (guint a = 0; a < e->n_alters; a++)
        order[fill[e->alter_row[a]]++] = a;
      for (guint t = 0; t < e->n_ties; t++)
        {
          deg[e->tie_a[t]]++;
          deg[e->tie_b[t]]++;
          ties[e->alter_row[e->tie_a[t]]]++;
          g_hash_table_add (adj, g_strdup_printf ("%u-%u", MIN (e->tie_a[t], e->tie_b[t]),
                                                  MAX (e->tie_a[t], e->tie_b[t])));
        }
      for (guint i = 0; i < n; i++)
        {
          guint size = start[i + 1] - start[i], cls[3] = { 0, 0, 0 }, reach = 0;
          gint ego_power;
          gboolean ego_has_power = nrp_ego_sector_power (s, s->sector[i], &ego_power);
          g_autoptr (GHashTable) count = g_hash_table_new (g_str_hash, g_str_equal);
          double blau = 1, t = ties[i];
#define V(m) v[(gsize) (m) * n + i]
          if (!s->answered[i])
            {
              for (guint m = 0; m < nm; m++)
                V (m) = NAN;
              continue;
            }
          for (guint k = start[i]; k < start[i + 1]; k++)
            {
              const char *sec = e->alter_sector[order[k]];
              gint p;
              guint c = GPOINTER_TO_UINT (g_hash_table_lookup (count, sec));
              g_hash_table_insert (count, (gpointer) sec, GUINT_TO_POINTER (c + 1));
              if (strcmp (sec, s->sector[i]) == 0)
                cls[0]++;
              else if (ego_has_power && nrp_ego_sector_power (s, sec, &p) && p != ego_power)
                cls[2]++;
              else
                cls[1]++;
            }
          {
            GHashTableIter it;
            gpointer key, val;
            g_hash_table_iter_init (&it, count);
            while (g_hash_table_iter_next (&it, &key, &val))
              {
                double pk = (double) GPOINTER_TO_UINT (val) / size;
                blau -= pk * pk;
                reach++;
              }
          }
          V (EGO_SIZE) = size;
          V (EGO_REACH) = reach;
          V (EGO_BLAU) = size > 0 ? blau : NAN;
          V (EGO_IQV) = size > 0 && nsec > 1 ? blau / (1 - 1.0 / nsec) : NAN;
          V (EGO_BONDING) = cls[0];
          V (EGO_BRIDGING) = cls[1];
          V (EGO_LINKING) = cls[2];
          V (EGO_HAS_LINKING) = cls[2] > 0;
          V (EGO_EI) = size > 0 ? ((double) cls[1] + cls[2] - cls[0]) / size : NAN;
          if (e->have_ties)
            {
              double c = 0;
              V (EGO_DENSITY) = size >= 2 ? t / (size * (size - 1.0) / 2) : NAN;
              V (EGO_EFFECTIVE_SIZE) = size > 0 ? size - 2 * t / size : NAN;
              /* p_ej = 1/size; p_qj = 1/(1 + deg q) for an alter q tied to j. */
              for (guint k = start[i]; k < start[i + 1] && size > 0; k++)
                {
                  guint j = order[k];
                  double local = 1.0 / size;
                  for (guint l = start[i]; l < start[i + 1]; l++)
                    {
                      guint q = order[l];
                      g_autofree char *key = NULL;
                      if (q == j)
                        continue;
                      key = g_strdup_printf ("%u-%u", MIN (q, j), MAX (q, j));
                      if (g_hash_table_contains (adj, key))
                        local += (1.0 / size) * (1.0 / (1 + deg[q]));
                    }
                  c += local * local;
                }
              V (EGO_CONSTRAINT) = size > 0 ? c : NAN;
            }
#undef V
        }
      append_items (s, ego_names, nm, v);
      /* A sector without a power level is said, never guessed quietly:
       * each alters' sector, and each respondents' sector with alters. */
      {
        g_autoptr (GHashTable) told = g_hash_table_new (g_str_hash, g_str_equal);
        for (guint a = 0; a < e->n_alters + n; a++)
          {
            gboolean alter = a < e->n_alters;
            const char *sec = alter ? e->alter_sector[a] : s->sector[a - e->n_alters];
            g_autofree char *name = NULL, *why = NULL;
            if ((!alter && start[a - e->n_alters + 1] == start[a - e->n_alters])
                || nrp_ego_sector_power (s, sec, NULL) || g_hash_table_contains (told, sec))
              continue;
            g_hash_table_add (told, (gpointer) sec);
            name = nrp_io_shown (sec);
            why = no_power_reason (s, sec);
            g_ptr_array_add (s->warnings,
                             g_strdup_printf ("%s sector '%s' %s: ties %s count as bridging, "
                                              "never linking",
                                              alter ? "alters'" : "respondents'", name, why,
                                              alter ? "to it" : "of its respondents"));
          }
      }
      /* Keep the alters that name a system player, for the join. */
      if (e->actor_alters != NULL && e->actor_alters->len > 0)
        {
          guint na = e->actor_alters->len;
          s->alters_file = g_string_chunk_insert (s->strings, e->alters_file);
          s->actor_column = e->actor_column;
          s->n_actor_alters = na;
          s->actor_alter_row = g_new (guint, na);
          s->actor_alter_line = g_new (guint, na);
          s->actor_alter_id = g_new (char *, na);
          for (guint k = 0; k < na; k++)
            {
              guint a = g_array_index (e->actor_alters, guint, k);
              s->actor_alter_row[k] = e->alter_row[a];
              s->actor_alter_line[k] = g_array_index (e->actor_lines, guint, k);
              s->actor_alter_id[k] = g_string_chunk_insert (
                s->strings, g_ptr_array_index (e->actor_ids, k));
            }
        }
    }
  if (e->have_positions)
    {
      g_autofree double *v = g_new (double, (gsize) 3 * MAX (n, 1));
      g_autofree gboolean *asked = g_new0 (gboolean, MAX (n, 1));
      for (guint i = 0; i < n; i++)
        {
          v[i] = 0;
          v[n + i] = -INFINITY;   /* highest prestige accessed */
          v[2 * n + i] = INFINITY; /* lowest, until the range */
        }
      for (guint p = 0; p < e->n_positions; p++)
        {
          guint i = e->pos_row[p];
          asked[i] = TRUE;
          if (!e->pos_access[p])
            continue;
          v[i] += 1;
          v[n + i] = MAX (v[n + i], e->pos_prestige[p]);
          v[2 * n + i] = MIN (v[2 * n + i], e->pos_prestige[p]);
        }
      for (guint i = 0; i < n; i++)
        {
          if (!asked[i])
            v[i] = v[n + i] = v[2 * n + i] = NAN;
          else if (v[i] == 0)
            v[n + i] = v[2 * n + i] = NAN;
          else
            v[2 * n + i] = v[n + i] - v[2 * n + i];
        }
      append_items (s, pg_names, 3, v);
    }
  return TRUE;
}

gboolean
nrp_survey_load_ego (NrpSurvey *s, const char *alters, const char *alter_ties,
                     const char *positions, const char *registry, GError **error)
{
  const char *paths[4] = { alters, alter_ties, positions, registry };
  NrpSource src[4];
  GBytes *bytes[4] = { NULL };
  NrpEgo e = { 0 };
  gboolean ok = FALSE;

  g_return_val_if_fail (s != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  for (guint k = 0; k < 4; k++)
    if (paths[k] != NULL && (bytes[k] = nrp_io_map_file (paths[k], &src[k], error)) == NULL)
      goto out;
  if (s->n_items > s->n_file_items || s->pseudonymised)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        s->pseudonymised
                          ? "the survey's ids are pseudonyms: load its ego-network answers first"
                          : "this survey's ego-network answers are loaded already");
      goto out;
    }
  if (!nrp_ego_load_sources (&e, s, alters ? &src[0] : NULL, alter_ties ? &src[1] : NULL,
                             positions ? &src[2] : NULL, registry ? &src[3] : NULL, error))
    goto out;
  ok = compute (s, &e, error);
out:
  nrp_ego_clear (&e);
  for (guint k = 0; k < 4; k++)
    g_clear_pointer (&bytes[k], g_bytes_unref);
  return ok;
}

gboolean
nrp_survey_load_ego_sources (NrpSurvey *s, const NrpSource *alters, const NrpSource *alter_ties,
                             const NrpSource *positions, const NrpSource *registry,
                             GError **error)
{
  NrpEgo e = { 0 };
  gboolean ok = nrp_ego_load_sources (&e, s, alters, alter_ties, positions, registry, error)
                && compute (s, &e, error);
  nrp_ego_clear (&e);
  return ok;
}
