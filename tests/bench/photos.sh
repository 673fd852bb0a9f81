#!/usr/bin/env bash
# Photos in the 10,000-page province: the build without photos, the first
# build with PHOTOS_PER_ORG photos in every organisation (each photo encoded
# at every width as JPEG and WebP: images per second), and a rebuild after one
# page changed (every photo taken from the cache, none encoded again).
# Run by hand on a quiet machine:  tests/bench/photos.sh [PAGES] [PHOTOS_PER_ORG]
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
PAGES=${1:-10000}
PER_ORG=${2:-4}
WORK=${BENCH_DIR:-$repo/build/bench-photos}
rm -rf "$WORK" && mkdir -p "$WORK"
python3 tests/bench/gen_province.py "$PAGES" "$WORK/gen" --no-hugo > /dev/null
PROVINCE=$WORK/gen/prongsai
timed() { # label, then the command; prints "label: N s, M KiB"
    local label=$1; shift
    /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > /dev/null 2> "$WORK/err" || { cat "$WORK/err"; exit 1; }
    read -r seconds kib < "$WORK/time"
    echo "$label: $seconds s, $kib KiB"
    echo "$seconds"  > "$WORK/last"
}
timed "without photos" build/prongsai build "$PROVINCE" -o "$WORK/site0"
base=$(cat "$WORK/last")

# Photos: 1600×1200 PNGs, each different (so each is its own image), written
# with the standard library only.
python3 - "$PROVINCE" "$PER_ORG" <<'PY'
import os, struct, sys, zlib
root, per_org = sys.argv[1], int(sys.argv[2])
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
def pixels(seed, w=1600, h=1200):
    raw = bytearray()
    line = bytes(v for x in range(w) for v in ((x + seed * 13) % 256, (x * 3) % 256, seed * 40 % 256))
    for y in range(h):
        raw.append(0)
        raw.extend(line[(y * 3) % 48:] + line[:(y * 3) % 48])
    return chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(bytes(raw), 1))
bases = [pixels(k) for k in range(per_org)]
orgs = sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "site.toml")))
for n, org in enumerate(orgs):
    folder = os.path.join(root, org, "organisation", "photos")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(root, org, "organisation", "people.toml"), "a", encoding="utf-8") as out:
        for k in range(per_org):
            # A text chunk naming the organisation: every photo its own bytes,
            # so each is decoded and encoded (the cache is keyed by content).
            with open(os.path.join(folder, f"p{k}.png"), "wb") as f:
                f.write(b"\x89PNG\r\n\x1a\n" + bases[k] + chunk(b"tEXt", f"Comment\0{org}".encode())
                        + chunk(b"IEND", b""))
            out.write(f'\n[[people]]\nname = "ผู้ทดสอบ {n}-{k}"\nposition = "รองนายกเทศมนตรี"\n'
                      f'executive = true\nphoto = "photos/p{k}.png"\nphoto_alt = "ภาพทดสอบ {k}"\n')
print(len(orgs) * per_org, "photos", file=sys.stderr)
PY
timed "with photos, cold cache" build/prongsai build "$PROVINCE" -o "$WORK/site1"
cold=$(cat "$WORK/last")
first=$(ls -d "$PROVINCE"/*/ | head -1)
printf '\nแก้ไขหนึ่งบรรทัด\n' >> "$first/plan/projects/01.md" # the generated province has no pages/
timed "with photos, one page changed" build/prongsai build "$PROVINCE" -o "$WORK/site1"
images=$(find "$WORK/site1" -path '*/images/*' -type f | wc -l)
echo "published image files: $images (JPEG and WebP, every width, every organisation)"
python3 -c "import sys; b,c,n=map(float,sys.argv[1:]); print(f'photo cost: {c-b:.2f} s over the build without; {n/max(c-b,1e-9):.1f} image files/s')" "$base" "$cold" "$images"
