// The local server's incremental HTTP/1.1 request parser: any chunking of the bytes gives the
// same request; limits and malformed input give the right status.
#include "router/server/HttpRequestParser.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sb::server;

namespace {

const QByteArray kRequest = "POST /v1/chat/completions?x=1 HTTP/1.1\r\nHost: 127.0.0.1:4315\r\n"
                            "Content-Type: application/json\r\nAuthorization:   Bearer t  \r\n"
                            "Content-Length: 13\r\n\r\n{\"model\":\"m\"}";

HttpRequestParser::Limits limits(qint64 body = 1024)
{
    HttpRequestParser::Limits l;
    l.maxBodyBytes = body;
    l.maxHeaderBytes = 512;
    l.maxHeaderCount = 10;
    return l;
}

void verifyRequest(const HttpRequest &r)
{
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.target, QByteArray("/v1/chat/completions?x=1"));
    QCOMPARE(r.path, QByteArray("/v1/chat/completions"));
    QCOMPARE(r.header("authorization"), QByteArray("Bearer t"));
    QCOMPARE(r.header("content-type"), QByteArray("application/json"));
    QCOMPARE(r.body, QByteArray("{\"model\":\"m\"}"));
    QVERIFY(r.keepAlive());
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT
private slots:
    void everySplitPoint()
    {
        for (qsizetype cut = 0; cut <= kRequest.size(); ++cut) {
            HttpRequestParser p(limits());
            auto s = p.feed(QByteArrayView(kRequest).first(cut));
            if (cut < kRequest.size())
                QVERIFY(s != HttpRequestParser::State::Complete && s != HttpRequestParser::State::Error);
            s = p.feed(QByteArrayView(kRequest).sliced(cut));
            QCOMPARE(s, HttpRequestParser::State::Complete);
            verifyRequest(p.takeRequest());
        }
    }

    void randomChunkingAndPipelining()
    {
        QRandomGenerator rng(1234);
        const QByteArray three = kRequest + kRequest + kRequest;
        for (int round = 0; round < 200; ++round) {
            HttpRequestParser p(limits());
            int complete = 0;
            qsizetype pos = 0;
            while (pos < three.size()) {
                const qsizetype n = std::min<qsizetype>(1 + rng.bounded(40), three.size() - pos);
                auto s = p.feed(QByteArrayView(three).sliced(pos, n));
                pos += n;
                while (s == HttpRequestParser::State::Complete) {
                    verifyRequest(p.takeRequest());
                    ++complete;
                    s = p.advance();
                }
                QVERIFY(s != HttpRequestParser::State::Error);
            }
            QCOMPARE(complete, 3);
            QVERIFY(!p.inProgress());
        }
    }

    void headersDoneBeforeBody()
    {
        HttpRequestParser p(limits());
        const qsizetype headEnd = kRequest.indexOf("\r\n\r\n") + 4;
        QCOMPARE(p.feed(QByteArrayView(kRequest).first(headEnd)), HttpRequestParser::State::HeadersDone);
        QCOMPARE(p.current().header("content-length"), QByteArray("13"));
        QCOMPARE(p.feed(QByteArrayView(kRequest).sliced(headEnd, 5)), HttpRequestParser::State::NeedMore);
        QCOMPARE(p.feed(QByteArrayView(kRequest).sliced(headEnd + 5)), HttpRequestParser::State::Complete);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("status");
        QTest::addRow("request line") << QByteArray("GARBAGE\r\n\r\n") << 400;
        QTest::addRow("relative target") << QByteArray("GET v1 HTTP/1.1\r\n\r\n") << 400;
        QTest::addRow("http/2") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 505;
        QTest::addRow("header without colon") << QByteArray("GET / HTTP/1.1\r\nHost\r\n\r\n") << 400;
        QTest::addRow("space in header name") << QByteArray("GET / HTTP/1.1\r\nBad Name: x\r\n\r\n") << 400;
        QTest::addRow("folded header") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n  c\r\n\r\n") << 400;
        QTest::addRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 411;
        QTest::addRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400;
        QTest::addRow("plus length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: +1\r\n\r\n") << 400;
        QTest::addRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n") << 400;
        QTest::addRow("body over limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1025\r\n\r\n") << 413;
        QTest::addRow("headers over limit") << "GET / HTTP/1.1\r\nX: " + QByteArray(600, 'a') << 431;
        QByteArray many = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 11; ++i)
            many += "X" + QByteArray::number(i) + ": y\r\n";
        QTest::addRow("too many headers") << many + "\r\n" << 431;
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, status);
        HttpRequestParser p(limits());
        QCOMPARE(p.feed(bytes), HttpRequestParser::State::Error);
        QCOMPARE(p.errorStatus(), status);
        QVERIFY(!p.errorMessage().isEmpty());
        // It stays refused: nothing more is parsed on that connection.
        QCOMPARE(p.feed(kRequest), HttpRequestParser::State::Error);
    }

    void connectionPersistence_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("keepAlive");
        QTest::addRow("1.1 default") << QByteArray("GET / HTTP/1.1\r\n\r\n") << true;
        QTest::addRow("1.1 close") << QByteArray("GET / HTTP/1.1\r\nConnection: close\r\n\r\n") << false;
        QTest::addRow("1.0 default") << QByteArray("GET / HTTP/1.0\r\n\r\n") << false;
        QTest::addRow("1.0 keep-alive")
            << QByteArray("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n") << true;
        QTest::addRow("bare LF") << QByteArray("GET / HTTP/1.1\nConnection: close\n\n") << false;
    }
    void connectionPersistence()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, keepAlive);
        HttpRequestParser p(limits());
        QCOMPARE(p.feed(head), HttpRequestParser::State::Complete);
        QCOMPARE(p.takeRequest().keepAlive(), keepAlive);
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "TestHttpRequestParser.moc"
