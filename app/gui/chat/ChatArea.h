#pragma once
// The chat: conversations on the left (new, search, rename, pin, delete, export), the messages
// of the open one on the right with the model picker, think toggle, settings and the composer.

#include <QHash>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace sb {

class Catalog;
namespace server {
class ChatBackend;
struct ChatResult;
} // namespace server
class ChatController;
class ChatView;
class ConversationListModel;
class ConversationModel;
class ConversationStore;
class ModelPicker;
struct ConversationSettings;

class ChatArea : public QWidget {
    Q_OBJECT

public:
    // What the button beside an error offers; the main window carries it out.
    enum class ErrorAction { None, AddKey, RaiseBudget, LoadModel };

    // Opens the conversation store in the app data directory.
    explicit ChatArea(QWidget *parent = nullptr);
    ~ChatArea() override;

    // Replaces the store (tests use a QTemporaryDir). Returns false and shows why on failure.
    bool openStore(const QString &path);
    void setBackend(server::ChatBackend *backend);
    void setCatalog(const Catalog &catalog, const QString &localModelId);
    void setOffline(bool offline);

    ChatController *controller() const { return m_controller; }
    ConversationModel *conversationModel() const { return m_messages; }
    ConversationListModel *conversationListModel() const { return m_conversations; }
    ConversationStore *store() const { return m_store.get(); }
    QListView *conversationList() const { return m_list; }
    ChatView *messageView() const { return m_view; }
    QPlainTextEdit *composer() const { return m_composer; }
    ModelPicker *modelPicker() const { return m_picker; }
    QToolButton *thinkToggle() const { return m_think; }
    QLineEdit *searchField() const { return m_search; }

    void newConversation();
    bool selectConversation(qint64 id);
    bool deleteConversation(qint64 id);
    bool setPinned(qint64 id, bool pinned);
    bool exportConversation(qint64 id, const QString &path); // .md or .json by suffix
    void sendComposer();
    bool regenerate(); // the last answer again, through the same checks as sending
    // A local model finished loading: it is the default for new chats from now on.
    void useLocalModelByDefault(const QString &modelId);
    // Shown in the status row while the last local model reloads at start ("" hides it).
    void setLocalLoadingText(const QString &text);

    QLabel *statusLabel() const { return m_status; }
    QPushButton *statusAction() const { return m_action; }
    ErrorAction statusActionKind() const { return m_actionKind; }

Q_SIGNALS:
    void addKeyRequested(const QString &providerId);
    void raiseBudgetRequested(const QString &providerId);
    void loadModelRequested(const QString &modelId);

private:
    void buildUi();
    void showConversationMenu(const QPoint &pos);
    void showMessageMenu(const QPoint &pos);
    bool eventFilter(QObject *watched, QEvent *event) override; // Enter in the composer
    void updateComposerHint();
    void editMessage(int row);
    void editSettings();
    void exportCurrent(const QString &format);
    void onConversationActivated();
    void onSpecChanged(const QString &spec);
    void onThinkToggled(bool on);
    void updateButtons();
    void showError(const QString &message);
    // Plain text only (a provider's "<b>" stays visible as typed); `action` adds its button.
    void showStatus(const QString &text, ErrorAction action, const QString &subject = {});
    void onRequestFinished(const server::ChatResult &result);
    // The current route cannot answer (its local model is not loaded): say so, offer "Load it".
    bool checkRoute();
    void updateRouteNotice();
    ConversationSettings defaults() const;

    std::unique_ptr<ConversationStore> m_store;
    ConversationModel *m_messages;
    ConversationListModel *m_conversations;
    ChatController *m_controller;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    ModelPicker *m_picker = nullptr;
    QToolButton *m_think = nullptr;
    QToolButton *m_settings = nullptr;
    QToolButton *m_export = nullptr;
    QLabel *m_offline = nullptr;
    QLabel *m_live = nullptr; // tokens/s and context used while an answer streams
    QHash<QString, qint64> m_contextWindow; // model id -> its context window (largest offer)
    QWidget *m_statusRow = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_action = nullptr;
    ErrorAction m_actionKind = ErrorAction::None;
    QString m_actionSubject; // the provider or model the action is for
    bool m_requestFailed = false; // the next error is a request's: its text is in the message
    QString m_loadingText;
    bool m_routeNotice = false; // the status row says why the current route cannot answer
    ChatView *m_view = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QPushButton *m_send = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_regenerate = nullptr;
    bool m_syncing = false;
};

} // namespace sb
