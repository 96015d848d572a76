/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * study.c: difference-in-differences between intervention and comparator
 * areas (see nrpnet/study.h): each area's network measures and outcomes at
 * every wave, each area's change, and the DiD with its randomisation test
 * and interval (randomisation.c). The files are read in io/load-study.c,
 * the JSON written in output/json.c and the CSV in output/csv.c.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "core/nrp-private.h"
#include "core/parallel.h"
#include "core/shardio.h"
#include "study/randomisation.h"
#include "study/study-private.h"


NrpStudyOptions *
nrp_study_options_new (void)
{
  NrpStudyOptions *o = g_new0 (NrpStudyOptions, 1);
  o->max_exact = 1000000;
  o->draws = 100000;
  o->seed = 1;
  o->confidence = 0.95;
  return o;
}

void
nrp_study_options_free (NrpStudyOptions *o)
{
  if (o == NULL)
    return;
  g_free (o->measures);
  if (o->shards != NULL)
    g_ptr_array_unref (o->shards);
  g_free (o);
}

void
nrp_study_options_set_measures (NrpStudyOptions *o, const char *list)
{
  g_return_if_fail (o != NULL);
  g_free (o->measures);
  o->measures = g_strdup (list);
}

gboolean
nrp_study_options_set_waves (NrpStudyOptions *o, guint pre, guint post, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if ((pre == 0) != (post == 0) || (pre != 0 && pre == post))
    {
      NRP_OUT_OF_RANGE (error, "the pre and post waves", "two different waves (or both 0)");
      return FALSE;
    }
  o->pre = pre;
  o->post = post;
  return TRUE;
}

void
nrp_study_options_get_waves (const NrpStudyOptions *o, guint *pre, guint *post)
{
  g_return_if_fail (o != NULL);
  if (pre != NULL)
    *pre = o->pre;
  if (post != NULL)
    *post = o->post;
}

void
nrp_study_options_set_with_regional (NrpStudyOptions *o, gboolean with_regional)
{
  g_return_if_fail (o != NULL);
  o->with_regional = with_regional != FALSE;
}

gboolean
nrp_study_options_get_with_regional (const NrpStudyOptions *o)
{
  g_return_val_if_fail (o != NULL, FALSE);
  return o->with_regional;
}

void
nrp_study_options_set_max_exact (NrpStudyOptions *o, guint64 max_exact)
{
  g_return_if_fail (o != NULL);
  o->max_exact = max_exact;
}

guint64
nrp_study_options_get_max_exact (const NrpStudyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->max_exact;
}

gboolean
nrp_study_options_set_draws (NrpStudyOptions *o, guint draws, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (draws < 1 || draws > NRP_MAX_DRAWS)
    {
      NRP_OUT_OF_RANGE (error, "the number of random assignments", "1 to 1000000000");
      return FALSE;
    }
  o->draws = draws;
  return TRUE;
}

guint
nrp_study_options_get_draws (const NrpStudyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->draws;
}

void
nrp_study_options_set_seed (NrpStudyOptions *o, guint64 seed)
{
  g_return_if_fail (o != NULL);
  o->seed = seed;
}

guint64
nrp_study_options_get_seed (const NrpStudyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->seed;
}

gboolean
nrp_study_options_set_confidence (NrpStudyOptions *o, double level, GError **error)
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
nrp_study_options_get_confidence (const NrpStudyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->confidence;
}

gboolean
nrp_study_options_set_threads (NrpStudyOptions *o, guint threads, GError **error)
{
  g_return_val_if_fail (o != NULL, FALSE);
  if (!nrp_threads_valid (threads, error))
    return FALSE;
  o->threads = threads;
  return TRUE;
}

guint
nrp_study_options_get_threads (const NrpStudyOptions *o)
{
  g_return_val_if_fail (o != NULL, 0);
  return o->threads;
}

void
nrp_study_options_set_progress (NrpStudyOptions *o, NrpProgressFunc func, gpointer data)
{
  g_return_if_fail (o != NULL);
  o->progress = func;
  o->progress_data = data;
}

