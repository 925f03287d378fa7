#include "app/gui/providers/ProvidersArea.h"
#include "app/gui/providers/PriceProvenance.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "app/common/AppKeyStore.h"
#include "app/common/DataPaths.h"
#include "app/common/KeychainKeyStore.h"
#include "app/common/RouterSetup.h"
#include "app/common/Settings.h"
#include "app/gui/providers/CustomEndpointDialog.h"
#include "app/gui/providers/KeyStorageNotice.h"
#include "router/budget/Budget.h"
#include "router/catalog/CustomEndpoint.h"
#include "router/catalog/UserCatalog.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/AttemptRecord.h"

namespace sb {

namespace {

enum BudgetColumn { ScopeCol, PeriodCol, LimitCol, WarnCol, SpentCol, BudgetColumns };
constexpr int kIdRole = Qt::UserRole + 1;

QString usd(double v)
{
    // Small spends need more than cents: $0.0042, not $0.00.
    return QStringLiteral("$") + QLocale().toString(v, 'f', v > 0 && v < 1 ? 4 : 2);
}

} // namespace

ProvidersArea::ProvidersArea(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ProvidersArea"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 12, 12, 12);
    m_notice = new KeyStorageNotice(this);
    outer->addWidget(m_notice);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    outer->addWidget(splitter);

    auto *top = new QWidget(splitter);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *listBox = new QGroupBox(tr("Providers (drag to set the preferred order)"), top);
    auto *listLayout = new QVBoxLayout(listBox);
    m_list = new QListWidget(listBox);
    m_list->setObjectName(QStringLiteral("providerList"));
    m_list->setAccessibleName(tr("Providers"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    listLayout->addWidget(m_list);
    auto *endpointButtons = new QHBoxLayout;
    auto *addEndpoint = new QPushButton(tr("Add endpoint…"), listBox);
    addEndpoint->setObjectName(QStringLiteral("addEndpoint"));
    addEndpoint->setToolTip(
        tr("A custom OpenAI-compatible server: vLLM, llama-server, LM Studio, Ollama, any /v1 endpoint"));
    m_editEndpoint = new QPushButton(tr("Edit…"), listBox);
    m_editEndpoint->setObjectName(QStringLiteral("editEndpoint"));
    m_removeEndpoint = new QPushButton(tr("Remove"), listBox);
    m_removeEndpoint->setObjectName(QStringLiteral("removeEndpoint"));
    endpointButtons->addWidget(addEndpoint);
    endpointButtons->addWidget(m_editEndpoint);
    endpointButtons->addWidget(m_removeEndpoint);
    endpointButtons->addStretch(1);
    listLayout->addLayout(endpointButtons);
    m_status = new QLabel(listBox);
    m_status->setObjectName(QStringLiteral("providersStatus"));
    m_status->setWordWrap(true);
    m_status->hide();
    listLayout->addWidget(m_status);
    topLayout->addWidget(listBox, 2);

    auto *detailBox = new QGroupBox(tr("Provider"), top);
    auto *detail = new QVBoxLayout(detailBox);
    m_title = new QLabel(detailBox);
    m_title->setObjectName(QStringLiteral("providerTitle"));
    m_details = new QLabel(detailBox);
    m_details->setObjectName(QStringLiteral("providerDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_prices = new QLabel(detailBox);
    m_prices->setObjectName(QStringLiteral("providerPrices"));
    m_prices->setWordWrap(true);
    m_billTo = new QPushButton(tr("Bill to organisation…"), detailBox);
    m_billTo->setObjectName(QStringLiteral("billTo"));
    m_billTo->setToolTip(tr("Hugging Face: requests are billed to this organisation (X-HF-Bill-To)"));
    m_key = new QLabel(detailBox);
    m_key->setObjectName(QStringLiteral("providerKey"));
    m_key->setAccessibleName(tr("API key (masked)"));
    auto *keyButtons = new QHBoxLayout;
    m_setKey = new QPushButton(tr("Set key…"), detailBox);
    m_setKey->setObjectName(QStringLiteral("setKey"));
    m_removeKey = new QPushButton(tr("Remove key"), detailBox);
    m_removeKey->setObjectName(QStringLiteral("removeKey"));
    m_testButton = new QPushButton(tr("Test connection"), detailBox);
    m_testButton->setObjectName(QStringLiteral("testConnection"));
    keyButtons->addWidget(m_setKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addWidget(m_testButton);
    keyButtons->addStretch(1);
    m_test = new QLabel(detailBox);
    m_test->setObjectName(QStringLiteral("testResult"));
    m_test->setWordWrap(true);
    m_keyNote = new QLabel(detailBox);
    m_keyNote->setObjectName(QStringLiteral("providerKeyNote"));
    m_keyNote->setWordWrap(true);
    m_keyNote->setTextFormat(Qt::PlainText);
    m_keyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keyNote->setStyleSheet(QStringLiteral("QLabel { color: #b9770e; }"));
    m_keyNote->setVisible(false);
    detail->addWidget(m_title);
    detail->addWidget(m_details);
    detail->addWidget(m_prices);
    detail->addWidget(m_billTo, 0, Qt::AlignLeft);
    detail->addWidget(m_key);
    detail->addLayout(keyButtons);
    detail->addWidget(m_keyNote);
    detail->addWidget(m_test);
    detail->addStretch(1);
    topLayout->addWidget(detailBox, 3);

    auto *budgetBox = new QGroupBox(
        tr("Budgets (USD; a request whose worst case would cross a hard limit is refused)"), splitter);
    auto *budgetLayout = new QVBoxLayout(budgetBox);
    m_budgets = new QTableWidget(0, BudgetColumns, budgetBox);
    m_budgets->setObjectName(QStringLiteral("budgetTable"));
    m_budgets->setAccessibleName(tr("Budgets"));
    m_budgets->setHorizontalHeaderLabels(
        { tr("Applies to"), tr("Period"), tr("Hard limit"), tr("Warn at"), tr("Spent now") });
    m_budgets->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_budgets->verticalHeader()->setVisible(false);
    auto *budgetButtons = new QHBoxLayout;
    auto *addBudgetButton = new QPushButton(tr("Add budget"), budgetBox);
    addBudgetButton->setObjectName(QStringLiteral("addBudget"));
    auto *removeBudgetButton = new QPushButton(tr("Remove budget"), budgetBox);
    auto *applyButton = new QPushButton(tr("Apply"), budgetBox);
    applyButton->setObjectName(QStringLiteral("applyBudgets"));
    budgetButtons->addWidget(addBudgetButton);
    budgetButtons->addWidget(removeBudgetButton);
    budgetButtons->addStretch(1);
    budgetButtons->addWidget(applyButton);
    budgetLayout->addWidget(m_budgets);
    budgetLayout->addLayout(budgetButtons);
    splitter->addWidget(top);
    splitter->addWidget(budgetBox);

    connect(m_list, &QListWidget::currentRowChanged, this, &ProvidersArea::showDetails);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_filling)
            setProviderEnabled(item->data(kIdRole).toString(), item->checkState() == Qt::Checked);
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, &ProvidersArea::saveOrder);
    connect(m_billTo, &QPushButton::clicked, this, [this] {
        const QString id = selectedProvider();
        const ProviderInfo *p = m_router ? m_router->catalog().provider(id) : nullptr;
        bool ok = false;
        const QString org = QInputDialog::getText(this, tr("Bill %1 to an organisation").arg(id),
            tr("Organisation name on the Hub (empty: your own account)"), QLineEdit::Normal,
            p ? p->billTo : QString(), &ok);
        if (ok)
            setBillTo(id, org);
    });
    connect(m_setKey, &QPushButton::clicked, this, [this] {
        const QString id = selectedProvider();
        bool ok = false;
        const QString where = m_storage && m_storage->keyFileUnlocked()
            ? tr("Key (stored in your encrypted key file)")
            : m_storage && !m_storage->keychainAvailable()
            ? tr("Key (used until Switchboard quits: there is no keychain)")
            : tr("Key (stored in your system keychain)");
        const QString key = QInputDialog::getText(
            this, tr("API key for %1").arg(id), where, QLineEdit::Password, QString(), &ok);
        if (ok && !key.trimmed().isEmpty())
            setKey(id, key.trimmed());
    });
    connect(m_removeKey, &QPushButton::clicked, this, [this] { removeKey(selectedProvider()); });
    connect(addEndpoint, &QPushButton::clicked, this, [this] { openEndpointDialog(); });
    connect(m_editEndpoint, &QPushButton::clicked, this, [this] { openEndpointDialog(selectedProvider()); });
    connect(m_removeEndpoint, &QPushButton::clicked, this, [this] {
        const QString id = selectedProvider();
        const ProviderInfo *p = m_router ? m_router->catalog().provider(id) : nullptr;
        if (!p)
            return;
        if (QMessageBox::question(
                this, tr("Remove endpoint"), tr("Remove %1 and its stored key?").arg(p->name))
            == QMessageBox::Yes)
            (void)removeEndpoint(id); // a refusal is shown in the area
    });
    connect(m_testButton, &QPushButton::clicked, this, [this] { testConnection(selectedProvider()); });
    // Keys that move into the key file (or come out of it) are read again everywhere.
    connect(m_notice, &KeyStorageNotice::keyFileUnlocked, this, [this] {
        if (m_router)
            for (const QString &id : m_router->catalog().providerIds())
                m_router->keyChanged(id);
        refreshBadges();
        if (!selectedProvider().isEmpty())
            refreshKey(selectedProvider());
    });
    connect(addBudgetButton, &QPushButton::clicked, this, [this] { addBudget(BudgetLimit {}); });
    connect(removeBudgetButton, &QPushButton::clicked, this, [this] {
        if (m_budgets->currentRow() >= 0)
            m_budgets->removeRow(m_budgets->currentRow());
    });
    connect(applyButton, &QPushButton::clicked, this, &ProvidersArea::applyBudgets);
}

void ProvidersArea::setServices(RouterSetup *setup)
{
    if (m_router)
        disconnect(m_router, nullptr, this, nullptr);
    m_setup = setup;
    m_router = setup ? setup->router() : nullptr;
    m_keys = setup ? setup->keys() : nullptr;
    Router *router = m_router;
    m_rejected.clear();
    if (m_router) {
        connect(m_router, &Router::attemptRecorded, this, &ProvidersArea::onAttempt);
        connect(m_router, &Router::keyRejected, this, &ProvidersArea::onKeyRejected);
        connect(m_router, &Router::catalogChanged, this, &ProvidersArea::showDetails); // a sync
    }
    fillProviders();
    fillBudgets(router ? router->budgets().limits() : QVector<BudgetLimit> {});
}

void ProvidersArea::setKeyStorage(AppKeyStore *storage)
{
    if (m_storage)
        disconnect(m_storage, nullptr, this, nullptr);
    m_storage = storage;
    m_notice->setKeyStore(storage);
    if (storage)
        connect(storage, &AppKeyStore::keychainProbed, this, [this] { refreshBadges(); });
}

void ProvidersArea::setKeyNote(const QString &providerId, const QString &text)
{
    if (text.isEmpty())
        m_keyNotes.remove(providerId);
    else
        m_keyNotes.insert(providerId, text);
    if (selectedProvider() == providerId) {
        m_keyNote->setText(text);
        m_keyNote->setVisible(!text.isEmpty());
    }
}

void ProvidersArea::refreshBadges()
{
    if (!m_router)
        return;
    for (const ProviderInfo &p : m_router->catalog().providers())
        refreshBadge(p.id);
}

void ProvidersArea::refreshBadge(const QString &providerId)
{
    const ProviderInfo *p = m_router ? m_router->catalog().provider(providerId) : nullptr;
    if (!p || !m_keys || p->auth == AuthStyle::None) {
        m_badges.remove(providerId);
        markRow(providerId);
        return;
    }
    if (qEnvironmentVariableIsSet(EnvironmentKeyStore::variableFor(providerId).toLocal8Bit().constData())) {
        m_badges.insert(providerId, tr("key from environment"));
        markRow(providerId);
        return;
    }
    m_keys->readKey(providerId,
        [this, providerId, guard = QPointer<ProvidersArea>(this)](std::optional<QString> key, QString error) {
            if (!guard)
                return;
            QString badge;
            if (key && !key->isEmpty())
                badge = m_storage && m_storage->hasSessionKey(providerId) ? tr("key for this session")
                                                                          : tr("key set");
            else
                badge = error.isEmpty() ? tr("no key") : tr("key unreadable");
            m_badges.insert(providerId, badge);
            markRow(providerId);
        });
}

void ProvidersArea::fillProviders()
{
    m_filling = true;
    m_list->clear();
    if (m_router) {
        const QStringList order = m_setup->config().providerOrder;
        QVector<const ProviderInfo *> providers;
        for (const ProviderInfo &p : m_router->catalog().providers())
            providers << &p;
        std::stable_sort(
            providers.begin(), providers.end(), [&](const ProviderInfo *a, const ProviderInfo *b) {
                const qsizetype ia = order.indexOf(a->id), ib = order.indexOf(b->id);
                return (ia < 0 ? 1'000'000 : ia) < (ib < 0 ? 1'000'000 : ib);
            });
        for (const ProviderInfo *p : providers) {
            auto *item = new QListWidgetItem(p->name, m_list);
            item->setData(kIdRole, p->id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
            item->setCheckState(p->enabled ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(p->baseUrl);
        }
    }
    for (auto it = m_rejected.cbegin(); it != m_rejected.cend(); ++it)
        markRow(it.key());
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it)
        markRow(it.key());
    m_filling = false;
    refreshBadges();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
}

QString ProvidersArea::selectedProvider() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toString() : QString();
}

void ProvidersArea::selectProvider(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == id)
            m_list->setCurrentRow(i);
}

QString ProvidersArea::keyText() const
{
    return m_key->text();
}
QString ProvidersArea::testResultText() const
{
    return m_test->text();
}

QString ProvidersArea::pricesText() const
{
    return m_prices->text();
}

void ProvidersArea::showDetails()
{
    const QString id = selectedProvider();
    const ProviderInfo *p = m_router ? m_router->catalog().provider(id) : nullptr;
    m_test->clear();
    if (!p) {
        m_title->clear();
        m_details->clear();
        m_key->clear();
        return;
    }
    m_title->setText(QStringLiteral("<h3>%1</h3>").arg(p->name.toHtmlEscaped()));
    // A synced Hub catalog lists thousands of models: name a few.
    constexpr int kNamed = 12;
    QStringList models;
    for (const ModelEntry &m : p->models)
        if (models.size() < kNamed)
            models << m.id;
    QString named = models.join(QStringLiteral(", "));
    if (p->models.size() > kNamed)
        named += QLatin1Char(' ') + tr("and %n more", nullptr, int(p->models.size() - kNamed));
    m_details->setText(
        tr("%1 · %2 wire format · %n model(s): %3", nullptr, int(p->models.size()))
            .arg(p->baseUrl.isEmpty() ? tr("on this computer") : p->baseUrl, wireFormatName(p->wire), named));
    m_prices->setText(priceProvenance(*p, QDateTime::currentDateTimeUtc()).text);
    m_billTo->setVisible(p->effectiveModelList() == QLatin1String("hub"));
    m_billTo->setText(p->billTo.isEmpty() ? tr("Bill to organisation…") : tr("Billed to %1…").arg(p->billTo));
    const bool keyed = p->auth != AuthStyle::None;
    m_setKey->setEnabled(keyed && m_keys);
    m_removeKey->setEnabled(keyed && m_keys);
    m_testButton->setEnabled(!p->models.isEmpty() && m_router);
    m_editEndpoint->setEnabled(p->kind == ProviderKind::Custom);
    m_removeEndpoint->setEnabled(p->kind == ProviderKind::Custom);
    if (!m_rejected.value(id).isEmpty())
        m_test->setText(m_rejected.value(id));
    m_keyNote->setText(m_keyNotes.value(id));
    m_keyNote->setVisible(!m_keyNotes.value(id).isEmpty());
    if (!keyed)
        m_key->setText(tr("No key needed"));
    else
        refreshKey(id);
}

void ProvidersArea::refreshKey(const QString &providerId)
{
    if (!m_keys)
        return;
    m_key->setText(tr("Key: reading the keychain…"));
    m_keys->readKey(providerId,
        [this, providerId, guard = QPointer<ProvidersArea>(this)](std::optional<QString> key, QString error) {
            if (!guard || selectedProvider() != providerId)
                return;
            if (!error.isEmpty())
                m_key->setText(tr("Key: cannot be read here (see below)"));
            if (!error.isEmpty() && !m_keyNotes.contains(providerId))
                setKeyNote(providerId, error);
            if (!error.isEmpty())
                return;
            if (!key || key->isEmpty())
                m_key->setText(tr("Key: none stored"));
            else
                m_key->setText(tr("Key: %1").arg(KeychainKeyStore::masked(*key)));
        });
}

void ProvidersArea::setKey(const QString &providerId, const QString &key)
{
    if (!m_keys)
        return;
    m_keys->writeKey(
        providerId, key, [this, providerId, guard = QPointer<ProvidersArea>(this)](bool ok, QString error) {
            if (!guard)
                return;
            // Shown under the provider it belongs to: a refusal, or "kept for this session only".
            setKeyNote(providerId, error);
            if (!ok) {
                refreshBadge(providerId);
                return;
            }
            if (m_router)
                m_router->keyChanged(providerId);
            clearRejection(providerId);
            if (selectedProvider() == providerId)
                refreshKey(providerId);
            refreshBadge(providerId);
            Q_EMIT keyStored(providerId);
        });
}

void ProvidersArea::removeKey(const QString &providerId)
{
    if (!m_keys)
        return;
    m_keys->removeKey(
        providerId, [this, providerId, guard = QPointer<ProvidersArea>(this)](bool ok, QString error) {
            if (!guard)
                return;
            setKeyNote(providerId, error);
            if (!ok)
                return;
            if (m_router)
                m_router->keyChanged(providerId);
            clearRejection(providerId);
            if (selectedProvider() == providerId)
                refreshKey(providerId);
            refreshBadge(providerId);
            Q_EMIT keyRemoved(providerId);
        });
}

void ProvidersArea::testConnection(const QString &providerId)
{
    const ProviderInfo *p = m_router ? m_router->catalog().provider(providerId) : nullptr;
    if (!p || p->models.isEmpty())
        return;
    // The cheapest model it serves, one token: a real request that costs a fraction of a cent.
    const ModelEntry *cheapest = &p->models.front();
    for (const ModelEntry &m : p->models)
        if (m.price.inputPerMTok + m.price.outputPerMTok
            < cheapest->price.inputPerMTok + cheapest->price.outputPerMTok)
            cheapest = &m;
    ChatRequest request;
    request.model = cheapest->id + QLatin1Char(':') + providerId;
    request.messages.push_back(
        ChatMessage { QStringLiteral("user"), QStringLiteral("Say OK."), {}, {}, {}, {} });
    request.maxTokens = 1;
    request.stream = true;
    m_test->setText(tr("Testing %1 with %2…").arg(p->name, cheapest->id));
    RouterCall *call = m_router->chat(request);
    connect(call, &RouterCall::finished, this, [this, providerId, call](const RouteResult &r) {
        const QString message = r.ok() ? tr("Connected: %1 answered in %2 ms (cost %3).")
                                             .arg(r.provider)
                                             .arg(r.durationMs)
                                             .arg(QStringLiteral("$") + QLocale().toString(r.costUsd, 'f', 6))
                                       : tr("Failed: %1").arg(r.errorMessage);
        if (selectedProvider() == providerId)
            m_test->setText(message);
        Q_EMIT connectionTested(providerId, r.ok(), message);
        call->deleteLater();
    });
}

void ProvidersArea::setProviderEnabled(const QString &providerId, bool enabled)
{
    // Saved in the user's providers.json: a provider off by default (the "custom" template) stays
    // on across restarts only there, and `serve` reads the same file.
    if (m_setup)
        if (auto written = m_setup->setProviderEnabled(providerId, enabled); !written)
            showStatus(tr("The switch holds for this session only: %1").arg(written.error()));
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(kIdRole).toString() == providerId) {
            const QSignalBlocker block(m_list);
            m_list->item(i)->setCheckState(enabled ? Qt::Checked : Qt::Unchecked);
        }
}

void ProvidersArea::setBillTo(const QString &providerId, const QString &organisation)
{
    const QString org = organisation.trimmed();
    if (auto written
        = UserCatalog(catalogPath()).setProviderField(providerId, QStringLiteral("bill_to"), org);
        !written)
        showStatus(tr("The organisation holds for this session only: %1").arg(written.error()));
    if (m_router)
        if (ProviderInfo *p = m_router->catalog().provider(providerId))
            p->billTo = org;
    showDetails();
}

void ProvidersArea::saveOrder()
{
    QStringList order;
    for (int i = 0; i < m_list->count(); ++i)
        order << m_list->item(i)->data(kIdRole).toString();
    if (m_setup)
        if (auto saved = m_setup->setProviderOrder(order); !saved)
            showStatus(tr("The order holds for this session only: %1").arg(saved.error()));
}

void ProvidersArea::addBudget(const BudgetLimit &limit)
{
    const int row = m_budgets->rowCount();
    m_budgets->insertRow(row);
    auto *scope = new QComboBox(m_budgets);
    scope->addItem(tr("All providers"), QString());
    if (m_router)
        for (const ProviderInfo &p : m_router->catalog().providers())
            scope->addItem(p.name, p.id);
    scope->setCurrentIndex(std::max(0, scope->findData(limit.provider)));
    auto *period = new QComboBox(m_budgets);
    period->addItem(tr("daily"), int(BudgetPeriod::Daily));
    period->addItem(tr("monthly"), int(BudgetPeriod::Monthly));
    period->setCurrentIndex(limit.period == BudgetPeriod::Daily ? 0 : 1);
    auto *hard = new QDoubleSpinBox(m_budgets);
    hard->setRange(0, 1'000'000);
    hard->setPrefix(QStringLiteral("$"));
    hard->setValue(limit.limitUsd > 0 ? limit.limitUsd : 10.0);
    auto *warn = new QSpinBox(m_budgets);
    warn->setRange(1, 100);
    warn->setSuffix(QStringLiteral("%"));
    warn->setValue(int(std::lround(limit.warnFraction * 100)));
    m_budgets->setCellWidget(row, ScopeCol, scope);
    m_budgets->setCellWidget(row, PeriodCol, period);
    m_budgets->setCellWidget(row, LimitCol, hard);
    m_budgets->setCellWidget(row, WarnCol, warn);
    auto *spent = new QTableWidgetItem;
    spent->setFlags(Qt::ItemIsEnabled);
    m_budgets->setItem(row, SpentCol, spent);
    refreshSpend();
}

void ProvidersArea::fillBudgets(const QVector<BudgetLimit> &limits)
{
    m_budgets->setRowCount(0);
    for (const BudgetLimit &l : limits)
        addBudget(l);
}

void ProvidersArea::applyBudgets()
{
    QVector<BudgetLimit> limits;
    for (int row = 0; row < m_budgets->rowCount(); ++row) {
        BudgetLimit l;
        l.provider = static_cast<QComboBox *>(m_budgets->cellWidget(row, ScopeCol))->currentData().toString();
        l.period = BudgetPeriod(
            static_cast<QComboBox *>(m_budgets->cellWidget(row, PeriodCol))->currentData().toInt());
        l.limitUsd = static_cast<QDoubleSpinBox *>(m_budgets->cellWidget(row, LimitCol))->value();
        l.warnFraction = static_cast<QSpinBox *>(m_budgets->cellWidget(row, WarnCol))->value() / 100.0;
        limits << l;
    }
    if (m_setup)
        if (auto saved = m_setup->setBudgets(limits); !saved)
            showStatus(tr("The budgets hold for this session only: %1").arg(saved.error()));
    refreshSpend();
    Q_EMIT budgetsChanged();
}

void ProvidersArea::refreshSpend()
{
    const QVector<BudgetStatus> status = m_router ? m_router->budgets().status() : QVector<BudgetStatus> {};
    for (int row = 0; row < m_budgets->rowCount(); ++row) {
        const QString provider
            = static_cast<QComboBox *>(m_budgets->cellWidget(row, ScopeCol))->currentData().toString();
        const auto period = BudgetPeriod(
            static_cast<QComboBox *>(m_budgets->cellWidget(row, PeriodCol))->currentData().toInt());
        QString text = tr("(apply to see)");
        for (const BudgetStatus &s : status)
            if (s.limit.provider == provider && s.limit.period == period)
                text = tr("%1 of %2%3")
                           .arg(usd(s.spentUsd), usd(s.limit.limitUsd),
                               s.exhausted     ? tr(" · exhausted")
                                   : s.warning ? tr(" · warning")
                                               : QString());
        m_budgets->item(row, SpentCol)->setText(text);
    }
}

QString ProvidersArea::catalogPath() const
{
    return m_setup ? m_setup->catalogPath() : dataPaths::filePath(QStringLiteral("providers.json"));
}

QString ProvidersArea::statusText() const
{
    return m_status->text();
}

void ProvidersArea::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

CustomEndpointDialog *ProvidersArea::openEndpointDialog(const QString &providerId)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *dialog = new CustomEndpointDialog(m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const ProviderInfo *p
        = m_router && !providerId.isEmpty() ? m_router->catalog().provider(providerId) : nullptr;
    if (p) {
        dialog->setEndpoint(*p);
        // The stored key only serves "Fetch models"; the field itself stays empty.
        if (m_keys)
            m_keys->readKey(providerId,
                [dialog = QPointer<CustomEndpointDialog>(dialog)](std::optional<QString> key, QString) {
                    if (dialog && key)
                        dialog->setStoredKey(*key);
                });
    }
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (auto in = dialog->input())
            (void)saveEndpoint(*in); // a refusal is shown in the area
    });
    dialog->open();
    return dialog;
}

