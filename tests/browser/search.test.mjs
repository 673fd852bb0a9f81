// Search in a real browser: queries typed into the built site's search page,
// over HTTP (from a sub-folder) and from file://, at 390 px and 1366 px; the
// expected first results, the count announced, the keyboard, axe with results
// shown, the page without JavaScript (or without DecompressionStream), and a province's search over every
// organisation. PRONGSAI_SITE is the folder ctest built; PRONGSAI_BIN builds
// the province.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { serve, chromiumOptions, axeViolations } from "./site.mjs";

const site = path.resolve(process.env.PRONGSAI_SITE ?? "site");
const viewports = [
  { name: "390", width: 390, height: 844 },
  { name: "1366", width: 1366, height: 768 },
];
// Two shared cores: no step may fail only for being slow.
const patient = { timeout: 300_000 };

// Query → the page that must come first (relative to the site's root).
const queries = [
  ["ขยะมูลฝอย", "plan/projects/08.html"],                  // two words typed as one
  ["มาตรการจัดการเรื่องราวร้องทุกข์", "plan/projects/42.html"], // a title, typed partly
  // Latin, any case; 6 KB into the page, and its snippet from there, marked.
  ["google FORM", "plan/projects/31.html"],
  ["ครุภัณฑ์", "documents/report-integrity-2565.pdf"],      // a word only inside a PDF
  ["สถาปนิก", "documents/plan-2566-2570.pdf"],               // the other PDF
  ["10,608,424.25", "documents/report-integrity-2565.pdf"], // an amount, with separators
  ["10608424.25", "documents/report-integrity-2565.pdf"],   // … and without
  ["ปีงบประมาณ พ.ศ. ๒๕๖๖", "fiscal-years/2566.html"],       // Thai digits, พ.ศ.
  ["ปีงบประมาณ พ.ศ.2566", "fiscal-years/2566.html"],        // Arabic digits, no space
  ["ข้อมูลพื้นฐาน", "pages/about.html"],                     // a page of pages/
  ["กองคลัง", "organisation/structure.html"],               // a unit's name
  ["ชินตารา", "organisation/executives.html"],               // a person's name
  ["ขยะมูลผอย", "plan/projects/08.html"],                  // misspelt (ฝ typed as ผ)
];

let browser, server, origin, province, root;

before(async () => {
  // The site is served from a sub-folder: its links must all be relative.
  root = fs.mkdtempSync(path.join(os.tmpdir(), "prongsai-search-"));
  fs.symlinkSync(site, path.join(root, "portal"));
  // A province of two organisations (the bundled content twice), for the search
  // across organisations.
  province = path.join(root, "province");
  const content = path.join(root, "content");
  for (const org of ["takbai", "takbai2"])
    fs.cpSync(path.resolve("content"), path.join(content, org), { recursive: true });
  execFileSync(process.env.PRONGSAI_BIN ?? "build/prongsai", ["build", content, "-o", province],
               { stdio: "ignore" });
  ({ server, origin } = await serve(root));
  browser = await chromium.launch(chromiumOptions);
});

after(async () => {
  await browser?.close();
  server?.close();
  if (root) fs.rmSync(root, { recursive: true, force: true });
});

async function newPage(options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(patient.timeout);
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return { context, page, problems, requests: (prefix) => {
    const outside = [];
    page.on("request", (r) => { if (!r.url().startsWith(prefix)) outside.push(r.url()); });
    return outside;
  } };
}

// Types `query` and waits for its answer; the status line and the results' links.
async function ask(page, query) {
  await page.fill("#search-q", "");
  await page.type("#search-q", query);
  await page.waitForFunction((q) => {
    const s = document.getElementById("search-status").textContent;
    return document.getElementById("search-q").value === q && /^(พบ|ไม่พบ)/.test(s) &&
      document.getElementById("search-results").dataset.query === q;
  }, query);
  return page.evaluate(() => ({
    status: document.getElementById("search-status").textContent,
    hrefs: [...document.querySelectorAll("#search-results h2 a")].map((a) => a.getAttribute("href")),
    marks: document.querySelectorAll("#search-results mark").length,
  }));
}

for (const [where, base] of [["HTTP, from a sub-folder", () => `${origin}/portal/`],
                             ["file://", () => pathToFileURL(site).href + "/"]]) {
  for (const viewport of viewports) {
    test(`search over ${where} at ${viewport.name} px: the expected first results, marked, counted`, async () => {
      const { context, page, problems, requests } = await newPage({ viewport });
      const outside = requests(base());
      try {
        await page.goto(base() + "search.html");
        assert.equal(await page.isVisible("#search-q"), true, "the box shows with JavaScript");
        for (const [query, first, { unmarked } = {}] of queries) {
          const answer = await ask(page, query);
          assert.equal(answer.hrefs[0], first, `first result for ${query}: ${answer.hrefs.slice(0, 3).join(", ")}`);
          assert.match(answer.status, /^พบ \d+ รายการ/, query);
          if (!unmarked) assert.ok(answer.marks > 0, `the matched words are marked for ${query}`);
        }
        const none = await ask(page, "zzqqxx");
        assert.equal(none.hrefs.length, 0);
        assert.match(none.status, /^ไม่พบ/);
        // The status line is what a screen reader announces.
        assert.equal(await page.getAttribute("#search-status", "aria-live"), "polite");
        // With results shown: no page scrolls sideways, and no axe violation.
        await ask(page, "ร้องเรียน");
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `the results are ${overflow}px wider than the screen`);
        // axe reads the stylesheets with XMLHttpRequest, which file:// refuses: over HTTP only.
        if (where.startsWith("HTTP"))
          assert.deepEqual(await axeViolations(page), [], `axe with results shown at ${viewport.name}px`);
        assert.deepEqual(problems, []);
        assert.deepEqual(outside, [], "nothing is asked of another place");
      } finally {
        await context.close();
      }
    });
  }
}

