#!/bin/bash
# LoRA training end to end (switchboard-cli finetune) next to inference (bench model) on the same
# random TinyModel: the "LoRA training end to end" figures of docs/benchmarks.md.
#   tools/bench-finetune.sh [path/to/switchboard-cli] [work dir]
# Prints the CLI's closing lines (tokens/s, peak RSS, device buffers) and bench model's medians.
# SB_BENCH_VULKAN=0 skips the Vulkan runs (slow on lavapipe).
set -u
CLI=${1:-build/release/app/switchboard-cli}
WORK=${2:-$(mktemp -d)}
CLI=$(realpath "$CLI")
mkdir -p "$WORK" && cd "$WORK" || exit 1
rm -rf model runs && mkdir -p runs
"$CLI" make-test-model --out model --layers 4 --hidden 256 --heads 4 --kv-heads 2 --ffn 768 --vocab 512 >/dev/null || exit 1
python3 - <<'PY'
import json, random
random.seed(1)
words = "the quick brown fox jumps over a lazy dog while switchboard routes tokens to tiny models".split()
for name, n in (("data8.jsonl", 8), ("data4.jsonl", 4)):
    with open(name, "w") as f:
        for r in range(n):
            f.write(json.dumps({"text": " ".join(random.choice(words) for _ in range(200))}) + "\n")
PY
common="--model model --rank 16 --alpha 32 --dropout 0.05 --batch 1 --epochs 1 --val-split 0 --save-every 0 --threads 2 --seed 1"
train() { "$CLI" finetune $common "$@" 2>/dev/null | grep -E "^trained"; }
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
for i in 1 2 3; do echo "cpu kept, 8 x 512, run $i: $(train --data data8.jsonl --seq-len 512 --out runs/ck$i --backend cpu)"; done
for i in 1 2 3; do echo "cpu checkpointing, 8 x 512, run $i: $(train --data data8.jsonl --seq-len 512 --out runs/cc$i --backend cpu --checkpointing)"; done
echo "cpu inference, 512:"; "$CLI" bench model --model model --prompt-tokens 512 --gen-tokens 16 --runs 3 --backend cpu --threads 2 2>&1 | grep -E "^(prefill|decode):"
echo "cpu kept, 4 x 128: $(train --data data4.jsonl --seq-len 128 --out runs/c128 --backend cpu)"
echo "cpu inference, 128:"; "$CLI" bench model --model model --prompt-tokens 128 --gen-tokens 8 --runs 3 --backend cpu --threads 2 2>&1 | grep -E "^(prefill|decode):"
if [ "${SB_BENCH_VULKAN:-1}" != 0 ]; then
  echo "vulkan kept, 4 x 128: $(train --data data4.jsonl --seq-len 128 --out runs/v128 --backend vulkan)"
  echo "vulkan checkpointing, 4 x 128: $(train --data data4.jsonl --seq-len 128 --out runs/v128c --backend vulkan --checkpointing)"
  echo "vulkan inference, 128:"; "$CLI" bench model --model model --prompt-tokens 128 --gen-tokens 8 --runs 3 --backend vulkan 2>&1 | grep -E "^(prefill|decode):"
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
