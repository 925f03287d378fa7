#pragma once
// The body of a provider POST, readable for one send only.
//
// Qt 6.4's HTTP/1.1 layer re-sends the current request when the connection ends before the
// response headers arrive: QHttpNetworkConnectionChannel::handleUnexpectedEOF() and the
// reconnect in _q_error() retry up to twice, whatever the method (Qt 6.5 and later re-send only
// idempotent requests). A provider that read the whole chat request and then closed or reset the
// connection would receive it again, unseen by the router: a double charge the ledger never
// shows. Before every re-send Qt rewinds the upload device (resetUploadData()); this device
// refuses to rewind once it has handed out a byte, so Qt ends the reply with
// QNetworkReply::ContentReSendError instead of sending the POST again, and the router records the
// attempt as a retryable network failure and fails over as with any other cut connection.
//
// Keep-alive reuse stays as it is (no new connection or TLS handshake per request); what is lost
// is only Qt's silent retry of a POST on a stale pooled connection, which the router's own
// failover replaces, counted in the ledger.

#include <QByteArray>
#include <QIODevice>

namespace sb {

class SingleSendBody final : public QIODevice {
public:
    explicit SingleSendBody(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    // Rewinding is allowed until the first byte has been read, never after.
    bool reset() override;
    bool seek(qint64 pos) override;
    bool atEnd() const override { return pos() >= m_body.size(); }
    // True once Qt asked to rewind after the body had been sent: it wanted to send it again.
    bool resendRefused() const { return m_resendRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    bool m_sent = false;
    bool m_resendRefused = false;
};

} // namespace sb
