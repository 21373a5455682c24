#pragma once

#include "audit/AuditLog.h"

#include <QAbstractTableModel>
#include <QList>

namespace custos::ui {

// Audit events as a read-only table: time (local), who, action in plain words, target, outcome.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhoColumn, ActionColumn, TargetColumn, OutcomeColumn, ColumnCount };

    explicit AuditTableModel(QObject* parent = nullptr);

    void setEvents(QList<custos::AuditEvent> events);
    void clear();
    const custos::AuditEvent& event(int row) const { return m_events.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The stored action names (audit::kSignIn, ...) in words a clerk understands.
    static QString actionText(const QString& action, const QString& details = {});
    static QString outcomeText(const QString& outcome);

private:
    QList<custos::AuditEvent> m_events;
};

} // namespace custos::ui
