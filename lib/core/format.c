/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * format.c: numbers as every output writes them (JSON, CSV, GraphML).
 *
 * Why not g_ascii_dtostr(): Debian's GLib prints 17 significant digits, so
 * 0.2 comes out as 0.20000000000000001, which is right but reads as noise
 * in a spreadsheet and differs from what R and Python print. Here the
 * shortest of 15, 16 and 17 significant digits that reads back to the very
 * same double is kept (so nothing is lost), in the C locale whatever the
 * process's locale; -0 is written 0.
 */
#include "config.h"

#include <math.h>
#include <stdio.h>

#include "core/nrp-private.h"

const char *
nrp_format_double (char buf[NRP_DOUBLE_BUF_SIZE], double v)
{
  if (v == 0)
    v = 0; /* -0 becomes 0 */
  for (int digits = 15; digits <= 17; digits++)
    {
      static const char *const formats[] = { "%.15g", "%.16g", "%.17g" };
      g_ascii_formatd (buf, NRP_DOUBLE_BUF_SIZE, formats[digits - 15], v);
      if (digits == 17 || g_ascii_strtod (buf, NULL) == v)
        break;
    }
  return buf;
}
