#pragma once
// The Hugging Face router's model list (GET https://router.huggingface.co/v1/models): the OpenAI
// list shape with, per model, the upstream providers serving it through the router:
//
//   {"object": "list", "data": [{"id": "openai/gpt-oss-120b", "object": "model", "created": 1754...,
//     "owned_by": "openai", "architecture": {"input_modalities": ["text"], ...},
//     "providers": [{"provider": "cerebras", "status": "live", "context_length": 131072,
//                    "pricing": {"input": 0.25, "output": 0.69},      // USD per million tokens
//                    "supports_tools": true, "supports_structured_output": false,
//                    "first_token_latency_ms": 420.5, "throughput": 1800.2, "is_model_author": false},
//                   ...]}]}
//
// Any field of a provider entry may be missing (HF lists routes without pricing or context). A
// body that is not this shape, or is cut short, is an error naming what is wrong, so a sync keeps
// the previous cache rather than a half list.

#include "router/base/Outcome.h"
#include "router/catalog/ProviderInfo.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QVector>

namespace sb {

struct HubModel {
    QString id;
    QVector<HubRoute> routes; // every route listed, live or not
};

// `fetchedAt` stamps every price read. Models listed without any provider are skipped.
Outcome<QVector<HubModel>> parseHubModelList(const QByteArray &body, const QDateTime &fetchedAt);

// The catalog entry for one Hub model: price and context are the highest over its live routes
// (what a budget must reserve when the router picks), capabilities true when any live route has
// them. Routes without a price take that highest price (priceListed false). Returns nullopt when
// no live route lists a price: such a model cannot be priced, so it is not routed.
std::optional<ModelEntry> hubModelEntry(const HubModel &model, const QDateTime &fetchedAt);

// The catalog's provider id for an HF provider name ("fireworks-ai" -> "fireworks"); the name
// itself when the catalog uses the same.
QString catalogIdForHubProvider(const QString &hubName);

} // namespace sb
