# SPDX-License-Identifier: GPL-2.0-or-later
"""Checks nrpnet report (or compare) --suppress-below K's JSON the way a
disclosure reviewer would, independently of nrpnet's own suppression code.

    publication_check.py PUBLICATION.json REPORT.json ACTORS.csv [AREA|- [SECTOR_COLUMN]]

REPORT.json is the full report (or comparison) of the same data, without
suppression; ACTORS.csv its actors (with AREA, only that area's;
SECTOR_COLUMN, default sector). For a comparison the tables are actor
turnover (present at each wave = stayed + left, stayed + entered), the tie
change table (Hamming = formed + dissolved; the Jaccard index hidden with
its counts) and the change by sector pair (formed, dissolved and kept
adding up to the change table's, all and cross-sector). The checks:
  1. every published count is 0 or at least K, and equals the full report's
     (or, for actors by sector, the count made here from ACTORS.csv);
  2. every count of 1 to K-1 in those tables is suppressed;
  3. no suppressed count can be recovered from the cells shown and the
     tables' sums (sectors' actors = all actors; tie classes = all ties;
     mixing cells = all ties; its diagonal = bonding ties; its bridging and
     linking pairs = bridging and linking ties, the classes made here from
     the sectors' power levels): the unit vector of each suppressed cell is
     tested against the row space of the sums by exact rank in rational
     arithmetic (fractions), not nrpnet's floating-point elimination;
  4. a value computed from a suppressed count (density, mean degree, the
     largest component's share, the E-I index; assortativity and sector
     modularity from the mixing matrix) is hidden with it;
  5. no actor id of ACTORS.csv appears anywhere in the document.
Prints what it checked; exits 1 on the first failure.
"""
import csv
import json
import sys

from fractions import Fraction


def fail(msg):
    print("publication_check: FAIL: " + msg)
    sys.exit(1)


def rank(rows):
    """The rank of a list of rows, by exact Gaussian elimination."""
    m = [[Fraction(x) for x in r] for r in rows]
    rk, n_cols = 0, len(m[0]) if m else 0
    for c in range(n_cols):
        piv = next((r for r in range(rk, len(m)) if m[r][c] != 0), None)
        if piv is None:
            continue
        m[rk], m[piv] = m[piv], m[rk]
        for r in range(len(m)):
            if r != rk and m[r][c] != 0:
                f = m[r][c] / m[rk][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[rk])]
        rk += 1
    return rk


def hidden(v):
    return isinstance(v, dict) and v.get("suppressed") is True


def cell_value(tables, tname, row, c):
    for r in tables[tname]["rows"]:
        if r["row"] == row:
            return r["values"][c]
    fail("%s has no row %s" % (tname, row))


def check_scan(pub, truth, k):
    """No count cell of the document reads 1 to k-1."""
    for t in pub["tables"]:
        for row in t["rows"]:
            for j, v in enumerate(row["values"]):
                if (t["name"], row["row"], j) in truth and isinstance(v, int) \
                        and not isinstance(v, bool) and 0 < v < k:
                    fail("%s: a published count %d below %d" % (t["name"], v, k))


def check_counts(tables, truth, k):
    """Every shown count is the data's; every count of 1 to k-1 is hidden."""
    for key in sorted(truth, key=str):
        v = cell_value(tables, *key)
        if not hidden(v) and v != truth[key]:
            fail("%s: published %r, the data give %r" % (key, v, truth[key]))
        if 0 < truth[key] < k and not hidden(v):
            fail("%s: count %d is not suppressed" % (key, truth[key]))


def check_sums(tables, truth, sums):
    """No hidden count is determined by the shown cells and the sums."""
    unknown = [key for key in sorted(truth, key=str) if hidden(cell_value(tables, *key))]
    col = {key: j for j, key in enumerate(unknown)}
    rows = []
    for total, parts in sums:
        r = [0] * len(unknown)
        for p in parts:
            if p in col:
                r[col[p]] += 1
        if total in col:
            r[col[total]] -= 1
        if any(r):
            rows.append(r)
    if rows:
        base = rank(rows)
        for key, j in col.items():
            e = [0] * len(unknown)
            e[j] = 1
            if rank(rows + [e]) == base:
                fail("suppressed cell %s = %d can be recovered from the sums" % (key, truth[key]))
    return len(unknown)


