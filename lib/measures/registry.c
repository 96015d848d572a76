/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * registry.c: the whole-network measures by name (see nrpnet/measures.h).
 *
 * One table names every measure, says where it comes from and how to read
 * it from that source's result; nrp_measures_compute() runs each source
 * the chosen measures need once (the mixing without its permutation test,
 * the centralization without the other centralities).
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"

typedef enum {
  F_ACTORS, F_TIES, F_DENSITY, F_MEAN_DEGREE, F_COMPONENTS, F_LARGEST_SHARE, F_ISOLATES,
  F_TRANSITIVITY, F_MUTUAL, F_WITHIN, F_CROSS, F_SHARE_CROSS, F_EI, F_MAX_DEGREE,
  F_BONDING, F_BRIDGING, F_LINKING, F_SHARE_BONDING, F_SHARE_BRIDGING, F_SHARE_LINKING,
  F_EI_EXPECTED, F_ASSORTATIVITY, F_MODULARITY,
  F_C_DEGREE, F_C_BETWEENNESS, F_C_CLOSENESS,
  F_BROKERAGE  /* + role */
} Field;

typedef struct {
  const char *name;
  NrpMeasureSource source;
  Field field;
  guint role;          /* F_BROKERAGE: the NrpBrokerRole */
  gboolean sectoral;   /* changes when sectors are shuffled */
  const char *description;
} MeasureDef;


static const MeasureDef defs[] = {
  { "actors_present", NRP_MEASURE_SUMMARY, F_ACTORS, 0, FALSE, "actors present at the wave" },
  { "ties", NRP_MEASURE_SUMMARY, F_TIES, 0, FALSE, "distinct tied dyads" },
  { "density", NRP_MEASURE_SUMMARY, F_DENSITY, 0, FALSE, "ties / observed dyads" },
  { "mean_degree", NRP_MEASURE_SUMMARY, F_MEAN_DEGREE, 0, FALSE, "mean degree of the actors present" },
  { "components", NRP_MEASURE_SUMMARY, F_COMPONENTS, 0, FALSE, "weak components" },
  { "largest_component_share", NRP_MEASURE_SUMMARY, F_LARGEST_SHARE, 0, FALSE,
    "share of actors in the largest component" },
  { "isolates", NRP_MEASURE_SUMMARY, F_ISOLATES, 0, FALSE, "actors with no tie" },
  { "transitivity", NRP_MEASURE_SUMMARY, F_TRANSITIVITY, 0, FALSE, "global clustering coefficient" },
  { "mutual_dyads", NRP_MEASURE_SUMMARY, F_MUTUAL, 0, FALSE,
    "pairs tied both ways (directed data; NaN when undirected)" },
  { "ties_within_sector", NRP_MEASURE_MIXING, F_WITHIN, 0, TRUE, "ties inside one sector (I)" },
  { "ties_cross_sector", NRP_MEASURE_MIXING, F_CROSS, 0, TRUE, "ties between sectors (E)" },
  { "share_cross_sector", NRP_MEASURE_MIXING, F_SHARE_CROSS, 0, TRUE,
    "share of ties between sectors, E / (E + I)" },
  { "ei_index", NRP_MEASURE_MIXING, F_EI, 0, TRUE, "E-I index (E - I) / (E + I)" },
  { "max_degree", NRP_MEASURE_SUMMARY, F_MAX_DEGREE, 0, FALSE, "highest degree" },
  { "ties_bonding", NRP_MEASURE_MIXING, F_BONDING, 0, TRUE, "ties within a sector" },
  { "ties_bridging", NRP_MEASURE_MIXING, F_BRIDGING, 0, TRUE,
    "ties between sectors of the same power" },
  { "ties_linking", NRP_MEASURE_MIXING, F_LINKING, 0, TRUE, "ties between different power" },
  { "share_bonding", NRP_MEASURE_MIXING, F_SHARE_BONDING, 0, TRUE, "bonding ties / ties" },
  { "share_bridging", NRP_MEASURE_MIXING, F_SHARE_BRIDGING, 0, TRUE, "bridging ties / ties" },
  { "share_linking", NRP_MEASURE_MIXING, F_SHARE_LINKING, 0, TRUE, "linking ties / ties" },
  { "ei_index_expected", NRP_MEASURE_MIXING, F_EI_EXPECTED, 0, FALSE,
    "E-I expected under random mixing given the sector sizes" },
  { "assortativity", NRP_MEASURE_MIXING, F_ASSORTATIVITY, 0, TRUE,
    "nominal assortativity by sector (Newman)" },
  { "sector_modularity", NRP_MEASURE_MIXING, F_MODULARITY, 0, TRUE,
    "modularity of the sector partition" },
  { "centralization.degree", NRP_MEASURE_CENTRALITY, F_C_DEGREE, 0, FALSE,
    "Freeman degree centralization" },
  { "centralization.betweenness", NRP_MEASURE_PATHS, F_C_BETWEENNESS, 0, FALSE,
    "Freeman betweenness centralization" },
  { "centralization.closeness", NRP_MEASURE_PATHS, F_C_CLOSENESS, 0, FALSE,
    "Freeman closeness centralization" },
  { "brokerage.coordinator", NRP_MEASURE_BROKERAGE, F_BROKERAGE, NRP_BROKER_COORDINATOR, TRUE,
    "coordinator brokerage (Gould-Fernandez)" },
  { "brokerage.itinerant", NRP_MEASURE_BROKERAGE, F_BROKERAGE, NRP_BROKER_ITINERANT, TRUE,
    "itinerant brokerage" },
  { "brokerage.representative", NRP_MEASURE_BROKERAGE, F_BROKERAGE, NRP_BROKER_REPRESENTATIVE,
    TRUE, "representative brokerage" },
  { "brokerage.gatekeeper", NRP_MEASURE_BROKERAGE, F_BROKERAGE, NRP_BROKER_GATEKEEPER, TRUE,
    "gatekeeper brokerage" },
  { "brokerage.liaison", NRP_MEASURE_BROKERAGE, F_BROKERAGE, NRP_BROKER_LIAISON, TRUE,
    "liaison brokerage" },
  { "brokerage.total", NRP_MEASURE_BROKERAGE, F_BROKERAGE, NRP_BROKER_TOTAL, FALSE,
    "open two-paths brokered, all roles" },
};

