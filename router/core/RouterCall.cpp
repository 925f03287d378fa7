#include "router/core/RouterCall.h"

#include "router/adapters/ProviderAdapter.h"
#include "router/core/LocalProvider.h"
#include "router/core/Router.h"
#include "router/keys/Redact.h"
#include "router/ledger/Ledger.h"
#include "router/metering/Metering.h"
#include "router/routing/CandidateFilter.h"
#include "router/routing/RoutingPolicy.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUuid>

namespace sb {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024;

} // namespace

RouterCall::RouterCall(
    const RouterServices &services, ChatRequest request, RouteOptions options, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_request(std::move(request))
    , m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RouterCall::onTimeout);
    // Asynchronous even when the answer is immediate (unknown model), so callers can connect first.
    QTimer::singleShot(0, this, &RouterCall::begin);
    m_result.requestId = m_options.requestId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                                       : m_options.requestId;
}

RouterCall::~RouterCall()
{
    if (m_attempt.active)
        cancel();
    detachReply();
}

QString RouterCall::redact(const QString &text) const
{
    return redactSecrets(text, m_services.host->knownSecrets());
}

void RouterCall::begin()
{
    if (m_finished)
        return;
    m_requestTimer.start();
    if (m_options.spec) {
        m_spec = *m_options.spec;
        if (!m_spec.explicitPolicy)
            m_spec.policy = m_services.settings->defaultPolicy;
    } else {
        ModelSpecContext context;
        context.providerIds = m_services.catalog->providerIds();
        context.isModelId
            = [this](const QString &id) { return !m_services.catalog->providersServing(id).isEmpty(); };
        context.defaultPolicy = m_services.settings->defaultPolicy;
        m_spec = parseModelSpec(m_request.model, context);
    }
    m_result.model = m_spec.model;
    m_result.policy = m_spec.policy;
    QStringList serving;
    for (const ProviderInfo *p : m_services.catalog->providersServing(m_spec.model))
        if (m_spec.policy != PolicyKind::Pinned || p->id == m_spec.pinnedProvider)
            serving << p->id;
    if (serving.isEmpty()) {
        const QString msg = m_spec.policy == PolicyKind::Pinned
            ? tr("Provider '%1' does not serve the model '%2'").arg(m_spec.pinnedProvider, m_spec.model)
            : tr("The model '%1' is not served by any provider in the catalog").arg(m_spec.model);
        finish(RouteOutcome::UnknownModel, msg);
        return;
    }
    QPointer<RouterCall> self(this);
    m_services.host->resolveKeys(serving, [self] {
        if (self)
            self->route();
    });
}

void RouterCall::route()
{
    if (m_finished)
        return;
    FilterInputs in;
    in.catalog = m_services.catalog;
    in.spec = &m_spec;
    in.request = &m_request;
    in.hasKey = [this](const ProviderInfo &p) { return m_services.host->hasKey(p); };
    in.health = m_services.health;
    in.budgets = m_services.budgets;
    in.localEngineAvailable = m_services.local && m_services.local->canServe(m_spec.model);
    const FilterResult filtered = filterCandidates(in);
    m_result.exclusions = filtered.exclusions;
    if (filtered.candidates.isEmpty()) {
        QVector<Exclusion> budget;
        for (const Exclusion &e : filtered.exclusions)
            if (e.reason == ExclusionReason::OverBudget)
                budget << e;
        if (!budget.isEmpty()) {
            bool allInFlight = true;
            for (const Exclusion &e : budget)
                allInFlight = allInFlight && e.budgetHttpStatus == 429;
            AttemptRecord refused;
            refused.requestId = m_result.requestId;
            refused.startedAtMs = m_services.clock->nowMs();
            refused.provider = budget.first().provider;
            refused.model = m_spec.model;
            refused.policy = policyKindName(m_spec.policy);
            refused.status = AttemptStatus::Refused;
            refused.errorClass = QStringLiteral("budget");
            refused.errorText = budget.first().detail;
            if (m_services.ledger) {
                if (auto id = m_services.ledger->insert(refused)) {
                    refused.rowId = id.value();
                } else {
                    m_result.ledgerErrors << id.error();
                    m_services.host->reportLedgerError(id.error());
                }
            }
            m_services.host->reportAttempt(refused);
            finish(allInFlight ? RouteOutcome::BudgetReserved : RouteOutcome::BudgetExhausted,
                tr("%1 (providers excluded: %2)")
                    .arg(budget.first().detail, describeExclusions(filtered.exclusions)));
            return;
        }
        finish(RouteOutcome::NoCandidates,
            tr("No provider can serve '%1' now: %2")
                .arg(m_spec.model, describeExclusions(filtered.exclusions)));
        return;
    }
    const auto policy = makeRoutingPolicy(m_spec.policy);
    RoutingContext ctx;
    ctx.request = &m_request;
    ctx.promptTokens = filtered.promptTokens;
    ctx.expectedOutputTokens = filtered.expectedOutputTokens;
    ctx.stats = m_services.stats;
    ctx.clock = m_services.clock;
    ctx.rng = m_services.rng;
    ctx.preferredOrder = m_services.settings->preferredOrder;
    ctx.pinnedProvider = m_spec.pinnedProvider;
    ctx.explorationRate = m_services.settings->explorationRate;
    m_ranked = policy->rank(filtered.candidates, ctx);
    m_allowFailover = policy->allowsFailover();
    nextAttempt();
}

