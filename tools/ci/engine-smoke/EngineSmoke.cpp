// engine-smoke: what the engine must do on Windows, run by tools/ci/mingw.sh under Wine (and
// buildable with MSVC). A tiny random SmolLM3 in a folder with a non-ASCII name is written as a
// Hugging Face directory and as GGUF, opened from that UTF-8 path, and generates a few tokens on
// the CPU backend; a LoRA run saves its checkpoint twice into one folder (the second save renames
// over existing files, which std::rename refuses on Windows) and the state reads back.
// Usage: engine-smoke WORKDIR. Exit status 0 when every check holds; each failure is printed.

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "engine/core/Json.h"
#include "engine/core/PathIo.h"
#include "engine/core/Platform.h"
#include "engine/lora/LoraRunDir.h"
#include "engine/lora/LoraTrainer.h"
#include "engine/model/FileIo.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/TinyModel.h"
#include "engine/runtime/ChatRuntime.h"

using namespace sb;

namespace {

int g_failures = 0;

void check(bool ok, const std::string &what)
{
    std::printf("%s %s\n", ok ? "ok  " : "FAIL", what.c_str());
    g_failures += ok ? 0 : 1;
}

template <typename T> bool checkResult(const Result<T> &r, const std::string &what)
{
    check(r.ok(), what + (r.ok() ? "" : ": " + r.error().toString()));
    return r.ok();
}

std::vector<TrainExample> trainingData()
{
    std::vector<TrainExample> out;
    for (int i = 0; i < 4; ++i) {
        TrainExample e;
        e.line = i + 1;
        for (int t = 0; t < 6 + i; ++t)
            e.tokens.push_back((i * 7 + t * 3) % 256);
        e.targets.assign(e.tokens.size(), -1);
        for (size_t t = 0; t + 1 < e.tokens.size(); ++t)
            e.targets[t] = e.tokens[t + 1];
        out.push_back(e);
    }
    return out;
}

void generate(const std::string &modelPath, const std::string &label)
{
    ChatRuntimeOptions options;
    options.backend.kind = BackendKind::Cpu;
    auto rt = ChatRuntime::open(modelPath, options);
    if (!checkResult(rt, "open " + label + " from a non-ASCII path"))
        return;
    const std::vector<TemplateMessage> messages = { { "user", std::string("Grüße aus Zürich"), {}, {} } };
    ChatTemplateVars vars;
    vars.addGenerationPrompt = true;
    vars.today = "8 December 2026";
    GenerateOptions gen;
    gen.maxNewTokens = 6;
    gen.ignoreEos = true;
    gen.sampling.temperature = 0;
    auto run = rt.value()->chat(messages, vars, gen);
    if (checkResult(run, "generate with " + label + " on the CPU backend"))
        check(run.value().generation.tokens.size() == 6,
            label + ": 6 tokens generated (" + std::to_string(run.value().generation.tokens.size()) + ")");
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: engine-smoke WORKDIR\n");
        return 2;
    }
    const std::string root = argv[1];
    // "Zoë's models/模型": Latin-1 and CJK, so neither the ANSI code page nor Latin-1 can hold it.
    const std::string dir = root + "/Zo\xC3\xAB's models/\xE6\xA8\xA1\xE5\x9E\x8B";
    std::error_code ec;
    std::filesystem::remove_all(pathFromUtf8(root + "/Zo\xC3\xAB's models"), ec);

    TinyModelOptions tiny;
    tiny.config = TinyModelOptions::tinyModelConfig(272); // the synthetic byte-level tokenizer
    tiny.config.numLayers = 2;
    if (!checkResult(writeTinyModelHf(tiny, dir + "/hf"), "write a tiny model under " + dir))
        return 1;
    check(std::filesystem::is_regular_file(pathFromUtf8(dir + "/hf/config.json")),
        "config.json exists under its UTF-8 name (read back through the wide API)");
    checkResult(writeTinyModelGguf(tiny, dir + "/tiny.gguf", DType::Q8_0), "write a Q8_0 GGUF under " + dir);
    generate(dir + "/hf", "the safetensors model");
    generate(dir + "/tiny.gguf", "the GGUF model");

    // The tmp-then-rename writes: two checkpoints into one run folder, then a resume.
    auto model = loadModel(dir + "/hf");
    if (checkResult(model, "load the model for training")) {
        TrainerOptions o;
        o.lora.rank = 2;
        o.lora.alpha = 4;
        o.threads = 1;
        o.epochs = 2;
        auto trainer = LoraTrainer::create(model.value().weights, trainingData(), {}, o);
        if (checkResult(trainer, "create a LoRA trainer")) {
            LoraTrainer &t = *trainer.value();
            LoraRunDir run(dir + "/run");
            checkResult(t.step(), "train step 1");
            checkResult(run.saveCheckpoint(t, 0), "first checkpoint");
            checkResult(t.step(), "train step 2");
            checkResult(run.saveCheckpoint(t, 0), "second checkpoint over the first (replaces files)");
            auto resumed = LoraTrainer::create(model.value().weights, trainingData(), {}, o);
            if (checkResult(resumed, "create a second trainer")
                && checkResult(resumed.value()->loadState(run.statePath()), "resume from the checkpoint"))
                check(resumed.value()->stepsDone() == 2, "the resumed trainer is at step 2");
        }
    }

    // JSON numbers: under libc++ (tools/ci/libcxx.sh) these go through the stream fallback for
    // floating-point std::from_chars, which must agree with it, overflow and underflow included.
    auto numbers = Json::parse("[1.5, -2e-3, 0.1, 1e400, -1e400, 1e-400, 6.02214076e23, 1E+2]");
    if (checkResult(numbers, "parse JSON numbers")) {
        const Json &n = numbers.value();
        check(n[0].asDouble() == 1.5 && n[1].asDouble() == -2e-3 && n[2].asDouble() == 0.1,
            "JSON doubles read exactly");
        check(n[3].asDouble() == HUGE_VAL && n[4].asDouble() == -HUGE_VAL && n[5].asDouble() == 0.0,
            "JSON overflow is +-inf, underflow is 0");
        check(n[6].asDouble() == 6.02214076e23 && n[7].asDouble() == 100.0, "JSON exponents");
    }
    check(!Json::parse("[1.5x]").ok() && !Json::parse("[-]").ok(), "malformed JSON numbers are rejected");

    // The helpers themselves.
    checkResult(writeTextFile(dir + "/a.txt", "new"), "write a.txt");
    checkResult(writeTextFile(dir + "/b.txt", "old"), "write b.txt");
    checkResult(platform::replaceFile(dir + "/a.txt", dir + "/b.txt"), "replaceFile over an existing file");
    auto text = readTextFile(dir + "/b.txt");
    check(text.ok() && text.value() == "new", "the replaced file holds the new content");
    const std::tm tm = platform::localTime(std::time_t(86400 * 365));
    check(tm.tm_year == 71 || tm.tm_year == 70, "localTime gives the calendar year");
    double spin = 0;
    for (int i = 0; i < 2000000; ++i)
        spin += double(i % 7);
    check(platform::threadCpuMs() > 0 && spin > 0, "threadCpuMs counts this thread's time");
    check(platform::residentBytes() > 0, "residentBytes reports this process");
    check(platform::peakResidentBytes() >= platform::residentBytes() / 2,
        "peakResidentBytes reports this process");

    std::printf("engine-smoke: %s\n", g_failures == 0 ? "all checks passed" : "FAILED");
    return g_failures == 0 ? 0 : 1;
}
