#pragma once
// One request going through the Router: key lookup, filtering, ranking, then the attempt loop
// (ledger row, budget reservation, HTTP or local generation, timeouts, failover, cancellation).

#include "router/adapters/FailureClass.h"
#include "router/base/ChatTypes.h"
#include "router/core/RouteResult.h"
#include "router/core/RouterServices.h"
#include "router/routing/Candidate.h"
#include "router/routing/ModelSpec.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace sb {

class LocalGeneration;
class ProviderAdapter;
class Router;
class StreamDecoder;

class RouterCall : public QObject {
    Q_OBJECT
public:
    // Made by Router::chat(); `parent` is the Router, which owns everything in `services`. The
    // call begins from the event loop, so that callers can connect first.
    RouterCall(const RouterServices &services, ChatRequest request, RouteOptions options, QObject *parent);
    ~RouterCall() override;

    QString requestId() const { return m_result.requestId; }
    // Stops the request: the upstream HTTP request is aborted, a local generation stopped; the
    // attempt is recorded as cancelled; finished() follows (outcome Cancelled).
    void cancel();
    bool isFinished() const { return m_finished; }
    const RouteResult &result() const { return m_result; }
    // The provider now serving (known at the first content event), and attempts so far.
    QString provider() const { return m_result.provider; }
    int attempts() const { return m_result.attempts; }

signals:
    void attemptStarted(const QString &provider, int attempt);
    // Content of the serving attempt: TextDelta, ReasoningDelta, ToolCallDelta as they stream,
    // then one Usage (final figures, usage.reported false when estimated) and one Finish. Nothing
    // from attempts that failed before their first token. Failures come through finished().
    void chatEvent(const sb::ChatEvent &event);
    void finished(const sb::RouteResult &result);

private:
    enum class Phase { Connect, FirstToken, Streaming };

    void begin();
    void route();
    void nextAttempt();
    void startHttp(const Candidate &c);
    void startLocal(const Candidate &c);
    void writePendingRow();
    void onReplyMetaData();
    void onReplyData();
    void onReplyFinished();
    void onTimeout();
    void handleEvents(const QVector<ChatEvent> &events);
    void handleEvent(const ChatEvent &e);
    // The attempt ended. `failure` unset: success. In four steps: close the transport, settle
    // the ledger row and the budget reservation, feed health and stats, then finish or fail over.
    void endAttempt(AttemptStatus status, const std::optional<FailureDecision> &failure, int httpStatus,
        const QString &error);
    void closeTransport(AttemptStatus status);
    TokenUsage settleRecord(AttemptStatus status, const std::optional<FailureDecision> &failure,
        int httpStatus, const QString &error);
    void recordHealth(AttemptStatus status, const std::optional<FailureDecision> &failure);
    void continueAfter(AttemptStatus status, const std::optional<FailureDecision> &failure, int httpStatus,
        const TokenUsage &usage);
    void finish(RouteOutcome outcome, const QString &message);
    void detachReply();
    QString redact(const QString &text) const;

    RouterServices m_services;
    ChatRequest m_request;
    RouteOptions m_options;
    ModelSpec m_spec;
    bool m_allowFailover = true;
    QVector<Candidate> m_ranked;
    qsizetype m_next = 0;
    RouteResult m_result;
    bool m_finished = false;
    bool m_cancelled = false;
    QElapsedTimer m_requestTimer;

    // The attempt in flight.
    struct Attempt {
        Candidate candidate;
        AttemptRecord record;
        qint64 reservationId = 0;
        std::unique_ptr<ProviderAdapter> adapter;
        std::unique_ptr<StreamDecoder> decoder;
        QPointer<QNetworkReply> reply;
        QNetworkAccessManager *network = nullptr; // acquired from the Router, released at the end
        std::unique_ptr<LocalGeneration> local;
        QElapsedTimer clock;
        int httpStatus = 0;
        bool errorStatus = false;
        bool metaSeen = false;
        QByteArray errorBody;
        bool firstToken = false;
        bool usageReported = false;
        TokenUsage usage;
        QString finishReason;
        QString generatedText; // for the estimate when no usage is reported
        bool active = false;
    };
    Attempt m_attempt;
    Phase m_phase = Phase::Connect;
    QTimer m_timer;
    QVector<FailureDecision> m_failures; // before-first-token failures, to pick the final status
};

} // namespace sb
