// SPDX-License-Identifier: MIT
#pragma once

#include "CallSearch.h"
#include "LocalFilter.h"

#include <QDateTime>
#include <QList>
#include <QSortFilterProxyModel>

class CallsTableModel;

// The filter pane's instant filters over the calls loaded so far, and local sorting by
// CallRole::SortValue for the columns the server does not sort. Rows that arrive later are
// filtered as they come. The text search keeps its own index of the source's calls (by id) so
// that a keystroke never re-reads every transcript.
class CallFilterProxyModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CallFilterProxyModel(QObject* parent = nullptr);

    // The source must be a CallsTableModel; any other model shows no rows.
    void setSourceModel(QAbstractItemModel* source) override;
    CallsTableModel* callsModel() const { return m_calls; }

    void setLocalFilter(const LocalFilter& filter);
    LocalFilter localFilter() const { return m_filter; }
    // The words and phrases of the text filter as typed, for the detail view to highlight.
    QStringList highlightTerms() const { return m_search.query().typed; }

    // Rows accepted by the filters (the loaded calls that are shown).
    int matchCount() const { return rowCount(); }
    const Call* callAt(int proxyRow) const;

signals:
    void matchCountChanged(int count);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void connectSource();
    void indexRows(int first, int last);
    void forgetRows(int first, int last);
    void onSourceDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight,
                             const QList<int>& roles);
    void reindexAll();
    QString counterpartText(int sourceRow) const;
    bool passesAttributes(const Call& call) const;
    // The search index's entry of each source row, found once each time the rows change rather
    // than looked up by call id for every row on every keystroke (that lookup was half the
    // cost of a keystroke over 10 000 calls).
    const CallSearch::Entry* entryOfRow(int sourceRow) const;
    void updateMatchCount();

    CallsTableModel* m_calls = nullptr;
    QList<QMetaObject::Connection> m_sourceConnections;
    LocalFilter m_filter;
    CallSearch m_search;
    mutable QList<const CallSearch::Entry*> m_entryOfRow;
    mutable bool m_entriesStale = true; // rows or the index changed since m_entryOfRow was built
    QDateTime m_fromUtc; // start of `from` in local time; invalid: open
    QDateTime m_untilUtc; // start of the day after `to`, exclusive; invalid: open
    int m_lastMatchCount = 0;
};
