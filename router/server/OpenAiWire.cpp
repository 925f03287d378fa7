#include "router/server/OpenAiWire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace sb::server::wire {

QJsonObject errorBody(const QString &message, const QString &type, const QString &code, const QString &param)
{
    QJsonObject error { { QStringLiteral("message"), message }, { QStringLiteral("type"), type },
        { QStringLiteral("code"), code.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(code) },
        { QStringLiteral("param"), param.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(param) } };
    return QJsonObject { { QStringLiteral("error"), error } };
}

ClientError errorFor(const ChatResult &result)
{
    ClientError e;
    e.message = result.errorMessage;
    auto set = [&e](int status, const char *type, const char *code) {
        e.httpStatus = status;
        e.type = QString::fromLatin1(type);
        e.code = QString::fromLatin1(code);
    };
    switch (result.outcome) {
    case RouteOutcome::UnknownModel:
        set(400, "invalid_request_error", "model_not_found");
        e.param = QStringLiteral("model");
        break;
    case RouteOutcome::NoCandidates:
        set(503, "api_error", "no_provider_available");
        break;
    case RouteOutcome::BudgetExhausted:
        set(402, "insufficient_quota", "budget_exceeded");
        break;
    case RouteOutcome::BudgetReserved:
        set(429, "rate_limit_error", "budget_reserved");
        break;
    case RouteOutcome::RequestRejected:
        set(result.upstreamStatus >= 400 && result.upstreamStatus < 500 ? result.upstreamStatus : 400,
            "invalid_request_error", "");
        e.code = result.errorCode;
        break;
    case RouteOutcome::AllRateLimited:
        set(503, "rate_limit_error", "all_providers_failed");
        break;
    case RouteOutcome::AllTimedOut:
        set(504, "timeout", "all_providers_failed");
        break;
    case RouteOutcome::StreamFailed:
        set(502, "api_error", "stream_failed");
        break;
    case RouteOutcome::StreamTimedOut:
        set(504, "timeout", "stream_failed");
        break;
    case RouteOutcome::Cancelled:
        set(499, "cancelled", "cancelled");
        break;
    case RouteOutcome::AllFailed:
    case RouteOutcome::Ok: // not a failure; a caller that asks anyway gets the generic one
        set(502, "api_error", "all_providers_failed");
        break;
    }
    return e;
}

QJsonObject errorBody(const ClientError &e)
{
    return errorBody(e.message, e.type, e.code, e.param);
}

namespace {

ClientError invalid(
    const QString &param, const QString &message, const QString &code = QStringLiteral("invalid_value"))
{
    ClientError e;
    e.param = param;
    e.code = code;
    e.message = message;
    return e;
}

// OpenAI content may be a string, null, or an array of parts; text parts are what every provider
// understands, so the others are refused rather than silently dropped.
std::optional<ClientError> flattenContent(const QJsonValue &content, const QString &param, QString &out)
{
    if (content.isString()) {
        out = content.toString();
        return std::nullopt;
    }
    if (content.isNull() || content.isUndefined())
        return std::nullopt;
    if (!content.isArray())
        return invalid(
            param, QStringLiteral("'%1' must be a string, null or an array of content parts").arg(param));
    const QJsonArray parts = content.toArray();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QJsonObject part = parts.at(i).toObject();
        const QString type = part.value(QStringLiteral("type")).toString();
        if (type != QLatin1String("text") || !part.value(QStringLiteral("text")).isString())
            return invalid(QStringLiteral("%1[%2]").arg(param).arg(i),
                QStringLiteral("only text content parts are supported (got type '%1')").arg(type));
        out += part.value(QStringLiteral("text")).toString();
    }
    return std::nullopt;
}

} // namespace

