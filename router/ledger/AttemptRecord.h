#pragma once
// One row of the ledger: one attempt of one request at one provider.

#include <QMetaType>
#include <QString>
#include <optional>

namespace sb {

enum class AttemptStatus {
    Pending, // written when the attempt starts; a crash leaves it so until crash recovery settles it
    Ok,
    Error,
    Cancelled, // the client went away or pressed stop
    Refused, // never sent: budget or no candidate
    Interrupted, // was pending when its process died; settled by crash recovery (cost estimated)
};

QString attemptStatusName(AttemptStatus s);
std::optional<AttemptStatus> attemptStatusFromName(const QString &name);

struct AttemptRecord {
    qint64 rowId = 0; // assigned by the ledger
    QString requestId;
    int attempt = 1; // 1-based within the request
    qint64 startedAtMs = 0; // ms since the Unix epoch, UTC
    QString provider;
    QString model; // canonical model id
    QString providerModel; // the id sent on the wire
    QString policy; // cheapest | fastest | preferred | pinned | weighted
    AttemptStatus status = AttemptStatus::Pending;
    int httpStatus = 0; // 0: no HTTP response
    QString errorClass; // FailureDecision::errorClass, or budget / no_candidates
    QString errorText; // redacted: never a key
    std::optional<qint64> ttftMs; // unset when no token arrived
    qint64 durationMs = 0;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    qint64 tokensCached = 0;
    bool tokensEstimated = false; // the provider reported no usage; figures are the heuristic's
    double costUsd = 0;
    QString currency = QStringLiteral("USD");
    // Team gateway: who sent it (empty on the desktop), and the worst case the budget reserved
    // for it (what a crash-settled row is charged).
    QString userName;
    QString teamName;
    double reservedUsd = 0;
};

} // namespace sb

Q_DECLARE_METATYPE(sb::AttemptRecord)
