/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * test-header.c: the public header compiles on its own under
 * -Wall -Wextra -pedantic -Werror -std=c99 and exposes no igraph type;
 * the library's version matches the header's.
 */
#include <nrpnet.h>
#include <string.h>

#ifdef IGRAPH_H
#error "the public header must not include igraph"
#endif

int
main (void)
{
  return strcmp (nrp_version (), NRP_VERSION_STRING) == 0 ? 0 : 1;
}
