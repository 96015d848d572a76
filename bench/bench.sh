#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# bench.sh: `make bench`. For networks of 10^4, 10^5 and 10^6 ties (two
# waves), times nrpnet's load and per-wave summary, and the same work in
# python-igraph and NetworkX on the same files in the same run, and prints
# throughput, peak memory and the ratios. Not part of `make check`.
set -eu
build=${1:?build dir}
PYTHON3=${2:-/usr/bin/python3}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
field () { echo "$1" | tr ' ' '\n' | sed -n "s/^$2=//p"; }
ratio () { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "-" }'; }

printf '%-8s %-9s %10s %12s %10s %10s %9s\n' ties tool load_s "ties/s" summary_s "peak MB" "vs nrpnet"
for m in 10000 100000 1000000; do
  "$build/bench/bench-gen" "$m" "$tmp/$m"
  nrp=$("$build/libtool" --mode=execute "$build/bench/bench-summary" "$tmp/$m/actors.csv" "$tmp/$m/ties.csv")
  nl=$(field "$nrp" load_s); ns=$(field "$nrp" summary_s)
  printf '%-8s %-9s %10s %12.0f %10s %10s %9s\n' "$m" nrpnet "$nl" \
    "$(awk -v m="$m" -v t="$nl" 'BEGIN{print m/t}')" "$ns" "$(field "$nrp" maxrss_mb)" "1.0x"
  for lib in igraph networkx; do
    if ! other=$("$PYTHON3" "$src/bench/compare.py" "$lib" "$tmp/$m/actors.csv" "$tmp/$m/ties.csv" 2>"$tmp/err"); then
      printf '%-8s %-9s (unavailable: %s)\n' "$m" "$lib" "$(tail -n 1 "$tmp/err")"; continue
    fi
    ol=$(field "$other" load_s); os=$(field "$other" summary_s)
    printf '%-8s %-9s %10s %12.0f %10s %10s %9s\n' "$m" "$lib" "$ol" \
      "$(awk -v m="$m" -v t="$ol" 'BEGIN{print m/t}')" "$os" "$(field "$other" maxrss_mb)" \
      "$(ratio "$(awk -v a="$ol" -v b="$os" 'BEGIN{print a+b}')" "$(awk -v a="$nl" -v b="$ns" 'BEGIN{print a+b}')")"
  done
done
echo
echo "load_s: reading and validating both CSVs into the model (python: csv module + graph build);"
echo "summary_s: every per-wave measure of both waves; 'vs nrpnet': (load+summary) time relative to nrpnet."
