/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * communities.c: Leiden and multilevel communities per wave (see
 * nrpnet/communities.h); igraph does the work through the boundary module.
 */
#include "config.h"

#include <math.h>

#include "igraph/boundary.h"
#include "core/nrp-private.h"

typedef struct {
  gint *membership[2];  /* n_actors each, -1 when absent */
  guint count[2];
  double modularity[2];
  double nmi[2];
} WaveCommunities;

struct _NrpCommunities {
  guint n_waves;
  guint n_actors;
  WaveCommunities *waves;
};

static const char *const method_names[] = { "leiden", "multilevel" };

const char *
nrp_community_method_name (NrpCommunityMethod method)
{
  g_return_val_if_fail ((guint) method < 2, NULL);
  return method_names[method];
}

void
nrp_communities_free (NrpCommunities *c)
{
  if (c == NULL)
    return;
  for (guint w = 0; w < c->n_waves; w++)
    {
      g_free (c->waves[w].membership[0]);
      g_free (c->waves[w].membership[1]);
    }
  g_free (c->waves);
  g_free (c);
}

static gboolean
measure_wave (const NrpNetwork *net, guint w, gboolean weighted, guint64 seed,
              guint iterations, WaveCommunities *x, GError **error)
{
  guint n_all = net->n_actors, n = 0;
  const NrpWave *wv = &net->waves[w - 1];
  g_autofree guint *vertex = g_new (guint, MAX (n_all, 1));
  g_autofree gint *sector = g_new (gint, MAX (n_all, 1));
  g_autofree guint32 *edges = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
  g_autofree double *weight = g_new (double, MAX (wv->n_ties, 1));
  gint *memb[2] = { NULL, NULL };
  gboolean ok = TRUE;
  gsize m = 0;

  for (guint i = 0; i < n_all; i++)
    if (nrp_present (net, w, i))
      {
        sector[n] = (gint) net->sector[i];
        vertex[i] = n++;
      }
    else
      vertex[i] = G_MAXUINT;
  /* The undirected simple graph: one edge per pair, weights summed over
   * relation types and both directions. */
  {
    g_autoptr (GHashTable) seen = g_hash_table_new (g_int64_hash, g_int64_equal);
    g_autofree gint64 *keys = g_new (gint64, MAX (wv->n_ties, 1));
    for (guint k = 0; k < wv->n_ties; k++)
      {
        const NrpTie *t = &wv->ties[k];
        guint a = MIN (vertex[t->source], vertex[t->target]);
        guint b = MAX (vertex[t->source], vertex[t->target]);
        gpointer found;
        keys[k] = (gint64) a * n_all + b;
        found = g_hash_table_lookup (seen, &keys[k]);
        if (found != NULL)
          {
            weight[GPOINTER_TO_UINT (found) - 1] += t->weight;
            continue;
          }
        g_hash_table_insert (seen, &keys[k], GUINT_TO_POINTER (m + 1));
        edges[2 * m] = a;
        edges[2 * m + 1] = b;
        weight[m] = t->weight;
        m++;
      }
  }

  x->modularity[0] = x->modularity[1] = NAN;
  x->nmi[0] = x->nmi[1] = NAN;
  memb[0] = g_new (gint, MAX (n, 1));
  memb[1] = g_new (gint, MAX (n, 1));
  if (n > 0 && m > 0)
    ok = nrp_ig_communities (n, edges, m, weighted ? weight : NULL, sector, seed, iterations,
                             memb[0], memb[1], x->modularity, x->nmi, error);
  else
    for (guint v = 0; v < n; v++)
      memb[0][v] = memb[1][v] = (gint) v; /* no tie: every actor alone */

  for (guint k = 0; k < 2 && ok; k++)
    {
      x->membership[k] = g_new (gint, MAX (n_all, 1));
      x->count[k] = 0;
      for (guint i = 0; i < n_all; i++)
        {
          x->membership[k][i] = vertex[i] == G_MAXUINT ? -1 : memb[k][vertex[i]];
          if (x->membership[k][i] >= 0)
            x->count[k] = MAX (x->count[k], (guint) x->membership[k][i] + 1);
        }
    }
  g_free (memb[0]);
  g_free (memb[1]);
  return ok;
}

NrpCommunities *
nrp_communities_compute (const NrpNetwork *net, gboolean weighted, guint64 seed,
                         guint iterations, GError **error)
{
  g_autoptr (NrpCommunities) c = NULL;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (iterations >= 1, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  c = g_new0 (NrpCommunities, 1);
  c->n_waves = net->n_waves;
  c->n_actors = net->n_actors;
  c->waves = g_new0 (WaveCommunities, MAX (net->n_waves, 1));
  for (guint w = 1; w <= net->n_waves; w++)
    if (!measure_wave (net, w, weighted, seed, iterations, &c->waves[w - 1], error))
      return NULL;
  return g_steal_pointer (&c);
}

#define WAVE_OR(c, wave, method, fail)                                 \
  g_return_val_if_fail ((c) != NULL, fail);                            \
  g_return_val_if_fail ((wave) >= 1 && (wave) <= (c)->n_waves, fail); \
  g_return_val_if_fail ((guint) (method) < 2, fail);                   \
  const WaveCommunities *x = &(c)->waves[(wave) - 1]

const gint *
nrp_communities_get_membership (const NrpCommunities *c, guint wave, NrpCommunityMethod method)
{
  WAVE_OR (c, wave, method, NULL);
  return x->membership[method];
}

guint
nrp_communities_get_count (const NrpCommunities *c, guint wave, NrpCommunityMethod method)
{
  WAVE_OR (c, wave, method, 0);
  return x->count[method];
}

double
nrp_communities_get_modularity (const NrpCommunities *c, guint wave, NrpCommunityMethod method)
{
  WAVE_OR (c, wave, method, NAN);
  return x->modularity[method];
}

double
nrp_communities_get_nmi (const NrpCommunities *c, guint wave, NrpCommunityMethod method)
{
  WAVE_OR (c, wave, method, NAN);
  return x->nmi[method];
}
