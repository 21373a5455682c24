// Disk trouble while saving, exporting and backing up (issue 6, deliverable 7), with the real
// `custos-cli` as a child process.
//
// The full disk is injected with a file-size limit on the child (setrlimit RLIMIT_FSIZE, with
// SIGXFSZ ignored): a write that would take a file past the limit fails with EFBIG — SQLite's
// write-ahead log, SQLCipher's export copy and QSaveFile's temporary file alike — exactly where
// a full disk would make it fail with ENOSPC, and it works the same for root and in CI's
// container (no mount needed). A read-only folder is made by taking CAP_DAC_OVERRIDE out of the
// child's capability bounding set, so root's child obeys the folder's 0555 like anyone else.
//
// After every failure, with no limit, the test checks what the user would: the exit code and
// the message, that no partial or temporary file is left (and an earlier file is untouched), and
// that the vault opens, passes PRAGMA integrity_check, its audit chain verifies and it holds
// exactly what it held before — no customer, document record or "success" event of the failed
// action.
#include "audit/AuditCheckpoints.h"
#include "audit/AuditLog.h"
#include "orders/CustomerService.h"
#include "orders/OrderExport.h"
#include "storage/Database.h"
#include "support/TestSupport.h"
#include "vault/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <csignal>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace custos;

