// SPDX-License-Identifier: MIT
// PlainLabel, the one home of "server text is plain text" for labels: markup is shown as the
// characters it is made of, whether given at construction, set later, or forced on a label
// that Qt made.
#include "PlainLabel.h"

#include <QtTest>

using namespace Qt::StringLiterals;

namespace {
// Bold text, an image from a server and a link: all three would change what a rich label shows.
const QString markup =
    u"<b>Chase</b> <img src=\"http://127.0.0.1:9/x.png\"> <a href=\"x\">ok</a>"_s;

QSize shownSize(QLabel& label)
{
    label.adjustSize();
    return label.sizeHint();
}
} // namespace

class TestPlainLabel : public QObject {
    Q_OBJECT
private slots:
    void markupGivenAtConstructionIsShownLiterally()
    {
        PlainLabel plain(markup);
        QCOMPARE(plain.textFormat(), Qt::PlainText);
        QCOMPARE(plain.text(), markup);

        // What it shows has the size of the literal characters, not of rendered markup: the
        // same text in a rich label lays out to another size, so this comparison can fail.
        QLabel literal;
        literal.setTextFormat(Qt::PlainText);
        literal.setText(markup);
        QLabel rich;
        rich.setTextFormat(Qt::RichText);
        rich.setText(markup);
        QCOMPARE(shownSize(plain), shownSize(literal));
        QVERIFY(shownSize(rich) != shownSize(literal));
    }

    void markupSetLaterIsShownLiterally()
    {
        PlainLabel label;
        label.setText(markup);
        QCOMPARE(label.textFormat(), Qt::PlainText);
        QVERIFY(!label.openExternalLinks());
    }

    void makePlainTurnsARichLabelPlain()
    {
        QLabel label;
        label.setTextFormat(Qt::RichText);
        label.setOpenExternalLinks(true);
        label.setTextInteractionFlags(Qt::TextBrowserInteraction);
        label.setText(markup);
        PlainLabel::makePlain(&label);
        QCOMPARE(label.textFormat(), Qt::PlainText);
        QVERIFY(!label.openExternalLinks());
        QVERIFY(!(label.textInteractionFlags() & Qt::LinksAccessibleByMouse));
        QVERIFY(!(label.textInteractionFlags() & Qt::LinksAccessibleByKeyboard));
        QVERIFY(label.textInteractionFlags() & Qt::TextSelectableByMouse);
    }
};

QTEST_MAIN(TestPlainLabel)
#include "tst_plainlabel.moc"
