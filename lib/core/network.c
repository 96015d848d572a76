/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * network.c: the immutable network model: lifetime, derived networks (one
 * area, a network shaped like another) and accessors. The taxonomy is in
 * taxonomy.c; loading is in io/.
 */
#include "config.h"

#include <string.h>

#include "core/nrp-private.h"

/* ---- Lifetime ----------------------------------------------------------- */

void
nrp_network_free (NrpNetwork *net)
{
  if (net == NULL)
    return;
  for (guint w = 0; w < net->n_waves; w++)
    {
      g_free (net->waves[w].ties);
      g_free (net->waves[w].missing);
    }
  g_free (net->waves);
  g_free (net->present);
  g_free (net->types);
  g_free (net->attributes);
  g_free (net->attribute_names);
  g_free (net->sectors);
  if (net->id_index != NULL)
    g_hash_table_unref (net->id_index);
  g_free (net->sector);
  g_free (net->area);
  g_free (net->ids);
  g_free (net->presence_columns);
  g_free (net->warnings);
  if (net->strings != NULL)
    g_string_chunk_free (net->strings);
  g_free (net);
}

/* ---- Derived networks ---------------------------------------------------- */

NrpNetwork *
nrp_network_new_like (const NrpNetwork *net, guint n, guint n_waves)
{
  NrpNetwork *sub = g_new0 (NrpNetwork, 1);

  sub->strings = g_string_chunk_new (4096);
  sub->directed = net->directed;
  sub->n_actors = n;
  sub->ids = g_new0 (char *, MAX (n, 1));
  sub->area = g_new0 (char *, MAX (n, 1));
  sub->sector = g_new0 (guint, MAX (n, 1));
  sub->id_index = g_hash_table_new (g_str_hash, g_str_equal);
  sub->n_sectors = net->n_sectors;
  sub->sectors = g_new0 (NrpSector, MAX (net->n_sectors, 1));
  for (guint k = 0; k < net->n_sectors; k++)
    {
      sub->sectors[k] = net->sectors[k];
      sub->sectors[k].name = g_string_chunk_insert_const (sub->strings, net->sectors[k].name);
      sub->sectors[k].label = net->sectors[k].label != NULL
                                ? g_string_chunk_insert_const (sub->strings, net->sectors[k].label)
                                : NULL;
      sub->sectors[k].size = 0;
    }
  sub->sectors_from_file = net->sectors_from_file;
  sub->sectors_closed = net->sectors_closed;
  sub->n_attributes = net->n_attributes;
  sub->attribute_names = g_new (char *, MAX (net->n_attributes, 1));
  sub->attributes = g_new0 (char *, MAX ((gsize) net->n_attributes * n, 1));
  for (guint a = 0; a < net->n_attributes; a++)
    sub->attribute_names[a] = g_string_chunk_insert (sub->strings, net->attribute_names[a]);
  sub->n_types = net->n_types;
  sub->types = g_new (char *, MAX (net->n_types, 1));
  for (guint k = 0; k < net->n_types; k++)
    sub->types[k] = g_string_chunk_insert_const (sub->strings, net->types[k]);
  /* What was read and what the analyst was warned of still holds. */
  sub->n_presence_columns = net->n_presence_columns;
  sub->presence_columns = g_new0 (char *, net->n_presence_columns + 1);
  for (guint w = 0; w < net->n_presence_columns; w++)
    sub->presence_columns[w] = g_string_chunk_insert (sub->strings, net->presence_columns[w]);
  sub->n_warnings = net->n_warnings;
  sub->warnings = g_new0 (char *, net->n_warnings + 1);
  for (guint k = 0; k < net->n_warnings; k++)
    sub->warnings[k] = g_string_chunk_insert (sub->strings, net->warnings[k]);
  sub->n_waves = n_waves;
  sub->present = g_malloc0 (MAX ((gsize) n_waves * n, 1));
  sub->waves = g_new0 (NrpWave, MAX (n_waves, 1));
  return sub;
}

void
nrp_network_add_warning (NrpNetwork *net, const char *text)
{
  net->warnings = g_renew (char *, net->warnings, net->n_warnings + 2);
  net->warnings[net->n_warnings++] = g_string_chunk_insert (net->strings, text);
  net->warnings[net->n_warnings] = NULL;
}

/* ---- One area ----------------------------------------------------------- */