const char *
nrp_arm_name (NrpArm arm)
{
  g_return_val_if_fail (arm == NRP_ARM_INTERVENTION || arm == NRP_ARM_COMPARATOR, NULL);
  return arm == NRP_ARM_INTERVENTION ? "intervention" : "comparator";
}

/* ---- The study ----------------------------------------------------------- */


void
nrp_study_free (NrpStudy *s)
{
  if (s == NULL)
    return;
  g_free (s->areas);
  g_free (s->arms);
  g_free (s->actors);
  g_free (s->names);
  g_free (s->is_outcome);
  g_free (s->values);
  g_free (s->did);
  g_free (s->net_at);
  if (s->unlisted != NULL)
    g_ptr_array_unref (s->unlisted);
  if (s->strings != NULL)
    g_string_chunk_free (s->strings);
  g_free (s);
}

/* Resolves the measure list: network measure indices (@net_index[k], or
 * G_MAXUINT for an outcome, then @out_index[k] its column). */
static gboolean
resolve_measures (NrpStudy *s, const NrpStudyDesign *d, const char *list, guint **net_index,
                  guint **out_index, GError **error)
{
  g_autofree char *dflt = NULL;
  g_auto (GStrv) parts = NULL;
  guint n;

  if (list == NULL)
    {
      GString *l = g_string_new (NRP_MEASURES_CROSS_SECTOR);
      for (guint k = 0; k < d->n_outcomes; k++)
        g_string_append_printf (l, ",%s", d->outcomes[k]);
      list = dflt = g_string_free (l, FALSE);
    }
  parts = g_strsplit (list, ",", -1);
  n = g_strv_length (parts);
  s->names = g_new (char *, MAX (n, 1));
  s->is_outcome = g_new0 (gboolean, MAX (n, 1));
  *net_index = g_new (guint, MAX (n, 1));
  *out_index = g_new (guint, MAX (n, 1));
  for (guint p = 0; p < n; p++)
    {
      char *name = g_strstrip (parts[p]);
      guint k = G_MAXUINT, o = G_MAXUINT;
      if (!nrp_measure_find (name, &k))
        for (guint c = 0; c < d->n_outcomes; c++)
          if (strcmp (d->outcomes[c], name) == 0)
            o = c;
      if (k == G_MAXUINT && o == G_MAXUINT)
        {
          nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                            "unknown measure '%.80s': neither a network measure ('nrpnet "
                            "measures' lists them) nor an outcome column%s",
                            name, d->outcomes_file != NULL ? "" : " (no outcomes file given)");
          return FALSE;
        }
      for (guint q = 0; q < s->n_measures; q++)
        if (strcmp (s->names[q], name) == 0)
          {
            nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                              "measure '%s' is listed twice", name);
            return FALSE;
          }
      s->names[s->n_measures] = g_string_chunk_insert (s->strings, name);
      s->is_outcome[s->n_measures] = o != G_MAXUINT;
      (*net_index)[s->n_measures] = k;
      (*out_index)[s->n_measures] = o;
      s->n_measures++;
    }
  if (s->n_measures == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0, "no measure given");
      return FALSE;
    }
  return TRUE;
}

static void
progress (const NrpStudyOptions *o, double done)
{
  if (o->progress != NULL)
    o->progress (done, o->progress_data);
}

/* The areas' measures, shared by the threads that compute them. */
typedef struct {
  const NrpNetwork *net;
  const NrpStudyDesign *d;
  const NrpStudyOptions *o;
  NrpStudy *s;
  const guint *ms;            /* s->nm_net: the measures of the areas' networks */
  guint inner_threads;
  guint n_areas;             /* this run's (for the progress) */
} AreaRun;

