#pragma once

// The security self-check (owners): runs at each owner's sign-in and on demand, and turns the
// state of the vault into findings, each saying what to do. Checks: vault integrity (SQLite
// quick_check), the audit chain and its signed checkpoints, background checks, the access
// review, password ages, dormant accounts, sealed card numbers past retention, the last
// backup, and the signing key's age against its cryptoperiod.
//
// A run is one action: its findings (id, severity, title) are stored in self_checks and
// "selfcheck.run" is audited in one transaction; when the audit chain is intact an owner's run
// also signs a checkpoint covering it, so what was checked is what is signed.

#include "core/Result.h"
#include "documents/HtmlPdf.h"
#include "documents/Signing.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace custos {
class Session;
}
namespace custos::crypto {
class SecureBytes;
}

namespace custos::selfcheck {

enum class Severity { Ok, Warning, Problem };
QString severityToStorage(Severity severity); // "ok", "warning", "problem"
std::optional<Severity> severityFromStorage(const QString& text);
QString severityDisplayName(Severity severity); // translated: "OK", "Warning", "Problem"

// Stable finding ids (stored, and used by the dashboard's "Go to…" links).
namespace id {
inline const QString kVaultIntegrity = QStringLiteral("vault_integrity");
inline const QString kAuditChain = QStringLiteral("audit_chain");
inline const QString kScreening = QStringLiteral("screening");
inline const QString kAccessReview = QStringLiteral("access_review");
inline const QString kPasswordAge = QStringLiteral("password_age");
inline const QString kDormantAccounts = QStringLiteral("dormant_accounts");
inline const QString kCardRetention = QStringLiteral("card_retention");
inline const QString kBackup = QStringLiteral("backup");
inline const QString kKeyAges = QStringLiteral("key_ages"); // the three vault keys against their cryptoperiod
} // namespace id

// Written by the backup feature (storage time, UTC) after each verified backup.
inline constexpr const char* kLastBackupSetting = "backup.last_success_at";
// Days since the last backup before it becomes a warning, and a problem.
inline constexpr int kBackupWarningDays = 7;
inline constexpr int kBackupProblemDays = 30;

struct Finding
{
    QString id; // one of selfcheck::id
    Severity severity = Severity::Ok;
    QString title;  // translated, one line
    QString detail; // translated: what was found
    QString action; // translated: what to do (empty when nothing needs doing)
    // The workspace page that fixes it ("staff", "review", "audit", "orders"), empty: none.
    QString page;
};

struct Report
{
    qint64 id = 0; // self_checks.id
    QDateTime runAt;
    QString runBy; // full name
    QList<Finding> findings;
    int problems() const;
    int warnings() const;
    // "2 problems, 1 warning" / "No problems" (translated).
    QString summary() const;
};

class SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(SelfCheck)
public:
    explicit SelfCheck(Session& session) : m_session(session) {}

    // Runs every check, stores the run and audits it (see the file comment). Needs RunSelfCheck
    // (owners; a refusal is audited). Reading a big audit log takes a while (about a second per
    // few hundred thousand events). `integrity`: the vault-integrity finding already made by
    // checkIntegrity() (the GUI makes it on a worker thread); without it, run() makes it here.
    Result<Report> run(std::optional<Finding> integrity = std::nullopt);
    // The vault-integrity finding alone: SQLite's quick_check over every page of the file, on a
    // connection of its own to `databasePath` keyed with `masterKey`, so it may run on any
    // thread while the session goes on using its connection. It reads the whole file (about 17 s
    // for a 2.3 GB vault of a million orders) and SQLite 3.15 cannot stop it half way. Never
    // fails: a file that does not open or check is itself the finding.
    static Finding checkIntegrity(const QString& databasePath, const crypto::SecureBytes& masterKey);
    // The newest stored run (ids, severities and titles only; details are not stored), or
    // nullopt when none was made. Needs RunSelfCheck.
    Result<std::optional<Report>> last();

    // The report as a document (PDF), fax-friendly, with the signing key's fingerprint.
    documents::HtmlDocument reportDocument(const Report& report, const QString& fingerprint) const;
    // Writes the report as PDF to `path` with a detached signature (path.sig) via
    // documents::issueFile (kind self_check, audited report.exported). Unsigned only when the
    // owner holds no signing key.
    Result<documents::IssuedFile> exportReport(const Report& report, const QString& path);

private:
    Result<QList<Finding>> findings(std::optional<Finding> integrity);
    Session& m_session;
};

} // namespace custos::selfcheck
