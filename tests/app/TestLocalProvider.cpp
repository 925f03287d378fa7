// The router's local provider on the engine: events arrive on the caller's thread in the
// LocalProvider contract order (deltas, one Usage, one Finish), cancel stops delivery.
#include <QtTest>

#include "app/local/EngineLocalProvider.h"
#include "engine/model/TinyModel.h"

using namespace sb;

class TestLocalProvider : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EngineLocalProvider m_provider;

    static ChatRequest request(int maxTokens)
    {
        ChatRequest r;
        r.model = QStringLiteral("smollm3-3b");
        sb::ChatMessage m;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("Hello");
        r.messages.push_back(m);
        r.maxTokens = maxTokens;
        r.temperature = 0.0;
        r.extra.insert(QStringLiteral("enable_thinking"), false);
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TinyModelOptions options;
        options.config = TinyModelOptions::tinyModelConfig(128256);
        options.tokenizerJsonPath = SB_TEST_DATA_DIR "/smollm3/tokenizer.json";
        const QString dir = m_dir.path() + "/tiny";
        QVERIFY(writeTinyModelHf(options, dir.toStdString()).ok());
        QVERIFY(!m_provider.canServe(QStringLiteral("smollm3-3b")));
        ChatRuntimeOptions rt;
        rt.backend.kind = BackendKind::Cpu;
        rt.backend.cpuModel.contextLength = 512;
        auto loaded = m_provider.load(dir, rt);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().message.c_str());
        QVERIFY(m_provider.canServe(QStringLiteral("smollm3-3b")));
        QVERIFY(!m_provider.canServe(QStringLiteral("gpt-4o")));
        QCOMPARE(m_provider.backendName(), QStringLiteral("cpu"));
    }

    void streamsDeltasUsageAndFinish()
    {
        QVector<ChatEvent> events;
        QThread *callerThread = QThread::currentThread();
        bool wrongThread = false;
        auto gen = m_provider.start(QStringLiteral("smollm3-3b"), request(6), [&](const ChatEvent &e) {
            wrongThread |= QThread::currentThread() != callerThread;
            events.push_back(e);
        });
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.back().kind == ChatEvent::Kind::Finish, 60000);
        QVERIFY(!wrongThread);
        int usages = 0;
        for (const ChatEvent &e : events)
            usages += e.kind == ChatEvent::Kind::Usage;
        QCOMPARE(usages, 1);
        const ChatEvent &usage = events[events.size() - 2];
        QCOMPARE(usage.kind, ChatEvent::Kind::Usage);
        QVERIFY(usage.usage.reported);
        QVERIFY(usage.usage.inputTokens > 10);
        QVERIFY(usage.usage.outputTokens <= 6);
        const QString reason = events.back().finishReason;
        QVERIFY2(reason == "length" || reason == "stop", qPrintable(reason));
    }

    void unknownModelIsAnError()
    {
        QVector<ChatEvent> events;
        auto gen = m_provider.start(
            QStringLiteral("other-model"), request(4), [&](const ChatEvent &e) { events.push_back(e); });
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 10000);
        QCOMPARE(events[0].kind, ChatEvent::Kind::Error);
        QCOMPARE(events[0].httpStatus, 404);
    }

    void cancelStopsDelivery()
    {
        QVector<ChatEvent> events;
        auto gen = m_provider.start(
            QStringLiteral("smollm3-3b"), request(200), [&](const ChatEvent &e) { events.push_back(e); });
        gen->cancel();
        QTest::qWait(500);
        QVERIFY(events.isEmpty());
        // The engine is free again: a new request completes.
        QVector<ChatEvent> next;
        auto again = m_provider.start(
            QStringLiteral("smollm3-3b"), request(3), [&](const ChatEvent &e) { next.push_back(e); });
        QTRY_VERIFY_WITH_TIMEOUT(!next.isEmpty() && next.back().kind == ChatEvent::Kind::Finish, 60000);
    }
};

QTEST_GUILESS_MAIN(TestLocalProvider)
#include "TestLocalProvider.moc"
