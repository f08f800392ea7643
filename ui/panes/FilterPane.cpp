// SPDX-License-Identifier: MIT
#include "FilterPane.h"

#include "CallFormatter.h"
#include "CallStatus.h"
#include "ContactListModel.h"
#include "PlainLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
struct SortChoice {
    const char* label;
    CallsQuery::SortBy by;
    CallsQuery::SortOrder order;
};
constexpr SortChoice sortChoices[] = {
    {QT_TRANSLATE_NOOP("FilterPane", "Newest first"), CallsQuery::SortBy::CreatedAt,
     CallsQuery::SortOrder::Descending},
    {QT_TRANSLATE_NOOP("FilterPane", "Oldest first"), CallsQuery::SortBy::CreatedAt,
     CallsQuery::SortOrder::Ascending},
    {QT_TRANSLATE_NOOP("FilterPane", "Longest first"), CallsQuery::SortBy::Duration,
     CallsQuery::SortOrder::Descending},
    {QT_TRANSLATE_NOOP("FilterPane", "Shortest first"), CallsQuery::SortBy::Duration,
     CallsQuery::SortOrder::Ascending},
};
constexpr CallStatus statusChoices[] = {
    CallStatus::Completed, CallStatus::InProgress, CallStatus::Ringing, CallStatus::Initiated,
    CallStatus::NoAnswer,  CallStatus::Busy,       CallStatus::Failed,  CallStatus::Cancelled};

template<typename Widget>
Widget* named(Widget* widget, const char* objectName, const QString& accessibleName)
{
    widget->setObjectName(QLatin1String(objectName));
    widget->setAccessibleName(accessibleName);
    return widget;
}
} // namespace

FilterPane::FilterPane(QWidget* parent)
    : QWidget(parent),
      m_status(named(new QComboBox, "statusFilter", tr("Status"))),
      m_contact(named(new QComboBox, "contactFilter", tr("Institution"))),
      m_sort(named(new QComboBox, "sortOrder", tr("Sort"))),
      m_pageSize(named(new QSpinBox, "pageSize", tr("Calls per page"))),
      m_search(named(new QLineEdit, "searchField", tr("Search loaded calls"))),
      m_matchCount(named(new PlainLabel, "matchCount", tr("Matching calls"))),
      m_direction(named(new QComboBox, "directionFilter", tr("Direction"))),
      m_withRecording(named(new QCheckBox(tr("With a &recording")), "withRecording",
                            tr("Only calls with a recording"))),
      m_withOpenItems(named(new QCheckBox(tr("With &open action items")), "withOpenItems",
                            tr("Only calls with open action items"))),
      m_dateRange(named(new QGroupBox(tr("&Date range")), "dateRange", tr("Date range"))),
      m_from(named(new QDateEdit, "dateFrom", tr("From date"))),
      m_to(named(new QDateEdit, "dateTo", tr("To date"))),
      m_summary(named(new PlainLabel, "filterSummary", tr("Active filters"))),
      m_loadAll(named(new QPushButton(tr("Load &all calls")), "loadAll", tr("Load all calls"))),
      m_cancelLoadAll(
          named(new QPushButton(tr("Cancel")), "cancelLoadAll", tr("Cancel loading all calls"))),
      m_loadProgress(named(new QProgressBar, "loadAllProgress", tr("Loading all calls")))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(createServerGroup());
    layout->addWidget(createLocalGroup());
    auto* clear =
        named(new QPushButton(tr("C&lear all filters")), "clearFilters", tr("Clear all filters"));
    connect(clear, &QPushButton::clicked, this, &FilterPane::clearAll);
    layout->addWidget(clear);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(createLoadAllRow());
    layout->addStretch(1);
    updateSummary();
}

