#!/usr/bin/env bash
# The engine with clang and LLVM's libc++, the standard library of macOS (Apple clang), which
# Linux CI cannot run otherwise: what libc++ lacks or declares differently (floating-point
# std::from_chars, std::quoted found by ADL, missing transitive includes) fails to compile here,
# and tools/ci/engine-smoke then runs the engine on libc++ (tiny model, CPU generation, LoRA
# checkpoints, the JSON number fallback). The engine is plain C++20 + Vulkan headers, so it needs
# no Qt built against libc++ (the router and app, which use Qt, are covered by tools/ci/clang.sh).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash tools/install-deps.sh clang

build="${SB_LIBCXX_BUILD_DIR:-build/libcxx}"
jobs="${SB_JOBS:-$(nproc)}"
start=$(date +%s)
# -O1: the smoke run is short; the compile is the point.
cmake -S . -B "$build" -G Ninja -DSB_ENGINE_ONLY=ON -DSB_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="-stdlib=libc++" \
  -DCMAKE_EXE_LINKER_FLAGS="-stdlib=libc++ -fuse-ld=lld" \
  -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O1 -DNDEBUG" >/dev/null
cmake --build "$build" -j "$jobs" --target engine-smoke
built=$(date +%s)
work="$build/smoke-work"
rm -rf "$work" && mkdir -p "$work"
"$build/tools/ci/engine-smoke/engine-smoke" "$work"
# Linked against libc++, not libstdc++: otherwise this leg would prove nothing.
ldd "$build/tools/ci/engine-smoke/engine-smoke" | grep -q 'libc++\.so' 
echo "libcxx: build $((built - start)) s, smoke run $(( $(date +%s) - built )) s"