def check_ids(text, actors_path):
    with open(actors_path, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if '"' + r["id"] + '"' in text:
                fail("actor id %s is in the document" % r["id"])


def check_change(pub, rep, text, actors_path, area, sector_column, k, directed):
    check_ids(text, actors_path)
    with open(actors_path, newline="", encoding="utf-8") as f:
        actors = [r for r in csv.DictReader(f) if area is None or r.get("area") == area]
    changes = rep["change"] if isinstance(rep["change"], list) else [rep["change"]]
    tables = {t["name"]: t for t in pub["tables"]}
    truth, sums, derived = {}, [], []
    kinds = ("formed", "dissolved", "kept", "strengthened", "weakened")
    for ch in changes:
        a, b = ch["from_wave"], ch["to_wave"]
        sfx = "_%d_%d" % (a, b)
        tu = "turnover" + sfx
        present = [sum(1 for x in actors if x.get("present_w%d" % w, "1") == "1") for w in (a, b)]
        rows = {"present at wave %d" % a: present[0], "present at wave %d" % b: present[1],
                "stayed": ch["actors_stayed"], "left": ch["actors_left"],
                "entered": ch["actors_entered"]}
        for r, v in rows.items():
            truth[(tu, r, 0)] = v
        sums.append(((tu, "present at wave %d" % a, 0), [(tu, "stayed", 0), (tu, "left", 0)]))
        sums.append(((tu, "present at wave %d" % b, 0), [(tu, "stayed", 0), (tu, "entered", 0)]))
        tc = "tie_change" + sfx
        for r, t in (("all", ch), ("cross_sector", ch["cross_sector"])):
            for j, key in enumerate(("n01", "n10", "n11", "hamming")):
                truth[(tc, r, j)] = t[key]
            sums.append(((tc, r, 3), [(tc, r, 0), (tc, r, 1)]))
            derived.append(((tc, r, 4), [(tc, r, 0), (tc, r, 1), (tc, r, 2)]))
        sectors = ch["change_matrix"]["sectors"]
        for kd, kind in enumerate(kinds):
            m = ch["change_matrix"][kind]
            cells = []
            for i in range(len(sectors)):
                for j in range(len(sectors)):
                    if directed or j >= i:
                        truth[(kind + sfx, sectors[i], j)] = m[i][j]
                        cells.append((kind + sfx, sectors[i], j))
            if kd < 3:
                sums.append(((tc, "all", kd), cells))
                sums.append(((tc, "cross_sector", kd),
                             [c for c in cells if c[1] != sectors[c[2]]]))
    check_scan(pub, truth, k)
    check_counts(tables, truth, k)
    n_hidden = check_sums(tables, truth, sums)
    for cell, srcs in derived:
        if any(hidden(cell_value(tables, *s)) for s in srcs) and \
                not hidden(cell_value(tables, *cell)):
            fail("%s is shown, computed from a suppressed count" % (cell,))
    for name in ("top_gainers",):
        if name not in pub["left_out"]:
            fail("%s is not listed as left out" % name)
    print("publication_check: %d cells, %d suppressed, %d sums, none recoverable, k = %d"
          % (len(truth), n_hidden, len(sums), k))


def check_report(pub, rep, text, actors_path, area, sector_column, k, directed):
    check_ids(text, actors_path)
    sectors = [s["sector"] for s in rep["sectors"]]
    power = {s["sector"]: s["power"] for s in rep["sectors"]}
    n_waves = len(rep["waves"])
    with open(actors_path, newline="", encoding="utf-8") as f:
        actors = [r for r in csv.DictReader(f) if area is None or r.get("area") == area]
    tables = {t["name"]: t for t in pub["tables"]}

    # The true counts, cell by cell: (table, row, column index) -> value.
    # The "network" table's counts are its components, largest_component
    # and isolates (its other rows are shares, densities and indices, where
    # 1 is a value, not a count).
    truth = {}
    for w in range(n_waves):
        col = "present_w%d" % (w + 1)
        for s in sectors:
            truth[("actors", s, w)] = sum(
                1 for a in actors if a[sector_column] == s and a.get(col, "1") == "1")
        rw = rep["waves"][w]
        truth[("actors", "all", w)] = rw["actors_present"]
        for c in ("bonding", "bridging", "linking"):
            truth[("ties", c, w)] = rw["ties_" + c]
        truth[("ties", "all", w)] = rw["ties"]
        counts = rw["mixing_matrix"]["counts"]
        for a in range(len(sectors)):
            for b in range(len(sectors)):
                if directed or b >= a:
                    truth[("mixing_wave_%d" % (w + 1), sectors[a], b)] = counts[a][b]
        for m in ("components", "largest_component", "isolates"):
            truth[("network", m, w)] = rw[m]
    check_scan(pub, truth, k)
    check_counts(tables, truth, k)

    # The sums a reader knows, as equations over the cells.
    sums = []
    for w in range(n_waves):
        sums.append((("actors", "all", w), [("actors", s, w) for s in sectors]))
        sums.append((("ties", "all", w), [("ties", c, w) for c in ("bonding", "bridging", "linking")]))
        mix = "mixing_wave_%d" % (w + 1)
        cells = [(mix, sectors[a], b) for a in range(len(sectors)) for b in range(len(sectors))
                 if directed or b >= a]
        sums.append((("ties", "all", w), cells))

        def cls(cell):
            a, b = cell[1], sectors[cell[2]]
            if a == b:
                return "bonding"
            pa, pb = power.get(a), power.get(b)
            return "linking" if pa is not None and pb is not None and pa != pb else "bridging"
        for c in ("bonding", "bridging", "linking"):
            sums.append((("ties", c, w), [x for x in cells if cls(x) == c]))
    n_hidden = check_sums(tables, truth, sums)

    # Values computed from hidden counts are hidden too.
    keys = list(truth)
    for w in range(n_waves):
        mix = "mixing_wave_%d" % (w + 1)
        deps = {
            "density": [("ties", "all", w), ("actors", "all", w)],
            "mean_degree": [("ties", "all", w), ("actors", "all", w)],
            "largest_component_share": [("network", "largest_component", w), ("actors", "all", w)],
            "ei_index": [("ties", "all", w), ("ties", "bonding", w)],
            "assortativity": [key for key in keys if key[0] == mix],
            "sector_modularity": [key for key in keys if key[0] == mix],
        }
        for m, srcs in deps.items():
            if any(hidden(cell_value(tables, *x)) for x in srcs) and \
                    not hidden(cell_value(tables, "network", m, w)):
                fail("%s at wave %d is shown, computed from a suppressed count" % (m, w + 1))
    for name in ("top_actors", "bridges", "local_bridges", "communities", "brokerage"):
        if name not in pub["left_out"]:
            fail("%s is not listed as left out" % name)
    print("publication_check: %d cells, %d suppressed, %d sums, none recoverable, k = %d"
          % (len(truth), n_hidden, len(sums), k))


def main():
    pub_path, rep_path, actors_path = sys.argv[1:4]
    area = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] != "-" else None
    sector_column = sys.argv[5] if len(sys.argv) > 5 else "sector"
    text = open(pub_path, encoding="utf-8").read()
    pub = json.loads(text)
    rep = json.load(open(rep_path, encoding="utf-8"))
    k = pub["suppress_below"]
    directed = rep["directed"]
    if "change" in rep:
        return check_change(pub, rep, text, actors_path, area, sector_column, k, directed)
    return check_report(pub, rep, text, actors_path, area, sector_column, k, directed)


if __name__ == "__main__":
    main()
