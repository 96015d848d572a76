# SPDX-License-Identifier: GPL-2.0-or-later
# Reference mixing matrices from R's network::mixingmatrix (Debian
# r-cran-network), for every data set of tests/datasets/datasets.tsv
# (group = the `group` column), written to tests/expected/mixingmatrix_r.tsv
# as long rows: dataset, wave, sector of the row, sector of the column, count.
# Run from the top of the source tree:  Rscript tests/oracle/mixingmatrix.R
suppressMessages(library(network))
source("tests/oracle/common.R")
cfg <- read_configs()
out <- file("tests/expected/mixingmatrix_r.tsv", "w")
cat(sprintf("# Computed by tests/oracle/mixingmatrix.R with R %s and network %s; do not edit.\n",
            getRversion(), packageVersion("network")), file = out)
cat("dataset\twave\tsector\tother\tcount\n", file = out)
for (k in seq_len(nrow(cfg))) {
  d <- read_dataset(cfg, k)
  actors <- d$actors
  directed <- d$directed
  for (w in seq_len(d$waves)) {
    adj <- wave_matrix(d, w)
    net <- network(adj, directed = directed)
    set.vertex.attribute(net, "group", actors$group)
    mm <- mixingmatrix(net, "group")
    groups <- sort(unique(actors$group))
    for (a in groups) for (b in groups) {
      cat(sprintf("%s\t%d\t%s\t%s\t%d\n", cfg$name[k], w, a, b, as.integer(mm[a, b])),
          file = out)
    }
  }
}
close(out)
