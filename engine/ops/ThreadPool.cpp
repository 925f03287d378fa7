#include "engine/ops/ThreadPool.h"

#include <algorithm>

namespace sb {

ThreadPool::ThreadPool(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    m_workers.reserve(static_cast<size_t>(threads - 1));
    for (int i = 0; i + 1 < threads; ++i)
        m_workers.emplace_back([this, i] { workerLoop(i); });
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

void ThreadPool::parallelFor(int64_t n, const std::function<void(int64_t, int64_t)> &fn)
{
    if (n <= 0)
        return;
    if (m_workers.empty() || n == 1) {
        fn(0, n);
        return;
    }
    // A few chunks per thread balance uneven rows without much locking.
    const int64_t chunks = std::min<int64_t>(n, static_cast<int64_t>(size()) * 4);
    std::unique_lock lock(m_mutex);
    m_fn = &fn;
    m_n = n;
    m_chunks = chunks;
    m_nextChunk = 0;
    m_pending = chunks;
    ++m_generation;
    m_wake.notify_all();
    while (m_nextChunk < m_chunks) {
        const int64_t c = m_nextChunk++;
        lock.unlock();
        fn(c * n / chunks, (c + 1) * n / chunks);
        lock.lock();
        --m_pending;
    }
    m_done.wait(lock, [this] { return m_pending == 0; });
    m_fn = nullptr;
}

void ThreadPool::workerLoop(int)
{
    uint64_t seen = 0;
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [&] { return m_stop || (m_generation != seen && m_nextChunk < m_chunks); });
        if (m_stop)
            return;
        seen = m_generation;
        while (m_fn && m_nextChunk < m_chunks) {
            const int64_t c = m_nextChunk++;
            const auto *fn = m_fn;
            const int64_t n = m_n, chunks = m_chunks;
            lock.unlock();
            (*fn)(c * n / chunks, (c + 1) * n / chunks);
            lock.lock();
            if (--m_pending == 0)
                m_done.notify_one();
        }
    }
}

} // namespace sb
