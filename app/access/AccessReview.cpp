#include "access/AccessReview.h"

#include "audit/AuditLog.h"
#include "storage/ScreeningRepository.h"
#include "vault/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace custos::access {
namespace {

constexpr int kMaxNotesLength = 2000;
constexpr int kRevealWindowDays = 90;

QString timeOrNull(const QDateTime& t)
{
    return t.isValid() ? toStorageTime(t) : QString();
}

// The facts a reviewer signed off, without secrets: no keys, no grant reasons, no notes.
QString snapshotOf(const QList<AccessReviewRow>& rows)
{
    QJsonArray array;
    for (const AccessReviewRow& r : rows) {
        const Employee& e = r.member.employee;
        QJsonObject o;
        o.insert(QStringLiteral("employee_id"), e.id);
        o.insert(QStringLiteral("username"), e.username);
        o.insert(QStringLiteral("role"), roleToStorage(e.role));
        o.insert(QStringLiteral("active"), e.active);
        o.insert(QStringLiteral("screening"), screeningStatusToStorage(r.member.screening));
        o.insert(QStringLiteral("cleared_until"),
                 r.member.clearedUntil.isValid() ? r.member.clearedUntil.toString(Qt::ISODate) : QString());
        o.insert(QStringLiteral("card_data_grant"), r.member.holdsCardDataGrant);
        o.insert(QStringLiteral("grant_expires_at"), timeOrNull(r.member.grantExpiresAt));
        o.insert(QStringLiteral("last_sign_in_at"), timeOrNull(e.lastSignInAt));
        o.insert(QStringLiteral("reveals_90_days"), r.revealsLast90Days);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

AccessReviewSignOff fromRecord(const storage::ScreeningRepository::AccessReviewRecord& r)
{
    AccessReviewSignOff s;
    s.id = r.id;
    s.signedAt = r.signedAt;
    s.reviewerId = r.reviewerId;
    s.reviewerName = r.reviewerName;
    s.notes = r.notes;
    s.employeesReviewed = r.employeesReviewed;
    s.dueAt = r.signedAt.addMonths(AccessReview::kReviewIntervalMonths);
    return s;
}

} // namespace

Result<QList<AccessReviewRow>> AccessReview::rows() const
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decide(actor.value(), Permission::ReviewAccess); !d)
        return Error{d.reason, Errc::Denied};
    auto members = loadStaffMembers(m_session);
    if (!members)
        return members.error();
    const QDateTime since = m_session.clock().nowUtc().addDays(-kRevealWindowDays);
    auto reveals = storage::ScreeningRepository(m_session.database()).revealsSince(since);
    if (!reveals)
        return reveals.error();
    QList<AccessReviewRow> out;
    out.reserve(members->size());
    for (const StaffMember& m : std::as_const(members.value())) {
        AccessReviewRow row;
        row.member = m;
        const auto it = reveals->constFind(m.employee.id);
        if (it != reveals->constEnd()) {
            row.revealsLast90Days = it->count;
            row.lastRevealAt = it->last;
        }
        out << row;
    }
    return out;
}

Result<AccessReviewSignOff> AccessReview::signOff(const QString& notes)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decide(actor.value(), Permission::ReviewAccess); !d) {
        CUSTOS_TRY(m_session.recordEvent(audit::kAccessReviewSigned, QStringLiteral("access_review"), audit::kDenied,
                                         d.cause));
        return Error{d.reason, Errc::Denied};
    }
    const QString text = notes.trimmed();
    if (text.size() > kMaxNotesLength)
        return Error{tr("The notes are too long (at most %1 characters).").arg(kMaxNotesLength), Errc::Invalid};
    auto reviewed = rows();
    if (!reviewed)
        return reviewed.error();

    storage::ScreeningRepository::AccessReviewRecord record;
    record.signedAt = m_session.clock().nowUtc();
    record.reviewerId = actor->employeeId;
    record.reviewerName = m_session.employee().fullName;
    record.employeesReviewed = static_cast<int>(reviewed->size());
    record.notes = text;
    record.snapshot = snapshotOf(reviewed.value());

    storage::Database& db = m_session.database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto id = storage::ScreeningRepository(db).insertAccessReview(record);
    if (!id)
        return id.error();
    record.id = id.value();
    CUSTOS_TRY(m_session.appendAudit(audit::kAccessReviewSigned, QStringLiteral("access_review:%1").arg(record.id),
                                     audit::kSuccess,
                                     QStringLiteral("employees reviewed: %1").arg(record.employeesReviewed)));
    CUSTOS_TRY(tx->commit());
    return fromRecord(record);
}

Result<std::optional<AccessReviewSignOff>> AccessReview::lastSignOff() const
{
    auto last = storage::ScreeningRepository(m_session.database()).lastAccessReview();
    if (!last)
        return last.error();
    if (!last->has_value())
        return std::optional<AccessReviewSignOff>{};
    return std::optional<AccessReviewSignOff>{fromRecord(**last)};
}

Result<bool> AccessReview::isDue() const
{
    auto last = lastSignOff();
    if (!last)
        return last.error();
    return !last->has_value() || m_session.clock().nowUtc() >= (*last)->dueAt;
}

} // namespace custos::access
