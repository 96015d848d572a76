/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * permutation.c: the label-permutation p-value of the change of a
 * sector-dependent measure: the sectors of the actors present at either
 * wave are shuffled (the same shuffle at both waves), the ties kept, so the
 * null is that the change is not tied to who is in which sector.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "change/change-private.h"
#include "core/nrp-private.h"

gboolean
nrp_change_permutation_test (const PairView *pv, const guint *pop, guint np, const NrpChangeOptions *o,
                  NrpChange *c, guint64 total, GError **error)
{
  guint P = o->permutations, nm = 0;
  g_autofree guint *ms = g_new (guint, MAX (c->n_measures, 1));
  g_autofree guint *at = g_new (guint, MAX (c->n_measures, 1));
  g_autofree guint *sector = g_memdup2 (pv->net.sector, MAX (pv->net.n_actors, 1) * sizeof (guint));
  g_autofree double *reps = NULL, *values = NULL;
  guint32 seeds[3] = { (guint32) o->seed, (guint32) (o->seed >> 32), 2 };
  g_autoptr (GRand) rng = g_rand_new_with_seed_array (seeds, 3);
  NrpNetwork shuffled = pv->net;

  for (guint k = 0; k < c->n_measures; k++)
    if (nrp_measure_depends_on_sectors (c->measures[k].measure))
      {
        at[nm] = k;
        ms[nm++] = c->measures[k].measure;
      }
  if (nm == 0 || np < 2)
    return TRUE;
  /* One sector among the actors: every shuffle is the data, so a p-value
   * of 1 would be printed as a finding. It stays undefined, none run. */
  if (!nrp_sectors_vary (sector, pop, np))
    return TRUE;
  reps = g_new (double, (gsize) P * nm);
  values = g_new (double, 2 * (gsize) nm);
  shuffled.sector = sector;
  for (guint r = 0; r < P; r++)
    {
      for (guint i = np - 1; i > 0; i--)
        {
          guint j = (guint) g_rand_int_range (rng, 0, (gint32) (i + 1));
          guint t = sector[pop[i]];
          sector[pop[i]] = sector[pop[j]];
          sector[pop[j]] = t;
        }
      if (!nrp_change_deltas (&shuffled, ms, nm, o->threads, values, reps + (gsize) r * nm, error))
        return FALSE;
      nrp_change_report_progress (o, (guint64) o->bootstrap + r + 1, total);
    }
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
  return TRUE;
}

