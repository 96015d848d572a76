/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * json.c: the JSON documents of the summary, the report, the comparison and
 * the study (DESIGN.md section 6), written with json-glib from results
 * already computed: nothing here computes a measure.
 */
#include "config.h"

#include <math.h>


#include "core/nrp-private.h"

/* ---- JSON --------------------------------------------------------------- */

/* @v's decimal digits, written backwards from the end of buf[24]; returns
 * where they start. */
static guint
format_int (char buf[24], gint64 v)
{
  guint64 u = v < 0 ? -(guint64) v : (guint64) v;
  guint at = 23;
  buf[at] = '\0';
  do
    {
      buf[--at] = (char) ('0' + u % 10);
      u /= 10;
    }
  while (u > 0);
  if (v < 0)
    buf[--at] = '-';
  return at;
}

/*
 * The document's text. nrpnet writes it itself rather than with
 * JsonGenerator, for its numbers: json-glib prints a double with 17
 * significant digits (0.20000000000000001), nrpnet the shortest form that
 * reads back to the same double (nrp_format_double()), and never -0. The
 * layout is json-glib's ("key" : value, two-space indent).
 */
static void
put_string (GString *out, const char *s)
{
  g_string_append_c (out, '"');
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    switch (*p)
      {
      case '"':
        g_string_append (out, "\\\"");
        break;
      case '\\':
        g_string_append (out, "\\\\");
        break;
      case '\b':
        g_string_append (out, "\\b");
        break;
      case '\f':
        g_string_append (out, "\\f");
        break;
      case '\n':
        g_string_append (out, "\\n");
        break;
      case '\r':
        g_string_append (out, "\\r");
        break;
      case '\t':
        g_string_append (out, "\\t");
        break;
      default:
        if (*p < 0x20)
          g_string_append_printf (out, "\\u%04x", *p);
        else
          g_string_append_c (out, (char) *p);
      }
  g_string_append_c (out, '"');
}

/*
 * A streaming writer with JsonBuilder's calls: each value is written as it
 * comes, so a document of a million actors never holds a tree of them.
 * The layout is json-glib's pretty one ("key" : value, two-space indent,
 * [] and {} when empty), the one the JsonNode tree writer it replaced gave
 * (byte for byte on every command's JSON); without pretty, no space or
 * newline at all (the Python bindings parse that form).
 */
typedef struct {
  GString *out;
  gboolean pretty;
  GArray *open;          /* per open container: members written so far */
  gboolean after_key;    /* a member's name was written, its value comes */
} JsonW;

static JsonW *
jw_new (gboolean pretty)
{
  JsonW *w = g_new0 (JsonW, 1);
  w->out = g_string_new (NULL);
  w->pretty = pretty;
  w->open = g_array_new (FALSE, FALSE, sizeof (guint));
  return w;
}

static void
jw_free (JsonW *w)
{
  if (w->out != NULL)
    g_string_free (w->out, TRUE);
  g_array_unref (w->open);
  g_free (w);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JsonW, jw_free)

static void
jw_indent (JsonW *w, guint depth)
{
  if (w->pretty)
    {
      g_string_append_c (w->out, '\n');
      for (guint k = 0; k < depth; k++)
        g_string_append (w->out, "  ");
    }
}

/* Before a value or a member's name: the separator from what came before. */
static void
jw_element (JsonW *w)
{
  guint *count;
  if (w->after_key)
    {
      w->after_key = FALSE;
      return;
    }
  if (w->open->len == 0)
    return;
  count = &g_array_index (w->open, guint, w->open->len - 1);
  if ((*count)++ > 0)
    g_string_append_c (w->out, ',');
  jw_indent (w, w->open->len);
}

static void
jw_set_member_name (JsonW *w, const char *name)
{
  jw_element (w);
  put_string (w->out, name);
  g_string_append (w->out, w->pretty ? " : " : ":");
  w->after_key = TRUE;
}

static void
jw_begin (JsonW *w, char c)
{
  guint zero = 0;
  jw_element (w);
  g_string_append_c (w->out, c);
  g_array_append_val (w->open, zero);
}

static void
jw_end (JsonW *w, char c)
{
  guint count = g_array_index (w->open, guint, w->open->len - 1);
  g_array_set_size (w->open, w->open->len - 1);
  if (count > 0)
    jw_indent (w, w->open->len);
  g_string_append_c (w->out, c);
}

#define jw_begin_object(w) jw_begin ((w), '{')
#define jw_end_object(w) jw_end ((w), '}')
#define jw_begin_array(w) jw_begin ((w), '[')
#define jw_end_array(w) jw_end ((w), ']')

static void
jw_add_null_value (JsonW *w)
{
  jw_element (w);
  g_string_append (w->out, "null");
}

static void
jw_add_boolean_value (JsonW *w, gboolean v)
{
  jw_element (w);
  g_string_append (w->out, v ? "true" : "false");
}

static void
jw_add_int_value (JsonW *w, gint64 v)
{
  char buf[24];
  jw_element (w);
  g_string_append (w->out, buf + format_int (buf, v));
}

static void
jw_add_double_value (JsonW *w, double v)
{
  char buf[NRP_DOUBLE_BUF_SIZE];
  jw_element (w);
  g_string_append (w->out, nrp_format_double (buf, v));
}

static void
jw_add_string_value (JsonW *w, const char *v)
{
  jw_element (w);
  put_string (w->out, v);
}

/* Closes the document begin_document() opened and returns its text. */
static char *
finish_document (JsonW *w, gboolean pretty)
{
  (void) pretty;
  jw_end_object (w);
  g_return_val_if_fail (w->open->len == 0, NULL);
  return g_string_free (g_steal_pointer (&w->out), FALSE);
}


/* A number, or null when it is undefined (NaN). */
static void
add_double (JsonW *b, const char *name, double v)
{
  jw_set_member_name (b, name);
  if (isnan (v) || isinf (v))
    jw_add_null_value (b);
  else
    jw_add_double_value (b, v);
}

