#pragma once
// Where keys are kept, said in plain words at the top of Providers & Budgets when it matters:
// no system keychain answers (a minimal desktop, a container), or the person keeps their keys in
// the passphrase-encrypted file and it is still locked. It offers the alternatives: environment
// variables (SWITCHBOARD_KEY_<PROVIDER>, which `switchboard-cli serve` reads too), or the
// encrypted file in the data folder, with a clear warning before anyone opts in.

#include "router/base/Outcome.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sb {

class AppKeyStore;

class KeyStorageNotice : public QWidget {
    Q_OBJECT

public:
    explicit KeyStorageNotice(QWidget *parent = nullptr);

    // Probes the keychain (asynchronously) and shows what applies.
    void setKeyStore(AppKeyStore *keys);
    // What the button does after its dialogs: opens or creates the key file.
    Outcome<void> useKeyFile(const QString &passphrase);
    QString text() const;
    QPushButton *keyFileButton() const { return m_button; }

Q_SIGNALS:
    void keyFileUnlocked();

private:
    void update();
    void askForPassphrase();

    AppKeyStore *m_keys = nullptr;
    QLabel *m_text;
    QPushButton *m_button;
    bool m_probed = false;
};

} // namespace sb
