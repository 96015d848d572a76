/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * randomisation.h: the study's randomisation inference, shared with the
 * survey's (never installed; nrp_did_randomisation() itself is public).
 */
#ifndef NRP_STUDY_RANDOMISATION_H
#define NRP_STUDY_RANDOMISATION_H

#include <nrpnet.h>

/* C(n, k), saturating at G_MAXUINT64. */
guint64 nrp_binomial (guint n, guint k);

/*
 * One end of the randomisation interval of the DiD of the area changes @d:
 * the effect beyond @est in @direction (+1 or -1) where the test (as
 * nrp_did_randomisation() with @max_exact, @draws and @seed) starts to
 * reject at @alpha, or NaN if it never does.
 */
double nrp_did_interval_end (const double *d, const NrpArm *arms, guint n, double est,
                             double direction, double alpha, guint64 max_exact, guint draws,
                             guint64 seed);

#endif /* NRP_STUDY_RANDOMISATION_H */
