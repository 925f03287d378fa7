// One path for every request: the embedded SmolLM3 is served through the Router like a remote
// provider, with an attempt row in the ledger (cost 0, exact token counts).
#include <QtTest>

#include "app/local/EngineLocalProvider.h"
#include "engine/model/TinyModel.h"
#include "router/base/Clock.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/ledger/Ledger.h"

using namespace sb;

class TestLocalThroughRouter : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    EngineLocalProvider m_local;

    static ChatRequest request(const QString &model)
    {
        ChatRequest r;
        r.model = model;
        sb::ChatMessage m;
        m.role = QStringLiteral("user");
        m.content = QStringLiteral("Hello there");
        r.messages.push_back(m);
        r.maxTokens = 5;
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
        ChatRuntimeOptions rt;
        rt.backend.kind = BackendKind::Cpu;
        rt.backend.cpuModel.contextLength = 512;
        QVERIFY(m_local.load(dir, rt).ok());
    }

    void localModelIsRoutedAndMetered()
    {
        auto catalog = Catalog::loadBuiltin();
        QVERIFY2(catalog.ok(), qPrintable(catalog.error()));
        auto ledger = Ledger::open(m_dir.filePath("ledger.sqlite"));
        QVERIFY2(ledger.ok(), qPrintable(ledger.error()));
        SeededRandom rng(1);
        Router router(
            catalog.value(), ledger.value().get(), nullptr, nullptr, &SystemClock::instance(), &rng);

        // Without a local provider the model has no candidate.
        {
            RouterCall *call = router.chat(request(QStringLiteral("HuggingFaceTB/SmolLM3-3B")));
            QSignalSpy finished(call, &RouterCall::finished);
            QVERIFY(finished.wait(10000));
            QVERIFY(finished.at(0).at(0).value<RouteResult>().outcome != RouteResult::Outcome::Ok);
        }

        router.setLocalProvider(&m_local);
        RouterCall *call = router.chat(request(QStringLiteral("HuggingFaceTB/SmolLM3-3B")));
        QString text;
        connect(call, &RouterCall::chatEvent, this, [&text](const ChatEvent &e) {
            if (e.kind == ChatEvent::Kind::TextDelta)
                text += e.text;
        });
        QSignalSpy finished(call, &RouterCall::finished);
        QVERIFY(finished.wait(60000));
        const RouteResult result = finished.at(0).at(0).value<RouteResult>();
        QCOMPARE(int(result.outcome), int(RouteResult::Outcome::Ok));
        QCOMPARE(result.provider, QStringLiteral("local"));
        QCOMPARE(result.costUsd, 0.0);
        QVERIFY(result.usage.reported);
        QVERIFY(result.usage.inputTokens > 10);
        QVERIFY(result.usage.outputTokens >= 1 && result.usage.outputTokens <= 5);
        QVERIFY(!text.isEmpty());

        auto rows = ledger.value()->attempts(0, QDateTime::currentMSecsSinceEpoch() + 1000);
        QVERIFY(rows.ok());
        bool found = false;
        for (const AttemptRecord &r : rows.value())
            if (r.provider == QLatin1String("local") && r.status == AttemptStatus::Ok) {
                found = true;
                QCOMPARE(r.costUsd, 0.0);
                QVERIFY(!r.tokensEstimated);
            }
        QVERIFY2(found, "no ledger row for the local attempt");
    }
};

QTEST_GUILESS_MAIN(TestLocalThroughRouter)
#include "TestLocalThroughRouter.moc"
