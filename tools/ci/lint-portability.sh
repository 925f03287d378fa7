#!/usr/bin/env bash
# Rejects POSIX-only calls outside the files that guard them per platform (common.md: "Portable
# C++"). Windows has no localtime_r, clock_gettime, /proc or getrusage, and std::rename does not
# replace an existing file there: every such use goes through engine/core/Platform.h.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# Files allowed to use them, each with its #ifdef per platform.
allowed=(
  engine/core/PlatformPosix.cpp   # localtime_r, clock_gettime, /proc/self/status, getrusage, std::rename
  engine/core/PlatformWindows.cpp # the Windows counterparts
)

pattern='\blocaltime_r\b|\bclock_gettime\b|"/proc/|\bstd::rename\(|\bgetrusage\b'
exclude=()
for f in "${allowed[@]}"; do exclude+=(":(exclude)$f"); done

# Code only (comments may name the calls they avoid); tests may use /proc paths as data.
hits="$(git grep -nE "$pattern" -- '*.cpp' '*.h' ':(exclude)tests/' "${exclude[@]}" \
  | grep -vE '^[^:]+:[0-9]+:\s*//' || true)"
if [ -n "$hits" ]; then
  echo "lint-portability: POSIX-only calls outside engine/core/Platform*.cpp:" >&2
  echo "$hits" >&2
  echo "Use engine/core/Platform.h (replaceFile, localTime, threadCpuMs, residentBytes, peakResidentBytes)." >&2
  exit 1
fi
echo "lint-portability: clean"
