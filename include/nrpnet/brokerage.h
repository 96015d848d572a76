/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet/brokerage.h: Gould-Fernandez brokerage, per actor and per network,
 * with expected counts, standard deviations and z-scores under a Bernoulli
 * graph of the observed density, compatible with R's sna::brokerage.
 *
 * For each open two-path a -> v -> b (a and b distinct, a not tied to b),
 * the broker v plays one role, by the sectors of a, v and b:
 *   coordinator     all three in one sector (sna: w_I)
 *   itinerant       a and b in one sector, v in another (w_O)
 *   gatekeeper      v in b's sector, a outside it (sna's column b_OI)
 *   representative  v in a's sector, b outside it (sna's column b_IO)
 *   liaison         all three in different sectors (b_O)
 * (sna's help page labels b_IO gatekeeper, but its b_IO column counts the
 * paths whose broker shares the source's class: nrpnet's representative.)
 * and "total" counts all of them (t). Undirected ties are taken as
 * symmetric arcs, as sna does, so each undirected open two-path a - v - b
 * counts twice (a->v->b and b->v->a). The density is arcs / (n (n - 1)) over
 * the actors present. A z-score whose variance is zero (a liaison among two
 * sectors, a coordinator in a sector of two) is NaN.
 */
#ifndef NRPNET_BROKERAGE_H
#define NRPNET_BROKERAGE_H

#include <nrpnet/network.h>

G_BEGIN_DECLS

typedef struct _NrpBrokerage NrpBrokerage;

typedef enum {
  NRP_BROKER_COORDINATOR = 0,
  NRP_BROKER_ITINERANT,
  NRP_BROKER_REPRESENTATIVE,
  NRP_BROKER_GATEKEEPER,
  NRP_BROKER_LIAISON,
  NRP_BROKER_TOTAL
} NrpBrokerRole;

#define NRP_BROKER_N_ROLES 6

typedef enum {
  NRP_BROKER_COUNT = 0,   /* observed count */
  NRP_BROKER_EXPECTED,    /* expected count under the Bernoulli graph */
  NRP_BROKER_SD,          /* its standard deviation */
  NRP_BROKER_Z            /* (count - expected) / sd, NaN when sd = 0 */
} NrpBrokerStat;

/**
 * nrp_brokerage_compute:
 *
 * Time complexity: O(k sum_v indeg(v) outdeg(v) log d) for k waves and
 * maximum degree d, plus O(s^3) per wave for s sectors.
 *
 * Returns: (transfer full) (nullable): the brokerage, or NULL and @error.
 */
NRP_API NrpBrokerage *nrp_brokerage_compute (const NrpNetwork *network, GError **error);
NRP_API void nrp_brokerage_free (NrpBrokerage *brokerage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpBrokerage, nrp_brokerage_free)

/** The network-level @stat of @role at @wave. */
NRP_API double nrp_brokerage_get_network (const NrpBrokerage *brokerage, guint wave,
                                      NrpBrokerRole role, NrpBrokerStat stat);
/** The per-actor @stat of @role at @wave (n_actors entries, NaN if absent). Borrowed. */
NRP_API const double *nrp_brokerage_get_actors (const NrpBrokerage *brokerage, guint wave,
                                            NrpBrokerRole role, NrpBrokerStat stat);
/** The JSON name of @role ("coordinator", ... "total"). */
NRP_API const char *nrp_broker_role_name (NrpBrokerRole role);

G_END_DECLS

#endif /* NRPNET_BROKERAGE_H */
