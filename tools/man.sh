#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# man.sh NRPNET SRCDIR DOCDIR: the manual page nrpnet(1) on standard output.
#
# The page's prose (what nrpnet is, the input files, exit status, examples)
# is docs/man/nrpnet.1.head and docs/man/nrpnet.1.tail; between them comes a
# section per command, made from the program's own `nrpnet COMMAND --help`,
# so that the page lists exactly the options the program takes, with the
# defaults it has. The commands are those `nrpnet --help` lists.
set -eu
nrpnet=$1
src=$2
docdir=$3
version=$("$nrpnet" --version | sed -n '1s/^nrpnet //p')
date=$(sed -n 's/^\.\\" date: //p' "$src/docs/man/nrpnet.1.head")

# Text for troff: a backslash is \e, a hyphen in an option is \- (so it
# copies as a hyphen-minus), "…" is "...", and a line that would start with
# a control character (. or ') is protected by \& (prot() below).
escape='s/\\/\\e/g; s/…/.../g'

sed "s/@VERSION@/$version/g; s/@DATE@/$date/g; s|@DOCDIR@|$docdir|g" "$src/docs/man/nrpnet.1.head"
echo '.SH COMMANDS'
commands=$(LC_ALL=C.UTF-8 "$nrpnet" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z]*\)  .*/\1/p')
[ -n "$commands" ] || { echo "man.sh: no command in 'nrpnet --help'" >&2; exit 1; }
for c in $commands; do
  LC_ALL=C.UTF-8 "$nrpnet" "$c" --help | sed "$escape" | awk -v cmd="$c" '
    function flush_par() { if (par) { print ".PP"; par = 0 } }
    function prot(l) { return l ~ /^[.\047]/ ? "\\&" l : l }
    # The usage line: "nrpnet CMD [OPTION...] - what it does", or a bare
    # "Usage: nrpnet CMD" for a command without options.
    NR <= 2 && /^Usage:/ {
      sub(/^Usage: */, "")
      if ($0 == "") next
    }
    !head && /nrpnet / {
      line = $0; sub(/^ */, "", line)
      title = line; what = ""
      if (index(line, " - ") > 0) {
        title = substr(line, 1, index(line, " - ") - 1)
        what = substr(line, index(line, " - ") + 3)
      }
      gsub(/-/, "\\-", title)
      print ".SS \"" cmd "\""
      print ".B " title
      if (what != "") { print ".br"; print what }
      head = 1; par = 1; next
    }
    !head { next }
    /^(Examples?|Help Options|Application Options|Formats):$/ || /^[A-Z][A-Za-z ]*:$/ {
      section = $0; sub(/:$/, "", section)
      if (section == "Help Options") { skip = 1; next }
      skip = 0
      if (section == "Application Options") section = "Options"
      print ".PP"; print "\\fB" section ":\\fR"
      if (section ~ /^Examples?$/) { print ".RS"; print ".nf"; inex = 1 }
      par = 0; next
    }
    /^$/ {
      if (inex) { print ".fi"; print ".RE"; inex = 0 }
      item = 0
      skip = 0; par = 1; next
    }
    skip { next }
    inex { l = $0; sub(/^  /, "", l); gsub(/-/, "\\-", l); print l; next }
    # An option: "  -a, --actors=FILE   text" (the text may be long).
    /^  +-/ {
      l = $0; sub(/^ +/, "", l)
      opt = l; text = ""
      if (match(l, /   +/)) { opt = substr(l, 1, RSTART - 1); text = substr(l, RSTART + RLENGTH) }
      if (index(opt, "=") > 0) {
        arg = substr(opt, index(opt, "=") + 1); opt = substr(opt, 1, index(opt, "=") - 1)
        gsub(/-/, "\\-", opt)
        print ".TP"; print "\\fB" opt "\\fR=\\fI" arg "\\fR"
      } else {
        gsub(/-/, "\\-", opt)
        print ".TP"; print "\\fB" opt "\\fR"
      }
      print prot(text); par = 0; item = 0; next
    }
    # An indented list in the prose: "  name   text", continued deeper.
    /^  [^ -][^ ]*  +[^ ]/ {
      l = $0; sub(/^ +/, "", l); match(l, /  +/)
      print ".TP"; print "\\fB" substr(l, 1, RSTART - 1) "\\fR"
      print prot(substr(l, RSTART + RLENGTH)); par = 0; item = 1; next
    }
    item && /^      +[^ ]/ { l = $0; sub(/^ +/, "", l); print prot(l); next }
    { if (item) { print ".PP"; item = 0; par = 0 } flush_par(); l = $0; sub(/^ +/, "", l); print prot(l) }
    END { if (inex) { print ".fi"; print ".RE" } }
  '
done
sed "s|@DOCDIR@|$docdir|g" "$src/docs/man/nrpnet.1.tail"
