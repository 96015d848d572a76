#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# man3.sh SRCDIR BUILDDIR DOCDIR: the manual page nrpnet(3) on standard output.
#
# docs/man/nrpnet.3.head (what the library is, how its calls go, errors,
# threads), then a subsection per header of include/nrpnet/ with its
# title and each exported function: its declaration and the first
# paragraph of its doc comment, taken from the headers themselves, so the
# page lists exactly the functions the library exports. The whole
# comments are in the HTML reference (make reference).
set -eu
src=$1
build=$2
docdir=$3
version=$(sed -n 's/^#define NRP_VERSION_STRING "\(.*\)"$/\1/p' "$build/include/nrpnet/version.h")
date=$(sed -n 's/^\.\\" date: //p' "$src/docs/man/nrpnet.3.head")

sed "s/@VERSION@/$version/g; s/@DATE@/$date/g; s|@DOCDIR@|$docdir|g" "$src/docs/man/nrpnet.3.head"
echo '.SH FUNCTIONS'
# The headers of the sources, then the generated version.h of the build.
headers=$(for h in "$src"/include/nrpnet/*.h; do
  case $h in */version.h) ;; *) echo "$h" ;; esac
done)
for h in $headers "$build/include/nrpnet/version.h"; do
  sed 's/\\/\\e/g; s/…/.../g' "$h" | awk -v header="nrpnet/$(basename "$h")" '
    function prot(l) { return l ~ /^[.\047]/ ? "\\&" l : l }
    function hy(l) { gsub(/-/, "\\-", l); return l }
    # gtk-doc marks: @param in italics, #Type and %CONSTANT as they are.
    function marks(l,   out) {
      out = ""
      while (match(l, /@[A-Za-z_][A-Za-z_0-9]*/)) {
        out = out substr(l, 1, RSTART - 1) "\\fI" substr(l, RSTART + 1, RLENGTH - 1) "\\fR"
        l = substr(l, RSTART + RLENGTH)
      }
      l = out l; out = ""
      while (match(l, /[#%][A-Za-z_]/)) {
        out = out substr(l, 1, RSTART - 1) substr(l, RSTART + 1, 1)
        l = substr(l, RSTART + 2)
      }
      return out l
    }
    # A doc comment: "/**", " * name:", the @parameters, a blank line,
    # the description.
    /^\/\*\*$/ { incomment = 1; name = ""; state = 0; para = ""; next }
    incomment && /^ \*\// { incomment = 0; if (name != "") wanted = 1; next }
    incomment {
      l = $0; sub(/^ \* ?/, "", l)
      if (state == 0) {
        if (l ~ /^SECTION:/) { name = ""; state = 9; next }
        name = l; sub(/:.*$/, "", name); state = 1; next
      }
      if (state == 9) {
        if (l ~ /^@title: /) { sub(/^@title: /, "", l); title = l }
        next
      }
      if (state == 1) { if (l == "") state = 2; next }
      if (state == 2) {
        if (l == "") { state = 3; next }
        para = para (para == "" ? "" : " ") l
      }
      next
    }
    wanted && /^NRP_API / { decl = $0; sub(/^NRP_API /, "", decl); indecl = 1 }
    wanted && indecl && !/^NRP_API / { l = $0; sub(/^ +/, "", l); decl = decl " " l }
    wanted && indecl && /;/ {
      if (!shown) {
        print ".SS \"" hy(title) " (<" header ">)\""; shown = 1
      }
      gsub(/  +/, " ", decl)
      print ".PP"; print ".B \"" hy(decl) "\""
      print ".RS"; print prot(marks(para)); print ".RE"
      wanted = 0; indecl = 0; next
    }
    wanted && !indecl && !/^$/ && !/^NRP_API / { wanted = 0 }
  '
done
sed "s|@DOCDIR@|$docdir|g" "$src/docs/man/nrpnet.3.tail"
