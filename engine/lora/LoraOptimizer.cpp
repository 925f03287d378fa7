#include "engine/lora/LoraOptimizer.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace sb {

double scheduledLr(const OptimizerConfig &c, int64_t step)
{
    if (c.warmupSteps > 0 && step < c.warmupSteps)
        return c.lr * static_cast<double>(step) / static_cast<double>(c.warmupSteps);
    if (c.schedule == LrSchedule::Constant)
        return c.lr;
    const int64_t decaySteps = std::max<int64_t>(1, c.totalSteps - c.warmupSteps);
    const double progress
        = std::clamp(static_cast<double>(step - c.warmupSteps) / static_cast<double>(decaySteps), 0.0, 1.0);
    if (c.schedule == LrSchedule::Linear)
        return c.lr * (1.0 - progress);
    return c.lr * 0.5 * (1.0 + std::cos(std::numbers::pi * progress));
}

double gradientNorm(const LoraAdapter &grads)
{
    double sum = 0.0;
    grads.forEachTensor([&](const std::vector<float> &g) {
        for (float x : g)
            sum += static_cast<double>(x) * static_cast<double>(x);
    });
    return std::sqrt(sum);
}

double clipGradientNorm(LoraAdapter &grads, double maxNorm)
{
    const double norm = gradientNorm(grads);
    if (maxNorm > 0.0 && norm > maxNorm) {
        const float f = static_cast<float>(maxNorm / (norm + 1e-6));
        grads.forEachTensor([&](std::vector<float> &g) {
            for (float &x : g)
                x *= f;
        });
    }
    return norm;
}

AdamW::AdamW(const OptimizerConfig &config, const LoraAdapter &params)
    : m_config(config)
    , m_m(params.zerosLike())
    , m_v(params.zerosLike())
{
}

double AdamW::update(LoraAdapter &params, LoraAdapter &grads)
{
    const double norm
        = m_config.maxGradNorm > 0.0 ? clipGradientNorm(grads, m_config.maxGradNorm) : gradientNorm(grads);
    const double lr = scheduledLr(m_config, m_step);
    ++m_step;
    const double b1 = m_config.beta1, b2 = m_config.beta2;
    const double bc1 = 1.0 - std::pow(b1, static_cast<double>(m_step));
    const double bc2 = 1.0 - std::pow(b2, static_cast<double>(m_step));
    const float decay = static_cast<float>(1.0 - lr * m_config.weightDecay);
    const float stepSize = static_cast<float>(lr / bc1);
    const float bc2Sqrt = static_cast<float>(std::sqrt(bc2));
    const float eps = static_cast<float>(m_config.eps);
    const float fb1 = static_cast<float>(b1), fb2 = static_cast<float>(b2);

    // Walk the four structures in the same fixed order.
    std::vector<std::vector<float> *> p, g, m, v;
    params.forEachTensor([&](std::vector<float> &x) { p.push_back(&x); });
    grads.forEachTensor([&](std::vector<float> &x) { g.push_back(&x); });
    m_m.forEachTensor([&](std::vector<float> &x) { m.push_back(&x); });
    m_v.forEachTensor([&](std::vector<float> &x) { v.push_back(&x); });
    for (size_t t = 0; t < p.size() && t < g.size() && t < m.size() && t < v.size(); ++t) {
        float *pp = p[t]->data();
        const float *gg = g[t]->data();
        float *mm = m[t]->data();
        float *vv = v[t]->data();
        for (size_t i = 0; i < p[t]->size(); ++i) {
            pp[i] *= decay;
            mm[i] = fb1 * mm[i] + (1.0f - fb1) * gg[i];
            vv[i] = fb2 * vv[i] + (1.0f - fb2) * gg[i] * gg[i];
            pp[i] -= stepSize * mm[i] / (std::sqrt(vv[i]) / bc2Sqrt + eps);
        }
    }
    return norm;
}

} // namespace sb
