#pragma once
// What the local server needs from whatever answers chat requests: the list of routable models
// and a way to start one request as a cancellable stream of ChatEvents. The Router satisfies it
// through a thin adapter; tests use a scripted fake. Keeping the server on this seam means it
// knows nothing of providers, budgets or the ledger.

#include "router/base/ChatTypes.h"
#include "router/catalog/ProviderInfo.h"
#include "router/core/RouteOutcome.h"
#include "router/routing/ModelSpec.h"

#include <QObject>
#include <QString>
#include <QVector>

namespace sb::server {

// One provider's offer of a model, as /v1/models shows it.
struct ModelOffer {
    QString provider; // provider id ("groq")
    QString providerName; // display name
    qint64 contextWindow = 0;
    ModelPrice price;
    bool ready = true; // enabled and has a key (or needs none)
};

struct ModelListing {
    QString id; // canonical model id
    QVector<ModelOffer> offers; // in catalog order
};

// How a request ended. Exactly one per ChatCall.
struct ChatResult {
    bool ok = false;
    bool cancelled = false; // the server cancelled it (client went away, timeout)
    QString provider; // provider that served (or last tried)
    int attempts = 0; // providers tried, the successful one included
    double costUsd = 0;
    TokenUsage usage; // final figures (reported or estimated)
    // Failure, in the router's words; the server decides the HTTP status and the OpenAI error
    // (wire::errorFor).
    RouteOutcome outcome = RouteOutcome::Ok;
    int upstreamStatus = 0; // RequestRejected: the provider's own 4xx
    QString errorCode; // RequestRejected: the failure class
    QString errorMessage; // names the budget, lists the attempts; never contains a key
};

// One running request. Events arrive on the thread that started it.
class ChatCall : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    // Stops the request (and the upstream HTTP request or local generation). finished() still
    // follows, with cancelled = true, unless the call had already finished.
    virtual void cancel() = 0;
    // Known once the first content event is emitted: which provider, after how many attempts.
    virtual QString provider() const = 0;
    virtual int attempts() const = 0;

signals:
    // Content events of the provider that serves the request: TextDelta, ReasoningDelta,
    // ToolCallDelta, Usage, Finish. Failures come only through finished().
    void chatEvent(const sb::ChatEvent &event);
    void finished(const sb::server::ChatResult &result);
};

class ChatBackend {
public:
    virtual ~ChatBackend() = default;
    virtual QVector<ModelListing> models() const = 0;
    // `spec` is request.model as the edge parsed it (parseModelSpec: the model, the policy or
    // the pinned provider); nothing below parses the name again. The call is parented to
    // `parent` and deleted by the caller after finished().
    virtual ChatCall *start(const ChatRequest &request, const ModelSpec &spec, QObject *parent) = 0;
};

} // namespace sb::server

Q_DECLARE_METATYPE(sb::server::ChatResult)
