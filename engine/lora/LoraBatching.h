#pragma once
// The order in which the trainer visits its examples, epoch by epoch: a seeded shuffle, and
// optionally length bucketing (transformers' group_by_length): the shuffled order is cut into
// windows of `bucketWindow` micro-batches, each window is sorted by length so a micro-batch
// holds examples of similar length, and the micro-batches are then shuffled again so steps do
// not run from long to short.
//
// Why bucketing and not packing: packing several examples into one sequence needs attention that
// stops at example boundaries and positions that restart per example. LoraCompute::step takes one
// sequence with positions 0..T-1 and full causal attention, so packed examples would attend to each
// other; segment ids would change that contract for every backend. Bucketing only reorders
// examples, so it is exact under the existing contract, and a backend that lays a micro-batch out
// as (batch, longest) wastes little on padding. The order is a pure function of (seed, epoch,
// lengths, batch, window): a resumed run recomputes it from the saved epoch and position.

#include <cstdint>
#include <span>
#include <vector>

namespace sb {

struct BatchingOptions {
    int64_t batch = 1; // sequences per micro-batch
    int64_t bucketWindow = 0; // micro-batches per sorting window; 0 = no bucketing (plain shuffle)
};

// Indices 0..lengths.size()-1 in the order epoch `epoch` visits them. `consumedBefore` is the
// number of examples the run consumed before this epoch: micro-batches run on across epochs, so
// the first (batch - consumedBefore % batch) % batch examples finish the previous epoch's last
// micro-batch and are kept in front.
std::vector<size_t> epochOrder(std::span<const int64_t> lengths, uint64_t seed, int64_t epoch,
    const BatchingOptions &options, int64_t consumedBefore = 0);

// Share of a (micro-batch, longest sequence) layout that would be padding when `order` is cut into
// micro-batches of `batch` (the last one may be short): 1 - Σ len / Σ (batch size · longest).
double paddingShare(std::span<const int64_t> lengths, std::span<const size_t> order, int64_t batch);

} // namespace sb
