/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * survey.c: the household survey's difference in differences
 * (nrpnet/survey.h).
 *
 * The model, for the respondents i of the pre and post waves,
 *
 *   y_i = alpha_g(i) + tau post_i + beta D_i + gamma' x_i + e_i,  weight w_i,
 *
 * is fitted as OLS on the model scaled by sqrt(w). The G area effects are
 * partialled out (Frisch-Waugh-Lovell): every column is replaced by
 * sqrt(w_i) (x_i - weighted mean of x in i's area), leaving the k = 2 + p
 * columns Z = [post, D, covariates] and y~. For the coefficients of Z the
 * full model's (X'X)^-1 X' rows are (Z'Z)^-1 Z', and its hat matrix is
 * H = P_F + P_Z with P_F the area effects' projector (block diagonal:
 * u_g u_g' with u_g = sqrt(w_g) / |sqrt(w_g)|, orthogonal to Z_g), which is
 * what makes every inference below exact algebra on k x k and G x G
 * matrices:
 *
 *  - CR1: V = c sum_g (h_g' e_g)^2, h_i = row D of (Z'Z)^-1 Z_i, c = G/(G-1)
 *    (N-1)/(N-K), K = G + k; t with G - 1 degrees of freedom.
 *  - CR2 (Bell-McCaffrey, Pustejovsky-Tipton 2018, working model identity
 *    on the scaled model): V = sum_g (v_g' e_g)^2 with v_g = A_g h_g and
 *    A_g = (I - H_gg)^{+1/2}, the symmetric square root of the
 *    Moore-Penrose inverse. With M = (Z'Z)^-1 = L L' and the eigenvectors
 *    of L' Z_g' Z_g L (Lambda), Q = Z_g L V Lambda^-1/2 is orthonormal and
 *    I - H_gg = (I - u u' - Q Q') + Q (I - Lambda) Q', so A_g = I - u u' +
 *    Q (f(1 - Lambda) - 1) Q' with f(x) = x^-1/2, and f = 0 where x is
 *    (numerically) 0. Satterthwaite: with omega_g = (I - H)_{.g} v_g,
 *    E V = sum_g omega_g' omega_g, Var V = 2 sum_{g,h} (omega_g' omega_h)^2,
 *    df = 2 (E V)^2 / Var V, and omega_g' omega_h = v_g' (I - H)_{gh} v_h:
 *    v_g' v_g - (u_g' v_g)^2 - a_g' M a_g on the diagonal, -a_g' M a_h off
 *    it, a_g = Z_g' v_g.
 *  - The wild cluster restricted bootstrap ("Fast and wild", Roodman et
 *    al. 2019): with z = D~ residualised on the other columns and u~_y = y~
 *    residualised on them, the restricted residuals under beta = b0 are
 *    u~_y - b0 z. For signs s by area, beta* - b0 = sum_g s_g a_g / z'z
 *    with a_g = z_g'(u~_y - b0 z)_g, and the CR1 scores of the bootstrap
 *    fit are C s with C_gh = delta_gh a_g - (Z_g' z_g)' M Z_h'(u~_y -
 *    b0 z)_h: linear in b0, C = C_y - b0 C_z. So each draw is five
 *    numbers, s'a_y, s'a_z, |C_y s|^2, (C_y s)'(C_z s), |C_z s|^2, and
 *    its t for any b0 is O(1): the test and its inversion need no refit.
 *  - Randomisation inference: D~ = sum_g T_g q_g (q_g = sqrt(w) (post -
 *    post share of area g) on area g), so for an assignment T every sum
 *    the fit needs is a sum over areas of precomputed per-area pieces; the
 *    interval inverts the coefficient's test under a constant effect b0,
 *    where an assignment's estimate is beta_T - b0 z_T'z_a / z_T'z_T.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"
#include "io/fields.h"
#include "study/randomisation.h"
#include "study/tdist.h"

struct _NrpSurveyOptions {
  char **outcomes;    /* NULL: every item that is not a covariate */
  char **covariates;  /* NULL: none */
  guint pre, post;    /* 0, 0: the first and last waves */
  guint64 max_enumerate;
  guint draws;
  guint64 max_exact;
  guint64 seed;
  double confidence;
};

struct _NrpSurveyResult {
  GStringChunk *strings;
  guint pre, post;
  double confidence;
  guint n_items;
  guint n_dids;
  NrpSurveyDid *dids;
  guint n_cells;
  NrpSurveyAreaWave *cells;
  double *means, *ses;  /* n_cells * n_items */
  guint n_covariates;
  char **covariates;
  /* Small-cell suppression for publication (nrp_survey_result_set_suppress_below()). */
  guint suppress_below;     /* 0: none */
  gboolean *cell_hidden;    /* n_cells */
  gboolean *did_hidden;     /* n_dids: n and excluded */
};

/* A tie in a test counts as at least as extreme within this share of the
 * observed statistic: sums in another order differ in the last bits. */
#define TIE_TOLERANCE 1e-10

/* ---- Options -------------------------------------------------------------- */

NrpSurveyOptions *
nrp_survey_options_new (void)
{
  NrpSurveyOptions *o = g_new0 (NrpSurveyOptions, 1);
  o->max_enumerate = G_GUINT64_CONSTANT (1) << 20;
  o->draws = 99999;
  o->max_exact = 1000000;
  o->seed = 1;
  o->confidence = 0.95;
  return o;
}

void
nrp_survey_options_free (NrpSurveyOptions *o)
{
  if (o == NULL)
    return;
  g_strfreev (o->outcomes);
  g_strfreev (o->covariates);
  g_free (o);
}

/* "a, b,c" as a NULL-terminated list without blanks, or NULL. */
static char **
split_list (const char *list)
{
  GPtrArray *out;
  g_auto (GStrv) parts = NULL;
  if (list == NULL)
    return NULL;
  out = g_ptr_array_new ();
  parts = g_strsplit (list, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *p = g_strstrip (parts[i]);
      if (*p != '\0')
        g_ptr_array_add (out, g_strdup (p));
    }
  g_ptr_array_add (out, NULL);
  return (char **) g_ptr_array_free (out, FALSE);
}

void
nrp_survey_options_set_outcomes (NrpSurveyOptions *o, const char *list)
{
  g_return_if_fail (o != NULL);
  g_strfreev (o->outcomes);
  o->outcomes = split_list (list);
}

void
nrp_survey_options_set_covariates (NrpSurveyOptions *o, const char *list)
{
  g_return_if_fail (o != NULL);
  g_strfreev (o->covariates);
  o->covariates = split_list (list);
}

gboolean
nrp_survey_options_set_waves (NrpSurveyOptions *o, guint pre, guint post, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!((pre == 0 && post == 0) || (pre >= 1 && post > pre)))
    {
      NRP_OUT_OF_RANGE (error, "the pre and post waves", "PRE < POST (or both 0)");
      return FALSE;
    }
  o->pre = pre;
  o->post = post;
  return TRUE;
}

gboolean
nrp_survey_options_set_max_enumerate (NrpSurveyOptions *o, guint64 max_enumerate, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (max_enumerate > NRP_MAX_ENUMERATE)
    {
      NRP_OUT_OF_RANGE (error, "the enumeration limit", "0 to 4194304 (2^22)");
      return FALSE;
    }
  o->max_enumerate = max_enumerate;
  return TRUE;
}

guint64
nrp_survey_options_get_max_enumerate (const NrpSurveyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->max_enumerate;
}

gboolean
nrp_survey_options_set_draws (NrpSurveyOptions *o, guint draws, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (draws == 0 || draws > NRP_MAX_BOOTSTRAP)
    {
      NRP_OUT_OF_RANGE (error, "the number of random draws", "1 to 1000000");
      return FALSE;
    }
  o->draws = draws;
  return TRUE;
}

guint
nrp_survey_options_get_draws (const NrpSurveyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->draws;
}

