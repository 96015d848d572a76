#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# examples.sh: the example programs run and print what an analyst reads.
# examples/compare_waves on the bundled sample: its key numbers are first
# recomputed independently from data/sample/*.csv in Python (the ties of
# area I01 at each wave; ties formed, dissolved and kept among the players
# present at both waves), then its whole output is compared with
# tests/expected/compare_waves.out.
set -u
top_src=${NRP_TOP_SRCDIR:?}
top_build=${NRP_TOP_BUILDDIR:?}
PYTHON3=${PYTHON3:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0; fail=0
ok () { pass=$((pass + 1)); echo "ok - $1"; }
not_ok () { fail=$((fail + 1)); echo "not ok - $1"; }

if "$top_build/examples/compare_waves" >"$tmp/out" 2>"$tmp/err"; then
  ok "compare_waves runs"
else
  not_ok "compare_waves runs"; cat "$tmp/err"
fi
if "$PYTHON3" - "$top_src/data/sample" "$tmp/out" <<'PY'
import csv, re, sys
d, out = sys.argv[1], open(sys.argv[2]).read()
actors = {r["id"]: r for r in csv.DictReader(open(d + "/actors.csv"))}
area = {a for a, r in actors.items() if r["area"] == "I01"}
both = {a for a in area if actors[a]["present_w1"] == "1" and actors[a]["present_w2"] == "1"}
ties = {1: set(), 2: set()}
for r in csv.DictReader(open(d + "/ties.csv")):
    if r["source"] in area and r["target"] in area:
        ties[int(r["wave"])].add(frozenset((r["source"], r["target"])))
def among(s): return {t for t in s if t <= both}
t1, t2 = among(ties[1]), among(ties[2])
expect = {"ties": (len(ties[1]), len(ties[2])), "formed": len(t2 - t1),
          "dissolved": len(t1 - t2), "kept": len(t1 & t2)}
m = re.search(r"^  ties +(\d+) +(\d+)", out, re.M)
assert (int(m.group(1)), int(m.group(2))) == expect["ties"], (m.groups(), expect)
for k in ("formed", "dissolved", "kept"):
    m = re.search(r"^  %s +(\d+)" % k, out, re.M)
    assert int(m.group(1)) == expect[k], (k, m.group(1), expect[k])
PY
then ok "compare_waves numbers agree with the CSVs"; else not_ok "compare_waves numbers agree with the CSVs"; fi
if cmp -s "$tmp/out" "$top_src/tests/expected/compare_waves.out"; then
  ok "compare_waves output is as expected"
else
  not_ok "compare_waves output differs from tests/expected/compare_waves.out"
  diff "$top_src/tests/expected/compare_waves.out" "$tmp/out"
fi
# examples/study_did: each area's cross-sector share and the DiD recomputed
# from data/sample/*.csv (ties among the area's own players at each wave).
if "$top_build/examples/study_did" >"$tmp/study" 2>"$tmp/err"; then
  ok "study_did runs"
else
  not_ok "study_did runs"; cat "$tmp/err"
fi
if "$PYTHON3" - "$top_src/data/sample" "$tmp/study" <<'PY'
import csv, re, sys
d, out = sys.argv[1], open(sys.argv[2]).read()
area = {r["id"]: r["area"] for r in csv.DictReader(open(d + "/actors.csv"))}
sector = {r["id"]: r["sector"] for r in csv.DictReader(open(d + "/actors.csv"))}
arm = {r["area"]: r["arm"] for r in csv.DictReader(open(d + "/areas.csv"))}
count = {}
for r in csv.DictReader(open(d + "/ties.csv")):
    a, b = r["source"], r["target"]
    if area[a] and area[a] == area[b]:
        c = count.setdefault((area[a], int(r["wave"])), [0, 0])
        c[0] += 1
        c[1] += sector[a] != sector[b]
share = {k: v[1] / v[0] for k, v in count.items()}
change = {a: share[a, 2] - share[a, 1] for a in arm}
for a in arm:
    m = re.search(r"^  %s +%s +([0-9.]+)%% +([0-9.]+)%%" % (a, arm[a]), out, re.M)
    assert m and abs(float(m.group(1)) - 100 * share[a, 1]) < 0.05, (a, m and m.groups())
    assert abs(float(m.group(2)) - 100 * share[a, 2]) < 0.05, (a, m.groups())
mean = lambda xs: sum(xs) / len(xs)
did = mean([change[a] for a in arm if arm[a] == "intervention"]) - \
      mean([change[a] for a in arm if arm[a] == "comparator"])
m = re.search(r"^  share_cross_sector +([-+0-9.]+) ", out, re.M)
assert abs(float(m.group(1)) - did) < 5e-5, (m.group(1), did)
PY
then ok "study_did numbers agree with the CSVs"; else not_ok "study_did numbers agree with the CSVs"; fi
if cmp -s "$tmp/study" "$top_src/tests/expected/study_did.out"; then
  ok "study_did output is as expected"
else
  not_ok "study_did output differs from tests/expected/study_did.out"
  diff "$top_src/tests/expected/study_did.out" "$tmp/study"
fi

# examples/compare_waves.py, the Python twin, prints the same.
if NRPNET_LIBRARY="$top_build/.libs/libnrpnet.so.0" PYTHONPATH="$top_src/bindings/python" \
   PYTHONDONTWRITEBYTECODE=1 "$PYTHON3" "$top_src/examples/compare_waves.py" >"$tmp/py" 2>"$tmp/err" \
   && cmp -s "$tmp/py" "$top_src/tests/expected/compare_waves.out"; then
  ok "compare_waves.py prints what compare_waves prints"
else
  not_ok "compare_waves.py prints what compare_waves prints"; cat "$tmp/err"
  diff "$top_src/tests/expected/compare_waves.out" "$tmp/py"
fi

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
