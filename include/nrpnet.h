/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * nrpnet.h: the one public header of nrpnet, social-connectivity network
 * analysis for place-based public health. Include this, not the parts.
 */
#ifndef NRPNET_H
#define NRPNET_H

#include <nrpnet/version.h>
#include <nrpnet/common.h>
#include <nrpnet/network.h>
#include <nrpnet/summary.h>
#include <nrpnet/mixing.h>
#include <nrpnet/centrality.h>
#include <nrpnet/brokerage.h>
#include <nrpnet/structure.h>
#include <nrpnet/communities.h>
#include <nrpnet/measures.h>
#include <nrpnet/change.h>
#include <nrpnet/study.h>
#include <nrpnet/survey.h>
#include <nrpnet/export.h>
#include <nrpnet/render.h>
#include <nrpnet/report.h>
#include <nrpnet/privacy.h>
#include <nrpnet/import.h>

#endif /* NRPNET_H */
