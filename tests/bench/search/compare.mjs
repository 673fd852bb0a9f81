// prongsai's search and Pagefind's, side by side on one built site, in
// headless Chromium over HTTP: recall@10 and MRR by query class, bytes a first
// query downloads, query time (median), and what each does from file://.
//   node tests/bench/search/compare.mjs SITE_FOLDER [QUERIES.tsv [SEARCH_PAGE]]
// SITE_FOLDER: a site prongsai built, with Pagefind's index beside it in
// SITE_FOLDER/pagefind/ (`npx pagefind@1.6.0 --site SITE_FOLDER`; see README.md).
// SEARCH_PAGE: prongsai's search page below it (search.html; a province's
// search is on its index.html).
// Every query runs in a fresh page, so each is a first query.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { serve, chromiumOptions } from "../../browser/site.mjs";

const site = path.resolve(process.argv[2]);
const queryFile = process.argv[3] ?? new URL("queries.tsv", import.meta.url);
const searchPage = process.argv[4] ?? "search.html";
const queries = fs.readFileSync(queryFile, "utf8").split("\n")
  .filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
const { server, origin } = await serve(site);
const browser = await chromium.launch(chromiumOptions);

const engines = {
  // The site's own search page: type, wait for the answer, read the links.
  async prongsai(page, q, base) {
    await page.goto(`${base}/${searchPage}`);
    const t0 = await page.evaluate(() => performance.now());
    await page.fill("#search-q", q);
    await page.waitForFunction((q) => document.getElementById("search-results").dataset.query === q,
                               q, { timeout: 600_000 });
    const t1 = await page.evaluate(() => performance.now());
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll("#search-results h2 a")].slice(0, 10).map((a) => a.getAttribute("href")));
    return { hrefs, ms: t1 - t0 - 120 /* search.js waits 120 ms for typing to pause */ };
  },
  // Pagefind's JavaScript API (what its UI calls), from the site's home page.
  async pagefind(page, q, base) {
    await page.goto(`${base}/index.html`);
    return page.evaluate(async (q) => {
      const t0 = performance.now();
      const pf = await import("./pagefind/pagefind.js");
      await pf.init();
      const found = await pf.search(q);
      const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
      return { hrefs: data.map((d) => d.url), ms: performance.now() - t0 };
    }, q);
  },
};
const isIndexFile = { prongsai: (u) => /\/search\/[^/]+\.js$/.test(u) || u.endsWith("/assets/search.js"),
                      pagefind: (u) => u.includes("/pagefind/") };
const clean = (h) => h.replace(/^\.?\//, "").replace(/^\//, "").replace(/(^|\/)$/, "$1index.html");

const results = {};
for (const name of Object.keys(engines)) {
  results[name] = [];
  for (const [q, kind, want] of queries) {
    const page = await browser.newPage();
    let bytes = 0;
    const pending = [];
    page.on("response", (r) => {
      if (isIndexFile[name](r.url()))
        pending.push(r.body().then((b) => { bytes += b.length; }, () => {}));
    });
    let answer = { hrefs: [], ms: NaN };
    try {
      answer = await engines[name](page, q, origin);
    } catch (e) {
      answer.error = String(e).split("\n")[0];
    }
    await Promise.all(pending);
    const rank = answer.hrefs.map(clean).indexOf(want) + 1;
    results[name].push({ q, kind, want, rank, ms: answer.ms, bytes, error: answer.error });
    await page.close();
  }
}

// From file://, as from a USB stick.
const fromFile = {};
for (const name of Object.keys(engines)) {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(e.message));
  try {
    const a = await engines[name](page, "ขยะมูลฝอย", pathToFileURL(site).href);
    fromFile[name] = a.hrefs.length ? `works (first: ${clean(a.hrefs[0])})` : `no results; ${errors[0] ?? ""}`;
  } catch (e) {
    fromFile[name] = `fails: ${String(e).split("\n")[0].slice(0, 200)}`;
  }
  await page.close();
}
await browser.close();
server.close();

const du = (dir) => !fs.existsSync(dir) ? 0 : fs.readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile()).reduce((n, e) => n + fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size, 0);
const median = (xs) => { const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kinds = [...new Set(queries.map((q) => q[1]))];
const score = (rows) => ({
  recall: rows.filter((r) => r.rank > 0).length / rows.length,
  mrr: rows.reduce((n, r) => n + (r.rank > 0 ? 1 / r.rank : 0), 0) / rows.length,
});
const fmt = (s) => `${s.recall.toFixed(2)} / ${s.mrr.toFixed(2)}`;
console.log(`${queries.length} queries on ${site}\n`);
console.log("| query class | queries | prongsai recall@10 / MRR | Pagefind recall@10 / MRR |");
console.log("| --- | --- | --- | --- |");
for (const k of [...kinds, "all"]) {
  const pick = (name) => results[name].filter((r) => k === "all" || r.kind === k);
  console.log(`| ${k} | ${pick("prongsai").length} | ${fmt(score(pick("prongsai")))} | ${fmt(score(pick("pagefind")))} |`);
}
console.log("\n| | prongsai | Pagefind |\n| --- | --- | --- |");
// Every search/ folder: the site's, or in a province each organisation's.
const searchDirs = fs.readdirSync(site, { withFileTypes: true }).filter((e) => e.isDirectory())
  .map((e) => path.join(site, e.name, "search")).concat([path.join(site, "search")]);
const indexBytes = searchDirs.reduce((n, d) => n + du(d), 0);
console.log(`| index on disk | ${(indexBytes / 1024).toFixed(0)} KiB (+ search.js ${(fs.statSync(path.join(site, "assets/search.js")).size / 1024).toFixed(0)} KiB) | ${(du(path.join(site, "pagefind")) / 1024).toFixed(0)} KiB |`);
console.log(`| first query downloads (median) | ${(median(results.prongsai.map((r) => r.bytes)) / 1024).toFixed(1)} KiB | ${(median(results.pagefind.map((r) => r.bytes)) / 1024).toFixed(1)} KiB |`);
console.log(`| first query time (median) | ${median(results.prongsai.map((r) => r.ms)).toFixed(0)} ms | ${median(results.pagefind.map((r) => r.ms)).toFixed(0)} ms |`);
console.log(`| from file:// | ${fromFile.prongsai} | ${fromFile.pagefind} |`);
if (process.env.VERBOSE)
  for (const name of Object.keys(results))
    for (const r of results[name])
      console.log(`${name}\t${r.kind}\t${r.q}\t${r.rank || "-"}\t${r.want}\t${(r.bytes / 1024).toFixed(1)} KiB${r.error ? "\t" + r.error : ""}`);
