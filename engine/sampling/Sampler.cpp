#include "engine/sampling/Sampler.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace sb {

Result<void> SamplingParams::validate() const
{
    const auto bad = [](const char *field, const std::string &why) {
        return makeError(ErrorCode::InvalidArgument, std::string("sampling ") + field + " " + why);
    };
    if (!std::isfinite(temperature))
        return bad("temperature", "must be finite");
    if (topK < 0)
        return bad("top_k", "must be >= 0");
    if (!(topP > 0.0f && topP <= 1.0f))
        return bad("top_p", "must be in (0, 1]");
    if (!(minP >= 0.0f && minP <= 1.0f))
        return bad("min_p", "must be in [0, 1]");
    if (!(repetitionPenalty > 0.0f) || !std::isfinite(repetitionPenalty))
        return bad("repetition_penalty", "must be positive");
    if (!std::isfinite(presencePenalty) || !std::isfinite(frequencyPenalty))
        return bad("presence/frequency_penalty", "must be finite");
    if (penaltyLastN < 0)
        return bad("penalty_last_n", "must be >= 0");
    return {};
}

int32_t argmax(std::span<const float> values)
{
    int32_t best = 0;
    for (size_t i = 1; i < values.size(); ++i)
        if (values[i] > values[static_cast<size_t>(best)])
            best = static_cast<int32_t>(i);
    return best;
}

Sampler::Sampler(const SamplingParams &params)
    : m_params(params)
    , m_rng(params.seed)
{
}

std::vector<float> Sampler::penalised(std::span<const float> logits, std::span<const int32_t> history) const
{
    std::vector<float> out(logits.begin(), logits.end());
    const SamplingParams &p = m_params;
    if (p.repetitionPenalty == 1.0f && p.presencePenalty == 0.0f && p.frequencyPenalty == 0.0f)
        return out;
    if (p.penaltyLastN > 0 && static_cast<int64_t>(history.size()) > p.penaltyLastN)
        history = history.last(static_cast<size_t>(p.penaltyLastN));
    std::unordered_map<int32_t, int> counts;
    for (int32_t id : history)
        if (id >= 0 && static_cast<size_t>(id) < out.size())
            ++counts[id];
    for (const auto &[id, count] : counts) {
        float &l = out[static_cast<size_t>(id)];
        if (p.repetitionPenalty != 1.0f)
            l = l > 0.0f ? l / p.repetitionPenalty : l * p.repetitionPenalty;
        l -= p.presencePenalty + p.frequencyPenalty * static_cast<float>(count);
    }
    return out;
}

void Sampler::distribution(std::span<const float> logits, std::span<const int32_t> history,
    std::vector<Candidate> &kept, std::vector<double> &probs) const
{
    const std::vector<float> scores = penalised(logits, history);
    kept.clear();
    probs.clear();
    if (scores.empty())
        return;
    if (m_params.greedy()) {
        kept.push_back({ argmax(scores), 0.0f });
        probs.push_back(1.0);
        return;
    }
    const float invT = 1.0f / m_params.temperature;
    kept.reserve(scores.size());
    for (size_t i = 0; i < scores.size(); ++i)
        kept.push_back({ static_cast<int32_t>(i), scores[i] * invT });
    const auto higher = [](const Candidate &a, const Candidate &b) {
        return a.logit > b.logit || (a.logit == b.logit && a.id < b.id);
    };
    const int64_t n = static_cast<int64_t>(kept.size());
    if (m_params.topK > 0 && m_params.topK < n) {
        // Ties with the k-th value are kept, as transformers' TopKLogitsWarper does.
        std::nth_element(kept.begin(), kept.begin() + (m_params.topK - 1), kept.end(), higher);
        const float kth = kept[static_cast<size_t>(m_params.topK - 1)].logit;
        kept.erase(
            std::remove_if(kept.begin(), kept.end(), [&](const Candidate &c) { return c.logit < kth; }),
            kept.end());
    }
    std::sort(kept.begin(), kept.end(), higher);

    const auto softmax = [&] {
        probs.resize(kept.size());
        const double m = kept.front().logit;
        double sum = 0.0;
        for (size_t i = 0; i < kept.size(); ++i)
            sum += probs[i] = std::exp(static_cast<double>(kept[i].logit) - m);
        for (double &p : probs)
            p /= sum;
    };
    softmax();
    if (m_params.topP < 1.0f) {
        // Keep the smallest prefix whose mass reaches topP (at least one token).
        double before = 0.0;
        size_t keep = 0;
        while (keep < kept.size() && (keep == 0 || before < m_params.topP))
            before += probs[keep++];
        kept.resize(keep);
        softmax();
    }
    if (m_params.minP > 0.0f) {
        const double limit = m_params.minP * probs.front();
        size_t keep = 1;
        while (keep < kept.size() && probs[keep] >= limit)
            ++keep;
        kept.resize(keep);
        softmax();
    }
}

int32_t Sampler::sample(std::span<const float> logits, std::span<const int32_t> history)
{
    std::vector<Candidate> kept;
    std::vector<double> probs;
    distribution(logits, history, kept, probs);
    if (kept.empty())
        return 0;
    if (kept.size() == 1)
        return kept.front().id;
    const double u = m_rng.uniform();
    double cum = 0.0;
    for (size_t i = 0; i < kept.size(); ++i) {
        cum += probs[i];
        if (u < cum)
            return kept[i].id;
    }
    // u landed in the rounding slack of the cumulative sum: the last token that can be drawn
    // (not a masked one, whose probability is 0).
    for (size_t i = kept.size(); i-- > 0;)
        if (probs[i] > 0.0)
            return kept[i].id;
    return kept.front().id;
}

std::vector<float> Sampler::probabilities(
    std::span<const float> logits, std::span<const int32_t> history) const
{
    std::vector<Candidate> kept;
    std::vector<double> probs;
    distribution(logits, history, kept, probs);
    std::vector<float> out(logits.size(), 0.0f);
    for (size_t i = 0; i < kept.size(); ++i)
        out[static_cast<size_t>(kept[i].id)] = static_cast<float>(probs[i]);
    return out;
}

} // namespace sb
