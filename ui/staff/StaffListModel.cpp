#include "staff/StaffListModel.h"

#include "staff/StaffStyle.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace custos::ui {

using custos::access::StaffMember;

StaffListModel::StaffListModel(QObject* parent) : QAbstractTableModel(parent) {}

void StaffListModel::setMembers(QList<StaffMember> members, const QDate& today)
{
    beginResetModel();
    m_members = std::move(members);
    m_today = today;
    endResetModel();
}

void StaffListModel::clear()
{
    beginResetModel();
    m_members.clear();
    endResetModel();
}

int StaffListModel::rowOf(qint64 employeeId) const
{
    for (int row = 0; row < m_members.size(); ++row)
        if (m_members.at(row).employee.id == employeeId)
            return row;
    return -1;
}

int StaffListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int StaffListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffListModel::cardAccessText(const StaffMember& m)
{
    if (!m.holdsCardDataGrant)
        return tr("No access");
    if (m.employee.role == Role::Owner)
        return tr("Key custody (owner)");
    if (m.grantExpiresAt.isValid())
        return tr("Granted until %1").arg(shortDate(m.grantExpiresAt.toLocalTime().date()));
    return tr("Granted");
}

QString StaffListModel::lastSignInText(const StaffMember& m)
{
    if (!m.employee.lastSignInAt.isValid())
        return tr("Never");
    return shortDateTime(m.employee.lastSignInAt);
}

QString StaffListModel::accountText(const StaffMember& m)
{
    if (!m.employee.active)
        return m.deactivatedAt.isValid() ? tr("Deactivated %1").arg(shortDate(m.deactivatedAt.toLocalTime().date()))
                                         : tr("Deactivated");
    if (m.dormant)
        return tr("Dormant — unused for %1 days").arg(m.daysSinceLastUse);
    if (m.employee.mustChangePassword)
        return tr("Awaiting first sign-in");
    return tr("Active");
}

QVariant StaffListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const StaffMember& m = m_members.at(index.row());
    const int column = index.column();

    if (role == EmployeeIdRole)
        return m.employee.id;
    if (role == ScreeningStatusRole)
        return int(m.screening);

    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return m.employee.fullName;
        case UsernameColumn:
            return m.employee.username;
        case RoleColumn:
            return roleDisplayName(m.employee.role);
        case ScreeningColumn:
            return screeningStatusDisplayName(m.screening);
        case ClearedUntilColumn:
            return m.clearedUntil.isValid() ? shortDate(m.clearedUntil) : u"—"_s;
        case CardAccessColumn:
            return cardAccessText(m);
        case LastSignInColumn:
            return lastSignInText(m);
        case AccountColumn:
            return accountText(m);
        }
        return {};
    }
    if (role == Qt::ForegroundRole) {
        // Deactivated rows fade out; their history stays readable.
        if (!m.employee.active)
            return mutedColor();
        if (column == ScreeningColumn)
            return screeningColor(m.screening);
        if (column == ClearedUntilColumn && m.screeningExpiresSoon)
            return warningColor();
        if (column == AccountColumn && m.dormant)
            return warningColor();
        if (column == CardAccessColumn && !m.holdsCardDataGrant)
            return mutedColor();
        return {};
    }
    if (role == Qt::FontRole && m.employee.active &&
        (column == ScreeningColumn || (column == ClearedUntilColumn && m.screeningExpiresSoon) ||
         (column == AccountColumn && m.dormant))) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::DecorationRole && column == ScreeningColumn)
        return statusDot(m.employee.active ? screeningColor(m.screening) : mutedColor());
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case ClearedUntilColumn:
            if (m.screeningExpiresSoon)
                return tr("The background check lapses after %1: record a new check before then.")
                    .arg(shortDate(m.clearedUntil));
            return tr("The last day the background check clears this employee.");
        case AccountColumn:
            if (m.employee.active && m.dormant)
                return tr("Not used for %1 days; accounts unused for %2 days are deactivated (PCI DSS 8.2.6).")
                    .arg(m.daysSinceLastUse)
                    .arg(custos::access::kDormantDays);
            return {};
        case CardAccessColumn:
            return tr("Whether this employee can open full card numbers (with a reason, audited).");
        default:
            return {};
        }
    }
    return {};
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("User name");
    case RoleColumn:
        return tr("Role");
    case ScreeningColumn:
        return tr("Background check");
    case ClearedUntilColumn:
        return tr("Cleared until");
    case CardAccessColumn:
        return tr("Card access");
    case LastSignInColumn:
        return tr("Last sign-in");
    case AccountColumn:
        return tr("Account");
    }
    return {};
}

} // namespace custos::ui
