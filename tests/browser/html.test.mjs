// Every generated page through the Nu HTML Checker (vnu-jar, run with Debian's Java):
// zero errors. PRONGSAI_SITE is the folder ctest built.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { htmlPages } from "./site.mjs";

const require = createRequire(import.meta.url);
const site = path.resolve(process.env.PRONGSAI_SITE ?? "site");

test("the Nu HTML Checker finds no error on any page", () => {
  const pages = htmlPages(site);
  assert.ok(pages.length >= 53, `${pages.length} pages`);
  const jar = path.join(path.dirname(require.resolve("vnu-jar/package.json")), "build/dist/vnu.jar");
  // The second portal (tests/fixtures/maechara: ITA results, no plan) too.
  const second = process.env.PRONGSAI_SECOND_SITE;
  assert.ok(second, "PRONGSAI_SECOND_SITE names the second portal ctest built");
  const run = spawnSync("java", ["-jar", jar, "--errors-only", "--skip-non-html", site, second],
                        { encoding: "utf8" });
  assert.equal(run.error, undefined);
  assert.equal(run.stderr + run.stdout, "", "vnu's messages");
  assert.equal(run.status, 0);
  console.log(`vnu: ${pages.length} + ${htmlPages(second).length} pages, 0 errors`);
});
