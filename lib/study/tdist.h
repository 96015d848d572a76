/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tdist.h: Student's t distribution for the survey's inference (tdist.c;
 * never installed).
 */
#ifndef NRP_STUDY_TDIST_H
#define NRP_STUDY_TDIST_H

/* P(|T| >= |t|) for T ~ t(df), df > 0 (any real df); NaN for a NaN
 * argument or df <= 0. */
double nrp_t_two_sided (double t, double df);

/* The q with P(|T| >= q) = alpha, 0 < alpha < 1, for T ~ t(df). */
double nrp_t_critical (double alpha, double df);

#endif /* NRP_STUDY_TDIST_H */
