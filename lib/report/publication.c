/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * publication.c: a report's tables for publication, with small-cell
 * suppression (nrpnet/privacy.h).
 *
 * The tables are cells in one pool. A count of 1 to k - 1 is suppressed
 * (primary suppression). The tables' additive relations are constraints
 * (total = sum of parts: a sector's actors add up to all the actors, the
 * tie classes to all the ties, the mixing matrix's cells to the ties and
 * its diagonal to the bonding ties...). A suppressed cell is recoverable
 * when the published cells and the constraints determine it, that is when
 * its unit vector lies in the row space of the constraints restricted to
 * the suppressed cells; while one is, another cell of one of its
 * constraints is suppressed (secondary suppression: the smallest non-zero
 * part, else a zero part, else the total). A value computed from counts
 * (a density, a share, the E-I index) is suppressed with any of them.
 */
#include "config.h"

#include <math.h>

#include "core/nrp-private.h"

typedef struct {
  double value;
  gboolean count;       /* an integer count, subject to primary suppression */
  gboolean suppressed;
} Cell;

typedef struct {
  guint total;          /* cell index */
  GArray *parts;        /* guint cell indices */
} Constraint;

typedef struct {
  guint cell;
  GArray *sources;      /* guint cell indices it is computed from */
} Derived;

typedef struct {
  char *name, *title;
  guint n_rows, n_cols;
  char **rows, **cols;  /* labels */
  gint *cells;          /* n_rows x n_cols cell indices, -1: empty */
} PubTable;

struct _NrpPublication {
  guint k;
  GArray *cells;          /* Cell */
  GPtrArray *constraints; /* Constraint * */
  GPtrArray *derived;     /* Derived * */
  GPtrArray *tables;      /* PubTable * */
  GPtrArray *left_out;    /* char *, NULL-terminated */
};

static void
constraint_free (gpointer p)
{
  Constraint *c = p;
  g_array_unref (c->parts);
  g_free (c);
}

static void
derived_free (gpointer p)
{
  Derived *d = p;
  g_array_unref (d->sources);
  g_free (d);
}

static void
table_free (gpointer p)
{
  PubTable *t = p;
  g_free (t->name);
  g_free (t->title);
  g_strfreev (t->rows);
  g_strfreev (t->cols);
  g_free (t->cells);
  g_free (t);
}

void
nrp_publication_free (NrpPublication *p)
{
  if (p == NULL)
    return;
  g_array_unref (p->cells);
  g_ptr_array_unref (p->constraints);
  g_ptr_array_unref (p->derived);
  g_ptr_array_unref (p->tables);
  g_ptr_array_unref (p->left_out);
  g_free (p);
}

static guint
add_cell (NrpPublication *p, double value, gboolean count)
{
  Cell c = { value, count, FALSE };
  g_array_append_val (p->cells, c);
  return p->cells->len - 1;
}

static Cell *
cell_at (const NrpPublication *p, guint i)
{
  return &g_array_index (p->cells, Cell, i);
}

static Constraint *
add_constraint (NrpPublication *p, guint total)
{
  Constraint *c = g_new0 (Constraint, 1);
  c->total = total;
  c->parts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_ptr_array_add (p->constraints, c);
  return c;
}

static void
add_part (Constraint *c, guint cell)
{
  g_array_append_val (c->parts, cell);
}

/* A value computed from @n cells (and more added with add_source()). */
static Derived *
add_derived (NrpPublication *p, double value, guint n, const guint *sources)
{
  Derived *d = g_new0 (Derived, 1);
  d->cell = add_cell (p, value, FALSE);
  d->sources = g_array_new (FALSE, FALSE, sizeof (guint));
  g_array_append_vals (d->sources, sources, n);
  g_ptr_array_add (p->derived, d);
  return d;
}

static PubTable *
add_table (NrpPublication *p, const char *name, const char *title, guint n_rows, guint n_cols)
{
  PubTable *t = g_new0 (PubTable, 1);
  t->name = g_strdup (name);
  t->title = g_strdup (title);
  t->n_rows = n_rows;
  t->n_cols = n_cols;
  t->rows = g_new0 (char *, n_rows + 1);
  t->cols = g_new0 (char *, n_cols + 1);
  t->cells = g_new (gint, (gsize) n_rows * n_cols);
  for (gsize i = 0; i < (gsize) n_rows * n_cols; i++)
    t->cells[i] = -1;
  g_ptr_array_add (p->tables, t);
  return t;
}

