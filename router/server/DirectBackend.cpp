#include "server/DirectBackend.h"

#include "adapters/ProviderAdapter.h"
#include "core/FailureClass.h"
#include "metering/Metering.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QUuid>

namespace sb::server {

// One request: tries the candidates in order until one starts answering.
class DirectCall : public ChatCall {
public:
    struct Candidate {
        const ProviderInfo *provider;
        const ModelEntry *model;
    };

    DirectCall(DirectBackend *backend, ChatRequest request, QVector<Candidate> candidates, QString policy, QObject *parent)
        : ChatCall(parent), m_backend(backend), m_request(std::move(request)), m_candidates(std::move(candidates)),
          m_policy(std::move(policy)), m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QMetaObject::invokeMethod(this, &DirectCall::next, Qt::QueuedConnection);
    }
    ~DirectCall() override { abortReply(); }

    void cancel() override
    {
        if (m_done)
            return;
        m_cancelled = true;
        endAttempt(AttemptStatus::Cancelled, 0, QStringLiteral("cancelled"), QStringLiteral("client cancelled"));
        abortReply();
        ChatResult r = baseResult();
        r.cancelled = true;
        finish(r);
    }
    QString provider() const override { return m_current ? m_current->provider->id : QString(); }
    int attempts() const override { return m_attempt; }

private:
    ChatResult baseResult() const
    {
        ChatResult r;
        r.provider = provider();
        r.attempts = m_attempt;
        r.costUsd = m_totalCost;
        return r;
    }

    void finish(const ChatResult &r)
    {
        if (m_done)
            return;
        m_done = true;
        emit finished(r);
    }

