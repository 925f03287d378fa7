#include "engine/lora/LoraTrainer.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "engine/core/PathIo.h"
#include "engine/core/Platform.h"
#include "engine/sampling/Rng.h"

namespace sb {

namespace {

// Version 1: step, epoch, position, example count. Version 2 adds seed, batch, grad-accum,
// bucket window and a hash of the training tokens.
constexpr char kMagicV1[8] = { 'S', 'B', 'L', 'O', 'R', 'A', 'S', '1' };
constexpr char kMagicV2[8] = { 'S', 'B', 'L', 'O', 'R', 'A', 'S', '2' };
constexpr int kHeaderV1 = 4, kHeaderV2 = 9;

uint64_t mix(uint64_t a, uint64_t b)
{
    uint64_t z = a + 0x9e3779b97f4a7c15ull * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// FNV-1a over every example's tokens and targets, in dataset order.
uint64_t dataHash(const std::vector<TrainExample> &examples)
{
    uint64_t h = 0xcbf29ce484222325ull;
    const auto add = [&](int32_t v) {
        for (int i = 0; i < 4; ++i) {
            h ^= (static_cast<uint32_t>(v) >> (8 * i)) & 0xffu;
            h *= 0x100000001b3ull;
        }
    };
    for (const TrainExample &e : examples) {
        add(static_cast<int32_t>(e.tokens.size()));
        for (int32_t t : e.tokens)
            add(t);
        for (int32_t t : e.targets)
            add(t);
    }
    return h;
}

} // namespace

int64_t TrainExample::targetCount() const
{
    int64_t n = 0;
    for (int32_t t : targets)
        n += t >= 0;
    return n;
}

Result<std::unique_ptr<LoraTrainer>> LoraTrainer::create(const ModelWeights &base,
    std::vector<TrainExample> train, std::vector<TrainExample> validation, TrainerOptions options)
{
    auto model = LoraModel::create(base, options.threads);
    if (!model)
        return model.error();
    return create(std::move(model.value()), std::move(train), std::move(validation), std::move(options));
}

Result<std::unique_ptr<LoraTrainer>> LoraTrainer::create(std::unique_ptr<LoraCompute> compute,
    std::vector<TrainExample> train, std::vector<TrainExample> validation, TrainerOptions options)
{
    if (!compute)
        return makeError(ErrorCode::InvalidArgument, "no compute backend for training");
    if (train.empty())
        return makeError(ErrorCode::InvalidArgument, "the training set is empty");
    if (options.batch <= 0 || options.gradAccum <= 0 || options.epochs <= 0)
        return makeError(
            ErrorCode::InvalidArgument, "batch, gradient accumulation and epochs must be positive");
    if (options.bucketWindow < 0)
        return makeError(ErrorCode::InvalidArgument, "the bucketing window must not be negative");
    std::unique_ptr<LoraTrainer> t(new LoraTrainer());
    const ModelConfig config = compute->config();
    t->m_model = std::move(compute);
    auto adapter = LoraAdapter::create(config, options.lora, mix(options.seed, 1));
    if (!adapter)
        return adapter.error();
    t->m_adapter = std::move(adapter.value());
    t->m_grads = t->m_adapter.zerosLike();
    const int64_t perStep = options.batch * options.gradAccum;
    const int64_t examples = options.epochs * static_cast<int64_t>(train.size());
    t->m_totalSteps = std::max<int64_t>(1, (examples + perStep - 1) / perStep);
    options.optimizer.totalSteps = t->m_totalSteps;
    t->m_optimizer = AdamW(options.optimizer, t->m_adapter);
    t->m_options = std::move(options);
    t->m_train = std::move(train);
    t->m_validation = std::move(validation);
    t->m_dataHash = dataHash(t->m_train);
    t->shuffleEpoch();
    return t;
}

std::vector<int64_t> LoraTrainer::exampleLengths() const
{
    std::vector<int64_t> lengths;
    lengths.reserve(m_train.size());
    for (const TrainExample &e : m_train)
        lengths.push_back(static_cast<int64_t>(e.tokens.size()));
    return lengths;
}

void LoraTrainer::shuffleEpoch()
{
    const std::vector<int64_t> lengths = exampleLengths();
    m_order = epochOrder(lengths, m_options.seed, m_epoch, { m_options.batch, m_options.bucketWindow },
        m_epoch * static_cast<int64_t>(m_train.size()));
}

const TrainExample &LoraTrainer::nextExample()
{
    if (m_position >= static_cast<int64_t>(m_order.size())) {
        ++m_epoch;
        m_position = 0;
        shuffleEpoch();
    }
    return m_train[m_order[static_cast<size_t>(m_position++)]];
}

Result<TrainStepStats> LoraTrainer::step()
{
    const int64_t n = m_options.batch * m_options.gradAccum;
    std::vector<const TrainExample *> examples;
    int64_t targets = 0;
    for (int64_t i = 0; i < n; ++i) {
        examples.push_back(&nextExample());
        targets += examples.back()->targetCount();
    }
    TrainStepStats stats;
    stats.lr = scheduledLr(m_optimizer.config(), m_optimizer.step());
    m_grads.forEachTensor([](std::vector<float> &g) { std::fill(g.begin(), g.end(), 0.0f); });
    const float scale = targets > 0 ? 1.0f / static_cast<float>(targets) : 0.0f;
    double lossSum = 0.0;
    for (size_t i = 0; i < examples.size(); ++i) {
        const uint64_t dropSeed = mix(mix(m_options.seed, 7 + static_cast<uint64_t>(m_optimizer.step())), i);
        auto r = m_model->step(m_adapter, examples[i]->tokens, examples[i]->targets, &m_grads, scale,
            dropSeed, m_options.checkpoint);
        if (!r)
            return makeError(r.error().code,
                "example from line " + std::to_string(examples[i]->line) + ": " + r.error().message);
        lossSum += r.value().lossSum;
        stats.tokens += static_cast<int64_t>(examples[i]->tokens.size());
    }
    stats.loss = targets > 0 ? lossSum / static_cast<double>(targets) : 0.0;
    stats.gradNorm = m_optimizer.update(m_adapter, m_grads);
    stats.step = m_optimizer.step();
    return stats;
}

Result<double> LoraTrainer::validationLoss()
{
    double sum = 0.0;
    int64_t count = 0;
    for (const TrainExample &e : m_validation) {
        auto r = m_model->step(m_adapter, e.tokens, e.targets, nullptr, 0.0f, 0, false);
        if (!r)
            return r.error();
        sum += r.value().lossSum;
        count += r.value().targets;
    }
    return count > 0 ? sum / static_cast<double>(count) : std::nan("");
}

namespace {

void writeTensors(std::ofstream &out, const LoraAdapter &a)
{
    a.forEachTensor([&](const std::vector<float> &v) {
        const uint64_t n = v.size();
        out.write(reinterpret_cast<const char *>(&n), sizeof n);
        out.write(reinterpret_cast<const char *>(v.data()), static_cast<std::streamsize>(n * sizeof(float)));
    });
}

bool readTensors(std::ifstream &in, LoraAdapter &a)
{
    bool ok = true;
    a.forEachTensor([&](std::vector<float> &v) {
        uint64_t n = 0;
        in.read(reinterpret_cast<char *>(&n), sizeof n);
        if (!in || n != v.size()) {
            ok = false;
            return;
        }
        in.read(reinterpret_cast<char *>(v.data()), static_cast<std::streamsize>(n * sizeof(float)));
        ok = ok && static_cast<bool>(in);
    });
    return ok;
}

} // namespace

Result<void> LoraTrainer::saveState(const std::string &path) const
{
    // Written beside, then renamed over: a crash mid-write leaves the previous state intact.
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(pathFromUtf8(tmp), std::ios::binary | std::ios::trunc);
        if (!out)
            return makeError(ErrorCode::Io, "cannot write trainer state " + tmp);
        out.write(kMagicV2, sizeof kMagicV2);
        const int64_t header[kHeaderV2] = { m_optimizer.step(), m_epoch, m_position,
            static_cast<int64_t>(m_train.size()), static_cast<int64_t>(m_options.seed), m_options.batch,
            m_options.gradAccum, m_options.bucketWindow, static_cast<int64_t>(m_dataHash) };
        out.write(reinterpret_cast<const char *>(header), sizeof header);
        writeTensors(out, m_adapter);
        writeTensors(out, m_optimizer.firstMoment());
        writeTensors(out, m_optimizer.secondMoment());
        if (!out)
            return makeError(ErrorCode::Io, "error writing trainer state " + tmp);
    }
    return platform::replaceFile(tmp, path);
}

Result<void> LoraTrainer::loadState(const std::string &path)
{
    std::ifstream in(pathFromUtf8(path), std::ios::binary);
    if (!in)
        return makeError(ErrorCode::NotFound, "cannot open trainer state " + path);
    char magic[8] = {};
    in.read(magic, sizeof magic);
    const bool v2 = in && std::memcmp(magic, kMagicV2, sizeof kMagicV2) == 0;
    if (!in || (!v2 && std::memcmp(magic, kMagicV1, sizeof kMagicV1) != 0))
        return makeError(ErrorCode::Format, path + " is not a Switchboard LoRA trainer state");
    int64_t header[kHeaderV2] = {};
    in.read(reinterpret_cast<char *>(header),
        static_cast<std::streamsize>((v2 ? kHeaderV2 : kHeaderV1) * sizeof(int64_t)));
    if (!in || header[3] != static_cast<int64_t>(m_train.size()) || header[0] < 0 || header[1] < 0
        || header[2] < 0 || header[2] > header[3])
        return makeError(ErrorCode::Format, path + ": the state was saved for another dataset or is corrupt");
    if (v2) {
        if (static_cast<uint64_t>(header[8]) != m_dataHash)
            return makeError(ErrorCode::Format, path + ": the state was saved for other training data");
        if (static_cast<uint64_t>(header[4]) != m_options.seed)
            return makeError(ErrorCode::InvalidArgument,
                path + ": the state was saved with seed " + std::to_string(static_cast<uint64_t>(header[4])));
        if (header[5] != m_options.batch || header[6] != m_options.gradAccum
            || header[7] != m_options.bucketWindow)
            return makeError(ErrorCode::InvalidArgument,
                path + ": the state was saved with batch " + std::to_string(header[5]) + ", grad-accum "
                    + std::to_string(header[6]) + ", bucket window " + std::to_string(header[7])
                    + "; resume with the same ones");
    } else if (m_options.bucketWindow != 0) {
        return makeError(
            ErrorCode::InvalidArgument, path + ": a version 1 state cannot resume with length bucketing");
    }
    LoraAdapter adapter = m_adapter, m = m_adapter.zerosLike(), v = m_adapter.zerosLike();
    if (!readTensors(in, adapter) || !readTensors(in, m) || !readTensors(in, v))
        return makeError(
            ErrorCode::Format, path + ": adapter or optimizer tensors do not match this configuration");
    m_adapter = std::move(adapter);
    m_optimizer.firstMoment() = std::move(m);
    m_optimizer.secondMoment() = std::move(v);
    m_optimizer.setStep(header[0]);
    m_epoch = header[1];
    shuffleEpoch();
    m_position = header[2];
    return {};
}

} // namespace sb
