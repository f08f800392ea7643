// SPDX-License-Identifier: MIT
#include "CallDetailView.h"

#include "Call.h"
#include "DetailCallState.h"
#include "DetailHeader.h"
#include "DetailOverview.h"
#include "InstitutionContact.h"
#include "PlayerPane.h"
#include "PlayerShortcuts.h"
#include "TranscriptView.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CallDetailView::CallDetailView(QWidget* parent)
    : QWidget(parent),
      m_pages(new QStackedWidget(this)),
      m_placeholder(
          new QLabel(tr("Select a call to see its summary, transcript and action items"), this)),
      m_header(new DetailHeader(this)),
      m_player(new PlayerPane(this)),
      m_tabs(new QTabWidget(this)),
      m_overview(new DetailOverview(this)),
      m_transcript(new TranscriptView(this))
{
    setObjectName(u"callDetailView"_s);
    setAccessibleName(tr("Call details"));
    m_placeholder->setObjectName(u"detailPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_pages->addWidget(m_placeholder);
    m_pages->addWidget(createContent());

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    new PlayerShortcuts(m_player, this);
    clear();
}

QWidget* CallDetailView::createContent()
{
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(u"overviewScroll"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_overview);
    m_overview->setObjectName(u"detailOverview"_s);
    m_transcript->setObjectName(u"transcriptView"_s);
    m_header->setObjectName(u"detailHeader"_s);
    m_tabs->setObjectName(u"detailTabs"_s);
    m_tabs->setAccessibleName(tr("Call sections"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scroll, tr("&Summary"));
    m_tabs->addTab(m_transcript, tr("&Transcript"));

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_header);
    layout->addWidget(m_player);
    layout->addWidget(m_tabs, 1);
    return content;
}

void CallDetailView::showCall(const Call& call, const InstitutionContact* contact)
{
    const bool sameCall = call.id == m_callId;
    m_callId = call.id;
    m_header->showCall(call, contact);
    m_player->showCall(call, contact ? contact->displayName() : QString());
    m_overview->showCall(call);
    const QString transcriptMessage = DetailCallState::transcriptMessage(call);
    if (transcriptMessage.isEmpty())
        m_transcript->setTranscript(call.transcript);
    else
        m_transcript->showMessage(transcriptMessage);
    // A refresh of the same call keeps the tab the reader is on; a new call starts at its summary.
    if (!sameCall)
        m_tabs->setCurrentIndex(0);
    m_pages->setCurrentIndex(1);
}

void CallDetailView::clear()
{
    m_callId.clear();
    m_player->clear();
    m_transcript->showMessage(QString());
    m_pages->setCurrentWidget(m_placeholder);
}

void CallDetailView::setHighlightTerms(const QStringList& terms)
{
    m_overview->setHighlightTerms(terms);
    m_transcript->setHighlightTerms(terms);
}

void CallDetailView::focusFind()
{
    if (m_callId.isEmpty())
        return;
    m_tabs->setCurrentWidget(m_transcript);
    m_transcript->focusFind();
}

void CallDetailView::setRecordingFetcher(RecordingFetcher* fetcher)
{
    m_player->setRecordingFetcher(fetcher);
}
