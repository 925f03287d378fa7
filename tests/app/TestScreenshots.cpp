// Screenshots of the Chat, Providers & Budgets, Models (a download under way) and Usage & Billing
// areas with data from a test
// ledger and conversation store, and of the first-run welcome and the Settings dialog, saved as PNG
// (for docs/screenshots and for a person to look at).
// Directory: $SB_SCREENSHOT_DIR, else <temp>/switchboard-screenshots.
#include <QtTest>

#include <QLineSeries>
#include <QRandomGenerator>
#include <QStandardItemModel>
#include <QTabWidget>

#include "FakeChatBackend.h"
#include "FakeHub.h"
#include "app/common/ConversationStore.h"
#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/common/download/HubDownloader.h"
#include "app/gui/AppServices.h"
#include "app/gui/MainWindow.h"
#include "app/gui/chat/ChatArea.h"
#include "app/gui/chat/ConversationListModel.h"
#include "app/gui/chat/ModelPicker.h"
#include "app/gui/finetune/FineTuneArea.h"
#include "app/gui/finetune/FineTuneSettingsForm.h"
#include "app/gui/finetune/LossChart.h"
#include "app/gui/models/DownloadPanel.h"
#include "app/gui/models/ModelsArea.h"
#include "app/gui/providers/ProvidersArea.h"
#include "app/gui/settings/Appearance.h"
#include "app/gui/settings/SettingsDialog.h"
#include "app/gui/usage/UsageArea.h"
#include "engine/model/TinyModel.h"
#include "router/budget/Budget.h"
#include "router/catalog/Catalog.h"
#include "router/core/Router.h"
#include "router/keys/KeyStore.h"
#include "router/ledger/Ledger.h"

using namespace sb;

