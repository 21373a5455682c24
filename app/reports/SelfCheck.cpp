#include "reports/SelfCheck.h"

#include "access/AccessReview.h"
#include "access/Staff.h"
#include "audit/AuditCheckpoints.h"
#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "orders/OrderService.h"
#include "storage/Database.h"
#include "storage/OrderRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/KeyRotation.h"
#include "vault/Session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace custos::selfcheck {
namespace {

using documents::escape;

QString dayText(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat);
}

QString names(const QStringList& list)
{
    constexpr int kShown = 8;
    if (list.size() <= kShown)
        return list.join(QStringLiteral(", "));
    return SelfCheck::tr("%1 and %2 more")
        .arg(list.mid(0, kShown).join(QStringLiteral(", ")))
        .arg(list.size() - kShown);
}

// The vault-integrity finding when the check reports damage (or cannot run at all).
Finding damaged(const QString& detail)
{
    Finding f;
    f.id = id::kVaultIntegrity;
    f.title = SelfCheck::tr("Vault integrity");
    f.severity = Severity::Problem;
    f.detail = detail;
    f.action = SelfCheck::tr("Stop using this computer for the vault, restore the latest backup to a healthy disk and "
                             "check the disk. Keep the damaged copy for your IT support.");
    return f;
}

Finding vaultIntegrity(storage::Database& db)
{
    Finding f;
    f.id = id::kVaultIntegrity;
    f.title = SelfCheck::tr("Vault integrity");
    // quick_check, not integrity_check: it skips the index-content comparison that takes minutes
    // on a vault with a million orders, and still finds damaged pages and broken b-trees.
    auto st = db.prepare(QStringLiteral("PRAGMA quick_check(5)"));
    QStringList messages;
    if (st) {
        while (true) {
            auto row = st->step();
            if (!row) {
                messages << row.errorMessage();
                break;
            }
            if (!row.value())
                break;
            messages << st->text(0);
        }
    } else {
        messages << st.errorMessage();
    }
    if (messages == QStringList{QStringLiteral("ok")}) {
        f.severity = Severity::Ok;
        f.detail = SelfCheck::tr("SQLite's quick check (PRAGMA quick_check) found the vault database intact. (The full "
                                 "integrity check is too slow to run at every sign-in.)");
        return f;
    }
    return damaged(SelfCheck::tr("SQLite's quick check (PRAGMA quick_check) reports damage: %1")
                       .arg(messages.join(QStringLiteral("; "))));
}

Finding auditChain(const AuditLog::Verification& v)
{
    Finding f;
    f.id = id::kAuditChain;
    f.title = SelfCheck::tr("Audit log");
    f.page = QStringLiteral("audit");
    if (v.intact) {
        f.severity = Severity::Ok;
        f.detail = SelfCheck::tr("All %1 events are unchanged and every signed checkpoint verifies.")
                       .arg(QLocale().toString(v.eventCount));
        if (v.lastCheckpointAt.isValid())
            f.detail +=
                QLatin1Char(' ') + SelfCheck::tr("Last signed checkpoint: %1.")
                                       .arg(QLocale().toString(v.lastCheckpointAt.toLocalTime(), QLocale::ShortFormat));
        if (!v.signingKeyFingerprint.isEmpty())
            f.detail += QLatin1Char(' ') + SelfCheck::tr("Signing key fingerprint: %1 — compare it with the one on "
                                                         "your recovery sheet or exported public key.")
                                               .arg(v.signingKeyFingerprint);
        return f;
    }
    f.severity = Severity::Problem;
    f.detail = v.problem.isEmpty() ? SelfCheck::tr("The audit log's hash chain does not verify.") : v.problem;
    f.action = SelfCheck::tr("Someone may have changed or deleted audit events. Do not sign new checkpoints over it: "
                             "keep this vault as evidence, compare it with your latest backup, and find out who had "
                             "the vault's password and the computer.");
    return f;
}