gboolean
nrp_survey_options_set_max_exact (NrpSurveyOptions *o, guint64 max_exact, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (max_exact > NRP_MAX_ASSIGNMENTS)
    {
      NRP_OUT_OF_RANGE (error, "the exact limit", "0 to 10000000 assignments");
      return FALSE;
    }
  o->max_exact = max_exact;
  return TRUE;
}

guint64
nrp_survey_options_get_max_exact (const NrpSurveyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->max_exact;
}

void
nrp_survey_options_set_seed (NrpSurveyOptions *o, guint64 seed)
{
  g_return_if_fail (o != NULL);
  o->seed = seed;
}

guint64
nrp_survey_options_get_seed (const NrpSurveyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->seed;
}

gboolean
nrp_survey_options_set_confidence (NrpSurveyOptions *o, double level, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!(level > 0 && level < 1))
    {
      NRP_OUT_OF_RANGE (error, "the confidence level", "between 0 and 1, as in 0.95");
      return FALSE;
    }
  o->confidence = level;
  return TRUE;
}

double
nrp_survey_options_get_confidence (const NrpSurveyOptions *o)
{
  g_return_val_if_fail (o != NULL, NAN);
  return o->confidence;
}

/* ---- Small dense linear algebra (k x k, row-major) ------------------------ */

/* The lower Cholesky factor of the symmetric @a (n x n) in @l; the index of
 * the first pivot that is not positive beyond rounding, or -1. */
static gint
cholesky (const double *a, guint n, double *l)
{
  for (guint j = 0; j < n; j++)
    {
      double d = a[j * n + j];
      for (guint k = 0; k < j; k++)
        d -= l[j * n + k] * l[j * n + k];
      if (!(d > 1e-10 * fabs (a[j * n + j])) || !(a[j * n + j] > 0))
        return (gint) j;
      l[j * n + j] = sqrt (d);
      for (guint i = j + 1; i < n; i++)
        {
          double s = a[i * n + j];
          for (guint k = 0; k < j; k++)
            s -= l[i * n + k] * l[j * n + k];
          l[i * n + j] = s / l[j * n + j];
        }
      for (guint i = 0; i < j; i++)
        l[i * n + j] = 0;
    }
  return -1;
}

/* The inverse of @a from its Cholesky factor @l, into @inv. */
static void
cholesky_inverse (const double *l, guint n, double *inv)
{
  g_autofree double *li = g_new0 (double, (gsize) n * n);
  /* L^-1, lower triangular. */
  for (guint j = 0; j < n; j++)
    {
      li[j * n + j] = 1.0 / l[j * n + j];
      for (guint i = j + 1; i < n; i++)
        {
          double s = 0;
          for (guint k = j; k < i; k++)
            s -= l[i * n + k] * li[k * n + j];
          li[i * n + j] = s / l[i * n + i];
        }
    }
  /* A^-1 = L^-T L^-1. */
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      {
        double s = 0;
        for (guint k = MAX (i, j); k < n; k++)
          s += li[k * n + i] * li[k * n + j];
        inv[i * n + j] = s;
      }
}

/* Eigenvalues (@val) and eigenvectors (columns of @vec) of the symmetric
 * @a (n x n, destroyed), by cyclic Jacobi rotations. */
static void
jacobi_eigen (double *a, guint n, double *val, double *vec)
{
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < n; j++)
      vec[i * n + j] = i == j;
  for (guint sweep = 0; sweep < 100; sweep++)
    {
      double off = 0, scale = 0;
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          {
            double x = a[i * n + j] * a[i * n + j];
            if (i == j)
              scale += x;
            else
              off += x;
          }
      if (off <= 1e-30 * scale || off == 0)
        break;
      for (guint p = 0; p < n; p++)
        for (guint q = p + 1; q < n; q++)
          {
            double apq = a[p * n + q], theta, t, c, s;
            if (apq == 0)
              continue;
            theta = (a[q * n + q] - a[p * n + p]) / (2 * apq);
            t = (theta >= 0 ? 1.0 : -1.0) / (fabs (theta) + sqrt (theta * theta + 1));
            c = 1 / sqrt (t * t + 1);
            s = t * c;
            for (guint k = 0; k < n; k++)
              {
                double akp = a[k * n + p], akq = a[k * n + q];
                a[k * n + p] = c * akp - s * akq;
                a[k * n + q] = s * akp + c * akq;
              }
            for (guint k = 0; k < n; k++)
              {
                double apk = a[p * n + k], aqk = a[q * n + k];
                a[p * n + k] = c * apk - s * aqk;
                a[q * n + k] = s * apk + c * aqk;
              }
            for (guint k = 0; k < n; k++)
              {
                double vkp = vec[k * n + p], vkq = vec[k * n + q];
                vec[k * n + p] = c * vkp - s * vkq;
                vec[k * n + q] = s * vkp + c * vkq;
              }
          }
    }
  for (guint i = 0; i < n; i++)
    val[i] = a[i * n + i];
}

/* x' M y for k-vectors and the k x k @m. */
static double
quad (const double *x, const double *m, const double *y, guint k)
{
  double s = 0;
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      s += x[i] * m[i * k + j] * y[j];
  return s;
}

/* ---- One outcome's model ------------------------------------------------------ */

typedef struct {
  const NrpSurvey *s;
  const NrpSurveyOptions *o;
  guint item;              /* the outcome's item */
  const guint *cov;        /* covariate items */
  guint p;                 /* covariates */
  guint pre, post;
} Model;

/* The rows of the model, by area, and the scaled, area-demeaned columns. */
typedef struct {
  guint n, g, k;           /* respondents, areas, columns of Z */
  guint *start;            /* g + 1: rows of area a are start[a] .. start[a+1]-1 */
  double *z;               /* n x k, row-major: post, D, covariates */
  double *y;               /* n */
  double *sw;              /* n: sqrt (w) */
  double *q;               /* n: sqrt (w) (post - the area's weighted post share) */
  gboolean *treated;       /* g */
  guint n_treated;
  gboolean binary;
  guint excluded;
} Design;

static void
design_clear (Design *d)
{
  g_free (d->start);
  g_free (d->z);
  g_free (d->y);
  g_free (d->sw);
  g_free (d->q);
  g_free (d->treated);
}

/* A column's name for messages: an item of the survey, or post / D. */
static const char *
column_name (const Model *m, guint c)
{
  return c == 0 ? "the wave" : c == 1 ? "D (intervention x post)" : m->s->items[m->cov[c - 2]];
}