static void
put (PubTable *t, guint r, guint c, guint cell)
{
  t->cells[(gsize) r * t->n_cols + c] = (gint) cell;
}

/* ---- Recoverability ------------------------------------------------------ */

#define EPS 1e-9

/* The reduced row echelon form of the constraints over the suppressed
 * cells: @col[i] is cell i's column (-1: published), @a the n_rows x
 * n_unknown matrix, reduced in place; returns its rank and each pivot
 * row's pivot column in @pivot. */
static guint
rref (double *a, guint n_rows, guint n_cols, guint *pivot)
{
  guint rank = 0;
  for (guint c = 0; c < n_cols && rank < n_rows; c++)
    {
      guint best = rank;
      for (guint r = rank + 1; r < n_rows; r++)
        if (fabs (a[(gsize) r * n_cols + c]) > fabs (a[(gsize) best * n_cols + c]))
          best = r;
      if (fabs (a[(gsize) best * n_cols + c]) < EPS)
        continue;
      if (best != rank)
        for (guint j = 0; j < n_cols; j++)
          {
            double tmp = a[(gsize) best * n_cols + j];
            a[(gsize) best * n_cols + j] = a[(gsize) rank * n_cols + j];
            a[(gsize) rank * n_cols + j] = tmp;
          }
      double pv = a[(gsize) rank * n_cols + c];
      for (guint j = 0; j < n_cols; j++)
        a[(gsize) rank * n_cols + j] /= pv;
      for (guint r = 0; r < n_rows; r++)
        {
          double f = a[(gsize) r * n_cols + c];
          if (r == rank || fabs (f) < EPS)
            continue;
          for (guint j = 0; j < n_cols; j++)
            a[(gsize) r * n_cols + j] -= f * a[(gsize) rank * n_cols + j];
        }
      pivot[rank++] = c;
    }
  return rank;
}

/* A suppressed cell the published cells and the constraints determine:
 * @only itself (or -1 when it is not determined), or with @only -1 the
 * first one (or -1). Cell u is determined when e_u lies in the row space of
 * the constraints over the suppressed cells: in reduced row echelon form,
 * when some row is e_u itself. */
static gint
recoverable (const NrpPublication *p, gint only)
{
  guint n_cells = p->cells->len, n_rows = p->constraints->len, n = 0;
  g_autofree gint *col = g_new (gint, n_cells);
  g_autofree guint *cell_of = g_new (guint, n_cells);
  gint found = -1;

  for (guint i = 0; i < n_cells; i++)
    {
      col[i] = cell_at (p, i)->suppressed ? (gint) n : -1;
      if (col[i] >= 0)
        cell_of[n++] = i;
    }
  if (n == 0 || n_rows == 0)
    return -1;

  g_autofree double *a = g_new0 (double, (gsize) n_rows * n);
  g_autofree guint *pivot = g_new (guint, MIN (n_rows, n));
  for (guint r = 0; r < n_rows; r++)
    {
      const Constraint *c = g_ptr_array_index (p->constraints, r);
      if (col[c->total] >= 0)
        a[(gsize) r * n + (guint) col[c->total]] -= 1.0;
      for (guint j = 0; j < c->parts->len; j++)
        {
          guint part = g_array_index (c->parts, guint, j);
          if (col[part] >= 0)
            a[(gsize) r * n + (guint) col[part]] += 1.0;
        }
    }
  guint rank = rref (a, n_rows, n, pivot);
  for (guint r = 0; r < rank && found < 0; r++)
    {
      guint nonzero = 0;
      for (guint j = 0; j < n; j++)
        if (fabs (a[(gsize) r * n + j]) > EPS)
          nonzero++;
      if (nonzero == 1 && (only < 0 || cell_of[pivot[r]] == (guint) only))
        found = (gint) cell_of[pivot[r]];
    }
  return found;
}

/* Whether @x is a better cell to hide than @y: a part before a total, a
 * non-zero count before a zero, a smaller count first. */
static gboolean
better_partner (const Cell *x, gboolean x_total, const Cell *y, gboolean y_total)
{
  if (x_total != y_total)
    return !x_total;
  if ((x->value > 0) != (y->value > 0))
    return x->value > 0;
  return x->value < y->value;
}

/* Hides one more cell so that @cell is no longer determined, among the
 * published cells of the constraints linked to it (better_partner() orders
 * them). FALSE when there is no published cell to hide. */
