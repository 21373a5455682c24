// The security self-check on a real vault: a fresh vault's findings, then each check broken in
// turn (a sealed card number past retention, an aged password, an expired background check, no
// or an old backup, an edited audit row) and seen to flip to a problem; every run recorded and
// audited, and the report exported as a signed PDF.
#include "audit/AuditLog.h"
#include "crypto/SecureBytes.h"
#include "documents/Signing.h"
#include "reports/SelfCheck.h"
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace custos;
using namespace custos::test;
using namespace custos::selfcheck;
using namespace Qt::StringLiterals;

namespace {

const QString kClerkPassword = u"amber-Thistle-canyon-42"_s;

std::optional<Finding> findingOf(const Report& report, const QString& findingId)
{
    for (const Finding& f : report.findings)
        if (f.id == findingId)
            return f;
    return std::nullopt;
}

QString dump(const Report& report)
{
    QStringList lines;
    for (const Finding& f : report.findings)
        lines << u"%1 %2: %3"_s.arg(severityToStorage(f.severity), f.id, f.detail);
    return lines.join(u'\n');
}

} // namespace

class TestSelfCheck : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    ManualClock m_clock{QDateTime(QDate(2026, 1, 12), QTime(8, 30), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_owner;

    Report run()
    {
        auto report = SelfCheck(*m_owner).run();
        if (!report) {
            qWarning("%s", qPrintable(report.errorMessage()));
            return {};
        }
        return report.value();
    }

    Severity severityOf(const Report& report, const QString& findingId)
    {
        const auto f = findingOf(report, findingId);
        return f ? f->severity : Severity::Problem;
    }

    int count(const QString& sql)
    {
        auto st = m_owner->database().prepare(sql);
        return st && st->step().value() ? st->int32(0) : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto vault = createVault(m_tmp.path() + u"/vault"_s, m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        m_vault = std::move(vault.value());
        auto owner = signIn(*m_vault, kOwnerUser, kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        m_owner = std::move(owner.value());
    }

    void freshVault()
    {
        const Report report = run();
        QCOMPARE(report.findings.size(), 9);
        for (const QString& fid :
             {id::kVaultIntegrity, id::kAuditChain, id::kScreening, id::kAccessReview, id::kPasswordAge,
              id::kDormantAccounts, id::kCardRetention, id::kBackup, id::kKeyAges}) {
            const auto f = findingOf(report, fid);
            QVERIFY2(f, qPrintable(fid));
            QVERIFY(!f->title.isEmpty());
            QVERIFY(!f->detail.isEmpty());
            // Everything not OK says what to do.
            QVERIFY2(f->severity == Severity::Ok || !f->action.isEmpty(), qPrintable(fid));
        }
        QVERIFY2(report.problems() == 0, qPrintable(dump(report)));
        QCOMPARE(severityOf(report, id::kVaultIntegrity), Severity::Ok);
        QVERIFY(findingOf(report, id::kVaultIntegrity)->detail.contains(u"quick_check"_s));
        QCOMPARE(severityOf(report, id::kAuditChain), Severity::Ok);
        QCOMPARE(severityOf(report, id::kScreening), Severity::Warning);    // the owner is not screened yet
        QCOMPARE(severityOf(report, id::kAccessReview), Severity::Warning); // never signed off
        QCOMPARE(severityOf(report, id::kPasswordAge), Severity::Ok);
        QCOMPARE(severityOf(report, id::kDormantAccounts), Severity::Ok);
        QCOMPARE(severityOf(report, id::kCardRetention), Severity::Ok);
        QCOMPARE(severityOf(report, id::kBackup), Severity::Warning);
        QCOMPARE(findingOf(report, id::kBackup)->detail, u"No backup has been made yet."_s);
        QCOMPARE(severityOf(report, id::kKeyAges), Severity::Ok);
        QVERIFY(findingOf(report, id::kKeyAges)
                    ->detail.contains(documents::currentSigningKey(m_owner->database())->fingerprint));
        QCOMPARE(report.summary(), u"3 warnings"_s);

        // Recorded, audited, and (chain intact) covered by a new signed checkpoint.
        QCOMPARE(count(u"SELECT count(*) FROM self_checks"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'selfcheck.run'"_s), 1);
        QCOMPARE(count(u"SELECT max(seq) FROM audit_events"_s), count(u"SELECT max(seq) FROM audit_checkpoints"_s));
        auto last = SelfCheck(*m_owner).last();
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->id, report.id);
        QCOMPARE((*last)->warnings(), 3);
        QCOMPARE((*last)->findings.size(), 9);
    }

    void backupAge()
    {
        storage::SettingsRepository settings(m_owner->database());
        QVERIFY(
            settings.setValue(QString::fromLatin1(kLastBackupSetting), toStorageTime(m_clock.nowUtc().addDays(-2))));
        QCOMPARE(severityOf(run(), id::kBackup), Severity::Ok);
        QVERIFY(
            settings.setValue(QString::fromLatin1(kLastBackupSetting), toStorageTime(m_clock.nowUtc().addDays(-12))));
        QCOMPARE(severityOf(run(), id::kBackup), Severity::Warning);
        QVERIFY(
            settings.setValue(QString::fromLatin1(kLastBackupSetting), toStorageTime(m_clock.nowUtc().addDays(-45))));
        const Report report = run();
        QCOMPARE(severityOf(report, id::kBackup), Severity::Problem);
        QVERIFY(!findingOf(report, id::kBackup)->action.isEmpty());
        QVERIFY(settings.setValue(QString::fromLatin1(kLastBackupSetting), toStorageTime(m_clock.nowUtc())));
    }

    void cardPastRetentionThenAgedPasswordThenExpiredCheck()
    {
        // A clerk screened today (valid a year), and a charged order whose number is kept 30 days.
        auto clerk = addEmployee(*m_vault, *m_owner, u"cleo"_s, u"Cleo Clerk"_s, Role::Clerk, kClerkPassword);
        QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
        QVERIFY(recordClearedCheck(*m_vault, *m_owner, clerk.value(), m_clock.nowUtc().date()));
        OrderService orders(*m_owner);
        QVERIFY(orders.setCardRetentionDays(30));
        auto customer = addCustomer(*m_owner);
        QVERIFY(customer);
        auto number = addOrder(*m_owner, customer.value());
        QVERIFY2(number, qPrintable(number.errorMessage()));
        QVERIFY(orders.changeStatus(orders.getByNumber(number.value())->id, OrderStatus::Charged));
        QCOMPARE(severityOf(run(), id::kCardRetention), Severity::Ok);

        m_clock.set(m_clock.nowUtc().addDays(31));
        Report report = run();
        QCOMPARE(severityOf(report, id::kCardRetention), Severity::Problem);
        QCOMPARE(findingOf(report, id::kCardRetention)->page, u"purge"_s);
        QCOMPARE(severityOf(report, id::kPasswordAge), Severity::Ok);
        QCOMPARE(orders.purgeDue().value(), 1);
        QCOMPARE(severityOf(run(), id::kCardRetention), Severity::Ok);

        // Past the 90-day password age (the owner's and the clerk's passwords are from day 0).
        m_clock.set(m_clock.nowUtc().addDays(60));
        report = run();
        QCOMPARE(severityOf(report, id::kPasswordAge), Severity::Problem);
        QVERIFY(findingOf(report, id::kPasswordAge)->detail.contains(u"Cleo Clerk"_s));
        // The clerk never signed in for 91 days: dormant past the automatic deactivation age.
        QCOMPARE(severityOf(report, id::kDormantAccounts), Severity::Problem);

        // A year on, the clerk's check has expired.
        QCOMPARE(severityOf(report, id::kScreening), Severity::Warning); // owner not screened, clerk cleared
        m_clock.set(m_clock.nowUtc().addDays(300));
        report = run();
        QCOMPARE(severityOf(report, id::kScreening), Severity::Problem);
        QVERIFY(findingOf(report, id::kScreening)->detail.contains(u"Cleo Clerk"_s));
        QVERIFY(report.problems() >= 3);
    }

    void tamperedAuditRow()
    {
        const int checkpointsBefore = count(u"SELECT count(*) FROM audit_checkpoints"_s);
        QVERIFY(m_owner->database().exec(u"UPDATE audit_events SET details = 'nothing to see' WHERE seq = 3"_s));
        const Report report = run();
        QCOMPARE(severityOf(report, id::kAuditChain), Severity::Problem);
        QVERIFY(findingOf(report, id::kAuditChain)->detail.contains(u"3"_s));
        QVERIFY(!findingOf(report, id::kAuditChain)->action.isEmpty());
        // A broken chain is never signed over.
        QCOMPARE(count(u"SELECT count(*) FROM audit_checkpoints"_s), checkpointsBefore);
        QCOMPARE(count(u"SELECT problems FROM self_checks ORDER BY id DESC LIMIT 1"_s), report.problems());
    }

    void exportSignedReport()
    {
        const Report report = run();
        const QString pdf = m_tmp.path() + u"/selfcheck.pdf"_s;
        auto issued = SelfCheck(*m_owner).exportReport(report, pdf);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(!issued->signaturePath.isEmpty());
        auto key = documents::currentSigningKey(m_owner->database());
        QVERIFY(key);
        auto verified = documents::verifyFile(pdf, issued->signaturePath, {key->publicKey});
        QVERIFY(verified && verified->valid);
        const QString text = pdfText(pdf).simplified();
        QVERIFY2(!text.isEmpty(), "pdftotext failed");
        QVERIFY(text.contains(u"Security self-check"_s));
        QVERIFY(text.contains(u"Quayside Stationers Ltd."_s));
        QVERIFY(text.contains(u"PROBLEM"_s));
        QVERIFY(text.contains(u"Audit log"_s));
        QVERIFY(text.contains(key->fingerprint));
        QCOMPARE(count(u"SELECT count(*) FROM issued_documents WHERE kind = 'self_check'"_s), 1);
    }

    // The GUI's integrity scan: its own connection, on another thread, while the session writes.
    void integrityScanOnItsOwnConnection()
    {
        const QString dbPath = m_owner->database().path();
        const crypto::SecureBytes key = m_owner->masterKey();
        std::optional<Finding> scanned;
        std::thread scan([&] { scanned = SelfCheck::checkIntegrity(dbPath, key); });
        const int before = count(u"SELECT count(*) FROM customers"_s);
        for (int i = 0; i < 20; ++i) {
            auto added = addCustomer(*m_owner, sampleCustomer(u"Scan Customer %1"_s.arg(i),
                                                              u"+44 20 7946 %1"_s.arg(1000 + i, 4, 10, QChar(u'0'))));
            QVERIFY2(added, qPrintable(added.errorMessage()));
        }
        scan.join();
        QCOMPARE(count(u"SELECT count(*) FROM customers"_s), before + 20);
        QVERIFY(scanned);
        QCOMPARE(scanned->id, id::kVaultIntegrity);
        QVERIFY2(scanned->severity == Severity::Ok, qPrintable(scanned->detail));

        // run() takes the scan's finding as it is: a damaged file reported by the scan is the
        // run's problem, stored with it.
        QVERIFY(m_owner->database().checkpoint());
        const QString copy = m_tmp.path() + u"/damaged-copy.db"_s;
        QVERIFY(QFile::copy(dbPath, copy));
        {
            QFile f(copy);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8 * 4096);
            QVERIFY(f.seek(5 * 4096 + 1000));
            QByteArray b = f.read(16);
            for (char& c : b)
                c = char(~c);
            QVERIFY(f.seek(5 * 4096 + 1000));
            QCOMPARE(f.write(b), qint64(16));
        }
        const Finding damaged = SelfCheck::checkIntegrity(copy, key);
        QCOMPARE(damaged.severity, Severity::Problem);
        QVERIFY(!damaged.action.isEmpty());
        const Finding wrongKey =
            SelfCheck::checkIntegrity(dbPath, crypto::SecureBytes::fromByteArray(QByteArray(32, 'k')));
        QCOMPARE(wrongKey.severity, Severity::Problem);
        QVERIFY2(wrongKey.detail.contains(u"does not open"_s), qPrintable(wrongKey.detail));

        auto report = SelfCheck(*m_owner).run(damaged);
        QVERIFY2(report, qPrintable(report.errorMessage()));
        QCOMPARE(severityOf(report.value(), id::kVaultIntegrity), Severity::Problem);
        QCOMPARE(findingOf(report.value(), id::kVaultIntegrity)->detail, damaged.detail);
        QCOMPARE(count(u"SELECT problems FROM self_checks WHERE id = %1"_s.arg(report->id)), report->problems());
        QVERIFY(report->problems() >= 1);
    }

    void clerkCannotRun()
    {
        QVERIFY(addEmployee(*m_vault, *m_owner, u"dora"_s, u"Dora Clerk"_s, Role::Clerk, kClerkPassword));
        auto clerk = signIn(*m_vault, u"dora"_s, kClerkPassword);
        QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
        const int runs = count(u"SELECT count(*) FROM self_checks"_s);
        auto report = SelfCheck(*clerk.value()).run();
        QCOMPARE(report.errorCode(), Errc::Denied);
        QCOMPARE(count(u"SELECT count(*) FROM self_checks"_s), runs);
        QCOMPARE(count(u"SELECT count(*) FROM audit_events WHERE action = 'selfcheck.run' AND outcome = 'denied'"_s),
                 1);
    }
};

QTEST_MAIN(TestSelfCheck)
#include "tst_selfcheck.moc"
