#!/usr/bin/env python3
"""Large, deterministic benchmark content made from the real Tak Bai plan.

Usage: gen_content.py N_PAGES OUT_DIR [--content DIR] [--no-hugo]

Writes, for one size:
  OUT_DIR/prongsai/   a prongsai content folder: ONE plan holding N_PAGES - 4
                      projects (prongsai adds home, plan, budget, catalogue
                      and a few more pages, so it builds about N_PAGES pages,
                      in one process);
  OUT_DIR/hugo/content/  the same Markdown bodies as Hugo content for
                      tests/bench/hugo_site (same page count);
  OUT_DIR/bodies/bodies-NNNN.md  every body (the plan's introduction, then the
                      projects'), concatenated, 1,000 bodies a file, for the
                      cmark-gfm floor (one process a file: one file of all
                      10,000 bodies builds a 300 MB tree and gets slower per
                      byte, a cost prongsai, rendering page by page, never pays).

Project k (1-based) is a copy of real project ((k-1) % 49) + 1: same Markdown
body byte for byte, so all three tools render the same text prongsai renders
for Tak Bai. What varies, deterministically from k only: the title (a batch
suffix past the first 49), the yearly amounts (scaled, years without money or
not run kept as they are) and the place in the plan's tree (cycling through
every mission, so every dimension and mission gets projects). The plan's
stated totals are rewritten to match, so the build runs the stated-figure
checks and prints no warning.

Python stdlib only; the same arguments always give byte-identical files.
"""

import argparse
import json
import os
import re
import shutil
import sys
import tomllib

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIXED_PAGES = 4  # index, plan/index, plan/budget, plan/projects/index
BODIES_PER_FILE = 1000


def toml_str(s):
    # A JSON string (ensure_ascii off) is also a valid TOML basic string.
    return json.dumps(s, ensure_ascii=False)


