#!/usr/bin/env python3
"""Field-by-field agreement of an imported content folder with a hand-made one.

    tests/tools/import_agreement.py [-v] [--by-title] IMPORTED LANDED

compares IMPORTED/plan/projects/*.md with LANDED/plan/projects/*.md by project
number (--by-title: by name, for a hand-made partial numbered its own way): the name (spaces and quotation marks aside), dimension, mission, each
year's budget (a year in either file counts once) and the responsible unit.
Prints one line of figures and, with -v, each disagreement.
"""
import pathlib
import re
import sys
import tomllib

THAI = str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789")


def front(path):
    text = path.read_text(encoding="utf-8")
    parts = text.split("+++")
    return tomllib.loads(parts[1].translate(THAI))


def number(v):
    return int(str(v).replace(",", "").translate(THAI))


def plain(s):
    return re.sub(r"[\s\"“”'‘’]", "", str(s).translate(THAI))


def projects(folder):
    out = {}
    for f in sorted((pathlib.Path(folder) / "plan" / "projects").glob("*.md")):
        fm = front(f)
        out[number(fm["number"])] = fm
    return out


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    imported, landed = projects(args[0]), projects(args[1])
    if "--by-title" in sys.argv:
        by_title = {plain(p["title"]): p for p in imported.values()}
        imported = {n: by_title[plain(p["title"])] for n, p in landed.items()
                    if plain(p["title"]) in by_title}
    counts = {k: [0, 0] for k in ("names", "dimension", "mission", "budgets", "unit")}

    def tally(field, ok, n, detail):
        counts[field][1] += 1
        counts[field][0] += ok
        if not ok and verbose:
            print(f"  {n:>3} {field}: {detail}")

    for n, want in sorted(landed.items()):
        got = imported.get(n)
        if got is None:
            for k in ("names", "dimension", "mission", "unit"):
                tally(k, False, n, "not imported")
            for y in want.get("budget", {}):
                tally("budgets", False, n, f"{y}: not imported")
            continue
        tally("names", plain(got["title"]) == plain(want["title"]), n,
              f"{got['title']!r} vs {want['title']!r}")
        tally("dimension", number(got["dimension"]) == number(want["dimension"]), n,
              f"{got['dimension']} vs {want['dimension']}")
        tally("mission", plain(got["mission"]) == plain(want["mission"]), n,
              f"{got['mission']} vs {want['mission']}")
        tally("unit", plain(got["unit"]) == plain(want["unit"]), n,
              f"{got['unit']!r} vs {want['unit']!r}")
        gb = {number(k): number(v) for k, v in got.get("budget", {}).items()}
        wb = {number(k): number(v) for k, v in want.get("budget", {}).items()}
        for y in sorted(set(gb) | set(wb)):
            tally("budgets", gb.get(y) == wb.get(y), n, f"{y}: {gb.get(y)} vs {wb.get(y)}")
    extra = [] if "--by-title" in sys.argv else sorted(set(imported) - set(landed))
    print(", ".join(f"{k} {a}/{b}" for k, (a, b) in counts.items()) +
          f"; projects imported {len(imported)}, hand-made {len(landed)}" +
          (f", imported only: {extra}" if extra else ""))


if __name__ == "__main__":
    main()
