#include "app/gui/chat/ChatArea.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "app/common/ConversationExport.h"
#include "app/common/ConversationStore.h"
#include "app/common/Settings.h"
#include "app/gui/chat/ChatController.h"
#include "app/gui/chat/ChatView.h"
#include "app/gui/chat/ConversationListModel.h"
#include "app/gui/chat/ConversationModel.h"
#include "app/gui/chat/ConversationSettingsDialog.h"
#include "app/gui/chat/ModelPicker.h"
#include "router/catalog/Catalog.h"

namespace sb {

ChatArea::ChatArea(QWidget *parent)
    : QWidget(parent)
    , m_messages(new ConversationModel(this))
    , m_conversations(new ConversationListModel(this))
    , m_controller(new ChatController(m_messages, this))
{
    setObjectName(QStringLiteral("ChatArea"));
    buildUi();
    openStore(ConversationStore::defaultPath());
}

ChatArea::~ChatArea()
{
    // The controller may still stream into the store; it goes first.
    delete m_controller;
    m_controller = nullptr;
}

void ChatArea::buildUi()
{
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    outer->addWidget(splitter);

    // Left: conversations.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setAccessibleName(tr("Search conversations"));
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Search conversations (%1)")
                             .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    auto *add = new QToolButton(left);
    add->setObjectName(QStringLiteral("newConversation"));
    add->setText(tr("New chat"));
    add->setToolTip(
        tr("New chat (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    add->setAccessibleName(tr("New chat"));
    top->addWidget(m_search, 1);
    top->addWidget(add);
    leftLayout->addLayout(top);
    m_list = new QListView(left);
    m_list->setObjectName(QStringLiteral("conversationList"));
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setModel(m_conversations);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_list->setUniformItemSizes(true);
    m_list->setTextElideMode(Qt::ElideRight);
    leftLayout->addWidget(m_list, 1);
    left->setMinimumWidth(160);

    // Right: toolbar, messages, composer.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 8, 8, 8);
    auto *bar = new QHBoxLayout;
    m_picker = new ModelPicker(right);
    m_think = new QToolButton(right);
    m_think->setObjectName(QStringLiteral("thinkToggle"));
    m_think->setCheckable(true);
    m_think->setText(tr("Think"));
    m_think->setAccessibleName(tr("Thinking"));
    m_think->setToolTip(tr("Let SmolLM3 reason before it answers (/think) or answer directly (/no_think)"));
    m_settings = new QToolButton(right);
    m_settings->setObjectName(QStringLiteral("conversationSettingsButton"));
    m_settings->setText(tr("Settings…"));
    m_settings->setAccessibleName(tr("Conversation settings"));
    m_export = new QToolButton(right);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setText(tr("Export"));
    m_export->setAccessibleName(tr("Export conversation"));
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(tr("As Markdown…"), this, [this] { exportCurrent(QStringLiteral("md")); });
    exportMenu->addAction(tr("As JSON…"), this, [this] { exportCurrent(QStringLiteral("json")); });
    m_export->setMenu(exportMenu);
    m_offline = new QLabel(right);
    m_offline->setObjectName(QStringLiteral("offlineIndicator"));
    m_offline->setVisible(false);
    m_offline->setStyleSheet(QStringLiteral(
        "QLabel { color: white; background: #b9770e; border-radius: 4px; padding: 2px 8px; }"));
    bar->addWidget(m_picker, 1);
    bar->addWidget(m_think);
    bar->addWidget(m_settings);
    bar->addWidget(m_export);
    bar->addWidget(m_offline);
    rightLayout->addLayout(bar);

    m_view = new ChatView(right);
    m_view->setModel(m_messages);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    rightLayout->addWidget(m_view, 1);

    m_statusRow = new QWidget(right);
    auto *statusLayout = new QHBoxLayout(m_statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_live = new QLabel(right);
    m_live->setObjectName(QStringLiteral("liveStats"));
    m_live->setVisible(false);
    m_live->setForegroundRole(QPalette::PlaceholderText);
    rightLayout->addWidget(m_live);

    m_status = new QLabel(m_statusRow);
    m_status->setObjectName(QStringLiteral("chatStatus"));
    m_status->setWordWrap(true);
    // Errors quote providers: their markup must never be interpreted.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setStyleSheet(QStringLiteral("QLabel { color: #c0392b; }"));
    m_action = new QPushButton(m_statusRow);
    m_action->setObjectName(QStringLiteral("chatStatusAction"));
    m_action->setAccessibleName(tr("Fix this"));
    m_action->setVisible(false);
    statusLayout->addWidget(m_status, 1);
    statusLayout->addWidget(m_action);
    m_statusRow->setVisible(false);
    rightLayout->addWidget(m_statusRow);

    auto *composerRow = new QHBoxLayout;
    m_composer = new QPlainTextEdit(right);
    m_composer->setObjectName(QStringLiteral("composer"));
    m_composer->setAccessibleName(tr("Message"));
    m_composer->installEventFilter(this);
    m_composer->setMaximumHeight(110);
    m_composer->setTabChangesFocus(true);
    auto *buttons = new QVBoxLayout;
    m_send = new QPushButton(tr("Send"), right);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setDefault(true);
    m_send->setToolTip(
        tr("Send (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_stop = new QPushButton(tr("Stop"), right);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_stop->setToolTip(
        tr("Stop generating (%1)").arg(QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
    m_regenerate = new QPushButton(tr("Regenerate"), right);
    m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_regenerate);
    buttons->addStretch(1);
    composerRow->addWidget(m_composer, 1);
    composerRow->addLayout(buttons);
    rightLayout->addLayout(composerRow);

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 240, 800 });

    // Wiring.
    connect(add, &QToolButton::clicked, this, &ChatArea::newConversation);
    connect(m_search, &QLineEdit::textChanged, m_conversations, &ConversationListModel::setSearch);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &ChatArea::onConversationActivated);
    connect(m_conversations, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_conversations->rowOf(m_controller ? m_controller->currentConversation() : 0);
        m_syncing = true;
        m_list->setCurrentIndex(row >= 0 ? m_conversations->index(row) : QModelIndex());
        m_syncing = false;
    });
    connect(m_list, &QWidget::customContextMenuRequested, this, &ChatArea::showConversationMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChatArea::showMessageMenu);
    connect(m_send, &QPushButton::clicked, this, &ChatArea::sendComposer);
    connect(m_stop, &QPushButton::clicked, m_controller, &ChatController::stop);
    connect(m_regenerate, &QPushButton::clicked, this, &ChatArea::regenerate);
    connect(m_action, &QPushButton::clicked, this, [this] {
        switch (m_actionKind) {
        case ErrorAction::AddKey:
            Q_EMIT addKeyRequested(m_actionSubject);
            break;
        case ErrorAction::RaiseBudget:
            Q_EMIT raiseBudgetRequested(m_actionSubject);
            break;
        case ErrorAction::LoadModel:
            Q_EMIT loadModelRequested(m_actionSubject);
            break;
        case ErrorAction::None:
            break;
        }
    });
    connect(m_controller, &ChatController::requestFinished, this,
        [this](const server::ChatResult &r) { onRequestFinished(r); });
    connect(m_settings, &QToolButton::clicked, this, &ChatArea::editSettings);
    connect(m_picker, &ModelPicker::modelSpecChanged, this, &ChatArea::onSpecChanged);
    connect(m_think, &QToolButton::toggled, this, &ChatArea::onThinkToggled);
    connect(m_controller, &ChatController::streamingChanged, this, &ChatArea::updateButtons);
    connect(m_controller, &ChatController::streamingChanged, m_live, [this](bool on) {
        if (!on)
            m_live->setVisible(false);
    });
    connect(m_controller, &ChatController::streamProgress, this,
        [this](qint64 tokensOut, double tokensPerSec, qint64 promptTokens) {
            const QLocale locale;
            const qint64 used = promptTokens + tokensOut;
            const qint64 window = m_contextWindow.value(m_picker->currentModelId());
            QString text = tr("%1 tokens/s").arg(locale.toString(tokensPerSec, 'f', 1));
            text += QStringLiteral(" · ")
                + (window > 0 ? tr("context: about %1 of %2 tokens")
                                    .arg(locale.toString(used), locale.toString(window))
                              : tr("context: about %1 tokens").arg(locale.toString(used)));
            m_live->setText(text);
            m_live->setVisible(true);
        });
    connect(m_controller, &ChatController::conversationsChanged, m_conversations,
        &ConversationListModel::refresh);
    connect(m_controller, &ChatController::errorOccurred, this, &ChatArea::showError);
    connect(m_controller, &ChatController::currentConversationChanged, this, [this](qint64 id) {
        const ConversationInfo info = m_controller->currentInfo();
        m_syncing = true;
        if (id != 0) {
            m_picker->setModelSpec(info.settings.model);
            m_think->setChecked(info.settings.think);
        }
        const int row = m_conversations->rowOf(id);
        m_list->setCurrentIndex(row >= 0 ? m_conversations->index(row) : QModelIndex());
        m_syncing = false;
        showStatus(QString(), ErrorAction::None);
        updateRouteNotice();
        updateButtons();
    });

    // Ctrl+Enter on the keypad as well as Return. New chat (Ctrl+N) and search (Ctrl+F) are the
    // main window's menu actions, so that they work from every area.
    for (const QKeySequence &keys :
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }) {
        auto *sendShortcut = new QShortcut(keys, this);
        connect(sendShortcut, &QShortcut::activated, this, &ChatArea::sendComposer);
    }
    auto *stopShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(stopShortcut, &QShortcut::activated, m_controller, &ChatController::stop);

    Settings settings;
    m_think->setChecked(settings.value(Settings::Key::ChatThink).toBool());
    updateComposerHint();
    updateButtons();
}

void ChatArea::updateComposerHint()
{
    const bool ctrl = Settings().value(Settings::Key::ChatSendWithCtrlEnter).toBool();
    m_composer->setPlaceholderText(ctrl ? tr("Write a message… (Ctrl+Enter sends, Enter adds a line)")
                                        : tr("Write a message… (Enter sends, Shift+Enter adds a line)"));
}

bool ChatArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_composer && event->type() == QEvent::FocusIn)
        updateComposerHint(); // the setting may have changed meanwhile
    if (watched == m_composer && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        // Enter sends unless the setting asks for Ctrl+Enter (then the window's shortcut sends);
        // Shift+Enter always adds a line. An input method composing text keeps its Enter.
        if (enter && mods == Qt::NoModifier
            && !Settings().value(Settings::Key::ChatSendWithCtrlEnter).toBool()) {
            sendComposer();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ChatArea::openStore(const QString &path)
{
    m_controller->stop();
    m_controller->closeConversation();
    m_controller->setStore(nullptr);
    m_conversations->setStore(nullptr);
    m_store.reset();
    auto store = ConversationStore::open(path);
    if (!store) {
        showError(tr("Conversations cannot be saved: %1").arg(store.error()));
        return false;
    }
    m_store = std::move(store).value();
    m_controller->setStore(m_store.get());
    m_conversations->setStore(m_store.get());
    if (m_conversations->rowCount() > 0)
        selectConversation(m_conversations->info(0).id);
    return true;
}

void ChatArea::setBackend(server::ChatBackend *backend)
{
    m_controller->setBackend(backend);
    updateButtons();
}

void ChatArea::setCatalog(const Catalog &catalog, const QString &localModelId)
{
    m_contextWindow.clear();
    for (const ProviderInfo &p : catalog.providers())
        for (const ModelEntry &m : p.models)
            m_contextWindow[m.id] = std::max(m_contextWindow.value(m.id), m.contextWindow);
    m_syncing = true;
    m_picker->setCatalog(catalog, localModelId);
    m_controller->setProviders(catalog.pinnableNames(), localModelId); // Hub upstreams pin too
    const QString preferred = m_controller->currentConversation() != 0
        ? m_controller->currentInfo().settings.model
        : Settings().value(Settings::Key::ChatDefaultModel).toString();
    if (!preferred.isEmpty())
        m_picker->setModelSpec(preferred);
    m_syncing = false;
    updateRouteNotice();
}

void ChatArea::useLocalModelByDefault(const QString &modelId)
{
    const QString spec = modelId + QStringLiteral(":local");
    Settings().setValue(Settings::Key::ChatDefaultModel, spec);
    // An open conversation keeps its route; a new chat starts on the local model.
    if (m_controller->currentConversation() == 0)
        m_picker->setModelSpec(spec);
    updateRouteNotice();
}

void ChatArea::setLocalLoadingText(const QString &text)
{
    m_loadingText = text;
    updateRouteNotice();
}

void ChatArea::setOffline(bool offline)
{
    m_controller->setOffline(offline);
    const bool local = m_controller->localAvailable();
    m_offline->setText(local ? tr("Offline · using the local model") : tr("Offline"));
    m_offline->setToolTip(local ? tr("No network: requests go to the local model.")
                                : tr("No network and no local model: load one in Models to chat offline."));
    m_offline->setVisible(offline);
}

ConversationSettings ChatArea::defaults() const
{
    ConversationSettings s;
    s.model = m_picker->modelSpec();
    s.think = m_think->isChecked();
    return s;
}

void ChatArea::newConversation()
{
    m_controller->closeConversation();
    // A new chat starts on the default route (the local model once one was loaded).
    const QString spec = Settings().value(Settings::Key::ChatDefaultModel).toString();
    if (!spec.isEmpty())
        m_picker->setModelSpec(spec);
    updateRouteNotice();
    m_list->clearSelection();
    m_composer->setFocus();
}

bool ChatArea::selectConversation(qint64 id)
{
    return m_controller->openConversation(id);
}

void ChatArea::onConversationActivated()
{
    if (m_syncing)
        return;
    const QModelIndex i = m_list->currentIndex();
    if (i.isValid()
        && i.data(ConversationListModel::IdRole).toLongLong() != m_controller->currentConversation())
        selectConversation(i.data(ConversationListModel::IdRole).toLongLong());
}

bool ChatArea::deleteConversation(qint64 id)
{
    if (!m_store)
        return false;
    if (id == m_controller->currentConversation()) {
        m_controller->stop();
        m_controller->closeConversation();
    }
    if (auto r = m_store->remove(id); !r) {
        showError(r.error());
        return false;
    }
    m_conversations->refresh();
    return true;
}

bool ChatArea::setPinned(qint64 id, bool pinned)
{
    if (!m_store)
        return false;
    if (auto r = m_store->setPinned(id, pinned); !r) {
        showError(r.error());
        return false;
    }
    m_conversations->refresh();
    return true;
}

bool ChatArea::exportConversation(qint64 id, const QString &path)
{
    if (!m_store)
        return false;
    auto info = m_store->conversation(id);
    auto messages = m_store->messages(id);
    if (!info || !messages) {
        showError(!info ? info.error() : messages.error());
        return false;
    }
    const QByteArray data = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)
        ? conversationExport::toJson(info.value(), messages.value())
        : conversationExport::toMarkdown(info.value(), messages.value()).toUtf8();
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        showError(tr("Cannot write %1: %2").arg(path, f.errorString()));
        return false;
    }
    return true;
}

