#!/usr/bin/env bash
# Renders the application icon from switchboard.svg: hicolor PNGs (Linux), switchboard.ico
# (Windows, 16-256 px) and switchboard.icns (macOS). Debian tools: rsvg-convert (librsvg2-bin),
# convert (imagemagick), png2icns (icnsutils). The build calls it when they are present; the
# rendered files are committed too, so builds without those tools (Windows, macOS) use them.
# Usage: render-icons.sh OUTDIR
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/rendered}"
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" "$here/switchboard.svg" -o "$out/switchboard-$size.png"
done
convert "$out"/switchboard-{16,24,32,48,64,128,256}.png "$out/switchboard.ico"
# ICNS holds 16, 32, 48, 128, 256 and 512 px images (png2icns picks the type from the size).
png2icns "$out/switchboard.icns" "$out"/switchboard-{16,32,48,128,256,512}.png >/dev/null
