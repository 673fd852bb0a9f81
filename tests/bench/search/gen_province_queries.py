#!/usr/bin/env python3
"""The query set of a province (tests/bench/gen_province.py's output), for compare.mjs.

Usage: gen_province_queries.py PROVINCE_DIR > queries-province.tsv

PROVINCE_DIR is gen_province.py's OUT_DIR/prongsai. The organisations are
copies of Tak Bai that differ in name, district and amounts, so a query that
must find one page among ~130 copies names what differs: for every seventh
organisation,
  - its name                           -> its home page;
  - a project's subject and its name   -> that organisation's project page;
  - a project's amount no other organisation's project has -> that page.
Python stdlib only; the same province always gives the same queries.
"""

import os
import re
import sys
import tomllib
from collections import defaultdict

SUBJECTS = {  # a project and words of its subject
    "08": "ขยะมูลฝอย",
    "42": "เรื่องราวร้องทุกข์",
    "21": "No Gift Policy",
}


def front(path):
    text = open(path, encoding="utf-8").read()
    m = re.match(r"\+\+\+\n(.*?)\n\+\+\+\n", text, re.S)
    return tomllib.loads(m.group(1))


def main():
    root = sys.argv[1]
    orgs = sorted(d for d in os.listdir(root) if d.startswith("org"))
    owners = defaultdict(set)  # amount -> {(org, project)}
    for org in orgs:
        pdir = os.path.join(root, org, "plan", "projects")
        for f in sorted(os.listdir(pdir)):
            if f.endswith(".md"):
                for amount in front(os.path.join(pdir, f)).get("budget", {}).values():
                    if amount:
                        owners[amount].add((org, f[:-3]))
    print("# query\tclass\texpected page (from the province's root)")
    for i, org in enumerate(orgs):
        if i % 7:
            continue
        with open(os.path.join(root, org, "site.toml"), "rb") as f:
            name = tomllib.load(f)["organisation"]["name"]
        print(f"{name}\torganisation's name\t{org}/index.html")
        number = sorted(SUBJECTS)[(i // 7) % len(SUBJECTS)]
        print(f"{SUBJECTS[number]} {name}\tsubject and organisation\t{org}/plan/projects/{number}.html")
        unique = sorted((a, p) for a, owned in owners.items() for (o, p) in owned
                        if o == org and len(owned) == 1)
        if unique:
            amount, project = unique[len(unique) // 2]
            print(f"{amount:,}\tamount\t{org}/plan/projects/{project}.html")


if __name__ == "__main__":
    main()
