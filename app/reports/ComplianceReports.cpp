#include "reports/ComplianceReports.h"

#include "access/Access.h"
#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "documents/PrivacyNotice.h"
#include "orders/OrderService.h"
#include "storage/OrderRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

#include <QHash>
#include <QRegularExpression>
#include <algorithm>

// SQL of this file: the access report's aggregate and detail queries over audit_events (the
// audit log's own paging query joins the employees table for scoping on every row, which is
// needless for an owner and too slow over a million events), and the inventory's counts.
namespace custos::reports {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ComplianceReports", text, disambiguation, n);
}

QString dayText(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

QString storageDayStart(const QDate& day)
{
    return toStorageTime(day.startOfDay(Qt::LocalTime));
}

// Which access-report category an event falls in. The WHERE clause below selects exactly the
// events that have one.
constexpr const char* kAccessCondition =
    "at >= ?1 AND at < ?2 AND (outcome = 'denied' OR action IN ('card.revealed', 'card.copied', 'document.saved') "
    "OR action LIKE '%exported')";

QString employeeLabel(const QString& fullName, const QString& username)
{
    if (fullName.isEmpty())
        return username;
    return u"%1 (%2)"_s.arg(fullName, username);
}

QString outcomeText(const QString& outcome)
{
    if (outcome == audit::kSuccess)
        return tr("success");
    if (outcome == audit::kDenied)
        return tr("DENIED");
    if (outcome == audit::kFailure)
        return tr("failed");
    return outcome;
}

QString eventText(const QString& action)
{
    if (action == audit::kCardRevealed)
        return tr("Card number revealed");
    if (action == audit::kCardCopied)
        return tr("Card number copied");
    if (action == audit::kDocumentSaved)
        return tr("Document saved");
    if (action == audit::kReportExported)
        return tr("Report exported");
    if (action == audit::kCustomerDataExported)
        return tr("Customer data exported");
    if (action == audit::kSigningKeyExported)
        return tr("Signing key exported");
    if (action == u"orders.exported"_s)
        return tr("Orders exported");
    return action;
}

Result<qint64> countOf(storage::Database& db, const QString& sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int64(0) : 0;
}

QString keyKindText(const QString& kind)
{
    if (kind == u"card_data"_s)
        return tr("Card data (full card numbers)");
    if (kind == u"signing"_s)
        return tr("Document signing");
    return kind;
}

} // namespace

// ---- catalogue -------------------------------------------------------------------------------

QList<ReportInfo> allReports()
{
    return {
        {ReportKind::Access, u"access"_s, tr("Disclosure and access"),
         tr("Card reveals, copies, exports and denied attempts per employee over the period."), true, true},
        {ReportKind::Screening, u"screening"_s, tr("Staff screening"),
         tr("Each employee's background-check status and expiry, key grants and the last access review."), false, true},
        {ReportKind::Accounts, u"accounts"_s, tr("Passwords and accounts"),
         tr("Password ages against the policy, lock-outs in the period, dormant accounts, pending changes."), true,
         true},
        {ReportKind::Inventory, u"inventory"_s, tr("Data inventory and retention"),
         tr("What personal data is kept, why and for how long, and card numbers awaiting purge (PCI DSS 3.2.1)."),
         false, true},
        {ReportKind::Processing, u"processing"_s, tr("Records of processing"),
         tr("GDPR Article 30 record: controller, purposes, data, recipients, retention and security measures."), false,
         true},
        {ReportKind::Statement, u"statement"_s, tr("Privacy and security statement"),
         tr("A signed statement for customers: the privacy notice and how Custos protects their data (PDF)."), false,
         false},
    };
}

ReportInfo reportInfo(ReportKind kind)
{
    for (const ReportInfo& info : allReports())
        if (info.kind == kind)
            return info;
    return {};
}

