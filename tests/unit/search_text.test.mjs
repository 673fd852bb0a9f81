// search.js normalises a query as the generator normalises the index: the same
// cases (search_normalise.tsv) as tests/unit/search_test.cpp, run in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
require("../../themes/default/assets/search.js"); // without a document: exports its text functions
const { normalise, words } = globalThis.prongsaiSearchText;
const unescape = (s) => s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

test("normalise(): every case of search_normalise.tsv", () => {
  const lines = fs.readFileSync(new URL("search_normalise.tsv", import.meta.url), "utf8").split("\n");
  let cases = 0;
  for (const line of lines) {
    if (!line || line.startsWith("#")) continue;
    const [input, expected] = line.split("\t").map(unescape);
    assert.equal(normalise(input), expected, line);
    cases++;
  }
  assert.ok(cases >= 20);
});

test("words(): abbreviations joined however the segmenter splits them; numbers apart", () => {
  assert.deepEqual(words(normalise("พ.ศ.๒๕๖๖")), ["พ.ศ", "2566"]);
  assert.deepEqual(words(normalise("พ. ศ. 2566")), ["พ.ศ", "2566"]);
  assert.deepEqual(words(normalise("อ.บ.ต.ตากใบ"))[0], "อ.บ.ต");
  assert.ok(words(normalise("งบ30,000.00บาท")).includes("30000"));
});
