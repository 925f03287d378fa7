#!/usr/bin/env bash
# End-to-end tests of `switchboard-cli serve` with the official openai and @huggingface/inference
# clients. Usage: tests/e2e/run.sh <build-dir>   (the dir holding app/switchboard-cli)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:?usage: tests/e2e/run.sh <build-dir>}"
build="$(cd "$build" && pwd)"
cli="$build/app/switchboard-cli"
if [ ! -x "$cli" ]; then
  echo "tests/e2e/run.sh: $cli not found (build the switchboard-cli target)" >&2
  exit 1
fi
command -v node >/dev/null || { echo "tests/e2e/run.sh: node not found" >&2; exit 1; }
cd "$here"
npm ci --prefer-offline --no-audit --no-fund --loglevel=error
SWITCHBOARD_CLI="$cli" node --test --test-reporter=spec e2e.test.mjs local.test.mjs
