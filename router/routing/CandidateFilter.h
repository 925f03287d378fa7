#pragma once
// Which providers may serve a request, before any policy ranks them: they serve the model, are
// enabled, have a key (local and keyless custom servers need none), are not cooling down, fit the
// context (estimated prompt + max_tokens), support the request's tools and response_format as
// far as the live catalog knows, and stay within every budget. A model the Hugging Face router
// serves through several upstreams becomes one candidate per live upstream (Candidate::route). Each exclusion
// is kept with its reason so "no provider available" can say why, provider by provider.

#include "router/base/ChatTypes.h"
#include "router/catalog/Catalog.h"
#include "router/routing/Candidate.h"
#include "router/routing/ModelSpec.h"

#include <functional>

namespace sb {

class BudgetManager;
class HealthTracker;

// A completion length to price requests that set no max_tokens (ranking only; budgets use the
// worst case).
inline constexpr qint64 kTypicalCompletionTokens = 512;

struct FilterInputs {
    const Catalog *catalog = nullptr;
    const ModelSpec *spec = nullptr;
    const ChatRequest *request = nullptr;
    std::function<bool(const ProviderInfo &)> hasKey; // null: every provider counts as keyed
    const HealthTracker *health = nullptr; // null: all healthy
    const BudgetManager *budgets = nullptr; // null: no budgets
    bool localEngineAvailable = false; // a LocalProvider is installed
};

struct FilterResult {
    QVector<Candidate> candidates; // catalog order
    QVector<Exclusion> exclusions;
    qint64 promptTokens = 0;
    qint64 expectedOutputTokens = 0;
    bool modelKnown = false; // at least one provider (or the pinned one) lists the model
    // Tokens the request needs (prompt estimate + max_tokens, or 1), and the largest context window
    // among the providers that could serve it but for passing states (cooldowns, budgets): when
    // that window is too small, no retry helps and the request is wrong (context_length_exceeded).
    qint64 neededTokens = 0;
    qint64 largestUsableContext = 0; // 0: no provider is enabled and keyed for the model
    bool contextTooLongEverywhere() const
    {
        return largestUsableContext > 0 && neededTokens > largestUsableContext;
    }
};

FilterResult filterCandidates(const FilterInputs &in);
// What the live catalog's capabilities are checked against: a non-empty "tools", and a
// "response_format" other than {"type": "text"}.
bool requestNeedsTools(const ChatRequest &request);
bool requestNeedsStructuredOutput(const ChatRequest &request);
// The provider is the pinned one, or routes the model to it (Hugging Face's "model:groq").
bool servesPinned(const ProviderInfo &p, const ModelEntry &m, const QString &pinned);
// "groq: cooling down for 12 s; openai: no API key", for error messages.
QString describeExclusions(const QVector<Exclusion> &exclusions);

} // namespace sb
