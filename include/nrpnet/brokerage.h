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

/**
 * SECTION:brokerage
 * @title: Brokerage
 * @include: nrpnet.h
 * @short_description: Gould-Fernandez brokerage, per actor and per network,
 *   with expected counts, standard deviations and z-scores under a Bernoulli
 *   graph of the observed density, compatible with R's sna::brokerage
 *
 * Gould-Fernandez brokerage, per actor and per network,
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

#include <nrpnet/network.h>

G_BEGIN_DECLS

/**
 * NrpBrokerage:
 *
 * The Gould-Fernandez brokerage of every actor and of the whole network at
 * every wave (nrp_brokerage_compute()); opaque, freed with
 * nrp_brokerage_free().
 */
typedef struct _NrpBrokerage NrpBrokerage;

/**
 * NrpBrokerRole:
 * @NRP_BROKER_COORDINATOR: a -> v -> c with a, v and c in one sector
 * @NRP_BROKER_ITINERANT: a and c in one sector, the broker v in another
 *   (itinerant, or consultant)
 * @NRP_BROKER_REPRESENTATIVE: the broker v in the source a's sector, the target
 *   c in another
 * @NRP_BROKER_GATEKEEPER: the broker v in the target c's sector, the source a
 *   in another
 * @NRP_BROKER_LIAISON: a, v and c in three different sectors
 * @NRP_BROKER_TOTAL: all open two-paths through the broker, whatever the
 *   sectors
 *
 * The brokerage roles of Gould and Fernandez (1989): an open two-path a -> v ->
 * c (no tie a -> c) through the broker v, classed by the sectors of a, v and c.
 */
typedef enum {
  NRP_BROKER_COORDINATOR = 0,
  NRP_BROKER_ITINERANT,
  NRP_BROKER_REPRESENTATIVE,
  NRP_BROKER_GATEKEEPER,
  NRP_BROKER_LIAISON,
  NRP_BROKER_TOTAL
} NrpBrokerRole;

/**
 * NRP_BROKER_N_ROLES:
 *
 * The number of #NrpBrokerRole values.
 */
#define NRP_BROKER_N_ROLES 6

/**
 * NrpBrokerStat:
 * @NRP_BROKER_COUNT: observed count
 * @NRP_BROKER_EXPECTED: expected count under the Bernoulli graph
 * @NRP_BROKER_SD: its standard deviation
 * @NRP_BROKER_Z: (count - expected) / sd, NaN when sd = 0
 *
 * Which statistic of a brokerage role.
 */
typedef enum {
  NRP_BROKER_COUNT = 0,   /* observed count */
  NRP_BROKER_EXPECTED,    /* expected count under the Bernoulli graph */
  NRP_BROKER_SD,          /* its standard deviation */
  NRP_BROKER_Z            /* (count - expected) / sd, NaN when sd = 0 */
} NrpBrokerStat;

/**
 * nrp_brokerage_compute:
 * @network: the network
 * @error: return location for a #GError, or NULL
 *
 * Gould and Fernandez brokerage of every actor and of the whole network at
 * every wave: the counts of open two-paths a -> v -> c by the sectors of a, v
 * and c, with their expected values and z-scores under a random graph of the
 * same density (sna's brokerage()).
 *
 * Errors: none in practice; @error is there for the uniform signature.
 *
 * Time complexity: O(k sum_v indeg(v) outdeg(v) log d) for k waves and maximum
 * degree d, plus O(s^3) per wave for s sectors.
 *
 * Returns: (transfer full) (nullable): the brokerage, or NULL and @error.
 */
NRP_API NrpBrokerage *nrp_brokerage_compute (const NrpNetwork *network, GError **error);
/**
 * nrp_brokerage_free:
 * @brokerage: a brokerage result
 *
 * Frees @brokerage and all it owns; NULL is ignored.
 *
 * Time complexity: O(w n).
 */
NRP_API void nrp_brokerage_free (NrpBrokerage *brokerage);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (NrpBrokerage, nrp_brokerage_free)

/**
 * nrp_brokerage_get_network:
 * @brokerage: a brokerage result
 * @wave: a wave of the network, 1-based
 * @role: a brokerage role (#NrpBrokerRole)
 * @stat: count, expected count, standard deviation or z-score (#NrpBrokerStat)
 *
 * The network-level @stat of @role at @wave.
 *
 * Time complexity: O(1).
 *
 * Returns: the value (count, expected count, standard deviation or z-score).
 */
NRP_API double nrp_brokerage_get_network (const NrpBrokerage *brokerage, guint wave,
                                          NrpBrokerRole role, NrpBrokerStat stat);
/**
 * nrp_brokerage_get_actors:
 * @brokerage: a brokerage result
 * @wave: a wave of the network, 1-based
 * @role: a brokerage role (#NrpBrokerRole)
 * @stat: count, expected count, standard deviation or z-score (#NrpBrokerStat)
 *
 * The per-actor @stat of @role at @wave (n_actors entries, NaN if absent).
 * Borrowed.
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const double *nrp_brokerage_get_actors (const NrpBrokerage *brokerage, guint wave,
                                                NrpBrokerRole role, NrpBrokerStat stat);
/**
 * nrp_broker_role_name:
 * @role: a brokerage role (#NrpBrokerRole)
 *
 * The JSON name of @role ("coordinator", ... "total").
 *
 * Time complexity: O(1).
 *
 * Returns: (transfer none): borrowed from the object; valid while it lives.
 */
NRP_API const char *nrp_broker_role_name (NrpBrokerRole role);

G_END_DECLS

#endif /* NRPNET_BROKERAGE_H */
