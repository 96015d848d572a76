#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Oracle for the survey's ego-network measures (lib/study/ego.c): writes
tests/expected/ego.tsv from tests/fixtures/ego. Run from the top of the
source tree:

    /usr/bin/python3 tests/oracle/ego_oracle.py

Written from the definitions (README, "Ego networks"), not from nrpnet's
code: tie classes by the built-in power order (resident 0; third sector,
business, academic 1; public service, local authority 2; a sector outside
it has no power, so its ties are bridging); Blau 1 - sum p_k^2, IQV Blau /
(1 - 1/s) with s the sectors known (the built-in six and any other seen);
E-I (external - internal) / size; density t / C(n, 2); effective size and
constraint from NetworkX (effective_size, constraint) on the ego graph (the
respondent tied to every alter, and the alter ties); the position
generator's extensity, upper reach and range from registry.csv's prestige.
"""
import csv
import os

import networkx as nx

TOP = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIX = os.path.join(TOP, "tests", "fixtures", "ego")
POWER = {"resident": 0, "third_sector": 1, "business": 1, "academic": 1,
         "public_service": 2, "local_authority": 2}
NAN = float("nan")


def rows(name):
    with open(os.path.join(FIX, name), newline="") as f:
        return list(csv.DictReader(f))


def main():
    resp = rows("respondents.csv")
    alters = rows("alters.csv")
    ties = rows("alter_ties.csv")
    positions = rows("positions.csv")
    prestige = {r["position"]: float(r["prestige"]) for r in rows("registry.csv")}
    known = set(POWER) | {a["sector"] for a in alters} | {r["sector"] or "resident" for r in resp}
    s = len(known)
    out = ["# Computed by tests/oracle/ego_oracle.py; do not edit.",
           "# respondent\twave\tmeasure\tvalue"]
    for r in resp:
        key = (r["respondent"], r["wave"])
        own = r["sector"] or "resident"
        mine = [a for a in alters if (a["respondent"], a["wave"]) == key]
        mine_ties = [t for t in ties if (t["respondent"], t["wave"]) == key]
        m = {}
        if r["alters_answered"] == "0":
            for name in ("size", "sector_reach", "blau", "iqv", "bonding", "bridging", "linking",
                         "has_linking", "ei_index", "density", "effective_size", "constraint"):
                m["ego_" + name] = NAN
        else:
            n = len(mine)
            cls = {"bonding": 0, "bridging": 0, "linking": 0}
            for a in mine:
                if a["sector"] == own:
                    cls["bonding"] += 1
                elif own in POWER and a["sector"] in POWER and POWER[own] != POWER[a["sector"]]:
                    cls["linking"] += 1
                else:
                    cls["bridging"] += 1
            counts = {}
            for a in mine:
                counts[a["sector"]] = counts.get(a["sector"], 0) + 1
            blau = 1 - sum((c / n) ** 2 for c in counts.values()) if n else NAN
            m["ego_size"] = n
            m["ego_sector_reach"] = len(counts)
            m["ego_blau"] = blau
            m["ego_iqv"] = blau / (1 - 1 / s) if n else NAN
            for c in cls:
                m["ego_" + c] = cls[c]
            m["ego_has_linking"] = int(cls["linking"] > 0)
            m["ego_ei_index"] = (cls["bridging"] + cls["linking"] - cls["bonding"]) / n if n else NAN
            t = len(mine_ties)
            m["ego_density"] = t / (n * (n - 1) / 2) if n >= 2 else NAN
            g = nx.Graph()
            g.add_node("EGO")
            for a in mine:
                g.add_edge("EGO", a["alter"])
            for e in mine_ties:
                g.add_edge(e["alter1"], e["alter2"])
            m["ego_effective_size"] = nx.effective_size(g, ["EGO"])["EGO"] if n else NAN
            m["ego_constraint"] = nx.constraint(g, ["EGO"])["EGO"] if n else NAN
        mypos = [p for p in positions if (p["respondent"], p["wave"]) == key]
        if not mypos:
            m["pg_extensity"] = m["pg_upper_reach"] = m["pg_range"] = NAN
        else:
            acc = [prestige[p["position"]] for p in mypos if p["access"] == "1"]
            m["pg_extensity"] = len(acc)
            m["pg_upper_reach"] = max(acc) if acc else NAN
            m["pg_range"] = max(acc) - min(acc) if acc else NAN
        for name, v in m.items():
            out.append("%s\t%s\t%s\t%r" % (r["respondent"], r["wave"], name, float(v)))
    with open(os.path.join(TOP, "tests", "expected", "ego.tsv"), "w") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
