/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * error.c: the NRP_ERROR domain. It is a GLib "extended" error domain, so
 * every GError carries, besides its message, the file, line and column of
 * the fault; the Python bindings read them back to fill their exceptions.
 */
#include "config.h"

#include <stdarg.h>

#include "core/nrp-private.h"

typedef struct {
  char *file;    /* owned; NULL when the error is not about a file */
  guint line;    /* 1-based physical line, 0 = none */
  guint column;  /* 1-based field number, 0 = whole line or file */
} NrpErrorPrivate;

static void
nrp_error_private_init (NrpErrorPrivate *priv)
{
  priv->file = NULL;
  priv->line = 0;
  priv->column = 0;
}

static void
nrp_error_private_copy (const NrpErrorPrivate *src, NrpErrorPrivate *dest)
{
  dest->file = g_strdup (src->file);
  dest->line = src->line;
  dest->column = src->column;
}

static void
nrp_error_private_clear (NrpErrorPrivate *priv)
{
  g_clear_pointer (&priv->file, g_free);
}

G_DEFINE_EXTENDED_ERROR (NrpError, nrp_error)

const char *
nrp_error_get_file (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);
  if (error->domain != NRP_ERROR)
    return NULL;
  return nrp_error_get_private (error)->file;
}

guint
nrp_error_get_line (const GError *error)
{
  g_return_val_if_fail (error != NULL, 0);
  if (error->domain != NRP_ERROR)
    return 0;
  return nrp_error_get_private (error)->line;
}

guint
nrp_error_get_column (const GError *error)
{
  g_return_val_if_fail (error != NULL, 0);
  if (error->domain != NRP_ERROR)
    return 0;
  return nrp_error_get_private (error)->column;
}

gpointer
nrp_try_alloc (gsize n, gsize size, gboolean zero, const char *what, GError **error)
{
  gsize count = MAX (n, 1);
  gpointer p = zero ? g_try_malloc0_n (count, size) : g_try_malloc_n (count, size);
  if (p == NULL)
    nrp_set_error_at (error, NRP_ERROR_NO_MEMORY, NULL, 0, 0,
                      "out of memory: %s needs %.1f MB (%" G_GSIZE_FORMAT " x %" G_GSIZE_FORMAT
                      " bytes)",
                      what, (double) count * (double) size / 1e6, count, size);
  return p;
}

void
nrp_set_error_at (GError **error, NrpErrorCode code, const char *file, guint line,
                  guint column, const char *format, ...)
{
  va_list ap;
  g_autofree char *what = NULL;
  g_autofree char *where = NULL;
  GError *e;
  NrpErrorPrivate *priv;

  if (error == NULL)
    return;

  va_start (ap, format);
  what = g_strdup_vprintf (format, ap);
  va_end (ap);

  if (file != NULL && line > 0 && column > 0)
    where = g_strdup_printf ("%s:%u:%u: ", file, line, column);
  else if (file != NULL && line > 0)
    where = g_strdup_printf ("%s:%u: ", file, line);
  else if (file != NULL)
    where = g_strdup_printf ("%s: ", file);
  else
    where = g_strdup ("");

  e = g_error_new (NRP_ERROR, code, "%s%s", where, what);
  priv = nrp_error_get_private (e);
  priv->file = g_strdup (file);
  priv->line = line;
  priv->column = column;
  g_propagate_error (error, e);
}

const char *
nrp_version (void)
{
  return NRP_VERSION_STRING;
}

guint
nrp_version_number (void)
{
  return NRP_VERSION_NUMBER;
}

gboolean
nrp_threads_valid (guint threads, GError **error)
{
  if (threads <= NRP_MAX_THREADS)
    return TRUE;
  NRP_OUT_OF_RANGE (error, "the number of threads", "0 (one per processor) to 1024");
  return FALSE;
}
