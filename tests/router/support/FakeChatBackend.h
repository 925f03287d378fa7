#pragma once
// A scripted ChatBackend for the local server's tests: no providers, no network upstream. Each
// model has a script (events, delay between them, final result, or "hang until cancelled");
// "echo" scripts stream the last user message back word by word so concurrent streams can be
// told apart.

#include "router/core/ChatBackend.h"

#include <QHash>
#include <QTimer>
#include <QVector>

namespace sb::test {

struct FakeScript {
    QVector<ChatEvent> events; // content events, in order
    bool echo = false; // instead of events: the last user message, one word per delta
    int delayMs = 0; // between events (0: next turn of the event loop)
    bool hang = false; // after the events, never finish until cancelled
    server::ChatResult result; // how it ends (ok by default)
    QString provider = QStringLiteral("fake");
    int attempts = 1;
};

class FakeChatCall : public server::ChatCall {
    Q_OBJECT
public:
    FakeChatCall(FakeScript script, const ChatRequest &request, int *cancelCounter, QObject *parent);
    void cancel() override;
    QString provider() const override { return m_script.provider; }
    int attempts() const override { return m_script.attempts; }

private:
    void step();
    FakeScript m_script;
    QVector<ChatEvent> m_events;
    int m_next = 0;
    bool m_done = false;
    int *m_cancelCounter;
    QTimer m_timer;
};

class FakeChatBackend : public server::ChatBackend {
public:
    FakeChatBackend();
    QVector<server::ModelListing> models() const override { return m_models; }
    server::ChatCall *start(const ChatRequest &request, const ModelSpec &spec, QObject *parent) override;

    void setModels(QVector<server::ModelListing> models) { m_models = std::move(models); }
    // Script for a canonical model id (the part before any suffix).
    void setScript(const QString &model, const FakeScript &script) { m_scripts.insert(model, script); }

    // What the last start() received.
    ChatRequest lastRequest;
    ModelSpec lastSpec;
    QString lastPolicy; // the policy a suffix or header chose ("" for the Router's default; "pinned")
    QString lastPinned;
    int started = 0;
    int cancelled = 0;

private:
    QVector<server::ModelListing> m_models;
    QHash<QString, FakeScript> m_scripts;
};

// Events for a plain answer: the text in the given pieces, usage, finish "stop".
QVector<ChatEvent> textEvents(
    const QStringList &pieces, qint64 promptTokens = 10, qint64 completionTokens = 5);

} // namespace sb::test
