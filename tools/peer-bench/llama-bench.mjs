// Times llama.cpp (the prebuilt binaries of node-llama-cpp) on one GGUF file, the way
// `switchboard-cli bench model` times Switchboard: a prompt of N tokens evaluated in one batch
// (prefill), then M greedy decode steps, one token each. Prints one JSON line.
//   node llama-bench.mjs --model F --prompt 512 --gen 64 --threads 2 --vocab 128256 [--gpu vulkan] [--runs 1]
// It never downloads or builds anything: getLlama({build: "never"}) loads the prebuilt binary
// shipped in @node-llama-cpp/linux-x64(-vulkan) or fails.
import { getLlama } from "node-llama-cpp";

function arg(name, fallback) {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : fallback;
}

const modelPath = arg("model");
const promptTokens = Number(arg("prompt", "512"));
const genTokens = Number(arg("gen", "64"));
const threads = Number(arg("threads", "2"));
const runs = Number(arg("runs", "1"));
const gpu = arg("gpu", "false");
if (!modelPath) {
    console.error("usage: node llama-bench.mjs --model FILE [--prompt N] [--gen N] [--threads N] [--gpu vulkan]");
    process.exit(2);
}

const llama = await getLlama({ gpu: gpu === "false" ? false : gpu, build: "never", logLevel: "error" });
const t0 = performance.now();
const model = await llama.loadModel({ modelPath, gpuLayers: gpu === "false" ? 0 : "max", useMmap: true });
const context = await model.createContext({
    contextSize: promptTokens + genTokens + 16,
    batchSize: promptTokens,
    threads,
    sequences: 1,
});
const loadMs = performance.now() - t0;
const vocab = Number(arg("vocab", "128256"));
// The token ids Switchboard's bench uses: (i * 7919 + 13) mod vocab.
const prompt = [];
for (let i = 0; i < promptTokens; ++i) prompt.push((i * 7919 + 13) % vocab);

const release = llama.llamaCppRelease ?? {};
const result = { llama_cpp: release.release ?? "?", gpu: llama.gpu, threads, load_ms: loadMs, prefill: [], decode: [] };
for (let r = 0; r < runs; ++r) {
    const sequence = context.getSequence();
    const p0 = performance.now();
    await sequence.evaluateWithoutGeneratingNewTokens(prompt);
    const p1 = performance.now();
    // Greedy decode: each step evaluates the last token and samples the next (temperature 0).
    let n = 0;
    const d0 = performance.now();
    for await (const token of sequence.evaluate([prompt[prompt.length - 1]], { temperature: 0 })) {
        void token;
        if (++n >= genTokens) break;
    }
    const d1 = performance.now();
    result.prefill.push((promptTokens * 1000) / (p1 - p0));
    result.decode.push((genTokens * 1000) / (d1 - d0));
    sequence.dispose();
}
console.log(JSON.stringify(result));
await context.dispose();
await model.dispose();
await llama.dispose();