test("search by keyboard: the arrow keys go from the box to the results and back", async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${origin}/portal/search.html`);
    await page.focus("#search-q");
    await ask(page, "ขยะมูลฝอย");
    await page.keyboard.press("ArrowDown");
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), "plan/projects/08.html");
    await page.keyboard.press("ArrowDown");
    assert.notEqual(await page.evaluate(() => document.activeElement.getAttribute("href")), "plan/projects/08.html");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("ArrowUp");
    assert.equal(await page.evaluate(() => document.activeElement.id), "search-q");
    // Enter opens the focused result, as any link.
    await page.keyboard.press("ArrowDown");
    await Promise.all([page.waitForURL(/plan\/projects\/08\.html$/), page.keyboard.press("Enter")]);
  } finally {
    await context.close();
  }
});

test("ten results at a time: the button shows the next ten and takes the keyboard to them", async () => {
  const { context, page, problems } = await newPage();
  try {
    await page.goto(`${origin}/portal/search.html`);
    const answer = await ask(page, "ร้องเรียน");
    const found = Number(answer.status.match(/^พบ (\d+) รายการ แสดง 10 รายการแรก$/)?.[1]);
    assert.ok(found > 20, answer.status);
    assert.equal(answer.hrefs.length, 10);
    assert.equal(await page.textContent("#search-more"), "แสดงอีก 10 รายการ");
    await page.click("#search-more");
    await page.waitForFunction(() => document.querySelectorAll("#search-results h2 a").length === 20);
    assert.equal(await page.textContent("#search-status"), `พบ ${found} รายการ แสดง 20 รายการแรก`);
    const eleventh = await page.evaluate(() => document.querySelectorAll("#search-results h2 a")[10].getAttribute("href"));
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute("href")), eleventh);
    assert.ok(!answer.hrefs.includes(eleventh), "the next ten are new results");
    // Each shown result has its snippet.
    assert.equal(await page.evaluate(() => document.querySelectorAll("#search-results .search-snippet").length), 20);
    // A new query starts again from ten.
    const again = await ask(page, "ขยะ");
    assert.ok(again.hrefs.length <= 10);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a query in the address (?q=) is searched on arrival", async () => {
  const { context, page } = await newPage();
  try {
    await page.goto(`${origin}/portal/search.html?q=${encodeURIComponent("ครุภัณฑ์")}`);
    await page.waitForFunction(() => document.querySelector("#search-results h2 a"));
    assert.equal(await page.getAttribute("#search-results h2 a", "href"), "documents/report-integrity-2565.pdf");
  } finally {
    await context.close();
  }
});

test("without JavaScript the box is replaced by links to the catalogue and the site map", async () => {
  const { context, page } = await newPage({ javaScriptEnabled: false });
  try {
    await page.goto(`${origin}/portal/search.html`);
    assert.equal(await page.isVisible("#search-q"), false);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll(".search-nojs a")].map((a) => a.getAttribute("href")));
    assert.deepEqual(links, ["plan/projects/index.html", "sitemap.html"]);
    await page.goto(`${origin}/portal/sitemap.html`);
    const mapped = await page.evaluate(() => [...document.querySelectorAll(".site-map a")].map((a) => a.getAttribute("href")));
    assert.ok(mapped.includes("plan/projects/08.html") && mapped.includes("documents/plan-2566-2570.pdf"),
              "the site map lists the projects and the documents");
  } finally {
    await context.close();
  }
});

test("a browser that cannot inflate the index is given the same links, and no error", async () => {
  const { context, page, problems } = await newPage();
  try {
    await context.addInitScript(() => { delete globalThis.DecompressionStream; });
    await page.goto(`${origin}/portal/search.html`);
    await page.waitForSelector(".search-nojs a", { state: "visible" });
    assert.equal(await page.isVisible("#search-q"), false);
    const links = await page.evaluate(() =>
      [...document.querySelectorAll(".search-nojs a")].map((a) => a.getAttribute("href")));
    assert.deepEqual(links, ["plan/projects/index.html", "sitemap.html"]);
    assert.match(await page.textContent(".search-nojs p"), /^การค้นหาใช้ไม่ได้ในเบราว์เซอร์นี้/);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("a province's index searches every organisation; each organisation's own search its pages", async () => {
  const { context, page, problems } = await newPage();
  try {
    await page.goto(`${origin}/province/index.html`);
    const answer = await ask(page, "ขยะมูลฝอย");
    assert.ok(answer.hrefs.includes("takbai/plan/projects/08.html"), answer.hrefs.join(", "));
    assert.ok(answer.hrefs.includes("takbai2/plan/projects/08.html"), answer.hrefs.join(", "));
    assert.match(await page.textContent("#search-results .search-meta"), /เทศบาลเมืองตากใบ/);
    assert.deepEqual(await axeViolations(page), [], "axe on the province's index with results shown");
    await page.goto(`${origin}/province/takbai2/search.html`);
    const own = await ask(page, "ขยะมูลฝอย");
    assert.equal(own.hrefs[0], "plan/projects/08.html");
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});