/* A value suppressed for publication (small cells): {"suppressed": true}. */
static void
add_suppressed (JsonW *b, const char *name)
{
  jw_set_member_name (b, name);
  jw_begin_object (b);
  jw_set_member_name (b, "suppressed");
  jw_add_boolean_value (b, TRUE);
  jw_end_object (b);
}

static void
add_int (JsonW *b, const char *name, gint64 v)
{
  jw_set_member_name (b, name);
  jw_add_int_value (b, v);
}

static void
add_string (JsonW *b, const char *name, const char *v)
{
  jw_set_member_name (b, name);
  if (v == NULL)
    jw_add_null_value (b);
  else
    jw_add_string_value (b, v);
}

/* Opens a JSON document: {"schema_version": 1, "nrpnet_version", "directed",
 * and, with @net, its "warnings" and "presence_columns" (null when presence
 * was not read). */
static void
begin_document_with (JsonW *b, gboolean directed, const NrpNetwork *net,
                     const GPtrArray *more_warnings)
{
  jw_begin_object (b);
  add_int (b, "schema_version", 1);
  add_string (b, "nrpnet_version", PACKAGE_VERSION);
  jw_set_member_name (b, "directed");
  jw_add_boolean_value (b, directed);
  if (net == NULL)
    return;
  jw_set_member_name (b, "warnings");
  jw_begin_array (b);
  for (guint k = 0; k < net->n_warnings; k++)
    jw_add_string_value (b, net->warnings[k]);
  for (guint k = 0; more_warnings != NULL && k < more_warnings->len; k++)
    jw_add_string_value (b, g_ptr_array_index (more_warnings, k));
  jw_end_array (b);
  jw_set_member_name (b, "presence_columns");
  if (net->n_presence_columns == 0)
    jw_add_null_value (b);
  else
    {
      jw_begin_array (b);
      for (guint w = 0; w < net->n_presence_columns; w++)
        jw_add_string_value (b, net->presence_columns[w]);
      jw_end_array (b);
    }
}

static void
begin_document (JsonW *b, gboolean directed, const NrpNetwork *net)
{
  begin_document_with (b, directed, net, NULL);
}

static void
add_sectors (JsonW *b, const NrpNetwork *net)
{
  jw_set_member_name (b, "sectors");
  jw_begin_array (b);
  for (guint k = 0; k < net->n_sectors; k++)
    {
      gint power;
      jw_begin_object (b);
      add_string (b, "sector", nrp_network_get_sector_name (net, k));
      add_string (b, "label", nrp_network_get_sector_label (net, k));
      jw_set_member_name (b, "power");
      if (nrp_network_get_sector_power (net, k, &power))
        jw_add_int_value (b, power);
      else
        jw_add_null_value (b);
      add_int (b, "actors", net->sectors[k].size);
      jw_end_object (b);
    }
  jw_end_array (b);
}

static void
add_double_array (JsonW *b, const double *v, guint n)
{
  jw_begin_array (b);
  for (guint i = 0; i < n; i++)
    if (isnan (v[i]) || isinf (v[i]))
      jw_add_null_value (b);
    else
      jw_add_double_value (b, v[i]);
  jw_end_array (b);
}

/* The cross-sector members of a wave object (nrpnet/mixing.h). */
static void
add_mixing (JsonW *b, const NrpMixing *mx, const NrpNetwork *net, guint w)
{
  const NrpMixingWave *x = nrp_mixing_get_wave (mx, w);
  const guint *counts = nrp_mixing_get_counts (mx, w);
  const double *dens = nrp_mixing_get_densities (mx, w);
  const double *once = nrp_mixing_get_sector_ei (mx, w, NRP_EI_EACH_TIE_ONCE);
  const double *rows = nrp_mixing_get_sector_ei (mx, w, NRP_EI_ROW_SUMS);
  guint ns = net->n_sectors;

  add_int (b, "ties_bonding", x->ties_bonding);
  add_int (b, "ties_bridging", x->ties_bridging);
  add_int (b, "ties_linking", x->ties_linking);
  add_double (b, "share_bonding", x->share_bonding);
  add_double (b, "share_bridging", x->share_bridging);
  add_double (b, "share_linking", x->share_linking);
  add_double (b, "ei_index_expected", x->ei_index_expected);
  add_double (b, "ei_index_p_value", x->ei_index_p_value);
  add_int (b, "ei_permutations", x->permutations);
  add_double (b, "assortativity", x->assortativity);
  add_double (b, "sector_modularity", x->sector_modularity);

  jw_set_member_name (b, "mixing_matrix");
  jw_begin_object (b);
  jw_set_member_name (b, "sectors");
  jw_begin_array (b);
  for (guint k = 0; k < ns; k++)
    jw_add_string_value (b, net->sectors[k].name);
  jw_end_array (b);
  jw_set_member_name (b, "counts");
  jw_begin_array (b);
  for (guint r = 0; r < ns; r++)
    {
      jw_begin_array (b);
      for (guint c = 0; c < ns; c++)
        jw_add_int_value (b, counts[(gsize) r * ns + c]);
      jw_end_array (b);
    }
  jw_end_array (b);
  jw_set_member_name (b, "densities");
  jw_begin_array (b);
  for (guint r = 0; r < ns; r++)
    add_double_array (b, dens + (gsize) r * ns, ns);
  jw_end_array (b);
  jw_end_object (b);

  jw_set_member_name (b, "sector_ei");
  jw_begin_array (b);
  for (guint k = 0; k < ns; k++)
    {
      jw_begin_object (b);
      add_string (b, "sector", net->sectors[k].name);
      add_double (b, "ei_index", once[k]);
      add_double (b, "ei_index_rowsum", rows[k]);
      jw_end_object (b);
    }
  jw_end_array (b);
}

static void
add_stats (JsonW *b, const char *name, double mean, double median, double max)
{
  jw_set_member_name (b, name);
  jw_begin_object (b);
  add_double (b, "mean", mean);
  add_double (b, "median", median);
  add_double (b, "max", max);
  jw_end_object (b);
}