void ChatArea::exportCurrent(const QString &format)
{
    const qint64 id = m_controller->currentConversation();
    if (id == 0)
        return;
    const QString title = m_controller->currentInfo().title;
    QString base = title;
    base.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QStringLiteral("_"));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(base + QLatin1Char('.') + format);
    const QString filter = format == QLatin1String("json") ? tr("JSON (*.json)") : tr("Markdown (*.md)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export conversation"), suggested, filter);
    if (!path.isEmpty())
        exportConversation(id, path);
}

void ChatArea::sendComposer()
{
    const QString text = m_composer->toPlainText();
    if (text.trimmed().isEmpty() || m_controller->isStreaming())
        return;
    showStatus(QString(), ErrorAction::None);
    if (!checkRoute())
        return;
    if (m_controller->send(text, defaults()))
        m_composer->clear();
}

bool ChatArea::regenerate()
{
    if (!checkRoute())
        return false;
    return m_controller->regenerate();
}

bool ChatArea::checkRoute()
{
    if (m_picker->modelSpec().isEmpty() || m_picker->isAvailable())
        return true;
    updateRouteNotice();
    return false;
}

void ChatArea::updateRouteNotice()
{
    const bool missingLocal = m_picker->isLocal() && !m_picker->isAvailable();
    if (missingLocal) {
        const QString name = m_picker->currentModelId().section(QLatin1Char('/'), -1);
        showStatus(m_loadingText.isEmpty()
                ? tr("This chat runs %1 on this computer, and it is not loaded. Nothing is sent "
                     "elsewhere instead.")
                      .arg(name)
                : m_loadingText,
            m_loadingText.isEmpty() ? ErrorAction::LoadModel : ErrorAction::None, m_picker->currentModelId());
        m_routeNotice = true;
    } else if (!m_picker->isAvailable() && !m_picker->modelSpec().isEmpty()) {
        showStatus(tr("No enabled provider offers %1 now: choose another model.").arg(m_picker->modelSpec()),
            ErrorAction::None);
        m_routeNotice = true;
    } else if (m_routeNotice) {
        showStatus(QString(), ErrorAction::None);
    }
}

