#include "router/sse/SseParser.h"

#include <QTest>

using sb::SseEvent;
using sb::SseParser;

Q_DECLARE_METATYPE(QVector<SseEvent>)

namespace {

SseEvent ev(
    QByteArray data, QByteArray event = {}, QByteArray id = {}, std::optional<qint64> retry = std::nullopt)
{
    return SseEvent { std::move(event), std::move(data), std::move(id), retry };
}

QVector<SseEvent> parseAll(const QByteArray &stream, const QList<qsizetype> &cuts)
{
    SseParser parser;
    QVector<SseEvent> out;
    qsizetype from = 0;
    for (qsizetype cut : cuts) {
        out += parser.feed(QByteArrayView(stream).sliced(from, cut - from));
        from = cut;
    }
    out += parser.feed(QByteArrayView(stream).sliced(from));
    out += parser.finish();
    return out;
}

QByteArray describe(const QVector<SseEvent> &events)
{
    QByteArray s;
    for (const auto &e : events)
        s += "[" + e.event + "|" + e.data + "|" + e.id + "|" + QByteArray::number(e.retryMs.value_or(-1))
            + "]";
    return s;
}

// A realistic OpenAI-style stream with every line-ending style, comments, a BOM, ids and a
// multi-line event, and no final newline.
const QByteArray kSample = "\xEF\xBB\xBF: keep-alive comment\r\n"
                           "retry: 1500\n"
                           "id: 7\r"
                           "data: {\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}\r\n\r\n"
                           "event: message_start\n"
                           "data: line one\n"
                           "data:line two\r"
                           "data:  three\r\r"
                           ":comment\n"
                           "data: {\"x\":\"\xC3\xA9\xE2\x82\xAC\"}\n\n"
                           "data: [DONE]";

const QVector<SseEvent> kSampleEvents = {
    ev("{\"choices\":[{\"delta\":{\"content\":\"Hel\"}}]}", {}, "7", 1500),
    ev("line one\nline two\n three", "message_start", "7"),
    ev("{\"x\":\"\xC3\xA9\xE2\x82\xAC\"}", {}, "7"),
    ev("[DONE]", {}, "7"),
};

} // namespace

