/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * csv.c: the report, the comparison and the study as CSV tables that open
 * cleanly in a spreadsheet.
 *
 * One file per kind of table, RFC 4180 with CRLF line ends, UTF-8 (with a
 * byte order mark only when asked: Excel wants one to detect the encoding,
 * while Python's csv module and R's read.csv then see it in the first
 * column's name), numbers in the shortest form that reads back to the same
 * double (nrp_format_double()), C locale, undefined values as empty cells.
 * Text cells come from user data (ids, sector names), so each is guarded
 * against formula injection: a cell that starts with = + - @, a tab or a
 * carriage return gets a leading apostrophe, which spreadsheets show as
 * text and never evaluate. Numbers are written by nrpnet and are not text.
 */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "core/nrp-private.h"

typedef struct {
  GString *s;
  gboolean first;  /* no cell yet on this row */
} Table;

static void
cell_sep (Table *t)
{
  if (!t->first)
    g_string_append_c (t->s, ',');
  t->first = FALSE;
}

/* A text cell: neutralised against formula injection, quoted when needed. */
static void
cell_text (Table *t, const char *v)
{
  gboolean guard, quote;
  cell_sep (t);
  if (v == NULL)
    return;
  guard = v[0] != '\0' && strchr ("=+-@\t\r", v[0]) != NULL;
  quote = guard || strpbrk (v, ",\"\r\n") != NULL;
  if (quote)
    g_string_append_c (t->s, '"');
  if (guard)
    g_string_append_c (t->s, '\'');
  for (const char *p = v; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (t->s, '"');
      g_string_append_c (t->s, *p);
    }
  if (quote)
    g_string_append_c (t->s, '"');
}

static void
cell_uint (Table *t, guint64 v)
{
  cell_sep (t);
  g_string_append_printf (t->s, "%" G_GUINT64_FORMAT, v);
}

static void
cell_double (Table *t, double v)
{
  char buf[NRP_DOUBLE_BUF_SIZE];
  cell_sep (t);
  if (!isnan (v) && !isinf (v))
    g_string_append (t->s, nrp_format_double (buf, v));
}

static void
row_end (Table *t)
{
  g_string_append (t->s, "\r\n");
  t->first = TRUE;
}

static void
header (Table *t, const char *const *names)
{
  for (guint i = 0; names[i] != NULL; i++)
    cell_text (t, names[i]);
  row_end (t);
}

static gboolean
save (const char *dir, const char *name, Table *t, GError **error)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  return nrp_file_write (path, t->s->str, (gssize) t->s->len, error);
}

