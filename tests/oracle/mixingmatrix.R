# SPDX-License-Identifier: GPL-2.0-or-later
# Reference mixing matrices from R's network::mixingmatrix (Debian
# r-cran-network), for every data set of tests/datasets/datasets.tsv
# (group = the `group` column), written to tests/expected/mixingmatrix_r.tsv
# as long rows: dataset, wave, sector of the row, sector of the column, count.
# Run from the top of the source tree:  Rscript tests/oracle/mixingmatrix.R
suppressMessages(library(network))
data <- "tests/datasets"
cfg <- read.delim(file.path(data, "datasets.tsv"), header = FALSE, comment.char = "#",
                  colClasses = "character",
                  col.names = c("name", "actors", "ties", "directed", "missing"))
out <- file("tests/expected/mixingmatrix_r.tsv", "w")
cat(sprintf("# Computed by tests/oracle/mixingmatrix.R with R %s and network %s; do not edit.\n",
            getRversion(), packageVersion("network")), file = out)
cat("dataset\twave\tsector\tother\tcount\n", file = out)
for (k in seq_len(nrow(cfg))) {
  actors <- read.csv(file.path(data, cfg$actors[k]), colClasses = "character")
  ties <- read.csv(file.path(data, cfg$ties[k]), colClasses = "character")
  directed <- cfg$directed[k] == "1"
  waves <- max(as.integer(ties$wave))
  if (cfg$missing[k] != "-") {
    miss <- read.csv(file.path(data, cfg$missing[k]), colClasses = "character")
    waves <- max(waves, as.integer(miss$wave))
  }
  n <- nrow(actors)
  for (w in seq_len(waves)) {
    adj <- matrix(0, n, n)
    tw <- ties[as.integer(ties$wave) == w, ]
    i <- match(tw$source, actors$id)
    j <- match(tw$target, actors$id)
    adj[cbind(i, j)] <- 1
    if (!directed) adj[cbind(j, i)] <- 1
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