/* Computes area @a's rows (core/parallel.c runs the areas). */
static gboolean
area_one (gpointer data, guint a, gpointer *scratch, GError **error)
{
  AreaRun *run = data;
  NrpStudy *s = run->s;
  g_autoptr (NrpNetwork) sub = NULL;
  g_autofree double *vals = NULL;
  GError *e = NULL;

  sub = nrp_network_new_area (run->net, run->d->areas[a], run->o->with_regional, &e);
  if (sub == NULL)
    {
      g_clear_error (&e);
      nrp_set_error_at (&e, NRP_ERROR_VALUE, run->d->areas_file, run->d->area_lines[a], 1,
                        "area '%.80s' has no actor in the actors file", run->d->areas[a]);
    }
  else
    {
      s->actors[a] = sub->n_actors;
      vals = g_new (double, (gsize) s->n_waves * MAX (s->nm_net, 1));
      if (s->nm_net > 0
          && !nrp_measures_compute_threads (sub, run->ms, s->nm_net, run->inner_threads, vals, &e))
        g_assert (e != NULL);
    }
  if (e != NULL)
    {
      g_propagate_error (error, e);
      return FALSE;
    }
  for (guint w = 1; w <= s->n_waves; w++)
    {
      double *row = s->values + ((gsize) a * s->n_waves + w - 1) * s->n_measures;
      for (guint q = 0; q < s->nm_net; q++)
        row[s->net_at[q]] = vals[(gsize) (w - 1) * s->nm_net + q];
    }
  return TRUE;
}

static void
area_tick (gpointer data, guint finished)
{
  const AreaRun *run = data;
  progress (run->o, 0.5 * finished / MAX (run->n_areas, 1));
}