/* The centrality members of a wave object (nrpnet/centrality.h). */
static void
add_centrality (JsonW *b, const NrpCentrality *c, const NrpNetwork *net, guint w,
                guint top)
{
  const NrpCentralityWave *cw = nrp_centrality_get_wave (c, w);
  static const NrpCentralityMeasure ranked[] = {
    NRP_CENTRALITY_DEGREE, NRP_CENTRALITY_BETWEENNESS, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS,
    NRP_CENTRALITY_EIGENVECTOR, NRP_CENTRALITY_PAGERANK,
  };
  g_autofree guint *best = g_new (guint, MAX (top, 1));

  jw_set_member_name (b, "centralization");
  jw_begin_object (b);
  add_double (b, "degree", cw->centralization_degree);
  add_double (b, "betweenness", cw->centralization_betweenness);
  add_double (b, "closeness", cw->centralization_closeness);
  jw_end_object (b);

  jw_set_member_name (b, "sector_centrality");
  jw_begin_array (b);
  for (guint k = 0; k < net->n_sectors; k++)
    {
      jw_begin_object (b);
      add_string (b, "sector", net->sectors[k].name);
      for (guint m = 0; m < NRP_CENTRALITY_N_MEASURES; m++)
        {
          double mean, median, max;
          nrp_centrality_get_sector_summary (c, net, w, m, k, &mean, &median, &max);
          add_stats (b, nrp_centrality_measure_name (m), mean, median, max);
        }
      jw_end_object (b);
    }
  jw_end_array (b);

  jw_set_member_name (b, "top_actors");
  jw_begin_object (b);
  for (guint r = 0; r < G_N_ELEMENTS (ranked); r++)
    {
      guint n = nrp_centrality_get_top (c, w, ranked[r], top, best);
      const double *v = nrp_centrality_get (c, w, ranked[r]);
      jw_set_member_name (b, nrp_centrality_measure_name (ranked[r]));
      jw_begin_array (b);
      for (guint i = 0; i < n; i++)
        {
          jw_begin_object (b);
          add_string (b, "id", net->ids[best[i]]);
          add_string (b, "sector", net->sectors[net->sector[best[i]]].name);
          add_double (b, "value", v[best[i]]);
          jw_end_object (b);
        }
      jw_end_array (b);
    }
  jw_end_object (b);
}

/* The brokerage member of a wave object: counts, expected, sd, z by role. */
static void
add_brokerage (JsonW *b, const NrpBrokerage *br, guint w)
{
  static const char *const stat_names[] = { NULL, "expected", "sd", "z" };
  jw_set_member_name (b, "brokerage");
  jw_begin_object (b);
  for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
    add_double (b, nrp_broker_role_name (r), nrp_brokerage_get_network (br, w, r, NRP_BROKER_COUNT));
  for (guint stat = NRP_BROKER_EXPECTED; stat <= NRP_BROKER_Z; stat++)
    {
      jw_set_member_name (b, stat_names[stat]);
      jw_begin_object (b);
      for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
        add_double (b, nrp_broker_role_name (r), nrp_brokerage_get_network (br, w, r, stat));
      jw_end_object (b);
    }
  jw_end_object (b);
}

/* An actor's brokerage: counts by role, and their z-scores. */
static void
add_actor_brokerage (JsonW *b, const NrpBrokerage *br, guint w, guint i)
{
  jw_set_member_name (b, "brokerage");
  jw_begin_object (b);
  for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
    add_double (b, nrp_broker_role_name (r), nrp_brokerage_get_actors (br, w, r, NRP_BROKER_COUNT)[i]);
  jw_end_object (b);
  jw_set_member_name (b, "brokerage_z");
  jw_begin_object (b);
  for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
    add_double (b, nrp_broker_role_name (r), nrp_brokerage_get_actors (br, w, r, NRP_BROKER_Z)[i]);
  jw_end_object (b);
}

/* The structure members of a wave object: bridges, articulation points,
 * local bridges. */
static void
add_structure (JsonW *b, const NrpStructure *st, const NrpNetwork *net, guint w)
{
  guint n_art = 0;
  for (guint i = 0; i < net->n_actors; i++)
    n_art += nrp_structure_get_articulation (st, w)[i];
  add_int (b, "n_bridges", nrp_structure_get_n_bridges (st, w));
  add_int (b, "n_articulation_points", n_art);
  add_int (b, "n_local_bridges", nrp_structure_get_n_local_bridges (st, w));
  jw_set_member_name (b, "bridges");
  jw_begin_array (b);
  for (guint k = 0; k < nrp_structure_get_n_bridges (st, w); k++)
    {
      guint a, c;
      nrp_structure_get_bridge (st, w, k, &a, &c);
      jw_begin_object (b);
      add_string (b, "source", net->ids[a]);
      add_string (b, "target", net->ids[c]);
      jw_end_object (b);
    }
  jw_end_array (b);
  jw_set_member_name (b, "local_bridges");
  jw_begin_array (b);
  for (guint k = 0; k < nrp_structure_get_n_local_bridges (st, w); k++)
    {
      guint a, c;
      double span;
      nrp_structure_get_local_bridge (st, w, k, &a, &c, &span);
      jw_begin_object (b);
      add_string (b, "source", net->ids[a]);
      add_string (b, "target", net->ids[c]);
      add_double (b, "span", span); /* null when the ends are otherwise unconnected */
      jw_end_object (b);
    }
  jw_end_array (b);
}

