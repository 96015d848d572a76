#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# render-counts.sh: the waves picture draws the comparison's results
# (issue 9). The formed, dissolved and kept counts that waves.svg's <desc>
# states must equal n01, n10 and n11 of `nrpnet compare --format json` for
# the same waves: on the whole sample, on one area, on directed data with
# missing.csv (van de Bunt's freshmen), and on data where actors enter and
# leave (Knecht's classroom with its presence columns). The old picture
# counted its own way (direction and missing.csv ignored) and disagreed.
set -u
top_src=${NRP_TOP_SRCDIR:?}
top_build=${NRP_TOP_BUILDDIR:?}
PYTHON3=${PYTHON3:-/usr/bin/python3}
NRP="$top_build/nrpnet"
data="$top_src/tests/datasets"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# check NAME WAVES ARGS...: render and compare the same waves of one input.
check () {
  name=$1
  waves=$2
  shift 2
  rm -rf "$tmp/pic"
  if ! "$NRP" render "$@" --waves "$waves" --image-format svg --output "$tmp/pic" >/dev/null 2>"$tmp/err" \
     || ! "$NRP" compare "$@" --waves "$waves" --bootstrap 0 --permutations 0 --format json \
          >"$tmp/compare.json" 2>>"$tmp/err"; then
    fail=$((fail + 1)); echo "not ok - $name: nrpnet failed"; cat "$tmp/err"; return
  fi
  if "$PYTHON3" - "$tmp/pic/waves.svg" "$tmp/compare.json" <<'PY'
import json, re, sys
svg = open(sys.argv[1], encoding="utf-8").read()
desc = re.search(r"<desc>(.*?)</desc>", svg, re.S).group(1)
m = re.search(r"as nrpnet compare counts it: (\d+) formed, (\d+) dissolved, (\d+) kept", desc)
c = json.load(open(sys.argv[2]))["change"][0]
if m is None:
    sys.exit("no counts in the picture's <desc>")
got = tuple(int(x) for x in m.groups())
want = (c["n01"], c["n10"], c["n11"])
print("# picture %s, compare %s" % (got, want))
sys.exit(0 if got == want else 1)
PY
  then
    pass=$((pass + 1)); echo "ok - $name: the picture's formed/dissolved/kept equal compare's"
  else
    fail=$((fail + 1)); echo "not ok - $name: the picture and compare disagree"
  fi
}

check "the sample" 1,2 --sample
check "sample area I01" 1,2 --sample --area I01
check "van de Bunt (directed, missing.csv)" 2,3 --directed --sector-column group \
  --actors "$data/vandebunt_freshmen/actors.csv" --ties "$data/vandebunt_freshmen/ties.csv" \
  --missing "$data/vandebunt_freshmen/missing.csv"
check "Knecht (directed, actors enter and leave)" 2,3 --directed --sector-column group \
  --actors "$data/knecht_klas12b/actors.csv" --ties "$data/knecht_klas12b/ties.csv" \
  --missing "$data/knecht_klas12b/missing.csv" --presence-prefix present_w

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