NrpStudy *
nrp_study_compute (const NrpNetwork *net, const NrpStudyDesign *d, const NrpStudyOptions *options,
                   GError **error)
{
  g_autoptr (NrpStudyOptions) defaults = NULL;
  g_autoptr (NrpStudy) s = NULL;
  g_autofree guint *net_index = NULL, *out_index = NULL, *ms = NULL;
  g_autofree double *d_area = NULL;
  g_autofree NrpArm *d_arm = NULL;
  g_autoptr (GHashTable) listed = NULL;
  const NrpStudyOptions *o = options;
  guint nm_net = 0, ni = 0, nc = 0;

  g_return_val_if_fail (net != NULL, NULL);
  g_return_val_if_fail (d != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (o == NULL)
    o = defaults = nrp_study_options_new ();

  s = g_new0 (NrpStudy, 1);
  s->strings = g_string_chunk_new (1024);
  s->directed = net->directed;
  s->n_waves = net->n_waves;
  s->pre = o->pre != 0 ? o->pre : 1;
  s->post = o->post != 0 ? o->post : net->n_waves;
  s->with_regional = o->with_regional;
  s->confidence = o->confidence;
  if (s->pre < 1 || s->pre > net->n_waves || s->post < 1 || s->post > net->n_waves
      || s->pre == s->post)
    {
      nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                        "cannot compare waves %u and %u: the network has waves 1 to %u and "
                        "the two must differ",
                        s->pre, s->post, net->n_waves);
      return NULL;
    }
  if (d->max_wave > net->n_waves)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, d->outcomes_file, d->max_wave_line,
                        d->max_wave_column, "wave %u is not a wave of the network (it has %u)",
                        d->max_wave, net->n_waves);
      return NULL;
    }
  for (guint a = 0; a < d->n_areas; a++)
    {
      ni += d->arms[a] == NRP_ARM_INTERVENTION;
      nc += d->arms[a] == NRP_ARM_COMPARATOR;
    }
  if (ni == 0 || nc == 0)
    {
      nrp_set_error_at (error, NRP_ERROR_VALUE, d->areas_file, 0, 0,
                        "a study needs at least one intervention and one comparator area "
                        "(found %u and %u)",
                        ni, nc);
      return NULL;
    }
  if (!resolve_measures (s, d, o->measures, &net_index, &out_index, error))
    return NULL;

  /* Areas of the network that areas.csv leaves out. */
  s->unlisted = g_ptr_array_new ();
  listed = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < net->n_actors; i++)
    if (net->area[i] != NULL && !g_hash_table_contains (d->area_index, net->area[i])
        && !g_hash_table_contains (listed, net->area[i]))
      {
        g_hash_table_add (listed, net->area[i]);
        g_ptr_array_add (s->unlisted, g_string_chunk_insert (s->strings, net->area[i]));
      }

  ms = g_new (guint, MAX (s->n_measures, 1));
  s->net_at = g_new (guint, MAX (s->n_measures, 1));
  for (guint k = 0; k < s->n_measures; k++)
    if (!s->is_outcome[k])
      {
        s->net_at[nm_net] = k;
        ms[nm_net++] = net_index[k];
      }
  s->nm_net = nm_net;
  s->n_areas = d->n_areas;
  s->areas = g_new (char *, s->n_areas);
  s->arms = g_new (NrpArm, s->n_areas);
  s->actors = g_new0 (guint, s->n_areas);
  s->values = g_new (double, (gsize) s->n_areas * s->n_waves * s->n_measures);
  for (gsize x = 0; x < (gsize) s->n_areas * s->n_waves * s->n_measures; x++)
    s->values[x] = NAN;
  for (guint a = 0; a < s->n_areas; a++)
    {
      s->areas[a] = g_string_chunk_insert (s->strings, d->areas[a]);
      s->arms[a] = d->arms[a];
    }
  s->area_first = 0;
  s->area_last = s->n_areas;
  if (o->shard_count > 0 || (o->shards != NULL && o->shards->len > 0))
    nrp_study_digest (net, d, s, s->digest);
  if (o->shards != NULL && o->shards->len > 0)
    {
      /* A merge: the areas' network measures come from the shards. */
      if (!nrp_study_merge_shards (o, d, s, error))
        return NULL;
      progress (o, 0.5);
    }
  else
    {
      AreaRun run = { 0 };
      guint threads = o->threads != 0 ? o->threads : g_get_num_processors ();
      run.net = net;
      run.d = d;
      run.o = o;
      run.s = s;
      run.ms = ms;
      if (o->shard_count > 0)
        {
          /* A shard: its share of the areas, and no DiD (shard.c writes its
           * rows; the merge computes the DiD). */
          s->shard_index = o->shard_index;
          s->shard_count = o->shard_count;
          nrp_shard_range (s->n_areas, o->shard_index, o->shard_count, &s->area_first,
                           &s->area_last);
        }
      run.n_areas = s->area_last - s->area_first;
      /* The areas in parallel, each from the network alone, each into its
       * own rows: the same values at any thread count. An area's own path
       * measures then take one thread (all of them when the areas run one
       * at a time). */
      threads = CLAMP (threads, 1, MAX (run.n_areas, 1));
      run.inner_threads = threads > 1 ? 1 : o->threads;
      if (!nrp_parallel_for (s->area_first, s->area_last, threads, area_one, NULL, area_tick,
                             &run, error))
        return NULL;
      progress (o, 0.5);
    }
  /* The outcomes, from the design. */
  for (guint a = s->area_first; a < s->area_last; a++)
    for (guint w = 1; w <= s->n_waves; w++)
      {
        double *row = s->values + ((gsize) a * s->n_waves + w - 1) * s->n_measures;
        for (guint k = 0; k < s->n_measures; k++)
          if (s->is_outcome[k])
            row[k] = nrp_study_design_value (d, a, w, out_index[k]);
      }

  /* The DiD of each measure (none in a shard). */
  s->did = g_new0 (NrpDid, s->n_measures);
  if (s->shard_count > 0)
    {
      for (guint k = 0; k < s->n_measures; k++)
        {
          NrpDid *did = &s->did[k];
          did->change_intervention = did->change_comparator = did->estimate = NAN;
          did->p_value = did->ci_low = did->ci_high = NAN;
        }
      progress (o, 1.0);
      return g_steal_pointer (&s);
    }
  d_area = g_new (double, s->n_areas);
  d_arm = g_new (NrpArm, s->n_areas);
  for (guint k = 0; k < s->n_measures; k++)
    {
      NrpDid *did = &s->did[k];
      double si = 0, sc = 0;
      guint n = 0;
      for (guint a = 0; a < s->n_areas; a++)
        {
          double x = nrp_study_get_value (s, a, k, s->post) - nrp_study_get_value (s, a, k, s->pre);
          if (isnan (x))
            continue;
          d_area[n] = x;
          d_arm[n++] = s->arms[a];
          if (s->arms[a] == NRP_ARM_INTERVENTION)
            {
              si += x;
              did->n_intervention++;
            }
          else
            {
              sc += x;
              did->n_comparator++;
            }
        }
      did->change_intervention = did->n_intervention ? si / did->n_intervention : NAN;
      did->change_comparator = did->n_comparator ? sc / did->n_comparator : NAN;
      did->p_value = nrp_did_randomisation (d_area, d_arm, n, 0, o->max_exact, o->draws, o->seed,
                                            &did->estimate, &did->assignments);
      did->exact = !isnan (did->estimate) && nrp_binomial (n, did->n_intervention) <= o->max_exact;
      did->ci_low = did->ci_high = NAN;
      if (!isnan (did->estimate))
        {
          did->ci_low = nrp_did_interval_end (d_area, d_arm, n, did->estimate, -1, 1 - o->confidence,
                                                o->max_exact, o->draws, o->seed);
          did->ci_high = nrp_did_interval_end (d_area, d_arm, n, did->estimate, +1, 1 - o->confidence,
                                                o->max_exact, o->draws, o->seed);
        }
      progress (o, 0.5 + 0.5 * (k + 1) / s->n_measures);
    }
  return g_steal_pointer (&s);
}

