/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ego.h: a survey's ego-network answers as loaded (io/load-ego.c) for the
 * measures (study/ego.c); never installed.
 */
#ifndef NRP_STUDY_EGO_H
#define NRP_STUDY_EGO_H

#include "core/nrp-private.h"

typedef struct {
  GStringChunk *strings;
  gboolean have_alters, have_ties, have_positions;
  guint n_alters;
  guint *alter_row;        /* respondents.csv row of each alter's respondent */
  char **alter_sector;
  char *alters_file;
  guint actor_column;      /* 1-based, 0 without the column */
  GArray *actor_alters;    /* of guint: alter index, for alters naming an actor */
  GPtrArray *actor_ids;    /* their actor ids */
  GArray *actor_lines;     /* their lines */
  guint n_ties;
  guint *tie_a, *tie_b;    /* alter indices */
  guint n_positions;
  guint *pos_row;
  double *pos_prestige;
  gboolean *pos_access;
} NrpEgo;

void nrp_ego_clear (NrpEgo *e);

/* The survey's sector registry (nrp_survey_set_sectors(); without one, the
 * built-in taxonomy): TRUE, with *@power when not NULL, if @name has a
 * power level; nrp_ego_sector_listed(): TRUE if @name is in the registry. */
gboolean nrp_ego_sector_power (const NrpSurvey *s, const char *name, gint *power);
gboolean nrp_ego_sector_listed (const NrpSurvey *s, const char *name);
gboolean nrp_ego_load_sources (NrpEgo *e, const NrpSurvey *s, const NrpSource *alters,
                               const NrpSource *alter_ties, const NrpSource *positions,
                               const NrpSource *registry, GError **error);

#endif /* NRP_STUDY_EGO_H */
