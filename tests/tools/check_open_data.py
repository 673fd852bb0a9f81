#!/usr/bin/env python3
"""Checks a built site's open data (data/) against itself and its pages.

  check_open_data.py SITE

- every data/*.csv: UTF-8 with a BOM, every line break CRLF (inside quoted cells
  too), parsed with the csv module; its JSON twin parsed with json holds the same
  rows, numbers as numbers;
- data/datapackage.json against the Frictionless Data Package and Table Schema
  rules (the ones of the published JSON Schemas that apply): names, paths, field
  types, values that cast to them, primary keys unique, foreign keys resolved;
- the tables against the pages that show them: projects and budget (plan/budget.html),
  targets and risks (plan/index.html), documents (documents/index.html),
  announcements (announcements/index.html) and every yearly report table.
Prints each problem and exits 1 if there is one.
"""
import csv
import io
import json
import os
import re
import sys
from html.parser import HTMLParser

site = sys.argv[1]
data = os.path.join(site, "data")
problems = []


def problem(text):
    problems.append(text)


class Tables(HTMLParser):
    """Every <table>: its id, class, caption and rows of (text, attributes) cells."""

    def __init__(self):
        super().__init__()
        self.tables, self.stack, self.cell, self.skip = [], [], None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "table":
            self.stack.append({"id": a.get("id"), "class": a.get("class", ""), "caption": "",
                               "rows": [], "in_caption": False})
        elif not self.stack:
            return
        elif tag == "caption":
            self.stack[-1]["in_caption"] = True
        elif tag == "tr":
            self.stack[-1]["rows"].append({"class": a.get("class", ""), "cells": []})
        elif tag in ("td", "th"):
            self.cell = {"text": "", "attrs": a, "values": []}
        elif tag == "li" and self.cell is not None and "value" in a:
            self.cell["values"].append(a["value"])
        elif tag == "sup":
            self.skip += 1
        elif tag == "br" and self.cell is not None:
            self.cell["text"] += "\n"

    def handle_endtag(self, tag):
        if not self.stack:
            return
        if tag == "table":
            self.tables.append(self.stack.pop())
        elif tag == "caption":
            self.stack[-1]["in_caption"] = False
        elif tag in ("td", "th") and self.cell is not None:
            rows = self.stack[-1]["rows"]
            if rows:
                rows[-1]["cells"].append(self.cell)
            self.cell = None
        elif tag == "sup":
            self.skip -= 1

    def handle_data(self, text):
        if not self.stack or self.skip:
            return
        if self.stack[-1]["in_caption"]:
            self.stack[-1]["caption"] += text
        elif self.cell is not None:
            self.cell["text"] += text


def tables_of(page):
    parser = Tables()
    with open(os.path.join(site, page), encoding="utf-8") as f:
        parser.feed(f.read())
    return parser.tables


def table(page, caption_start=None, cls=None):
    for t in tables_of(page):
        if (caption_start and t["caption"].strip().startswith(caption_start)) or \
           (cls and cls in t["class"].split()):
            return t
    problem(f"{page}: no table {caption_start or cls}")
    return {"rows": []}


def read_csv(name):
    raw = open(os.path.join(data, name + ".csv"), "rb").read()
    if not raw.startswith(b"\xef\xbb\xbf"):
        problem(f"{name}.csv: no UTF-8 byte-order mark")
    if re.search(rb"[^\r]\n", raw) or re.search(rb"\r[^\n]", raw):
        problem(f"{name}.csv: a line break that is not CRLF")
    if not raw.endswith(b"\r\n"):
        problem(f"{name}.csv: the last record does not end with CRLF")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    return rows[0], rows[1:]


def amount(text):
    """A page's amount as the CSV writes it: '10,000' → '10000', not run → ''."""
    text = text.strip()
    if text in ("–", "-", ""):
        return ""
    if text == "ไม่ใช้งบประมาณ":
        return "0"
    value = text.replace(",", "")
    return value[:-3] if value.endswith(".00") else value


def squash(text):
    return re.sub(r"\s+", "", text)


# A site may show Thai digits ([site] digits = "thai"); its data keeps Arabic ones.
ARABIC = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


# ---- the data package ------------------------------------------------------
package = json.load(open(os.path.join(data, "datapackage.json"), encoding="utf-8"))
name_re = re.compile(r"^([-a-z0-9._/])+$")
types = {"string", "number", "integer", "boolean", "object", "array", "date", "time",
         "datetime", "year", "yearmonth", "duration", "geopoint", "geojson", "any"}
