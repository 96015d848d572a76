# SPDX-License-Identifier: GPL-2.0-or-later
# What nrpnet's R oracles share: the data sets of tests/datasets/datasets.tsv
# and each wave's 0/1 adjacency matrix. Run the oracles from the top of the
# source tree; they source this file.
data <- "tests/datasets"

# The data sets: one row per set (name, actors, ties, directed, missing).
read_configs <- function() {
  read.delim(file.path(data, "datasets.tsv"), header = FALSE, comment.char = "#",
             colClasses = "character",
             col.names = c("name", "actors", "ties", "directed", "missing"))
}

# One data set: its actors, ties, directedness and number of waves (the
# highest wave of ties.csv and missing.csv).
read_dataset <- function(cfg, k) {
  d <- list(actors = read.csv(file.path(data, cfg$actors[k]), colClasses = "character"),
            ties = read.csv(file.path(data, cfg$ties[k]), colClasses = "character"),
            directed = cfg$directed[k] == "1")
  d$waves <- max(as.integer(d$ties$wave))
  if (cfg$missing[k] != "-") {
    miss <- read.csv(file.path(data, cfg$missing[k]), colClasses = "character")
    d$waves <- max(d$waves, as.integer(miss$wave))
  }
  d
}

# The 0/1 adjacency matrix of wave w (symmetric when undirected).
wave_matrix <- function(d, w) {
  n <- nrow(d$actors)
  adj <- matrix(0, n, n)
  tw <- d$ties[as.integer(d$ties$wave) == w, ]
  i <- match(tw$source, d$actors$id)
  j <- match(tw$target, d$actors$id)
  adj[cbind(i, j)] <- 1
  if (!d$directed) adj[cbind(j, i)] <- 1
  adj
}
