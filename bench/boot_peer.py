#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The actor bootstrap of `nrpnet compare`, with python-igraph or NetworkX.

    boot_peer.py igraph|networkx ACTORS TIES B default|all [TIMED]

Snijders and Borgatti's (1999) actor bootstrap as nrpnet's
lib/change/bootstrap.c does it: a replicate draws the actors with
replacement (one draw for both waves); two copies of distinct actors keep
their tie at each wave; two copies of one actor take the tie of a pair of
distinct actors drawn at random. Each replicate's two waves are built as
graphs and measured. No Python library ships this bootstrap, so this is
what an analyst would write with one.

The measures are those of compare's default list that the library
computes: density, mean degree, components, the largest component's
share, isolates, transitivity, the ties within and across sectors, their
share and the E-I index, the highest degree, nominal assortativity, the
modularity of the sector partition, and Freeman degree centralization;
with `all`, Freeman betweenness and closeness centralization too (as
nrpnet, from the unweighted scores and igraph's theoretical maxima).
Brokerage and the bonding, bridging and linking shares are nrpnet's own
and left out, so the comparison favours the peer.

The first TIMED replicates (all B when TIMED is absent or larger) are run
and timed, and the time is scaled to B (estimated=yes when scaled).
Prints: replicates=B timed=K boot_s=... estimated=yes|no
"""
import random
import sys
import time

sys.path.insert(0, __file__.rsplit("/", 1)[0])
import compare  # noqa: E402  (bench/compare.py: the same loading)


def replicate(rng, n, edges, edge_sets):
    """The two waves' edge lists of one replicate, on copies 0 .. n - 1."""
    draw = [rng.randrange(n) for _ in range(n)]
    copies = [[] for _ in range(n)]
    for i, u in enumerate(draw):
        copies[u].append(i)
    waves = []
    for es in edges:
        out = []
        for a, b in es:
            for x in copies[a]:
                for y in copies[b]:
                    out.append((x, y))
        waves.append(out)
    # Pairs of copies of one actor: the tie of a random pair of distinct actors.
    for u in range(n):
        cu = copies[u]
        for i in range(len(cu)):
            for j in range(i + 1, len(cu)):
                s = rng.randrange(n)
                t = rng.randrange(n)
                while t == s:
                    t = rng.randrange(n)
                key = (min(s, t), max(s, t))
                for w, es in enumerate(edge_sets):
                    if key in es:
                        waves[w].append((cu[i], cu[j]))
    return draw, waves


def freeman(scores, tmax):
    top = max(scores)
    return sum(top - s for s in scores) / tmax if tmax > 0 else float("nan")


def measure_igraph(igraph, n, es, member, paths):
    g = igraph.Graph(n=n, edges=es)
    m = g.ecount()
    deg = g.degree()
    comps = g.connected_components()
    sizes = comps.sizes()
    cross = sum(1 for a, b in es if member[a] != member[b])
    out = [m / (n * (n - 1) / 2), 2 * m / n, len(sizes), max(sizes) / n,
           sum(1 for d in deg if d == 0), g.transitivity_undirected(),
           m - cross, cross, cross / m, (cross - (m - cross)) / m, max(deg),
           g.assortativity_nominal(member, directed=False), g.modularity(member),
           freeman(deg, (n - 1) * (n - 2))]
    if paths:
        out.append(freeman(g.betweenness(directed=False), (n - 1) ** 2 * (n - 2) / 2))
        out.append(freeman([c if c == c else 0 for c in g.closeness()], (n - 1) * (n - 2) / (2 * n - 3)))
    return out


def measure_networkx(nx, n, es, member, paths):
    g = nx.Graph()
    g.add_nodes_from(range(n))
    g.add_edges_from(es)
    m = g.number_of_edges()
    deg = [d for _, d in g.degree()]
    sizes = [len(c) for c in nx.connected_components(g)]
    cross = sum(1 for a, b in es if member[a] != member[b])
    parts = {}
    for v in range(n):
        parts.setdefault(member[v], set()).add(v)
    nx.set_node_attributes(g, {v: member[v] for v in range(n)}, "sector")
    out = [nx.density(g), 2 * m / n, len(sizes), max(sizes) / n,
           sum(1 for d in deg if d == 0), nx.transitivity(g),
           m - cross, cross, cross / m, (cross - (m - cross)) / m, max(deg),
           nx.attribute_assortativity_coefficient(g, "sector"),
           nx.community.modularity(g, list(parts.values())),
           freeman(deg, (n - 1) * (n - 2))]
    if paths:
        b = nx.betweenness_centrality(g, normalized=False)
        out.append(freeman(list(b.values()), (n - 1) ** 2 * (n - 2) / 2))
        c = nx.closeness_centrality(g, wf_improved=False)
        out.append(freeman(list(c.values()), (n - 1) * (n - 2) / (2 * n - 3)))
    return out


def main():
    lib, actors, ties, b, which = sys.argv[1:6]
    B = int(b)
    timed = min(B, int(sys.argv[6])) if len(sys.argv) > 6 else B
    paths = which == "all"
    if lib == "igraph":
        import igraph
        measure = lambda n, es, member: measure_igraph(igraph, n, es, member, paths)  # noqa: E731
    else:
        import networkx as nx
        measure = lambda n, es, member: measure_networkx(nx, n, es, member, paths)  # noqa: E731
    ids, waves = compare.load_rows(actors, ties)
    codes = {}
    sector = [codes.setdefault(s, len(codes)) for s in compare.load_sectors(actors)]
    n = len(ids)
    edges, edge_sets = [], []
    for w in sorted(waves):
        es = sorted({(min(a, c), max(a, c)) for a, c, _ in waves[w] if a != c})
        edges.append(es)
        edge_sets.append(set(es))
    rng = random.Random(1)
    t0 = time.perf_counter()
    for _ in range(timed):
        draw, reps = replicate(rng, n, edges, edge_sets)
        member = [sector[u] for u in draw]
        for es in reps:
            measure(n, es, member)
    spent = time.perf_counter() - t0
    print("replicates=%d timed=%d boot_s=%.2f estimated=%s"
          % (B, timed, spent * B / timed, "yes" if timed < B else "no"))


if __name__ == "__main__":
    main()
