// `custos-cli rotate-keys` as a process against real vaults: --status and its exit codes (8 when
// a key is past its cryptoperiod), each rotation, `--key all` after which the vault signs in,
// the audit chain verifies and documents signed before and after verify; a clerk is refused;
// a vault whose recovery slot predates rotation asks for the recovery code once, and the
// recovery sheet still opens the vault after the master key was replaced.
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {
const QString kClerk = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;
const QString kManager = u"mara"_s;
const QString kManagerPassword = u"copper-Lantern-meadow-39"_s;
const QString kPan = u"4242424242424242"_s;
const QString kReason = u"Customer disputes the charge with the bank"_s;
// The old vault's owner replaced the expired password today.
const QString kOldVaultPassword = u"granite-Pelican-harvest-27"_s;

struct KeyLine
{
    QString name, since, due, state, fingerprint;
    int retired = -1;
};

// `rotate-keys --status --tsv`: one line per key.
QMap<QString, KeyLine> parseTsv(const QString& out)
{
    QMap<QString, KeyLine> keys;
    for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
        const QStringList f = line.split(u'\t');
        if (f.size() != 6)
            continue;
        keys.insert(f[0], KeyLine{f[0], f[1], f[2], f[3], f[4], f[5].toInt()});
    }
    return keys;
}
} // namespace

class TestCliKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpNamesTheCommand();
    void usageErrors();
    void statusOfAFreshVault();
    void statusOfAnOldVaultIsExit8();
    void clerkIsRefused();
    void rotateSigningKeepsOlderDocumentsVerifiable();
    void rotateCardDataKeepsTheNumbers();
    void rotateMasterAndSignInAgain();
    void rotateAllOnTheOldVault();
    void recoveryCodeNeededOnce();

private:
    static QStringList as(const QString& vault, const QString& user, const QStringList& command)
    {
        return QStringList{u"--vault"_s, vault, u"--user"_s, user, u"--password-stdin"_s} + command;
    }
    CliRun owner(const QStringList& command, const QString& vault = {}, const QByteArray& extraInput = {}) const
    {
        const QString& password = vault == m_oldVaultDir ? kOldVaultPassword : kOwnerPassword;
        return runCli(as(vault.isEmpty() ? m_vaultDir : vault, kOwnerUser, command),
                      password.toUtf8() + '\n' + extraInput);
    }
    QMap<QString, KeyLine> status(const QString& vault = {}) const
    {
        const CliRun r = owner({u"rotate-keys"_s, u"--status"_s, u"--tsv"_s}, vault);
        if (r.code != 0 && r.code != 8)
            qWarning("%s", qPrintable(r.describe()));
        return parseTsv(r.out);
    }
    // A signed CSV report (FILE + FILE.sig).
    QString signedReport(const QString& name, const QString& vault = {}) const
    {
        const QString path = m_dir.filePath(name);
        const CliRun r = owner({u"report"_s, u"screening"_s, u"--format"_s, u"csv"_s, u"--out"_s, path}, vault);
        if (r.code != 0 || !QFile::exists(path + u".sig"_s)) {
            qWarning("%s", qPrintable(r.describe()));
            return {};
        }
        return path;
    }
    QString reveal() const
    {
        const CliRun r = owner({u"order"_s, u"reveal"_s, m_orderNumber, u"--reason"_s, kReason});
        if (r.code != 0)
            qWarning("%s", qPrintable(r.describe()));
        return r.out.trimmed();
    }

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_oldVaultDir;
    QString m_orderNumber;
};

void TestCliKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.filePath(u"vault"_s);
    SystemClock clock;
    auto vault = createVault(m_vaultDir, clock);
    QVERIFY2(vault, qPrintable(vault.errorMessage()));
    auto session = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    QVERIFY(addEmployee(*vault.value(), *session.value(), kClerk, u"Carl Clerk"_s, Role::Clerk, kClerkPassword));
    QVERIFY(
        addEmployee(*vault.value(), *session.value(), kManager, u"Mara Manager"_s, Role::Manager, kManagerPassword));
    // The owner reveals card numbers only when screened: recorded by the manager.
    {
        auto manager = signIn(*vault.value(), kManager, kManagerPassword);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        auto check =
            recordClearedCheck(*vault.value(), *manager.value(), session.value()->employee().id, clock.nowUtc().date());
        QVERIFY2(check, qPrintable(check.errorMessage()));
    }
    auto customer = addCustomer(*session.value());
    QVERIFY2(customer, qPrintable(customer.errorMessage()));
    auto order = addOrder(*session.value(), customer.value(), kPan);
    QVERIFY2(order, qPrintable(order.errorMessage()));
    m_orderNumber = order.value();

    // A vault made 13 months ago: every key is past its cryptoperiod.
    m_oldVaultDir = m_dir.filePath(u"old-vault"_s);
    {
        ManualClock past(QDateTime::currentDateTimeUtc().addMonths(-13));
        auto old = createVault(m_oldVaultDir, past);
        QVERIFY2(old, qPrintable(old.errorMessage()));
    }
    // Its owner's password has expired since: replaced today, so the CLI signs in.
    auto old = Vault::open(m_oldVaultDir, clock);
    QVERIFY2(old, qPrintable(old.errorMessage()));
    auto oldOwner = signIn(*old.value(), kOwnerUser, kOwnerPassword);
    QVERIFY2(oldOwner, qPrintable(oldOwner.errorMessage()));
    auto changed = old.value()->changePassword(*oldOwner.value(), crypto::SecureBytes::fromUtf8(kOwnerPassword),
                                               crypto::SecureBytes::fromUtf8(kOldVaultPassword));
    QVERIFY2(changed, qPrintable(changed.errorMessage()));
}

void TestCliKeys::helpNamesTheCommand()
{
    const CliRun r = runCli({u"help"_s});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"rotate-keys --status"_s));
    QVERIFY(r.out.contains(u"rotate-keys --key master|card-data|signing|all [--recovery-code-stdin]"_s));
    QVERIFY(r.out.contains(u"past its cryptoperiod"_s));
}

void TestCliKeys::usageErrors()
{
    QCOMPARE(owner({u"rotate-keys"_s}).code, 2);
    QCOMPARE(owner({u"rotate-keys"_s, u"--status"_s, u"--key"_s, u"master"_s}).code, 2);
    const CliRun bogus = owner({u"rotate-keys"_s, u"--key"_s, u"everything"_s});
    QCOMPARE(bogus.code, 2);
    QVERIFY2(bogus.err.contains(u"master, card-data, signing or all"_s), qPrintable(bogus.err));
    QCOMPARE(owner({u"rotate-keys"_s, u"signing"_s}).code, 2);
    QCOMPARE(owner({u"rotate-keys"_s, u"--status"_s, u"--recovery-code-stdin"_s}).code, 2);
    // Nothing was rotated by any of them.
    QCOMPARE(status().value(u"signing"_s).retired, 0);
}

