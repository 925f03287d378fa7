#pragma once
// What one RouterCall uses of its Router, handed over explicitly (instead of friendship): the
// state it reads and records into, and the few things only the Router can do (keys, the network
// pool, its signals). The Router owns all of it and deletes its calls before any of it goes.

#include <QString>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;

namespace sb {

class BudgetManager;
class Catalog;
class Clock;
class HealthTracker;
class Ledger;
class LocalProvider;
class RandomSource;
class StatsTracker;
struct AttemptRecord;
struct ProviderInfo;
struct RouterSettings;

// Implemented by the Router.
class RouterHost {
public:
    virtual ~RouterHost() = default;
    // Reads the keys of these providers (asynchronously, once each); `done` runs when all are known.
    virtual void resolveKeys(const QStringList &providers, std::function<void()> done) = 0;
    virtual bool hasKey(const ProviderInfo &provider) const = 0;
    virtual QString keyFor(const QString &providerId) const = 0; // never logged
    virtual QStringList knownSecrets() const = 0; // for redaction
    virtual QNetworkAccessManager *acquireNetwork() = 0;
    virtual void releaseNetwork(QNetworkAccessManager *network) = 0;
    // The Router's signals, emitted on the call's behalf.
    virtual void reportAttempt(const AttemptRecord &record) = 0;
    virtual void reportKeyRejected(const QString &providerId) = 0;
    virtual void reportBudgetWarning(const QString &message) = 0;
    virtual void reportLedgerError(const QString &message) = 0;
};

struct RouterServices {
    const Catalog *catalog = nullptr;
    const RouterSettings *settings = nullptr;
    Ledger *ledger = nullptr; // null: no rows
    BudgetManager *budgets = nullptr;
    HealthTracker *health = nullptr;
    StatsTracker *stats = nullptr;
    const Clock *clock = nullptr;
    RandomSource *rng = nullptr;
    LocalProvider *local = nullptr; // null: no local engine
    RouterHost *host = nullptr;
};

} // namespace sb
