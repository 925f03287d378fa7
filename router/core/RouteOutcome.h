#pragma once
// How a routed request ended, in the router's words. The local server turns each into an HTTP
// status and an OpenAI error shape (router/server/OpenAiWire: errorFor); the GUI into a sentence
// and an action. The router itself decides no HTTP status.

namespace sb {

enum class RouteOutcome {
    Ok,
    UnknownModel, // no provider lists the model
    NoCandidates, // every provider excluded (keys, cooldowns, context)
    BudgetExhausted, // every remaining provider over a hard budget
    BudgetReserved, // within budget, but requests in flight have reserved what is left
    RequestRejected, // a provider said the request itself is wrong (its 4xx in upstreamStatus)
    AllFailed, // every attempt failed before its first token
    AllRateLimited, // ... and every failure was a rate limit or an overload
    AllTimedOut, // ... and every failure was a timeout
    StreamFailed, // failed after tokens had streamed: no failover
    StreamTimedOut, // ... by the idle timeout
    Cancelled,
};

} // namespace sb
