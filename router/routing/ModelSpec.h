#pragma once
// What the client asked for: "model", "model:cheapest", "model:fastest", "model:preferred",
// "model:weighted" or "model:<provider>" (pinned, no failover), as the Hugging Face router does.
// Parsed once, at the edge that received it (the GUI's chat, the local server), by
// parseModelSpec(); the typed spec travels down to the Router, which never parses a name again.

#include "router/base/Policy.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace sb {

struct ModelSpec {
    QString model; // canonical model id, suffix removed
    PolicyKind policy = PolicyKind::Cheapest;
    QString pinnedProvider; // set when policy == Pinned
    bool explicitPolicy = false; // the suffix chose the policy (else the Router's default applies)
    // A suffix that was neither a policy nor a provider (model keeps the whole string then): an
    // edge that knows the models can say so ("'x' is neither a policy nor a provider").
    QString unknownSuffix;
};

// What the edge knows when it parses.
struct ModelSpecContext {
    QStringList providerIds; // the catalog's ids, for ":<provider>"
    // Whether a whole name is itself a model id (Ollama-style "llama3:8b" must not be split).
    std::function<bool(const QString &)> isModelId;
    PolicyKind defaultPolicy = PolicyKind::Cheapest; // when no suffix names one
};

// Hugging Face's provider names ("fireworks-ai", "featherless-ai", "hf-inference") map to the
// catalog's. The one function that reads a model string.
ModelSpec parseModelSpec(const QString &requested, const ModelSpecContext &context);

} // namespace sb