Finding screening(const QList<access::StaffMember>& staff)
{
    Finding f;
    f.id = id::kScreening;
    f.title = SelfCheck::tr("Background checks");
    f.page = QStringLiteral("staff");
    QStringList expired, failed, missing, pending, soon;
    for (const access::StaffMember& m : staff) {
        if (!m.employee.active)
            continue;
        const QString who = m.employee.fullName;
        switch (m.screening) {
        case ScreeningStatus::Expired:
            expired << who;
            break;
        case ScreeningStatus::Failed:
            failed << who;
            break;
        case ScreeningStatus::NotScreened:
            missing << who;
            break;
        case ScreeningStatus::Pending:
            pending << who;
            break;
        case ScreeningStatus::Cleared:
            if (m.screeningExpiresSoon)
                soon << who;
            break;
        }
    }
    QStringList parts;
    if (!expired.isEmpty())
        parts << SelfCheck::tr("Expired: %1.").arg(names(expired));
    if (!failed.isEmpty())
        parts << SelfCheck::tr("Failed: %1.").arg(names(failed));
    if (!missing.isEmpty())
        parts << SelfCheck::tr("No check recorded: %1.").arg(names(missing));
    if (!pending.isEmpty())
        parts << SelfCheck::tr("Waiting for a result: %1.").arg(names(pending));
    if (!soon.isEmpty())
        parts << SelfCheck::tr("Expiring soon: %1.").arg(names(soon));
    if (!expired.isEmpty() || !failed.isEmpty()) {
        f.severity = Severity::Problem;
        f.action = SelfCheck::tr("Record a new background check for each expired one, and review the access of anyone "
                                 "whose check failed (Staff page). Until then they cannot see card numbers.");
    } else if (!missing.isEmpty() || !pending.isEmpty() || !soon.isEmpty()) {
        f.severity = Severity::Warning;
        f.action = SelfCheck::tr("Request the missing checks and record the results on the Staff page (PCI DSS 12.7). "
                                 "Employees without a cleared check cannot see card numbers or export customer data.");
    } else {
        f.severity = Severity::Ok;
        parts << SelfCheck::tr("Every active employee has a cleared, current background check.");
    }
    f.detail = parts.join(QLatin1Char(' '));
    return f;
}

Result<Finding> accessReview(storage::Database& db, const QDateTime& now)
{
    Finding f;
    f.id = id::kAccessReview;
    f.title = SelfCheck::tr("Access review");
    f.page = QStringLiteral("review");
    auto last = storage::ScreeningRepository(db).lastAccessReview();
    if (!last)
        return last.error();
    if (!last->has_value()) {
        f.severity = Severity::Warning;
        f.detail = SelfCheck::tr("No access review has been signed off yet.");
        f.action = SelfCheck::tr("Review who may do what and sign it off on the Access review page (PCI DSS 7.2.4: "
                                 "every %1 months).")
                       .arg(access::AccessReview::kReviewIntervalMonths);
        return f;
    }
    const QDateTime due = (*last)->signedAt.addMonths(access::AccessReview::kReviewIntervalMonths);
    if (now >= due) {
        f.severity = Severity::Problem;
        f.detail = SelfCheck::tr("The last access review was signed on %1 by %2; the next was due on %3.")
                       .arg(dayText((*last)->signedAt), (*last)->reviewerName, dayText(due));
        f.action = SelfCheck::tr("Review who may do what and sign it off on the Access review page.");
        return f;
    }
    f.severity = Severity::Ok;
    f.detail = SelfCheck::tr("Last signed on %1 by %2; the next is due on %3.")
                   .arg(dayText((*last)->signedAt), (*last)->reviewerName, dayText(due));
    return f;
}

