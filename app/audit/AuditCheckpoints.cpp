#include "audit/AuditCheckpoints.h"

#include "crypto/Crypto.h"
#include "vault/Session.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace custos {
namespace {

const QString kSigningKind = QStringLiteral("signing");

void appendField(QByteArray& out, const QByteArray& bytes)
{
    const quint32 n = static_cast<quint32>(bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8)
        out.append(static_cast<char>((n >> shift) & 0xff));
    out.append(bytes);
}

QString localTime(const QString& storageTime)
{
    return fromStorageTime(storageTime).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// The signing public keys by vault_keys id, retired ones included (old checkpoints stay valid).
struct SigningKeys
{
    QHash<qint64, QByteArray> byId;
    QByteArray current;
};

Result<SigningKeys> loadSigningKeys(storage::Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT id, public_key, retired_at FROM vault_keys WHERE kind = ?1"));
    if (!st)
        return st.error();
    st->bind(1, kSigningKind);
    SigningKeys keys;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        keys.byId.insert(st->int64(0), st->blob(1));
        if (st->isNull(2))
            keys.current = st->blob(1);
    }
    return keys;
}

Result<std::optional<qint64>> singleInt(storage::Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value() || st->isNull(0))
        return std::optional<qint64>{};
    return std::optional<qint64>{st->int64(0)};
}

Result<std::optional<AuditEvent>> eventAt(const AuditLog& log, qint64 seq)
{
    AuditQuery q;
    q.beforeSeq = seq + 1;
    q.limit = 1;
    auto found = log.recent(q);
    if (!found)
        return found.error();
    if (found->isEmpty() || found->first().seq != seq)
        return std::optional<AuditEvent>{};
    return std::optional<AuditEvent>{found->first()};
}

} // namespace

QByteArray AuditCheckpoints::canonicalBytes(const QString& vaultId, qint64 seq, const QByteArray& headHash,
                                            const QString& signedAt)
{
    QByteArray out;
    appendField(out, QByteArrayLiteral("custos-audit-checkpoint-v1"));
    appendField(out, vaultId.toUtf8());
    appendField(out, QByteArray::number(seq));
    appendField(out, headHash);
    appendField(out, signedAt.toUtf8());
    return out;
}

Result<QList<AuditCheckpoint>> AuditCheckpoints::all(storage::Database& db)
{
    auto st = db.prepare(QStringLiteral("SELECT id, seq, head_hash, signed_at, signed_by, vault_key_id, signature "
                                        "FROM audit_checkpoints ORDER BY seq, id"));
    if (!st)
        return st.error();
    QList<AuditCheckpoint> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        AuditCheckpoint c;
        c.id = st->int64(0);
        c.seq = st->int64(1);
        c.headHash = st->blob(2);
        c.signedAt = st->text(3);
        if (!st->isNull(4))
            c.signedBy = st->int64(4);
        c.vaultKeyId = st->int64(5);
        c.signature = st->blob(6);
        out << c;
    }
    return out;
}

