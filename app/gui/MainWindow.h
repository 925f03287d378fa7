#pragma once
// The main window: a sidebar with the product's five areas and a stack that shows one at a time.
// Geometry, window state and the last area are restored from QSettings.

#include <QMainWindow>
#include <memory>

class QListWidget;
class QStackedWidget;

namespace sb {

class AppServices;

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

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void addArea(const QString &title, const QIcon &icon, QWidget *widget);
    void createMenus();
    void restoreState();
    void saveState() const;
    void showAbout();

    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    std::unique_ptr<AppServices> m_services; // outlives the areas (see ~MainWindow)
};

} // namespace sb
