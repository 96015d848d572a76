/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * privacy.c: keys, pseudonyms, and pseudonymised networks and surveys
 * (nrpnet/privacy.h).
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/random.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "core/nrp-private.h"
#include "io/fields.h"

#define PSEUDONYM_DIGITS 16

gboolean
nrp_key_generate (const char *path, GError **error)
{
  guint8 key[NRP_KEY_BYTES];
  char text[2 * NRP_KEY_BYTES + 2];
  gsize got = 0;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  while (got < sizeof key)
    {
      ssize_t n = getrandom (key + got, sizeof key - got, 0);
      if (n < 0 && errno != EINTR)
        {
          nrp_set_error_at (error, NRP_ERROR_IO, NULL, 0, 0,
                            "no random bytes from the kernel for the key: %s",
                            g_strerror (errno));
          return FALSE;
        }
      got += n > 0 ? (gsize) n : 0;
    }
  for (guint k = 0; k < NRP_KEY_BYTES; k++)
    g_snprintf (text + 2 * k, 3, "%02x", key[k]);
  text[2 * NRP_KEY_BYTES] = '\n';
  text[2 * NRP_KEY_BYTES + 1] = '\0';
  memset (key, 0, sizeof key);
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int e = errno;
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot create the key file: %s%s",
                        g_strerror (e), e == EEXIST ? " (a key is never overwritten)" : "");
      return FALSE;
    }
  if (write (fd, text, strlen (text)) != (ssize_t) strlen (text) || close (fd) != 0)
    {
      int e = errno;
      g_unlink (path);
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot write the key: %s",
                        g_strerror (e));
      return FALSE;
    }
  memset (text, 0, sizeof text);
  return TRUE;
}

GBytes *
nrp_key_load (const char *path, GError **error)
{
  g_autofree char *text = NULL;
  g_autoptr (GError) e = NULL;
  gsize len = 0, digits = 0;
  guint8 *key;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  if (!g_file_get_contents (path, &text, &len, &e))
    {
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot read the key: %s", e->message);
      return NULL;
    }
  while (digits < len && g_ascii_isxdigit (text[digits]))
    digits++;
  for (gsize k = digits; k < len; k++)
    if (!g_ascii_isspace (text[k]))
      {
        memset (text, 0, len);
        nrp_set_error_at (error, NRP_ERROR_VALUE, path, 1, (guint) MIN (k + 1, G_MAXUINT),
                          "a key file holds hexadecimal digits only (nrpnet keygen writes one)");
        return NULL;
      }
  if (digits % 2 != 0 || digits < 32)
    {
      memset (text, 0, len);
      nrp_set_error_at (error, NRP_ERROR_VALUE, path, 1, 1,
                        "the key is %" G_GSIZE_FORMAT " hexadecimal digits; it needs an even "
                        "number, 32 or more (nrpnet keygen writes 64)",
                        digits);
      return NULL;
    }
  key = g_malloc (digits / 2);
  for (gsize k = 0; k < digits / 2; k++)
    key[k] = (guint8) (g_ascii_xdigit_value (text[2 * k]) * 16
                       + g_ascii_xdigit_value (text[2 * k + 1]));
  memset (text, 0, len);
  return g_bytes_new_take (key, digits / 2);
}

char *
nrp_pseudonym (GBytes *key, const char *id)
{
  gsize len;
  const guint8 *k;
  g_autoptr (GHmac) h = NULL;
  const char *hex;
  char *out;

  g_return_val_if_fail (key != NULL && id != NULL, NULL);
  k = g_bytes_get_data (key, &len);
  h = g_hmac_new (G_CHECKSUM_SHA256, k, len);
  g_hmac_update (h, (const guchar *) id, (gssize) strlen (id));
  hex = g_hmac_get_string (h);
  out = g_strdup_printf ("p-%.*s", PSEUDONYM_DIGITS, hex);
  return out;
}

/* @id's pseudonym in @chunk, checked against @seen (pseudonym -> id):
 * NULL and NRP_ERROR_CONFLICT when another id had it. */
static const char *
pseudonym_of (GBytes *key, const char *id, GHashTable *seen, GStringChunk *chunk,
              GError **error)
{
  g_autofree char *p = nrp_pseudonym (key, id);
  const char *other = g_hash_table_lookup (seen, p);
  const char *kept;
  if (other != NULL && strcmp (other, id) != 0)
    {
      nrp_set_error_at (error, NRP_ERROR_CONFLICT, NULL, 0, 0,
                        "two ids have the same pseudonym under this key (a chance of about one "
                        "in 2^64 a pair); make a new key with nrpnet keygen");
      return NULL;
    }
  kept = g_string_chunk_insert_const (chunk, p);
  if (other == NULL)
    g_hash_table_insert (seen, (gpointer) kept, (gpointer) id);
  return kept;
}