std::variant<ParsedChat, ClientError> parseChatRequest(const QByteArray &body)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid({},
            QStringLiteral("request body is not valid JSON: %1 at offset %2")
                .arg(parseError.errorString())
                .arg(parseError.offset),
            QStringLiteral("invalid_json"));
    if (!doc.isObject())
        return invalid(
            {}, QStringLiteral("request body must be a JSON object"), QStringLiteral("invalid_json"));
    const QJsonObject o = doc.object();

    ParsedChat parsed;
    ChatRequest &r = parsed.request;
    const QJsonValue model = o.value(QStringLiteral("model"));
    if (!model.isString() || model.toString().isEmpty())
        return invalid(QStringLiteral("model"),
            QStringLiteral("'model' is required and must be a non-empty string"),
            QStringLiteral("missing_required_parameter"));
    r.model = model.toString();

    const QJsonValue messages = o.value(QStringLiteral("messages"));
    if (!messages.isArray() || messages.toArray().isEmpty())
        return invalid(QStringLiteral("messages"),
            QStringLiteral("'messages' is required and must be a non-empty array"),
            QStringLiteral("missing_required_parameter"));
    static const QSet<QString> roles { QStringLiteral("system"), QStringLiteral("developer"),
        QStringLiteral("user"), QStringLiteral("assistant"), QStringLiteral("tool") };
    const QJsonArray list = messages.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString param = QStringLiteral("messages[%1]").arg(i);
        if (!list.at(i).isObject())
            return invalid(param, QStringLiteral("'%1' must be an object").arg(param));
        const QJsonObject m = list.at(i).toObject();
        ChatMessage msg;
        msg.role = m.value(QStringLiteral("role")).toString();
        if (!roles.contains(msg.role))
            return invalid(param + QStringLiteral(".role"),
                QStringLiteral("'%1.role' must be one of system, developer, user, assistant, tool")
                    .arg(param));
        if (msg.role == QLatin1String("developer"))
            msg.role = QStringLiteral("system"); // providers other than OpenAI only know "system"
        if (auto e = flattenContent(
                m.value(QStringLiteral("content")), param + QStringLiteral(".content"), msg.content))
            return *e;
        const QJsonValue toolCalls = m.value(QStringLiteral("tool_calls"));
        if (!toolCalls.isUndefined() && !toolCalls.isNull()) {
            if (!toolCalls.isArray())
                return invalid(
                    param + QStringLiteral(".tool_calls"), QStringLiteral("'tool_calls' must be an array"));
            msg.toolCalls = toolCalls.toArray();
        }
        msg.toolCallId = m.value(QStringLiteral("tool_call_id")).toString();
        if (msg.role == QLatin1String("tool") && msg.toolCallId.isEmpty())
            return invalid(param + QStringLiteral(".tool_call_id"),
                QStringLiteral("tool messages need 'tool_call_id'"),
                QStringLiteral("missing_required_parameter"));
        msg.name = m.value(QStringLiteral("name")).toString();
        msg.reasoning = m.value(QStringLiteral("reasoning_content")).toString();
        r.messages.append(msg);
    }

    const QJsonValue stream = o.value(QStringLiteral("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool())
        return invalid(QStringLiteral("stream"), QStringLiteral("'stream' must be a boolean"));
    r.stream = stream.toBool(false);
    const QJsonValue streamOptions = o.value(QStringLiteral("stream_options"));
    if (streamOptions.isObject())
        parsed.includeUsage = streamOptions.toObject().value(QStringLiteral("include_usage")).toBool(false);

    for (const char *key : { "max_tokens", "max_completion_tokens" }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != static_cast<double>(static_cast<qint64>(d)) || d > 1e9)
            return invalid(QLatin1String(key),
                QStringLiteral("'%1' must be a positive integer").arg(QLatin1String(key)));
        r.maxTokens = static_cast<int>(d);
    }
    for (const auto &[key, target] :
        { std::pair { "temperature", &r.temperature }, std::pair { "top_p", &r.topP } }) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() < 0)
            return invalid(QLatin1String(key),
                QStringLiteral("'%1' must be a non-negative number").arg(QLatin1String(key)));
        *target = v.toDouble();
    }
    const QJsonValue stop = o.value(QStringLiteral("stop"));
    if (stop.isString())
        r.stop = QJsonArray { stop };
    else if (stop.isArray())
        r.stop = stop.toArray();
    else if (!stop.isUndefined() && !stop.isNull())
        return invalid(
            QStringLiteral("stop"), QStringLiteral("'stop' must be a string or an array of strings"));

    const QJsonValue tools = o.value(QStringLiteral("tools"));
    if (!tools.isUndefined() && !tools.isNull()) {
        if (!tools.isArray())
            return invalid(QStringLiteral("tools"), QStringLiteral("'tools' must be an array"));
        const QJsonArray toolList = tools.toArray();
        for (qsizetype i = 0; i < toolList.size(); ++i) {
            const QJsonObject fn = toolList.at(i).toObject().value(QStringLiteral("function")).toObject();
            if (fn.value(QStringLiteral("name")).toString().isEmpty())
                return invalid(QStringLiteral("tools[%1].function.name").arg(i),
                    QStringLiteral("every tool needs 'function.name'"),
                    QStringLiteral("missing_required_parameter"));
        }
        r.tools = toolList;
    }
    r.toolChoice = o.value(QStringLiteral("tool_choice"));

    static const QSet<QString> owned { QStringLiteral("model"), QStringLiteral("messages"),
        QStringLiteral("stream"), QStringLiteral("stream_options"), QStringLiteral("max_tokens"),
        QStringLiteral("temperature"), QStringLiteral("top_p"), QStringLiteral("stop"),
        QStringLiteral("tools"), QStringLiteral("tool_choice") };
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!owned.contains(it.key()))
            r.extra.insert(it.key(), it.value());
    return parsed;
}

