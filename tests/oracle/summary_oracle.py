#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Reference values for nrpnet's per-wave summary, from NetworkX.

Reads the shared data sets listed in tests/datasets/datasets.tsv with
Python's csv module and NetworkX (Debian's python3-networkx), independently
of nrpnet, and writes:
  tests/expected/summary.tsv  one row per data set and wave;
  tests/expected/degrees.tsv  one row per data set, wave and actor.
The committed outputs are what tests/test-datasets.c checks; the tests do
not need NetworkX. Re-run after changing a data set or a definition:
    /usr/bin/python3 tests/oracle/summary_oracle.py

Definitions (the same as nrpnet's README):
  ties              distinct tied dyads (ordered pairs if directed)
  observed_dyads    n(n-1) (directed) or n(n-1)/2, less missing.csv dyads
  density           ties / observed_dyads
  mean_degree       ties / n (directed), 2 ties / n (undirected)
  components        nx.number_weakly_connected_components / connected
  isolates          nx.isolates
  transitivity      nx.transitivity of the undirected simple graph, except
                    that it is NaN when there is no connected triple (where
                    NetworkX returns 0)
  degree            in + out (directed), as nx.DiGraph.degree
  mutual_dyads      pairs tied both ways (directed; 0 when undirected)
  E, I, ei_index    ties across / within the `group` column's sectors,
                    (E - I) / (E + I), NaN with no tie
  max_*degree       the highest degree, in-degree and out-degree
"""
from common import DATA, TESTS, fmt, rows  # first: it fixes the hash seed


import os
import sys

import networkx as nx


def main():
    out_summary = [["dataset", "wave", "actors_present", "ties", "observed_dyads",
                    "density", "mean_degree", "components", "largest_component",
                    "isolates", "transitivity", "mutual_dyads", "ties_within_sector",
                    "ties_cross_sector", "ei_index", "max_degree", "max_in_degree",
                    "max_out_degree"]]
    out_degrees = [["dataset", "wave", "id", "in_degree", "out_degree", "degree"]]
    with open(os.path.join(DATA, "datasets.tsv")) as f:
        configs = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for name, actors_path, ties_path, directed, missing_path in configs:
        directed = directed == "1"
        actor_rows = rows(os.path.join(DATA, actors_path))
        actors = [r["id"] for r in actor_rows]
        sector = {r["id"]: r["group"] for r in actor_rows}
        ties = rows(os.path.join(DATA, ties_path))
        missing = rows(os.path.join(DATA, missing_path)) if missing_path != "-" else []
        waves = max(int(r["wave"]) for r in ties + missing)
        n = len(actors)
        for w in range(1, waves + 1):
            g = nx.DiGraph() if directed else nx.Graph()
            g.add_nodes_from(actors)
            g.add_edges_from((r["source"], r["target"]) for r in ties if int(r["wave"]) == w)
            miss = set()
            for r in missing:
                if int(r["wave"]) == w:
                    d = (r["source"], r["target"])
                    miss.add(d if directed else tuple(sorted(d)))
            m = g.number_of_edges()
            pairs = n * (n - 1) if directed else n * (n - 1) // 2
            observed = pairs - len(miss)
            u = nx.Graph(g) if directed else g
            comps = list(nx.weakly_connected_components(g) if directed
                         else nx.connected_components(g))
            triples = sum(d * (d - 1) // 2 for _, d in u.degree())
            trans = nx.transitivity(u) if triples > 0 else float("nan")
            mutual = sum(1 for a, b in g.edges() if g.has_edge(b, a)) // 2 if directed else 0
            cross = sum(1 for a, b in g.edges() if sector[a] != sector[b])
            within = m - cross
            ei = (cross - within) / m if m else float("nan")
            if directed:
                maxes = (max(d for _, d in g.degree()), max(d for _, d in g.in_degree()),
                         max(d for _, d in g.out_degree()))
            else:
                maxes = (max(d for _, d in g.degree()),) * 3
            out_summary.append([name, w, n, m, observed, m / observed if observed else float("nan"),
                                (1.0 if directed else 2.0) * m / n, len(comps),
                                max(len(c) for c in comps), len(list(nx.isolates(g))), trans,
                                mutual, within, cross, ei] + list(maxes))
            for a in actors:
                if directed:
                    out_degrees.append([name, w, a, g.in_degree(a), g.out_degree(a), g.degree(a)])
                else:
                    out_degrees.append([name, w, a, g.degree(a), g.degree(a), g.degree(a)])
    header = ("# Computed by tests/oracle/summary_oracle.py with NetworkX %s from the CSVs\n"
              "# in tests/datasets; do not edit by hand.\n" % nx.__version__)
    for fname, table in (("summary.tsv", out_summary), ("degrees.tsv", out_degrees)):
        with open(os.path.join(TESTS, "expected", fname), "w") as f:
            f.write(header)
            for r in table:
                f.write("\t".join(fmt(x) for x in r) + "\n")


if __name__ == "__main__":
    sys.exit(main())