Outcome<QString> ProvidersArea::saveEndpoint(const CustomEndpointInput &endpoint)
{
    if (!m_router)
        return Outcome<QString>::failure(tr("No router"));
    const bool isNew = endpoint.id.isEmpty();
    const QString id
        = isNew ? customEndpointId(endpoint.name, m_router->catalog().providerIds()) : endpoint.id;
    ProviderInfo info = makeCustomEndpoint(id, endpoint.name, endpoint.baseUrl, endpoint.models);
    if (const ProviderInfo *old = m_router->catalog().provider(id)) {
        info.enabled = old->enabled;
        info.weight = old->weight;
        info.notes = old->notes;
    }
    // Validate as the catalog will on the next start before anything is written.
    Catalog check = m_router->catalog();
    if (auto valid = check.upsertProvider(info); !valid) {
        showStatus(valid.error());
        return Outcome<QString>::failure(valid.error());
    }
    if (auto written = UserCatalog(catalogPath()).saveProvider(info); !written) {
        showStatus(tr("The endpoint was not saved: %1").arg(written.error()));
        return Outcome<QString>::failure(written.error());
    }
    (void)m_router->catalog().upsertProvider(info);
    showStatus(QString());
    if (endpoint.key)
        setKey(id, *endpoint.key); // clears a rejection mark when stored
    else
        m_router->keyChanged(id); // keyless or unchanged: re-read what is stored
    fillProviders();
    selectProvider(id);
    Q_EMIT catalogChanged();
    return id;
}

