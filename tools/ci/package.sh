#!/usr/bin/env bash
# Packages of `tools/sb.sh test` (after the Release build): the .deb from CPack checked by lintian,
# desktop-file-validate and appstreamcli, then installed into a clean Debian 12 root made by
# debootstrap, where switchboard-cli --version, switchboard-cli devices and the GUI (offscreen)
# must start; and the NSIS installer script compiled by Debian's makensis (its payload is the
# Linux build: what this checks is the script, not a Windows installer).
# Usage: tools/ci/package.sh BUILD_DIR. SB_PACKAGE_CHROOT=0 skips the Debian 12 root (offline).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
build="${1:-build/release}"
bash tools/install-deps.sh packaging
t0=$(date +%s)
out="$build/packages"
rm -rf "$out" && mkdir -p "$out"

echo "-- cpack DEB"
(cd "$build" && cpack -G DEB -B "$PWD/packages" >/dev/null)
deb="$(ls "$out"/switchboard_*.deb)"
dpkg-deb -I "$deb" | sed -n '/Package:/,$p'

echo "-- lintian"
# Errors and warnings fail; the few tags that do not apply are overridden in
# packaging/linux/lintian-overrides, each with its reason.
lintian --fail-on error,warning --display-info "$deb"

echo "-- desktop-file-validate, appstreamcli validate"
root="$out/root"
dpkg-deb -x "$deb" "$root"
desktop-file-validate "$root"/usr/share/applications/*.desktop
# --no-net: CI does not fetch the screenshot URLs (they point to the published repository).
appstreamcli validate --no-net --pedantic "$root"/usr/share/metainfo/*.metainfo.xml
for size in 16 24 32 48 64 128 256 512; do
  test -f "$root/usr/share/icons/hicolor/${size}x${size}/apps/switchboard.png"
done
file "$root/usr/bin/switchboard" "$root/usr/bin/switchboard-cli" | grep -q "stripped" 
! file "$root/usr/bin/switchboard" "$root/usr/bin/switchboard-cli" | grep -q "not stripped"
t1=$(date +%s)

echo "-- NSIS script with makensis"
(cd "$build" && cpack -G NSIS -B "$PWD/packages/nsis" >/dev/null)
ls "$out"/nsis/*.exe >/dev/null
t2=$(date +%s)

if [ "${SB_PACKAGE_CHROOT:-1}" != "0" ]; then
  echo "-- install into a clean Debian 12 root"
  bash tools/ci/debian-root-check.sh "$deb"
fi
t3=$(date +%s)
echo "package: deb + lintian + validators $((t1 - t0)) s, NSIS $((t2 - t1)) s, Debian 12 root $((t3 - t2)) s"
