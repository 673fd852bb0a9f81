#!/usr/bin/env python3
"""A province (or a nation) of portals: many organisations, each a varied copy of Tak Bai.

Usage: gen_province.py N_PAGES OUT_DIR [--no-hugo]

This is the large case the issue names: a provincial office building every
organisation's portal in one run. It writes
  OUT_DIR/prongsai/orgNNNN/   one content folder per organisation (the bundled
                              content/, with its announcements and its small CSV
                              document): name, district and yearly amounts vary,
                              the plan's stated totals are rewritten to match;
                              about 75 pages each, so prongsai builds ~N_PAGES;
  OUT_DIR/hugo/content/       the same project and announcement bodies, byte
                              for byte, as Hugo content for tests/bench/hugo_site;
  OUT_DIR/bodies/bodies-NNNN.md  the same bodies again, 1,000 a file, for the
                              cmark-gfm floor.
Hugo renders fewer pages for the same Markdown (prongsai adds list, budget,
fiscal-year and print pages per organisation); the report shows both counts.

Python stdlib only; the same arguments always give byte-identical files.
"""

import argparse
import json
import os
import re
import shutil
import tomllib

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PAGES_PER_ORG = 75
BODIES_PER_FILE = 1000
DISTRICTS = ["เมืองนราธิวาส", "ตากใบ", "บาเจาะ", "ยี่งอ", "ระแงะ", "รือเสาะ", "ศรีสาคร", "แว้ง",
             "สุคิริน", "สุไหงโก-ลก", "สุไหงปาดี", "จะแนะ", "เจาะไอร้อง"]
TYPES = ["เทศบาลตำบล", "อบต.", "เทศบาลเมือง"]


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)  # a JSON string is a TOML basic string


def split(text):
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n(.*)\Z", text, re.S)
    return m.group(1), m.group(2)


def scale(amount, org):
    if amount == 0:
        return 0
    return max(1000, round(amount * (60 + (org * 7919) % 81) / 100 / 1000) * 1000)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pages", type=int)
    ap.add_argument("out")
    ap.add_argument("--no-hugo", action="store_true")
    args = ap.parse_args()
    src = os.path.join(REPO, "content")
    orgs = max(1, round(args.pages / PAGES_PER_ORG))
    shutil.rmtree(args.out, ignore_errors=True)
    hugo = os.path.join(args.out, "hugo", "content")
    for section in ("projects", "announcements"):
        os.makedirs(os.path.join(hugo, section), exist_ok=True)
    os.makedirs(os.path.join(args.out, "bodies"))
    projects = sorted(os.listdir(os.path.join(src, "plan", "projects")))
    announcements = sorted(os.listdir(os.path.join(src, "announcements")))
    plan_text = open(os.path.join(src, "plan", "plan.toml"), encoding="utf-8").read()
    site_text = open(os.path.join(src, "site.toml"), encoding="utf-8").read()
    bodies, written = None, 0

    def add_body(body):
        nonlocal bodies, written
        if written % BODIES_PER_FILE == 0:
            if bodies:
                bodies.close()
            bodies = open(os.path.join(args.out, "bodies", f"bodies-{written // BODIES_PER_FILE:04d}.md"),
                          "w", encoding="utf-8")
        bodies.write(body + "\n\n")
        written += 1

    for org in range(1, orgs + 1):
        name = f"org{org:04d}"
        dst = os.path.join(args.out, "prongsai", name)
        os.makedirs(os.path.join(dst, "plan", "projects"))
        shutil.copy(os.path.join(src, "plan", "intro.md"), os.path.join(dst, "plan"))
        shutil.copytree(os.path.join(src, "announcements"), os.path.join(dst, "announcements"))
        os.makedirs(os.path.join(dst, "documents"))
        shutil.copy(os.path.join(src, "documents", "eplannacc-2564.csv"), os.path.join(dst, "documents"))
        catalogue = open(os.path.join(src, "documents", "documents.toml"), encoding="utf-8").read()
        entry = catalogue[catalogue.index('[[documents]]\nfile = "eplannacc-2564.csv"'):]
        open(os.path.join(dst, "documents", "documents.toml"), "w", encoding="utf-8").write(entry)
        for a in announcements:  # the PDFs stay out: only the CSV is published
            p = os.path.join(dst, "announcements", a)
            text = open(p, encoding="utf-8").read()
            text = re.sub(r'(?m)^attachments = .*\n', "", text)
            open(p, "w", encoding="utf-8").write(text)
            if not args.no_hugo:
                fm, body = split(text)
                title = tomllib.loads(fm)["title"]
                with open(os.path.join(hugo, "announcements", f"{name}-{a}"), "w", encoding="utf-8") as f:
                    f.write(f"+++\ntitle = {toml_str(title)}\ndate = 2022-01-01T09:00:00+07:00\n+++\n{body}")
            add_body(split(text)[1])
        site = site_text.replace('name = "เทศบาลเมืองตากใบ"', f'name = "{TYPES[org % 3]}ตัวอย่าง {org}"')
        site = site.replace('type = "เทศบาลเมือง"', f'type = "{TYPES[org % 3]}"')
        site = site.replace('district = "ตากใบ"', f'district = "{DISTRICTS[org % len(DISTRICTS)]}"')
        open(os.path.join(dst, "site.toml"), "w", encoding="utf-8").write(site)

        totals, dim_totals = {}, {}
        for p in projects:
            fm, body = split(open(os.path.join(src, "plan", "projects", p), encoding="utf-8").read())
            data = tomllib.loads(fm)
            lines = fm.split("\n")
            out = []
            for line in lines:
                m = re.match(r"^(\d{4}) = (\d+)$", line)
                if m:
                    amount = scale(int(m.group(2)), org)
                    totals[m.group(1)] = totals.get(m.group(1), 0) + amount
                    key = (data["dimension"], m.group(1))
                    dim_totals[key] = dim_totals.get(key, 0) + amount
                    line = f"{m.group(1)} = {amount}"
                out.append(line)
            with open(os.path.join(dst, "plan", "projects", p), "w", encoding="utf-8") as f:
                f.write("+++\n" + "\n".join(out) + "\n+++\n" + body)
            add_body(body)
            if not args.no_hugo:
                with open(os.path.join(hugo, "projects", f"{name}-{p}"), "w", encoding="utf-8") as f:
                    f.write(f"+++\ntitle = {toml_str(data['title'])}\ndate = 2022-01-01T09:00:00+07:00\n"
                            f"department = {toml_str(data['unit'])}\nstatus = {toml_str(data['kind'])}\n+++\n{body}")
        # The plan states what its projects add up to, so the build warns of nothing.
        plan = re.sub(r"budget = \{[^}]*\}",
                      "budget = { " + ", ".join(f"{y} = {a}" for y, a in sorted(totals.items())) + " }",
                      plan_text, count=1)
        plan = re.sub(r"(?m)^stated_budget = .*\n", "", plan)
        open(os.path.join(dst, "plan", "plan.toml"), "w", encoding="utf-8").write(plan)
    bodies.close()
    print(f"{args.out}: {orgs} organisations, {written} bodies")


if __name__ == "__main__":
    main()
