/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * actors.c: each actor's change between the two waves (degree,
 * betweenness, E-I, brokerage) and the top gainers.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "change/change-private.h"
#include "core/nrp-private.h"

static const char *const actor_measure_names[NRP_ACTOR_N_MEASURES] = {
  "degree", "betweenness", "ei_index", "brokerage",
};

const char *
nrp_actor_measure_name (NrpActorMeasure m)
{
  g_return_val_if_fail ((guint) m < NRP_ACTOR_N_MEASURES, NULL);
  return actor_measure_names[m];
}

gboolean
nrp_change_actor_change (const PairView *pv, const NrpChangeOptions *o, NrpChange *c, GError **error)
{
  const NrpNetwork *net = &pv->net;
  guint n = net->n_actors;
  g_autoptr (NrpSummary) s = nrp_summary_compute (net, error);
  g_autoptr (NrpCentrality) ce = NULL;
  g_autoptr (NrpMixing) mx = NULL;
  g_autoptr (NrpBrokerage) br = NULL;

  if (s == NULL || (ce = nrp_centrality_compute (net, o->weighted, o->threads, error)) == NULL
      || (mx = nrp_mixing_compute (net, 0, 1, error)) == NULL
      || (br = nrp_brokerage_compute (net, error)) == NULL)
    return FALSE;
  for (guint k = 0; k < NRP_ACTOR_N_MEASURES; k++)
    c->actor_values[k] = g_new (double, 2 * (gsize) MAX (n, 1));
  for (guint w = 1; w <= 2; w++)
    {
      const guint *deg = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
      const double *bet = nrp_centrality_get (ce, w, NRP_CENTRALITY_BETWEENNESS);
      const double *ei = nrp_mixing_get_actor_ei (mx, w);
      const double *bro = nrp_brokerage_get_actors (br, w, NRP_BROKER_TOTAL, NRP_BROKER_COUNT);
      gsize base = (gsize) (w - 1) * n;
      for (guint i = 0; i < n; i++)
        {
          gboolean here = nrp_present (net, w, i);
          c->actor_values[NRP_ACTOR_DEGREE][base + i] = here ? deg[i] : NAN;
          c->actor_values[NRP_ACTOR_BETWEENNESS][base + i] = here ? bet[i] : NAN;
          c->actor_values[NRP_ACTOR_EI_INDEX][base + i] = here ? ei[i] : NAN;
          c->actor_values[NRP_ACTOR_BROKERAGE][base + i] = here ? bro[i] : NAN;
        }
    }
  return TRUE;
}

