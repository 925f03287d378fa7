#include "cpu/KvCache.h"

namespace sb {

KvCache::KvCache(int64_t layers, int64_t capacity, int64_t kvDim)
    : m_layers(layers)
    , m_capacity(capacity)
    , m_kvDim(kvDim)
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
    c.m_keys = m_keys;
    c.m_values = m_values;
    return c;
}

} // namespace sb
