/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * report.c: the report (every measure of every wave, in one object) and
 * its JSON form, written with json-glib. The names are a contract with the
 * tools that read the report (DESIGN.md section 6): a key may be added,
 * none renamed. NaN and infinities are written as null.
 */
#include "config.h"

#include <math.h>

#include "core/nrp-private.h"
#include "io/fields.h"

NrpReportOptions *
nrp_report_options_new (void)
{
  NrpReportOptions *o = g_new0 (NrpReportOptions, 1);
  o->permutations = 999;
  o->seed = 1;
  o->top = 5;
  o->betweenness_delta = 0.1;
  return o;
}

void
nrp_report_options_free (NrpReportOptions *o)
{
  g_free (o);
}

gboolean
nrp_report_options_set_permutations (NrpReportOptions *o, guint permutations, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (permutations > NRP_MAX_PERMUTATIONS)
    {
      NRP_OUT_OF_RANGE (error, "the number of permutations", "0 to 10000000");
      return FALSE;
    }
  o->permutations = permutations;
  return TRUE;
}

guint
nrp_report_options_get_permutations (const NrpReportOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->permutations;
}

void
nrp_report_options_set_seed (NrpReportOptions *o, guint64 seed)
{
  g_return_if_fail (o != NULL);
  o->seed = seed;
}

guint64
nrp_report_options_get_seed (const NrpReportOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->seed;
}

void
nrp_report_options_set_weighted (NrpReportOptions *o, gboolean weighted)
{
  g_return_if_fail (o != NULL);
  o->weighted = weighted != FALSE;
}

gboolean
nrp_report_options_get_weighted (const NrpReportOptions *o)
{
  g_return_val_if_fail (o != NULL, FALSE);
  return o->weighted;
}

gboolean
nrp_report_options_set_threads (NrpReportOptions *o, guint threads, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!nrp_threads_valid (threads, error))
    return FALSE;
  o->threads = threads;
  return TRUE;
}

guint
nrp_report_options_get_threads (const NrpReportOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->threads;
}

gboolean
nrp_report_options_set_betweenness_sample (NrpReportOptions *o, double epsilon, double delta,
                                           GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (epsilon != 0 && !(epsilon > 0 && epsilon < 1))
    {
      g_set_error (error, NRP_ERROR, NRP_ERROR_ARGUMENT,
                   "the betweenness epsilon must be 0 (exact) or between 0 and 1, as in 0.01");
      return FALSE;
    }
  if (!(delta > 0 && delta < 1))
    {
      g_set_error (error, NRP_ERROR, NRP_ERROR_ARGUMENT,
                   "the betweenness delta must be between 0 and 1, as in 0.1");
      return FALSE;
    }
  o->betweenness_epsilon = epsilon;
  o->betweenness_delta = delta;
  return TRUE;
}

double
nrp_report_options_get_betweenness_sample (const NrpReportOptions *o, double *delta)
{
  g_return_val_if_fail (o != NULL, 0);
  if (delta != NULL)
    *delta = o->betweenness_delta;
  return o->betweenness_epsilon;
}

void
nrp_report_options_set_top (NrpReportOptions *o, guint top)
{
  g_return_if_fail (o != NULL);
  o->top = top;
}

guint
nrp_report_options_get_top (const NrpReportOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->top;
}

void
nrp_report_options_set_progress (NrpReportOptions *o, NrpProgressFunc func, gpointer data)
{
  g_return_if_fail (o != NULL);
  o->progress = func;
  o->progress_data = data;
}

void
nrp_report_free (NrpReport *r)
{
  if (r == NULL)
    return;
  nrp_summary_free (r->summary);
  nrp_mixing_free (r->mixing);
  nrp_centrality_free (r->centrality);
  nrp_brokerage_free (r->brokerage);
  nrp_structure_free (r->structure);
  nrp_communities_free (r->communities);
  if (r->warnings != NULL)
    g_ptr_array_unref (r->warnings);
  g_free (r->resident_reach);
  g_free (r);
}

typedef struct {
  const NrpReportOptions *options;
  double base, share;
} ReportProgress;

static void
report_progress (double done, gpointer data)
{
  const ReportProgress *p = data;
  p->options->progress (p->base + p->share * done, p->options->progress_data);
}

/* The report's parts other than the summary and centrality, with the
 * warning of each that could not be computed (mixing, brokerage,
 * structure, communities). */