/* ---- Accessors ----------------------------------------------------------- */

guint
nrp_study_get_n_areas (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n_areas;
}

const char *
nrp_study_get_area (const NrpStudy *s, guint a)
{
  g_return_val_if_fail (s != NULL && a < s->n_areas, NULL);
  return s->areas[a];
}

NrpArm
nrp_study_get_arm (const NrpStudy *s, guint a)
{
  g_return_val_if_fail (s != NULL && a < s->n_areas, NRP_ARM_COMPARATOR);
  return s->arms[a];
}

guint
nrp_study_get_area_actors (const NrpStudy *s, guint a)
{
  g_return_val_if_fail (s != NULL && a < s->n_areas, 0);
  return s->actors[a];
}

guint
nrp_study_get_pre_wave (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->pre;
}

guint
nrp_study_get_post_wave (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->post;
}

guint
nrp_study_get_n_waves (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n_waves;
}

gboolean
nrp_study_is_directed (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, FALSE);
  return s->directed;
}

gboolean
nrp_study_get_with_regional (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, FALSE);
  return s->with_regional;
}

guint
nrp_study_get_n_unlisted (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->unlisted->len;
}

const char *
nrp_study_get_unlisted (const NrpStudy *s, guint k)
{
  g_return_val_if_fail (s != NULL && k < s->unlisted->len, NULL);
  return g_ptr_array_index (s->unlisted, k);
}

guint
nrp_study_get_n_measures (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, 0);
  return s->n_measures;
}

const char *
nrp_study_get_measure_name (const NrpStudy *s, guint k)
{
  g_return_val_if_fail (s != NULL && k < s->n_measures, NULL);
  return s->names[k];
}

gboolean
nrp_study_is_outcome (const NrpStudy *s, guint k)
{
  g_return_val_if_fail (s != NULL && k < s->n_measures, FALSE);
  return s->is_outcome[k];
}

double
nrp_study_get_value (const NrpStudy *s, guint a, guint k, guint wave)
{
  g_return_val_if_fail (s != NULL && a < s->n_areas && k < s->n_measures, NAN);
  g_return_val_if_fail (wave >= 1 && wave <= s->n_waves, NAN);
  return s->values[((gsize) a * s->n_waves + wave - 1) * s->n_measures + k];
}

const NrpDid *
nrp_study_get_did (const NrpStudy *s, guint k)
{
  g_return_val_if_fail (s != NULL && k < s->n_measures, NULL);
  return &s->did[k];
}

double
nrp_study_get_confidence (const NrpStudy *s)
{
  g_return_val_if_fail (s != NULL, NAN);
  return s->confidence;
}