static gboolean
suppress_partner (NrpPublication *p, guint cell)
{
  g_autoptr (GArray) cand = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) is_total = g_array_new (FALSE, FALSE, sizeof (gboolean));
  g_autofree gboolean *reached = g_new0 (gboolean, p->constraints->len);
  g_autofree gboolean *seen = g_new0 (gboolean, p->cells->len);
  g_autofree gboolean *linked = g_new0 (gboolean, p->cells->len);
  gboolean grew = TRUE;

  /* The constraints through which @cell can be determined: those holding
   * it, and, repeatedly, those holding a suppressed cell of one reached
   * (a cell hidden in its own sums can still be given back through
   * another's). Their published cells are the candidates. */
  linked[cell] = TRUE;
  while (grew)
    {
      grew = FALSE;
      for (guint r = 0; r < p->constraints->len; r++)
        {
          const Constraint *c = g_ptr_array_index (p->constraints, r);
          gboolean holds = linked[c->total];
          if (reached[r])
            continue;
          for (guint j = 0; j < c->parts->len && !holds; j++)
            holds = linked[g_array_index (c->parts, guint, j)];
          if (!holds)
            continue;
          reached[r] = grew = TRUE;
          for (guint j = 0; j <= c->parts->len; j++)
            {
              guint x = j < c->parts->len ? g_array_index (c->parts, guint, j) : c->total;
              if (cell_at (p, x)->suppressed)
                linked[x] = TRUE;
            }
        }
    }
  for (guint r = 0; r < p->constraints->len; r++)
    {
      const Constraint *c = g_ptr_array_index (p->constraints, r);
      if (!reached[r])
        continue;
      for (guint j = 0; j <= c->parts->len; j++)
        {
          gboolean total = j == c->parts->len;
          guint x = total ? c->total : g_array_index (c->parts, guint, j);
          if (cell_at (p, x)->suppressed || seen[x])
            continue;
          seen[x] = TRUE;
          g_array_append_val (cand, x);
          g_array_append_val (is_total, total);
        }
    }
  if (cand->len == 0)
    return FALSE;
  /* The candidates in order of preference (insertion sort: a few dozen). */
  for (guint i = 1; i < cand->len; i++)
    for (guint j = i; j > 0; j--)
      {
        guint a = g_array_index (cand, guint, j), b = g_array_index (cand, guint, j - 1);
        gboolean ta = g_array_index (is_total, gboolean, j);
        gboolean tb = g_array_index (is_total, gboolean, j - 1);
        if (!better_partner (cell_at (p, a), ta, cell_at (p, b), tb))
          break;
        g_array_index (cand, guint, j) = b;
        g_array_index (cand, guint, j - 1) = a;
        g_array_index (is_total, gboolean, j) = tb;
        g_array_index (is_total, gboolean, j - 1) = ta;
      }
  /* Parts first (a total is the most useful cell of its table): the best
   * part whose hiding alone is enough, else the best part, and the loop goes
   * on; a total only when no part is left. */
  gboolean totals = g_array_index (is_total, gboolean, 0);
  for (guint i = 0; i < cand->len && g_array_index (is_total, gboolean, i) == totals; i++)
    {
      Cell *x = cell_at (p, g_array_index (cand, guint, i));
      x->suppressed = TRUE;
      if (recoverable (p, (gint) cell) < 0)
        return TRUE;
      x->suppressed = FALSE;
    }
  cell_at (p, g_array_index (cand, guint, 0))->suppressed = TRUE;
  return TRUE;
}

static void
suppress (NrpPublication *p)
{
  gint u;
  for (guint i = 0; i < p->cells->len; i++)
    {
      Cell *c = cell_at (p, i);
      c->suppressed = c->count && c->value > 0 && c->value < p->k;
    }
  while ((u = recoverable (p, -1)) >= 0)
    if (!suppress_partner (p, (guint) u))
      break;  /* cannot happen: a determined cell is determined by a published one */
  for (guint i = 0; i < p->derived->len; i++)
    {
      const Derived *d = g_ptr_array_index (p->derived, i);
      for (guint j = 0; j < d->sources->len; j++)
        if (cell_at (p, g_array_index (d->sources, guint, j))->suppressed)
          cell_at (p, d->cell)->suppressed = TRUE;
    }
}

