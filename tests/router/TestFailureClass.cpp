#include "router/adapters/FailureClass.h"
#include "router/adapters/ProviderAdapter.h"
#include "router/adapters/RetryAfter.h"

#include <QTest>
#include <QTimeZone>

using namespace sb;

Q_DECLARE_METATYPE(sb::FailureKind)

class TestFailureClass : public QObject {
    Q_OBJECT
private slots:
    void classifiesHttpErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("message");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("errorClass");
        QTest::addColumn<bool>("invalidKey");
        using K = FailureKind;
        QTest::addRow("408") << 408 << ""
                             << "" << K::Retryable << "timeout" << false;
        QTest::addRow("409") << 409 << ""
                             << "" << K::Retryable << "conflict" << false;
        QTest::addRow("425") << 425 << ""
                             << "" << K::Retryable << "conflict" << false;
        QTest::addRow("429") << 429 << "rate_limit_error"
                             << "" << K::Retryable << "rate_limited" << false;
        QTest::addRow("429 quota") << 429 << "insufficient_quota"
                                   << "You exceeded your quota" << K::Retryable << "rate_limited" << false;
        QTest::addRow("500") << 500 << ""
                             << "" << K::Retryable << "server_error" << false;
        QTest::addRow("502") << 502 << ""
                             << "" << K::Retryable << "server_error" << false;
        QTest::addRow("503") << 503 << ""
                             << "" << K::Retryable << "server_error" << false;
        QTest::addRow("503 overloaded") << 503 << "UNAVAILABLE"
                                        << "The model is overloaded" << K::Retryable << "overloaded" << false;
        QTest::addRow("504") << 504 << ""
                             << "" << K::Retryable << "server_error" << false;
        QTest::addRow("529 anthropic") << 529 << "overloaded_error"
                                       << "Overloaded" << K::Retryable << "overloaded" << false;
        QTest::addRow("400") << 400 << "invalid_request_error"
                             << "messages: field required" << K::RequestFinal << "bad_request" << false;
        QTest::addRow("400 gemini bad key")
            << 400 << "INVALID_ARGUMENT"
            << "API key not valid. Please pass a valid API key." << K::ProviderFinal << "auth" << true;
        QTest::addRow("400 model unsupported")
            << 400 << "invalid_request_error"
            << "The model `x` is not supported" << K::ProviderFinal << "model_not_found" << false;
        // Another provider may have a larger context window: not final for the request.
        QTest::addRow("400 openai context") << 400 << "context_length_exceeded"
                                            << "This model's maximum context length is 8192 tokens."
                                            << K::ProviderFinal << "context_length_exceeded" << false;
        QTest::addRow("400 anthropic prompt too long")
            << 400 << "invalid_request_error"
            << "prompt is too long: 201234 tokens > 200000 maximum" << K::ProviderFinal
            << "context_length_exceeded" << false;
        QTest::addRow("400 gemini input token count")
            << 400 << "INVALID_ARGUMENT"
            << "The input token count (1200000) exceeds the maximum number of tokens allowed (1048576)."
            << K::ProviderFinal << "context_length_exceeded" << false;
        QTest::addRow("401") << 401 << "authentication_error"
                             << "invalid x-api-key" << K::ProviderFinal << "auth" << true;
        QTest::addRow("403") << 403 << "permission_error"
                             << "" << K::ProviderFinal << "forbidden" << false;
        QTest::addRow("404 model_not_found code") << 404 << "model_not_found"
                                                  << "" << K::ProviderFinal << "model_not_found" << false;
        QTest::addRow("404 model message")
            << 404 << "invalid_request_error"
            << "The model `gpt-9` does not exist" << K::ProviderFinal << "model_not_found" << false;
        QTest::addRow("404 anthropic") << 404 << "not_found_error"
                                       << "model: claude-x" << K::ProviderFinal << "model_not_found" << false;
        QTest::addRow("404 other") << 404 << "provider_error"
                                   << "no route /v2/chat" << K::RequestFinal << "not_found" << false;
        QTest::addRow("413") << 413 << ""
                             << "" << K::RequestFinal << "too_large" << false;
        QTest::addRow("422") << 422 << "provider_error"
                             << "Input validation error" << K::RequestFinal << "bad_request" << false;
        QTest::addRow("418 other 4xx") << 418 << ""
                                       << "" << K::RequestFinal << "bad_request" << false;
        QTest::addRow("0 no response") << 0 << ""
                                       << "" << K::Retryable << "network" << false;
    }

    void classifiesHttpErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, message);
        QFETCH(FailureKind, kind);
        QFETCH(QString, errorClass);
        QFETCH(bool, invalidKey);
        ProviderError e;
        e.httpStatus = status;
        e.type = type;
        e.message = message;
        e.retryAfterMs = 1234;
        const FailureDecision d = failure::classify(e);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.errorClass, errorClass);
        QCOMPARE(d.invalidKey, invalidKey);
        QCOMPARE(d.retryAfterMs.value_or(-1), 1234);
        QCOMPARE(d.tryNextCandidate(), kind != FailureKind::RequestFinal);
        // Only transient failures count against a provider's health.
        QCOMPARE(d.countsAgainstHealth, kind == FailureKind::Retryable);
    }

    void classifiesNetworkErrors_data()
    {
        QTest::addColumn<QNetworkReply::NetworkError>("error");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("errorClass");
        using NE = QNetworkReply::NetworkError;
        QTest::addRow("refused") << NE::ConnectionRefusedError << FailureKind::Retryable << "network";
        QTest::addRow("closed") << NE::RemoteHostClosedError << FailureKind::Retryable << "network";
        QTest::addRow("dns") << NE::HostNotFoundError << FailureKind::Retryable << "network";
        QTest::addRow("timeout") << NE::TimeoutError << FailureKind::Retryable << "timeout";
        QTest::addRow("tls") << NE::SslHandshakeFailedError << FailureKind::Retryable << "network";
        QTest::addRow("temporary") << NE::TemporaryNetworkFailureError << FailureKind::Retryable << "network";
        QTest::addRow("proxy") << NE::ProxyConnectionRefusedError << FailureKind::Retryable << "network";
        QTest::addRow("server fault") << NE::InternalServerError << FailureKind::Retryable << "network";
        QTest::addRow("unavailable") << NE::ServiceUnavailableError << FailureKind::Retryable << "network";
        QTest::addRow("transfer timeout (Qt 6.4 says cancelled)")
            << NE::OperationCanceledError << FailureKind::Retryable << "timeout";
        QTest::addRow("auth") << NE::AuthenticationRequiredError << FailureKind::ProviderFinal << "auth";
        QTest::addRow("denied") << NE::ContentAccessDenied << FailureKind::ProviderFinal << "forbidden";
        QTest::addRow("not found") << NE::ContentNotFoundError << FailureKind::ProviderFinal << "not_found";
        // The connection ended after the POST went out and Qt wanted to send it again: refused
        // (router/core/SingleSendBody.h); another provider may serve the request.
        QTest::addRow("re-send refused") << NE::ContentReSendError << FailureKind::Retryable << "network";
        QTest::addRow("unknown scheme")
            << NE::ProtocolUnknownError << FailureKind::ProviderFinal << "not_found";
    }

    void classifiesNetworkErrors()
    {
        QFETCH(QNetworkReply::NetworkError, error);
        QFETCH(FailureKind, kind);
        QFETCH(QString, errorClass);
        const FailureDecision d = failure::classifyNetworkError(error);
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.errorClass, errorClass);
    }

    void clientCancelIsNotTheProvidersFault()
    {
        const FailureDecision d = failure::cancelled();
        QCOMPARE(d.kind, FailureKind::Cancelled);
        QVERIFY(!d.countsAgainstHealth);
        QVERIFY(!d.tryNextCandidate());
    }

    void timeoutsAreRetryable()
    {
        for (TimeoutPhase p :
            { TimeoutPhase::Connect, TimeoutPhase::FirstToken, TimeoutPhase::Idle, TimeoutPhase::Total }) {
            const FailureDecision d = failure::classifyTimeout(p);
            QCOMPARE(d.kind, FailureKind::Retryable);
            QCOMPARE(d.errorClass, QStringLiteral("timeout"));
            QVERIFY(d.countsAgainstHealth);
        }
    }

    void classifiesStreamErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<FailureKind>("kind");
        QTest::addColumn<QString>("errorClass");
        QTest::addRow("malformed") << 0 << wire_error::kMalformed << FailureKind::Retryable << "malformed";
        QTest::addRow("wrong content type")
            << 0 << wire_error::kWrongContentType << FailureKind::Retryable << "malformed";
        QTest::addRow("truncated") << 0 << wire_error::kTruncated << FailureKind::Retryable << "truncated";
        QTest::addRow("anthropic overloaded")
            << 529 << "overloaded_error" << FailureKind::Retryable << "overloaded";
        QTest::addRow("overloaded no status")
            << 0 << "overloaded_error" << FailureKind::Retryable << "overloaded";
        QTest::addRow("rate limit") << 0 << "rate_limit_error" << FailureKind::Retryable << "rate_limited";
        QTest::addRow("gemini exhausted")
            << 0 << "RESOURCE_EXHAUSTED" << FailureKind::Retryable << "rate_limited";
        QTest::addRow("openrouter 502 code") << 502 << "502" << FailureKind::Retryable << "server_error";
        QTest::addRow("invalid request")
            << 0 << "invalid_request_error" << FailureKind::RequestFinal << "bad_request";
        QTest::addRow("auth") << 0 << "authentication_error" << FailureKind::ProviderFinal << "auth";
        QTest::addRow("unknown") << 0 << "provider_error" << FailureKind::Retryable << "server_error";
    }

    void classifiesStreamErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(FailureKind, kind);
        QFETCH(QString, errorClass);
        const FailureDecision d
            = failure::classifyStreamError(ChatEvent::error(status, type, QStringLiteral("x")));
        QCOMPARE(d.kind, kind);
        QCOMPARE(d.errorClass, errorClass);
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs");
        // now = Wed, 21 Oct 2015 07:28:00 GMT
        QTest::addRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("fraction") << QByteArray("1.5") << qint64(1500);
        QTest::addRow("spaces") << QByteArray("  7 ") << qint64(7000);
        QTest::addRow("capped at a day") << QByteArray("999999999") << qint64(86400000);
        QTest::addRow("imf-fixdate") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << qint64(30000);
        QTest::addRow("imf-fixdate single digit day")
            << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << qint64(86400000);
        QTest::addRow("rfc850") << QByteArray("Wednesday, 21-Oct-15 07:29:00 GMT") << qint64(60000);
        QTest::addRow("asctime") << QByteArray("Wed Oct 21 07:28:05 2015") << qint64(5000);
        QTest::addRow("asctime padded day") << QByteArray("Thu Oct  1 00:00:00 2015") << qint64(0);
        QTest::addRow("date in the past") << QByteArray("Tue, 20 Oct 2015 07:28:00 GMT") << qint64(0);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("empty") << QByteArray("") << qint64(-1);
        QTest::addRow("bad month") << QByteArray("Wed, 21 Foo 2015 07:28:30 GMT") << qint64(-1);
        QTest::addRow("bad time") << QByteArray("Wed, 21 Oct 2015 25:28:30 GMT") << qint64(-1);
    }

    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), QTimeZone::utc());
        QCOMPARE(failure::parseRetryAfter(value, now).value_or(-1), expectedMs);
    }
};

QTEST_GUILESS_MAIN(TestFailureClass)
#include "TestFailureClass.moc"
