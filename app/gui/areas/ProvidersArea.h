#pragma once
// Providers & Budgets: every catalog provider with enable/disable and the preferred order (drag),
// its key (stored in the keychain through KeyStore, shown masked), a "test connection" that sends
// one cheap real request through the Router, and the budgets (global and per provider, daily or
// monthly, warning threshold and hard limit) with the current spend beside each.

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace sb {

class KeyStore;
class Router;
struct BudgetLimit;

class ProvidersArea : public QWidget {
    Q_OBJECT

public:
    explicit ProvidersArea(QWidget *parent = nullptr);

    // Not owned. The Router's catalog lists the providers; its budgets are edited here.
    void setServices(Router *router, KeyStore *keys);

    QListWidget *providerList() const { return m_list; }
    QTableWidget *budgetTable() const { return m_budgets; }
    QString keyText() const;         // what the key field shows for the selected provider
    QString testResultText() const;
    void selectProvider(const QString &id);
    QString selectedProvider() const;

    // What the buttons do, callable from tests without dialogs.
    void setKey(const QString &providerId, const QString &key);
    void removeKey(const QString &providerId);
    void testConnection(const QString &providerId);
    void setProviderEnabled(const QString &providerId, bool enabled);
    void addBudget(const BudgetLimit &limit);
    void applyBudgets(); // table -> Router budgets and settings

    static QVector<BudgetLimit> loadBudgets();
    static void saveBudgets(const QVector<BudgetLimit> &limits);

Q_SIGNALS:
    void keyStored(const QString &providerId);
    void connectionTested(const QString &providerId, bool ok, const QString &message);
    void budgetsChanged();

private:
    void fillProviders();
    void showDetails();
    void refreshKey(const QString &providerId);
    void saveOrder();
    void fillBudgets(const QVector<BudgetLimit> &limits);
    void refreshSpend();

    Router *m_router = nullptr;
    KeyStore *m_keys = nullptr;
    QListWidget *m_list;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_key;
    QLabel *m_test;
    QPushButton *m_setKey;
    QPushButton *m_removeKey;
    QPushButton *m_testButton;
    QTableWidget *m_budgets;
    bool m_filling = false;
};

} // namespace sb
