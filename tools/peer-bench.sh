#!/usr/bin/env bash
# Switchboard's CPU backend against llama.cpp on the same GGUF files, same threads (issue 16).
# Not part of CI: it installs node-llama-cpp (pinned, with its prebuilt CPU and Vulkan binaries)
# into .cache/peer-bench and runs both engines alternately, several rounds, then prints one table
# of medians and ratios. It never downloads or compiles llama.cpp (build: "never"; npm scripts off).
#   tools/peer-bench.sh [--cli build/release/app/switchboard-cli] [--rounds 3] [--threads 2]
#                       [--shapes small,3b] [--types q4_0,q8_0,q4_k] [--dir /tmp/peer-bench]
# Shapes: small = 8 layers, hidden 1024, 8/2 heads of 128, ffn 4096, vocab 128256, tied (pp512,
# tg64); 3b = SmolLM3-3B (36 layers, hidden 2048, 16/4 heads, ffn 11008; pp128, tg16). Models
# are random (switchboard-cli make-test-model) with the real tokenizer, written once into --dir.
# Also prints the machine's read bandwidth (switchboard-cli bench memory) for the roofline.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cli="$here/build/release/app/switchboard-cli"
rounds=3 threads=2 shapes=small,3b types=q4_0,q8_0,q4_k dir=/tmp/peer-bench
while [ $# -gt 0 ]; do
  case "$1" in
    --cli) cli="$2"; shift 2 ;;
    --rounds) rounds="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --shapes) shapes="$2"; shift 2 ;;
    --types) types="$2"; shift 2 ;;
    --dir) dir="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
version=3.21.1
peer="$here/.cache/peer-bench"
tokenizer="${SB_TOKENIZER:-$here/../../shared/smollm3/tokenizer.json}"
[ -f "$tokenizer" ] || tokenizer=/work/shared/smollm3/tokenizer.json
[ -x "$cli" ] || { echo "no switchboard-cli at $cli (build it first)" >&2; exit 1; }

if [ ! -f "$peer/node_modules/node-llama-cpp/package.json" ] \
  || ! grep -q "\"version\": \"$version\"" "$peer/node_modules/node-llama-cpp/package.json"; then
  mkdir -p "$peer"
  (cd "$peer" && [ -f package.json ] || echo '{"private":true,"type":"module"}' >package.json)
  # --ignore-scripts: the package's postinstall could fetch or build llama.cpp; the prebuilt
  # binaries come as the pinned platform packages instead.
  (cd "$peer" && NODE_LLAMA_CPP_SKIP_DOWNLOAD=true npm install --no-audit --no-fund --ignore-scripts --omit=optional \
    "node-llama-cpp@$version" "@node-llama-cpp/linux-x64@$version" "@node-llama-cpp/linux-x64-vulkan@$version")
fi
cp "$here/tools/peer-bench/llama-bench.mjs" "$peer/llama-bench.mjs"

mkdir -p "$dir"
model_for() { # shape type -> path (made once)
  local shape="$1" type="$2" f="$dir/$1-$2.gguf"
  if [ ! -f "$f" ]; then
    local args=(--layers 8 --hidden 1024 --heads 8 --kv-heads 2 --head-dim 128 --ffn 4096)
    [ "$shape" = 3b ] && args=(--layers 36 --hidden 2048 --heads 16 --kv-heads 4 --head-dim 128 --ffn 11008)
    "$cli" make-test-model --out "$f.tmp" --format gguf --dtype "$type" --tokenizer "$tokenizer" \
      --vocab 128256 "${args[@]}" >/dev/null
    mv "$f.tmp" "$f"
  fi
  echo "$f"
}
median() { sort -g | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
json() { node -e "const o=JSON.parse(require('fs').readFileSync(0,'utf8'));console.log($1)"; }

echo "machine: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores; load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u +%FT%TZ)"
"$cli" bench memory --threads "$threads"
rows=()
IFS=, read -ra shape_list <<<"$shapes"
IFS=, read -ra type_list <<<"$types"
for shape in "${shape_list[@]}"; do
  pp=512 tg=64
  [ "$shape" = 3b ] && pp=128 tg=16
  for type in "${type_list[@]}"; do
    f="$(model_for "$shape" "$type")"
    sp=() sd=() lp=() ld=() rel=?
    for ((r = 1; r <= rounds; ++r)); do
      s="$("$cli" bench model --model "$f" --backend cpu --threads "$threads" --prompt-tokens "$pp" \
        --gen-tokens "$tg" --runs 1 --json 2>/dev/null | tail -1)"
      sp+=("$(echo "$s" | json 'o.prefill_tokens_per_s')")
      sd+=("$(echo "$s" | json 'o.decode_tokens_per_s')")
      l="$(cd "$peer" && node llama-bench.mjs --model "$f" --prompt "$pp" --gen "$tg" --threads "$threads" \
        --vocab 128256 2>/dev/null | tail -1)"
      lp+=("$(echo "$l" | json 'o.prefill[0]')")
      ld+=("$(echo "$l" | json 'o.decode[0]')")
      rel="$(echo "$l" | json 'o.llama_cpp')"
      echo "  $shape $type round $r: switchboard pp ${sp[-1]} tg ${sd[-1]}; llama.cpp pp ${lp[-1]} tg ${ld[-1]}" >&2
    done
    msp="$(printf '%s\n' "${sp[@]}" | median)" msd="$(printf '%s\n' "${sd[@]}" | median)"
    mlp="$(printf '%s\n' "${lp[@]}" | median)" mld="$(printf '%s\n' "${ld[@]}" | median)"
    rows+=("$(awk -v s="$shape" -v t="$type" -v pp="$pp" -v tg="$tg" -v a="$msp" -v b="$mlp" -v c="$msd" -v d="$mld" \
      'BEGIN {printf "| CPU, %s, %s (pp%d/tg%d) | %.1f / %.1f (%.2fx) | %.2f / %.2f (%.2fx) |", s, toupper(t), pp, tg, a, b, a/b, c, d, c/d}')")
  done
done
echo "llama.cpp release (node-llama-cpp $version): $rel; $threads threads; medians of $rounds alternated rounds"
echo "| backend, model | prefill tokens/s: Switchboard / llama.cpp | decode tokens/s: Switchboard / llama.cpp |"
echo "|---|---|---|"
printf '%s\n' "${rows[@]}"
