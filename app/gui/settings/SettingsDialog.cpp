#include "app/gui/settings/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/gui/settings/Appearance.h"
#include "app/gui/settings/DeviceChoice.h"

namespace sb {

namespace {

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A row label whose mnemonic moves the focus to the row's control (the row may hold a note too).
QLabel *label(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setBuddy(buddy);
    return l;
}

} // namespace

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each language is named in itself, so a person who cannot read the current one finds theirs.
    return { { QString(), tr("System language") }, { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("fr"), QStringLiteral("Français") },
        { QStringLiteral("es"), QStringLiteral("Español") },
        { QStringLiteral("ja"), QStringLiteral("日本語") },
        { QStringLiteral("zh_CN"), QStringLiteral("简体中文") } };
}

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    Settings settings;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("System"), QStringLiteral("system"));
    m_theme->addItem(tr("Light"), QStringLiteral("light"));
    m_theme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_theme->setCurrentIndex(
        std::max(0, m_theme->findData(appearance::themeName(appearance::themeFromName(settings.theme())))));
    form->addRow(label(tr("&Theme:"), m_theme, this), m_theme);

    m_fontSize = new QSpinBox(this);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setAccessibleName(tr("Font size"));
    m_fontSize->setRange(kSystemFontSize, 32);
    m_fontSize->setSpecialValueText(tr("System (%1 pt)").arg(appearance::systemFontSize()));
    m_fontSize->setSuffix(tr(" pt"));
    m_fontSize->setValue(settings.fontSize() > kSystemFontSize ? settings.fontSize() : kSystemFontSize);
    form->addRow(label(tr("&Font size:"), m_fontSize, this), m_fontSize);

    m_ctrlEnter = new QCheckBox(tr("Send with Ctrl+Enter (Enter adds a line)"), this);
    m_ctrlEnter->setObjectName(QStringLiteral("sendWithCtrlEnter"));
    m_ctrlEnter->setChecked(settings.value(Settings::Key::ChatSendWithCtrlEnter).toBool());
    form->addRow(tr("Chat:"), m_ctrlEnter);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.uiLanguage())));
    auto *languageBox = new QVBoxLayout;
    languageBox->addWidget(m_language);
    m_languageNote = note(tr("A new language takes effect after a restart."), this);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setVisible(false);
    languageBox->addWidget(m_languageNote);
    form->addRow(label(tr("&Language:"), m_language, this), languageBox);

    m_dataDir = new QLineEdit(this);
    m_dataDir->setObjectName(QStringLiteral("dataDirectory"));
    m_dataDir->setAccessibleName(tr("Data folder"));
    m_dataDir->setPlaceholderText(dataPaths::platformDefault());
    m_dataDir->setText(settings.dataDirectory());
    auto *browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseDataDirectory"));
    browse->setAccessibleName(tr("Choose the data folder"));
    auto *reset = new QPushButton(tr("Default"), this);
    reset->setObjectName(QStringLiteral("defaultDataDirectory"));
    reset->setAccessibleName(tr("Use the default data folder"));
    auto *dirRow = new QHBoxLayout;
    dirRow->addWidget(m_dataDir, 1);
    dirRow->addWidget(browse);
    dirRow->addWidget(reset);
    auto *dirBox = new QVBoxLayout;
    dirBox->addLayout(dirRow);
    m_dataDirNote = note(QString(), this);
    m_dataDirNote->setObjectName(QStringLiteral("dataDirectoryNote"));
    m_dataDirNote->setText(
        tr("Conversations, the usage ledger and downloaded models. A new folder is used from the "
           "next start; files are not moved. In use now: %1")
            .arg(QDir::toNativeSeparators(dataPaths::directory())));
    m_dataDirNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Room for the wrapped note with a long path (the form does not grow a window for wrapped text).
    m_dataDirNote->setMinimumHeight(m_dataDirNote->fontMetrics().lineSpacing() * 4);
    dirBox->addWidget(m_dataDirNote);
    form->addRow(label(tr("&Data folder:"), m_dataDir, this), dirBox);

    m_device = new QComboBox(this);
    m_device->setObjectName(QStringLiteral("vulkanDevice"));
    m_device->setAccessibleName(tr("Vulkan device"));
    fillDeviceChoices(m_device, settings.vulkanDevice());
    auto *deviceBox = new QVBoxLayout;
    deviceBox->addWidget(m_device);
    deviceBox->addWidget(note(tr("The GPU the local model loads on."), this));
    form->addRow(label(tr("&Vulkan device:"), m_device, this), deviceBox);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::onThemeChanged);
    connect(m_ctrlEnter, &QCheckBox::toggled, this,
        [](bool on) { Settings().setValue(Settings::Key::ChatSendWithCtrlEnter, on); });
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::onLanguageChanged);
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::onFontSizeChanged);
    connect(m_device, &QComboBox::currentIndexChanged, this, &SettingsDialog::onDeviceChanged);
    connect(m_dataDir, &QLineEdit::editingFinished, this,
        [this] { setDataDirectory(m_dataDir->text().trimmed()); });
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseDataDirectory);
    connect(reset, &QPushButton::clicked, this, [this] { setDataDirectory(QString()); });
    resize(600, sizeHint().height());
}

QString SettingsDialog::dataDirectoryMessage() const
{
    return m_dataDirNote->text();
}

void SettingsDialog::onThemeChanged()
{
    const QString name = m_theme->currentData().toString();
    Settings().setValue(Settings::Key::Theme, name);
    appearance::applyTheme(appearance::themeFromName(name));
}

void SettingsDialog::onLanguageChanged()
{
    Settings().setValue(Settings::Key::UiLanguage, m_language->currentData().toString());
    m_languageNote->setVisible(true);
}

void SettingsDialog::onFontSizeChanged(int points)
{
    const int stored = points > kSystemFontSize ? points : 0;
    Settings().setValue(Settings::Key::FontSize, stored);
    appearance::applyFontSize(stored);
}

void SettingsDialog::onDeviceChanged()
{
    const QString selector = deviceChoice(m_device);
    Settings().setValue(Settings::Key::VulkanDevice, selector);
    Q_EMIT vulkanDeviceChanged(selector);
}

void SettingsDialog::browseDataDirectory()
{
    const QString start = m_dataDir->text().isEmpty() ? dataPaths::directory() : m_dataDir->text();
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the data folder"), start);
    if (!dir.isEmpty())
        setDataDirectory(dir);
}

bool SettingsDialog::setDataDirectory(const QString &dir)
{
    const QString current = QDir::toNativeSeparators(dataPaths::directory());
    if (dir.isEmpty()) {
        m_dataDir->clear();
        Settings().setValue(Settings::Key::DataDirectory, QString());
        m_dataDirNote->setText(tr("The default folder (%1) is used from the next start. In use now: %2")
                                   .arg(QDir::toNativeSeparators(dataPaths::platformDefault()), current));
        return true;
    }
    const QString error = dataPaths::checkWritable(dir);
    if (!error.isEmpty()) {
        m_dataDirNote->setText(tr("Not changed: %1").arg(error));
        return false;
    }
    const QString clean = QDir::cleanPath(QDir(dir).absolutePath());
    m_dataDir->setText(QDir::toNativeSeparators(clean));
    Settings().setValue(Settings::Key::DataDirectory, clean);
    m_dataDirNote->setText(tr("%1 is used from the next start; files are not moved. In use now: %2")
                               .arg(QDir::toNativeSeparators(clean), current));
    return true;
}

} // namespace sb
