/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * files.c: how every output reaches the disk.
 *
 * Why not g_file_set_contents() alone: it replaces whatever is at the path,
 * so an --output mistyped as a device, a FIFO or a symlink got replaced by a
 * file (run as root, /dev/full was), and an existing 0600 report became
 * 0644, readable by everyone. nrpnet writes a new path or a regular file
 * only, keeps an existing file's permissions, and replaces it atomically
 * (a crash leaves the old file or the new one, never half of one).
 */
#include "config.h"

#include <errno.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "core/nrp-private.h"

gboolean
nrp_output_path_check (const char *path, mode_t *mode, GError **error)
{
  struct stat st;
  *mode = 0;
  if (g_lstat (path, &st) != 0)
    {
      if (errno == ENOENT)
        return TRUE;
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot write the file: %s",
                        g_strerror (errno));
      return FALSE;
    }
  if (!S_ISREG (st.st_mode))
    {
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0,
                        "will not replace it: it is %s, not a regular file; give a new path or "
                        "an existing file",
                        S_ISDIR (st.st_mode)   ? "a directory"
                        : S_ISLNK (st.st_mode) ? "a symbolic link"
                        : S_ISFIFO (st.st_mode) ? "a FIFO"
                                                : "a device or socket");
      return FALSE;
    }
  *mode = st.st_mode & 07777;
  return TRUE;
}

gboolean
nrp_file_write (const char *path, const char *text, gssize length, GError **error)
{
  GError *e = NULL;
  mode_t mode;

  g_return_val_if_fail (path != NULL && text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);
  if (!nrp_output_path_check (path, &mode, error))
    return FALSE;
  if (!g_file_set_contents_full (path, text, length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_ONLY_EXISTING,
                                 mode != 0 ? (int) mode : 0666, &e))
    {
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot write the file: %s",
                        e->message);
      g_error_free (e);
      return FALSE;
    }
  /* A new file gets 0666 less the umask; an existing one keeps its mode
   * exactly (g_file_set_contents_full() writes a new file, with the umask
   * applied, and renames it), even a 0666 one. */
  if (mode != 0 && g_chmod (path, mode) != 0)
    {
      nrp_set_error_at (error, NRP_ERROR_IO, path, 0, 0, "cannot keep the file's mode: %s",
                        g_strerror (errno));
      return FALSE;
    }
  return TRUE;
}
