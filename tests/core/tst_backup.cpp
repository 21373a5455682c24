// Encrypted backups on real vaults with real SQLCipher and OpenSSL: the round trip onto a new
// folder (every row back, keys intact, sign-in works), unlocking by owner password and by the
// recovery code, and every way a backup or a restore must refuse: a flipped byte, a truncated
// file, a wrong password, a clerk's password, a non-empty folder, a read-only folder, a cancel.
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"
#include "vault/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace custos;

namespace {

const QString kClerkUser = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;

qint64 countOf(Session& session, const QString& table)
{
    auto st = session.database().prepare(u"SELECT count(*) FROM "_s + table);
    if (!st || !st->step())
        return -1;
    return st->int64(0);
}

void flipByte(const QString& path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x01)));
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripOntoNewFolder();
    void recoveryCodeUnlocks();
    void flippedByteIsRefused_data();
    void flippedByteIsRefused();
    void truncatedFileIsRefused();
    void wrongPasswordAndClerkRefused();
    void restoreOverCurrentVaultKeepsItAside();
    void nonEmptyFolderRefused();
    void keepsTheNewestN();
    void readOnlyFolderLosesNothing();
    void cancelLeavesNothing();

private:
    std::unique_ptr<Session> ownerSession();
    QString makeBackup(const QString& folder);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_backupDir;
    QString m_recoveryCode;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    QString m_orderNumber;
};

std::unique_ptr<Session> TestBackup::ownerSession()
{
    auto s = test::signIn(*m_vault, test::kOwnerUser, test::kOwnerPassword);
    if (!s) {
        qWarning("%s", qPrintable(s.errorMessage()));
        return {};
    }
    return std::move(s.value());
}

QString TestBackup::makeBackup(const QString& folder)
{
    auto session = ownerSession();
    if (!session)
        return {};
    auto created = backup::createBackup(*session, m_vaultDir, folder, 10);
    if (!created) {
        qWarning("%s", qPrintable(created.errorMessage()));
        return {};
    }
    return created->path;
}

void TestBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.filePath(u"vault"_s);
    m_backupDir = m_dir.filePath(u"usb"_s);
    auto vault = test::createVault(m_vaultDir, m_clock, test::sampleBusiness(), &m_recoveryCode);
    QVERIFY2(vault, qPrintable(vault.errorMessage()));
    m_vault = std::move(vault.value());
    auto session = ownerSession();
    QVERIFY(session);
    auto clerk = test::addEmployee(*m_vault, *session, kClerkUser, u"Carl Clerk"_s, Role::Clerk, kClerkPassword);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    auto customer = test::addCustomer(*session);
    QVERIFY2(customer, qPrintable(customer.errorMessage()));
    auto order = test::addOrder(*session, customer.value());
    QVERIFY2(order, qPrintable(order.errorMessage()));
    m_orderNumber = order.value();
}

