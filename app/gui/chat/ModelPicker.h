#pragma once
// Which model answers, and where: the picker's entries are routes, never bare model ids. A local
// entry (the loaded SmolLM3, a base + adapter) and a cloud entry (one provider's offer of a model)
// never share an identity, even when their model ids match: "HuggingFaceTB/SmolLM3-3B" on this
// computer and the same id at the Hugging Face router are two entries in two groups.
//
// Grouped: "On this computer" first, then "Cloud · <provider>" per provider, each cloud entry
// with its price per million tokens and the provider's key status. The route combo beside it
// says how the router picks for a cloud entry: only the chosen provider, or auto (cheapest,
// fastest) with failover among every provider of the model. The result is the router's model
// string: "id:local", "id:<provider>", "id:cheapest", "id:fastest".
//
// A spec whose route is not on offer (the conversation's local model is not loaded, a provider
// was removed) stays selected as an "unavailable" entry: the picker never swaps it for another
// route. Every change, by the person or by code (setModelSpec), reaches modelSpecChanged once.

#include <QHash>
#include <QWidget>

class QComboBox;
class QStandardItem;

namespace sb {

class Catalog;

class ModelPicker : public QWidget {
    Q_OBJECT

public:
    enum class KeyStatus { Unknown, NotNeeded, Missing, Present, Rejected };
    enum Role {
        KindRole = Qt::UserRole + 1, // "local", "cloud", "header"
        ModelIdRole,
        ProviderRole, // cloud entries: the provider id
        AvailableRole, // false: a placeholder for a route not on offer now
    };

    explicit ModelPicker(QWidget *parent = nullptr);

    // The local group: `localModelId` when a base model is loaded ("" when none), then the other
    // models of the local provider (base + fine-tuned adapter, registered by the Fine-tune area).
    // Then every enabled cloud provider's models. The current route is kept.
    void setCatalog(const Catalog &catalog, const QString &localModelId);
    void setKeyStatus(const QString &providerId, KeyStatus status);
    KeyStatus keyStatus(const QString &providerId) const { return m_keyStatus.value(providerId); }

    QString modelSpec() const;
    void setModelSpec(const QString &spec);
    bool isLocal() const; // the current entry runs on this computer
    bool isAvailable() const; // false: the current route is not on offer (e.g. local, not loaded)
    QString currentModelId() const;
    // The index of a route's entry in modelCombo(), -1 when not listed.
    int findLocal(const QString &modelId) const;
    int findCloud(const QString &providerId, const QString &modelId) const;

    QComboBox *modelCombo() const { return m_model; }
    QComboBox *routeCombo() const { return m_route; }
    static QString localProviderId() { return QStringLiteral("local"); }

Q_SIGNALS:
    void modelSpecChanged(const QString &spec);

private:
    struct Offer {
        QString providerName;
        double inPerM = 0;
        double outPerM = 0;
    };
    void addHeader(const QString &text);
    QStandardItem *addEntry(const QString &kind, const QString &modelId, const QString &provider,
        const QString &text, bool available);
    void fillRoutes();
    void announce(); // emits modelSpecChanged when the spec differs from the last one announced
    QString cloudText(const QString &providerId, const QString &modelId) const;
    void refreshCloudTexts();
    bool selectSpec(const QString &spec); // false: no entry for it

    QComboBox *m_model;
    QComboBox *m_route;
    QStringList m_providerIds; // every catalog provider id (to read "model:provider")
    QHash<QString, QString> m_providerNames;
    QHash<QString, QStringList> m_providersOf; // model id -> cloud providers serving it
    QHash<QString, Offer> m_offers; // provider + '\n' + model -> price
    QHash<QString, KeyStatus> m_keyStatus;
    QString m_announced;
    int m_filling = 0;
};

} // namespace sb
