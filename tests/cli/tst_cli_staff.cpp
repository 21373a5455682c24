// custos-cli and access by role, run as a process against a real vault: `staff list` for
// managers and owners only; `order list`, `order show` and `order export` masked by role (a
// clerk the last 4, a manager BIN + last 4); `order reveal` refused for a clerk and for a
// manager without a grant (exit 6, the reason, audited as denied) and printing the number,
// alone on stdout, for a screened manager with a grant. No other output holds a full number.
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Tr0ub4dor&3-Granite-Walrus"_s;
const QString kOwner = u"owner"_s;
const QString kGranted = u"mara"_s;   // manager, cleared, holds a grant
const QString kUngranted = u"nils"_s; // manager, not screened
const QString kClerk = u"cleo"_s;
const QStringList kPans{u"4242424242424242"_s, u"5555555555554444"_s};
const QString kReason = u"Chargeback: the bank asks for the full number"_s;

// As in tst_cli.cpp: one run of the real program, with its exit code and both streams.
struct Run
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

Run cli(const QStringList& args, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"LSAN_OPTIONS"_s))
        env.insert(u"LSAN_OPTIONS"_s, u"suppressions="_s + QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/../lsan.supp"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CUSTOS_CLI_PATH), args);
    Run r;
    if (!process.waitForStarted(10000))
        return r;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
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

QString describe(const Run& r)
{
    return u"exit %1\n--- stdout:\n%2--- stderr:\n%3"_s.arg(r.code).arg(r.out, r.err);
}

QString visaBin()
{
    return maskBinLast4(CardBrand::Visa, kPans.at(0).left(6), kPans.at(0).right(4), int(kPans.at(0).size()));
}

QString mastercardBin()
{
    return maskBinLast4(CardBrand::Mastercard, kPans.at(1).left(6), kPans.at(1).right(4), int(kPans.at(1).size()));
}

// No full number anywhere, and (for a clerk) not even the BIN. BIN + last 4 never puts more than
// six digits in a row (order numbers have six), a full or partly unmasked number does.
bool holdsNoPan(const QString& text, bool binAllowed)
{
    static const QRegularExpression longRun(u"\\d{7,}"_s);
    if (text.contains(longRun))
        return false;
    for (const QString& pan : kPans) {
        if (text.contains(pan))
            return false;
        if (!binAllowed && text.contains(pan.left(6)))
            return false;
    }
    return true;
}

} // namespace

class TestCliStaff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    QStringList m_numbers;

    Run as(const QString& user, const QStringList& command) const
    {
        return cli(QStringList{u"--vault"_s, m_dir, u"--user"_s, user} + command, kPassword.toUtf8() + '\n');
    }

    // The newest events of `action`, read as the owner (the CLI runs have ended: the vault is free).
    QList<AuditEvent> events(const QString& action) const
    {
        auto vault = Vault::open(m_dir);
        if (!vault)
            return {};
        auto session = vault.value()->signIn(kOwner, crypto::SecureBytes::fromUtf8(kPassword));
        if (!session)
            return {};
        AuditQuery query;
        query.action = action;
        query.limit = 1000;
        auto list = session.value()->auditLog().recent(query);
        QList<AuditEvent> out = list ? list.value() : QList<AuditEvent>{};
        // Oldest first, whatever order the log returns them in.
        std::sort(out.begin(), out.end(), [](const AuditEvent& a, const AuditEvent& b) { return a.seq < b.seq; });
        return out;
    }

private slots:
    void initTestCase();
    void staffListForManagersAndOwners();
    void staffListRefusedForClerk();
    void ordersMaskedByRole();
    void exportMaskedByRole();
    void revealRefusedWithoutGrant();
    void revealPrintsOnlyTheNumberForGrantHolder();
    void revealNeedsAReason();
};

