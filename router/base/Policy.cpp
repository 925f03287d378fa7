#include "router/base/Policy.h"

namespace sb {

namespace {

struct PolicyEntry {
    PolicyKind kind;
    const char *name;
    bool clientNamed; // a client may ask for it by name (a suffix or the header)
    bool listed; // GET /v1/models shows "model:<name>"
};

constexpr PolicyEntry kPolicies[] = {
    { PolicyKind::Cheapest, "cheapest", true, true },
    { PolicyKind::Fastest, "fastest", true, true },
    { PolicyKind::Preferred, "preferred", true, false },
    { PolicyKind::Weighted, "weighted", true, false },
    { PolicyKind::Pinned, "pinned", false, false },
};

} // namespace

QString policyKindName(PolicyKind k)
{
    for (const PolicyEntry &e : kPolicies)
        if (e.kind == k)
            return QString::fromLatin1(e.name);
    return {};
}

std::optional<PolicyKind> policyKindFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    for (const PolicyEntry &e : kPolicies)
        if (e.clientNamed && n == QLatin1String(e.name))
            return e.kind;
    return std::nullopt;
}

QStringList policyNames()
{
    QStringList out;
    for (const PolicyEntry &e : kPolicies)
        if (e.clientNamed)
            out << QString::fromLatin1(e.name);
    return out;
}

QList<PolicyKind> listedPolicies()
{
    QList<PolicyKind> out;
    for (const PolicyEntry &e : kPolicies)
        if (e.listed)
            out << e.kind;
    return out;
}

bool isReservedRouteWord(const QString &word)
{
    const QString w = word.trimmed().toLower();
    for (const PolicyEntry &e : kPolicies)
        if (w == QLatin1String(e.name))
            return true;
    return w == QLatin1String("auto");
}

} // namespace sb
