#include "app/gui/chat/ModelPicker.h"

#include "router/base/Policy.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLocale>
#include <QStandardItemModel>

#include "router/catalog/Catalog.h"

namespace sb {

namespace {

const QString kLocal = QStringLiteral("local");
const QString kCloud = QStringLiteral("cloud");
const QString kHeader = QStringLiteral("header");
constexpr int kSpecRole = ModelPicker::AvailableRole + 1; // placeholders: the spec they stand for

QString offerKey(const QString &provider, const QString &model)
{
    return provider + QLatin1Char('\n') + model;
}

QString shortName(const QString &modelId)
{
    return modelId.section(QLatin1Char('/'), -1);
}

bool isPolicy(const QString &route)
{
    return policyKindFromName(route).has_value(); // the one table: router/base/Policy.h
}

} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QWidget(parent)
    , m_model(new QComboBox(this))
    , m_route(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model->setObjectName(QStringLiteral("modelPicker"));
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(14);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_route->setObjectName(QStringLiteral("routePicker"));
    m_route->setAccessibleName(tr("Provider choice"));
    m_route->setToolTip(tr("How the router picks the provider for this model"));
    layout->addWidget(m_model, 2);
    layout->addWidget(m_route, 1);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        fillRoutes();
        announce();
    });
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // "only <provider>" of another provider moves to that provider's entry of the model.
        const QString route = m_route->currentData().toString();
        const QString provider = m_model->currentData(ProviderRole).toString();
        if (!route.isEmpty() && !isPolicy(route) && route != provider && route != kLocal) {
            const int i = findCloud(route, currentModelId());
            if (i >= 0) {
                ++m_filling;
                m_model->setCurrentIndex(i);
                fillRoutes();
                --m_filling;
            }
        }
        announce();
    });
}

void ModelPicker::addHeader(const QString &text)
{
    auto *model = static_cast<QStandardItemModel *>(m_model->model());
    auto *item = new QStandardItem(text);
    item->setData(kHeader, KindRole);
    item->setFlags(Qt::NoItemFlags); // a group title: not selectable
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    model->appendRow(item);
}

QStandardItem *ModelPicker::addEntry(
    const QString &kind, const QString &modelId, const QString &provider, const QString &text, bool available)
{
    auto *model = static_cast<QStandardItemModel *>(m_model->model());
    auto *item = new QStandardItem(text);
    item->setData(kind, KindRole);
    item->setData(modelId, ModelIdRole);
    item->setData(provider, ProviderRole);
    item->setData(available, AvailableRole);
    item->setToolTip(kind == kLocal ? tr("%1, on this computer").arg(modelId)
                                    : tr("%1 at %2").arg(modelId, m_providerNames.value(provider, provider)));
    model->appendRow(item);
    return item;
}

QString ModelPicker::cloudText(const QString &providerId, const QString &modelId) const
{
    const Offer offer = m_offers.value(offerKey(providerId, modelId));
    const QLocale locale;
    QStringList parts { shortName(modelId), offer.providerName };
    if (offer.inPerM > 0 || offer.outPerM > 0)
        parts << tr("$%1 / $%2 per M tokens")
                     .arg(locale.toString(offer.inPerM, 'f', 2), locale.toString(offer.outPerM, 'f', 2));
    switch (m_keyStatus.value(providerId)) {
    case KeyStatus::Missing:
        parts << tr("no key");
        break;
    case KeyStatus::Present:
        parts << tr("key set");
        break;
    case KeyStatus::Rejected:
        parts << tr("key rejected");
        break;
    case KeyStatus::Unknown:
    case KeyStatus::NotNeeded:
        break;
    }
    return parts.join(QStringLiteral(" · "));
}

