#include "app/common/Settings.h"

#include <QStringList>

namespace sb {

namespace {

struct Entry {
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const Entry &entry(Settings::Key key)
{
    static const Entry table[] = {
        { Settings::Key::WindowGeometry, "gui/windowGeometry", QByteArray() },
        { Settings::Key::WindowState, "gui/windowState", QByteArray() },
        { Settings::Key::LastArea, "gui/lastArea", 0 },
        { Settings::Key::VulkanDevice, "engine/vulkanDevice", QString() },
        { Settings::Key::LocalModelPath, "engine/localModelPath", QString() },
        { Settings::Key::UiLanguage, "gui/language", QString() },
        { Settings::Key::ChatDefaultModel, "chat/defaultModel", QString() },
        { Settings::Key::ChatThink, "chat/think", true },
        { Settings::Key::UsageRangeDays, "gui/usageRangeDays", 30 },
        { Settings::Key::ServerEnabled, "server/enabled", false },
        { Settings::Key::ServerPort, "server/port", 4315 },
        { Settings::Key::Theme, "gui/theme", QStringLiteral("system") },
        { Settings::Key::FontSize, "gui/fontSize", 0 },
        { Settings::Key::DataDirectory, "app/dataDirectory", QString() },
        { Settings::Key::WelcomeDismissed, "gui/welcomeDismissed", false },
        { Settings::Key::FineTuneOutputDir, "fineTune/outputDir", QString() },
        { Settings::Key::LocalAdapterDir, "engine/localAdapterDir", QString() },
        { Settings::Key::ChatSendWithCtrlEnter, "chat/sendWithCtrlEnter", false },
    };
    for (const Entry &e : table)
        if (e.key == key)
            return e;
    Q_UNREACHABLE();
}

} // namespace

Settings::Settings() = default;

QString Settings::keyName(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Settings::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_settings.value(QLatin1String(e.name), e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings.setValue(QLatin1String(entry(key).name), value);
}

} // namespace sb
