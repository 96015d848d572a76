#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Reference centralities for nrpnet (lib/measures/centrality.c, lib/measures/paths.c).

For every data set of tests/datasets/datasets.tsv, unweighted and weighted,
writes expected/centrality.tsv: per wave and actor, strength, betweenness,
cross-sector betweenness, closeness, harmonic closeness, eigenvector
centrality and PageRank, all from NetworkX (Debian's python3-networkx):
  - weighted path lengths are 1/weight as exact fractions.Fraction, so that
    paths of equal length tie exactly (igraph ties them within 1e-10
    relative, which for these small rationals is the same);
  - betweenness: nx.betweenness_centrality(normalized=False);
  - cross-sector betweenness: nx.betweenness_centrality_subset over each
    ordered pair of different sectors (a, b), sources in a, targets in b,
    summed. For undirected graphs NetworkX halves subset betweenness (igraph
    issue 2359), so the (a, b) and (b, a) terms are each half of the
    unordered pairs between a and b, and their sum counts each unordered
    pair once: nrpnet's convention, with no further factor;
  - closeness: nx.closeness_centrality(wf_improved=False) of the reversed
    graph, i.e. from each actor outwards: reached / sum of distances;
    NaN for an actor reaching nobody;
  - harmonic: nx.harmonic_centrality of the reversed graph;
  - eigenvector: nx.eigenvector_centrality_numpy, scaled to a maximum of 1;
    only where it is unique (connected undirected, strongly connected
    directed), else "-";
  - PageRank: nx.pagerank(alpha=0.85, tol=1e-15).
Run: /usr/bin/python3 tests/oracle/centrality_oracle.py
"""
from common import DATA, NAN, TESTS, fmt, rows  # first: it fixes the hash seed


import os
from fractions import Fraction

import networkx as nx


def main():
    out = [["dataset", "wave", "weighted", "id", "strength", "betweenness",
            "cross_sector_betweenness", "closeness", "harmonic", "eigenvector", "pagerank"]]
    with open(os.path.join(DATA, "datasets.tsv")) as f:
        configs = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for name, actors_path, ties_path, directed, missing_path in configs:
        directed = directed == "1"
        actors = rows(os.path.join(DATA, actors_path))
        sec = {r["id"]: r["group"] for r in actors}
        ties = rows(os.path.join(DATA, ties_path))
        missing = rows(os.path.join(DATA, missing_path)) if missing_path != "-" else []
        waves = max(int(r["wave"]) for r in ties + missing)
        for w in range(1, waves + 1):
            for weighted in (False, True):
                g = nx.DiGraph() if directed else nx.Graph()
                g.add_nodes_from(sec)
                for r in ties:
                    if int(r["wave"]) != w:
                        continue
                    wt = Fraction(r.get("weight") or "1")
                    u, v = r["source"], r["target"]
                    if g.has_edge(u, v):       # several relation types: sum
                        g[u][v]["weight"] += wt
                    else:
                        g.add_edge(u, v, weight=wt)
                for u, v, d in g.edges(data=True):
                    d["length"] = 1 / d["weight"] if weighted else Fraction(1)
                    d["fweight"] = float(d["weight"]) if weighted else 1.0
                length = "length"
                bc = nx.betweenness_centrality(g, normalized=False, weight=length)
                cross = dict.fromkeys(g, 0.0)
                sectors = sorted(set(sec.values()))
                for a in sectors:
                    for b in sectors:
                        if a == b:
                            continue
                        src = [v for v in g if sec[v] == a]
                        dst = [v for v in g if sec[v] == b]
                        part = nx.betweenness_centrality_subset(g, src, dst, normalized=False,
                                                                weight=length)
                        for v, x in part.items():
                            cross[v] += x
                r = g.reverse() if directed else g
                clo = {}
                for v in g:
                    dist = nx.single_source_dijkstra_path_length(g, v, weight=length)
                    reached = [d for u, d in dist.items() if u != v]
                    clo[v] = (len(reached) / float(sum(reached))) if reached else NAN
                har = nx.harmonic_centrality(r, distance=length)
                connected = (nx.is_strongly_connected(g) if directed else nx.is_connected(g)) \
                    and g.number_of_edges() > 0
                if connected:
                    ev = nx.eigenvector_centrality_numpy(g, weight="fweight")
                    top = max(abs(x) for x in ev.values())
                    ev = {v: abs(x) / top for v, x in ev.items()}
                pr = nx.pagerank(g, alpha=0.85, tol=1e-15, max_iter=100000, weight="fweight")
                for v in sec:
                    strength = sum(float(d["weight"]) for _, _, d in
                                   (g.in_edges(v, data=True) if directed else [])) + \
                        sum(float(d["weight"]) for _, _, d in g.edges(v, data=True))
                    out.append([name, w, int(weighted), v, strength, float(bc[v]), float(cross[v]),
                                clo[v], float(har[v]), ev[v] if connected else "-", pr[v]])
    with open(os.path.join(TESTS, "expected", "centrality.tsv"), "w") as f:
        f.write("# Computed by tests/oracle/centrality_oracle.py with NetworkX %s; do not edit.\n"
                % nx.__version__)
        for r in out:
            f.write("\t".join(fmt(x) for x in r) + "\n")


if __name__ == "__main__":
    main()
