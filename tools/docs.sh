#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# docs.sh SRCDIR BUILDDIR: the HTML API reference, built with gtk-doc from
# the doc comments of include/nrpnet/*.h into BUILDDIR/api-reference/html
# (`make reference`). It fails when a public symbol (function, type, enum value,
# struct member, macro, section) is undocumented or incompletely documented,
# and when an exported function's comment lacks a "Time complexity:" line or,
# taking a GError **, an "Errors:" line naming the NRP_ERROR_ codes.
set -eu
src=$(cd "$1" && pwd)
build=$(cd "$2" && pwd)
out="$build/api-reference"
work="$out/work"
rm -rf "$work" "$out/html"
mkdir -p "$work/headers" "$out/html"
# The generated version.h lives in the build tree; the rest in the sources.
for h in "$src"/include/nrpnet/*.h; do
  [ "$(basename "$h")" = version.h ] || cp "$h" "$work/headers/"
done
cp "$build/include/nrpnet/version.h" "$work/headers/"
cp "$src/docs/reference/nrpnet-docs.xml" "$work/"
cd "$work"
gtkdoc-scan --module=nrpnet --source-dir=headers --ignore-decorators='NRP_API'
# One section per header, in the scan's order.
cp nrpnet-decl-list.txt nrpnet-sections.txt
gtkdoc-mkdb --module=nrpnet --output-format=xml --source-dir=headers \
  --main-sgml-file=nrpnet-docs.xml >mkdb.log 2>&1 || { cat mkdb.log; exit 1; }
(cd "$out/html" && gtkdoc-mkhtml nrpnet "$work/nrpnet-docs.xml" >"$work/mkhtml.log" 2>&1) \
  || { cat "$work/mkhtml.log"; exit 1; }
status=0
if grep -q 'warning' mkdb.log; then
  echo "docs.sh: gtk-doc warnings:"; grep 'warning' mkdb.log; status=1
fi
undocumented=$(sed -n 's/^\([0-9][0-9]*\) not documented\.$/\1/p' nrpnet-undocumented.txt)
incomplete=$(sed -n 's/^\([0-9][0-9]*\) symbols incomplete\.$/\1/p' nrpnet-undocumented.txt)
documented=$(sed -n 's/^\([0-9][0-9]*\) symbols documented\.$/\1/p' nrpnet-undocumented.txt)
if [ "${undocumented:-1}" != 0 ] || [ "${incomplete:-1}" != 0 ]; then
  echo "docs.sh: $undocumented undocumented and $incomplete incomplete symbols:"
  sed -n '/^$/,$p' nrpnet-undocumented.txt
  status=1
fi
# nrpnet's own rules for functions (docs/conventions.md).
"${PYTHON3:-python3}" - headers <<'PY' || status=1
import glob, re, sys
bad = 0
for h in sorted(glob.glob(sys.argv[1] + "/*.h")):
    s = open(h).read()
    for m in re.finditer(r"/\*\*\n \* (nrp_\w+):\n(.*?)\*/\nNRP_API ([^;]*);", s, re.S):
        name, doc, decl = m.groups()
        if "Time complexity:" not in doc:
            print("%s: %s has no Time complexity line" % (h, name)); bad += 1
        if "GError **" in decl and not re.search(r"Errors:.*NRP_ERROR_|Errors: none", doc, re.S):
            print("%s: %s takes a GError ** but names no NRP_ERROR_ code" % (h, name)); bad += 1
    n_api = len(re.findall(r"^NRP_API ", s, re.M))
    n_doc = len(re.findall(r"\*/\nNRP_API ", s))
    if n_api != n_doc:
        print("%s: %d of %d exported functions have no doc comment right above"
              % (h, n_api - n_doc, n_api)); bad += 1
sys.exit(1 if bad else 0)
PY
echo "docs.sh: ${documented:-0} symbols documented, ${undocumented:-?} undocumented, ${incomplete:-?} incomplete; HTML in $out/html"
exit $status