std::optional<ReportKind> reportKindFromName(const QString& name)
{
    for (const ReportInfo& info : allReports())
        if (info.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return info.kind;
    return std::nullopt;
}

std::pair<QDate, QDate> lastQuarter(const QDate& today)
{
    const int quarterStartMonth = ((today.month() - 1) / 3) * 3 + 1;
    const QDate thisQuarter(today.year(), quarterStartMonth, 1);
    const QDate from = thisQuarter.addMonths(-3);
    return {from, thisQuarter.addDays(-1)};
}

QString suggestedFileName(ReportKind kind, const QDate& from, const QDate& to, ReportFormat format, const QDate& today)
{
    const QString ext = format == ReportFormat::Pdf ? u"pdf"_s : u"csv"_s;
    const ReportInfo info = reportInfo(kind);
    QString stem;
    switch (kind) {
    case ReportKind::Statement:
        stem = u"privacy-and-security-statement"_s;
        break;
    case ReportKind::Processing:
        stem = u"records-of-processing"_s;
        break;
    default:
        stem = info.name + u"-report"_s;
    }
    if (!info.usesPeriod)
        return u"%1-%2.%3"_s.arg(stem, dayText(today), ext);
    const bool wholeQuarter = from.isValid() && to.isValid() && from.day() == 1 && (from.month() - 1) % 3 == 0 &&
                              to == from.addMonths(3).addDays(-1);
    if (wholeQuarter)
        return u"%1-%2-Q%3.%4"_s.arg(stem).arg(from.year()).arg((from.month() - 1) / 3 + 1).arg(ext);
    return u"%1-%2-to-%3.%4"_s.arg(stem, dayText(from), dayText(to), ext);
}

// ---- building ---------------------------------------------------------------------------------

Report ComplianceReports::skeleton(ReportKind kind, const QDate& from, const QDate& to) const
{
    const ReportInfo info = reportInfo(kind);
    Report r;
    r.name = info.name;
    r.title = info.title;
    r.business = m_session.businessProfile().legalName;
    if (info.usesPeriod)
        r.period = tr("%1 to %2").arg(dayText(from), dayText(to));
    r.generatedAt = m_session.clock().nowUtc();
    r.generatedBy = employeeLabel(m_session.employee().fullName, m_session.employee().username);
    if (auto key = documents::currentSigningKey(m_session.database()))
        r.signingFingerprint = key->fingerprint;
    return r;
}

Result<Report> ComplianceReports::build(ReportKind kind, const QDate& from, const QDate& to)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::ExportComplianceReports, audit::kReportExported,
                                         u"report:"_s + reportInfo(kind).name));
    if (reportInfo(kind).usesPeriod) {
        if (!from.isValid() || !to.isValid())
            return Error{tr("Choose the first and the last day of the period."), Errc::Invalid};
        if (from > to)
            return Error{tr("The period starts (%1) after it ends (%2).").arg(dayText(from), dayText(to)),
                         Errc::Invalid};
    }
    Result<Report> report = Error{};
    switch (kind) {
    case ReportKind::Access:
        report = accessReport(from, to);
        break;
    case ReportKind::Screening:
        report = screeningReport();
        break;
    case ReportKind::Accounts:
        report = accountsReport(from, to);
        break;
    case ReportKind::Inventory:
        report = inventoryReport();
        break;
    case ReportKind::Processing:
        report = processingReport();
        break;
    case ReportKind::Statement:
        report = statement();
        break;
    }
    if (report)
        report->notes << ReportWriter::verifyHint();
    return report;
}