std::variant<ModelSpec, ClientError> resolveModel(
    const QString &model, const QString &policyHeader, const QVector<ModelListing> &models)
{
    auto find = [&](const QString &id) -> const ModelListing * {
        for (const ModelListing &m : models)
            if (m.id.compare(id, Qt::CaseInsensitive) == 0)
                return &m;
        return nullptr;
    };
    auto ready = [](const ModelListing &m) {
        return std::any_of(m.offers.begin(), m.offers.end(), [](const ModelOffer &o) { return o.ready; });
    };
    auto unknown = [&](const QString &why) {
        ClientError e;
        e.code = QStringLiteral("model_not_found");
        e.param = QStringLiteral("model");
        e.message = why;
        return e;
    };

    ModelSpecContext context;
    for (const ModelListing &m : models)
        for (const ModelOffer &o : m.offers)
            if (!context.providerIds.contains(o.provider))
                context.providerIds << o.provider;
    context.isModelId = [&](const QString &id) { return find(id) != nullptr; };
    ModelSpec spec = parseModelSpec(model, context);

    const ModelListing *listing = find(spec.model);
    if (!listing && !spec.unknownSuffix.isEmpty())
        if (const ModelListing *base
            = find(spec.model.left(spec.model.size() - spec.unknownSuffix.size() - 1)))
            return unknown(QStringLiteral("'%1' is neither a policy (%2) nor a provider serving '%3'")
                               .arg(spec.unknownSuffix, policyNames().join(QStringLiteral(", ")), base->id));
    if (!listing)
        return unknown(QStringLiteral(
            "The model '%1' does not exist or no provider serves it; GET /v1/models lists them")
                           .arg(model));
    spec.model = listing->id;
    if (!ready(*listing))
        return unknown(QStringLiteral("No enabled provider with a key serves '%1'").arg(listing->id));
    if (spec.policy == PolicyKind::Pinned) {
        const auto it = std::find_if(listing->offers.begin(), listing->offers.end(),
            [&](const ModelOffer &o) { return o.provider == spec.pinnedProvider; });
        if (it == listing->offers.end())
            return unknown(
                QStringLiteral("'%1' is neither a policy (%2) nor a provider serving '%3'")
                    .arg(spec.pinnedProvider, policyNames().join(QStringLiteral(", ")), listing->id));
        if (!it->ready)
            return unknown(QStringLiteral("provider '%1' serves '%2' but is disabled or has no key")
                               .arg(it->provider, listing->id));
    }
    const QString header = policyHeader.trimmed().toLower();
    if (!header.isEmpty()) {
        const auto headerPolicy = policyKindFromName(header);
        if (!headerPolicy) {
            ClientError e;
            e.param = QStringLiteral("x-switchboard-policy");
            e.code = QStringLiteral("invalid_policy");
            e.message = QStringLiteral("x-switchboard-policy must be one of %1")
                            .arg(policyNames().join(QStringLiteral(", ")));
            return e;
        }
        if (!spec.explicitPolicy) { // the model suffix, being more specific, wins
            spec.policy = *headerPolicy;
            spec.explicitPolicy = true;
        }
    }
    return spec;
}

