#pragma once
// Preferences: theme and font size (applied live), language (next start), data directory (next
// start, checked writable) and the Vulkan device the local model loads on. Every change is saved
// at once; the dialog only has a Close button.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sb {

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    // The languages offered: code ("" = system) and name in that language.
    static QList<QPair<QString, QString>> languages();
    static constexpr int kSystemFontSize = 5; // the spin box value that means "system size"

    QComboBox *themeBox() const { return m_theme; }
    QComboBox *languageBox() const { return m_language; }
    QSpinBox *fontSizeBox() const { return m_fontSize; }
    QLineEdit *dataDirectoryEdit() const { return m_dataDir; }
    QComboBox *deviceBox() const { return m_device; }
    QString dataDirectoryMessage() const;

    // What the Browse button does after the folder dialog; false (and the reason shown) when
    // the folder cannot be written.
    bool setDataDirectory(const QString &dir);

Q_SIGNALS:
    void vulkanDeviceChanged(const QString &selector);

private:
    void onThemeChanged();
    void onLanguageChanged();
    void onFontSizeChanged(int points);
    void onDeviceChanged();
    void browseDataDirectory();

    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QCheckBox *m_ctrlEnter = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QLabel *m_dataDirNote = nullptr;
    QComboBox *m_device = nullptr;
};

} // namespace sb