class TestSseParser : public QObject {
    Q_OBJECT
private slots:
    void parsesWholeStream_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QVector<SseEvent>>("expected");
        QTest::addRow("lf") << QByteArray("data: a\n\ndata: b\n\n") << QVector<SseEvent> { ev("a"), ev("b") };
        QTest::addRow("crlf") << QByteArray("data: a\r\n\r\ndata: b\r\n\r\n")
                              << QVector<SseEvent> { ev("a"), ev("b") };
        QTest::addRow("cr") << QByteArray("data: a\r\rdata: b\r\r") << QVector<SseEvent> { ev("a"), ev("b") };
        QTest::addRow("mixed endings")
            << QByteArray("data: a\r\n\rdata: b\n\r\n") << QVector<SseEvent> { ev("a"), ev("b") };
        QTest::addRow("no space after colon") << QByteArray("data:a\n\n") << QVector<SseEvent> { ev("a") };
        QTest::addRow("only one space stripped")
            << QByteArray("data:   a \n\n") << QVector<SseEvent> { ev("  a ") };
        QTest::addRow("multi-line data")
            << QByteArray("data: a\ndata: b\ndata\n\n") << QVector<SseEvent> { ev("a\nb\n") };
        QTest::addRow("empty data dispatches") << QByteArray("data:\n\n") << QVector<SseEvent> { ev("") };
        QTest::addRow("comment only") << QByteArray(": ping\n\n:\n\n") << QVector<SseEvent> {};
        QTest::addRow("comment between data")
            << QByteArray("data: a\n: hi\ndata: b\n\n") << QVector<SseEvent> { ev("a\nb") };
        QTest::addRow("event type") << QByteArray("event: ping\ndata: {}\n\n")
                                    << QVector<SseEvent> { ev("{}", "ping") };
        QTest::addRow("event type resets")
            << QByteArray("event: x\ndata: 1\n\ndata: 2\n\n") << QVector<SseEvent> { ev("1", "x"), ev("2") };
        QTest::addRow("event without data is dropped")
            << QByteArray("event: x\n\ndata: 2\n\n") << QVector<SseEvent> { ev("2") };
        QTest::addRow("id persists") << QByteArray("id: 1\ndata: a\n\ndata: b\n\nid\ndata: c\n\n")
                                     << QVector<SseEvent> { ev("a", {}, "1"), ev("b", {}, "1"), ev("c") };
        QTest::addRow("id with NUL ignored") << QByteArray("id: 1\ndata: a\n\nid: 2\0x\ndata: b\n\n", 32)
                                             << QVector<SseEvent> { ev("a", {}, "1"), ev("b", {}, "1") };
        QTest::addRow("retry digits")
            << QByteArray("retry: 250\ndata: a\n\n") << QVector<SseEvent> { ev("a", {}, {}, 250) };
        QTest::addRow("retry non-digits ignored")
            << QByteArray("retry: 2s\ndata: a\n\n") << QVector<SseEvent> { ev("a") };
        QTest::addRow("unknown field ignored")
            << QByteArray("foo: bar\ndata: a\n\n") << QVector<SseEvent> { ev("a") };
        QTest::addRow("field without colon") << QByteArray("data\n\n") << QVector<SseEvent> { ev("") };
        QTest::addRow("colon in value")
            << QByteArray("data: {\"a\":\"b:c\"}\n\n") << QVector<SseEvent> { ev("{\"a\":\"b:c\"}") };
        QTest::addRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "data: a\n\n")
                             << QVector<SseEvent> { ev("a") };
        QTest::addRow("only first BOM stripped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                               "data: a\n\n")
                                                 << QVector<SseEvent> {};
        QTest::addRow("missing final blank line") << QByteArray("data: a\n") << QVector<SseEvent> { ev("a") };
        QTest::addRow("missing final newline")
            << QByteArray("data: a\n\ndata: b") << QVector<SseEvent> { ev("a"), ev("b") };
        QTest::addRow("trailing CR at end") << QByteArray("data: a\r") << QVector<SseEvent> { ev("a") };
        QTest::addRow("leading blank lines")
            << QByteArray("\n\n\r\ndata: a\n\n") << QVector<SseEvent> { ev("a") };
        QTest::addRow("empty stream") << QByteArray() << QVector<SseEvent> {};
        QTest::addRow("utf8 kept raw") << QByteArray("data: caf\xC3\xA9 \xF0\x9F\x98\x80\n\n")
                                       << QVector<SseEvent> { ev("caf\xC3\xA9 \xF0\x9F\x98\x80") };
        QTest::addRow("sample") << kSample << kSampleEvents;
    }

    void parsesWholeStream()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QVector<SseEvent>, expected);
        QCOMPARE(describe(parseAll(stream, {})), describe(expected));
    }

    // The same streams fed one byte at a time: chunking must never change the result.
    void byteByByte_data() { parsesWholeStream_data(); }
    void byteByByte()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QVector<SseEvent>, expected);
        QList<qsizetype> cuts;
        for (qsizetype i = 1; i < stream.size(); ++i)
            cuts << i;
        QCOMPARE(describe(parseAll(stream, cuts)), describe(expected));
    }

    // Every single split point and every pair of split points of the sample stream.
    void everySplitPointOfSample()
    {
        const QByteArray expected = describe(kSampleEvents);
        const qsizetype n = kSample.size();
        for (qsizetype i = 0; i <= n; ++i) {
            const QByteArray got = describe(parseAll(kSample, { i }));
            if (got != expected)
                QFAIL(qPrintable(QStringLiteral("split at %1: %2").arg(i).arg(QString::fromUtf8(got))));
        }
        for (qsizetype i = 0; i <= n; ++i) {
            for (qsizetype j = i; j <= n; ++j) {
                const QByteArray got = describe(parseAll(kSample, { i, j }));
                if (got != expected)
                    QFAIL(qPrintable(
                        QStringLiteral("splits at %1,%2: %3").arg(i).arg(j).arg(QString::fromUtf8(got))));
            }
        }
    }

    void eventsArriveAsSoonAsComplete()
    {
        SseParser p;
        QCOMPARE(p.feed("data: a\n").size(), 0);
        const auto events = p.feed("\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QByteArray("a"));
        // A CR at a chunk end completes the line at once; the LF that follows is swallowed.
        QCOMPARE(p.feed("data: b\r\r").size(), 1);
        QCOMPARE(p.feed("\ndata: c\n\n").size(), 1);
        QCOMPARE(p.finish().size(), 0);
    }

    void countsCommentsAndRetry()
    {
        SseParser p;
        p.feed(": one\n: two\nretry: 3000\n\n");
        QCOMPARE(p.commentCount(), 2);
        QCOMPARE(p.reconnectionTimeMs().value_or(-1), 3000);
    }

    void runawayLineIsAnError()
    {
        SseParser p(1024);
        QVERIFY(p.feed("data: " + QByteArray(2000, 'x')).isEmpty());
        QVERIFY(p.hasError());
        QVERIFY(p.feed("\n\ndata: a\n\n").isEmpty());
        QVERIFY(p.finish().isEmpty());
        QCOMPARE(p.pendingBytes(), 0);
    }

    void manyEventsInOneChunk()
    {
        QByteArray stream;
        for (int i = 0; i < 1000; ++i)
            stream += "data: " + QByteArray::number(i) + "\n\n";
        SseParser p;
        const auto events = p.feed(stream);
        QCOMPARE(events.size(), 1000);
        QCOMPARE(events.last().data, QByteArray("999"));
    }

    void resetForgetsEverything()
    {
        SseParser p;
        p.feed("id: 5\ndata: partial");
        p.reset();
        QCOMPARE(p.lastEventId(), QByteArray());
        const auto events = p.feed("data: x\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events[0].data, QByteArray("x"));
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "TestSseParser.moc"