void ChatArea::onRequestFinished(const server::ChatResult &r)
{
    m_requestFailed = !r.ok && !r.cancelled;
    if (!m_requestFailed)
        return;
    // The action that helps, from the router's outcome (never from its wording).
    const QString pinned = m_picker->modelSpec().section(QLatin1Char(':'), -1);
    const QString subject = !r.provider.isEmpty() ? r.provider : pinned;
    const ModelPicker::KeyStatus key = m_picker->keyStatus(pinned);
    const bool keyMissing = !m_picker->isLocal() && key != ModelPicker::KeyStatus::Present
        && key != ModelPicker::KeyStatus::NotNeeded;
    if (r.outcome == RouteOutcome::BudgetExhausted || r.outcome == RouteOutcome::BudgetReserved) {
        m_actionKind = ErrorAction::RaiseBudget;
        m_actionSubject = subject;
    } else if (r.upstreamStatus == 401 || r.upstreamStatus == 403 || r.errorCode == QLatin1String("auth")
        || (r.outcome == RouteOutcome::NoCandidates && keyMissing)) {
        m_actionKind = ErrorAction::AddKey;
        m_actionSubject = subject;
    } else if (m_picker->isLocal() && !m_picker->isAvailable()) {
        m_actionKind = ErrorAction::LoadModel;
        m_actionSubject = m_picker->currentModelId();
    } else {
        m_actionKind = ErrorAction::None;
    }
}