QGroupBox* FilterPane::createServerGroup()
{
    auto* group = new QGroupBox(tr("Ask the server"));
    group->setToolTip(
        tr("These filters reload the case from the server, so they cover every call."));
    auto* form = new QFormLayout(group);
    m_status->addItem(tr("All statuses"), QString());
    for (CallStatus status : statusChoices) {
        const QString wire = callStatusToWire(status);
        m_status->addItem(CallFormatter::status(wire), wire);
    }
    m_contact->addItem(tr("All institutions"), QString());
    for (const SortChoice& choice : sortChoices)
        m_sort->addItem(tr(choice.label));
    m_pageSize->setRange(1, 100);
    m_pageSize->setValue(CallsQuery {}.perPage);
    m_pageSize->setToolTip(tr("How many calls each request fetches (1 to 100)."));
    form->addRow(tr("&Status:"), m_status);
    form->addRow(tr("&Institution:"), m_contact);
    form->addRow(tr("S&ort:"), m_sort);
    form->addRow(tr("&Page size:"), m_pageSize);
    for (QComboBox* box : {m_status, m_contact, m_sort})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterPane::emitServerQuery);
    connect(m_pageSize, &QSpinBox::editingFinished, this, &FilterPane::emitServerQuery);
    return group;
}

QGroupBox* FilterPane::createLocalGroup()
{
    auto* group = new QGroupBox(tr("Narrow the loaded calls"));
    group->setToolTip(tr("Instant filters over the calls loaded so far. Use \"Load all calls\" to "
                         "cover the whole case."));
    auto* layout = new QVBoxLayout(group);
    m_search->setPlaceholderText(tr("Search summaries, transcripts, notes, action items"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);
    layout->addWidget(m_matchCount);
    auto* form = new QFormLayout;
    m_direction->addItem(tr("Any direction"));
    m_direction->addItem(tr("Outbound"), int(CallDirection::Outbound));
    m_direction->addItem(tr("Inbound"), int(CallDirection::Inbound));
    form->addRow(tr("Di&rection:"), m_direction);
    layout->addLayout(form);
    layout->addWidget(m_withRecording);
    layout->addWidget(m_withOpenItems);
    m_dateRange->setCheckable(true);
    m_dateRange->setChecked(false);
    auto* dates = new QFormLayout(m_dateRange);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(QDate::currentDate());
        connect(edit, &QDateEdit::dateChanged, this, &FilterPane::emitLocalFilter);
    }
    m_from->setDate(QDate::currentDate().addMonths(-3));
    dates->addRow(tr("&From:"), m_from);
    dates->addRow(tr("&To:"), m_to);
    layout->addWidget(m_dateRange);
    connect(m_search, &QLineEdit::textChanged, this, &FilterPane::emitLocalFilter);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &FilterPane::emitLocalFilter);
    connect(m_withRecording, &QCheckBox::toggled, this, &FilterPane::emitLocalFilter);
    connect(m_withOpenItems, &QCheckBox::toggled, this, &FilterPane::emitLocalFilter);
    connect(m_dateRange, &QGroupBox::toggled, this, &FilterPane::emitLocalFilter);
    return group;
}

QWidget* FilterPane::createLoadAllRow()
{
    auto* row = new QWidget;
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_loadAll->setToolTip(tr("Fetch every call of the case, so searches cover all of it."));
    m_loadProgress->setVisible(false);
    m_cancelLoadAll->setVisible(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_loadAll);
    buttons->addWidget(m_cancelLoadAll);
    layout->addLayout(buttons);
    layout->addWidget(m_loadProgress);
    connect(m_loadAll, &QPushButton::clicked, this, &FilterPane::loadAllRequested);
    connect(m_cancelLoadAll, &QPushButton::clicked, this, &FilterPane::cancelLoadAllRequested);
    return row;
}

void FilterPane::setContacts(ContactListModel* contacts)
{
    m_contacts = contacts;
    connect(contacts, &QAbstractItemModel::modelReset, this, &FilterPane::fillContacts);
    connect(contacts, &QAbstractItemModel::rowsInserted, this, &FilterPane::fillContacts);
    fillContacts();
}

