#pragma once
// The routing policies by name: the one table every part reads (model suffixes, the
// x-switchboard-policy header, /v1/models entries, the ledger's policy column, the GUI's picker,
// the ids a custom endpoint may not take). The policies themselves live in router/routing/.

#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

enum class PolicyKind { Cheapest, Fastest, Preferred, Weighted, Pinned };

QString policyKindName(PolicyKind k);
// A policy a client may name ("cheapest", "fastest", "preferred", "weighted"); not "pinned",
// which takes a provider instead.
std::optional<PolicyKind> policyKindFromName(const QString &name);
// Those names, in the table's order.
QStringList policyNames();
// The policies /v1/models lists as "model:<policy>" entries beside each model.
QList<PolicyKind> listedPolicies();
// Words a provider id must not be, or "model:<id>" would not mean the provider.
bool isReservedRouteWord(const QString &word);

} // namespace sb
