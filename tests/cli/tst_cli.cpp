// Runs the real custos-cli against temporary vaults and checks what a user would see: exit
// codes, messages, and what ends up on disk.
#include "crypto/Crypto.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/Database.h"
#include "vault/Keyring.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Tr0ub4dor&3-Granite-Walrus"_s;
const QString kPassword2 = u"Quartz-Lemur-Paddle-8812"_s;
const QString kPassword3 = u"Velvet#Cactus-Orbit-2047"_s;
const QString kBusiness = u"Lighthouse Parcels GmbH"_s;
const QRegularExpression kRecoveryPattern(u"\\b[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){4}\\b"_s);

struct Run
{
    int code = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QString out;
    QString err;
};

QByteArray lines(const QStringList& secrets)
{
    QByteArray bytes;
    for (const QString& s : secrets)
        bytes += s.toUtf8() + '\n';
    return bytes;
}

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

QByteArray sha256Of(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256);
}

QByteArray utf16le(const QString& text)
{
    QByteArray out;
    for (QChar c : text) {
        out.append(static_cast<char>(c.unicode() & 0xff));
        out.append(static_cast<char>(c.unicode() >> 8));
    }
    return out;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;

    QString newDir() { return m_tmp.filePath(u"vault%1"_s.arg(++m_counter)); }

    static QStringList initArgs(const QString& dir, const QString& business = kBusiness,
                                const QString& ownerName = u"Greta Keller"_s)
    {
        return {u"--vault"_s,
                dir,
                u"init"_s,
                u"--business-name"_s,
                business,
                u"--phone"_s,
                u"+49 40 1234 5678"_s,
                u"--city"_s,
                u"Hamburg"_s,
                u"--owner"_s,
                u"owner"_s,
                u"--owner-name"_s,
                ownerName};
    }

    // Creates a vault owned by "owner" with kPassword; returns the recovery code it printed.
    QString initVault(const QString& dir)
    {
        const Run r = cli(initArgs(dir), lines({kPassword}));
        if (r.code != 0) {
            qWarning("%s", qPrintable(describe(r)));
            return {};
        }
        return kRecoveryPattern.match(r.out).captured(0);
    }

    static Run asOwner(const QString& dir, const QStringList& command, const QStringList& secrets = {kPassword})
    {
        return cli(QStringList{u"--vault"_s, dir, u"--user"_s, u"owner"_s} + command, lines(secrets));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(CUSTOS_CLI_PATH)), CUSTOS_CLI_PATH);
    }

    void versionAndHelp()
    {
        const Run v = cli({u"--version"_s});
        QCOMPARE(v.code, 0);
        QCOMPARE(v.out.trimmed(), u"custos-cli 0.1.0"_s);

        const Run h = cli({u"help"_s});
        QCOMPARE(h.code, 0);
        for (const char* word : {"init", "demo", "info", "passwd", "recover", "employee add", "audit list",
                                 "audit verify", "--password-stdin", "Exit codes"})
            QVERIFY2(h.out.contains(QLatin1String(word)), word);

        const Run bad = cli({u"frobnicate"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.startsWith(u"custos-cli: "_s));
    }

    void initThenInfo()
    {
        const QString dir = newDir();
        const Run init = cli(initArgs(dir), lines({kPassword}));
        QVERIFY2(init.code == 0, qPrintable(describe(init)));
        // The recovery code is shown exactly once, framed, with the advice to keep it offline.
        QCOMPARE(init.out.count(kRecoveryPattern), 1);
        QVERIFY(init.out.contains(u"RECOVERY CODE"_s));
        QVERIFY(init.out.contains(u"offline"_s));
        QVERIFY(!init.out.contains(kPassword) && !init.err.contains(kPassword));
        QVERIFY(QFileInfo::exists(dir + u"/custos.db"_s));
        QCOMPARE(QFile::permissions(dir + u"/keyring.json"_s),
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);

        const Run info = asOwner(dir, {u"info"_s});
        QVERIFY2(info.code == 0, qPrintable(describe(info)));
        QVERIFY(info.out.contains(kBusiness));
        QVERIFY(info.out.contains(u"Greta Keller"_s));
        QVERIFY(info.out.contains(u"Owner"_s));
        QVERIFY(info.out.contains(u"Employees:"_s));
        QVERIFY(info.out.contains(u"SQLCipher:"_s));
        QVERIFY(!info.out.contains(kPassword));

        const Run wrong = asOwner(dir, {u"info"_s}, {u"not-the-password"_s});
        QCOMPARE(wrong.code, 3);
        QVERIFY2(wrong.err.contains(u"tries left"_s), qPrintable(wrong.err));
        QVERIFY(wrong.out.isEmpty());

        // A second init into the same folder is refused and leaves the vault alone.
        const QByteArray before = sha256Of(dir + u"/keyring.json"_s);
        const Run again = cli(initArgs(dir), lines({kPassword}));
        QCOMPARE(again.code, 2);
        QCOMPARE(sha256Of(dir + u"/keyring.json"_s), before);
    }

    void lockoutAfterTenWrongPasswords()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        Run r;
        for (int i = 1; i <= 10; ++i) {
            r = asOwner(dir, {u"info"_s}, {u"wrong-password-%1"_s.arg(i)});
            QCOMPARE(r.code, 3);
            if (i == 1)
                QVERIFY2(r.err.contains(u"9 tries left"_s), qPrintable(r.err));
        }
        QVERIFY2(r.err.contains(u"locked"_s), qPrintable(r.err));
        // Now even the right password is refused, with the reason.
        const Run right = asOwner(dir, {u"info"_s});
        QCOMPARE(right.code, 3);
        QVERIFY2(right.err.contains(u"locked"_s), qPrintable(right.err));
    }

    void unknownUser()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const Run r = cli({u"--vault"_s, dir, u"--user"_s, u"olaf"_s, u"info"_s}, lines({kPassword}));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(u"no account with this user name"_s), qPrintable(r.err));

        const Run noUser = cli({u"--vault"_s, dir, u"info"_s}, lines({kPassword}));
        QCOMPARE(noUser.code, 2);
        QVERIFY(noUser.err.contains(u"--user"_s));
    }

    void demoVaultAccounts()
    {
        const QString dir = newDir();
        const Run demo = cli({u"demo"_s, dir});
        QVERIFY2(demo.code == 0, qPrintable(describe(demo)));
        QVERIFY(demo.out.contains(u"custos --demo --vault"_s));
        QCOMPARE(demo.out.count(kRecoveryPattern), 1);
        const std::pair<QString, QString> accounts[] = {
            {u"clerk"_s, u"Clerk"_s}, {u"manager"_s, u"Manager"_s}, {u"owner"_s, u"Owner"_s}};
        for (const auto& [account, role] : accounts) {
            // "  clerk      Clerk      demo-cedar-Pebble-93"
            const QRegularExpression row(u"^  %1\\s+%2\\s+(\\S+)$"_s.arg(account, role),
                                         QRegularExpression::MultilineOption);
            const QString password = row.match(demo.out).captured(1);
            QVERIFY2(password.startsWith(u"demo-"_s), qPrintable(demo.out));
            const Run info = cli({u"--vault"_s, dir, u"--user"_s, account, u"info"_s}, lines({password}));
            QVERIFY2(info.code == 0, qPrintable(describe(info)));
            QVERIFY(info.out.contains(u"Harbor Lane Supplies"_s));
            QVERIFY(info.out.contains(u"Demo vault:"_s));
            QVERIFY(info.out.contains(u", "_s + role));

            if (account == u"clerk"_s) {
                const Run list =
                    cli({u"--vault"_s, dir, u"--user"_s, account, u"audit"_s, u"list"_s}, lines({password}));
                QCOMPARE(list.code, 6);
                QVERIFY2(list.err.contains(u"Clerks cannot read the audit log"_s), qPrintable(list.err));
                QVERIFY(list.out.isEmpty());
                const Run verify =
                    cli({u"--vault"_s, dir, u"--user"_s, account, u"audit"_s, u"verify"_s}, lines({password}));
                QCOMPARE(verify.code, 6);
            }
            if (account == u"manager"_s) {
                // Managers may verify (access table: VerifyAuditLog); only owners sign checkpoints.
                const Run verify =
                    cli({u"--vault"_s, dir, u"--user"_s, account, u"audit"_s, u"verify"_s}, lines({password}));
                QVERIFY2(verify.code == 0, qPrintable(describe(verify)));
                QVERIFY(verify.out.contains(u"Audit chain intact"_s));
                QVERIFY(!verify.out.contains(u"New checkpoint"_s));
                const Run list =
                    cli({u"--vault"_s, dir, u"--user"_s, account, u"audit"_s, u"list"_s}, lines({password}));
                QVERIFY2(list.code == 0, qPrintable(describe(list)));
                // The clerk's refused attempt is itself in the log.
                QVERIFY(list.out.contains(QRegularExpression(u"clerk\\s+audit\\.read\\s.*denied"_s)));
            }
        }
    }

    void notAVault()
    {
        const QString dir = QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/not-a-vault"_s;
        QVERIFY(QFileInfo(dir).isDir());
        const QStringList before = QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        const Run r = cli({u"--vault"_s, dir, u"--user"_s, u"owner"_s, u"info"_s}, lines({kPassword}));
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(u"is not a Custos vault"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"--vault"_s));
        QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), before);

        const Run missing =
            cli({u"--vault"_s, m_tmp.filePath(u"nowhere"_s), u"--user"_s, u"owner"_s, u"info"_s}, lines({kPassword}));
        QCOMPARE(missing.code, 5);
        QVERIFY2(missing.err.contains(u"There is no vault"_s), qPrintable(missing.err));
    }

    void vaultOpenElsewhereIsBusy()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        auto held = Vault::open(dir);
        QVERIFY2(held.ok(), qPrintable(held.errorMessage()));
        const Run r = asOwner(dir, {u"info"_s});
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(u"already open"_s), qPrintable(r.err));
        held.value().reset();
        QCOMPARE(asOwner(dir, {u"info"_s}).code, 0);
    }

    void damagedKeyringByte()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const QString keyringPath = dir + u"/keyring.json"_s;
        QByteArray keyring = readAll(keyringPath);
        const QByteArray marker = "\"wrapped\": \"";
        const qsizetype at = keyring.indexOf(marker);
        QVERIFY(at > 0);
        const qsizetype pos = at + marker.size() + 20;
        keyring[pos] = keyring.at(pos) == 'A' ? 'B' : 'A'; // still valid base64, just wrong
        QVERIFY(writeAll(keyringPath, keyring));
        const QByteArray dbBefore = sha256Of(dir + u"/custos.db"_s);

        const Run r = asOwner(dir, {u"info"_s});
        QCOMPARE(r.code, 1);
        QCOMPARE(r.status, QProcess::NormalExit);
        QVERIFY2(r.err.contains(u"keyring.json"_s) && r.err.contains(u"damaged"_s), qPrintable(r.err));
        QCOMPARE(sha256Of(dir + u"/custos.db"_s), dbBefore);
        QCOMPARE(readAll(keyringPath), keyring); // not "repaired" or counted as a wrong password
    }

    void truncatedKeyring()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const QString keyringPath = dir + u"/keyring.json"_s;
        const QByteArray keyring = readAll(keyringPath);
        QVERIFY(writeAll(keyringPath, keyring.left(keyring.size() / 2)));
        const Run r = asOwner(dir, {u"info"_s});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"keyring.json"_s) && r.err.contains(u"backup"_s), qPrintable(r.err));
    }

    void truncatedDatabase()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        QVERIFY(QFile::resize(dir + u"/custos.db"_s, 1000));
        const Run r = asOwner(dir, {u"info"_s});
        QCOMPARE(r.status, QProcess::NormalExit);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(u"damaged or truncated"_s), qPrintable(r.err));
        QVERIFY(!r.err.contains(u"AddressSanitizer"_s));
    }

    void weakPasswordRefusedAtInit()
    {
        const QString dir = newDir();
        const Run r = cli(initArgs(dir), lines({u"passwordpassword"_s}));
        QVERIFY2(r.code == 2 || r.code == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(u"No vault was created"_s), qPrintable(r.err));
        QVERIFY(r.err.size() > 40); // the reason, not only the verdict
        QVERIFY(!r.out.contains(kRecoveryPattern));
        QVERIFY(!QFileInfo::exists(dir + u"/keyring.json"_s));
        QVERIFY(!QFileInfo::exists(dir + u"/custos.db"_s));

        const Run missing = cli({u"--vault"_s, dir, u"init"_s, u"--business-name"_s, kBusiness}, lines({kPassword}));
        QCOMPARE(missing.code, 2);
        QVERIFY(missing.err.contains(u"--phone"_s) && missing.err.contains(u"--owner-name"_s));
    }

    void changePassword()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const Run same = asOwner(dir, {u"passwd"_s}, {kPassword, kPassword});
        QCOMPARE(same.code, 2);
        QVERIFY2(same.err.contains(u"not changed"_s) && same.err.contains(u"differ"_s), qPrintable(same.err));

        const Run changed = asOwner(dir, {u"passwd"_s}, {kPassword, kPassword2});
        QVERIFY2(changed.code == 0, qPrintable(describe(changed)));
        QVERIFY(!changed.out.contains(kPassword2));

        QCOMPARE(asOwner(dir, {u"info"_s}, {kPassword}).code, 3);
        QCOMPARE(asOwner(dir, {u"info"_s}, {kPassword2}).code, 0);

        const Run back = asOwner(dir, {u"passwd"_s}, {kPassword2, kPassword});
        QCOMPARE(back.code, 2);
        QVERIFY2(back.err.contains(u"recently"_s), qPrintable(back.err));
        QCOMPARE(asOwner(dir, {u"info"_s}, {kPassword2}).code, 0);
    }

    void recoverWithCode()
    {
        const QString dir = newDir();
        const QString code = initVault(dir);
        QVERIFY(!code.isEmpty());
        const Run wrongCode = asOwner(dir, {u"recover"_s}, {u"00000-00000-00000-00000-00000"_s, kPassword3});
        QCOMPARE(wrongCode.code, 3);

        // Typed sloppily: lower case, no dashes.
        const Run r = asOwner(dir, {u"recover"_s}, {code.toLower().remove(u'-'), kPassword3});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(asOwner(dir, {u"info"_s}, {kPassword3}).code, 0);
        QCOMPARE(asOwner(dir, {u"info"_s}, {kPassword}).code, 3);
        const Run log =
            asOwner(dir, {u"audit"_s, u"list"_s, u"--action"_s, u"account.recovery_code_used"_s}, {kPassword3});
        QCOMPARE(log.code, 0);
        QVERIFY(log.out.contains(u"account.recovery_code_used"_s));
    }

    void employeeAddWithOneTimePassword()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const Run add = asOwner(dir, {u"employee"_s, u"add"_s, u"--username"_s, u"pia"_s, u"--name"_s, u"Pia Paulsen"_s,
                                      u"--role"_s, u"clerk"_s});
        QVERIFY2(add.code == 0, qPrintable(describe(add)));
        const QRegularExpression oneTime(u"\\b[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}\\b"_s);
        QCOMPARE(add.out.count(oneTime), 1);
        const QString password = oneTime.match(add.out).captured(0);

        const QStringList asPia{u"--vault"_s, dir, u"--user"_s, u"pia"_s};
        // A one-time password opens info (with a reminder) but nothing else until it is changed.
        const Run info = cli(asPia + QStringList{u"info"_s}, lines({password}));
        QCOMPARE(info.code, 0);
        QVERIFY(info.err.contains(u"passwd"_s));
        const Run list = cli(asPia + QStringList{u"audit"_s, u"list"_s}, lines({password}));
        QCOMPARE(list.code, 6);
        QVERIFY2(list.err.contains(u"one-time password"_s), qPrintable(list.err));
        QCOMPARE(cli(asPia + QStringList{u"passwd"_s}, lines({password, kPassword2})).code, 0);
        const Run after = cli(asPia + QStringList{u"info"_s}, lines({kPassword2}));
        QCOMPARE(after.code, 0);
        QVERIFY(after.err.isEmpty());

        // A clerk cannot add people; a bad role is a usage error.
        const Run clerkAdds = cli(asPia + QStringList{u"employee"_s, u"add"_s, u"--username"_s, u"max"_s, u"--name"_s,
                                                      u"Max M"_s, u"--role"_s, u"clerk"_s},
                                  lines({kPassword2}));
        QCOMPARE(clerkAdds.code, 6);
        QCOMPARE(asOwner(dir, {u"employee"_s, u"add"_s, u"--username"_s, u"max"_s, u"--name"_s, u"Max M"_s, u"--role"_s,
                               u"boss"_s})
                     .code,
                 2);
    }

    void auditListShowsFailedSignIns()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        QCOMPARE(asOwner(dir, {u"info"_s}, {u"wrong-one"_s}).code, 3);
        QCOMPARE(asOwner(dir, {u"info"_s}, {u"wrong-two"_s}).code, 3);
        // A user name with a terminal escape and a placeholder, typed at the sign-in prompt.
        const QString evil = u"mallory\x1b[2J%5"_s;
        const Run unknown = cli({u"--vault"_s, dir, u"--user"_s, evil, u"info"_s}, lines({kPassword}));
        QCOMPARE(unknown.code, 3);
        QVERIFY(!unknown.err.contains(QChar(0x1b)));
        // Recorded while the vault was locked; moved into the log by this sign-in.
        const Run list = asOwner(dir, {u"audit"_s, u"list"_s});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        const QStringList rows = list.out.split(u'\n', Qt::SkipEmptyParts);
        const auto failures = std::count_if(rows.cbegin(), rows.cend(), [](const QString& row) {
            return row.contains(u"session.sign_in"_s) && row.contains(u"failure"_s) &&
                   row.contains(u"wrong password"_s);
        });
        QCOMPARE(failures, 2);
        // Not a possible user name (it might be a password typed in the wrong field): not kept
        // in clear, and no raw escape reaches the terminal.
        QVERIFY(!list.out.contains(QChar(0x1b)));
        QVERIFY2(!list.out.contains(u"mallory"_s), qPrintable(list.out));
        QVERIFY2(list.out.contains(u"(not a user name)"_s), qPrintable(list.out));
        QVERIFY(list.out.contains(u"vault.created"_s));

        const Run tsv = asOwner(dir, {u"audit"_s, u"list"_s, u"--tsv"_s, u"--limit"_s, u"3"_s});
        QCOMPARE(tsv.code, 0);
        const QStringList tsvRows = tsv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(tsvRows.size(), 4); // header + 3
        for (const QString& row : tsvRows)
            QCOMPARE(row.count(u'\t'), 6);
        QCOMPARE(asOwner(dir, {u"audit"_s, u"list"_s, u"--limit"_s, u"zero"_s}).code, 2);
    }

    void auditVerifyDetectsEditedRow()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const Run ok = asOwner(dir, {u"audit"_s, u"verify"_s});
        QVERIFY2(ok.code == 0, qPrintable(describe(ok)));
        QVERIFY2(ok.out.contains(QRegularExpression(u"^Audit chain intact: \\d+ events"_s)), qPrintable(ok.out));

        // Someone with the key edits a row behind Custos's back.
        {
            auto keyring = Keyring::load(dir + u"/keyring.json"_s);
            QVERIFY2(keyring.ok(), qPrintable(keyring.errorMessage()));
            const KeySlot* slot = keyring->employeeSlot(u"owner"_s);
            QVERIFY(slot);
            auto secrets = Keyring::unwrap(keyring->vaultId, *slot, crypto::SecureBytes::fromUtf8(kPassword));
            QVERIFY2(secrets.ok(), qPrintable(secrets.errorMessage()));
            auto db = storage::Database::open(dir + u"/custos.db"_s, secrets->masterKey);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            auto edit = db->prepare(u"UPDATE audit_events SET details = 'x' WHERE seq = 2"_s);
            QVERIFY(edit.ok());
            QVERIFY(edit->exec().ok());
            QCOMPARE(db->changes(), 1);
        }
        const Run broken = asOwner(dir, {u"audit"_s, u"verify"_s});
        QCOMPARE(broken.code, 7);
        QVERIFY2(broken.err.contains(u"broken at event 2"_s), qPrintable(broken.err));
        QVERIFY(!broken.out.contains(u"intact"_s));
    }

    void recoverySheetPdf()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        if (pdftotext.isEmpty())
            QSKIP("pdftotext (poppler-utils) is not installed");
        const QString dir = newDir();
        const QString pdf = m_tmp.filePath(u"recovery-sheet.pdf"_s);
        const Run r = cli(initArgs(dir) + QStringList{u"--recovery-sheet"_s, pdf}, lines({kPassword}));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QString code = kRecoveryPattern.match(r.out).captured(0);
        QVERIFY(!code.isEmpty());
        QVERIFY(readAll(pdf).startsWith("%PDF"));
        QCOMPARE(QFileInfo(pdf).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), 0);

        QProcess text;
        text.start(pdftotext, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished(20000));
        const QString sheet = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(sheet.contains(code), qPrintable(sheet)); // on one line, dashes intact
        QVERIFY(sheet.contains(kBusiness));

        const Run log = asOwner(dir, {u"audit"_s, u"list"_s, u"--tsv"_s, u"--action"_s, u"document.recovery_sheet"_s});
        QCOMPARE(log.code, 0);
        QVERIFY2(log.out.contains(u"\tsuccess\tpdf"_s), qPrintable(log.out));
    }

    // Nothing personal is readable in the vault folder: the business name and people's names
    // exist only inside the encrypted database (the business name also as the keyring's label,
    // which the sign-in window shows before anything is decrypted).
    void noPersonalDataInClear()
    {
        const QString businessMarker = u"MARKER-Zq7x Business"_s;
        const QString nameMarker = u"MARKER-Kw3p"_s;
        const QString dir = newDir();
        const Run init = cli(initArgs(dir, businessMarker, nameMarker + u" Owner"_s), lines({kPassword}));
        QVERIFY2(init.code == 0, qPrintable(describe(init)));
        QCOMPARE(asOwner(dir, {u"info"_s}).code, 0);
        QCOMPARE(asOwner(dir, {u"employee"_s, u"add"_s, u"--username"_s, u"clerk1"_s, u"--name"_s,
                               nameMarker + u" Clerk"_s, u"--role"_s, u"clerk"_s})
                     .code,
                 0);

        auto scan = [&](const QString& when) {
            const QStringList files = QDir(dir).entryList(QDir::Files | QDir::Hidden);
            QVERIFY(files.contains(u"custos.db"_s) && files.contains(u"keyring.json"_s));
            for (const QString& name : files) {
                const QByteArray bytes = readAll(dir + u'/' + name);
                if (name == u"custos.db"_s || name == u"keyring.json"_s)
                    QVERIFY2(bytes.size() > 1000, qPrintable(name)); // really read, not an empty stand-in
                const bool database = name.startsWith(u"custos.db"_s);
                QStringList markers{nameMarker};
                if (database)
                    markers << businessMarker;
                for (const QString& m : std::as_const(markers)) {
                    QVERIFY2(!bytes.contains(m.toUtf8()), qPrintable(u"%1: %2 in %3"_s.arg(when, m, name)));
                    QVERIFY2(!bytes.contains(utf16le(m)), qPrintable(u"%1: %2 (UTF-16) in %3"_s.arg(when, m, name)));
                }
                if (name == u"custos.db"_s)
                    QVERIFY(!bytes.startsWith("SQLite format 3"));
            }
        };
        scan(u"after the CLI ran"_s);

        // While a session is open the write-ahead log and lock file exist too: scan them live.
        auto vault = Vault::open(dir);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        auto session = vault.value()->signIn(u"owner"_s, crypto::SecureBytes::fromUtf8(kPassword));
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        BusinessProfile profile = session.value()->businessProfile();
        profile.street = nameMarker + u" Street"_s;
        QVERIFY(session.value()->updateBusinessProfile(profile).ok());
        QVERIFY(QFileInfo::exists(dir + u"/custos.db-wal"_s));
        QVERIFY(QFileInfo::exists(dir + u"/custos.lock"_s));
        scan(u"with a session open"_s);
    }

    void customerAddListImport()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const QStringList add{u"customer"_s,      u"add"_s,
                              u"--name"_s,        u"Zoë Ølander"_s,
                              u"--street"_s,      u"12 Quay Street"_s,
                              u"--city"_s,        u"Portsmouth"_s,
                              u"--postal-code"_s, u"PO1 2AB"_s,
                              u"--country"_s,     u"United Kingdom"_s,
                              u"--phone"_s,       u"+44 20 7946 0018"_s,
                              u"--email"_s,       u"zoe@example.test"_s};
        const Run added = asOwner(dir, add);
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        QCOMPARE(added.out.trimmed(), u"1"_s);

        const Run bad = asOwner(dir, {u"customer"_s, u"add"_s, u"--street"_s, u"1 Road"_s, u"--city"_s, u"Leeds"_s,
                                      u"--postal-code"_s, u"LS1 1AA"_s, u"--country"_s, u"UK"_s, u"--phone"_s, u"12"_s,
                                      u"--email"_s, u"nope"_s});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.out.isEmpty());
        for (const char* field : {"Name:", "Phone:", "Email:"})
            QVERIFY2(bad.err.contains(QLatin1String(field)), qPrintable(bad.err));

        const Run list = asOwner(dir, {u"customer"_s, u"list"_s});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        QVERIFY(list.out.contains(u"Zoë Ølander"_s));
        QVERIFY(list.out.contains(u"+44 20 7946 0018"_s));
        const Run tsv = asOwner(dir, {u"customer"_s, u"list"_s, u"--search"_s, u"zoe"_s, u"--tsv"_s});
        QCOMPARE(tsv.code, 0);
        const QStringList tsvLines = tsv.out.trimmed().split(u'\n');
        QCOMPARE(tsvLines.size(), 2);
        QVERIFY(tsvLines.at(0).startsWith(u"id\tname\tphone"_s));
        QVERIFY2(tsvLines.at(1).startsWith(u"1\tZoë Ølander\t+442079460018\tzoe@example.test"_s), qPrintable(tsv.out));

        const QString csvPath = m_tmp.filePath(u"customers%1.csv"_s.arg(m_counter));
        QVERIFY(writeAll(csvPath,
                         "Name,Street,City,Postcode,Country,Phone,Email\r\n"
                         "Anna Berg,2 High Street,Leeds,LS1 1AA,UK,+44 20 7946 0101,\r\n"
                         "Lena Voss,4 Mill Lane,Leeds,LS2 2BB,UK,12,\r\n"
                         "Zoe Olander,12 Quay Street,Portsmouth,PO1 2AB,UK,+44 20 7946 0018,\r\n"
                         "\"O'Brien, \"\"Kit\"\"\",\"Flat 3\r\n9 Dock Road\",Hull,HU1 1AA,UK,+44 20 7946 0102,\r\n"));
        const Run dry = asOwner(dir, {u"customer"_s, u"import"_s, csvPath, u"--dry-run"_s});
        QVERIFY2(dry.code == 0, qPrintable(describe(dry)));
        QVERIFY2(dry.out.contains(u"line 3: Phone:"_s), qPrintable(dry.out));
        QVERIFY2(dry.out.contains(u"line 4: Already in the vault (customer 1)."_s), qPrintable(dry.out));
        QVERIFY(dry.out.contains(u"can be imported: 2"_s));
        QVERIFY(dry.out.contains(u"Dry run"_s));
        QCOMPARE(asOwner(dir, {u"customer"_s, u"list"_s, u"--tsv"_s}).out.trimmed().split(u'\n').size(), 2);

        const Run imported = asOwner(dir, {u"customer"_s, u"import"_s, csvPath});
        QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
        QVERIFY2(imported.out.contains(u"Customers imported: 2."_s), qPrintable(imported.out));
        const Run after = asOwner(dir, {u"customer"_s, u"list"_s, u"--tsv"_s});
        QCOMPARE(after.out.trimmed().split(u'\n').size(), 4);
        QVERIFY(after.out.contains(u"O'Brien, \"Kit\""_s));
        const Run audit = asOwner(dir, {u"audit"_s, u"list"_s, u"--tsv"_s, u"--action"_s, u"customer.imported"_s});
        QVERIFY2(audit.out.contains(u"count: 2"_s), qPrintable(describe(audit)));

        // A malformed file is refused before the password is asked for.
        const Run malformed = cli({u"--vault"_s, dir, u"--user"_s, u"owner"_s, u"customer"_s, u"import"_s,
                                   QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/csv/unterminated-quote.csv"_s});
        QCOMPARE(malformed.code, 2);
        QVERIFY2(malformed.err.contains(u"Line 4"_s), qPrintable(malformed.err));
        const Run noColumns = asOwner(
            dir, {u"customer"_s, u"import"_s, QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/csv/missing-columns.csv"_s});
        QCOMPARE(noColumns.code, 2);
        QVERIFY2(noColumns.err.contains(u"Phone"_s), qPrintable(noColumns.err));
        const Run missing = asOwner(dir, {u"customer"_s, u"import"_s, m_tmp.filePath(u"nothing-here.csv"_s)});
        QCOMPARE(missing.code, 2);
        QCOMPARE(asOwner(dir, {u"customer"_s, u"list"_s, u"--tsv"_s}).out.trimmed().split(u'\n').size(), 4);
    }

    void orderListShowExport()
    {
        const QString dir = newDir();
        QVERIFY(!initVault(dir).isEmpty());
        const QStringList pans{u"4242424242424242"_s, u"5555555555554444"_s};
        QStringList numbers;
        {
            // Orders are taken in the GUI; the CLI only reads them. Made here through the core.
            auto vault = Vault::open(dir);
            QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
            auto session = vault.value()->signIn(u"owner"_s, crypto::SecureBytes::fromUtf8(kPassword));
            QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
            CustomerDraft c;
            c.name = u"Anna Berg"_s;
            c.street = u"2 High Street"_s;
            c.city = u"Leeds"_s;
            c.postalCode = u"LS1 1AA"_s;
            c.country = u"United Kingdom"_s;
            c.phone = u"+44 20 7946 0101"_s;
            auto customer = CustomerService(*session.value()).create(c);
            QVERIFY2(customer.ok(), qPrintable(customer.errorMessage()));
            OrderService orders(*session.value());
            OrderDraft d;
            d.customerId = customer.value();
            d.lines = {OrderLine{u"Brass hinge"_s, 2, Money::fromCents(1250)},
                       OrderLine{u"Oak plank"_s, 1, Money::fromCents(399)}};
            d.taxRateBasisPoints = 2000;
            for (int i = 0; i < 3; ++i) {
                d.channel = i == 1 ? Channel::Fax : Channel::Phone;
                std::optional<CardEntry> card;
                if (i < pans.size()) {
                    card = CardEntry{};
                    card->pan = CardNumber::parse(pans.at(i)).value();
                    card->expiry = {12, QDate::currentDate().year() + 2};
                    card->holderName = u"Anna Berg"_s;
                    card->cvv = crypto::SecureBytes::fromUtf8(u"123"_s);
                }
                auto number = orders.create(d, std::move(card));
                QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
                numbers << number.value();
            }
            auto first = orders.getByNumber(numbers.at(0));
            QVERIFY(first.ok());
            QVERIFY(orders.changeStatus(first->id, OrderStatus::Charged, u"paid by phone"_s).ok());
        }
        // The owner sees BIN + last 4 (clerks last 4: tst_cli_staff); never 7 digits of a card in a row.
        const auto noCardDigits = [&pans](const QString& text) {
            for (const QString& pan : pans)
                if (text.contains(pan.left(7)) || text.contains(pan.right(8)))
                    return false;
            return true;
        };

        const Run list = asOwner(dir, {u"order"_s, u"list"_s});
        QVERIFY2(list.code == 0, qPrintable(describe(list)));
        for (const QString& n : std::as_const(numbers))
            QVERIFY2(list.out.contains(n), qPrintable(list.out));
        QVERIFY(list.out.contains(u"Visa 424242••••••4242"_s));
        QVERIFY(list.out.contains(u"Mastercard 555555••••••4444"_s));
        QVERIFY2(noCardDigits(list.out), qPrintable(list.out));

        const Run charged = asOwner(dir, {u"order"_s, u"list"_s, u"--status"_s, u"charged"_s, u"--tsv"_s});
        QCOMPARE(charged.code, 0);
        const QStringList chargedLines = charged.out.trimmed().split(u'\n');
        QCOMPARE(chargedLines.size(), 2);
        QVERIFY2(chargedLines.at(1).startsWith(numbers.at(0) + u'\t'), qPrintable(charged.out));
        QVERIFY(chargedLines.at(1).contains(u"\tcharged\t34.79\tVisa 424242••••••4242"_s));
        const Run fax = asOwner(dir, {u"order"_s, u"list"_s, u"--channel"_s, u"fax,mail"_s, u"--tsv"_s});
        QCOMPARE(fax.out.trimmed().split(u'\n').size(), 2);
        QVERIFY(fax.out.contains(numbers.at(1)));
        const Run old = asOwner(dir, {u"order"_s, u"list"_s, u"--from"_s, u"2000-01-01"_s, u"--to"_s, u"2000-12-31"_s});
        QCOMPARE(old.code, 0);
        QVERIFY(old.out.contains(u"No orders found."_s));
        QCOMPARE(asOwner(dir, {u"order"_s, u"list"_s, u"--status"_s, u"lost"_s}).code, 2);
        QCOMPARE(asOwner(dir, {u"order"_s, u"list"_s, u"--from"_s, u"2026-13-01"_s}).code, 2);

        const Run show = asOwner(dir, {u"order"_s, u"show"_s, numbers.at(0)});
        QVERIFY2(show.code == 0, qPrintable(describe(show)));
        for (const QString& expected : {u"Brass hinge"_s, u"Oak plank"_s, u"28.99"_s, u"5.80"_s, u"34.79"_s,
                                        u"Visa 424242••••••4242"_s, u"Received → Charged"_s, u"paid by phone"_s})
            QVERIFY2(show.out.contains(expected), qPrintable(expected + u"\n"_s + show.out));
        QVERIFY2(noCardDigits(show.out), qPrintable(show.out));
        const Run unknown = asOwner(dir, {u"order"_s, u"show"_s, u"1999-000001"_s});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(u"1999-000001"_s));

        const QString exportPath = m_tmp.filePath(u"orders%1.csv"_s.arg(m_counter));
        const Run exported = asOwner(dir, {u"order"_s, u"export"_s, exportPath});
        QVERIFY2(exported.code == 0, qPrintable(describe(exported)));
        QVERIFY(exported.out.contains(u": 3."_s));
        const QByteArray bytes = readAll(exportPath);
        QVERIFY(bytes.contains(u"Visa 424242••••••4242"_s.toUtf8()));
        QVERIFY2(noCardDigits(QString::fromUtf8(bytes)), bytes.constData());
        QCOMPARE(bytes.count("\r\n"), 4);
        const Run faxExport = asOwner(dir, {u"order"_s, u"export"_s, exportPath, u"--channel"_s, u"fax"_s});
        QCOMPARE(faxExport.code, 0);
        QCOMPARE(readAll(exportPath).count("\r\n"), 2);
        const QString nowhere = m_tmp.filePath(u"no-such-folder/orders.csv"_s);
        const Run failed = asOwner(dir, {u"order"_s, u"export"_s, nowhere});
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains(u"does not exist"_s), qPrintable(failed.err));
        QVERIFY(!QFileInfo::exists(nowhere));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
