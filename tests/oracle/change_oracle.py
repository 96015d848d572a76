#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Reference tie change tables for nrpnet's wave comparison (lib/change/table.c).

For every data set of tests/datasets/datasets.tsv and every pair of
consecutive waves, writes expected/change.tsv: the counts n00, n01, n10,
n11, the Hamming distance and RSiena's Jaccard N11 / (N01 + N10 + N11) over
the dyads observed in both waves (missing.csv dyads of either wave left out),
for all dyads and for cross-sector dyads (by the `group` column) alone,
computed here from the CSVs with Python sets. Run:
/usr/bin/python3 tests/oracle/change_oracle.py
"""
from common import DATA, NAN, configs, rows, write_table  # first: it fixes the hash seed

import itertools
import os


def table(pairs, t1, t2):
    n01 = sum(1 for d in pairs if d not in t1 and d in t2)
    n10 = sum(1 for d in pairs if d in t1 and d not in t2)
    n11 = sum(1 for d in pairs if d in t1 and d in t2)
    n00 = len(pairs) - n01 - n10 - n11
    j = n11 / (n01 + n10 + n11) if n01 + n10 + n11 else NAN
    return [n00, n01, n10, n11, n01 + n10, j]


def main():
    out = []
    for name, actors_path, ties_path, directed, missing_path in configs():
        directed = directed == "1"
        actors = rows(os.path.join(DATA, actors_path))
        sec = {r["id"]: r["group"] for r in actors}
        ids = [r["id"] for r in actors]
        ties = rows(os.path.join(DATA, ties_path))
        missing = rows(os.path.join(DATA, missing_path)) if missing_path != "-" else []
        waves = max(int(r["wave"]) for r in ties + missing)

        def key(a, b):
            return (a, b) if directed else tuple(sorted((a, b)))

        tied = {w: {key(r["source"], r["target"]) for r in ties if int(r["wave"]) == w}
                for w in range(1, waves + 1)}
        miss = {w: {key(r["source"], r["target"]) for r in missing if int(r["wave"]) == w}
                for w in range(1, waves + 1)}
        every = list(itertools.permutations(ids, 2)) if directed else \
            [key(a, b) for a, b in itertools.combinations(ids, 2)]
        for w in range(1, waves):
            observed = [d for d in every if d not in miss[w] and d not in miss[w + 1]]
            cross = [d for d in observed if sec[d[0]] != sec[d[1]]]
            out.append([name, w, w + 1] + table(observed, tied[w], tied[w + 1])
                       + table(cross, tied[w], tied[w + 1]))
    write_table("change.tsv",
                "# Computed by tests/oracle/change_oracle.py; do not edit.\n"
                "dataset\tfrom\tto\tn00\tn01\tn10\tn11\thamming\tjaccard"
                "\tx_n00\tx_n01\tx_n10\tx_n11\tx_hamming\tx_jaccard\n", out)


if __name__ == "__main__":
    main()