static gboolean
build_design (const Model *m, Design *d, GError **error)
{
  const NrpSurvey *s = m->s;
  const NrpStudyDesign *sd = s->design;
  guint G = sd->n_areas, k = 2 + m->p, n = 0;
  g_autofree guint *count = g_new0 (guint, G);
  g_autofree guint *at_pre = g_new0 (guint, G), *at_post = g_new0 (guint, G);
  g_autofree guint *first_line = g_new0 (guint, G);
  g_autofree guint *rows_pre = g_new0 (guint, G), *rows_post = g_new0 (guint, G);
  g_autofree guint *fill = NULL;
  g_autofree double *wsum = NULL, *mean = NULL;
  const double *y = s->values + (gsize) m->item * s->n;

  memset (d, 0, sizeof *d);
  d->binary = TRUE;
  for (guint i = 0; i < s->n; i++)
    {
      gboolean keep;
      guint a = s->area[i];
      if (s->wave[i] != m->pre && s->wave[i] != m->post)
        continue;
      if (first_line[a] == 0)
        first_line[a] = s->line[i];
      (s->wave[i] == m->pre ? rows_pre : rows_post)[a]++;
      keep = !isnan (y[i]);
      for (guint c = 0; c < m->p && keep; c++)
        keep = !isnan (s->values[(gsize) m->cov[c] * s->n + i]);
      if (!keep)
        {
          d->excluded++;
          continue;
        }
      count[a]++;
      (s->wave[i] == m->pre ? at_pre : at_post)[a]++;
      n++;
    }

  /* Every area needs respondents at both waves, each arm two areas. */
  for (guint a = 0; a < G; a++)
    if (at_pre[a] == 0 || at_post[a] == 0)
      {
        g_autofree char *area = nrp_io_shown (sd->areas[a]);
        if (first_line[a] == 0)
          nrp_set_error_at (error, NRP_ERROR_VALUE, sd->areas_file, sd->area_lines[a], 1,
                            "area '%s' has no respondent at wave %u or %u in %s; the survey's "
                            "difference in differences needs respondents of every area at "
                            "both waves",
                            area, m->pre, m->post, s->file);
        else if (rows_pre[a] == 0 || rows_post[a] == 0)
          nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, first_line[a], s->area_column,
                            "area '%s' has respondents at wave %u only; the model needs both "
                            "waves %u and %u",
                            area, rows_pre[a] == 0 ? m->post : m->pre, m->pre, m->post);
        else
          nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, first_line[a], s->area_column,
                            "area '%s' has no respondent with '%s'%s at wave %u; the model "
                            "needs both waves %u and %u",
                            area, s->items[m->item], m->p > 0 ? " and every covariate" : "",
                            at_pre[a] == 0 ? m->pre : m->post, m->pre, m->post);
        return FALSE;
      }
  {
    guint arm_count[2] = { 0, 0 }, arm_last[2] = { 0, 0 };
    for (guint a = 0; a < G; a++)
      {
        arm_count[sd->arms[a]]++;
        arm_last[sd->arms[a]] = a;
      }
    for (guint arm = 0; arm < 2; arm++)
      if (arm_count[arm] < 2)
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, sd->areas_file,
                            arm_count[arm] ? sd->area_lines[arm_last[arm]] : 1, 1,
                            "the %s arm has %u area%s; the survey's difference in "
                            "differences needs at least two areas in each arm",
                            nrp_arm_name (arm), arm_count[arm], arm_count[arm] == 1 ? "" : "s");
          return FALSE;
        }
  }

  d->n = n;
  d->g = G;
  d->k = k;
  d->start = g_new0 (guint, G + 1);
  for (guint a = 0; a < G; a++)
    d->start[a + 1] = d->start[a] + count[a];
  d->z = g_new (double, (gsize) MAX (n, 1) * k);
  d->y = g_new (double, MAX (n, 1));
  d->sw = g_new (double, MAX (n, 1));
  d->q = g_new (double, MAX (n, 1));
  d->treated = g_new (gboolean, G);
  for (guint a = 0; a < G; a++)
    {
      d->treated[a] = sd->arms[a] == NRP_ARM_INTERVENTION;
      d->n_treated += d->treated[a];
    }

  /* Raw columns (w, y, post, D, covariates), in area order. */
  fill = g_memdup2 (d->start, sizeof (guint) * G);
  wsum = g_new0 (double, G);
  mean = g_new0 (double, (gsize) G * (k + 1));   /* per area: y, then Z's columns */
  {
    g_autofree double *w = g_new (double, MAX (n, 1));
    for (guint i = 0; i < s->n; i++)
      {
        gboolean keep;
        guint a = s->area[i], r;
        if (s->wave[i] != m->pre && s->wave[i] != m->post)
          continue;
        keep = !isnan (y[i]);
        for (guint c = 0; c < m->p && keep; c++)
          keep = !isnan (s->values[(gsize) m->cov[c] * s->n + i]);
        if (!keep)
          continue;
        r = fill[a]++;
        w[r] = s->weight[i];
        d->y[r] = y[i];
        if (y[i] != 0 && y[i] != 1)
          d->binary = FALSE;
        d->z[(gsize) r * k + 0] = s->wave[i] == m->post;
        d->z[(gsize) r * k + 1] = d->treated[a] && s->wave[i] == m->post;
        for (guint c = 0; c < m->p; c++)
          d->z[(gsize) r * k + 2 + c] = s->values[(gsize) m->cov[c] * s->n + i];
      }
    /* Weighted area means, then scaled deviations from them. */
    for (guint a = 0; a < G; a++)
      {
        for (guint r = d->start[a]; r < d->start[a + 1]; r++)
          {
            wsum[a] += w[r];
            mean[(gsize) a * (k + 1)] += w[r] * d->y[r];
            for (guint c = 0; c < k; c++)
              mean[(gsize) a * (k + 1) + 1 + c] += w[r] * d->z[(gsize) r * k + c];
          }
        for (guint c = 0; c <= k; c++)
          mean[(gsize) a * (k + 1) + c] /= wsum[a];
        for (guint r = d->start[a]; r < d->start[a + 1]; r++)
          {
            double sw = sqrt (w[r]);
            d->sw[r] = sw;
            d->q[r] = sw * (d->z[(gsize) r * k + 0] - mean[(gsize) a * (k + 1) + 1]);
            d->y[r] = sw * (d->y[r] - mean[(gsize) a * (k + 1)]);
            for (guint c = 0; c < k; c++)
              d->z[(gsize) r * k + c]
                = sw * (d->z[(gsize) r * k + c] - mean[(gsize) a * (k + 1) + 1 + c]);
          }
      }
  }

  /* A covariate with no variation left within the areas is absorbed by
   * the area effects: named, not a singular matrix. */
  for (guint c = 2; c < k; c++)
    {
      double ss = 0;
      for (guint r = 0; r < n; r++)
        ss += d->z[(gsize) r * k + c] * d->z[(gsize) r * k + c];
      if (!(ss > 0))
        {
          g_autofree char *name = nrp_io_shown (column_name (m, c));
          nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, 1, s->item_column[m->cov[c - 2]],
                            "the covariate '%s' never varies within an area among the "
                            "respondents of the model: the area effects absorb it; leave it "
                            "out",
                            name);
          return FALSE;
        }
    }
  return TRUE;
}

/* The end of an interval by test inversion: from @est outward in
 * @direction (+1, -1), the first b0 where @p (b0) falls below @alpha
 * (bracketed by doubling from @step, then bisected); infinite if the test
 * never rejects. */
typedef double (*PValueFunc) (double b0, gpointer data);

static double
invert (PValueFunc p, gpointer data, double est, double step, double direction, double alpha)
{
  double lo = est, hi = est, width;
  guint k;
  if (!(step > 0) || !isfinite (step))
    step = MAX (fabs (est), 1.0);
  for (k = 0; k < 80; k++)
    {
      hi = est + direction * step * ldexp (1.0, (int) k);
      if (p (hi, data) < alpha)
        break;
      lo = hi;
    }
  if (k == 80)
    return direction * INFINITY;
  width = fabs (hi - lo);
  for (k = 0; k < 200; k++)
    {
      double mid = 0.5 * (lo + hi);
      if (mid == lo || mid == hi || fabs (hi - lo) <= 1e-13 * MAX (width, fabs (est)))
        break;
      if (p (mid, data) < alpha)
        hi = mid;
      else
        lo = mid;
    }
  return 0.5 * (lo + hi);
}

/* The wild bootstrap's draws: five sums each (see the top of the file). */
typedef struct {
  guint64 b;
  double *ny, *nz, *pp, *pq, *qq;
  double est, se, fac;
} WildDraws;

static double
wild_p (double b0, gpointer data)
{
  const WildDraws *w = data;
  double tobs = fabs ((w->est - b0) / w->se), bound = tobs * (1 - TIE_TOLERANCE);
  guint64 extreme = 0;
  for (guint64 j = 0; j < w->b; j++)
    {
      double num = w->ny[j] - b0 * w->nz[j];
      double den = w->fac * (w->pp[j] - 2 * b0 * w->pq[j] + b0 * b0 * w->qq[j]);
      double t = den > 0 ? fabs (num) / sqrt (den) : (num != 0 ? INFINITY : 0);
      extreme += t >= bound;
    }
  return (double) extreme / (double) w->b;
}

