#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Reference values for nrpnet's cross-sector measures (lib/measures/mixing.c).

For every data set of tests/datasets/datasets.tsv (sector = the `group`
column), independently of nrpnet, writes:
  expected/mixing.tsv         per wave: tie classes, E-I, expected E-I,
                              nominal assortativity, sector modularity;
  expected/sector_mixing.tsv  per wave and sector pair: mixing count and
                              density; per sector: E-I in both conventions;
  expected/actor_mixing.tsv   per wave and actor: E-I, Blau, IQV, reach.
Assortativity is NetworkX's attribute_assortativity_coefficient and
modularity NetworkX's community.modularity; the rest is computed here from
the definitions in nrpnet's README (each tie once; tie classes from the
built-in NRP power levels). Run with /usr/bin/python3 (Debian's NetworkX).
"""
from common import DATA, NAN, TESTS, fmt, rows  # first: it fixes the hash seed


import math
import os

import networkx as nx

POWER = {"resident": 0, "third_sector": 1, "business": 1, "academic": 1,
         "public_service": 2, "local_authority": 2}


def ratio(a, b):
    return a / b if b else NAN


def tie_class(a, b):
    if a == b:
        return "bonding"
    if a in POWER and b in POWER and POWER[a] != POWER[b]:
        return "linking"
    return "bridging"


def main():
    out_w = [["dataset", "wave", "ties_bonding", "ties_bridging", "ties_linking", "ei_index",
              "ei_index_expected", "assortativity", "sector_modularity"]]
    out_s = [["dataset", "wave", "sector", "other", "count", "density", "ei_once", "ei_rows"]]
    out_a = [["dataset", "wave", "id", "ei_index", "blau", "iqv", "sector_reach"]]
    with open(os.path.join(DATA, "datasets.tsv")) as f:
        configs = [l.rstrip("\n").split("\t") for l in f if l.strip() and not l.startswith("#")]
    for name, actors_path, ties_path, directed, missing_path in configs:
        directed = directed == "1"
        actors = rows(os.path.join(DATA, actors_path))
        sec = {r["id"]: r["group"] for r in actors}
        sectors = sorted(set(sec.values()))
        ties = rows(os.path.join(DATA, ties_path))
        missing = rows(os.path.join(DATA, missing_path)) if missing_path != "-" else []
        waves = max(int(r["wave"]) for r in ties + missing)
        size = {s: sum(1 for a in sec.values() if a == s) for s in sectors}
        for w in range(1, waves + 1):
            g = nx.DiGraph() if directed else nx.Graph()
            for r in actors:
                g.add_node(r["id"], group=r["group"])
            g.add_edges_from((r["source"], r["target"]) for r in ties if int(r["wave"]) == w)
            edges = list(g.edges())
            m = len(edges)
            cls = {"bonding": 0, "bridging": 0, "linking": 0}
            count = {(a, b): 0 for a in sectors for b in sectors}
            e1 = dict.fromkeys(sectors, 0); i1 = dict.fromkeys(sectors, 0)
            er = dict.fromkeys(sectors, 0); ir = dict.fromkeys(sectors, 0)
            for u, v in edges:
                a, b = sec[u], sec[v]
                cls[tie_class(a, b)] += 1
                count[(a, b)] += 1
                if not directed and a != b:
                    count[(b, a)] += 1
                if a == b:
                    i1[a] += 1
                    ir[a] += 1 if directed else 2
                else:
                    e1[a] += 1; e1[b] += 1
                    er[a] += 1
                    if not directed:
                        er[b] += 1
            cross = cls["bridging"] + cls["linking"]
            n = len(actors)
            pairs = n * (n - 1) / 2
            within = sum(size[s] * (size[s] - 1) / 2 for s in sectors)
            expected = ratio(pairs - 2 * within, pairs)
            try:
                assort = nx.attribute_assortativity_coefficient(g, "group") if m else NAN
            except ZeroDivisionError:
                assort = NAN
            if assort is not None and not math.isfinite(assort):
                assort = NAN
            parts = [{v for v in g if sec[v] == s} for s in sectors]
            modularity = nx.community.modularity(g, parts) if m else NAN
            out_w.append([name, w, cls["bonding"], cls["bridging"], cls["linking"],
                          ratio(cross - cls["bonding"], m), expected, assort, modularity])
            miss = {}
            for r in missing:
                if int(r["wave"]) == w:
                    a, b = sec[r["source"]], sec[r["target"]]
                    miss[(a, b)] = miss.get((a, b), 0) + 1
                    if not directed and a != b:
                        miss[(b, a)] = miss.get((b, a), 0) + 1
            for a in sectors:
                for b in sectors:
                    if a == b:
                        possible = size[a] * (size[a] - 1) // (1 if directed else 2)
                    else:
                        possible = size[a] * size[b]
                    possible -= miss.get((a, b), 0)
                    out_s.append([name, w, a, b, count[(a, b)], ratio(count[(a, b)], possible),
                                  ratio(e1[a] - i1[a], e1[a] + i1[a]) if a == b else "-",
                                  ratio(er[a] - ir[a], er[a] + ir[a]) if a == b else "-"])
            u = g.to_undirected() if directed else g
            k = len(sectors)
            for r in actors:
                v = r["id"]
                alters = list(u.neighbors(v))
                if not alters:
                    out_a.append([name, w, v, NAN, NAN, NAN, 0])
                    continue
                by = {}
                for x in alters:
                    by[sec[x]] = by.get(sec[x], 0) + 1
                same = by.get(sec[v], 0)
                blau = 1 - sum((c / len(alters)) ** 2 for c in by.values())
                out_a.append([name, w, v, (len(alters) - 2 * same) / len(alters), blau,
                              blau / (1 - 1 / k) if k >= 2 else NAN, len(by)])
    header = ("# Computed by tests/oracle/mixing_oracle.py with NetworkX %s from the CSVs\n"
              "# in tests/datasets; do not edit by hand.\n" % nx.__version__)
    for fname, table in (("mixing.tsv", out_w), ("sector_mixing.tsv", out_s),
                         ("actor_mixing.tsv", out_a)):
        with open(os.path.join(TESTS, "expected", fname), "w") as f:
            f.write(header)
            for r in table:
                f.write("\t".join(fmt(x) for x in r) + "\n")


if __name__ == "__main__":
    main()
