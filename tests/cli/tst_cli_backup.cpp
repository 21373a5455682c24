// `custos-cli backup` as a process, as cron and an owner at a terminal would use it: create,
// list, verify, restore onto a fresh folder and sign in there; a tampered backup exits 7, a
// wrong password 3, a restore without --yes changes nothing.
#include "support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace custos;

class TestCliBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createListVerifyRestore();
    void tamperedBackupExits7();
    void wrongPasswordExits3();
    void createWithoutFolderIsAUsageError();
    void withoutVaultOptionFollowsTheRememberedFolder();

private:
    QStringList vaultArgs() const
    {
        return {u"--vault"_s, m_vaultDir, u"--user"_s, test::kOwnerUser, u"--password-stdin"_s};
    }
    QString createOne(const QString& folder);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_recoveryCode;
    ManualClock m_clock;
};

void TestCliBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.filePath(u"vault"_s);
    auto vault = test::createVault(m_vaultDir, m_clock, test::sampleBusiness(), &m_recoveryCode);
    QVERIFY2(vault, qPrintable(vault.errorMessage()));
    auto session = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    auto customer = test::addCustomer(*session.value());
    QVERIFY2(customer, qPrintable(customer.errorMessage()));
    QVERIFY(test::addOrder(*session.value(), customer.value()));
}

QString TestCliBackup::createOne(const QString& folder)
{
    const test::CliRun r = test::runCli(vaultArgs() + QStringList{u"backup"_s, u"create"_s, u"--to"_s, folder},
                                        test::kOwnerPassword.toUtf8() + '\n');
    if (r.code != 0) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    const QRegularExpressionMatch m = QRegularExpression(u"verified: (.+\\.cbk)"_s).match(r.out);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

void TestCliBackup::createListVerifyRestore()
{
    const QString folder = m_dir.filePath(u"usb"_s);
    const QString path = createOne(folder);
    QVERIFY(!path.isEmpty());
    QVERIFY(QFileInfo(path).isFile());

    test::CliRun r = test::runCli({u"backup"_s, u"list"_s, folder});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(QFileInfo(path).fileName()));
    QVERIFY(r.out.contains(test::sampleBusiness().legalName));

    r = test::runCli({u"backup"_s, u"verify"_s, path, u"--user"_s, test::kOwnerUser, u"--password-stdin"_s},
                     test::kOwnerPassword.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"1 customers, 1 orders, 1 employees"_s));

    // Without --yes: the preview, and nothing written.
    const QString target = m_dir.filePath(u"restored"_s);
    r = test::runCli({u"backup"_s, u"restore"_s, path, u"--to"_s, target, u"--recovery"_s, u"--password-stdin"_s},
                     m_recoveryCode.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"--yes"_s));
    QVERIFY(!QFileInfo::exists(target));

    r = test::runCli(
        {u"backup"_s, u"restore"_s, path, u"--to"_s, target, u"--recovery"_s, u"--password-stdin"_s, u"--yes"_s},
        m_recoveryCode.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"Restored into"_s));

    // The restored vault: the owner signs in and the order is there.
    r = test::runCli(
        {u"--vault"_s, target, u"--user"_s, test::kOwnerUser, u"--password-stdin"_s, u"order"_s, u"list"_s},
        test::kOwnerPassword.toUtf8() + '\n');
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(r.out.contains(u"•••• 4242"_s) || r.out.contains(u"4242"_s));
    QVERIFY(!r.out.contains(u"4242424242424242"_s));
}

void TestCliBackup::tamperedBackupExits7()
{
    const QString path = createOne(m_dir.filePath(u"tamper"_s));
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 middle = f.size() / 2;
    QVERIFY(f.seek(middle));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(middle));
    QVERIFY(f.putChar(char(c ^ 0x40)));
    f.close();
    const test::CliRun r =
        test::runCli({u"backup"_s, u"verify"_s, path, u"--user"_s, test::kOwnerUser, u"--password-stdin"_s},
                     test::kOwnerPassword.toUtf8() + '\n');
    QCOMPARE(r.code, 7);
    QVERIFY2(r.err.contains(u"changed after it was made"_s), qPrintable(r.describe()));
}

void TestCliBackup::wrongPasswordExits3()
{
    const QString path = createOne(m_dir.filePath(u"wrong"_s));
    QVERIFY(!path.isEmpty());
    const test::CliRun r =
        test::runCli({u"backup"_s, u"verify"_s, path, u"--user"_s, test::kOwnerUser, u"--password-stdin"_s},
                     "not-the-Password-99\n");
    QCOMPARE(r.code, 3);
    QVERIFY(!r.err.contains(u"not-the-Password-99"_s));
}

void TestCliBackup::createWithoutFolderIsAUsageError()
{
    const test::CliRun r =
        test::runCli(vaultArgs() + QStringList{u"backup"_s, u"create"_s}, test::kOwnerPassword.toUtf8() + '\n');
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(u"--to FOLDER"_s));
}

// The app remembers the folder a restore moved the vault to (vault-location.ini in its config
// folder): a scheduled `backup create` without --vault backs up that vault, not an empty default.
void TestCliBackup::withoutVaultOptionFollowsTheRememberedFolder()
{
    QProcessEnvironment env;
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s)); // the default location: no vault there
    const QStringList args{u"--user"_s,
                           test::kOwnerUser,
                           u"--password-stdin"_s,
                           u"backup"_s,
                           u"create"_s,
                           u"--to"_s,
                           m_dir.filePath(u"cron-backups"_s)};
    test::CliRun r = test::runProcess(QStringLiteral(CUSTOS_CLI_PATH), args, test::kOwnerPassword.toUtf8() + '\n', env);
    QCOMPARE(r.code, 5); // not a vault: the default folder is empty
    QVERIFY2(r.err.contains(m_dir.filePath(u"data"_s)), qPrintable(r.describe()));

    {
        QSettings remembered(m_dir.filePath(u"config/Custos/vault-location.ini"_s), QSettings::IniFormat);
        remembered.setValue(u"vault/folder"_s, m_vaultDir);
    }
    r = test::runProcess(QStringLiteral(CUSTOS_CLI_PATH), args, test::kOwnerPassword.toUtf8() + '\n', env);
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"verified"_s), qPrintable(r.describe()));
    r = test::runProcess(QStringLiteral(CUSTOS_CLI_PATH), {u"--help"_s}, {}, env);
    QVERIFY2(r.out.contains(u"(default: %1)"_s.arg(QDir::toNativeSeparators(m_vaultDir))), qPrintable(r.describe()));
}

QTEST_GUILESS_MAIN(TestCliBackup)
#include "tst_cli_backup.moc"
