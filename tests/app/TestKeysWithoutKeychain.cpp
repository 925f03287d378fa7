// Keys on a machine without a system keychain (issue 14, point 5): the missing keychain is
// detected and explained with the alternatives, a key entered anyway is never dropped (it is used
// for the session and the person is told it was not saved, under the provider it belongs to), a
// custom endpoint's key reaches the endpoint as "Authorization", the provider list shows a key
// badge, and the opt-in passphrase-encrypted key file keeps keys across runs.
#include <QtTest>

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>

#include "MiniOpenAiServer.h"
#include "app/common/AppKeyStore.h"
#include "app/common/EncryptedKeyFile.h"
#include "app/gui/AppServices.h"
#include "app/gui/providers/CustomEndpointDialog.h"
#include "app/gui/providers/KeyStorageNotice.h"
#include "app/gui/providers/ProvidersArea.h"
#include "router/catalog/CustomEndpoint.h"
#include "router/core/Router.h"
#include "router/core/RouterCall.h"
#include "router/keys/KeyStore.h"

using namespace sb;

namespace {

// A keychain that is not there, as qtkeychain reports it without a Secret Service: every call
// fails, on the next event-loop turn.
class MissingKeychain final : public KeyStore {
public:
    void readKey(const QString &, ReadCallback done) override
    {
        QTimer::singleShot(
            0, [done] { done(std::nullopt, QStringLiteral("no system keychain is available")); });
    }
    void writeKey(const QString &, const QString &, DoneCallback done) override
    {
        QTimer::singleShot(0, [done] { done(false, QStringLiteral("no system keychain is available")); });
    }
    void removeKey(const QString &, DoneCallback done) override
    {
        QTimer::singleShot(0, [done] { done(false, QStringLiteral("no system keychain is available")); });
    }
};

std::optional<QString> readNow(KeyStore &keys, const QString &provider)
{
    std::optional<QString> got;
    bool done = false;
    keys.readKey(provider, [&](std::optional<QString> k, QString) {
        got = k;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 5000))
        return std::nullopt; // the store never answered: the caller sees no key
    return got;
}

} // namespace

