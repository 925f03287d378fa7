#pragma once
// Cost and token arithmetic. Prices come from the catalog (USD per million tokens). When a
// provider reports no usage the router estimates with a character heuristic and marks the figures
// as estimated, so the ledger and the bill can say which numbers are measured.

#include "router/base/ChatTypes.h"
#include "router/catalog/ProviderInfo.h"

namespace sb::metering {

// Characters per token for the heuristic. English prose through BPE tokenizers is ~4 characters
// per token; code and non-Latin scripts run lower, so prompt estimates err on the high side for
// budgets by rounding up.
inline constexpr int kCharsPerToken = 4;
// Framing every chat template adds around a message (role markers, separators).
inline constexpr int kTokensPerMessage = 4;

qint64 estimateTokens(const QString &text);
// Prompt tokens the request will cost: messages, tool definitions and tool calls.
qint64 estimatePromptTokens(const ChatRequest &request);
// The completion tokens a request may use at most: max_tokens if set, else the model's output
// cap, else what is left of the context window.
qint64 worstCaseOutputTokens(const ChatRequest &request, const ModelEntry &model, qint64 promptTokens);

// USD. Cached prompt tokens (a subset of inputTokens) are billed at the cached price, the rest of
// the prompt at the input price; reasoning tokens are part of outputTokens.
double cost(const ModelPrice &price, const TokenUsage &usage);
double cost(const ModelPrice &price, qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens = 0);
// Price of a request if it produced the worst-case number of tokens; what budgets reserve.
double worstCaseCost(const ChatRequest &request, const ModelEntry &model);

// Usage for a finished attempt: the provider's figures when it reported any, else an estimate
// from the prompt and the streamed text (reported = false).
TokenUsage finalUsage(const TokenUsage &reported, bool providerReported, const ChatRequest &request,
    const QString &generatedText);

} // namespace sb::metering
