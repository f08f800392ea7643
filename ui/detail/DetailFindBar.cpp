// SPDX-License-Identifier: MIT
#include "DetailFindBar.h"

#include "PlainLabel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

DetailFindBar::DetailFindBar(QWidget* parent)
    : QWidget(parent),
      m_field(new QLineEdit(this)),
      m_previous(new QToolButton(this)),
      m_next(new QToolButton(this)),
      m_count(new PlainLabel(this))
{
    m_field->setObjectName(u"findField"_s);
    m_field->setPlaceholderText(tr("Find in transcript"));
    m_field->setAccessibleName(tr("Find in transcript"));
    m_field->setClearButtonEnabled(true);
    m_previous->setObjectName(u"findPrevious"_s);
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setAccessibleName(tr("Previous match"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next->setObjectName(u"findNext"_s);
    m_next->setArrowType(Qt::DownArrow);
    m_next->setAccessibleName(tr("Next match"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_count->setObjectName(u"findCount"_s);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_count->setAccessibleName(tr("Matches"));
    // Room for "999 of 999" up front, so the field does not jump while the user types.
    m_count->setMinimumWidth(
        m_count->fontMetrics().horizontalAdvance(tr("%L1 of %L2").arg(999).arg(999)));
    m_count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);

    connect(m_field, &QLineEdit::textChanged, this, &DetailFindBar::textChanged);
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        // Shift+Return walks backwards, as in browsers.
        if (QApplication::keyboardModifiers() & Qt::ShiftModifier)
            emit previousRequested();
        else
            emit nextRequested();
    });
    connect(m_next, &QToolButton::clicked, this, &DetailFindBar::nextRequested);
    connect(m_previous, &QToolButton::clicked, this, &DetailFindBar::previousRequested);
    setMatch(-1, 0);
}

QString DetailFindBar::text() const
{
    return m_field->text();
}

void DetailFindBar::setMatch(qsizetype current, qsizetype total)
{
    if (m_field->text().isEmpty())
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No matches"));
    else if (current < 0)
        m_count->setText(tr("%Ln matches", nullptr, int(total)));
    else
        m_count->setText(tr("%L1 of %L2").arg(current + 1).arg(total));
    m_previous->setEnabled(total > 0);
    m_next->setEnabled(total > 0);
}

void DetailFindBar::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}
