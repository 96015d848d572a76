#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Write 50 seeded random typed networks, and Zachary's karate club, for the
oracle comparisons.

tests/datasets/random/rNN/{actors,ties}.csv: 12 to 40 actors in 2 to 6 of
the NRP sectors (so the built-in power levels make bonding, bridging and
linking ties), 1 to 3 waves, tie probability 0.03 to 0.3, even-numbered
networks directed, every third one weighted (1 to 4), a few with isolates,
one with a single sector. Registered in tests/datasets/datasets.tsv.
Deterministic: random.Random(seed) with random() only.
"""
from common import DATA  # first: it fixes the hash seed


import os
import random

SECTORS = ["resident", "third_sector", "business", "academic", "public_service",
           "local_authority"]


def main():
    rows = []
    for k in range(50):
        rng = random.Random(1000 + k)
        n = 12 + int(rng.random() * 29)
        n_sec = 1 if k == 7 else 2 + int(rng.random() * 5)
        directed = k % 2 == 0
        weighted = k % 3 == 0
        waves = 1 + int(rng.random() * 3)
        p = 0.03 + rng.random() * 0.27
        name = "r%02d" % k
        d = os.path.join(DATA, "random", name)
        os.makedirs(d, exist_ok=True)
        with open(os.path.join(d, "actors.csv"), "w") as f:
            f.write("id,group\n")
            for i in range(n):
                f.write("a%d,%s\n" % (i, SECTORS[int(rng.random() * n_sec)]))
        with open(os.path.join(d, "ties.csv"), "w") as f:
            f.write("source,target,wave" + (",weight" if weighted else "") + "\n")
            for w in range(1, waves + 1):
                for i in range(n):
                    for j in range(n):
                        if i == j or (not directed and j < i):
                            continue
                        if rng.random() < p:
                            f.write("a%d,a%d,%d" % (i, j, w))
                            if weighted:
                                f.write(",%d" % (1 + int(rng.random() * 4)))
                            f.write("\n")
        rows.append("%s\trandom/%s/actors.csv\trandom/%s/ties.csv\t%d\t-"
                    % ("random_" + name, name, name, 1 if directed else 0))
    # Zachary's karate club (NetworkX's built-in copy), the club each member
    # joined as the sector: undirected, one wave.
    import networkx as nx
    g = nx.karate_club_graph()
    d = os.path.join(DATA, "zachary_karate")
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, "actors.csv"), "w") as f:
        f.write("id,group\n")
        for v in sorted(g):
            f.write("%d,%s\n" % (v, g.nodes[v]["club"].replace(" ", "_")))
    with open(os.path.join(d, "ties.csv"), "w") as f:
        f.write("source,target,wave\n")
        for a, b in sorted(tuple(sorted(e)) for e in g.edges()):
            f.write("%d,%d,1\n" % (a, b))
    rows.append("zachary_karate\tzachary_karate/actors.csv\tzachary_karate/ties.csv\t0\t-")
    index = os.path.join(DATA, "datasets.tsv")
    with open(index) as f:
        kept = [l for l in f if not l.startswith(("random_", "zachary_"))]
    with open(index, "w") as f:
        f.writelines(kept)
        f.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main()