class TestScreenshots : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_out;

    bool save(QWidget &w, const QString &name, QSize size = QSize(1080, 760))
    {
        w.resize(size);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        QTest::qWait(50);
        const QImage image = w.grab().toImage();
        const QString path = QDir(m_out).filePath(name + QStringLiteral(".png"));
        if (!image.save(path))
            return false;
        // Not blank: more than a handful of distinct colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        return colours.size() > 8;
    }

    void seedLedger(const QString &path)
    {
        auto ledger = Ledger::open(path);
        QVERIFY(ledger);
        QRandomGenerator rng(7);
        const QDate today = QDate::currentDate();
        struct P {
            const char *id;
            const char *model;
            double costPerReq;
            int ttft;
        };
        const P providers[] = { { "groq", "meta-llama/Llama-3.3-70B-Instruct", 0.0009, 180 },
            { "together", "meta-llama/Llama-3.3-70B-Instruct", 0.0012, 420 },
            { "openai", "gpt-4o-mini", 0.0006, 350 }, { "anthropic", "claude-sonnet-4", 0.0090, 700 },
            { "local", "HuggingFaceTB/SmolLM3-3B", 0.0, 90 } };
        int n = 0;
        for (int day = 20; day >= 0; --day) {
            for (const P &p : providers) {
                const int count = 2 + int(rng.bounded(6));
                for (int i = 0; i < count; ++i) {
                    AttemptRecord r;
                    r.requestId = QStringLiteral("seed-%1").arg(++n);
                    r.startedAtMs = QDateTime(today.addDays(-day), QTime(9 + i, 0)).toMSecsSinceEpoch();
                    r.provider = QString::fromLatin1(p.id);
                    r.model = QString::fromLatin1(p.model);
                    const bool fail = rng.bounded(20) == 0;
                    r.status = fail ? AttemptStatus::Error : AttemptStatus::Ok;
                    r.tokensIn = 400 + rng.bounded(2000);
                    r.tokensOut = fail ? 0 : 100 + rng.bounded(800);
                    r.costUsd = fail ? 0 : p.costPerReq * (0.5 + rng.generateDouble()) * 10;
                    if (!fail)
                        r.ttftMs = p.ttft + rng.bounded(p.ttft);
                    r.durationMs = fail ? 300 : p.ttft + 800 + rng.bounded(3000);
                    QVERIFY(ledger.value()->insert(r));
                }
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestScreenshots"));
        QSettings().clear();
        m_out = qEnvironmentVariable(
            "SB_SCREENSHOT_DIR", QDir::temp().filePath(QStringLiteral("switchboard-screenshots")));
        QVERIFY(QDir().mkpath(m_out));
        seedLedger(m_dir.filePath(QStringLiteral("ledger.sqlite")));
    }

    void chat()
    {
        test::FakeChatBackend backend;
        ChatArea area;
        QVERIFY(area.openStore(m_dir.filePath(QStringLiteral("chat.sqlite"))));
        area.setBackend(&backend);
        area.setCatalog(Catalog::loadBuiltin().value(), QStringLiteral("HuggingFaceTB/SmolLM3-3B"));
        ConversationStore *store = area.store();
        for (const char *t : { "Trip to Lisbon", "SQL window functions", "Rust borrow checker" })
            QVERIFY(store->create(QString::fromLatin1(t)));
        const qint64 id = store->create(QStringLiteral("Reverse a list in Python"))->id;
        QVERIFY(store->setPinned(id, true));
        QVector<StoredMessage> msgs(2);
        msgs[0].conversationId = id;
        msgs[0].role = QStringLiteral("user");
        msgs[0].content = QStringLiteral("How do I reverse a list in Python without changing the original?");
        msgs[1].conversationId = id;
        msgs[1].role = QStringLiteral("assistant");
        msgs[1].reasoning = QStringLiteral("The user wants a copy, so slicing or reversed() fits.");
        msgs[1].content
            = QStringLiteral("Use **slicing**, which returns a new list:\n\n```python\nitems = [1, 2, "
                             "3]\nbackwards = items[::-1]\n```\n\n"
                             "Or iterate lazily with `reversed(items)` when you only need to loop once.");
        msgs[1].provider = QStringLiteral("groq");
        msgs[1].model = QStringLiteral("meta-llama/Llama-3.3-70B-Instruct");
        msgs[1].tokensIn = 42;
        msgs[1].tokensOut = 61;
        msgs[1].costUsd = 0.0000731;
        msgs[1].ttftMs = 182;
        msgs[1].tokensPerSec = 276.4;
        QVERIFY(store->appendMessages(msgs));
        area.conversationListModel()->refresh();
        QVERIFY(area.selectConversation(id));
        area.modelPicker()->setModelSpec(QStringLiteral("meta-llama/Llama-3.3-70B-Instruct:cheapest"));
        QVERIFY(save(area, QStringLiteral("chat")));
    }

    void providers()
    {
        InMemoryKeyStore keys;
        AppServices services(m_dir.filePath(QStringLiteral("ledger.sqlite")),
            m_dir.filePath(QStringLiteral("none.json")), &keys);
        bool written = false;
        keys.writeKey(QStringLiteral("groq"), QStringLiteral("gsk_demo_0000000000000000abcd"),
            [&](bool, QString) { written = true; });
        QVERIFY(written);
        BudgetLimit global;
        global.limitUsd = 50;
        BudgetLimit groq;
        groq.provider = QStringLiteral("groq");
        groq.period = BudgetPeriod::Daily;
        groq.limitUsd = 2;
        services.router()->budgets().setLimits({ global, groq });
        ProvidersArea area;
        area.setServices(services.setup());
        area.selectProvider(QStringLiteral("groq"));
        QTRY_VERIFY(area.keyText().contains(QStringLiteral("abcd")));
        QVERIFY(save(area, QStringLiteral("providers")));
    }

    void models()
    {
        // SmolLM3's file layout on a fake Hub, throttled so the shot shows a download under way.
        test::FakeHub hub;
        QVERIFY(hub.listen());
        const QString repo = QStringLiteral("HuggingFaceTB/SmolLM3-3B");
        auto add = [&](const char *name, const QByteArray &content, bool lfs) {
            hub.addFile(repo, QStringLiteral("main"), QString::fromLatin1(name), content, lfs);
        };
        QFile tokenizer(QStringLiteral(SB_TEST_DATA_DIR "/smollm3/tokenizer.json"));
        QVERIFY(tokenizer.open(QIODevice::ReadOnly));
        QFile config(QStringLiteral(SB_TEST_DATA_DIR "/smollm3/config.json"));
        QVERIFY(config.open(QIODevice::ReadOnly));
        add(".gitattributes", "*.safetensors filter=lfs diff=lfs merge=lfs -text\n", false);
        add("README.md", "# SmolLM3\n", false);
        add("config.json", config.readAll(), false);
        add("generation_config.json", R"({"bos_token_id":128000,"eos_token_id":128012})", false);
        add("model-00001-of-00002.safetensors", test::FakeHub::randomBytes(12 << 20, 11), true);
        add("model-00002-of-00002.safetensors", test::FakeHub::randomBytes(8 << 20, 12), true);
        add("model.safetensors.index.json", R"({"metadata":{"total_size":20971520},"weight_map":{}})", false);
        add("tokenizer.json", tokenizer.readAll(), true);
        add("tokenizer_config.json", R"({"model_max_length":65536})", false);
        hub.throttleBytes = 32 * 1024;
        hub.throttleTickMs = 10;
        qputenv("SB_HF_ENDPOINT", hub.endpoint().toUtf8());
        ModelsArea area;
        QDir(area.downloadPanel()->destination()).removeRecursively();
        area.startDefaultDownload();
        HubDownloader *downloader = area.downloadPanel()->downloader();
        QTRY_VERIFY_WITH_TIMEOUT(
            downloader->progress().file == QLatin1String("model-00001-of-00002.safetensors")
                && downloader->progress().fileDone > (12 << 20) * 2 / 5,
            60000);
        const bool saved = save(area, QStringLiteral("models"));
        downloader->cancel();
        QDir(area.downloadPanel()->destination()).removeRecursively();
        qunsetenv("SB_HF_ENDPOINT");
        QVERIFY(saved);
    }

    void usage()
    {
        auto ledger = Ledger::open(m_dir.filePath(QStringLiteral("ledger.sqlite")));
        QVERIFY(ledger);
        ManualClock clock(QDateTime::currentMSecsSinceEpoch());
        LedgerSpendSource spend(ledger->get());
        BudgetManager budgets(&spend, &clock);
        BudgetLimit global;
        global.limitUsd = 20;
        BudgetLimit groq;
        groq.provider = QStringLiteral("groq");
        groq.period = BudgetPeriod::Daily;
        groq.limitUsd = 1;
        budgets.setLimits({ global, groq });
        UsageArea area;
        area.setLedger(ledger->get());
        area.setBudgets(&budgets);
        area.setBucket(TimeBucket::Day);
        area.setRange(QDate::currentDate().addDays(-13), QDate::currentDate());
        QVERIFY(save(area, QStringLiteral("usage-cost")));
        auto *tabs = area.findChild<QTabWidget *>(QStringLiteral("usageTabs"));
        tabs->setCurrentIndex(1);
        QVERIFY(save(area, QStringLiteral("usage-speed")));
        tabs->setCurrentIndex(2);
        QVERIFY(save(area, QStringLiteral("usage-billing")));
    }

    void welcome()
    {
        // First run: an empty data folder, no settings.
        QTemporaryDir empty;
        QSettings().clear();
        dataPaths::setOverride(empty.path());
        MainWindow w;
        const bool shown = w.isWelcomeShown();
        const bool saved = save(w, QStringLiteral("welcome"));
        // The same in the dark theme, as the Settings dialog applies it.
        appearance::applyTheme(appearance::Theme::Dark);
        const bool savedDark = save(w, QStringLiteral("welcome-dark"));
        appearance::applyTheme(appearance::Theme::System);
        w.close();
        dataPaths::setOverride(QString());
        QVERIFY(shown);
        QVERIFY(saved);
        QVERIFY(savedDark);
    }

    void settings()
    {
        QSettings().clear();
        Settings().setValue(Settings::Key::Theme, QStringLiteral("system"));
        Settings().setValue(Settings::Key::UiLanguage, QStringLiteral("de"));
        SettingsDialog dialog;
        dialog.findChild<QWidget *>(QStringLiteral("languageNote"))->setVisible(true);
        QVERIFY(save(dialog, QStringLiteral("settings"), QSize(620, dialog.sizeHint().height())));
        QSettings().clear();
    }

    void finetune()
    {
        // A real (short) LoRA run on a tiny random model: the curve is what the trainer produced.
        const QString modelDir = m_dir.filePath(QStringLiteral("tiny-model"));
        TinyModelOptions mo;
        mo.config = TinyModelOptions::tinyModelConfig(288);
        mo.config.numLayers = 2;
        mo.config.hiddenSize = 32;
        mo.config.numHeads = 4;
        mo.config.numKvHeads = 2;
        mo.config.headDim = 8;
        mo.config.intermediateSize = 64;
        mo.config.noRopeLayers = { 1, 0 };
        QVERIFY(writeTinyModelHf(mo, modelDir.toStdString(), DType::BF16).ok());
        const QString data = m_dir.filePath(QStringLiteral("support-answers.jsonl"));
        QFile f(data);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const char *pairs[][2]
            = { { "How do I reset my password?", "Open Settings, then Account, then Reset password." },
                  { "Where is my invoice?", "Invoices are under Billing, one per month." },
                  { "Can I export my chats?", "Yes: File, Export, as Markdown or JSON." },
                  { "Is my key stored safely?", "Keys live in the system keychain, never in plain text." },
                  { "Does it work offline?", "Yes, with the local model." },
                  { "How do I change the theme?", "Settings, Appearance, Theme." } };
        for (const auto &p : pairs)
            f.write(QStringLiteral("{\"messages\": [{\"role\": \"system\", \"content\": \"You are "
                                   "Switchboard's help desk. /no_think\"}, "
                                   "{\"role\": \"user\", \"content\": \"%1\"}, {\"role\": \"assistant\", "
                                   "\"content\": \"%2\"}]}\n")
                        .arg(QString::fromLatin1(p[0]), QString::fromLatin1(p[1]))
                        .toUtf8());
        f.write(
            "{\"text\": \"Switchboard routes each request to the cheapest provider that can serve it.\"}\n");
        f.close();

        FineTuneArea area;
        area.setModelPath(modelDir);
        area.setDataPath(data);
        area.setOutputDir(m_dir.filePath(QStringLiteral("help-desk-lora")));
        FineTuneSettings s = area.settingsForm()->settings();
        s.trainer.lora.rank = 8;
        s.trainer.lora.alpha = 16;
        s.trainer.optimizer.lr = 5e-3;
        s.trainer.optimizer.warmupSteps = 4;
        s.trainer.batch = 2;
        s.trainer.epochs = 12;
        s.validationFraction = 0.15;
        s.saveEvery = 6;
        s.seqLen = 512;
        area.settingsForm()->setSettings(s);
        QTRY_COMPARE_WITH_TIMEOUT(area.previewModel()->rowCount(), 7, 30000);
        area.start();
        QTRY_COMPARE_WITH_TIMEOUT(area.runState(), FineTuneArea::RunState::Finished, 300000);
        QVERIFY(area.lossChart()->trainingSeries()->count() > 20);
        QVERIFY(save(area, QStringLiteral("finetune")));
    }
};

QTEST_MAIN(TestScreenshots)
#include "TestScreenshots.moc"
