#!/usr/bin/env bash
# The Vulkan checks and benchmarks of issue 4 on a lent GPU, as one run of the `device` tool:
#   here:   bash tools/gpu-bundle.sh build/release
#   device: run(command="bash tools/gpu-check.sh", carry=[".gpu"], timeout_s=540)
# Unpacks .gpu's Debian 12 runtime into /tmp/rt, then writes to $OUT (default /tmp/gpu-out):
#   devices.txt  switchboard-cli devices (features, cooperative-matrix shape, subgroup sizes)
#   tests.txt    every Vulkan test executable (parity, op by op, training), the cooperative-
#                matrix one with the device feature required
#   bench.txt    bench model on random SmolLM3-3B-shaped Q4_0, Q8_0 and Q4_K models (512-token
#                prefill, 128 decode steps, 3 runs): default kernels, then each fast path off;
#                and LoRA fine-tuning of the Q4_0 one on the GPU (8 sequences of 512 tokens)
# SB_GPU_CHECK_SMALL=1 uses a 4-layer model (a dry run on lavapipe before spending GPU time).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
OUT="${OUT:-/tmp/gpu-out}"
mkdir -p "$OUT"
rt=/tmp/rt
rm -rf "$rt" && mkdir -p "$rt"
for d in .gpu/debs/*.deb; do dpkg -x "$d" "$rt" || exit 1; done
libs="$rt/usr/lib/x86_64-linux-gnu:$rt/lib/x86_64-linux-gnu"
# The NVIDIA driver's libraries (the ICD names them without a path) come from the machine.
if [ -z "${VK_DRIVER_FILES:-}" ] && [ -f /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json ]; then
  export VK_DRIVER_FILES=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
fi
for d in /usr/local/nvidia/lib64 /usr/local/nvidia/lib /usr/lib/x86_64-linux-gnu; do
  [ -d "$d" ] && libs="$libs:$d"
done
loader="$rt/lib64/ld-linux-x86-64.so.2"
[ -x "$loader" ] || loader="$rt/usr/lib64/ld-linux-x86-64.so.2"
run() { "$loader" --library-path "$libs" "$@"; }
export QT_QPA_PLATFORM=offscreen HOME="${HOME:-/tmp}"
cli=.gpu/bin/switchboard-cli

{
  echo "date: $(date -u +%FT%TZ)"; nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm,clocks.max.mem --format=csv 2>&1
  run "$cli" devices 2>&1
} >"$OUT/devices.txt"
cat "$OUT/devices.txt"

status=0
: >"$OUT/tests.txt"
for t in .gpu/bin/engine_TestVulkan*; do
  name="$(basename "$t")"
  env=()
  [ "$name" = engine_TestVulkanCoopMat ] && env=(SB_REQUIRE_COOPMAT=1)
  start=$(date +%s)
  if env "${env[@]+"${env[@]}"}" timeout 240 "$loader" --library-path "$libs" "$t" >>"$OUT/tests.txt" 2>&1; then r=PASS; else r=FAIL; status=1; fi
  echo "$r $name ($(( $(date +%s) - start )) s)" | tee -a "$OUT/tests.txt"
done

work=/tmp/gpu-models
mkdir -p "$work"
if [ "${SB_GPU_CHECK_SMALL:-}" = 1 ]; then
  shape=(--layers 4 --hidden 256 --heads 4 --kv-heads 2 --ffn 768 --vocab 4096); prompt=64; gen=8
else # SmolLM3-3B: 36 layers, hidden 2048, 16/4 heads of 128, ffn 11008, vocab 128256
  shape=(--layers 36 --hidden 2048 --heads 16 --kv-heads 4 --ffn 11008 --vocab 128256); prompt=512; gen=128
fi
{
  for q in q4_0 q8_0 q4_k; do
    m="$work/smollm3-$q.gguf"
    run "$cli" make-test-model --out "$m" --format gguf --dtype "$q" "${shape[@]}" >/dev/null 2>&1 || { echo "make-test-model $q failed"; status=1; continue; }
    all_flags=("" "--coop-matrix never" "--int8-dot never" "--int8-dot always" "--subgroups never")
    [ "$q" = q4_k ] && all_flags=("" "--int8-dot never" "--int8-dot always") # Q4_K_M-style files: the decode paths
    for flags in "${all_flags[@]}"; do
      echo "== $q ${flags:-default kernels}"
      # shellcheck disable=SC2086
      run "$cli" bench model --model "$m" --prompt-tokens "$prompt" --gen-tokens "$gen" --runs 3 --backend vulkan \
        --context $((prompt + gen + 16)) $flags 2>&1 | grep -vE '\[#|%   $'
    done
    if [ "$q" = q4_0 ]; then # LoRA training on the quantised base (QLoRA style), issue 8's figures
      data="$work/data.jsonl"
      words=(the quick brown fox jumps over a lazy dog while switchboard routes tokens to tiny models)
      : >"$data"
      for r in 1 2 3 4 5 6 7 8; do
        line=""
        for i in $(seq 1 400); do line="$line ${words[$(( (r * 31 + i * 7) % ${#words[@]} ))]}"; done
        printf '{"text": "%s"}\n' "$line" >>"$data"
      done
      echo "== finetune $q, 8 x $prompt tokens, r 16, Vulkan"
      run "$cli" finetune --model "$m" --data "$data" --seq-len "$prompt" --rank 16 --alpha 32 --batch 1 --epochs 1 \
        --val-split 0 --save-every 0 --seed 1 --out "$work/run" --backend vulkan 2>&1 | grep -E '^(LoRA r=|trained|train:)' \
        || echo "finetune failed"
    fi
    rm -f "$m"
  done
} 2>&1 | tee "$OUT/bench.txt"
exit $status