Result<Report> ComplianceReports::accessReport(const QDate& from, const QDate& to)
{
    Report r = skeleton(ReportKind::Access, from, to);
    r.landscape = true; // seven columns of events
    storage::Database& db = m_session.database();
    const QString start = storageDayStart(from);
    const QString end = storageDayStart(to.addDays(1));

    auto st =
        db.prepare(QStringLiteral("SELECT a.actor_name, MAX(e.full_name), MAX(e.role),"
                                  " SUM(a.outcome = 'success' AND a.action = 'card.revealed'),"
                                  " SUM(a.outcome = 'success' AND a.action = 'card.copied'),"
                                  " SUM(a.outcome = 'success' AND a.action NOT IN ('card.revealed', 'card.copied')),"
                                  " SUM(a.outcome = 'denied'), SUM(a.outcome = 'failure'), COUNT(*)"
                                  " FROM (SELECT actor_id, actor_name, action, outcome FROM audit_events WHERE ") +
                   QString::fromLatin1(kAccessCondition) + u") a LEFT JOIN employees e ON e.id = a.actor_id"_s +
                   u" GROUP BY a.actor_name ORDER BY a.actor_name COLLATE NOCASE"_s);
    if (!st)
        return st.error();
    st->bind(1, start).bind(2, end);
    ReportTable summary;
    summary.title = tr("Per employee");
    summary.columns = {tr("Employee"), tr("Role"),   tr("Reveals"), tr("Copies"),
                       tr("Exports"),  tr("Denied"), tr("Failed"),  tr("Events")};
    summary.columnWeights = {5, 2, 2, 2, 2, 2, 2, 2};
    summary.emptyText = tr("No events in this period.");
    qint64 total = 0, reveals = 0, copies = 0, exports = 0, denied = 0;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        const QString role = st->text(2);
        summary.rows << QStringList{employeeLabel(st->text(1), st->text(0)),
                                    role.isEmpty() ? QString() : roleDisplayName(*roleFromStorage(role)),
                                    QString::number(st->int64(3)),
                                    QString::number(st->int64(4)),
                                    QString::number(st->int64(5)),
                                    QString::number(st->int64(6)),
                                    QString::number(st->int64(7)),
                                    QString::number(st->int64(8))};
        reveals += st->int64(3);
        copies += st->int64(4);
        exports += st->int64(5);
        denied += st->int64(6);
        total += st->int64(8);
    }

    if (total == 0) {
        r.summary << tr("No events in this period: nobody revealed, copied or exported card or customer data, and "
                        "no attempt was denied between %1 and %2.")
                         .arg(dayText(from), dayText(to));
    } else {
        r.summary << tr("Between %1 and %2 the audit log records %3 event(s) of disclosure and access: %4 card "
                        "number reveal(s), %5 copy(ies), %6 export(s) of documents or data, and %7 denied attempt(s).")
                         .arg(dayText(from), dayText(to))
                         .arg(total)
                         .arg(reveals)
                         .arg(copies)
                         .arg(exports)
                         .arg(denied);
    }
    r.summary << tr("The events come from the hash-chained audit log; run \"Verify audit log\" to check that none "
                    "was altered or removed.");
    r.tables << summary;

    ReportTable detail;
    detail.title = tr("Events");
    detail.columns = {tr("No."), tr("Time"), tr("Employee"), tr("Event"), tr("Target"), tr("Outcome"), tr("Details")};
    detail.columnWeights = {2, 4, 4, 5, 5, 3, 7};
    detail.emptyText = tr("No events in this period.");
    detail.expectedRows = total;
    storage::Database* database = &db;
    detail.source = [database, start, end](const RowSink& sink) -> Result<void> {
        auto rows = database->prepare(
            u"SELECT seq, at, actor_name, action, target, outcome, details FROM audit_events WHERE "_s +
            QString::fromLatin1(kAccessCondition) + u" ORDER BY seq"_s);
        if (!rows)
            return rows.error();
        rows->bind(1, start).bind(2, end);
        while (true) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!row.value())
                return success();
            if (!sink({QString::number(rows->int64(0)), timeText(fromStorageTime(rows->text(1))), rows->text(2),
                       eventText(rows->text(3)), rows->text(4), outcomeText(rows->text(5)), rows->text(6)}))
                return success();
        }
    };
    r.tables << detail;
    return r;
}