namespace {

// How the child is constrained.
struct Constraint
{
    qint64 fileSizeLimit = 0; // bytes; 0: none
    bool dropDacOverride = false;
};

test::CliRun runConstrained(const QStringList& args, const QByteArray& input, const Constraint& constraint)
{
    QProcess process;
    process.setProcessEnvironment(test::processEnvironment());
    const rlim_t limit = rlim_t(constraint.fileSizeLimit);
    const bool drop = constraint.dropDacOverride;
    // Runs in the child between fork and exec: only async-signal-safe calls.
    process.setChildProcessModifier([limit, drop] {
        if (limit > 0) {
            ::signal(SIGXFSZ, SIG_IGN); // stays ignored across exec: write() fails with EFBIG instead
            const struct rlimit rl
            {
                limit, limit
            };
            ::setrlimit(RLIMIT_FSIZE, &rl);
        }
        if (drop) {
            // Dropped from the bounding set, the capabilities stay gone after exec even for root.
            ::prctl(PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
            ::prctl(PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
            ::prctl(PR_CAPBSET_DROP, CAP_FOWNER, 0, 0, 0);
        }
    });
    return test::runToEnd(process, args.value(0), args.mid(1), input, 180000);
}

const QString kManagerUser = u"mara"_s;
const QString kManagerPassword = u"harbour-Quince-lantern-73"_s;

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

// What the vault holds, as far as a failed action could have changed it.
struct Snapshot
{
    qint64 customers = -1;
    qint64 orders = -1;
    qint64 issuedDocuments = -1;
    qint64 auditEvents = -1;
    QMap<QString, qint64> successes; // audit action -> "success" events
    QString lastBackup;
    qint64 backupFailures = -1; // backup.failed events
    bool operator==(const Snapshot&) const = default;
};

const QStringList kWatchedActions{audit::kCustomerCreated, audit::kCustomerImported, audit::kDocumentSaved,
                                  audit::kReportExported,  audit::kOrdersExported,   audit::kCustomerDataExported,
                                  backup::kAuditCreated};

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void injectionWorks();
    void savingACustomerFailsCleanlyAtEveryWrite();
    void importIntoAFullDiskSavesNothing();
    void exportsLeaveNoPartialFile_data();
    void exportsLeaveNoPartialFile();
    void exportIntoReadOnlyFolder_data();
    void exportIntoReadOnlyFolder();
    void backupOnAFullDiskLeavesNothing();

private:
    QStringList asOwner(const QString& vaultDir, const QStringList& command) const
    {
        return QStringList{QStringLiteral(CUSTOS_CLI_PATH),
                           u"--vault"_s,
                           vaultDir,
                           u"--user"_s,
                           test::kOwnerUser,
                           u"--password-stdin"_s} +
               command;
    }
    test::CliRun runOwner(const QString& vaultDir, const QStringList& command, const Constraint& constraint = {}) const
    {
        return runConstrained(asOwner(vaultDir, command), test::kOwnerPassword.toUtf8() + '\n', constraint);
    }
    // Opens the vault without any limit (recovering what a failed child left in the write-ahead
    // log), checks its integrity and audit chain, and returns what it holds. The owner's sign-in
    // here adds audit events of its own: callers compare snapshots taken the same way.
    Snapshot check(const QString& vaultDir, const QString& customerName = {});
    qint64 largestFile(const QString& folder) const;

    QTemporaryDir m_dir;
    QString m_small; // a fresh vault: saving
    QString m_big;   // 1,000 orders of one customer: exports and backups
    qint64 m_bigCustomer = 0;
    qint64 m_lastNamedCount = 0;
};

Snapshot TestDiskFull::check(const QString& vaultDir, const QString& customerName)
{
    Snapshot s;
    auto vault = Vault::open(vaultDir);
    if (!vault) {
        QTest::qFail(qPrintable(u"the vault does not open: "_s + vault.errorMessage()), __FILE__, __LINE__);
        return s;
    }
    auto session = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
    if (!session) {
        QTest::qFail(qPrintable(u"the owner cannot sign in: "_s + session.errorMessage()), __FILE__, __LINE__);
        return s;
    }
    storage::Database& db = session.value()->database();
    const auto scalar = [&db](const QString& sql, const QString& bind = {}) -> QString {
        auto st = db.prepare(sql);
        if (!st)
            return u"error: "_s + st.errorMessage();
        if (!bind.isNull())
            st->bind(1, bind);
        auto row = st->step();
        if (!row)
            return u"error: "_s + row.errorMessage();
        return row.value() ? st->text(0) : QString();
    };
    const QString integrity = scalar(u"PRAGMA integrity_check"_s);
    if (integrity != u"ok"_s)
        QTest::qFail(qPrintable(u"integrity_check: "_s + integrity), __FILE__, __LINE__);
    auto chain = AuditVerifier(db, session.value()->vaultId()).verify();
    if (!chain || !chain->intact)
        QTest::qFail(qPrintable(u"audit chain: "_s + (chain ? chain->problem : chain.errorMessage())), __FILE__,
                     __LINE__);
    s.customers = scalar(u"SELECT count(*) FROM customers"_s).toLongLong();
    s.orders = scalar(u"SELECT count(*) FROM orders"_s).toLongLong();
    s.issuedDocuments = scalar(u"SELECT count(*) FROM issued_documents"_s).toLongLong();
    s.auditEvents = scalar(u"SELECT count(*) FROM audit_events"_s).toLongLong();
    for (const QString& action : kWatchedActions)
        s.successes.insert(
            action, scalar(u"SELECT count(*) FROM audit_events WHERE action = ?1 AND outcome = 'success'"_s, action)
                        .toLongLong());
    s.lastBackup = scalar(u"SELECT value FROM settings WHERE key = ?1"_s, backup::kLastSuccessKey);
    s.backupFailures =
        scalar(u"SELECT count(*) FROM audit_events WHERE action = ?1"_s, backup::kAuditFailed).toLongLong();
    if (!customerName.isEmpty())
        m_lastNamedCount = scalar(u"SELECT count(*) FROM customers WHERE name = ?1"_s, customerName).toLongLong();
    return s;
}

qint64 TestDiskFull::largestFile(const QString& folder) const
{
    qint64 largest = 0;
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        largest = std::max(largest, info.size());
    return largest;
}

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral(CUSTOS_CLI_PATH)), CUSTOS_CLI_PATH);
    m_small = m_dir.filePath(u"small"_s);
    {
        auto vault = test::createVault(m_small, Clock::system());
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto session = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        auto customer = test::addCustomer(*session.value());
        QVERIFY2(customer, qPrintable(customer.errorMessage()));
        QVERIFY(test::addOrder(*session.value(), customer.value()));
    }

    // The big vault: a manager screens the owner (for the customer export), and one customer
    // has 1,000 orders, so every export is far larger than what the vault itself must write.
    m_big = m_dir.filePath(u"big"_s);
    auto vault = test::createVault(m_big, Clock::system());
    QVERIFY2(vault, qPrintable(vault.errorMessage()));
    auto owner = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(owner, qPrintable(owner.errorMessage()));
    Session& s = *owner.value();
    const QDate today = QDateTime::currentDateTimeUtc().date();
    auto manager =
        test::addEmployee(*vault.value(), s, kManagerUser, u"Mara Manager"_s, Role::Manager, kManagerPassword);
    QVERIFY2(manager, qPrintable(manager.errorMessage()));
    {
        auto managerSession = test::signIn(*vault.value(), kManagerUser, kManagerPassword);
        QVERIFY2(managerSession, qPrintable(managerSession.errorMessage()));
        auto checked = test::recordClearedCheck(*vault.value(), *managerSession.value(), s.employee().id, today);
        QVERIFY2(checked, qPrintable(checked.errorMessage()));
    }
    auto customer = test::addCustomer(s);
    QVERIFY2(customer, qPrintable(customer.errorMessage()));
    m_bigCustomer = customer.value();
    for (int i = 0; i < 1000; ++i) {
        auto order = test::addOrder(s, m_bigCustomer);
        QVERIFY2(order, qPrintable(order.errorMessage()));
    }
}

