#!/usr/bin/env bash
# Packs what tools/gpu-check.sh needs on a lent GPU machine (the `device` tool) into .gpu/, the
# folder a run names in `carry`: the Vulkan test executables and switchboard-cli of a Release
# build, and the Debian 12 runtime they were linked against (C library, libstdc++, Qt Core/Test/
# Network/Sql, qtkeychain, the Vulkan loader) as .deb files, fetched with apt into a private
# cache and never installed here. The GPU machine's image is not Debian 12 and has no Qt; the
# check script unpacks the runtime into /tmp and starts every program with its dynamic loader.
#   tools/gpu-bundle.sh [BUILD_DIR]      (default build/release; about 35 MB)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$(cd "${1:-$here/build/release}" && pwd)"
out="$here/.gpu"
keyring=/usr/share/keyrings/debian-archive-keyring.gpg
mirror="${SB_DEBIAN_MIRROR:-http://deb.debian.org/debian}"

rm -rf "$out"
mkdir -p "$out/bin" "$out/debs"
for t in "$build"/tests/engine_TestVulkan*; do
  [ -f "$t" ] && [ -x "$t" ] && cp "$t" "$out/bin/"
done
cp "$build/app/switchboard-cli" "$out/bin/"
# Debug info is not needed there and would not fit the device tool's 64 MiB carry.
strip --strip-debug "$out"/bin/* 2>/dev/null || true
[ -f "$out/bin/engine_TestVulkanCoopMat" ] || echo "gpu-bundle: warning: no engine_TestVulkanCoopMat in $build (built without tools/vulkan-sysroot.sh?)" >&2

apt_dir="$(mktemp -d)"
trap 'rm -rf "$apt_dir"' EXIT
. "$here/tools/lib/private-apt.sh"
private_apt_init "$apt_dir"
cat >"$apt_dir/sources.list" <<SRC
deb [signed-by=$keyring] $mirror bookworm main
deb [signed-by=$keyring] $mirror bookworm-updates main
deb [signed-by=$keyring] ${SB_DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security} bookworm-security main
SRC
private_apt "$apt_dir" -qq update
private_apt "$apt_dir" -qq -y --download-only install \
  libc6 libstdc++6 libqt6core6 libqt6test6 libqt6network6 libqt6sql6 libqt6sql6-sqlite libqt6keychain1 libvulkan1 >/dev/null
cp "$apt_dir"/debs/*.deb "$out/debs/"
du -sh "$out"