void TestCliStaff::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(CUSTOS_CLI_PATH)), CUSTOS_CLI_PATH);
    m_dir = m_tmp.filePath(u"vault"_s);
    const QDate today = QDateTime::currentDateTimeUtc().date();

    BusinessProfile profile;
    profile.legalName = u"Lighthouse Parcels GmbH"_s;
    profile.city = u"Hamburg"_s;
    profile.country = u"Germany"_s;
    profile.phone = u"+49 40 1234 5678"_s;
    Vault::NewAccount owner;
    owner.username = kOwner;
    owner.fullName = u"Greta Keller"_s;
    owner.password = crypto::SecureBytes::fromUtf8(kPassword);
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    auto vault = Vault::create(m_dir, profile, owner, recovery::generateCode().value());
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    auto session = vault.value()->signIn(kOwner, owner.password);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    Session& s = *session.value();

    for (const auto& [username, name, role] :
         {std::tuple{kGranted, u"Mara Becker"_s, Role::Manager},
          std::tuple{kUngranted, u"Nils Brandt"_s, Role::Manager}, std::tuple{kClerk, u"Cleo Wagner"_s, Role::Clerk}}) {
        Vault::NewAccount account;
        account.username = username;
        account.fullName = name;
        account.password = crypto::SecureBytes::fromUtf8(kPassword);
        account.role = role;
        account.mustChangePassword = false;
        auto added = vault.value()->addEmployee(s, account);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }
    access::StaffService staff(*vault.value(), s);
    auto members = staff.list();
    QVERIFY2(members.ok(), qPrintable(members.errorMessage()));
    qint64 maraId = 0;
    for (const access::StaffMember& m : members.value())
        if (m.employee.username == kGranted)
            maraId = m.employee.id;
    QVERIFY(maraId > 0);
    ScreeningCheck check;
    check.employeeId = maraId;
    check.type = ScreeningType::CriminalRecord;
    check.provider = u"Bundesamt für Justiz"_s;
    check.reference = u"FZ-2026-0042"_s;
    check.requestedOn = today.addDays(-20);
    check.decidedOn = today.addDays(-10);
    check.result = ScreeningResult::Cleared;
    check.expiresOn = today.addYears(1);
    auto recorded = staff.recordCheck(check);
    QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
    auto granted = access::Disclosure(s).grant(maraId, u"Handles chargebacks with the bank"_s, today.addMonths(6));
    QVERIFY2(granted.ok(), qPrintable(granted.errorMessage()));

    CustomerDraft c;
    c.name = u"Anna Berg"_s;
    c.street = u"2 High Street"_s;
    c.city = u"Leeds"_s;
    c.postalCode = u"LS1 1AA"_s;
    c.country = u"United Kingdom"_s;
    c.phone = u"+44 20 7946 0101"_s;
    auto customer = CustomerService(s).create(c);
    QVERIFY2(customer.ok(), qPrintable(customer.errorMessage()));
    OrderService orders(s);
    OrderDraft d;
    d.customerId = customer.value();
    d.lines = {OrderLine{u"Brass hinge"_s, 2, Money::fromCents(1250)}};
    for (const QString& pan : kPans) {
        CardEntry card;
        card.pan = CardNumber::parse(pan).value();
        card.expiry = {12, today.year() + 2};
        card.holderName = u"Anna Berg"_s;
        card.cvv = crypto::SecureBytes::fromUtf8(u"123"_s);
        auto number = orders.create(d, std::move(card));
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        m_numbers << number.value();
    }
}

void TestCliStaff::staffListForManagersAndOwners()
{
    const Run owner = as(kOwner, {u"staff"_s, u"list"_s, u"--tsv"_s});
    QVERIFY2(owner.code == 0, qPrintable(describe(owner)));
    // Not trimmed: a row whose last cell is empty ends in a tab.
    const QStringList lines = owner.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.constFirst(), u"user\tname\trole\tactive\tscreening\tcleared_until\tgrant\tlast_sign_in"_s);
    QCOMPARE(lines.size(), 5);
    QHash<QString, QStringList> rows;
    for (const QString& line : lines.mid(1)) {
        const QStringList cells = line.split(u'\t');
        QCOMPARE(cells.size(), 8);
        rows.insert(cells.at(0), cells);
    }
    const QDate clearedUntil = QDateTime::currentDateTimeUtc().date().addYears(1);
    QCOMPARE(rows.value(kGranted), (QStringList{kGranted, u"Mara Becker"_s, u"manager"_s, u"yes"_s, u"cleared"_s,
                                                clearedUntil.toString(Qt::ISODate), u"yes"_s, QString()}));
    QCOMPARE(rows.value(kUngranted).mid(2, 5),
             (QStringList{u"manager"_s, u"yes"_s, u"not_screened"_s, QString(), u"no"_s}));
    QCOMPARE(rows.value(kClerk).mid(2, 5), (QStringList{u"clerk"_s, u"yes"_s, u"not_screened"_s, QString(), u"no"_s}));
    QCOMPARE(rows.value(kOwner).at(2), u"owner"_s);
    QVERIFY2(!rows.value(kOwner).at(7).isEmpty(), "the owner has signed in");

    // The human table, for a manager too.
    const Run manager = as(kUngranted, {u"staff"_s, u"list"_s});
    QVERIFY2(manager.code == 0, qPrintable(describe(manager)));
    for (const QString& expected : {kOwner, kGranted, kUngranted, kClerk, u"Mara Becker"_s, u"Cleared"_s})
        QVERIFY2(manager.out.contains(expected), qPrintable(expected + u"\n"_s + manager.out));
    QVERIFY(manager.out.contains(u"never"_s)); // the clerk has not signed in yet

    QCOMPARE(as(kOwner, {u"staff"_s, u"sack"_s}).code, 2);
    QCOMPARE(as(kOwner, {u"staff"_s}).code, 2);
}

