#pragma once

// Fixtures shared by the test suites: a real vault with real crypto in a temporary folder,
// employees with screening and card-data grants, sample customers and orders, the CLI run as a
// process, and small helpers for driving widgets by keyboard. Everything returns a Result or a
// value the test checks with QVERIFY, so a failing fixture names itself in the test log.
//
// Header-only; include it from any test (the tests' include path has tests/).

#include "access/Disclosure.h"
#include "access/Staff.h"
#include "core/Clock.h"
#include "domain/BusinessProfile.h"
#include "domain/CardNumber.h"
#include "domain/Customer.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "domain/Screening.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>
#include <memory>

namespace custos::test {

using namespace Qt::StringLiterals;

// A business with every field a document prints, so templates can be checked for each.
inline BusinessProfile sampleBusiness()
{
    BusinessProfile p;
    p.legalName = u"Quayside Stationers Ltd."_s;
    p.street = u"12 Quay Street"_s;
    p.city = u"Falmouth"_s;
    p.region = u"Cornwall"_s;
    p.postalCode = u"TR11 3HF"_s;
    p.country = u"United Kingdom"_s;
    p.phone = u"+44 1326 000000"_s;
    p.fax = u"+44 1326 000001"_s;
    p.email = u"orders@quayside.example"_s;
    p.privacyContact = u"privacy@quayside.example"_s;
    return p;
}

// Test passwords: strong enough for the policy, never real.
inline const QString kOwnerUser = u"olivia"_s;
inline const QString kOwnerPassword = u"tidal-Marble-orchard-58"_s;

// A new vault in `dir` with the owner signed up (no forced change). The recovery code is
// returned through `recoveryCode` when asked for.
inline Result<std::unique_ptr<Vault>> createVault(const QString& dir, const Clock& clock,
                                                  const BusinessProfile& business = sampleBusiness(),
                                                  QString* recoveryCode = nullptr,
                                                  const Vault::CreateOptions& options = {})
{
    Vault::NewAccount owner;
    owner.username = kOwnerUser;
    owner.fullName = u"Olivia Owner"_s;
    owner.password = crypto::SecureBytes::fromUtf8(kOwnerPassword);
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    auto code = recovery::generateCode();
    if (!code)
        return code.error();
    if (recoveryCode)
        *recoveryCode = code.value();
    return Vault::create(dir, business, owner, code.value(), options, clock);
}

inline Result<std::unique_ptr<Session>> signIn(Vault& vault, const QString& username, const QString& password)
{
    return vault.signIn(username, crypto::SecureBytes::fromUtf8(password));
}

// Adds an employee (no forced password change); returns their id.
inline Result<qint64> addEmployee(Vault& vault, Session& owner, const QString& username, const QString& fullName,
                                  Role role, const QString& password)
{
    Vault::NewAccount account;
    account.username = username;
    account.fullName = fullName;
    account.role = role;
    account.password = crypto::SecureBytes::fromUtf8(password);
    account.mustChangePassword = false;
    auto added = vault.addEmployee(owner, account);
    if (!added)
        return added.error();
    auto members = access::StaffService(vault, owner).list();
    if (!members)
        return members.error();
    for (const access::StaffMember& m : members.value())
        if (m.employee.username == username)
            return m.employee.id;
    return Error{u"employee %1 not found after adding"_s.arg(username), Errc::NotFound};
}

// Records a cleared criminal-record check for `employeeId` (by `recorder`, who must not be that
// employee), valid for a year from `today`.
inline Result<void> recordClearedCheck(Vault& vault, Session& recorder, qint64 employeeId, QDate today)
{
    ScreeningCheck check;
    check.employeeId = employeeId;
    check.type = ScreeningType::CriminalRecord;
    check.provider = u"Disclosure and Barring Service"_s;
    check.reference = u"DBS-%1"_s.arg(employeeId);
    check.requestedOn = today.addDays(-20);
    check.decidedOn = today.addDays(-10);
    check.result = ScreeningResult::Cleared;
    check.expiresOn = today.addYears(1);
    auto recorded = access::StaffService(vault, recorder).recordCheck(check);
    if (!recorded)
        return recorded.error();
    return success();
}

// Gives `employeeId` (cleared) a card-data grant for six months, from a holder's session.
inline Result<void> grantCardAccess(Session& holder, qint64 employeeId, QDate today)
{
    auto granted =
        access::Disclosure(holder).grant(employeeId, u"Handles chargebacks with the bank"_s, today.addMonths(6));
    if (!granted)
        return granted.error();
    return success();
}

inline CustomerDraft sampleCustomer(const QString& name = u"Zoë Smith"_s, const QString& phone = u"+44 20 7946 0018"_s)
{
    CustomerDraft c;
    c.name = name;
    c.street = u"12 Harbour Road"_s;
    c.city = u"Portsmouth"_s;
    c.postalCode = u"PO1 2AB"_s;
    c.country = u"United Kingdom"_s;
    c.phone = phone;
    c.email = u"zoe.smith@mail.example"_s;
    return c;
}

inline Result<qint64> addCustomer(Session& session, const CustomerDraft& draft = sampleCustomer())
{
    return CustomerService(session).create(draft);
}

// A phone order with one line and a card (the CVV given and never stored); returns its number.
inline Result<QString> addOrder(Session& session, qint64 customerId, const QString& pan = u"4242424242424242"_s)
{
    OrderDraft draft;
    draft.customerId = customerId;
    draft.lines = {OrderLine{u"Brass hinge"_s, 2, Money::fromCents(1250)}};
    auto number = CardNumber::parse(pan);
    if (!number)
        return number.error();
    CardEntry card;
    card.pan = number.value();
    card.expiry = {12, session.clock().nowUtc().date().year() + 3};
    card.holderName = u"Zoe Smith"_s;
    card.cvv = crypto::SecureBytes::fromUtf8(u"123"_s);
    return OrderService(session).create(draft, std::move(card));
}

// ---- the CLI as a process ----------------------------------------------------------------------
struct CliRun
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
    QString describe() const { return u"exit %1\n--- stdout:\n%2--- stderr:\n%3"_s.arg(code).arg(out, err); }
};