Finding passwordAge(const QList<access::StaffMember>& staff, const SecurityPolicy& policy, const QDateTime& now)
{
    Finding f;
    f.id = id::kPasswordAge;
    f.title = SelfCheck::tr("Password age");
    f.page = QStringLiteral("staff");
    QStringList old;
    for (const access::StaffMember& m : staff)
        if (m.employee.active && m.employee.passwordChangedAt.isValid() &&
            m.employee.passwordChangedAt.addDays(policy.maxPasswordAgeDays) <= now)
            old << m.employee.fullName;
    if (old.isEmpty()) {
        f.severity = Severity::Ok;
        f.detail = SelfCheck::tr("Every active employee changed their password within the last %1 days.")
                       .arg(policy.maxPasswordAgeDays);
        return f;
    }
    f.severity = Severity::Problem;
    f.detail = SelfCheck::tr("Older than %1 days: %2.").arg(policy.maxPasswordAgeDays).arg(names(old));
    f.action = SelfCheck::tr("They must choose a new password at their next sign-in. If they no longer work here, "
                             "deactivate their accounts on the Staff page.");
    return f;
}

Finding dormantAccounts(const QList<access::StaffMember>& staff)
{
    Finding f;
    f.id = id::kDormantAccounts;
    f.title = SelfCheck::tr("Inactive accounts");
    f.page = QStringLiteral("staff");
    QStringList dormant, overdue;
    for (const access::StaffMember& m : staff) {
        if (!m.employee.active)
            continue;
        if (m.daysSinceLastUse >= access::kDormantDays)
            overdue << m.employee.fullName;
        else if (m.dormant)
            dormant << m.employee.fullName;
    }
    if (overdue.isEmpty() && dormant.isEmpty()) {
        f.severity = Severity::Ok;
        f.detail =
            SelfCheck::tr("Every active account was used within the last %1 days.").arg(access::kDormantWarningDays);
        return f;
    }
    QStringList parts;
    if (!overdue.isEmpty())
        parts << SelfCheck::tr("Unused for %1 days or more: %2.").arg(access::kDormantDays).arg(names(overdue));
    if (!dormant.isEmpty())
        parts << SelfCheck::tr("Unused for %1 days or more: %2.").arg(access::kDormantWarningDays).arg(names(dormant));
    f.severity = overdue.isEmpty() ? Severity::Warning : Severity::Problem;
    f.detail = parts.join(QLatin1Char(' '));
    f.action = SelfCheck::tr("Deactivate the accounts of people who no longer need them (Staff page). Accounts unused "
                             "for %1 days are deactivated automatically (PCI DSS 8.2.6).")
                   .arg(access::kDormantDays);
    return f;
}

Result<Finding> cardRetention(Session& session, const QDateTime& now)
{
    Finding f;
    f.id = id::kCardRetention;
    f.title = SelfCheck::tr("Card numbers past retention");
    const int days = OrderService(session).cardRetentionDays();
    auto due = storage::OrderRepository(session.database()).ordersWithPanDueForPurge(now, days);
    if (!due)
        return due.error();
    if (due->isEmpty()) {
        f.severity = Severity::Ok;
        f.detail = days == 0 ? SelfCheck::tr("No full card number is kept after its order was charged or cancelled.")
                             : SelfCheck::tr("No full card number is kept longer than %1 days after its order was "
                                             "charged.")
                                   .arg(days);
        return f;
    }
    f.severity = Severity::Problem;
    f.page = QStringLiteral("purge");
    f.detail = due->size() == 1
                   ? SelfCheck::tr("1 order still keeps the encrypted full card number past the retention period "
                                   "(PCI DSS 3.2.1).")
                   : SelfCheck::tr("%1 orders still keep the encrypted full card number past the retention period "
                                   "(PCI DSS 3.2.1).")
                         .arg(due->size());
    f.action = SelfCheck::tr("Purge them now (Purge card numbers); brand, last 4 digits and expiry stay with the "
                             "orders.");
    return f;
}

