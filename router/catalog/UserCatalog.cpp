#include "router/catalog/UserCatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace sb {

QString UserCatalog::lineColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i)
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    // Columns count characters, not bytes, so a line with accents points at the right place.
    const int column = int(QString::fromUtf8(text.mid(lineStart, offset - lineStart)).size()) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(column);
}

Outcome<QJsonObject> UserCatalog::read() const
{
    if (m_path.isEmpty() || !QFile::exists(m_path))
        return QJsonObject();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return Outcome<QJsonObject>::failure(
            QStringLiteral("%1: cannot read: %2").arg(m_path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        return QJsonObject(); // an empty file is an empty overlay, as an editor leaves it
    QJsonParseError err {};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return Outcome<QJsonObject>::failure(
            QStringLiteral("%1: %2: invalid JSON: %3")
                .arg(m_path, lineColumn(bytes, err.offset), err.errorString()));
    if (!doc.isObject())
        return Outcome<QJsonObject>::failure(
            QStringLiteral("%1: line 1, column 1: the top level must be an object").arg(m_path));
    const QJsonValue providers = doc.object().value(QLatin1String("providers"));
    if (!providers.isUndefined() && !providers.isArray())
        return Outcome<QJsonObject>::failure(
            QStringLiteral("%1: field 'providers' must be an array").arg(m_path));
    return doc.object();
}

UserCatalog::Loaded UserCatalog::load() const
{
    Loaded out;
    auto builtin = Catalog::loadBuiltin();
    if (!builtin) {
        out.problem = builtin.error(); // a build defect; an empty catalog keeps the app usable
        return out;
    }
    auto overlay = read();
    if (!overlay) {
        out.catalog = std::move(builtin).value();
        out.problem = overlay.error();
        return out;
    }
    if (overlay->isEmpty()) {
        out.catalog = std::move(builtin).value();
        return out;
    }
    auto merged = Catalog::fromObject(Catalog::mergeDocuments(builtin->toJson(), overlay.value()),
        m_path + QStringLiteral(" (merged over the default)"));
    if (!merged) {
        out.catalog = std::move(builtin).value();
        out.problem = merged.error();
        return out;
    }
    out.catalog = std::move(merged).value();
    return out;
}

template <typename Edit> Outcome<void> UserCatalog::edit(const QString &providerId, Edit &&editEntry)
{
    auto current = read();
    if (!current)
        return Outcome<void>::failure(
            current.error() + QStringLiteral(" (fix or remove the file; it was left as it is)"));
    QJsonObject doc = current.value();
    QJsonArray providers = doc.value(QLatin1String("providers")).toArray();
    int found = -1;
    for (int i = 0; i < providers.size(); ++i)
        if (providers[i].toObject().value(QLatin1String("id")).toString() == providerId) {
            found = i;
            break;
        }
    std::optional<QJsonObject> entry;
    if (found >= 0)
        entry = providers[found].toObject();
    editEntry(entry);
    if (!entry) {
        if (found >= 0)
            providers.removeAt(found);
    } else if (found >= 0) {
        providers[found] = *entry;
    } else {
        providers.append(*entry);
    }
    doc.insert(QStringLiteral("providers"), providers);
    return write(doc);
}

Outcome<void> UserCatalog::saveProvider(const ProviderInfo &info)
{
    // An entry that would not load must not reach the file: the next start would drop every user
    // entry with it.
    if (auto valid = Catalog().upsertProvider(info); !valid)
        return valid;
    return edit(info.id, [&](std::optional<QJsonObject> &entry) {
        QJsonObject full = Catalog::providerToJson(info);
        // The whole model list is the user's: new entries would otherwise merge with a built-in
        // provider's models by id.
        full.insert(QStringLiteral("replace_models"), true);
        entry = full;
    });
}

Outcome<void> UserCatalog::setProviderField(
    const QString &providerId, const QString &field, const QJsonValue &value)
{
    return edit(providerId, [&](std::optional<QJsonObject> &entry) {
        if (!entry)
            entry = QJsonObject { { QStringLiteral("id"), providerId } };
        entry->insert(field, value);
    });
}

Outcome<void> UserCatalog::removeProvider(const QString &providerId)
{
    auto builtin = Catalog::loadBuiltin();
    const bool isBuiltin = builtin && builtin->provider(providerId);
    return edit(providerId, [&](std::optional<QJsonObject> &entry) {
        if (isBuiltin)
            entry = QJsonObject { { QStringLiteral("id"), providerId }, { QStringLiteral("remove"), true } };
        else
            entry.reset();
    });
}

Outcome<void> UserCatalog::write(const QJsonObject &doc) const
{
    if (m_path.isEmpty())
        return Outcome<void>::failure(QStringLiteral("no path for the user providers file"));
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Outcome<void>::failure(
            QStringLiteral("%1: cannot create the folder").arg(info.absolutePath()));
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly))
        return Outcome<void>::failure(QStringLiteral("%1: cannot write: %2").arg(m_path, f.errorString()));
    f.write(QJsonDocument(doc).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return Outcome<void>::failure(QStringLiteral("%1: cannot write: %2").arg(m_path, f.errorString()));
    return {};
}

} // namespace sb
