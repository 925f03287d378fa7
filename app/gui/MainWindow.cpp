#include "app/gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QNetworkInformation>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>

#include "app/common/AppKeyStore.h"
#include "app/common/Settings.h"
#include "app/common/download/HubDownloader.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/AppServices.h"
#include "app/gui/chat/ChatArea.h"
#include "app/gui/chat/ConversationListModel.h"
#include "app/gui/chat/ModelPicker.h"
#include "app/gui/finetune/FineTuneArea.h"
#include "app/gui/models/ModelsArea.h"
#include "app/gui/providers/LocalServerPanel.h"
#include "app/gui/providers/ProvidersArea.h"
#include "app/gui/settings/SettingsDialog.h"
#include "app/gui/usage/UsageArea.h"
#include "app/gui/welcome/WelcomePage.h"
#include "app/local/EngineLocalProvider.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"

namespace sb {

namespace {
constexpr int kWelcomeChecksDelayMs = 400;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Switchboard"));
    resize(1200, 800);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Areas"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(200);
    m_nav->setSpacing(2);
    m_stack = new QStackedWidget(central);
    layout->addWidget(m_nav);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_services = std::make_unique<AppServices>();
    QStyle *s = style();
    auto *chat = new ChatArea(m_stack);
    auto *providers = new ProvidersArea(m_stack);
    auto *usage = new UsageArea(m_stack);
    addArea(tr("Chat"), s->standardIcon(QStyle::SP_MessageBoxInformation), chat);
    auto *models = new ModelsArea(m_stack);
    addArea(tr("Models"), s->standardIcon(QStyle::SP_DriveHDIcon), models);
    auto *finetune = new FineTuneArea(m_stack);
    addArea(tr("Fine-tune"), s->standardIcon(QStyle::SP_BrowserReload), finetune);
    addArea(tr("Providers & Budgets"), s->standardIcon(QStyle::SP_DriveNetIcon), providers);
    addArea(tr("Usage & Billing"), s->standardIcon(QStyle::SP_FileDialogDetailedView), usage);