void ChatArea::showConversationMenu(const QPoint &pos)
{
    const QModelIndex i = m_list->indexAt(pos);
    if (!i.isValid())
        return;
    const qint64 id = i.data(ConversationListModel::IdRole).toLongLong();
    const bool pinned = i.data(ConversationListModel::PinnedRole).toBool();
    QMenu menu(this);
    menu.addAction(tr("Rename"), this, [this, i] { m_list->edit(i); });
    menu.addAction(pinned ? tr("Unpin") : tr("Pin"), this, [this, id, pinned] { setPinned(id, !pinned); });
    menu.addSeparator();
    menu.addAction(tr("Delete…"), this, [this, id, i] {
        const auto answer = QMessageBox::question(this, tr("Delete conversation"),
            tr("Delete \"%1\" and all its messages?").arg(i.data().toString()));
        if (answer == QMessageBox::Yes)
            deleteConversation(id);
    });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void ChatArea::showMessageMenu(const QPoint &pos)
{
    const QModelIndex i = m_view->indexAt(pos);
    if (!i.isValid())
        return;
    const int row = i.row();
    const QString role = i.data(ConversationModel::RoleNameRole).toString();
    QMenu menu(this);
    menu.addAction(tr("Copy"), this, [i] { QGuiApplication::clipboard()->setText(i.data().toString()); });
    if (role == QLatin1String("user"))
        menu.addAction(tr("Edit and resend…"), this, [this, row] { editMessage(row); })
            ->setEnabled(!m_controller->isStreaming());
    if (role == QLatin1String("assistant") && row == m_messages->rowCount() - 1)
        menu.addAction(tr("Regenerate"), this, [this] { regenerate(); })
            ->setEnabled(!m_controller->isStreaming());
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ChatArea::editMessage(int row)
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
        this, tr("Edit and resend"), tr("Message"), m_messages->message(row).content, &ok);
    if (ok && checkRoute())
        m_controller->editAndResend(row, text);
}

