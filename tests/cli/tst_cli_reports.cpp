// `custos-cli report`, `signing-key export` and `verify` as processes against a real vault, with
// OpenSSL checking the same signatures: a valid report verifies with both; one changed byte
// makes both fail; unreadable input has its own exit code; managers may not export reports.
#include "audit/AuditLog.h"
#include "documents/Csv.h"
#include "documents/Signing.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kManagerPassword = u"copper-Lantern-meadow-41"_s;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCliReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    QString m_vault;
    QString m_fingerprint;

    QStringList as(const QString& user, const QStringList& args) const
    {
        return QStringList{u"--vault"_s, m_vault, u"--user"_s, user, u"--password-stdin"_s} + args;
    }
    CliRun owner(const QStringList& args) const
    {
        return runCli(as(kOwnerUser, args), (kOwnerPassword + u"\n"_s).toUtf8());
    }
    CliRun openssl(const QString& key, const QString& file, const QString& sig) const
    {
        return runProcess(u"openssl"_s, {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, key, u"-rawin"_s,
                                         u"-in"_s, file, u"-sigfile"_s, sig});
    }
    QString out(const QString& name) const { return m_out.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_out.isValid());
        m_vault = m_dir.filePath(u"vault"_s);
        auto vault = createVault(m_vault, Clock::system());
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto session = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QVERIFY(addEmployee(*vault.value(), *session.value(), u"mark"_s, u"Mark Manager"_s, Role::Manager,
                            kManagerPassword));
        QVERIFY(session.value()->recordEvent(audit::kCardRevealed, u"order:2026-000001"_s, audit::kSuccess,
                                             u"reason=chargeback"_s));
        auto key = documents::currentSigningKey(session.value()->database());
        QVERIFY(key);
        m_fingerprint = key->fingerprint;
    }

    void helpDocumentsTheCommands()
    {
        const CliRun r = runCli({u"help"_s});
        QCOMPARE(r.code, 0);
        for (const QString& s : {u"verify FILE [--sig FILE.sig] [--key KEY.pem]"_s, u"signing-key export --out"_s,
                                 u"report NAME --out FILE"_s, u"openssl pkeyutl -verify -pubin"_s})
            QVERIFY2(r.out.contains(s), qPrintable(s));
    }

    void reportSignedAndVerifiedByBoth()
    {
        const QString pdf = out(u"access.pdf"_s);
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const CliRun report = owner({u"report"_s, u"access"_s, u"--from"_s, today, u"--to"_s, today, u"--out"_s, pdf});
        QVERIFY2(report.code == 0, qPrintable(report.describe()));
        QVERIFY(report.out.contains(pdf + u".sig"_s));
        QVERIFY(report.out.contains(m_fingerprint));
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QCOMPARE(readAll(pdf + u".sig"_s).size(), 64);
        QVERIFY(pdfText(pdf).contains(u"Card number revealed"_s));

        const QString pem = out(u"signing-key.pem"_s);
        const CliRun exported = owner({u"signing-key"_s, u"export"_s, u"--out"_s, pem});
        QVERIFY2(exported.code == 0, qPrintable(exported.describe()));
        QVERIFY(exported.out.contains(m_fingerprint));
        QVERIFY(readAll(pem).contains("-----BEGIN PUBLIC KEY-----"));

        // With --key: no vault, no password.
        const CliRun withKey = runCli({u"verify"_s, pdf, u"--key"_s, pem});
        QVERIFY2(withKey.code == 0, qPrintable(withKey.describe()));
        QVERIFY(withKey.out.contains(m_fingerprint));
        // Without --key: the vault's keys, after signing in.
        const CliRun withVault = owner({u"verify"_s, pdf});
        QVERIFY2(withVault.code == 0, qPrintable(withVault.describe()));
        const CliRun ssl = openssl(pem, pdf, pdf + u".sig"_s);
        QVERIFY2(ssl.code == 0, qPrintable(ssl.describe()));

        // --sig names a signature elsewhere.
        const QString moved = out(u"moved.sig"_s);
        QVERIFY(QFile::copy(pdf + u".sig"_s, moved));
        const CliRun withSig = runCli({u"verify"_s, pdf, u"--sig"_s, moved, u"--key"_s, pem});
        QVERIFY2(withSig.code == 0, qPrintable(withSig.describe()));

        // One changed byte: both refuse, custos-cli with exit 7.
        QByteArray bytes = readAll(pdf);
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x20);
        QVERIFY(writeAll(pdf, bytes));
        const CliRun tampered = runCli({u"verify"_s, pdf, u"--key"_s, pem});
        QVERIFY2(tampered.code == 7, qPrintable(tampered.describe()));
        QVERIFY(tampered.err.contains(u"NOT valid"_s));
        const CliRun tamperedVault = owner({u"verify"_s, pdf});
        QVERIFY2(tamperedVault.code == 7, qPrintable(tamperedVault.describe()));
        const CliRun sslTampered = openssl(pem, pdf, pdf + u".sig"_s);
        QVERIFY2(sslTampered.code != 0, qPrintable(sslTampered.describe()));
    }

    void csvReport()
    {
        const QString csv = out(u"screening.csv"_s);
        const CliRun r = owner({u"report"_s, u"screening"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        auto table = csv::parse(readAll(csv));
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->header.value(1), u"Staff screening"_s);
        const CliRun v = owner({u"verify"_s, csv});
        QVERIFY2(v.code == 0, qPrintable(v.describe()));
    }

    void unreadableInputIsExitOne()
    {
        const QString pem = out(u"signing-key.pem"_s);
        QVERIFY(QFile::exists(pem));
        const QString file = out(u"lonely.txt"_s);
        QVERIFY(writeAll(file, "no signature here"));
        const CliRun noSig = runCli({u"verify"_s, file, u"--key"_s, pem});
        QVERIFY2(noSig.code == 1, qPrintable(noSig.describe()));
        const CliRun noFile = runCli({u"verify"_s, out(u"missing.pdf"_s), u"--key"_s, pem});
        QVERIFY2(noFile.code == 1, qPrintable(noFile.describe()));
        QVERIFY(writeAll(file + u".sig"_s, QByteArray(64, 'x')));
        const CliRun badKey = runCli({u"verify"_s, file, u"--key"_s, file});
        QVERIFY2(badKey.code == 1, qPrintable(badKey.describe()));
        // A 63-byte signature is not valid (readable, but not a signature).
        QVERIFY(writeAll(file + u".sig"_s, QByteArray(63, 'x')));
        const CliRun shortSig = runCli({u"verify"_s, file, u"--key"_s, pem});
        QVERIFY2(shortSig.code == 7, qPrintable(shortSig.describe()));
    }

    void refusalsAndUsage()
    {
        const QString pdf = out(u"manager.pdf"_s);
        const CliRun manager =
            runCli(as(u"mark"_s, {u"report"_s, u"access"_s, u"--out"_s, pdf}), (kManagerPassword + u"\n"_s).toUtf8());
        QVERIFY2(manager.code == 6, qPrintable(manager.describe()));
        QVERIFY(!QFile::exists(pdf));
        const CliRun managerKey = runCli(as(u"mark"_s, {u"signing-key"_s, u"export"_s, u"--out"_s, out(u"m.pem"_s)}),
                                         (kManagerPassword + u"\n"_s).toUtf8());
        QVERIFY2(managerKey.code == 6, qPrintable(managerKey.describe()));

        QCOMPARE(owner({u"report"_s, u"bogus"_s, u"--out"_s, pdf}).code, 2);
        QCOMPARE(owner({u"report"_s, u"access"_s}).code, 2);
        QCOMPARE(owner({u"report"_s, u"access"_s, u"--from"_s, u"31/12/2026"_s, u"--out"_s, pdf}).code, 2);
        QCOMPARE(owner({u"report"_s, u"statement"_s, u"--format"_s, u"csv"_s, u"--out"_s, pdf}).code, 2);
        QCOMPARE(runCli({u"verify"_s}).code, 2);
        QCOMPARE(owner({u"signing-key"_s}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