/* The communities member of a wave object. */
static void
add_communities (JsonW *b, const NrpCommunities *cm, const NrpNetwork *net, guint w)
{
  jw_set_member_name (b, "communities");
  jw_begin_object (b);
  for (guint k = 0; k < 2; k++)
    {
      guint count = nrp_communities_get_count (cm, w, k);
      const gint *memb = nrp_communities_get_membership (cm, w, k);
      g_autofree guint *comp = g_new0 (guint, MAX ((gsize) count * net->n_sectors, 1));
      jw_set_member_name (b, nrp_community_method_name (k));
      jw_begin_object (b);
      add_int (b, "n_communities", count);
      add_double (b, "modularity", nrp_communities_get_modularity (cm, w, k));
      add_double (b, "nmi_sectors", nrp_communities_get_nmi (cm, w, k));
      for (guint i = 0; i < net->n_actors; i++)
        if (memb[i] >= 0)
          comp[(gsize) memb[i] * net->n_sectors + net->sector[i]]++;
      jw_set_member_name (b, "composition");
      jw_begin_array (b);
      for (guint c = 0; c < count; c++)
        {
          guint size = 0;
          jw_begin_object (b);
          add_int (b, "community", c);
          for (guint s = 0; s < net->n_sectors; s++)
            size += comp[(gsize) c * net->n_sectors + s];
          add_int (b, "size", size);
          jw_set_member_name (b, "sectors");
          jw_begin_object (b);
          for (guint s = 0; s < net->n_sectors; s++)
            if (comp[(gsize) c * net->n_sectors + s] > 0)
              add_int (b, net->sectors[s].name, comp[(gsize) c * net->n_sectors + s]);
          jw_end_object (b);
          jw_end_object (b);
        }
      jw_end_array (b);
      jw_end_object (b);
    }
  jw_end_object (b);
}

/* Each of @keys (NULL-terminated) as a null member. */
static void
add_nulls (JsonW *b, const char *const *keys)
{
  for (guint k = 0; keys[k] != NULL; k++)
    {
      jw_set_member_name (b, keys[k]);
      jw_add_null_value (b);
    }
}

static void
add_wave (JsonW *b, const NrpSummary *s, const NrpMixing *mx, const NrpCentrality *c,
          const NrpBrokerage *br, const NrpStructure *st, const NrpCommunities *cm,
          const NrpNetwork *net, guint w, guint top, gboolean report, const double *resident)
{
  /* In a report, the members of a part that could not be computed are
   * null (nrp_report_compute() warns), so every document has every key. */
  static const char *const mixing_keys[]
    = { "ties_bonding", "ties_bridging", "ties_linking", "share_bonding", "share_bridging",
        "share_linking", "ei_index_expected", "ei_index_p_value", "ei_permutations",
        "assortativity", "sector_modularity", "mixing_matrix", "sector_ei", NULL };
  static const char *const centrality_keys[]
    = { "centralization", "sector_centrality", "top_actors", NULL };
  static const char *const brokerage_keys[] = { "brokerage", NULL };
  static const char *const structure_keys[]
    = { "n_bridges", "n_articulation_points", "n_local_bridges", "bridges", "local_bridges",
        NULL };
  static const char *const communities_keys[] = { "communities", NULL };
  static const char *const actor_mixing_keys[]
    = { "ei_index", "blau", "iqv", "sector_reach", NULL };
  static const char *const actor_brokerage_keys[] = { "brokerage", "brokerage_z", NULL };
  static const char *const actor_communities_keys[]
    = { "community_leiden", "community_multilevel", NULL };
  static const NrpCentralityMeasure per_actor[] = {
    NRP_CENTRALITY_STRENGTH, NRP_CENTRALITY_BETWEENNESS, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS,
    NRP_CENTRALITY_CLOSENESS, NRP_CENTRALITY_HARMONIC, NRP_CENTRALITY_EIGENVECTOR,
    NRP_CENTRALITY_PAGERANK,
  };
  const double *actor_ei = mx ? nrp_mixing_get_actor_ei (mx, w) : NULL;
  const double *blau = mx ? nrp_mixing_get_blau (mx, w) : NULL;
  const double *iqv = mx ? nrp_mixing_get_iqv (mx, w) : NULL;
  const guint *reach = mx ? nrp_mixing_get_sector_reach (mx, w) : NULL;
  const NrpWaveSummary *ws = nrp_summary_get_wave (s, w);
  const guint *all = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
  const guint *in = nrp_summary_get_degrees (s, w, NRP_DEGREE_IN);
  const guint *out = nrp_summary_get_degrees (s, w, NRP_DEGREE_OUT);
  const NrpBetweennessSample *sample = NULL;
  const double *sampled = nrp_summary_get_sampled_betweenness (s, w, &sample);

  /* A report's betweenness sampled (its actors' "betweenness" are the
   * estimates): the same statement of the guarantee as the summary's. */
  if (sampled == NULL && c != NULL)
    sample = nrp_centrality_sample_info (c, w);

  jw_begin_object (b);
  add_int (b, "wave", ws->wave);
  add_int (b, "actors_present", ws->actors_present);
  add_int (b, "ties", ws->ties);
  add_int (b, "observed_dyads", (gint64) ws->observed_dyads);
  add_int (b, "missing_dyads", ws->missing_dyads);
  add_double (b, "density", ws->density);
  add_double (b, "mean_degree", ws->mean_degree);
  add_int (b, "components", ws->components);
  add_int (b, "largest_component", ws->largest_component);
  add_double (b, "largest_component_share", ws->largest_component_share);
  add_int (b, "isolates", ws->isolates);
  add_double (b, "transitivity", ws->transitivity);
  jw_set_member_name (b, "mutual_dyads");
  if (net->directed)
    jw_add_int_value (b, ws->mutual_dyads);
  else
    jw_add_null_value (b);
  add_int (b, "ties_within_sector", ws->ties_within_sector);
  add_int (b, "ties_cross_sector", ws->ties_cross_sector);
  add_double (b, "share_cross_sector",
              ws->ties > 0 ? (double) ws->ties_cross_sector / ws->ties : NAN);
  add_double (b, "ei_index", ws->ei_index);
  add_int (b, "max_degree", ws->max_degree);
  add_int (b, "max_in_degree", ws->max_in_degree);
  add_int (b, "max_out_degree", ws->max_out_degree);
  if (sample != NULL)
    {
      jw_set_member_name (b, "betweenness_sample");
      jw_begin_object (b);
      add_double (b, "epsilon", sample->epsilon);
      add_double (b, "delta", sample->delta);
      add_int (b, "samples", sample->samples);
      add_double (b, "max_error", sample->max_error);
      jw_end_object (b);
    }
  if (mx != NULL)
    add_mixing (b, mx, net, w);
  else if (report)
    add_nulls (b, mixing_keys);
  if (c != NULL)
    add_centrality (b, c, net, w, top);
  else if (report)
    add_nulls (b, centrality_keys);
  if (br != NULL)
    add_brokerage (b, br, w);
  else if (report)
    add_nulls (b, brokerage_keys);
  if (st != NULL)
    add_structure (b, st, net, w);
  else if (report)
    add_nulls (b, structure_keys);
  if (cm != NULL)
    add_communities (b, cm, net, w);
  else if (report)
    add_nulls (b, communities_keys);
  jw_set_member_name (b, "actors");
  jw_begin_array (b);
  for (guint i = 0; i < net->n_actors; i++)
    {
      if (!nrp_present (net, w, i))
        continue;
      jw_begin_object (b);
      add_string (b, "id", net->ids[i]);
      add_string (b, "sector", net->sectors[net->sector[i]].name);
      add_string (b, "area", net->area[i]);
      add_int (b, "degree", all[i]);
      add_int (b, "in_degree", in[i]);
      add_int (b, "out_degree", out[i]);
      if (sampled != NULL)
        add_double (b, "betweenness_estimate", sampled[i]);
      if (mx != NULL)
        {
          add_double (b, "ei_index", actor_ei[i]);
          add_double (b, "blau", blau[i]);
          add_double (b, "iqv", iqv[i]);
          add_int (b, "sector_reach", reach[i]);
        }
      else if (report)
        add_nulls (b, actor_mixing_keys);
      for (guint k = 0; (c != NULL || report) && k < G_N_ELEMENTS (per_actor); k++)
        add_double (b, nrp_centrality_measure_name (per_actor[k]),
                    c != NULL ? nrp_centrality_get (c, w, per_actor[k])[i] : NAN);
      if (br != NULL)
        add_actor_brokerage (b, br, w, i);
      else if (report)
        add_nulls (b, actor_brokerage_keys);
      for (guint k = 0; (st != NULL || report) && k < NRP_HOLES_N_MEASURES; k++)
        add_double (b, nrp_holes_measure_name (k),
                    st != NULL ? nrp_structure_get_holes (st, w, k)[i] : NAN);
      if (st != NULL)
        {
          jw_set_member_name (b, "articulation_point");
          jw_add_boolean_value (b, nrp_structure_get_articulation (st, w)[i] != 0);
        }
      else if (report)
        {
          jw_set_member_name (b, "articulation_point");
          jw_add_null_value (b);
        }
      if (cm != NULL)
        {
          add_int (b, "community_leiden", nrp_communities_get_membership (cm, w, 0)[i]);
          add_int (b, "community_multilevel", nrp_communities_get_membership (cm, w, 1)[i]);
        }
      else if (report)
        add_nulls (b, actor_communities_keys);
      if (resident != NULL)
        {
          add_double (b, "resident_reach", resident[(gsize) (w - 1) * net->n_actors + i]);
          add_double (b, "resident_reach_change",
                      w > 1 && nrp_present (net, w - 1, i)
                        ? resident[(gsize) (w - 1) * net->n_actors + i]
                            - resident[(gsize) (w - 2) * net->n_actors + i]
                        : NAN);
        }
      jw_end_object (b);
    }
  jw_end_array (b);
  jw_end_object (b);
}

