/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * graphml.c: GraphML export (see nrpnet/export.h).
 *
 * Node ids are the actors' ids. Written by hand into one buffer, then
 * saved atomically: the format is
 * small, and igraph's GraphML writer would need an igraph graph carrying
 * every attribute. Text goes through g_markup_escape_text(); the control
 * characters XML 1.0 forbids are refused rather than dropped or written as
 * character references a 1.0 parser rejects.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>

#include "core/nrp-private.h"

/* The first character XML 1.0 cannot hold in @s, or 0. */
static gunichar
bad_char (const char *s)
{
  for (; *s; s = g_utf8_next_char (s))
    {
      gunichar c = g_utf8_get_char (s);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF)
        return c;
    }
  return 0;
}

static gboolean
check_text (const char *s, const char *what, const char *id, GError **error)
{
  gunichar c = s != NULL ? bad_char (s) : 0;
  if (c == 0)
    return TRUE;
  nrp_set_error_at (error, NRP_ERROR_VALUE, NULL, 0, 0,
                    "%s%s%.80s%s contains the control character U+%04X, which GraphML "
                    "(XML 1.0) cannot hold",
                    what, id ? " of actor '" : "", id ? id : "", id ? "'" : "", c);
  return FALSE;
}

static void
put_text (GString *out, const char *s)
{
  g_autofree char *e = g_markup_escape_text (s, -1);
  g_string_append (out, e);
}

/* Text in an attribute value: also line breaks and tabs as references, so
 * that a parser's attribute normalisation keeps them. */
static void
put_attr (GString *out, const char *s)
{
  g_autofree char *e = g_markup_escape_text (s, -1);
  for (const char *p = e; *p; p++)
    if (*p == '\n')
      g_string_append (out, "&#10;");
    else if (*p == '\r')
      g_string_append (out, "&#13;");
    else if (*p == '\t')
      g_string_append (out, "&#9;");
    else
      g_string_append_c (out, *p);
}

static void
put_key (GString *out, const char *id, const char *domain, const char *name, const char *type)
{
  g_string_append_printf (out, "  <key id=\"%s\" for=\"%s\" attr.name=\"", id, domain);
  put_attr (out, name);
  g_string_append_printf (out, "\" attr.type=\"%s\"/>\n", type);
}

static void
put_data (GString *out, const char *indent, const char *key, const char *value)
{
  g_string_append_printf (out, "%s<data key=\"%s\">", indent, key);
  put_text (out, value);
  g_string_append (out, "</data>\n");
}

