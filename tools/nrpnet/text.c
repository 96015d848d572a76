/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * text.c: the program's text tables. They format results the library
 * computed (NrpSummary, NrpReport's parts, NrpChange, NrpStudy) and compute
 * nothing of their own beyond picking what to show.
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "text.h"

/*
 * Text from the data (ids, sector names, areas) as a terminal should show
 * it: a control character (an ESC sequence could clear the screen, a
 * newline split a row) or a bidirectional override is written as \xNN or
 * \u{NNNN}. The result lives until eight later calls.
 */
static const char *
safe (const char *s)
{
  static char *ring[8];
  static guint next;
  GString *out;
  gboolean plain = TRUE;

  if (s == NULL)
    return "";
  for (const char *p = s; *p && plain; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      plain = !(c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
                || (c >= 0x2066 && c <= 0x2069));
    }
  if (plain)
    return s;
  out = g_string_new (NULL);
  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02X", c);
      else if ((c >= 0x80 && c < 0xa0) || (c >= 0x202a && c <= 0x202e)
               || (c >= 0x2066 && c <= 0x2069))
        g_string_append_printf (out, "\\u{%04X}", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  g_free (ring[next]);
  ring[next] = g_string_free (out, FALSE);
  s = ring[next];
  next = (next + 1) % G_N_ELEMENTS (ring);
  return s;
}

/*
 * @v with @decimals decimals (a sign when @sign), "n/a" when undefined, and
 * never "-0.0000": a value that rounds to zero is written as zero.
 */
static const char *
fixed (char buf[64], double v, int decimals, gboolean sign)
{
  if (isnan (v))
    return "n/a";
  if (fabs (v) < 0.5 * pow (10, -decimals))
    v = 0;
  g_snprintf (buf, 64, sign ? "%+.*f" : "%.*f", decimals, v);
  return buf;
}

static void
put_number (GString *s, double v, int decimals, int width)
{
  char buf[64];
  g_string_append_printf (s, " %*s", width, fixed (buf, v, decimals, FALSE));
}

/* The width of a wave's column in the per-wave tables. */
#define WAVE_COLUMN 11

/* The title and the "wave 1 2 ..." line of a per-wave table. */
static void
wave_header (GString *out, const char *title, guint nw)
{
  g_string_append_printf (out, "\n%s\n  %-26s", title, "wave");
  for (guint w = 1; w <= nw; w++)
    g_string_append_printf (out, " %*u", WAVE_COLUMN, w);
  g_string_append_c (out, '\n');
}

/* A row of a per-wave table; @value is an expression of the wave w. */
#define WAVE_ROW_INT(out, label, nw, value)                                                  \
  do                                                                                         \
    {                                                                                        \
      g_string_append_printf (out, "  %-26s", label);                                        \
      for (guint w = 1; w <= (nw); w++)                                                      \
        g_string_append_printf (out, " %*" G_GUINT64_FORMAT, WAVE_COLUMN, (guint64) (value)); \
      g_string_append_c (out, '\n');                                                         \
    }                                                                                        \
  while (0)
#define WAVE_ROW_REAL(out, label, nw, value, decimals)                                       \
  do                                                                                         \
    {                                                                                        \
      g_string_append_printf (out, "  %-26s", label);                                        \
      for (guint w = 1; w <= (nw); w++)                                                      \
        put_number (out, (value), decimals, WAVE_COLUMN);                                    \
      g_string_append_c (out, '\n');                                                         \
    }                                                                                        \
  while (0)

/* An actor and a score, ranked highest first, then by actor. */
typedef struct {
  guint actor;
  double value;
} RankedValue;

static int
ranked_value_cmp (const void *pa, const void *pb)
{
  const RankedValue *a = pa, *b = pb;
  if (a->value != b->value)
    return a->value > b->value ? -1 : 1;
  return a->actor < b->actor ? -1 : a->actor > b->actor;
}

/* The sampled betweenness of nrpnet summary --betweenness-epsilon: what the
 * guarantee is, and the highest estimates. */
static void
sampled_betweenness_text (GString *out, const NrpSummary *s, const NrpNetwork *net, gint top)
{
  guint n = nrp_network_get_n_actors (net);
  g_autofree RankedValue *r = NULL;

  if (nrp_summary_get_sampled_betweenness (s, 1, NULL) == NULL)
    return;
  r = g_new (RankedValue, MAX (n, 1));
  for (guint w = 1; w <= nrp_summary_get_n_waves (s); w++)
    {
      const NrpBetweennessSample *info;
      const double *b = nrp_summary_get_sampled_betweenness (s, w, &info);
      guint m = 0;
      g_string_append_printf (out,
                              "\nBetweenness sampled, wave %u: %u shortest paths; with probability "
                              "%g or more every\nestimate is within %.6g of the exact betweenness "
                              "(epsilon %g x n(n-1)%s)\n",
                              w, info->samples, 1 - info->delta, info->max_error, info->epsilon,
                              nrp_network_is_directed (net) ? "" : " / 2");
      for (guint i = 0; i < n; i++)
        if (!isnan (b[i]))
          r[m++] = (RankedValue) { i, b[i] };
      qsort (r, m, sizeof *r, ranked_value_cmp);
      for (guint k = 0; k < m && k < (guint) top; k++)
        g_string_append_printf (
          out, "  %-24s %-20s %14.1f\n", safe (nrp_network_get_actor_id (net, r[k].actor)),
          safe (nrp_network_get_sector_name (net, nrp_network_get_actor_sector (net, r[k].actor))),
          r[k].value);
    }
}

char *
summary_text (const NrpSummary *s, const NrpNetwork *net, gboolean sample, gint top)
{
  GString *out = g_string_new (NULL);
  guint nw = nrp_summary_get_n_waves (s);

  g_string_append_printf (out, "nrpnet %s summary%s\n\n", nrp_version (),
                          sample ? " of the bundled sample study (synthetic data)" : "");
  g_string_append_printf (out, "Network: %u actors, %s ties, %u wave%s, %u sector%s",
                          nrp_network_get_n_actors (net),
                          nrp_network_is_directed (net) ? "directed" : "undirected", nw,
                          nw == 1 ? "" : "s", nrp_network_get_n_sectors (net),
                          nrp_network_get_n_sectors (net) == 1 ? "" : "s");
  if (nrp_network_get_n_merged (net) > 0)
    g_string_append_printf (out, "; %u duplicate rows merged", nrp_network_get_n_merged (net));
  /* Which presence columns were read, so no one takes "everyone present"
   * for granted. */
  if (nrp_network_get_presence_column (net, 1) != NULL)
    {
      g_string_append (out, "\nPresence at each wave read from actors.csv columns ");
      for (guint w = 1; nrp_network_get_presence_column (net, w) != NULL; w++)
        g_string_append_printf (out, "%s%s", w > 1 ? ", " : "",
                                nrp_network_get_presence_column (net, w));
    }
  else
    g_string_append (out, "\nNo presence columns: every actor counts as present at every wave");
  g_string_append (out, "\n\nSectors\n");
  g_string_append_printf (out, "  %-24s %-24s %5s %7s\n", "sector", "label", "power", "actors");
  for (guint k = 0; k < nrp_network_get_n_sectors (net); k++)
    {
      gint power;
      g_autofree char *p = nrp_network_get_sector_power (net, k, &power)
                             ? g_strdup_printf ("%d", power)
                             : g_strdup ("-");
      g_string_append_printf (out, "  %-24s %-24s %5s %7u\n", safe (nrp_network_get_sector_name (net, k)),
                              safe (nrp_network_get_sector_label (net, k)), p,
                              nrp_network_get_sector_size (net, k));
    }

  wave_header (out, "Whole network by wave", nw);
#define ROW_INT(label, field) WAVE_ROW_INT (out, label, nw, nrp_summary_get_wave (s, w)->field)
#define ROW_REAL(label, field, decimals)                                                     \
  WAVE_ROW_REAL (out, label, nw, nrp_summary_get_wave (s, w)->field, decimals)
  ROW_INT ("actors present", actors_present);
  ROW_INT ("ties", ties);
  ROW_INT ("observed dyads", observed_dyads);
  ROW_INT ("missing dyads", missing_dyads);
  ROW_REAL ("density", density, 5);
  ROW_REAL ("mean degree", mean_degree, 3);
  ROW_INT ("components", components);
  ROW_INT ("largest component", largest_component);
  ROW_REAL ("largest component share", largest_component_share, 3);
  ROW_INT ("isolates", isolates);
  ROW_REAL ("transitivity", transitivity, 4);
  if (nrp_network_is_directed (net))
    ROW_INT ("mutual dyads", mutual_dyads);
  ROW_INT ("max degree", max_degree);
  if (nrp_network_is_directed (net))
    {
      ROW_INT ("max in-degree", max_in_degree);
      ROW_INT ("max out-degree", max_out_degree);
    }
  ROW_INT ("ties within sectors (I)", ties_within_sector);
  ROW_INT ("ties across sectors (E)", ties_cross_sector);
  ROW_REAL ("E-I index", ei_index, 4);
#undef ROW_INT
#undef ROW_REAL

  if (top > 0)
    {
      guint n = nrp_network_get_n_actors (net);
      g_autofree RankedValue *r = g_new (RankedValue, MAX (n, 1));
      for (guint w = 1; w <= nw; w++)
        {
          const guint *deg = nrp_summary_get_degrees (s, w, NRP_DEGREE_ALL);
          guint m = 0;
          for (guint i = 0; i < n; i++)
            if (nrp_network_get_actor_present (net, i, w))
              {
                r[m].actor = i;
                r[m].value = deg[i];
                m++;
              }
          qsort (r, m, sizeof *r, ranked_value_cmp);
          g_string_append_printf (out, "\nHighest degree, wave %u%s\n", w,
                                  nrp_network_is_directed (net) ? " (in + out)" : "");
          for (guint k = 0; k < m && k < (guint) top; k++)
            g_string_append_printf (
              out, "  %-24s %-20s %6u\n", safe (nrp_network_get_actor_id (net, r[k].actor)),
              safe (nrp_network_get_sector_name (net, nrp_network_get_actor_sector (net, r[k].actor))),
              (guint) r[k].value);
        }
    }
  sampled_betweenness_text (out, s, net, top);
  return g_string_free (out, FALSE);
}

/* A number with a sign, or n/a, in @width characters. */
static void
put_signed (GString *s, double v, int decimals, int width)
{
  char buf[64];
  g_string_append_printf (s, " %*s", width, fixed (buf, v, decimals, TRUE));
}

/* The measures' change with its uncertainty, and who gained most. */
static void
estimates_text (GString *out, const NrpChange *c, const NrpNetwork *net)
{
  guint nm = nrp_change_get_n_measures (c), top = 0;
  const NrpChangeSummary *s = nrp_change_get_summary (c);
  g_autofree guint *best = g_new (guint, nrp_network_get_n_actors (net) + 1);

  if (nm > 0)
    {
      g_string_append_printf (out,
                              "\n  Change of each measure, with its %g%% actor-bootstrap "
                              "interval (%u replicates)\n  and, for measures of the sectors, "
                              "a label-permutation p-value:\n",
                              nrp_change_get_confidence (c) * 100, nrp_change_get_bootstrap (c));
      g_string_append_printf (out, "  %-26s %10s %10s %10s %25s %7s\n", "measure", "wave",
                              "wave", "change", "interval", "p");
      g_string_append_printf (out, "  %-26s %10u %10u\n", "", s->from_wave, s->to_wave);
      for (guint k = 0; k < nm; k++)
        {
          const NrpMeasureChange *m = nrp_change_get_measure (c, k);
          /* Counts as whole numbers. */
          int dp = nrp_measure_is_count (m->measure) ? 0 : 4;
          g_string_append_printf (out, "  %-26.26s", nrp_measure_name (m->measure));
          put_number (out, m->from, dp, 10);
          put_number (out, m->to, dp, 10);
          put_signed (out, m->delta, dp, 10);
          if (m->fixed)
            g_string_append_printf (out, " %25s", "fixed by the design");
          else if (isnan (m->ci_low))
            g_string_append_printf (out, " %25s", "n/a");
          else
            {
              char lo[64], hi[64];
              g_autofree char *iv = g_strdup_printf ("[%s, %s]",
                                                     fixed (lo, m->ci_low, dp ? 4 : 1, TRUE),
                                                     fixed (hi, m->ci_high, dp ? 4 : 1, TRUE));
              g_string_append_printf (out, " %25s", iv);
            }
          put_number (out, m->p_value, 3, 7);
          g_string_append_c (out, '\n');
        }
    }
  for (guint m = 0; m < NRP_ACTOR_N_MEASURES; m++)
    {
      const double *x = nrp_change_get_actor_values (c, m, FALSE);
      const double *y = nrp_change_get_actor_values (c, m, TRUE);
      guint n = nrp_change_get_top_gainers (c, m, best);
      if (x == NULL)
        break;
      if (top++ == 0)
        g_string_append (out, "\n  Actors present at both waves who gained most:\n");
      g_string_append_printf (out, "  %-12s", nrp_actor_measure_name (m));
      if (n == 0)
        g_string_append (out, " nobody");
      for (guint i = 0; i < n; i++)
        g_string_append_printf (out, "%s %s (%+.*f)", i ? "," : "",
                                safe (nrp_network_get_actor_id (net, best[i])),
                                m == NRP_ACTOR_DEGREE || m == NRP_ACTOR_BROKERAGE ? 0
                                : m == NRP_ACTOR_EI_INDEX                         ? 3
                                                                                  : 1,
                                y[best[i]] - x[best[i]]);
      g_string_append_c (out, '\n');
    }
}

void
change_text (GString *out, NrpChange *const *changes, guint n, const NrpNetwork *net)
{
  guint ns = nrp_network_get_n_sectors (net);
  for (guint k = 0; k < n; k++)
    {
      const NrpChangeSummary *s = nrp_change_get_summary (changes[k]);
      const NrpChangeTable *a = s->all, *x = s->cross_sector;
      const guint *formed = nrp_change_get_matrix (changes[k], NRP_CHANGE_FORMED);
      const guint *dissolved = nrp_change_get_matrix (changes[k], NRP_CHANGE_DISSOLVED);
      g_string_append_printf (out, "\nWave %u -> wave %u\n", s->from_wave, s->to_wave);
      g_string_append_printf (out, "  actors: %u entered, %u left, %u stayed\n",
                              s->actors_entered, s->actors_left, s->actors_stayed);
      g_string_append_printf (out, "  dyads observed at both waves: %" G_GUINT64_FORMAT
                                   " (%" G_GUINT64_FORMAT " unobserved left out)\n",
                              a->n00 + a->n01 + a->n10 + a->n11, s->missing_dyads);
      g_string_append_printf (out, "  %-22s %12s %14s\n", "", "all ties", "cross-sector");
#define ROW(label, f)                                                                         \
  g_string_append_printf (out, "  %-22s %12" G_GUINT64_FORMAT " %14" G_GUINT64_FORMAT "\n", \
                          label, a->f, x->f)
      ROW ("0 -> 0 (no tie)", n00);
      ROW ("0 -> 1 (formed)", n01);
      ROW ("1 -> 0 (dissolved)", n10);
      ROW ("1 -> 1 (kept)", n11);
      ROW ("Hamming distance", hamming);
#undef ROW
      g_string_append_printf (out, "  %-22s", "Jaccard");
      put_number (out, a->jaccard, 3, 12);
      put_number (out, x->jaccard, 3, 14);
      g_string_append (out, "\n  (Jaccard, RSiena's rule of thumb: .3 and above good, below .2 "
                            "low, below .1 quite low)\n");
      g_string_append_printf (out, "  ties formed (dissolved) by sector pair%s:\n",
                              nrp_network_is_directed (net) ? ", from row to column" : "");
      g_string_append_printf (out, "  %-18s", "");
      for (guint b = 0; b < ns; b++)
        g_string_append_printf (out, " %12.12s", safe (nrp_network_get_sector_name (net, b)));
      g_string_append_c (out, '\n');
      for (guint r = 0; r < ns; r++)
        {
          g_string_append_printf (out, "  %-18.18s", safe (nrp_network_get_sector_name (net, r)));
          for (guint c = 0; c < ns; c++)
            {
              g_autofree char *cell = g_strdup_printf ("%u (%u)", formed[(gsize) r * ns + c],
                                                       dissolved[(gsize) r * ns + c]);
              g_string_append_printf (out, " %12s", cell);
            }
          g_string_append_c (out, '\n');
        }
      estimates_text (out, changes[k], net);
    }
}


/* A part of the report that could not be computed: its title and n/a, the
 * reason being in the warning on standard error. */
static gboolean
not_computed (GString *out, const void *part, const char *title)
{
  if (part != NULL)
    return FALSE;
  g_string_append_printf (out, "\n%s\n  n/a: could not be computed (the warning says why)\n",
                          title);
  return TRUE;
}

void
structure_text (GString *out, const NrpStructure *st, const NrpNetwork *net)
{
  if (not_computed (out, st, "Structural holes and bridges"))
    return;
  guint nw = nrp_network_get_n_waves (net);
  wave_header (out, "Structural holes and bridges by wave", nw);
  WAVE_ROW_INT (out, "bridges", nw, nrp_structure_get_n_bridges (st, w));
  WAVE_ROW_INT (out, "articulation points", nw, nrp_structure_get_n_articulation (st, w));
  WAVE_ROW_INT (out, "local bridges", nw, nrp_structure_get_n_local_bridges (st, w));
  WAVE_ROW_REAL (out, "mean constraint", nw,
                 nrp_structure_get_mean_holes (st, w, NRP_HOLES_CONSTRAINT), 4);
}

void
communities_text (GString *out, const NrpCommunities *cm, const NrpNetwork *net)
{
  if (not_computed (out, cm, "Communities"))
    return;
  guint nw = nrp_network_get_n_waves (net);
  wave_header (out, "Communities by wave (direction ignored)", nw);
  for (guint k = 0; k < 2; k++)
    {
      WAVE_ROW_INT (out, k ? "multilevel communities" : "Leiden communities", nw,
                    nrp_communities_get_count (cm, w, k));
      WAVE_ROW_REAL (out, "  modularity", nw, nrp_communities_get_modularity (cm, w, k), 4);
      WAVE_ROW_REAL (out, "  NMI with the sectors", nw, nrp_communities_get_nmi (cm, w, k), 4);
    }
}

void
brokerage_text (GString *out, const NrpBrokerage *br, const NrpNetwork *net)
{
  if (not_computed (out, br, "Brokerage (Gould-Fernandez)"))
    return;
  for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
    {
      g_string_append_printf (out,
                              "\nBrokerage (Gould-Fernandez), wave %u\n  %-16s %10s %12s %8s\n", w,
                              "role", "count", "expected", "z");
      for (guint r = 0; r < NRP_BROKER_N_ROLES; r++)
        {
          g_string_append_printf (out, "  %-16s %10.0f", nrp_broker_role_name (r),
                                  nrp_brokerage_get_network (br, w, r, NRP_BROKER_COUNT));
          put_number (out, nrp_brokerage_get_network (br, w, r, NRP_BROKER_EXPECTED), 1, 12);
          put_number (out, nrp_brokerage_get_network (br, w, r, NRP_BROKER_Z), 2, 8);
          g_string_append_c (out, '\n');
        }
    }
}

void
centrality_text (GString *out, const NrpCentrality *c, const NrpNetwork *net, guint top)
{
  if (not_computed (out, c, "Centrality"))
    return;
  guint nw = nrp_network_get_n_waves (net), ns = nrp_network_get_n_sectors (net);
  g_autofree guint *best = g_new (guint, MAX (top, 1));
  static const NrpCentralityMeasure ranked[] = { NRP_CENTRALITY_BETWEENNESS,
                                                 NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS };

  wave_header (out, "Centralization (Freeman) by wave", nw);
  WAVE_ROW_REAL (out, "degree", nw, nrp_centrality_get_wave (c, w)->centralization_degree, 4);
  WAVE_ROW_REAL (out, "betweenness", nw,
                 nrp_centrality_get_wave (c, w)->centralization_betweenness, 4);
  WAVE_ROW_REAL (out, "closeness", nw, nrp_centrality_get_wave (c, w)->centralization_closeness,
                 4);

  for (guint w = 1; w <= nw; w++)
    {
      g_string_append_printf (out,
                              "\nCentrality by sector, wave %u%s (mean; max in brackets)\n"
                              "  %-18s %22s %22s %18s\n",
                              w, nrp_centrality_is_weighted (c) ? ", weighted" : "", "sector",
                              "betweenness", "cross-sector betw.", "eigenvector");
      for (guint k = 0; k < ns; k++)
        {
          double mean, median, max;
          char b1[64], b2[64];
          g_string_append_printf (out, "  %-18.18s", safe (nrp_network_get_sector_name (net, k)));
          nrp_centrality_get_sector_summary (c, net, w, NRP_CENTRALITY_BETWEENNESS, k, &mean,
                                             &median, &max);
          g_string_append_printf (out, " %10s (%9s)", fixed (b1, mean, 1, FALSE),
                                  fixed (b2, max, 1, FALSE));
          nrp_centrality_get_sector_summary (c, net, w, NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS, k,
                                             &mean, &median, &max);
          g_string_append_printf (out, " %10s (%9s)", fixed (b1, mean, 1, FALSE),
                                  fixed (b2, max, 1, FALSE));
          nrp_centrality_get_sector_summary (c, net, w, NRP_CENTRALITY_EIGENVECTOR, k, &mean,
                                             &median, &max);
          g_string_append_printf (out, " %8s (%6s)\n", fixed (b1, mean, 4, FALSE),
                                  fixed (b2, max, 4, FALSE));
        }
      for (guint r = 0; r < G_N_ELEMENTS (ranked) && top > 0; r++)
        {
          guint n = nrp_centrality_get_top (c, w, ranked[r], top, best);
          const double *v = nrp_centrality_get (c, w, ranked[r]);
          g_string_append_printf (out, "  highest %s:",
                                  ranked[r] == NRP_CENTRALITY_BETWEENNESS
                                    ? "betweenness"
                                    : "cross-sector betweenness");
          if (n == 0)
            g_string_append (out, ranked[r] == NRP_CENTRALITY_CROSS_SECTOR_BETWEENNESS
                                    ? " n/a (one sector at this wave: no pair across sectors)"
                                    : " n/a");
          for (guint i = 0; i < n; i++)
            {
              char b1[64];
              g_string_append_printf (out, "%s %s (%s)", i ? "," : "",
                                      safe (nrp_network_get_actor_id (net, best[i])),
                                      fixed (b1, v[best[i]], 1, FALSE));
            }
          g_string_append_c (out, '\n');
        }
    }
}

void
mixing_text (GString *out, const NrpMixing *mx, const NrpNetwork *net)
{
  if (not_computed (out, mx, "Cross-sector connectivity"))
    return;
  guint nw = nrp_mixing_get_n_waves (mx), ns = nrp_network_get_n_sectors (net);

  wave_header (out, "Cross-sector connectivity by wave", nw);
#define ROW_INT(label, field) WAVE_ROW_INT (out, label, nw, nrp_mixing_get_wave (mx, w)->field)
#define ROW_REAL(label, field, decimals)                                                     \
  WAVE_ROW_REAL (out, label, nw, nrp_mixing_get_wave (mx, w)->field, decimals)
  ROW_INT ("bonding ties", ties_bonding);
  ROW_INT ("bridging ties", ties_bridging);
  ROW_INT ("linking ties", ties_linking);
  ROW_REAL ("bonding share", share_bonding, 4);
  ROW_REAL ("bridging share", share_bridging, 4);
  ROW_REAL ("linking share", share_linking, 4);
  ROW_REAL ("E-I index", ei_index, 4);
  ROW_REAL ("E-I expected (random)", ei_index_expected, 4);
  ROW_REAL ("E-I p-value", ei_index_p_value, 4);
  ROW_REAL ("assortativity", assortativity, 4);
  ROW_REAL ("sector modularity", sector_modularity, 4);
#undef ROW_INT
#undef ROW_REAL
  if (nw > 0 && nrp_mixing_get_wave (mx, 1)->permutations > 0)
    g_string_append_printf (out, "  (p-values: two-sided, %u label permutations)\n",
                            nrp_mixing_get_wave (mx, 1)->permutations);

  for (guint w = 1; w <= nw; w++)
    {
      const guint *c = nrp_mixing_get_counts (mx, w);
      const double *once = nrp_mixing_get_sector_ei (mx, w, NRP_EI_EACH_TIE_ONCE);
      const double *rows = nrp_mixing_get_sector_ei (mx, w, NRP_EI_ROW_SUMS);
      g_string_append_printf (out, "\nSector mixing, wave %u (%s)\n  %-18s", w,
                              nrp_network_is_directed (net)
                                ? "ties from the row's sector to the column's"
                                : "ties; a tie between two sectors is in both its cells",
                              "");
      for (guint b = 0; b < ns; b++)
        g_string_append_printf (out, " %10.10s", safe (nrp_network_get_sector_name (net, b)));
      g_string_append_printf (out, " %9s %9s\n", "E-I", "E-I rows");
      for (guint a = 0; a < ns; a++)
        {
          g_string_append_printf (out, "  %-18.18s", safe (nrp_network_get_sector_name (net, a)));
          for (guint b = 0; b < ns; b++)
            g_string_append_printf (out, " %10u", c[(gsize) a * ns + b]);
          put_number (out, once[a], 4, 9);
          put_number (out, rows[a], 4, 9);
          g_string_append_c (out, '\n');
        }
    }
}

void
study_text (GString *out, const NrpStudy *st, const NrpNetwork *net, gboolean sample)
{
  guint na = nrp_study_get_n_areas (st), nm = nrp_study_get_n_measures (st), ni = 0;
  guint pre = nrp_study_get_pre_wave (st), post = nrp_study_get_post_wave (st);

  for (guint a = 0; a < na; a++)
    ni += nrp_study_get_arm (st, a) == NRP_ARM_INTERVENTION;
  g_string_append_printf (out, "nrpnet %s study: intervention against comparator areas%s\n",
                          nrp_version (),
                          sample ? " (bundled sample study, synthetic data)" : "");
  g_string_append_printf (out,
                          "Network: %u actors, %s ties; %u areas in the study (%u "
                          "intervention, %u comparator); wave %u -> wave %u\n",
                          nrp_network_get_n_actors (net),
                          nrp_network_is_directed (net) ? "directed" : "undirected", na, ni,
                          na - ni, pre, post);
  g_string_append_printf (out, "Each area's network: its own actors%s.\n",
                          nrp_study_get_with_regional (st) ? " and the regional actors (no area)"
                                                       : ", regional actors (no area) left out");
  if (nrp_study_get_n_unlisted (st) > 0)
    {
      g_string_append (out, "Not in the areas file, so left out:");
      for (guint k = 0; k < nrp_study_get_n_unlisted (st); k++)
        g_string_append_printf (out, "%s %s", k ? "," : "", safe (nrp_study_get_unlisted (st, k)));
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out, "\nChange from wave %u to wave %u in each area:\n ", pre, post);
  for (guint k = 0; k < nm; k++)
    g_string_append_printf (out, " [%u] %s%s", k + 1, nrp_study_get_measure_name (st, k),
                            nrp_study_is_outcome (st, k) ? " (outcome)" : "");
  g_string_append_printf (out, "\n  %-12s %-13s %7s", "area", "arm", "actors");
  for (guint k = 0; k < nm; k++)
    {
      g_autofree char *h = g_strdup_printf ("[%u]", k + 1);
      g_string_append_printf (out, " %9s", h);
    }
  g_string_append_c (out, '\n');
  for (guint a = 0; a < na; a++)
    {
      g_string_append_printf (out, "  %-12.12s %-13s %7u", safe (nrp_study_get_area (st, a)),
                              nrp_arm_name (nrp_study_get_arm (st, a)),
                              nrp_study_get_area_actors (st, a));
      for (guint k = 0; k < nm; k++)
        put_signed (out, nrp_study_get_value (st, a, k, post) - nrp_study_get_value (st, a, k, pre), 4,
                    9);
      g_string_append_c (out, '\n');
    }

  g_string_append_printf (out,
                          "\nDifference in differences: mean change in intervention areas less "
                          "mean change\nin comparator areas; %g%% interval and two-sided p from "
                          "the randomisation test\nover assignments of areas to arms:\n",
                          nrp_study_get_confidence (st) * 100);
  g_string_append_printf (out, "  %-24s %12s %11s %9s %21s %8s %s\n", "measure", "intervention",
                          "comparator", "DiD", "interval", "p", "assignments");
  for (guint k = 0; k < nm; k++)
    {
      const NrpDid *d = nrp_study_get_did (st, k);
      g_autofree char *iv = NULL;
      g_string_append_printf (out, "  %-24.24s", nrp_study_get_measure_name (st, k));
      put_signed (out, d->change_intervention, 4, 12);
      put_signed (out, d->change_comparator, 4, 11);
      put_signed (out, d->estimate, 4, 9);
      if (isnan (d->ci_low) && isnan (d->ci_high))
        iv = g_strdup ("unbounded");
      else
        {
          char b1[64], b2[64];
          const char *lo = isnan (d->ci_low) ? "-inf" : fixed (b1, d->ci_low, 4, TRUE);
          const char *hi = isnan (d->ci_high) ? "+inf" : fixed (b2, d->ci_high, 4, TRUE);
          iv = g_strdup_printf ("[%s, %s]", lo, hi);
        }
      g_string_append_printf (out, " %21s", iv);
      if (!isnan (d->p_value) && d->p_value < 0.001)
        g_string_append_printf (out, " %8.1e", d->p_value);
      else
        put_number (out, d->p_value, 4, 8);
      g_string_append_printf (out, " %" G_GUINT64_FORMAT " %s\n", d->assignments,
                              d->exact ? "(all)" : "(random)");
    }
}

/* An interval end as text: "unbounded" ends are written as -inf / +inf. */
static const char *
end_text (char buf[64], double v, double scale, int decimals)
{
  if (isinf (v))
    return v < 0 ? "-inf" : "+inf";
  return fixed (buf, v * scale, decimals, FALSE);
}

/* A p-value: four decimals, or "< 0.0001". */
static const char *
p_text (char buf[64], double p)
{
  if (isnan (p))
    return "n/a";
  if (p < 0.0001)
    return "< 0.0001";
  g_snprintf (buf, 64, "%.4f", p);
  return buf;
}

void
survey_text (GString *out, const NrpSurveyResult *r, const NrpSurvey *s, gboolean sample)
{
  guint nc = nrp_survey_result_get_n_area_waves (r), no = nrp_survey_result_get_n_outcomes (r);
  guint pre = nrp_survey_result_get_pre_wave (r), post = nrp_survey_result_get_post_wave (r);
  double level = nrp_survey_result_get_confidence (r) * 100;
  g_autofree guint *item = g_new (guint, MAX (no, 1));
  guint areas = 0, ni = 0, last = G_MAXUINT;

  for (guint c = 0; c < nc; c++)
    {
      const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, c);
      if (x->area != last)
        {
          areas++;
          ni += x->arm == NRP_ARM_INTERVENTION;
          last = x->area;
        }
    }
  for (guint k = 0; k < no; k++)
    item[k] = nrp_survey_result_get_did (r, k)->item;

  g_string_append_printf (out, "nrpnet %s survey: the household survey's difference in "
                               "differences%s\n",
                          nrp_version (), sample ? " (bundled sample study, synthetic data)" : "");
  g_string_append_printf (out, "Respondents: %u rows, %u areas (%u intervention, %u comparator); "
                               "wave %u -> wave %u; %s\n",
                          nrp_survey_get_n_respondents (s), areas, ni, areas - ni, pre, post,
                          nrp_survey_is_weighted (s) ? "survey weights" : "unweighted");
  {
    guint p = nrp_survey_result_get_n_covariates (r);
    g_string_append (out, "Model: weighted least squares of each item on area effects, a wave "
                          "effect and\nD = intervention x post");
    if (p > 0)
      {
        g_string_append (out, ", with the covariates");
        for (guint c = 0; c < p; c++)
          g_string_append_printf (out, "%s %s", c ? "," : "",
                                  safe (nrp_survey_result_get_covariate (r, c)));
      }
    g_string_append (out, ".\n");
  }

  /* Each outcome, every method on its own line. */
  for (guint k = 0; k < no; k++)
    {
      const NrpSurveyDid *d = nrp_survey_result_get_did (r, k);
      const char *name = safe (d->outcome);
      double scale = d->binary ? 100 : 1;
      int dec = d->binary ? 1 : 3;
      const char *unit = d->binary ? " points" : "";
      struct {
        const char *label;
        const NrpSurveyInference *inf;
        char extra[96];
      } rows[4] = { { "CR1", &d->cr1, "" }, { "CR2", &d->cr2, "" },
                    { "wild bootstrap", &d->wild, "" }, { "randomisation", &d->randomisation, "" } };
      g_snprintf (rows[0].extra, sizeof rows[0].extra, "t(%u), sandwich by area", d->clusters - 1);
      g_snprintf (rows[1].extra, sizeof rows[1].extra, "t(%.1f), Bell-McCaffrey, Satterthwaite",
                  d->cr2.df);
      g_snprintf (rows[2].extra, sizeof rows[2].extra, "%s%" G_GUINT64_FORMAT " %s of the CR1 t",
                  d->wild_exact ? "all " : "", d->wild_draws,
                  d->wild_exact ? "sign vectors" : "Webb draws");
      g_snprintf (rows[3].extra, sizeof rows[3].extra,
                  "%s%" G_GUINT64_FORMAT " assignments; p by the t: %s",
                  d->randomisation_exact ? "all " : "", d->assignments,
                  p_text ((char[64]) { 0 }, d->randomisation_p_t));
      if (nrp_survey_result_is_did_suppressed (r, k))
        g_string_append_printf (out, "\n%s (%s): respondents in %u areas (the count is "
                                     "suppressed: fewer than %u were left out)",
                                name, d->binary ? "0/1, in percentage points" : "mean",
                                d->clusters, nrp_survey_result_get_suppress_below (r));
      else
        {
          g_string_append_printf (out, "\n%s (%s): %u respondents in %u areas", name,
                                  d->binary ? "0/1, in percentage points" : "mean", d->n,
                                  d->clusters);
          if (d->excluded > 0)
            g_string_append_printf (out, "; %u left out (the item or a covariate missing)",
                                    d->excluded);
        }
      g_string_append_c (out, '\n');
      for (guint m = 0; m < 4; m++)
        {
          char b1[64], b2[64], b3[64], b4[64];
          g_string_append_printf (out, "  %-15s %s: %s%s (%g%% CI %s to %s), p %s%s   [%s]\n",
                                  rows[m].label, name, fixed (b1, d->estimate * scale, dec, TRUE),
                                  unit, level, end_text (b2, rows[m].inf->ci_low, scale, dec),
                                  end_text (b3, rows[m].inf->ci_high, scale, dec),
                                  rows[m].inf->p_value < 0.0001 ? "" : "= ",
                                  p_text (b4, rows[m].inf->p_value), rows[m].extra);
        }
    }

  /* Each area's weighted means at the two waves. */
  g_string_append_printf (out, "\nWeighted means by area, wave %u -> wave %u (respondents; Kish "
                               "effective n):\n  %-12s %-13s %11s %11s",
                          pre, post, "area", "arm", "n", "eff. n");
  for (guint k = 0; k < no; k++)
    g_string_append_printf (out, " %17.17s", safe (nrp_survey_result_get_did (r, k)->outcome));
  g_string_append_c (out, '\n');
  for (guint c = 0; c < nc; c++)
    {
      const NrpSurveyAreaWave *x = nrp_survey_result_get_area_wave (r, c), *y = NULL;
      if (x->wave != pre)
        continue;
      for (guint c2 = c + 1; c2 < nc; c2++)
        {
          const NrpSurveyAreaWave *z = nrp_survey_result_get_area_wave (r, c2);
          if (z->area != x->area)
            break;
          if (z->wave == post)
            y = z;
        }
      if (y == NULL)
        continue;
      {
        /* A suppressed cell (small cells) reads "<K", all it gives too. */
        guint cy = (guint) (y - nrp_survey_result_get_area_wave (r, 0));
        gboolean hx = nrp_survey_result_is_cell_suppressed (r, c);
        gboolean hy = nrp_survey_result_is_cell_suppressed (r, cy);
        g_autofree char *hidden = g_strdup_printf ("<%u", nrp_survey_result_get_suppress_below (r));
        g_autofree char *nx = hx ? g_strdup (hidden) : g_strdup_printf ("%u", x->n);
        g_autofree char *ny = hy ? g_strdup (hidden) : g_strdup_printf ("%u", y->n);
        g_autofree char *ex = hx ? g_strdup (hidden) : g_strdup_printf ("%.0f", x->effective_n);
        g_autofree char *ey = hy ? g_strdup (hidden) : g_strdup_printf ("%.0f", y->effective_n);
        g_autofree char *n = g_strdup_printf ("%s/%s", nx, ny);
        g_autofree char *e = g_strdup_printf ("%s/%s", ex, ey);
        g_string_append_printf (out, "  %-12.12s %-13s %11s %11s", safe (x->area_name),
                                nrp_arm_name (x->arm), n, e);
        for (guint k = 0; k < no; k++)
          {
            char b1[64], b2[64];
            g_autofree char *cell = g_strdup_printf (
              "%s -> %s",
              hx ? hidden : fixed (b1, nrp_survey_result_get_mean (r, c, item[k], NULL), 3, FALSE),
              hy ? hidden
                 : fixed (b2, nrp_survey_result_get_mean (r, cy, item[k], NULL), 3, FALSE));
            g_string_append_printf (out, " %17s", cell);
          }
      }
      g_string_append_c (out, '\n');
    }
  g_string_append_printf (
    out, "\nCR1 is what Stata's vce(cluster) gives; with few areas it is often too narrow.\n"
         "CR2 corrects its bias, the wild bootstrap and randomisation need no large-sample\n"
         "theory: with %u areas, read CR2, the wild bootstrap and randomisation first.\n",
    areas);
}

/* The players most named by residents (nrp_report_add_resident_reach()),
 * wave by wave, with the change from the wave before. */

void
resident_reach_text (GString *out, const NrpReport *r, const NrpNetwork *net, guint top)
{
  guint n = nrp_network_get_n_actors (net), nw = nrp_network_get_n_waves (net);
  g_autofree RankedValue *rk = NULL;
  if (nrp_report_get_resident_reach (r, 1) == NULL || top == 0)
    return;
  rk = g_new (RankedValue, MAX (n, 1));
  for (guint w = 1; w <= nw; w++)
    {
      const double *reach = nrp_report_get_resident_reach (r, w);
      const double *before = w > 1 ? nrp_report_get_resident_reach (r, w - 1) : NULL;
      guint m = 0;
      for (guint i = 0; i < n; i++)
        if (!isnan (reach[i]))
          {
            rk[m].actor = i;
            rk[m].value = reach[i];
            m++;
          }
      qsort (rk, m, sizeof *rk, ranked_value_cmp);
      g_string_append_printf (out, "\nMost named by residents, wave %u (weighted respondents)\n",
                              w);
      g_string_append_printf (out, "  %-24s %-20s %10s%s\n", "actor", "sector", "reach",
                              before != NULL ? "     change" : "");
      for (guint k = 0; k < m && k < top; k++)
        {
          guint i = rk[k].actor;
          char buf[64];
          g_string_append_printf (
            out, "  %-24s %-20s %10s", safe (nrp_network_get_actor_id (net, i)),
            safe (nrp_network_get_sector_name (net, nrp_network_get_actor_sector (net, i))),
            fixed (buf, rk[k].value, 2, FALSE));
          if (before != NULL)
            put_signed (out, isnan (before[i]) ? NAN : rk[k].value - before[i], 2, 10);
          g_string_append_c (out, '\n');
        }
    }
}

/* One cell of a publication table as text, in @buf when it is a number. */
static const char *
publication_cell (const NrpPublication *p, guint t, guint r, guint c, const char *hidden,
                  char buf[64])
{
  double v;
  switch (nrp_publication_get_cell (p, t, r, c, &v))
    {
    case NRP_CELL_SUPPRESSED:
      return hidden;
    case NRP_CELL_HIDDEN:
      return "[c]";
    case NRP_CELL_COUNT:
      g_snprintf (buf, 64, "%.0f", v);
      return buf;
    case NRP_CELL_VALUE:
      if (isnan (v))
        return "n/a";
      g_snprintf (buf, 64, "%.4g", v);
      return buf;
    case NRP_CELL_EMPTY:
    default:
      return "";
    }
}

char *
publication_text (const NrpPublication *p)
{
  GString *out = g_string_new (NULL);
  guint k = nrp_publication_get_suppress_below (p);
  const char *const *left_out = nrp_publication_get_left_out (p);
  g_autofree char *hidden = g_strdup_printf ("<%u", k);

  g_string_append_printf (out,
                          "Tables for publication. %s marks a suppressed count: one of 1 to %u, "
                          "or a\ncell hidden with one so that it cannot be worked out from the "
                          "totals (all\nsuppressed cells are marked alike). [c]: a value "
                          "computed from a\nsuppressed count, hidden with it.\n",
                          hidden, k - 1);
  for (guint t = 0; t < nrp_publication_get_n_tables (p); t++)
    {
      guint n_cols = nrp_publication_get_n_columns (p, t);
      /* A wide table (the study's areas) reads as one block per row. */
      gboolean blocks = n_cols > 6;
      g_string_append_printf (out, "\n%s\n", nrp_publication_get_table_title (p, t));
      if (!blocks)
        {
          g_string_append_printf (out, "  %-24s", "");
          for (guint c = 0; c < n_cols; c++)
            g_string_append_printf (out, " %15.15s",
                                    safe (nrp_publication_get_column_label (p, t, c)));
          g_string_append_c (out, '\n');
        }
      for (guint r = 0; r < nrp_publication_get_n_rows (p, t); r++)
        {
          g_string_append_printf (out, blocks ? "  %s\n" : "  %-24s",
                                  safe (nrp_publication_get_row_label (p, t, r)));
          for (guint c = 0; c < n_cols; c++)
            {
              char buf[64];
              const char *cell = publication_cell (p, t, r, c, hidden, buf);
              if (blocks)
                g_string_append_printf (out, "    %-32s %15s\n",
                                        safe (nrp_publication_get_column_label (p, t, c)), cell);
              else
                g_string_append_printf (out, " %15s", cell);
            }
          if (!blocks)
            g_string_append_c (out, '\n');
        }
    }
  g_string_append (out, "\nLeft out, as their cells cannot be protected:");
  for (guint i = 0; left_out[i] != NULL; i++)
    g_string_append_printf (out, "%s %s", i == 0 ? "" : ",", left_out[i]);
  g_string_append (out, ".\n");
  return g_string_free (out, FALSE);
}