typedef struct {
  const NrpNetwork *net;
  const NrpReportOptions *options;
  char *warning[4];
  NrpMixing *mixing;
  NrpBrokerage *brokerage;
  NrpStructure *structure;
  NrpCommunities *communities;
} SideParts;

/* A part's warning when @part is NULL (@local its error). */
static char *
part_warning (gconstpointer part, const char *name, const GError *local)
{
  if (part != NULL)
    return NULL;
  return g_strdup_printf ("%s is null: it could not be computed: %s", name, local->message);
}

static gpointer
side_parts (gpointer data)
{
  SideParts *s = data;
  const NrpReportOptions *o = s->options;
  g_autoptr (GError) e0 = NULL, e1 = NULL, e2 = NULL, e3 = NULL;

  s->mixing = nrp_mixing_compute (s->net, o->permutations, o->seed, &e0);
  s->warning[0] = part_warning (s->mixing, "mixing", e0);
  s->brokerage = nrp_brokerage_compute (s->net, &e1);
  s->warning[1] = part_warning (s->brokerage, "brokerage", e1);
  s->structure = nrp_structure_compute (s->net, o->weighted, &e2);
  s->warning[2] = part_warning (s->structure, "structure", e2);
  s->communities = nrp_communities_compute (s->net, o->weighted, o->seed, 10, &e3);
  s->warning[3] = part_warning (s->communities, "communities", e3);
  return NULL;
}

NrpReport *
nrp_report_compute (const NrpNetwork *net, const NrpReportOptions *options, GError **error)
{
  g_autoptr (NrpReport) r = NULL;
  double done = 0;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  r = g_new0 (NrpReport, 1);
  r->warnings = g_ptr_array_new_with_free_func (g_free);
  r->n_actors = net->n_actors;
  r->n_waves = net->n_waves;
  if (options != NULL)
    r->options = *options;
  else
    {
      g_autoptr (NrpReportOptions) d = nrp_report_options_new ();
      r->options = *d;
    }
  if (r->options.betweenness_epsilon > 0 && r->options.weighted)
    {
      g_set_error (error, NRP_ERROR, NRP_ERROR_ARGUMENT,
                   "sampled betweenness counts unweighted paths: leave out the weights, or "
                   "the sampling");
      return NULL;
    }
  /* The summary is the report's ground: without it there is no report. */
  if ((r->summary = nrp_summary_compute (net, error)) == NULL)
    return NULL;
  done = 0.05;
  if (r->options.progress != NULL)
    r->options.progress (done, r->options.progress_data);
  {
    /* Any other part that cannot be computed is left NULL with a warning
     * naming it, and the rest of the report stands. With more than one
     * thread, the parts other than centrality run in a thread of their own
     * beside it (centrality's path kernel takes the threads asked for):
     * each part reads the network alone, igraph's calls take its lock and
     * seed its generator, so the parts are the same bits either way, and
     * the warnings are kept in the order of the parts. */
    SideParts side = { net, &r->options, { NULL }, NULL, NULL, NULL, NULL };
    g_autoptr (GPtrArray) centrality_warnings = g_ptr_array_new_with_free_func (g_free);
    g_autoptr (GError) centrality_error = NULL;
    ReportProgress p = { &r->options, done, 0.5 };
    guint threads = r->options.threads != 0 ? r->options.threads : g_get_num_processors ();
    GThread *th = threads > 1 ? g_thread_new ("nrp-report", side_parts, &side) : NULL;

    /* Centrality takes about half the time: its progress moves the bar. */
    if (r->options.betweenness_epsilon > 0)
      r->centrality = nrp_centrality_compute_sampled (net, r->options.threads,
                                                      r->options.betweenness_epsilon,
                                                      r->options.betweenness_delta,
                                                      r->options.seed,
                                                      r->options.progress != NULL
                                                        ? report_progress : NULL,
                                                      &p, centrality_warnings,
                                                      &centrality_error);
    else
      r->centrality = nrp_centrality_compute_progress (net, r->options.weighted,
                                                       r->options.threads,
                                                       r->options.progress != NULL
                                                         ? report_progress : NULL,
                                                       &p, centrality_warnings,
                                                       &centrality_error);
    if (th != NULL)
      g_thread_join (th);
    else
      side_parts (&side);

    r->mixing = side.mixing;
    r->brokerage = side.brokerage;
    r->structure = side.structure;
    r->communities = side.communities;
    if (side.warning[0] != NULL)
      g_ptr_array_add (r->warnings, g_steal_pointer (&side.warning[0]));
    for (guint k = 0; k < centrality_warnings->len; k++)
      g_ptr_array_add (r->warnings, g_strdup (g_ptr_array_index (centrality_warnings, k)));
    if (r->centrality == NULL)
      g_ptr_array_add (r->warnings, part_warning (NULL, "centrality", centrality_error));
    for (guint k = 1; k < G_N_ELEMENTS (side.warning); k++)
      if (side.warning[k] != NULL)
        g_ptr_array_add (r->warnings, g_steal_pointer (&side.warning[k]));
    /* A sampling the guarantee cannot keep (an epsilon too small) is the
     * caller's to change, not a part to leave out. */
    if (r->centrality == NULL && r->options.betweenness_epsilon > 0
        && g_error_matches (centrality_error, NRP_ERROR, NRP_ERROR_ARGUMENT))
      {
        g_propagate_error (error, g_steal_pointer (&centrality_error));
        return NULL;
      }
    if (r->options.progress != NULL)
      r->options.progress (1.0, r->options.progress_data);
  }
  return g_steal_pointer (&r);
}

