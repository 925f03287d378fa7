// Router overhead against the fake provider on loopback: what the Router adds (key cache,
// filtering, ranking, budget reservation, the pending ledger row, adapter, accounting) on top of
// a bare client that builds the same request with the same adapter and posts it with its own
// QNetworkAccessManager. Figures are printed, never asserted (speed belongs in
// docs/benchmarks.md); the test asserts only that every request was served.
//   request: time from chat() until the fake provider has parsed the request
//   chunk:   (time of a 400-chunk stream via the Router - the same stream bare) / 400

#include "FakeProvider.h"

#include "router/adapters/ProviderAdapter.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace sb;
using sb::test::FakeBehaviour;
using sb::test::FakeProvider;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

double p99(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[std::min<qsizetype>(v.size() - 1, qsizetype(double(v.size()) * 0.99))];
}

} // namespace

class TestRouterOverhead : public QObject {
    Q_OBJECT
private slots:
    void measure();
};

void TestRouterOverhead::measure()
{
    FakeProvider fake;
    QVERIFY(fake.start());
    fake.setDefaultBehaviour(FakeBehaviour::reply("ok"));
    QTemporaryDir dir;
    auto ledger = Ledger::open(dir.filePath("ledger.sqlite"));
    QVERIFY(ledger.ok());
    InMemoryKeyStore keys;
    keys.writeKey("fake", "sk-bench", {});
    QJsonArray providers { QJsonObject { { "id", "fake" }, { "base_url", fake.baseUrl("openai").toString() },
        { "wire", "openai" }, { "auth", "bearer" },
        { "models",
            QJsonArray { QJsonObject { { "id", "m" }, { "context_window", 32768 }, { "input_per_mtok", 1 },
                { "output_per_mtok", 2 } } } } } };
    auto catalog = Catalog::fromObject(
        QJsonObject { { "price_date", "2025-07-01" }, { "providers", providers } }, "bench");
    QVERIFY(catalog.ok());
    SeededRandom rng;
    QNetworkAccessManager routerNam, bareNam;
    Router router(catalog.value(), ledger.value().get(), &keys, &routerNam, &SystemClock::instance(), &rng);
    router.budgets().setLimits({ { QString(), BudgetPeriod::Daily, 1000.0, 0.8 } });

    ChatRequest req;
    req.model = QStringLiteral("m");
    req.messages.append(ChatMessage { QStringLiteral("user"), QStringLiteral("ping"), {}, {}, {}, {} });
    req.maxTokens = 16;
    req.stream = true;
    const auto adapter = createProviderAdapter(QStringLiteral("openai"));

    QElapsedTimer clock;
    clock.start();
    qint64 sentAt = 0;
    QVector<double> arrivals;
    connect(&fake, &FakeProvider::requestReceived, this,
        [&] { arrivals.append(double(clock.nsecsElapsed() - sentAt) / 1e6); });

    const auto viaRouter = [&] {
        sentAt = clock.nsecsElapsed();
        RouterCall *call = router.chat(req);
        QSignalSpy done(call, &RouterCall::finished);
        const bool ok = done.wait(10000) && done.first().first().value<RouteResult>().ok();
        delete call;
        return ok;
    };
    const auto bare = [&] {
        sentAt = clock.nsecsElapsed();
        const ProviderHttpRequest http = adapter->buildRequest(fake.baseUrl("openai"), "m", req, "sk-bench");
        auto decoder = adapter->createStreamDecoder();
        QNetworkReply *reply = bareNam.post(http.request, http.body);
        connect(
            reply, &QNetworkReply::readyRead, reply, [&decoder, reply] { decoder->feed(reply->readAll()); });
        QSignalSpy done(reply, &QNetworkReply::finished);
        const bool ok = done.wait(10000) && reply->error() == QNetworkReply::NoError;
        decoder->feed(reply->readAll());
        decoder->finish();
        delete reply;
        return ok;
    };

    constexpr int kRuns = 300;
    for (int i = 0; i < 20; ++i) { // warm up: connections, caches, the SQLite page cache
        QVERIFY(viaRouter());
        QVERIFY(bare());
    }
    QVector<double> routerMs, bareMs;
    for (int i = 0; i < kRuns; ++i) {
        arrivals.clear();
        QVERIFY(viaRouter());
        QCOMPARE(arrivals.size(), 1);
        routerMs << arrivals.first();
        arrivals.clear();
        QVERIFY(bare());
        QCOMPARE(arrivals.size(), 1);
        bareMs << arrivals.first();
    }

    // Streaming: 400 chunks each way, three rounds, medians.
    FakeBehaviour longStream = FakeBehaviour::reply(QStringLiteral("tok ").repeated(400));
    fake.setDefaultBehaviour(longStream);
    QVector<double> routerStream, bareStream;
    for (int round = 0; round < 5; ++round) {
        qint64 t = clock.nsecsElapsed();
        QVERIFY(viaRouter());
        routerStream << double(clock.nsecsElapsed() - t) / 1e6;
        t = clock.nsecsElapsed();
        QVERIFY(bare());
        bareStream << double(clock.nsecsElapsed() - t) / 1e6;
    }
    const double perChunkUs = (median(routerStream) - median(bareStream)) * 1000.0 / 400.0;
    qInfo("request out (ms): router p50 %.3f p99 %.3f | bare p50 %.3f p99 %.3f | added p50 %.3f",
        median(routerMs), p99(routerMs), median(bareMs), p99(bareMs), median(routerMs) - median(bareMs));
    qInfo("400-chunk stream (ms): router %.2f | bare %.2f | added per chunk %.1f us", median(routerStream),
        median(bareStream), perChunkUs);
}

QTEST_GUILESS_MAIN(TestRouterOverhead)
#include "TestRouterOverhead.moc"
