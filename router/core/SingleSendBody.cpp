#include "router/core/SingleSendBody.h"

#include <cstring>

namespace sb {

SingleSendBody::SingleSendBody(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly);
}

bool SingleSendBody::reset()
{
    return seek(0);
}

bool SingleSendBody::seek(qint64 pos)
{
    if (m_sent) {
        m_resendRefused = true;
        return false;
    }
    return QIODevice::seek(pos);
}

qint64 SingleSendBody::readData(char *data, qint64 maxSize)
{
    const qint64 at = pos();
    const qint64 n = std::min<qint64>(maxSize, m_body.size() - at);
    if (n <= 0)
        return 0;
    std::memcpy(data, m_body.constData() + at, size_t(n));
    m_sent = true;
    return n;
}

} // namespace sb