// The injection itself: a write past the limit fails (EFBIG), the writer is not killed, and
// the file stops at the limit. Without this the other tests would prove nothing.
void TestDiskFull::injectionWorks()
{
    const QString target = m_dir.filePath(u"probe.bin"_s);
    const test::CliRun r =
        runConstrained({u"/bin/sh"_s, u"-c"_s, u"head -c 100000 /dev/zero > \"$0\"; echo rc=$?"_s, target}, {},
                       Constraint{8192, false});
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(QFileInfo(target).size(), qint64(8192));
    QVERIFY2(r.out.contains(u"rc=1"_s), qPrintable(r.describe())); // head saw the error and said so
    QVERIFY2(r.err.contains(u"File too large"_s), qPrintable(r.describe()));
}

// A customer added while the disk is full, at every point the write-ahead log can stop
// growing: from before sign-in can write anything up to the limit at which it succeeds. Every
// failure says the disk is full and that nothing was saved, and leaves no trace of the customer
// — never "failed" with the customer saved, or "saved" without it.
void TestDiskFull::savingACustomerFailsCleanlyAtEveryWrite()
{
    // One WAL frame is a 4,096-byte page plus a 24-byte frame header; the shared-memory index
    // needs 32 KiB, so limits below that stop the child before it can read the vault.
    constexpr qint64 kFrame = 4096 + 24;
    QList<qint64> limits{16384};
    for (qint64 limit = 32768; limit < 32768 + 40 * kFrame; limit += kFrame)
        limits << limit;
    int failures = 0;
    int failedAfterSignIn = 0;
    bool saved = false;
    for (const qint64 limit : limits) {
        const QString name = u"Ann Lee %1"_s.arg(limit);
        const Snapshot before = check(m_small);
        if (QTest::currentTestFailed())
            return;
        const test::CliRun r =
            runOwner(m_small,
                     {u"customer"_s, u"add"_s, u"--name"_s, name, u"--street"_s, u"1 Park Row"_s, u"--city"_s,
                      u"Leeds"_s, u"--postal-code"_s, u"LS1 5AB"_s, u"--country"_s, u"United Kingdom"_s, u"--phone"_s,
                      u"+44 113 496 %1"_s.arg(limit % 10000, 4, 10, QLatin1Char('0'))},
                     Constraint{limit, false});
        QCOMPARE(r.status, QProcess::NormalExit);
        const Snapshot after = check(m_small, name);
        if (QTest::currentTestFailed())
            return;
        if (r.code == 0) {
            bool isNumber = false;
            r.out.trimmed().toLongLong(&isNumber); // the new customer's number
            QVERIFY2(isNumber, qPrintable(r.describe()));
            QCOMPARE(m_lastNamedCount, qint64(1));
            QCOMPARE(after.customers, before.customers + 1);
            saved = true;
            qInfo("limit %lld bytes: saved (after %d clean failures, %d of them after sign-in)", limit, failures,
                  failedAfterSignIn);
            break;
        }
        ++failures;
        QVERIFY2(r.code == 1, qPrintable(u"limit %1: %2"_s.arg(limit).arg(r.describe())));
        QVERIFY2(r.err.contains(u"disk is full"_s) && r.err.contains(u"nothing was saved"_s),
                 qPrintable(u"limit %1: %2"_s.arg(limit).arg(r.describe())));
        QVERIFY2(m_lastNamedCount == 0, qPrintable(u"limit %1: the customer was saved anyway"_s.arg(limit)));
        QCOMPARE(after.customers, before.customers);
        QCOMPARE(after.successes, before.successes);
        // The child signed in (its sign-in is in the log) but could not save.
        if (after.auditEvents > before.auditEvents + 1)
            ++failedAfterSignIn;
    }
    QVERIFY2(saved, "the customer was never saved, even with the largest limit");
    QVERIFY2(failures >= 3, "too few failing limits: the injection did not reach the save");
    QVERIFY2(failedAfterSignIn >= 1, "no failure landed after sign-in, in the save itself");
}