const NrpSummary *
nrp_report_get_summary (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, NULL);
  return r->summary;
}

const NrpMixing *
nrp_report_get_mixing (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, NULL);
  return r->mixing;
}

const NrpCentrality *
nrp_report_get_centrality (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, NULL);
  return r->centrality;
}

const NrpBetweennessSample *
nrp_report_get_betweenness_sample (const NrpReport *r, guint wave)
{
  g_return_val_if_fail (r != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= r->n_waves, NULL);
  return r->centrality != NULL ? nrp_centrality_sample_info (r->centrality, wave) : NULL;
}

const NrpCommunities *
nrp_report_get_communities (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, NULL);
  return r->communities;
}

const NrpStructure *
nrp_report_get_structure (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, NULL);
  return r->structure;
}

const NrpBrokerage *
nrp_report_get_brokerage (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, NULL);
  return r->brokerage;
}

guint
nrp_report_get_n_warnings (const NrpReport *r)
{
  g_return_val_if_fail (r != NULL, 0);
  return r->warnings->len;
}

const char *
nrp_report_get_warning (const NrpReport *r, guint i)
{
  g_return_val_if_fail (r != NULL, NULL);
  g_return_val_if_fail (i < r->warnings->len, NULL);
  return g_ptr_array_index (r->warnings, i);
}

const double *
nrp_report_get_resident_reach (const NrpReport *r, guint wave)
{
  g_return_val_if_fail (r != NULL, NULL);
  g_return_val_if_fail (wave >= 1 && wave <= r->n_waves, NULL);
  return r->resident_reach != NULL ? r->resident_reach + (gsize) (wave - 1) * r->n_actors
                                   : NULL;
}

gboolean
nrp_report_add_resident_reach (NrpReport *r, const NrpNetwork *net, const NrpSurvey *s,
                               GError **error)
{
  g_autofree double *reach = NULL;
  g_autoptr (GArray) named = NULL;

  g_return_val_if_fail (r != NULL && net != NULL && s != NULL, FALSE);
  g_return_val_if_fail (r->n_actors == net->n_actors && r->n_waves == net->n_waves, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  named = nrp_survey_named_players (s, net, "resident_reach: ", r->warnings, error);
  if (named == NULL)
    return FALSE;
  reach = NRP_TRY_NEW0 (double, (gsize) net->n_waves * net->n_actors,
                        "every actor's resident_reach", error);
  if (reach == NULL)
    return FALSE;
  for (guint k = 0; k < named->len; k++)
    {
      const NrpNamedPlayer *np = &g_array_index (named, NrpNamedPlayer, k);
      reach[(gsize) (s->wave[np->row] - 1) * net->n_actors + np->actor] += s->weight[np->row];
    }
  /* An absent player's reach is undefined, and so is that of respondents
   * joined as actors (nrp_network_new_with_residents()): no system players. */
  for (guint w = 0; w < net->n_waves; w++)
    for (guint i = 0; i < net->n_actors; i++)
      if (i >= net->n_actors - net->n_residents || !nrp_present (net, w + 1, i))
        reach[(gsize) w * net->n_actors + i] = NAN;
  g_free (r->resident_reach);
  r->resident_reach = g_steal_pointer (&reach);
  return TRUE;
}
