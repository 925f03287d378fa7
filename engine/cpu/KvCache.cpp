#include "engine/cpu/KvCache.h"

#include "engine/model/Half.h"

namespace sb {

KvCache::KvCache(int64_t layers, int64_t capacity, int64_t kvDim, bool f16Storage)
    : m_layers(layers)
    , m_capacity(capacity)
    , m_kvDim(kvDim)
    , m_f16(f16Storage)
    , m_keys(static_cast<size_t>(layers * capacity * kvDim))
    , m_values(static_cast<size_t>(layers * capacity * kvDim))
{
}

KvCache KvCache::Copy() const
{
    KvCache c;
    c.m_layers = m_layers;
    c.m_capacity = m_capacity;
    c.m_kvDim = m_kvDim;
    c.m_length = m_length;
    c.m_f16 = m_f16;
    c.m_keys = m_keys;
    c.m_values = m_values;
    return c;
}

void KvCache::roundStored(int64_t layer, int64_t first, int64_t count)
{
    if (!m_f16)
        return;
    const size_t n = static_cast<size_t>(count * m_kvDim);
    for (float *rows : { keys(layer) + first * m_kvDim, values(layer) + first * m_kvDim })
        for (size_t i = 0; i < n; ++i)
            rows[i] = f16ToF32(f32ToF16(rows[i]));
}

} // namespace sb