static NrpPublication *
publication_new (guint k, const char *const *left_out, GError **error)
{
  NrpPublication *p;
  if (k < 2 || k > NRP_MAX_SUPPRESS_BELOW)
    {
      NRP_OUT_OF_RANGE (error, "the suppression threshold",
                        "2 to " G_STRINGIFY (NRP_MAX_SUPPRESS_BELOW));
      return NULL;
    }
  p = g_new0 (NrpPublication, 1);
  p->k = k;
  p->cells = g_array_new (FALSE, FALSE, sizeof (Cell));
  p->constraints = g_ptr_array_new_with_free_func (constraint_free);
  p->derived = g_ptr_array_new_with_free_func (derived_free);
  p->tables = g_ptr_array_new_with_free_func (table_free);
  p->left_out = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; left_out[i] != NULL; i++)
    g_ptr_array_add (p->left_out, g_strdup (left_out[i]));
  g_ptr_array_add (p->left_out, NULL);
  return p;
}

/* ---- The report's tables ---------------------------------------------------- */

static NrpTieClass
sector_pair_class (const NrpNetwork *net, guint a, guint b)
{
  gint pa, pb;
  if (a == b)
    return NRP_TIE_BONDING;
  if (nrp_network_get_sector_power (net, a, &pa) && nrp_network_get_sector_power (net, b, &pb)
      && pa != pb)
    return NRP_TIE_LINKING;
  return NRP_TIE_BRIDGING;
}

static void
wave_columns (PubTable *t, guint n_waves)
{
  for (guint w = 0; w < n_waves; w++)
    t->cols[w] = g_strdup_printf ("wave %u", w + 1);
}

/* A sector-pair table of counts from the s x s matrix @m (row-major, as the
 * mixing and change matrices); for undirected data the upper triangle, the
 * cells below the diagonal left empty. */
static PubTable *
add_sector_pair_table (NrpPublication *p, const NrpNetwork *net, const char *name,
                       const char *title, const guint *m)
{
  guint n = nrp_network_get_n_sectors (net);
  gboolean directed = nrp_network_is_directed (net);
  PubTable *t = add_table (p, name, title, n, n);
  for (guint s = 0; s < n; s++)
    {
      t->rows[s] = g_strdup (nrp_network_get_sector_name (net, s));
      t->cols[s] = g_strdup (nrp_network_get_sector_name (net, s));
    }
  for (guint a = 0; a < n; a++)
    for (guint b = directed ? 0 : a; b < n; b++)
      put (t, a, b, add_cell (p, m[(gsize) a * n + b], TRUE));
  return t;
}

/* The cell of sector pair (@a, @b) of such a table, or -1 below the
 * diagonal of an undirected one. */
static gint
pair_cell (const PubTable *t, guint a, guint b)
{
  return t->cells[(gsize) a * t->n_cols + b];
}

