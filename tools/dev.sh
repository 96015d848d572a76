#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# dev.sh: the README's two commands, from a fresh Debian 12 machine.
#
#   sh tools/dev.sh sample   install dependencies, build, make install into
#                            /usr/local (through sudo when not root), so that
#                            nrpnet, man nrpnet and import nrpnet work from
#                            anywhere, then run nrpnet summary, nrpnet study
#                            and nrpnet survey on the bundled sample study
#   sh tools/dev.sh check    install dependencies, build with warnings as
#                            errors, run the whole test suite, the suite
#                            under valgrind, build the API reference (which
#                            fails on an undocumented symbol), fuzz every
#                            loader for 30 s and make distcheck with the
#                            suite under ASan and UBSan
#   sh tools/dev.sh bench    install dependencies and the benchmark's peers
#                            (NumPy, SciPy, statsmodels and pandas beside
#                            python-igraph and NetworkX), build, make bench
#
# Dependencies come from Debian's archive only; the script runs apt-get
# (through sudo when not root) only for packages not yet installed.
set -eu
cd "$(dirname "$0")/.."

PACKAGES="build-essential autoconf automake libtool pkg-config \
libglib2.0-dev libglib2.0-dev-bin libigraph-dev libjson-glib-dev libcairo2-dev libcunit1-dev \
valgrind python3 python3-networkx python3-igraph python3-distributed python3-pandas gtk-doc-tools \
clang libclang-rt-14-dev libfuzzer-14-dev groff-base man-db"
# The benchmark's peers: NetworkX's PageRank needs SciPy and NumPy, the
# survey's brute force NumPy and statsmodels.
BENCH_PACKAGES="python3-numpy python3-scipy python3-statsmodels python3-pandas"

if [ "$(id -u)" -eq 0 ]; then as_root=""; else as_root="sudo"; fi

install_dependencies () {
  missing=""
  for p in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing="$missing $p"
    fi
  done
  [ -z "$missing" ] && return 0
  echo "dev.sh: installing from Debian:$missing"
  $as_root apt-get update -qq
  $as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing
}

configure_tree () {
  autoreconf -fi
  ./configure "$@"
}

case "${1:-}" in
  sample)
    install_dependencies
    [ -f Makefile ] || configure_tree
    make -j2
    # Installed (prefix /usr/local unless configured otherwise), the
    # program, its manual pages and the Python package work from anywhere.
    $as_root make install >/dev/null
    $as_root ldconfig
    bindir=$(sed -n 's/^bindir = //p' Makefile | sed "s|\${exec_prefix}|$(sed -n 's/^exec_prefix = //p' Makefile)|; s|\${prefix}|$(sed -n 's/^prefix = //p' Makefile)|")
    echo "dev.sh: installed nrpnet into $bindir (man nrpnet, man 3 nrpnet, python3 -c 'import nrpnet')"
    case ":$PATH:" in
      *":$bindir:"*) nrpnet=nrpnet ;;
      *) echo "dev.sh: $bindir is not on your PATH: add it (export PATH=\"$bindir:\$PATH\") to type plain nrpnet"
         nrpnet="$bindir/nrpnet" ;;
    esac
    echo
    "$nrpnet" summary --sample
    echo
    "$nrpnet" study --sample
    echo
    "$nrpnet" survey --sample
    ;;
  check)
    install_dependencies
    configure_tree --enable-werror
    make -j2
    status=0
    make -j2 check || status=1
    [ "$status" -eq 0 ] || { cat test-suite.log; exit 1; }
    make check-valgrind
    make reference
    # A short fuzz of every loader (clang, libFuzzer, ASan, UBSan), then
    # distcheck with the whole suite built and run under ASan and UBSan.
    make fuzz FUZZ_SECONDS=30
    make -j2 distcheck DISTCHECK_CONFIGURE_FLAGS="--enable-sanitizers --enable-werror"
    passed=$(sed -n 's/^# PASS: *//p' test-suite.log)
    failed=$(sed -n 's/^# FAIL: *//p' test-suite.log)
    echo "make check: ${passed:-0} passed, ${failed:-0} failed"
    ;;
  bench)
    PACKAGES="$PACKAGES $BENCH_PACKAGES"
    install_dependencies
    [ -f Makefile ] || configure_tree
    make -j2
    make bench
    ;;
  *)
    echo "usage: sh tools/dev.sh sample|check|bench" >&2
    exit 2
    ;;
esac