NrpNetwork *
nrp_network_new_area (const NrpNetwork *net, const char *area, gboolean with_regional,
                  GError **error)
{
  NrpNetwork *sub;
  g_autofree guint *map = NULL;
  guint n = 0, in_area = 0;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (area != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  map = g_new (guint, MAX (net->n_actors, 1));
  for (guint i = 0; i < net->n_actors; i++)
    {
      gboolean here = net->area[i] != NULL && strcmp (net->area[i], area) == 0;
      gboolean keep = here || (with_regional && net->area[i] == NULL);
      in_area += here;
      map[i] = keep ? n++ : G_MAXUINT;
    }
  if (in_area == 0)
    {
      /* The area the analyst most likely meant: the same name in another
       * case ("texas" for "Texas"), else the first few areas there are. */
      const char *same = NULL;
      g_autoptr (GPtrArray) names = g_ptr_array_new ();
      g_autoptr (GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *hint = NULL;
      for (guint i = 0; i < net->n_actors; i++)
        {
          const char *a = net->area[i];
          if (a == NULL || g_hash_table_contains (listed, a))
            continue;
          g_hash_table_add (listed, (gpointer) a);
          if (same == NULL && g_ascii_strcasecmp (a, area) == 0)
            same = a;
          if (names->len < 10)
            g_ptr_array_add (names, (gpointer) a);
        }
      if (same != NULL)
        hint = g_strdup_printf ("; the data have '%s' (areas are case-sensitive)", same);
      else if (names->len > 0)
        {
          g_ptr_array_add (names, NULL);
          g_autofree char *list = g_strjoinv ("', '", (char **) names->pdata);
          hint = g_strdup_printf ("; areas in the data: '%s'%s", list,
                                  g_hash_table_size (listed) > 10 ? ", ..." : "");
        }
      else
        hint = g_strdup ("; no actor has an area (actors.csv has no area column, or it is empty)");
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0, "no actor has the area '%s'%s",
                        area, hint);
      return NULL;
    }

  sub = nrp_network_new_like (net, n, net->n_waves);
  for (guint i = 0; i < net->n_actors; i++)
    {
      guint j = map[i];
      if (j == G_MAXUINT)
        continue;
      sub->ids[j] = g_string_chunk_insert (sub->strings, net->ids[i]);
      sub->area[j] = net->area[i] != NULL ? g_string_chunk_insert_const (sub->strings, net->area[i])
                                          : NULL;
      sub->sector[j] = net->sector[i];
      sub->sectors[net->sector[i]].size++;
      g_hash_table_insert (sub->id_index, sub->ids[j], GUINT_TO_POINTER (j + 1));
      for (guint a = 0; a < net->n_attributes; a++)
        sub->attributes[(gsize) a * n + j] = g_string_chunk_insert_const (
          sub->strings, net->attributes[(gsize) a * net->n_actors + i]);
    }
  for (guint w = 1; w <= net->n_waves; w++)
    {
      const NrpWave *src = &net->waves[w - 1];
      NrpWave *dst = &sub->waves[w - 1];
      for (guint i = 0; i < net->n_actors; i++)
        if (map[i] != G_MAXUINT)
          sub->present[(gsize) (w - 1) * n + map[i]] = nrp_present (net, w, i);
      /* The map keeps the actors' order, so the ties stay sorted. */
      dst->ties = g_new (NrpTie, MAX (src->n_ties, 1));
      for (guint k = 0; k < src->n_ties; k++)
        {
          NrpTie t = src->ties[k];
          if (map[t.source] == G_MAXUINT || map[t.target] == G_MAXUINT)
            continue;
          t.source = map[t.source];
          t.target = map[t.target];
          dst->ties[dst->n_ties++] = t;
        }
      dst->missing = g_new (NrpDyad, MAX (src->n_missing, 1));
      for (guint k = 0; k < src->n_missing; k++)
        {
          NrpDyad d = src->missing[k];
          if (map[d.source] == G_MAXUINT || map[d.target] == G_MAXUINT)
            continue;
          d.source = map[d.source];
          d.target = map[d.target];
          dst->missing[dst->n_missing++] = d;
        }
    }
  return sub;
}

/* ---- Accessors ---------------------------------------------------------- */

gboolean
nrp_network_is_directed (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, FALSE);
  return net->directed;
}

guint
nrp_network_get_n_actors (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, 0);
  return net->n_actors;
}

guint
nrp_network_get_n_waves (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, 0);
  return net->n_waves;
}

guint
nrp_network_get_n_merged (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, 0);
  return net->n_merged;
}

const char *
nrp_network_get_actor_id (const NrpNetwork *net, guint actor)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (actor < net->n_actors, NULL);
  return net->ids[actor];
}

gint
nrp_network_find_actor (const NrpNetwork *net, const char *id)
{
  g_return_val_if_fail (net != NULL, -1);
  g_return_val_if_fail (id != NULL, -1);
  return (gint) GPOINTER_TO_UINT (g_hash_table_lookup (net->id_index, id)) - 1;
}

guint
nrp_network_get_actor_sector (const NrpNetwork *net, guint actor)
{
  g_return_val_if_fail (net != NULL, 0);
  g_return_val_if_fail (actor < net->n_actors, 0);
  return net->sector[actor];
}