void TestBackup::roundTripOntoNewFolder()
{
    QString path;
    qint64 customers = 0, orders = 0, events = 0;
    {
        auto session = ownerSession();
        QVERIFY(session);
        customers = countOf(*session, u"customers"_s);
        orders = countOf(*session, u"orders"_s);
        auto created = backup::createBackup(*session, m_vaultDir, m_backupDir, 10);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        path = created->path;
        QVERIFY(QFileInfo(path).isFile());
        QVERIFY(path.endsWith(u".cbk"_s));
        // Owner-only, like the vault files (the backup holds the whole customer book, encrypted).
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        QCOMPARE(created->preview.counts.customers, customers);
        QCOMPARE(created->preview.counts.orders, orders);
        QCOMPARE(created->preview.counts.employees, 2);
        // Recorded only after it verified: the self-check reads this.
        auto last = backup::lastSuccess(*session);
        QVERIFY(last);
        QCOMPARE(last.value(), m_clock.nowUtc());
        events = countOf(*session, u"audit_events"_s);
        // The vault's own verification with its master key.
        auto verified = backup::verifyBackup(path, session->masterKey());
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QCOMPARE(verified->business, test::sampleBusiness().legalName);
    }
    // No secret or customer detail in clear anywhere in the file.
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        // The phone number whole ("7946" alone turned up by chance in the keyring's random hex).
        for (const QByteArray& needle : {"4242424242424242"_ba, "Zo\xc3\xab Smith"_ba, "Harbour Road"_ba,
                                         "2079460018"_ba, "7946 0018"_ba, "SQLite format 3"_ba})
            QVERIFY2(!bytes.contains(needle), needle.constData());
    }

    auto file = backup::BackupFile::open(path);
    QVERIFY2(file, qPrintable(file.errorMessage()));
    QCOMPARE(file.value()->header().vaultId, m_vault->vaultId());
    // Nothing can be restored before an unlock.
    QCOMPARE(file.value()->restoreTo(m_dir.filePath(u"early"_s)).errorCode(), Errc::Denied);
    auto preview =
        file.value()->unlockWithPassword(test::kOwnerUser, crypto::SecureBytes::fromUtf8(test::kOwnerPassword));
    QVERIFY2(preview, qPrintable(preview.errorMessage()));
    QCOMPARE(preview->counts.customers, customers);
    QCOMPARE(preview->createdBy, test::kOwnerUser);
    const QString target = m_dir.filePath(u"new-computer/vault"_s);
    auto restored = file.value()->restoreTo(target);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    QVERIFY(restored->previousMovedTo.isEmpty());

    // The restored vault opens, the owner and the clerk sign in, every row is there.
    auto reopened = Vault::open(target, m_clock);
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    auto owner = test::signIn(*reopened.value(), test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(owner, qPrintable(owner.errorMessage()));
    QCOMPARE(countOf(*owner.value(), u"customers"_s), customers);
    QCOMPARE(countOf(*owner.value(), u"orders"_s), orders);
    // Every event of the backup plus the restore itself, and the chain still verifies.
    QCOMPARE(countOf(*owner.value(), u"audit_events"_s), events + 1);
    auto order = OrderService(*owner.value()).getByNumber(m_orderNumber);
    QVERIFY2(order, qPrintable(order.errorMessage()));
    // The keys came back: the owner still holds the card-data and signing keys.
    auto cardKey = owner.value()->unsealGrantedKey(u"card_data"_s);
    QVERIFY2(cardKey && cardKey->has_value(), "card-data key");
    auto signingKey = owner.value()->unsealGrantedKey(u"signing"_s);
    QVERIFY2(signingKey && signingKey->has_value(), "signing key");
    owner.value().reset();
    auto clerk = test::signIn(*reopened.value(), kClerkUser, kClerkPassword);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
}

void TestBackup::recoveryCodeUnlocks()
{
    const QString path = makeBackup(m_backupDir);
    QVERIFY(!path.isEmpty());
    auto file = backup::BackupFile::open(path);
    QVERIFY(file);
    QCOMPARE(file.value()->unlockWithRecoveryCode(u"AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"_s).errorCode(), Errc::WrongSecret);
    auto preview = file.value()->unlockWithRecoveryCode(m_recoveryCode);
    QVERIFY2(preview, qPrintable(preview.errorMessage()));
    auto restored = file.value()->restoreTo(m_dir.filePath(u"from-recovery"_s));
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    QVERIFY(Vault::looksLikeVault(restored->vaultDir));
}

void TestBackup::flippedByteIsRefused_data()
{
    QTest::addColumn<QString>("where");
    QTest::newRow("header") << u"header"_s;
    QTest::newRow("keyring") << u"keyring"_s;
    QTest::newRow("database") << u"database"_s;
    QTest::newRow("mac") << u"mac"_s;
}

