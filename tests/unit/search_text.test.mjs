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

test("shardOf(): the shard search_shard_of gives (tests/unit/search_test.cpp's cases)", () => {
  const { shardOf } = globalThis.prongsaiSearchText;
  assert.equal(shardOf("การ", 32), 17);
  assert.equal(shardOf("การ", 256), 81);
  assert.equal(shardOf("ก", 32), 1);
  assert.equal(shardOf("2566", 32), 3);
  assert.equal(shardOf("มูลฝอย", 32), 24);
  assert.equal(shardOf("😀x", 256), 120);
  assert.equal(shardOf("มูลฝอย", 1), 0);
});

test("words(): the runs typed with nothing between them, for reading them as one word", () => {
  const runs = [];
  assert.deepEqual(words(normalise("ประชาสัมพัน ขยะมูลฝอย abc"), runs),
                   ["ประ", "ชา", "สัม", "พัน", "ขยะ", "มูลฝอย", "abc"]);
  assert.deepEqual(runs, [[0, 4], [4, 6]]);
});

test("oneApart(): one letter missing, extra or changed; not the same word, not two mistakes", () => {
  const { oneApart } = globalThis.prongsaiSearchText;
  assert.equal(oneApart("มูลผอย", "มูลฝอย"), true);
  assert.equal(oneApart("ประชาสัมพัน", "ประชาสัมพันธ"), true);
  assert.equal(oneApart("คุนธรรม", "คุณธรรม"), true);
  assert.equal(oneApart("abc", "abc"), false);
  assert.equal(oneApart("ประชา", "ประชาสัมพันธ์"), false);
  assert.equal(oneApart("abcd", "abdc"), false);
});

test("decode(): postings as append_code writes them (tests/unit/search_test.cpp's cases)", () => {
  const { decode } = globalThis.prongsaiSearchText;
  // Page 1: in the text once, at 5; page 2: twice, at 5 and 6.
  assert.deepEqual([...decode("1415" + "14251")],
                   [[1, { f: 4, tf: 1, pos: [5] }], [2, { f: 4, tf: 2, pos: [5, 6] }]]);
  // Numbers of more than one digit: page 1024, position 123456; 40 times, 32 positions kept.
  assert.deepEqual([...decode("xw0" + "11" + "zUO0")], [[1024, { f: 1, tf: 1, pos: [123456] }]]);
  const many = decode("04x8" + "5" + "1".repeat(31)).get(0);
  assert.equal(many.tf, 40);
  assert.equal(many.pos.length, 32);
  assert.equal(many.pos[31], 36);
});

test("fileOf(): the province's term file holding a word, by code point as the build sorts", () => {
  const { fileOf } = globalThis.prongsaiSearchText;
  const firsts = ["1", "กา", "ขยะ", "😀"];
  assert.equal(fileOf(firsts, "0"), 0);
  assert.equal(fileOf(firsts, "กาย"), 1);
  assert.equal(fileOf(firsts, "ขยะ"), 2);
  assert.equal(fileOf(firsts, "ขยะมูลฝอย"), 2);
  // U+FFFD sorts before U+1F600 by code point (not by UTF-16 unit).
  assert.equal(fileOf(firsts, "\ufffd"), 2);
  assert.equal(fileOf(firsts, "😀😀"), 3);
});

test("unpack(): the values of an index file as the build packs it (search_packed.js)", async () => {
  const { unpack } = globalThis.prongsaiSearchText;
  // The file's one call, as the browser runs it: its packed argument.
  const file = fs.readFileSync(new URL("search_packed.js", import.meta.url), "utf8");
  const packed = file.match(/^prongsaiSearch\.texts\("([A-Za-z0-9+/=]+)"\);\n$/)[1];
  assert.deepEqual(await unpack(packed), [[
    "เทศบาลเมืองตากใบ ได้จัดทำแผนปฏิบัติการป้องกันการทุจริต (พ.ศ. 2566 – 2570)\n",
    "\"quoted\" \u2028 < ๒๕๖๖ 30,000 บาท"]]);
  await assert.rejects(unpack(packed.slice(0, 40)));
});
