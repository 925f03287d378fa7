#pragma once
// The in-app switch for the local OpenAI-compatible server (the same server as
// `switchboard-cli serve`, on the app's own Router): port, URL, the bearer token (kept in the
// keychain, shown masked, copyable, rotatable) and what went wrong when it cannot start.

#include <QGroupBox>
#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sb {

class KeyStore;
namespace server {
class ChatBackend;
class LocalServer;
} // namespace server

class LocalServerPanel : public QGroupBox {
    Q_OBJECT

public:
    // The keychain entry that holds the server's token.
    static QString tokenKeyId() { return QStringLiteral("switchboard-local-server"); }

    LocalServerPanel(server::ChatBackend *backend, KeyStore *keys, QWidget *parent = nullptr);
    ~LocalServerPanel() override;

    bool setRunning(bool on); // false when it could not start (reason in statusText())
    bool isRunning() const;
    void setPort(int port); // 0: any free port (tests)
    QString baseUrl() const;
    QString token() const;
    QString statusText() const;
    void rotateToken();

Q_SIGNALS:
    void runningChanged(bool running);
    void tokenChanged();

private:
    void storeToken(const QString &token);
    void updateLabels();

    server::ChatBackend *m_backend = nullptr;
    KeyStore *m_keys = nullptr;
    std::unique_ptr<server::LocalServer> m_server;
    QString m_token;
    int m_port = 4315;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_portSpin = nullptr;
    QLabel *m_url = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QPushButton *m_show = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sb