/* A dyad tied at some wave, with its weight at each. */
gboolean
nrp_network_write_graphml (const NrpNetwork *net, const char *path, GError **error)
{
  g_autoptr (GString) out = NULL;
  g_autoptr (GHashTable) names = NULL;
  g_auto (GStrv) attr_names = NULL;
  guint n, nw;

  g_return_val_if_fail (net != NULL && path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  n = net->n_actors;
  nw = net->n_waves;

  /* Refuse what XML 1.0 cannot carry before writing anything. */
  for (guint k = 0; k < net->n_sectors; k++)
    if (!check_text (net->sectors[k].name, "a sector name", NULL, error)
        || !check_text (net->sectors[k].label, "a sector label", NULL, error))
      return FALSE;
  for (guint a = 0; a < net->n_attributes; a++)
    if (!check_text (net->attribute_names[a], "a column name", NULL, error))
      return FALSE;
  for (guint i = 0; i < n; i++)
    {
      if (!check_text (net->ids[i], "the id", NULL, error)
          || !check_text (net->area[i], "the area", net->ids[i], error))
        return FALSE;
      for (guint a = 0; a < net->n_attributes; a++)
        if (!check_text (net->attributes[(gsize) a * n + i], net->attribute_names[a],
                         net->ids[i], error))
          return FALSE;
    }

  /* Attribute columns keep their names unless a built-in key has it. */
  names = g_hash_table_new (g_str_hash, g_str_equal);
  for (const char *const *b = (const char *const[]) { "sector", "sector_label", "power", "area",
                                                      NULL };
       *b; b++)
    g_hash_table_add (names, (gpointer) *b);
  attr_names = g_new0 (char *, net->n_attributes + 1);
  for (guint a = 0; a < net->n_attributes; a++)
    {
      const char *name = net->attribute_names[a];
      gboolean taken = g_hash_table_contains (names, name)
                       || (g_str_has_prefix (name, "present_w") && name[9] != '\0');
      attr_names[a] = taken ? g_strconcat ("attr_", name, NULL) : g_strdup (name);
      g_hash_table_add (names, attr_names[a]);
    }

  out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
                      "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                      "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                      "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  g_string_append_printf (out, "  <!-- written by nrpnet %s -->\n", PACKAGE_VERSION);
  put_key (out, "sector", "node", "sector", "string");
  put_key (out, "sector_label", "node", "sector_label", "string");
  put_key (out, "power", "node", "power", "int");
  put_key (out, "area", "node", "area", "string");
  for (guint w = 1; w <= nw; w++)
    {
      g_autofree char *name = g_strdup_printf ("present_w%u", w);
      put_key (out, name, "node", name, "boolean");
    }
  for (guint a = 0; a < net->n_attributes; a++)
    {
      g_autofree char *id = g_strdup_printf ("a%u", a);
      put_key (out, id, "node", attr_names[a], "string");
    }
  for (guint w = 1; w <= nw; w++)
    {
      g_autofree char *tie = g_strdup_printf ("tie_w%u", w);
      g_autofree char *weight = g_strdup_printf ("weight_w%u", w);
      put_key (out, tie, "edge", tie, "boolean");
      put_key (out, weight, "edge", weight, "double");
    }
  put_key (out, "waves", "edge", "waves", "string");
  g_string_append_printf (out, "  <graph id=\"nrpnet\" edgedefault=\"%s\">\n",
                          net->directed ? "directed" : "undirected");

  for (guint i = 0; i < n; i++)
    {
      const NrpSector *sec = &net->sectors[net->sector[i]];
      g_string_append (out, "    <node id=\"");
      put_attr (out, net->ids[i]);
      g_string_append (out, "\">\n");
      put_data (out, "      ", "sector", sec->name);
      if (sec->label != NULL)
        put_data (out, "      ", "sector_label", sec->label);
      if (sec->has_power)
        g_string_append_printf (out, "      <data key=\"power\">%d</data>\n", sec->power);
      if (net->area[i] != NULL)
        put_data (out, "      ", "area", net->area[i]);
      for (guint w = 1; w <= nw; w++)
        g_string_append_printf (out, "      <data key=\"present_w%u\">%s</data>\n", w,
                                nrp_present (net, w, i) ? "true" : "false");
      for (guint a = 0; a < net->n_attributes; a++)
        {
          g_autofree char *id = g_strdup_printf ("a%u", a);
          put_data (out, "      ", id, net->attributes[(gsize) a * n + i]);
        }
      g_string_append (out, "    </node>\n");
    }

  /* Every wave's dyads, merged into one edge per dyad (core/graph.c). */
  {
    g_autofree guint *waves = g_new (guint, MAX (nw, 1));
    NrpDyadUnion u;
    for (guint w = 1; w <= nw; w++)
      waves[w - 1] = w;
    nrp_dyad_union_init (&u, net, waves, nw);
    for (gsize d = 0; d < u.n; d++)
      {
        guint64 key = u.keys[d];
        const double *weight = &u.weights[d * nw];
        GString *list = g_string_new (NULL);
        for (guint w = 1; w <= nw; w++)
          if (weight[w - 1] > 0)
            g_string_append_printf (list, "%s%u", list->len ? "," : "", w);
        g_string_append (out, "    <edge source=\"");
        put_attr (out, net->ids[key / n]);
        g_string_append (out, "\" target=\"");
        put_attr (out, net->ids[key % n]);
        g_string_append (out, "\">\n");
        for (guint w = 1; w <= nw; w++)
          {
            char buf[NRP_DOUBLE_BUF_SIZE];
            g_string_append_printf (out, "      <data key=\"tie_w%u\">%s</data>\n", w,
                                    weight[w - 1] > 0 ? "true" : "false");
            g_string_append_printf (out, "      <data key=\"weight_w%u\">%s</data>\n", w,
                                    nrp_format_double (buf, weight[w - 1]));
          }
        g_string_append_printf (out, "      <data key=\"waves\">%s</data>\n    </edge>\n",
                                list->str);
        g_string_free (list, TRUE);
      }
    nrp_dyad_union_clear (&u);
  }
  g_string_append (out, "  </graph>\n</graphml>\n");

  return nrp_file_write (path, out->str, (gssize) out->len, error);
}