Result<Report> ComplianceReports::screeningReport()
{
    Report r = skeleton(ReportKind::Screening, {}, {});
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    auto members = access::loadStaffMembers(m_session);
    if (!members)
        return members.error();
    QHash<qint64, QString> names;
    for (const access::StaffMember& m : members.value())
        names.insert(m.employee.id, employeeLabel(m.employee.fullName, m.employee.username));

    storage::KeyRepository keys(m_session.database());
    QHash<qint64, QString> keyKinds;
    for (const QString& kind : {u"card_data"_s, u"signing"_s}) {
        auto list = keys.vaultKeys(kind);
        if (!list)
            return list.error();
        for (const auto& k : list.value())
            keyKinds.insert(k.id, kind);
    }
    auto grants = keys.allGrants();
    if (!grants)
        return grants.error();
    auto checks = storage::ScreeningRepository(m_session.database()).all();
    if (!checks)
        return checks.error();
    auto review = storage::ScreeningRepository(m_session.database()).lastAccessReview();
    if (!review)
        return review.error();

    int cleared = 0, active = 0, attention = 0;
    ReportTable staff;
    staff.title = tr("Employees");
    staff.columns = {tr("Employee"),  tr("Role"),           tr("Account"),
                     tr("Screening"), tr("Clearance ends"), tr("Card-data grant until")};
    staff.columnWeights = {5, 2, 2, 3, 3, 3};
    staff.emptyText = tr("No employees.");
    for (const access::StaffMember& m : members.value()) {
        if (m.employee.active) {
            ++active;
            if (m.screening == ScreeningStatus::Cleared)
                ++cleared;
            else if (m.employee.role != Role::Clerk || m.holdsCardDataGrant)
                ++attention;
        }
        QString grant = tr("none");
        if (m.holdsCardDataGrant)
            grant = m.grantExpiresAt.isValid() ? dayText(m.grantExpiresAt.toLocalTime().date()) : tr("no expiry");
        staff.rows << QStringList{names.value(m.employee.id),
                                  roleDisplayName(m.employee.role),
                                  m.employee.active ? tr("active") : tr("inactive"),
                                  screeningStatusDisplayName(m.screening),
                                  dayText(m.clearedUntil),
                                  grant};
    }

    ReportTable grantTable;
    grantTable.title = tr("Key grants");
    grantTable.columns = {tr("Employee"), tr("Key"), tr("Granted"), tr("Granted by"), tr("Expires")};
    grantTable.columnWeights = {4, 4, 3, 4, 3};
    grantTable.emptyText = tr("No key grants.");
    for (const auto& g : grants.value())
        grantTable.rows << QStringList{names.value(g.employeeId, QString::number(g.employeeId)),
                                       keyKindText(keyKinds.value(g.vaultKeyId)), timeText(g.grantedAt),
                                       g.grantedBy ? names.value(*g.grantedBy) : tr("at vault creation"),
                                       g.expiresAt.isValid() ? timeText(g.expiresAt) : tr("no expiry")};

    ReportTable checkTable;
    checkTable.title = tr("Background checks (newest first per employee)");
    checkTable.columns = {tr("Employee"), tr("Check"),  tr("Provider"), tr("Requested"),
                          tr("Decided"),  tr("Result"), tr("Expires")};
    checkTable.columnWeights = {4, 3, 4, 2, 2, 2, 2};
    checkTable.emptyText = tr("No background checks recorded.");
    for (const access::StaffMember& m : members.value()) {
        for (const ScreeningCheck& c : checks->value(m.employee.id))
            checkTable.rows << QStringList{names.value(c.employeeId),
                                           screeningTypeDisplayName(c.type),
                                           c.provider,
                                           dayText(c.requestedOn),
                                           dayText(c.decidedOn),
                                           screeningResultDisplayName(c.result),
                                           dayText(c.expiresOn)};
    }

    r.summary << tr("Status on %1: %2 of %3 active employee(s) hold a cleared background check (PCI DSS 12.7).")
                     .arg(dayText(today))
                     .arg(cleared)
                     .arg(active);
    if (attention > 0)
        r.summary << tr("%1 active manager(s), owner(s) or grant holder(s) are not cleared: record their checks "
                        "before they may see card numbers.")
                         .arg(attention);
    if (review.value()) {
        const QDateTime due = review.value()->signedAt.addMonths(6);
        r.summary << tr("Last access review (PCI DSS 7.2.4): signed %1 by %2 for %3 employee(s); the next one is due "
                        "by %4%5.")
                         .arg(timeText(review.value()->signedAt), review.value()->reviewerName)
                         .arg(review.value()->employeesReviewed)
                         .arg(dayText(due.toLocalTime().date()))
                         .arg(due < m_session.clock().nowUtc() ? tr(" (OVERDUE)") : QString());
    } else {
        r.summary << tr("No access review has been signed yet (PCI DSS 7.2.4 asks for one every six months).");
    }
    r.tables << staff << grantTable << checkTable;
    return r;
}