void RouterCall::nextAttempt()
{
    if (m_finished)
        return;
    while (m_next < m_ranked.size() && m_result.attempts < m_services.settings->maxAttempts) {
        const Candidate c = m_ranked[m_next++];
        // An earlier attempt of this request may have cooled the provider down since filtering.
        if (!m_services.health->isAvailable(c.id()))
            continue;
        const BudgetDecision budget = m_services.budgets->reserve(c.id(), c.worstCaseUsd);
        if (!budget.allowed()) {
            m_result.exclusions.append(
                Exclusion { c.id(), ExclusionReason::OverBudget, budget.message, budget.httpStatus() });
            continue;
        }
        if (budget.warning && m_result.budgetWarning.isEmpty()) {
            m_result.budgetWarning = budget.message;
            m_services.host->reportBudgetWarning(budget.message);
        }
        m_attempt = Attempt {};
        m_attempt.active = true;
        m_attempt.candidate = c;
        m_attempt.reservationId = budget.reservationId;
        AttemptRecord &rec = m_attempt.record;
        rec.requestId = m_result.requestId;
        rec.attempt = ++m_result.attempts;
        rec.startedAtMs = m_services.clock->nowMs();
        rec.provider = c.id();
        rec.model = c.model->id;
        rec.providerModel = c.model->providerModelId;
        rec.policy = policyKindName(m_spec.policy);
        rec.status = AttemptStatus::Pending;
        m_result.provider = c.id();
        m_result.providerModel = c.model->providerModelId;
        emit attemptStarted(c.id(), rec.attempt);
        m_attempt.clock.start();
        if (c.provider->wire == WireFormat::Local)
            startLocal(c);
        else
            startHttp(c);
        if (c.provider->wire == WireFormat::Local)
            writePendingRow();
        return;
    }
    if (m_failures.isEmpty()) {
        // Nothing was even tried: budgets (reservations) or cooldowns took every candidate.
        QVector<Exclusion> budget;
        for (const Exclusion &e : m_result.exclusions)
            if (e.reason == ExclusionReason::OverBudget)
                budget << e;
        if (!budget.isEmpty()) {
            finish(budget.first().budgetHttpStatus == 429 ? RouteOutcome::BudgetReserved
                                                          : RouteOutcome::BudgetExhausted,
                budget.first().detail);
            return;
        }
        finish(RouteOutcome::NoCandidates,
            tr("No provider can serve '%1' now: %2")
                .arg(m_spec.model, describeExclusions(m_result.exclusions)));
        return;
    }
    bool allTimeouts = true;
    bool allRateLimited = true;
    for (const FailureDecision &f : m_failures) {
        allTimeouts = allTimeouts && f.errorClass == QLatin1String("timeout");
        allRateLimited = allRateLimited
            && (f.errorClass == QLatin1String("rate_limited") || f.errorClass == QLatin1String("overloaded"));
    }
    QStringList parts;
    for (const AttemptSummary &a : m_result.attemptLog)
        parts << QStringLiteral("%1: %2").arg(a.provider, a.error);
    const QString msg
        = tr("All %1 attempts failed: %2").arg(m_result.attempts).arg(parts.join(QStringLiteral("; ")));
    finish(allTimeouts       ? RouteOutcome::AllTimedOut
            : allRateLimited ? RouteOutcome::AllRateLimited
                             : RouteOutcome::AllFailed,
        msg);
}

