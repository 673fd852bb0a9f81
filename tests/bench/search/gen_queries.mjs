// Writes the generated part of the benchmark's query set (queries.tsv holds
// the written part above a marker line): for each project of content/, words
// 2–4 of its title (a name typed partly) and three words from the middle of
// its text that no other page of content/ has (words from a sentence).
//   node tests/bench/search/gen_queries.mjs > /tmp/generated.tsv
import fs from "node:fs";
import path from "node:path";

const seg = new Intl.Segmenter("th", { granularity: "word" });
const words = (s) => [...seg.segment(s)].filter((x) => x.isWordLike).map((x) => x.segment);
const squash = (s) => s.replace(/\s+/g, "");
const dir = "content/plan/projects";
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".md")).sort();
const all = [];
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
  const p = path.join(d, e.name);
  if (e.isDirectory()) walk(p); else if (e.name.endsWith(".md")) all.push(squash(fs.readFileSync(p, "utf8")));
} };
walk("content");
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), "utf8");
  const page = `plan/projects/${f.replace(/\.md$/, ".html")}`;
  const title = text.match(/^title = "(.*)"$/m)[1];
  const tw = words(title);
  if (tw.length >= 5) console.log(`${tw.slice(1, 5).join("")}\tname typed partly\t${page}`);
  const body = text.split("+++")[2] ?? "";
  const bw = words(body.replace(/[#*\[\]()]/g, " "));
  for (let i = Math.floor(bw.length / 2); i + 3 < bw.length; i++) {
    const q = bw.slice(i, i + 3).join("");
    if (q.length >= 8 && all.filter((t) => t.includes(q)).length === 1) {
      console.log(`${q}\tmiddle of a sentence\t${page}`);
      break;
    }
  }
}
