/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * permutation.c: the label-permutation p-value of the change of a
 * sector-dependent measure: the sectors of the actors present at either
 * wave are shuffled (the same shuffle at both waves), the ties kept, so the
 * null is that the change is not tied to who is in which sector. Each
 * permutation shuffles the observed sectors afresh from its own random
 * stream (replicates.c), so the p-values are the same at any thread count.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "change/change-private.h"
#include "core/nrp-private.h"

/* What every permutation reads. */
typedef struct {
  const PairView *pv;
  const guint *pop;
  guint np;
  const guint *ms;
  guint nm;
} Perm;

/* A thread's own copy of the sectors and of the network that uses them. */
typedef struct {
  NrpNetwork net;
  guint *sector;
  double *values;
} PermScratch;

static void
perm_scratch_free (gpointer data)
{
  PermScratch *ps = data;
  g_free (ps->sector);
  g_free (ps->values);
  g_free (ps);
}

/* Permutation r: a uniform shuffle of the observed sectors over the actors
 * present at either wave (Fisher-Yates from the replicate's own stream). */
static gboolean
perm_replicate (gpointer data, guint r, GRand *rng, gpointer *scratch, double *out, GError **error)
{
  const Perm *pm = data;
  const NrpNetwork *net = &pm->pv->net;
  PermScratch *ps = *scratch;

  (void) r;
  if (ps == NULL)
    {
      *scratch = ps = g_new0 (PermScratch, 1);
      ps->sector = g_new (guint, MAX (net->n_actors, 1));
      ps->values = g_new (double, 2 * (gsize) MAX (pm->nm, 1));
      ps->net = *net;
      ps->net.sector = ps->sector;
    }
  memcpy (ps->sector, net->sector, MAX (net->n_actors, 1) * sizeof (guint));
  for (guint i = pm->np - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rng, 0, (gint32) (i + 1));
      guint t = ps->sector[pm->pop[i]];
      ps->sector[pm->pop[i]] = ps->sector[pm->pop[j]];
      ps->sector[pm->pop[j]] = t;
    }
  return nrp_change_deltas (&ps->net, pm->ms, pm->nm, 1, ps->values, out, error);
}

guint
nrp_change_permutation_measures (const PairView *pv, const guint *pop, guint np,
                                 const NrpChange *c, guint *at)
{
  guint nm = 0;

  for (guint k = 0; k < c->n_measures; k++)
    if (nrp_measure_depends_on_sectors (c->measures[k].measure))
      at[nm++] = k;
  /* One sector among the actors: every shuffle is the data, so a p-value
   * of 1 would be printed as a finding. It stays undefined, none run. */
  if (nm == 0 || np < 2 || !nrp_sectors_vary (pv->net.sector, pop, np))
    return 0;
  return nm;
}

gboolean
nrp_change_permutation_rows (const PairView *pv, const guint *pop, guint np,
                             const NrpChangeOptions *o, const guint *ms, guint nm, guint first,
                             guint last, guint64 done, guint64 total, double *out,
                             GError **error)
{
  Perm pm = { pv, pop, np, ms, nm };
  NrpReplicateJob job = { .first = first, .last = last, .stride = nm, .stream = 2,
                          .func = perm_replicate, .scratch_free = perm_scratch_free,
                          .data = &pm, .done = done, .total = total };

  return nrp_replicates_run (o, &job, out, error);
}

void
nrp_change_permutation_summarise (NrpChange *c, const guint *at, guint nm, const double *reps,
                                  guint P)
{
  for (guint q = 0; q < nm; q++)
    {
      NrpMeasureChange *mc = &c->measures[at[q]];
      double mean = 0, d = mc->delta;
      guint valid = 0, extreme = 0;
      if (isnan (d))
        continue;
      for (guint r = 0; r < P; r++)
        if (!isnan (reps[(gsize) r * nm + q]))
          {
            mean += reps[(gsize) r * nm + q];
            valid++;
          }
      if (valid == 0)
        continue;
      mean /= valid;
      for (guint r = 0; r < P; r++)
        {
          double x = reps[(gsize) r * nm + q];
          /* A relative tolerance, so a replicate equal to the observed
           * change up to rounding counts as extreme. */
          if (!isnan (x) && fabs (x - mean) >= fabs (d - mean) * (1 - 1e-12) - 1e-15)
            extreme++;
        }
      mc->permutations = valid;
      mc->p_value = (1.0 + extreme) / (1.0 + valid);
    }
}