/* The randomisation's assignments: each one's estimate and its slope in
 * the constant effect b0. */
typedef struct {
  guint64 b;
  double *beta, *gamma;
  double est;
  gboolean monte_carlo;
} RandDraws;

static double
rand_p (double b0, gpointer data)
{
  const RandDraws *r = data;
  double bound = fabs (r->est - b0) * (1 - TIE_TOLERANCE);
  guint64 extreme = 0;
  for (guint64 j = 0; j < r->b; j++)
    extreme += fabs (r->beta[j] - b0 * r->gamma[j]) >= bound;
  return r->monte_carlo ? (1.0 + extreme) / (1.0 + r->b) : (double) extreme / (double) r->b;
}

static gboolean
fit (const Model *m, NrpSurveyDid *did, GError **error)
{
  const NrpSurvey *s = m->s;
  const NrpSurveyOptions *o = m->o;
  Design d;
  guint G, k, n, K, kr;
  g_autofree double *zz = NULL, *l = NULL, *mz = NULL, *zy = NULL, *beta = NULL;
  g_autofree double *e = NULL, *h = NULL, *score = NULL;
  double fac, alpha = 1 - o->confidence, est, se1, v1 = 0;
  gint bad;

  if (!build_design (m, &d, error))
    {
      design_clear (&d);
      return FALSE;
    }
  G = d.g;
  k = d.k;
  n = d.n;
  K = G + k;
  did->outcome = s->items[m->item];
  did->item = m->item;
  did->binary = d.binary;
  did->n = n;
  did->excluded = d.excluded;
  did->clusters = G;
  did->parameters = K;
  if (n <= K)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, 1, s->item_column[m->item],
                        "'%s' has %u respondents in the model for %u parameters; it needs more",
                        s->items[m->item], n, K);
      design_clear (&d);
      return FALSE;
    }

  /* Z'Z, its Cholesky factor and inverse; Z'y. */
  zz = g_new0 (double, k * k);
  l = g_new0 (double, k * k);
  mz = g_new0 (double, k * k);
  zy = g_new0 (double, k);
  beta = g_new0 (double, k);
  for (guint r = 0; r < n; r++)
    for (guint i = 0; i < k; i++)
      {
        zy[i] += d.z[(gsize) r * k + i] * d.y[r];
        for (guint j = 0; j < k; j++)
          zz[i * k + j] += d.z[(gsize) r * k + i] * d.z[(gsize) r * k + j];
      }
  if ((bad = cholesky (zz, k, l)) >= 0)
    {
      g_autofree char *name = nrp_io_shown (column_name (m, (guint) bad));
      if (bad >= 2)
        nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, 1, s->item_column[m->cov[bad - 2]],
                          "the covariate '%s' is collinear with the wave, the arms and the "
                          "covariates before it; leave it out",
                          name);
      else
        nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, 1, s->item_column[m->item],
                          "%s cannot be estimated for '%s': it is collinear with the area "
                          "effects",
                          name, s->items[m->item]);
      design_clear (&d);
      return FALSE;
    }
  cholesky_inverse (l, k, mz);
  for (guint i = 0; i < k; i++)
    for (guint j = 0; j < k; j++)
      beta[i] += mz[i * k + j] * zy[j];
  est = beta[1];
  did->estimate = est;

  /* Residuals; h_i = row D of M Z_i; CR1. */
  e = g_new (double, MAX (n, 1));
  h = g_new (double, MAX (n, 1));
  score = g_new0 (double, G);
  for (guint r = 0; r < n; r++)
    {
      double fitted = 0, hr = 0;
      for (guint j = 0; j < k; j++)
        {
          fitted += d.z[(gsize) r * k + j] * beta[j];
          hr += mz[1 * k + j] * d.z[(gsize) r * k + j];
        }
      e[r] = d.y[r] - fitted;
      h[r] = hr;
    }
  for (guint a = 0; a < G; a++)
    {
      for (guint r = d.start[a]; r < d.start[a + 1]; r++)
        score[a] += h[r] * e[r];
      v1 += score[a] * score[a];
    }
  fac = (double) G / (G - 1) * (double) (n - 1) / (double) (n - K);
  v1 *= fac;
  se1 = sqrt (v1);
  {
    double q = nrp_t_critical (alpha, G - 1);
    did->cr1.se = se1;
    did->cr1.df = G - 1;
    did->cr1.p_value = nrp_t_two_sided (est / se1, G - 1);
    did->cr1.ci_low = est - q * se1;
    did->cr1.ci_high = est + q * se1;
  }

  /* CR2 with Satterthwaite degrees of freedom. */
  {
    g_autofree double *lm = g_new0 (double, k * k);   /* Cholesky factor of M */
    g_autofree double *av = g_new0 (double, (gsize) G * k);
    g_autofree double *vv = g_new0 (double, G), *uv = g_new0 (double, G);
    double v2 = 0, ev = 0, var = 0;
    if (cholesky (mz, k, lm) >= 0)
      {
        /* M is positive definite whenever Z'Z is; rounding aside. */
        nrp_set_error_at (error, NRP_ERROR_COMPUTE, NULL, 0, 0,
                          "'%s': the CR2 adjustment is numerically singular",
                          s->items[m->item]);
        design_clear (&d);
        return FALSE;
      }
    for (guint a = 0; a < G; a++)
      {
        guint lo = d.start[a], hi = d.start[a + 1], na = hi - lo;
        g_autofree double *zl = g_new0 (double, (gsize) na * k);   /* Z_g L */
        g_autofree double *sm = g_new0 (double, k * k), *val = g_new (double, k);
        g_autofree double *vec = g_new (double, k * k), *v = g_new (double, na);
        g_autofree double *q = g_new (double, MAX (na, 1));
        double unorm = 0, uh = 0, uv_a = 0, ve = 0;
        for (guint r = 0; r < na; r++)
          for (guint j = 0; j < k; j++)
            for (guint i = j; i < k; i++)
              zl[(gsize) r * k + j] += d.z[(gsize) (lo + r) * k + i] * lm[i * k + j];
        for (guint r = 0; r < na; r++)
          for (guint i = 0; i < k; i++)
            for (guint j = 0; j < k; j++)
              sm[i * k + j] += zl[(gsize) r * k + i] * zl[(gsize) r * k + j];
        jacobi_eigen (sm, k, val, vec);
        /* v = h - u (u'h) + sum_j (f(1 - lambda_j) - 1) q_j (q_j' h). */
        for (guint r = 0; r < na; r++)
          {
            unorm += d.sw[lo + r] * d.sw[lo + r];
            uh += d.sw[lo + r] * h[lo + r];
          }
        for (guint r = 0; r < na; r++)
          v[r] = h[lo + r] - d.sw[lo + r] * uh / unorm;
        for (guint j = 0; j < k; j++)
          {
            double lam = val[j], f, qh = 0;
            if (!(lam > 1e-12))
              continue;
            f = 1 - lam > 1e-10 ? 1 / sqrt (1 - lam) : 0;
            /* q_j = Z_g L vec_j / sqrt (lam), its numerator kept in q. */
            for (guint r = 0; r < na; r++)
              {
                double qr = 0;
                for (guint i = 0; i < k; i++)
                  qr += zl[(gsize) r * k + i] * vec[i * k + j];
                q[r] = qr;
                qh += qr * h[lo + r];
              }
            qh /= sqrt (lam);
            for (guint r = 0; r < na; r++)
              v[r] += (f - 1) * q[r] / sqrt (lam) * qh;
          }
        for (guint r = 0; r < na; r++)
          {
            ve += v[r] * e[lo + r];
            vv[a] += v[r] * v[r];
            uv_a += d.sw[lo + r] * v[r];
            for (guint i = 0; i < k; i++)
              av[(gsize) a * k + i] += d.z[(gsize) (lo + r) * k + i] * v[r];
          }
        uv[a] = uv_a * uv_a / unorm;
        v2 += ve * ve;
      }
    for (guint a = 0; a < G; a++)
      {
        double wgg = vv[a] - uv[a] - quad (av + (gsize) a * k, mz, av + (gsize) a * k, k);
        ev += wgg;
        var += wgg * wgg;
        for (guint b = 0; b < G; b++)
          if (b != a)
            {
              double wgh = quad (av + (gsize) a * k, mz, av + (gsize) b * k, k);
              var += wgh * wgh;
            }
      }
    did->cr2.se = sqrt (v2);
    did->cr2.df = ev * ev / var;
    did->cr2.p_value = nrp_t_two_sided (est / did->cr2.se, did->cr2.df);
    {
      double q = nrp_t_critical (alpha, did->cr2.df);
      did->cr2.ci_low = est - q * did->cr2.se;
      did->cr2.ci_high = est + q * did->cr2.se;
    }
  }

  /* The columns other than D (R = post and covariates): z = D~ and u~_y
   * residualised on them. */
  kr = k - 1;
  {
    g_autofree double *rr = g_new0 (double, kr * kr), *rl = g_new0 (double, kr * kr);
    g_autofree double *rri = g_new0 (double, kr * kr);
    g_autofree double *rd = g_new0 (double, kr), *ry = g_new0 (double, kr);
    g_autofree double *md = g_new0 (double, kr), *my = g_new0 (double, kr);
    g_autofree double *z = g_new (double, MAX (n, 1)), *uy = g_new (double, MAX (n, 1));
    g_autofree guint *rc = g_new (guint, kr);
    for (guint i = 0, c = 0; c < k; c++)
      if (c != 1)
        rc[i++] = c;
    for (guint i = 0; i < kr; i++)
      for (guint j = 0; j < kr; j++)
        rr[i * kr + j] = zz[rc[i] * k + rc[j]];
    /* Z'Z is positive definite, so is its principal submatrix. */
    (void) cholesky (rr, kr, rl);
    cholesky_inverse (rl, kr, rri);
    for (guint i = 0; i < kr; i++)
      {
        rd[i] = zz[rc[i] * k + 1];
        ry[i] = zy[rc[i]];
      }
    for (guint i = 0; i < kr; i++)
      for (guint j = 0; j < kr; j++)
        {
          md[i] += rri[i * kr + j] * rd[j];
          my[i] += rri[i * kr + j] * ry[j];
        }
    for (guint r = 0; r < n; r++)
      {
        z[r] = d.z[(gsize) r * k + 1];
        uy[r] = d.y[r];
        for (guint i = 0; i < kr; i++)
          {
            z[r] -= d.z[(gsize) r * k + rc[i]] * md[i];
            uy[r] -= d.z[(gsize) r * k + rc[i]] * my[i];
          }
      }

    /* ---- Wild cluster restricted bootstrap ---- */
    {
      g_autofree double *ay = g_new0 (double, G), *az = g_new0 (double, G);
      g_autofree double *bz = g_new0 (double, (gsize) G * k), *dy = g_new0 (double, (gsize) G * k);
      g_autofree double *cy = g_new (double, (gsize) G * G), *cz = g_new (double, (gsize) G * G);
      g_autofree double *sy = g_new (double, G), *sz = g_new (double, G), *sg = g_new (double, G);
      WildDraws wd = { 0 };
      gboolean exact = G < 63 && (G_GUINT64_CONSTANT (1) << G) <= o->max_enumerate;
      for (guint a = 0; a < G; a++)
        for (guint r = d.start[a]; r < d.start[a + 1]; r++)
          {
            ay[a] += z[r] * uy[r];
            az[a] += z[r] * z[r];
            for (guint i = 0; i < k; i++)
              {
                bz[(gsize) a * k + i] += d.z[(gsize) r * k + i] * z[r];
                dy[(gsize) a * k + i] += d.z[(gsize) r * k + i] * uy[r];
              }
          }
      for (guint a = 0; a < G; a++)
        for (guint b = 0; b < G; b++)
          {
            cy[(gsize) a * G + b] = (a == b ? ay[a] : 0)
                                    - quad (bz + (gsize) a * k, mz, dy + (gsize) b * k, k);
            cz[(gsize) a * G + b] = (a == b ? az[a] : 0)
                                    - quad (bz + (gsize) a * k, mz, bz + (gsize) b * k, k);
          }
      wd.b = exact ? G_GUINT64_CONSTANT (1) << G : o->draws;
      wd.ny = g_new (double, wd.b);
      wd.nz = g_new (double, wd.b);
      wd.pp = g_new (double, wd.b);
      wd.pq = g_new (double, wd.b);
      wd.qq = g_new (double, wd.b);
      wd.est = est;
      wd.se = se1;
      wd.fac = fac;
      {
        guint32 seeds[3] = { (guint32) o->seed, (guint32) (o->seed >> 32), 0x57494c44u };
        g_autoptr (GRand) rng = exact ? NULL : g_rand_new_with_seed_array (seeds, 3);
        static const double webb[6] = { -1.224744871391589, -1.0, -0.7071067811865476,
                                        0.7071067811865476, 1.0, 1.224744871391589 };
        for (guint64 j = 0; j < wd.b; j++)
          {
            double ny = 0, nz = 0, pp = 0, pq = 0, qq = 0;
            for (guint a = 0; a < G; a++)
              sg[a] = exact ? ((j >> a) & 1 ? -1.0 : 1.0)
                            : webb[g_rand_int_range (rng, 0, 6)];
            for (guint a = 0; a < G; a++)
              {
                double x = 0, y2 = 0;
                for (guint b = 0; b < G; b++)
                  {
                    x += cy[(gsize) a * G + b] * sg[b];
                    y2 += cz[(gsize) a * G + b] * sg[b];
                  }
                sy[a] = x;
                sz[a] = y2;
                ny += sg[a] * ay[a];
                nz += sg[a] * az[a];
              }
            for (guint a = 0; a < G; a++)
              {
                pp += sy[a] * sy[a];
                pq += sy[a] * sz[a];
                qq += sz[a] * sz[a];
              }
            wd.ny[j] = ny;
            wd.nz[j] = nz;
            wd.pp[j] = pp;
            wd.pq[j] = pq;
            wd.qq[j] = qq;
          }
      }
      did->wild.se = NAN;
      did->wild.df = NAN;
      did->wild.p_value = wild_p (0, &wd);
      did->wild.ci_low = invert (wild_p, &wd, est, se1, -1, alpha);
      did->wild.ci_high = invert (wild_p, &wd, est, se1, +1, alpha);
      did->wild_draws = wd.b;
      did->wild_exact = exact;
      did->wild_weights = exact ? "rademacher" : "webb";
      g_free (wd.ny);
      g_free (wd.nz);
      g_free (wd.pp);
      g_free (wd.pq);
      g_free (wd.qq);
    }

    /* ---- Randomisation inference ---- */
    {
      guint n1 = d.n_treated, kq = kr;
      guint64 total = nrp_binomial (G, n1);
      gboolean exact = total <= o->max_exact;
      RandDraws rd_ = { 0 };
      g_autofree double *kap = g_new0 (double, G), *alp = g_new0 (double, G);
      g_autofree double *phi = g_new0 (double, (gsize) G * kq), *psi = g_new0 (double, (gsize) G * kq);
      g_autofree double *gam = g_new0 (double, (gsize) G * kq * kq);
      g_autofree double *mg = g_new0 (double, (gsize) G * kq);
      g_autofree double *phia = g_new0 (double, kq);
      g_autofree double *mt = g_new (double, kq);
      g_autofree gboolean *in = g_new0 (gboolean, G);
      g_autofree guint *comb = g_new (guint, MAX (n1, 1));
      g_autofree guint *idx = g_new (guint, G);
      double tobs;
      g_autofree double *zuh = g_new (double, G), *zzh = g_new (double, G);
      guint64 ext_t = 0;
      guint32 seeds[3] = { (guint32) o->seed, (guint32) (o->seed >> 32), 0x52414e44u };
      g_autoptr (GRand) rng = exact ? NULL : g_rand_new_with_seed_array (seeds, 3);

      for (guint a = 0; a < G; a++)
        for (guint r = d.start[a]; r < d.start[a + 1]; r++)
          {
            kap[a] += d.q[r] * d.q[r];
            alp[a] += d.q[r] * uy[r];
            for (guint i = 0; i < kq; i++)
              {
                double ri = d.z[(gsize) r * k + rc[i]];
                phi[(gsize) a * kq + i] += ri * d.q[r];
                psi[(gsize) a * kq + i] += ri * uy[r];
                for (guint j = 0; j < kq; j++)
                  gam[((gsize) a * kq + i) * kq + j] += ri * d.z[(gsize) r * k + rc[j]];
              }
          }
      for (guint a = 0; a < G; a++)
        {
          for (guint i = 0; i < kq; i++)
            for (guint j = 0; j < kq; j++)
              mg[(gsize) a * kq + i] += rri[i * kq + j] * phi[(gsize) a * kq + j];
          if (d.treated[a])
            for (guint i = 0; i < kq; i++)
              phia[i] += phi[(gsize) a * kq + i];
        }
      tobs = est / se1;
      rd_.b = exact ? total : o->draws;
      rd_.beta = g_new (double, rd_.b);
      rd_.gamma = g_new (double, rd_.b);
      rd_.est = est;
      rd_.monte_carlo = !exact;
      for (guint i = 0; i < n1; i++)
        comb[i] = i;
      for (guint64 j = 0; j < rd_.b; j++)
        {
          double zu = 0, zzt = 0, za = 0, ss = 0, bt, t;
          memset (in, 0, sizeof (gboolean) * G);
          if (exact)
            {
              for (guint i = 0; i < n1; i++)
                in[comb[i]] = TRUE;
              /* The next combination, in lexicographic order. */
              for (gint i = (gint) n1 - 1; i >= 0; i--)
                if (comb[i] < G - n1 + (guint) i)
                  {
                    comb[i]++;
                    for (guint t2 = (guint) i + 1; t2 < n1; t2++)
                      comb[t2] = comb[t2 - 1] + 1;
                    break;
                  }
            }
          else
            {
              for (guint i = 0; i < G; i++)
                idx[i] = i;
              for (guint i = 0; i < n1; i++)
                {
                  guint jj = i + (guint) g_rand_int_range (rng, 0, (gint32) (G - i));
                  guint tmp = idx[i];
                  idx[i] = idx[jj];
                  idx[jj] = tmp;
                  in[idx[i]] = TRUE;
                }
            }
          for (guint i = 0; i < kq; i++)
            mt[i] = 0;
          for (guint a = 0; a < G; a++)
            if (in[a])
              for (guint i = 0; i < kq; i++)
                mt[i] += mg[(gsize) a * kq + i];
          {
            for (guint a = 0; a < G; a++)
              {
                double mpsi = 0, mphi = 0, mgm = 0;
                for (guint i = 0; i < kq; i++)
                  {
                    mpsi += mt[i] * psi[(gsize) a * kq + i];
                    mphi += mt[i] * phi[(gsize) a * kq + i];
                    for (guint jj = 0; jj < kq; jj++)
                      mgm += mt[i] * gam[((gsize) a * kq + i) * kq + jj] * mt[jj];
                  }
                zuh[a] = (in[a] ? alp[a] : 0) - mpsi;
                zzh[a] = (in[a] ? kap[a] - 2 * mphi : 0) + mgm;
                zu += zuh[a];
                zzt += zzh[a];
                if (in[a] && d.treated[a])
                  za += kap[a];
              }
            for (guint i = 0; i < kq; i++)
              za -= mt[i] * phia[i];
            bt = zu / zzt;
            for (guint a = 0; a < G; a++)
              {
                double sc = zuh[a] - bt * zzh[a];
                ss += sc * sc;
              }
          }
          t = zu / sqrt (fac * ss);
          rd_.beta[j] = bt;
          rd_.gamma[j] = za / zzt;
          ext_t += fabs (t) >= fabs (tobs) * (1 - TIE_TOLERANCE);
        }
      did->randomisation.se = NAN;
      did->randomisation.df = NAN;
      did->randomisation.p_value = rand_p (0, &rd_);
      did->randomisation_p_t = exact ? (double) ext_t / (double) rd_.b
                                     : (1.0 + ext_t) / (1.0 + rd_.b);
      did->randomisation.ci_low = invert (rand_p, &rd_, est, se1, -1, alpha);
      did->randomisation.ci_high = invert (rand_p, &rd_, est, se1, +1, alpha);
      did->assignments = rd_.b;
      did->randomisation_exact = exact;
      g_free (rd_.beta);
      g_free (rd_.gamma);
    }
  }
  design_clear (&d);
  return TRUE;
}