    Router *router = m_services->router();
    chat->setBackend(m_services->chatBackend());
    chat->setCatalog(router->catalog(), QString()); // the local model joins once Models loads one
    models->setLocalProvider(m_services->localProvider());
    models->setKeyStore(m_services->keys()); // the "huggingface" token for gated downloads
    // The id the local base model answers to, "" while none is loaded.
    auto localModelId = [this] {
        return m_services->localProvider()->isLoaded() ? QStringLiteral("HuggingFaceTB/SmolLM3-3B")
                                                       : QString();
    };
    connect(models, &ModelsArea::modelLoaded, chat, [this, chat, router, localModelId] {
        chat->setLocalLoadingText(QString());
        chat->setCatalog(router->catalog(), localModelId());
        chat->useLocalModelByDefault(localModelId());
        // The adapter served beside the base last time comes back too.
        const QString adapter = Settings().value(Settings::Key::LocalAdapterDir).toString();
        if (m_reloadingAtStart && !adapter.isEmpty() && QFileInfo::exists(adapter)) {
            m_reloadingAdapter = true;
            static_cast<FineTuneArea *>(areaWidget(Area::FineTune))->reloadAdapter(adapter);
        }
        m_reloadingAtStart = false;
    });
    connect(models, &ModelsArea::loadFailed, chat, [this, chat] {
        chat->setLocalLoadingText(QString());
        m_reloadingAtStart = false;
    });
    connect(models, &ModelsArea::loadProgress, chat, [chat](const QString &path, int percent) {
        chat->setLocalLoadingText(
            tr("Loading %1 on this computer… %2%").arg(QFileInfo(path).fileName()).arg(percent));
    });
    // "Load it": the conversation's local model, from where it was last loaded.
    connect(chat, &ChatArea::loadModelRequested, this, [this, models] {
        showArea(Area::Models);
        if (!models->reloadLastModel() && !models->isLoading())
            models->startLoading();
    });
    connect(chat, &ChatArea::addKeyRequested, this, [this, providers](const QString &providerId) {
        showArea(Area::Providers);
        providers->selectProvider(providerId);
        providers->providerList()->setFocus();
    });
    connect(chat, &ChatArea::raiseBudgetRequested, this, [this, providers] {
        showArea(Area::Providers);
        providers->budgetTable()->setFocus();
    });
    finetune->setLocalProvider(m_services->localProvider());
    connect(models, &ModelsArea::modelLoaded, finetune, &FineTuneArea::localModelChanged);
    // Base + adapter becomes a second local model in the catalog and the chat's picker.
    connect(finetune, &FineTuneArea::adapterReady, chat,
        [this, chat, router, finetune, localModelId](const QString &modelId) {
            if (ProviderInfo *local = router->catalog().provider(ModelPicker::localProviderId());
                local && !local->models.isEmpty() && !local->model(modelId)) {
                ModelEntry entry = local->models.front();
                entry.id = modelId;
                entry.providerModelId = modelId;
                local->models.append(entry);
            }
            chat->setCatalog(router->catalog(), localModelId());
            if (m_reloadingAdapter) {
                m_reloadingAdapter = false; // back at start: the chats keep their routes
                return;
            }
            Settings().setValue(Settings::Key::LocalAdapterDir, finetune->outputDir());
            // Through the picker's one path: the open conversation now talks to the adapter.
            chat->modelPicker()->setModelSpec(modelId + QStringLiteral(":local"));
            showArea(Area::Chat);
        });
    providers->setServices(m_services->setup());
    // Endpoints added, edited or removed in Providers reach the chat's model picker.
    connect(providers, &ProvidersArea::catalogChanged, chat,
        [chat, router, localModelId] { chat->setCatalog(router->catalog(), localModelId()); });
    // Key status beside every cloud entry of the picker.
    connect(providers, &ProvidersArea::keyStored, chat, [chat](const QString &id) {
        chat->modelPicker()->setKeyStatus(id, ModelPicker::KeyStatus::Present);
    });
    connect(providers, &ProvidersArea::keyRemoved, chat, [chat](const QString &id) {
        chat->modelPicker()->setKeyStatus(id, ModelPicker::KeyStatus::Missing);
    });
    connect(providers, &ProvidersArea::keyRejectionShown, chat, [chat](const QString &id) {
        chat->modelPicker()->setKeyStatus(id, ModelPicker::KeyStatus::Rejected);
    });
    // A background catalog sync replaced the Router's catalog: the picker lists what it now has.
    connect(router, &Router::catalogChanged, chat, [this, chat, router] {
        chat->setCatalog(router->catalog(),
            m_services->localProvider()->isLoaded() ? QStringLiteral("HuggingFaceTB/SmolLM3-3B") : QString());
    });
    // The server is a thin front on the same Router, so it sits with the providers it routes to.
    providers->layout()->addWidget(
        new LocalServerPanel(m_services->chatBackend(), m_services->keys(), providers));
    usage->setLedger(m_services->ledger());
    usage->setBudgets(&router->budgets());
    // Live: every finished attempt is in the ledger when the Router says so.
    connect(router, &Router::attemptRecorded, usage, &UsageArea::scheduleRefresh);
    connect(providers, &ProvidersArea::budgetsChanged, usage, &UsageArea::refresh);
    // Offline indicator: after the window is up, since the backend talks to the system bus.
    QTimer::singleShot(0, chat, [chat] {
        if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
            return; // no backend (headless, no NetworkManager): assume online
        QNetworkInformation *info = QNetworkInformation::instance();
        auto apply = [chat](QNetworkInformation::Reachability r) {
            chat->setOffline(r == QNetworkInformation::Reachability::Disconnected);
        };
        apply(info->reachability());
        connect(info, &QNetworkInformation::reachabilityChanged, chat, apply);
    });

