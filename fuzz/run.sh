#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# run.sh: `make fuzz`. Builds the library and each harness with clang's
# libFuzzer, AddressSanitizer and UndefinedBehaviorSanitizer (Debian's
# clang and libfuzzer-14-dev), then runs each harness for FUZZ_SECONDS
# (default 60) on a copy of its seed corpus with its dictionary, and prints
# the executions and the coverage reached. A crash, a sanitizer report or a
# failed property stops it with the input that did it (fuzz/build/crash-*)
# and exit status 1.
#
#   FUZZ_SECONDS=30 make fuzz          the short run CI makes
#   FUZZ_SECONDS=3600 make fuzz        a deep run
#   FUZZ_HARNESSES="network alters"    only these
#
# Environment (set by `make fuzz`): top_srcdir, top_builddir.
set -eu
src=$(cd "${top_srcdir:?}" && pwd)
build=$(cd "${top_builddir:?}" && pwd)
seconds=${FUZZ_SECONDS:-60}
harnesses=${FUZZ_HARNESSES:-"network sectors missing study respondents alters positions import"}
CC_FUZZ=${CC_FUZZ:-clang}
out="$build/fuzz/build"
mkdir -p "$out/obj"

if ! command -v "$CC_FUZZ" >/dev/null 2>&1; then
  echo "fuzz: $CC_FUZZ not found (Debian: apt-get install clang libfuzzer-14-dev)" >&2
  exit 1
fi
san="-fsanitize=address,undefined -fno-sanitize-recover=all"
deps="glib-2.0 igraph json-glib-1.0 cairo"
cflags="-g -O1 -fno-omit-frame-pointer $san -DNRP_COMPILATION -I$src/include -I$build/include \
-I$src/lib -I$build/lib -I$build $(pkg-config --cflags $deps)"
libs="$(pkg-config --libs $deps) -lm -lpthread"

# The library, instrumented for coverage (fuzzer-no-link): every source,
# with the bundled sample's resource file that `make` generated.
sources=$(cd "$src" && find lib -name '*.c' ! -name sample-resource.c | LC_ALL=C sort)
objs=""
for s in $sources; do
  o="$out/obj/$(echo "$s" | tr / _ | sed 's/\.c$/.o/')"
  objs="$objs $o"
  if [ ! -f "$o" ] || [ "$src/$s" -nt "$o" ] || [ -n "$(find "$src/lib" "$src/include" -name '*.h' -newer "$o" 2>/dev/null | head -1)" ]; then
    echo "$CC_FUZZ $cflags -fsanitize=fuzzer-no-link -c $src/$s -o $o"
  fi
done >"$out/compile.txt"
if [ ! -f "$build/lib/io/sample-resource.c" ]; then
  echo "fuzz: run make first (lib/io/sample-resource.c is generated)" >&2
  exit 1
fi
if [ ! -f "$out/obj/sample-resource.o" ] || [ "$build/lib/io/sample-resource.c" -nt "$out/obj/sample-resource.o" ]; then
  echo "$CC_FUZZ $cflags -fsanitize=fuzzer-no-link -c $build/lib/io/sample-resource.c -o $out/obj/sample-resource.o" >>"$out/compile.txt"
fi
objs="$objs $out/obj/sample-resource.o"
echo "fuzz: compiling the library with $CC_FUZZ ($(wc -l <"$out/compile.txt") files)"
if [ -s "$out/compile.txt" ]; then
  tr '\n' '\0' <"$out/compile.txt" | xargs -0 -n1 -P2 sh -c || { echo "fuzz: compile failed" >&2; exit 1; }
fi

printf '%-12s %10s %8s %8s %7s\n' harness executions "exec/s" coverage corpus
status=0
for h in $harnesses; do
  bin="$out/fuzz-$h"
  # shellcheck disable=SC2086
  $CC_FUZZ $cflags -fsanitize=fuzzer "$src/fuzz/fuzz-$h.c" $objs $libs -o "$bin"
  corpus="$out/corpus-$h"
  mkdir -p "$corpus"
  log="$out/fuzz-$h.log"
  dict=""
  [ -f "$src/fuzz/$h.dict" ] && dict="-dict=$src/fuzz/$h.dict"
  # Leaks are the library's business too: detect_leaks stays on.
  if (cd "$out" && ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$bin" -max_total_time="$seconds" -print_final_stats=1 -timeout=20 -rss_limit_mb=2048 \
        -artifact_prefix="$out/crash-$h-" $dict "$corpus" "$src/fuzz/corpus/$h") >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | sed 's/cov: //')
    corp=$(ls "$corpus" | wc -l)
    printf '%-12s %10s %8s %8s %7s\n' "$h" "${runs:-?}" "${speed:-?}" "${cov:-?}" "$corp"
  else
    echo "fuzz: $h FAILED; the log: $log" >&2
    tail -40 "$log" >&2
    ls "$out"/crash-"$h"-* 2>/dev/null >&2 || true
    status=1
  fi
done
exit $status