void ChatArea::editSettings()
{
    if (m_controller->currentConversation() == 0) {
        showError(tr("Start or open a conversation to change its settings."));
        return;
    }
    ConversationSettingsDialog dialog(m_controller->currentInfo().settings, this);
    if (dialog.exec() == QDialog::Accepted)
        m_controller->updateSettings(dialog.settings());
}

void ChatArea::onSpecChanged(const QString &spec)
{
    // The one path for every picker change, by the person or by code ("Chat with this adapter"):
    // the open conversation sends to what the picker shows.
    if (m_controller->currentConversation() != 0) {
        ConversationSettings s = m_controller->currentInfo().settings;
        if (s.model != spec) {
            s.model = spec;
            m_controller->updateSettings(s);
        }
    }
    // Showing a conversation's own route is not a choice of the default.
    if (!m_syncing)
        Settings().setValue(Settings::Key::ChatDefaultModel, spec);
    updateRouteNotice();
}

void ChatArea::onThinkToggled(bool on)
{
    if (m_syncing)
        return;
    Settings().setValue(Settings::Key::ChatThink, on);
    if (m_controller->currentConversation() != 0) {
        ConversationSettings s = m_controller->currentInfo().settings;
        s.think = on;
        m_controller->updateSettings(s);
    }
}

