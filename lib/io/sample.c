/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * sample.c: the bundled sample study (data/sample), compiled into the
 * library as a GResource, and its loaders.
 */
#include "config.h"

#include <string.h>

#include "core/nrp-private.h"
#include "io/sample-resource.h"

const char *
nrp_sample_get_file (const char *name, gsize *length)
{
  g_autofree char *path = NULL;
  GBytes *bytes;
  gsize len = 0;
  const char *data;
  static gsize registered = 0;

  g_return_val_if_fail (name != NULL, NULL);
  if (strchr (name, '/') != NULL)
    return NULL;
  if (g_once_init_enter (&registered))
    {
      /* The generated code hands out its resource only once registered. */
      nrp_sample_register_resource ();
      g_once_init_leave (&registered, 1);
    }
  path = g_strconcat ("/org/nrpnet/sample/", name, NULL);
  bytes = g_resource_lookup_data (nrp_sample_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    return NULL;
  /* The resource section is static data: the bytes outlive this reference. */
  data = g_bytes_get_data (bytes, &len);
  g_bytes_unref (bytes);
  if (length != NULL)
    *length = len;
  return data;
}

NrpNetwork *
nrp_network_load_sample (GError **error)
{
  NrpSource a = { "sample/actors.csv", NULL, 0 };
  NrpSource t = { "sample/ties.csv", NULL, 0 };
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();

  a.data = nrp_sample_get_file ("actors.csv", &a.len);
  t.data = nrp_sample_get_file ("ties.csv", &t.len);
  if (a.data == NULL || t.data == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, NULL, 0, 0, "the bundled sample is missing");
      return NULL;
    }
  nrp_load_options_set_presence_prefix (opt, "present_w");
  return nrp_network_load_sources (&a, &t, NULL, NULL, opt, error);
}

NrpStudyDesign *
nrp_study_design_load_sample (GError **error)
{
  NrpSource a = { "sample/areas.csv", NULL, 0 };
  NrpSource o = { "sample/outcomes.csv", NULL, 0 };

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  a.data = nrp_sample_get_file ("areas.csv", &a.len);
  o.data = nrp_sample_get_file ("outcomes.csv", &o.len);
  if (a.data == NULL || o.data == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, NULL, 0, 0, "the bundled sample is missing");
      return NULL;
    }
  return nrp_study_design_load_sources (&a, &o, error);
}

NrpSurvey *
nrp_survey_load_sample (GError **error)
{
  NrpSource r = { "sample/respondents.csv", NULL, 0 };
  NrpSource a = { "sample/areas.csv", NULL, 0 };

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  r.data = nrp_sample_get_file ("respondents.csv", &r.len);
  a.data = nrp_sample_get_file ("areas.csv", &a.len);
  if (r.data == NULL || a.data == NULL)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, NULL, 0, 0, "the bundled sample is missing");
      return NULL;
    }
  {
    /* With its households' ego networks. */
    NrpSource e[3] = { { "sample/alters.csv", NULL, 0 },
                       { "sample/alter_ties.csv", NULL, 0 },
                       { "sample/positions.csv", NULL, 0 } };
    NrpSurvey *s;
    for (guint k = 0; k < 3; k++)
      if ((e[k].data = nrp_sample_get_file (e[k].name + strlen ("sample/"), &e[k].len)) == NULL)
        {
          nrp_set_error_at (error, NRP_ERROR_IO, NULL, 0, 0, "the bundled sample is missing");
          return NULL;
        }
    if ((s = nrp_survey_load_sources (&r, &a, NULL, error)) == NULL)
      return NULL;
    if (!nrp_survey_load_ego_sources (s, &e[0], &e[1], &e[2], NULL, error))
      {
        nrp_survey_free (s);
        return NULL;
      }
    return s;
  }
}
