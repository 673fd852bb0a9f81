// Helpers for the browser tests: the site's pages, one page of each kind, and a tiny
// static HTTP server on the loopback interface.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { createRequire } from "node:module";

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

// axe-core's WCAG 2.1 A and AA rules on the page as it is now: one line per
// violation, naming up to three of its elements. Only violations are gathered
// (resultTypes): the rules run on every element all the same, but axe no longer
// builds a selector for each element that passed, which was a third of its
// time on the long pages, and nothing here reads them.
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, {
      runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
      resultTypes: ["violations"],
    }));
  return result.violations.map((v) =>
    `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

// Every .html file under `dir`, as sorted '/'-separated relative paths.
export function htmlPages(dir) {
  const out = [];
  const walk = (rel) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.name.endsWith(".html")) out.push(r);
    }
  };
  walk("");
  return out.sort();
}

// One page per kind, discovered from the site's shape so that new kinds are checked
// without editing the test: a folder's index.html is a kind of its own; a folder's
// other pages are one kind ("folder/*") when there are several alike (projects,
// announcements, …), each its own kind when alone (plan/budget.html).
export function pageKinds(pages) {
  const byFolder = new Map();
  for (const p of pages) {
    const folder = p.includes("/") ? p.slice(0, p.lastIndexOf("/")) : "";
    if (!byFolder.has(folder)) byFolder.set(folder, []);
    byFolder.get(folder).push(p);
  }
  const kinds = [];
  for (const [folder, files] of byFolder) {
    const others = files.filter((f) => !f.endsWith("/index.html") && f !== "index.html");
    for (const f of files)
      if (!others.includes(f)) kinds.push({ kind: f, page: f });
    // The site's root holds pages of different kinds (contact, search, site map, 404),
    // and so does a year's report folder (measures, progress, spending, survey, ITA…).
    const mixed = folder === "" || /(^|\/)reports\/\d{4}$/.test(folder);
    if (others.length > 2 && !mixed) kinds.push({ kind: (folder ? folder + "/" : "") + "*", page: others[0] });
    else for (const f of others) kinds.push({ kind: f, page: f });
  }
  return kinds;
}

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8", ".woff2": "font/woff2", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".pdf": "application/pdf", ".txt": "text/plain; charset=utf-8",
};

// Serves `dir` on 127.0.0.1 at a port the system picks; resolves to { server, origin }.
export function serve(dir) {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url, "http://x").pathname);
    const file = path.join(root, rel.endsWith("/") ? rel + "index.html" : rel);
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

// How the tests start Debian's chromium: no sandbox (they run as root), no
// background traffic to Google's hosts on a closed network, and no deadline a
// busy machine could miss.
export const chromiumOptions = {
  timeout: 300_000,
  executablePath: "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"],
};