    connect(m_nav, &QListWidget::currentRowChanged, this, &MainWindow::showStackFor);
    createMenus();
    const QStringList problems = m_services->problems();
    statusBar()->showMessage(problems.isEmpty() ? tr("Ready") : problems.join(QStringLiteral(" · ")));
    setupWelcome();
    restoreState();
    // After the first frame: the keys' status for the picker, and the last local model (and
    // adapter) loads again in the background.
    QTimer::singleShot(kWelcomeChecksDelayMs, this, [this, chat, models, providers] {
        providers->setKeyStorage(m_services->appKeys()); // probes the keychain, explains its absence
        readKeyStatus();
        m_reloadingAtStart = models->reloadLastModel();
        if (m_reloadingAtStart)
            chat->setLocalLoadingText(tr("Loading the local model…"));
    });
}

void MainWindow::readKeyStatus()
{
    auto *chat = static_cast<ChatArea *>(areaWidget(Area::Chat));
    const QPointer<ChatArea> guard(chat);
    for (const ProviderInfo &p : m_services->router()->catalog().providers()) {
        if (p.kind == ProviderKind::Local || !p.needsKey())
            continue;
        const QString id = p.id;
        m_services->keys()->readKey(id, [guard, id](std::optional<QString> key, const QString &error) {
            if (!guard || guard->modelPicker()->keyStatus(id) == ModelPicker::KeyStatus::Rejected)
                return;
            guard->modelPicker()->setKeyStatus(id,
                error.isEmpty() && key && !key->isEmpty() ? ModelPicker::KeyStatus::Present
                                                          : ModelPicker::KeyStatus::Missing);
        });
    }
}

void MainWindow::showStackFor(int row)
{
    if (row < 0)
        return;
    m_stack->setCurrentWidget(row == int(Area::Chat) && m_welcomeActive ? m_welcome : m_stack->widget(row));
}

bool MainWindow::isWelcomeShown() const
{
    return m_welcome && m_stack->currentWidget() == m_welcome;
}

void MainWindow::setupWelcome()
{
    auto *chat = static_cast<ChatArea *>(areaWidget(Area::Chat));
    auto *models = static_cast<ModelsArea *>(areaWidget(Area::Models));
    auto *providers = static_cast<ProvidersArea *>(areaWidget(Area::Providers));
    m_welcome = new WelcomePage(m_stack);
    m_stack->addWidget(m_welcome); // not in the navigation: it stands in for the Chat area

    connect(m_welcome, &WelcomePage::downloadRequested, this, [this, models] {
        finishWelcome();
        showArea(Area::Models);
        models->startDefaultDownload();
    });
    connect(m_welcome, &WelcomePage::modelChosen, this, [this, models](const QString &path) {
        finishWelcome();
        showArea(Area::Models);
        models->setModelPath(path);
        models->startLoading();
    });
    connect(m_welcome, &WelcomePage::addKeyRequested, this, [this, providers] {
        finishWelcome();
        showArea(Area::Providers);
        providers->providerList()->setFocus();
    });
    connect(m_welcome, &WelcomePage::skipped, this, [this] {
        finishWelcome();
        showArea(Area::Chat);
    });
    // Done another way: the welcome has served its purpose.
    connect(models, &ModelsArea::modelLoaded, this, &MainWindow::finishWelcome);
    connect(providers, &ProvidersArea::keyStored, this, &MainWindow::finishWelcome);

    const Settings settings;
    const bool hasConversation = chat->conversationListModel()->rowCount() > 0;
    const bool hasModel = !settings.value(Settings::Key::LocalModelPath).toString().isEmpty()
        || m_services->localProvider()->isLoaded();
    m_welcomeActive
        = !settings.value(Settings::Key::WelcomeDismissed).toBool() && !hasConversation && !hasModel;
    if (!m_welcomeActive)
        return;
    // A key in the keychain or the environment also means this is not a first run. The keychain
    // answers asynchronously; the welcome gives way when the first key arrives. Both this and the
    // Hub listing wait until the window has been up a moment, so that setting up D-Bus and the
    // network stack does not compete with the first frame.
    QTimer::singleShot(kWelcomeChecksDelayMs, this, [this] {
        // The download's size as the Hub lists it now; offline, the page keeps the known size.
        HubDownloader::listFiles(HubRepo(), m_welcome, [welcome = m_welcome](const HubListing &listing) {
            if (listing.error.isEmpty() && listing.defaultSelectionBytes() > 0)
                welcome->setDownloadBytes(listing.defaultSelectionBytes());
        });
        const QPointer<MainWindow> self(this);
        for (const ProviderInfo &p : m_services->router()->catalog().providers()) {
            if (!m_welcomeActive)
                return;
            if (p.auth == AuthStyle::None)
                continue;
            m_services->keys()->readKey(p.id, [self](std::optional<QString> key, const QString &) {
                if (self && self->m_welcomeActive && key && !key->isEmpty())
                    self->finishWelcome();
            });
        }
    });
}

void MainWindow::finishWelcome()
{
    Settings().setValue(Settings::Key::WelcomeDismissed, true);
    if (!m_welcomeActive)
        return;
    m_welcomeActive = false;
    if (isWelcomeShown())
        m_stack->setCurrentIndex(int(Area::Chat));
}

void MainWindow::newChat()
{
    m_welcomeActive = false; // for this session; the welcome comes back until it is done or skipped
    showArea(Area::Chat);
    showStackFor(int(Area::Chat));
    static_cast<ChatArea *>(areaWidget(Area::Chat))->newConversation();
}

void MainWindow::searchConversations()
{
    m_welcomeActive = false;
    showArea(Area::Chat);
    showStackFor(int(Area::Chat));
    QLineEdit *search = static_cast<ChatArea *>(areaWidget(Area::Chat))->searchField();
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::showSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        auto *models = static_cast<ModelsArea *>(areaWidget(Area::Models));
        connect(
            m_settingsDialog, &SettingsDialog::vulkanDeviceChanged, models, &ModelsArea::setDeviceSelector);
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

MainWindow::~MainWindow()
{
    // The areas hold pointers into the services: delete them first.
    delete takeCentralWidget();
}

void MainWindow::addArea(const QString &title, const QIcon &icon, QWidget *widget)
{
    auto *item = new QListWidgetItem(icon, title, m_nav);
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(widget);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newChat = file->addAction(tr("&New chat"));
    newChat->setObjectName(QStringLiteral("actionNewChat"));
    newChat->setShortcut(QKeySequence::New);
    connect(newChat, &QAction::triggered, this, &MainWindow::newChat);
    QAction *settings = file->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> settingsKeys { QKeySequence(Qt::CTRL | Qt::Key_Comma) };
    const QKeySequence platformPreferences(QKeySequence::Preferences);
    if (!platformPreferences.isEmpty() && platformPreferences != settingsKeys.first())
        settingsKeys.prepend(platformPreferences);
    settings->setShortcuts(settingsKeys);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *search = edit->addAction(tr("&Search conversations"));
    search->setObjectName(QStringLiteral("actionSearch"));
    search->setShortcut(QKeySequence::Find);
    connect(search, &QAction::triggered, this, &MainWindow::searchConversations);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_nav->count(); ++i) {
        QAction *a = view->addAction(m_nav->item(i)->text());
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { showArea(Area(i)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Switchboard"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showArea(Area area)
{
    m_nav->setCurrentRow(int(area));
}

MainWindow::Area MainWindow::currentArea() const
{
    return isWelcomeShown() ? Area::Chat : Area(m_stack->currentIndex());
}

QWidget *MainWindow::areaWidget(Area area) const
{
    return m_stack->widget(int(area));
}

void MainWindow::restoreState()
{
    Settings settings;
    const QByteArray geometry = settings.windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    const QByteArray state = settings.windowState();
    if (!state.isEmpty())
        QMainWindow::restoreState(state);
    const int area = settings.lastArea();
    m_nav->setCurrentRow(area >= 0 && area < m_nav->count() ? area : 0);
    showStackFor(m_nav->currentRow()); // the welcome, if the chat was already the current row
}

void MainWindow::saveState() const
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(QMainWindow::saveState());
    settings.setLastArea(m_nav->currentRow());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    event->accept();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

} // namespace sb
