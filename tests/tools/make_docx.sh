#!/bin/sh
# Makes a .docx from a plan's plain text (as tests/fixtures/import/plan.txt):
# each line with tabs becomes a row of a real table (consecutive ones one
# table), every other line a paragraph; LibreOffice then writes the .docx.
#
#   tests/tools/make_docx.sh PLAN.txt OUT.docx
#
# Needs python3 and LibreOffice (Debian libreoffice-writer-nogui). The .docx
# files it made are committed (tests/fixtures/import/), so the tests need neither.
set -eu
in=$1
out=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
name=$(basename "$out" .docx)
python3 - "$in" "$work/$name.html" <<'PY'
import html
import sys

lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
out = ['<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>']
table = False
for line in lines:
    if "\t" in line:
        if not table:
            out.append('<table border="1">')
            table = True
        cells = line.split("\t")
        out.append("<tr>" + "".join("<td>" + html.escape(c) + "</td>" for c in cells) + "</tr>")
        continue
    if table:
        out.append("</table>")
        table = False
    if line.strip():
        out.append("<p>" + html.escape(line) + "</p>")
if table:
    out.append("</table>")
out.append("</body></html>")
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))
PY
# A profile of its own, so a running LibreOffice neither blocks nor is touched.
soffice -env:UserInstallation="file://$work/profile" --headless --convert-to docx:"MS Word 2007 XML" \
    --outdir "$work" "$work/$name.html" >/dev/null
mv "$work/$name.docx" "$out"
echo "wrote $out"