// A large import when the vault can no longer grow (the limit just above the files' sizes, as
// on a nearly full disk): it fails as a whole, and the same import succeeds without the limit.
void TestDiskFull::importIntoAFullDiskSavesNothing()
{
    const QString csvPath = m_dir.filePath(u"customers.csv"_s);
    {
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Name,Street,City,Postal code,Country,Phone,Email\r\n");
        for (int i = 0; i < 3000; ++i)
            csv.write(
                u"Imported Person %1,%2 Station Road,Leeds,LS2 7EY,United Kingdom,+44 20 71%3 %4,p%1@mail.example\r\n"_s
                    .arg(i)
                    .arg(i % 200 + 1)
                    .arg(i / 10000, 2, 10, QLatin1Char('0'))
                    .arg(i % 10000, 4, 10, QLatin1Char('0'))
                    .toUtf8());
    }
    const Snapshot before = check(m_small);
    QVERIFY(!QTest::currentTestFailed());
    const qint64 limit = largestFile(m_small) + 16 * 1024;
    const test::CliRun r = runOwner(m_small, {u"customer"_s, u"import"_s, csvPath}, Constraint{limit, false});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"disk is full"_s) && r.err.contains(u"nothing was saved"_s), qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(u"Customers imported"_s), qPrintable(r.describe()));
    const Snapshot after = check(m_small);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(after.customers, before.customers);
    QCOMPARE(after.orders, before.orders);
    QCOMPARE(after.successes, before.successes);

    // The import itself was fine: without the limit it goes through.
    const test::CliRun again = runOwner(m_small, {u"customer"_s, u"import"_s, csvPath});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains(u"Customers imported: 3000."_s), qPrintable(again.describe()));
    QCOMPARE(check(m_small).customers, before.customers + 3000);
}

