#!/usr/bin/env bash
# Windows check that Linux CI can run: MinGW-w64 cross build of sbengine and tools/ci/engine-smoke
# with warnings as errors, then the driver under Wine (tiny model in a non-ASCII folder, a few
# tokens on the CPU backend, two checkpoints into one folder). MSVC itself is checked only by the
# hosted Windows workflow (.github/workflows/desktop.yml), which cannot run here.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash tools/install-deps.sh mingw

build="${SB_MINGW_BUILD_DIR:-build/mingw}"
jobs="${SB_JOBS:-$(nproc)}"
start=$(date +%s)

# Vulkan headers only (the loader is opened at run time): Debian's, copied beside the build so
# that the cross compiler sees them without the rest of /usr/include. FindVulkan insists on a
# library name; nothing links it (sbengine uses Vulkan::Headers).
vkinc="$build/vulkan-headers"
mkdir -p "$vkinc"
cp -r /usr/include/vulkan /usr/include/vk_video "$vkinc"/ 2>/dev/null || cp -r /usr/include/vulkan "$vkinc"/
cmake -S . -B "$build" -G Ninja -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64-x86_64.cmake \
  -DSB_ENGINE_ONLY=ON -DSB_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" \
  -DVulkan_INCLUDE_DIR="$PWD/$vkinc" -DVulkan_LIBRARY=vulkan-1 >/dev/null
cmake --build "$build" -j "$jobs" --target engine-smoke
built=$(date +%s)

# A private Wine prefix, created on first use (wineboot takes a few seconds); no display needed.
export WINEPREFIX="${SB_WINEPREFIX:-$PWD/$build/wineprefix}" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
work="$build/smoke-work"
rm -rf "$work" && mkdir -p "$work"
# Wine maps the Linux root to drive Z:.
wine "$build/tools/ci/engine-smoke/engine-smoke.exe" "Z:$PWD/$work"
echo "mingw: build $((built - start)) s, run under Wine $(( $(date +%s) - built )) s"