namespace {

QJsonObject offerJson(const ModelOffer &o)
{
    return QJsonObject {
        { QStringLiteral("id"), o.provider },
        { QStringLiteral("name"), o.providerName },
        { QStringLiteral("context_length"), o.contextWindow },
        { QStringLiteral("pricing"),
            QJsonObject { { QStringLiteral("currency"), QStringLiteral("USD") },
                { QStringLiteral("input_per_mtok"), o.price.inputPerMTok },
                { QStringLiteral("output_per_mtok"), o.price.outputPerMTok },
                { QStringLiteral("cached_input_per_mtok"), o.price.cachedInputPerMTok },
                { QStringLiteral("price_date"), o.price.priceDate.toString(Qt::ISODate) } } },
    };
}

} // namespace

QJsonObject modelList(const QVector<ModelListing> &models, qint64 created)
{
    QJsonArray data;
    for (const ModelListing &m : models) {
        QJsonArray offers;
        qint64 context = 0;
        for (const ModelOffer &o : m.offers) {
            if (!o.ready)
                continue;
            offers.append(offerJson(o));
            context = std::max(context, o.contextWindow);
        }
        if (offers.isEmpty())
            continue;
        auto entry = [&](const QString &id, const QString &routing, const QJsonArray &providers, qint64 ctx) {
            data.append(QJsonObject {
                { QStringLiteral("id"), id },
                { QStringLiteral("object"), QStringLiteral("model") },
                { QStringLiteral("created"), created },
                { QStringLiteral("owned_by"), QStringLiteral("switchboard") },
                { QStringLiteral("context_length"), ctx },
                { QStringLiteral("switchboard"),
                    QJsonObject { { QStringLiteral("base_model"), m.id },
                        { QStringLiteral("routing"), routing },
                        { QStringLiteral("providers"), providers } } },
            });
        };
        entry(m.id, QStringLiteral("default"), offers, context);
        for (const PolicyKind policy : listedPolicies())
            entry(m.id + QLatin1Char(':') + policyKindName(policy), policyKindName(policy), offers, context);
        for (const QJsonValue &offer : offers) {
            const QJsonObject o = offer.toObject();
            entry(m.id + QLatin1Char(':') + o.value(QStringLiteral("id")).toString(),
                QStringLiteral("pinned"), QJsonArray { o },
                o.value(QStringLiteral("context_length")).toInteger());
        }
    }
    return QJsonObject { { QStringLiteral("object"), QStringLiteral("list") },
        { QStringLiteral("data"), data } };
}

QJsonObject usageJson(const TokenUsage &usage, double costUsd)
{
    return QJsonObject {
        { QStringLiteral("prompt_tokens"), usage.inputTokens },
        { QStringLiteral("completion_tokens"), usage.outputTokens },
        { QStringLiteral("total_tokens"), usage.inputTokens + usage.outputTokens },
        { QStringLiteral("prompt_tokens_details"),
            QJsonObject { { QStringLiteral("cached_tokens"), usage.cachedInputTokens } } },
        { QStringLiteral("completion_tokens_details"),
            QJsonObject { { QStringLiteral("reasoning_tokens"), usage.reasoningTokens } } },
        // OpenRouter reports the price of the call in usage.cost; clients that read it work here too.
        { QStringLiteral("cost"), costUsd },
        { QStringLiteral("estimated"), !usage.reported },
    };
}

void CompletionAccumulator::add(const ChatEvent &event)
{
    switch (event.kind) {
    case ChatEvent::Kind::TextDelta:
        m_text += event.text;
        break;
    case ChatEvent::Kind::ReasoningDelta:
        m_reasoning += event.text;
        break;
    case ChatEvent::Kind::ToolCallDelta: {
        ToolCall &call = m_toolCalls[event.toolIndex];
        if (!event.toolId.isEmpty())
            call.id = event.toolId;
        if (!event.toolName.isEmpty())
            call.name = event.toolName;
        call.arguments += event.toolArguments;
        break;
    }
    case ChatEvent::Kind::Finish:
        m_finishReason = event.finishReason;
        break;
    case ChatEvent::Kind::Usage:
    case ChatEvent::Kind::Error:
        break;
    }
}

