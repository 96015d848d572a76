#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# sample-reproducible.sh: the committed sample study is exactly what its
# seeded generator makes (data/sample/generate.py).
set -u
top_src=${NRP_TOP_SRCDIR:?}
PYTHON3=${PYTHON3:-/usr/bin/python3}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$PYTHON3" "$top_src/data/sample/generate.py" "$tmp" || { echo "0 passed, 1 failed"; exit 1; }
pass=0; fail=0
for f in actors.csv ties.csv areas.csv outcomes.csv respondents.csv alters.csv alter_ties.csv positions.csv; do
  if cmp -s "$tmp/$f" "$top_src/data/sample/$f"; then
    pass=$((pass + 1)); echo "ok - sample $f is reproducible"
  else
    fail=$((fail + 1)); echo "not ok - sample $f differs from generate.py's output"
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
