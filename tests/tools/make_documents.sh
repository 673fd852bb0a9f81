#!/usr/bin/env bash
# Makes the PDF documents of content/documents/ that are generated, not scanned:
#
#   plan-2566-2570.pdf         the whole plan, printed from the site's print view
#                              (plan/print.html; plan/index.html while that page does not exist)
#   report-integrity-2565.pdf  Tak Bai's 2565 report on its integrity measures, from the
#                              transcription tests/tools/documents/report-integrity-2565.md
#
# Usage: tests/tools/make_documents.sh [OUT_DIR]      (default: content/documents)
# Needs: build/prongsai (./build.sh), chromium, cmark-gfm (apt-get install cmark-gfm),
#        Thai fonts (fonts-thai-tlwg).
# The site is built into a temporary folder; site/ is not touched.
# Chromium writes the creation time into a PDF; the script replaces it with a fixed time
# (the document's own date) so that running it again gives byte-identical files.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:-"$root/content/documents"}
mkdir -p "$out"
out=$(cd "$out" && pwd)

prongsai="$root/build/prongsai"
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -x "$prongsai" ] || { echo "make_documents: $prongsai is missing; run ./build.sh first" >&2; exit 1; }
[ -n "$chromium" ] || { echo "make_documents: chromium is not installed" >&2; exit 1; }
command -v cmark-gfm >/dev/null || { echo "make_documents: cmark-gfm is missing (apt-get install cmark-gfm)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "make_documents: python3 is missing" >&2; exit 1; }

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# print_pdf INPUT.html OUTPUT.pdf PDF_DATE
# PDF_DATE (D:YYYYMMDDhhmmss, Christian Era as PDF requires) replaces the creation time.
print_pdf() {
    local in=$1 pdf=$2 when=$3 log="$tmp/chromium.log"
    rm -f "$pdf"
    # --no-pdf-header-footer is the current name of the flag; --print-to-pdf-no-header the
    # old one (Chromium < 111). Chromium ignores the one it does not know.
    if ! timeout 180 "$chromium" --headless --no-sandbox --disable-gpu \
        --disable-background-networking --disable-extensions --no-first-run \
        --user-data-dir="$tmp/profile" \
        --no-pdf-header-footer --print-to-pdf-no-header \
        --run-all-compositor-stages-before-draw --virtual-time-budget=10000 \
        --print-to-pdf="$pdf" "file://$in" >"$log" 2>&1 || [ ! -s "$pdf" ]; then
        cat "$log" >&2
        echo "make_documents: chromium could not print $in" >&2
        exit 1
    fi
    python3 - "$pdf" "$when" <<'PY'
import re, sys
path, when = sys.argv[1], sys.argv[2].encode()
data = open(path, 'rb').read()
# Same-length replacement keeps the cross-reference offsets valid: only the 14 digits change.
data = re.sub(rb'/(CreationDate|ModDate)\s*\(D:[0-9]{14}',
              lambda m: m.group(0)[:-16] + when, data)
open(path, 'wb').write(data)
PY
    echo "make_documents: wrote $pdf ($(stat -c %s "$pdf") bytes)"
}

# 1. The plan, from the site's print view.
# The build checks that every catalogued document exists, and the PDFs made here may not exist
# yet; so the site is built from a copy of content/ in which a missing generated PDF is an
# empty placeholder. content/ itself is only written to at the end of print_pdf.
cp -r "$root/content" "$tmp/content"
for f in plan-2566-2570.pdf report-integrity-2565.pdf; do
    [ -e "$tmp/content/documents/$f" ] || : >"$tmp/content/documents/$f"
done
"$prongsai" build "$tmp/content" -o "$tmp/site" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }
page="$tmp/site/plan/print.html"
if [ ! -f "$page" ]; then
    echo "make_documents: warning: site/plan/print.html does not exist yet; printing plan/index.html" >&2
    page="$tmp/site/plan/index.html"
fi
[ -f "$page" ] || { echo "make_documents: the build made no plan page" >&2; exit 1; }
# Chromium turns a relative link into an absolute file:///tmp/… address, which is useless in a
# published PDF (and differs on every run): drop the href of every link that is not to the page
# itself (#…) or to the web (http:, https:, mailto:, tel:). The link text stays.
python3 - "$page" <<'PY'
import re, sys
path = sys.argv[1]
html = open(path, encoding='utf-8').read()
keep = re.compile(r'(#|https?:|mailto:|tel:)', re.I)
href = re.compile(r'\s+href\s*=\s*("([^"]*)"|\'([^\']*)\'|([^\s>]+))', re.I)
def tag(m):
    return href.sub(lambda h: h.group(0) if keep.match(h.group(2) or h.group(3) or h.group(4) or '') else '',
                    m.group(0))
html = re.sub(r'<a\b[^>]*>', tag, html, flags=re.I)
open(path, 'w', encoding='utf-8').write(html)
PY
print_pdf "$page" "$out/plan-2566-2570.pdf" "D:20220705000000"

# 2. The 2565 integrity-measures report, from its Markdown transcription.
src="$root/tests/tools/documents/report-integrity-2565.md"
html="$tmp/report-integrity-2565.html"
{
    cat <<'HTML'
<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>รายงานผลการดำเนินการมาตรการส่งเสริมคุณธรรมและความโปร่งใส ของเทศบาลเมืองตากใบ ประจำปีงบประมาณ พ.ศ.๒๕๖๕</title>
<style>
@page { size: A4; margin: 16mm 14mm 16mm 14mm; }
html { font-family: "Laksaman", "Sarabun", "TH Sarabun New", "Garuda", "Loma", sans-serif;
       font-size: 12.5pt; line-height: 1.45; color: #000; }
body { margin: 0; }
h1 { font-size: 17pt; text-align: center; line-height: 1.3; margin: 0 0 10pt; }
h2 { font-size: 14.5pt; margin: 18pt 0 6pt; break-before: page; line-height: 1.3; }
h3 { font-size: 13pt; margin: 14pt 0 4pt; break-after: avoid; line-height: 1.3; }
p { margin: 0 0 6pt; text-align: left; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; font-size: 9.5pt; line-height: 1.3; }
th, td { border: 0.6pt solid #444; padding: 2pt 4pt; vertical-align: top; }
th { background: #e8e8e8; font-weight: bold; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
blockquote { margin: 6pt 0; padding: 4pt 8pt; border-left: 2pt solid #888; color: #333; font-size: 11pt; }
.doc { border: 0.6pt solid #888; padding: 8pt 12pt; margin: 6pt 0 12pt; }
.sign { text-align: center; margin-top: 12pt; }
/* wide tables whose second column holds the text: smaller type, and room for that text */
.wide2 table { font-size: 8.5pt; }
.wide2 th, .wide2 td { padding: 2pt 3pt; }
.wide2 td:nth-child(2) { min-width: 11em; }
</style>
</head>
<body>
HTML
    # --unsafe keeps the transcription's own <br>, <div class="doc"> and <p class="sign">.
    cmark-gfm -e table --unsafe "$src"
    printf '</body>\n</html>\n'
} >"$html"
print_pdf "$html" "$out/report-integrity-2565.pdf" "D:20220407000000"
