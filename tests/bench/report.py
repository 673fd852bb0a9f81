#!/usr/bin/env python3
"""The benchmark table and the target check, from run.sh's results.tsv.

Usage: report.py RESULTS_TSV

Each line of RESULTS_TSV is one timed run: pages, tool, wall s, user s,
system s, peak RSS KiB. Medians of wall, user and system time over the runs of
a (pages, tool) pair, and the largest peak memory of any of its runs; the
ratios divide prongsai's median by Hugo's and by the floor's at the same size
(for "prongsai no-change" and "prongsai one-edit", by Hugo's rebuild of the
same kind). User time is the program's own work; system time is mostly the
kernel creating and writing the output files, which on a virtual machine's
disk moves a lot from run to run (for every tool alike).
"""

import os
import statistics
import sys
from collections import defaultdict


def main():
    runs = defaultdict(list)
    order = []
    for line in open(sys.argv[1], encoding="utf-8"):
        size, tool, wall, user, system, kib = line.rstrip("\n").split("\t")
        key = (int(size), tool)
        if key not in runs:
            order.append(key)
        runs[key].append((float(wall), float(user), float(system), int(kib)))

    med = {}
    for key, rs in runs.items():
        med[key] = (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs),
                    statistics.median(r[2] for r in rs), max(r[3] for r in rs) / 1024, len(rs))

    def ratio(a, b):
        return f"{med[a][0] / med[b][0]:.2f}" if a in med and b in med else ""

    head = ("pages", "tool", "runs", "median wall s", "median user s", "median system s",
            "peak MiB", "prongsai/Hugo", "prongsai/floor")
    rows = []
    for key in sorted(order, key=lambda k: (k[0], order.index(k))):
        size, tool = key
        wall, user, system, mib, n = med[key]
        vs_hugo = vs_floor = ""
        if tool.startswith("prongsai"):
            kind = tool[len("prongsai"):]
            vs_hugo = ratio(key, (size, "hugo" + kind))
            vs_floor = ratio(key, (size, "floor"))
        rows.append((f"{size:,}", tool, str(n), f"{wall:.3f}", f"{user:.2f}", f"{system:.2f}",
                     f"{mib:,.0f}", vs_hugo, vs_floor))
    widths = [max(len(r[i]) for r in rows + [head]) for i in range(len(head))]
    print("| " + " | ".join(h.ljust(w) for h, w in zip(head, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths)) + " |")

    # The targets of issue 6.
    print()
    p10, h10, f10, p100 = (10000, "prongsai"), (10000, "hugo"), (10000, "floor"), (100000, "prongsai")

    def check(name, have, limit, digits=2):
        if have is None:
            print(f"  {name}: not measured")
        else:
            verdict = "met" if have <= limit else "NOT met"
            print(f"  {name}: {have:.{digits}f} (target <= {limit}) {verdict}")

    print("targets at 10,000 pages:")
    check("wall prongsai/Hugo", med[p10][0] / med[h10][0] if p10 in med and h10 in med else None, 0.5)
    check("wall prongsai/floor", med[p10][0] / med[f10][0] if p10 in med and f10 in med else None, 1.3)
    # Not a target: how much of the first one toml11 takes before anything is
    # rendered, on one core and on all (where the build runs), and what is left
    # once the kernel has written prongsai's files (its system time, on all cores).
    t10, tn10 = (10000, "toml floor"), (10000, "toml floor all cores")
    if t10 in med and h10 in med:
        print(f"  (toml11 alone, one core, / Hugo's wall: {med[t10][1] / med[h10][0]:.2f})")
    if tn10 in med and h10 in med and p10 in med:
        floor = med[tn10][0] + med[p10][2] / len(os.sched_getaffinity(0))
        print(f"  (toml11 alone, all {len(os.sched_getaffinity(0))} cores, / Hugo's wall: "
              f"{med[tn10][0] / med[h10][0]:.2f}; with prongsai's system time on them: "
              f"{floor / med[h10][0]:.2f}, {max(0.0, 0.5 * med[h10][0] - floor):.2f} s left "
              "for all else under the 0.5 target)")
    check("peak memory prongsai/Hugo",
          med[p10][3] / med[h10][3] if p10 in med and h10 in med else None, 0.25)
    check("wall 100,000 / 10,000 pages",
          med[p100][0] / med[p10][0] if p100 in med and p10 in med else None, 11)
    # "Memory not growing with all pages held at once": ten times the pages
    # may not take even twice the memory.
    check("peak memory 100,000 / 10,000 pages",
          med[p100][3] / med[p10][3] if p100 in med and p10 in med else None, 2)
    nc, oe = (10000, "prongsai no-change"), (10000, "prongsai one-edit")
    check("wall no-change rebuild / full build",
          med[nc][0] / med[p10][0] if nc in med and p10 in med else None, 0.1)
    check("wall one-edit rebuild, s", med[oe][0] if oe in med else None, 0.1, 3)


if __name__ == "__main__":
    main()
