#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The same work as bench-summary, with python-igraph or NetworkX.

    compare.py igraph|networkx ACTORS TIES

Load: read both CSVs with the csv module and build one graph per wave (as
nrpnet builds its model); summary: per wave, ties, density, mean degree,
components, largest component, isolates, transitivity and every degree.
Prints the same line format as bench-summary.
"""
import csv
import resource
import sys
import time


def load_rows(actors, ties):
    with open(actors, newline="") as f:
        ids = [r["id"] for r in csv.DictReader(f)]
    index = {a: i for i, a in enumerate(ids)}
    waves = {}
    with open(ties, newline="") as f:
        for r in csv.DictReader(f):
            waves.setdefault(int(r["wave"]), []).append(
                (index[r["source"]], index[r["target"]], float(r["weight"])))
    return ids, waves


def main():
    lib, actors, ties = sys.argv[1:4]
    if lib == "igraph":
        import igraph
    else:
        import networkx as nx
    t0 = time.perf_counter()  # after the imports: they are not the work
    ids, waves = load_rows(actors, ties)
    n = len(ids)
    graphs = {}
    if lib == "igraph":
        for w, es in waves.items():
            graphs[w] = igraph.Graph(n=n, edges=[(a, b) for a, b, _ in es],
                                     edge_attrs={"weight": [x for _, _, x in es]})
    else:
        for w, es in waves.items():
            g = nx.Graph()
            g.add_nodes_from(range(n))
            g.add_weighted_edges_from(es)
            graphs[w] = g
    t1 = time.perf_counter()
    out = []
    for w, g in sorted(graphs.items()):
        if lib == "igraph":
            m = g.ecount()
            comps = g.connected_components()
            out.append((m, m / (n * (n - 1) / 2), 2 * m / n, len(comps), max(comps.sizes()),
                        sum(1 for d in g.degree() if d == 0), g.transitivity_undirected(),
                        g.degree()))
        else:
            m = g.number_of_edges()
            comps = list(nx.connected_components(g))
            out.append((m, m / (n * (n - 1) / 2), 2 * m / n, len(comps),
                        max(len(c) for c in comps), nx.number_of_isolates(g),
                        nx.transitivity(g), dict(g.degree())))
    t2 = time.perf_counter()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
    print("ties=%d load_s=%.4f summary_s=%.4f maxrss_mb=%.1f"
          % (sum(len(e) for e in waves.values()), t1 - t0, t2 - t1, rss))


if __name__ == "__main__":
    main()
