#!/usr/bin/env bash
# ICU against libthai on the project's own Thai text (every Markdown file of
# content/ and the text of its PDFs), scored against Intl.Segmenter (Node's ICU,
# the browser's breaker): tests/bench/search/segmenters.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."
work=${BENCH_DIR:-build/bench-search}
mkdir -p "$work"
find content -name '*.md' ! -name README.md -print0 | sort -z | xargs -0 cat > "$work/corpus.txt"
# The PDFs' text as the generator extracted it (search/p*.js of a built site).
./build/prongsai build content -o "$work/site" > /dev/null 2>&1 || true
node -e '
  const fs = require("fs"); let out = "";
  globalThis.prongsaiSearch = { texts: (l) => { out += l.join("\n") + "\n"; } };
  for (const f of fs.readdirSync(process.argv[1]).filter((f) => /^p\d+\.js$/.test(f)).sort())
    eval(fs.readFileSync(process.argv[1] + "/" + f, "utf8"));
  fs.appendFileSync(process.argv[2], out);' "$work/site/search" "$work/corpus.txt"
node -e '
  const fs = require("fs");
  const text = fs.readFileSync(process.argv[1], "utf8");
  const seg = new Intl.Segmenter("th", { granularity: "word" });
  const out = []; let cp = 0, unit = 0;
  for (const s of seg.segment(text)) {
    for (; unit < s.index; ) { const c = text.codePointAt(unit); unit += c > 0xffff ? 2 : 1; cp++; }
    out.push(cp);
  }
  fs.writeFileSync(process.argv[2], out.join("\n") + "\n");' "$work/corpus.txt" "$work/intl.txt"
c++ -O2 -std=c++20 tests/bench/search/segmenters.cpp -o "$work/segmenters" \
    $(pkg-config --cflags --libs icu-uc libthai)
"$work/segmenters" "$work/corpus.txt" "$work/intl.txt"
