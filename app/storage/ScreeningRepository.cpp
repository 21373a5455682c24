#include "storage/ScreeningRepository.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"

namespace custos::storage {
namespace {

const QString kCheckColumns =
    QStringLiteral("SELECT id, employee_id, type, provider, reference, requested_on, decided_on, result, expires_on, "
                   "notes, recorded_by, recorded_at FROM screening_checks");

std::optional<QString> dateText(const QDate& d)
{
    return d.isValid() ? std::optional<QString>(d.toString(Qt::ISODate)) : std::nullopt;
}

QDate dateFrom(const Statement& st, int column)
{
    return st.isNull(column) ? QDate() : QDate::fromString(st.text(column), Qt::ISODate);
}

// Optional text columns are NOT NULL DEFAULT ''; a null QString binds '' anyway.
QString field(const QString& s)
{
    return s.trimmed();
}

ScreeningCheck readCheck(const Statement& st)
{
    ScreeningCheck c;
    c.id = st.int64(0);
    c.employeeId = st.int64(1);
    c.type = screeningTypeFromStorage(st.text(2)).value_or(ScreeningType::Identity);
    c.provider = st.text(3);
    c.reference = st.text(4);
    c.requestedOn = dateFrom(st, 5);
    c.decidedOn = dateFrom(st, 6);
    // An unknown result text cannot come from this code; reading it as failed keeps it from clearing anyone.
    c.result = screeningResultFromStorage(st.text(7)).value_or(ScreeningResult::Failed);
    c.expiresOn = dateFrom(st, 8);
    c.notes = st.text(9);
    if (!st.isNull(10))
        c.recordedBy = st.int64(10);
    c.recordedAt = fromStorageTime(st.text(11));
    return c;
}

// Binds type .. notes as ?1 .. ?8.
void bindCheckFields(Statement& st, const ScreeningCheck& c)
{
    const bool pending = c.result == ScreeningResult::Pending;
    st.bind(1, screeningTypeToStorage(c.type))
        .bind(2, field(c.provider))
        .bind(3, field(c.reference))
        .bind(4, c.requestedOn.toString(Qt::ISODate))
        .bind(5, pending ? std::nullopt : dateText(c.decidedOn))
        .bind(6, screeningResultToStorage(c.result))
        .bind(7, c.result == ScreeningResult::Cleared ? dateText(c.expiresOn) : std::nullopt)
        .bind(8, field(c.notes));
}

} // namespace

Result<qint64> ScreeningRepository::insert(const ScreeningCheck& check)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO screening_checks (type, provider, reference, requested_on, decided_on, result, expires_on, notes, "
        "employee_id, recorded_by, recorded_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)"));
    if (!st)
        return st.error();
    bindCheckFields(st.value(), check);
    st->bind(9, check.employeeId).bind(10, check.recordedBy).bind(11, toStorageTime(check.recordedAt));
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

Result<bool> ScreeningRepository::update(const ScreeningCheck& check)
{
    auto st = m_db.prepare(
        QStringLiteral("UPDATE screening_checks SET type = ?1, provider = ?2, reference = ?3, requested_on = ?4, "
                       "decided_on = ?5, result = ?6, expires_on = ?7, notes = ?8 WHERE id = ?9"));
    if (!st)
        return st.error();
    bindCheckFields(st.value(), check);
    st->bind(9, check.id);
    CUSTOS_TRY(st->exec());
    return m_db.changes() > 0;
}

Result<std::optional<ScreeningCheck>> ScreeningRepository::byId(qint64 id) const
{
    auto st = m_db.prepare(kCheckColumns + QStringLiteral(" WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ScreeningCheck>{};
    return std::optional<ScreeningCheck>{readCheck(st.value())};
}

Result<QList<ScreeningCheck>> ScreeningRepository::forEmployee(qint64 employeeId) const
{
    auto st =
        m_db.prepare(kCheckColumns + QStringLiteral(" WHERE employee_id = ? ORDER BY requested_on DESC, id DESC"));
    if (!st)
        return st.error();
    st->bind(1, employeeId);
    QList<ScreeningCheck> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out << readCheck(st.value());
    }
}

Result<QHash<qint64, QList<ScreeningCheck>>> ScreeningRepository::all() const
{
    auto st = m_db.prepare(kCheckColumns + QStringLiteral(" ORDER BY employee_id, requested_on DESC, id DESC"));
    if (!st)
        return st.error();
    QHash<qint64, QList<ScreeningCheck>> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        ScreeningCheck c = readCheck(st.value());
        out[c.employeeId] << c;
    }
}

Result<qint64> ScreeningRepository::insertAccessReview(const AccessReviewRecord& r)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO access_reviews (signed_at, reviewer_id, employees_reviewed, "
                                          "notes, snapshot) VALUES (?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(r.signedAt))
        .bind(2, r.reviewerId)
        .bind(3, r.employeesReviewed)
        .bind(4, field(r.notes))
        .bind(5, r.snapshot);
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

Result<std::optional<ScreeningRepository::AccessReviewRecord>> ScreeningRepository::lastAccessReview() const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT r.id, r.signed_at, r.reviewer_id, e.full_name, r.employees_reviewed, r.notes, r.snapshot "
        "FROM access_reviews r LEFT JOIN employees e ON e.id = r.reviewer_id ORDER BY r.signed_at DESC, r.id DESC "
        "LIMIT 1"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<AccessReviewRecord>{};
    AccessReviewRecord r;
    r.id = st->int64(0);
    r.signedAt = fromStorageTime(st->text(1));
    r.reviewerId = st->int64(2);
    r.reviewerName = st->text(3);
    r.employeesReviewed = st->int32(4);
    r.notes = st->text(5);
    r.snapshot = st->text(6);
    return std::optional<AccessReviewRecord>{r};
}

Result<QHash<qint64, ScreeningRepository::RevealCount>> ScreeningRepository::revealsSince(const QDateTime& since) const
{
    // audit_events_action (action, at) serves the range.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT actor_id, count(*), max(at) FROM audit_events WHERE action = ?1 AND outcome = ?2 AND at >= ?3 "
        "AND actor_id IS NOT NULL GROUP BY actor_id"));
    if (!st)
        return st.error();
    st->bind(1, audit::kCardRevealed).bind(2, audit::kSuccess).bind(3, toStorageTime(since));
    QHash<qint64, RevealCount> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.insert(st->int64(0), RevealCount{st->int32(1), fromStorageTime(st->text(2))});
    }
}

} // namespace custos::storage
