// The built portal in a real browser (Debian's chromium driven by playwright-core):
// every page kind over HTTP and from file://, with no console error, no request to
// another host, no WCAG 2.1 A/AA violation (axe-core), the catalogue filter with
// JavaScript and all projects without it, the print stylesheet, and screenshots.
// PRONGSAI_SITE is the folder ctest built. Screenshots and the print test's PDFs
// are for people to look at, never a verdict, and they took a fifth of the time
// of the every-page-kind test: they are made only when PRONGSAI_SCREENSHOTS
// names a folder (cmake -DPRONGSAI_SCREENSHOTS=ON passes build/screenshots).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { serve, htmlPages, pageKinds, chromiumOptions, axeViolations } from "./site.mjs";

const site = path.resolve(process.env.PRONGSAI_SITE ?? "site");
const shots = process.env.PRONGSAI_SCREENSHOTS ? path.resolve(process.env.PRONGSAI_SCREENSHOTS) : null;
const viewports = [
  { name: "390", width: 390, height: 844 },
  { name: "1366", width: 1366, height: 768 },
];

let browser, server, origin;

async function newContext(options = {}) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(patient.timeout);
  context.setDefaultNavigationTimeout(patient.timeout);
  return context;
}
const pages = htmlPages(site);
const kinds = pageKinds(pages);
const projectPages = pages.filter((p) => /^plan\/projects\/(?!index\.html$)[^/]+\.html$/.test(p));

// The suite runs on two shared cores: playwright's 30 s default would fail a
// page that is merely slow to load there, so no step has a short deadline.
const patient = { timeout: 300_000 };

