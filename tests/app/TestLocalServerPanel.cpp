// The in-app server toggle: starts the real server on the app's chat backend, guards it with the
// token it keeps in the keychain, rotates the token, and stops.
#include <QtTest>

#include <QCheckBox>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include "FakeChatBackend.h"
#include "app/gui/providers/LocalServerPanel.h"
#include "router/keys/KeyStore.h"

using namespace sb;

class TestLocalServerPanel : public QObject {
    Q_OBJECT

private:
    QNetworkAccessManager m_nam;

    int get(const QString &url, const QString &token)
    {
        QNetworkRequest request { QUrl(url) };
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = m_nam.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestLocalServerPanel"));
        QSettings().clear();
    }

    void startsGuardsRotatesAndStops()
    {
        test::FakeChatBackend backend;
        InMemoryKeyStore keys(true);
        LocalServerPanel panel(&backend, &keys);
        QVERIFY(!panel.isRunning());
        panel.setPort(0); // any free port
        QVERIFY2(panel.setRunning(true), qPrintable(panel.statusText()));
        QVERIFY(panel.findChild<QCheckBox *>(QStringLiteral("serverEnabled"))->isChecked());
        const QString base = panel.baseUrl();
        QVERIFY(base.startsWith(QStringLiteral("http://127.0.0.1:")));
        const QString token = panel.token();
        QVERIFY(token.size() >= 32);

        // The generated token is kept in the keychain, not in settings.
        std::optional<QString> stored;
        keys.readKey(LocalServerPanel::tokenKeyId(), [&](std::optional<QString> k, QString) { stored = k; });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(*stored, token);
        for (const QString &k : QSettings().allKeys())
            QVERIFY(!QSettings().value(k).toString().contains(token));

        QCOMPARE(get(base + "/models", QString()), 401);
        QCOMPARE(get(base + "/models", token), 200);

        panel.rotateToken();
        QVERIFY(panel.token() != token);
        QCOMPARE(get(base + "/models", token), 401);
        QCOMPARE(get(base + "/models", panel.token()), 200);

        QVERIFY(panel.setRunning(false));
        QVERIFY(!panel.isRunning());
        QVERIFY(get(base + "/models", panel.token()) != 200);
    }
};

QTEST_MAIN(TestLocalServerPanel)
#include "TestLocalServerPanel.moc"
