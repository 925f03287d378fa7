#pragma once
// The fast CPU backend's threads. Decode runs ~50 parallel steps per token, each a few tens of
// microseconds, so waking sleeping threads through the OS each time would cost as much as the
// work: workers spin on an atomic generation counter for a while after each step (a token's
// steps follow each other closely) and only then sleep on a condition variable. The split into
// chunks is handed out through an atomic counter (threads that run late, e.g. on a busy machine,
// take fewer chunks), and every index is computed by exactly one thread with the same code, so
// results do not depend on the thread count or the schedule.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace sb::cpufast {

class WorkerPool {
public:
    // threads <= 0: one per hardware thread. threads == 1: everything runs on the caller.
    explicit WorkerPool(int threads = 0);
    ~WorkerPool();
    WorkerPool(const WorkerPool &) = delete;
    WorkerPool &operator=(const WorkerPool &) = delete;

    int size() const { return static_cast<int>(m_workers.size()) + 1; }

    // Calls fn(begin, end) over chunks of at most `chunk` indices covering [0, n); returns when
    // all are done. One call at a time.
    template <typename Fn> void run(int64_t n, int64_t chunk, const Fn &fn)
    {
        runErased(
            n, chunk, [](const void *ctx, int64_t b, int64_t e) { (*static_cast<const Fn *>(ctx))(b, e); },
            &fn);
    }

    // A chunk size giving each thread about `perThread` chunks, at least `minChunk` indices and a
    // multiple of `align`.
    int64_t chunkFor(int64_t n, int64_t perThread, int64_t minChunk, int64_t align = 1) const;

private:
    using Call = void (*)(const void *, int64_t, int64_t);
    void runErased(int64_t n, int64_t chunk, Call call, const void *ctx);
    void workerLoop();
    void drain();

    std::vector<std::thread> m_workers;
    // The current job (written before m_generation is bumped, read after it is seen).
    Call m_call = nullptr;
    const void *m_ctx = nullptr;
    int64_t m_n = 0;
    int64_t m_chunk = 1;
    std::atomic<int64_t> m_next { 0 };
    std::atomic<int> m_busy { 0 }; // workers still inside the current job
    std::atomic<uint64_t> m_generation { 0 };
    std::atomic<int> m_sleeping { 0 };
    std::atomic<bool> m_stop { false };
    std::mutex m_mutex;
    std::condition_variable m_wake;
};

} // namespace sb::cpufast
