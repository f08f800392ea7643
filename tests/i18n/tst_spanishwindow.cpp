// SPDX-License-Identifier: MIT
// The real main window built with the Spanish catalog installed speaks Spanish.
#include "ApiClient.h"
#include "AppTranslator.h"
#include "CallsTableModel.h"
#include "CallsTableView.h"
#include "ContactListModel.h"
#include "MainWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
// The window as main() wires it, without a case: every text it shows comes from the code.
struct Window {
    QNetworkAccessManager network;
    ApiClient client {&network};
    ContactListModel contacts {&client};
    CallsTableModel calls {&client};
    MainWindow window {&client, &calls, &contacts};
};

std::unique_ptr<Window> windowIn(AppTranslator& translator, const QString& language)
{
    if (!translator.install(language, QLocale(QLocale::English, QLocale::UnitedStates)))
        return nullptr;
    return std::make_unique<Window>();
}

QStringList menuTexts(const QList<QAction*>& actions)
{
    QStringList texts;
    for (const QAction* action : actions) {
        if (action->isSeparator())
            continue;
        texts << action->text();
        if (action->menu())
            texts << menuTexts(action->menu()->actions());
    }
    return texts;
}

// Qt's own buttons (dock title bars, tab scrollers) speak through Qt's catalog, which is a
// separate package on Linux: not this app's to translate.
bool isQtInternal(const QWidget& widget)
{
    return widget.objectName().startsWith(u"qt_"_s)
        || widget.objectName().startsWith(u"Scroll"_s); // QTabBar's ScrollLeftButton and Right
}

// Every text a widget shows or tells a screen reader, in a stable order.
QStringList widgetTexts(const QWidget& root)
{
    QStringList texts;
    for (const QWidget* widget : root.findChildren<QWidget*>()) {
        if (isQtInternal(*widget))
            continue;
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (const auto* label = qobject_cast<const QLabel*>(widget))
            texts << label->text();
        else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
            texts << button->text();
        else if (const auto* group = qobject_cast<const QGroupBox*>(widget))
            texts << group->title();
        else if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
            texts << edit->placeholderText();
    }
    return texts;
}

// Words that are the same in both languages.
bool sameInSpanish(const QString& text)
{
    static const QStringList same {u"Error"_s, u"Case Calls"_s};
    static const QRegularExpression noWords(u"^[^A-Za-z]*$"_s);
    return same.contains(text) || noWords.match(text).hasMatch();
}
} // namespace

class TestSpanishWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void menuTitles_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("es") << u"es"_s
                            << QStringList {u"E&xpediente"_s, u"&Edición"_s, u"&Ver"_s,
                                            u"&Grabación"_s, u"A&yuda"_s};
        QTest::newRow("en") << u"en"_s
                            << QStringList {u"&Case"_s, u"&Edit"_s, u"&View"_s, u"&Recording"_s,
                                            u"&Help"_s};
    }
    void menuTitles()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, titles);
        AppTranslator translator;
        const auto window = windowIn(translator, language);
        QVERIFY(window);
        QStringList shown;
        for (const QAction* action : window->window.menuBar()->actions())
            shown << action->text();
        QCOMPARE(shown, titles);
    }

    void everyMenuItemIsTranslated()
    {
        AppTranslator translator;
        const auto english = windowIn(translator, u"en"_s);
        QVERIFY(english);
        const QStringList englishTexts = menuTexts(english->window.menuBar()->actions());
        const auto spanish = windowIn(translator, u"es"_s);
        QVERIFY(spanish);
        const QStringList spanishTexts = menuTexts(spanish->window.menuBar()->actions());
        QCOMPARE(spanishTexts.size(), englishTexts.size());
        QVERIFY(englishTexts.size() > 10);
        for (qsizetype i = 0; i < englishTexts.size(); ++i)
            QVERIFY2(spanishTexts.at(i) != englishTexts.at(i), qPrintable(englishTexts.at(i)));
    }

    void everyWidgetTextIsTranslated()
    {
        // Texts that stay English in the Spanish window were set without tr().
        AppTranslator translator;
        const auto english = windowIn(translator, u"en"_s);
        QVERIFY(english);
        const QStringList englishTexts = widgetTexts(english->window);
        const auto spanish = windowIn(translator, u"es"_s);
        QVERIFY(spanish);
        const QStringList spanishTexts = widgetTexts(spanish->window);
        QCOMPARE(spanishTexts.size(), englishTexts.size());
        QStringList untranslated;
        for (qsizetype i = 0; i < englishTexts.size(); ++i) {
            const QString& text = englishTexts.at(i);
            if (!text.isEmpty() && spanishTexts.at(i) == text && !sameInSpanish(text))
                untranslated << text;
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u" | "_s)));
    }

    void tableHeadersAndTitle()
    {
        AppTranslator translator;
        const auto window = windowIn(translator, u"es"_s);
        QVERIFY(window);
        const QAbstractItemModel* model = window->window.callsView()->model();
        QStringList headers;
        for (int column = 0; column < model->columnCount(); ++column)
            headers << model->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(headers.contains(u"Cuándo"_s), qPrintable(headers.join(u", "_s)));
        QVERIFY2(headers.contains(u"Duración"_s), qPrintable(headers.join(u", "_s)));
        QCOMPARE(window->window.windowTitle(), u"Case Calls"_s);
    }
};

QTEST_MAIN(TestSpanishWindow)
#include "tst_spanishwindow.moc"