/* The JSON document of a summary and, when given, the other parts. */
static char *
report_json (const NrpSummary *s, const NrpMixing *mx, const NrpCentrality *c,
             const NrpBrokerage *br, const NrpStructure *st, const NrpCommunities *cm,
             const NrpNetwork *net, const NrpReportOptions *opt, const GPtrArray *warnings,
             const double *reach, gboolean pretty)
{
  g_autoptr (JsonW) b = jw_new (pretty);

  begin_document_with (b, net->directed, net, warnings);
  add_int (b, "actors_total", net->n_actors);
  add_int (b, "merged_duplicates", net->n_merged);
  if (opt != NULL)
    {
      jw_set_member_name (b, "weighted");
      jw_add_boolean_value (b, opt->weighted);
      add_int (b, "ei_permutations", opt->permutations);
      add_int (b, "seed", (gint64) opt->seed);
    }
  add_sectors (b, net);
  jw_set_member_name (b, "waves");
  jw_begin_array (b);
  for (guint w = 1; w <= net->n_waves; w++)
    add_wave (b, s, mx, c, br, st, cm, net, w, opt != NULL ? opt->top : 5, opt != NULL, reach);
  jw_end_array (b);
  return finish_document (b, pretty);
}

char *
nrp_summary_to_json (const NrpSummary *s, const NrpNetwork *net, gboolean pretty)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (nrp_summary_get_n_waves (s) == net->n_waves, NULL);
  return report_json (s, NULL, NULL, NULL, NULL, NULL, net, NULL, NULL, NULL, pretty);
}

char *
nrp_report_to_json (const NrpReport *r, const NrpNetwork *net, gboolean pretty)
{
  g_return_val_if_fail (r != NULL && net != NULL, NULL);
  g_return_val_if_fail (r->n_actors == net->n_actors && r->n_waves == net->n_waves, NULL);
  return report_json (r->summary, r->mixing, r->centrality, r->brokerage, r->structure,
                      r->communities, net, &r->options, r->warnings, r->resident_reach,
                      pretty);
}

/* ---- Wave comparison ------------------------------------------------------ */

static void
add_change_table (JsonW *b, const NrpChangeTable *t)
{
  add_int (b, "n00", (gint64) t->n00);
  add_int (b, "n01", (gint64) t->n01);
  add_int (b, "n10", (gint64) t->n10);
  add_int (b, "n11", (gint64) t->n11);
  add_int (b, "hamming", (gint64) t->hamming);
  add_double (b, "jaccard", t->jaccard);
}

