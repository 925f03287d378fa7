#pragma once
// What happens when a person chats: the current conversation, sending through the router's
// server::ChatBackend seam (the same one the local OpenAI-compatible server uses),
// streaming events into the ConversationModel (one row per token), stop, regenerate,
// edit-and-resend, and saving every message with its figures in the ConversationStore.
//
// A stream keeps running when the person switches to another conversation; its text lands in
// the store when it ends and is shown again if they switch back while it still runs.

#include "app/common/ConversationStore.h"
#include "router/core/ChatBackend.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace sb {

class ConversationModel;

class ChatController : public QObject {
    Q_OBJECT

public:
    ChatController(ConversationModel *model, QObject *parent = nullptr);
    ~ChatController() override;

    void setStore(ConversationStore *store) { m_store = store; }
    void setBackend(server::ChatBackend *backend) { m_backend = backend; }
    // Catalog provider ids (to parse "model:provider") and the local model, "" when none is loaded.
    void setProviders(const QStringList &providerIds, const QString &localModelId)
    {
        m_providerIds = providerIds;
        m_localModelId = localModelId;
    }
    ConversationStore *store() const { return m_store; }
    server::ChatBackend *backend() const { return m_backend; }
    bool localAvailable() const { return !m_localModelId.isEmpty(); }
    // Offline with a local model present: requests go to the local model whatever was picked.
    void setOffline(bool offline) { m_offline = offline; }
    bool offline() const { return m_offline; }

    qint64 currentConversation() const { return m_current; }
    bool openConversation(qint64 id);
    void closeConversation();
    ConversationInfo currentInfo() const;
    bool updateSettings(const ConversationSettings &settings);

    bool isStreaming() const { return m_stream != nullptr; }
    // Creates a conversation when none is open. Returns false (and says why) when nothing was sent.
    bool send(const QString &text, const ConversationSettings &defaults = {});
    void stop();
    bool regenerate(); // the last answer, again
    bool editAndResend(int row, const QString &text); // row of a user message
    QString lastError() const { return m_lastError; }

    // The request the current conversation would send now (tests, export).
    ChatRequest buildRequest(
        const QVector<StoredMessage> &history, const ConversationSettings &settings) const;

Q_SIGNALS:
    void streamingChanged(bool streaming);
    void conversationsChanged(); // created, or updated (list order)
    void currentConversationChanged(qint64 id);
    void errorOccurred(const QString &message);
    void requestFinished(const sb::server::ChatResult &result);
    // While an answer streams (at most every 250 ms): pieces received so far (about one token
    // each), the generation speed since the first one, and the prompt's size in tokens (estimated
    // from its characters until the provider reports it).
    void streamProgress(qint64 tokensOut, double tokensPerSec, qint64 promptTokens);

private:
    bool startRequest();
    void onEvent(const ChatEvent &event);
    void onFinished(const server::ChatResult &result);
    int streamingRow() const;
    bool fail(const QString &message);

    ConversationModel *m_model;
    ConversationStore *m_store = nullptr;
    server::ChatBackend *m_backend = nullptr;
    QStringList m_providerIds;
    QString m_localModelId;
    bool m_offline = false;
    qint64 m_current = 0;
    QString m_lastError;

    // The request in flight.
    QPointer<server::ChatCall> m_stream;
    StoredMessage m_answer; // accumulates while streaming; stored when it ends
    QElapsedTimer m_clock;
    qint64 m_firstTokenMs = -1;
    qint64 m_pieces = 0; // text and reasoning deltas of the current answer
    qint64 m_promptTokens = 0;
    qint64 m_lastProgressMs = -1;
    QString m_streamError;
};

} // namespace sb