Result<Report> ComplianceReports::accountsReport(const QDate& from, const QDate& to)
{
    Report r = skeleton(ReportKind::Accounts, from, to);
    const SecurityPolicy policy = m_session.policy().clamped();
    const QDateTime now = m_session.clock().nowUtc();
    auto members = access::loadStaffMembers(m_session);
    if (!members)
        return members.error();

    ReportTable accounts;
    accounts.title = tr("Accounts");
    accounts.columns = {tr("Employee"),   tr("Role"),     tr("Account"),      tr("Password changed"),
                        tr("Age (days)"), tr("Password"), tr("Last sign-in"), tr("Unused (days)")};
    accounts.columnWeights = {5, 2, 2, 3, 2, 3, 3, 2};
    accounts.emptyText = tr("No employees.");
    int expired = 0, pending = 0, dormant = 0;
    for (const access::StaffMember& m : members.value()) {
        const Employee& e = m.employee;
        const qint64 age = e.passwordChangedAt.isValid() ? e.passwordChangedAt.daysTo(now) : 0;
        QString state = tr("OK");
        if (!e.active) {
            state = tr("no access");
        } else if (e.mustChangePassword) {
            state = tr("change pending");
            ++pending;
        } else if (age >= policy.maxPasswordAgeDays) {
            state = tr("EXPIRED");
            ++expired;
        }
        if (m.dormant)
            ++dormant;
        QString account = e.active ? tr("active") : tr("inactive since %1").arg(dayText(m.deactivatedAt.date()));
        if (m.dormant)
            account = tr("DORMANT");
        accounts.rows << QStringList{employeeLabel(e.fullName, e.username),
                                     roleDisplayName(e.role),
                                     account,
                                     dayText(e.passwordChangedAt.toLocalTime().date()),
                                     QString::number(age),
                                     state,
                                     e.lastSignInAt.isValid() ? timeText(e.lastSignInAt) : tr("never"),
                                     QString::number(m.daysSinceLastUse)};
    }

    AuditQuery query;
    query.action = audit::kLockout;
    query.fromDay = from;
    query.toDay = to;
    query.limit = 100000;
    auto lockouts = m_session.auditLog().recent(query);
    if (!lockouts)
        return lockouts.error();
    ReportTable lockTable;
    lockTable.title = tr("Lock-outs in the period");
    lockTable.columns = {tr("No."), tr("Time"), tr("Account"), tr("Details")};
    lockTable.columnWeights = {2, 4, 4, 8};
    lockTable.emptyText = tr("No lock-outs in this period.");
    for (auto it = lockouts->crbegin(); it != lockouts->crend(); ++it)
        lockTable.rows << QStringList{QString::number(it->seq), timeText(it->at), it->actorName, it->details};

    r.summary << tr("Policy: passwords of at least %1 characters, changed every %2 days at most, none of the last %3 "
                    "reused; %4 failed sign-ins lock an account for %5 minutes; an idle session locks after %6 "
                    "minutes; accounts unused for %7 days are deactivated.")
                     .arg(policy.minPasswordLength)
                     .arg(policy.maxPasswordAgeDays)
                     .arg(policy.passwordHistory)
                     .arg(policy.maxFailedSignIns)
                     .arg(policy.lockoutMinutes)
                     .arg(policy.idleLockMinutes)
                     .arg(access::kDormantDays);
    r.summary << tr("Now: %1 password(s) past the maximum age, %2 forced change(s) pending, %3 dormant account(s) "
                    "(unused for %4 days or more); %5 lock-out(s) between %6 and %7.")
                     .arg(expired)
                     .arg(pending)
                     .arg(dormant)
                     .arg(access::kDormantWarningDays)
                     .arg(lockouts->size())
                     .arg(dayText(from), dayText(to));
    r.tables << accounts << lockTable;
    return r;
}