/* "measures", "actors" and "top_gainers" of nrp_change_compute_full(). */
static void
add_change_estimates (JsonW *b, const NrpNetwork *net, const NrpChange *c)
{
  guint nm = nrp_change_get_n_measures (c);
  const double *x[NRP_ACTOR_N_MEASURES], *y[NRP_ACTOR_N_MEASURES];
  g_autofree guint *top = NULL;

  if (nm > 0)
    {
      add_int (b, "bootstrap", nrp_change_get_bootstrap (c));
      add_double (b, "confidence", nrp_change_get_confidence (c));
      jw_set_member_name (b, "measures");
      jw_begin_array (b);
      for (guint k = 0; k < nm; k++)
        {
          const NrpMeasureChange *mc = nrp_change_get_measure (c, k);
          jw_begin_object (b);
          add_string (b, "measure", nrp_measure_name (mc->measure));
          add_double (b, "from", mc->from);
          add_double (b, "to", mc->to);
          add_double (b, "delta", mc->delta);
          add_double (b, "se", mc->se);
          add_double (b, "ci_low", mc->ci_low);
          add_double (b, "ci_high", mc->ci_high);
          jw_set_member_name (b, "fixed");
          jw_add_boolean_value (b, mc->fixed);
          add_int (b, "replicates", mc->replicates);
          add_double (b, "p_value", mc->p_value);
          add_int (b, "permutations", mc->permutations);
          jw_end_object (b);
        }
      jw_end_array (b);
    }
  if (nrp_change_get_actor_values (c, NRP_ACTOR_DEGREE, FALSE) == NULL)
    return;
  for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
    {
      x[m] = nrp_change_get_actor_values (c, m, FALSE);
      y[m] = nrp_change_get_actor_values (c, m, TRUE);
    }
  jw_set_member_name (b, "actors");
  jw_begin_array (b);
  for (guint i = 0; i < net->n_actors; i++)
    {
      if (isnan (x[NRP_ACTOR_DEGREE][i]) && isnan (y[NRP_ACTOR_DEGREE][i]))
        continue;
      jw_begin_object (b);
      add_string (b, "id", net->ids[i]);
      add_string (b, "sector", net->sectors[net->sector[i]].name);
      for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
        {
          jw_set_member_name (b, nrp_actor_measure_name (m));
          jw_begin_object (b);
          add_double (b, "from", x[m][i]);
          add_double (b, "to", y[m][i]);
          add_double (b, "delta", y[m][i] - x[m][i]);
          jw_end_object (b);
        }
      jw_end_object (b);
    }
  jw_end_array (b);
  top = g_new (guint, net->n_actors + 1);
  jw_set_member_name (b, "top_gainers");
  jw_begin_object (b);
  for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
    {
      guint nt = nrp_change_get_top_gainers (c, m, top);
      jw_set_member_name (b, nrp_actor_measure_name (m));
      jw_begin_array (b);
      for (guint k = 0; k < nt; k++)
        {
          jw_begin_object (b);
          add_string (b, "id", net->ids[top[k]]);
          add_double (b, "from", x[m][top[k]]);
          add_double (b, "to", y[m][top[k]]);
          add_double (b, "delta", y[m][top[k]] - x[m][top[k]]);
          jw_end_object (b);
        }
      jw_end_array (b);
    }
  jw_end_object (b);
}

char *
nrp_change_to_json (const NrpNetwork *net, NrpChange *const *changes, guint n_changes,
                    gboolean pretty)
{
  g_autoptr (JsonW) b = jw_new (pretty);
  guint ns;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (changes != NULL || n_changes == 0, NULL);
  ns = net->n_sectors;
  begin_document (b, net->directed, net);
  jw_set_member_name (b, "change");
  jw_begin_array (b);
  for (guint k = 0; k < n_changes; k++)
    {
      const NrpChangeSummary *s = nrp_change_get_summary (changes[k]);
      jw_begin_object (b);
      add_int (b, "from_wave", s->from_wave);
      add_int (b, "to_wave", s->to_wave);
      add_int (b, "actors_entered", s->actors_entered);
      add_int (b, "actors_left", s->actors_left);
      add_int (b, "actors_stayed", s->actors_stayed);
      add_int (b, "missing_dyads", (gint64) s->missing_dyads);
      add_change_table (b, s->all);
      jw_set_member_name (b, "cross_sector");
      jw_begin_object (b);
      add_change_table (b, s->cross_sector);
      jw_end_object (b);
      jw_set_member_name (b, "change_matrix");
      jw_begin_object (b);
      jw_set_member_name (b, "sectors");
      jw_begin_array (b);
      for (guint i = 0; i < ns; i++)
        jw_add_string_value (b, net->sectors[i].name);
      jw_end_array (b);
      for (guint kind = 0; kind < NRP_CHANGE_N_KINDS; kind++)
        {
          const guint *m = nrp_change_get_matrix (changes[k], kind);
          jw_set_member_name (b, nrp_change_kind_name (kind));
          jw_begin_array (b);
          for (guint r = 0; r < ns; r++)
            {
              jw_begin_array (b);
              for (guint c = 0; c < ns; c++)
                jw_add_int_value (b, m[(gsize) r * ns + c]);
              jw_end_array (b);
            }
          jw_end_array (b);
        }
      jw_end_object (b);
      add_change_estimates (b, net, changes[k]);
      jw_end_object (b);
    }
  jw_end_array (b);
  return finish_document (b, pretty);
}

/* ---- Study --------------------------------------------------------------- */

