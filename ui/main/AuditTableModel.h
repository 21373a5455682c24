#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>
#include <functional>
#include <optional>

namespace custos::ui {

// Audit events as a read-only table: time (local), who, action in plain words, target, outcome.
// The summary layout (home page) has those five columns; the full layout (audit page) adds the
// event number and the details. Either a fixed list (setEvents) or a lazy source that reads
// page by page, newest first, as the view scrolls (setSource, canFetchMore/fetchMore).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        WhoColumn,
        ActionColumn,
        TargetColumn,
        OutcomeColumn,
        ColumnCount,
        // Full layout only.
        SeqColumn = ColumnCount,
        DetailsColumn,
        FullColumnCount
    };
    enum class Layout { Summary, Full };
    enum DataRole { SeqRole = Qt::UserRole + 1 };
    using Fetch = std::function<custos::Result<QList<custos::AuditEvent>>(const custos::AuditQuery&)>;

    explicit AuditTableModel(QObject* parent = nullptr, Layout layout = Layout::Summary);

    void setEvents(QList<custos::AuditEvent> events);
    void clear();
    const custos::AuditEvent& event(int row) const { return m_events.at(row); }

    // Reads the first page of `query` now (query.limit is the page size) and the next ones
    // when the view asks for more. False when the first page failed (see lastError()).
    bool setSource(const custos::AuditQuery& query, Fetch fetch);
    QString lastError() const { return m_lastError; }
    // The row of event `seq` among the rows loaded so far, or -1.
    int rowForSeq(qint64 seq) const;
    // Marks one event (the first bad one a verification found) in red.
    void setFlaggedSeq(std::optional<qint64> seq);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The stored action names (audit::kSignIn, ...) in words a clerk understands.
    static QString actionText(const QString& action, const QString& details = {});
    static QString outcomeText(const QString& outcome);

signals:
    void fetchFailed(const QString& message);

private:
    Layout m_layout;
    QList<custos::AuditEvent> m_events;
    custos::AuditQuery m_query;
    Fetch m_fetch;
    bool m_atEnd = true;
    QString m_lastError;
    std::optional<qint64> m_flaggedSeq;
};

} // namespace custos::ui