void RouterCall::startHttp(const Candidate &c)
{
    m_attempt.adapter = createProviderAdapter(wireFormatName(c.provider->wire));
    if (!m_attempt.adapter) {
        FailureDecision d;
        d.kind = FailureKind::ProviderFinal;
        d.errorClass = QStringLiteral("unsupported");
        d.countsAgainstHealth = false;
        endAttempt(AttemptStatus::Error, d, 0,
            tr("%1: no adapter for wire format '%2'").arg(c.id(), wireFormatName(c.provider->wire)));
        return;
    }
    ChatRequest upstream = m_request;
    // Always stream upstream: the router measures time to first token and can fail over until
    // it; non-streaming clients get the assembled answer from whoever serves them.
    upstream.stream = true;
    upstream.model = c.model->providerModelId;
    const ProviderHttpRequest http = m_attempt.adapter->buildRequest(
        QUrl(c.provider->baseUrl), c.model->providerModelId, upstream, m_services.host->keyFor(c.id()));
    m_attempt.decoder = m_attempt.adapter->createStreamDecoder();
    m_attempt.network = m_services.host->acquireNetwork();
    QNetworkReply *reply = m_attempt.network->post(http.request, http.body);
    m_attempt.reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &RouterCall::onReplyMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &RouterCall::onReplyData);
    connect(reply, &QNetworkReply::finished, this, &RouterCall::onReplyFinished);
    connect(reply, &QNetworkReply::requestSent, this, [this] {
        writePendingRow();
        if (m_phase == Phase::Connect) {
            m_phase = Phase::FirstToken;
            m_timer.start(
                std::max<qint64>(1, m_services.settings->firstTokenTimeoutMs - m_attempt.clock.elapsed()));
        }
    });
    m_phase = Phase::Connect;
    m_timer.start(std::min(m_services.settings->connectTimeoutMs, m_services.settings->firstTokenTimeoutMs));
}

void RouterCall::startLocal(const Candidate &c)
{
    m_phase = Phase::FirstToken; // the engine is ours: no network deadlines, cancel() stops it
    QPointer<RouterCall> self(this);
    const int attempt = m_attempt.record.attempt;
    m_attempt.local = m_services.local->start(c.model->id, m_request, [self, attempt](const ChatEvent &e) {
        if (self && self->m_attempt.active && self->m_attempt.record.attempt == attempt)
            self->handleEvent(e);
    });
    if (!m_attempt.local && m_attempt.active) {
        FailureDecision d;
        d.kind = FailureKind::Retryable;
        d.errorClass = QStringLiteral("unavailable");
        endAttempt(AttemptStatus::Error, d, 0, tr("local: the engine could not start a generation"));
    }
}

void RouterCall::writePendingRow()
{
    // Written once the request is on the wire, so the SQLite commit is not in the request's
    // path; a crash before it loses only this attempt's row. An attempt that ends earlier is
    // inserted by endAttempt().
    if (!m_attempt.active || !m_services.ledger || m_attempt.record.rowId != 0)
        return;
    if (auto id = m_services.ledger->insert(m_attempt.record)) {
        m_attempt.record.rowId = id.value();
    } else {
        m_attempt.record.rowId = -1; // tried once; endAttempt() inserts the final row instead
        m_result.ledgerErrors << id.error();
        m_services.host->reportLedgerError(id.error());
    }
}

void RouterCall::onReplyMetaData()
{
    QNetworkReply *reply = m_attempt.reply;
    if (!m_attempt.active || !reply || m_attempt.metaSeen)
        return;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return;
    m_attempt.metaSeen = true;
    m_attempt.httpStatus = status.toInt();
    m_attempt.errorStatus = m_attempt.httpStatus < 200 || m_attempt.httpStatus >= 300;
    if (!m_attempt.errorStatus)
        m_attempt.decoder->setContentType(reply->rawHeader("content-type"));
}

