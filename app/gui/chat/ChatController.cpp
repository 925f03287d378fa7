#include "app/gui/chat/ChatController.h"

#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/MessageDelegate.h"
#include "router/routing/ModelSpec.h"

#include <QDateTime>

namespace sb {

ChatController::ChatController(ConversationModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{
}

ChatController::~ChatController()
{
    if (m_stream) {
        disconnect(m_stream, nullptr, this, nullptr);
        m_stream->cancel();
    }
}

bool ChatController::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT errorOccurred(message);
    return false;
}

ConversationInfo ChatController::currentInfo() const
{
    if (!m_store || m_current == 0)
        return {};
    auto info = m_store->conversation(m_current);
    return info ? info.value() : ConversationInfo {};
}

bool ChatController::updateSettings(const ConversationSettings &settings)
{
    if (!m_store || m_current == 0)
        return false;
    if (auto r = m_store->updateSettings(m_current, settings); !r)
        return fail(r.error());
    return true;
}

bool ChatController::openConversation(qint64 id)
{
    if (!m_store)
        return fail(tr("The conversation store is not open."));
    auto messages = m_store->messages(id);
    if (!messages)
        return fail(messages.error());
    QVector<StoredMessage> list = std::move(messages).value();
    // The answer still streaming into this conversation shows what has arrived so far.
    if (m_stream && m_answer.conversationId == id)
        for (StoredMessage &m : list)
            if (m.id == m_answer.id)
                m = m_answer;
    m_current = id;
    m_model->setMessages(list);
    Q_EMIT currentConversationChanged(id);
    return true;
}

void ChatController::closeConversation()
{
    m_current = 0;
    m_model->clear();
    Q_EMIT currentConversationChanged(0);
}

ChatRequest ChatController::buildRequest(
    const QVector<StoredMessage> &history, const ConversationSettings &settings) const
{
    ChatRequest r;
    r.model = settings.model;
    r.stream = true;
    r.temperature = settings.temperature;
    r.topP = settings.topP;
    if (settings.maxTokens > 0)
        r.maxTokens = settings.maxTokens;
    QString system = settings.systemPrompt;
    // SmolLM3 reads its reasoning switch from the system prompt.
    if (settings.model.contains(QLatin1String("smollm3"), Qt::CaseInsensitive)) {
        const QString flag = settings.think ? QStringLiteral("/think") : QStringLiteral("/no_think");
        system = system.isEmpty() ? flag : system + QLatin1Char('\n') + flag;
    }
    if (!system.isEmpty())
        r.messages.push_back(ChatMessage { QStringLiteral("system"), system, {}, {}, {}, {} });
    for (const StoredMessage &m : history) {
        if (m.role == QLatin1String("system"))
            continue;
        // Failed or empty answers are not part of what the model said.
        if (m.role == QLatin1String("assistant")
            && (m.status == StoredMessage::Status::Error || m.content.isEmpty()))
            continue;
        QString content = m.content;
        if (m.role == QLatin1String("assistant")) {
            QString thinking;
            MessageDelegate::splitThinking(m.content, &content, &thinking);
        }
        r.messages.push_back(ChatMessage { m.role, content, {}, {}, {}, {} });
    }
    return r;
}

bool ChatController::send(const QString &text, const ConversationSettings &defaults)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (m_stream)
        return fail(tr("An answer is still being generated. Stop it first."));
    if (!m_backend)
        return fail(tr("Nothing can answer yet: add a provider key in Providers & Budgets or load a local "
                       "model in Models."));
    if (!m_store)
        return fail(tr("The conversation store is not open."));
    if (m_current == 0) {
        QString title = trimmed.section(QLatin1Char('\n'), 0, 0);
        if (title.size() > 48)
            title = title.left(47) + QChar(0x2026);
        auto created = m_store->create(title, defaults);
        if (!created)
            return fail(created.error());
        m_current = created->id;
        m_model->clear();
        Q_EMIT currentConversationChanged(m_current);
    }
    StoredMessage user;
    user.conversationId = m_current;
    user.role = QStringLiteral("user");
    user.content = trimmed;
    if (auto r = m_store->appendMessage(user); !r)
        return fail(r.error());
    m_model->appendMessage(user);
    Q_EMIT conversationsChanged();
    return startRequest();
}

bool ChatController::startRequest()
{
    const ConversationInfo info = currentInfo();
    ChatRequest request = buildRequest(m_model->messages(), info.settings);
    if (request.model.isEmpty())
        return fail(tr("Choose a model first."));
    if (m_offline && localAvailable() && !request.model.endsWith(QLatin1String(":local")))
        request.model = m_localModelId + QStringLiteral(":local");
    // The one parse of the model string on the GUI's side; the spec goes down as it is.
    ModelSpecContext context;
    context.providerIds = m_providerIds;
    const ModelSpec spec = parseModelSpec(request.model, context);

    m_answer = StoredMessage {};
    m_answer.conversationId = m_current;
    m_answer.role = QStringLiteral("assistant");
    m_answer.status = StoredMessage::Status::Streaming;
    m_answer.model = spec.model;
    if (auto r = m_store->appendMessage(m_answer); !r)
        return fail(r.error());
    m_model->appendMessage(m_answer);
    m_streamError.clear();
    m_firstTokenMs = -1;
    m_pieces = 0;
    m_lastProgressMs = -1;
    qint64 chars = 0;
    for (const ChatMessage &m : request.messages)
        chars += m.content.size();
    m_promptTokens = chars / 4 + 4 * qint64(request.messages.size()); // about 4 characters a token
    m_clock.start();

    m_stream = m_backend->start(request, spec, this);
    connect(m_stream, &server::ChatCall::chatEvent, this, &ChatController::onEvent);
    connect(m_stream, &server::ChatCall::finished, this, &ChatController::onFinished);
    Q_EMIT streamingChanged(true);
    return true;
}

