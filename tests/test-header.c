/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-header.c: the public header compiles on its own under
 * -Wall -Wextra -pedantic -Werror -std=c99 and exposes no igraph type;
 * the library's version matches the header's, as a string and as a number,
 * and NRP_VERSION_CHECK() compares as documented.
 */
#include <nrpnet.h>
#include <string.h>

#ifdef IGRAPH_H
#error "the public header must not include igraph"
#endif

#if !NRP_VERSION_CHECK(NRP_VERSION_MAJOR, NRP_VERSION_MINOR, NRP_VERSION_MICRO)
#error "NRP_VERSION_CHECK must accept the headers' own version"
#endif
#if NRP_VERSION_CHECK(NRP_VERSION_MAJOR, NRP_VERSION_MINOR + 1, 0)
#error "NRP_VERSION_CHECK must refuse a later minor version"
#endif
#if !NRP_VERSION_CHECK(0, 0, 99)
#error "NRP_VERSION_CHECK must accept an earlier version"
#endif

int
main (void)
{
  /* 0.1.0 is 100: MAJOR * 10000 + MINOR * 100 + MICRO. */
  unsigned by_hand = NRP_VERSION_MAJOR * 10000u + NRP_VERSION_MINOR * 100u + NRP_VERSION_MICRO;
  if (strcmp (nrp_version (), NRP_VERSION_STRING) != 0)
    return 1;
  if (nrp_version_number () != NRP_VERSION_NUMBER || NRP_VERSION_NUMBER != by_hand)
    return 1;
  return 0;
}
