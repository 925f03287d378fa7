#pragma once
// Typed access to the app's QSettings. Every key and its default live in one table (Settings.cpp),
// so a typo cannot create a second, silently ignored setting.

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace sb {

class Settings {
public:
    enum class Key {
        WindowGeometry,
        WindowState,
        LastArea,
        VulkanDevice, // "" = automatic, an index, or part of a device name
        LocalModelPath,
        UiLanguage, // "" = system locale
        ChatDefaultModel, // model string for new conversations ("id:cheapest", "id:provider", ...)
        ChatThink, // SmolLM3 thinking on for new conversations
        UsageRangeDays, // the Usage & Billing area's default range
        ServerEnabled, // run the local OpenAI-compatible server while the app runs
        ServerPort,
        Theme, // "system", "light" or "dark"
        FontSize, // application font in points; 0 = the system's size
        DataDirectory, // conversations, ledger, models; "" = the platform's app data folder (next start)
        WelcomeDismissed, // the first-run welcome was acted on or skipped
        FineTuneOutputDir, // the Fine-tune area's last run directory (found again after a restart)
        LocalAdapterDir, // the adapter last served in Chat beside the base; reloaded at start
        ChatSendWithCtrlEnter, // false: Enter sends, Shift+Enter adds a line; true: Ctrl+Enter sends
    };

    Settings();

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QByteArray windowGeometry() const { return value(Key::WindowGeometry).toByteArray(); }
    void setWindowGeometry(const QByteArray &v) { setValue(Key::WindowGeometry, v); }
    QByteArray windowState() const { return value(Key::WindowState).toByteArray(); }
    void setWindowState(const QByteArray &v) { setValue(Key::WindowState, v); }
    int lastArea() const { return value(Key::LastArea).toInt(); }
    void setLastArea(int v) { setValue(Key::LastArea, v); }
    QString vulkanDevice() const { return value(Key::VulkanDevice).toString(); }
    QString uiLanguage() const { return value(Key::UiLanguage).toString(); }
    QString theme() const { return value(Key::Theme).toString(); }
    int fontSize() const { return value(Key::FontSize).toInt(); }
    QString dataDirectory() const { return value(Key::DataDirectory).toString(); }

private:
    QSettings m_settings;
};

} // namespace sb
