#pragma once
// What the local server asks of a team gateway (router/gateway/GatewayService): who a virtual key
// belongs to, whether that person may send another request now (rate limits), and the read-only
// admin endpoints. Without one the server keeps its single bearer token. Keeping the server on
// this seam means it knows nothing of keys' storage, users or teams.

#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

namespace sb::server {

struct Principal {
    QString user;
    QString team; // empty: in no team
    bool admin = false; // may read every user's and team's spend
    QString keyId; // the public half of the key (for the access log; never the secret)
};

struct GatewayDecision {
    bool ok = false;
    Principal who;
    // Refused: 401 (unknown, revoked, expired key), 403 (not allowed to read that), 429 (rate limit).
    int httpStatus = 401;
    QString type; // OpenAI error type
    QString code;
    QString message;
    int retryAfterS = 0; // 429: when to try again
};

struct GatewayReply {
    int httpStatus = 200;
    QJsonObject body; // the answer, or an OpenAI-style error body
};

class GatewayFront {
public:
    virtual ~GatewayFront() = default;
    // `token` is what followed "Bearer ".
    virtual GatewayDecision authenticate(const QByteArray &token) = 0;
    // Before a chat request starts: the person's requests and tokens per minute.
    virtual GatewayDecision admit(const Principal &who) = 0;
    // GET /v1/gateway/<path>: spend by user, team, provider, model; what `who` may see.
    virtual GatewayReply adminGet(const Principal &who, const QString &path, const QUrlQuery &query) = 0;
};

} // namespace sb::server
