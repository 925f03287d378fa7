#pragma once
// The main window: a sidebar with the product's five areas and a stack that shows one at a time.
// Geometry, window state and the last area are restored from QSettings.

#include <QMainWindow>
#include <QPointer>
#include <memory>

#include "app/gui/settings/SettingsDialog.h" // complete for QPointer

class QListWidget;
class QStackedWidget;

namespace sb {

class AppServices;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    enum class Area { Chat = 0, Models, FineTune, Providers, Usage };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;
    AppServices *services() const { return m_services.get(); }

    void showArea(Area area);
    Area currentArea() const;
    QWidget *areaWidget(Area area) const;
    QListWidget *navigation() const { return m_nav; }

    // First run: the welcome stands in for the empty chat until one of its offers is taken up,
    // Skip is clicked, or a conversation, local model or provider key turns up.
    WelcomePage *welcomePage() const { return m_welcome; }
    bool isWelcomeShown() const;

    void showSettings(); // non-modal; one at a time
    SettingsDialog *settingsDialog() const { return m_settingsDialog; }
    void newChat();
    void searchConversations();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(const QString &title, const QIcon &icon, QWidget *widget);
    void createMenus();
    void restoreState();
    void saveState() const;
    void showAbout();
    void setupWelcome();
    void finishWelcome();
    void showStackFor(int row);
    void readKeyStatus(); // every keyed provider's key: present or missing, for the picker

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    bool m_welcomeActive = false;
    bool m_reloadingAtStart = false; // the last local model is loading again at start
    bool m_reloadingAdapter = false; // ... and then its adapter: no switch to the chat
    QPointer<SettingsDialog> m_settingsDialog;
    std::unique_ptr<AppServices> m_services; // outlives the areas (see ~MainWindow)
};

} // namespace sb
