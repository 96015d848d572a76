/* SPDX-License-Identifier: GPL-2.0-or-later */
/* first.c: load a network and print its size. Build after `make install`:
 *   cc first.c $(pkg-config --cflags --libs nrpnet) -o first */
#include <nrpnet.h>
#include <stdio.h>

int
main (int argc, char **argv)
{
  GError *error = NULL;
  NrpNetwork *net;

  if (argc != 3)
    return 2;
  net = nrp_network_load (argv[1], argv[2], NULL, &error);
  if (net == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      g_error_free (error);
      return 1;
    }
  printf ("%u actors, %u waves\n", nrp_network_get_n_actors (net), nrp_network_get_n_waves (net));
  nrp_network_free (net);
  return 0;
}
