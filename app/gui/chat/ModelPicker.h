#pragma once
// Which model answers and how the router picks the provider: the local model, or a catalog model
// with `auto: cheapest`, `auto: fastest` or one pinned provider. The result is the router's model
// string: "id:cheapest", "id:fastest", "id:provider".

#include <QSet>
#include <QWidget>

class QComboBox;

namespace sb {

class Catalog;

class ModelPicker : public QWidget {
    Q_OBJECT

public:
    explicit ModelPicker(QWidget *parent = nullptr);

    // Local model first (when `localModelId` is set), then other models of the local provider
    // (base + fine-tuned adapter, registered by the Fine-tune area), then every catalog model.
    void setCatalog(const Catalog &catalog, const QString &localModelId);
    QString modelSpec() const;
    void setModelSpec(const QString &spec);
    QComboBox *modelCombo() const { return m_model; }
    QComboBox *routeCombo() const { return m_route; }
    static QString localProviderId() { return QStringLiteral("local"); }

Q_SIGNALS:
    void modelSpecChanged(const QString &spec);

private:
    void fillRoutes();

    QComboBox *m_model;
    QComboBox *m_route;
    QHash<QString, QStringList> m_providersOf; // model id -> provider ids serving it
    QHash<QString, QString> m_providerNames;
    QString m_localModelId;
    QSet<QString> m_localIds; // the local model and any base + adapter models beside it
    bool m_filling = false;
};

} // namespace sb
