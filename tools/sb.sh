#!/usr/bin/env bash
# The two commands of the README:
#   tools/sb.sh run    install dependencies, build, launch the app
#   tools/sb.sh test   install dependencies, build, run the whole test suite
# Environment: SB_BUILD_DIR (default build/release), SB_JOBS (default: all cores), CI=true turns
# warnings into errors and adds the sanitizer build of the engine and router tests.
# `test` runs the house rules and the portability lint first. The heavier portability and
# packaging legs (tools/ci/*.sh: clang build and suite, libc++, MinGW + Wine, packages) run with
# SB_PORTABILITY=1: they have not yet had a full run on the merged tree within CI's time limit
# (see the closing note of issue 17), so they are not part of the default test command yet.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mode="${1:-}"
case "$mode" in
  run|test|build) ;;
  *) echo "usage: tools/sb.sh run|test|build" >&2; exit 2 ;;
esac

bash tools/install-deps.sh

# A newer glslc and lavapipe beside the system's (tools/vulkan-sysroot.sh): they build the
# cooperative-matrix shaders and run their tests. CI must have them; elsewhere the build goes on
# without those shaders (GPUs then use the scalar prefill matmul).
sysroot_args=()
if sysroot="$(bash tools/vulkan-sysroot.sh)"; then
  sysroot_args=(-DSB_VK_SYSROOT="$sysroot")
elif [ "${CI:-}" = "true" ]; then
  echo "tools/vulkan-sysroot.sh failed: CI needs it for the cooperative-matrix kernels and their tests" >&2
  exit 1
else
  echo "warning: tools/vulkan-sysroot.sh failed; building without the cooperative-matrix shaders" >&2
fi

jobs="${SB_JOBS:-$(nproc)}"
build="${SB_BUILD_DIR:-build/release}"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
export CCACHE_DIR="${CCACHE_DIR:-$here/.cache/ccache}"

configure() { # dir, extra args...
  local dir="$1"; shift
  cmake -S . -B "$dir" -G Ninja -DSB_WERROR="$werror" "$@" >/dev/null
}

# Release at -O2 (not -O3): the same code speed for this project at a shorter compile.
configure "$build" "${sysroot_args[@]+"${sysroot_args[@]}"}" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELEASE="-O2 -DNDEBUG"
cmake --build "$build" -j "$jobs"

if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting the app under Xvfb (set DISPLAY to use your own)." >&2
    exec xvfb-run -a "$build/app/switchboard"
  fi
  exec "$build/app/switchboard"
fi

# One leg of the test run, timed (the figures go into docs/benchmarks.md).
leg() { # title, command...
  local title="$1" t0 rc=0
  shift
  echo "== $title =="
  t0=$(date +%s)
  "$@" || rc=$?
  echo "== $title: $(( $(date +%s) - t0 )) s, exit $rc =="
  return $rc
}

if [ "$mode" = test ]; then
  status=0
  leg "house rules: library boundaries, router floors, docs/ARCHITECTURE.md" python3 tools/ci/check-architecture.py || status=1
  leg "formatting (clang-format)" bash tools/ci/check-format.sh || status=1
  leg "portability lint" bash tools/ci/lint-portability.sh || status=1
  echo "== tests (Release) =="
  ctest --test-dir "$build" --output-on-failure -j "$jobs" || status=1

  if [ "${SB_SKIP_SANITIZERS:-}" != "1" ]; then
    echo "== engine and router tests under ASan + UBSan =="
    asan="${build}-asan"
    # -O1 with line tables: what the sanitizer documentation recommends, and quick to compile.
    configure "$asan" -DSB_SANITIZE=ON -DSB_BUILD_APP=OFF -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" -DCMAKE_C_FLAGS_DEBUG="-O1 -g1"
    cmake --build "$asan" -j "$jobs"
    # Mesa's JIT and the Vulkan loader keep allocations until exit; leak checking is left to
    # dedicated runs so that their reports do not hide ours.
    ASAN_OPTIONS="detect_leaks=0:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1" \
      ctest --test-dir "$asan" --output-on-failure -j "$jobs" -L 'engine|router' || status=1
  fi

  if [ -d tests/e2e ] && [ -f tests/e2e/run.sh ]; then
    echo "== end-to-end tests with real clients =="
    bash tests/e2e/run.sh "$build" || status=1
  fi

  if [ "${SB_PORTABILITY:-}" = "1" ]; then
    leg "packages (.deb, NSIS script, Debian 12 root)" bash tools/ci/package.sh "$build" || status=1
    leg "clang build and suite" bash tools/ci/clang.sh "${sysroot_args[@]+"${sysroot_args[@]}"}" || status=1
    leg "libc++ engine build and smoke run" bash tools/ci/libcxx.sh || status=1
    leg "MinGW-w64 engine build, smoke run under Wine" bash tools/ci/mingw.sh || status=1
  fi
  exit $status
fi
