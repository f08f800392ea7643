// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

// The calls table: whole-row selection, j/k as well as Up/Down, and header clicks that sort on
// the server for the columns it can sort (When, Duration) and locally for the others.
class CallsTableView : public QTableView {
    Q_OBJECT
public:
    explicit CallsTableView(QWidget* parent = nullptr);

    // The id of the call in the current row, or empty.
    QString currentCallId() const;
    // Makes the row of `callId` current and visible; false when it is not shown.
    bool selectCall(const QString& callId);
    // Shows which column the server sorts by (the local sort is cleared).
    void showServerSort(int column, Qt::SortOrder order);
    // What the empty table says ("This case has no calls yet."); painted only when no row shows.
    void setEmptyText(const QString& text);
    // Column widths that fit the titles and status names in the current language; call once
    // the model is set (a saved header state restored later wins).
    void sizeColumns();

signals:
    void serverSortRequested(int column, Qt::SortOrder order);
    void currentCallChanged(const QString& callId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void onHeaderClicked(int column);
    static bool isServerSorted(int column);

    QString m_emptyText;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};
