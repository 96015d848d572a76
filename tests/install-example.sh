#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# install-example.sh: after `make install` into a prefix, the short C
# program examples/first.c, which includes <nrpnet.h> and calls the loader,
# builds with `pkg-config --cflags --libs nrpnet` and runs; and the installed
# Python package imports and finds the installed library by itself.
set -u
top_src=${NRP_TOP_SRCDIR:?}
top_build=${NRP_TOP_BUILDDIR:?}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
root="$tmp/root"
if ! make -C "$top_build" install DESTDIR="$root" >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"; echo "0 passed, 1 failed"; exit 1
fi
# The installed .pc names the configured prefix; a copy of it names the
# prefix as it lies under DESTDIR, as if configured with --prefix there.
pc=$(find "$root" -name nrpnet.pc | head -n 1)
configured=$(sed -n 's/^prefix=//p' "$pc")
prefix="$root$configured"
mkdir -p "$tmp/pc"
sed "s|^prefix=.*|prefix=$prefix|" "$pc" >"$tmp/pc/nrpnet.pc"
PKG_CONFIG_PATH="$tmp/pc" && export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir nrpnet)
pass=0; fail=0
if cc -Wall -Wextra -Werror -o "$tmp/first" "$top_src/examples/first.c" $(pkg-config --cflags --libs nrpnet); then
  pass=$((pass + 1)); echo "ok - example builds with pkg-config"
else
  fail=$((fail + 1)); echo "not ok - example builds with pkg-config"
fi
out=$(LD_LIBRARY_PATH="$libdir" "$tmp/first" "$top_src/tests/fixtures/good/actors.csv" "$top_src/tests/fixtures/good/ties.csv")
if [ "$out" = "5 actors, 2 waves" ]; then
  pass=$((pass + 1)); echo "ok - example runs: $out"
else
  fail=$((fail + 1)); echo "not ok - example output '$out'"
fi
# The manual pages and the documentation; the HTML reference when the
# build made it (gtk-doc was found).
docs="share/man/man1/nrpnet.1 share/man/man3/nrpnet.3 share/doc/nrpnet/README.md"
[ -e "$top_build/api-reference/html/index.html" ] && docs="$docs share/doc/nrpnet/reference/index.html"
for f in bin/nrpnet include/nrpnet.h include/nrpnet/network.h include/nrpnet/version.h $docs; do
  if [ -e "$prefix/$f" ]; then pass=$((pass + 1)); echo "ok - installs $f"; else fail=$((fail + 1)); echo "not ok - installs $f"; fi
done
# Symbols are versioned (lib/libnrpnet.map): nrp_x@@NRPNET_0.1; the version
# node itself is an absolute symbol (type A).
if nm -D --defined-only "$libdir/libnrpnet.so" | awk '$2 != "A" {print $3}' | grep -v '^nrp_[a-z0-9_]*@@NRPNET_0\.1$' | grep -q .; then
  fail=$((fail + 1)); echo "not ok - only versioned nrp_ symbols exported:"; nm -D --defined-only "$libdir/libnrpnet.so" | grep -v ' nrp_'
else
  pass=$((pass + 1)); echo "ok - only nrp_ symbols exported, each in version node NRPNET_0.1"
fi
# The Python package: installed with a _libdir.py naming the configured
# libdir; a copy naming the libdir as it lies under DESTDIR stands for an
# install configured there. No NRPNET_LIBRARY: the package must find it.
init=$(find "$root" -path '*/nrpnet/__init__.py' | head -n 1)
if [ -n "$init" ] && grep -q "^LIBDIR = '$configured/lib'" "$(dirname "$init")/_libdir.py"; then
  pass=$((pass + 1)); echo "ok - installs the Python package with its libdir"
else
  fail=$((fail + 1)); echo "not ok - installs the Python package with its libdir ($init)"
fi
mkdir -p "$tmp/py"
cp -r "$(dirname "$init")" "$tmp/py/nrpnet"
echo "LIBDIR = '$libdir'" >"$tmp/py/nrpnet/_libdir.py"
out=$(cd "$tmp" && env -u NRPNET_LIBRARY PYTHONPATH="$tmp/py" PYTHONDONTWRITEBYTECODE=1 \
      "${PYTHON3:-/usr/bin/python3}" -c 'import nrpnet
with nrpnet.load_sample() as n: print(nrpnet.version(), n.n_actors)')
if [ "$out" = "$(sed -n 's/^Version: //p' "$pc") 5594" ]; then
  pass=$((pass + 1)); echo "ok - python3 -c 'import nrpnet' after install: $out"
else
  fail=$((fail + 1)); echo "not ok - python3 -c 'import nrpnet' after install: '$out'"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