Result<Report> ComplianceReports::inventoryReport()
{
    Report r = skeleton(ReportKind::Inventory, {}, {});
    storage::Database& db = m_session.database();
    const int retention = OrderService(m_session).cardRetentionDays();
    const QDateTime now = m_session.clock().nowUtc();

    struct Counts
    {
        qint64 customers = 0, archived = 0, erased = 0, orders = 0, cards = 0, sealed = 0, employees = 0, checks = 0,
               events = 0, documents = 0;
    } c;
    const std::pair<qint64*, QString> queries[] = {
        {&c.customers, u"SELECT COUNT(*) FROM customers WHERE erased_at IS NULL"_s},
        {&c.archived, u"SELECT COUNT(*) FROM customers WHERE erased_at IS NULL AND archived = 1"_s},
        {&c.erased, u"SELECT COUNT(*) FROM customers WHERE erased_at IS NOT NULL"_s},
        {&c.orders, u"SELECT COUNT(*) FROM orders"_s},
        {&c.cards, u"SELECT COUNT(*) FROM order_cards"_s},
        {&c.sealed, u"SELECT COUNT(*) FROM order_cards WHERE sealed_pan IS NOT NULL"_s},
        {&c.employees, u"SELECT COUNT(*) FROM employees"_s},
        {&c.checks, u"SELECT COUNT(*) FROM screening_checks"_s},
        {&c.events, u"SELECT COUNT(*) FROM audit_events"_s},
        {&c.documents, u"SELECT COUNT(*) FROM issued_documents"_s},
    };
    for (const auto& [target, sql] : queries) {
        auto n = countOf(db, sql);
        if (!n)
            return n.error();
        *target = n.value();
    }

    const QString retentionText =
        retention == 0 ? tr("Purged when the order is charged or cancelled")
                       : tr("Purged %1 day(s) after the order is charged; at once when cancelled").arg(retention);
    ReportTable data;
    data.title = tr("Personal data kept");
    data.columns = {tr("Data"), tr("About"), tr("Why"), tr("How long"), tr("Records"), tr("Protection")};
    data.columnWeights = {5, 3, 4, 4, 3, 5};
    const QString vaultProtection = tr("Encrypted vault (SQLCipher, AES-256); by role");
    data.rows << QStringList{tr("Name, postal address, phone, email"),
                             tr("Customers"),
                             tr("Taking, delivering and invoicing orders"),
                             tr("Until the customer asks for erasure (GDPR Art. 17)"),
                             tr("%1 (%2 archived, %3 erased)").arg(c.customers).arg(c.archived).arg(c.erased),
                             vaultProtection};
    data.rows << QStringList{tr("Orders: items, amounts, status history"),
                             tr("Customers"),
                             tr("Accounting and tax records"),
                             tr("Kept for the accounts; an erased customer's orders keep only a tombstone"),
                             QString::number(c.orders),
                             vaultProtection};
    data.rows << QStringList{tr("Card brand, first 6 and last 4 digits, expiry, card holder"),
                             tr("Card payers"),
                             tr("Refunds, chargebacks, recognising the card"),
                             tr("With the order"),
                             QString::number(c.cards),
                             tr("Encrypted vault; clerks see the last 4 digits only (PCI DSS 3.4.1)")};
    data.rows << QStringList{tr("Full card number (sealed)"),
                             tr("Card payers"),
                             tr("Charging the payment"),
                             retentionText,
                             QString::number(c.sealed),
                             tr("Sealed to the card-data key (X25519, AES-256-GCM): readable only by screened "
                                "employees holding a grant; every reveal audited")};
    data.rows << QStringList{tr("Card security code (CVV)"),
                             tr("Card payers"),
                             tr("Authorising the payment"),
                             tr("Never stored (PCI DSS 3.3.1.2)"),
                             u"0"_s,
                             tr("Held in memory during the call only")};
    data.rows << QStringList{tr("Name, user name, role, background-check results"),
                             tr("Employees"),
                             tr("Access control and PCI DSS 12.7 screening"),
                             tr("Kept while employed; deactivated accounts keep their history"),
                             tr("%1 employee(s), %2 check(s)").arg(c.employees).arg(c.checks),
                             vaultProtection};
    data.rows << QStringList{tr("Audit log: who did what and when"),
                             tr("Employees"),
                             tr("Accountability (PCI DSS 10.2)"),
                             tr("Kept; append-only and hash-chained"),
                             QString::number(c.events),
                             tr("Encrypted vault; hash chain with signed checkpoints")};
    data.rows << QStringList{tr("Issued documents: kind, time, fingerprint"),
                             tr("—"),
                             tr("Proof of what was printed or exported"),
                             tr("Kept"),
                             QString::number(c.documents),
                             vaultProtection};

    storage::OrderRepository orders(db);
    auto due = orders.ordersWithPanDueForPurge(now, retention);
    if (!due)
        return due.error();
    ReportTable purge;
    purge.title = tr("Sealed card numbers kept past the retention period");
    purge.columns = {tr("Order"), tr("Status"), tr("Since"), tr("Days past retention")};
    purge.columnWeights = {3, 2, 3, 2};
    purge.emptyText = tr("None: no sealed card number is kept past the retention period.");
    for (qint64 id : due.value()) {
        auto number = orders.numberFor(id);
        if (!number)
            return number.error();
        auto history = orders.history(id);
        if (!history)
            return history.error();
        QDateTime since;
        QString status;
        for (const OrderStatusChange& step : history.value()) {
            if (step.to == OrderStatus::Charged || step.to == OrderStatus::Cancelled) {
                since = step.at;
                status = step.to == OrderStatus::Charged ? tr("charged") : tr("cancelled");
            }
        }
        const qint64 past = since.isValid() ? since.daysTo(now) - retention : 0;
        purge.rows << QStringList{number->value_or(QString::number(id)), status, timeText(since),
                                  QString::number(std::max<qint64>(past, 0))};
    }

    r.summary << tr("Data held in this vault on %1. Personal data never leaves it except in the documents and "
                    "exports the audit log records.")
                     .arg(dayText(now.toLocalTime().date()));
    r.summary << (due->isEmpty()
                      ? tr("PCI DSS 3.2.1 quarterly check: no sealed card number is kept past the retention period "
                           "(%1 day(s) after charging).")
                            .arg(retention)
                      : tr("PCI DSS 3.2.1 quarterly check: %1 sealed card number(s) are kept past the retention "
                           "period (%2 day(s) after charging). Purge them on the Security check page.")
                            .arg(due->size())
                            .arg(retention));
    r.tables << data << purge;
    return r;
}

