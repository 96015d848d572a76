#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The same work as bench-summary or bench-report, with python-igraph or NetworkX.

    compare.py igraph|networkx ACTORS TIES            the per-wave summary
    compare.py igraph|networkx ACTORS TIES report     the full report

The report mode computes, for every wave, what nrpnet's report does and the
library can: the summary measures, the sector mixing matrix and E-I index,
nominal assortativity, the modularity of the sector partition, each actor's
degree, betweenness, closeness, harmonic closeness, eigenvector centrality
and PageRank, bridges, articulation points and communities (python-igraph:
Leiden on modularity with 10 iterations and multilevel, as nrpnet; NetworkX:
Louvain), and with python-igraph Burt's constraint. Neither does nrpnet's
brokerage, local bridges with their span, effective size, hierarchy, or the
E-I permutation test, so the comparison still favours them. NetworkX's exact betweenness, closeness and harmonic closeness
take tens of minutes at 10,000 actors, so for NetworkX those three are timed
on 200 sources and scaled up to all of them (printed as estimated=yes).

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


def load_sectors(actors):
    with open(actors, newline="") as f:
        return [r["sector"] for r in csv.DictReader(f)]


def report_igraph(graphs, sectors):
    codes = {s: i for i, s in enumerate(sorted(set(sectors)))}
    member = [codes[s] for s in sectors]
    for g in graphs.values():
        g.vs["sector"] = member
        m = g.ecount()
        g.connected_components()
        g.transitivity_undirected()
        mix = {}
        for a, b in g.get_edgelist():
            key = (member[a], member[b])
            mix[key] = mix.get(key, 0) + 1
        cross = sum(v for (a, b), v in mix.items() if a != b)
        _ = (cross - (m - cross)) / m  # the E-I index: computed to be timed
        g.assortativity_nominal("sector", directed=g.is_directed())
        g.modularity(member)
        g.degree()
        g.betweenness(directed=g.is_directed())
        g.closeness(mode="out")
        g.harmonic_centrality(mode="out")
        g.eigenvector_centrality(scale=True)
        g.pagerank(damping=0.85)
        g.constraint()
        g.bridges()
        g.articulation_points()
        # nrpnet's communities: Leiden (modularity, 10 iterations) and multilevel
        g.community_leiden(objective_function="modularity", n_iterations=10)
        g.community_multilevel()
    return False


def report_networkx(graphs, sectors):
    import networkx as nx
    import random
    estimated = False
    for g in graphs.values():
        for v in g:
            g.nodes[v]["sector"] = sectors[v]
        m = g.number_of_edges()
        list(nx.connected_components(g))
        nx.transitivity(g)
        cross = sum(1 for a, b in g.edges() if sectors[a] != sectors[b])
        _ = (cross - (m - cross)) / m  # the E-I index: computed to be timed
        nx.attribute_assortativity_coefficient(g, "sector")
        parts = {}
        for v in g:
            parts.setdefault(sectors[v], set()).add(v)
        nx.community.modularity(g, list(parts.values()))
        dict(g.degree())
        nx.eigenvector_centrality_numpy(g)
        nx.pagerank(g, alpha=0.85)
        list(nx.bridges(g))
        list(nx.articulation_points(g))
        nx.community.louvain_communities(g, seed=1)
        # The O(n m) path measures on 200 sources, scaled to all n.
        n = g.number_of_nodes()
        sample = random.Random(1).sample(list(g), min(200, n))
        t = time.perf_counter()
        nx.betweenness_centrality(g, k=len(sample), seed=1)
        for v in sample:
            nx.closeness_centrality(g, u=v)
        nx.harmonic_centrality(g, sources=sample)
        spent = time.perf_counter() - t
        report_networkx.extra += spent * (n / len(sample) - 1)
        estimated = n > len(sample)
    return estimated


report_networkx.extra = 0.0


def main():
    lib, actors, ties = sys.argv[1:4]
    mode = sys.argv[4] if len(sys.argv) > 4 else "summary"
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
    if mode == "report":
        sectors = load_sectors(actors)
        estimated = (report_igraph if lib == "igraph" else report_networkx)(graphs, sectors)
        t2 = time.perf_counter() + report_networkx.extra
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
        print("ties=%d load_s=%.4f report_s=%.4f maxrss_mb=%.1f estimated=%s"
              % (sum(len(e) for e in waves.values()), t1 - t0, t2 - t1, rss,
                 "yes" if estimated else "no"))
        return
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
