// The files one first query loads, with their sizes, for each query given:
//   node tests/bench/search/why.mjs SITE_FOLDER SEARCH_PAGE QUERY…
import path from "node:path";
import { chromium } from "playwright-core";
import { serve, chromiumOptions } from "../../browser/site.mjs";

const [site, searchPage, ...queries] = process.argv.slice(2);
const { server, origin } = await serve(path.resolve(site));
const browser = await chromium.launch(chromiumOptions);
for (const q of queries) {
  const page = await browser.newPage();
  const files = [];
  page.on("response", (r) => {
    if (/\/search\/[^/]+\.js$/.test(r.url()))
      files.push(r.body().then((b) => [r.url().slice(origin.length + 1), b.length], () => [r.url(), 0]));
  });
  await page.goto(`${origin}/${searchPage}`);
  await page.fill("#search-q", q);
  await page.waitForFunction((q) => document.getElementById("search-results").dataset.query === q,
                             q, { timeout: 600_000 });
  const got = await Promise.all(files);
  const total = got.reduce((n, f) => n + f[1], 0);
  console.log(`${q}: ${(total / 1024).toFixed(1)} KiB in ${got.length} files`);
  for (const [f, n] of got.sort((a, b) => b[1] - a[1])) console.log(`  ${(n / 1024).toFixed(1).padStart(8)}  ${f}`);
  await page.close();
}
await browser.close();
server.close();
