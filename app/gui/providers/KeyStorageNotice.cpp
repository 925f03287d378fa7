#include "app/gui/providers/KeyStorageNotice.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

#include "app/common/AppKeyStore.h"

namespace sb {

KeyStorageNotice::KeyStorageNotice(QWidget *parent)
    : QWidget(parent)
    , m_text(new QLabel(this))
    , m_button(new QPushButton(this))
{
    setObjectName(QStringLiteral("keyStorageNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    m_text->setObjectName(QStringLiteral("keyStorageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_button->setObjectName(QStringLiteral("keyFileButton"));
    m_button->setAccessibleName(tr("Key storage"));
    layout->addWidget(m_text, 1);
    layout->addWidget(m_button, 0, Qt::AlignTop);
    connect(m_button, &QPushButton::clicked, this, &KeyStorageNotice::askForPassphrase);
    setVisible(false);
}

void KeyStorageNotice::setKeyStore(AppKeyStore *keys)
{
    m_keys = keys;
    m_probed = false;
    update();
    if (!m_keys)
        return;
    const QPointer<KeyStorageNotice> self(this);
    m_keys->probeKeychain([self](bool, QString) {
        if (!self)
            return;
        self->m_probed = true;
        self->update();
    });
}

QString KeyStorageNotice::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void KeyStorageNotice::update()
{
    if (!m_keys) {
        setVisible(false);
        return;
    }
    const bool noKeychain = m_probed && !m_keys->keychainAvailable();
    if (m_keys->keyFileUnlocked()) {
        m_text->setText(tr("Your keys are kept in the encrypted file %1.").arg(m_keys->keyFilePath()));
        m_button->setVisible(false);
        setVisible(true);
        return;
    }
    if (m_keys->keyFileExists()) {
        m_text->setText(
            tr("Your keys are in an encrypted file; unlock it with your passphrase to use them."));
        m_button->setText(tr("Unlock the key file…"));
        m_button->setVisible(true);
        setVisible(true);
        return;
    }
    if (!noKeychain) {
        setVisible(false);
        return;
    }
    m_text->setText(
        tr("No system keychain is available on this computer (no Secret Service such as GNOME Keyring "
           "or KWallet is running), so keys cannot be saved there. Keys you enter are used until "
           "Switchboard quits. To keep them, either set environment variables before starting "
           "Switchboard, such as SWITCHBOARD_KEY_OPENAI or SWITCHBOARD_KEY_GROQ (switchboard-cli "
           "serve reads them too), or keep your keys in a file in the data folder encrypted with a "
           "passphrase."));
    m_button->setText(tr("Keep keys in an encrypted file…"));
    m_button->setVisible(true);
    setVisible(true);
}

Outcome<void> KeyStorageNotice::useKeyFile(const QString &passphrase)
{
    if (!m_keys)
        return Outcome<void>::failure(tr("No key store"));
    Outcome<void> r = m_keys->unlockKeyFile(passphrase);
    update();
    if (r)
        Q_EMIT keyFileUnlocked();
    return r;
}

void KeyStorageNotice::askForPassphrase()
{
    if (!m_keys)
        return;
    const bool creating = !m_keys->keyFileExists();
    if (creating) {
        const auto answer = QMessageBox::warning(this, tr("Keep keys in an encrypted file"),
            tr("Your keys will be saved in %1, encrypted with a passphrase you choose.\n\n"
               "The file is only as safe as the passphrase: anyone who copies it can try to guess "
               "it, so choose a long one. Switchboard asks for it each time it starts. If you "
               "forget it, the keys in the file are lost (you can enter them again).")
                .arg(m_keys->keyFilePath()),
            QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Ok)
            return;
    }
    bool ok = false;
    const QString passphrase = QInputDialog::getText(this, tr("Key file passphrase"),
        creating ? tr("Choose a passphrase") : tr("Passphrase"), QLineEdit::Password, QString(), &ok);
    if (!ok || passphrase.isEmpty())
        return;
    if (creating) {
        const QString again = QInputDialog::getText(this, tr("Key file passphrase"),
            tr("The same passphrase again"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
        if (again != passphrase) {
            QMessageBox::warning(
                this, tr("Key file passphrase"), tr("The passphrases differ; nothing was saved."));
            return;
        }
    }
    if (auto r = useKeyFile(passphrase); !r)
        QMessageBox::warning(this, tr("Key file"), r.error());
}

} // namespace sb