const char *
nrp_network_get_actor_area (const NrpNetwork *net, guint actor)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (actor < net->n_actors, NULL);
  return net->area[actor];
}

gboolean
nrp_network_get_actor_present (const NrpNetwork *net, guint actor, guint wave)
{
  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (actor < net->n_actors, FALSE);
  g_return_val_if_fail (wave >= 1 && wave <= net->n_waves, FALSE);
  return nrp_present (net, wave, actor);
}

guint
nrp_network_get_n_attributes (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, 0);
  return net->n_attributes;
}

const char *
nrp_network_get_attribute_name (const NrpNetwork *net, guint index)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (index < net->n_attributes, NULL);
  return net->attribute_names[index];
}

const char *
nrp_network_get_actor_attribute (const NrpNetwork *net, guint actor, const char *name)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (actor < net->n_actors, NULL);
  g_return_val_if_fail (name != NULL, NULL);
  for (guint k = 0; k < net->n_attributes; k++)
    if (g_ascii_strcasecmp (net->attribute_names[k], name) == 0)
      return net->attributes[(gsize) k * net->n_actors + actor];
  return NULL;
}

guint
nrp_network_get_n_sectors (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, 0);
  return net->n_sectors;
}

const char *
nrp_network_get_sector_name (const NrpNetwork *net, guint sector)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (sector < net->n_sectors, NULL);
  return net->sectors[sector].name;
}

const char *
nrp_network_get_sector_label (const NrpNetwork *net, guint sector)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (sector < net->n_sectors, NULL);
  return net->sectors[sector].label != NULL ? net->sectors[sector].label
                                            : net->sectors[sector].name;
}

gboolean
nrp_network_get_sector_power (const NrpNetwork *net, guint sector, gint *power)
{
  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (sector < net->n_sectors, FALSE);
  if (power != NULL)
    *power = net->sectors[sector].power;
  return net->sectors[sector].has_power;
}

guint
nrp_network_get_sector_size (const NrpNetwork *net, guint sector)
{
  g_return_val_if_fail (net != NULL, 0);
  g_return_val_if_fail (sector < net->n_sectors, 0);
  return net->sectors[sector].size;
}

guint
nrp_network_get_n_ties (const NrpNetwork *net, guint wave)
{
  g_return_val_if_fail (net != NULL, 0);
  g_return_val_if_fail (wave >= 1 && wave <= net->n_waves, 0);
  return net->waves[wave - 1].n_ties;
}

gboolean
nrp_network_get_tie (const NrpNetwork *net, guint wave, guint index, guint *source,
                 guint *target, double *weight, const char **type)
{
  const NrpTie *t;
  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (wave >= 1 && wave <= net->n_waves, FALSE);
  g_return_val_if_fail (index < net->waves[wave - 1].n_ties, FALSE);
  t = &net->waves[wave - 1].ties[index];
  if (source != NULL)
    *source = t->source;
  if (target != NULL)
    *target = t->target;
  if (weight != NULL)
    *weight = t->weight;
  if (type != NULL)
    *type = t->type == NRP_NO_TYPE ? NULL : net->types[t->type];
  return TRUE;
}

guint
nrp_network_get_n_missing (const NrpNetwork *net, guint wave)
{
  g_return_val_if_fail (net != NULL, 0);
  g_return_val_if_fail (wave >= 1 && wave <= net->n_waves, 0);
  return net->waves[wave - 1].n_missing;
}

gboolean
nrp_network_is_dyad_missing (const NrpNetwork *net, guint wave, guint source, guint target)
{
  const NrpWave *w;
  guint lo = 0, hi;
  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (wave >= 1 && wave <= net->n_waves, FALSE);
  g_return_val_if_fail (source < net->n_actors && target < net->n_actors, FALSE);
  if (!net->directed && source > target)
    {
      guint s = source;
      source = target;
      target = s;
    }
  w = &net->waves[wave - 1];
  hi = w->n_missing;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      const NrpDyad *d = &w->missing[mid];
      if (d->source < source || (d->source == source && d->target < target))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < w->n_missing && w->missing[lo].source == source
         && w->missing[lo].target == target;
}


guint
nrp_network_get_n_warnings (const NrpNetwork *net)
{
  g_return_val_if_fail (net != NULL, 0);
  return net->n_warnings;
}

const char *
nrp_network_get_warning (const NrpNetwork *net, guint k)
{
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (k < net->n_warnings, NULL);
  return net->warnings[k];
}

const char *
nrp_network_get_presence_column (const NrpNetwork *net, guint wave)
{
  g_return_val_if_fail (net != NULL, NULL);
  if (wave < 1 || wave > net->n_presence_columns)
    return NULL;
  return net->presence_columns[wave - 1];
}