Result<Finding> backup(storage::Database& db, const QDateTime& now)
{
    Finding f;
    f.id = id::kBackup;
    f.title = SelfCheck::tr("Backups");
    auto stored = storage::SettingsRepository(db).value(QString::fromLatin1(kLastBackupSetting));
    if (!stored)
        return stored.error();
    const QDateTime last = stored->isEmpty() ? QDateTime() : fromStorageTime(stored.value());
    if (!last.isValid()) {
        f.severity = Severity::Warning;
        f.detail = SelfCheck::tr("No backup has been made yet.");
        f.action = SelfCheck::tr("Back up the vault to a USB disk or another computer now, and then at least every %1 "
                                 "days. Keep one copy away from the shop.")
                       .arg(kBackupWarningDays);
        return f;
    }
    const qint64 days = last.daysTo(now);
    f.detail = days <= 0   ? SelfCheck::tr("The last backup was made today.")
               : days == 1 ? SelfCheck::tr("The last backup was made yesterday.")
                           : SelfCheck::tr("The last backup was made on %1, %2 days ago.").arg(dayText(last)).arg(days);
    if (days <= kBackupWarningDays) {
        f.severity = Severity::Ok;
        return f;
    }
    f.severity = days > kBackupProblemDays ? Severity::Problem : Severity::Warning;
    f.action = SelfCheck::tr("Back up the vault now, and then at least every %1 days.").arg(kBackupWarningDays);
    return f;
}

Finding keyAges(Session& session, const QDateTime& now)
{
    // PCI DSS 3.6.4 / 3.7.4: each key has a cryptoperiod (kKeyCryptoperiodMonths) and is replaced
    // at its end. The finding lists all three so the owner sees what is due next.
    Finding f;
    f.id = id::kKeyAges;
    f.title = SelfCheck::tr("Key ages");
    f.severity = Severity::Ok;
    f.page = QStringLiteral("keys");
    auto keys = vaultKeyStatus(session);
    if (!keys) {
        f.severity = Severity::Problem;
        f.detail = keys.errorMessage();
        f.action = SelfCheck::tr("Restore the vault from a backup: its keys are not all there.");
        return f;
    }
    QStringList lines;
    QStringList due;
    for (const VaultKeyStatus& k : std::as_const(keys.value())) {
        QString line = SelfCheck::tr("%1: in use since %2, planned lifetime ends on %3.")
                           .arg(vaultKeyKindDisplayName(k.kind), dayText(k.since), dayText(k.due));
        if (!k.fingerprint.isEmpty())
            line += QLatin1Char(' ') + SelfCheck::tr("Fingerprint %1.").arg(k.fingerprint);
        lines << line;
        if (now >= k.due)
            due << vaultKeyKindDisplayName(k.kind);
    }
    f.detail = lines.join(QLatin1Char(' '));
    if (!due.isEmpty()) {
        f.severity = Severity::Warning;
        f.action = SelfCheck::tr("Replace %1 in Settings → Keys… (or custos-cli rotate-keys). The planned lifetime of "
                                 "every key is %2 months; documents signed before stay verifiable.")
                       .arg(due.join(QStringLiteral(", ")))
                       .arg(kKeyCryptoperiodMonths);
    }
    return f;
}

QString findingsJson(const QList<Finding>& findings)
{
    QJsonArray list;
    for (const Finding& f : findings)
        list.append(QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("severity"), severityToStorage(f.severity)},
                                {QStringLiteral("title"), f.title}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace

QString severityToStorage(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QStringLiteral("ok");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Problem:
        return QStringLiteral("problem");
    }
    return QStringLiteral("problem");
}

std::optional<Severity> severityFromStorage(const QString& text)
{
    for (Severity s : {Severity::Ok, Severity::Warning, Severity::Problem})
        if (severityToStorage(s) == text)
            return s;
    return std::nullopt;
}

QString severityDisplayName(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return SelfCheck::tr("OK");
    case Severity::Warning:
        return SelfCheck::tr("Warning");
    case Severity::Problem:
        return SelfCheck::tr("Problem");
    }
    return {};
}

int Report::problems() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const Finding& f) { return f.severity == Severity::Problem; }));
}

int Report::warnings() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const Finding& f) { return f.severity == Severity::Warning; }));
}

QString Report::summary() const
{
    const int p = problems();
    const int w = warnings();
    if (p == 0 && w == 0)
        return SelfCheck::tr("No problems");
    const QString problemsText = p == 1 ? SelfCheck::tr("1 problem") : SelfCheck::tr("%1 problems").arg(p);
    const QString warningsText = w == 1 ? SelfCheck::tr("1 warning") : SelfCheck::tr("%1 warnings").arg(w);
    if (p == 0)
        return warningsText;
    if (w == 0)
        return problemsText;
    return SelfCheck::tr("%1, %2").arg(problemsText, warningsText);
}

