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
    QVector<server::ModelListing> out;
    const Catalog &cat = m_router->catalog();
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
            listing.offers.append(offer);
        }
        out.append(listing);
    }
    return out;
}

server::ChatCall *RouterChatBackend::start(const ChatRequest &request, const ModelSpec &spec, QObject *parent)
{
    RouteOptions options;
    options.spec = spec;
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
