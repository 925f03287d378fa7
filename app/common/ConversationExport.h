#pragma once
// A conversation as a file a person can keep: Markdown to read, JSON to process (the OpenAI
// message shape plus Switchboard's figures per message).

#include "app/common/ConversationStore.h"

#include <QByteArray>

namespace sb::conversationExport {

QString toMarkdown(const ConversationInfo &info, const QVector<StoredMessage> &messages);
QByteArray toJson(const ConversationInfo &info, const QVector<StoredMessage> &messages);

} // namespace sb::conversationExport