Finding SelfCheck::checkIntegrity(const QString& databasePath, const crypto::SecureBytes& masterKey)
{
    auto db = storage::Database::open(databasePath, masterKey);
    if (!db)
        return damaged(tr("The vault file does not open for the check: %1").arg(db.errorMessage()));
    return vaultIntegrity(db.value());
}

Result<QList<Finding>> SelfCheck::findings(std::optional<Finding> integrity)
{
    storage::Database& db = m_session.database();
    const QDateTime now = m_session.clock().nowUtc();
    QList<Finding> out;
    out << (integrity ? std::move(*integrity) : vaultIntegrity(db));
    auto verification = AuditVerifier(db, m_session.vaultId()).verify(AuditScope::everything());
    if (!verification)
        return verification.error();
    out << auditChain(verification.value());
    auto staff = access::loadStaffMembers(m_session);
    if (!staff)
        return staff.error();
    out << screening(staff.value());
    auto review = accessReview(db, now);
    if (!review)
        return review.error();
    out << review.value();
    out << passwordAge(staff.value(), m_session.policy(), now);
    out << dormantAccounts(staff.value());
    auto cards = cardRetention(m_session, now);
    if (!cards)
        return cards.error();
    out << cards.value();
    auto backups = backup(db, now);
    if (!backups)
        return backups.error();
    out << backups.value();
    out << keyAges(m_session, now);
    return out;
}

