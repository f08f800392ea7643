// SPDX-License-Identifier: MIT
// The calls table's empty-state wording, one state at a time, without a window.
#include "EmptyTableText.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using State = EmptyTableText::State;
Q_DECLARE_METATYPE(EmptyTableText::State)

namespace {
State openCase()
{
    State state;
    state.caseOpen = true;
    return state;
}
} // namespace

class TestEmptyTableText : public QObject {
    Q_OBJECT
private slots:
    void wording_data()
    {
        QTest::addColumn<State>("state");
        QTest::addColumn<QString>("startsWith");

        QTest::newRow("no case") << State {} << u"No case is open."_s;
        State loading = openCase();
        loading.loading = true;
        QTest::newRow("loading") << loading << u"Loading calls"_s;
        State failed = openCase();
        failed.failed = true;
        QTest::newRow("failed") << failed << u"The calls could not be loaded."_s;
        // Loading wins over an old error: a retry is under way.
        State retrying = failed;
        retrying.loading = true;
        QTest::newRow("retrying") << retrying << u"Loading calls"_s;
        QTest::newRow("no calls") << openCase() << u"This case has no calls yet."_s;
        State serverFiltered = openCase();
        serverFiltered.serverFiltered = true;
        QTest::newRow("server filters match nothing")
            << serverFiltered << u"No call of this case matches the server filters."_s;
        State hidden = openCase();
        hidden.loadedRows = 25;
        hidden.hasMore = true;
        QTest::newRow("local filters, more to load")
            << hidden << u"No loaded call matches the filters. Load all calls"_s;
        hidden.hasMore = false;
        QTest::newRow("local filters, all loaded") << hidden << u"No call matches the filters."_s;
    }
    void wording()
    {
        QFETCH(State, state);
        QFETCH(QString, startsWith);
        const QString text = EmptyTableText::of(state);
        QVERIFY2(text.startsWith(startsWith), qPrintable(text));
    }

    void rowsShownNeedNoText()
    {
        State state = openCase();
        state.loadedRows = 25;
        state.matchingRows = 3;
        state.loading = true; // more pages on the way change nothing
        QVERIFY(EmptyTableText::of(state).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEmptyTableText)
#include "tst_emptytabletext.moc"
