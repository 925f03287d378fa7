#include "router/core/RouterChatBackend.h"

#include "router/core/Router.h"
#include "router/core/RouterCall.h"

namespace sb {

RouterChatBackend::RouterChatBackend(Router *router)
    : m_router(router)
{
    m_router->prefetchKeys();
}

QVector<server::ModelListing> RouterChatBackend::models() const
{
    const Catalog &cat = std::as_const(*m_router).catalog();
    // Readiness is per provider, except the local one, whose engine serves some models only.
    QVector<bool> readiness;
    for (const ProviderInfo &p : cat.providers()) {
        if (p.wire == WireFormat::Local)
            for (const ModelEntry &m : p.models)
                readiness << m_router->providerReady(p, m.id);
        else
            readiness << m_router->providerReady(p, p.models.isEmpty() ? QString() : p.models.first().id);
    }
    if (m_cachedGeneration == m_router->catalogGeneration() && readiness == m_cachedReadiness)
        return m_cached;
    QVector<server::ModelListing> out;
    for (const QString &id : cat.modelIds()) {
        server::ModelListing listing;
        listing.id = id;
        for (const ProviderInfo *p : cat.providersServing(id)) {
            const ModelEntry *m = p->model(id);
            server::ModelOffer offer;
            offer.provider = p->id;
            offer.providerName = p->name;
            offer.contextWindow = m->contextWindow;
            offer.price = m->price;
            offer.ready = m_router->providerReady(*p, id);
            offer.routes = m->routes;
            listing.offers.append(offer);
        }
        out.append(listing);
    }
    m_cached = out;
    m_cachedGeneration = m_router->catalogGeneration();
    m_cachedReadiness = readiness;
    return out;
}

server::ChatCall *RouterChatBackend::start(const ChatRequest &request, const ModelSpec &spec, QObject *parent)
{
    return startFor(request, spec, server::CallContext {}, parent);
}

server::ChatCall *RouterChatBackend::startFor(
    const ChatRequest &request, const ModelSpec &spec, const server::CallContext &context, QObject *parent)
{
    RouteOptions options;
    options.spec = spec;
    options.requestId = context.requestId;
    options.user = context.user;
    options.team = context.team;
    return new RouterChatCall(m_router->chat(request, options), parent);
}

RouterChatCall::RouterChatCall(RouterCall *call, QObject *parent)
    : server::ChatCall(parent)
    , m_call(call)
{
    connect(call, &RouterCall::chatEvent, this, &server::ChatCall::chatEvent);
    connect(call, &RouterCall::finished, this, [this](const RouteResult &r) {
        server::ChatResult out;
        out.ok = r.ok();
        out.cancelled = r.outcome == RouteResult::Outcome::Cancelled;
        out.provider = r.provider;
        out.attempts = r.attempts;
        out.costUsd = r.costUsd;
        out.usage = r.usage;
        out.outcome = r.outcome;
        out.upstreamStatus = r.upstreamStatus;
        out.errorCode = r.errorCode;
        out.errorMessage = r.errorMessage;
        emit finished(out);
    });
}

RouterChatCall::~RouterChatCall()
{
    if (m_call) {
        if (!m_call->isFinished())
            m_call->cancel();
        m_call->deleteLater();
    }
}

void RouterChatCall::cancel()
{
    if (m_call)
        m_call->cancel();
}

QString RouterChatCall::provider() const
{
    return m_call ? m_call->provider() : QString();
}

int RouterChatCall::attempts() const
{
    return m_call ? m_call->attempts() : 0;
}

} // namespace sb