/* ---- The whole survey ---------------------------------------------------------- */

static gint
find_item (const NrpSurvey *s, const char *name)
{
  for (guint k = 0; k < s->n_items; k++)
    if (strcmp (s->items[k], name) == 0)
      return (gint) k;
  return -1;
}

static gboolean
unknown_item (const NrpSurvey *s, const char *what, const char *name, GError **error)
{
  g_autoptr (GString) list = g_string_new (NULL);
  g_autofree char *shown = nrp_io_shown (name);
  for (guint k = 0; k < s->n_items && k < 20; k++)
    g_string_append_printf (list, "%s'%s'", k ? ", " : "", s->items[k]);
  nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                    "the %s '%s' is not a column of %s (items: %s%s)", what, shown, s->file,
                    list->str, s->n_items > 20 ? ", ..." : "");
  return FALSE;
}

static gint
cell_order (gconstpointer a, gconstpointer b)
{
  const NrpSurveyAreaWave *x = a, *y = b;
  if (x->area != y->area)
    return x->area < y->area ? -1 : 1;
  return x->wave < y->wave ? -1 : x->wave > y->wave;
}

NrpSurveyResult *
nrp_survey_compute (const NrpSurvey *s, const NrpSurveyOptions *options, GError **error)
{
  g_autoptr (NrpSurveyOptions) defaults = NULL;
  const NrpSurveyOptions *o = options;
  g_autoptr (NrpSurveyResult) res = NULL;
  g_autofree guint *cov = NULL;
  g_autoptr (GArray) outcomes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint p = 0, lo = G_MAXUINT, hi = 0;

  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (o == NULL)
    o = defaults = nrp_survey_options_new ();

  for (guint i = 0; i < s->n; i++)
    {
      lo = MIN (lo, s->wave[i]);
      hi = MAX (hi, s->wave[i]);
    }
  if (s->design->n_areas > NRP_MAX_SURVEY_AREAS)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, s->design->areas_file,
                        s->design->area_lines[NRP_MAX_SURVEY_AREAS], 1,
                        "%u areas: the survey's inference is for few areas (at most %u); its "
                        "area-by-area tables would not fit",
                        s->design->n_areas, NRP_MAX_SURVEY_AREAS);
      return NULL;
    }
  res = g_new0 (NrpSurveyResult, 1);
  res->strings = g_string_chunk_new (256);
  res->confidence = o->confidence;
  res->n_items = s->n_items;
  if (o->pre == 0)
    {
      if (lo == hi)
        {
          nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, s->line[0], 1,
                            "every respondent is at wave %u; the difference in differences "
                            "needs two waves",
                            lo);
          return NULL;
        }
      res->pre = lo;
      res->post = hi;
    }
  else
    {
      gboolean has_pre = FALSE, has_post = FALSE;
      for (guint i = 0; i < s->n; i++)
        {
          has_pre |= s->wave[i] == o->pre;
          has_post |= s->wave[i] == o->post;
        }
      if (!has_pre || !has_post)
        {
          nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                            "%s has no respondent at wave %u (its waves run from %u to %u)",
                            s->file, has_pre ? o->post : o->pre, lo, hi);
          return NULL;
        }
      res->pre = o->pre;
      res->post = o->post;
    }

  /* Covariates, then outcomes. */
  if (o->covariates != NULL)
    {
      p = g_strv_length (o->covariates);
      cov = g_new (guint, MAX (p, 1));
      res->n_covariates = p;
      res->covariates = g_new (char *, MAX (p, 1));
      for (guint c = 0; c < p; c++)
        {
          gint k = find_item (s, o->covariates[c]);
          if (k < 0)
            {
              unknown_item (s, "covariate", o->covariates[c], error);
              return NULL;
            }
          cov[c] = (guint) k;
          res->covariates[c] = s->items[k];
        }
    }
  if (o->outcomes != NULL)
    for (guint j = 0; o->outcomes[j] != NULL; j++)
      {
        gint k = find_item (s, o->outcomes[j]);
        if (k < 0)
          {
            unknown_item (s, "outcome", o->outcomes[j], error);
            return NULL;
          }
        for (guint c = 0; c < p; c++)
          if (cov[c] == (guint) k)
            {
              nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                                "'%s' is both an outcome and a covariate", s->items[k]);
              return NULL;
            }
        g_array_append_val (outcomes, k);
      }
  else
    /* The items of respondents.csv; ego-network measures when named. */
    for (guint k = 0; k < s->n_file_items; k++)
      {
        gboolean is_cov = FALSE;
        for (guint c = 0; c < p; c++)
          is_cov |= cov[c] == k;
        if (!is_cov)
          g_array_append_val (outcomes, k);
      }

  /* Area-wave cells: n, weights, each item's weighted mean and SE. */
  {
    g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
    g_autoptr (GArray) cells = g_array_new (FALSE, TRUE, sizeof (NrpSurveyAreaWave));
    g_autofree guint *cell_of = g_new (guint, s->n);
    g_autofree double *sw2 = NULL, *mw = NULL;
    guint ni = s->n_items, nc;
    for (guint i = 0; i < s->n; i++)
      {
        guint key = s->area[i] * (NRP_MAX_WAVE + 1) + s->wave[i];
        if (!g_hash_table_contains (index, GUINT_TO_POINTER (key)))
          {
            NrpSurveyAreaWave c = { 0 };
            c.area = s->area[i];
            c.area_name = s->design->areas[s->area[i]];
            c.arm = s->design->arms[s->area[i]];
            c.wave = s->wave[i];
            g_array_append_val (cells, c);
            g_hash_table_insert (index, GUINT_TO_POINTER (key), GUINT_TO_POINTER (cells->len));
          }
      }
    g_array_sort (cells, cell_order);
    nc = cells->len;
    for (guint c = 0; c < nc; c++)
      {
        const NrpSurveyAreaWave *x = &g_array_index (cells, NrpSurveyAreaWave, c);
        g_hash_table_insert (index, GUINT_TO_POINTER (x->area * (NRP_MAX_WAVE + 1) + x->wave),
                             GUINT_TO_POINTER (c));
      }
    for (guint i = 0; i < s->n; i++)
      cell_of[i] = GPOINTER_TO_UINT (g_hash_table_lookup (
        index, GUINT_TO_POINTER (s->area[i] * (NRP_MAX_WAVE + 1) + s->wave[i])));
    res->n_cells = nc;
    res->cells = (NrpSurveyAreaWave *) (void *) g_array_free (g_steal_pointer (&cells), FALSE);
    res->means = g_new0 (double, (gsize) nc * ni);
    res->ses = g_new0 (double, (gsize) nc * ni);
    sw2 = g_new0 (double, nc);
    mw = g_new0 (double, (gsize) nc * ni);   /* per item: sum of weights with the item */
    {
      g_autofree guint *m = g_new0 (guint, (gsize) nc * ni);
      for (guint i = 0; i < s->n; i++)
        {
          NrpSurveyAreaWave *x = &res->cells[cell_of[i]];
          double w = s->weight[i];
          x->n++;
          x->weighted_n += w;
          sw2[cell_of[i]] += w * w;
          for (guint k = 0; k < ni; k++)
            {
              double y = s->values[(gsize) k * s->n + i];
              if (isnan (y))
                continue;
              m[(gsize) cell_of[i] * ni + k]++;
              mw[(gsize) cell_of[i] * ni + k] += w;
              res->means[(gsize) cell_of[i] * ni + k] += w * y;
            }
        }
      for (guint c = 0; c < nc; c++)
        {
          res->cells[c].effective_n = res->cells[c].weighted_n * res->cells[c].weighted_n / sw2[c];
          for (guint k = 0; k < ni; k++)
            res->means[(gsize) c * ni + k] = m[(gsize) c * ni + k] > 0
                                               ? res->means[(gsize) c * ni + k]
                                                   / mw[(gsize) c * ni + k]
                                               : NAN;
        }
      for (guint i = 0; i < s->n; i++)
        for (guint k = 0; k < ni; k++)
          {
            double y = s->values[(gsize) k * s->n + i], w = s->weight[i];
            gsize at = (gsize) cell_of[i] * ni + k;
            if (!isnan (y))
              res->ses[at] += w * w * (y - res->means[at]) * (y - res->means[at]);
          }
      for (guint c = 0; c < nc; c++)
        for (guint k = 0; k < ni; k++)
          {
            gsize at = (gsize) c * ni + k;
            guint mm = m[at];
            res->ses[at] = mm >= 2 ? sqrt ((double) mm / (mm - 1) * res->ses[at]) / mw[at] : NAN;
          }
    }
  }

  /* The models. */
  res->n_dids = outcomes->len;
  res->dids = g_new0 (NrpSurveyDid, MAX (outcomes->len, 1));
  for (guint j = 0; j < outcomes->len; j++)
    {
      Model m = { s, o, g_array_index (outcomes, guint, j), cov, p, res->pre, res->post };
      if (!fit (&m, &res->dids[j], error))
        return NULL;
    }
  return g_steal_pointer (&res);
}

