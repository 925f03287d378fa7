#include "app/local/LocalOutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sb {

Json toEngineJson(const QJsonValue &value)
{
    // Through compact text. QJsonObject sorts its keys, so an object's properties reach the
    // engine in alphabetical order (the constrained output then lists them in that order).
    QJsonDocument doc;
    if (value.isObject())
        doc = QJsonDocument(value.toObject());
    else if (value.isArray())
        doc = QJsonDocument(value.toArray());
    else
        return value.isBool()  ? Json(value.toBool())
            : value.isDouble() ? Json(value.toDouble())
            : value.isString() ? Json(value.toString().toStdString())
                               : Json();
    auto json = Json::parse(doc.toJson(QJsonDocument::Compact).toStdString());
    return json.ok() ? std::move(json.value()) : Json();
}

LocalOutputSpec localOutputSpec(const ChatRequest &request)
{
    LocalOutputSpec spec;
    auto fail = [&](const QString &param, const QString &message) {
        spec.errorParam = param;
        spec.error = message;
        spec.grammar.reset();
        return spec;
    };

    // tool_choice: "none" | "auto" | "required" | {"type": "function", "function": {"name": ...}}
    const QJsonValue choice = request.toolChoice;
    const QString choiceText = choice.isString() ? choice.toString() : QString();
    if (!choice.isUndefined() && !choice.isNull() && !choice.isObject() && choiceText != QLatin1String("none")
        && choiceText != QLatin1String("auto") && choiceText != QLatin1String("required"))
        return fail(QStringLiteral("tool_choice"),
            QStringLiteral("'tool_choice' must be \"none\", \"auto\", \"required\" or a function"));
    spec.toolsOffered = !request.tools.isEmpty() && choiceText != QLatin1String("none");
    spec.parseToolCalls = spec.toolsOffered;

    std::vector<JsonGrammar::Tool> forced;
    if (choice.isObject()) {
        const QString name = choice.toObject()
                                 .value(QStringLiteral("function"))
                                 .toObject()
                                 .value(QStringLiteral("name"))
                                 .toString();
        for (const QJsonValue &t : request.tools) {
            const QJsonObject fn = t.toObject().value(QStringLiteral("function")).toObject();
            if (fn.value(QStringLiteral("name")).toString() == name)
                forced.push_back(
                    { name.toStdString(), toEngineJson(fn.value(QStringLiteral("parameters"))) });
        }
        if (forced.empty())
            return fail(QStringLiteral("tool_choice"),
                QStringLiteral("tool_choice names the function '%1', which is not in 'tools'").arg(name));
    } else if (choiceText == QLatin1String("required")) {
        if (request.tools.isEmpty())
            return fail(
                QStringLiteral("tool_choice"), QStringLiteral("tool_choice \"required\" needs 'tools'"));
        for (const QJsonValue &t : request.tools) {
            const QJsonObject fn = t.toObject().value(QStringLiteral("function")).toObject();
            forced.push_back({ fn.value(QStringLiteral("name")).toString().toStdString(),
                toEngineJson(fn.value(QStringLiteral("parameters"))) });
        }
    }
    if (!forced.empty()) {
        auto grammar = JsonGrammar::toolCall(forced);
        if (!grammar)
            return fail(QStringLiteral("tools"), QString::fromStdString(grammar.error().message));
        spec.grammar = std::move(grammar.value());
        return spec;
    }

    const QJsonValue format = request.extra.value(QStringLiteral("response_format"));
    if (format.isUndefined() || format.isNull())
        return spec;
    const QString type = format.toObject().value(QStringLiteral("type")).toString();
    if (type == QLatin1String("text"))
        return spec;
    if (type == QLatin1String("json_object")) {
        spec.grammar = JsonGrammar::anyObject();
        return spec;
    }
    if (type == QLatin1String("json_schema")) {
        const QJsonValue schema = format.toObject()
                                      .value(QStringLiteral("json_schema"))
                                      .toObject()
                                      .value(QStringLiteral("schema"));
        if (!schema.isObject())
            return fail(QStringLiteral("response_format.json_schema.schema"),
                QStringLiteral("response_format json_schema needs 'json_schema.schema' (an object)"));
        auto grammar = JsonGrammar::fromSchema(toEngineJson(schema));
        if (!grammar)
            return fail(QStringLiteral("response_format.json_schema.schema"),
                QStringLiteral("local model: %1").arg(QString::fromStdString(grammar.error().message)));
        spec.grammar = std::move(grammar.value());
        return spec;
    }
    return fail(QStringLiteral("response_format.type"),
        QStringLiteral("response_format.type must be text, json_object or json_schema"));
}

} // namespace sb
