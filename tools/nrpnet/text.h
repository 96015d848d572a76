/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * text.h: the program's text tables (text.c).
 */
#ifndef NRP_CLI_TEXT_H
#define NRP_CLI_TEXT_H

#include "cli.h"

/* The summary: per-wave measures, the highest degrees (@top of them). */
char *summary_text (const NrpSummary *s, const NrpNetwork *net, gboolean sample, gint top);

/* The report's parts, appended to @out. */
void mixing_text (GString *out, const NrpMixing *mx, const NrpNetwork *net);
void centrality_text (GString *out, const NrpCentrality *c, const NrpNetwork *net, guint top);
void brokerage_text (GString *out, const NrpBrokerage *br, const NrpNetwork *net);
void structure_text (GString *out, const NrpStructure *st, const NrpNetwork *net);
void communities_text (GString *out, const NrpCommunities *cm, const NrpNetwork *net);
/* The publication tables of report --suppress-below, with what was left out. */
char *publication_text (const NrpPublication *p);
void resident_reach_text (GString *out, const NrpReport *r, const NrpNetwork *net, guint top);

/* The comparisons of compare, appended to @out. */
void change_text (GString *out, NrpChange *const *changes, guint n, const NrpNetwork *net);

/* The study: each area's values and changes, and the DiD. */
void study_text (GString *out, const NrpStudy *st, const NrpNetwork *net, gboolean sample);

void survey_text (GString *out, const NrpSurveyResult *r, const NrpSurvey *s, gboolean sample);

#endif /* NRP_CLI_TEXT_H */