void
nrp_survey_result_free (NrpSurveyResult *r)
{
  if (r == NULL)
    return;
  g_free (r->dids);
  g_free (r->cells);
  g_free (r->means);
  g_free (r->ses);
  g_free (r->covariates);
  g_free (r->cell_hidden);
  g_free (r->did_hidden);
  if (r->strings != NULL)
    g_string_chunk_free (r->strings);
  g_free (r);
}

/* ---- Small-cell suppression ------------------------------------------------ */

gboolean
nrp_survey_result_set_suppress_below (NrpSurveyResult *r, guint k, GError **error)
{
  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (k == 1 || k > NRP_MAX_SUPPRESS_BELOW)
    {
      NRP_OUT_OF_RANGE (error, "the suppression threshold",
                        "0 (none) or 2 to " G_STRINGIFY (NRP_MAX_SUPPRESS_BELOW));
      return FALSE;
    }
  g_clear_pointer (&r->cell_hidden, g_free);
  g_clear_pointer (&r->did_hidden, g_free);
  r->suppress_below = k;
  if (k == 0)
    return TRUE;
  r->cell_hidden = g_new0 (gboolean, MAX (r->n_cells, 1));
  r->did_hidden = g_new0 (gboolean, MAX (r->n_dids, 1));
  /* Primary: a cell of 1 to k - 1 respondents. */
  for (guint c = 0; c < r->n_cells; c++)
    r->cell_hidden[c] = r->cells[c].n > 0 && r->cells[c].n < k;
  /* Secondary: a wave's cells add up to its respondents, so a wave with one
   * hidden cell would give it back by subtraction: hide its smallest other
   * non-empty cell too (the first in area order on a tie). */
  for (guint w = 0; w < 2; w++)
    {
      guint wave = w == 0 ? r->pre : r->post, hidden = 0, best = G_MAXUINT;
      for (guint c = 0; c < r->n_cells; c++)
        if (r->cells[c].wave == wave)
          hidden += r->cell_hidden[c];
      if (hidden != 1)
        continue;
      for (guint c = 0; c < r->n_cells; c++)
        if (r->cells[c].wave == wave && !r->cell_hidden[c] && r->cells[c].n > 0
            && (best == G_MAXUINT || r->cells[c].n < r->cells[best].n))
          best = c;
      if (best != G_MAXUINT)
        r->cell_hidden[best] = TRUE;
    }
  /* An outcome's excluded respondents of 1 to k - 1, and its n with them
   * (n + excluded is the cells' sum). */
  for (guint d = 0; d < r->n_dids; d++)
    r->did_hidden[d] = r->dids[d].excluded > 0 && r->dids[d].excluded < k;
  return TRUE;
}