NrpPublication *
nrp_report_publication_new (const NrpReport *report, const NrpNetwork *net, guint k,
                            GError **error)
{
  static const char *const left_out[] = {
    "actors (every per-actor measure)", "top_actors", "sector_centrality", "sector_ei",
    "centralization", "brokerage", "bridges", "local_bridges", "communities",
    "resident_reach", NULL
  };
  static const char *const classes[] = { "bonding", "bridging", "linking" };
  const NrpSummary *sm;
  const NrpMixing *mx;
  NrpPublication *p;
  guint n_waves, n_sectors;
  gboolean directed;

  g_return_val_if_fail (report != NULL && net != NULL, NULL);
  if ((p = publication_new (k, left_out, error)) == NULL)
    return NULL;
  sm = nrp_report_get_summary (report);
  mx = nrp_report_get_mixing (report);
  n_waves = nrp_summary_get_n_waves (sm);
  n_sectors = nrp_network_get_n_sectors (net);
  directed = nrp_network_is_directed (net);

  g_autofree guint *all_actors = g_new (guint, n_waves);
  g_autofree guint *all_ties = g_new (guint, n_waves);
  g_autofree guint *class_cell = g_new (guint, (gsize) n_waves * 3);

  /* Actors present by sector. */
  PubTable *ta = add_table (p, "actors", "Actors present, by sector", n_sectors + 1, n_waves);
  wave_columns (ta, n_waves);
  for (guint s = 0; s < n_sectors; s++)
    ta->rows[s] = g_strdup (nrp_network_get_sector_name (net, s));
  ta->rows[n_sectors] = g_strdup ("all");
  for (guint w = 0; w < n_waves; w++)
    {
      g_autofree guint *present = g_new0 (guint, n_sectors);
      for (guint i = 0; i < nrp_network_get_n_actors (net); i++)
        if (nrp_network_get_actor_present (net, i, w + 1))
          present[nrp_network_get_actor_sector (net, i)]++;
      all_actors[w] = add_cell (p, nrp_summary_get_wave (sm, w + 1)->actors_present, TRUE);
      put (ta, n_sectors, w, all_actors[w]);
      Constraint *c = add_constraint (p, all_actors[w]);
      for (guint s = 0; s < n_sectors; s++)
        {
          guint cell = add_cell (p, present[s], TRUE);
          put (ta, s, w, cell);
          add_part (c, cell);
        }
    }

  /* Ties by class. */
  PubTable *tt = add_table (p, "ties", "Ties, by class", 4, n_waves);
  wave_columns (tt, n_waves);
  for (guint i = 0; i < 3; i++)
    tt->rows[i] = g_strdup (classes[i]);
  tt->rows[3] = g_strdup ("all");
  for (guint w = 0; w < n_waves; w++)
    {
      const NrpMixingWave *mw = nrp_mixing_get_wave (mx, w + 1);
      const guint v[3] = { mw->ties_bonding, mw->ties_bridging, mw->ties_linking };
      all_ties[w] = add_cell (p, nrp_summary_get_wave (sm, w + 1)->ties, TRUE);
      put (tt, 3, w, all_ties[w]);
      Constraint *c = add_constraint (p, all_ties[w]);
      for (guint i = 0; i < 3; i++)
        {
          class_cell[w * 3 + i] = add_cell (p, v[i], TRUE);
          put (tt, i, w, class_cell[w * 3 + i]);
          add_part (c, class_cell[w * 3 + i]);
        }
    }

  /* The mixing matrix of each wave; undirected, its upper triangle. */
  g_autofree PubTable **mixing = g_new (PubTable *, n_waves);
  for (guint w = 0; w < n_waves; w++)
    {
      g_autofree char *name = g_strdup_printf ("mixing_wave_%u", w + 1);
      g_autofree char *title = g_strdup_printf (
        directed ? "Ties by sector pair at wave %u (row: the tie's source)"
                 : "Ties by sector pair at wave %u", w + 1);
      Constraint *by_class[3], *all = add_constraint (p, all_ties[w]);
      mixing[w] = add_sector_pair_table (p, net, name, title, nrp_mixing_get_counts (mx, w + 1));
      for (guint i = 0; i < 3; i++)
        by_class[i] = add_constraint (p, class_cell[w * 3 + i]);
      for (guint a = 0; a < n_sectors; a++)
        for (guint b = 0; b < n_sectors; b++)
          if (pair_cell (mixing[w], a, b) >= 0)
            {
              add_part (all, (guint) pair_cell (mixing[w], a, b));
              add_part (by_class[sector_pair_class (net, a, b)], (guint) pair_cell (mixing[w], a, b));
            }
    }

  /* Whole-network measures. */
  static const char *const measures[] = {
    "density", "mean_degree", "components", "largest_component", "largest_component_share",
    "isolates", "transitivity", "ei_index", "assortativity", "sector_modularity"
  };
  const guint n_measures = G_N_ELEMENTS (measures);
  PubTable *tn = add_table (p, "network", "Whole-network measures", n_measures, n_waves);
  wave_columns (tn, n_waves);
  for (guint i = 0; i < n_measures; i++)
    tn->rows[i] = g_strdup (measures[i]);
  for (guint w = 0; w < n_waves; w++)
    {
      const NrpWaveSummary *ws = nrp_summary_get_wave (sm, w + 1);
      const NrpMixingWave *mw = nrp_mixing_get_wave (mx, w + 1);
      const guint size[2] = { all_ties[w], all_actors[w] };
      const guint ei[2] = { all_ties[w], class_cell[w * 3] };
      guint largest = add_cell (p, ws->largest_component, TRUE);
      const guint share[2] = { largest, all_actors[w] };
      g_autoptr (GArray) cells = g_array_new (FALSE, FALSE, sizeof (guint));
      for (guint a = 0; a < n_sectors; a++)
        for (guint b = 0; b < n_sectors; b++)
          if (pair_cell (mixing[w], a, b) >= 0)
            {
              guint cell = (guint) pair_cell (mixing[w], a, b);
              g_array_append_val (cells, cell);
            }
      put (tn, 0, w, add_derived (p, ws->density, 2, size)->cell);
      put (tn, 1, w, add_derived (p, ws->mean_degree, 2, size)->cell);
      put (tn, 2, w, add_cell (p, ws->components, TRUE));
      put (tn, 3, w, largest);
      put (tn, 4, w, add_derived (p, ws->largest_component_share, 2, share)->cell);
      put (tn, 5, w, add_cell (p, ws->isolates, TRUE));
      put (tn, 6, w, add_cell (p, ws->transitivity, FALSE));
      put (tn, 7, w, add_derived (p, mw->ei_index, 2, ei)->cell);
      /* Assortativity and modularity are functions of the mixing matrix:
       * with one of its cells hidden, either would give it back. */
      put (tn, 8, w, add_derived (p, mw->assortativity, cells->len, (guint *) cells->data)->cell);
      put (tn, 9, w,
           add_derived (p, mw->sector_modularity, cells->len, (guint *) cells->data)->cell);
    }

  suppress (p);
  return p;
}

