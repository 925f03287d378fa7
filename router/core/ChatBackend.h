#pragma once
// What the local server needs from whatever answers chat requests: the list of routable models
// and a way to start one request as a cancellable stream of ChatEvents. The Router satisfies it
// through a thin adapter; tests use a scripted fake. Keeping the server on this seam means it
// knows nothing of providers, budgets or the ledger.

#include "router/base/ChatTypes.h"
#include "router/catalog/ProviderInfo.h"
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
    // Failure: the HTTP status the client should see and an OpenAI-style error.
    //   400 bad request, 402 budget exhausted, 429 rate limited / budget reservation full,
    //   502 every provider failed, 503 no provider available, 504 timed out.
    int httpStatus = 0;
    QString errorType; // invalid_request_error | insufficient_quota | rate_limit_error | api_error | timeout
    QString errorCode; // model_not_found | budget_exceeded | all_providers_failed | ...
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
    void event(const sb::ChatEvent &event);
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
