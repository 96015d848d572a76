#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# threads.sh: the same input gives the same bytes at any thread count and
# on every run (issue 9). Betweenness and closeness are reduced over a fixed
# partition of the sources (lib/measures/paths.c) and igraph's OpenMP
# regions (PRPACK's PageRank) run on one thread, so the JSON documents of
# report and compare are byte-identical with --threads 1, 2 and 3, and a
# second run at one thread equals the first. The bootstrap's and the
# permutation test's replicates run in parallel, each from its own random
# stream (lib/change/replicates.c), so their intervals and p-values are too;
# so are a study's, whose areas run in parallel; and a compare or a study
# split into 1 or 3 shards (--shard I/N, each shard at its own thread
# count) and merged (--merge) is byte-identical to one run.
set -u
top_src=${NRP_TOP_SRCDIR:?}
top_build=${NRP_TOP_BUILDDIR:?}
NRP="$top_build/nrpnet"
data="$top_src/tests/datasets"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0

# same NAME ARGS...: runs nrpnet ARGS with --threads 1, 2, 3 (and 1 again).
same () {
  name=$1
  shift
  for t in 1 2 3; do
    "$NRP" "$@" --threads "$t" >"$tmp/$t.json" 2>"$tmp/err" || {
      fail=$((fail + 1)); echo "not ok - $name: nrpnet failed at --threads $t"; cat "$tmp/err"; return; }
  done
  "$NRP" "$@" --threads 1 >"$tmp/again.json" 2>/dev/null
  if ! [ -s "$tmp/1.json" ]; then
    fail=$((fail + 1)); echo "not ok - $name: empty output"
  elif cmp -s "$tmp/1.json" "$tmp/2.json" && cmp -s "$tmp/1.json" "$tmp/3.json" \
       && cmp -s "$tmp/1.json" "$tmp/again.json"; then
    pass=$((pass + 1)); echo "ok - $name: byte-identical at 1, 2 and 3 threads and run to run"
  else
    fail=$((fail + 1)); echo "not ok - $name: the output depends on the thread count or the run"
  fi
}

same "report --sample" report --sample --format json
same "compare --sample --area I01" compare --sample --area I01 --format json
same "compare --sample (whole sample, 300 replicates of each kind)" compare --sample \
  --bootstrap 300 --permutations 300 --format json
s50="--directed --sector-column group --actors $data/glasgow_s50/actors.csv --ties $data/glasgow_s50/ties.csv"
# shellcheck disable=SC2086
same "report s50 (directed, weighted)" report $s50 --weighted --format json
# shellcheck disable=SC2086
same "compare s50 --measures all --bootstrap 20" compare $s50 \
  --measures all --bootstrap 20 --permutations 20 --format json

# A study's areas in parallel, each into its own rows, with the path
# measures' centralization among the measures.
same "study --sample with path measures" study --sample --format json \
  --measures density,ei_index,transitivity,centralization.betweenness,centralization.closeness,brokerage.total

# Sampled betweenness: each sample its own stream, whole counts added.
same "summary --sample --betweenness-epsilon 0.02" summary --sample \
  --betweenness-epsilon 0.02 --format json

# sharded NAME N COMMAND ARGS...: nrpnet COMMAND ARGS --shard I/N for each I
# (shard I at I threads), merged, against nrpnet COMMAND ARGS in one run.
sharded () {
  name=$1
  n=$2
  cmd=$3
  shift 3
  "$NRP" "$cmd" "$@" --format json >"$tmp/one.json" 2>"$tmp/err" || {
    fail=$((fail + 1)); echo "not ok - $name: nrpnet $cmd failed"; cat "$tmp/err"; return; }
  rm -f "$tmp"/shard-*.json
  i=1
  while [ "$i" -le "$n" ]; do
    "$NRP" "$cmd" "$@" --shard "$i/$n" --threads "$i" --output "$tmp/shard-$i.json" \
      2>"$tmp/err" || {
      fail=$((fail + 1)); echo "not ok - $name: --shard $i/$n failed"; cat "$tmp/err"; return; }
    i=$((i + 1))
  done
  # shellcheck disable=SC2046
  "$NRP" "$cmd" "$@" --format json --merge $(ls -r "$tmp"/shard-*.json) >"$tmp/merged.json" \
    2>"$tmp/err" || {
    fail=$((fail + 1)); echo "not ok - $name: --merge failed"; cat "$tmp/err"; return; }
  if [ -s "$tmp/one.json" ] && cmp -s "$tmp/one.json" "$tmp/merged.json"; then
    pass=$((pass + 1)); echo "ok - $name: $n shards merged are byte-identical to one run"
  else
    fail=$((fail + 1)); echo "not ok - $name: $n shards merged differ from one run"
  fi
}

sharded "compare --sample, 1 shard" 1 compare --sample --bootstrap 100 --permutations 99
sharded "compare --sample, 3 shards" 3 compare --sample --bootstrap 100 --permutations 99
# shellcheck disable=SC2086
sharded "compare s50 --measures all, 3 shards" 3 compare $s50 --measures all --bootstrap 20 \
  --permutations 20
# A study's areas: shard I measures its share of them.
sharded "study --sample, 1 shard" 1 study --sample
sharded "study --sample with the survey and path measures, 3 shards" 3 study --sample \
  --survey sample --measures ei_index,centralization.betweenness,influence

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
