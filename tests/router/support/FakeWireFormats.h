#pragma once
// The bodies FakeProvider sends, per wire format: what real providers send, event by event.

#include "FakeProvider.h"

namespace sb::test {

struct FakeReplyPlan {
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers (Retry-After, ...)
    bool chunked = false; // stream: one HTTP chunk per element of parts
    QVector<QByteArray> parts; // SSE events (framed), or the one whole body
};

// authOk == false: a 401 in the format's error shape.
FakeReplyPlan planFakeReply(const FakeRequest &request, const FakeBehaviour &behaviour, bool authOk);

} // namespace sb::test
