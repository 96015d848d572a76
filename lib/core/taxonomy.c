/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * taxonomy.c: the built-in sector taxonomy of the Neighbourhood Resilience
 * Programme: each sector's code, label and power level (DESIGN.md).
 */
#include "config.h"

#include <string.h>

#include "core/nrp-private.h"

/* ---- The built-in NRP taxonomy ------------------------------------------ */

/*
 * The system players of an NRP neighbourhood and a default power order
 * (DESIGN.md 2): residents 0; third sector, business and academic 1;
 * public services and the local authority 2. A tie between sectors of
 * equal power is bridging, across a power gradient linking.
 */
static const struct {
  const char *name;
  const char *label;
  gint power;
} default_sectors[] = {
  { "resident", "Resident", 0 },
  { "third_sector", "Third sector", 1 },
  { "business", "Business", 1 },
  { "academic", "Academic", 1 },
  { "public_service", "Public service", 2 },
  { "local_authority", "Local authority", 2 },
};

guint
nrp_default_sector_rank (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_sectors); i++)
    if (strcmp (name, default_sectors[i].name) == 0)
      return i;
  return G_MAXUINT;
}

gboolean
nrp_default_sector (const char *name, const char **label, gint *power)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_sectors); i++)
    if (strcmp (name, default_sectors[i].name) == 0)
      {
        if (label != NULL)
          *label = default_sectors[i].label;
        if (power != NULL)
          *power = default_sectors[i].power;
        return TRUE;
      }
  return FALSE;
}

