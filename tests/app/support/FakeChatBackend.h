#pragma once
// A server::ChatBackend that answers from a script, one chunk per timer tick, so GUI tests can
// watch an answer stream in, stop it, and switch conversations mid-stream. (The router's tests
// run the real Router against the HTTP fake provider; the GUI needs only the ChatCall contract.)

#include "router/core/ChatBackend.h"

#include <QStringList>
#include <QTimer>

namespace sb::test {

class FakeChatCall : public server::ChatCall {
    Q_OBJECT

public:
    FakeChatCall(
        QStringList chunks, QStringList reasoning, int intervalMs, QString failWith, QObject *parent);
    void cancel() override;
    QString provider() const override { return m_sent > 0 ? QStringLiteral("fakeprovider") : QString(); }
    int attempts() const override { return 1; }

private:
    void tick();
    void finish(bool ok, bool cancelled);

    QStringList m_chunks;
    QStringList m_reasoning;
    QString m_failWith;
    QTimer m_timer;
    int m_sent = 0;
    bool m_done = false;
};

class FakeChatBackend : public server::ChatBackend {
public:
    QVector<server::ModelListing> models() const override { return {}; }
    server::ChatCall *start(const ChatRequest &request, const ModelSpec &spec, QObject *parent) override;

    QStringList chunks { QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world"),
        QStringLiteral("!") };
    QStringList reasoning;
    int intervalMs = 5;
    QString failWith; // non-empty: the call ends with this error (HTTP 402 budget style)
    struct Sent {
        ChatRequest request;
        ModelSpec spec;
        QString pinned; // spec.pinnedProvider, for short assertions
    };
    QVector<Sent> sent; // every request, in order
};

} // namespace sb::test
