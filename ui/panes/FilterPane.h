// SPDX-License-Identifier: MIT
#pragma once

#include "CallsQuery.h"
#include "LocalFilter.h"

#include <QWidget>

class ContactListModel;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

// The filter pane: server filters (they reload the case) above instant local filters over what
// is loaded, a line that says which filters are active, and "Load all calls" for searches that
// must cover the whole case.
class FilterPane : public QWidget {
    Q_OBJECT
public:
    explicit FilterPane(QWidget* parent = nullptr);

    void setContacts(ContactListModel* contacts);
    void setServerQuery(const CallsQuery& query);
    CallsQuery serverQuery() const;
    LocalFilter localFilter() const;

    void setMatchCount(int shown, int loaded);
    void setLoadAllState(bool running, int loaded, int total);
    void focusSearch();

public slots:
    void clearAll();
    // Clears the instant filters only; the server query (and so what is loaded) stays.
    void clearLocal();

signals:
    void serverQueryChanged(const CallsQuery& query);
    void localFilterChanged(const LocalFilter& filter);
    void loadAllRequested();
    void cancelLoadAllRequested();

private:
    QGroupBox* createServerGroup();
    QGroupBox* createLocalGroup();
    QWidget* createLoadAllRow();
    void fillContacts();
    void emitServerQuery();
    void emitLocalFilter();
    void updateSummary();

    ContactListModel* m_contacts = nullptr;
    bool m_updating = false; // set while the pane changes its own widgets
    QComboBox* m_status;
    QComboBox* m_contact;
    QComboBox* m_sort;
    QSpinBox* m_pageSize;
    QLineEdit* m_search;
    QLabel* m_matchCount;
    QComboBox* m_direction;
    QCheckBox* m_withRecording;
    QCheckBox* m_withOpenItems;
    QGroupBox* m_dateRange;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_summary;
    QPushButton* m_loadAll;
    QPushButton* m_cancelLoadAll;
    QProgressBar* m_loadProgress;
};