if package.get("profile") != "tabular-data-package":
    problem("datapackage.json: profile is not tabular-data-package")
if not name_re.match(package.get("name", "")):
    problem("datapackage.json: name must be lower-case letters, digits and - . _ /")
for key in ("licenses", "sources", "contributors"):
    for entry in package.get(key, []):
        if not (entry.get("name") or entry.get("path") or entry.get("title")):
            problem(f"datapackage.json: an entry of {key} has neither name, path nor title")
resources = package.get("resources", [])
if not resources:
    problem("datapackage.json: no resources")
by_name = {}
for r in resources:
    name = r.get("name", "")
    if not name_re.match(name):
        problem(f"datapackage.json: resource name {name!r} is not a valid name")
    if name in by_name:
        problem(f"datapackage.json: resource {name} twice")
    by_name[name] = r
    path = r.get("path", "")
    if path.startswith("/") or ".." in path.split("/") or re.match(r"^\w+://", path):
        problem(f"{name}: path {path!r} must be relative, below the package")
    if r.get("profile") != "tabular-data-resource" or "schema" not in r:
        problem(f"{name}: not a tabular data resource with a schema")
        continue
    fields = r["schema"].get("fields", [])
    for f in fields:
        if not f.get("name") or f.get("type", "string") not in types:
            problem(f"{name}: field {f} has no name or an unknown type")
    header, rows = read_csv(name)
    names = [f["name"] for f in fields]
    if header != names:
        problem(f"{name}.csv: header {header} is not the schema's fields {names}")
    for row in rows:
        if len(row) != len(names):
            problem(f"{name}.csv: a row of {len(row)} fields, not {len(names)}")
        for f, value in zip(fields, row):
            if value == "":
                continue
            if f["type"] == "integer" and not re.fullmatch(r"-?\d+", value):
                problem(f"{name}.csv: {f['name']} = {value!r} is not an integer")
            if f["type"] == "number" and not re.fullmatch(r"-?\d+(\.\d+)?", value):
                problem(f"{name}.csv: {f['name']} = {value!r} is not a number")
    pk = r["schema"].get("primaryKey", [])
    if isinstance(pk, str):
        pk = [pk]
    for k in pk:
        if k not in names:
            problem(f"{name}: primary key {k} is not a field")
    if pk and all(k in names for k in pk):
        keys = [tuple(row[names.index(k)] for k in pk) for row in rows]
        if len(set(keys)) != len(keys):
            problem(f"{name}: primary key {pk} is not unique")
    # The JSON twin: the same rows, by field name, numbers as numbers.
    records = json.load(open(os.path.join(data, name + ".json"), encoding="utf-8"))
    if len(records) != len(rows):
        problem(f"{name}.json: {len(records)} records, the CSV {len(rows)} rows")
    for record, row in zip(records, rows):
        if list(record.keys()) != names:
            problem(f"{name}.json: keys {list(record.keys())} are not {names}")
            break
        for f, value in zip(fields, row):
            got = record[f["name"]]
            if value == "":
                ok = got is None or got == ""
            elif f["type"] in ("integer", "number"):
                ok = isinstance(got, (int, float)) and float(value) == float(got)
            else:  # a line break inside a CSV cell is CRLF; the value holds LF
                ok = got == value.replace("\r\n", "\n")
            if not ok:
                problem(f"{name}.json: {f['name']} is {got!r}, the CSV has {value!r}")

for r in resources:
    for fk in r.get("schema", {}).get("foreignKeys", []):
        target = by_name.get(fk["reference"]["resource"])
        if not target:
            problem(f"{r['name']}: foreign key to unknown resource {fk['reference']}")
            continue
        h, rows = read_csv(r["name"])
        th, trows = read_csv(target["name"])
        ref = fk["reference"]["fields"]
        values = {row[th.index(ref)] for row in trows}
        for row in rows:
            v = row[h.index(fk["fields"])]
            if v and v not in values:
                problem(f"{r['name']}: {fk['fields']} = {v} has no row in {target['name']}")

# ---- the tables against their pages ------------------------------------------
# A portal without a plan has no plan pages, and so no plan tables.
plan_tables = {"projects", "dimensions", "missions", "budget", "targets", "risks"}
if not plan_tables & set(by_name) and os.path.exists(os.path.join(site, "plan")):
    problem("the site has plan pages but the data package has no plan tables")
