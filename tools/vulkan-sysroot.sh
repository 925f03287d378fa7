#!/usr/bin/env bash
# A newer Vulkan stack than Debian 12 ships, unpacked into a private folder for the tests of the
# cooperative-matrix kernels: Mesa's lavapipe from trixie-backports (VK_KHR_cooperative_matrix,
# which bookworm's Mesa 22.3 lacks) and glslc from trixie (GL_KHR_cooperative_matrix, which
# bookworm's glslang 11 cannot compile), with the C library and the libraries they need.
# Nothing is installed into the system: apt runs with its own lists and cache, and the packages
# are only unpacked (dpkg -x). Programs run inside it through bin/run, which starts them with
# the folder's own dynamic loader; bin/glslc is that compiler.
#
#   tools/vulkan-sysroot.sh [DEST]     (default .cache/vk-sysroot; prints DEST when ready)
#
# Idempotent: a complete folder is reused. Needs amd64 Debian/Ubuntu with apt and the Debian
# archive keyring, and access to deb.debian.org (or the mirror apt already uses).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$here/.cache/vk-sysroot}"
version=1 # bump when the package set below changes
stamp="$dest/.complete-$version"
if [ -f "$stamp" ]; then
  echo "$dest"
  exit 0
fi

fail() { echo "vulkan-sysroot: $*" >&2; exit 1; }
[ "$(uname -m)" = x86_64 ] || fail "only x86_64 is supported (this is $(uname -m))"
command -v apt-get >/dev/null || fail "apt-get not found"
command -v dpkg >/dev/null || fail "dpkg not found"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
[ -f "$keyring" ] || fail "$keyring not found (install debian-archive-keyring)"
mirror="${SB_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

rm -rf "$dest"
apt_dir="$dest/apt"
. "$here/tools/lib/private-apt.sh"
private_apt_init "$apt_dir"
cat >"$apt_dir/sources.list" <<EOF
deb [signed-by=$keyring] $mirror trixie main
deb [signed-by=$keyring] $mirror trixie-backports main
EOF
# Mesa (and what it needs at newer versions) from backports; everything else from trixie.
printf 'Package: *\nPin: release n=trixie-backports\nPin-Priority: 600\n' >"$apt_dir/preferences"

echo "vulkan-sysroot: fetching Mesa lavapipe and glslc from trixie into $dest" >&2
private_apt "$apt_dir" -qq update || fail "apt-get update against $mirror (trixie) failed"
private_apt "$apt_dir" -qq -y --download-only install mesa-vulkan-drivers libvulkan1 glslc >/dev/null \
  || fail "downloading mesa-vulkan-drivers, libvulkan1 and glslc failed"

root="$dest/root"
for deb in "$apt_dir"/debs/*.deb; do
  dpkg -x "$deb" "$root"
done
libdir="$root/usr/lib/x86_64-linux-gnu"
[ -x "$root/usr/lib64/ld-linux-x86-64.so.2" ] || fail "no dynamic loader in the unpacked libc6"
[ -f "$libdir/libvulkan_lvp.so" ] || fail "no lavapipe (libvulkan_lvp.so) in the unpacked Mesa"
rm -rf "$apt_dir/debs" "$apt_dir/cache" "$apt_dir/lists" # 70 MB of archives and lists, no longer needed

mkdir -p "$dest/bin"
cat >"$dest/lvp_icd.json" <<EOF
{"file_format_version": "1.0.1", "ICD": {"library_path": "$libdir/libvulkan_lvp.so", "api_version": "1.4.0"}}
EOF
# bin/run PROGRAM ARGS: PROGRAM with this folder's loader, libraries and lavapipe only. Libraries
# not in the folder (Qt, for the test executables) still come from the system's search path.
cat >"$dest/bin/run" <<EOF
#!/bin/sh
export VK_DRIVER_FILES="$dest/lvp_icd.json"
export VK_ICD_FILENAMES="$dest/lvp_icd.json"
exec "$root/usr/lib64/ld-linux-x86-64.so.2" --library-path "$libdir" "\$@"
EOF
cat >"$dest/bin/glslc" <<EOF
#!/bin/sh
exec "$dest/bin/run" "$root/usr/bin/glslc" "\$@"
EOF
chmod +x "$dest/bin/run" "$dest/bin/glslc"

"$dest/bin/glslc" --version >/dev/null || fail "the unpacked glslc does not start"
touch "$stamp"
echo "$dest"
