#include "audit/AuditLog.h"

#include "audit/AuditCheckpoints.h"
#include "crypto/Crypto.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"

#include <algorithm>

namespace custos {
namespace {

constexpr const char* kSelectColumns =
    "SELECT seq, at, actor_id, actor_name, action, target, outcome, details, prev_hash, hash FROM audit_events";

// The employee an event belongs to: its actor, or for an event recorded before anyone signed in
// (a failed sign-in) the employee whose user name it carries. Scope and actor filters use it.
constexpr const char* kFilteredSelect =
    "SELECT a.seq, a.at, a.actor_id, a.actor_name, a.action, a.target, a.outcome, a.details, a.prev_hash, a.hash "
    "FROM audit_events a LEFT JOIN employees e ON e.id = COALESCE(a.actor_id, "
    "(SELECT x.id FROM employees x WHERE x.username = a.actor_name)) "
    "WHERE (?1 IS NULL OR e.id = ?1)"
    " AND (?2 = '' OR a.action = ?2 OR (substr(?2, -1) = '.' AND substr(a.action, 1, length(?2)) = ?2))"
    " AND (?3 = '' OR a.outcome = ?3)"
    " AND (?4 IS NULL OR a.at >= ?4)"
    " AND (?5 IS NULL OR a.at < ?5)"
    " AND (?6 IS NULL OR a.seq < ?6)"
    " AND (?7 IS NULL OR e.id = ?7 OR e.role = 'clerk')"
    " AND (?8 = 1 OR a.action <> ?9)"
    " ORDER BY a.seq DESC LIMIT ?10";

std::optional<QString> dayStart(const QDate& day)
{
    if (!day.isValid())
        return std::nullopt;
    return toStorageTime(day.startOfDay(Qt::LocalTime));
}

AuditEvent readEvent(const storage::Statement& st)
{
    AuditEvent e;
    e.seq = st.int64(0);
    e.at = fromStorageTime(st.text(1));
    if (!st.isNull(2))
        e.actorId = st.int64(2);
    e.actorName = st.text(3);
    e.action = st.text(4);
    e.target = st.text(5);
    e.outcome = st.text(6);
    e.details = st.text(7);
    e.prevHash = st.blob(8);
    e.hash = st.blob(9);
    return e;
}

} // namespace

QByteArray AuditLog::genesisHash()
{
    return QByteArray(32, '\0');
}

QByteArray AuditLog::canonicalBytes(const AuditEvent& event)
{
    // Length-prefixed fields in a fixed order, so no separator can be forged inside a field.
    // (Not QDataStream: it writes a null and an empty string differently, and the database
    // does not keep that difference.)
    QByteArray out;
    auto field = [&out](const QByteArray& bytes) {
        const quint32 n = static_cast<quint32>(bytes.size());
        for (int shift = 24; shift >= 0; shift -= 8)
            out.append(static_cast<char>((n >> shift) & 0xff));
        out.append(bytes);
    };
    field(QByteArrayLiteral("custos-audit-v1"));
    field(QByteArray::number(event.seq));
    field(toStorageTime(event.at).toUtf8());
    field(event.actorId ? QByteArray::number(*event.actorId) : QByteArray());
    field(event.actorName.toUtf8());
    field(event.action.toUtf8());
    field(event.target.toUtf8());
    field(event.outcome.toUtf8());
    field(event.details.toUtf8());
    return out;
}

QByteArray AuditLog::chainHash(const QByteArray& prevHash, const AuditEvent& event)
{
    return crypto::sha256(prevHash + canonicalBytes(event));
}

Result<qint64> AuditLog::append(AuditEvent event)
{
    if (!event.at.isValid())
        event.at = m_clock.nowUtc();
    // Milliseconds are what is stored; hash what is stored.
    event.at = fromStorageTime(toStorageTime(event.at));

    auto head = m_db.prepare(QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
    if (!head)
        return head.error();
    auto hasRow = head->step();
    if (!hasRow)
        return hasRow.error();
    event.seq = hasRow.value() ? head->int64(0) + 1 : 1;
    event.prevHash = hasRow.value() ? head->blob(1) : genesisHash();
    event.hash = chainHash(event.prevHash, event);

    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO audit_events (seq, at, actor_id, actor_name, action, target, outcome, details, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, event.seq)
        .bind(2, toStorageTime(event.at))
        .bind(3, event.actorId)
        .bind(4, event.actorName)
        .bind(5, event.action)
        .bind(6, event.target)
        .bind(7, event.outcome)
        .bind(8, event.details)
        .bind(9, event.prevHash)
        .bind(10, event.hash);
    CUSTOS_TRY(insert->exec());
    return event.seq;
}

Result<QList<AuditEvent>> AuditLog::recent(const AuditQuery& query) const
{
    auto st = m_db.prepare(QString::fromLatin1(kFilteredSelect));
    if (!st)
        return st.error();
    const auto text = [](const QString& s) { return s.isNull() ? QStringLiteral("") : s; };
    st->bind(1, query.actorId)
        .bind(2, text(query.action.trimmed()))
        .bind(3, text(query.outcome))
        .bind(4, dayStart(query.fromDay))
        .bind(5, dayStart(query.toDay.isValid() ? query.toDay.addDays(1) : QDate()))
        .bind(6, query.beforeSeq)
        .bind(7, query.scope.managerId)
        .bind(8, query.includeCheckpoints)
        .bind(9, audit::kAuditCheckpoint)
        .bind(10, std::max(query.limit, 0));
    QList<AuditEvent> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out << readEvent(st.value());
    }
    return out;
}

Result<QStringList> AuditLog::actions() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT DISTINCT action FROM audit_events ORDER BY action"));
    if (!st)
        return st.error();
    QStringList out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        out << st->text(0);
    }
    return out;
}

