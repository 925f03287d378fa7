#include "FakeChatBackend.h"

namespace sb::test {

FakeChatCall::FakeChatCall(
    QStringList chunks, QStringList reasoning, int intervalMs, QString failWith, QObject *parent)
    : server::ChatCall(parent)
    , m_chunks(std::move(chunks))
    , m_reasoning(std::move(reasoning))
    , m_failWith(std::move(failWith))
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FakeChatCall::tick);
    m_timer.start();
}

void FakeChatCall::tick()
{
    if (m_done)
        return;
    if (!m_failWith.isEmpty()) { // refused before anything streamed
        finish(false, false);
        return;
    }
    const int total = int(m_reasoning.size() + m_chunks.size());
    if (m_sent < total) {
        const int i = m_sent++;
        if (i < m_reasoning.size())
            Q_EMIT chatEvent(ChatEvent::reasoningDelta(m_reasoning[i]));
        else
            Q_EMIT chatEvent(ChatEvent::textDelta(m_chunks[i - m_reasoning.size()]));
        return;
    }
    TokenUsage u;
    u.inputTokens = 12;
    u.outputTokens = total;
    u.reported = true;
    Q_EMIT chatEvent(ChatEvent::usageEvent(u));
    Q_EMIT chatEvent(ChatEvent::finish(QStringLiteral("stop")));
    finish(true, false);
}

void FakeChatCall::finish(bool ok, bool cancelled)
{
    m_done = true;
    m_timer.stop();
    server::ChatResult r;
    r.ok = ok;
    r.cancelled = cancelled;
    r.provider = QStringLiteral("fakeprovider");
    r.attempts = 1;
    r.usage.inputTokens = 12;
    r.usage.outputTokens = m_sent;
    r.costUsd = ok ? 0.00042 : 0;
    if (!ok && !cancelled) {
        r.outcome = RouteOutcome::BudgetExhausted;
        r.errorMessage = m_failWith;
    }
    Q_EMIT finished(r);
}

void FakeChatCall::cancel()
{
    if (m_done)
        return;
    m_timer.stop();
    QTimer::singleShot(0, this, [this] {
        if (!m_done)
            finish(false, true);
    });
}

server::ChatCall *FakeChatBackend::start(const ChatRequest &request, const ModelSpec &spec, QObject *parent)
{
    sent.push_back({ request, spec, spec.pinnedProvider });
    return new FakeChatCall(chunks, reasoning, intervalMs, failWith, parent);
}

} // namespace sb::test
