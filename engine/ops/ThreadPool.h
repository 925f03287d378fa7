#pragma once
// A small fixed pool of worker threads for data-parallel loops in the CPU reference.
// One parallelFor runs at a time per pool; the calling thread takes a share of the work.
// The split of [0, n) into chunks is deterministic, and each index is processed by exactly one
// thread, so results do not depend on the number of threads as long as chunks write disjoint
// outputs (they do in every op here).

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace sb {

class ThreadPool {
public:
    // threads <= 0: one per hardware thread. threads == 1: everything runs on the caller.
    explicit ThreadPool(int threads = 0);
    ~ThreadPool();
    ThreadPool(const ThreadPool &) = delete;
    ThreadPool &operator=(const ThreadPool &) = delete;

    int size() const { return static_cast<int>(m_workers.size()) + 1; }

    // Calls fn(begin, end) over disjoint ranges covering [0, n); returns when all are done.
    void parallelFor(int64_t n, const std::function<void(int64_t, int64_t)> &fn);

private:
    void workerLoop(int index);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_done;
    const std::function<void(int64_t, int64_t)> *m_fn = nullptr;
    int64_t m_n = 0;
    int64_t m_chunks = 0;
    int64_t m_nextChunk = 0;
    int64_t m_pending = 0;
    uint64_t m_generation = 0;
    bool m_stop = false;
};

// Runs fn over [0, n) on pool, or inline when pool is null.
inline void parallelFor(ThreadPool *pool, int64_t n, const std::function<void(int64_t, int64_t)> &fn)
{
    if (n <= 0)
        return;
    if (pool)
        pool->parallelFor(n, fn);
    else
        fn(0, n);
}

} // namespace sb
