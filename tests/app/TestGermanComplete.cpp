// Issue 14, point 14: every string a person reads is translated into German, the router's
// (routing and budget errors) included. Two checks: the German translation source has no
// unfinished or empty entry and covers the router's sources; and the real window in German shows
// no text, in any area, that is still the English source of a string German translates.
#include <QtTest>

#include <QAbstractButton>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QXmlStreamReader>

#include "app/gui/MainWindow.h"
#include "app/gui/Translations.h"

using namespace sb;

namespace {

struct Entry {
    QString context;
    QString source;
    QString translation;
    QString type; // "unfinished", "vanished", "obsolete" or ""
};

QVector<Entry> readTs(const QString &path)
{
    QVector<Entry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&f);
    QString context;
    Entry e;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            e = Entry { context, {}, {}, {} };
        } else if (xml.name() == QLatin1String("source")) {
            e.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            e.type = xml.attributes().value(QLatin1String("type")).toString();
            e.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            out << e;
        }
    }
    return out;
}

QString tsPath()
{
    return QStringLiteral(SB_TEST_DATA_DIR "/../../translations/switchboard_de.ts");
}

} // namespace

class TestGermanComplete : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestGermanComplete"));
        QSettings().clear();
    }

    void everyEntryIsTranslated()
    {
        const QVector<Entry> entries = readTs(tsPath());
        QVERIFY2(entries.size() > 500, qPrintable(tsPath()));
        QStringList missing;
        for (const Entry &e : entries)
            if (e.type != QLatin1String("vanished") && e.type != QLatin1String("obsolete")
                && (e.type == QLatin1String("unfinished") || e.translation.isEmpty()))
                missing << e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void routerStringsAreInTheSources()
    {
        QSet<QString> contexts;
        for (const Entry &e : readTs(tsPath()))
            contexts.insert(e.context);
        for (const char *c : { "sb::Budget", "sb::RouterCall", "sb::CandidateFilter", "sb::KeyStore" })
            QVERIFY2(contexts.contains(QLatin1String(c)), c);
    }

    void noAreaShowsEnglishInGerman()
    {
        // English sources that German translates differently, by text.
        QSet<QString> english;
        for (const Entry &e : readTs(tsPath()))
            if (e.translation != e.source && !e.source.contains(QLatin1Char('%')))
                english.insert(e.source);
        QVERIFY(installTranslations(*qApp, QLocale(QLocale::German)));
        MainWindow w;
        w.resize(1200, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList shown;
        auto collect = [&](QWidget *area) {
            for (QLabel *l : area->findChildren<QLabel *>())
                shown << l->text();
            for (QAbstractButton *b : area->findChildren<QAbstractButton *>())
                shown << b->text() << b->toolTip();
            for (QGroupBox *g : area->findChildren<QGroupBox *>())
                shown << g->title();
            for (QTabWidget *t : area->findChildren<QTabWidget *>())
                for (int i = 0; i < t->count(); ++i)
                    shown << t->tabText(i);
            for (QComboBox *c : area->findChildren<QComboBox *>())
                for (int i = 0; i < c->count(); ++i)
                    shown << c->itemText(i);
            for (QLineEdit *e : area->findChildren<QLineEdit *>())
                shown << e->placeholderText();
            for (QPlainTextEdit *e : area->findChildren<QPlainTextEdit *>())
                shown << e->placeholderText();
        };
        for (int i = 0; i < 5; ++i) {
            w.showArea(MainWindow::Area(i));
            QCoreApplication::processEvents();
            collect(w.areaWidget(MainWindow::Area(i)));
        }
        QStringList untranslated;
        for (const QString &text : std::as_const(shown)) {
            QString plain = text;
            plain.remove(QLatin1Char('&'));
            if (english.contains(text) || english.contains(plain))
                untranslated << text;
        }
        untranslated.removeDuplicates();
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestGermanComplete)
#include "TestGermanComplete.moc"
