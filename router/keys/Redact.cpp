#include "router/keys/Redact.h"

#include <QRegularExpression>

namespace sb {

QString redactSecrets(QString text, const QStringList &secrets)
{
    const QString redacted = QLatin1String(kRedacted);
    for (const QString &s : secrets)
        if (s.size() >= 4) // shorter "keys" would redact ordinary words
            text.replace(s, redacted);
    static const QRegularExpression headers(
        QStringLiteral(
            R"((authorization"?\s*[:=]\s*"?(?:bearer\s+|basic\s+)?|x-api-key"?\s*[:=]\s*"?|x-goog-api-key"?\s*[:=]\s*"?|api[_-]?key"?\s*[:=]\s*"?)([^\s",;&]+))"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(headers, QStringLiteral("\\1") + redacted);
    static const QRegularExpression urlKey(
        QStringLiteral(R"(([?&](?:key|api_key|token)=)[^&\s"]+)"), QRegularExpression::CaseInsensitiveOption);
    text.replace(urlKey, QStringLiteral("\\1") + redacted);
    static const QRegularExpression tokens(
        QStringLiteral(R"(\b(?:sk-(?:ant-)?|gsk_|hf_|xai-|fw_|nvapi-)[A-Za-z0-9_\-]{8,})"));
    text.replace(tokens, redacted);
    return text;
}

} // namespace sb
