#pragma once
// First run: what the window shows instead of an empty chat when there is no conversation, no
// local model and no provider key. Three ways to start (download SmolLM3, open a model already on
// disk, add a provider key) and Skip. The page only asks; MainWindow carries the choice out and
// records that the welcome is done (Settings::WelcomeDismissed).

#include <QWidget>
#include <functional>

class QCommandLinkButton;
class QPushButton;

namespace sb {

class WelcomePage : public QWidget {
    Q_OBJECT

public:
    // The SmolLM3-3B repository on the Hub (safetensors, tokenizer, config): 6.16 GB.
    static constexpr qint64 kDefaultDownloadBytes = 6'160'000'000;

    explicit WelcomePage(QWidget *parent = nullptr);

    // The download's size as the Hub lists it, when known.
    void setDownloadBytes(qint64 bytes);
    static QString sizeText(qint64 bytes); // "≈6.2 GB"

    // Asks for a model folder or GGUF file; empty = cancelled. Replaced by tests.
    using ModelChooser = std::function<QString(QWidget *anchor)>;
    void setModelChooser(ModelChooser chooser) { m_chooser = std::move(chooser); }

    QCommandLinkButton *downloadButton() const { return m_download; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *keyButton() const { return m_key; }
    QPushButton *skipButton() const { return m_skip; }

Q_SIGNALS:
    void downloadRequested();
    void modelChosen(const QString &path);
    void addKeyRequested();
    void skipped();

private:
    void chooseModel();
    static QString askForModel(QWidget *anchor);

    QCommandLinkButton *m_download = nullptr;
    QCommandLinkButton *m_open = nullptr;
    QCommandLinkButton *m_key = nullptr;
    QPushButton *m_skip = nullptr;
    ModelChooser m_chooser;
};

} // namespace sb
