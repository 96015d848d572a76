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
cd "$top_src/tests/python" || exit 1
exec "$PYTHON3" -m unittest -v test_nrpnet
