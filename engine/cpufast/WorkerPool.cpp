#include "engine/cpufast/WorkerPool.h"

#include <algorithm>
#include <chrono>

#if defined(__x86_64__) || defined(_M_X64) || defined(__i386__)
#include <immintrin.h>
#define SB_PAUSE() _mm_pause()
#else
#define SB_PAUSE() std::this_thread::yield()
#endif

namespace sb::cpufast {

namespace {
// How long a worker keeps polling for the next step before it sleeps: long enough to bridge
// the gap between two steps of one token (norms, RoPE, attention run on the caller between
// products), short enough not to burn a core while the person reads the answer.
constexpr auto kSpin = std::chrono::microseconds(2000);
} // namespace

WorkerPool::WorkerPool(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    m_workers.reserve(static_cast<size_t>(threads - 1));
    for (int i = 0; i + 1 < threads; ++i)
        m_workers.emplace_back([this] { workerLoop(); });
}

WorkerPool::~WorkerPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
        m_generation.fetch_add(1);
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

int64_t WorkerPool::chunkFor(int64_t n, int64_t perThread, int64_t minChunk, int64_t align) const
{
    int64_t c = std::max<int64_t>(minChunk, n / std::max<int64_t>(1, int64_t(size()) * perThread));
    c = (c + align - 1) / align * align;
    return std::max<int64_t>(1, c);
}

void WorkerPool::drain()
{
    for (;;) {
        const int64_t b = m_next.fetch_add(m_chunk);
        if (b >= m_n)
            return;
        m_call(m_ctx, b, std::min(m_n, b + m_chunk));
    }
}

void WorkerPool::runErased(int64_t n, int64_t chunk, Call call, const void *ctx)
{
    if (n <= 0)
        return;
    chunk = std::max<int64_t>(1, chunk);
    if (m_workers.empty() || n <= chunk) {
        call(ctx, 0, n);
        return;
    }
    m_call = call;
    m_ctx = ctx;
    m_n = n;
    m_chunk = chunk;
    m_next.store(0);
    m_busy.store(static_cast<int>(m_workers.size()));
    m_generation.fetch_add(1); // publishes the job (seq_cst)
    if (m_sleeping.load() > 0) {
        std::lock_guard lock(m_mutex);
        m_wake.notify_all();
    }
    drain();
    // Workers finish their last chunks; on a machine with more runnable threads than cores a
    // worker may not be running at all, so after a short spin give it the core.
    for (int polls = 0; m_busy.load(std::memory_order_acquire) > 0; ++polls) {
        if (polls < 4096)
            SB_PAUSE();
        else
            std::this_thread::yield();
    }
}

void WorkerPool::workerLoop()
{
    // Generation 0 is the one before any job, whenever this thread gets to run: reading the
    // counter here instead could skip a job published before the thread started.
    uint64_t seen = 0;
    for (;;) {
        // Spin, then sleep, until a new generation appears.
        const auto until = std::chrono::steady_clock::now() + kSpin;
        int polls = 0;
        while (m_generation.load(std::memory_order_acquire) == seen) {
            // Pause first, then yield: on an oversubscribed machine the thread that publishes the
            // next job may be waiting for this core.
            if (++polls < 4096)
                SB_PAUSE();
            else
                std::this_thread::yield();
            if (polls % 256 == 0 && std::chrono::steady_clock::now() > until) {
                std::unique_lock lock(m_mutex);
                m_sleeping.fetch_add(1);
                // seq_cst: either the caller sees m_sleeping > 0 and notifies under the mutex,
                // or this load sees its new generation.
                m_wake.wait(lock, [&] { return m_generation.load() != seen; });
                m_sleeping.fetch_sub(1);
                break;
            }
        }
        seen = m_generation.load();
        if (m_stop.load())
            return;
        drain();
        m_busy.fetch_sub(1, std::memory_order_release);
    }
}

} // namespace sb::cpufast
