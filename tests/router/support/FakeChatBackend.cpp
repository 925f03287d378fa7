#include "FakeChatBackend.h"

namespace sb::test {

QVector<ChatEvent> textEvents(const QStringList &pieces, qint64 promptTokens, qint64 completionTokens)
{
    QVector<ChatEvent> events;
    for (const QString &p : pieces)
        events.append(ChatEvent::textDelta(p));
    TokenUsage usage;
    usage.inputTokens = promptTokens;
    usage.outputTokens = completionTokens;
    usage.reported = true;
    events.append(ChatEvent::usageEvent(usage));
    events.append(ChatEvent::finish(QStringLiteral("stop")));
    return events;
}

FakeChatCall::FakeChatCall(FakeScript script, const ChatRequest &request, int *cancelCounter, QObject *parent)
    : server::ChatCall(parent)
    , m_script(std::move(script))
    , m_cancelCounter(cancelCounter)
{
    if (m_script.echo) {
        QString last;
        for (const ChatMessage &m : request.messages)
            if (m.role == QLatin1String("user"))
                last = m.content;
        const QStringList words = last.split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); ++i)
            m_events.append(ChatEvent::textDelta(i == 0 ? words[i] : QLatin1Char(' ') + words[i]));
        TokenUsage usage;
        usage.inputTokens = last.size();
        usage.outputTokens = words.size();
        usage.reported = true;
        m_events.append(ChatEvent::usageEvent(usage));
        m_events.append(ChatEvent::finish(QStringLiteral("stop")));
        if (m_script.result.ok && m_script.result.usage.outputTokens == 0)
            m_script.result.usage = usage;
    } else {
        m_events = m_script.events;
    }
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FakeChatCall::step);
    m_timer.start(m_script.delayMs);
}

void FakeChatCall::step()
{
    if (m_done)
        return;
    if (m_next < m_events.size()) {
        emit chatEvent(m_events[m_next++]);
        m_timer.start(m_script.delayMs);
        return;
    }
    if (m_script.hang)
        return;
    m_done = true;
    server::ChatResult result = m_script.result;
    result.provider = m_script.provider;
    result.attempts = m_script.attempts;
    emit finished(result);
}

void FakeChatCall::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    ++*m_cancelCounter;
    server::ChatResult result;
    result.cancelled = true;
    result.provider = m_script.provider;
    result.attempts = m_script.attempts;
    // Like a real upstream request, the cancellation is reported asynchronously.
    QTimer::singleShot(0, this, [this, result] { emit finished(result); });
}

FakeChatBackend::FakeChatBackend()
{
    server::ModelOffer a { QStringLiteral("alpha"), QStringLiteral("Alpha Cloud"), 8192,
        { 0.5, 1.5, 0.25, QDate(2025, 7, 1) }, true };
    server::ModelOffer b { QStringLiteral("beta"), QStringLiteral("Beta AI"), 32768,
        { 0.2, 0.8, 0, QDate(2025, 7, 1) }, true };
    server::ModelOffer off { QStringLiteral("gamma"), QStringLiteral("Gamma (no key)"), 4096,
        { 1, 2, 0, QDate(2025, 7, 1) }, false };
    m_models = { { QStringLiteral("test/model-a"), { a, b, off } }, { QStringLiteral("llama3:8b"), { b } },
        { QStringLiteral("test/unkeyed"), { off } } };
    FakeScript hello;
    hello.events = textEvents({ QStringLiteral("Hello"), QStringLiteral(", "), QStringLiteral("world") });
    hello.result.ok = true;
    hello.result.costUsd = 0.0000125;
    hello.result.usage = { 10, 5, 0, 0, true };
    m_scripts.insert(QStringLiteral("test/model-a"), hello);
    m_scripts.insert(QStringLiteral("llama3:8b"), hello);
}

server::ChatCall *FakeChatBackend::start(const ChatRequest &request, const ModelSpec &spec, QObject *parent)
{
    ++started;
    lastRequest = request;
    lastSpec = spec;
    lastPolicy
        = spec.explicitPolicy && spec.policy != PolicyKind::Pinned ? policyKindName(spec.policy) : QString();
    lastPinned = spec.pinnedProvider;
    return new FakeChatCall(m_scripts.value(spec.model), request, &cancelled, parent);
}

} // namespace sb::test
