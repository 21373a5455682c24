// The vault: key slots, sign-in, lock-out, password changes, recovery, and what is on disk.
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Keyring.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using crypto::SecureBytes;

namespace {

// The events of one action (newest first), at most `limit`.
[[maybe_unused]] custos::AuditQuery auditQuery(const QString& action, int limit)
{
    custos::AuditQuery query;
    query.action = action;
    query.limit = limit;
    return query;
}

const QString kOwnerPassword = QStringLiteral("Lantern-Harbor-Pebble-93");
const QString kMarker = QStringLiteral("MARKER-Vq8r Owner");

SecureBytes pw(const QString& s)
{
    return SecureBytes::fromUtf8(s);
}

BusinessProfile profile()
{
    BusinessProfile p;
    p.legalName = QStringLiteral("Quay Test Traders");
    p.phone = QStringLiteral("+44 20 7946 0000");
    p.email = QStringLiteral("shop@example.test");
    return p;
}

struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    QString code;
    std::unique_ptr<Vault> vault;

    QString dir() const { return tmp.path() + QStringLiteral("/vault"); }

    bool create()
    {
        code = recovery::generateCode().value();
        NewVaultAccount owner;
        owner.username = QStringLiteral("olivia");
        owner.fullName = kMarker;
        owner.password = pw(kOwnerPassword);
        owner.role = Role::Owner;
        owner.mustChangePassword = false;
        auto v = Vault::create(dir(), profile(), owner, code, {}, clock);
        if (!v) {
            qWarning("%s", qPrintable(v.errorMessage()));
            return false;
        }
        vault = std::move(v.value());
        return true;
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private slots:
    void slotSecretsRoundTrip()
    {
        SlotSecrets s{
            crypto::randomBytes(32).value(), crypto::randomBytes(32).value(), {}, crypto::randomBytes(32).value()};
        auto back = SlotSecrets::deserialize(s.serialize());
        QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
        QVERIFY(back->masterKey == s.masterKey);
        QVERIFY(back->identityPrivateKey == s.identityPrivateKey);
        QVERIFY(back->cardDataPrivateKey.isEmpty());
        QVERIFY(back->signingPrivateKey == s.signingPrivateKey);
        QCOMPARE(SlotSecrets::deserialize(SecureBytes("XXXX", 4)).errorCode(), Errc::Corrupt);
        QCOMPARE(SlotSecrets::deserialize(s.serialize().mid(0, 20)).errorCode(), Errc::Corrupt);
    }

    void keyringWrapUnwrapAndWrongPassword()
    {
        const QString vaultId = QStringLiteral("0b0c7f8e-5a1e-4f3c-9a53-3a7c2b9d7e11");
        SlotSecrets s{crypto::randomBytes(32).value(), {}, {}, {}};
        auto slot = Keyring::wrap(vaultId, KeySlot::Kind::Employee, QStringLiteral("alice"), pw(kOwnerPassword), s);
        QVERIFY(slot.ok());
        auto ok = Keyring::unwrap(vaultId, slot.value(), pw(kOwnerPassword));
        QVERIFY(ok.ok());
        QVERIFY(ok->masterKey == s.masterKey);
        QCOMPARE(Keyring::unwrap(vaultId, slot.value(), pw(QStringLiteral("wrong-password-123"))).errorCode(),
                 Errc::WrongSecret);
        // The slot is bound to vault id and user name: moved to another vault or renamed, it does not open.
        QCOMPARE(
            Keyring::unwrap(QStringLiteral("11111111-2222-3333-4444-555555555555"), slot.value(), pw(kOwnerPassword))
                .errorCode(),
            Errc::WrongSecret);
        KeySlot renamed = slot.value();
        renamed.username = QStringLiteral("mallory");
        QCOMPARE(Keyring::unwrap(vaultId, renamed, pw(kOwnerPassword)).errorCode(), Errc::WrongSecret);
    }

    void keyringSaveIsPrivateAndReloads()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.vault->keyringPath();
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                              QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        auto k = Keyring::load(path);
        QVERIFY2(k.ok(), qPrintable(k.errorMessage()));
        QCOMPARE(k->keySlots.size(), 2);
        QVERIFY(k->recoverySlot());
        QVERIFY(k->employeeSlot(QStringLiteral("OLIVIA"))); // user names are case-insensitive
        QCOMPARE(k->label, profile().legalName);
    }

