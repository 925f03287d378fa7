#!/usr/bin/env bash
# Installs a .deb into a clean Debian 12 (bookworm) root made with debootstrap from deb.debian.org
# and starts what a user starts first: switchboard-cli --version, switchboard-cli devices (with the
# recommended Vulkan loader and lavapipe, so it lists a device) and the GUI on the offscreen
# platform (--startup-probe: first frame, then quit). apt resolves the package's Depends, so a
# missing dependency (the SQLite plugin, say) fails here, not on a user's machine.
# The root is kept in .cache/debian12-root as a debootstrap tarball to save the download next time.
# Usage: tools/ci/debian-root-check.sh PATH/TO/switchboard.deb   (root; needs the network)
set -euo pipefail
deb="$(readlink -f "$1")"
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
mirror="${SB_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
cache="$PWD/.cache/debian12-root"
root="$(mktemp -d /tmp/sb-debian12.XXXXXX)"
mkdir -p "$cache"
cleanup() {
  for m in proc dev/pts dev sys; do umount "$root/$m" 2>/dev/null || true; done
  rm -rf "$root"
}
trap cleanup EXIT

t0=$(date +%s)
tarball="$cache/bookworm-minbase.tgz"
if [ ! -f "$tarball" ]; then
  debootstrap --variant=minbase --make-tarball="$tarball.part" bookworm "$root/tb" "$mirror" >/dev/null
  mv "$tarball.part" "$tarball"
  rm -rf "$root/tb"
fi
debootstrap --variant=minbase --unpack-tarball="$tarball" bookworm "$root" "$mirror" >/dev/null
t1=$(date +%s)
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts"
mount -t sysfs sys "$root/sys"
cp "$deb" "$root/tmp/switchboard.deb"
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq /tmp/switchboard.deb >/dev/null
t2=$(date +%s)

in_root switchboard-cli --version
status=0
in_root switchboard-cli devices || status=$?
# 0: devices listed (lavapipe from the recommended mesa-vulkan-drivers); 3: no Vulkan device,
# said and handled. Anything else (a crash, a missing library) fails.
[ "$status" -eq 0 ] || [ "$status" -eq 3 ] || { echo "switchboard-cli devices exited $status" >&2; exit 1; }
probe="$(in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp timeout 60 \
  switchboard --startup-probe --data-dir /tmp/sbdata)"
echo "$probe"
echo "$probe" | grep -q '^startup_ms=' && echo "$probe" | grep -q '^idle_rss_mib='
# The ledger opens through the SQLite plugin the package depends on.
test -f "$root/tmp/sbdata/ledger.sqlite" || ls "$root/tmp/sbdata"
echo "debian12-root: bootstrap $((t1 - t0)) s, install $((t2 - t1)) s, checks $(( $(date +%s) - t2 )) s"
