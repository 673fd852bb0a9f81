#!/usr/bin/env bash
# Side-by-side benchmark: prongsai against Hugo and against the cmark-gfm floor
# (the bare cost of rendering the same Markdown). Run by hand, never by CI:
# it takes tens of minutes and its numbers only mean something on a quiet machine.
#
#   tests/bench/run.sh            # 1,000 and 10,000 pages (both tools), 100,000 (prongsai)
#
# Environment:
#   BENCH_RUNS=5        timed runs per tool and size (the median is reported)
#   BENCH_RUNS_100K=3   timed runs at 100,000 pages
#   BENCH_SKIP_100K=1   skip the 100,000-page case
#   BENCH_SIZES="1000 10000"   the sizes built by both tools
#   BENCH_DIR=build/bench      work folder (build/ is git-ignored)
#   BENCH_HUGO_SITE=tests/bench/hugo_site   the Hugo layout to copy (the issue's, shared/bench/hugo_site)
#   BENCH_SHAPE=province   province: many organisations of ~75 pages each, built in one
#                          run (the issue's large case, gen_province.py); plan: one plan
#                          holding every project (a stress case, gen_content.py)
#
# Absolute times drift between machines and with whatever else runs: compare
# the ratios, which come from runs alternated within this one invocation.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD

RUNS=${BENCH_RUNS:-5}
RUNS_100K=${BENCH_RUNS_100K:-3}
SIZES=${BENCH_SIZES:-"1000 10000"}
WORK=${BENCH_DIR:-$repo/build/bench}
HUGO_SITE_SRC=${BENCH_HUGO_SITE:-$repo/tests/bench/hugo_site}
if [ ! -f "$HUGO_SITE_SRC/hugo.toml" ]; then
    echo "run.sh: no Hugo site at $HUGO_SITE_SRC (set BENCH_HUGO_SITE to a folder with hugo.toml)" >&2
    exit 1
fi
SHAPE=${BENCH_SHAPE:-province}
if [ "$SHAPE" = province ]; then GEN=gen_province.py; else GEN=gen_content.py; fi

# --- tools -------------------------------------------------------------------
tests/tools/apt_install_missing.sh hugo cmark-gfm time

./build.sh --no-site > /dev/null
cmake --build build --target toml_floor > /dev/null

mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
# Snapshots: other people rebuild build/prongsai and edit themes/ while this
# runs for half an hour; every run must time the same program and templates.
# With the binary in $WORK/bin, prongsai finds its theme in $WORK/themes
# (the program's folder/../themes) as long as the current folder has no themes/.
rm -rf "$WORK/bin" "$WORK/themes" "$WORK/hugo_site"
mkdir -p "$WORK/bin"
cp build/prongsai build/tests/toml_floor "$WORK/bin/"
cp -r themes "$WORK/themes"
# Hugo writes resources/ and a lock file into its source folder: use a copy.
cp -r "$HUGO_SITE_SRC" "$WORK/hugo_site"
chmod -R u+w "$WORK/hugo_site"
PRONGSAI=$WORK/bin/prongsai
cd "$WORK"

RESULTS=$WORK/results.tsv # size, tool, wall s, user s, system s, peak KiB — one line per timed run
: > "$RESULTS"

# Runs a command under /usr/bin/time -v and appends one result line. `sync`
# first, so that no run pays for writing back the previous run's dirty pages.
measure() { # SIZE TOOL COMMAND...
    local size=$1 tool=$2
    shift 2
    sync
    local t0 t1
    t0=$EPOCHREALTIME
    /usr/bin/time -v -o "$WORK/time.txt" "$@" > "$WORK/cmd.out" 2> "$WORK/cmd.err" || {
        echo "FAILED: $*" >&2
        cat "$WORK/cmd.err" >&2
        exit 1
    }
    t1=$EPOCHREALTIME
    # Wall from the shell's microsecond clock (time -v rounds to 10 ms);
    # peak RSS and CPU (user and system apart) from time -v.
    awk -v size="$size" -v tool="$tool" -v t0="$t0" -v t1="$t1" -F': ' '
        /User time/ {u = $2} /System time/ {s = $2}
        /Maximum resident set size/ {m = $2}
        END {printf "%s\t%s\t%.3f\t%.2f\t%.2f\t%d\n", size, tool, t1 - t0, u, s, m}' \
        "$WORK/time.txt" >> "$RESULTS"
}