Result<Report> SelfCheck::run(std::optional<Finding> integrity)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::RunSelfCheck, audit::kSelfCheckRun,
                                         QStringLiteral("selfcheck")));
    storage::Database& db = m_session.database();
    // Checked and recorded in one transaction, so the checkpoint signed at the end covers
    // exactly the log that was verified.
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    Report report;
    report.runAt = m_session.clock().nowUtc();
    report.runBy = m_session.employee().fullName;
    auto found = findings(std::move(integrity));
    if (!found)
        return found.error();
    report.findings = found.value();

    auto st =
        db.prepare(QStringLiteral("INSERT INTO self_checks (run_at, run_by, problems, findings) VALUES (?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(report.runAt))
        .bind(2, m_session.employee().id)
        .bind(3, report.problems())
        .bind(4, findingsJson(report.findings));
    CUSTOS_TRY(st->exec());
    report.id = db.lastInsertRowId();
    QStringList flagged;
    for (const Finding& f : std::as_const(report.findings))
        if (f.severity != Severity::Ok)
            flagged << f.id + QLatin1Char('=') + severityToStorage(f.severity);
    QString details =
        QStringLiteral("run=%1 problems=%2 warnings=%3").arg(report.id).arg(report.problems()).arg(report.warnings());
    if (!flagged.isEmpty())
        details += QLatin1Char(' ') + flagged.join(QLatin1Char(' '));
    CUSTOS_TRY(m_session.appendAudit(audit::kSelfCheckRun, QStringLiteral("selfcheck"), audit::kSuccess, details));
    const bool chainIntact = std::none_of(report.findings.cbegin(), report.findings.cend(), [](const Finding& f) {
        return f.id == id::kAuditChain && f.severity == Severity::Problem;
    });
    if (chainIntact) { // a broken chain is never signed
        auto checkpoint = appendCheckpoint(m_session);
        if (!checkpoint)
            return checkpoint.error();
    }
    CUSTOS_TRY(tx->commit());
    return report;
}

Result<std::optional<Report>> SelfCheck::last()
{
    auto actor = access::loadActor(m_session);
    if (!actor)
        return actor.error();
    if (const access::Decision d = access::decide(actor.value(), access::Permission::RunSelfCheck); !d)
        return Error{d.reason, Errc::Denied};
    auto st = m_session.database().prepare(
        QStringLiteral("SELECT s.id, s.run_at, coalesce(e.full_name, ''), s.findings FROM self_checks s "
                       "LEFT JOIN employees e ON e.id = s.run_by ORDER BY s.id DESC LIMIT 1"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Report>{};
    Report r;
    r.id = st->int64(0);
    r.runAt = fromStorageTime(st->text(1));
    r.runBy = st->text(2);
    const QJsonArray list = QJsonDocument::fromJson(st->text(3).toUtf8()).array();
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Finding f;
        f.id = o.value(QStringLiteral("id")).toString();
        f.severity = severityFromStorage(o.value(QStringLiteral("severity")).toString()).value_or(Severity::Problem);
        f.title = o.value(QStringLiteral("title")).toString();
        r.findings << f;
    }
    return std::optional<Report>{r};
}

documents::HtmlDocument SelfCheck::reportDocument(const Report& report, const QString& fingerprint) const
{
    const BusinessProfile& business = m_session.businessProfile();
    const QLocale locale;
    QString html =
        QStringLiteral("<html><body style=\"color:#000; background:#fff;\">"
                       "<p style=\"font-size:10pt;\"><b>%1</b><br>%2</p>"
                       "<h1 style=\"font-size:16pt;\">%3</h1>")
            .arg(escape(business.legalName), escape(business.addressLine()), escape(tr("Security self-check")));
    html += QStringLiteral("<p>%1</p>")
                .arg(escape(tr("Run on %1 by %2. Result: %3.")
                                .arg(locale.toString(report.runAt.toLocalTime(), QLocale::LongFormat), report.runBy,
                                     report.summary())));
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                           "style=\"border-color:#000; border-collapse:collapse;\"><tr><th align=\"left\">%1</th>"
                           "<th align=\"left\">%2</th><th align=\"left\">%3</th><th align=\"left\">%4</th></tr>")
                .arg(escape(tr("Result")), escape(tr("Check")), escape(tr("Found")), escape(tr("What to do")));
    for (const Finding& f : report.findings) {
        // Severity as a word in capitals: the report is faxed and photocopied, colour is lost.
        const QString severity = severityDisplayName(f.severity).toUpper();
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(escape(severity), escape(f.title), escape(f.detail),
                         escape(f.action.isEmpty() ? tr("Nothing") : f.action));
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(escape(fingerprint.isEmpty()
                                ? tr("This report is not signed.")
                                : tr("Signed with the business's signing key, fingerprint %1. Check the signature "
                                     "(FILE.sig) with: openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin "
                                     "-in FILE -sigfile FILE.sig")
                                      .arg(fingerprint)));
    html += QStringLiteral("</body></html>");
    documents::HtmlDocument doc;
    doc.title = tr("Security self-check %1").arg(report.runAt.toLocalTime().date().toString(Qt::ISODate));
    doc.html = html;
    return doc;
}

Result<documents::IssuedFile> SelfCheck::exportReport(const Report& report, const QString& path)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::RunSelfCheck, audit::kReportExported,
                                         QStringLiteral("report:selfcheck")));
    if (path.trimmed().isEmpty())
        return Error{tr("Choose where to save the report."), Errc::Invalid};
    auto granted = m_session.unsealGrantedKey(QStringLiteral("signing"));
    if (!granted)
        return granted.error();
    const bool sign = granted->has_value();
    QString fingerprint;
    if (sign) {
        auto keys = documents::signingKeys(m_session.database());
        if (!keys)
            return keys.error();
        for (const documents::SigningKeyInfo& k : keys.value())
            if (k.vaultKeyId == granted->value().vaultKeyId)
                fingerprint = k.fingerprint;
    }
    auto pdf = documents::renderPdf(reportDocument(report, fingerprint));
    if (!pdf)
        return pdf.error();
    documents::IssueRequest request;
    request.kind = documents::kind::kSelfCheck;
    request.reference = QStringLiteral("selfcheck:%1").arg(report.id);
    request.auditAction = audit::kReportExported;
    request.auditTarget = QStringLiteral("report:selfcheck");
    request.auditDetails = QStringLiteral("run=%1 problems=%2").arg(report.id).arg(report.problems());
    request.sign = sign;
    return documents::issueFile(m_session, path, pdf.value(), request);
}

} // namespace custos::selfcheck
