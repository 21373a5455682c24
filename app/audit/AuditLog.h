#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace custos {

// Action names stored in the log. Stable strings: reports and filters depend on them.
namespace audit {
inline const QString kVaultCreated = QStringLiteral("vault.created");
inline const QString kSignIn = QStringLiteral("session.sign_in");
inline const QString kSignOut = QStringLiteral("session.sign_out");
inline const QString kLock = QStringLiteral("session.lock");
inline const QString kUnlock = QStringLiteral("session.unlock");
inline const QString kLockout = QStringLiteral("session.lockout");
inline const QString kPasswordChange = QStringLiteral("account.password_change");
inline const QString kRecoveryUsed = QStringLiteral("account.recovery_code_used");
inline const QString kEmployeeCreated = QStringLiteral("employee.created");
inline const QString kPolicyChanged = QStringLiteral("settings.security_policy");
inline const QString kProfileChanged = QStringLiteral("settings.business_profile");
inline const QString kRecoverySheet = QStringLiteral("document.recovery_sheet");
// Reading or checking the log is itself logged (PCI DSS 10.2.1.3: all access to audit logs).
inline const QString kAuditRead = QStringLiteral("audit.read");
inline const QString kAuditVerify = QStringLiteral("audit.verify");

inline const QString kSuccess = QStringLiteral("success");
inline const QString kFailure = QStringLiteral("failure");
inline const QString kDenied = QStringLiteral("denied");
} // namespace audit

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime at;
    std::optional<qint64> actorId;
    QString actorName;
    QString action;
    QString target;
    QString outcome = audit::kSuccess;
    QString details; // never a PAN, CVV, password or key
    QByteArray prevHash;
    QByteArray hash;
};

struct AuditQuery
{
    std::optional<qint64> actorId;
    QString action; // empty: any
    int limit = 100;
};

// The append-only audit log. Each event's hash covers the previous event's hash and its own
// canonical bytes, so an edited or deleted row breaks the chain from that point on.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    AuditLog(storage::Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Appends inside the caller's transaction (if any). `event.at` defaults to now.
    Result<qint64> append(AuditEvent event);
    Result<QList<AuditEvent>> recent(const AuditQuery& query) const;

    struct Verification
    {
        bool intact = true;
        qint64 eventCount = 0;
        std::optional<qint64> firstBadSeq; // the first event whose hash or link does not match
        QString problem;                   // translated
    };
    Result<Verification> verify() const;

    static QByteArray canonicalBytes(const AuditEvent& event);
    static QByteArray chainHash(const QByteArray& prevHash, const AuditEvent& event);
    static QByteArray genesisHash(); // 32 zero bytes

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace custos