Result<QList<AuditActor>> AuditLog::actors(const AuditScope& scope) const
{
    auto all = storage::EmployeeRepository(m_db).all();
    if (!all)
        return all.error();
    QList<Employee> employees = all.value();
    std::stable_sort(employees.begin(), employees.end(), [](const Employee& a, const Employee& b) {
        if (a.active != b.active)
            return a.active;
        return a.username.compare(b.username, Qt::CaseInsensitive) < 0;
    });
    QList<AuditActor> out;
    for (const Employee& e : std::as_const(employees)) {
        if (scope.managerId && e.id != *scope.managerId && e.role != Role::Clerk)
            continue;
        out << AuditActor{e.id, e.username, e.fullName, roleToStorage(e.role)};
    }
    return out;
}

Result<bool> AuditLog::inScope(const AuditScope& scope, const AuditEvent& event) const
{
    if (!scope.managerId)
        return true;
    storage::EmployeeRepository employees(m_db);
    auto who = event.actorId ? employees.byId(*event.actorId) : employees.byUsername(event.actorName);
    if (!who)
        return who.error();
    if (!who.value())
        return false;
    return who.value()->id == *scope.managerId || who.value()->role == Role::Clerk;
}

Result<void> AuditLog::scan(const std::function<bool(const AuditEvent&)>& visit) const
{
    auto st = m_db.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral(" ORDER BY seq"));
    if (!st)
        return st.error();
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value() || !visit(readEvent(st.value())))
            return success();
    }
}

QString AuditLog::describe(const AuditEvent& event)
{
    const QString who = event.actorName.isEmpty() ? tr("nobody") : event.actorName;
    return tr("Event %1 (%2 by %3 at %4)")
        .arg(QString::number(event.seq), event.action, who,
             event.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
}

Result<AuditLog::Verification> AuditLog::verify() const
{
    auto vaultId = storage::SettingsRepository(m_db).value(QStringLiteral("vault.id"));
    if (!vaultId)
        return vaultId.error();
    return AuditVerifier(m_db, vaultId.value()).verify();
}

} // namespace custos