QJsonObject CompletionAccumulator::completion(
    const QString &id, const QString &model, qint64 created, const ChatResult &result) const
{
    QJsonObject message { { QStringLiteral("role"), QStringLiteral("assistant") } };
    message.insert(QStringLiteral("content"),
        m_text.isEmpty() && !m_toolCalls.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_text));
    if (!m_reasoning.isEmpty())
        message.insert(QStringLiteral("reasoning_content"), m_reasoning);
    if (!m_toolCalls.isEmpty()) {
        QJsonArray calls;
        for (const ToolCall &c : m_toolCalls)
            calls.append(QJsonObject { { QStringLiteral("id"), c.id },
                { QStringLiteral("type"), QStringLiteral("function") },
                { QStringLiteral("function"),
                    QJsonObject { { QStringLiteral("name"), c.name },
                        { QStringLiteral("arguments"), c.arguments } } } });
        message.insert(QStringLiteral("tool_calls"), calls);
    }
    message.insert(QStringLiteral("refusal"), QJsonValue(QJsonValue::Null));
    const QString finish = m_finishReason.isEmpty() ? QStringLiteral("stop") : m_finishReason;
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("object"), QStringLiteral("chat.completion") },
        { QStringLiteral("created"), created },
        { QStringLiteral("model"), model },
        { QStringLiteral("choices"),
            QJsonArray { QJsonObject { { QStringLiteral("index"), 0 }, { QStringLiteral("message"), message },
                { QStringLiteral("logprobs"), QJsonValue(QJsonValue::Null) },
                { QStringLiteral("finish_reason"), finish } } } },
        { QStringLiteral("usage"), usageJson(result.usage, result.costUsd) },
        { QStringLiteral("system_fingerprint"), QJsonValue(QJsonValue::Null) },
        { QStringLiteral("provider"), result.provider },
    };
}

QJsonObject ChunkWriter::base() const
{
    return QJsonObject { { QStringLiteral("id"), m_id },
        { QStringLiteral("object"), QStringLiteral("chat.completion.chunk") },
        { QStringLiteral("created"), m_created }, { QStringLiteral("model"), m_model },
        { QStringLiteral("system_fingerprint"), QJsonValue(QJsonValue::Null) } };
}

QJsonObject ChunkWriter::choiceChunk(const QJsonObject &delta, const QJsonValue &finishReason) const
{
    QJsonObject chunk = base();
    chunk.insert(QStringLiteral("choices"),
        QJsonArray { QJsonObject { { QStringLiteral("index"), 0 }, { QStringLiteral("delta"), delta },
            { QStringLiteral("logprobs"), QJsonValue(QJsonValue::Null) },
            { QStringLiteral("finish_reason"), finishReason } } });
    return chunk;
}

QJsonObject ChunkWriter::roleChunk() const
{
    return choiceChunk(QJsonObject { { QStringLiteral("role"), QStringLiteral("assistant") },
                           { QStringLiteral("content"), QString() } },
        QJsonValue(QJsonValue::Null));
}

std::optional<QJsonObject> ChunkWriter::chunkFor(const ChatEvent &event)
{
    const QJsonValue null(QJsonValue::Null);
    switch (event.kind) {
    case ChatEvent::Kind::TextDelta:
        return choiceChunk(QJsonObject { { QStringLiteral("content"), event.text } }, null);
    case ChatEvent::Kind::ReasoningDelta:
        return choiceChunk(QJsonObject { { QStringLiteral("reasoning_content"), event.text } }, null);
    case ChatEvent::Kind::ToolCallDelta: {
        QJsonObject function { { QStringLiteral("arguments"), event.toolArguments } };
        QJsonObject call { { QStringLiteral("index"), event.toolIndex } };
        if (!event.toolId.isEmpty()) {
            call.insert(QStringLiteral("id"), event.toolId);
            call.insert(QStringLiteral("type"), QStringLiteral("function"));
        }
        if (!event.toolName.isEmpty())
            function.insert(QStringLiteral("name"), event.toolName);
        call.insert(QStringLiteral("function"), function);
        return choiceChunk(QJsonObject { { QStringLiteral("tool_calls"), QJsonArray { call } } }, null);
    }
    case ChatEvent::Kind::Finish:
        return choiceChunk(
            QJsonObject {}, event.finishReason.isEmpty() ? QStringLiteral("stop") : event.finishReason);
    case ChatEvent::Kind::Usage:
    case ChatEvent::Kind::Error:
        return std::nullopt;
    }
    return std::nullopt;
}

QJsonObject ChunkWriter::usageChunk(const TokenUsage &usage, double costUsd) const
{
    QJsonObject chunk = base();
    chunk.insert(QStringLiteral("choices"), QJsonArray {});
    chunk.insert(QStringLiteral("usage"), usageJson(usage, costUsd));
    return chunk;
}

} // namespace sb::server::wire