#define N_DEFS G_N_ELEMENTS (defs)

guint
nrp_measure_count (void)
{
  return N_DEFS;
}

const char *
nrp_measure_name (guint measure)
{
  g_return_val_if_fail (measure < N_DEFS, NULL);
  return defs[measure].name;
}

const char *
nrp_measure_description (guint measure)
{
  g_return_val_if_fail (measure < N_DEFS, NULL);
  return defs[measure].description;
}

NrpMeasureSource
nrp_measure_source (guint measure)
{
  g_return_val_if_fail (measure < N_DEFS, NRP_MEASURE_SUMMARY);
  return defs[measure].source;
}

gboolean
nrp_measure_depends_on_sectors (guint measure)
{
  g_return_val_if_fail (measure < N_DEFS, FALSE);
  return defs[measure].sectoral;
}

gboolean
nrp_measure_is_count (guint measure)
{
  g_return_val_if_fail (measure < N_DEFS, FALSE);
  /* The fields that count something: whole numbers. */
  switch (defs[measure].field)
    {
    case F_ACTORS: case F_TIES: case F_COMPONENTS: case F_ISOLATES: case F_MUTUAL:
    case F_WITHIN: case F_CROSS: case F_MAX_DEGREE: case F_BONDING: case F_BRIDGING:
    case F_LINKING: case F_BROKERAGE:
      return TRUE;
    default:
      return FALSE;
    }
}

gboolean
nrp_measure_is_costly (guint measure)
{
  g_return_val_if_fail (measure < N_DEFS, FALSE);
  return defs[measure].source == NRP_MEASURE_PATHS;
}

gboolean
nrp_measure_find (const char *name, guint *measure)
{
  g_return_val_if_fail (name != NULL, FALSE);
  for (guint k = 0; k < N_DEFS; k++)
    if (strcmp (defs[k].name, name) == 0)
      {
        if (measure != NULL)
          *measure = k;
        return TRUE;
      }
  return FALSE;
}

guint *
nrp_measure_parse_list (const char *list, guint *n_measures, GError **error)
{
  g_auto (GStrv) parts = NULL;
  g_autofree guint *out = NULL;
  guint n = 0;

  g_return_val_if_fail (list != NULL, NULL);
  g_return_val_if_fail (n_measures != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  parts = g_strsplit (list, ",", -1);
  out = g_new (guint, g_strv_length (parts) + 1);
  for (guint p = 0; parts[p] != NULL; p++)
    {
      char *name = g_strstrip (parts[p]);
      guint k;
      if (strcmp (name, "all") == 0 && parts[1] == NULL)
        {
          g_free (out);
          out = g_new (guint, N_DEFS);
          for (k = 0; k < N_DEFS; k++)
            out[k] = k;
          *n_measures = N_DEFS;
          return g_steal_pointer (&out);
        }
      if (!nrp_measure_find (name, &k))
        {
          nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                            "unknown measure '%.80s' (nrpnet measures lists them)", name);
          return NULL;
        }
      for (guint q = 0; q < n; q++)
        if (out[q] == k)
          {
            nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                              "measure '%s' is listed twice", name);
            return NULL;
          }
      out[n++] = k;
    }
  if (n == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0, "no measure given");
      return NULL;
    }
  *n_measures = n;
  return g_steal_pointer (&out);
}

static double
from_summary (const NrpWaveSummary *ws, gboolean directed, Field f)
{
  switch (f)
    {
    case F_ACTORS: return ws->actors_present;
    case F_TIES: return ws->ties;
    case F_DENSITY: return ws->density;
    case F_MEAN_DEGREE: return ws->mean_degree;
    case F_COMPONENTS: return ws->components;
    case F_LARGEST_SHARE: return ws->largest_component_share;
    case F_ISOLATES: return ws->isolates;
    case F_TRANSITIVITY: return ws->transitivity;
    case F_MUTUAL: return directed ? (double) ws->mutual_dyads : NAN;
    case F_MAX_DEGREE: return ws->max_degree;
    default: g_return_val_if_reached (NAN);
    }
}