// The environment test processes run in: the caller's, LeakSanitizer's suppressions (for the
// sanitizer build), and `extraEnv`.
inline QProcessEnvironment processEnvironment(const QProcessEnvironment& extraEnv = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
#ifdef CUSTOS_TEST_DATA_DIR
    if (!env.contains(u"LSAN_OPTIONS"_s))
        env.insert(u"LSAN_OPTIONS"_s, u"suppressions="_s + QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/../lsan.supp"_s);
#endif
    env.insert(extraEnv);
    return env;
}

// Starts `process` (already given its environment, child modifier…) as `program args`, feeds
// `input` on stdin and waits up to `timeoutMs` for it to end. A process that does not start or
// end in time gives code -1 and CrashExit.
inline CliRun runToEnd(QProcess& process, const QString& program, const QStringList& args, const QByteArray& input,
                       int timeoutMs = 120000)
{
    process.start(program, args);
    CliRun r;
    if (!process.waitForStarted(10000))
        return r;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.code = process.exitCode();
    r.status = process.exitStatus();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// Runs `program` (CUSTOS_CLI_PATH, or `openssl`) with `args`, feeding `input` on stdin.
inline CliRun runProcess(const QString& program, const QStringList& args, const QByteArray& input = {},
                         const QProcessEnvironment& extraEnv = {})
{
    QProcess process;
    process.setProcessEnvironment(processEnvironment(extraEnv));
    return runToEnd(process, program, args, input);
}

#ifdef CUSTOS_CLI_PATH
inline CliRun runCli(const QStringList& args, const QByteArray& input = {})
{
    return runProcess(QStringLiteral(CUSTOS_CLI_PATH), args, input);
}
#endif

// pdftotext FILE - (poppler-utils): the text of a PDF, or a null string when it failed.
inline QString pdfText(const QString& pdfPath)
{
    const CliRun r = runProcess(u"pdftotext"_s, {u"-layout"_s, pdfPath, u"-"_s});
    if (r.code != 0)
        return {};
    return r.out;
}

} // namespace custos::test