# Full builds start from nothing: the output folder and prongsai's record of
# its last build (beside it) are removed first, untimed.
prongsai_full() { # SIZE OUT CONTENT
    rm -rf "$2" "$2".prongsai-new* "$(dirname "$2")/.prongsai-cache"
    measure "$1" prongsai "$PRONGSAI" build "$3" -o "$2"
}
hugo_full() { # SIZE OUT CONTENT (absolute: Hugo resolves it against --source)
    rm -rf "$2"
    measure "$1" hugo hugo --quiet --source "$WORK/hugo_site" --contentDir "$3" --destination "$2"
}
# The floor: the same Markdown through cmark-gfm alone, one process per file
# of 1,000 bodies (see gen_content.py for why not one file). One core, no
# templates, no files written: what no generator can beat on one core. The
# peak memory time -v reports is that of the largest process.
floor() { # SIZE BODIES_DIR
    measure "$1" floor bash -c 'for f in "$0"/bodies-*.md; do cmark-gfm -e table "$f" > /dev/null; done' "$2"
}

# The TOML floor: every TOML file and front matter of the same content through
# toml11 alone (toml_floor.cpp), on one core and on all of them, as prongsai's
# build uses them; the part of prongsai's work that its TOML library sets,
# whatever the rest of the program does.
toml_floor() { # SIZE CONTENT
    measure "$1" "toml floor" "$WORK/bin/toml_floor" "$2"
    measure "$1" "toml floor all cores" "$WORK/bin/toml_floor" -j "$(nproc)" "$2"
}

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg) at start"
echo "hugo: $(hugo version | cut -d' ' -f1-2); cmark-gfm: $(cmark-gfm --version | head -1)"

for size in $SIZES; do
    echo "== $size pages: generating content"
    python3 "$repo/tests/bench/$GEN" "$size" "c$size"
    # One untimed build each, to warm the page cache and check that all work.
    "$PRONGSAI" build "c$size/prongsai" -o "p$size" > /dev/null
    hugo --quiet --source "$WORK/hugo_site" --contentDir "$WORK/c$size/hugo/content" --destination "$WORK/h$size"
    for out in "p$size" "$WORK/h$size"; do
        echo "   $(basename "$out"): $(find "$out" -name '*.html' | wc -l) pages," \
            "$(find "$out" -type f | wc -l) files, $(du -sm "$out" | cut -f1) MB"
    done
    for ((r = 1; r <= RUNS; r++)); do
        echo "   run $r/$RUNS"
        hugo_full "$size" "$WORK/h$size" "$WORK/c$size/hugo/content"
        prongsai_full "$size" "p$size" "c$size/prongsai"
        floor "$size" "c$size/bodies"
        toml_floor "$size" "c$size/prongsai"
    done
done

# Rebuilds at 10,000 pages: Hugo (without `hugo server`) does the whole work
# again; prongsai reuses every page whose inputs did not change (its cache sits
# beside the output folder). The edit appends a line to one project's body.
if [[ " $SIZES " == *" 10000 "* ]]; then
    echo "== 10000 pages: rebuilds"
    if [ "$SHAPE" = province ]; then
        edited=org0050/plan/projects/07.md hugo_edited=org0050-07.md
    else
        edited=plan/projects/$(ls c10000/prongsai/plan/projects | sed -n 500p)
        hugo_edited=$(basename "$edited")
    fi
    for ((r = 1; r <= RUNS; r++)); do
        echo "   run $r/$RUNS"
        measure 10000 "hugo no-change" hugo --quiet --source "$WORK/hugo_site" \
            --contentDir "$WORK/c10000/hugo/content" --destination "$WORK/h10000"
        measure 10000 "prongsai no-change" "$PRONGSAI" build c10000/prongsai -o p10000
        echo "แก้ไขครั้งที่ $r" >> "c10000/prongsai/$edited"
        echo "แก้ไขครั้งที่ $r" >> "c10000/hugo/content/projects/$hugo_edited"
        measure 10000 "hugo one-edit" hugo --quiet --source "$WORK/hugo_site" \
            --contentDir "$WORK/c10000/hugo/content" --destination "$WORK/h10000"
        measure 10000 "prongsai one-edit" "$PRONGSAI" build c10000/prongsai -o p10000
    done
fi

if [ -z "${BENCH_SKIP_100K:-}" ]; then
    echo "== 100000 pages (prongsai and floor only)"
    python3 "$repo/tests/bench/$GEN" 100000 c100000 --no-hugo
    for ((r = 1; r <= RUNS_100K; r++)); do
        echo "   run $r/$RUNS_100K"
        prongsai_full 100000 p100000 c100000/prongsai
        floor 100000 c100000/bodies
    done
    rm -rf p100000 c100000 # 2 GB of files
fi

echo "machine load $(cut -d' ' -f1-3 /proc/loadavg) at end; every run: $RESULTS"
echo
python3 "$repo/tests/bench/report.py" "$RESULTS"
