#pragma once

// Signed checkpoints of the audit chain, and the verifier that checks chain and checkpoints.
//
// A checkpoint is the chain head signed with the vault's Ed25519 signing key, which only owners
// hold. Writing one first appends an `audit.checkpoint` event and then signs *that* event's
// hash: the checkpoint covers itself. So an attacker with the database key who deletes a
// checkpoint row leaves an `audit.checkpoint` event without its signature (detected), and one
// who edits an event and recomputes every hash after it no longer matches the signed head
// (detected). Deleting the newest events is detected when a checkpoint covers an event that
// is gone. What no check inside the vault can catch is a wholesale rollback (events,
// checkpoints and their events all cut back to an earlier, genuine state) or a signing key
// replaced together with every checkpoint: compare the signing key's fingerprint with the one
// on the recovery sheet or an exported public key, and keep the last checkpoint's number.
//
// Canonical bytes signed: length-prefixed UTF-8 fields "custos-audit-checkpoint-v1", vault id,
// seq (decimal), head hash (raw 32 bytes), signed_at (the stored ISO text).

#include "audit/AuditLog.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace custos {

class Session;

struct AuditCheckpoint
{
    qint64 id = 0;
    qint64 seq = 0;
    QByteArray headHash;
    QString signedAt; // storage text, exactly as signed
    std::optional<qint64> signedBy;
    qint64 vaultKeyId = 0;
    QByteArray signature;
};

class AuditCheckpoints
{
    Q_DECLARE_TR_FUNCTIONS(AuditCheckpoints)
public:
    static QByteArray canonicalBytes(const QString& vaultId, qint64 seq, const QByteArray& headHash,
                                     const QString& signedAt);
    // Every checkpoint row, by seq.
    static Result<QList<AuditCheckpoint>> all(storage::Database& db);
};

// Signs the current chain head in a transaction of its own (owners' sign-in, lock, sign-out).
// Returns the seq of the audit.checkpoint event it covers; nullopt when the session holds no
// signing key (not an owner) or nothing was logged since the last checkpoint.
Result<std::optional<qint64>> writeCheckpoint(Session& session);
// The same inside the caller's open transaction (so a lock or a verification and its
// checkpoint are one action).
Result<std::optional<qint64>> appendCheckpoint(Session& session);

// Checks the hash chain and every checkpoint of one vault. The first problem (lowest seq)
// becomes the report's firstBadSeq and problem. Events outside `scope` are named by number
// only (a manager verifying must not learn about an owner's event from the report).
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)
public:
    AuditVerifier(storage::Database& db, QString vaultId) : m_db(db), m_vaultId(std::move(vaultId)) {}

    Result<AuditLog::Verification> verify(const AuditScope& scope = {}) const;

private:
    storage::Database& m_db;
    QString m_vaultId;
};

// "Verify chain" for the signed-in employee (owners and managers; clerks Errc::Denied, audited):
// verifies, records audit.verify with the outcome, and when an owner's check is intact signs a
// new checkpoint covering it — all one transaction, so what is signed is what was checked.
Result<AuditLog::Verification> verifyAuditLog(Session& session);

// The scope the signed-in employee reads the log with: owners everything, managers theirs
// and the clerks', clerks Errc::Denied.
Result<AuditScope> auditScopeFor(const Session& session);

} // namespace custos