Result<Report> ComplianceReports::processingReport()
{
    Report r = skeleton(ReportKind::Processing, {}, {});
    const BusinessProfile& b = m_session.businessProfile();
    const int retention = OrderService(m_session).cardRetentionDays();
    const SecurityPolicy policy = m_session.policy().clamped();
    const auto orNotSet = [](const QString& text) {
        return text.trimmed().isEmpty() ? tr("[not set in the business profile]") : text.trimmed();
    };
    QStringList contact;
    if (!b.phone.isEmpty())
        contact << tr("phone %1").arg(b.phone);
    if (!b.fax.isEmpty())
        contact << tr("fax %1").arg(b.fax);
    if (!b.email.isEmpty())
        contact << tr("email %1").arg(b.email);

    ReportTable record;
    record.title = tr("Record of processing activities (GDPR Article 30(1))");
    record.columns = {tr("Item"), tr("Record")};
    record.columnWeights = {2, 6};
    record.rows << QStringList{tr("Controller"), u"%1, %2"_s.arg(orNotSet(b.legalName), orNotSet(b.addressLine()))};
    record.rows << QStringList{tr("Contact"), orNotSet(contact.join(u", "_s))};
    record.rows << QStringList{tr("Privacy contact"), orNotSet(b.privacyContact)};
    record.rows << QStringList{tr("Purposes"),
                               tr("Taking and fulfilling customer orders by phone, fax, mail and in person; charging "
                                  "card payments; handling refunds and chargebacks; keeping accounting records; "
                                  "controlling and recording staff access to customer and card data.")};
    record.rows << QStringList{tr("Categories of data subjects"), tr("Customers (including card holders); employees.")};
    record.rows << QStringList{
        tr("Categories of personal data"),
        tr("Customers: name, postal address, phone number, email address, order history; card brand, first 6 and "
           "last 4 digits, expiry and card holder name; the full card number, sealed, until purged. The card security "
           "code is never stored. Employees: name, user name, role, background-check results, sign-in and access "
           "history.")};
    record.rows << QStringList{tr("Recipients"),
                               tr("Employees of the controller, each by role (clerks see the last 4 card digits "
                                  "only; full numbers only screened staff with a grant); the card acquirer or "
                                  "payment processor when a payment is charged; auditors and banks the controller "
                                  "hands signed reports to.")};
    record.rows << QStringList{
        tr("Transfers to third countries"),
        tr("None by Custos: the data stays in the encrypted vault on the controller's computer.")};
    record.rows << QStringList{
        tr("Retention"),
        tr("Full card numbers: %1. Customer details: until erasure is requested (orders kept for the accounts with "
           "the customer replaced by a tombstone). Audit log: kept, append-only.")
            .arg(retention == 0 ? tr("purged when the order is charged or cancelled")
                                : tr("purged %1 day(s) after charging").arg(retention))};
    record.rows << QStringList{
        tr("Security measures (Article 32)"),
        tr("Encrypted vault (SQLCipher, AES-256) opened only with an employee's password (scrypt); card numbers "
           "sealed to a key held only by screened employees with a grant; masking by role; every reveal, copy, "
           "export and denied attempt in a hash-chained audit log with signed checkpoints; passwords of at least %1 "
           "characters changed every %2 days; lock-out after %3 failed sign-ins; idle lock after %4 minutes; "
           "background checks for staff who may see card data; access reviews every six months; signed documents "
           "and reports.")
            .arg(policy.minPasswordLength)
            .arg(policy.maxPasswordAgeDays)
            .arg(policy.maxFailedSignIns)
            .arg(policy.idleLockMinutes)};
    r.summary << tr("Generated from the business profile and the settings of this vault on %1. Review it when the "
                    "business's processing changes.")
                     .arg(dayText(m_session.clock().nowUtc().toLocalTime().date()));
    r.tables << record;
    return r;
}

