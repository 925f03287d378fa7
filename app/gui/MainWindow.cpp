#include "gui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QNetworkInformation>
#include <QTimer>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

#include "common/Settings.h"
#include "catalog/Catalog.h"
#include "core/Router.h"
#include "gui/AboutDialog.h"
#include "gui/AppServices.h"
#include "gui/areas/ChatArea.h"
#include "gui/areas/FineTuneArea.h"
#include "gui/areas/ModelsArea.h"
#include "gui/areas/LocalServerPanel.h"
#include "gui/areas/ProvidersArea.h"
#include "gui/areas/UsageArea.h"
#include "local/EngineLocalProvider.h"

namespace sb {

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
    addArea(tr("Fine-tune"), s->standardIcon(QStyle::SP_BrowserReload), new FineTuneArea(m_stack));
    addArea(tr("Providers & Budgets"), s->standardIcon(QStyle::SP_DriveNetIcon), providers);
    addArea(tr("Usage & Billing"), s->standardIcon(QStyle::SP_FileDialogDetailedView), usage);

    Router *router = m_services->router();
    chat->setBackend(m_services->chatBackend());
    chat->setCatalog(router->catalog(), QString()); // the local model joins once Models loads one
    models->setLocalProvider(m_services->localProvider());
    connect(models, &ModelsArea::modelLoaded, chat, [chat, router] {
        chat->setCatalog(router->catalog(), QStringLiteral("HuggingFaceTB/SmolLM3-3B"));
    });
    providers->setServices(router, m_services->keys());
    // Endpoints added, edited or removed in Providers reach the chat's model picker.
    connect(providers, &ProvidersArea::catalogChanged, chat, [this, chat, router] {
        chat->setCatalog(router->catalog(),
                         m_services->localProvider()->isLoaded() ? QStringLiteral("HuggingFaceTB/SmolLM3-3B") : QString());
    });
    // The server is a thin front on the same Router, so it sits with the providers it routes to.
    providers->layout()->addWidget(new LocalServerPanel(m_services->chatBackend(), m_services->keys(), providers));
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

    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    createMenus();
    const QStringList problems = m_services->problems();
    statusBar()->showMessage(problems.isEmpty() ? tr("Ready") : problems.join(QStringLiteral(" · ")));
    restoreState();
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
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

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
    return Area(m_stack->currentIndex());
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
