/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tdist.c: Student's t distribution through the regularised incomplete
 * beta function: P(|T| >= t) = I_x(df/2, 1/2) with x = df / (df + t^2).
 * I_x(a, b) is evaluated by its continued fraction (modified Lentz), on
 * the side of x where it converges fast (x < (a + 1) / (a + b + 2)), and
 * the critical value by bisection of that function, which is monotone in
 * t: 200 halvings reach the spacing of doubles.
 */
#include "config.h"

#include <math.h>

#include <glib.h>

#include "study/tdist.h"

/* The continued fraction of I_x(a, b) (without its prefactor). */
static double
beta_fraction (double a, double b, double x)
{
  const double tiny = 1e-300, eps = 1e-16;
  double c = 1.0, d = 1.0 - (a + b) * x / (a + 1.0), h;

  if (fabs (d) < tiny)
    d = tiny;
  d = 1.0 / d;
  h = d;
  for (int m = 1; m <= 10000; m++)
    {
      double m2 = 2.0 * m, num, delta;
      /* Even step. */
      num = m * (b - m) * x / ((a + m2 - 1.0) * (a + m2));
      d = 1.0 + num * d;
      d = fabs (d) < tiny ? tiny : d;
      c = 1.0 + num / c;
      c = fabs (c) < tiny ? tiny : c;
      d = 1.0 / d;
      h *= d * c;
      /* Odd step. */
      num = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0));
      d = 1.0 + num * d;
      d = fabs (d) < tiny ? tiny : d;
      c = 1.0 + num / c;
      c = fabs (c) < tiny ? tiny : c;
      d = 1.0 / d;
      delta = d * c;
      h *= delta;
      if (fabs (delta - 1.0) < eps)
        break;
    }
  return h;
}

/* The regularised incomplete beta function I_x(a, b), 0 <= x <= 1. */
static double
incomplete_beta (double a, double b, double x)
{
  double front;
  if (x <= 0.0)
    return 0.0;
  if (x >= 1.0)
    return 1.0;
  front = exp (lgamma (a + b) - lgamma (a) - lgamma (b) + a * log (x) + b * log1p (-x));
  if (x < (a + 1.0) / (a + b + 2.0))
    return front * beta_fraction (a, b, x) / a;
  return 1.0 - front * beta_fraction (b, a, 1.0 - x) / b;
}

double
nrp_t_two_sided (double t, double df)
{
  if (isnan (t) || !(df > 0))
    return NAN;
  if (isinf (t))
    return 0.0;
  return incomplete_beta (df / 2.0, 0.5, df / (df + t * t));
}

double
nrp_t_critical (double alpha, double df)
{
  double lo = 0.0, hi = 1.0;
  if (!(alpha > 0 && alpha < 1) || !(df > 0))
    return NAN;
  while (nrp_t_two_sided (hi, df) > alpha && hi < 1e300)
    hi *= 2.0;
  for (int k = 0; k < 200 && hi - lo > 0; k++)
    {
      double mid = 0.5 * (lo + hi);
      if (mid <= lo || mid >= hi)
        break;
      if (nrp_t_two_sided (mid, df) > alpha)
        lo = mid;
      else
        hi = mid;
    }
  return 0.5 * (lo + hi);
}