Outcome<void> ProvidersArea::removeEndpoint(const QString &providerId)
{
    if (!m_router || !m_router->catalog().provider(providerId))
        return Outcome<void>::failure(tr("No provider '%1'").arg(providerId));
    if (auto written = UserCatalog(catalogPath()).removeProvider(providerId); !written) {
        showStatus(tr("The endpoint was not removed: %1").arg(written.error()));
        return written;
    }
    m_router->catalog().removeProvider(providerId);
    showStatus(QString());
    if (m_keys)
        m_keys->removeKey(providerId, [](bool, QString) {});
    m_router->keyChanged(providerId);
    m_rejected.remove(providerId);
    if (m_setup)
        if (auto saved = m_setup->forgetProvider(providerId); !saved)
            showStatus(saved.error());
    fillProviders();
    saveOrder();
    Q_EMIT catalogChanged();
    return {};
}

void ProvidersArea::onAttempt(const AttemptRecord &record)
{
    if (record.status == AttemptStatus::Error)
        m_lastError.insert(record.provider,
            record.httpStatus > 0 ? QStringLiteral("HTTP %1: %2").arg(record.httpStatus).arg(record.errorText)
                                  : record.errorText);
}

void ProvidersArea::onKeyRejected(const QString &providerId)
{
    const QString when = QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat);
    m_rejected.insert(providerId,
        tr("Key rejected on %1: %2")
            .arg(when, m_lastError.value(providerId, tr("the provider refused the key"))));
    markRow(providerId);
    if (selectedProvider() == providerId)
        m_test->setText(m_rejected.value(providerId));
    Q_EMIT keyRejectionShown(providerId);
}

void ProvidersArea::clearRejection(const QString &providerId)
{
    if (m_rejected.remove(providerId) == 0)
        return;
    markRow(providerId);
    if (selectedProvider() == providerId)
        m_test->clear();
}

void ProvidersArea::markRow(const QString &providerId)
{
    const ProviderInfo *p = m_router ? m_router->catalog().provider(providerId) : nullptr;
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        if (item->data(kIdRole).toString() != providerId)
            continue;
        const QSignalBlocker block(m_list);
        const QString mark = m_rejected.value(providerId);
        const QString badge = m_badges.value(providerId);
        if (mark.isEmpty()) {
            item->setIcon(QIcon());
            item->setText(badge.isEmpty() ? (p ? p->name : providerId)
                                          : tr("%1 · %2").arg(p ? p->name : providerId, badge));
            item->setToolTip(p ? p->baseUrl : QString());
            item->setData(Qt::ForegroundRole, QVariant());
        } else {
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setText(tr("%1 (key rejected)").arg(p ? p->name : providerId));
            item->setToolTip(mark);
            item->setData(Qt::ForegroundRole, QColor(0xb0, 0x20, 0x20));
        }
    }
}

} // namespace sb
