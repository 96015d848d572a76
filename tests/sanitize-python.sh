#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# sanitize-python.sh: Python for the tests of a --enable-sanitizers build.
# The interpreter is not instrumented, and the ASan runtime must be loaded
# before anything else, so it is preloaded (ctypes would otherwise dlopen
# it too late). Leak detection is off in Python's processes: CPython does
# not free its own objects at exit, and LeakSanitizer would report them
# (the library's leaks are valgrind's to find, in make check-valgrind).
exec env LD_PRELOAD="${NRP_ASAN_RUNTIME:?}${LD_PRELOAD:+ $LD_PRELOAD}" \
  ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=0" "${NRP_PYTHON3:?}" "$@"
