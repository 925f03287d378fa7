#!/usr/bin/env bash
# Everything (engine, router, app, tests) built with clang and warnings as errors, then the whole
# suite: clang's diagnostics are the ones Apple clang gives on macOS (a vexing parse, a signal
# hiding QObject::event, ...), and its code generation runs every test. The suite itself takes
# about a minute (docs/benchmarks.md); the build is what this leg costs. SB_CLANG_TESTS (a ctest
# -R pattern) narrows the run for local use.
# Usage: tools/ci/clang.sh [extra cmake arguments, e.g. -DSB_VK_SYSROOT=...]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
bash tools/install-deps.sh clang

build="${SB_CLANG_BUILD_DIR:-build/clang}"
jobs="${SB_JOBS:-$(nproc)}"
start=$(date +%s)
cmake -S . -B "$build" -G Ninja -DSB_WERROR=ON -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DCMAKE_EXE_LINKER_FLAGS="-fuse-ld=lld" \
  -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG" "$@" >/dev/null
cmake --build "$build" -j "$jobs"
built=$(date +%s)

ctest --test-dir "$build" --output-on-failure -j "$jobs" ${SB_CLANG_TESTS:+-R "$SB_CLANG_TESTS"}
echo "clang: build $((built - start)) s, tests $(( $(date +%s) - built )) s"
