#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
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
// Staff, screening and disclosure (issue "Staff, background checks and disclosure").
inline const QString kEmployeeRoleChanged = QStringLiteral("employee.role_changed");
inline const QString kEmployeeDeactivated = QStringLiteral("employee.deactivated");
inline const QString kEmployeeReactivated = QStringLiteral("employee.reactivated");
inline const QString kScreeningRecorded = QStringLiteral("screening.recorded");
inline const QString kScreeningUpdated = QStringLiteral("screening.updated");
inline const QString kDisclosureGranted = QStringLiteral("disclosure.granted");
inline const QString kDisclosureRevoked = QStringLiteral("disclosure.revoked");
inline const QString kDisclosureRemoved =
    QStringLiteral("disclosure.removed"); // by the sweep: expiry, failed check, ...
inline const QString kCardRevealed = QStringLiteral("card.revealed");
inline const QString kCardCopied = QStringLiteral("card.copied");
inline const QString kAccessReviewSigned = QStringLiteral("access_review.signed");
inline const QString kAuditCheckpoint = QStringLiteral("audit.checkpoint");
// Reading or checking the log is itself logged (PCI DSS 10.2.1.3: all access to audit logs).
inline const QString kAuditRead = QStringLiteral("audit.read");
inline const QString kAuditVerify = QStringLiteral("audit.verify");
// Paper and proof (issue 5). Target names the document ("form:F-000012", "order:2026-000123",
// "report:access", "customer:42"); details never carry personal data or card digits.
inline const QString kDocumentPrinted = QStringLiteral("document.printed"); // sent to a printer
inline const QString kDocumentSaved = QStringLiteral("document.saved");     // saved as PDF/CSV/JSON
inline const QString kDocumentSigned = QStringLiteral("document.signed");   // a detached signature made
inline const QString kReportExported = QStringLiteral("report.exported");   // a compliance report (+ .sig)
inline const QString kPrivacyNoticeChanged = QStringLiteral("settings.privacy_notice");
inline const QString kDocumentSettingsChanged = QStringLiteral("settings.documents"); // paper size, logo
inline const QString kSigningKeyExported = QStringLiteral("signing_key.exported");
inline const QString kCustomerDataExported = QStringLiteral("customer.data_exported"); // GDPR Art. 15/20
inline const QString kCustomerErased = QStringLiteral("customer.erased");              // GDPR Art. 17
inline const QString kSelfCheckRun = QStringLiteral("selfcheck.run");
// Key rotation (issue 6). Target: "master", "card_data" or "signing"; details: key ids,
// fingerprints and counts, never key material.
inline const QString kKeyRotated = QStringLiteral("key.rotated");
inline const QString kKeyRotationFailed = QStringLiteral("key.rotation_failed");
inline const QString kRecoveryUpdated = QStringLiteral("recovery.updated"); // recovery slot brought up to date

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

// Whose events a reader may see (the SQL form of access::canSeeEventsOf): owners every event,
// managers their own and the clerks' (by the employee's current role). An event without an
// actor id (a failed sign-in, recorded before anyone was signed in) belongs to the employee
// whose user name it carries; one that names nobody on the staff is for owners only.
struct AuditScope
{
    std::optional<qint64> managerId; // nullopt: everything (owners)

    static AuditScope everything() { return {}; }
    static AuditScope forManager(qint64 employeeId) { return AuditScope{employeeId}; }
};

struct AuditQuery
{
    std::optional<qint64> actorId;   // events of this employee, failed sign-ins under their user name included
    QString action;                  // empty: any; ending in '.' ("card."): every action of that group
    QString outcome;                 // empty: any (audit::kSuccess, kFailure, kDenied)
    QDate fromDay;                   // local day, inclusive; invalid: no lower bound
    QDate toDay;                     // local day, inclusive; invalid: no upper bound
    std::optional<qint64> beforeSeq; // keyset paging: only events older than this one
    AuditScope scope;
    bool includeCheckpoints = true; // false: leave out the audit.checkpoint events
    int limit = 100;
};

// An employee who can appear in the log, for filter lists.
struct AuditActor
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QString role; // "clerk", "manager", "owner"
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
    // Newest first, filtered and scoped; page on with query.beforeSeq = the last seq returned.
    Result<QList<AuditEvent>> recent(const AuditQuery& query) const;
    // The action names present in the log (sorted), for filter lists.
    Result<QStringList> actions() const;
    // The employees whose events `scope` may see (active first, then by user name).
    Result<QList<AuditActor>> actors(const AuditScope& scope = {}) const;
    // Whether an event is inside `scope` (the same rule as recent()'s SQL).
    Result<bool> inScope(const AuditScope& scope, const AuditEvent& event) const;
    // Every event in seq order, oldest first; `visit` returns false to stop early.
    Result<void> scan(const std::function<bool(const AuditEvent&)>& visit) const;

    struct Verification
    {
        bool intact = true;
        qint64 eventCount = 0;
        qint64 checkpointCount = 0;              // signed checkpoints found (valid or not)
        std::optional<qint64> firstBadSeq;       // the first event that was altered or deleted (or may have been)
        std::optional<AuditEvent> firstBadEvent; // that event as stored now, when it still exists
        QString problem;                         // translated, names the event
        std::optional<qint64> lastCheckpointSeq; // the newest checkpoint with a valid signature
        QDateTime lastCheckpointAt;
        QString signingKeyFingerprint;           // of the current signing key: compare with the recovery sheet
        std::optional<qint64> checkpointWritten; // set by verifyAuditLog(Session&) when it signed a new one
    };
    // The whole check: the hash chain, every signed checkpoint (signature, the event it covers
    // still carrying the signed hash, no event after it deleted) and the checkpoint events
    // still having their checkpoint. See AuditCheckpoints.h. The vault id is read from the
    // vault's settings; AuditVerifier takes it from the session instead.
    Result<Verification> verify() const;

    static QByteArray canonicalBytes(const AuditEvent& event);
    static QByteArray chainHash(const QByteArray& prevHash, const AuditEvent& event);
    static QByteArray genesisHash(); // 32 zero bytes
    // "Event 12 (session.sign_in by clerk at 2026-11-30 10:57:03)", local time, for problem reports.
    static QString describe(const AuditEvent& event);

private:
    storage::Database& m_db;
    const Clock& m_clock;
};

} // namespace custos