void FilterPane::fillContacts()
{
    const QString chosen = m_contact->currentData().toString();
    m_updating = true;
    m_contact->clear();
    m_contact->addItem(tr("All institutions"), QString());
    QList<std::pair<QString, QString>> named;
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const QModelIndex index = m_contacts->index(row);
        named.append({index.data().toString(), index.data(ContactListModel::IdRole).toString()});
    }
    std::sort(named.begin(), named.end());
    for (const auto& [name, id] : std::as_const(named))
        m_contact->addItem(name, id);
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(chosen)));
    m_updating = false;
}

void FilterPane::setServerQuery(const CallsQuery& query)
{
    m_updating = true;
    m_status->setCurrentIndex(std::max(0, m_status->findData(query.status)));
    m_contact->setCurrentIndex(std::max(0, m_contact->findData(query.institutionContactId)));
    for (int i = 0; i < int(std::size(sortChoices)); ++i) {
        if (sortChoices[i].by == query.sortBy && sortChoices[i].order == query.sortOrder)
            m_sort->setCurrentIndex(i);
    }
    m_pageSize->setValue(query.perPage);
    m_updating = false;
    updateSummary();
}

CallsQuery FilterPane::serverQuery() const
{
    CallsQuery query;
    query.status = m_status->currentData().toString();
    query.institutionContactId = m_contact->currentData().toString();
    const SortChoice& sort = sortChoices[std::max(0, m_sort->currentIndex())];
    query.sortBy = sort.by;
    query.sortOrder = sort.order;
    query.perPage = m_pageSize->value();
    return query;
}

LocalFilter FilterPane::localFilter() const
{
    LocalFilter filter;
    filter.text = m_search->text();
    if (m_direction->currentData().isValid())
        filter.direction = CallDirection(m_direction->currentData().toInt());
    filter.onlyWithRecording = m_withRecording->isChecked();
    filter.onlyWithOpenActionItems = m_withOpenItems->isChecked();
    if (m_dateRange->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    return filter;
}

void FilterPane::setMatchCount(int shown, int loaded)
{
    m_matchCount->setText(localFilter().isActive()
                              ? tr("%Ln of %L1 loaded calls match", nullptr, shown).arg(loaded)
                              : tr("%Ln calls loaded", nullptr, loaded));
}

void FilterPane::setLoadAllState(bool running, int loaded, int total)
{
    m_loadAll->setEnabled(!running);
    m_cancelLoadAll->setVisible(running);
    m_loadProgress->setVisible(running);
    m_loadProgress->setRange(0, std::max(total, 0));
    m_loadProgress->setValue(loaded);
    m_loadProgress->setFormat(total >= 0 ? tr("%v of %m calls") : tr("%v calls"));
}

void FilterPane::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterPane::clearAll()
{
    const bool serverFiltered = m_status->currentIndex() > 0 || m_contact->currentIndex() > 0;
    m_updating = true;
    m_status->setCurrentIndex(0);
    m_contact->setCurrentIndex(0);
    m_updating = false;
    clearLocal();
    if (serverFiltered)
        emitServerQuery();
}

void FilterPane::clearLocal()
{
    m_updating = true;
    m_search->clear();
    m_direction->setCurrentIndex(0);
    m_withRecording->setChecked(false);
    m_withOpenItems->setChecked(false);
    m_dateRange->setChecked(false);
    m_updating = false;
    emitLocalFilter();
}

void FilterPane::emitServerQuery()
{
    if (m_updating)
        return;
    updateSummary();
    emit serverQueryChanged(serverQuery());
}

void FilterPane::emitLocalFilter()
{
    if (m_updating)
        return;
    updateSummary();
    emit localFilterChanged(localFilter());
}

void FilterPane::updateSummary()
{
    QStringList active;
    if (m_status->currentIndex() > 0)
        active << tr("Status: %1").arg(m_status->currentText());
    if (m_contact->currentIndex() > 0)
        active << tr("Institution: %1").arg(m_contact->currentText());
    active << localFilter().describe();
    m_summary->setText(active.isEmpty()
                           ? tr("No filters: every loaded call is shown.")
                           : tr("Showing only: %1").arg(active.join(QStringLiteral("; "))));
}
