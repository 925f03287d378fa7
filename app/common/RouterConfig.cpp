#include "app/common/RouterConfig.h"

#include "router/catalog/UserCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSettings>

namespace sb {

namespace {

const char *const kFileName = "router.json";
constexpr int kFormatVersion = 1;

QJsonObject budgetJson(const BudgetLimit &l)
{
    return QJsonObject { { QStringLiteral("provider"), l.provider },
        { QStringLiteral("period"),
            l.period == BudgetPeriod::Daily ? QStringLiteral("daily") : QStringLiteral("monthly") },
        { QStringLiteral("limit_usd"), l.limitUsd }, { QStringLiteral("warn"), l.warnFraction } };
}

// Budgets as both router.json and the old QSettings value wrote them.
Outcome<QVector<BudgetLimit>> budgetsFrom(const QJsonArray &array, const QString &source)
{
    QVector<BudgetLimit> out;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        const QString period = o.value(QStringLiteral("period")).toString();
        if (period != QLatin1String("daily") && period != QLatin1String("monthly"))
            return Outcome<QVector<BudgetLimit>>::failure(
                QStringLiteral("%1: budget period must be \"daily\" or \"monthly\" (got \"%2\")")
                    .arg(source, period));
        BudgetLimit l;
        l.provider = o.value(QStringLiteral("provider")).toString();
        l.period = period == QLatin1String("daily") ? BudgetPeriod::Daily : BudgetPeriod::Monthly;
        l.limitUsd = o.value(QStringLiteral("limit_usd")).toDouble();
        l.warnFraction = o.value(QStringLiteral("warn")).toDouble(0.8);
        if (l.limitUsd > 0)
            out << l;
    }
    return out;
}

} // namespace

QString RouterConfig::filePath(const QString &dir)
{
    return QDir(dir).filePath(QString::fromLatin1(kFileName));
}

QByteArray RouterConfig::toJson() const
{
    QJsonArray budgetArray;
    for (const BudgetLimit &l : budgets)
        budgetArray.append(budgetJson(l));
    const QJsonObject root { { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("provider_order"), QJsonArray::fromStringList(providerOrder) },
        { QStringLiteral("budgets"), budgetArray } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Outcome<RouterConfig> RouterConfig::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Outcome<RouterConfig>::failure(
            QStringLiteral("%1 is not a JSON object (%2 at %3)")
                .arg(source, error.errorString(), UserCatalog::lineColumn(json, error.offset)));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("version")).toInt(kFormatVersion) > kFormatVersion)
        return Outcome<RouterConfig>::failure(
            QStringLiteral("%1 was written by a newer Switchboard (version %2)")
                .arg(source)
                .arg(root.value(QStringLiteral("version")).toInt()));
    RouterConfig config;
    for (const QJsonValue &v : root.value(QStringLiteral("provider_order")).toArray())
        if (v.isString() && !v.toString().isEmpty())
            config.providerOrder << v.toString();
    auto budgets = budgetsFrom(root.value(QStringLiteral("budgets")).toArray(), source);
    if (!budgets)
        return Outcome<RouterConfig>::failure(budgets.error());
    config.budgets = std::move(budgets).value();
    return config;
}

Outcome<RouterConfig> RouterConfig::load(const QString &dir)
{
    const QString path = filePath(dir);
    QFile f(path);
    if (!f.exists())
        return RouterConfig {};
    if (!f.open(QIODevice::ReadOnly))
        return Outcome<RouterConfig>::failure(
            QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    return fromJson(f.readAll(), path);
}

Outcome<void> RouterConfig::save(const QString &dir) const
{
    const QString path = filePath(dir);
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Outcome<void>::failure(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(toJson());
    if (!f.commit())
        return Outcome<void>::failure(QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Outcome<bool> migrateLegacyRouterSettings(const QString &dir, const QString &userCatalogPath)
{
    // The QSettings names these values had (app/common/Settings.cpp before router.json).
    const QString orderKey = QStringLiteral("router/providerOrder");
    const QString disabledKey = QStringLiteral("router/disabledProviders");
    const QString budgetsKey = QStringLiteral("router/budgets");
    QSettings settings;
    if (QFile::exists(RouterConfig::filePath(dir))
        || (!settings.contains(orderKey) && !settings.contains(disabledKey)
            && !settings.contains(budgetsKey)))
        return false;

    RouterConfig config;
    config.providerOrder = settings.value(orderKey).toStringList();
    const QByteArray budgetText = settings.value(budgetsKey).toString().toUtf8();
    if (auto budgets = budgetsFrom(QJsonDocument::fromJson(budgetText).array(), budgetsKey))
        config.budgets = std::move(budgets).value();
    UserCatalog overlay(userCatalogPath);
    for (const QString &id : settings.value(disabledKey).toStringList())
        if (auto written = overlay.setProviderField(id, QStringLiteral("enabled"), false); !written)
            return Outcome<bool>::failure(written.error());
    if (auto saved = config.save(dir); !saved)
        return Outcome<bool>::failure(saved.error());
    settings.remove(orderKey);
    settings.remove(disabledKey);
    settings.remove(budgetsKey);
    return true;
}

} // namespace sb