static gboolean
make_dir (const char *dir, GError **error)
{
  if (g_mkdir_with_parents (dir, 0755) != 0)
    {
      int saved = errno;
      nrp_set_error_at (error, NRP_ERROR_IO, dir, 0, 0, "cannot create the directory: %s",
                        g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/* A table, starting with the UTF-8 byte order mark Excel wants when asked. */
static void
table_init (Table *t, NrpCsvFlags flags)
{
  t->s = g_string_new ((flags & NRP_CSV_BOM) ? "\xEF\xBB\xBF" : "");
  t->first = TRUE;
}

gboolean
nrp_report_write_csv (const NrpReport *report, const NrpNetwork *net, const char *dir,
                      NrpCsvFlags flags, GError **error)
{
  const NrpSummary *s;
  const NrpMixing *mx;
  const NrpCentrality *c;
  const NrpBrokerage *br;
  const NrpStructure *st;
  static const char *const wave_cols[]
    = { "wave", "actors_present", "ties", "observed_dyads", "missing_dyads", "density",
        "mean_degree", "components", "largest_component", "largest_component_share",
        "isolates", "transitivity", "mutual_dyads", "ties_within_sector", "ties_cross_sector",
        "share_cross_sector", "ei_index", "max_degree", "max_in_degree", "max_out_degree",
        "ties_bonding", "ties_bridging", "ties_linking", "share_bonding", "share_bridging", "share_linking",
        "ei_index_expected", "ei_index_p_value", "ei_permutations", "assortativity",
        "sector_modularity", "centralization_degree", "centralization_betweenness",
        "centralization_closeness", NULL };
  static const char *const actor_cols[]
    = { "wave", "id", "sector", "area", "degree", "in_degree", "out_degree", "ei_index",
        "blau", "iqv", "sector_reach", "strength", "betweenness", "cross_sector_betweenness",
        "closeness", "harmonic", "eigenvector", "pagerank", "constraint", "effective_size",
        "efficiency", "hierarchy", "articulation_point", "community_leiden",
        "community_multilevel", NULL };
  static const char *const mixing_cols[]
    = { "wave", "sector", "other_sector", "ties", "density", NULL };
  static const char *const sector_cols[]
    = { "wave", "sector", "label", "power", "actors", "ei_index", "ei_index_rowsum", NULL };
  static const NrpCentralityMeasure per_actor[] = {
    NRP_CENTRALITY_STRENGTH, NRP_CENTRALITY_BETWEENNESS, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS,
    NRP_CENTRALITY_CLOSENESS, NRP_CENTRALITY_HARMONIC, NRP_CENTRALITY_EIGENVECTOR,
    NRP_CENTRALITY_PAGERANK,
  };
  Table waves, actors, mixing, sectors, bridges;
  static const char *const bridge_cols[]
    = { "wave", "kind", "source", "target", "span", NULL };
  gboolean ok = FALSE;
  guint ns, nw;

  g_return_val_if_fail (report != NULL && net != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (report->n_actors == net->n_actors && report->n_waves == net->n_waves,
                        FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  s = report->summary;
  mx = report->mixing;
  c = report->centrality;
  br = report->brokerage;
  st = report->structure;
  ns = net->n_sectors;
  nw = net->n_waves;

  if (!make_dir (dir, error))
    return FALSE;
  table_init (&waves, flags);
  table_init (&actors, flags);
  table_init (&mixing, flags);
  table_init (&sectors, flags);
  table_init (&bridges, flags);
  header (&bridges, bridge_cols);
  for (guint i = 0; wave_cols[i] != NULL; i++)
    cell_text (&waves, wave_cols[i]);
  for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
    for (guint stat = 0; stat < 4; stat++)
      {
        static const char *const suffix[] = { "", "_expected", "_sd", "_z" };
        g_autofree char *name = g_strdup_printf ("brokerage_%s%s", nrp_broker_role_name (r),
                                                 suffix[stat]);
        cell_text (&waves, name);
      }
  row_end (&waves);
  for (guint i = 0; actor_cols[i] != NULL; i++)
    cell_text (&actors, actor_cols[i]);
  for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
    for (guint stat = 0; stat < 2; stat++)
      {
        g_autofree char *name = g_strdup_printf ("brokerage_%s%s", nrp_broker_role_name (r),
                                                 stat ? "_z" : "");
        cell_text (&actors, name);
      }
  if (report->resident_reach != NULL)
    cell_text (&actors, "resident_reach");
  row_end (&actors);
  header (&mixing, mixing_cols);
  for (guint i = 0; sector_cols[i] != NULL; i++)
    cell_text (&sectors, sector_cols[i]);
  for (guint m = 0; m < NRP_CENTRALITY_N_MEASURES; m++)
    for (guint k = 0; k < 3; k++)
      {
        static const char *const stat[] = { "mean", "median", "max" };
        g_autofree char *name = g_strdup_printf ("%s_%s", nrp_centrality_measure_name (m),
                                                 stat[k]);
        cell_text (&sectors, name);
      }
  row_end (&sectors);

  for (guint w = 1; w <= nw; w++)
    {
      const NrpWaveSummary *x = nrp_summary_get_wave (s, w);
      const NrpMixingWave *y = mx ? nrp_mixing_get_wave (mx, w) : NULL;
      const guint *deg[3] = { nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL),
                              nrp_summary_get_degrees (s, w, NRP_DEGREE_IN),
                              nrp_summary_get_degrees (s, w, NRP_DEGREE_OUT) };

      cell_uint (&waves, w);
      cell_uint (&waves, x->actors_present);
      cell_uint (&waves, x->ties);
      cell_uint (&waves, x->observed_dyads);
      cell_uint (&waves, x->missing_dyads);
      cell_double (&waves, x->density);
      cell_double (&waves, x->mean_degree);
      cell_uint (&waves, x->components);
      cell_uint (&waves, x->largest_component);
      cell_double (&waves, x->largest_component_share);
      cell_uint (&waves, x->isolates);
      cell_double (&waves, x->transitivity);
      if (net->directed)
        cell_uint (&waves, x->mutual_dyads);
      else
        cell_text (&waves, NULL);
      cell_uint (&waves, x->ties_within_sector);
      cell_uint (&waves, x->ties_cross_sector);
      cell_double (&waves, x->ties > 0 ? (double) x->ties_cross_sector / x->ties : NAN);
      cell_double (&waves, x->ei_index);
      cell_uint (&waves, x->max_degree);
      cell_uint (&waves, x->max_in_degree);
      cell_uint (&waves, x->max_out_degree);
      if (y != NULL)
        {
          cell_uint (&waves, y->ties_bonding);
          cell_uint (&waves, y->ties_bridging);
          cell_uint (&waves, y->ties_linking);
          cell_double (&waves, y->share_bonding);
          cell_double (&waves, y->share_bridging);
          cell_double (&waves, y->share_linking);
          cell_double (&waves, y->ei_index_expected);
          cell_double (&waves, y->ei_index_p_value);
          cell_uint (&waves, y->permutations);
          cell_double (&waves, y->assortativity);
          cell_double (&waves, y->sector_modularity);
        }
      else
        for (guint k = 0; k < 11; k++)
          cell_text (&waves, NULL);
      cell_double (&waves, c ? nrp_centrality_get_wave (c, w)->centralization_degree : NAN);
      cell_double (&waves, c ? nrp_centrality_get_wave (c, w)->centralization_betweenness : NAN);
      cell_double (&waves, c ? nrp_centrality_get_wave (c, w)->centralization_closeness : NAN);
      for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
        for (guint stat = 0; stat < 4; stat++)
          cell_double (&waves, br ? nrp_brokerage_get_network (br, w, r, stat) : NAN);
      row_end (&waves);

      for (guint i = 0; i < net->n_actors; i++)
        {
          if (!nrp_present (net, w, i))
            continue;
          cell_uint (&actors, w);
          cell_text (&actors, net->ids[i]);
          cell_text (&actors, net->sectors[net->sector[i]].name);
          cell_text (&actors, net->area[i]);
          for (guint k = 0; k < 3; k++)
            cell_uint (&actors, deg[k][i]);
          if (mx != NULL)
            {
              cell_double (&actors, nrp_mixing_get_actor_ei (mx, w)[i]);
              cell_double (&actors, nrp_mixing_get_blau (mx, w)[i]);
              cell_double (&actors, nrp_mixing_get_iqv (mx, w)[i]);
              cell_uint (&actors, nrp_mixing_get_sector_reach (mx, w)[i]);
            }
          else
            for (guint k = 0; k < 4; k++)
              cell_text (&actors, NULL);
          for (guint k = 0; k < G_N_ELEMENTS (per_actor); k++)
            cell_double (&actors, c ? nrp_centrality_get (c, w, per_actor[k])[i] : NAN);
          for (guint k = 0; k < NRP_HOLES_N_MEASURES; k++)
            cell_double (&actors, st ? nrp_structure_get_holes (st, w, k)[i] : NAN);
          if (st != NULL)
            cell_uint (&actors, nrp_structure_get_articulation (st, w)[i]);
          else
            cell_text (&actors, NULL);
          for (guint k = 0; k < 2; k++)
            if (report->communities != NULL)
              cell_uint (&actors,
                         (guint) nrp_communities_get_membership (report->communities, w, k)[i]);
            else
              cell_text (&actors, NULL);
          for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
            {
              cell_double (&actors, br ? nrp_brokerage_get_actors (br, w, r, NRP_BROKER_COUNT)[i] : NAN);
              cell_double (&actors, br ? nrp_brokerage_get_actors (br, w, r, NRP_BROKER_Z)[i] : NAN);
            }
          if (report->resident_reach != NULL)
            cell_double (&actors, report->resident_reach[(gsize) (w - 1) * net->n_actors + i]);
          row_end (&actors);
        }

      for (guint a = 0; a < ns && mx != NULL; a++)
        for (guint b = 0; b < ns; b++)
          {
            cell_uint (&mixing, w);
            cell_text (&mixing, net->sectors[a].name);
            cell_text (&mixing, net->sectors[b].name);
            cell_uint (&mixing, nrp_mixing_get_counts (mx, w)[(gsize) a * ns + b]);
            cell_double (&mixing, nrp_mixing_get_densities (mx, w)[(gsize) a * ns + b]);
            row_end (&mixing);
          }

      for (guint k = 0; st != NULL && k < nrp_structure_get_n_bridges (st, w); k++)
        {
          guint a, b;
          nrp_structure_get_bridge (st, w, k, &a, &b);
          cell_uint (&bridges, w);
          cell_text (&bridges, "bridge");
          cell_text (&bridges, net->ids[a]);
          cell_text (&bridges, net->ids[b]);
          cell_text (&bridges, NULL);
          row_end (&bridges);
        }
      for (guint k = 0; st != NULL && k < nrp_structure_get_n_local_bridges (st, w); k++)
        {
          guint a, b;
          double span;
          nrp_structure_get_local_bridge (st, w, k, &a, &b, &span);
          cell_uint (&bridges, w);
          cell_text (&bridges, "local_bridge");
          cell_text (&bridges, net->ids[a]);
          cell_text (&bridges, net->ids[b]);
          if (isinf (span))
            cell_text (&bridges, "inf");
          else
            cell_double (&bridges, span);
          row_end (&bridges);
        }
      for (guint i = 0; st != NULL && i < net->n_actors; i++)
        if (nrp_structure_get_articulation (st, w)[i])
          {
            cell_uint (&bridges, w);
            cell_text (&bridges, "articulation_point");
            cell_text (&bridges, net->ids[i]);
            cell_text (&bridges, NULL);
            cell_text (&bridges, NULL);
            row_end (&bridges);
          }

      for (guint k = 0; k < ns; k++)
        {
          const NrpSector *sec = &net->sectors[k];
          cell_uint (&sectors, w);
          cell_text (&sectors, sec->name);
          cell_text (&sectors, sec->label != NULL ? sec->label : sec->name);
          if (sec->has_power)
            {
              cell_sep (&sectors);
              g_string_append_printf (sectors.s, "%d", sec->power);
            }
          else
            cell_text (&sectors, NULL);
          cell_uint (&sectors, sec->size);
          cell_double (&sectors, mx ? nrp_mixing_get_sector_ei (mx, w, NRP_EI_EACH_TIE_ONCE)[k]
                                    : NAN);
          cell_double (&sectors, mx ? nrp_mixing_get_sector_ei (mx, w, NRP_EI_ROW_SUMS)[k] : NAN);
          for (guint m = 0; m < NRP_CENTRALITY_N_MEASURES; m++)
            {
              double mean = NAN, median = NAN, max = NAN;
              if (c != NULL)
                nrp_centrality_get_sector_summary (c, net, w, m, k, &mean, &median, &max);
              cell_double (&sectors, mean);
              cell_double (&sectors, median);
              cell_double (&sectors, max);
            }
          row_end (&sectors);
        }
    }

  ok = save (dir, "waves.csv", &waves, error) && save (dir, "actors.csv", &actors, error)
       && save (dir, "mixing.csv", &mixing, error) && save (dir, "sectors.csv", &sectors, error)
       && save (dir, "bridges.csv", &bridges, error);
  g_string_free (waves.s, TRUE);
  g_string_free (actors.s, TRUE);
  g_string_free (mixing.s, TRUE);
  g_string_free (sectors.s, TRUE);
  g_string_free (bridges.s, TRUE);
  return ok;
}

gboolean
nrp_change_write_csv (const NrpNetwork *net, NrpChange *const *changes, guint n_changes,
                      const char *dir, NrpCsvFlags flags,
                      GError **error)
{
  static const char *const cols[]
    = { "from_wave", "to_wave", "actors_entered", "actors_left", "actors_stayed",
        "missing_dyads", "n00", "n01", "n10", "n11", "hamming", "jaccard",
        "cross_sector_n00", "cross_sector_n01", "cross_sector_n10", "cross_sector_n11",
        "cross_sector_hamming", "cross_sector_jaccard", NULL };
  static const char *const mcols[]
    = { "from_wave", "to_wave", "kind", "sector", "other_sector", "ties", NULL };
  static const char *const ecols[]
    = { "from_wave", "to_wave", "measure", "from", "to", "delta", "se", "ci_low", "ci_high",
        "replicates", "p_value", "permutations", "fixed", NULL };
  static const char *const acols[]
    = { "from_wave", "to_wave", "id", "sector",
        "degree_from", "degree_to", "degree_delta",
        "betweenness_from", "betweenness_to", "betweenness_delta",
        "ei_index_from", "ei_index_to", "ei_index_delta",
        "brokerage_from", "brokerage_to", "brokerage_delta", NULL };
  Table t, mt, et, at;
  gboolean ok, estimates = FALSE, actors = FALSE;
  guint ns;

  g_return_val_if_fail (net != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (changes != NULL || n_changes == 0, FALSE);
  if (!make_dir (dir, error))
    return FALSE;
  ns = net->n_sectors;
  table_init (&t, flags);
  table_init (&mt, flags);
  table_init (&et, flags);
  table_init (&at, flags);
  header (&t, cols);
  header (&mt, mcols);
  header (&et, ecols);
  header (&at, acols);
  for (guint k = 0; k < n_changes; k++)
    {
      const double *from[NRP_ACTOR_N_MEASURES], *to[NRP_ACTOR_N_MEASURES];
      const NrpChangeSummary *s = nrp_change_get_summary (changes[k]);
      const NrpChangeTable *tab[2] = { s->all, s->cross_sector };
      cell_uint (&t, s->from_wave);
      cell_uint (&t, s->to_wave);
      cell_uint (&t, s->actors_entered);
      cell_uint (&t, s->actors_left);
      cell_uint (&t, s->actors_stayed);
      cell_uint (&t, s->missing_dyads);
      for (guint x = 0; x < 2; x++)
        {
          cell_uint (&t, tab[x]->n00);
          cell_uint (&t, tab[x]->n01);
          cell_uint (&t, tab[x]->n10);
          cell_uint (&t, tab[x]->n11);
          cell_uint (&t, tab[x]->hamming);
          cell_double (&t, tab[x]->jaccard);
        }
      row_end (&t);
      for (guint kind = 0; kind < NRP_CHANGE_N_KINDS; kind++)
        {
          const guint *m = nrp_change_get_matrix (changes[k], kind);
          for (guint a = 0; a < ns; a++)
            for (guint b = 0; b < ns; b++)
              {
                cell_uint (&mt, s->from_wave);
                cell_uint (&mt, s->to_wave);
                cell_text (&mt, nrp_change_kind_name (kind));
                cell_text (&mt, net->sectors[a].name);
                cell_text (&mt, net->sectors[b].name);
                cell_uint (&mt, m[(gsize) a * ns + b]);
                row_end (&mt);
              }
        }
      for (guint e = 0; e < nrp_change_get_n_measures (changes[k]); e++)
        {
          const NrpMeasureChange *mc = nrp_change_get_measure (changes[k], e);
          estimates = TRUE;
          cell_uint (&et, s->from_wave);
          cell_uint (&et, s->to_wave);
          cell_text (&et, nrp_measure_name (mc->measure));
          cell_double (&et, mc->from);
          cell_double (&et, mc->to);
          cell_double (&et, mc->delta);
          cell_double (&et, mc->se);
          cell_double (&et, mc->ci_low);
          cell_double (&et, mc->ci_high);
          cell_uint (&et, mc->replicates);
          cell_double (&et, mc->p_value);
          cell_uint (&et, mc->permutations);
          cell_uint (&et, mc->fixed ? 1 : 0);
          row_end (&et);
        }
      if (nrp_change_get_actor_values (changes[k], NRP_ACTOR_DEGREE, FALSE) == NULL)
        continue;
      actors = TRUE;
      for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
        {
          from[m] = nrp_change_get_actor_values (changes[k], m, FALSE);
          to[m] = nrp_change_get_actor_values (changes[k], m, TRUE);
        }
      for (guint i = 0; i < net->n_actors; i++)
        {
          if (isnan (from[NRP_ACTOR_DEGREE][i]) && isnan (to[NRP_ACTOR_DEGREE][i]))
            continue;
          cell_uint (&at, s->from_wave);
          cell_uint (&at, s->to_wave);
          cell_text (&at, net->ids[i]);
          cell_text (&at, net->sectors[net->sector[i]].name);
          for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
            {
              cell_double (&at, from[m][i]);
              cell_double (&at, to[m][i]);
              cell_double (&at, to[m][i] - from[m][i]);
            }
          row_end (&at);
        }
    }
  ok = save (dir, "change.csv", &t, error) && save (dir, "change_matrix.csv", &mt, error)
       && (!estimates || save (dir, "change_measures.csv", &et, error))
       && (!actors || save (dir, "change_actors.csv", &at, error));
  g_string_free (t.s, TRUE);
  g_string_free (mt.s, TRUE);
  g_string_free (et.s, TRUE);
  g_string_free (at.s, TRUE);
  return ok;
}

gboolean
nrp_study_write_csv (const NrpStudy *s, const char *dir, NrpCsvFlags flags, GError **error)
{
  static const char *const acols[]
    = { "area", "arm", "actors", "measure", "pre", "post", "change", NULL };
  static const char *const dcols[]
    = { "measure", "outcome", "estimate", "change_intervention", "change_comparator",
        "n_intervention", "n_comparator", "ci_low", "ci_high", "p_value", "assignments",
        "exact", NULL };
  Table at, dt;
  gboolean ok;
  guint pre, post;

  g_return_val_if_fail (s != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!make_dir (dir, error))
    return FALSE;
  pre = nrp_study_get_pre_wave (s);
  post = nrp_study_get_post_wave (s);
  table_init (&at, flags);
  table_init (&dt, flags);
  header (&at, acols);
  header (&dt, dcols);
  for (guint a = 0; a < nrp_study_get_n_areas (s); a++)
    for (guint k = 0; k < nrp_study_get_n_measures (s); k++)
      {
        double x = nrp_study_get_value (s, a, k, pre), y = nrp_study_get_value (s, a, k, post);
        cell_text (&at, nrp_study_get_area (s, a));
        cell_text (&at, nrp_arm_name (nrp_study_get_arm (s, a)));
        cell_uint (&at, nrp_study_get_area_actors (s, a));
        cell_text (&at, nrp_study_get_measure_name (s, k));
        cell_double (&at, x);
        cell_double (&at, y);
        cell_double (&at, y - x);
        row_end (&at);
      }
  for (guint k = 0; k < nrp_study_get_n_measures (s); k++)
    {
      const NrpDid *d = nrp_study_get_did (s, k);
      cell_text (&dt, nrp_study_get_measure_name (s, k));
      cell_uint (&dt, nrp_study_is_outcome (s, k));
      cell_double (&dt, d->estimate);
      cell_double (&dt, d->change_intervention);
      cell_double (&dt, d->change_comparator);
      cell_uint (&dt, d->n_intervention);
      cell_uint (&dt, d->n_comparator);
      cell_double (&dt, d->ci_low);
      cell_double (&dt, d->ci_high);
      cell_double (&dt, d->p_value);
      cell_uint (&dt, d->assignments);
      cell_uint (&dt, d->exact);
      row_end (&dt);
    }
  ok = save (dir, "study_areas.csv", &at, error) && save (dir, "study_did.csv", &dt, error);
  g_string_free (at.s, TRUE);
  g_string_free (dt.s, TRUE);
  return ok;
}

gboolean
nrp_survey_result_write_csv (const NrpSurveyResult *r, const NrpSurvey *s, const char *dir,
                             NrpCsvFlags flags, GError **error)
{
  static const char *const dcols[]
    = { "outcome", "method", "estimate", "se", "df", "p_value", "ci_low", "ci_high", "n",
        "excluded", "clusters", "draws", "exact", "binary", NULL };
  static const char *const methods[] = { "cr1", "cr2", "wild_bootstrap", "randomisation",
                                         "randomisation_t" };
  Table dt, at;
  gboolean ok;
  guint ni, below;
  g_autofree char *hidden = NULL;

  g_return_val_if_fail (r != NULL && s != NULL && dir != NULL, FALSE);
  /* A suppressed value (small cells) reads "<K". */
  below = nrp_survey_result_get_suppress_below (r);
  hidden = g_strdup_printf ("<%u", below);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!make_dir (dir, error))
    return FALSE;
  ni = nrp_survey_get_n_items (s);
  table_init (&dt, flags);
  table_init (&at, flags);
  header (&dt, dcols);
  for (guint k = 0; k < nrp_survey_result_get_n_outcomes (r); k++)
    {
      const NrpSurveyDid *d = nrp_survey_result_get_did (r, k);
      const NrpSurveyInference *inf[] = { &d->cr1, &d->cr2, &d->wild, &d->randomisation, NULL };
      for (guint m = 0; m < G_N_ELEMENTS (methods); m++)
        {
          /* randomisation_t: the same test with the CR1 t as statistic, p only. */
          gboolean t_row = m == 4;
          cell_text (&dt, d->outcome);
          cell_text (&dt, methods[m]);
          cell_double (&dt, d->estimate);
          cell_double (&dt, t_row ? NAN : inf[m]->se);
          cell_double (&dt, t_row ? NAN : inf[m]->df);
          cell_double (&dt, t_row ? d->randomisation_p_t : inf[m]->p_value);
          cell_double (&dt, t_row ? NAN : inf[m]->ci_low);
          cell_double (&dt, t_row ? NAN : inf[m]->ci_high);
          if (nrp_survey_result_is_did_suppressed (r, k))
            {
              cell_text (&dt, hidden);
              cell_text (&dt, hidden);
            }
          else
            {
              cell_uint (&dt, d->n);
              cell_uint (&dt, d->excluded);
            }
          cell_uint (&dt, d->clusters);
          if (m == 2)
            {
              cell_uint (&dt, d->wild_draws);
              cell_uint (&dt, d->wild_exact);
            }
          else if (m >= 3)
            {
              cell_uint (&dt, d->assignments);
              cell_uint (&dt, d->randomisation_exact);
            }
          else
            {
              cell_text (&dt, NULL);
              cell_text (&dt, NULL);
            }
          cell_uint (&dt, d->binary);
          row_end (&dt);
        }
    }
  {
    static const char *const acols[]
      = { "area", "arm", "wave", "n", "weighted_n", "effective_n", NULL };
    for (guint i = 0; acols[i] != NULL; i++)
      cell_text (&at, acols[i]);
    for (guint k = 0; k < ni; k++)
      {
        g_autofree char *se = g_strconcat (nrp_survey_get_item (s, k), "_se", NULL);
        cell_text (&at, nrp_survey_get_item (s, k));
        cell_text (&at, se);
      }
    row_end (&at);
  }
  for (guint c = 0; c < nrp_survey_result_get_n_area_waves (r); c++)
    {
      const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, c);
      cell_text (&at, x->area_name);
      cell_text (&at, nrp_arm_name (x->arm));
      cell_uint (&at, x->wave);
      if (nrp_survey_result_is_cell_suppressed (r, c))
        {
          for (guint k = 0; k < 3 + 2 * ni; k++)
            cell_text (&at, hidden);
          row_end (&at);
          continue;
        }
      cell_uint (&at, x->n);
      cell_double (&at, x->weighted_n);
      cell_double (&at, x->effective_n);
      for (guint k = 0; k < ni; k++)
        {
          double se, m = nrp_survey_result_get_mean (r, c, k, &se);
          cell_double (&at, m);
          cell_double (&at, se);
        }
      row_end (&at);
    }
  ok = save (dir, "survey_did.csv", &dt, error) && save (dir, "survey_area_waves.csv", &at, error);
  /* The ego-network measures, one row per respondent and wave (not
   * published when small cells are suppressed). */
  if (ok && s->n_items > s->n_file_items && below == 0)
    {
      Table rt;
      table_init (&rt, flags);
      cell_text (&rt, "respondent");
      cell_text (&rt, "wave");
      cell_text (&rt, "area");
      for (guint k = s->n_file_items; k < s->n_items; k++)
        cell_text (&rt, s->items[k]);
      row_end (&rt);
      for (guint row = 0; row < s->n; row++)
        {
          cell_text (&rt, s->ids[row]);
          cell_uint (&rt, s->wave[row]);
          cell_text (&rt, s->design->areas[s->area[row]]);
          for (guint k = s->n_file_items; k < s->n_items; k++)
            cell_double (&rt, s->values[(gsize) k * s->n + row]);
          row_end (&rt);
        }
      ok = save (dir, "survey_respondents.csv", &rt, error);
      g_string_free (rt.s, TRUE);
    }
  g_string_free (dt.s, TRUE);
  g_string_free (at.s, TRUE);
  return ok;
}

/* ---- Publication tables (small cells suppressed) -------------------------- */

gboolean
nrp_publication_write_csv (const NrpPublication *p, const char *dir, NrpCsvFlags flags,
                           GError **error)
{
  g_autofree char *hidden = NULL;

  g_return_val_if_fail (p != NULL && dir != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  hidden = g_strdup_printf ("<%u", nrp_publication_get_suppress_below (p));
  if (!make_dir (dir, error))
    return FALSE;
  for (guint t = 0; t < nrp_publication_get_n_tables (p); t++)
    {
      guint n_cols = nrp_publication_get_n_columns (p, t);
      g_autofree char *name
        = g_strdup_printf ("publication_%s.csv", nrp_publication_get_table_name (p, t));
      Table tb;
      gboolean ok;
      table_init (&tb, flags);
      cell_text (&tb, "");
      for (guint c = 0; c < n_cols; c++)
        cell_text (&tb, nrp_publication_get_column_label (p, t, c));
      row_end (&tb);
      for (guint r = 0; r < nrp_publication_get_n_rows (p, t); r++)
        {
          cell_text (&tb, nrp_publication_get_row_label (p, t, r));
          for (guint c = 0; c < n_cols; c++)
            {
              double v;
              switch (nrp_publication_get_cell (p, t, r, c, &v))
                {
                case NRP_CELL_SUPPRESSED:
                  cell_text (&tb, hidden);
                  break;
                case NRP_CELL_HIDDEN:
                  cell_text (&tb, "[c]");
                  break;
                case NRP_CELL_COUNT:
                  cell_uint (&tb, (guint64) v);
                  break;
                case NRP_CELL_VALUE:
                  cell_double (&tb, v);
                  break;
                case NRP_CELL_EMPTY:
                default:
                  cell_text (&tb, NULL);
                  break;
                }
            }
          row_end (&tb);
        }
      ok = save (dir, name, &tb, error);
      g_string_free (tb.s, TRUE);
      if (!ok)
        return FALSE;
    }
  return TRUE;
}
