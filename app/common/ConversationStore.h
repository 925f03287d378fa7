#pragma once
// Conversations and their messages, in their own SQLite file (WAL) in the app data directory,
// apart from the router's ledger: deleting a chat must never touch the bill.
//
// Every message keeps what the person sees beside it: provider, model, tokens, cost, time to first
// token and tokens/s. Each write is one transaction, so a crash loses at most the message being
// streamed, never the conversation. One connection, used from the thread that opened it.

#include "router/base/Outcome.h"

#include <QString>
#include <QVector>
#include <memory>
#include <optional>

namespace sb {

// Per-conversation generation settings (the model picker, system prompt and sampling).
struct ConversationSettings {
    QString systemPrompt;
    QString model; // what goes into ChatRequest::model: "id", "id:cheapest", "id:provider"
    std::optional<double> temperature; // unset: the provider's default
    std::optional<double> topP;
    int maxTokens = 0; // 0: the provider's default
    bool think = true; // SmolLM3 /think vs /no_think
};

struct ConversationInfo {
    qint64 id = 0;
    QString title;
    bool pinned = false;
    qint64 createdMs = 0;
    qint64 updatedMs = 0;
    ConversationSettings settings;
};

struct StoredMessage {
    enum class Status { Done, Streaming, Stopped, Error };
    qint64 id = 0; // assigned by the store
    qint64 conversationId = 0;
    QString role; // system | user | assistant
    QString content;
    QString reasoning; // the model's thinking section, shown collapsed
    QString provider;
    QString model;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    double costUsd = 0;
    qint64 ttftMs = -1; // -1: no token arrived / not applicable
    double tokensPerSec = 0;
    qint64 createdMs = 0;
    Status status = Status::Done;
    QString error; // shown under the message when status == Error
};

QString messageStatusName(StoredMessage::Status s);
StoredMessage::Status messageStatusFromName(const QString &name);

class ConversationStore {
public:
    static Outcome<std::unique_ptr<ConversationStore>> open(const QString &path);
    // <data directory (common/DataPaths.h)>/conversations.sqlite
    static QString defaultPath();

    ~ConversationStore();
    ConversationStore(const ConversationStore &) = delete;
    ConversationStore &operator=(const ConversationStore &) = delete;

    QString path() const { return m_path; }
    QString journalMode() const;

    Outcome<ConversationInfo> create(const QString &title, const ConversationSettings &settings = {});
    Outcome<void> rename(qint64 id, const QString &title);
    Outcome<void> setPinned(qint64 id, bool pinned);
    Outcome<void> updateSettings(qint64 id, const ConversationSettings &settings);
    Outcome<void> remove(qint64 id); // the conversation and all its messages
    Outcome<ConversationInfo> conversation(qint64 id) const;
    // Pinned first, then the most recently updated. `search` matches titles and message text
    // (case-insensitive substring).
    Outcome<QVector<ConversationInfo>> list(const QString &search = {}) const;

    Outcome<QVector<StoredMessage>> messages(qint64 conversationId) const;
    // Sets message.id (and createdMs when 0).
    Outcome<void> appendMessage(StoredMessage &message);
    // Many at once, one transaction (imports, tests).
    Outcome<void> appendMessages(QVector<StoredMessage> &messages);
    Outcome<void> updateMessage(const StoredMessage &message);
    // Deletes the message and every later one of its conversation (regenerate, edit-and-resend).
    Outcome<void> truncateFrom(qint64 conversationId, qint64 messageId);

private:
    ConversationStore(QString path, QString connection);
    Outcome<void> migrate();
    Outcome<void> touch(qint64 conversationId) const;
    QString fail(const QString &what, const QString &sqlError) const;

    QString m_path;
    QString m_connection;
};

} // namespace sb