char *
nrp_study_to_json (const NrpStudy *s, gboolean pretty)
{
  g_autoptr (JsonW) b = jw_new (pretty);
  guint nm, nw, pre, post;

  g_return_val_if_fail (s != NULL, NULL);
  nm = nrp_study_get_n_measures (s);
  nw = nrp_study_get_n_waves (s);
  pre = nrp_study_get_pre_wave (s);
  post = nrp_study_get_post_wave (s);
  begin_document (b, nrp_study_is_directed (s), NULL);
  jw_set_member_name (b, "study");
  jw_begin_object (b);
  add_int (b, "pre_wave", pre);
  add_int (b, "post_wave", post);
  jw_set_member_name (b, "with_regional");
  jw_add_boolean_value (b, nrp_study_get_with_regional (s));
  add_double (b, "confidence", nrp_study_get_confidence (s));
  jw_set_member_name (b, "areas");
  jw_begin_array (b);
  for (guint a = 0; a < nrp_study_get_n_areas (s); a++)
    {
      jw_begin_object (b);
      add_string (b, "area", nrp_study_get_area (s, a));
      add_string (b, "arm", nrp_arm_name (nrp_study_get_arm (s, a)));
      add_int (b, "actors", nrp_study_get_area_actors (s, a));
      jw_set_member_name (b, "measures");
      jw_begin_object (b);
      for (guint k = 0; k < nm; k++)
        {
          jw_set_member_name (b, nrp_study_get_measure_name (s, k));
          jw_begin_object (b);
          jw_set_member_name (b, "waves");
          jw_begin_array (b);
          for (guint w = 1; w <= nw; w++)
            {
              double v = nrp_study_get_value (s, a, k, w);
              if (isnan (v))
                jw_add_null_value (b);
              else
                jw_add_double_value (b, v);
            }
          jw_end_array (b);
          add_double (b, "pre", nrp_study_get_value (s, a, k, pre));
          add_double (b, "post", nrp_study_get_value (s, a, k, post));
          add_double (b, "change", nrp_study_get_value (s, a, k, post) - nrp_study_get_value (s, a, k, pre));
          jw_end_object (b);
        }
      jw_end_object (b);
      jw_end_object (b);
    }
  jw_end_array (b);
  jw_set_member_name (b, "did");
  jw_begin_array (b);
  for (guint k = 0; k < nm; k++)
    {
      const NrpDid *d = nrp_study_get_did (s, k);
      jw_begin_object (b);
      add_string (b, "measure", nrp_study_get_measure_name (s, k));
      jw_set_member_name (b, "outcome");
      jw_add_boolean_value (b, nrp_study_is_outcome (s, k));
      add_double (b, "estimate", d->estimate);
      add_double (b, "change_intervention", d->change_intervention);
      add_double (b, "change_comparator", d->change_comparator);
      add_int (b, "n_intervention", d->n_intervention);
      add_int (b, "n_comparator", d->n_comparator);
      add_double (b, "ci_low", d->ci_low);
      add_double (b, "ci_high", d->ci_high);
      add_double (b, "p_value", d->p_value);
      add_int (b, "assignments", (gint64) d->assignments);
      jw_set_member_name (b, "exact");
      jw_add_boolean_value (b, d->exact);
      jw_end_object (b);
    }
  jw_end_array (b);
  jw_set_member_name (b, "unlisted_areas");
  jw_begin_array (b);
  for (guint k = 0; k < nrp_study_get_n_unlisted (s); k++)
    jw_add_string_value (b, nrp_study_get_unlisted (s, k));
  jw_end_array (b);
  jw_end_object (b);
  return finish_document (b, pretty);
}

/* ---- The household survey --------------------------------------------------- */

/* One inference: se and df where it has them, p, the interval. */
static void
add_inference (JsonW *b, const char *name, const NrpSurveyInference *x, gboolean has_se)
{
  jw_set_member_name (b, name);
  jw_begin_object (b);
  if (has_se)
    {
      add_double (b, "se", x->se);
      add_double (b, "df", x->df);
    }
  add_double (b, "p_value", x->p_value);
  add_double (b, "ci_low", x->ci_low);
  add_double (b, "ci_high", x->ci_high);
}

