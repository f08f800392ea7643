// SPDX-License-Identifier: MIT
// The calls table's cell painting: text drawn from cached layouts must still look like the
// style's: plain (never markup), elided to the cell, aligned, and in the colours the state asks.
#include "CallCellDelegate.h"

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

namespace {
const QColor kText(0, 0, 0);
const QColor kBase(255, 255, 255);
const QColor kHighlight(0, 0, 255);
const QColor kHighlightedText(255, 0, 0);

// Where ink landed: the columns between the first and last pixel that is not the background.
struct Ink {
    int left = -1;
    int right = -1;
    int width() const { return left < 0 ? 0 : right - left + 1; }
};

bool near(QRgb pixel, const QColor& colour, int tolerance)
{
    return std::abs(qRed(pixel) - colour.red()) <= tolerance
        && std::abs(qGreen(pixel) - colour.green()) <= tolerance
        && std::abs(qBlue(pixel) - colour.blue()) <= tolerance;
}

Ink inkOf(const QImage& image, const QColor& background)
{
    Ink ink;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y) {
            if (!near(image.pixel(x, y), background, 8)) {
                if (ink.left < 0)
                    ink.left = x;
                ink.right = x;
                break;
            }
        }
    }
    return ink;
}

int pixelsNear(const QImage& image, const QColor& colour)
{
    int count = 0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y)
            count += near(image.pixel(x, y), colour, 40) ? 1 : 0;
    }
    return count;
}
} // namespace

class TestCallCellDelegate : public QObject {
    Q_OBJECT
private slots:
    void init();
    void textIsDrawnAsPlainText();
    void textThatDoesNotFitIsElided();
    void rightAlignedTextEndsAtTheRightEdge();
    void selectedCellsUseTheHighlightedTextColour();
    void foregroundRoleColoursTheText();
    void repaintsReuseTheLayoutAndStillFollowTheText();

private:
    QImage paintCell(const QString& text, int width, bool selected = false);

    QStandardItemModel m_model {1, 1};
    QTableView m_view; // gives the option its widget and style, as in the app
    CallCellDelegate m_delegate;
};

void TestCallCellDelegate::init()
{
    QPalette palette = m_view.palette();
    palette.setColor(QPalette::Text, kText);
    palette.setColor(QPalette::Base, kBase);
    palette.setColor(QPalette::Highlight, kHighlight);
    palette.setColor(QPalette::HighlightedText, kHighlightedText);
    m_view.setPalette(palette);
    m_model.setData(m_model.index(0, 0), {}, Qt::ForegroundRole);
    m_model.setData(m_model.index(0, 0), {}, Qt::TextAlignmentRole);
}

QImage TestCallCellDelegate::paintCell(const QString& text, int width, bool selected)
{
    m_model.setData(m_model.index(0, 0), text);
    QStyleOptionViewItem option;
    option.initFrom(&m_view);
    option.widget = &m_view;
    option.rect = QRect(0, 0, width, 24);
    option.state |= QStyle::State_Enabled | QStyle::State_Active;
    if (selected)
        option.state |= QStyle::State_Selected;
    option.showDecorationSelected = true;
    QImage image(option.rect.size(), QImage::Format_RGB32);
    image.fill(kBase);
    QPainter painter(&image);
    m_delegate.paint(&painter, option, m_model.index(0, 0));
    return image;
}

void TestCallCellDelegate::textIsDrawnAsPlainText()
{
    const QString markup = QStringLiteral("<b>Chase</b> <img src=x>");
    const QFontMetrics metrics(m_view.font());
    const QImage image = paintCell(markup, 600);
    const int inked = inkOf(image, kBase).width();
    // Every character of the markup is on screen: as wide as the whole string, not "Chase".
    QVERIFY2(std::abs(inked - metrics.horizontalAdvance(markup)) <= 4,
             qPrintable(QStringLiteral("inked %1 px, text %2 px")
                            .arg(inked)
                            .arg(metrics.horizontalAdvance(markup))));
    QVERIFY(inked > metrics.horizontalAdvance(QStringLiteral("Chase ")) * 2);
}

void TestCallCellDelegate::textThatDoesNotFitIsElided()
{
    const QString longText(200, u'W');
    const QImage image = paintCell(longText, 120);
    const Ink ink = inkOf(image, kBase);
    QVERIFY(ink.width() > 60);
    QVERIFY2(ink.right < 118, qPrintable(QString::number(ink.right))); // inside the margin
}

void TestCallCellDelegate::rightAlignedTextEndsAtTheRightEdge()
{
    m_model.setData(m_model.index(0, 0), QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter),
                    Qt::TextAlignmentRole);
    const Ink ink = inkOf(paintCell(QStringLiteral("1:02:03"), 300), kBase);
    QVERIFY2(ink.left > 200 && ink.right >= 290,
             qPrintable(QStringLiteral("%1..%2").arg(ink.left).arg(ink.right)));
}

void TestCallCellDelegate::selectedCellsUseTheHighlightedTextColour()
{
    const QString text = QStringLiteral("Completed WWWW");
    const QImage plain = paintCell(text, 300);
    QCOMPARE(pixelsNear(plain, kHighlightedText), 0);
    QVERIFY(pixelsNear(plain, kText) > 20);
    const QImage selected = paintCell(text, 300, true);
    QVERIFY(pixelsNear(selected, kHighlightedText) > 20);
}

void TestCallCellDelegate::foregroundRoleColoursTheText()
{
    const QColor green(0, 160, 0);
    m_model.setData(m_model.index(0, 0), QBrush(green), Qt::ForegroundRole);
    const QImage image = paintCell(QStringLiteral("Completed WWWW"), 300);
    QVERIFY(pixelsNear(image, green) > 20);
    QCOMPARE(pixelsNear(image, kText), 0);
}

void TestCallCellDelegate::repaintsReuseTheLayoutAndStillFollowTheText()
{
    const QImage first = paintCell(QStringLiteral("Ringing"), 300);
    QCOMPARE(paintCell(QStringLiteral("Ringing"), 300), first);
    const QImage other = paintCell(QStringLiteral("In progress, longer"), 300);
    QVERIFY(inkOf(other, kBase).width() > inkOf(first, kBase).width());
    QCOMPARE(paintCell(QStringLiteral("Ringing"), 300), first);
}

QTEST_MAIN(TestCallCellDelegate)
#include "tst_callcelldelegate.moc"