    void keyringDamage_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<int>("code");
        QTest::newRow("flipped byte in wrapped key") << QStringLiteral("flip") << int(Errc::Corrupt);
        QTest::newRow("truncated") << QStringLiteral("truncate") << int(Errc::Corrupt);
        QTest::newRow("not json") << QStringLiteral("garbage") << int(Errc::Corrupt);
        QTest::newRow("newer format") << QStringLiteral("newer") << int(Errc::Invalid);
        QTest::newRow("missing") << QStringLiteral("missing") << int(Errc::NotFound);
    }

    void keyringDamage()
    {
        QFETCH(QString, what);
        QFETCH(int, code);
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.vault->keyringPath();
        const QString dir = f.dir();
        f.vault.reset();
        QByteArray bytes = readAll(path);
        if (what == QLatin1String("flip")) {
            const qsizetype at = bytes.indexOf("\"wrapped\": \"") + 20;
            bytes[at] = bytes[at] == 'A' ? 'B' : 'A';
        } else if (what == QLatin1String("truncate")) {
            bytes.truncate(bytes.size() / 2);
        } else if (what == QLatin1String("garbage")) {
            bytes = "\x00\x01not a keyring";
        } else if (what == QLatin1String("newer")) {
            bytes.replace("\"version\": 2", "\"version\": 99");
        }
        if (what == QLatin1String("missing")) {
            QVERIFY(QFile::remove(path));
        } else {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(bytes);
        }
        const QByteArray dbBefore = readAll(dir + QStringLiteral("/custos.db"));
        auto opened = Vault::open(dir);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.errorCode()), code == int(Errc::NotFound) ? int(Errc::Corrupt) : code);
        QVERIFY2(opened.errorMessage().contains(QStringLiteral("keyring.json")) ||
                     opened.errorMessage().contains(QStringLiteral("newer version")),
                 qPrintable(opened.errorMessage()));
        QCOMPARE(readAll(dir + QStringLiteral("/custos.db")), dbBefore); // the vault is left intact
    }

    void keyringCannotBeMadeWeaker()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString path = f.vault->keyringPath();
        f.vault.reset();
        QByteArray bytes = readAll(path);
        bytes.replace("\"max_failed_sign_ins\": 10", "\"max_failed_sign_ins\": 5000");
        bytes.replace("\"lockout_minutes\": 30", "\"lockout_minutes\": 1");
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
        out.close();
        auto k = Keyring::load(path);
        QVERIFY(k.ok());
        QCOMPARE(k->maxFailedSignIns, 10);
        QCOMPARE(k->lockoutMinutes, 30);
    }

    void createRefusesNonEmptyFolderAndLeavesNothingOnFailure()
    {
        Fixture f;
        QDir().mkpath(f.dir());
        QFile stray(f.dir() + QStringLiteral("/notes.txt"));
        QVERIFY(stray.open(QIODevice::WriteOnly));
        stray.close();
        QVERIFY(!f.create());
        QVERIFY(!QFile::exists(f.dir() + QStringLiteral("/keyring.json")));

        Fixture weak;
        NewVaultAccount owner{QStringLiteral("olivia"), QStringLiteral("Olivia"), pw(QStringLiteral("password1234")),
                              Role::Owner, false};
        auto v = Vault::create(weak.dir(), profile(), owner, recovery::generateCode().value(), {}, weak.clock);
        QCOMPARE(v.errorCode(), Errc::Invalid);
        QVERIFY(!QFile::exists(weak.dir() + QStringLiteral("/custos.db")));
        QVERIFY(!QFile::exists(weak.dir() + QStringLiteral("/keyring.json")));
        QVERIFY2(!QDir(weak.dir()).exists(), "the folder the failed attempt made is removed too");
    }

    void secondOpenIsRefusedWhileLocked()
    {
        Fixture f;
        QVERIFY(f.create());
        auto second = Vault::open(f.dir());
        QCOMPARE(second.errorCode(), Errc::Busy);
        QVERIFY(second.errorMessage().contains(QStringLiteral("already open")));
        f.vault.reset();
        auto third = Vault::open(f.dir());
        QVERIFY2(third.ok(), qPrintable(third.errorMessage()));
    }

    void notAVault()
    {
        QTemporaryDir tmp;
        QCOMPARE(Vault::open(tmp.path()).errorCode(), Errc::NotFound);
        QCOMPARE(Vault::open(tmp.path() + QStringLiteral("/missing")).errorCode(), Errc::NotFound);
    }

    void signInAndWrongPasswordCountsDown()
    {
        Fixture f;
        QVERIFY(f.create());
        auto s = f.vault->signIn(QStringLiteral("Olivia"), pw(kOwnerPassword));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s.value()->employee().role, Role::Owner);
        QCOMPARE(s.value()->passwordChange(), Session::PasswordChange::NotRequired);
        QCOMPARE(s.value()->businessProfile().legalName, profile().legalName);
        s.value().reset();

        auto bad = f.vault->signIn(QStringLiteral("olivia"), pw(QStringLiteral("not-the-password-1")));
        QCOMPARE(bad.errorCode(), Errc::WrongSecret);
        QVERIFY2(bad.errorMessage().contains(QStringLiteral("9 tries left")), qPrintable(bad.errorMessage()));
        QCOMPARE(f.vault->triesLeft(QStringLiteral("olivia")), 9);

        auto unknown = f.vault->signIn(QStringLiteral("nobody"), pw(kOwnerPassword));
        QCOMPARE(unknown.errorCode(), Errc::NotFound);
        // A password typed into the user-name field is not kept anywhere in clear.
        auto typo = f.vault->signIn(QStringLiteral("Secret pass phrase 99!"), pw(kOwnerPassword));
        QCOMPARE(typo.errorCode(), Errc::NotFound);
        QVERIFY(!typo.errorMessage().contains(QStringLiteral("Secret pass")));
        QVERIFY(!readAll(f.vault->keyringPath()).contains("Secret pass"));
        QVERIFY(readAll(f.vault->keyringPath()).contains("nobody"));
    }

    void lockoutAfterTenFailuresForThirtyMinutes()
    {
        Fixture f;
        QVERIFY(f.create());
        for (int i = 0; i < 9; ++i)
            QCOMPARE(
                f.vault->signIn(QStringLiteral("olivia"), pw(QStringLiteral("wrong-%1-password").arg(i))).errorCode(),
                Errc::WrongSecret);
        auto tenth = f.vault->signIn(QStringLiteral("olivia"), pw(QStringLiteral("wrong-10-password")));
        QCOMPARE(tenth.errorCode(), Errc::LockedOut);
        // Even the right password is refused while locked, and the lock survives a restart.
        f.vault.reset();
        auto reopened = Vault::open(f.dir(), f.clock);
        QVERIFY(reopened.ok());
        f.vault = std::move(reopened.value());
        auto locked = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QCOMPARE(locked.errorCode(), Errc::LockedOut);
        QVERIFY2(locked.errorMessage().contains(QStringLiteral("30 minutes")), qPrintable(locked.errorMessage()));
        f.clock.advanceSecs(29 * 60);
        QCOMPARE(f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword)).errorCode(), Errc::LockedOut);
        f.clock.advanceSecs(61);
        auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));

        // The failures that happened while the vault was locked are now in the audit log.
        auto failures = s.value()->auditLog().recent(auditQuery(audit::kSignIn, 100));
        QVERIFY(failures.ok());
        int failed = 0;
        for (const AuditEvent& e : failures.value())
            failed += e.outcome == audit::kFailure ? 1 : 0;
        QCOMPARE(failed, 10);
        int denied = 0;
        for (const AuditEvent& e : failures.value())
            denied += e.outcome == audit::kDenied ? 1 : 0;
        QCOMPARE(denied, 2); // the two tries while locked (PCI DSS 10.2.1.4)
        auto lockouts = s.value()->auditLog().recent(auditQuery(audit::kLockout, 10));
        QCOMPARE(lockouts->size(), 1);
        QVERIFY(Keyring::load(f.vault->keyringPath())->pendingEvents.isEmpty());
        QCOMPARE(f.vault->triesLeft(QStringLiteral("olivia")), 10);
    }

    void passwordChangeHistoryAndExpiry()
    {
        Fixture f;
        QVERIFY(f.create());
        auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(s.ok());
        Session& session = *s.value();

        QCOMPARE(f.vault
                     ->changePassword(session, pw(QStringLiteral("wrong-current-pass")),
                                      pw(QStringLiteral("Juniper-Copper-Falcon-18")))
                     .errorCode(),
                 Errc::WrongSecret);
        QCOMPARE(f.vault->changePassword(session, pw(kOwnerPassword), pw(QStringLiteral("short"))).errorCode(),
                 Errc::Invalid);
        QCOMPARE(f.vault->changePassword(session, pw(kOwnerPassword), pw(kOwnerPassword)).errorCode(), Errc::Invalid);

        const QStringList sequence{
            QStringLiteral("Juniper-Copper-Falcon-18"), QStringLiteral("Meadow-Anchor-Violet-27"),
            QStringLiteral("Glacier-Thimble-Orchid-36"), QStringLiteral("Saffron-Pylon-Walrus-45")};
        QString current = kOwnerPassword;
        for (const QString& next : sequence) {
            auto r = f.vault->changePassword(session, pw(current), pw(next));
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            current = next;
        }
        // The original password is one of the last four previous ones: refused.
        auto reuse = f.vault->changePassword(session, pw(current), pw(kOwnerPassword));
        QCOMPARE(reuse.errorCode(), Errc::Invalid);
        QVERIFY2(reuse.errorMessage().contains(QStringLiteral("recently")), qPrintable(reuse.errorMessage()));
        // One more change pushes it out of the history: allowed again.
        QVERIFY(f.vault->changePassword(session, pw(current), pw(QStringLiteral("Tundra-Beacon-Marble-54"))).ok());
        QVERIFY(
            f.vault->changePassword(session, pw(QStringLiteral("Tundra-Beacon-Marble-54")), pw(kOwnerPassword)).ok());
        s.value().reset();

        QCOMPARE(f.vault->signIn(QStringLiteral("olivia"), pw(QStringLiteral("Tundra-Beacon-Marble-54"))).errorCode(),
                 Errc::WrongSecret);
        auto again = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(again.ok());
        QCOMPARE(again.value()->passwordDaysLeft(), 90);
        again.value().reset();

        // PCI DSS 8.3.9: after 90 days the password must be changed.
        f.clock.advanceSecs(91LL * 86400);
        auto expired = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(expired.ok());
        QCOMPARE(expired.value()->passwordChange(), Session::PasswordChange::Expired);
    }

    void newEmployeeMustChangeOneTimePassword()
    {
        Fixture f;
        QVERIFY(f.create());
        auto owner = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(owner.ok());
        NewVaultAccount clerk{QStringLiteral("carl"), QStringLiteral("Carl Clerk"), {}, Role::Clerk, true};
        auto oneTime = f.vault->addEmployee(*owner.value(), clerk);
        QVERIFY2(oneTime.ok(), qPrintable(oneTime.errorMessage()));
        QVERIFY(!oneTime->isEmpty());
        NewVaultAccount dup{QStringLiteral("CARL"), QStringLiteral("Other"), {}, Role::Clerk, true};
        QCOMPARE(f.vault->addEmployee(*owner.value(), dup).errorCode(), Errc::Invalid);
        owner.value().reset();

        auto s = f.vault->signIn(QStringLiteral("carl"), pw(oneTime.value()));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s.value()->passwordChange(), Session::PasswordChange::FirstSignIn);
        QCOMPARE(s.value()->employee().role, Role::Clerk);
        // A clerk cannot add employees; a manager cannot add a manager.
        NewVaultAccount other{QStringLiteral("dora"), QStringLiteral("Dora"), {}, Role::Clerk, true};
        QCOMPARE(f.vault->addEmployee(*s.value(), other).errorCode(), Errc::Denied);
        QVERIFY(f.vault->changePassword(*s.value(), pw(oneTime.value()), pw(QStringLiteral("Quartz-Ember-Lagoon-61")))
                    .ok());
        QCOMPARE(s.value()->passwordChange(), Session::PasswordChange::NotRequired);
        s.value().reset();
        auto again = f.vault->signIn(QStringLiteral("carl"), pw(QStringLiteral("Quartz-Ember-Lagoon-61")));
        QVERIFY(again.ok());
        QCOMPARE(again.value()->passwordChange(), Session::PasswordChange::NotRequired);
    }

    void recoveryCodeResetsOwnerAndReissuesGrants()
    {
        Fixture f;
        QVERIFY(f.create());
        QCOMPARE(f.vault
                     ->recover(QStringLiteral("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"), QStringLiteral("olivia"),
                               pw(QStringLiteral("Harvest-Comet-Tulip-72")))
                     .errorCode(),
                 Errc::WrongSecret);
        QCOMPARE(f.vault
                     ->recover(QStringLiteral("too-short"), QStringLiteral("olivia"),
                               pw(QStringLiteral("Harvest-Comet-Tulip-72")))
                     .errorCode(),
                 Errc::Invalid);
        // Typing is forgiving: lower case and spaces instead of dashes.
        const QString typed = recovery::formatForDisplay(f.code).toLower().replace(QLatin1Char('-'), QLatin1Char(' '));
        auto s = f.vault->recover(typed, QStringLiteral("olivia"), pw(QStringLiteral("Harvest-Comet-Tulip-72")));
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        Session& session = *s.value();

        // The owner's new identity key opens the re-issued card-data grant.
        storage::KeyRepository keys(session.database());
        auto cardKey = keys.currentVaultKey(QStringLiteral("card_data"));
        QVERIFY(cardKey.ok() && cardKey->has_value());
        auto grants = keys.grantsFor(session.employee().id);
        QVERIFY(grants.ok());
        QCOMPARE(grants->size(), 2);
        for (const auto& g : grants.value()) {
            auto opened = crypto::openSealed(
                session.identityPrivateKey(), g.sealedPrivateKey,
                storage::KeyRepository::grantAssociatedData(session.vaultId(), g.employeeId, g.vaultKeyId));
            QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
            if (g.vaultKeyId == (*cardKey)->id)
                QCOMPARE(crypto::x25519PublicFromPrivate(opened.value()).value(), (*cardKey)->publicKey);
        }
        auto used = session.auditLog().recent(auditQuery(audit::kRecoveryUsed, 10));
        QCOMPARE(used->size(), 1);
        s.value().reset();
        QCOMPARE(f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword)).errorCode(), Errc::WrongSecret);
        QVERIFY(f.vault->signIn(QStringLiteral("olivia"), pw(QStringLiteral("Harvest-Comet-Tulip-72"))).ok());
    }

    void grantCopiedToAnotherEmployeeDoesNotOpen()
    {
        Fixture f;
        QVERIFY(f.create());
        auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(s.ok());
        storage::KeyRepository keys(s.value()->database());
        const auto g = keys.grantsFor(s.value()->employee().id)->first();
        auto opened = crypto::openSealed(
            s.value()->identityPrivateKey(), g.sealedPrivateKey,
            storage::KeyRepository::grantAssociatedData(s.value()->vaultId(), g.employeeId + 1, g.vaultKeyId));
        QCOMPARE(opened.errorCode(), Errc::WrongSecret);
    }

    void securityPolicyIsClampedAndMirrored()
    {
        Fixture f;
        QVERIFY(f.create());
        auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(s.ok());
        SecurityPolicy p;
        p.maxFailedSignIns = 5;
        p.lockoutMinutes = 10;  // below PCI's 30: raised
        p.idleLockMinutes = 60; // above PCI's 15: lowered
        p.maxPasswordAgeDays = 30;
        QVERIFY(f.vault->setSecurityPolicy(*s.value(), p).ok());
        QCOMPARE(s.value()->policy().lockoutMinutes, 30);
        QCOMPARE(s.value()->policy().idleLockMinutes, 15);
        QCOMPARE(s.value()->policy().maxPasswordAgeDays, 30);
        auto stored = storage::SettingsRepository(s.value()->database()).securityPolicy();
        QCOMPARE(stored->maxFailedSignIns, 5);
        QCOMPARE(Keyring::load(f.vault->keyringPath())->maxFailedSignIns, 5);
        QCOMPARE(f.vault->triesLeft(QStringLiteral("olivia")), 5);
    }

    void truncatedDatabaseGivesClearMessage()
    {
        Fixture f;
        QVERIFY(f.create());
        const QString db = f.vault->databasePath();
        QFile file(db);
        QVERIFY(file.resize(1000));
        auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(!s.ok());
        QCOMPARE(s.errorCode(), Errc::Corrupt);
        QVERIFY2(!s.errorMessage().isEmpty(), "a message the owner can act on");
    }

    void nothingReadableOnDisk()
    {
        Fixture f;
        QVERIFY(f.create());
        {
            auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
            QVERIFY(s.ok());
            QVERIFY(s.value()->recordEvent(QStringLiteral("test.marker"), kMarker).ok());
        }
        const QByteArray utf8 = kMarker.toUtf8();
        const QByteArray utf16(reinterpret_cast<const char*>(kMarker.utf16()), kMarker.size() * 2);
        const QByteArray password = kOwnerPassword.toUtf8();
        const QDir dir(f.dir());
        int scanned = 0;
        for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
            const QByteArray bytes = readAll(dir.filePath(name));
            QVERIFY2(!bytes.contains(utf8) && !bytes.contains(utf16), qPrintable(name));
            QVERIFY2(!bytes.contains(password), qPrintable(name));
            QVERIFY2(!bytes.contains(f.code.toLatin1()), qPrintable(name));
            ++scanned;
        }
        QVERIFY(scanned >= 2);
    }

    void auditChainDetectsEdits()
    {
        Fixture f;
        QVERIFY(f.create());
        auto s = f.vault->signIn(QStringLiteral("olivia"), pw(kOwnerPassword));
        QVERIFY(s.ok());
        for (int i = 0; i < 5; ++i)
            QVERIFY(s.value()->recordEvent(QStringLiteral("test.event"), QString::number(i)).ok());
        auto v = s.value()->auditLog().verify();
        QVERIFY(v.ok());
        QVERIFY(v->intact);
        QCOMPARE(v->eventCount, 8); // created, employee created, sign-in, 5 events

        storage::Database& db = s.value()->database();
        QVERIFY(db.exec(QStringLiteral("UPDATE audit_events SET details = 'edited' WHERE seq = 4")).ok());
        v = s.value()->auditLog().verify();
        QVERIFY(!v->intact);
        QCOMPARE(v->firstBadSeq.value_or(-1), 4);

        QVERIFY(db.exec(QStringLiteral("DELETE FROM audit_events WHERE seq = 2")).ok());
        v = s.value()->auditLog().verify();
        QCOMPARE(v->firstBadSeq.value_or(-1), 2);
        QVERIFY(v->problem.contains(QStringLiteral("missing")));
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