guint
nrp_survey_result_get_suppress_below (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->suppress_below;
}

gboolean
nrp_survey_result_is_cell_suppressed (const NrpSurveyResult *r, guint cell)
{
  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (cell < r->n_cells, FALSE);
  return r->cell_hidden != NULL && r->cell_hidden[cell];
}

gboolean
nrp_survey_result_is_did_suppressed (const NrpSurveyResult *r, guint outcome)
{
  g_return_val_if_fail (r != NULL, FALSE);
  g_return_val_if_fail (outcome < r->n_dids, FALSE);
  return r->did_hidden != NULL && r->did_hidden[outcome];
}

guint
nrp_survey_result_get_n_outcomes (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->n_dids;
}

const NrpSurveyDid *
nrp_survey_result_get_did (const NrpSurveyResult *r, guint outcome)
{
  g_return_val_if_fail (r != NULL && outcome < r->n_dids, NULL);
  return &r->dids[outcome];
}

guint
nrp_survey_result_get_n_area_waves (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->n_cells;
}

const NrpSurveyAreaWave *
nrp_survey_result_get_area_wave (const NrpSurveyResult *r, guint cell)
{
  g_return_val_if_fail (r != NULL && cell < r->n_cells, NULL);
  return &r->cells[cell];
}

double
nrp_survey_result_get_mean (const NrpSurveyResult *r, guint cell, guint item, double *se)
{
  g_return_val_if_fail (r != NULL && cell < r->n_cells && item < r->n_items, NAN);
  if (se != NULL)
    *se = r->ses[(gsize) cell * r->n_items + item];
  return r->means[(gsize) cell * r->n_items + item];
}