void TestDiskFull::exportsLeaveNoPartialFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("signedFile");
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("recordsDocument");
    QTest::addColumn<bool>("atTheEnd"); // cut 1 KiB before the end instead of half way
    QTest::addColumn<bool>("earlierFile");
    for (const bool atTheEnd : {false, true}) {
        const char* where = atTheEnd ? "near the end" : "half way";
        QTest::addRow("orders csv, %s", where)
            << u"orders"_s << u"orders.csv"_s << false << audit::kOrdersExported << false << atTheEnd << atTheEnd;
        QTest::addRow("signed customer export json, %s", where)
            << u"json"_s << u"customer.json"_s << true << audit::kCustomerDataExported << true << atTheEnd << atTheEnd;
        QTest::addRow("signed customer export pdf, %s", where)
            << u"pdf"_s << u"customer.pdf"_s << true << audit::kCustomerDataExported << true << atTheEnd << false;
        QTest::addRow("blank forms pdf, %s", where)
            << u"forms"_s << u"forms.pdf"_s << false << audit::kDocumentSaved << true << atTheEnd << atTheEnd;
    }
}

namespace {
QStringList exportCommand(const QString& kind, const QString& path, qint64 customer)
{
    if (kind == u"orders"_s)
        return {u"order"_s, u"export"_s, path};
    if (kind == u"json"_s)
        return {u"customer"_s, u"export"_s, QString::number(customer), u"--json"_s, path};
    if (kind == u"pdf"_s)
        return {u"customer"_s, u"export"_s, QString::number(customer), u"--pdf"_s, path};
    return {u"form"_s, u"blank"_s, u"--out"_s, path, u"--copies"_s, u"40"_s};
}
} // namespace

// An export that cannot be written completely: a clear message, nothing at the target (or the
// earlier file there, byte for byte), no FILE.sig, no temporary file, and in the vault no
// document record and no "success" event for it.
void TestDiskFull::exportsLeaveNoPartialFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(bool, signedFile);
    QFETCH(QString, action);
    QFETCH(bool, recordsDocument);
    QFETCH(bool, atTheEnd);
    QFETCH(bool, earlierFile);

    // How large the export is: made once without a limit, in another folder.
    const QString sizing = m_dir.filePath(u"sizing-"_s + fileName);
    const test::CliRun made = runOwner(m_big, exportCommand(kind, sizing, m_bigCustomer));
    QVERIFY2(made.code == 0, qPrintable(made.describe()));
    const qint64 size = QFileInfo(sizing).size();
    // The vault's own writes (sign-in, the audit event, the document record, the 32 KiB
    // shared-memory index) need well under 64 KiB; the cut must land in the export.
    QVERIFY2(size > 96 * 1024, qPrintable(u"the export is too small to cut: %1 bytes"_s.arg(size)));
    // Near the end: the last chunk of the file fails. Not at the very last byte: the export made
    // next holds other timestamps, serial numbers and one more audit event, so it compresses to
    // a different size. Measured: the customer PDF (about 1.6 MB) varies by up to 2 KiB from one
    // export to the next, the forms PDF by under 1 KiB; a 1 KiB margin made CI fail when the
    // second PDF came out 1.1 KiB smaller. 32 KiB stays well clear of that and is still within
    // the last write of a file that is written in one piece.
    const qint64 limit = atTheEnd ? size - 32 * 1024 : size / 2;

    const QString folder = m_dir.filePath(u"export-%1-%2"_s.arg(kind).arg(atTheEnd));
    QVERIFY(QDir().mkpath(folder));
    const QString target = QDir(folder).filePath(fileName);
    const QByteArray earlier = "an earlier export that must survive\n";
    if (earlierFile) {
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(earlier);
    }
    const QStringList folderBefore = entries(folder);

    const Snapshot before = check(m_big);
    QVERIFY(!QTest::currentTestFailed());
    const test::CliRun r = runOwner(m_big, exportCommand(kind, target, m_bigCustomer), Constraint{limit, false});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 1, qPrintable(u"export of %1 bytes cut at %2, %3 bytes written\n"_s.arg(size).arg(limit).arg(
                                         QFileInfo(target).size()) +
                                     r.describe()));
    QVERIFY2(r.err.contains(fileName), qPrintable(r.describe()));
    QVERIFY2(r.err.contains(u"disk is full"_s) && r.err.contains(u"no file was written"_s), qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"cancel"_s, Qt::CaseInsensitive), qPrintable(r.describe()));

    QCOMPARE(entries(folder), folderBefore); // no partial file, no temporary file, no .sig
    if (earlierFile)
        QCOMPARE(fileBytes(target), earlier);
    else
        QVERIFY(!QFileInfo::exists(target));
    if (signedFile)
        QVERIFY(!QFileInfo::exists(target + u".sig"_s));

    const Snapshot after = check(m_big);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(after.successes.value(action), before.successes.value(action));
    if (recordsDocument)
        QCOMPARE(after.issuedDocuments, before.issuedDocuments);
    QCOMPARE(after.orders, before.orders);
    QCOMPARE(after.customers, before.customers);
}

