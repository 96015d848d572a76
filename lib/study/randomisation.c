/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * randomisation.c: the DiD's randomisation test over assignments of areas
 * to arms, and the confidence interval that inverts it.
 *
 * Why a randomisation test: with 9 + 9 areas, a t interval leans on
 * normality that 18 area means cannot show, and the areas, not the actors,
 * are what was assigned. Under the sharp null that the programme changed no
 * area by more than a constant effect, every assignment of the same arm
 * sizes was as likely as the one made, so the share of assignments whose
 * DiD is at least as far from the null as the observed one is an exact p.
 * The exact test enumerates the subsets of the smaller arm by recursion,
 * carrying the running sum, so each assignment costs O(1); above
 * @max_exact assignments it draws them at random (seeded).
 *
 * Why the interval is searched: the interval is the set of effects the test
 * does not reject (shifting the intervention areas' changes by the effect).
 * The p-value is a step function of the shift with no closed-form inverse,
 * so each end is bracketed by doubling steps from the estimate and then
 * bisected to 1e-12 of the scale of the data.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"
#include "study/randomisation.h"

typedef struct {
  const double *x;   /* the changes, shifted */
  guint n, k;        /* areas, of which intervention */
  gboolean complement;  /* subsets chosen are the comparator arm's (the smaller) */
  double total;      /* sum of x */
  double bound;      /* |observed DiD| less a rounding tolerance */
  guint64 extreme;
} Enumeration;

/* Chooses @left more areas from @start on; the recursion is as deep as the
 * smaller arm, which is small whenever the assignments are few. */
static void
enumerate (Enumeration *e, guint start, guint left, double sum)
{
  if (left == 0)
    {
      double si = e->complement ? e->total - sum : sum;
      double t = si / e->k - (e->total - si) / (e->n - e->k);
      e->extreme += fabs (t) >= e->bound;
      return;
    }
  for (guint i = start; i + left <= e->n; i++)
    enumerate (e, i + 1, left - 1, sum + e->x[i]);
}

guint64
nrp_binomial (guint n, guint k)
{
  double c = 1;
  k = MIN (k, n - k);
  for (guint i = 0; i < k; i++)
    c = c * (n - i) / (i + 1);
  return c >= 1.8e19 ? G_MAXUINT64 : (guint64) llround (c);
}

double
nrp_did_randomisation (const double *changes, const NrpArm *arms, guint n, double shift,
                       guint64 max_exact, guint draws, guint64 seed, double *estimate,
                       guint64 *assignments)
{
  g_autofree double *x = NULL;
  double si = 0, sc = 0, scale = 0, obs;
  guint ni = 0, nc = 0;
  Enumeration e;

  g_return_val_if_fail (changes != NULL || n == 0, NAN);
  g_return_val_if_fail (arms != NULL || n == 0, NAN);
  x = g_new (double, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    {
      x[i] = changes[i] - (arms[i] == NRP_ARM_INTERVENTION ? shift : 0);
      scale = MAX (scale, fabs (x[i]));
      if (arms[i] == NRP_ARM_INTERVENTION)
        {
          si += x[i];
          ni++;
        }
      else
        {
          sc += x[i];
          nc++;
        }
    }
  if (estimate != NULL)
    *estimate = ni > 0 && nc > 0 ? (si / ni - sc / nc) + shift : NAN;
  if (assignments != NULL)
    *assignments = 0;
  if (ni == 0 || nc == 0)
    return NAN;
  obs = si / ni - sc / nc;
  e = (Enumeration) { x, n, ni, nc < ni, si + sc, fabs (obs) - 1e-9 * MAX (scale, 1e-300), 0 };

  if (nrp_binomial (n, ni) <= max_exact)
    {
      enumerate (&e, 0, MIN (ni, nc), 0);
      if (assignments != NULL)
        *assignments = nrp_binomial (n, ni);
      return (double) e.extreme / (double) nrp_binomial (n, ni);
    }
  else
    {
      guint32 seeds[2] = { (guint32) seed, (guint32) (seed >> 32) };
      g_autoptr (GRand) rng = g_rand_new_with_seed_array (seeds, 2);
      g_autofree guint *idx = g_new (guint, n);
      for (guint r = 0; r < draws; r++)
        {
          double sum = 0, t;
          for (guint i = 0; i < n; i++)
            idx[i] = i;
          for (guint i = 0; i < ni; i++)
            {
              guint j = i + (guint) g_rand_int_range (rng, 0, (gint32) (n - i));
              guint tmp = idx[i];
              idx[i] = idx[j];
              idx[j] = tmp;
              sum += x[idx[i]];
            }
          t = sum / ni - (e.total - sum) / nc;
          e.extreme += fabs (t) >= e.bound;
        }
      if (assignments != NULL)
        *assignments = draws;
      return (1.0 + e.extreme) / (1.0 + draws);
    }
}

/*
 * One end of the interval: the effect beyond @est in @direction (+1 or -1)
 * where the test starts to reject at @alpha, or NaN if it never does.
 */
double
nrp_did_interval_end (const double *d, const NrpArm *arms, guint n, double est, double direction,
                      double alpha, guint64 max_exact, guint draws, guint64 seed)
{
  double lo_ok = est, hi_bad, step = 0, lo = G_MAXDOUBLE, hi = -G_MAXDOUBLE;
  guint k;

  for (guint i = 0; i < n; i++)
    {
      lo = MIN (lo, d[i]);
      hi = MAX (hi, d[i]);
    }
  step = MAX (MAX (hi - lo, fabs (est)), 1e-9);
  for (k = 0; k < 64; k++, step *= 2)
    {
      hi_bad = est + direction * step;
      if (nrp_did_randomisation (d, arms, n, hi_bad, max_exact, draws, seed, NULL, NULL)
          <= alpha)
        break;
      lo_ok = hi_bad;
    }
  if (k == 64)
    return NAN;
  for (k = 0; k < 100 && fabs (hi_bad - lo_ok) > 1e-12 * MAX (step, 1e-300); k++)
    {
      double mid = (lo_ok + hi_bad) / 2;
      if (nrp_did_randomisation (d, arms, n, mid, max_exact, draws, seed, NULL, NULL)
          > alpha)
        lo_ok = mid;
      else
        hi_bad = mid;
    }
  return (lo_ok + hi_bad) / 2;
}

