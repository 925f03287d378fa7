#include "app/gui/chat/ModelPicker.h"

#include <QComboBox>
#include <QHBoxLayout>

#include "router/catalog/Catalog.h"

namespace sb {

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
        fillRoutes();
        if (!m_filling)
            Q_EMIT modelSpecChanged(modelSpec());
    });
    connect(m_route, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            Q_EMIT modelSpecChanged(modelSpec());
    });
}

void ModelPicker::setCatalog(const Catalog &catalog, const QString &localModelId)
{
    const QString previous = modelSpec();
    m_filling = true;
    m_model->clear();
    m_providersOf.clear();
    m_providerNames.clear();
    m_localModelId = localModelId;
    m_localIds.clear();
    QStringList extraLocal; // local models besides the base: base + a fine-tuned adapter
    for (const ProviderInfo &p : catalog.providers()) {
        m_providerNames.insert(p.id, p.name);
        if (p.kind == ProviderKind::Local) {
            // The first entry is the base model itself (listed only when loaded, as localModelId).
            for (qsizetype i = 1; i < p.models.size(); ++i)
                if (p.models[i].id != localModelId)
                    extraLocal << p.models[i].id;
            continue;
        }
        for (const ModelEntry &m : p.models)
            m_providersOf[m.id] << p.id;
    }
    if (!localModelId.isEmpty())
        extraLocal.prepend(localModelId);
    for (const QString &id : std::as_const(extraLocal)) {
        m_localIds.insert(id);
        m_model->addItem(tr("%1 (local)").arg(id.section(QLatin1Char('/'), -1)), id);
    }
    QStringList ids = m_providersOf.keys();
    ids.sort(Qt::CaseInsensitive);
    for (const QString &id : ids)
        m_model->addItem(id, id);
    m_filling = false;
    fillRoutes();
    if (!previous.isEmpty())
        setModelSpec(previous);
}

void ModelPicker::fillRoutes()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    const QString id = m_model->currentData().toString();
    m_route->clear();
    if (!id.isEmpty() && m_localIds.contains(id)) {
        m_route->addItem(tr("on this computer"), QStringLiteral("local"));
        m_route->setEnabled(false);
    } else {
        m_route->setEnabled(true);
        m_route->addItem(tr("auto: cheapest"), QStringLiteral("cheapest"));
        m_route->addItem(tr("auto: fastest"), QStringLiteral("fastest"));
        for (const QString &p : m_providersOf.value(id))
            m_route->addItem(tr("only %1").arg(m_providerNames.value(p, p)), p);
    }
    m_filling = wasFilling;
}

QString ModelPicker::modelSpec() const
{
    const QString id = m_model->currentData().toString();
    if (id.isEmpty())
        return {};
    if (m_localIds.contains(id))
        return id + QStringLiteral(":local");
    const QString route = m_route->currentData().toString();
    return route.isEmpty() ? id : id + QLatin1Char(':') + route;
}

void ModelPicker::setModelSpec(const QString &spec)
{
    // Model ids contain ':' rarely but '/' often; the route is after the last ':'.
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    const QString id = colon > 0 ? spec.left(colon) : spec;
    const QString route = colon > 0 ? spec.mid(colon + 1) : QString();
    const int mi = m_model->findData(id);
    if (mi < 0)
        return;
    m_filling = true;
    m_model->setCurrentIndex(mi);
    fillRoutes();
    const int ri = m_route->findData(route);
    if (ri >= 0)
        m_route->setCurrentIndex(ri);
    m_filling = false;
}

} // namespace sb
