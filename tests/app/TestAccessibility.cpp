// Every interactive control in the app has a name a screen reader can say: its accessible name,
// its visible text, or the label that is its buddy. Walks every widget of a MainWindow (all five
// areas, the welcome and the Settings dialog) and the other dialogs.
#include <QtTest>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTabBar>
#include <QTextEdit>

#include "app/common/DataPaths.h"
#include "app/common/Settings.h"
#include "app/gui/AboutDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/chat/ConversationSettingsDialog.h"
#include "app/gui/settings/SettingsDialog.h"

using namespace sb;

namespace {

bool isChecked(const QWidget *w)
{
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
        || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
        || (qobject_cast<const QAbstractItemView *>(w) && !qobject_cast<const QHeaderView *>(w))
        || qobject_cast<const QSlider *>(w) || qobject_cast<const QPlainTextEdit *>(w)
        || qobject_cast<const QTextEdit *>(w);
}

// Parts of a composite control (a spin box's editor, a combo box's popup list, a line edit's
// clear button, a tab bar's scroll arrows) are named by the control they belong to.
bool isPartOfAControl(const QWidget *w, const QWidget *top)
{
    for (const QWidget *p = w->parentWidget(); p && p != top; p = p->parentWidget())
        if (qobject_cast<const QAbstractSpinBox *>(p) || qobject_cast<const QComboBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p)
            || p->inherits("QComboBoxPrivateContainer"))
            return true;
    return false;
}

// What a screen reader says for the control: its accessible name, a button's own text, or the
// label that is its buddy (QFormLayout::addRow(text, widget), QLabel::setBuddy). Not Qt's other
// fallbacks: a combo box's current value or an enclosing group box's title do not say what the
// control is for.
QString spokenName(QWidget *w, const QList<QLabel *> &labels)
{
    if (!w->accessibleName().trimmed().isEmpty())
        return w->accessibleName();
    if (auto *b = qobject_cast<QAbstractButton *>(w);
        b && !b->text().remove(QLatin1Char('&')).trimmed().isEmpty())
        return b->text();
    for (QLabel *l : labels)
        if (l->buddy() == w && !l->text().trimmed().isEmpty())
            return l->text();
    return {};
}

// Qt's own helpers that it names itself or that only appear in corner cases.
bool isQtInternal(const QWidget *w)
{
    return w->inherits("QTableCornerButton") || w->objectName() == QLatin1String("qt_menubar_ext_button");
}

QString describe(const QWidget *w, const QWidget *top)
{
    QStringList path;
    for (const QWidget *p = w; p && p != top; p = p->parentWidget())
        if (!p->objectName().isEmpty() || p == w)
            path.prepend(
                QStringLiteral("%1#%2").arg(QLatin1String(p->metaObject()->className()), p->objectName()));
    return path.join(QStringLiteral(" > "));
}

QStringList unnamedControls(QWidget *top)
{
    QStringList missing;
    const QList<QLabel *> labels = top->findChildren<QLabel *>();
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!isChecked(w) || isPartOfAControl(w, top) || isQtInternal(w))
            continue;
        if (spokenName(w, labels).isEmpty())
            missing << describe(w, top);
    }
    return missing;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SwitchboardTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestAccessibility"));
        QSettings().clear();
        dataPaths::setOverride(m_data.path());
    }

    void everyControlOfTheMainWindowIsNamed()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showSettings(); // the Settings dialog and the welcome are the window's children too
        for (int area = 0; area < w.navigation()->count(); ++area)
            w.showArea(MainWindow::Area(area));
        int checked = 0;
        for (QWidget *c : w.findChildren<QWidget *>())
            checked += isChecked(c) && !isPartOfAControl(c, &w) && !isQtInternal(c);
        QVERIFY2(checked > 40, qPrintable(QString::number(checked))); // the walk did reach the areas
        const QStringList missing = unnamedControls(&w);
        QVERIFY2(
            missing.isEmpty(), qPrintable(QStringLiteral("\n  ") + missing.join(QStringLiteral("\n  "))));
    }

    void dialogsAreNamed()
    {
        AboutDialog about;
        ConversationSettingsDialog conversation { ConversationSettings {} };
        SettingsDialog settings;
        for (QWidget *dialog : std::initializer_list<QWidget *> { &about, &conversation, &settings }) {
            const QStringList missing = unnamedControls(dialog);
            QVERIFY2(
                missing.isEmpty(), qPrintable(QStringLiteral("\n  ") + missing.join(QStringLiteral("\n  "))));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