/* ---- The comparison's tables ---------------------------------------------- */

/* One comparison's tables, named with the suffix "_A_B". */
static void
add_change_tables (NrpPublication *p, const NrpChange *ch, const NrpNetwork *net)
{
  static const char *const kinds[] = { "formed", "dissolved", "kept", "strengthened",
                                       "weakened" };
  static const char *const words[] = { "Ties formed", "Ties dissolved", "Ties kept",
                                       "Kept ties strengthened", "Kept ties weakened" };
  const NrpChangeSummary *cs = nrp_change_get_summary (ch);
  guint n_sectors = nrp_network_get_n_sectors (net), from = cs->from_wave, to = cs->to_wave;
  gboolean directed = nrp_network_is_directed (net);
  guint table_cell[2][3];  /* all, cross_sector x formed, dissolved, kept */
  g_autofree char *name = g_strdup_printf ("turnover_%u_%u", from, to);
  g_autofree char *title = g_strdup_printf ("Actors between waves %u and %u", from, to);

  /* Turnover: present at the from wave = stayed + left; at the to wave =
   * stayed + entered. */
  PubTable *tu = add_table (p, name, title, 5, 1);
  tu->cols[0] = g_strdup ("actors");
  tu->rows[0] = g_strdup_printf ("present at wave %u", from);
  tu->rows[1] = g_strdup_printf ("present at wave %u", to);
  tu->rows[2] = g_strdup ("stayed");
  tu->rows[3] = g_strdup ("left");
  tu->rows[4] = g_strdup ("entered");
  guint c_from = add_cell (p, cs->actors_stayed + cs->actors_left, TRUE);
  guint c_to = add_cell (p, cs->actors_stayed + cs->actors_entered, TRUE);
  guint c_stay = add_cell (p, cs->actors_stayed, TRUE), c_left = add_cell (p, cs->actors_left, TRUE);
  guint c_enter = add_cell (p, cs->actors_entered, TRUE);
  put (tu, 0, 0, c_from);
  put (tu, 1, 0, c_to);
  put (tu, 2, 0, c_stay);
  put (tu, 3, 0, c_left);
  put (tu, 4, 0, c_enter);
  Constraint *c = add_constraint (p, c_from);
  add_part (c, c_stay);
  add_part (c, c_left);
  c = add_constraint (p, c_to);
  add_part (c, c_stay);
  add_part (c, c_enter);

  /* The tie change table over the dyads observed at both waves. */
  g_free (name);
  g_free (title);
  name = g_strdup_printf ("tie_change_%u_%u", from, to);
  title = g_strdup_printf ("Tie change between waves %u and %u (dyads observed at both)", from,
                           to);
  PubTable *tc = add_table (p, name, title, 2, 5);
  tc->rows[0] = g_strdup ("all");
  tc->rows[1] = g_strdup ("cross_sector");
  tc->cols[0] = g_strdup ("formed");
  tc->cols[1] = g_strdup ("dissolved");
  tc->cols[2] = g_strdup ("kept");
  tc->cols[3] = g_strdup ("hamming");
  tc->cols[4] = g_strdup ("jaccard");
  for (guint r = 0; r < 2; r++)
    {
      const NrpChangeTable *t = r == 0 ? cs->all : cs->cross_sector;
      const guint64 v[3] = { t->n01, t->n10, t->n11 };
      for (guint j = 0; j < 3; j++)
        {
          table_cell[r][j] = add_cell (p, (double) v[j], TRUE);
          put (tc, r, j, table_cell[r][j]);
        }
      guint hamming = add_cell (p, (double) t->hamming, TRUE);
      put (tc, r, 3, hamming);
      c = add_constraint (p, hamming);
      add_part (c, table_cell[r][0]);
      add_part (c, table_cell[r][1]);
      put (tc, r, 4, add_derived (p, t->jaccard, 3, table_cell[r])->cell);
    }

  /* By sector pair; for undirected data the upper triangle. Formed,
   * dissolved and kept add up to the change table's, all and cross-sector
   * (the pairs of two sectors). */
  for (guint kd = 0; kd < G_N_ELEMENTS (kinds); kd++)
    {
      Constraint *all, *cross;
      g_free (name);
      g_free (title);
      name = g_strdup_printf ("%s_%u_%u", kinds[kd], from, to);
      title = g_strdup_printf ("%s between waves %u and %u, by sector pair%s", words[kd], from,
                               to, directed ? " (row: the tie's source)" : "");
      PubTable *tm
        = add_sector_pair_table (p, net, name, title, nrp_change_get_matrix (ch, (NrpChangeKind) kd));
      if (kd >= 3)
        continue;  /* strengthened and weakened: no sum shown */
      all = add_constraint (p, table_cell[0][kd]);
      cross = add_constraint (p, table_cell[1][kd]);
      for (guint a = 0; a < n_sectors; a++)
        for (guint b = 0; b < n_sectors; b++)
          if (pair_cell (tm, a, b) >= 0)
            {
              add_part (all, (guint) pair_cell (tm, a, b));
              if (a != b)
                add_part (cross, (guint) pair_cell (tm, a, b));
            }
    }
}