Result<Report> ComplianceReports::statement()
{
    Report r = skeleton(ReportKind::Statement, {}, {});
    const int retention = OrderService(m_session).cardRetentionDays();
    auto notice = documents::loadPrivacyNotice(m_session.database());
    if (!notice)
        return notice.error();
    const QString text = documents::renderPrivacyText(notice->fullText, m_session.businessProfile(), retention);
    r.summary << tr("%1 keeps your personal data and card details in Custos. This statement sets out our privacy "
                    "notice and the safeguards Custos enforces. It is signed: you can check that it is genuine and "
                    "unaltered.")
                     .arg(m_session.businessProfile().legalName);
    static const QRegularExpression paragraphBreak(u"\\n\\s*\\n"_s);
    for (const QString& paragraph : text.split(paragraphBreak, Qt::SkipEmptyParts))
        r.summary << paragraph.trimmed();

    const SecurityPolicy policy = m_session.policy().clamped();
    ReportTable measures;
    measures.title = tr("How your data is protected");
    measures.columns = {tr("Safeguard"), tr("What it means for you")};
    measures.columnWeights = {3, 7};
    measures.rows << QStringList{tr("Encryption"),
                                 tr("Your details are stored only in an encrypted vault (AES-256) on our computer.")};
    measures.rows << QStringList{tr("Card numbers sealed"),
                                 tr("Your full card number is sealed with a key only specially authorised, "
                                    "background-checked staff hold. Other staff see the last 4 digits only.")};
    measures.rows << QStringList{tr("Security code never kept"),
                                 tr("Your card security code (CVV) is used to authorise the payment and never "
                                    "written down or stored.")};
    measures.rows << QStringList{
        tr("Short retention"),
        retention == 0 ? tr("Your full card number is deleted as soon as your payment is taken.")
                       : tr("Your full card number is deleted %1 day(s) after your payment is taken.").arg(retention)};
    measures.rows << QStringList{tr("Every look recorded"),
                                 tr("Each time anyone views, copies or exports card or customer data it is recorded "
                                    "in a tamper-evident log.")};
    measures.rows << QStringList{tr("Strong sign-in"),
                                 tr("Staff sign in with personal passwords of at least %1 characters; accounts lock "
                                    "after %2 failed attempts and idle sessions after %3 minutes.")
                                     .arg(policy.minPasswordLength)
                                     .arg(policy.maxFailedSignIns)
                                     .arg(policy.idleLockMinutes)};
    measures.rows << QStringList{tr("Your rights"),
                                 tr("You may ask for a copy of your data or for its erasure; contact: %1.")
                                     .arg(m_session.businessProfile().privacyContact.trimmed().isEmpty()
                                              ? m_session.businessProfile().email
                                              : m_session.businessProfile().privacyContact)};
    r.tables << measures;
    return r;
}

// ---- export -----------------------------------------------------------------------------------

Result<documents::IssuedFile> ComplianceReports::exportReport(const ExportRequest& request, const QString& path,
                                                              const Progress& progress)
{
    const ReportInfo info = reportInfo(request.kind);
    if (request.format == ReportFormat::Csv && !info.csv) {
        CUSTOS_TRY(access::requirePermission(m_session, access::Permission::ExportComplianceReports,
                                             audit::kReportExported, u"report:"_s + info.name));
        return Error{tr("The %1 is a PDF only.").arg(info.title), Errc::Invalid};
    }
    auto report = build(request.kind, request.from, request.to);
    if (!report)
        return report.error();
    auto bytes = request.format == ReportFormat::Pdf ? ReportWriter::toPdf(report.value(), request.pageSize, progress)
                                                     : ReportWriter::toCsv(report.value(), progress);
    if (!bytes)
        return bytes.error();

    documents::IssueRequest issue;
    issue.kind = request.kind == ReportKind::Statement ? documents::kind::kStatement : documents::kind::kReport;
    issue.reference =
        info.usesPeriod ? u"%1 %2..%3"_s.arg(info.name, dayText(request.from), dayText(request.to)) : info.name;
    issue.auditAction = audit::kReportExported;
    issue.auditTarget = u"report:"_s + info.name;
    issue.auditDetails = u"format=%1"_s.arg(request.format == ReportFormat::Pdf ? u"pdf"_s : u"csv"_s);
    if (info.usesPeriod)
        issue.auditDetails += u" from=%1 to=%2"_s.arg(dayText(request.from), dayText(request.to));
    issue.sign = true;
    return documents::issueFile(m_session, path, bytes.value(), issue);
}

} // namespace custos::reports
