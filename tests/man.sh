#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# man.sh: the manual pages the build made. nrpnet(1) has a section for
# every command `nrpnet --help` lists and every long option of every
# `nrpnet COMMAND --help`; nrpnet(3) has every function the library
# exports and no other; both format with groff without a warning.
set -u
top_build=${NRP_TOP_BUILDDIR:?}
nrpnet="$top_build/nrpnet"
page1="$top_build/nrpnet.1"
page3="$top_build/nrpnet.3"
pass=0; fail=0
ok () { pass=$((pass + 1)); echo "ok - $1"; }
not_ok () { fail=$((fail + 1)); echo "not ok - $1"; }

for p in "$page1" "$page3"; do
  [ -s "$p" ] && ok "$(basename "$p") is built" || not_ok "$(basename "$p") is built"
done

commands=$("$nrpnet" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\)  .*/\1/p')
n=0
for c in $commands; do
  n=$((n + 1))
  if grep -q "^\.SS \"$c\"\$" "$page1"; then ok "nrpnet(1) has a section for $c"; else not_ok "nrpnet(1) has a section for $c"; fi
  missing=""
  for o in $("$nrpnet" "$c" --help | sed -n 's/^  *\(-[a-zA-Z], \)\{0,1\}--\([a-z][a-z-]*\).*/\2/p' | grep -v '^help$'); do
    pattern=$(printf '%s' "$o" | sed 's/-/\\\\-/g')
    # the option's own item, in the command's own section
    sed -n "/^\.SS \"$c\"\$/,/^\.S[SH] /p" "$page1" | grep -q "^\\\\fB.*\\\\-\\\\-$pattern\\\\fR" \
      || missing="$missing --$o"
  done
  if [ -z "$missing" ]; then ok "nrpnet(1) lists every option of $c"; else not_ok "nrpnet(1) lacks, under $c:$missing"; fi
done
[ "$n" -ge 9 ] && ok "nrpnet --help lists $n commands" || not_ok "nrpnet --help lists $n commands (9 or more expected)"

# nrpnet(3): the functions of the page against the library's dynamic symbols.
lib="$top_build/.libs/libnrpnet.so"
if [ -e "$lib" ] && command -v nm >/dev/null; then
  nm -D --defined-only "$lib" | awk '$2 == "T" { sub(/@.*/, "", $3); print $3 }' | sort >"$top_build/man-exported.tmp"
  sed -n 's/^\.B ".*[ *]\(nrp_[a-z0-9_]*\) (.*/\1/p' "$page3" | sort >"$top_build/man-listed.tmp"
  if cmp -s "$top_build/man-exported.tmp" "$top_build/man-listed.tmp"; then
    ok "nrpnet(3) lists the $(wc -l <"$top_build/man-listed.tmp") exported functions, no more"
  else
    not_ok "nrpnet(3) and the exported functions differ:"
    diff "$top_build/man-exported.tmp" "$top_build/man-listed.tmp" | sed -n '2,21p'
  fi
  rm -f "$top_build/man-exported.tmp" "$top_build/man-listed.tmp"
else
  echo "# no .libs/libnrpnet.so or nm: the function list is not checked"
fi

if command -v groff >/dev/null; then
  for p in "$page1" "$page3"; do
    warnings=$(groff -man -ww -z "$p" 2>&1)
    if [ -z "$warnings" ]; then ok "$(basename "$p") formats without a warning"
    else not_ok "$(basename "$p") formats with warnings: $warnings"; fi
  done
  # the formatted page reads as the help does: a sample of its text
  text=$(groff -man -Tutf8 "$page1" 2>/dev/null | sed 's/.\x08//g')
  case $text in
    *"--betweenness-epsilon=E"*"EXIT STATUS"*) ok "nrpnet(1) formats its options and sections" ;;
    *) not_ok "nrpnet(1) formatted lacks its options or sections" ;;
  esac
else
  not_ok "groff is not installed (Debian: groff-base): the pages cannot be checked"
fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