void RouterCall::onReplyData()
{
    QNetworkReply *reply = m_attempt.reply;
    if (!m_attempt.active || !reply)
        return;
    onReplyMetaData();
    const QByteArray bytes = reply->readAll();
    if (m_attempt.errorStatus) {
        if (m_attempt.errorBody.size() < kMaxErrorBody)
            m_attempt.errorBody += bytes.left(kMaxErrorBody - m_attempt.errorBody.size());
        return;
    }
    if (m_phase == Phase::Streaming)
        m_timer.start(m_services.settings->idleTimeoutMs);
    handleEvents(m_attempt.decoder->feed(bytes));
}

void RouterCall::onReplyFinished()
{
    QNetworkReply *reply = m_attempt.reply;
    if (!m_attempt.active || !reply || sender() != reply)
        return;
    m_timer.stop();
    onReplyMetaData();
    const QNetworkReply::NetworkError netError = reply->error();
    if (m_attempt.errorStatus) {
        m_attempt.errorBody += reply->readAll().left(kMaxErrorBody);
        const ProviderError perr = m_attempt.adapter->parseError(m_attempt.httpStatus, m_attempt.errorBody,
            reply->rawHeaderPairs(), QDateTime::currentDateTimeUtc());
        const FailureDecision d = failure::classify(perr);
        endAttempt(AttemptStatus::Error, d, m_attempt.httpStatus,
            QStringLiteral("HTTP %1 %2: %3").arg(m_attempt.httpStatus).arg(d.errorClass, perr.message));
        return;
    }
    if (!m_attempt.metaSeen && netError != QNetworkReply::NoError) {
        const FailureDecision d = failure::classifyNetworkError(netError);
        endAttempt(
            AttemptStatus::Error, d, 0, QStringLiteral("%1: %2").arg(d.errorClass, reply->errorString()));
        return;
    }
    handleEvents(m_attempt.decoder->feed(reply->readAll()));
    if (!m_attempt.active)
        return;
    if (netError != QNetworkReply::NoError) {
        // The connection died mid-body.
        const FailureDecision d = failure::classifyNetworkError(netError);
        endAttempt(AttemptStatus::Error, d, m_attempt.httpStatus,
            QStringLiteral("%1: the stream broke off: %2").arg(d.errorClass, reply->errorString()));
        return;
    }
    handleEvents(m_attempt.decoder->finish());
}

void RouterCall::onTimeout()
{
    if (!m_attempt.active)
        return;
    TimeoutPhase phase = TimeoutPhase::Idle;
    int limit = m_services.settings->idleTimeoutMs;
    QString what = tr("no data for %1 ms while streaming");
    if (m_phase == Phase::Connect) {
        phase = TimeoutPhase::Connect;
        limit = m_services.settings->connectTimeoutMs;
        what = tr("could not connect and send within %1 ms");
    } else if (m_phase == Phase::FirstToken) {
        phase = TimeoutPhase::FirstToken;
        limit = m_services.settings->firstTokenTimeoutMs;
        what = tr("no first token within %1 ms");
    }
    const FailureDecision d = failure::classifyTimeout(phase);
    endAttempt(AttemptStatus::Error, d, m_attempt.httpStatus, QStringLiteral("timeout: ") + what.arg(limit));
}

void RouterCall::handleEvents(const QVector<ChatEvent> &events)
{
    for (const ChatEvent &e : events) {
        if (!m_attempt.active)
            return;
        handleEvent(e);
    }
}