NrpPublication *
nrp_change_publication_new (NrpChange *const *changes, guint n_changes, const NrpNetwork *net,
                            guint k, GError **error)
{
  static const char *const left_out[] = {
    "measures (the change in each measure, its interval and p-value)", "top_gainers",
    "actors (every per-actor change)", NULL
  };
  NrpPublication *p;

  g_return_val_if_fail ((changes != NULL || n_changes == 0) && net != NULL, NULL);
  if ((p = publication_new (k, left_out, error)) == NULL)
    return NULL;
  for (guint i = 0; i < n_changes; i++)
    add_change_tables (p, changes[i], net);
  suppress (p);
  return p;
}

/* ---- The study's tables ---------------------------------------------------- */

NrpPublication *
nrp_study_publication_new (const NrpStudy *study, guint k, GError **error)
{
  static const char *const left_out[] = { "unlisted_areas", NULL };
  static const char *const did_cols[] = { "estimate", "change_intervention",
                                          "change_comparator", "ci_low", "ci_high", "p_value" };
  NrpPublication *p;
  guint n_areas, n_measures, pre, post;

  g_return_val_if_fail (study != NULL, NULL);
  if ((p = publication_new (k, left_out, error)) == NULL)
    return NULL;
  n_areas = nrp_study_get_n_areas (study);
  n_measures = nrp_study_get_n_measures (study);
  pre = nrp_study_get_pre_wave (study);
  post = nrp_study_get_post_wave (study);

  /* Each area's actors, and its measures at the two waves and their change,
   * all hidden with a small area's count: they describe its few actors. */
  PubTable *ta = add_table (p, "areas", "Areas: actors and each measure before and after",
                            n_areas, 1 + 3 * n_measures);
  ta->cols[0] = g_strdup ("actors");
  for (guint m = 0; m < n_measures; m++)
    {
      const char *name = nrp_study_get_measure_name (study, m);
      ta->cols[1 + 3 * m] = g_strdup_printf ("%s wave %u", name, pre);
      ta->cols[2 + 3 * m] = g_strdup_printf ("%s wave %u", name, post);
      ta->cols[3 + 3 * m] = g_strdup_printf ("%s change", name);
    }
  g_autofree guint *actors = g_new (guint, MAX (n_areas, 1));
  g_autofree guint *change = g_new (guint, (gsize) MAX (n_areas, 1) * MAX (n_measures, 1));
  for (guint a = 0; a < n_areas; a++)
    {
      ta->rows[a] = g_strdup_printf ("%s (%s)", nrp_study_get_area (study, a),
                                     nrp_arm_name (nrp_study_get_arm (study, a)));
      actors[a] = add_cell (p, nrp_study_get_area_actors (study, a), TRUE);
      put (ta, a, 0, actors[a]);
      for (guint m = 0; m < n_measures; m++)
        {
          double v0 = nrp_study_get_value (study, a, m, pre);
          double v1 = nrp_study_get_value (study, a, m, post);
          put (ta, a, 1 + 3 * m, add_derived (p, v0, 1, &actors[a])->cell);
          put (ta, a, 2 + 3 * m, add_derived (p, v1, 1, &actors[a])->cell);
          change[(gsize) a * n_measures + m] = add_derived (p, v1 - v0, 1, &actors[a])->cell;
          put (ta, a, 3 + 3 * m, change[(gsize) a * n_measures + m]);
        }
    }

  /* The DiD of each measure: an arm's mean change with the other areas'
   * changes would give a hidden area's back, so a measure's row is hidden
   * with any area's change of it. */
  PubTable *td = add_table (p, "did", "Difference in differences, by measure", n_measures,
                            G_N_ELEMENTS (did_cols));
  for (guint c = 0; c < G_N_ELEMENTS (did_cols); c++)
    td->cols[c] = g_strdup (did_cols[c]);
  g_autofree guint *sources = g_new (guint, MAX (n_areas, 1));
  for (guint m = 0; m < n_measures; m++)
    {
      const NrpDid *d = nrp_study_get_did (study, m);
      const double v[] = { d->estimate, d->change_intervention, d->change_comparator,
                           d->ci_low, d->ci_high, d->p_value };
      td->rows[m] = g_strdup (nrp_study_get_measure_name (study, m));
      for (guint a = 0; a < n_areas; a++)
        sources[a] = change[(gsize) a * n_measures + m];
      for (guint c = 0; c < G_N_ELEMENTS (v); c++)
        put (td, m, c, add_derived (p, v[c], n_areas, sources)->cell);
    }
  suppress (p);
  return p;
}

