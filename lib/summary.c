/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * summary.c: the first per-wave measures (see nrpnet/summary.h for each
 * definition) and their JSON report.
 *
 * How a wave is measured: the ties of a wave are sorted by (source,
 * target, type), so the ties of one dyad are adjacent and a single pass
 * counts distinct dyads and degrees. Components and transitivity are
 * measured by igraph on the undirected simple graph among the actors
 * present (vertex ids renumbered densely), built once per wave.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>

#include <json-glib/json-glib.h>

#include "igraph-boundary.h"
#include "nrp-private.h"

struct _NrpSummary {
  guint n_waves;
  guint n_actors;
  NrpWaveSummary *waves;  /* n_waves */
  guint *degree[3];       /* by NrpDegreeMode: n_waves * n_actors each */
};

void
nrp_summary_free (NrpSummary *s)
{
  if (s == NULL)
    return;
  for (guint k = 0; k < 3; k++)
    g_free (s->degree[k]);
  g_free (s->waves);
  g_free (s);
}

static int
edge_cmp (const void *pa, const void *pb)
{
  const guint32 *a = pa, *b = pb;
  if (a[0] != b[0])
    return a[0] < b[0] ? -1 : 1;
  return a[1] < b[1] ? -1 : (a[1] > b[1]);
}

static gboolean
measure_wave (const NrpNetwork *net, guint w, NrpSummary *s, guint *vertex, guint32 *edges,
              GError **error)
{
  const NrpWave *wv = &net->waves[w - 1];
  NrpWaveSummary *ws = &s->waves[w - 1];
  guint *all = s->degree[NRP_DEGREE_ALL] + (gsize) (w - 1) * net->n_actors;
  guint *in = s->degree[NRP_DEGREE_IN] + (gsize) (w - 1) * net->n_actors;
  guint *out = s->degree[NRP_DEGREE_OUT] + (gsize) (w - 1) * net->n_actors;
  guint n = 0;
  gsize m = 0, ties = 0;
  guint64 pairs;

  ws->wave = w;
  for (guint i = 0; i < net->n_actors; i++)
    vertex[i] = nrp_present (net, w, i) ? n++ : G_MAXUINT;
  ws->actors_present = n;

  /* Distinct dyads (relation types collapsed) and degrees. */
  ties = nrp_wave_dyads (net, w, edges);
  for (gsize k = 0; k < ties; k++)
    {
      guint32 src = edges[2 * k], dst = edges[2 * k + 1];
      guint32 a = vertex[src], b = vertex[dst];
      out[src]++;
      in[dst]++;
      if (net->sector[src] == net->sector[dst])
        ws->ties_within_sector++;
      else
        ws->ties_cross_sector++;
      /* Reuse the slot for the igraph edge, in dense vertex ids. */
      edges[2 * k] = MIN (a, b);
      edges[2 * k + 1] = MAX (a, b);
    }
  m = ties;
  for (guint i = 0; i < net->n_actors; i++)
    {
      if (net->directed)
        all[i] = in[i] + out[i];
      else
        {
          all[i] = in[i] + out[i];
          in[i] = out[i] = all[i];
        }
      if (vertex[i] != G_MAXUINT && all[i] == 0)
        ws->isolates++;
      ws->max_degree = MAX (ws->max_degree, all[i]);
      ws->max_in_degree = MAX (ws->max_in_degree, in[i]);
      ws->max_out_degree = MAX (ws->max_out_degree, out[i]);
    }
  ws->ties = (guint) ties;
  ws->ei_index = ties > 0 ? ((double) ws->ties_cross_sector - (double) ws->ties_within_sector)
                              / (double) ties
                          : NAN;

  /* Observed dyads: pairs of present actors less those unobserved. */
  for (guint k = 0; k < wv->n_missing; k++)
    if (vertex[wv->missing[k].source] != G_MAXUINT && vertex[wv->missing[k].target] != G_MAXUINT)
      ws->missing_dyads++;
  pairs = (guint64) n * (n > 0 ? n - 1 : 0);
  if (!net->directed)
    pairs /= 2;
  ws->observed_dyads = pairs - ws->missing_dyads;
  ws->density = ws->observed_dyads > 0 ? (double) ties / (double) ws->observed_dyads : NAN;
  ws->mean_degree = n > 0 ? (net->directed ? 1.0 : 2.0) * (double) ties / n : NAN;

  /* The undirected simple graph: a reciprocated pair once. Each pair met
   * twice here is a mutual dyad. */
  if (net->directed && m > 1)
    {
      gsize u = 0;
      qsort (edges, m, 2 * sizeof (guint32), edge_cmp);
      for (gsize k = 0; k < m; k++)
        if (u == 0 || edges[2 * k] != edges[2 * (u - 1)]
            || edges[2 * k + 1] != edges[2 * (u - 1) + 1])
          {
            edges[2 * u] = edges[2 * k];
            edges[2 * u + 1] = edges[2 * k + 1];
            u++;
          }
      ws->mutual_dyads = (guint) (m - u);
      m = u;
    }
  if (!nrp_ig_components_transitivity (n, edges, m, &ws->components, &ws->largest_component,
                                       &ws->transitivity, error))
    return FALSE;
  ws->largest_component_share = n > 0 ? (double) ws->largest_component / n : NAN;
  return TRUE;
}

