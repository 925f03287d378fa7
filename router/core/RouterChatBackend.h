#pragma once
// The Router behind the local server's ChatBackend seam (router/server/ChatBackend.h), so
// `switchboard-cli serve` and the app's server toggle route through cooldowns, the fastest
// policy's measurements and everything else the Router does. Replaces server::DirectBackend.

#include "router/core/ChatBackend.h"

#include <QPointer>

namespace sb {

class Router;
class RouterCall;

class RouterChatBackend final : public server::ChatBackend {
public:
    // The Router must outlive the backend. Reads every provider's key once, so models() can say
    // which offers are ready.
    explicit RouterChatBackend(Router *router);

    QVector<server::ModelListing> models() const override;
    server::ChatCall *start(const ChatRequest &request, const ModelSpec &spec, QObject *parent) override;

private:
    Router *m_router;
};

class RouterChatCall final : public server::ChatCall {
    Q_OBJECT
public:
    RouterChatCall(RouterCall *call, QObject *parent);
    ~RouterChatCall() override;
    void cancel() override;
    QString provider() const override;
    int attempts() const override;

private:
    QPointer<RouterCall> m_call;
};

} // namespace sb
