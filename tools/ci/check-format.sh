#!/usr/bin/env bash
# Every tracked C++ file is formatted with the root .clang-format (clang-format 14, Debian 12's).
# Prints what differs and exits 1 if anything does. To fix: clang-format -i FILE...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
fmt="${CLANG_FORMAT:-clang-format}"
if ! git ls-files -z '*.cpp' '*.h' | xargs -0 -n 64 -P 2 "$fmt" --dry-run --Werror 2>/tmp/sb-format.$$; then
  grep -E '^[^ ].*: (error|warning):' /tmp/sb-format.$$ | cut -d: -f1 | sort -u | sed 's/^/not formatted (clang-format -i): /'
  rm -f /tmp/sb-format.$$
  exit 1
fi
rm -f /tmp/sb-format.$$
echo "check-format: $(git ls-files '*.cpp' '*.h' | wc -l) files formatted"