void ModelPicker::setCatalog(const Catalog &catalog, const QString &localModelId)
{
    const QString previous = modelSpec();
    ++m_filling;
    m_model->clear();
    m_providerIds = catalog.providerIds();
    m_providersOf.clear();
    m_providerNames.clear();
    m_offers.clear();

    QStringList local; // the loaded base first, then base + adapter models
    if (!localModelId.isEmpty())
        local << localModelId;
    for (const ProviderInfo &p : catalog.providers()) {
        m_providerNames.insert(p.id, p.name);
        if (p.kind != ProviderKind::Local)
            continue;
        // The first entry is the base model itself (listed only when loaded, as localModelId).
        for (qsizetype i = 1; i < p.models.size(); ++i)
            if (!local.contains(p.models[i].id))
                local << p.models[i].id;
    }
    if (!local.isEmpty()) {
        addHeader(tr("On this computer"));
        for (const QString &id : std::as_const(local))
            addEntry(kLocal, id, QString(), tr("%1 · on this computer").arg(shortName(id)), true);
    }
    for (const ProviderInfo &p : catalog.providers()) {
        if (p.kind == ProviderKind::Local || !p.enabled || p.models.isEmpty())
            continue;
        if (!p.needsKey() && !m_keyStatus.contains(p.id))
            m_keyStatus.insert(p.id, KeyStatus::NotNeeded);
        addHeader(tr("Cloud · %1").arg(p.name));
        for (const ModelEntry &m : p.models) {
            m_providersOf[m.id] << p.id;
            m_offers.insert(
                offerKey(p.id, m.id), Offer { p.name, m.price.inputPerMTok, m.price.outputPerMTok });
            addEntry(kCloud, m.id, p.id, cloudText(p.id, m.id), true);
        }
    }
    --m_filling;
    if (previous.isEmpty() || !selectSpec(previous)) {
        // First fill: the first entry that can answer.
        ++m_filling;
        for (int i = 0; i < m_model->count(); ++i)
            if (m_model->itemData(i, KindRole).toString() != kHeader) {
                m_model->setCurrentIndex(i);
                break;
            }
        fillRoutes();
        --m_filling;
    }
    announce();
}

void ModelPicker::setKeyStatus(const QString &providerId, KeyStatus status)
{
    if (m_keyStatus.value(providerId) == status && m_keyStatus.contains(providerId))
        return;
    m_keyStatus.insert(providerId, status);
    refreshCloudTexts();
}

void ModelPicker::refreshCloudTexts()
{
    for (int i = 0; i < m_model->count(); ++i) {
        if (m_model->itemData(i, KindRole).toString() != kCloud
            || !m_model->itemData(i, AvailableRole).toBool())
            continue;
        m_model->setItemText(i,
            cloudText(
                m_model->itemData(i, ProviderRole).toString(), m_model->itemData(i, ModelIdRole).toString()));
    }
}

void ModelPicker::fillRoutes()
{
    ++m_filling;
    m_route->clear();
    const QString kind = m_model->currentData(KindRole).toString();
    const QString id = currentModelId();
    const QString provider = m_model->currentData(ProviderRole).toString();
    if (!m_model->currentData(AvailableRole).toBool()) {
        m_route->addItem(kind == kLocal ? tr("on this computer") : tr("not available"));
        m_route->setEnabled(false);
    } else if (kind == kLocal) {
        m_route->addItem(tr("on this computer"), kLocal);
        m_route->setEnabled(false);
    } else if (kind == kCloud) {
        m_route->setEnabled(true);
        m_route->addItem(tr("only %1").arg(m_providerNames.value(provider, provider)), provider);
        m_route->addItem(tr("auto: cheapest"), policyKindName(PolicyKind::Cheapest));
        m_route->addItem(tr("auto: fastest"), policyKindName(PolicyKind::Fastest));
        for (const QString &p : m_providersOf.value(id))
            if (p != provider)
                m_route->addItem(tr("only %1").arg(m_providerNames.value(p, p)), p);
    } else {
        m_route->setEnabled(false);
    }
    --m_filling;
}

void ModelPicker::announce()
{
    const QString spec = modelSpec();
    if (spec == m_announced)
        return;
    m_announced = spec;
    Q_EMIT modelSpecChanged(spec);
}

QString ModelPicker::currentModelId() const
{
    return m_model->currentData(ModelIdRole).toString();
}

bool ModelPicker::isLocal() const
{
    return m_model->currentData(KindRole).toString() == kLocal;
}