NrpSummary *
nrp_summary_compute (const NrpNetwork *net, GError **error)
{
  g_autoptr (NrpSummary) s = NULL;
  g_autofree guint *vertex = NULL;
  g_autofree guint32 *edges = NULL;
  guint max_ties = 1;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  s = g_new0 (NrpSummary, 1);
  s->n_waves = net->n_waves;
  s->n_actors = net->n_actors;
  s->waves = g_new0 (NrpWaveSummary, net->n_waves);
  for (guint k = 0; k < 3; k++)
    s->degree[k] = g_new0 (guint, MAX ((gsize) net->n_waves * net->n_actors, 1));
  for (guint w = 0; w < net->n_waves; w++)
    max_ties = MAX (max_ties, net->waves[w].n_ties);
  vertex = g_new (guint, MAX (net->n_actors, 1));
  edges = g_new (guint32, 2 * (gsize) max_ties);

  for (guint w = 1; w <= net->n_waves; w++)
    if (!measure_wave (net, w, s, vertex, edges, error))
      return NULL;
  return g_steal_pointer (&s);
}

guint
nrp_summary_n_waves (const NrpSummary *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n_waves;
}

const NrpWaveSummary *
nrp_summary_get_wave (const NrpSummary *s, guint wave)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= s->n_waves, NULL);
  return &s->waves[wave - 1];
}

const guint *
nrp_summary_get_degrees (const NrpSummary *s, guint wave, NrpDegreeMode mode)
{
  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= s->n_waves, NULL);
  g_return_val_if_fail (mode <= NRP_DEGREE_OUT, NULL);
  return s->degree[mode] + (gsize) (wave - 1) * s->n_actors;
}

/* ---- JSON --------------------------------------------------------------- */

/* A number, or null when it is undefined (NaN). */
static void
add_double (JsonBuilder *b, const char *name, double v)
{
  json_builder_set_member_name (b, name);
  if (isnan (v) || isinf (v))
    json_builder_add_null_value (b);
  else
    json_builder_add_double_value (b, v);
}

static void
add_int (JsonBuilder *b, const char *name, gint64 v)
{
  json_builder_set_member_name (b, name);
  json_builder_add_int_value (b, v);
}

static void
add_string (JsonBuilder *b, const char *name, const char *v)
{
  json_builder_set_member_name (b, name);
  if (v == NULL)
    json_builder_add_null_value (b);
  else
    json_builder_add_string_value (b, v);
}

