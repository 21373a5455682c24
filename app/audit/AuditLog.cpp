#include "audit/AuditLog.h"

#include "crypto/Crypto.h"


namespace custos {
namespace {

constexpr const char* kSelectColumns =
    "SELECT seq, at, actor_id, actor_name, action, target, outcome, details, prev_hash, hash FROM audit_events";

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
    QString sql = QString::fromLatin1(kSelectColumns) + QStringLiteral(" WHERE (?1 IS NULL OR actor_id = ?1)"
                                                                       " AND (?2 = '' OR action = ?2)"
                                                                       " ORDER BY seq DESC LIMIT ?3");
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, query.actorId).bind(2, query.action.isNull() ? QStringLiteral("") : query.action).bind(3, query.limit);
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

Result<AuditLog::Verification> AuditLog::verify() const
{
    auto st = m_db.prepare(QString::fromLatin1(kSelectColumns) + QStringLiteral(" ORDER BY seq"));
    if (!st)
        return st.error();
    Verification v;
    QByteArray expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const AuditEvent e = readEvent(st.value());
        ++v.eventCount;
        if (!v.intact)
            continue;
        if (e.seq != expectedSeq) {
            v.intact = false;
            v.firstBadSeq = expectedSeq;
            v.problem = tr("Event %1 is missing: the log jumps from %2 to %3.").arg(expectedSeq).arg(expectedSeq - 1).arg(e.seq);
        } else if (e.prevHash != expectedPrev) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.problem = tr("Event %1 does not link to the event before it.").arg(e.seq);
        } else if (chainHash(e.prevHash, e) != e.hash) {
            v.intact = false;
            v.firstBadSeq = e.seq;
            v.problem = tr("Event %1 was changed after it was written.").arg(e.seq);
        }
        expectedPrev = e.hash;
        ++expectedSeq;
    }
    return v;
}

} // namespace custos