    void abortReply()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }

    void next()
    {
        if (m_done)
            return;
        if (m_nextCandidate >= m_candidates.size()) {
            ChatResult r = baseResult();
            r.httpStatus = m_budgetStatus ? m_budgetStatus : (m_attempt == 0 ? 503 : 502);
            if (m_budgetStatus) {
                r.errorType = m_budgetStatus == 402 ? QStringLiteral("insufficient_quota") : QStringLiteral("rate_limit_error");
                r.errorCode = m_budgetStatus == 402 ? QStringLiteral("budget_exceeded") : QStringLiteral("budget_reserved");
                r.errorMessage = m_failures.join(QStringLiteral("; "));
            } else {
                r.errorType = QStringLiteral("api_error");
                r.errorCode = m_attempt == 0 ? QStringLiteral("no_provider_available") : QStringLiteral("all_providers_failed");
                r.errorMessage = (m_attempt == 0 ? QStringLiteral("no provider could take the request")
                                                 : QStringLiteral("all %1 attempts failed").arg(m_attempt)) +
                                 (m_failures.isEmpty() ? QString() : QStringLiteral(": ") + m_failures.join(QStringLiteral("; ")));
            }
            finish(r);
            return;
        }
        const Candidate c = m_candidates[m_nextCandidate++];
        auto adapter = createProviderAdapter(wireFormatName(c.provider->wire));
        if (!adapter) {
            m_failures << QStringLiteral("%1: wire format %2 is not served here").arg(c.provider->id, wireFormatName(c.provider->wire));
            next();
            return;
        }
        if (m_backend->m_budgets) {
            const BudgetDecision d = m_backend->m_budgets->reserve(c.provider->id, metering::worstCaseCost(m_request, *c.model));
            if (!d.allowed()) {
                m_failures << QStringLiteral("%1: %2").arg(c.provider->id, d.message);
                if (m_budgetStatus != 402)
                    m_budgetStatus = d.httpStatus();
                record(c, AttemptStatus::Refused, 0, QStringLiteral("budget"), d.message, /*insertOnly*/ true);
                next();
                return;
            }
            m_reservation = d.reservationId;
        }
        m_budgetStatus = 0;
        ++m_attempt;
        m_current = c;
        m_adapter = std::move(adapter);
        m_decoder = m_adapter->createStreamDecoder();
        m_firstToken = false;
        m_text.clear();
        m_usage = {};
        m_clock.start();
        record(c, AttemptStatus::Pending, 0, {}, {}, true);

        const ProviderHttpRequest http = m_adapter->buildRequest(QUrl(c.provider->baseUrl), c.model->providerModelId,
                                                                 m_request, m_backend->m_keys.value(c.provider->id));
        QNetworkRequest req = http.request;
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setTransferTimeout(120'000);
        QNetworkAccessManager *nam = m_backend->managerForNewRequest();
        m_reply = nam->post(req, http.body);
        DirectBackend *backend = m_backend;
        connect(m_reply, &QObject::destroyed, nam, [backend, nam] { backend->requestEnded(nam); });
        connect(m_reply, &QNetworkReply::readyRead, this, &DirectCall::onReadyRead);
        connect(m_reply, &QNetworkReply::finished, this, &DirectCall::onReplyFinished);
    }

    int httpStatus() const { return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0; }

    void onReadyRead()
    {
        if (!m_reply || httpStatus() >= 300 || httpStatus() == 0)
            return; // error bodies are read whole in onReplyFinished
        if (!m_contentTypeSet) {
            m_contentTypeSet = true;
            m_decoder->setContentType(m_reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
        }
        if (m_request.stream)
            deliver(m_decoder->feed(m_reply->readAll()));
    }

    void deliver(const QVector<ChatEvent> &events)
    {
        for (const ChatEvent &e : events) {
            if (m_done)
                return;
            if (e.kind == ChatEvent::Kind::Error) {
                failAttempt(failure::classifyStreamError(e), e.httpStatus, e.errorMessage);
                return;
            }
            if (e.kind == ChatEvent::Kind::Usage)
                m_usage = e.usage;
            if (e.kind == ChatEvent::Kind::TextDelta)
                m_text += e.text;
            if (!m_firstToken && e.kind != ChatEvent::Kind::Usage) {
                m_firstToken = true;
                m_ttftMs = m_clock.elapsed();
            }
            if (e.kind == ChatEvent::Kind::Finish)
                m_sawFinish = true;
            emit event(e);
        }
    }

    void onReplyFinished()
    {
        QNetworkReply *reply = m_reply;
        if (!reply || m_done)
            return;
        const int status = httpStatus();
        if (status >= 200 && status < 300) {
            if (!m_contentTypeSet) {
                m_contentTypeSet = true;
                m_decoder->setContentType(reply->header(QNetworkRequest::ContentTypeHeader).toByteArray());
            }
            if (m_request.stream) {
                deliver(m_decoder->feed(reply->readAll()));
                if (!m_done && m_reply)
                    deliver(m_decoder->finish());
            } else {
                deliver(m_adapter->parseResponse(reply->readAll()));
            }
            if (m_done || !m_reply)
                return;
            if (reply->error() != QNetworkReply::NoError && !m_sawFinish) {
                failAttempt(failure::classifyNetworkError(reply->error()), status, reply->errorString());
                return;
            }
            succeed();
            return;
        }
        if (status == 0) {
            failAttempt(failure::classifyNetworkError(reply->error()), 0, reply->errorString());
            return;
        }
        const ProviderError pe = m_adapter->parseError(status, reply->readAll(), reply->rawHeaderPairs());
        failAttempt(failure::classify(pe), status, pe.message);
    }

    void succeed()
    {
        const TokenUsage usage = metering::finalUsage(m_usage, m_usage.reported, m_request, m_text);
        const double cost = metering::cost(m_current->model->price, usage);
        m_totalCost += cost;
        endAttempt(AttemptStatus::Ok, httpStatus(), {}, {}, usage, cost);
        ChatResult r = baseResult();
        r.ok = true;
        r.usage = usage;
        finish(r);
        releaseReply();
    }

    void failAttempt(const FailureDecision &d, int status, const QString &message)
    {
        const QString line = QStringLiteral("%1: %2%3").arg(m_current->provider->id,
                                                             status ? QString::number(status) + QLatin1Char(' ') : QString(),
                                                             d.errorClass + (message.isEmpty() ? QString() : QStringLiteral(" (") + message.left(200) + QLatin1Char(')')));
        m_failures << line;
        endAttempt(AttemptStatus::Error, status, d.errorClass, message);
        releaseReply();
        if (m_firstToken || !d.tryNextCandidate()) {
            // After tokens streamed there is no silent restart; a bad request is bad everywhere.
            ChatResult r = baseResult();
            r.httpStatus = d.kind == FailureKind::RequestFinal ? 400 : d.errorClass == QLatin1String("timeout") ? 504 : 502;
            r.errorType = d.kind == FailureKind::RequestFinal ? QStringLiteral("invalid_request_error") : QStringLiteral("api_error");
            r.errorCode = d.errorClass;
            r.errorMessage = line;
            finish(r);
            return;
        }
        next();
    }

    void releaseReply()
    {
        if (QNetworkReply *reply = m_reply) {
            m_reply = nullptr;
            reply->disconnect(this);
            reply->deleteLater();
        }
    }

    void record(const Candidate &c, AttemptStatus status, int http, const QString &errorClass, const QString &text,
                bool insert)
    {
        m_row = {};
        m_row.requestId = m_requestId;
        m_row.attempt = m_attempt + (status == AttemptStatus::Refused ? 1 : 0);
        m_row.startedAtMs = QDateTime::currentMSecsSinceEpoch();
        m_row.provider = c.provider->id;
        m_row.model = c.model->id;
        m_row.providerModel = c.model->providerModelId;
        m_row.policy = m_policy;
        m_row.status = status;
        m_row.httpStatus = http;
        m_row.errorClass = errorClass;
        m_row.errorText = text;
        if (insert && m_backend->m_ledger) {
            auto id = m_backend->m_ledger->insert(m_row);
            m_row.rowId = id.ok() ? id.value() : 0;
        }
    }

    void endAttempt(AttemptStatus status, int http, const QString &errorClass, const QString &text,
                    const TokenUsage &usage = {}, double cost = 0)
    {
        if (!m_current || m_row.status != AttemptStatus::Pending)
            return;
        m_row.status = status;
        m_row.httpStatus = http;
        m_row.errorClass = errorClass;
        m_row.errorText = text.left(500);
        m_row.durationMs = m_clock.elapsed();
        if (m_firstToken)
            m_row.ttftMs = m_ttftMs;
        m_row.tokensIn = usage.inputTokens;
        m_row.tokensOut = usage.outputTokens;
        m_row.tokensCached = usage.cachedInputTokens;
        m_row.tokensEstimated = !usage.reported;
        m_row.costUsd = cost;
        if (m_backend->m_ledger && m_row.rowId)
            (void)m_backend->m_ledger->update(m_row);
        if (m_backend->m_budgets && m_reservation) {
            m_backend->m_budgets->release(m_reservation);
            m_reservation = 0;
        }
    }

    DirectBackend *m_backend;
    ChatRequest m_request;
    QVector<Candidate> m_candidates;
    QString m_policy;
    QString m_requestId;
    int m_nextCandidate = 0;
    int m_attempt = 0;
    int m_budgetStatus = 0;
    std::optional<Candidate> m_current;
    std::unique_ptr<ProviderAdapter> m_adapter;
    std::unique_ptr<StreamDecoder> m_decoder;
    QPointer<QNetworkReply> m_reply;
    QElapsedTimer m_clock;
    qint64 m_ttftMs = 0;
    bool m_firstToken = false;
    bool m_sawFinish = false;
    bool m_contentTypeSet = false;
    bool m_done = false;
    bool m_cancelled = false;
    QString m_text;
    TokenUsage m_usage;
    double m_totalCost = 0;
    qint64 m_reservation = 0;
    AttemptRecord m_row;
    QStringList m_failures;
};

DirectBackend::DirectBackend(Catalog catalog, QHash<QString, QString> keys, Ledger *ledger, BudgetManager *budgets)
    : m_catalog(std::move(catalog)), m_keys(std::move(keys)), m_ledger(ledger), m_budgets(budgets)
{
}

DirectBackend::~DirectBackend()
{
    for (auto &nam : m_nams)
        nam->disconnect();
    m_nams.clear();
}

QNetworkAccessManager *DirectBackend::managerForNewRequest()
{
    constexpr int kConnectionsPerHost = 6;
    for (auto &nam : m_nams) {
        if (m_inFlight.value(nam.get()) < kConnectionsPerHost) {
            ++m_inFlight[nam.get()];
            return nam.get();
        }
    }
    m_nams.push_back(std::make_unique<QNetworkAccessManager>());
    ++m_inFlight[m_nams.back().get()];
    return m_nams.back().get();
}

void DirectBackend::requestEnded(QNetworkAccessManager *nam)
{
    auto it = m_inFlight.find(nam);
    if (it != m_inFlight.end() && it.value() > 0)
        --it.value();
}

bool DirectBackend::providerReady(const ProviderInfo &p) const
{
    if (!p.enabled || p.wire == WireFormat::Local)
        return false;
    return !p.needsKey() || !m_keys.value(p.id).isEmpty();
}

QVector<ModelListing> DirectBackend::models() const
{
    // Catalog and keys are fixed for the backend's life; every request resolves its model here.
    if (!m_modelsCache.isEmpty())
        return m_modelsCache;
    QVector<ModelListing> &out = m_modelsCache;
    for (const QString &id : m_catalog.modelIds()) {
        ModelListing listing{id, {}};
        for (const ProviderInfo *p : m_catalog.providersServing(id)) {
            const ModelEntry *m = p->model(id);
            listing.offers.append({p->id, p->name, m->contextWindow, m->price, providerReady(*p)});
        }
        out.append(listing);
    }
    return out;
}

ChatCall *DirectBackend::start(const ChatRequest &request, const QString &policy, const QString &pinnedProvider,
                               QObject *parent)
{
    QString model = request.model;
    const QString suffix = !pinnedProvider.isEmpty() ? pinnedProvider : policy;
    if (!suffix.isEmpty() && model.endsWith(QLatin1Char(':') + suffix))
        model.chop(suffix.size() + 1);
    QVector<DirectCall::Candidate> candidates;
    for (const ProviderInfo *p : m_catalog.providersServing(model)) {
        if (!providerReady(*p) || (!pinnedProvider.isEmpty() && p->id != pinnedProvider))
            continue;
        candidates.append({p, p->model(model)});
    }
    if (policy != QLatin1String("preferred")) {
        // Cheapest by list price for the estimated prompt and a nominal answer; stable, so ties
        // keep the catalog (preferred) order.
        const qint64 prompt = metering::estimatePromptTokens(request);
        std::stable_sort(candidates.begin(), candidates.end(), [&](const auto &a, const auto &b) {
            return metering::cost(a.model->price, prompt, 256) < metering::cost(b.model->price, prompt, 256);
        });
    }
    ChatRequest routed = request;
    routed.model = model;
    return new DirectCall(this, routed, candidates, pinnedProvider.isEmpty() ? (policy.isEmpty() ? QStringLiteral("cheapest") : policy)
                                                                              : QStringLiteral("pinned"),
                          parent);
}

} // namespace sb::server