void TestBackup::flippedByteIsRefused()
{
    QFETCH(QString, where);
    const QString path = makeBackup(m_dir.filePath(u"flip-"_s + where));
    QVERIFY(!path.isEmpty());
    const qint64 size = QFileInfo(path).size();
    qint64 offset = 0;
    if (where == u"header")
        offset = 20; // inside the header JSON
    else if (where == u"keyring")
        offset = 400;
    else if (where == u"database")
        offset = size / 2;
    else
        offset = size - 5;
    flipByte(path, offset);
    auto file = backup::BackupFile::open(path);
    if (!file) {
        QCOMPARE(file.errorCode(), Errc::Corrupt);
        return;
    }
    auto preview =
        file.value()->unlockWithPassword(test::kOwnerUser, crypto::SecureBytes::fromUtf8(test::kOwnerPassword));
    QVERIFY(!preview);
    // A flipped byte in the keyring can make the slot itself fail to open; anything else is the MAC.
    QVERIFY2(preview.errorCode() == Errc::Corrupt || preview.errorCode() == Errc::WrongSecret,
             qPrintable(preview.errorMessage()));
    QVERIFY(!file.value()->restoreTo(m_dir.filePath(u"never-"_s + where)));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(u"never-"_s + where)));
}

void TestBackup::truncatedFileIsRefused()
{
    const QString path = makeBackup(m_dir.filePath(u"truncated"_s));
    QVERIFY(!path.isEmpty());
    QFile f(path);
    QVERIFY(f.resize(QFileInfo(path).size() - 100));
    auto file = backup::BackupFile::open(path);
    QVERIFY(!file);
    QCOMPARE(file.errorCode(), Errc::Corrupt);
    QVERIFY(file.errorMessage().contains(u"not a complete Custos backup"_s));
    // Not a backup at all.
    const QString other = m_dir.filePath(u"notes.cbk"_s);
    QFile n(other);
    QVERIFY(n.open(QIODevice::WriteOnly));
    n.write("shopping list\n");
    n.close();
    QCOMPARE(backup::BackupFile::open(other).errorCode(), Errc::Corrupt);
}

void TestBackup::wrongPasswordAndClerkRefused()
{
    const QString path = makeBackup(m_backupDir);
    auto file = backup::BackupFile::open(path);
    QVERIFY(file);
    QCOMPARE(file.value()
                 ->unlockWithPassword(test::kOwnerUser, crypto::SecureBytes::fromUtf8(u"not-the-Password-99"_s))
                 .errorCode(),
             Errc::WrongSecret);
    QCOMPARE(file.value()->unlockWithPassword(u"nobody"_s, crypto::SecureBytes::fromUtf8(kClerkPassword)).errorCode(),
             Errc::WrongSecret);
    auto clerk = file.value()->unlockWithPassword(kClerkUser, crypto::SecureBytes::fromUtf8(kClerkPassword));
    QCOMPARE(clerk.errorCode(), Errc::Denied);
    QVERIFY(clerk.errorMessage().contains(u"owner"_s));
}

void TestBackup::restoreOverCurrentVaultKeepsItAside()
{
    // A copy of the vault folder stands in for "the current vault" (the test's vault is open).
    const QString path = makeBackup(m_backupDir);
    const QString current = m_dir.filePath(u"current"_s);
    {
        auto file = backup::BackupFile::open(path);
        QVERIFY(file);
        QVERIFY(file.value()->unlockWithRecoveryCode(m_recoveryCode));
        QVERIFY(file.value()->restoreTo(current));
    }
    QFile marker(QDir(current).filePath(u"custos.db"_s));
    const qint64 sizeBefore = marker.size();
    auto file = backup::BackupFile::open(path);
    QVERIFY(file);
    QVERIFY(file.value()->unlockWithPassword(test::kOwnerUser, crypto::SecureBytes::fromUtf8(test::kOwnerPassword)));
    auto restored = file.value()->restoreTo(current);
    QVERIFY2(restored, qPrintable(restored.errorMessage()));
    QVERIFY(!restored->previousMovedTo.isEmpty());
    QVERIFY(restored->previousMovedTo.startsWith(current + u".before-restore-"_s));
    QVERIFY(Vault::looksLikeVault(restored->previousMovedTo));
    QCOMPARE(QFileInfo(QDir(restored->previousMovedTo).filePath(u"custos.db"_s)).size(), sizeBefore);
    auto aside = Vault::open(restored->previousMovedTo, m_clock);
    QVERIFY2(aside, qPrintable(aside.errorMessage()));
    QVERIFY(test::signIn(*aside.value(), test::kOwnerUser, test::kOwnerPassword));
}

