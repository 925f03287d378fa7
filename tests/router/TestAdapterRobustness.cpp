// Property tests for the stream decoders on hostile input: every truncation point of real
// streams, random byte corruption and random chunking. The decoders must never crash, must end
// every stream with exactly one terminal event, and must never invent text.

#include "ChatEventText.h"
#include "FakeWireFormats.h"
#include "router/adapters/ProviderAdapter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace sb;

namespace {

QByteArray realStream(const QString &format, const test::FakeBehaviour &b)
{
    test::FakeRequest r;
    r.wireFormat = format;
    r.model = QStringLiteral("m");
    r.stream = true;
    r.target = format == QLatin1String("gemini")
        ? QByteArray("/v1beta/models/m:streamGenerateContent?alt=sse")
        : QByteArray("/v1/x");
    r.body = R"({"stream": true, "stream_options": {"include_usage": true}})";
    const test::FakeReplyPlan plan = test::planFakeReply(r, b, true);
    QByteArray body;
    for (const QByteArray &p : plan.parts)
        body += p;
    return body;
}

test::FakeBehaviour richBehaviour()
{
    test::FakeBehaviour b = test::FakeBehaviour::reply(QStringLiteral("Grüße, world! ½ ∑ 😀 done."));
    b.reasoning = QStringLiteral("think");
    b.toolCalls
        = { { QStringLiteral("c1"), QStringLiteral("f"), QStringLiteral("{\"a\":[1,2,{\"b\":\"c\"}]}") } };
    b.cachedTokens = 3;
    return b;
}

// Checks the event contract; returns an explanation on violation.
QString contractViolation(const QVector<ChatEvent> &events)
{
    if (events.isEmpty())
        return QStringLiteral("no events at all (a terminal event is required)");
    int usage = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const ChatEvent &e = events[i];
        const bool terminal = e.kind == ChatEvent::Kind::Finish || e.kind == ChatEvent::Kind::Error;
        if (terminal != (i == events.size() - 1))
            return QStringLiteral("terminal event at %1 of %2").arg(i).arg(events.size());
        if (e.kind == ChatEvent::Kind::Usage && ++usage > 1)
            return QStringLiteral("more than one Usage event");
        if (e.kind == ChatEvent::Kind::Error && e.errorMessage.isEmpty())
            return QStringLiteral("Error event without a message");
        if (e.kind == ChatEvent::Kind::ToolCallDelta && (e.toolIndex < 0 || e.toolIndex > 1024))
            return QStringLiteral("tool index %1 out of range").arg(e.toolIndex);
    }
    return {};
}

void addFormats()
{
    QTest::addColumn<QString>("format");
    for (const QString &f : providerWireFormats())
        QTest::addRow("%s", qPrintable(f)) << f;
}

} // namespace

class TestAdapterRobustness : public QObject {
    Q_OBJECT
private slots:
    void everyTruncationPoint_data() { addFormats(); }
    void everyTruncationPoint()
    {
        QFETCH(QString, format);
        const auto adapter = createProviderAdapter(format);
        const QByteArray full = realStream(format, richBehaviour());
        const QVector<ChatEvent> complete = test::decodeStream(*adapter, full, 0);
        QCOMPARE(complete.last().kind, ChatEvent::Kind::Finish);
        const QString fullText = test::joinedText(complete);
        QCOMPARE(fullText, richBehaviour().text);
        for (qsizetype cut = 0; cut < full.size(); ++cut) {
            const QVector<ChatEvent> events = test::decodeStream(*adapter, full.left(cut), 1 + cut % 13);
            const QString why = contractViolation(events);
            if (!why.isEmpty())
                QFAIL(qPrintable(QStringLiteral("cut at %1: %2").arg(cut).arg(why)));
            if (!fullText.startsWith(test::joinedText(events)))
                QFAIL(qPrintable(QStringLiteral("cut at %1: text is not a prefix: %2")
                                     .arg(cut)
                                     .arg(test::joinedText(events))));
            // A cut stream may only count as finished once the provider had said why it stopped.
            if (events.last().kind == ChatEvent::Kind::Finish && test::joinedText(events) != fullText)
                QFAIL(qPrintable(QStringLiteral("cut at %1: finished with partial text").arg(cut)));
        }
    }

    void randomCorruption_data() { addFormats(); }
    void randomCorruption()
    {
        QFETCH(QString, format);
        const auto adapter = createProviderAdapter(format);
        const QByteArray full = realStream(format, richBehaviour());
        QRandomGenerator rng(0x5eed + quint32(format.size()));
        for (int round = 0; round < 3000; ++round) {
            QByteArray mutated = full;
            const int edits = 1 + int(rng.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype pos = qsizetype(rng.bounded(quint32(mutated.size())));
                switch (rng.bounded(4)) {
                case 0:
                    mutated[pos] = char(rng.bounded(256));
                    break; // flip a byte
                case 1:
                    mutated.remove(pos, 1 + rng.bounded(8));
                    break; // lose bytes
                case 2:
                    mutated.insert(pos, "\n\n");
                    break; // split an event
                default:
                    mutated.insert(pos, full.mid(qsizetype(rng.bounded(quint32(full.size()))), 20));
                    break; // splice
                }
            }
            const QVector<ChatEvent> events
                = test::decodeStream(*adapter, mutated, 1 + qsizetype(rng.bounded(64)));
            const QString why = contractViolation(events);
            if (!why.isEmpty())
                QFAIL(qPrintable(
                    QStringLiteral("round %1: %2\n%3").arg(round).arg(why, QString::fromUtf8(mutated))));
        }
    }

    void randomBytes_data() { addFormats(); }
    void randomBytes()
    {
        QFETCH(QString, format);
        const auto adapter = createProviderAdapter(format);
        QRandomGenerator rng(42);
        for (int round = 0; round < 500; ++round) {
            QByteArray junk(qsizetype(rng.bounded(2048)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            if (round % 3 == 0)
                junk.prepend("data: "); // make it look like SSE
            const QVector<ChatEvent> events
                = test::decodeStream(*adapter, junk, 1 + qsizetype(rng.bounded(100)), {});
            const QString why = contractViolation(events);
            if (!why.isEmpty())
                QFAIL(qPrintable(QStringLiteral("round %1: %2").arg(round).arg(why)));
            QVERIFY(test::joinedText(events).size() <= junk.size());
        }
    }

    void parseResponseNeverCrashes_data() { addFormats(); }
    void parseResponseNeverCrashes()
    {
        QFETCH(QString, format);
        const auto adapter = createProviderAdapter(format);
        const QList<QByteArray> bodies
            = { "", "null", "[]", "[1,2]", "{}", "\"str\"", "{\"choices\":5}", "{\"choices\":[5]}",
                  "{\"content\":{}}", "{\"candidates\":{}}", "{\"candidates\":[{\"content\":[]}]}",
                  "{\"error\":5}", "{\"error\":[]}", "{\"type\":\"error\"}", "[{\"error\":null}]",
                  "{\"usage\":\"x\",\"choices\":[{\"message\":null}]}", QByteArray(100000, '[') };
        for (const QByteArray &b : bodies) {
            const QVector<ChatEvent> events = adapter->parseResponse(b);
            const QString why = contractViolation(events);
            if (!why.isEmpty())
                QFAIL(qPrintable(QStringLiteral("body %1: %2").arg(QString::fromUtf8(b.left(40)), why)));
            const ProviderError e = adapter->parseError(500, b, {});
            QVERIFY(!e.message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestAdapterRobustness)
#include "TestAdapterRobustness.moc"
