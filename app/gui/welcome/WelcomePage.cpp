#include "app/gui/welcome/WelcomePage.h"

#include <QCommandLinkButton>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

namespace sb {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_chooser(&WelcomePage::askForModel)
{
    setObjectName(QStringLiteral("WelcomePage"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 4);
    outer->addStretch(1);

    column->addStretch(1);
    auto *title
        = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Welcome to Switchboard").toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    column->addWidget(title);
    auto *intro
        = new QLabel(tr("Chat with SmolLM3 on this computer, offline, or with hosted models through your own "
                        "provider keys, and see what every request costs and how fast it was. How would you "
                        "like to start?"),
            this);
    intro->setWordWrap(true);
    column->addWidget(intro);
    column->addSpacing(12);

    m_download = new QCommandLinkButton(this);
    m_download->setObjectName(QStringLiteral("welcomeDownload"));
    m_download->setDescription(
        tr("The 3-billion-parameter model from Hugging Face; it runs on your GPU or, slower, on "
           "the CPU. Nothing leaves this computer."));
    setDownloadBytes(kDefaultDownloadBytes);
    m_open = new QCommandLinkButton(tr("Open a local model…"), this);
    m_open->setObjectName(QStringLiteral("welcomeOpenModel"));
    m_open->setAccessibleName(tr("Open a local model"));
    m_open->setDescription(
        tr("A SmolLM3 folder (config.json, tokenizer.json, *.safetensors) or a GGUF file you "
           "already have."));
    m_key = new QCommandLinkButton(tr("Add a provider key"), this);
    m_key->setObjectName(QStringLiteral("welcomeAddKey"));
    m_key->setAccessibleName(tr("Add a provider key"));
    m_key->setDescription(
        tr("OpenAI, Anthropic, Gemini, Groq and others, routed by price or speed within your "
           "budgets. Keys stay in your system keychain."));
    column->addWidget(m_download);
    column->addWidget(m_open);
    column->addWidget(m_key);
    column->addSpacing(8);

    auto *skipRow = new QHBoxLayout;
    skipRow->addStretch(1);
    m_skip = new QPushButton(tr("Skip"), this);
    m_skip->setObjectName(QStringLiteral("welcomeSkip"));
    m_skip->setAccessibleName(tr("Skip the welcome"));
    m_skip->setFlat(true);
    skipRow->addWidget(m_skip);
    column->addLayout(skipRow);
    column->addStretch(2);

    connect(m_download, &QAbstractButton::clicked, this, &WelcomePage::downloadRequested);
    connect(m_open, &QAbstractButton::clicked, this, &WelcomePage::chooseModel);
    connect(m_key, &QAbstractButton::clicked, this, &WelcomePage::addKeyRequested);
    connect(m_skip, &QAbstractButton::clicked, this, &WelcomePage::skipped);
}

QString WelcomePage::sizeText(qint64 bytes)
{
    // Decimal units, as the Hub shows repository sizes.
    if (bytes >= 1'000'000'000)
        return tr("≈%1 GB").arg(QLocale().toString(double(bytes) / 1e9, 'f', 1));
    return tr("≈%1 MB").arg(QLocale().toString(double(bytes) / 1e6, 'f', 1));
}

void WelcomePage::setDownloadBytes(qint64 bytes)
{
    const QString text
        = bytes > 0 ? tr("Download SmolLM3 (%1)").arg(sizeText(bytes)) : tr("Download SmolLM3");
    m_download->setText(text);
    m_download->setAccessibleName(text);
}

void WelcomePage::chooseModel()
{
    const QString path = m_chooser ? m_chooser(m_open) : QString();
    if (!path.isEmpty())
        Q_EMIT modelChosen(path);
}

QString WelcomePage::askForModel(QWidget *anchor)
{
    // A model is either a folder or one .gguf file, and one file dialog cannot ask for both.
    QMenu menu(anchor);
    QAction *folder = menu.addAction(tr("Model folder…"));
    QAction *gguf = menu.addAction(tr("GGUF file…"));
    QAction *chosen = menu.exec(anchor->mapToGlobal(QPoint(0, anchor->height())));
    if (chosen == folder)
        return QFileDialog::getExistingDirectory(anchor, tr("Open model folder"));
    if (chosen == gguf)
        return QFileDialog::getOpenFileName(
            anchor, tr("Open GGUF model"), QString(), tr("GGUF models (*.gguf);;All files (*)"));
    return {};
}

} // namespace sb
