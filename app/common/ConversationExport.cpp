#include "app/common/ConversationExport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sb::conversationExport {

namespace {

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

} // namespace

QString toMarkdown(const ConversationInfo &info, const QVector<StoredMessage> &messages)
{
    QString out;
    out += QStringLiteral("# %1\n\n").arg(info.title);
    if (!info.settings.model.isEmpty())
        out += QStringLiteral("- Model: `%1`\n").arg(info.settings.model);
    out += QStringLiteral("- Created: %1\n\n").arg(isoTime(info.createdMs));
    if (!info.settings.systemPrompt.isEmpty())
        out += QStringLiteral("> System: %1\n\n")
                   .arg(QString(info.settings.systemPrompt)
                            .replace(QLatin1Char('\n'), QStringLiteral("\n> ")));
    for (const StoredMessage &m : messages) {
        const QString who = m.role == QLatin1String("user") ? QStringLiteral("You")
            : m.role == QLatin1String("assistant")          ? QStringLiteral("Assistant")
                                                            : QStringLiteral("System");
        out += QStringLiteral("## %1\n\n").arg(who);
        if (!m.reasoning.isEmpty())
            out += QStringLiteral("<details><summary>Thinking</summary>\n\n%1\n\n</details>\n\n")
                       .arg(m.reasoning);
        out += m.content;
        out += QStringLiteral("\n\n");
        if (m.role == QLatin1String("assistant") && !m.provider.isEmpty()) {
            QStringList figures { QStringLiteral("%1 · %2").arg(m.provider, m.model),
                QStringLiteral("%1 in / %2 out tokens").arg(m.tokensIn).arg(m.tokensOut),
                QStringLiteral("$%1").arg(QLocale::c().toString(m.costUsd, 'f', 6)) };
            if (m.ttftMs >= 0)
                figures << QStringLiteral("TTFT %1 ms").arg(m.ttftMs);
            if (m.tokensPerSec > 0)
                figures << QStringLiteral("%1 tok/s").arg(QLocale::c().toString(m.tokensPerSec, 'f', 1));
            out += QStringLiteral("*%1*\n\n").arg(figures.join(QStringLiteral(" · ")));
        }
        if (m.status == StoredMessage::Status::Error && !m.error.isEmpty())
            out += QStringLiteral("*Error: %1*\n\n").arg(m.error);
    }
    return out;
}

QByteArray toJson(const ConversationInfo &info, const QVector<StoredMessage> &messages)
{
    QJsonObject root;
    root.insert(QStringLiteral("title"), info.title);
    root.insert(QStringLiteral("created_at"), isoTime(info.createdMs));
    QJsonObject settings;
    settings.insert(QStringLiteral("model"), info.settings.model);
    settings.insert(QStringLiteral("system_prompt"), info.settings.systemPrompt);
    if (info.settings.temperature)
        settings.insert(QStringLiteral("temperature"), *info.settings.temperature);
    if (info.settings.topP)
        settings.insert(QStringLiteral("top_p"), *info.settings.topP);
    if (info.settings.maxTokens > 0)
        settings.insert(QStringLiteral("max_tokens"), info.settings.maxTokens);
    settings.insert(QStringLiteral("think"), info.settings.think);
    root.insert(QStringLiteral("settings"), settings);
    QJsonArray list;
    for (const StoredMessage &m : messages) {
        QJsonObject o;
        o.insert(QStringLiteral("role"), m.role);
        o.insert(QStringLiteral("content"), m.content);
        if (!m.reasoning.isEmpty())
            o.insert(QStringLiteral("reasoning"), m.reasoning);
        o.insert(QStringLiteral("created_at"), isoTime(m.createdMs));
        if (m.role == QLatin1String("assistant")) {
            o.insert(QStringLiteral("provider"), m.provider);
            o.insert(QStringLiteral("model"), m.model);
            o.insert(QStringLiteral("usage"),
                QJsonObject { { QStringLiteral("prompt_tokens"), m.tokensIn },
                    { QStringLiteral("completion_tokens"), m.tokensOut } });
            o.insert(QStringLiteral("cost_usd"), m.costUsd);
            if (m.ttftMs >= 0)
                o.insert(QStringLiteral("ttft_ms"), m.ttftMs);
            o.insert(QStringLiteral("tokens_per_sec"), m.tokensPerSec);
            o.insert(QStringLiteral("status"), messageStatusName(m.status));
            if (!m.error.isEmpty())
                o.insert(QStringLiteral("error"), m.error);
        }
        list.append(o);
    }
    root.insert(QStringLiteral("messages"), list);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace sb::conversationExport