int ChatController::streamingRow() const
{
    if (m_current != m_answer.conversationId)
        return -1;
    const int last = m_model->rowCount() - 1;
    return last >= 0 && m_model->message(last).id == m_answer.id ? last : -1;
}

void ChatController::onEvent(const ChatEvent &event)
{
    if (m_answer.provider.isEmpty() && m_stream && !m_stream->provider().isEmpty()) {
        // The provider is known from the first content event on (after any failover).
        m_answer.provider = m_stream->provider();
        if (const int row = streamingRow(); row >= 0)
            m_model->replaceMessage(row, m_answer);
    }
    switch (event.kind) {
    case ChatEvent::Kind::TextDelta:
    case ChatEvent::Kind::ReasoningDelta: {
        if (m_firstTokenMs < 0)
            m_firstTokenMs = m_clock.elapsed();
        const bool text = event.kind == ChatEvent::Kind::TextDelta;
        (text ? m_answer.content : m_answer.reasoning) += event.text;
        ++m_pieces;
        const qint64 now = m_clock.elapsed();
        if (m_lastProgressMs < 0 || now - m_lastProgressMs >= 250) {
            m_lastProgressMs = now;
            const double seconds = double(now - m_firstTokenMs) / 1000.0;
            Q_EMIT streamProgress(
                m_pieces, seconds > 0 ? double(m_pieces - 1) / seconds : 0.0, m_promptTokens);
        }
        if (const int row = streamingRow(); row >= 0) {
            if (text)
                m_model->appendText(row, event.text);
            else
                m_model->appendReasoning(row, event.text);
        }
        break;
    }
    case ChatEvent::Kind::Usage:
        if (event.usage.inputTokens > 0)
            m_promptTokens = event.usage.inputTokens;
        m_answer.tokensIn = event.usage.inputTokens;
        m_answer.tokensOut = event.usage.outputTokens;
        break;
    case ChatEvent::Kind::Error:
        m_streamError = event.errorMessage;
        break;
    case ChatEvent::Kind::ToolCallDelta:
    case ChatEvent::Kind::Finish:
        break;
    }
}

void ChatController::onFinished(const server::ChatResult &c)
{
    const qint64 elapsed = m_clock.elapsed();
    if (c.ok) {
        m_answer.status = StoredMessage::Status::Done;
    } else if (c.cancelled) {
        m_answer.status = StoredMessage::Status::Stopped;
    } else {
        m_answer.status = StoredMessage::Status::Error;
        m_answer.error = !c.errorMessage.isEmpty() ? c.errorMessage
            : !m_streamError.isEmpty()             ? m_streamError
                                                   : tr("The request failed.");
    }
    if (!c.provider.isEmpty())
        m_answer.provider = c.provider;
    if (c.usage.inputTokens > 0 || c.usage.outputTokens > 0) {
        m_answer.tokensIn = c.usage.inputTokens;
        m_answer.tokensOut = c.usage.outputTokens;
    }
    m_answer.costUsd = c.costUsd;
    // Measured here, where the person sees the tokens arrive.
    m_answer.ttftMs = m_firstTokenMs;
    if (m_firstTokenMs >= 0 && m_answer.tokensOut > 1 && elapsed > m_firstTokenMs) {
        m_answer.tokensPerSec = double(m_answer.tokensOut - 1) * 1000.0 / double(elapsed - m_firstTokenMs);
    }
    if (m_store)
        if (auto r = m_store->updateMessage(m_answer); !r)
            fail(r.error());
    if (const int row = streamingRow(); row >= 0)
        m_model->replaceMessage(row, m_answer);
    if (m_stream)
        m_stream->deleteLater();
    m_stream = nullptr;
    Q_EMIT streamingChanged(false);
    Q_EMIT requestFinished(c);
    Q_EMIT conversationsChanged();
    if (m_answer.status == StoredMessage::Status::Error)
        Q_EMIT errorOccurred(m_answer.error);
}

void ChatController::stop()
{
    if (m_stream)
        m_stream->cancel();
}

bool ChatController::regenerate()
{
    if (m_stream)
        return fail(tr("An answer is still being generated. Stop it first."));
    if (!m_store || !m_backend || m_current == 0)
        return false;
    int row = m_model->rowCount() - 1;
    while (row >= 0 && m_model->message(row).role != QLatin1String("assistant"))
        --row;
    if (row < 0)
        return fail(tr("There is no answer to regenerate."));
    if (auto r = m_store->truncateFrom(m_current, m_model->message(row).id); !r)
        return fail(r.error());
    m_model->removeFrom(row);
    return startRequest();
}

bool ChatController::editAndResend(int row, const QString &text)
{
    if (m_stream)
        return fail(tr("An answer is still being generated. Stop it first."));
    if (!m_store || !m_backend || row < 0 || row >= m_model->rowCount()
        || m_model->message(row).role != QLatin1String("user") || text.trimmed().isEmpty())
        return false;
    if (auto r = m_store->truncateFrom(m_current, m_model->message(row).id); !r)
        return fail(r.error());
    m_model->removeFrom(row);
    StoredMessage user;
    user.conversationId = m_current;
    user.role = QStringLiteral("user");
    user.content = text.trimmed();
    if (auto r = m_store->appendMessage(user); !r)
        return fail(r.error());
    m_model->appendMessage(user);
    return startRequest();
}

} // namespace sb