NrpNetwork *
nrp_network_new_pseudonymised (const NrpNetwork *net, GBytes *key,
                               const char *const *keep_columns, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr (GArray) kept = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GString) dropped = g_string_new (NULL);
  NrpNetwork *out;
  guint n;

  g_return_val_if_fail (net != NULL && key != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  for (guint k = 0; keep_columns != NULL && keep_columns[k] != NULL; k++)
    {
      guint a = 0;
      while (a < net->n_attributes && strcmp (net->attribute_names[a], keep_columns[k]) != 0)
        a++;
      if (a == net->n_attributes)
        {
          g_autofree char *shown = nrp_io_shown (keep_columns[k]);
          nrp_set_error_at (error, NRP_ERROR_ARGUMENT, NULL, 0, 0,
                            "the column '%s' to keep is not an extra column of actors.csv",
                            shown);
          return NULL;
        }
    }
  for (guint a = 0; a < net->n_attributes; a++)
    {
      /* The presence columns, read as presence, say nothing of anyone. */
      gboolean keep = FALSE;
      for (guint w = 0; w < net->n_presence_columns; w++)
        keep = keep || strcmp (net->attribute_names[a], net->presence_columns[w]) == 0;
      for (guint k = 0; keep_columns != NULL && keep_columns[k] != NULL; k++)
        keep = keep || strcmp (net->attribute_names[a], keep_columns[k]) == 0;
      if (keep)
        g_array_append_val (kept, a);
      else
        g_string_append_printf (dropped, "%s%s", dropped->len > 0 ? ", " : "",
                                net->attribute_names[a]);
    }

  n = net->n_actors;
  out = nrp_network_new_like (net, n, net->n_waves);
  out->n_merged = net->n_merged;
  out->n_residents = net->n_residents;
  for (guint i = 0; i < n; i++)
    {
      const char *p = pseudonym_of (key, net->ids[i], seen, out->strings, error);
      if (p == NULL)
        {
          nrp_network_free (out);
          return NULL;
        }
      out->ids[i] = (char *) p;
      out->area[i] = net->area[i] != NULL ? g_string_chunk_insert_const (out->strings, net->area[i])
                                          : NULL;
      out->sector[i] = net->sector[i];
      out->sectors[net->sector[i]].size++;
      g_hash_table_insert (out->id_index, out->ids[i], GUINT_TO_POINTER (i + 1));
    }
  /* The kept columns only. */
  out->n_attributes = kept->len;
  for (guint k = 0; k < kept->len; k++)
    {
      guint a = g_array_index (kept, guint, k);
      out->attribute_names[k] = g_string_chunk_insert (out->strings, net->attribute_names[a]);
      for (guint i = 0; i < n; i++)
        out->attributes[(gsize) k * n + i] = g_string_chunk_insert_const (
          out->strings, net->attributes[(gsize) a * n + i]);
    }
  memcpy (out->present, net->present, (gsize) net->n_waves * n);
  for (guint w = 0; w < net->n_waves; w++)
    {
      out->waves[w].n_ties = net->waves[w].n_ties;
      out->waves[w].ties = g_memdup2 (net->waves[w].ties,
                                      sizeof (NrpTie) * MAX (net->waves[w].n_ties, 1));
      out->waves[w].n_missing = net->waves[w].n_missing;
      out->waves[w].missing = g_memdup2 (net->waves[w].missing,
                                         sizeof (NrpDyad) * MAX (net->waves[w].n_missing, 1));
    }
  {
    g_autofree char *note
      = dropped->len > 0 ? g_strdup_printf ("actor ids are pseudonyms (HMAC-SHA256 under a key); "
                                            "the extra columns %s of actors.csv are dropped",
                                            dropped->str)
                         : g_strdup ("actor ids are pseudonyms (HMAC-SHA256 under a key)");
    nrp_network_add_warning (out, note);
  }
  return out;
}

gboolean
nrp_survey_pseudonymise (NrpSurvey *s, GBytes *key, GError **error)
{
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char **ids = NULL, **actors = NULL;
  GHashTable *index;

  g_return_val_if_fail (s != NULL && key != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  ids = g_new (char *, MAX (s->n, 1));
  actors = g_new (char *, MAX (s->n_actor_alters, 1));
  for (guint i = 0; i < s->n; i++)
    if ((ids[i] = (char *) pseudonym_of (key, s->ids[i], seen, s->strings, error)) == NULL)
      return FALSE;
  for (guint k = 0; k < s->n_actor_alters; k++)
    if ((actors[k] = (char *) pseudonym_of (key, s->actor_alter_id[k], seen, s->strings, error))
        == NULL)
      return FALSE;
  /* The (wave, respondent) index anew, on the pseudonyms; ego answers,
   * which name the raw ids, can no longer join (nrp_survey_load_ego()). */
  index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < s->n; i++)
    {
      g_autofree char *k = nrp_io_pair_key (s->wave[i], ids[i]);
      g_hash_table_insert (index, g_string_chunk_insert (s->strings, k),
                           GUINT_TO_POINTER (i + 1));
    }
  g_hash_table_unref (s->row_index);
  s->row_index = index;
  memcpy (s->ids, ids, sizeof (char *) * s->n);
  if (s->n_actor_alters > 0)
    memcpy (s->actor_alter_id, actors, sizeof (char *) * s->n_actor_alters);
  s->pseudonymised = TRUE;
  return TRUE;
}