static void
add_sectors (JsonBuilder *b, const NrpNetwork *net)
{
  json_builder_set_member_name (b, "sectors");
  json_builder_begin_array (b);
  for (guint k = 0; k < net->n_sectors; k++)
    {
      gint power;
      json_builder_begin_object (b);
      add_string (b, "sector", nrp_network_sector_name (net, k));
      add_string (b, "label", nrp_network_sector_label (net, k));
      json_builder_set_member_name (b, "power");
      if (nrp_network_sector_power (net, k, &power))
        json_builder_add_int_value (b, power);
      else
        json_builder_add_null_value (b);
      add_int (b, "actors", net->sectors[k].size);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_double_array (JsonBuilder *b, const double *v, guint n)
{
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    if (isnan (v[i]) || isinf (v[i]))
      json_builder_add_null_value (b);
    else
      json_builder_add_double_value (b, v[i]);
  json_builder_end_array (b);
}

/* The cross-sector members of a wave object (nrpnet/mixing.h). */
static void
add_mixing (JsonBuilder *b, const NrpMixing *mx, const NrpNetwork *net, guint w)
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

  json_builder_set_member_name (b, "mixing_matrix");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "sectors");
  json_builder_begin_array (b);
  for (guint k = 0; k < ns; k++)
    json_builder_add_string_value (b, net->sectors[k].name);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "counts");
  json_builder_begin_array (b);
  for (guint r = 0; r < ns; r++)
    {
      json_builder_begin_array (b);
      for (guint c = 0; c < ns; c++)
        json_builder_add_int_value (b, counts[(gsize) r * ns + c]);
      json_builder_end_array (b);
    }
  json_builder_end_array (b);
  json_builder_set_member_name (b, "densities");
  json_builder_begin_array (b);
  for (guint r = 0; r < ns; r++)
    add_double_array (b, dens + (gsize) r * ns, ns);
  json_builder_end_array (b);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "sector_ei");
  json_builder_begin_array (b);
  for (guint k = 0; k < ns; k++)
    {
      json_builder_begin_object (b);
      add_string (b, "sector", net->sectors[k].name);
      add_double (b, "ei_index", once[k]);
      add_double (b, "ei_index_rowsum", rows[k]);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

static void
add_wave (JsonBuilder *b, const NrpSummary *s, const NrpMixing *mx, const NrpNetwork *net,
          guint w)
{
  const double *actor_ei = mx ? nrp_mixing_get_actor_ei (mx, w) : NULL;
  const double *blau = mx ? nrp_mixing_get_blau (mx, w) : NULL;
  const double *iqv = mx ? nrp_mixing_get_iqv (mx, w) : NULL;
  const guint *reach = mx ? nrp_mixing_get_sector_reach (mx, w) : NULL;
  const NrpWaveSummary *ws = &s->waves[w - 1];
  const guint *all = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
  const guint *in = nrp_summary_get_degrees (s, w, NRP_DEGREE_IN);
  const guint *out = nrp_summary_get_degrees (s, w, NRP_DEGREE_OUT);

  json_builder_begin_object (b);
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
  json_builder_set_member_name (b, "mutual_dyads");
  if (net->directed)
    json_builder_add_int_value (b, ws->mutual_dyads);
  else
    json_builder_add_null_value (b);
  add_int (b, "ties_within_sector", ws->ties_within_sector);
  add_int (b, "ties_cross_sector", ws->ties_cross_sector);
  add_double (b, "ei_index", ws->ei_index);
  add_int (b, "max_degree", ws->max_degree);
  add_int (b, "max_in_degree", ws->max_in_degree);
  add_int (b, "max_out_degree", ws->max_out_degree);
  if (mx != NULL)
    add_mixing (b, mx, net, w);
  json_builder_set_member_name (b, "actors");
  json_builder_begin_array (b);
  for (guint i = 0; i < net->n_actors; i++)
    {
      if (!nrp_present (net, w, i))
        continue;
      json_builder_begin_object (b);
      add_string (b, "id", net->ids[i]);
      add_string (b, "sector", net->sectors[net->sector[i]].name);
      add_string (b, "area", net->area[i]);
      add_int (b, "degree", all[i]);
      add_int (b, "in_degree", in[i]);
      add_int (b, "out_degree", out[i]);
      if (mx != NULL)
        {
          add_double (b, "ei_index", actor_ei[i]);
          add_double (b, "blau", blau[i]);
          add_double (b, "iqv", iqv[i]);
          add_int (b, "sector_reach", reach[i]);
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
}

char *
nrp_summary_to_json (const NrpSummary *s, const NrpNetwork *net, gboolean pretty)
{
  return nrp_report_to_json (s, NULL, net, pretty);
}

char *
nrp_report_to_json (const NrpSummary *s, const NrpMixing *mx, const NrpNetwork *net,
                    gboolean pretty)
{
  g_autoptr (JsonBuilder) b = NULL;
  g_autoptr (JsonGenerator) gen = NULL;
  g_autoptr (JsonNode) root = NULL;

  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (s->n_actors == net->n_actors && s->n_waves == net->n_waves, NULL);
  g_return_val_if_fail (mx == NULL || (nrp_mixing_n_waves (mx) == net->n_waves
                                       && nrp_mixing_n_sectors (mx) == net->n_sectors),
                        NULL);

  b = json_builder_new ();
  json_builder_begin_object (b);
  add_int (b, "schema_version", 1);
  add_string (b, "nrpnet_version", PACKAGE_VERSION);
  json_builder_set_member_name (b, "directed");
  json_builder_add_boolean_value (b, net->directed);
  add_int (b, "actors_total", net->n_actors);
  add_int (b, "merged_duplicates", net->n_merged);
  add_sectors (b, net);
  json_builder_set_member_name (b, "waves");
  json_builder_begin_array (b);
  for (guint w = 1; w <= s->n_waves; w++)
    add_wave (b, s, mx, net, w);
  json_builder_end_array (b);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  gen = json_generator_new ();
  json_generator_set_pretty (gen, pretty);
  json_generator_set_indent (gen, 2);
  json_generator_set_root (gen, root);
  return json_generator_to_data (gen, NULL);
}