before(async () => {
  ({ server, origin } = await serve(site));
  browser = await chromium.launch(chromiumOptions);
  if (shots) fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

// A tab that visits page after page. Each visit returns the list of what
// happens from its start until the next: console and script errors, failed
// loads, HTTP errors, and every request that leaves `allowedPrefix`.
// (Reusing a tab keeps Chromium's compiled axe from page to page: a new tab
// compiles it again, 0.6 s a page on two shared cores.)
function tab(page, allowedPrefix) {
  let problems = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`script error: ${e.message}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(allowedPrefix)) problems.push(`request to another place: ${r.url()}`);
  });
  page.on("requestfailed", (r) => problems.push(`failed: ${r.url()}`));
  page.on("response", (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  return {
    page,
    async visit(url) {
      problems = [];
      const response = await page.goto(url, { waitUntil: "load" });
      if (response) assert.equal(response.status(), 200, url);
      await page.evaluate(() => document.fonts.ready);
      return problems;
    },
  };
}

// Opens `url` in a tab of its own; its page and its list of problems.
async function open(context, url, allowedPrefix) {
  const t = tab(await context.newPage(), allowedPrefix);
  return { page: t.page, problems: await t.visit(url) };
}

test("the site has the expected page kinds", () => {
  const names = kinds.map((k) => k.kind);
  for (const kind of ["index.html", "plan/index.html", "plan/budget.html",
                      "plan/projects/index.html", "plan/projects/*", "pages/index.html",
                      "pages/about.html", "pages/integrity/index.html",
                      "pages/integrity/complaints.html", "organisation/executives.html",
                      "organisation/structure.html", "contact.html", "oit/index.html"])
    assert.ok(names.includes(kind), `page kind ${kind} among ${names.join(", ")}`);
  assert.equal(projectPages.length, 49);
  console.log(`${pages.length} pages, ${kinds.length} kinds: ${names.join(", ")}`);
});

// One page at one viewport over HTTP: no console error, only local requests,
// Sarabun in use, no sideways scrolling, no axe violation; then a screenshot if asked for.
async function checkPage(t, origin, rel, viewport, shotName) {
  const page = t.page;
  const problems = await t.visit(`${origin}/${rel}`);
  assert.deepEqual(problems, [], `${rel} at ${viewport.name}`);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "th", rel);
  // The self-hosted font is the one in use, not a fallback.
  assert.ok(await page.evaluate(() =>
    [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Sarabun" && f.status === "loaded")),
    `Sarabun loaded on ${rel}`);
  // Mobile first: no page scrolls sideways; wide tables scroll inside their box.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${rel} is ${overflow}px wider than the ${viewport.name}px screen`);
  assert.deepEqual(await axeViolations(page), [], `axe on ${rel} at ${viewport.name}px`);
  // On a busy machine a screenshot may take long, and then it is skipped with
  // a note rather than failing. A print view (49 projects on one page) is shot
  // as far as the screen shows: the whole of it took 10-14 s a size, and the
  // print test makes its PDF.
  if (shots) {
    const fullPage = !rel.endsWith("print.html");
    await page.screenshot({ path: path.join(shots, `${shotName}-${viewport.name}.png`), fullPage })
      .catch((e) => console.log(`screenshot of ${rel} at ${viewport.name}px skipped: ${e.message.split("\n")[0]}`));
  }
  assert.deepEqual(problems, [], `${rel} at ${viewport.name}, while it was checked`);
}

// Every page kind of the site in `dir`, served at `at`, at both viewports.
async function checkKinds(at, siteKinds, shotPrefix) {
  let checked = 0;
  for (const viewport of viewports) {
    const context = await newContext({ viewport });
    try {
      const t = tab(await context.newPage(), `${at}/`);
      for (const { kind, page: rel } of siteKinds) {
        const file = kind.replace(/\*/g, "item").replace(/[/.]/g, "-").replace(/-html$/, "");
        await checkPage(t, at, rel, viewport, shotPrefix + file);
        checked++;
      }
    } finally {
      await context.close();
    }
  }
  return checked;
}

// Every page kind of the site in `dir` from file://: no console error, no
// request outside the folder. 404.html is the web server's error page, shown at
// any address, so its links are root-relative by design and it is never opened
// from a folder.
async function checkKindsFromFiles(dir, siteKinds) {
  const context = await newContext();
  const prefix = pathToFileURL(dir).href + "/";
  try {
    for (const { page: rel } of siteKinds.filter((k) => k.page !== "404.html")) {
      const { page, problems } = await open(context, prefix + rel, prefix);
      assert.deepEqual(problems, [], rel);
      await page.close();
    }
  } finally {
    await context.close();
  }
}

// ctest runs this test on its own (browser_pages) and the file's others
// without it (browser_site), so that the two halves run side by side.
const everyKindElsewhere = process.env.PRONGSAI_SKIP_EVERY_KIND ? "run by ctest's browser_pages" : false;
test("every page kind over HTTP: no console error, only local requests, Sarabun, no axe violation", { skip: everyKindElsewhere }, async () => {
  const checked = await checkKinds(origin, kinds, "");
  console.log(`axe: ${checked} page views (${kinds.length} kinds × ${viewports.length} sizes), 0 violations`);
});

test("OIT index: every evidence link of every assessment year leads to a page that is there", async () => {
  const context = await newContext();
  let followed = 0;
  try {
    const years = pages.filter((p) => /^oit\/\d{4}\/index\.html$/.test(p));
    assert.ok(years.length >= 2, `OIT year pages: ${years.join(", ")}`);
    for (const rel of years) {
      const { page, problems } = await open(context, `${origin}/${rel}`, `${origin}/`);
      assert.deepEqual(problems, [], rel);
      const links = await page.evaluate(() =>
        [...document.querySelectorAll(".oit-evidence a")].map((a) => a.href));
      await page.close();
      assert.ok(links.length > 0, `${rel} has evidence links`);
      for (const href of links) {
        // Outside services (Q&A, E-Service) are not fetched: the tests stay offline.
        if (!href.startsWith(`${origin}/`)) continue;
        // Fetched, not opened: a PDF or CSV would start a download in the browser.
        const response = await context.request.get(href);
        assert.equal(response.status(), 200, `${href} from ${rel}`);
        const hash = new URL(href).hash;
        if (hash)
          assert.ok((await response.text()).includes(`id="${hash.slice(1)}"`),
            `${href} from ${rel}: no element #${hash.slice(1)}`);
        followed++;
      }
    }
  } finally {
    await context.close();
  }
  console.log(`OIT: ${followed} evidence links followed`);
});

// A second organisation's portal (tests/fixtures/maechara, from 003): its ITA
// results and measures, and no plan, so its home page and menu have no plan.
const secondSite = process.env.PRONGSAI_SECOND_SITE;
test("a portal without a plan (003's ITA results): every page kind over HTTP and file://", async () => {
  assert.ok(secondSite, "PRONGSAI_SECOND_SITE names the second portal ctest built");
  const secondKinds = pageKinds(htmlPages(secondSite));
  const names = secondKinds.map((k) => k.kind);
  for (const kind of ["index.html", "reports/2565/ita.html", "reports/2566/measures.html"])
    assert.ok(names.includes(kind), `page kind ${kind} among ${names.join(", ")}`);
  assert.ok(!names.some((k) => k.startsWith("plan/")), names.join(", "));
  const second = await serve(secondSite);
  try {
    const checked = await checkKinds(second.origin, secondKinds, "noplan-");
    await checkKindsFromFiles(secondSite, secondKinds);
    console.log(`second portal: ${checked} page views over HTTP, ${secondKinds.length} kinds from file://, 0 violations`);
  } finally {
    second.server.close();
  }
});

// From the home page, by the menu alone (opening each group's disclosure as a
// reader would) and the lists of the pages' folders, every page of the
// organisation's own is reached; at a phone's width the menu stays within it.
test("the menu, walked at 390 px and 1366 px, reaches every page of pages/ and the people pages", async () => {
  const wanted = pages.filter((p) => p.startsWith("pages/") || p.startsWith("organisation/") ||
                                     p === "contact.html");
  for (const viewport of viewports) {
    const context = await newContext({ viewport });
    try {
      const seen = new Set();
      const queue = ["index.html"];
      while (queue.length) {
        const rel = queue.shift();
        if (seen.has(rel)) continue;
        seen.add(rel);
        const { page, problems } = await open(context, `${origin}/${rel}`, `${origin}/`);
        assert.deepEqual(problems, [], rel);
        // Every group opens with a click (no script), and its links are then visible.
        for (const summary of await page.locator(".site-nav summary").all()) {
          await summary.click();
          const box = await summary.boundingBox();
          assert.ok(box && box.x >= 0 && box.x + box.width <= viewport.width + 1,
                    `a menu group's name on ${rel} at ${viewport.name}px is within the screen`);
        }
        const links = await page.locator(".site-nav a:visible, .breadcrumbs a, main .page-list a").evaluateAll(
          (as) => as.map((a) => a.href));
        for (const href of links) {
          if (!href.startsWith(`${origin}/`)) continue;
          const target = new URL(href).pathname.slice(1);
          if (wanted.includes(target) || target === "index.html") queue.push(target);
        }
        await page.close();
      }
      const missed = wanted.filter((p) => !seen.has(p));
      assert.deepEqual(missed, [], `pages the menu does not reach at ${viewport.name}px`);
      console.log(`menu at ${viewport.name}px: ${wanted.length} pages reached`);
    } finally {
      await context.close();
    }
  }
});

test("every page kind from file://: no console error, no request outside the site folder", async () => {
  await checkKindsFromFiles(site, kinds);
});

// The rule the filter promises, worked out from the rows' data attributes alone.
function expected(rows, f) {
  const has = (list, word) => list.split(" ").includes(word);
  return rows.filter((r) => {
    if (f.dimension && r.dimension !== f.dimension) return false;
    if (f.year && !has(r.years, f.year)) return false;
    if (f.unit && r.unit !== f.unit) return false;
    if (f.budget) {
      const funded = f.year ? has(r.funded, f.year) : r.funded.length > 0;
      if ((f.budget === "with") !== funded) return false;
    }
    return true;
  }).length;
}

async function checkFilter(page, label) {
  const rows = await page.$$eval("tr.project", (trs) => trs.map((tr) => ({
    dimension: tr.closest("section.dimension").dataset.dimension,
    years: tr.dataset.years, funded: tr.dataset.funded, unit: tr.dataset.unit,
  })));
  assert.equal(rows.length, 49);
  const options = async (name) =>
    (await page.$$eval(`select[name=${name}] option`, (os) => os.map((o) => o.value))).filter(Boolean);
  const dims = await options("dimension"), years = await options("year"), units = await options("unit");
  assert.ok(dims.length >= 2 && years.length >= 2 && units.length >= 2);
  const cases = [{}];
  for (const dimension of dims) cases.push({ dimension });
  for (const year of years) cases.push({ year }, { year, budget: "with" }, { year, budget: "without" });
  for (const unit of units) cases.push({ unit });
  cases.push({ budget: "with" }, { budget: "without" },
             { dimension: dims[0], year: years[1], unit: units[0] },
             { dimension: dims[1], year: years[0], budget: "with" });
  let nonTrivial = 0;
  for (const f of cases) {
    for (const name of ["dimension", "year", "unit", "budget"])
      await page.selectOption(`select[name=${name}]`, f[name] ?? "");
    const want = expected(rows, f);
    const shown = await page.locator("tr.project").evaluateAll((trs) =>
      trs.filter((tr) => tr.getClientRects().length > 0).length);
    assert.equal(shown, want, `${label}: visible rows for ${JSON.stringify(f)}`);
    assert.equal(await page.textContent("#filter-status"), `แสดง ${want} จาก 49 รายการ`);
    if (want > 0 && want < 49) nonTrivial++;
  }
  assert.ok(nonTrivial > cases.length / 2, "most filters narrow the list");
}

test("the catalogue filter with JavaScript, over HTTP and from file://", async () => {
  const context = await newContext();
  try {
    const urls = [[`${origin}/plan/projects/index.html`, `${origin}/`],
                  [pathToFileURL(site).href + "/plan/projects/index.html", pathToFileURL(site).href + "/"]];
    for (const [url, prefix] of urls) {
      const { page, problems } = await open(context, url, prefix);
      assert.ok(await page.isVisible("#filters"), "the filter form shows once the script runs");
      await checkFilter(page, url);
      assert.deepEqual(problems, [], url);
      await page.close();
    }
  } finally {
    await context.close();
  }
});

test("without JavaScript all 49 projects are listed and linked in the catalogue", async () => {
  const context = await newContext({ javaScriptEnabled: false });
  try {
    const { page, problems } = await open(context, `${origin}/plan/projects/index.html`, `${origin}/`);
    assert.equal(await page.isVisible("#filters"), false, "no dead filter form without JavaScript");
    const links = await page.locator("tr.project a[href]").evaluateAll((as) =>
      as.filter((a) => a.getClientRects().length > 0).map((a) => new URL(a.href).pathname.replace(/^\//, "")));
    assert.equal(links.length, 49);
    assert.deepEqual([...links].sort(), [...projectPages].sort());
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test("print: A4 without navigation, header rows repeated, rows kept whole", async () => {
  const context = await newContext();
  try {
    for (const rel of ["plan/budget.html", projectPages[0]]) {
      const { page } = await open(context, `${origin}/${rel}`, `${origin}/`);
      await page.emulateMedia({ media: "print" });
      const styles = await page.evaluate(() => ({
        nav: getComputedStyle(document.querySelector(".site-nav")).display,
        crumbs: getComputedStyle(document.querySelector(".breadcrumbs")).display,
        thead: getComputedStyle(document.querySelector("thead")).display,
        row: getComputedStyle(document.querySelector("tbody tr")).breakInside,
      }));
      assert.deepEqual(styles, { nav: "none", crumbs: "none", thead: "table-header-group", row: "avoid" });
      const pdf = await page.pdf({ preferCSSPageSize: true });
      assert.ok(pdf.length > 1000);
      if (shots) fs.writeFileSync(path.join(shots, rel.replace(/[/.]/g, "-").replace(/-html$/, "") + ".pdf"), pdf);
      await page.close();
    }
  } finally {
    await context.close();
  }
});
