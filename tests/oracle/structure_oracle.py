#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Reference structural holes, bridges and local bridges for nrpnet.

For every data set of tests/datasets/datasets.tsv, unweighted and weighted,
writes expected/holes.tsv (per wave and actor: NetworkX's constraint and
effective_size, efficiency = effective size / contacts, and Burt's hierarchy
computed here from nx.local_constraint; for a directed actor with no
out-tie, where NetworkX returns NaN, its own formulas over all contacts) and, unweighted, expected/bridges.tsv
(per wave: each bridge, articulation point and local bridge with its span,
from nx.bridges, nx.articulation_points and nx.local_bridges on the
undirected simple graph). Weights of several relation types on one dyad are
summed. Run: /usr/bin/python3 tests/oracle/structure_oracle.py
"""
from common import DATA, NAN, TESTS, fmt, rows  # first: it fixes the hash seed


import math
import os

import networkx as nx
from networkx.algorithms.structuralholes import normalized_mutual_weight as nmw


def main():
    holes = [["dataset", "wave", "weighted", "id", "constraint", "effective_size", "efficiency",
              "hierarchy"]]
    bridges = [["dataset", "wave", "kind", "a", "b", "span"]]
    with open(os.path.join(DATA, "datasets.tsv")) as f:
        configs = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for name, actors_path, ties_path, directed, missing_path in configs:
        directed = directed == "1"
        ids = [r["id"] for r in rows(os.path.join(DATA, actors_path))]
        ties = rows(os.path.join(DATA, ties_path))
        missing = rows(os.path.join(DATA, missing_path)) if missing_path != "-" else []
        waves = max(int(r["wave"]) for r in ties + missing)
        for w in range(1, waves + 1):
            for weighted in (False, True):
                g = nx.DiGraph() if directed else nx.Graph()
                g.add_nodes_from(ids)
                for r in ties:
                    if int(r["wave"]) != w:
                        continue
                    wt = float(r.get("weight") or 1) if weighted else 1.0
                    u, v = r["source"], r["target"]
                    if g.has_edge(u, v):
                        if weighted:
                            g[u][v]["weight"] += wt
                    else:
                        g.add_edge(u, v, weight=wt)
                c = nx.constraint(g, weight="weight")
                es = nx.effective_size(g, weight="weight")
                # NetworkX gives NaN to a directed actor with no out-tie (it
                # tests G[v], the successors), though it has contacts; for
                # those, apply NetworkX's own formulas over all contacts.
                for v in ids:
                    contacts = set(nx.all_neighbors(g, v)) - {v}
                    if contacts and math.isnan(c[v]):
                        c[v] = sum(nx.local_constraint(g, v, u, weight="weight")
                                   for u in contacts)
                        es[v] = sum(1 - sum(nmw(g, v, x, weight="weight")
                                            * nmw(g, u, x, norm=max, weight="weight")
                                            for x in contacts)
                                    for u in contacts)
                for v in ids:
                    contacts = set(nx.all_neighbors(g, v)) - {v}
                    d = len(contacts)
                    eff = es[v] / d if d else NAN
                    h = NAN
                    if d >= 2:
                        loc = [nx.local_constraint(g, v, u, weight="weight") for u in contacts]
                        mean = sum(loc) / d
                        h = sum((x / mean) * math.log(x / mean) for x in loc if x > 0) / \
                            (d * math.log(d))
                    holes.append([name, w, int(weighted), v, c[v], es[v], eff, h])
                if weighted:
                    continue
                u = nx.Graph(g.to_undirected()) if directed else g
                for a, b in nx.bridges(u):
                    a, b = sorted((a, b), key=ids.index)
                    bridges.append([name, w, "bridge", a, b, "-"])
                for a in nx.articulation_points(u):
                    bridges.append([name, w, "articulation", a, "-", "-"])
                for a, b, span in nx.local_bridges(u, with_span=True):
                    a, b = sorted((a, b), key=ids.index)
                    bridges.append([name, w, "local", a, b, float(span)])
    header = "# Computed by tests/oracle/structure_oracle.py with NetworkX %s; do not edit.\n" \
        % nx.__version__
    for fname, table in (("holes.tsv", holes), ("bridges.tsv", bridges)):
        with open(os.path.join(TESTS, "expected", fname), "w") as f:
            f.write(header)
            for r in table:
                f.write("\t".join(fmt(x) for x in r) + "\n")


if __name__ == "__main__":
    main()