/* ---- Getters ------------------------------------------------------------- */

static const PubTable *
table_at (const NrpPublication *p, guint t)
{
  g_return_val_if_fail (p != NULL && t < p->tables->len, NULL);
  return g_ptr_array_index (p->tables, t);
}

guint
nrp_publication_get_suppress_below (const NrpPublication *p)
{
  g_return_val_if_fail (p != NULL, 0);
  return p->k;
}

guint
nrp_publication_get_n_tables (const NrpPublication *p)
{
  g_return_val_if_fail (p != NULL, 0);
  return p->tables->len;
}

const char *
nrp_publication_get_table_name (const NrpPublication *p, guint t)
{
  const PubTable *x = table_at (p, t);
  return x != NULL ? x->name : NULL;
}

const char *
nrp_publication_get_table_title (const NrpPublication *p, guint t)
{
  const PubTable *x = table_at (p, t);
  return x != NULL ? x->title : NULL;
}

guint
nrp_publication_get_n_rows (const NrpPublication *p, guint t)
{
  const PubTable *x = table_at (p, t);
  return x != NULL ? x->n_rows : 0;
}

guint
nrp_publication_get_n_columns (const NrpPublication *p, guint t)
{
  const PubTable *x = table_at (p, t);
  return x != NULL ? x->n_cols : 0;
}

const char *
nrp_publication_get_row_label (const NrpPublication *p, guint t, guint row)
{
  const PubTable *x = table_at (p, t);
  g_return_val_if_fail (x == NULL || row < x->n_rows, NULL);
  return x != NULL ? x->rows[row] : NULL;
}

const char *
nrp_publication_get_column_label (const NrpPublication *p, guint t, guint column)
{
  const PubTable *x = table_at (p, t);
  g_return_val_if_fail (x == NULL || column < x->n_cols, NULL);
  return x != NULL ? x->cols[column] : NULL;
}

NrpCellKind
nrp_publication_get_cell (const NrpPublication *p, guint t, guint row, guint column,
                          double *value)
{
  const PubTable *x = table_at (p, t);
  const Cell *c;
  gint i;
  if (value != NULL)
    *value = NAN;
  g_return_val_if_fail (x == NULL || (row < x->n_rows && column < x->n_cols), NRP_CELL_EMPTY);
  if (x == NULL || (i = x->cells[(gsize) row * x->n_cols + column]) < 0)
    return NRP_CELL_EMPTY;
  c = cell_at (p, (guint) i);
  if (c->suppressed)
    return c->count ? NRP_CELL_SUPPRESSED : NRP_CELL_HIDDEN;
  if (value != NULL)
    *value = c->value;
  return c->count ? NRP_CELL_COUNT : NRP_CELL_VALUE;
}

const char *const *
nrp_publication_get_left_out (const NrpPublication *p)
{
  g_return_val_if_fail (p != NULL, NULL);
  return (const char *const *) p->left_out->pdata;
}
