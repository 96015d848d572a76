#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""compare_waves.py: the pre/post comparison of one area, as an evaluator
would read it; the Python twin of examples/compare_waves.c (same output).

    compare_waves.py                        the bundled sample study, area I01
    compare_waves.py ACTORS TIES AREA       your own (undirected) data
"""
import sys

import nrpnet


def row(label, before, after, decimals):
    print("  %-30s %10.*f %10.*f %+10.*f" % (label, decimals, before, decimals, after,
                                             decimals, after - before))


def main(argv):
    if len(argv) not in (1, 4):
        print("usage: compare_waves.py [ACTORS TIES AREA]", file=sys.stderr)
        return 2
    area = argv[3] if len(argv) == 4 else "I01"
    try:
        whole = nrpnet.load(argv[1], argv[2]) if len(argv) == 4 else nrpnet.load_sample()
        with whole, whole.area(area) as net:
            report = net.report(permutations=0)
            change = net.compare(1, 2, bootstrap=0, permutations=0)["change"][0]
            n_actors = net.n_actors
    except nrpnet.Error as e:
        print("compare_waves.py: %s" % e, file=sys.stderr)
        return 1

    a, b = report["waves"][0], report["waves"][1]
    print("Area %s%s: %u system players, waves 1 and 2\n"
          % (area, " of the bundled sample study (synthetic data)" if len(argv) == 1 else "",
             n_actors))
    print("  %-30s %10s %10s %10s" % ("", "wave 1", "wave 2", "change"))
    row("players present", a["actors_present"], b["actors_present"], 0)
    row("ties", a["ties"], b["ties"], 0)
    row("density", a["density"], b["density"], 4)
    row("mean degree", a["mean_degree"], b["mean_degree"], 2)
    row("share of ties across sectors", a["ties_cross_sector"] / a["ties"],
        b["ties_cross_sector"] / b["ties"], 3)
    row("E-I index (-1 in, +1 out)", a["ei_index"], b["ei_index"], 3)
    row("bonding ties", a["ties_bonding"], b["ties_bonding"], 0)
    row("bridging ties", a["ties_bridging"], b["ties_bridging"], 0)
    row("linking ties", a["ties_linking"], b["ties_linking"], 0)
    row("players in the largest component", a["largest_component_share"],
        b["largest_component_share"], 3)

    c, x = change, change["cross_sector"]
    print("\nTies between the waves (over the %d pairs observed at both)"
          % (c["n00"] + c["n01"] + c["n10"] + c["n11"]))
    print("  %-30s %10s %10s" % ("", "all", "cross-sector"))
    print("  %-30s %10d %10d" % ("formed", c["n01"], x["n01"]))
    print("  %-30s %10d %10d" % ("dissolved", c["n10"], x["n10"]))
    print("  %-30s %10d %10d" % ("kept", c["n11"], x["n11"]))
    print("  %-30s %10.3f %10.3f" % ("Jaccard (share kept)", c["jaccard"], x["jaccard"]))

    # The pair of different sectors that gained most ties.
    formed, dissolved = c["change_matrix"]["formed"], c["change_matrix"]["dissolved"]
    labels = [s["label"] for s in report["sectors"]]
    best, pair = -2 ** 31, (0, 0)
    for i in range(len(labels)):
        for j in range(i + 1, len(labels)):
            gain = formed[i][j] - dissolved[i][j]
            if gain > best:
                best, pair = gain, (i, j)
    print("\nReading: between the waves the area %s %+d ties; ties across sectors went from "
          "%.0f%% to %.0f%% of all ties (E-I %+.3f). The sector pair that gained most: %s and "
          "%s, %+d ties."
          % ("gained" if b["ties"] >= a["ties"] else "lost", b["ties"] - a["ties"],
             100.0 * a["ties_cross_sector"] / a["ties"],
             100.0 * b["ties_cross_sector"] / b["ties"], b["ei_index"] - a["ei_index"],
             labels[pair[0]], labels[pair[1]], best))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