void TestCliStaff::staffListRefusedForClerk()
{
    const Run clerk = as(kClerk, {u"staff"_s, u"list"_s});
    QCOMPARE(clerk.code, 6);
    QVERIFY(clerk.out.isEmpty());
    QVERIFY2(clerk.err.startsWith(u"custos-cli: "_s) && clerk.err.size() > 20, qPrintable(clerk.err));
    QVERIFY(!clerk.err.contains(kGranted));
}

void TestCliStaff::ordersMaskedByRole()
{
    const Run clerkList = as(kClerk, {u"order"_s, u"list"_s});
    QVERIFY2(clerkList.code == 0, qPrintable(describe(clerkList)));
    QVERIFY(clerkList.out.contains(u"Visa •••• 4242"_s));
    QVERIFY(clerkList.out.contains(u"Mastercard •••• 4444"_s));
    QVERIFY2(holdsNoPan(clerkList.out, false), qPrintable(clerkList.out));

    const Run managerList = as(kUngranted, {u"order"_s, u"list"_s, u"--tsv"_s});
    QVERIFY2(managerList.code == 0, qPrintable(describe(managerList)));
    QVERIFY2(managerList.out.contains(u'\t' + visaBin() + u'\n'), qPrintable(managerList.out));
    QVERIFY(managerList.out.contains(u'\t' + mastercardBin() + u'\n'));
    QVERIFY2(holdsNoPan(managerList.out, true), qPrintable(managerList.out));

    const Run clerkShow = as(kClerk, {u"order"_s, u"show"_s, m_numbers.at(0)});
    QVERIFY2(clerkShow.code == 0, qPrintable(describe(clerkShow)));
    QVERIFY(clerkShow.out.contains(u"Visa •••• 4242"_s));
    QVERIFY2(holdsNoPan(clerkShow.out, false), qPrintable(clerkShow.out));

    // The grant holder too sees BIN + last 4 until they ask for more.
    const Run managerShow = as(kGranted, {u"order"_s, u"show"_s, m_numbers.at(0)});
    QVERIFY2(managerShow.code == 0, qPrintable(describe(managerShow)));
    QVERIFY2(managerShow.out.contains(visaBin()), qPrintable(managerShow.out));
    QVERIFY2(holdsNoPan(managerShow.out, true), qPrintable(managerShow.out));
}

void TestCliStaff::exportMaskedByRole()
{
    const QString clerkPath = m_tmp.filePath(u"clerk.csv"_s);
    const Run clerk = as(kClerk, {u"order"_s, u"export"_s, clerkPath});
    QVERIFY2(clerk.code == 0, qPrintable(describe(clerk)));
    QFile clerkFile(clerkPath);
    QVERIFY(clerkFile.open(QIODevice::ReadOnly));
    const QString clerkCsv = QString::fromUtf8(clerkFile.readAll());
    QVERIFY(clerkCsv.contains(u"Visa •••• 4242"_s));
    QVERIFY(clerkCsv.contains(u"Mastercard •••• 4444"_s));
    QVERIFY2(holdsNoPan(clerkCsv, false), qPrintable(clerkCsv));

    const QString managerPath = m_tmp.filePath(u"manager.csv"_s);
    const Run manager = as(kGranted, {u"order"_s, u"export"_s, managerPath});
    QVERIFY2(manager.code == 0, qPrintable(describe(manager)));
    QFile managerFile(managerPath);
    QVERIFY(managerFile.open(QIODevice::ReadOnly));
    const QString managerCsv = QString::fromUtf8(managerFile.readAll());
    QVERIFY2(managerCsv.contains(visaBin()), qPrintable(managerCsv));
    QVERIFY(managerCsv.contains(mastercardBin()));
    QVERIFY2(holdsNoPan(managerCsv, true), qPrintable(managerCsv));
}