def read_project(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n(.*)\Z", text, re.S)
    if not m:
        sys.exit(f"{path}: no +++ front matter")
    return tomllib.loads(m.group(1)), m.group(2)


def scale(amount, k):
    # 60 %–140 % of the original, rounded to 1,000 baht; 0 ("no budget") stays 0.
    if amount == 0:
        return 0
    factor = 60 + (k * 7919) % 81
    return max(1000, round(amount * factor / 100 / 1000) * 1000)


def missions_of(plan):
    out = []
    for d in plan["dimensions"]:
        for m in d["missions"]:
            out.append((d["number"], m["code"], [i["code"] for i in m.get("items", [])]))
    return out


def rewrite_stated(plan_text, n_projects, overall, by_dim, dim_counts):
    """The plan.toml text with its stated figures equal to the computed ones."""
    def budget_inline(totals):
        return "{ " + ", ".join(f"{y} = {a}" for y, a in sorted(totals.items())) + " }"

    out, section, dim = [], None, None
    for line in plan_text.splitlines():
        s = line.strip()
        if s.startswith("["):
            section = s
        if section == "[[dimensions]]" and s.startswith("number ="):
            dim = int(s.split("=")[1])
        if section == "[stated]" and s.startswith("projects ="):
            line = f"projects = {n_projects}"
        elif section == "[stated]" and s.startswith("budget ="):
            line = f"budget = {budget_inline(overall)}"
        elif section == "[[dimensions]]" and s.startswith("stated_projects ="):
            line = f"stated_projects = {dim_counts.get(dim, 0)}"
        elif section == "[[dimensions]]" and s.startswith("stated_budget ="):
            line = f"stated_budget = {budget_inline(by_dim.get(dim, {}))}"
        out.append(line)
    return "\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", type=int, help="pages prongsai should build (>= 5)")
    ap.add_argument("out", help="output folder (replaced)")
    ap.add_argument("--content", default=os.path.join(REPO, "content"),
                    help="the real content folder to copy from")
    ap.add_argument("--no-hugo", action="store_true",
                    help="prongsai content and bodies only (the 100,000-page case)")
    args = ap.parse_args()
    n = max(1, args.pages - FIXED_PAGES)

    src = args.content
    plan_text = open(os.path.join(src, "plan", "plan.toml"), encoding="utf-8").read()
    plan = tomllib.loads(plan_text)
    tree = missions_of(plan)
    proj_dir = os.path.join(src, "plan", "projects")
    sources = [read_project(os.path.join(proj_dir, f))
               for f in sorted(os.listdir(proj_dir)) if f.endswith(".md")]
    sources.sort(key=lambda p: p[0]["number"])
    intro = open(os.path.join(src, "plan", "intro.md"), encoding="utf-8").read()

    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    pdir = os.path.join(args.out, "prongsai")
    os.makedirs(os.path.join(pdir, "plan", "projects"))
    shutil.copy(os.path.join(src, "site.toml"), pdir)
    shutil.copy(os.path.join(src, "plan", "intro.md"), os.path.join(pdir, "plan"))
    hdir = os.path.join(args.out, "hugo", "content")
    if not args.no_hugo:
        # Hugo pages: home + 2 section lists + intro + the projects = N_PAGES,
        # the same count and the same Markdown as the prongsai build.
        os.makedirs(os.path.join(hdir, "projects"))
        os.makedirs(os.path.join(hdir, "plan"))
        for sec, title in (("projects", "โครงการทั้งหมด"), ("plan", plan["title"])):
            with open(os.path.join(hdir, sec, "_index.md"), "w", encoding="utf-8") as f:
                f.write(f"+++\ntitle = {toml_str(title)}\n+++\n")
        with open(os.path.join(hdir, "plan", "intro.md"), "w", encoding="utf-8") as f:
            f.write(f"+++\ntitle = \"บทนำ\"\ndate = 2022-07-05T09:00:00+07:00\n+++\n{intro}")
    os.makedirs(os.path.join(args.out, "bodies"))
    bodies, md_bytes = None, len(intro.encode())

    width = max(5, len(str(n)))
    overall, by_dim, dim_counts = {}, {}, {}
    for k in range(1, n + 1):
        fm, body = sources[(k - 1) % len(sources)]
        batch = (k - 1) // len(sources)
        dim, mission, items = tree[(k - 1) % len(tree)]
        item = [items[(k - 1) // len(tree) % len(items)]] if items else []
        title = fm["title"] if batch == 0 else f"{fm['title']} (ชุดที่ {batch + 1})"
        budget = {int(y): scale(a, k) for y, a in fm["budget"].items()}
        dim_counts[dim] = dim_counts.get(dim, 0) + 1
        for y, a in budget.items():
            overall[y] = overall.get(y, 0) + a
            by_dim.setdefault(dim, {})
            by_dim[dim][y] = by_dim[dim].get(y, 0) + a

        lines = ["+++", f"number = {k}", f"dimension = {dim}", f"mission = {toml_str(mission)}",
                 "items = [" + ", ".join(toml_str(i) for i in item) + "]",
                 f"kind = {toml_str(fm['kind'])}", f"title = {toml_str(title)}",
                 f"unit = {toml_str(fm['unit'])}",
                 f"target_group = {toml_str(fm['target_group'])}",
                 f"period = {toml_str(fm['period'])}", "", "[budget]"]
        lines += [f"{y} = {a}" for y, a in sorted(budget.items())]
        lines += ["+++", ""]
        name = f"{k:0{width}d}.md"
        with open(os.path.join(pdir, "plan", "projects", name), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + body)
        if (k - 1) % BODIES_PER_FILE == 0:
            if bodies:
                bodies.close()
            name_b = f"bodies-{(k - 1) // BODIES_PER_FILE:04d}.md"
            bodies = open(os.path.join(args.out, "bodies", name_b), "w", encoding="utf-8")
            if k == 1:
                bodies.write(intro + "\n\n")
        bodies.write(body + "\n\n")
        md_bytes += len(body.encode())

        if not args.no_hugo:
            # The fields hugo_site's single.html shows, taken from the project.
            first_year = min(budget) if budget else plan["first_year"]
            hfm = ["+++", f"title = {toml_str(title)}",
                   f"date = 2022-{1 + k % 12:02d}-{1 + k % 28:02d}T09:00:00+07:00",
                   f"project_id = \"{k}\"", f"department = {toml_str(fm['unit'])}",
                   f"fiscal_year = {first_year}", f"budget = {sum(budget.values())}",
                   f"status = {toml_str(fm['kind'])}", f"district = {toml_str(mission)}",
                   "+++", ""]
            with open(os.path.join(hdir, "projects", name), "w", encoding="utf-8") as f:
                f.write("\n".join(hfm) + body)
    bodies.close()

    with open(os.path.join(pdir, "plan", "plan.toml"), "w", encoding="utf-8") as f:
        f.write(rewrite_stated(plan_text, n, overall, by_dim, dim_counts))
    print(f"{args.out}: {n} projects, {md_bytes / 1e6:.1f} MB of Markdown", file=sys.stderr)


if __name__ == "__main__":
    main()