Result<std::optional<qint64>> appendCheckpoint(Session& session)
{
    auto granted = session.unsealGrantedKey(kSigningKind);
    if (!granted)
        return granted.error();
    if (!granted.value())
        return std::optional<qint64>{};
    const Session::GrantedKey& key = *granted.value();
    storage::Database& db = session.database();

    auto head = singleInt(db, QStringLiteral("SELECT MAX(seq) FROM audit_events"));
    if (!head)
        return head.error();
    auto lastSigned = singleInt(db, QStringLiteral("SELECT MAX(seq) FROM audit_checkpoints"));
    if (!lastSigned)
        return lastSigned.error();
    // Nothing new since the last checkpoint (its own event is the head). A head *below* it means
    // the newest events were deleted: signing now would not hide that, but verify reports it.
    if (!head.value() || (lastSigned.value() && *lastSigned.value() >= *head.value()))
        return std::optional<qint64>{};

    // The private key must belong to the public key verifiers will use.
    auto keys = loadSigningKeys(db);
    if (!keys)
        return keys.error();
    auto publicKey = crypto::ed25519PublicFromPrivate(key.privateKey);
    if (!publicKey)
        return publicKey.error();
    if (keys->byId.value(key.vaultKeyId) != publicKey.value())
        return Error{AuditCheckpoints::tr("The vault's signing key does not match its public key, so the audit log "
                                          "cannot be signed. Restore the vault from a backup or ask for support."),
                     Errc::Corrupt};

    auto seq = session.appendAudit(audit::kAuditCheckpoint, QString(), audit::kSuccess,
                                   QStringLiteral("key=%1").arg(key.vaultKeyId));
    if (!seq)
        return seq.error();
    auto hashQuery = db.prepare(QStringLiteral("SELECT hash FROM audit_events WHERE seq = ?1"));
    if (!hashQuery)
        return hashQuery.error();
    hashQuery->bind(1, seq.value());
    auto row = hashQuery->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error{AuditCheckpoints::tr("The audit event just written could not be read back."), Errc::Failed};
    const QByteArray headHash = hashQuery->blob(0);

    const QString signedAt = toStorageTime(session.clock().nowUtc());
    auto signature = crypto::sign(key.privateKey,
                                  AuditCheckpoints::canonicalBytes(session.vaultId(), seq.value(), headHash, signedAt));
    if (!signature)
        return signature.error();
    auto insert = db.prepare(QStringLiteral("INSERT INTO audit_checkpoints "
                                            "(seq, head_hash, signed_at, signed_by, vault_key_id, signature) "
                                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!insert)
        return insert.error();
    insert->bind(1, seq.value())
        .bind(2, headHash)
        .bind(3, signedAt)
        .bind(4, session.employee().id)
        .bind(5, key.vaultKeyId)
        .bind(6, signature.value());
    CUSTOS_TRY(insert->exec());
    return std::optional<qint64>{seq.value()};
}

Result<std::optional<qint64>> writeCheckpoint(Session& session)
{
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    auto written = appendCheckpoint(session);
    if (!written || !written.value())
        return written; // the transaction rolls back: nothing was written
    CUSTOS_TRY(tx->commit());
    return written;
}

Result<AuditLog::Verification> AuditVerifier::verify(const AuditScope& scope) const
{
    AuditLog log(m_db, Clock::system()); // reads only; the clock is not used
    AuditLog::Verification v;

    auto keys = loadSigningKeys(m_db);
    if (!keys)
        return keys.error();
    if (!keys->current.isEmpty())
        v.signingKeyFingerprint = crypto::fingerprint(keys->current);
    auto checkpoints = AuditCheckpoints::all(m_db);
    if (!checkpoints)
        return checkpoints.error();
    v.checkpointCount = checkpoints->size();

    // The first problem by seq wins; on a tie the one noted first.
    struct Problem
    {
        qint64 seq = 0;
        QString text;
    };
    std::optional<Problem> first;
    const auto note = [&first](qint64 seq, const QString& text) {
        if (!first || seq < first->seq)
            first = Problem{seq, text};
    };
    // Names an event for the report; outside the reader's scope by number only.
    const auto name = [&](const AuditEvent& e) {
        auto visible = log.inScope(scope, e);
        return visible.ok() && visible.value() ? AuditLog::describe(e) : tr("Event %1").arg(e.seq);
    };

    QMap<qint64, QList<AuditCheckpoint>> validBySeq;
    QSet<qint64> rowSeqs;
    for (const AuditCheckpoint& c : std::as_const(checkpoints.value())) {
        rowSeqs.insert(c.seq);
        const auto publicKey = keys->byId.constFind(c.vaultKeyId);
        if (publicKey == keys->byId.cend()) {
            note(c.seq, tr("The checkpoint for event %1 (signed at %2) names a signing key this vault does not have: "
                           "it was forged.")
                            .arg(QString::number(c.seq), localTime(c.signedAt)));
            continue;
        }
        const QByteArray signedBytes = AuditCheckpoints::canonicalBytes(m_vaultId, c.seq, c.headHash, c.signedAt);
        if (c.seq < 1 || !crypto::verify(*publicKey, signedBytes, c.signature)) {
            note(c.seq, tr("The checkpoint for event %1 (signed at %2) has an invalid signature: it was forged or "
                           "altered.")
                            .arg(QString::number(c.seq), localTime(c.signedAt)));
            continue;
        }
        validBySeq[c.seq] << c;
        if (!v.lastCheckpointSeq || c.seq >= *v.lastCheckpointSeq) {
            v.lastCheckpointSeq = c.seq;
            v.lastCheckpointAt = fromStorageTime(c.signedAt);
        }
    }

    QByteArray expectedPrev = AuditLog::genesisHash();
    qint64 expectedSeq = 1;
    qint64 lastMatched = 0; // the newest event known to match a signed checkpoint
    qint64 maxSeq = 0;
    bool broken = false;
    auto scanned = log.scan([&](const AuditEvent& e) {
        ++v.eventCount;
        maxSeq = e.seq;
        if (broken)
            return true; // later problems are further down the chain: only count
        if (e.seq != expectedSeq) {
            note(
                expectedSeq,
                expectedSeq == 1
                    ? tr("Event 1 is missing: the log starts at event %1. The first events were deleted.").arg(e.seq)
                    : tr("Event %1 is missing: the log jumps from event %2 to event %3. Events were deleted.")
                          .arg(QString::number(expectedSeq), QString::number(expectedSeq - 1), QString::number(e.seq)));
            broken = true;
        } else if (e.prevHash != expectedPrev) {
            note(e.seq, tr("%1 was altered, or the event before it was: it no longer links to the event before it.")
                            .arg(name(e)));
            broken = true;
        } else if (AuditLog::chainHash(e.prevHash, e) != e.hash) {
            note(e.seq, tr("%1 was altered after it was written.").arg(name(e)));
            broken = true;
        } else {
            for (const AuditCheckpoint& c : validBySeq.value(e.seq)) {
                if (c.headHash == e.hash) {
                    lastMatched = e.seq;
                    continue;
                }
                // The chain is consistent but not the one that was signed: someone rewrote an
                // event after the last matching checkpoint and recomputed every hash since.
                note(lastMatched + 1,
                     tr("Events %1 to %2 no longer match the checkpoint signed at %3: one of them "
                        "was altered or deleted and the hashes were recomputed to hide it.")
                         .arg(QString::number(lastMatched + 1), QString::number(e.seq), localTime(c.signedAt)));
                broken = true;
                break;
            }
            if (!broken && e.action == audit::kAuditCheckpoint && e.outcome == audit::kSuccess &&
                !rowSeqs.contains(e.seq)) {
                note(e.seq, tr("%1 records a signed checkpoint, but the checkpoint itself is gone: it was deleted.")
                                .arg(name(e)));
                broken = true;
            }
        }
        expectedPrev = e.hash;
        ++expectedSeq;
        return true;
    });
    if (!scanned)
        return scanned.error();

    // The newest events deleted: a valid checkpoint covers an event beyond the end of the log.
    if (!validBySeq.isEmpty() && validBySeq.lastKey() > maxSeq) {
        const AuditCheckpoint& c = validBySeq.last().first();
        note(maxSeq + 1, tr("Events %1 to %2 were deleted: a checkpoint signed at %3 covers event %2, but the log "
                            "ends at event %4.")
                             .arg(QString::number(maxSeq + 1), QString::number(c.seq), localTime(c.signedAt),
                                  QString::number(maxSeq)));
    }

    if (first) {
        v.intact = false;
        v.firstBadSeq = first->seq;
        v.problem = first->text;
        auto event = eventAt(log, first->seq);
        if (!event)
            return event.error();
        v.firstBadEvent = event.value();
    }
    return v;
}

Result<AuditScope> auditScopeFor(const Session& session)
{
    switch (session.employee().role) {
    case Role::Owner:
        return AuditScope::everything();
    case Role::Manager:
        return AuditScope::forManager(session.employee().id);
    case Role::Clerk:
        break;
    }
    return Error{AuditVerifier::tr("Clerks cannot read the audit log. Ask a manager or an owner."), Errc::Denied};
}

Result<AuditLog::Verification> verifyAuditLog(Session& session)
{
    auto scope = auditScopeFor(session);
    if (!scope) {
        // A refusal is audited too: someone tried to check the log without the right to.
        (void)session.recordEvent(audit::kAuditVerify, QString(), audit::kDenied,
                                  QStringLiteral("role=%1").arg(roleToStorage(session.employee().role)));
        return Error{AuditVerifier::tr("Only owners and managers can verify the audit log."), Errc::Denied};
    }
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    auto verified = AuditVerifier(session.database(), session.vaultId()).verify(scope.value());
    if (!verified)
        return verified.error();
    AuditLog::Verification& v = verified.value();
    const QString details =
        v.intact ? QStringLiteral("events=%1 checkpoints=%2").arg(v.eventCount).arg(v.checkpointCount)
                 : QStringLiteral("events=%1 first_bad=%2").arg(v.eventCount).arg(v.firstBadSeq.value_or(0));
    CUSTOS_TRY(
        session.appendAudit(audit::kAuditVerify, QString(), v.intact ? audit::kSuccess : audit::kFailure, details));
    // Only an intact chain is signed: a checkpoint must never vouch for a broken log.
    if (v.intact && session.employee().role == Role::Owner) {
        auto written = appendCheckpoint(session);
        if (!written)
            return written.error();
        v.checkpointWritten = written.value();
    }
    CUSTOS_TRY(tx->commit());
    return verified;
}

} // namespace custos
