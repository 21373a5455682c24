#include "main/AuditTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace custos::ui {

AuditTableModel::AuditTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEvents(QList<custos::AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    endResetModel();
}

void AuditTableModel::clear()
{
    setEvents({});
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_events.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::actionText(const QString& action, const QString& details)
{
    // Nouns rather than past tense, so that "Sign-in — Failed" reads right too.
    if (action == audit::kVaultCreated)
        return tr("Vault creation");
    if (action == audit::kSignIn)
        return tr("Sign-in");
    if (action == audit::kSignOut)
        return tr("Sign-out");
    if (action == audit::kLock) {
        if (details == QLatin1String("idle"))
            return tr("Lock (idle)");
        if (details == QLatin1String("manual"))
            return tr("Lock (manual)");
        return tr("Lock");
    }
    if (action == audit::kUnlock)
        return tr("Unlock");
    if (action == audit::kLockout)
        return tr("Account lock-out");
    if (action == audit::kPasswordChange)
        return tr("Password change");
    if (action == audit::kRecoveryUsed)
        return tr("Recovery code use");
    if (action == audit::kEmployeeCreated)
        return tr("New employee");
    if (action == audit::kPolicyChanged)
        return tr("Security policy change");
    if (action == audit::kProfileChanged)
        return tr("Business profile change");
    if (action == audit::kRecoverySheet)
        return tr("Recovery sheet output");
    return action;
}

QString AuditTableModel::outcomeText(const QString& outcome)
{
    if (outcome == audit::kSuccess)
        return tr("Success");
    if (outcome == audit::kFailure)
        return tr("Failed");
    if (outcome == audit::kDenied)
        return tr("Denied");
    return outcome;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent& e = m_events.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return e.actorName;
        case ActionColumn:
            return actionText(e.action, e.details);
        case TargetColumn:
            return e.target;
        case OutcomeColumn:
            return outcomeText(e.outcome);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ActionColumn && !e.details.isEmpty())
        return e.details;
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
    if (role == Qt::ForegroundRole && index.column() == OutcomeColumn && e.outcome != audit::kSuccess)
        return QBrush(QColor(0xb7, 0x1c, 0x1c));
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhoColumn:
        return tr("Who");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

} // namespace custos::ui