void TestCliStaff::revealRefusedWithoutGrant()
{
    const int deniedBefore = int(events(audit::kCardRevealed).size());
    for (const QString& user : {kClerk, kUngranted}) {
        const Run r = as(user, {u"order"_s, u"reveal"_s, m_numbers.at(0), u"--reason"_s, kReason});
        QCOMPARE(r.code, 6);
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        QVERIFY2(r.err.startsWith(u"custos-cli: "_s) && r.err.size() > 20, qPrintable(r.err));
        QVERIFY(holdsNoPan(r.err, false));
    }
    const QList<AuditEvent> revealed = events(audit::kCardRevealed);
    QCOMPARE(int(revealed.size()), deniedBefore + 2);
    const AuditEvent& clerk = revealed.at(revealed.size() - 2);
    QCOMPARE(clerk.actorName, kClerk);
    QCOMPARE(clerk.outcome, audit::kDenied);
    QCOMPARE(revealed.constLast().actorName, kUngranted);
    QCOMPARE(revealed.constLast().outcome, audit::kDenied);
}

void TestCliStaff::revealPrintsOnlyTheNumberForGrantHolder()
{
    const Run visa = as(kGranted, {u"order"_s, u"reveal"_s, m_numbers.at(0), u"--reason"_s, kReason});
    QVERIFY2(visa.code == 0, qPrintable(describe(visa)));
    QCOMPARE(visa.out, kPans.at(0) + u'\n');
    QVERIFY(!visa.err.contains(kPans.at(0)));
    const Run mastercard =
        as(kGranted, {u"--password-stdin"_s, u"order"_s, u"reveal"_s, m_numbers.at(1), u"--reason"_s, kReason});
    QVERIFY2(mastercard.code == 0, qPrintable(describe(mastercard)));
    QCOMPARE(mastercard.out, kPans.at(1) + u'\n');

    const QList<AuditEvent> revealed = events(audit::kCardRevealed);
    QVERIFY(revealed.size() >= 2);
    for (const AuditEvent& e : revealed.mid(revealed.size() - 2)) {
        QCOMPARE(e.actorName, kGranted);
        QCOMPARE(e.outcome, audit::kSuccess);
        QVERIFY2(holdsNoPan(e.target + e.details, false), qPrintable(e.target + u" | "_s + e.details));
    }
    const Run unknown = as(kGranted, {u"order"_s, u"reveal"_s, u"1999-000001"_s, u"--reason"_s, kReason});
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.out.isEmpty());
}

void TestCliStaff::revealNeedsAReason()
{
    const int before = int(events(audit::kCardRevealed).size());
    // Refused before the password is read: nothing to audit, nothing printed.
    const Run none = as(kGranted, {u"order"_s, u"reveal"_s, m_numbers.at(0)});
    QCOMPARE(none.code, 2);
    QVERIFY(none.err.contains(u"--reason"_s));
    const Run tooShort = as(kGranted, {u"order"_s, u"reveal"_s, m_numbers.at(0), u"--reason"_s, u"why"_s});
    QCOMPARE(tooShort.code, 2);
    const Run panAsReason =
        as(kGranted, {u"order"_s, u"reveal"_s, m_numbers.at(0), u"--reason"_s, u"compare with "_s + kPans.at(1)});
    QCOMPARE(panAsReason.code, 2);
    QVERIFY(!panAsReason.err.contains(kPans.at(1)));
    for (const Run& r : {none, tooShort, panAsReason})
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(int(events(audit::kCardRevealed).size()), before);
}

QTEST_GUILESS_MAIN(TestCliStaff)
#include "tst_cli_staff.moc"