if plan_tables & set(by_name):
    header, rows = read_csv("projects")
    years = [h[len("budget_"):] for h in header if re.fullmatch(r"budget_\d{4}", h)]
    page_rows = [r for r in table("plan/budget.html", cls="by-project")["rows"]
                 if r["cells"] and r["cells"][0]["text"].strip().isdigit()]
    if len(page_rows) != len(rows):
        problem(f"projects: {len(rows)} rows, the budget page {len(page_rows)}")
    for pr, row in zip(page_rows, rows):
        cells = [c["text"] for c in pr["cells"]]
        want = [row[0], row[4]] + [row[header.index("budget_" + y)] for y in years]
        got = [cells[0].strip(), cells[1].strip()] + [amount(c) for c in cells[2:]]
        if want != got:
            problem(f"projects: row {row[0]} is {want}, the page shows {got}")

    header, rows = read_csv("budget")
    for pr in table("plan/budget.html", caption_start="งบประมาณ (บาท) แยกตามมิติ")["rows"][1:]:
        cells = [c["text"] for c in pr["cells"]]
        m = re.match(r"มิติที่ (\d+)", cells[0])
        if not m:
            continue
        want = [row[2] for row in rows if row[0] == m.group(1)]
        got = [amount(c) or "0" for c in cells[2:]]
        if want != got:
            problem(f"budget: dimension {m.group(1)} is {want}, the page shows {got}")

    header, rows = read_csv("targets")
    page_rows = table("plan/index.html", caption_start="ค่าเป้าหมายรายปี")["rows"][1:]
    got = [[c["text"].strip() for c in r["cells"]] for r in page_rows]
    want = [[row[0], row[1], row[2]] for row in rows]
    if got != want:
        problem(f"targets: {want}, the page shows {got}")

    header, rows = read_csv("risks")
    page_rows = table("plan/index.html", caption_start="ขั้นตอนการดำเนินงาน")["rows"][1:]
    got = [squash(r["cells"][1]["text"]) for r in page_rows]
    want = [squash(row[1]) for row in rows]
    if got != want:
        problem(f"risks: steps {want}, the page shows {got}")
    # The level cell lists a level a risk where the row has them; the measures
    # keep the document's numbers (<li value>).
    got = [squash(r["cells"][3]["text"]) for r in page_rows]
    want = [squash(row[4] or row[3]) for row in rows]
    if got != want:
        problem(f"risks: levels {want}, the page shows {got}")
    got = [r["cells"][4]["values"] for r in page_rows]
    want = [row[6].splitlines() for row in rows]
    if got != want:
        problem(f"risks: measure numbers {want}, the page shows {got}")

header, rows = read_csv("documents")
page_rows = [r for t in tables_of("documents/index.html") if "documents" in t["class"].split()
             for r in t["rows"][1:]]
got = sorted((r["cells"][2]["attrs"].get("data-bytes", "").replace(",", ""),
              r["cells"][4]["text"].strip())
             for r in page_rows)
want = sorted((row[5], row[6]) for row in rows)
if got != want:
    problem(f"documents: (size, SHA-256) {want}, the page shows {got}")

header, rows = read_csv("announcements")
listed = open(os.path.join(site, "announcements/index.html"), encoding="utf-8").read()
for row in rows:
    if f'href="../{row[6]}">' not in listed or row[3].replace('"', "&quot;") not in listed:
        problem(f"announcements: {row[0]} is not on the list page as in the data")

for r in resources:
    m = re.fullmatch(r"report-(\d{4})-(.+)", r["name"])
    if not m:
        continue
    year, table_id = m.groups()
    page_table = None
    folder = os.path.join(site, "reports", year)
    for page in sorted(os.listdir(folder)):
        if page.endswith(".html"):
            for t in tables_of(os.path.join("reports", year, page)):
                if t["id"] == table_id:
                    page_table = t
    if page_table is None:
        problem(f"{r['name']}: no table #{table_id} on the pages of reports/{year}/")
        continue
    header, rows = read_csv(r["name"])
    got = [squash("".join(c["text"] for c in row["cells"])).translate(ARABIC)
           for row in page_table["rows"][1:]]
    want = [squash("".join(row)).translate(ARABIC) for row in rows]
    if got != want:
        problem(f"{r['name']}: rows differ from the page's table #{table_id}: "
                f"{[(w, g) for w, g in zip(want, got) if w != g][:2]}")

for p in problems:
    print(p)
print(f"{len(resources)} tables checked, {len(problems)} problem(s)")
sys.exit(1 if problems else 0)