char *
nrp_survey_result_to_json (const NrpSurveyResult *r, const NrpSurvey *s, gboolean pretty)
{
  g_autoptr (JsonW) b = jw_new (pretty);
  guint ni;

  g_return_val_if_fail (r != NULL && s != NULL, NULL);
  ni = nrp_survey_get_n_items (s);
  jw_begin_object (b);
  add_int (b, "schema_version", 1);
  add_string (b, "nrpnet_version", PACKAGE_VERSION);
  jw_set_member_name (b, "warnings");
  jw_begin_array (b);
  for (guint k = 0; k < nrp_survey_get_n_warnings (s); k++)
    jw_add_string_value (b, nrp_survey_get_warning (s, k));
  jw_end_array (b);
  jw_set_member_name (b, "survey");
  jw_begin_object (b);
  add_int (b, "pre_wave", nrp_survey_result_get_pre_wave (r));
  add_int (b, "post_wave", nrp_survey_result_get_post_wave (r));
  add_double (b, "confidence", nrp_survey_result_get_confidence (r));
  add_int (b, "respondents", nrp_survey_get_n_respondents (s));
  jw_set_member_name (b, "weighted");
  jw_add_boolean_value (b, nrp_survey_is_weighted (s));
  jw_set_member_name (b, "covariates");
  jw_begin_array (b);
  for (guint c = 0; c < nrp_survey_result_get_n_covariates (r); c++)
    jw_add_string_value (b, nrp_survey_result_get_covariate (r, c));
  jw_end_array (b);
  jw_set_member_name (b, "did");
  jw_begin_array (b);
  for (guint k = 0; k < nrp_survey_result_get_n_outcomes (r); k++)
    {
      const NrpSurveyDid *d = nrp_survey_result_get_did (r, k);
      jw_begin_object (b);
      add_string (b, "outcome", d->outcome);
      jw_set_member_name (b, "binary");
      jw_add_boolean_value (b, d->binary);
      add_double (b, "estimate", d->estimate);
      add_double (b, "estimate_points", d->binary ? 100 * d->estimate : NAN);
      if (nrp_survey_result_is_did_suppressed (r, k))
        {
          add_suppressed (b, "n");
          add_suppressed (b, "excluded");
        }
      else
        {
          add_int (b, "n", d->n);
          add_int (b, "excluded", d->excluded);
        }
      add_int (b, "clusters", d->clusters);
      add_int (b, "parameters", d->parameters);
      add_inference (b, "cr1", &d->cr1, TRUE);
      jw_end_object (b);
      add_inference (b, "cr2", &d->cr2, TRUE);
      jw_end_object (b);
      add_inference (b, "wild_bootstrap", &d->wild, FALSE);
      add_int (b, "draws", (gint64) d->wild_draws);
      jw_set_member_name (b, "exact");
      jw_add_boolean_value (b, d->wild_exact);
      add_string (b, "weights", d->wild_weights);
      jw_end_object (b);
      add_inference (b, "randomisation", &d->randomisation, FALSE);
      add_double (b, "p_value_t", d->randomisation_p_t);
      add_int (b, "assignments", (gint64) d->assignments);
      jw_set_member_name (b, "exact");
      jw_add_boolean_value (b, d->randomisation_exact);
      jw_end_object (b);
      jw_end_object (b);
    }
  jw_end_array (b);
  jw_set_member_name (b, "area_waves");
  jw_begin_array (b);
  for (guint c = 0; c < nrp_survey_result_get_n_area_waves (r); c++)
    {
      const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, c);
      jw_begin_object (b);
      add_string (b, "area", x->area_name);
      add_string (b, "arm", nrp_arm_name (x->arm));
      add_int (b, "wave", x->wave);
      if (nrp_survey_result_is_cell_suppressed (r, c))
        {
          /* The cell and all computed from it. */
          add_suppressed (b, "n");
          add_suppressed (b, "weighted_n");
          add_suppressed (b, "effective_n");
          add_suppressed (b, "means");
          add_suppressed (b, "se");
          jw_end_object (b);
          continue;
        }
      add_int (b, "n", x->n);
      add_double (b, "weighted_n", x->weighted_n);
      add_double (b, "effective_n", x->effective_n);
      for (guint pass = 0; pass < 2; pass++)
        {
          jw_set_member_name (b, pass ? "se" : "means");
          jw_begin_object (b);
          for (guint k = 0; k < ni; k++)
            {
              double se, m = nrp_survey_result_get_mean (r, c, k, &se);
              add_double (b, nrp_survey_get_item (s, k), pass ? se : m);
            }
          jw_end_object (b);
        }
      jw_end_object (b);
    }
  jw_end_array (b);
  /* The ego-network measures, one object per respondent and wave (not
   * published when small cells are suppressed). */
  jw_set_member_name (b, "suppress_below");
  if (nrp_survey_result_get_suppress_below (r) > 0)
    jw_add_int_value (b, nrp_survey_result_get_suppress_below (r));
  else
    jw_add_null_value (b);
  if (s->n_items > s->n_file_items && nrp_survey_result_get_suppress_below (r) == 0)
    {
      jw_set_member_name (b, "respondents_measures");
      jw_begin_array (b);
      for (guint row = 0; row < s->n; row++)
        {
          jw_begin_object (b);
          add_string (b, "respondent", s->ids[row]);
          add_int (b, "wave", s->wave[row]);
          add_string (b, "area", s->design->areas[s->area[row]]);
          for (guint k = s->n_file_items; k < s->n_items; k++)
            add_double (b, s->items[k], s->values[(gsize) k * s->n + row]);
          jw_end_object (b);
        }
      jw_end_array (b);
    }
  jw_end_object (b);
  return finish_document (b, pretty);
}

/* ---- Publication tables (small cells suppressed) -------------------------- */

char *
nrp_publication_to_json (const NrpPublication *p, gboolean pretty)
{
  g_autoptr (JsonW) b = jw_new (pretty);
  const char *const *left_out;

  g_return_val_if_fail (p != NULL, NULL);
  jw_begin_object (b);
  add_int (b, "schema_version", 1);
  add_string (b, "nrpnet_version", PACKAGE_VERSION);
  add_int (b, "suppress_below", nrp_publication_get_suppress_below (p));
  jw_set_member_name (b, "tables");
  jw_begin_array (b);
  for (guint t = 0; t < nrp_publication_get_n_tables (p); t++)
    {
      guint n_cols = nrp_publication_get_n_columns (p, t);
      jw_begin_object (b);
      add_string (b, "name", nrp_publication_get_table_name (p, t));
      add_string (b, "title", nrp_publication_get_table_title (p, t));
      jw_set_member_name (b, "columns");
      jw_begin_array (b);
      for (guint c = 0; c < n_cols; c++)
        jw_add_string_value (b, nrp_publication_get_column_label (p, t, c));
      jw_end_array (b);
      jw_set_member_name (b, "rows");
      jw_begin_array (b);
      for (guint r = 0; r < nrp_publication_get_n_rows (p, t); r++)
        {
          jw_begin_object (b);
          add_string (b, "row", nrp_publication_get_row_label (p, t, r));
          jw_set_member_name (b, "values");
          jw_begin_array (b);
          for (guint c = 0; c < n_cols; c++)
            {
              double v;
              switch (nrp_publication_get_cell (p, t, r, c, &v))
                {
                case NRP_CELL_SUPPRESSED:
                case NRP_CELL_HIDDEN:
                  jw_begin_object (b);
                  jw_set_member_name (b, "suppressed");
                  jw_add_boolean_value (b, TRUE);
                  jw_end_object (b);
                  break;
                case NRP_CELL_COUNT:
                  jw_add_int_value (b, (gint64) v);
                  break;
                case NRP_CELL_VALUE:
                  if (isnan (v) || isinf (v))
                    jw_add_null_value (b);
                  else
                    jw_add_double_value (b, v);
                  break;
                case NRP_CELL_EMPTY:
                default:
                  jw_add_null_value (b);
                  break;
                }
            }
          jw_end_array (b);
          jw_end_object (b);
        }
      jw_end_array (b);
      jw_end_object (b);
    }
  jw_end_array (b);
  jw_set_member_name (b, "left_out");
  jw_begin_array (b);
  left_out = nrp_publication_get_left_out (p);
  for (guint i = 0; left_out[i] != NULL; i++)
    jw_add_string_value (b, left_out[i]);
  jw_end_array (b);
  return finish_document (b, pretty);
}
