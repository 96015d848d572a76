/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * cmd-keygen.c: nrpnet keygen, a new key for --pseudonymise.
 */
#include "config.h"

#include "cli.h"

int
cmd_keygen (int argc, char **argv)
{
  g_autofree char *output = NULL;
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GError) error = NULL;
  int rc;
  GOptionEntry entries[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      "the key file to create (never overwritten)", "FILE" },
    { NULL }
  };

  ctx = g_option_context_new ("- a new key for --pseudonymise");
  g_set_prgname ("nrpnet keygen");
  g_option_context_set_summary (
    ctx,
    "Writes a new random key (32 bytes from the kernel, as 64 hexadecimal digits),\n"
    "readable by you only. With it, --pseudonymise KEYFILE replaces every actor and\n"
    "respondent id in every output by \"p-\" and 16 hexadecimal digits of its\n"
    "HMAC-SHA256: the same key gives the same pseudonyms in every run and file, so\n"
    "published tables can be joined; without the key no one can turn them back into\n"
    "ids, nor test a guess. Keep the key as you keep the raw data, apart from what\n"
    "you publish.\n"
    "\n"
    "Example:\n"
    "  nrpnet keygen --output project.key\n"
    "  nrpnet report -a actors.csv -t ties.csv --pseudonymise project.key --format json");
  g_option_context_set_description (ctx, "Exit status: 0 success, 1 the file exists or cannot "
                                         "be written, 2 bad usage.");
  g_option_context_add_main_entries (ctx, entries, NULL);
  if ((rc = cli_parse (ctx, "keygen", &argc, &argv)) != EXIT_OK)
    return rc;
  if (output == NULL)
    return cli_usage_error ("keygen", "--output FILE is required (the key file to create)");
  if (!nrp_key_generate (output, &error))
    return cli_error (error);
  return EXIT_OK;
}
