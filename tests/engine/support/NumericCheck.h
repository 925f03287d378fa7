#pragma once
// Comparison helpers for numerical tests: errors normalised by the reference's magnitude, as
// llama.cpp's test-backend-ops does, so one tolerance fits tensors of any scale.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace sb::test {

inline size_t sz(int64_t n)
{
    return static_cast<size_t>(n);
}

inline double maxAbsError(const std::vector<float> &a, const std::vector<double> &ref)
{
    double e = 0.0;
    for (size_t i = 0; i < a.size() && i < ref.size(); ++i)
        e = std::max(e, std::fabs(static_cast<double>(a[i]) - ref[i]));
    return a.size() == ref.size() ? e : INFINITY;
}

inline double maxAbsError(const std::vector<float> &a, const std::vector<float> &b)
{
    return maxAbsError(a, std::vector<double>(b.begin(), b.end()));
}

// max |a - b| over two equally long spans (infinity when the lengths differ): logits.
inline double maxAbsDiff(std::span<const float> a, std::span<const float> b)
{
    if (a.size() != b.size())
        return INFINITY;
    double e = 0;
    for (size_t i = 0; i < a.size(); ++i)
        e = std::max(e, std::fabs(double(a[i]) - double(b[i])));
    return e;
}

// max |a - ref| / max(max |ref|, floor)
inline double normalizedError(
    const std::vector<float> &a, const std::vector<double> &ref, double floor = 1e-6)
{
    double m = floor;
    for (double r : ref)
        m = std::max(m, std::fabs(r));
    return maxAbsError(a, ref) / m;
}

inline double normalizedError(const std::vector<float> &a, const std::vector<float> &ref, double floor = 1e-6)
{
    return normalizedError(a, std::vector<double>(ref.begin(), ref.end()), floor);
}

} // namespace sb::test
