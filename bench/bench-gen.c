/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * bench-gen.c: writes a random typed network for the benchmark.
 *
 *   bench-gen TIES OUTDIR [SEED [ACTORS]]
 *
 * OUTDIR/actors.csv: ACTORS actors (default TIES/5: mean degree 10 per
 * wave) in the six NRP sectors; OUTDIR/ties.csv: TIES undirected ties, half at wave 1 and
 * half at wave 2, uniformly random distinct pairs, weights 1-4.
 */
#include <stdio.h>
#include <stdlib.h>

#include <glib.h>

static const char *sectors[] = { "resident", "third_sector", "business",
                                 "academic", "public_service", "local_authority" };

int
main (int argc, char **argv)
{
  guint64 m, n;
  GRand *rng;
  g_autofree char *ap = NULL, *tp = NULL;
  FILE *fa, *ft;

  if (argc < 3)
    {
      fprintf (stderr, "usage: bench-gen TIES OUTDIR [SEED [ACTORS]]\n");
      return 2;
    }
  m = g_ascii_strtoull (argv[1], NULL, 10);
  n = argc > 4 ? g_ascii_strtoull (argv[4], NULL, 10) : MAX (m / 5, 10);
  if (n < 10 || (double) m / 2 > 0.25 * (double) n * (double) (n - 1) / 2)
    {
      fprintf (stderr, "bench-gen: too many ties for %" G_GUINT64_FORMAT " actors\n", n);
      return 2;
    }
  rng = g_rand_new_with_seed (argc > 3 ? (guint32) atoi (argv[3]) : 2014);
  g_mkdir_with_parents (argv[2], 0755);
  ap = g_build_filename (argv[2], "actors.csv", NULL);
  tp = g_build_filename (argv[2], "ties.csv", NULL);
  fa = fopen (ap, "w");
  ft = fopen (tp, "w");
  if (fa == NULL || ft == NULL)
    {
      perror (argv[2]);
      return 1;
    }
  fprintf (fa, "id,sector,area\n");
  for (guint64 i = 0; i < n; i++)
    fprintf (fa, "a%" G_GUINT64_FORMAT ",%s,area%" G_GUINT64_FORMAT "\n", i,
             sectors[g_rand_int_range (rng, 0, 6)], i % 18);
  fprintf (ft, "source,target,wave,weight\n");
  for (guint wave = 1; wave <= 2; wave++)
    {
      GHashTable *seen = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
      guint64 want = wave == 1 ? m / 2 : m - m / 2;
      while (g_hash_table_size (seen) < want)
        {
          guint64 a = (guint64) g_rand_double_range (rng, 0, (double) n);
          guint64 b = (guint64) g_rand_double_range (rng, 0, (double) n);
          gint64 *key;
          if (a == b)
            continue;
          if (a > b)
            {
              guint64 t = a;
              a = b;
              b = t;
            }
          key = g_new (gint64, 1);
          *key = (gint64) (a * n + b);
          if (!g_hash_table_add (seen, key))
            continue;
          fprintf (ft, "a%" G_GUINT64_FORMAT ",a%" G_GUINT64_FORMAT ",%u,%d\n", a, b, wave,
                   g_rand_int_range (rng, 1, 5));
        }
      g_hash_table_unref (seen);
    }
  fclose (fa);
  fclose (ft);
  g_rand_free (rng);
  return 0;
}