void TestCliKeys::statusOfAFreshVault()
{
    const CliRun r = owner({u"rotate-keys"_s, u"--status"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    for (const QString& name : {u"master:"_s, u"card-data:"_s, u"signing:"_s})
        QVERIFY2(r.out.contains(name), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Every key is within its cryptoperiod (12 months)."_s));
    QVERIFY(!r.out.contains(u"DUE NOW"_s));
    QVERIFY(!r.out.contains(u"recovery code"_s));

    // The signing fingerprint is the one `signing-key export` prints.
    const CliRun exported = owner({u"signing-key"_s, u"export"_s, u"--out"_s, m_dir.filePath(u"fresh.pem"_s)});
    QVERIFY2(exported.code == 0, qPrintable(exported.describe()));
    const auto keys = status();
    QCOMPARE(keys.size(), 3);
    QVERIFY(!keys[u"signing"_s].fingerprint.isEmpty());
    QVERIFY(exported.out.contains(keys[u"signing"_s].fingerprint));
    QVERIFY(r.out.contains(keys[u"card-data"_s].fingerprint));
    QVERIFY(keys[u"master"_s].fingerprint.isEmpty());
    for (const KeyLine& k : keys) {
        QCOMPARE(k.state, u"ok"_s);
        QCOMPARE(k.retired, 0);
        const QDateTime since = QDateTime::fromString(k.since, Qt::ISODate);
        QVERIFY2(since.isValid() && since.secsTo(QDateTime::currentDateTimeUtc()) < 600, qPrintable(k.since));
        QCOMPARE(QDateTime::fromString(k.due, Qt::ISODate), since.addMonths(12));
    }
}

void TestCliKeys::statusOfAnOldVaultIsExit8()
{
    const CliRun r = owner({u"rotate-keys"_s, u"--status"_s}, m_oldVaultDir);
    QVERIFY2(r.code == 8, qPrintable(r.describe()));
    QCOMPARE(r.out.count(u"DUE NOW"_s), 3);
    QVERIFY(r.out.contains(u"rotate-keys --key card-data"_s));
    QVERIFY2(r.out.contains(u"Past the cryptoperiod (12 months): master, card-data, signing."_s), qPrintable(r.out));
    const auto keys = status(m_oldVaultDir);
    QCOMPARE(keys.size(), 3);
    for (const KeyLine& k : keys)
        QCOMPARE(k.state, u"due"_s);
}

void TestCliKeys::clerkIsRefused()
{
    const QByteArray password = kClerkPassword.toUtf8() + '\n';
    // The status holds nothing secret: any employee may read it.
    const CliRun seen = runCli(as(m_vaultDir, kClerk, {u"rotate-keys"_s, u"--status"_s}), password);
    QVERIFY2(seen.code == 0, qPrintable(seen.describe()));
    for (const QString& key : {u"signing"_s, u"card-data"_s, u"master"_s, u"all"_s}) {
        const CliRun r = runCli(as(m_vaultDir, kClerk, {u"rotate-keys"_s, u"--key"_s, key}), password);
        QVERIFY2(r.code == 6, qPrintable(key + u": "_s + r.describe()));
        QVERIFY(!r.out.contains(u"rotated"_s));
    }
    const CliRun audit = owner({u"audit"_s, u"list"_s, u"--action"_s, u"key."_s, u"--actor"_s, kClerk, u"--tsv"_s});
    QVERIFY2(audit.code == 0, qPrintable(audit.describe()));
    QVERIFY2(audit.out.contains(u"key.rotated"_s) && audit.out.contains(u"denied"_s), qPrintable(audit.out));
    QVERIFY(!audit.out.contains(u"success"_s));
    const auto keys = status();
    for (const KeyLine& k : keys)
        QCOMPARE(k.retired, 0);
}

void TestCliKeys::rotateSigningKeepsOlderDocumentsVerifiable()
{
    const QString before = signedReport(u"before.csv"_s);
    QVERIFY(!before.isEmpty());
    const QString oldPem = m_dir.filePath(u"old.pem"_s);
    QCOMPARE(owner({u"signing-key"_s, u"export"_s, u"--out"_s, oldPem}).code, 0);
    const QString oldFingerprint = status().value(u"signing"_s).fingerprint;

    const CliRun r = owner({u"rotate-keys"_s, u"--key"_s, u"signing"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"Signing key rotated"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"Old fingerprint: "_s + oldFingerprint));
    const auto keys = status();
    const QString newFingerprint = keys.value(u"signing"_s).fingerprint;
    QVERIFY(!newFingerprint.isEmpty() && newFingerprint != oldFingerprint);
    QVERIFY(r.out.contains(u"New fingerprint: "_s + newFingerprint));
    QCOMPARE(keys.value(u"signing"_s).retired, 1);

    // The older document still verifies (the vault keeps the retired public key); a new one is
    // signed with the new key, which does not vouch for the old one.
    const CliRun old = owner({u"verify"_s, before});
    QVERIFY2(old.code == 0, qPrintable(old.describe()));
    const QString after = signedReport(u"after.csv"_s);
    QVERIFY(!after.isEmpty());
    QCOMPARE(owner({u"verify"_s, after}).code, 0);
    const QString newPem = m_dir.filePath(u"new.pem"_s);
    const CliRun exported = owner({u"signing-key"_s, u"export"_s, u"--out"_s, newPem});
    QVERIFY(exported.out.contains(newFingerprint));
    QCOMPARE(runCli({u"verify"_s, after, u"--key"_s, newPem}).code, 0);
    QCOMPARE(runCli({u"verify"_s, after, u"--key"_s, oldPem}).code, 7);
    QCOMPARE(runCli({u"verify"_s, before, u"--key"_s, oldPem}).code, 0);
    QCOMPARE(runCli({u"verify"_s, before, u"--key"_s, newPem}).code, 7);
}

void TestCliKeys::rotateCardDataKeepsTheNumbers()
{
    QCOMPARE(reveal(), kPan);
    const QString oldFingerprint = status().value(u"card-data"_s).fingerprint;
    const CliRun r = owner({u"rotate-keys"_s, u"--key"_s, u"card-data"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"Card numbers re-sealed: 1."_s), qPrintable(r.out));
    QVERIFY(!r.out.contains(kPan) && !r.err.contains(kPan));
    const auto keys = status();
    QVERIFY(keys.value(u"card-data"_s).fingerprint != oldFingerprint);
    QCOMPARE(keys.value(u"card-data"_s).retired, 1);
    QCOMPARE(reveal(), kPan);
}

void TestCliKeys::rotateMasterAndSignInAgain()
{
    const QByteArray keyringBefore = [&] {
        QFile f(m_vaultDir + u"/keyring.json"_s);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const CliRun r = owner({u"rotate-keys"_s, u"--key"_s, u"master"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"key rotated"_s) && r.out.contains(u"Key slots given the new key"_s), qPrintable(r.out));
    // Owner, clerk, manager and the recovery sheet: four slots.
    QVERIFY2(r.out.contains(u"Key slots given the new key: 4."_s), qPrintable(r.out));
    QFile keyring(m_vaultDir + u"/keyring.json"_s);
    QVERIFY(keyring.open(QIODevice::ReadOnly));
    QVERIFY(keyring.readAll() != keyringBefore);

    const auto keys = status();
    QCOMPARE(keys.value(u"master"_s).retired, 1);
    // Everyone signs in with the same password as before.
    QCOMPARE(owner({u"info"_s}).code, 0);
    QCOMPARE(runCli(as(m_vaultDir, kClerk, {u"info"_s}), kClerkPassword.toUtf8() + '\n').code, 0);
    QCOMPARE(reveal(), kPan);
    QCOMPARE(owner({u"audit"_s, u"verify"_s}).code, 0);
}

void TestCliKeys::rotateAllOnTheOldVault()
{
    const QString before = signedReport(u"old-before.csv"_s, m_oldVaultDir);
    QVERIFY(!before.isEmpty());
    const auto keysBefore = status(m_oldVaultDir);

    const CliRun r = owner({u"rotate-keys"_s, u"--key"_s, u"all"_s}, m_oldVaultDir);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    // Card data, signing, then the vault file, in that order.
    const qsizetype card = r.out.indexOf(u"Card-data key rotated"_s);
    const qsizetype signing = r.out.indexOf(u"Signing key rotated"_s);
    const qsizetype master = r.out.indexOf(u"Vault (master) key rotated"_s);
    QVERIFY2(card >= 0 && signing > card && master > signing, qPrintable(r.out));

    const CliRun st = owner({u"rotate-keys"_s, u"--status"_s}, m_oldVaultDir);
    QVERIFY2(st.code == 0, qPrintable(st.describe()));
    const auto keys = status(m_oldVaultDir);
    for (const QString& name : {u"master"_s, u"card-data"_s, u"signing"_s}) {
        QCOMPARE(keys.value(name).state, u"ok"_s);
        QCOMPARE(keys.value(name).retired, 1);
    }
    QVERIFY(keys.value(u"signing"_s).fingerprint != keysBefore.value(u"signing"_s).fingerprint);

    QCOMPARE(owner({u"info"_s}, m_oldVaultDir).code, 0);
    const CliRun audit = owner({u"audit"_s, u"verify"_s}, m_oldVaultDir);
    QVERIFY2(audit.code == 0, qPrintable(audit.describe()));
    QVERIFY2(owner({u"verify"_s, before}, m_oldVaultDir).code == 0, "a document signed before no longer verifies");
    const QString after = signedReport(u"old-after.csv"_s, m_oldVaultDir);
    QVERIFY(!after.isEmpty());
    QCOMPARE(owner({u"verify"_s, after}, m_oldVaultDir).code, 0);

    const CliRun events = owner({u"audit"_s, u"list"_s, u"--action"_s, u"key."_s, u"--tsv"_s}, m_oldVaultDir);
    QVERIFY2(events.code == 0, qPrintable(events.describe()));
    QCOMPARE(events.out.count(u"key.rotated"_s), 3);
    for (const QString& target : {u"master"_s, u"card_data"_s, u"signing"_s})
        QVERIFY2(events.out.contains(target), qPrintable(events.out));
    QVERIFY(!events.out.contains(u"failure"_s));
}

void TestCliKeys::recoveryCodeNeededOnce()
{
    // A vault as made before key rotation existed: no recovery public key on record.
    const QString dir = m_dir.filePath(u"legacy-vault"_s);
    QString code;
    {
        SystemClock clock;
        auto vault = createVault(dir, clock, sampleBusiness(), &code);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto session = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QVERIFY(storage::SettingsRepository(session.value()->database()).setValue(u"recovery.public_key"_s, {}));
        auto needs = vault.value()->recoveryNeedsCode(*session.value());
        QVERIFY(needs && needs.value());
    }
    const CliRun st = owner({u"rotate-keys"_s, u"--status"_s}, dir);
    QVERIFY2(st.code == 0 && st.out.contains(u"--recovery-code-stdin"_s), qPrintable(st.describe()));

    // Missing: a clear message, exit 2, nothing changed.
    const CliRun missing = owner({u"rotate-keys"_s, u"--key"_s, u"signing"_s}, dir);
    QVERIFY2(missing.code == 2, qPrintable(missing.describe()));
    QVERIFY(missing.err.contains(u"--recovery-code-stdin"_s));
    QVERIFY(missing.err.contains(u"Nothing was changed"_s));
    QCOMPARE(status(dir).value(u"signing"_s).retired, 0);

    // Wrong (well-formed, another vault's): authentication failure, nothing changed.
    auto otherCode = recovery::generateCode();
    QVERIFY(otherCode);
    const CliRun wrong = owner({u"rotate-keys"_s, u"--key"_s, u"signing"_s, u"--recovery-code-stdin"_s}, dir,
                               otherCode.value().toUtf8() + '\n');
    QVERIFY2(wrong.code == 3, qPrintable(wrong.describe()));
    QCOMPARE(status(dir).value(u"signing"_s).retired, 0);

    // Right: the slot is brought up to date, then the rotations go on without the code.
    const CliRun right =
        owner({u"rotate-keys"_s, u"--key"_s, u"master"_s, u"--recovery-code-stdin"_s}, dir, code.toUtf8() + '\n');
    QVERIFY2(right.code == 0, qPrintable(right.describe()));
    const CliRun after = owner({u"rotate-keys"_s, u"--status"_s}, dir);
    QVERIFY2(after.code == 0 && !after.out.contains(u"--recovery-code-stdin"_s), qPrintable(after.describe()));
    const CliRun card = owner({u"rotate-keys"_s, u"--key"_s, u"card-data"_s}, dir);
    QVERIFY2(card.code == 0, qPrintable(card.describe()));

    // The recovery sheet still opens the vault after the master key was replaced.
    const QString newPassword = u"harbour-Quince-lantern-64"_s;
    const CliRun recovered = runCli({u"--vault"_s, dir, u"--user"_s, kOwnerUser, u"--password-stdin"_s, u"recover"_s},
                                    (code + u"\n"_s + newPassword + u"\n"_s).toUtf8());
    QVERIFY2(recovered.code == 0, qPrintable(recovered.describe()));
    const CliRun info = runCli(as(dir, kOwnerUser, {u"info"_s}), (newPassword + u"\n"_s).toUtf8());
    QVERIFY2(info.code == 0, qPrintable(info.describe()));
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
