#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# python.sh: the Python bindings' tests (tests/python/test_nrpnet.py, Python's
# unittest: no third-party package), with the package taken from the source
# tree and libnrpnet from the build tree.
set -u
top_src=${NRP_TOP_SRCDIR:?}
top_build=${NRP_TOP_BUILDDIR:?}
PYTHON3=${PYTHON3:-/usr/bin/python3}
NRPNET_LIBRARY="$top_build/.libs/libnrpnet.so.0"
PYTHONPATH="$top_src/bindings/python${PYTHONPATH:+:$PYTHONPATH}"
PYTHONDONTWRITEBYTECODE=1
export NRPNET_LIBRARY PYTHONPATH PYTHONDONTWRITEBYTECODE
# From the top of the build tree, `import nrpnet` needs nothing set (the
# shim nrpnet.py, the library in .libs): only when the source is the build tree.
if [ "$(cd "$top_src" && pwd -P)" = "$(cd "$top_build" && pwd -P)" ]; then
  out=$(cd "$top_build" && env -u NRPNET_LIBRARY -u PYTHONPATH PYTHONDONTWRITEBYTECODE=1 \
        "$PYTHON3" -c 'import nrpnet; print(nrpnet.version())')
  if [ "$out" = "$(sed -n 's/^Version: //p' "$top_build/nrpnet.pc")" ]; then
    echo "ok - python3 -c 'import nrpnet' from the build tree"
  else
    echo "not ok - python3 -c 'import nrpnet' from the build tree ('$out')"; exit 1
  fi
fi
cd "$top_src/tests/python" || exit 1
exec "$PYTHON3" -m unittest -v test_nrpnet
