#include "router/adapters/StreamDecoderBase.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace sb {

namespace {
// Same bound as the SSE parser: a single event or a whole non-stream body beyond this is not a
// chat completion but a runaway or hostile response.
constexpr qsizetype kMaxBody = 32 * 1024 * 1024;
} // namespace

StreamDecoderBase::StreamDecoderBase(QString providerLabel)
    : m_label(std::move(providerLabel))
    , m_sse(kMaxBody)
{
}

void StreamDecoderBase::setContentType(const QByteArray &contentType)
{
    m_contentType = contentType.trimmed().toLower();
}

void StreamDecoderBase::emitEvent(ChatEvent event)
{
    if (m_done)
        return;
    if (event.kind == ChatEvent::Kind::Finish || event.kind == ChatEvent::Kind::Error)
        m_done = true;
    m_out.append(std::move(event));
}

void StreamDecoderBase::emitError(const QString &type, const QString &message, int httpStatus)
{
    // An unparsable event flushed at the end of the body is a cut connection, not a provider
    // that speaks garbage: report it as such (the classification differs for the breaker).
    if (m_flushingTail && type == QLatin1String(wire_error::kMalformed)) {
        emitEvent(ChatEvent::error(httpStatus, QLatin1String(wire_error::kTruncated),
            message + QStringLiteral(" (the body ended inside this event)")));
        return;
    }
    emitEvent(ChatEvent::error(httpStatus, type, message));
}

void StreamDecoderBase::sniff()
{
    // Decide from the first non-blank byte (after a BOM), helped by the Content-Type.
    QByteArrayView body(m_pending);
    if (body.startsWith("\xEF\xBB\xBF"))
        body = body.sliced(3);
    qsizetype i = 0;
    while (i < body.size() && (body[i] == ' ' || body[i] == '\n' || body[i] == '\r' || body[i] == '\t'))
        ++i;
    if (i == body.size() && !m_contentType.contains("html"))
        return; // nothing telling yet
    const char first = i < body.size() ? body[i] : '<';
    if (m_contentType.contains("html") || first == '<') {
        m_mode = Mode::Html;
    } else if (first == '{' || first == '[') {
        m_mode = Mode::WholeJson;
    } else {
        m_mode = Mode::Sse;
        const QByteArray pending = std::move(m_pending);
        m_pending.clear();
        runSse(pending);
    }
}

void StreamDecoderBase::runSse(QByteArrayView bytes)
{
    for (const SseEvent &ev : m_sse.feed(bytes)) {
        if (m_done)
            break;
        onSseEvent(ev);
    }
    if (m_sse.hasError() && !m_done) {
        emitError(wire_error::kMalformed,
            QStringLiteral("%1 stream: an event exceeded %2 MiB without ending")
                .arg(m_label)
                .arg(kMaxBody >> 20));
    }
}

QVector<ChatEvent> StreamDecoderBase::feed(QByteArrayView bytes)
{
    if (!m_done && !bytes.isEmpty()) {
        switch (m_mode) {
        case Mode::Sniffing:
            m_pending.append(bytes);
            sniff();
            break;
        case Mode::Sse:
            runSse(bytes);
            break;
        case Mode::WholeJson:
        case Mode::Html:
            m_pending.append(bytes);
            break;
        }
        if (m_mode == Mode::Html && m_pending.size() >= 256) {
            emitError(wire_error::kWrongContentType,
                QStringLiteral("%1 stream: the provider sent an HTML page (Content-Type '%2') instead of an "
                               "event stream: %3")
                    .arg(m_label, QString::fromLatin1(m_contentType), adapter_util::snippet(m_pending)));
        } else if (m_mode == Mode::WholeJson && m_pending.size() > kMaxBody) {
            emitError(wire_error::kMalformed,
                QStringLiteral("%1 response: body exceeded %2 MiB").arg(m_label).arg(kMaxBody >> 20));
        }
    }
    return std::exchange(m_out, {});
}

QVector<ChatEvent> StreamDecoderBase::finish()
{
    if (!m_done) {
        switch (m_mode) {
        case Mode::Sniffing:
            emitError(wire_error::kTruncated,
                QStringLiteral("%1 stream: the response body was empty").arg(m_label));
            break;
        case Mode::Sse:
            m_flushingTail = true;
            for (const SseEvent &ev : m_sse.finish()) {
                if (m_done)
                    break;
                onSseEvent(ev);
            }
            m_flushingTail = false;
            if (!m_done)
                onEndOfStream();
            break;
        case Mode::WholeJson:
            for (ChatEvent &ev : parseWholeBody(m_pending))
                emitEvent(std::move(ev));
            break;
        case Mode::Html:
            emitError(wire_error::kWrongContentType,
                QStringLiteral("%1 stream: the provider sent an HTML page (Content-Type '%2') instead of an "
                               "event stream: %3")
                    .arg(m_label, QString::fromLatin1(m_contentType), adapter_util::snippet(m_pending)));
            break;
        }
        if (!m_done) // a decoder that forgot its terminal event still keeps the contract
            emitError(wire_error::kTruncated,
                QStringLiteral("%1 stream: ended without a finish reason").arg(m_label));
    }
    m_pending.clear();
    return std::exchange(m_out, {});
}

namespace adapter_util {

QUrl joinUrl(const QUrl &baseUrl, const QString &path)
{
    QString base = baseUrl.toString(QUrl::FullyEncoded);
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QString tail = path;
    while (tail.startsWith(QLatin1Char('/')))
        tail.remove(0, 1);
    return QUrl(base + QLatin1Char('/') + tail, QUrl::StrictMode);
}

QString snippet(QByteArrayView body)
{
    QString s = QString::fromUtf8(body.first(std::min<qsizetype>(body.size(), 200))).simplified();
    if (body.size() > 200)
        s += QStringLiteral("...");
    return s;
}

std::optional<QJsonObject> parseObject(QByteArrayView json, const QString &what, QString *error)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = QStringLiteral("%1 is not valid JSON (%2 at offset %3): %4")
                     .arg(what, pe.errorString(), QString::number(pe.offset), snippet(json));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = QStringLiteral("%1 is not a JSON object: %2").arg(what, snippet(json));
        return std::nullopt;
    }
    return doc.object();
}

QString scalarToString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return {};
}

} // namespace adapter_util
} // namespace sb