void RouterCall::handleEvent(const ChatEvent &e)
{
    if (!m_attempt.active)
        return;
    switch (e.kind) {
    case ChatEvent::Kind::TextDelta:
    case ChatEvent::Kind::ReasoningDelta:
    case ChatEvent::Kind::ToolCallDelta:
        if (!m_attempt.firstToken) {
            m_attempt.firstToken = true;
            m_attempt.record.ttftMs = m_attempt.clock.elapsed();
            m_phase = Phase::Streaming;
            if (m_attempt.reply)
                m_timer.start(m_services.settings->idleTimeoutMs);
        }
        m_attempt.generatedText += e.text + e.toolName + e.toolArguments;
        emit chatEvent(e);
        return;
    case ChatEvent::Kind::Usage:
        m_attempt.usage = e.usage;
        m_attempt.usageReported = true;
        return;
    case ChatEvent::Kind::Finish:
        m_attempt.finishReason = e.finishReason;
        endAttempt(AttemptStatus::Ok, std::nullopt, m_attempt.httpStatus, QString());
        return;
    case ChatEvent::Kind::Error: {
        const FailureDecision d = failure::classifyStreamError(e);
        endAttempt(AttemptStatus::Error, d, e.httpStatus ? e.httpStatus : m_attempt.httpStatus,
            QStringLiteral("%1: %2").arg(d.errorClass, e.errorMessage));
        return;
    }
    }
}

