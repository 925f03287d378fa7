#pragma once
// Cost and token arithmetic. Prices come from the catalog (USD per million tokens). When a
// provider reports no usage the router estimates with a character heuristic and marks the figures
// as estimated, so the ledger and the bill can say which numbers are measured.
//
// Two prompt figures, for two purposes:
//   estimatePromptTokens()   a typical count (characters / 4): ranking by price, the context check
//                            and the estimate when a provider reports no usage;
//   promptTokensUpperBound() a count no tokenizer exceeds (UTF-8 bytes): what a hard budget
//                            reserves, so that the bill never comes out above the reservation,
//                            whatever the script (CJK, emoji and code run far above 1 token per
//                            4 characters). The reservation is released once the provider's own
//                            usage is in the ledger.

#include "router/base/ChatTypes.h"
#include "router/catalog/ProviderInfo.h"

namespace sb::metering {

// Characters per token for the heuristic. English prose through BPE tokenizers is ~4 characters
// per token; code and non-Latin scripts run lower, so this is a typical figure, never a bound.
inline constexpr int kCharsPerToken = 4;
// Framing every chat template adds around a message (role markers, separators).
inline constexpr int kTokensPerMessage = 4;
// Upper bounds of the framing: role markers and separators of any provider's template, and the
// hidden system prompt providers add when tools are offered (Anthropic documents 346 tokens for
// tool use with tool_choice auto on Claude 3.5 Sonnet; 1024 leaves room for the others).
inline constexpr int kMaxTokensPerMessage = 16;
inline constexpr int kMaxToolPromptTokens = 1024;

qint64 estimateTokens(const QString &text);
// Prompt tokens the request will cost, typically: messages, tool definitions and tool calls.
qint64 estimatePromptTokens(const ChatRequest &request);
// Prompt tokens the request cannot exceed on any byte-level BPE (GPT, Llama 3, Qwen, SmolLM3,
// Claude) or SentencePiece-with-byte-fallback (Llama 2, Mistral, Gemma) tokenizer: every token
// covers at least one UTF-8 byte of the text, so the text's bytes bound its tokens; framing and
// tool prompts are added at their upper bounds.
qint64 promptTokensUpperBound(const ChatRequest &request);
// The completion tokens a request may use at most: max_tokens if set, else the model's output
// cap, else what is left of the context window.
qint64 worstCaseOutputTokens(const ChatRequest &request, const ModelEntry &model, qint64 promptTokens);

// USD. Cached prompt tokens and cache-write tokens (both subsets of inputTokens) are billed at the
// cache-read and cache-write prices, the rest of the prompt at the input price; reasoning tokens
// are part of outputTokens.
double cost(const ModelPrice &price, const TokenUsage &usage);
double cost(const ModelPrice &price, qint64 inputTokens, qint64 outputTokens, qint64 cachedInputTokens = 0,
    qint64 cacheWriteTokens = 0);
// The most a request can cost, what budgets reserve: the prompt at its upper bound (at most the
// context window) priced at the dearer of the input and cache-write prices, plus the most output
// it may produce (max_tokens, else the model's output cap, else the context window) within the
// context window that prompt and output share.
double worstCaseCost(const ChatRequest &request, const ModelEntry &model);

// Usage for a finished attempt: the provider's figures when it reported any, else an estimate
// from the prompt and the streamed text (reported = false).
TokenUsage finalUsage(const TokenUsage &reported, bool providerReported, const ChatRequest &request,
    const QString &generatedText);

} // namespace sb::metering
