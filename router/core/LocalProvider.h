#pragma once
// The "local" provider (the embedded SmolLM3) as the router sees it: the app implements this with
// the engine on a worker thread (app/local); the router drives it through the same attempt loop,
// ledger, budgets and latency figures as any remote provider, so there is one path for every
// request.

#include "router/base/ChatTypes.h"

#include <functional>
#include <memory>

namespace sb {

class LocalGeneration {
public:
    // Destroying the handle cancels the generation if it is still running.
    virtual ~LocalGeneration() = default;
    // Stop generating. After cancel() returns, the sink is not called again.
    virtual void cancel() = 0;
};

class LocalProvider {
public:
    // Called on the thread that called start() (queue across threads), with the ProviderAdapter
    // event contract: deltas, at most one Usage (the engine counts tokens exactly, so
    // usage.reported = true), then one Finish or Error.
    using EventSink = std::function<void(const ChatEvent &)>;

    virtual ~LocalProvider() = default;
    // A model is loaded (or loadable) and can serve `modelId` (the catalog's canonical id).
    virtual bool canServe(const QString &modelId) const = 0;
    virtual std::unique_ptr<LocalGeneration> start(
        const QString &modelId, const ChatRequest &request, EventSink sink)
        = 0;
};

} // namespace sb