void ChatArea::updateButtons()
{
    const bool streaming = m_controller && m_controller->isStreaming();
    const bool open = m_controller && m_controller->currentConversation() != 0;
    m_send->setEnabled(!streaming);
    m_stop->setEnabled(streaming);
    m_regenerate->setEnabled(!streaming && open && m_messages->rowCount() > 0);
    m_settings->setEnabled(open);
    m_export->setEnabled(open);
}

void ChatArea::showError(const QString &message)
{
    if (m_requestFailed) {
        // A failed request: its error is in the message itself; here only what to do about it.
        m_requestFailed = false;
        switch (m_actionKind) {
        case ErrorAction::AddKey:
            showStatus(tr("The provider needs a valid key."), m_actionKind, m_actionSubject);
            break;
        case ErrorAction::RaiseBudget:
            showStatus(tr("A budget stopped this request."), m_actionKind, m_actionSubject);
            break;
        case ErrorAction::LoadModel:
            updateRouteNotice();
            break;
        case ErrorAction::None:
            showStatus(QString(), ErrorAction::None);
            break;
        }
        return;
    }
    showStatus(message, ErrorAction::None);
}

void ChatArea::showStatus(const QString &text, ErrorAction action, const QString &subject)
{
    m_routeNotice = false;
    m_actionKind = action;
    m_actionSubject = subject;
    m_status->setText(text);
    switch (action) {
    case ErrorAction::AddKey:
        m_action->setText(tr("Add key…"));
        break;
    case ErrorAction::RaiseBudget:
        m_action->setText(tr("Raise budget…"));
        break;
    case ErrorAction::LoadModel:
        m_action->setText(tr("Load it"));
        break;
    case ErrorAction::None:
        break;
    }
    m_action->setVisible(action != ErrorAction::None);
    m_statusRow->setVisible(!text.isEmpty() || action != ErrorAction::None);
}

} // namespace sb