void TestBackup::nonEmptyFolderRefused()
{
    const QString path = makeBackup(m_backupDir);
    const QString folder = m_dir.filePath(u"documents"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile letter(QDir(folder).filePath(u"letter.txt"_s));
    QVERIFY(letter.open(QIODevice::WriteOnly));
    letter.write("Dear Sir,\n");
    letter.close();
    auto file = backup::BackupFile::open(path);
    QVERIFY(file);
    QVERIFY(file.value()->unlockWithRecoveryCode(m_recoveryCode));
    auto restored = file.value()->restoreTo(folder);
    QCOMPARE(restored.errorCode(), Errc::Invalid);
    QCOMPARE(QDir(folder).entryList(QDir::Files), QStringList{u"letter.txt"_s});
    // No staging folder left behind either.
    QCOMPARE(QDir(m_dir.path()).entryList({u"documents.*"_s}, QDir::Dirs).size(), 0);
}

void TestBackup::keepsTheNewestN()
{
    const QString folder = m_dir.filePath(u"rotation"_s);
    auto session = ownerSession();
    QVERIFY(session);
    QStringList made;
    for (int i = 0; i < 4; ++i) {
        m_clock.advanceSecs(3600);
        auto created = backup::createBackup(*session, m_vaultDir, folder, 2);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        made << created->path;
    }
    const auto left = backup::listBackups(folder, m_vault->vaultId());
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).first, made.at(3));
    QCOMPARE(left.at(1).first, made.at(2));
    QVERIFY(!QFileInfo::exists(made.at(0)));
}

void TestBackup::readOnlyFolderLosesNothing()
{
    {
        // A "folder" that is a file: the disk refuses, as root too.
        const QString notAFolder = m_dir.filePath(u"plain-file"_s);
        QFile f(notAFolder);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        auto session = ownerSession();
        QVERIFY(session);
        auto created = backup::createBackup(*session, m_vaultDir, notAFolder + u"/backups"_s, 10);
        QCOMPARE(created.errorCode(), Errc::Io);
        QVERIFY(created.errorMessage().contains(u"backup folder"_s));
    }
    if (::geteuid() == 0)
        QSKIP("root ignores folder permissions");
    const QString folder = m_dir.filePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    auto session = ownerSession();
    QVERIFY(session);
    auto before = backup::lastSuccess(*session);
    m_clock.advanceSecs(60);
    auto created = backup::createBackup(*session, m_vaultDir, folder, 10);
    QVERIFY(!created);
    QCOMPARE(created.errorCode(), Errc::Io);
    QVERIFY(QDir(folder).isEmpty());
    QCOMPARE(backup::lastSuccess(*session).value(), before.value());
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestBackup::cancelLeavesNothing()
{
    const QString folder = m_dir.filePath(u"cancelled"_s);
    auto session = ownerSession();
    QVERIFY(session);
    auto before = backup::lastSuccess(*session);
    m_clock.advanceSecs(60);
    int calls = 0;
    auto created = backup::createBackup(*session, m_vaultDir, folder, 10, [&calls](double, const QString&) {
        return ++calls < 3; // cancel while writing
    });
    QCOMPARE(created.errorCode(), Errc::Cancelled);
    QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
    QCOMPARE(backup::lastSuccess(*session).value(), before.value());
    // The working copy next to the vault is gone too.
    QCOMPARE(QDir(m_vaultDir).entryList({u".backup-*"_s}, QDir::Dirs | QDir::Hidden).size(), 0);
    // And the failure is in the audit log.
    auto st = session->database().prepare(u"SELECT outcome FROM audit_events WHERE action = ?1 ORDER BY seq DESC"_s);
    QVERIFY(st);
    st->bind(1, backup::kAuditFailed);
    QVERIFY(st->step().value());
    QCOMPARE(st->text(0), u"failure"_s);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