bool ModelPicker::isAvailable() const
{
    return m_model->currentIndex() >= 0 && m_model->currentData(AvailableRole).toBool();
}

int ModelPicker::findLocal(const QString &modelId) const
{
    for (int i = 0; i < m_model->count(); ++i)
        if (m_model->itemData(i, KindRole).toString() == kLocal
            && m_model->itemData(i, ModelIdRole).toString() == modelId)
            return i;
    return -1;
}

int ModelPicker::findCloud(const QString &providerId, const QString &modelId) const
{
    for (int i = 0; i < m_model->count(); ++i)
        if (m_model->itemData(i, KindRole).toString() == kCloud
            && m_model->itemData(i, AvailableRole).toBool()
            && m_model->itemData(i, ModelIdRole).toString() == modelId
            && (providerId.isEmpty() || m_model->itemData(i, ProviderRole).toString() == providerId))
            return i;
    return -1;
}

QString ModelPicker::modelSpec() const
{
    const QString id = currentModelId();
    if (id.isEmpty())
        return {};
    if (!m_model->currentData(AvailableRole).toBool())
        return m_model->currentData(kSpecRole).toString();
    if (isLocal())
        return id + QLatin1Char(':') + kLocal;
    const QString route = m_route->currentData().toString();
    return route.isEmpty() ? id : id + QLatin1Char(':') + route;
}

bool ModelPicker::selectSpec(const QString &spec)
{
    // The route is after the last ':' when it names one ("llama3:8b" is an Ollama id).
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    QString id = spec;
    QString route;
    if (colon > 0) {
        const QString suffix = spec.mid(colon + 1);
        if (suffix == kLocal || isPolicy(suffix) || m_providerIds.contains(suffix)) {
            id = spec.left(colon);
            route = suffix;
        }
    }
    int index = -1;
    if (route == kLocal)
        index = findLocal(id);
    else if (route.isEmpty() || isPolicy(route))
        index = findCloud(QString(), id);
    else
        index = findCloud(route, id);
    if (index < 0)
        return false;
    ++m_filling;
    m_model->setCurrentIndex(index);
    fillRoutes();
    if (route.isEmpty())
        route = policyKindName(PolicyKind::Cheapest); // a bare id: the router's default policy
    if (route != kLocal) {
        const int ri = m_route->findData(route);
        if (ri >= 0)
            m_route->setCurrentIndex(ri);
    }
    --m_filling;
    return true;
}

void ModelPicker::setModelSpec(const QString &spec)
{
    if (spec.isEmpty() || spec == modelSpec())
        return;
    if (!selectSpec(spec)) {
        // Not on offer now: keep the route as an unavailable entry instead of picking another.
        const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
        const bool local = colon > 0 && spec.mid(colon + 1) == kLocal;
        const QString id = local ? spec.left(colon) : (colon > 0 ? spec.left(colon) : spec);
        ++m_filling;
        auto *model = static_cast<QStandardItemModel *>(m_model->model());
        auto *item = new QStandardItem(local ? tr("%1 · on this computer · not loaded").arg(shortName(id))
                                             : tr("%1 · not available").arg(spec));
        item->setData(local ? kLocal : kCloud, KindRole);
        item->setData(id, ModelIdRole);
        item->setData(false, AvailableRole);
        item->setData(spec, kSpecRole);
        item->setToolTip(local ? tr("%1 runs on this computer but is not loaded. Load it in Models.").arg(id)
                               : tr("No enabled provider offers %1 now.").arg(spec));
        if (local) {
            // In the local group, which is first; a header is added when there was none.
            const bool hasGroup = m_model->count() > 0 && m_model->itemData(0, KindRole).toString() == kHeader
                && m_model->itemText(0) == tr("On this computer");
            if (!hasGroup) {
                addHeader(tr("On this computer"));
                model->insertRow(0, model->takeRow(model->rowCount() - 1));
            }
            model->insertRow(1, item);
            m_model->setCurrentIndex(1);
        } else {
            addHeader(tr("Not available"));
            model->appendRow(item);
            m_model->setCurrentIndex(m_model->count() - 1);
        }
        fillRoutes();
        --m_filling;
    }
    announce();
}

} // namespace sb
