#pragma once
// The CPU backend's key/value cache: fp32, one (capacity, kvDim) block each for keys and values
// per layer. Copying is explicit (Copy()) because a cache can hold gigabytes; moves are cheap.
// With f16Storage every stored key/value is rounded to fp16 precision (kept in fp32 words): the
// same numbers a device fp16 cache holds, so a GPU backend can be checked against a reference
// with its own storage precision (and the exact fp32 reference stays the default).

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sb {

class KvCache {
public:
    KvCache() = default;
    KvCache(int64_t layers, int64_t capacity, int64_t kvDim, bool f16Storage = false);
    KvCache(KvCache &&) noexcept = default;
    KvCache &operator=(KvCache &&) noexcept = default;
    KvCache(const KvCache &) = delete;
    KvCache &operator=(const KvCache &) = delete;

    // A deep copy (e.g. to keep a conversation's prefix while trying another continuation).
    KvCache Copy() const;

    int64_t layers() const { return m_layers; }
    int64_t capacity() const { return m_capacity; }
    int64_t kvDim() const { return m_kvDim; }
    bool f16Storage() const { return m_f16; }
    // Positions 0 .. length()-1 are valid.
    int64_t length() const { return m_length; }
    void setLength(int64_t length) { m_length = length; }
    void truncate(int64_t length)
    {
        if (length < m_length)
            m_length = length < 0 ? 0 : length;
    }
    void reset() { m_length = 0; }

    // (capacity, kvDim), row p = position p.
    float *keys(int64_t layer) { return m_keys.data() + layer * m_capacity * m_kvDim; }
    float *values(int64_t layer) { return m_values.data() + layer * m_capacity * m_kvDim; }
    const float *keys(int64_t layer) const { return m_keys.data() + layer * m_capacity * m_kvDim; }
    const float *values(int64_t layer) const { return m_values.data() + layer * m_capacity * m_kvDim; }

    // Call after writing rows [first, first + count) of a layer: rounds them to fp16 precision
    // (round to nearest even, as a device's fp16 store does) when f16Storage, else nothing.
    void roundStored(int64_t layer, int64_t first, int64_t count);

    size_t bytes() const { return (m_keys.size() + m_values.size()) * sizeof(float); }

private:
    int64_t m_layers = 0;
    int64_t m_capacity = 0;
    int64_t m_kvDim = 0;
    int64_t m_length = 0;
    bool m_f16 = false;
    std::vector<float> m_keys; // (layers, capacity, kvDim)
    std::vector<float> m_values; // (layers, capacity, kvDim)
};

} // namespace sb