guint
nrp_survey_result_get_pre_wave (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->pre;
}

guint
nrp_survey_result_get_post_wave (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->post;
}

double
nrp_survey_result_get_confidence (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, NAN);
  return r->confidence;
}

guint
nrp_survey_result_get_n_covariates (const NrpSurveyResult *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->n_covariates;
}

const char *
nrp_survey_result_get_covariate (const NrpSurveyResult *r, guint k)
{
  g_return_val_if_fail (r != NULL && k < r->n_covariates, NULL);
  return r->covariates[k];
}

/* ---- The survey beside the network measures ---------------------------------- */

gboolean
nrp_study_design_add_survey (NrpStudyDesign *d, const NrpSurvey *s, GError **error)
{
  guint no, ni, nn, nrows;
  g_autoptr (GHashTable) index = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr (GArray) keys = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree double *sw = NULL, *swy = NULL;
  double *values;
  char **names;

  g_return_val_if_fail (d != NULL && s != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  no = d->n_outcomes;
  ni = s->n_items;
  nn = no + ni;
  for (guint k = 0; k < ni; k++)
    {
      gboolean taken = nrp_measure_find (s->items[k], NULL);
      for (guint c = 0; c < no && !taken; c++)
        taken = strcmp (d->outcomes[c], s->items[k]) == 0;
      if (taken)
        {
          g_autofree char *name = nrp_io_shown (s->items[k]);
          nrp_set_error_at (error, NRP_ERROR_HEADER, s->file, 1, s->item_column[k],
                            "the survey item '%s' has the name of a network measure or of "
                            "an outcome column; rename it",
                            name);
          return FALSE;
        }
    }
  /* The rows outcomes.csv has, in their order, then the survey's new cells. */
  if (d->row_index != NULL)
    {
      GHashTableIter it;
      gpointer key, row;
      g_array_set_size (keys, d->n_rows);
      g_hash_table_iter_init (&it, d->row_index);
      while (g_hash_table_iter_next (&it, &key, &row))
        {
          g_array_index (keys, guint, GPOINTER_TO_UINT (row) - 1) = GPOINTER_TO_UINT (key);
          g_hash_table_insert (index, key, row);
        }
    }
  for (guint i = 0; i < s->n; i++)
    {
      const char *area = s->design->areas[s->area[i]];
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (d->area_index, area)), key;
      if (a == 0)
        {
          g_autofree char *name = nrp_io_shown (area);
          nrp_set_error_at (error, NRP_ERROR_VALUE, s->file, s->line[i], s->area_column,
                            "area '%s' of the survey is not one of %s's areas", name,
                            d->areas_file);
          return FALSE;
        }
      key = (a - 1) * (NRP_MAX_WAVE + 1) + s->wave[i];
      if (!g_hash_table_contains (index, GUINT_TO_POINTER (key)))
        {
          g_array_append_val (keys, key);
          g_hash_table_insert (index, GUINT_TO_POINTER (key), GUINT_TO_POINTER (keys->len));
        }
    }
  nrows = keys->len;
  sw = g_new0 (double, (gsize) MAX (nrows, 1) * ni);
  swy = g_new0 (double, (gsize) MAX (nrows, 1) * ni);
  for (guint i = 0; i < s->n; i++)
    {
      guint a = GPOINTER_TO_UINT (g_hash_table_lookup (d->area_index,
                                                       s->design->areas[s->area[i]]));
      guint row = GPOINTER_TO_UINT (g_hash_table_lookup (
                    index, GUINT_TO_POINTER ((a - 1) * (NRP_MAX_WAVE + 1) + s->wave[i])))
                  - 1;
      for (guint k = 0; k < ni; k++)
        {
          double y = s->values[(gsize) k * s->n + i];
          if (isnan (y))
            continue;
          sw[(gsize) row * ni + k] += s->weight[i];
          swy[(gsize) row * ni + k] += s->weight[i] * y;
        }
    }
  values = g_new (double, (gsize) MAX (nrows, 1) * nn);
  for (guint row = 0; row < nrows; row++)
    {
      for (guint c = 0; c < no; c++)
        values[(gsize) row * nn + c] = row < d->n_rows ? d->values[(gsize) row * no + c] : NAN;
      for (guint k = 0; k < ni; k++)
        values[(gsize) row * nn + no + k] = sw[(gsize) row * ni + k] > 0
                                              ? swy[(gsize) row * ni + k] / sw[(gsize) row * ni + k]
                                              : NAN;
    }
  names = g_new (char *, MAX (nn, 1));
  for (guint c = 0; c < no; c++)
    names[c] = d->outcomes[c];
  for (guint k = 0; k < ni; k++)
    names[no + k] = g_string_chunk_insert (d->strings, s->items[k]);
  g_free (d->outcomes);
  g_free (d->values);
  if (d->row_index != NULL)
    g_hash_table_unref (d->row_index);
  d->outcomes = names;
  d->values = values;
  d->n_outcomes = nn;
  d->n_rows = nrows;
  d->row_index = g_steal_pointer (&index);
  if (d->outcomes_file == NULL)
    d->outcomes_file = g_string_chunk_insert (d->strings, s->file);
  return TRUE;
}
