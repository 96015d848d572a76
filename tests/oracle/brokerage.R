# SPDX-License-Identifier: GPL-2.0-or-later
# Reference Gould-Fernandez brokerage from R's sna::brokerage (Debian
# r-cran-sna), for every data set of tests/datasets/datasets.tsv (classes =
# the `group` column; undirected data as symmetric matrices), written to
# tests/expected/brokerage_r.tsv: dataset, wave, who (an actor id, or * for
# the network), role (w_I w_O b_IO b_OI b_O t), raw, expected, sd, z.
# Non-finite values are written as nan. Run from the top of the source tree:
#   Rscript tests/oracle/brokerage.R
suppressMessages(library(sna))
source("tests/oracle/common.R")
cfg <- read_configs()
out <- file("tests/expected/brokerage_r.tsv", "w")
cat(sprintf("# Computed by tests/oracle/brokerage.R with R %s and sna %s; do not edit.\n",
            getRversion(), packageVersion("sna")), file = out)
cat("dataset\twave\twho\trole\traw\texpected\tsd\tz\n", file = out)
num <- function(x) ifelse(is.finite(x), sprintf("%.17g", x), "nan")
for (k in seq_len(nrow(cfg))) {
  d <- read_dataset(cfg, k)
  actors <- d$actors
  directed <- d$directed
  n <- nrow(actors)
  roles <- c("w_I", "w_O", "b_IO", "b_OI", "b_O", "t")
  for (w in seq_len(d$waves)) {
    adj <- wave_matrix(d, w)
    if (sum(adj) == 0) next
    b <- brokerage(adj, actors$group)
    for (r in seq_along(roles)) {
      cat(sprintf("%s\t%d\t*\t%s\t%s\t%s\t%s\t%s\n", cfg$name[k], w, roles[r],
                  num(b$raw.gli[r]), num(b$exp.gli[r]), num(b$sd.gli[r]), num(b$z.gli[r])),
          file = out)
      for (a in seq_len(n))
        cat(sprintf("%s\t%d\t%s\t%s\t%s\t%s\t%s\t%s\n", cfg$name[k], w, actors$id[a], roles[r],
                    num(b$raw.nli[a, r]), num(b$exp.nli[a, r]), num(b$sd.nli[a, r]),
                    num(b$z.nli[a, r])), file = out)
    }
  }
}
close(out)