void RouterCall::detachReply()
{
    QNetworkReply *reply = m_attempt.reply;
    m_attempt.reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

void RouterCall::endAttempt(
    AttemptStatus status, const std::optional<FailureDecision> &failure, int httpStatus, const QString &error)
{
    if (!m_attempt.active)
        return;
    m_attempt.active = false;
    m_timer.stop();
    closeTransport(status);
    const TokenUsage usage = settleRecord(status, failure, httpStatus, error);
    recordHealth(status, failure);
    continueAfter(status, failure, httpStatus, usage);
}

void RouterCall::closeTransport(AttemptStatus status)
{
    QNetworkReply *reply = m_attempt.reply;
    if (status == AttemptStatus::Ok && reply && reply->isRunning()) {
        // Finished by the provider's own end marker; let the body drain so the connection is reused.
        m_attempt.reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        QTimer::singleShot(5000, reply, [reply] { reply->abort(); });
    }
    detachReply();
    m_services.host->releaseNetwork(m_attempt.network);
    m_attempt.network = nullptr;
    if (m_attempt.local) {
        if (status != AttemptStatus::Ok)
            m_attempt.local->cancel();
        m_attempt.local.reset();
    }
}

TokenUsage RouterCall::settleRecord(
    AttemptStatus status, const std::optional<FailureDecision> &failure, int httpStatus, const QString &error)
{
    AttemptRecord &rec = m_attempt.record;
    rec.status = status;
    rec.httpStatus = httpStatus;
    rec.errorClass = failure                 ? failure->errorClass
        : status == AttemptStatus::Cancelled ? QStringLiteral("cancelled")
                                             : QString();
    rec.errorText = redact(error);
    rec.durationMs = m_attempt.clock.elapsed();
    // A provider does not bill an attempt that produced nothing; when tokens did stream and no
    // usage came, the heuristic estimates them (flagged).
    TokenUsage usage;
    if (m_attempt.usageReported || m_attempt.firstToken)
        usage = metering::finalUsage(
            m_attempt.usage, m_attempt.usageReported, m_request, m_attempt.generatedText);
    else
        usage.reported = true;
    rec.tokensIn = usage.inputTokens;
    rec.tokensOut = usage.outputTokens;
    rec.tokensCached = usage.cachedInputTokens;
    rec.tokensEstimated = !usage.reported;
    rec.costUsd = metering::cost(m_attempt.candidate.model->price, usage);

    bool recorded = !m_services.ledger;
    if (m_services.ledger) {
        // rowId 0: the attempt ended before its pending row was written (or that write failed).
        Outcome<void> written;
        if (rec.rowId == -1)
            rec.rowId = 0;
        if (rec.rowId > 0) {
            written = m_services.ledger->update(rec);
        } else if (auto id = m_services.ledger->insert(rec)) {
            rec.rowId = id.value();
        } else {
            written = Outcome<void>::failure(id.error());
        }
        if (written) {
            recorded = true;
        } else {
            m_result.ledgerErrors << written.error();
            m_services.host->reportLedgerError(written.error());
        }
    }
    // Without the real cost in the ledger the reservation keeps standing in for it, so the
    // budget stays conservative until restart.
    if (recorded)
        m_services.budgets->release(m_attempt.reservationId);
    m_services.host->reportAttempt(rec);

    AttemptSummary summary;
    summary.provider = rec.provider;
    summary.attempt = rec.attempt;
    summary.status = status;
    summary.httpStatus = httpStatus;
    summary.errorClass = rec.errorClass;
    summary.error = rec.errorText;
    summary.ttftMs = rec.ttftMs;
    summary.durationMs = rec.durationMs;
    summary.costUsd = rec.costUsd;
    m_result.attemptLog.append(summary);
    m_result.costUsd += rec.costUsd;
    if (status == AttemptStatus::Ok || status == AttemptStatus::Cancelled || m_attempt.firstToken) {
        m_result.usage = usage;
        m_result.ttftMs = rec.ttftMs;
        m_result.durationMs = rec.durationMs;
        m_result.finishReason = m_attempt.finishReason;
    }
    return usage;
}

void RouterCall::recordHealth(AttemptStatus status, const std::optional<FailureDecision> &failure)
{
    const AttemptRecord &rec = m_attempt.record;
    if (status == AttemptStatus::Ok) {
        m_services.health->recordSuccess(rec.provider);
        const qint64 ttft = rec.ttftMs.value_or(rec.durationMs);
        const qint64 genMs = rec.durationMs - ttft;
        const double tps
            = rec.tokensOut > 1 && genMs > 0 ? double(rec.tokensOut - 1) * 1000.0 / double(genMs) : 0;
        m_services.stats->record(rec.provider, rec.model, double(ttft), tps);
    } else if (failure && status == AttemptStatus::Error) {
        m_services.health->recordFailure(
            rec.provider, failure->errorClass, failure->countsAgainstHealth, failure->retryAfterMs);
        if (failure->invalidKey) {
            m_services.health->setKeyRejected(rec.provider, true);
            m_services.host->reportKeyRejected(rec.provider);
        }
    }
}

void RouterCall::continueAfter(AttemptStatus status, const std::optional<FailureDecision> &failure,
    int httpStatus, const TokenUsage &usage)
{
    const QString provider = m_attempt.record.provider;
    if (status == AttemptStatus::Ok) {
        emit chatEvent(ChatEvent::usageEvent(usage));
        emit chatEvent(ChatEvent::finish(
            m_attempt.finishReason.isEmpty() ? QStringLiteral("stop") : m_attempt.finishReason));
        finish(RouteOutcome::Ok, {});
        return;
    }
    if (status == AttemptStatus::Cancelled) {
        finish(RouteOutcome::Cancelled, tr("The request was cancelled"));
        return;
    }
    const FailureDecision d = failure.value_or(FailureDecision {});
    if (m_attempt.firstToken) {
        // Tokens already reached the client: a silent restart elsewhere would duplicate them.
        finish(d.errorClass == QLatin1String("timeout") ? RouteOutcome::StreamTimedOut
                                                        : RouteOutcome::StreamFailed,
            tr("%1 failed after the response had started streaming: %2")
                .arg(provider, m_attempt.record.errorText));
        return;
    }
    m_failures.append(d);
    if (d.kind == FailureKind::RequestFinal) {
        m_result.upstreamStatus = httpStatus;
        m_result.errorCode = d.errorClass;
        finish(RouteOutcome::RequestRejected,
            tr("%1 rejected the request: %2").arg(provider, m_attempt.record.errorText));
        return;
    }
    if (m_allowFailover && d.tryNextCandidate()) {
        nextAttempt();
        return;
    }
    m_next = m_ranked.size(); // pinned, or final for this provider: no more candidates
    nextAttempt();
}

void RouterCall::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_attempt.active) {
        endAttempt(
            AttemptStatus::Cancelled, std::nullopt, m_attempt.httpStatus, tr("cancelled by the client"));
        return;
    }
    finish(RouteOutcome::Cancelled, tr("The request was cancelled"));
}

void RouterCall::finish(RouteOutcome outcome, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    m_result.outcome = outcome;
    m_result.errorMessage = redact(message);
    if (outcome != RouteOutcome::Ok && m_requestTimer.isValid())
        m_result.durationMs = m_requestTimer.elapsed();
    emit finished(m_result);
}

} // namespace sb
