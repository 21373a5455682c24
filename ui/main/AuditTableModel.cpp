#include "main/AuditTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace custos::ui {

AuditTableModel::AuditTableModel(QObject* parent, Layout layout) : QAbstractTableModel(parent), m_layout(layout) {}

void AuditTableModel::setEvents(QList<custos::AuditEvent> events)
{
    beginResetModel();
    m_events = std::move(events);
    m_fetch = nullptr;
    m_atEnd = true;
    m_lastError.clear();
    endResetModel();
}

bool AuditTableModel::setSource(const custos::AuditQuery& query, Fetch fetch)
{
    auto first = fetch(query);
    beginResetModel();
    m_query = query;
    m_fetch = std::move(fetch);
    m_events.clear();
    m_lastError.clear();
    if (first) {
        m_events = std::move(first.value());
        m_atEnd = m_events.size() < m_query.limit;
    } else {
        m_lastError = first.errorMessage();
        m_atEnd = true;
    }
    endResetModel();
    if (!m_lastError.isEmpty())
        emit fetchFailed(m_lastError);
    return m_lastError.isEmpty();
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_fetch && !m_atEnd;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    custos::AuditQuery next = m_query;
    if (!m_events.isEmpty())
        next.beforeSeq = m_events.constLast().seq; // keyset paging: newest first, older on demand
    auto page = m_fetch(next);
    if (!page) {
        m_atEnd = true; // do not retry in a loop while the view keeps asking
        m_lastError = page.errorMessage();
        emit fetchFailed(m_lastError);
        return;
    }
    m_atEnd = page->size() < m_query.limit;
    if (page->isEmpty())
        return;
    beginInsertRows({}, static_cast<int>(m_events.size()), static_cast<int>(m_events.size() + page->size() - 1));
    m_events.append(std::move(page.value()));
    endInsertRows();
}

int AuditTableModel::rowForSeq(qint64 seq) const
{
    // Rows are newest first, so seq descends: binary search.
    const auto it = std::lower_bound(m_events.cbegin(), m_events.cend(), seq,
                                     [](const custos::AuditEvent& e, qint64 s) { return e.seq > s; });
    return it != m_events.cend() && it->seq == seq ? static_cast<int>(it - m_events.cbegin()) : -1;
}

void AuditTableModel::setFlaggedSeq(std::optional<qint64> seq)
{
    const int before = m_flaggedSeq ? rowForSeq(*m_flaggedSeq) : -1;
    m_flaggedSeq = seq;
    const int after = seq ? rowForSeq(*seq) : -1;
    for (int row : {before, after})
        if (row >= 0)
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
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
    if (parent.isValid())
        return 0;
    return m_layout == Layout::Full ? FullColumnCount : ColumnCount;
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
    if (action == audit::kEmployeeRoleChanged)
        return tr("Role change");
    if (action == audit::kEmployeeDeactivated)
        return tr("Employee deactivation");
    if (action == audit::kEmployeeReactivated)
        return tr("Employee reactivation");
    if (action == audit::kScreeningRecorded)
        return tr("Background check recorded");
    if (action == audit::kScreeningUpdated)
        return tr("Background check update");
    if (action == audit::kDisclosureGranted)
        return tr("Disclosure grant");
    if (action == audit::kDisclosureRevoked)
        return tr("Disclosure revocation");
    if (action == audit::kDisclosureRemoved)
        return tr("Disclosure removal");
    if (action == audit::kCardRevealed)
        return tr("Card number reveal");
    if (action == audit::kCardCopied)
        return tr("Card number copy");
    if (action == audit::kAccessReviewSigned)
        return tr("Access review sign-off");
    if (action == audit::kAuditCheckpoint)
        return tr("Audit log checkpoint");
    if (action == audit::kAuditRead)
        return tr("Audit log reading");
    if (action == audit::kAuditVerify)
        return tr("Audit log verification");
    if (action == QLatin1String("customer.created"))
        return tr("New customer");
    if (action == QLatin1String("customer.updated"))
        return tr("Customer change");
    if (action == QLatin1String("customer.archived"))
        return tr("Customer archived");
    if (action == QLatin1String("customer.restored"))
        return tr("Customer restored");
    if (action == QLatin1String("customer.imported"))
        return tr("Customer import");
    if (action == QLatin1String("order.created"))
        return tr("New order");
    if (action == QLatin1String("order.status_changed"))
        return tr("Order status change");
    if (action == QLatin1String("order.card_purged"))
        return tr("Card number purge");
    if (action == QLatin1String("orders.exported"))
        return tr("Order export");
    if (action == QLatin1String("settings.card_retention"))
        return tr("Card retention change");
    if (action == QLatin1String("settings.default_region"))
        return tr("Default region change");
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
        case SeqColumn:
            return e.seq;
        case DetailsColumn:
            return e.details;
        default:
            return {};
        }
    }
    if (role == SeqRole)
        return e.seq;
    if (role == Qt::TextAlignmentRole && index.column() == SeqColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (m_flaggedSeq && e.seq == *m_flaggedSeq) {
        if (role == Qt::BackgroundRole)
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x7f, 0x00, 0x00));
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
    case SeqColumn:
        return tr("No.");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace custos::ui
