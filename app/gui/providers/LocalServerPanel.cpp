#include "app/gui/providers/LocalServerPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>

#include "app/common/Settings.h"
#include "router/keys/KeyStore.h"
#include "router/server/LocalServer.h"

namespace sb {

LocalServerPanel::LocalServerPanel(server::ChatBackend *backend, KeyStore *keys, QWidget *parent)
    : QGroupBox(tr("Local OpenAI-compatible server"), parent)
    , m_backend(backend)
    , m_keys(keys)
{
    setObjectName(QStringLiteral("LocalServerPanel"));
    auto *form = new QFormLayout(this);

    auto *row = new QHBoxLayout;
    m_enabled = new QCheckBox(tr("Serve /v1 on this computer"), this);
    m_enabled->setObjectName(QStringLiteral("serverEnabled"));
    m_enabled->setToolTip(
        tr("Editors, scripts and agents on this machine can use Switchboard as their router."));
    m_portSpin = new QSpinBox(this);
    m_portSpin->setObjectName(QStringLiteral("serverPort"));
    m_portSpin->setAccessibleName(tr("Server port"));
    m_portSpin->setRange(1024, 65535);
    m_portSpin->setValue(Settings().value(Settings::Key::ServerPort).toInt());
    m_port = m_portSpin->value();
    row->addWidget(m_enabled);
    row->addWidget(new QLabel(tr("Port:"), this));
    row->addWidget(m_portSpin);
    row->addStretch(1);
    form->addRow(row);

    m_url = new QLabel(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("URL:"), m_url);

    auto *tokenRow = new QHBoxLayout;
    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(QStringLiteral("serverToken"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setAccessibleName(tr("Server token"));
    m_show = new QPushButton(tr("Show"), this);
    m_show->setCheckable(true);
    auto *copy = new QPushButton(tr("Copy"), this);
    auto *rotate = new QPushButton(tr("Rotate"), this);
    rotate->setObjectName(QStringLiteral("rotateToken"));
    rotate->setToolTip(tr("Make a new token; clients using the old one get 401."));
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_show);
    tokenRow->addWidget(copy);
    tokenRow->addWidget(rotate);
    form->addRow(tr("Bearer token:"), tokenRow);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("serverStatus"));
    m_status->setWordWrap(true);
    form->addRow(m_status);

    connect(m_enabled, &QCheckBox::toggled, this, [this](bool on) {
        if (on != isRunning())
            setRunning(on);
    });
    connect(m_portSpin, &QSpinBox::valueChanged, this, [this](int port) {
        m_port = port;
        Settings().setValue(Settings::Key::ServerPort, port);
        if (isRunning()) { // a new port takes effect at once
            setRunning(false);
            setRunning(true);
        }
    });
    connect(m_show, &QPushButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_token); });
    connect(rotate, &QPushButton::clicked, this, &LocalServerPanel::rotateToken);

    if (m_keys)
        m_keys->readKey(
            tokenKeyId(), [self = QPointer<LocalServerPanel>(this)](std::optional<QString> key, QString) {
                if (!self || !key || key->isEmpty() || !self->m_token.isEmpty())
                    return;
                self->m_token = *key;
                if (self->m_server)
                    self->m_server->setToken(*key);
                self->updateLabels();
            });
    updateLabels();
    if (Settings().value(Settings::Key::ServerEnabled).toBool())
        m_enabled->setChecked(true);
}

LocalServerPanel::~LocalServerPanel() = default;

bool LocalServerPanel::setRunning(bool on)
{
    if (!on) {
        m_server.reset();
        Settings().setValue(Settings::Key::ServerEnabled, false);
        m_status->setText(tr("Stopped."));
    } else if (!m_server) {
        server::ServerConfig config;
        config.port = quint16(m_port);
        config.token = m_token; // empty: the server makes one, stored below
        auto srv = std::make_unique<server::LocalServer>(config, m_backend);
        const auto listening = srv->listen();
        if (!listening) {
            m_status->setText(tr("Could not start the server: %1").arg(listening.error()));
            m_enabled->setChecked(false);
            updateLabels();
            return false;
        }
        m_server = std::move(srv);
        if (m_token != m_server->token())
            storeToken(m_server->token());
        Settings().setValue(Settings::Key::ServerEnabled, true);
        m_status->setText(tr("Running. Clients send the header \"Authorization: Bearer <token>\"."));
    }
    m_enabled->setChecked(isRunning());
    updateLabels();
    Q_EMIT runningChanged(isRunning());
    return isRunning() == on;
}

bool LocalServerPanel::isRunning() const
{
    return m_server != nullptr;
}

void LocalServerPanel::setPort(int port)
{
    m_port = port;
}

QString LocalServerPanel::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QString();
}

QString LocalServerPanel::token() const
{
    return m_token;
}

QString LocalServerPanel::statusText() const
{
    return m_status->text();
}

void LocalServerPanel::rotateToken()
{
    const QString fresh = m_server ? m_server->rotateToken() : server::LocalServer::generateToken();
    storeToken(fresh);
}

void LocalServerPanel::storeToken(const QString &token)
{
    m_token = token;
    if (m_keys)
        m_keys->writeKey(
            tokenKeyId(), token, [self = QPointer<LocalServerPanel>(this)](bool ok, QString error) {
                if (self && !ok)
                    self->m_status->setText(
                        tr("The token could not be saved in the keychain (%1); a new one is made at "
                           "the next start.")
                            .arg(error));
            });
    updateLabels();
    Q_EMIT tokenChanged();
}

void LocalServerPanel::updateLabels()
{
    m_url->setText(m_server ? m_server->baseUrl() : tr("not running"));
    m_tokenEdit->setText(m_token);
}

} // namespace sb
