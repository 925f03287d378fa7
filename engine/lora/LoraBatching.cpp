#include "engine/lora/LoraBatching.h"

#include <algorithm>
#include <numeric>

#include "engine/sampling/Rng.h"

namespace sb {

namespace {

uint64_t mixSeed(uint64_t a, uint64_t b)
{
    uint64_t z = a + 0x9e3779b97f4a7c15ull * (b + 1);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

template <typename T> void shuffle(std::vector<T> &v, Rng &rng)
{
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[rng.next() % i]);
}

} // namespace

std::vector<size_t> epochOrder(std::span<const int64_t> lengths, uint64_t seed, int64_t epoch,
    const BatchingOptions &options, int64_t consumedBefore)
{
    std::vector<size_t> order(lengths.size());
    std::iota(order.begin(), order.end(), size_t(0));
    // The plain shuffle is the one the trainer always used (same stream), so runs without
    // bucketing keep their order.
    Rng rng(mixSeed(seed, 1000 + static_cast<uint64_t>(epoch)));
    shuffle(order, rng);
    const size_t batch = static_cast<size_t>(std::max<int64_t>(1, options.batch));
    if (options.bucketWindow <= 0 || batch < 2 || order.size() < 2)
        return order;

    const size_t n = order.size();
    const size_t head
        = std::min(n, (batch - static_cast<size_t>(std::max<int64_t>(0, consumedBefore)) % batch) % batch);
    // Longest first within each window; ties keep the shuffled order (stable), so the result does
    // not depend on the sort implementation.
    const size_t window = batch * static_cast<size_t>(options.bucketWindow);
    const auto longer = [&](size_t a, size_t b) { return lengths[a] > lengths[b]; };
    for (size_t w = head; w < n; w += window)
        std::stable_sort(order.begin() + static_cast<std::ptrdiff_t>(w),
            order.begin() + static_cast<std::ptrdiff_t>(std::min(n, w + window)), longer);

    // Shuffle whole micro-batches (the head and a short tail stay where they are: they belong
    // to micro-batches shared with the neighbouring epochs).
    const size_t full = (n - head) / batch;
    std::vector<size_t> groups(full);
    std::iota(groups.begin(), groups.end(), size_t(0));
    Rng groupRng(mixSeed(seed, 5000 + static_cast<uint64_t>(epoch)));
    shuffle(groups, groupRng);
    std::vector<size_t> out(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(head));
    out.reserve(n);
    for (size_t g : groups) {
        const auto first = order.begin() + static_cast<std::ptrdiff_t>(head + g * batch);
        out.insert(out.end(), first, first + static_cast<std::ptrdiff_t>(batch));
    }
    out.insert(out.end(), order.begin() + static_cast<std::ptrdiff_t>(head + full * batch), order.end());
    return out;
}

double paddingShare(std::span<const int64_t> lengths, std::span<const size_t> order, int64_t batch)
{
    const size_t b = static_cast<size_t>(std::max<int64_t>(1, batch));
    double real = 0.0, laidOut = 0.0;
    for (size_t i = 0; i < order.size(); i += b) {
        const size_t end = std::min(order.size(), i + b);
        int64_t longest = 0;
        for (size_t j = i; j < end; ++j) {
            longest = std::max(longest, lengths[order[j]]);
            real += static_cast<double>(lengths[order[j]]);
        }
        laidOut += static_cast<double>(longest) * static_cast<double>(end - i);
    }
    return laidOut > 0.0 ? 1.0 - real / laidOut : 0.0;
}

} // namespace sb