static double
from_mixing (const NrpMixingWave *x, Field f)
{
  switch (f)
    {
    /* The summary has these too, but the summary also runs igraph for
     * components and transitivity: from the mixing, a label permutation
     * (nrpnet/change.h) needs no summary at all. Same counts, same value. */
    case F_WITHIN: return x->ties_bonding;
    case F_CROSS: return x->ties_bridging + x->ties_linking;
    case F_SHARE_CROSS:
      {
        guint cross = x->ties_bridging + x->ties_linking, all = cross + x->ties_bonding;
        return all > 0 ? (double) cross / all : NAN;
      }
    case F_EI: return x->ei_index;
    case F_BONDING: return x->ties_bonding;
    case F_BRIDGING: return x->ties_bridging;
    case F_LINKING: return x->ties_linking;
    case F_SHARE_BONDING: return x->share_bonding;
    case F_SHARE_BRIDGING: return x->share_bridging;
    case F_SHARE_LINKING: return x->share_linking;
    case F_EI_EXPECTED: return x->ei_index_expected;
    case F_ASSORTATIVITY: return x->assortativity;
    case F_MODULARITY: return x->sector_modularity;
    default: g_return_val_if_reached (NAN);
    }
}

static double
from_centralization (const NrpCentralityWave *cw, Field f)
{
  switch (f)
    {
    case F_C_DEGREE: return cw->centralization_degree;
    case F_C_BETWEENNESS: return cw->centralization_betweenness;
    case F_C_CLOSENESS: return cw->centralization_closeness;
    default: g_return_val_if_reached (NAN);
    }
}

gboolean
nrp_measures_compute (const NrpNetwork *net, const guint *measures, guint n_measures,
                      double *values, GError **error)
{
  return nrp_measures_compute_threads (net, measures, n_measures, 0, values, error);
}

gboolean
nrp_measures_compute_threads (const NrpNetwork *net, const guint *measures, guint n_measures,
                              guint threads, double *values, GError **error)
{
  gboolean need[NRP_MEASURE_PATHS + 1] = { FALSE };
  guint paths = 0;
  g_autoptr (NrpSummary) s = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autofree double *broker = NULL;
  g_autofree NrpCentralityWave *cw = NULL;

  g_return_val_if_fail (net != NULL, FALSE);
  g_return_val_if_fail (measures != NULL || n_measures == 0, FALSE);
  g_return_val_if_fail (values != NULL || n_measures == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  for (guint k = 0; k < n_measures; k++)
    {
      g_return_val_if_fail (measures[k] < N_DEFS, FALSE);
      need[defs[measures[k]].source] = TRUE;
      if (defs[measures[k]].field == F_C_BETWEENNESS)
        paths |= NRP_CENTRALIZATION_BETWEENNESS;
      if (defs[measures[k]].field == F_C_CLOSENESS)
        paths |= NRP_CENTRALIZATION_CLOSENESS;
    }

  if (need[NRP_MEASURE_SUMMARY] && (s = nrp_summary_compute (net, error)) == NULL)
    return FALSE;
  if (need[NRP_MEASURE_MIXING] && (mx = nrp_mixing_compute_whole (net, error)) == NULL)
    return FALSE;
  if (need[NRP_MEASURE_BROKERAGE])
    {
      broker = g_new (double, (gsize) MAX (net->n_waves, 1) * NRP_BROKER_N_ROLES);
      for (guint w = 1; w <= net->n_waves; w++)
        nrp_brokerage_network_counts (net, w, broker + (gsize) (w - 1) * NRP_BROKER_N_ROLES);
    }
  if (need[NRP_MEASURE_CENTRALITY] || need[NRP_MEASURE_PATHS])
    {
      cw = g_new0 (NrpCentralityWave, MAX (net->n_waves, 1));
      for (guint w = 1; w <= net->n_waves; w++)
        if (!nrp_centralization_compute (net, w, threads, paths, &cw[w - 1], error))
          return FALSE;
    }

  for (guint w = 1; w <= net->n_waves; w++)
    for (guint k = 0; k < n_measures; k++)
      {
        const MeasureDef *d = &defs[measures[k]];
        double v = NAN;
        switch (d->source)
          {
          case NRP_MEASURE_SUMMARY:
            v = from_summary (nrp_summary_get_wave (s, w), net->directed, d->field);
            break;
          case NRP_MEASURE_MIXING:
            v = from_mixing (nrp_mixing_get_wave (mx, w), d->field);
            break;
          case NRP_MEASURE_CENTRALITY:
          case NRP_MEASURE_PATHS:
            v = from_centralization (&cw[w - 1], d->field);
            break;
          case NRP_MEASURE_BROKERAGE:
            v = broker[(gsize) (w - 1) * NRP_BROKER_N_ROLES + d->role];
            break;
          }
        values[(gsize) (w - 1) * n_measures + k] = v;
      }
  return TRUE;
}
