// The search's own figures on a built site, in headless Chromium over HTTP:
// index size on disk, bytes a first query downloads, query time (median).
//   node tests/bench/search/measure.mjs SITE_FOLDER PAGE [QUERY…]
// PAGE is the search page below SITE_FOLDER (search.html, or index.html of a
// province). Each query runs in a fresh page, so every one is a first query.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { serve } from "../../browser/site.mjs";

const [site, pageRel, ...queries] = process.argv.slice(2);
const du = (dir) => fs.readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile() && /(^|\/)search(\/|$)/.test(path.relative(site, path.join(e.parentPath ?? e.path, e.name))))
  .reduce((n, e) => n + fs.statSync(path.join(e.parentPath ?? e.path, e.name)).size, 0);
const { server, origin } = await serve(site);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const rows = [];
for (const q of queries) {
  const page = await browser.newPage();
  let bytes = 0, files = 0;
  page.on("response", async (r) => {
    if (!/\/search\/[^/]+\.js$/.test(r.url())) return;
    files++;
    bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
  });
  await page.goto(`${origin}/${pageRel}`);
  const t0 = await page.evaluate(() => performance.now());
  await page.fill("#search-q", q);
  await page.waitForFunction((q) => document.getElementById("search-results").dataset.query === q, q, { timeout: 600000 });
  const t1 = await page.evaluate(() => performance.now());
  const first = await page.evaluate(() => document.querySelector("#search-results h2 a")?.getAttribute("href") ?? "");
  rows.push({ q, ms: t1 - t0 - 120 /* the typing pause */, bytes, files, first });
  await page.close();
}
await browser.close();
server.close();
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
for (const r of rows) console.log(`${r.q}\t${r.ms.toFixed(0)} ms\t${(r.bytes / 1024).toFixed(1)} KiB in ${r.files} files\t${r.first}`);
console.log(`index on disk: ${(du(site) / 1024).toFixed(0)} KiB; first query: median ${median(rows.map((r) => r.ms)).toFixed(0)} ms, ` +
  `median ${(median(rows.map((r) => r.bytes)) / 1024).toFixed(1)} KiB`);
