/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * fuzz-network.c: nrp_network_load() on actors.csv and ties.csv (the
 * input's first byte picks the options: directed, merging duplicates,
 * presence columns read or not). A network that loads is checked against
 * its rows: one actor a record of actors.csv, one tie row (or merged
 * duplicate) a record of ties.csv, ties sorted, between present actors,
 * source < target when undirected; and its summary is computed.
 */
#include "fuzz.h"

FUZZ_INITIALIZE

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  FuzzFile f[2];
  guint8 flags = size > 0 ? data[0] : 0;
  g_autoptr (NrpLoadOptions) opt = nrp_load_options_new ();
  g_autoptr (GError) error = NULL;
  g_autoptr (NrpNetwork) net = NULL;

  fuzz_files_open (f, 2, data + MIN (size, 1), size - MIN (size, 1));
  nrp_load_options_set_directed (opt, (flags & 1) != 0);
  nrp_load_options_set_merge_duplicates (opt, (flags & 2) != 0);
  if (flags & 4)
    nrp_load_options_set_presence_prefix (opt, "");
  net = nrp_network_load (f[0].path, f[1].path, opt, &error);
  if (net == NULL)
    fuzz_check_error (error, f, 2);
  else
    {
      gssize actors = fuzz_records (&f[0]), ties = fuzz_records (&f[1]);
      guint n = nrp_network_get_n_actors (net), total = nrp_network_get_n_merged (net);
      gboolean directed = nrp_network_is_directed (net);
      FUZZ_ASSERT (error == NULL);
      FUZZ_ASSERT (n >= 1 && nrp_network_get_n_waves (net) >= 1);
      FUZZ_ASSERT (actors < 0 || (gssize) n == actors);
      for (guint w = 1; w <= nrp_network_get_n_waves (net); w++)
        {
          guint ps = 0, pt = 0;
          const char *ptype = NULL;
          for (guint k = 0; k < nrp_network_get_n_ties (net, w); k++)
            {
              guint s, t;
              double weight;
              const char *type;
              FUZZ_ASSERT (nrp_network_get_tie (net, w, k, &s, &t, &weight, &type));
              FUZZ_ASSERT (s < n && t < n && s != t);
              FUZZ_ASSERT (directed || s < t);
              FUZZ_ASSERT (weight > 0 && weight < G_MAXDOUBLE);
              FUZZ_ASSERT (nrp_network_get_actor_present (net, s, w));
              FUZZ_ASSERT (nrp_network_get_actor_present (net, t, w));
              /* Sorted by (source, target); one dyad's rows differ by type
               * (an untyped row among them is one more). */
              FUZZ_ASSERT (k == 0 || s > ps || (s == ps && t > pt)
                           || (s == ps && t == pt
                               && ((type == NULL) != (ptype == NULL)
                                   || (type != NULL && strcmp (type, ptype) != 0))));
              ps = s;
              pt = t;
              ptype = type;
            }
          total += nrp_network_get_n_ties (net, w);
        }
      FUZZ_ASSERT (ties < 0 || (gssize) total == ties);
      for (guint i = 0; i < n; i++)
        {
          const char *id = nrp_network_get_actor_id (net, i);
          FUZZ_ASSERT (id != NULL && *id != '\0' && g_utf8_validate (id, -1, NULL));
          FUZZ_ASSERT (nrp_network_find_actor (net, id) == (gint) i);
          FUZZ_ASSERT (nrp_network_get_actor_sector (net, i) < nrp_network_get_n_sectors (net));
        }
      {
        g_autoptr (NrpSummary) sum = nrp_summary_compute (net, &error);
        FUZZ_ASSERT (sum != NULL);
        g_free (nrp_summary_to_json (sum, net, FALSE));
      }
    }
  fuzz_files_close (f, 2);
  return 0;
}
