#pragma once

#include "access/Staff.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace custos::ui {

// The staff list: one row per employee (active first, as StaffService::list() orders them),
// with role, screening status in words and colour, clearance end, card access, last sign-in
// and whether the account is active, dormant or deactivated.
class StaffListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        UsernameColumn,
        RoleColumn,
        ScreeningColumn,
        ClearedUntilColumn,
        CardAccessColumn,
        LastSignInColumn,
        AccountColumn,
        ColumnCount
    };
    enum DataRole {
        EmployeeIdRole = Qt::UserRole + 1,
        ScreeningStatusRole, // int(ScreeningStatus)
    };

    explicit StaffListModel(QObject* parent = nullptr);

    void setMembers(QList<custos::access::StaffMember> members, const QDate& today);
    void clear();
    const custos::access::StaffMember& member(int row) const { return m_members.at(row); }
    const QList<custos::access::StaffMember>& members() const { return m_members; }
    int rowOf(qint64 employeeId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Words shared with the detail panel and the access review.
    static QString cardAccessText(const custos::access::StaffMember& member);
    static QString lastSignInText(const custos::access::StaffMember& member);
    static QString accountText(const custos::access::StaffMember& member);

private:
    QList<custos::access::StaffMember> m_members;
    QDate m_today;
};

} // namespace custos::ui
