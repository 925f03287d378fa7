#pragma once
// What the client asked for: "model", "model:cheapest", "model:fastest", "model:preferred",
// "model:weighted" or "model:<provider>" (pinned, no failover), as the Hugging Face router does.

#include <QString>
#include <QStringList>
#include <optional>

namespace sb {

enum class PolicyKind { Cheapest, Fastest, Preferred, Weighted, Pinned };

QString policyKindName(PolicyKind k);
std::optional<PolicyKind> policyKindFromName(const QString &name); // not "pinned": that takes a provider

struct ModelSpec {
    QString model; // canonical model id, suffix removed
    PolicyKind policy = PolicyKind::Cheapest;
    QString pinnedProvider; // set when policy == Pinned
    bool explicitPolicy = false; // the suffix chose the policy (else the default applied)
};

// providerIds: the catalog's ids. A suffix that is neither a policy nor a provider stays part of
// the model name, so ids like "llama3:8b" (Ollama) survive. Hugging Face's provider names
// ("fireworks-ai", "featherless-ai", "hf-inference") map to the catalog's.
ModelSpec parseModelSpec(const QString &requested, const QStringList &providerIds, PolicyKind defaultPolicy);

} // namespace sb