class TestKeysWithoutKeychain : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QLatin1String(name)); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestKeysWithoutKeychain"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void missingKeychainIsExplainedAndKeysAreKeptForTheSession()
    {
        MissingKeychain keychain;
        AppKeyStore storage(&keychain);
        storage.setKeyFilePath(path("keys-session.enc"));
        EnvironmentKeyStore keys(&storage);
        AppServices services(path("a.sqlite"), path("a-providers.json"), &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        area.setKeyStorage(&storage);
        area.show();

        // Detected at start and said in plain words, with both alternatives.
        QTRY_VERIFY(area.keyStorageNotice()->isVisibleTo(&area));
        const QString notice = area.keyStorageNotice()->text();
        QVERIFY2(notice.contains(QStringLiteral("No system keychain")), qPrintable(notice));
        QVERIFY(notice.contains(QStringLiteral("SWITCHBOARD_KEY_")));
        QVERIFY(notice.contains(QStringLiteral("encrypted")));
        QVERIFY(!notice.contains(QStringLiteral("org.freedesktop")));

        // A key entered anyway works for this session; the person is told it was not saved.
        QSignalSpy stored(&area, &ProvidersArea::keyStored);
        area.selectProvider(QStringLiteral("groq"));
        area.setKey(QStringLiteral("groq"), QStringLiteral("gsk-session-key-0123456789"));
        QTRY_COMPARE(stored.count(), 1);
        QCOMPARE(readNow(keys, QStringLiteral("groq")).value_or(QString()),
            QStringLiteral("gsk-session-key-0123456789"));
        const QString note = area.keyNoteText(QStringLiteral("groq"));
        QVERIFY2(note.contains(QStringLiteral("until Switchboard quits")), qPrintable(note));
        QVERIFY(!note.contains(QStringLiteral("gsk-session")));
        auto *noteLabel = area.findChild<QLabel *>(QStringLiteral("providerKeyNote"));
        QVERIFY(noteLabel && noteLabel->isVisibleTo(&area));
        QCOMPARE(noteLabel->text(), note);
        // Badges in the list.
        QTRY_COMPARE(area.keyBadge(QStringLiteral("groq")), QStringLiteral("key for this session"));
        QTRY_COMPARE(area.keyBadge(QStringLiteral("openai")), QStringLiteral("key unreadable"));
        bool listed = false;
        for (int i = 0; i < area.providerList()->count(); ++i)
            listed |= area.providerList()->item(i)->text() == QStringLiteral("Groq · key for this session");
        QVERIFY(listed);
    }

    void customEndpointKeyIsNotDropped()
    {
        test::MiniOpenAiServer server;
        server.models = { QStringLiteral("box-model") };
        server.expectedKey = QStringLiteral("sk-endpoint-key");
        QVERIFY(server.listen());
        MissingKeychain keychain;
        AppKeyStore storage(&keychain);
        storage.setKeyFilePath(path("keys-endpoint.enc"));
        EnvironmentKeyStore keys(&storage);
        AppServices services(path("b.sqlite"), path("b-providers.json"), &keys);
        ProvidersArea area;
        area.setServices(services.setup());
        area.setKeyStorage(&storage);
        QSignalSpy stored(&area, &ProvidersArea::keyStored);
        ModelEntry m;
        m.id = QStringLiteral("box-model");
        auto saved = area.saveEndpoint(CustomEndpointInput {
            {}, QStringLiteral("Box"), server.baseUrl(), { m }, QStringLiteral("sk-endpoint-key") });
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QTRY_COMPARE(stored.count(), 1);
        QVERIFY(!area.keyNoteText(saved.value()).isEmpty()); // said where it is (not) kept

        ChatRequest request;
        request.model = QStringLiteral("box-model:") + saved.value();
        request.stream = true;
        request.messages.push_back(
            ChatMessage { QStringLiteral("user"), QStringLiteral("hi"), {}, {}, {}, {} });
        RouterCall *call = services.router()->chat(request);
        QSignalSpy finished(call, &RouterCall::finished);
        QVERIFY(finished.wait(15000));
        const auto result = finished.first().first().value<RouteResult>();
        QVERIFY2(result.ok(), qPrintable(result.errorMessage)); // a 401 without the key
        call->deleteLater();
    }

    void encryptedKeyFileKeepsKeysAcrossRuns()
    {
        const QString file = path("keys.enc");
        {
            MissingKeychain keychain;
            AppKeyStore storage(&keychain);
            storage.setKeyFilePath(file);
            KeyStorageNotice notice;
            notice.setKeyStore(&storage);
            bool written = false;
            storage.writeKey(QStringLiteral("openai"), QStringLiteral("sk-before-the-file-0123"),
                [&](bool ok, QString) { written = ok; });
            QTRY_VERIFY(written);
            QVERIFY(notice.useKeyFile(QStringLiteral("correct horse battery staple")).ok());
            QVERIFY(storage.keyFileUnlocked());
            written = false;
            storage.writeKey(QStringLiteral("groq"), QStringLiteral("gsk-in-the-file-4567"),
                [&](bool ok, QString warning) { written = ok && warning.isEmpty(); });
            QVERIFY(written); // the file answers at once
        }
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray bytes = raw.readAll();
        QVERIFY(!bytes.contains("gsk-in-the-file"));
        QVERIFY(!bytes.contains("sk-before-the-file"));
        QVERIFY(raw.permissions().testFlag(QFileDevice::ReadOwner));
        QVERIFY(!raw.permissions().testFlag(QFileDevice::ReadOther));

        EncryptedKeyFile again(file);
        QVERIFY(!again.unlock(QStringLiteral("wrong passphrase")).ok());
        QVERIFY(again.unlock(QStringLiteral("correct horse battery staple")).ok());
        QCOMPARE(
            again.key(QStringLiteral("groq")).value_or(QString()), QStringLiteral("gsk-in-the-file-4567"));
        // Keys entered before opting in moved into the file.
        QCOMPARE(again.key(QStringLiteral("openai")).value_or(QString()),
            QStringLiteral("sk-before-the-file-0123"));
    }
};

QTEST_MAIN(TestKeysWithoutKeychain)
#include "TestKeysWithoutKeychain.moc"
