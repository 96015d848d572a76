/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * brokerage.c: Gould-Fernandez brokerage (see nrpnet/brokerage.h).
 *
 * Counting: for each broker v, each in-neighbour a and out-neighbour b
 * (a != b) with no arc a -> b is an open two-path. They are counted by
 * sector, not one by one (see measure_wave()).
 *
 * Expectations (Gould and Fernandez 1989, as R's sna implements them).
 * Under a Bernoulli graph of density d an ordered triple (a, v, b) is an
 * open two-path with probability p = d^2 (1 - d). Write n_i for the size of
 * sector i, N for the actors present, q = d^3 (1 - d)^3,
 * r4 = d^4 (1 - d)^2, r5 = d^5 (1 - d), and C(x, 2) = x (x - 1) / 2.
 * For an actor of sector i, the expected count E and variance V of each
 * role are
 *   coordinator:    E = p (n_i-1)(n_i-2),
 *                   V = E (1-p) + 2 (n_i-1)(n_i-2)(n_i-3) q
 *   itinerant:      E = p sum_{j!=i} n_j (n_j-1),
 *                   V = E (1-p) + 2 sum_{j!=i} n_j (n_j-1)(n_j-2) q
 *   gatekeeper and  E = p (N-n_i)(n_i-1),
 *   representative: V = E (1-p) + 2 [(n_i-1) C(N-n_i, 2) + (N-n_i) C(n_i-1, 2)] q
 *   liaison:        E = p [(sum_{j!=i} n_j)^2 - sum_{j!=i} n_j^2],
 *                   V = E (1-p) + 4 sum_{j!=i} n_j C(N-n_j-n_i, 2) q
 *   total:          E = p (N-1)(N-2),  V = E (1-p) + 2 (N-1)(N-2)(N-3) q
 * and for the whole network (sums over sectors x, y, z)
 *   coordinator:    E = p sum n_x (n_x-1)(n_x-2),
 *                   V = E (1-p) + sum n_x (n_x-1)(n_x-2) [(4 n_x - 10) q
 *                       - 4 (n_x-3) r4 + (n_x-3) r5]
 *   itinerant:      E = p sum n_x (N-n_x)(n_x-1),
 *                   V = E (1-p) + sum_{x,y} n_x n_y (n_x-1) [(2 n_x + 2 n_y - 6) q
 *                       + (N-n_x-1) r5] - sum_x n_x^2 (n_x-1) [(4 n_x - 6) q
 *                       + (N-n_x-1) r5]
 *   gatekeeper and  E = p sum n_x (N-n_x)(n_x-1),
 *   representative: V = E (1-p) + sum n_x (N-n_x)(n_x-1) [(N-3) q + (n_x-2) r5]
 *   liaison:        E = p [sum_{x,y} n_x n_y (N-n_x-n_y) - sum_x n_x^2 (N-2 n_x)],
 *                   V = E (1-p) + sum over distinct x, y, z of n_x n_y n_z
 *                       [(4 (N-n_y) - 2 (n_x+n_z+1)) q
 *                        - (4 (N-n_z) - 2 (n_x+n_y+1)) r4 + (N-(n_x+n_z+1)) r5]
 *   total:          E = p N (N-1)(N-2),
 *                   V = E (1-p) + N (N-1)(N-2) [(4N-10) q - 4 (N-3) r4 + (N-3) r5]
 * These are the formulas of sna::brokerage (2.7); the tests hold nrpnet to
 * its output on the shared and random networks.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/nrp-private.h"

#define N_STATS 4

struct _NrpBrokerage {
  guint n_waves;
  guint n_actors;
  double *network;  /* [((w-1) * ROLES + role) * N_STATS + stat] */
  double *actors;   /* [(((w-1) * ROLES + role) * N_STATS + stat) * n_actors + actor] */
};

static const char *const role_names[NRP_BROKER_N_ROLES] = {
  "coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total",
};

const char *
nrp_broker_role_name (NrpBrokerRole role)
{
  g_return_val_if_fail ((guint) role < NRP_BROKER_N_ROLES, NULL);
  return role_names[role];
}

void
nrp_brokerage_free (NrpBrokerage *b)
{
  if (b == NULL)
    return;
  g_free (b->network);
  g_free (b->actors);
  g_free (b);
}

static double *
actor_slot (NrpBrokerage *b, guint w, guint role, guint stat)
{
  return b->actors + (((gsize) (w - 1) * NRP_BROKER_N_ROLES + role) * N_STATS + stat) * b->n_actors;
}

static double *
network_slot (NrpBrokerage *b, guint w, guint role)
{
  return b->network + ((gsize) (w - 1) * NRP_BROKER_N_ROLES + role) * N_STATS;
}

static double
choose2 (double x)
{
  return x * (x - 1) / 2;
}

static double
zscore (double raw, double e, double v)
{
  return v > 0 ? (raw - e) / sqrt (v) : NAN;
}

/*
 * Expected counts and variances for an actor of sector i (E[role], V[role]).
 *
 * Why these formulas: the z-scores compare each count with what a
 * Bernoulli graph of the observed density d would give to the same sector
 * sizes (Gould and Fernandez 1989, as R's sna::brokerage computes them, which
 * tests/test-brokerage.c checks). A two-path a -> v -> c is open with probability
 * p = d^2 (1 - d): the expected count is p times the number of (a, c) pairs
 * of the role. The counts of different paths are not independent: two
 * paths through the broker with a common end share an arc, so the variance
 * is the binomial one,
 * E (1 - p), plus covariance terms for the overlapping pairs of paths,
 * which Gould and Fernandez give in powers of d and 1 - d (q = d^3 (1 - d)^3
 * here; the second terms below count the overlapping pairs of each role).
 * Without them the z-scores of a dense network come out far too large.
 */
static void
actor_expectations (const double *n, guint s, guint i, double N, double d, double *E, double *V)
{
  double p = d * d * (1 - d), q = pow (d, 3) * pow (1 - d, 3);
  double ni = n[i], sum_other = 0, sum_sq_other = 0, itin = 0, itin_v = 0, liaison_v = 0;

  for (guint j = 0; j < s; j++)
    if (j != i)
      {
        sum_other += n[j];
        sum_sq_other += n[j] * n[j];
        itin += n[j] * (n[j] - 1);
        itin_v += n[j] * (n[j] - 1) * (n[j] - 2);
        liaison_v += n[j] * choose2 (N - n[j] - ni);
      }
  E[NRP_BROKER_COORDINATOR] = p * (ni - 1) * (ni - 2);
  V[NRP_BROKER_COORDINATOR]
    = E[NRP_BROKER_COORDINATOR] * (1 - p) + 2 * (ni - 1) * (ni - 2) * (ni - 3) * q;
  E[NRP_BROKER_ITINERANT] = p * itin;
  V[NRP_BROKER_ITINERANT] = E[NRP_BROKER_ITINERANT] * (1 - p) + 2 * itin_v * q;
  E[NRP_BROKER_GATEKEEPER] = p * (N - ni) * (ni - 1);
  V[NRP_BROKER_GATEKEEPER]
    = E[NRP_BROKER_GATEKEEPER] * (1 - p)
      + 2 * ((ni - 1) * choose2 (N - ni) + (N - ni) * choose2 (ni - 1)) * q;
  E[NRP_BROKER_REPRESENTATIVE] = E[NRP_BROKER_GATEKEEPER];
  V[NRP_BROKER_REPRESENTATIVE] = V[NRP_BROKER_GATEKEEPER];
  E[NRP_BROKER_LIAISON] = p * (sum_other * sum_other - sum_sq_other);
  V[NRP_BROKER_LIAISON] = E[NRP_BROKER_LIAISON] * (1 - p) + 4 * liaison_v * q;
  E[NRP_BROKER_TOTAL] = p * (N - 1) * (N - 2);
  V[NRP_BROKER_TOTAL] = E[NRP_BROKER_TOTAL] * (1 - p) + 2 * (N - 1) * (N - 2) * (N - 3) * q;
}

/*
 * The same for the whole network's counts (the sum over every broker).
 * Paths through different brokers overlap too, in more ways, so the
 * covariance terms need two more powers, r4 = d^4 (1 - d)^2 and
 * r5 = d^5 (1 - d), summed over the sector triples each role allows (the
 * O(s^3) loop), as sna does.
 */
static void
network_expectations (const double *n, guint s, double N, double d, double *E, double *V)
{
  double p = d * d * (1 - d), q = pow (d, 3) * pow (1 - d, 3);
  double r4 = pow (d, 4) * pow (1 - d, 2), r5 = pow (d, 5) * (1 - d);
  double coord = 0, coord_v = 0, cross = 0, gate_v = 0, itin_v = 0, liaison = 0, liaison_v = 0;

  for (guint x = 0; x < s; x++)
    {
      double a = n[x];
      coord += a * (a - 1) * (a - 2);
      coord_v += a * (a - 1) * (a - 2) * ((4 * a - 10) * q - 4 * (a - 3) * r4 + (a - 3) * r5);
      cross += a * (N - a) * (a - 1);
      gate_v += a * (N - a) * (a - 1) * ((N - 3) * q + (a - 2) * r5);
      itin_v -= a * a * (a - 1) * ((4 * a - 6) * q + (N - a - 1) * r5);
      liaison -= a * a * (N - 2 * a);
      for (guint y = 0; y < s; y++)
        {
          double b = n[y];
          itin_v += a * b * (a - 1) * ((2 * a + 2 * b - 6) * q + (N - a - 1) * r5);
          liaison += a * b * (N - a - b);
          for (guint z = 0; z < s; z++)
            if (x != y && y != z && x != z)
              {
                double c = n[z];
                liaison_v += a * b * c
                             * ((4 * (N - b) - 2 * (a + c + 1)) * q
                                - (4 * (N - c) - 2 * (a + b + 1)) * r4 + (N - (a + c + 1)) * r5);
              }
        }
    }
  E[NRP_BROKER_COORDINATOR] = p * coord;
  V[NRP_BROKER_COORDINATOR] = E[NRP_BROKER_COORDINATOR] * (1 - p) + coord_v;
  E[NRP_BROKER_ITINERANT] = p * cross;
  V[NRP_BROKER_ITINERANT] = E[NRP_BROKER_ITINERANT] * (1 - p) + itin_v;
  E[NRP_BROKER_GATEKEEPER] = p * cross;
  V[NRP_BROKER_GATEKEEPER] = E[NRP_BROKER_GATEKEEPER] * (1 - p) + gate_v;
  E[NRP_BROKER_REPRESENTATIVE] = E[NRP_BROKER_GATEKEEPER];
  V[NRP_BROKER_REPRESENTATIVE] = V[NRP_BROKER_GATEKEEPER];
  E[NRP_BROKER_LIAISON] = p * liaison;
  V[NRP_BROKER_LIAISON] = E[NRP_BROKER_LIAISON] * (1 - p) + liaison_v;
  E[NRP_BROKER_TOTAL] = p * N * (N - 1) * (N - 2);
  V[NRP_BROKER_TOTAL] = E[NRP_BROKER_TOTAL] * (1 - p)
                        + N * (N - 1) * (N - 2)
                            * ((4 * N - 10) * q - 4 * (N - 3) * r4 + (N - 3) * r5);
}

/*
 * Undirected: the closed two-paths through each edge are its triangles.
 * For edge e = {x, y} (dyads[2e], dyads[2e + 1]): tri[e] common neighbours,
 * tx[e] of them in x's sector, ty[e] in y's. Each triangle is found once,
 * from its lowest vertex in (degree, id) order, along edges oriented
 * upwards (no oriented list is longer than sqrt(2m)): O(m^1.5) at worst,
 * against O(sum of squared degrees) for a pass over every neighbour's
 * list. Also fills the both-ways lists with edge ids (off, adj, eid).
 */
static void
edge_triangles (guint n, const guint32 *dyads, gsize m, const guint *sector, gsize *off,
                guint32 *adj, gsize *eid, guint *tri, guint *tx, guint *ty)
{
  g_autofree gsize *ooff = g_new0 (gsize, (gsize) n + 1);
  g_autofree guint32 *oadj = g_new (guint32, MAX (m, 1));
  g_autofree gsize *oeid = g_new (gsize, MAX (m, 1));
  g_autofree gsize *fill = g_new0 (gsize, MAX (n, 1));
  g_autofree guint *mark = g_new0 (guint, MAX (n, 1));
  g_autofree gsize *pos = g_new (gsize, MAX (n, 1));

  memset (off, 0, ((gsize) n + 1) * sizeof (gsize));
  for (gsize e = 0; e < m; e++)
    {
      off[dyads[2 * e] + 1]++;
      off[dyads[2 * e + 1] + 1]++;
    }
  for (guint i = 0; i < n; i++)
    off[i + 1] += off[i];
  for (gsize e = 0; e < m; e++)
    for (guint k = 0; k < 2; k++)
      {
        guint32 a = dyads[2 * e + k], b = dyads[2 * e + 1 - k];
        gsize at = off[a] + fill[a]++;
        adj[at] = b;
        eid[at] = e;
      }
#define DEG(a) (off[(a) + 1] - off[a])
#define BELOW(a, b) (DEG (a) < DEG (b) || (DEG (a) == DEG (b) && (a) < (b)))
  for (gsize e = 0; e < m; e++)
    {
      guint32 a = dyads[2 * e], b = dyads[2 * e + 1];
      ooff[(BELOW (a, b) ? a : b) + 1]++;
    }
  for (guint i = 0; i < n; i++)
    ooff[i + 1] += ooff[i];
  memset (fill, 0, MAX (n, 1) * sizeof (gsize));
  for (gsize e = 0; e < m; e++)
    {
      guint32 a = dyads[2 * e], b = dyads[2 * e + 1], lo = BELOW (a, b) ? a : b;
      gsize at = ooff[lo] + fill[lo]++;
      oadj[at] = lo == a ? b : a;
      oeid[at] = e;
    }
#undef BELOW
#undef DEG
  memset (tri, 0, MAX (m, 1) * sizeof (guint));
  memset (tx, 0, MAX (m, 1) * sizeof (guint));
  memset (ty, 0, MAX (m, 1) * sizeof (guint));
  for (guint u = 0; u < n; u++)
    {
      for (gsize k = ooff[u]; k < ooff[u + 1]; k++)
        {
          mark[oadj[k]] = u + 1;
          pos[oadj[k]] = oeid[k];
        }
      for (gsize k = ooff[u]; k < ooff[u + 1]; k++)
        {
          guint32 v = oadj[k];
          for (gsize j = ooff[v]; j < ooff[v + 1]; j++)
            {
              guint32 w = oadj[j];
              gsize es[3];
              guint32 third[3];
              if (mark[w] != u + 1)
                continue;
              /* The triangle u, v, w: each edge and the vertex off it. */
              es[0] = oeid[k], third[0] = w;
              es[1] = oeid[j], third[1] = u;
              es[2] = pos[w], third[2] = v;
              for (guint q = 0; q < 3; q++)
                {
                  gsize e = es[q];
                  guint st = sector[third[q]];
                  tri[e]++;
                  tx[e] += st == sector[dyads[2 * e]];
                  ty[e] += st == sector[dyads[2 * e + 1]];
                }
            }
        }
    }
}

/*
 * Wave @w's brokerage into @b, or (b NULL) only the whole network's counts
 * into @net_count (NRP_BROKER_N_ROLES): what a replicate needs.
 */
static void
measure_wave (const NrpNetwork *net, guint w, NrpBrokerage *b, double *net_count)
{
  guint n_all = net->n_actors, s = net->n_sectors;
  const NrpWave *wv = &net->waves[w - 1];
  g_autofree guint32 *dyads = g_new (guint32, 2 * (gsize) MAX (wv->n_ties, 1));
  gsize m = nrp_wave_dyads (net, w, dyads, NULL);
  gsize arcs = net->directed ? m : 2 * m;
  NrpCsrFlags ways = net->directed ? 0 : NRP_CSR_BOTH_WAYS;
  NrpCsr out, in;
  g_autofree double *size = g_new0 (double, MAX (s, 1));
  double count[NRP_BROKER_N_ROLES] = { 0 };
  double E[NRP_BROKER_N_ROLES], V[NRP_BROKER_N_ROLES];
  g_autofree gsize *cnt = g_new0 (gsize, MAX (s, 1));
  g_autofree guint *stamp = g_new0 (guint, MAX (n_all, 1));
  g_autofree double *sec_e = g_new (double, (gsize) MAX (s, 1) * NRP_BROKER_N_ROLES);
  g_autofree double *sec_v = g_new (double, (gsize) MAX (s, 1) * NRP_BROKER_N_ROLES);
  g_autofree gboolean *have_e = g_new0 (gboolean, MAX (s, 1));
  double N = 0, d;

  g_autofree gsize *eid = NULL;
  g_autofree guint *tri = NULL, *tx = NULL, *ty = NULL;

  /* Out-lists and in-lists (directed); undirected, one list each way with
   * the edges' ids, and the triangles on each edge. */
  if (net->directed)
    {
      nrp_csr_init (&out, n_all, dyads, NULL, m, ways);
      nrp_csr_init (&in, n_all, dyads, NULL, m, ways | NRP_CSR_REVERSE);
    }
  else
    {
      out.n = n_all;
      out.off = g_new (gsize, (gsize) n_all + 1);
      out.adj = g_new (guint32, MAX (2 * m, 1));
      out.val = NULL;
      eid = g_new (gsize, MAX (2 * m, 1));
      tri = g_new (guint, MAX (m, 1));
      tx = g_new (guint, MAX (m, 1));
      ty = g_new (guint, MAX (m, 1));
      edge_triangles (n_all, dyads, m, net->sector, out.off, out.adj, eid, tri, tx, ty);
      in = out;
    }
  for (guint r = 0; b != NULL && r < NRP_BROKER_N_ROLES; r++)
    for (guint t = 0; t < N_STATS; t++)
      for (guint i = 0; i < n_all; i++)
        actor_slot (b, w, r, t)[i] = NAN;
  for (guint i = 0; i < n_all; i++)
    if (nrp_present (net, w, i))
      {
        size[net->sector[i]] += 1;
        N += 1;
      }
  d = N > 1 ? (double) arcs / (N * (N - 1)) : NAN;

  /* For each broker v, the sectors of its out-neighbours are counted once
   * (cnt) and the out-neighbours marked (stamp); then for each
   * in-neighbour a, one pass over a's out-list finds the closed two-paths
   * a -> v -> c (c also an out-neighbour of a); undirected, they are the
   * triangles on the edge a-v, counted before. The open ones by sector
   * follow by subtraction, and the roles need only the open paths ending
   * in a's sector, in v's sector and in all: O(sum over arcs a -> v of
   * the out-degree of a), and the same integer counts as testing every
   * pair (a, c). */
  for (guint v = 0; v < n_all; v++)
    {
      double mine[NRP_BROKER_N_ROLES] = { 0 };
      guint sv = net->sector[v];
      gsize deg_v = out.off[v + 1] - out.off[v];
      if (!nrp_present (net, w, v))
        continue;
      for (gsize y = out.off[v]; y < out.off[v + 1]; y++)
        {
          cnt[net->sector[out.adj[y]]]++;
          stamp[out.adj[y]] = v + 1;
        }
      for (gsize x = in.off[v]; x < in.off[v + 1]; x++)
        {
          guint32 a = in.adj[x];
          guint sa = net->sector[a];
          gboolean a_out = stamp[a] == v + 1; /* v -> a too: the pair (a, a) is no path */
          gsize closed = 0, closed_a = 0, closed_v = 0;
          double open, open_a, open_v;
          if (tri != NULL)
            {
              gsize e = eid[x];
              gboolean v_first = dyads[2 * e] == v;
              closed = tri[e];
              closed_a = v_first ? ty[e] : tx[e];
              closed_v = v_first ? tx[e] : ty[e];
            }
          else
            for (gsize y = out.off[a]; y < out.off[a + 1]; y++)
              {
                guint32 c = out.adj[y];
                if (stamp[c] != v + 1)
                  continue;
                closed++;
                closed_a += net->sector[c] == sa;
                closed_v += net->sector[c] == sv;
              }
          open = (double) (deg_v - a_out - closed);
          open_a = (double) (cnt[sa] - a_out - closed_a);
          open_v = (double) (cnt[sv] - (a_out && sa == sv) - closed_v);
          if (sa == sv)
            {
              mine[NRP_BROKER_COORDINATOR] += open_v;
              mine[NRP_BROKER_REPRESENTATIVE] += open - open_v;
            }
          else
            {
              mine[NRP_BROKER_ITINERANT] += open_a;
              mine[NRP_BROKER_GATEKEEPER] += open_v;
              mine[NRP_BROKER_LIAISON] += open - open_a - open_v;
            }
        }
      for (gsize y = out.off[v]; y < out.off[v + 1]; y++)
        cnt[net->sector[out.adj[y]]] = 0;
      mine[NRP_BROKER_TOTAL] = mine[0] + mine[1] + mine[2] + mine[3] + mine[4];
      if (b == NULL)
        {
          for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
            count[r] += mine[r];
          continue;
        }
      /* The expectations depend on the broker's sector only. */
      if (!have_e[sv])
        {
          actor_expectations (size, s, sv, N, d, sec_e + (gsize) sv * NRP_BROKER_N_ROLES,
                              sec_v + (gsize) sv * NRP_BROKER_N_ROLES);
          have_e[sv] = TRUE;
        }
      memcpy (E, sec_e + (gsize) sv * NRP_BROKER_N_ROLES, sizeof E);
      memcpy (V, sec_v + (gsize) sv * NRP_BROKER_N_ROLES, sizeof V);
      for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
        {
          actor_slot (b, w, r, NRP_BROKER_COUNT)[v] = mine[r];
          actor_slot (b, w, r, NRP_BROKER_EXPECTED)[v] = E[r];
          actor_slot (b, w, r, NRP_BROKER_SD)[v] = sqrt (V[r]);
          actor_slot (b, w, r, NRP_BROKER_Z)[v] = zscore (mine[r], E[r], V[r]);
          count[r] += mine[r];
        }
    }
  if (b == NULL)
    memcpy (net_count, count, sizeof count);
  else
    network_expectations (size, s, N, d, E, V);
  for (guint r = 0; b != NULL && r < NRP_BROKER_N_ROLES; r++)
    {
      double *x = network_slot (b, w, r);
      x[NRP_BROKER_COUNT] = count[r];
      x[NRP_BROKER_EXPECTED] = E[r];
      x[NRP_BROKER_SD] = V[r] >= 0 ? sqrt (V[r]) : NAN;
      x[NRP_BROKER_Z] = zscore (count[r], E[r], V[r]);
    }
  nrp_csr_clear (&out);
  if (net->directed)
    nrp_csr_clear (&in);
}

NrpBrokerage *
nrp_brokerage_compute (const NrpNetwork *net, GError **error)
{
  NrpBrokerage *b;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  b = g_new0 (NrpBrokerage, 1);
  b->n_waves = net->n_waves;
  b->n_actors = net->n_actors;
  b->network = g_new0 (double, MAX ((gsize) net->n_waves * NRP_BROKER_N_ROLES * N_STATS, 1));
  b->actors = g_new0 (double, MAX ((gsize) net->n_waves * NRP_BROKER_N_ROLES * N_STATS
                                     * net->n_actors, 1));
  for (guint w = 1; w <= net->n_waves; w++)
    measure_wave (net, w, b, NULL);
  return b;
}

void
nrp_brokerage_network_counts (const NrpNetwork *net, guint w, double *counts)
{
  g_return_if_fail (net != NULL && w >= 1 && w <= net->n_waves && counts != NULL);
  measure_wave (net, w, NULL, counts);
}

double
nrp_brokerage_get_network (const NrpBrokerage *b, guint wave, NrpBrokerRole role, NrpBrokerStat stat)
{
  g_return_val_if_fail (b != NULL, NAN);
  g_return_val_if_fail (wave >= 1 && wave <= b->n_waves, NAN);
  g_return_val_if_fail ((guint) role < NRP_BROKER_N_ROLES && (guint) stat < N_STATS, NAN);
  return b->network[((gsize) (wave - 1) * NRP_BROKER_N_ROLES + role) * N_STATS + stat];
}

const double *
nrp_brokerage_get_actors (const NrpBrokerage *b, guint wave, NrpBrokerRole role, NrpBrokerStat stat)
{
  g_return_val_if_fail (b != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= b->n_waves, NULL);
  g_return_val_if_fail ((guint) role < NRP_BROKER_N_ROLES && (guint) stat < N_STATS, NULL);
  return b->actors
         + (((gsize) (wave - 1) * NRP_BROKER_N_ROLES + role) * N_STATS + stat) * b->n_actors;
}