void TestDiskFull::exportIntoReadOnlyFolder_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("underAFile"); // the "folder" is a file: no permission bits involved
    QTest::addRow("orders csv, read-only folder") << u"orders"_s << u"orders.csv"_s << false;
    QTest::addRow("customer export json, read-only folder") << u"json"_s << u"customer.json"_s << false;
    QTest::addRow("blank forms pdf, read-only folder") << u"forms"_s << u"forms.pdf"_s << false;
    QTest::addRow("orders csv, path under a file") << u"orders"_s << u"orders.csv"_s << true;
    QTest::addRow("customer export pdf, path under a file") << u"pdf"_s << u"customer.pdf"_s << true;
    QTest::addRow("blank forms pdf, path under a file") << u"forms"_s << u"forms.pdf"_s << true;
}

// A folder the employee may not write in: the message says so, nothing is written, nothing is
// recorded as exported.
void TestDiskFull::exportIntoReadOnlyFolder()
{
    QFETCH(QString, kind);
    QFETCH(QString, fileName);
    QFETCH(bool, underAFile);

    const QString base = m_dir.filePath(u"readonly-%1-%2"_s.arg(kind).arg(underAFile));
    QVERIFY(QDir().mkpath(base));
    QString folder = base;
    if (underAFile) {
        folder = QDir(base).filePath(u"notes.txt"_s);
        QFile f(folder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("a file, not a folder\n");
    } else {
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                                  QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                  QFileDevice::ExeOther));
        if (::geteuid() == 0) {
            // Root writes anywhere; a child without CAP_DAC_OVERRIDE does not. Prove it first.
            const test::CliRun probe =
                runConstrained({u"/bin/sh"_s, u"-c"_s, u"touch \"$0/probe\""_s, folder}, {}, Constraint{0, true});
            if (probe.code == 0 || QFileInfo::exists(QDir(folder).filePath(u"probe"_s))) {
                QFile::remove(QDir(folder).filePath(u"probe"_s));
                QSKIP("running as root and the capability CAP_DAC_OVERRIDE cannot be dropped here (no CAP_SETPCAP): "
                      "a 0555 folder does not stop root");
            }
        }
    }
    const QString target = QDir(folder).filePath(fileName);
    const Snapshot before = check(m_big);
    QVERIFY(!QTest::currentTestFailed());
    const test::CliRun r = runOwner(m_big, exportCommand(kind, target, m_bigCustomer), Constraint{0, !underAFile});
    QFile::setPermissions(base, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    QVERIFY2(r.err.contains(QDir::toNativeSeparators(folder)), qPrintable(r.describe()));
    if (underAFile)
        QVERIFY2(r.err.contains(u"does not exist"_s) || r.err.contains(u"Not a directory"_s), qPrintable(r.describe()));
    else
        QVERIFY2(r.err.contains(u"permission"_s, Qt::CaseInsensitive), qPrintable(r.describe()));
    QCOMPARE(entries(base), underAFile ? QStringList{u"notes.txt"_s} : QStringList{});
    const Snapshot after = check(m_big);
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(after.issuedDocuments, before.issuedDocuments);
    QCOMPARE(after.successes, before.successes);
}

