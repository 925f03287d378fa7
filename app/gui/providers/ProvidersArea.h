#pragma once
// Providers & Budgets: every catalog provider with enable/disable and the preferred order (drag),
// its key (stored in the keychain through KeyStore, shown masked), a "test connection" that sends
// one cheap real request through the Router, and the budgets (global and per provider, daily or
// monthly, warning threshold and hard limit) with the current spend beside each.
// Custom OpenAI-compatible endpoints are added, edited and removed here (CustomEndpointDialog);
// they and the enable switches persist in the user's providers.json (UserCatalog), keys in the
// keychain. A provider whose key was rejected (401/403) carries a mark until its key is replaced.

#include <QDateTime>
#include <QHash>
#include <QWidget>

#include "router/base/Outcome.h"

class QLabel;
class QNetworkAccessManager;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sb {

class AppKeyStore;
class CustomEndpointDialog;
class KeyStorageNotice;
class KeyStore;
class Router;
class RouterSetup;
struct AttemptRecord;
struct BudgetLimit;
struct CustomEndpointInput;

class ProvidersArea : public QWidget {
    Q_OBJECT

public:
    explicit ProvidersArea(QWidget *parent = nullptr);

    // Not owned. The setup's Router lists the providers; the order, switches and budgets edited
    // here are saved through the setup (router.json, providers.json), where `serve` reads them too.
    void setServices(RouterSetup *setup);
    // Where keys are kept when there is no keychain: the notice at the top and the key file.
    void setKeyStorage(AppKeyStore *storage);
    KeyStorageNotice *keyStorageNotice() const { return m_notice; }
    // What went wrong (or what to know) about the provider's key, shown under the provider.
    QString keyNoteText(const QString &providerId) const { return m_keyNotes.value(providerId); }
    // The key badge the provider list shows: "key set", "no key", "key from environment", ...
    QString keyBadge(const QString &providerId) const { return m_badges.value(providerId); }
    // The user's providers.json that endpoint edits and enable switches are written to.
    QString catalogPath() const;

    QListWidget *providerList() const { return m_list; }
    QTableWidget *budgetTable() const { return m_budgets; }
    QString keyText() const; // what the key field shows for the selected provider
    QString testResultText() const;
    void selectProvider(const QString &id);
    QString selectedProvider() const;

    // What the buttons do, callable from tests without dialogs.
    void setKey(const QString &providerId, const QString &key);
    void removeKey(const QString &providerId);
    void testConnection(const QString &providerId);
    void setProviderEnabled(const QString &providerId, bool enabled);
    // Hugging Face: the organisation billed (X-HF-Bill-To), kept in the user's providers.json.
    void setBillTo(const QString &providerId, const QString &organisation);
    QString pricesText() const; // where the selected provider's prices came from, how old
    void addBudget(const BudgetLimit &limit);
    // Custom endpoints: written to the user's providers.json and applied to the Router's catalog.
    // Returns the endpoint's id, or why it was refused (also shown in the area).
    Outcome<QString> saveEndpoint(const CustomEndpointInput &endpoint);
    Outcome<void> removeEndpoint(const QString &providerId);
    // Opens the dialog (non-modal for tests: find it as a child of the area); empty id: a new one.
    CustomEndpointDialog *openEndpointDialog(const QString &providerId = {});
    QString statusText() const;
    // "" when the provider's key stands; else the mark's tooltip ("Key rejected on …: …").
    QString keyRejectedText(const QString &providerId) const { return m_rejected.value(providerId); }
    void applyBudgets(); // table -> Router budgets and settings

Q_SIGNALS:
    void keyStored(const QString &providerId);
    void keyRemoved(const QString &providerId);
    void connectionTested(const QString &providerId, bool ok, const QString &message);
    void budgetsChanged();
    void catalogChanged(); // providers added, edited or removed: model pickers refresh
    void keyRejectionShown(const QString &providerId);

private:
    void fillProviders();
    void showDetails();
    void refreshKey(const QString &providerId);
    void saveOrder();
    void fillBudgets(const QVector<BudgetLimit> &limits);
    void refreshSpend();
    void markRow(const QString &providerId);
    void onAttempt(const AttemptRecord &record);
    void onKeyRejected(const QString &providerId);
    void clearRejection(const QString &providerId);
    void showStatus(const QString &text);
    void setKeyNote(const QString &providerId, const QString &text);
    void refreshBadges();
    void refreshBadge(const QString &providerId);

    Router *m_router = nullptr;
    KeyStore *m_keys = nullptr;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_prices;
    QPushButton *m_billTo;
    QLabel *m_key;
    QLabel *m_test;
    QLabel *m_keyNote;
    KeyStorageNotice *m_notice;
    AppKeyStore *m_storage = nullptr;
    QHash<QString, QString> m_keyNotes; // provider -> what to know about its key
    QHash<QString, QString> m_badges; // provider -> key badge
    QPushButton *m_setKey;
    QPushButton *m_removeKey;
    QPushButton *m_testButton;
    QTableWidget *m_budgets;
    QPushButton *m_editEndpoint;
    QPushButton *m_removeEndpoint;
    QLabel *m_status;
    QNetworkAccessManager *m_network = nullptr; // for "Fetch models", made on first use
    RouterSetup *m_setup = nullptr;
    QHash<QString, QString> m_lastError; // provider -> last failed attempt's (redacted) error
    QHash<QString, QString> m_rejected; // provider -> the mark's text
    bool m_filling = false;
};

} // namespace sb
