// SPDX-License-Identifier: MIT
#include "DetailReferenceChips.h"

#include "DisplayText.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {
// Two chips a row fit the ~450 px pane without a horizontal scroll bar.
constexpr int chipsPerRow = 2;
} // namespace

DetailReferenceChips::DetailReferenceChips(QWidget* parent)
    : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(6);
    m_grid->setVerticalSpacing(4);
    m_grid->setAlignment(Qt::AlignLeft | Qt::AlignTop);
}

void DetailReferenceChips::setReferences(const QList<ReferenceNumber>& references)
{
    clearChips();
    for (int i = 0; i < references.size(); ++i) {
        // Copied as seen: no invisible or bidi characters inside the number.
        const QString value = DisplayText::identifier(references.at(i).value);
        auto* chip = new QToolButton(this);
        chip->setObjectName(u"referenceChip"_s);
        // QToolButton text is never rich text, so server characters show as they are.
        chip->setText(tr("Copy %1").arg(value));
        chip->setAccessibleName(tr("Copy reference number %1").arg(value));
        chip->setToolTip(tr("Copy reference number %1 to the clipboard").arg(value));
        chip->setAutoRaise(false);
        connect(chip, &QToolButton::clicked, this,
                [value] { QGuiApplication::clipboard()->setText(value); });
        m_grid->addWidget(chip, i / chipsPerRow, i % chipsPerRow);
    }
    setVisible(!references.isEmpty());
}

void DetailReferenceChips::clearChips()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}