// A backup onto a disk that fills up: while the database copy is made next to the vault, and
// while the backup file itself is written. No .cbk (or temporary file) is left in the backup
// folder, no working folder in the vault folder, backup.last_success_at stays as it was, and the
// failure is in the audit log.
void TestDiskFull::backupOnAFullDiskLeavesNothing()
{
    // A backup without a limit, for the sizes: the database copy and the whole file.
    const QString good = m_dir.filePath(u"backups-good"_s);
    const auto makeOne = [&]() -> QString {
        const test::CliRun r = runOwner(m_big, {u"backup"_s, u"create"_s, u"--to"_s, good});
        if (r.code != 0) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
        const QRegularExpressionMatch m = QRegularExpression(u"verified: (.+\\.cbk)"_s).match(r.out);
        return m.hasMatch() ? m.captured(1).trimmed() : QString();
    };
    // The length of the database copy inside a backup (see app/vault/Backup.h for the layout).
    const auto copyLength = [](const QString& path) -> qint64 {
        const QByteArray b = fileBytes(path);
        qsizetype at = 12;
        for (int section = 0; section < 3; ++section) {
            if (b.size() < at + 4)
                return -1;
            at += 4 + qFromBigEndian<quint32>(b.constData() + at);
        }
        return b.size() < at + 8 ? -1 : qint64(qFromBigEndian<quint64>(b.constData() + at));
    };

    const QString folder = m_dir.filePath(u"backups-full"_s);
    QVERIFY(QDir().mkpath(folder));
    int copyPhase = 0;
    int filePhase = 0;
    for (int attempt = 0; attempt < 6 && (copyPhase == 0 || filePhase == 0); ++attempt) {
        const QString reference = makeOne();
        QVERIFY(!reference.isEmpty());
        const qint64 whole = QFileInfo(reference).size();
        const qint64 copy = copyLength(reference);
        QVERIFY2(copy > 0 && copy < whole, qPrintable(u"copy %1 of %2"_s.arg(copy).arg(whole)));
        // First a limit that stops the database copy, then one between the copy's size and the
        // file's (the keyring and header make the difference): the copy fits, the file does not.
        // The copy may grow by a page between two backups: then the copy fails, and it is tried again.
        const qint64 limit = copyPhase == 0 ? copy / 2 : copy + (whole - copy) / 2;

        const Snapshot before = check(m_big);
        QVERIFY(!QTest::currentTestFailed());

        const test::CliRun r = runOwner(m_big, {u"backup"_s, u"create"_s, u"--to"_s, folder}, Constraint{limit, false});
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(u"disk is full"_s) || r.err.contains(u"disk may be full"_s), qPrintable(r.describe()));
        const bool inFile =
            r.err.contains(u"Could not write the backup"_s) || r.err.contains(u"Could not finish writing the backup"_s);
        if (inFile) {
            QVERIFY2(r.err.contains(u"no partial file was left"_s), qPrintable(r.describe()));
            ++filePhase;
        } else {
            QVERIFY2(r.err.contains(u"disk is full"_s) && r.err.contains(u"nothing was saved"_s),
                     qPrintable(r.describe()));
            ++copyPhase;
        }
        qInfo("limit %lld bytes (copy %lld, file %lld): failed while writing the %s", limit, copy, whole,
              inFile ? "backup file" : "database copy");

        QCOMPARE(entries(folder), QStringList{});
        for (const QString& name : entries(m_big))
            QVERIFY2(!name.startsWith(u".backup-"_s), qPrintable(u"working folder left: "_s + name));
        const Snapshot after = check(m_big);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(after.lastBackup, before.lastBackup);
        QCOMPARE(after.successes.value(backup::kAuditCreated), before.successes.value(backup::kAuditCreated));
        QCOMPARE(after.backupFailures, before.backupFailures + 1);
    }
    QVERIFY2(copyPhase >= 1, "no backup failed while copying the database");
    QVERIFY2(filePhase >= 1, "no backup failed while writing the backup file");
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_disk_full.moc"
