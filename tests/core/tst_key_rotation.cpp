// Key rotation on real vaults (real SQLCipher rekey, real OpenSSL): each of the three keys
// replaced with the data still readable by exactly the people who could read it before, the
// old keys gone or retired, the recovery code still working; an interrupted master-key rotation
// recovered from either side of the rekey; a vault made before key rotation asking for its
// recovery code once; clerks refused; a cancelled card-data rotation changing nothing.
#include "access/Disclosure.h"
#include "audit/AuditCheckpoints.h"
#include "crypto/Crypto.h"
#include "documents/Signing.h"
#include "orders/OrderService.h"
#include "storage/OrderRepository.h"
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"
#include "vault/Backup.h"
#include "vault/KeyRotation.h"
#include "vault/PanReseal.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace custos;

namespace {

const QString kManagerUser = u"maya"_s;
const QString kManagerPassword = u"velvet-Compass-harbour-42"_s;
const QString kClerkUser = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;
const QStringList kPans{u"4242424242424242"_s, u"5555555555554444"_s, u"4000056655665556"_s};

qint64 scalar(Session& session, const QString& sql)
{
    auto st = session.database().prepare(sql);
    if (!st || !st->step())
        return -1;
    return st->int64(0);
}

// A vault with an owner, a screened manager holding a card-data grant, a clerk, and three
// received orders whose card numbers are still sealed.
struct Shop
{
    QTemporaryDir dir;
    const Clock* clock = nullptr;
    QString vaultDir;
    QString recoveryCode;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> owner;
    qint64 managerId = 0;
    QList<qint64> orderIds;
    QStringList orderNumbers;

    bool setUp(const Clock& c)
    {
        clock = &c;
        vaultDir = dir.path() + u"/vault"_s;
        auto v = test::createVault(vaultDir, c, test::sampleBusiness(), &recoveryCode);
        if (!v) {
            qWarning("%s", qPrintable(v.errorMessage()));
            return false;
        }
        vault = std::move(v.value());
        auto s = test::signIn(*vault, test::kOwnerUser, test::kOwnerPassword);
        if (!s)
            return false;
        owner = std::move(s.value());
        const QDate today = c.nowUtc().date();
        auto manager =
            test::addEmployee(*vault, *owner, kManagerUser, u"Maya Manager"_s, Role::Manager, kManagerPassword);
        auto clerk = test::addEmployee(*vault, *owner, kClerkUser, u"Carl Clerk"_s, Role::Clerk, kClerkPassword);
        if (!manager || !clerk) {
            qWarning("%s", qPrintable(!manager ? manager.errorMessage() : clerk.errorMessage()));
            return false;
        }
        managerId = manager.value();
        if (auto r = test::recordClearedCheck(*vault, *owner, managerId, today); !r) {
            qWarning("%s", qPrintable(r.errorMessage()));
            return false;
        }
        if (auto r = test::grantCardAccess(*owner, managerId, today); !r) {
            qWarning("%s", qPrintable(r.errorMessage()));
            return false;
        }
        auto customer = test::addCustomer(*owner);
        if (!customer)
            return false;
        for (const QString& pan : kPans) {
            auto number = test::addOrder(*owner, customer.value(), pan);
            if (!number) {
                qWarning("%s", qPrintable(number.errorMessage()));
                return false;
            }
            orderNumbers << number.value();
        }
        auto st = owner->database().prepare(u"SELECT order_id FROM order_cards ORDER BY order_id"_s);
        while (st && st->step().value())
            orderIds << st->int64(0);
        return orderIds.size() == kPans.size();
    }

    // The card numbers as the manager reveals them (screening-gated, through their grant).
    QStringList revealedByManager()
    {
        auto manager = test::signIn(*vault, kManagerUser, kManagerPassword);
        if (!manager) {
            qWarning("%s", qPrintable(manager.errorMessage()));
            return {};
        }
        QStringList out;
        for (qint64 id : std::as_const(orderIds)) {
            auto pan = access::Disclosure(*manager.value()).revealPan(id, u"Chargeback from the bank"_s);
            out << (pan ? QString::fromUtf8(pan->constChar(), qsizetype(pan->size()))
                        : u"(refused: %1)"_s.arg(pan.errorMessage()));
        }
        return out;
    }

    bool chainIntact(Session& session)
    {
        auto v = AuditVerifier(session.database(), session.vaultId()).verify();
        if (!v || !v->intact) {
            qWarning("%s", v ? qPrintable(v->problem) : qPrintable(v.errorMessage()));
            return false;
        }
        return true;
    }

    void reopen()
    {
        owner.reset();
        vault.reset();
        auto v = Vault::open(vaultDir, *clock);
        QVERIFY2(v, qPrintable(v.errorMessage()));
        vault = std::move(v.value());
    }
};

} // namespace

class TestKeyRotation : public QObject
{
    Q_OBJECT

private slots:
    void newVaultNeedsNoRecoveryCode();
    void cardDataKeyRotation();
    void cancelledCardRotationChangesNothing();
    void resealAcrossBatchesAndThreads();
    void tamperedSealStopsTheCardRotation();
    void signingKeyRotationKeepsOldSignaturesValid();
    void masterKeyRotation();
    void masterKeyRotationWithAReaderOpen();
    void interruptedBeforeRekeyIsAbandoned();
    void interruptedAfterRekeyIsFinished();
    void legacyVaultAsksForRecoveryCodeOnce();
    void clerkAndManagerRefused();
    void statusShowsCryptoperiod();
    void formatOneKeyringStillOpens();

private:
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
};

void TestKeyRotation::newVaultNeedsNoRecoveryCode()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    auto needs = shop.vault->recoveryNeedsCode(*shop.owner);
    QVERIFY2(needs, qPrintable(needs.errorMessage()));
    QVERIFY(!needs.value());
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM recovery_grants"_s), 2);
}

void TestKeyRotation::cardDataKeyRotation()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    QCOMPARE(shop.revealedByManager(), kPans);
    const qint64 oldKey =
        scalar(*shop.owner, u"SELECT id FROM vault_keys WHERE kind = 'card_data' AND retired_at IS NULL"_s);
    QList<QByteArray> oldSeals;
    {
        auto st = shop.owner->database().prepare(u"SELECT sealed_pan FROM order_cards ORDER BY order_id"_s);
        while (st && st->step().value())
            oldSeals << st->blob(0);
    }

    qint64 lastDone = -1;
    auto rotated = shop.vault->rotateKey(*shop.owner, VaultKeyKind::CardData, {}, [&](qint64 done, qint64 total) {
        lastDone = done;
        return total == kPans.size();
    });
    QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
    QCOMPARE(rotated->cardsResealed, 3);
    QCOMPARE(rotated->grantsReissued, 2); // the owner's custody and the manager's grant
    QCOMPARE(lastDone, 3);
    QVERIFY(rotated->oldFingerprint != rotated->newFingerprint);

    // The old key is retired and held by nobody (no grant, no recovery copy); every seal moved.
    const qint64 newKey =
        scalar(*shop.owner, u"SELECT id FROM vault_keys WHERE kind = 'card_data' AND retired_at IS NULL"_s);
    QVERIFY(newKey != oldKey);
    QCOMPARE(
        scalar(*shop.owner, u"SELECT count(*) FROM vault_keys WHERE id = %1 AND retired_at IS NOT NULL"_s.arg(oldKey)),
        1);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM key_grants WHERE vault_key_id = %1"_s.arg(oldKey)), 0);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM recovery_grants WHERE vault_key_id = %1"_s.arg(oldKey)), 0);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM recovery_grants WHERE vault_key_id = %1"_s.arg(newKey)), 1);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM order_cards WHERE vault_key_id = %1"_s.arg(newKey)), 3);
    {
        auto st = shop.owner->database().prepare(u"SELECT sealed_pan FROM order_cards ORDER BY order_id"_s);
        int i = 0;
        while (st && st->step().value())
            QVERIFY(st->blob(0) != oldSeals.value(i++));
    }
    // The manager's grant kept its expiry and reason.
    QCOMPARE(
        scalar(
            *shop.owner,
            u"SELECT count(*) FROM key_grants WHERE vault_key_id = %1 AND employee_id = %2 AND expires_at IS NOT NULL"_s
                .arg(newKey)
                .arg(shop.managerId)),
        1);

    // Same digits for the same people, a new order seals to the new key, the chain verifies.
    QCOMPARE(shop.revealedByManager(), kPans);
    auto customer = scalar(*shop.owner, u"SELECT min(id) FROM customers"_s);
    auto another = test::addOrder(*shop.owner, customer, u"4111111111111111"_s);
    QVERIFY2(another, qPrintable(another.errorMessage()));
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM order_cards WHERE vault_key_id = %1"_s.arg(newKey)), 4);
    QCOMPARE(scalar(*shop.owner,
                    u"SELECT count(*) FROM audit_events WHERE action = 'key.rotated' AND target = 'card_data'"_s),
             1);
    QVERIFY(shop.chainIntact(*shop.owner));

    // The recovery code still gives the owner the (new) card-data key.
    shop.reopen();
    auto recovered = shop.vault->recover(shop.recoveryCode, test::kOwnerUser,
                                         crypto::SecureBytes::fromUtf8(u"quartz-Meadow-lantern-93"_s));
    QVERIFY2(recovered, qPrintable(recovered.errorMessage()));
    auto key = recovered.value()->unsealGrantedKey(u"card_data"_s);
    QVERIFY(key && key->has_value());
    QCOMPARE((*key)->vaultKeyId, newKey);
}

void TestKeyRotation::cancelledCardRotationChangesNothing()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    const qint64 keysBefore = scalar(*shop.owner, u"SELECT count(*) FROM vault_keys"_s);
    auto rotated =
        shop.vault->rotateKey(*shop.owner, VaultKeyKind::CardData, {}, [](qint64 done, qint64) { return done < 1; });
    QVERIFY(!rotated);
    QCOMPARE(rotated.errorCode(), Errc::Cancelled);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM vault_keys"_s), keysBefore);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM vault_keys WHERE retired_at IS NOT NULL"_s), 0);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM audit_events WHERE action = 'key.rotation_failed'"_s), 1);
    QCOMPARE(shop.revealedByManager(), kPans);
}

// The re-sealing itself, with small batches and three threads over 40 card numbers: every
// number opens with the new key to the same digits, bound to its own order; progress climbs a
// batch at a time.
void TestKeyRotation::resealAcrossBatchesAndThreads()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    const qint64 customer = scalar(*shop.owner, u"SELECT min(id) FROM customers"_s);
    for (int i = 0; i < 37; ++i)
        QVERIFY(test::addOrder(*shop.owner, customer, kPans.at(i % kPans.size())));
    QMap<qint64, QString> digits; // order id -> PAN, as sealed before
    auto held = shop.owner->unsealGrantedKey(u"card_data"_s);
    QVERIFY(held && held->has_value());
    const QString vaultId = shop.owner->vaultId();
    {
        auto st = shop.owner->database().prepare(u"SELECT order_id, sealed_pan FROM order_cards"_s);
        while (st && st->step().value()) {
            auto pan = crypto::openSealed((*held)->privateKey, st->blob(1),
                                          OrderService::panAssociatedData(vaultId, st->int64(0)));
            QVERIFY(pan);
            digits.insert(st->int64(0), QString::fromUtf8(pan->constChar(), qsizetype(pan->size())));
        }
    }
    QCOMPARE(digits.size(), 40);

    auto next = crypto::generateX25519();
    QVERIFY(next);
    detail::PanReseal job;
    job.vaultId = vaultId;
    job.oldPrivateKey = &(*held)->privateKey;
    job.newPublicKey = next->publicKey;
    job.newKeyId = 999;
    job.batchSize = 7;
    job.threads = 3;
    QList<qint64> reported;
    // Key 999 is not in vault_keys (this test calls the re-sealing alone); the pragma is a no-op
    // inside a transaction, so it comes first.
    QVERIFY(shop.owner->database().exec(u"PRAGMA foreign_keys = OFF"_s));
    auto tx = storage::Transaction::begin(shop.owner->database());
    QVERIFY(tx);
    auto resealed = detail::resealAllPans(shop.owner->database(), job, [&](qint64 done, qint64 total) {
        reported << done;
        return total == 40;
    });
    QVERIFY2(resealed, qPrintable(resealed.errorMessage()));
    QCOMPARE(resealed.value(), 40);
    QCOMPARE(reported, (QList<qint64>{0, 7, 14, 21, 28, 35, 40}));

    auto st = shop.owner->database().prepare(u"SELECT order_id, vault_key_id, sealed_pan FROM order_cards"_s);
    int checked = 0;
    while (st && st->step().value()) {
        const qint64 orderId = st->int64(0);
        QCOMPARE(st->int64(1), 999);
        QVERIFY(
            !crypto::openSealed((*held)->privateKey, st->blob(2), OrderService::panAssociatedData(vaultId, orderId)));
        auto pan = crypto::openSealed(next->privateKey, st->blob(2), OrderService::panAssociatedData(vaultId, orderId));
        QVERIFY(pan);
        QCOMPARE(QString::fromUtf8(pan->constChar(), qsizetype(pan->size())), digits.value(orderId));
        // Bound to its own order: the seal does not open as another order's.
        QVERIFY(
            !crypto::openSealed(next->privateKey, st->blob(2), OrderService::panAssociatedData(vaultId, orderId + 1)));
        ++checked;
    }
    QCOMPARE(checked, 40);
    tx->rollback();
}

// A card number that does not open (a flipped byte in the database) stops the rotation with
// the order's id; nothing changes, the old key stays in use.
void TestKeyRotation::tamperedSealStopsTheCardRotation()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    const qint64 victim = shop.orderIds.at(1);
    {
        auto read = shop.owner->database().prepare(u"SELECT sealed_pan FROM order_cards WHERE order_id = ?"_s);
        QVERIFY(read);
        read->bind(1, victim);
        QVERIFY(read->step().value());
        QByteArray sealed = read->blob(0);
        sealed[40] = char(sealed.at(40) ^ 0x01);
        auto write = shop.owner->database().prepare(u"UPDATE order_cards SET sealed_pan = ? WHERE order_id = ?"_s);
        QVERIFY(write);
        write->bind(1, sealed).bind(2, victim);
        QVERIFY(write->exec());
    }
    const qint64 oldKey =
        scalar(*shop.owner, u"SELECT id FROM vault_keys WHERE kind = 'card_data' AND retired_at IS NULL"_s);
    auto rotated = shop.vault->rotateKey(*shop.owner, VaultKeyKind::CardData);
    QVERIFY(!rotated);
    QCOMPARE(rotated.errorCode(), Errc::Corrupt);
    QVERIFY2(rotated.errorMessage().contains(u"(id %1)"_s.arg(victim)), qPrintable(rotated.errorMessage()));
    QCOMPARE(scalar(*shop.owner, u"SELECT id FROM vault_keys WHERE kind = 'card_data' AND retired_at IS NULL"_s),
             oldKey);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM order_cards WHERE vault_key_id = %1"_s.arg(oldKey)), 3);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM audit_events WHERE action = 'key.rotation_failed'"_s), 1);
    QVERIFY(shop.chainIntact(*shop.owner));
}

void TestKeyRotation::signingKeyRotationKeepsOldSignaturesValid()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    const QByteArray document = "Order confirmation 2026-000001";
    documents::SigningKeyInfo oldKey;
    auto oldSignature = documents::signData(*shop.owner, document, &oldKey);
    QVERIFY2(oldSignature, qPrintable(oldSignature.errorMessage()));
    auto checkpoint = appendCheckpoint(*shop.owner);
    QVERIFY2(checkpoint, qPrintable(checkpoint.errorMessage()));

    auto rotated = shop.vault->rotateKey(*shop.owner, VaultKeyKind::Signing);
    QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
    QCOMPARE(rotated->oldFingerprint, oldKey.fingerprint);
    QCOMPARE(rotated->grantsReissued, 1);

    documents::SigningKeyInfo newKey;
    auto newSignature = documents::signData(*shop.owner, document, &newKey);
    QVERIFY2(newSignature, qPrintable(newSignature.errorMessage()));
    QCOMPARE(newKey.fingerprint, rotated->newFingerprint);
    QVERIFY(newKey.fingerprint != oldKey.fingerprint);

    auto keys = documents::signingKeys(shop.owner->database());
    QVERIFY(keys);
    QCOMPARE(keys->size(), 2);
    QList<QByteArray> publicKeys;
    for (const auto& k : keys.value())
        publicKeys << k.publicKey;
    QVERIFY(documents::verifyDetached(document, oldSignature.value(), publicKeys).valid);
    QVERIFY(documents::verifyDetached(document, newSignature.value(), publicKeys).valid);
    QVERIFY(!documents::verifyDetached(document, oldSignature.value(), {newKey.publicKey}).valid);

    // Checkpoints signed with the old key still verify; new ones use the new key.
    auto later = appendCheckpoint(*shop.owner);
    QVERIFY2(later, qPrintable(later.errorMessage()));
    QVERIFY(shop.chainIntact(*shop.owner));
    QCOMPARE(scalar(*shop.owner, u"SELECT count(DISTINCT vault_key_id) FROM audit_checkpoints"_s), 2);
}

void TestKeyRotation::masterKeyRotation()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    const crypto::SecureBytes oldMaster = shop.owner->masterKey();
    auto rotated = shop.vault->rotateKey(*shop.owner, VaultKeyKind::Master);
    QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
    QCOMPARE(rotated->slotsRewrapped, 4); // owner, manager, clerk, recovery
    QVERIFY(shop.owner->masterKey() != oldMaster);

    // The session keeps working on the re-keyed file; the old key opens nothing.
    auto customer = test::addCustomer(*shop.owner, test::sampleCustomer(u"Ada Lovelace"_s, u"+44 20 7946 0019"_s));
    QVERIFY2(customer, qPrintable(customer.errorMessage()));
    {
        auto old = storage::Database::open(shop.vaultDir + u"/custos.db"_s, oldMaster);
        QVERIFY(!old);
        QCOMPARE(old.errorCode(), Errc::WrongSecret);
    }
    QVERIFY(shop.chainIntact(*shop.owner));

    // Everyone signs in with their own password; signing in rewraps the slot with the new key.
    shop.reopen();
    auto keyring = Keyring::load(shop.vaultDir + u"/keyring.json"_s);
    QVERIFY(keyring);
    QVERIFY(!keyring->employeeSlot(kClerkUser)->sealedMasterKey.isEmpty());
    QVERIFY(keyring->employeeSlot(kClerkUser)->pendingMasterKey.isEmpty());
    {
        auto clerk = test::signIn(*shop.vault, kClerkUser, kClerkPassword);
        QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    }
    keyring = Keyring::load(shop.vaultDir + u"/keyring.json"_s);
    QVERIFY(keyring->employeeSlot(kClerkUser)->sealedMasterKey.isEmpty());
    {
        auto clerk = test::signIn(*shop.vault, kClerkUser, kClerkPassword);
        QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    }
    QCOMPARE(shop.revealedByManager(), kPans);

    // A backup made now restores and opens; the recovery code still opens the vault.
    {
        auto owner = test::signIn(*shop.vault, test::kOwnerUser, test::kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        QCOMPARE(scalar(*owner.value(),
                        u"SELECT count(*) FROM audit_events WHERE action = 'key.rotated' AND target = 'master'"_s),
                 1);
        const QString backups = shop.dir.path() + u"/backups"_s;
        auto made = backup::createBackup(*owner.value(), shop.vaultDir, backups, 3);
        QVERIFY2(made, qPrintable(made.errorMessage()));
        auto file = backup::BackupFile::open(made->path);
        QVERIFY(file);
        auto preview =
            file.value()->unlockWithPassword(test::kOwnerUser, crypto::SecureBytes::fromUtf8(test::kOwnerPassword));
        QVERIFY2(preview, qPrintable(preview.errorMessage()));
        auto restored = file.value()->restoreTo(shop.dir.path() + u"/restored"_s);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
    }
    auto recovered = shop.vault->recover(shop.recoveryCode, test::kOwnerUser,
                                         crypto::SecureBytes::fromUtf8(u"quartz-Meadow-lantern-93"_s));
    QVERIFY2(recovered, qPrintable(recovered.errorMessage()));
    recovered->reset();
    auto restoredVault = Vault::open(shop.dir.path() + u"/restored"_s, m_clock);
    QVERIFY2(restoredVault, qPrintable(restoredVault.errorMessage()));
    auto restoredClerk = test::signIn(*restoredVault.value(), kClerkUser, kClerkPassword);
    QVERIFY2(restoredClerk, qPrintable(restoredClerk.errorMessage()));
}

void TestKeyRotation::masterKeyRotationWithAReaderOpen()
{
    // Another connection inside a read transaction (a backup's snapshot, a check reading the whole
    // file) keeps the journal from being emptied after the rekey. Once the rekey has committed the
    // file is under the new key whatever happens next: the rotation must keep that key, not go
    // back to a keyring whose key no longer opens the file.
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    const crypto::SecureBytes oldMaster = shop.owner->masterKey();
    auto reader = storage::Database::open(shop.vaultDir + u"/custos.db"_s, oldMaster);
    QVERIFY2(reader, qPrintable(reader.errorMessage()));
    QVERIFY(reader->exec(u"BEGIN;"_s));
    {
        auto st = reader->prepare(u"SELECT count(*) FROM orders"_s);
        QVERIFY(st);
        QVERIFY(st->step());
        QCOMPARE(st->int64(0), qint64(kPans.size()));
    }
    auto rotated = shop.vault->rotateKey(*shop.owner, VaultKeyKind::Master);
    QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
    QVERIFY(shop.owner->masterKey() != oldMaster);
    auto customer = test::addCustomer(*shop.owner, test::sampleCustomer(u"Ada Lovelace"_s, u"+44 20 7946 0019"_s));
    QVERIFY2(customer, qPrintable(customer.errorMessage()));
    QVERIFY(reader->exec(u"COMMIT;"_s));
    reader->close();

    shop.reopen();
    for (const auto& [user, password] :
         {std::pair{test::kOwnerUser, test::kOwnerPassword}, std::pair{kManagerUser, kManagerPassword},
          std::pair{kClerkUser, kClerkPassword}}) {
        auto session = test::signIn(*shop.vault, user, password);
        QVERIFY2(session, qPrintable(user + u": "_s + session.errorMessage()));
        QVERIFY(session.value()->database().integrityCheck());
        QCOMPARE(scalar(*session.value(), u"SELECT count(*) FROM customers WHERE name = 'Ada Lovelace'"_s), 1);
    }
    QCOMPARE(shop.revealedByManager(), kPans);
    QVERIFY(!storage::Database::open(shop.vaultDir + u"/custos.db"_s, oldMaster));
}

void TestKeyRotation::interruptedBeforeRekeyIsAbandoned()
{
    // The keyring holds a pending key but the database was never re-keyed (a crash between the
    // two steps): sign-in opens with the current key and drops the pending one everywhere.
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    QHash<QString, QByteArray> publicKeys;
    {
        auto st = shop.owner->database().prepare(u"SELECT slot_id, identity_public_key FROM employees"_s);
        while (st && st->step().value())
            publicKeys.insert(st->text(0), st->blob(1));
    }
    shop.reopen();
    const QString path = shop.vaultDir + u"/keyring.json"_s;
    auto keyring = Keyring::load(path);
    QVERIFY(keyring);
    auto next = crypto::randomBytes(32);
    for (KeySlot& slot : keyring->keySlots) {
        if (slot.kind != KeySlot::Kind::Employee)
            continue;
        auto sealed = Keyring::sealMasterKey(keyring->vaultId, slot, publicKeys.value(slot.id), next.value());
        QVERIFY(sealed);
        slot.pendingMasterKey = sealed.value();
    }
    QVERIFY(keyring->save(path));
    shop.reopen();
    auto owner = test::signIn(*shop.vault, test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(owner, qPrintable(owner.errorMessage()));
    keyring = Keyring::load(path);
    for (const KeySlot& slot : keyring->keySlots)
        QVERIFY(slot.pendingMasterKey.isEmpty());
    QVERIFY(owner.value()->database().integrityCheck());
    QCOMPARE(scalar(*owner.value(), u"SELECT count(*) FROM audit_events WHERE action = 'key.rotated'"_s), 0);
}

void TestKeyRotation::interruptedAfterRekeyIsFinished()
{
    // The database was re-keyed but the keyring still says "pending" (a crash after the rekey
    // committed): whoever signs in first finishes the rotation for everyone.
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    QHash<QString, QByteArray> publicKeys;
    {
        auto st = shop.owner->database().prepare(u"SELECT slot_id, identity_public_key FROM employees"_s);
        while (st && st->step().value())
            publicKeys.insert(st->text(0), st->blob(1));
    }
    auto recoveryPublic = storage::SettingsRepository(shop.owner->database()).value(u"recovery.public_key"_s);
    QVERIFY(recoveryPublic);
    const crypto::SecureBytes oldMaster = shop.owner->masterKey();
    shop.reopen();
    const QString path = shop.vaultDir + u"/keyring.json"_s;
    auto keyring = Keyring::load(path);
    QVERIFY(keyring);
    auto next = crypto::randomBytes(32);
    for (KeySlot& slot : keyring->keySlots) {
        const QByteArray pub = slot.kind == KeySlot::Kind::Recovery ? QByteArray::fromBase64(recoveryPublic->toLatin1())
                                                                    : publicKeys.value(slot.id);
        auto sealed = Keyring::sealMasterKey(keyring->vaultId, slot, pub, next.value());
        QVERIFY(sealed);
        slot.pendingMasterKey = sealed.value();
    }
    QVERIFY(keyring->save(path));
    {
        auto db = storage::Database::open(shop.vaultDir + u"/custos.db"_s, oldMaster);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QVERIFY(db->rekey(next.value()));
    }
    shop.reopen();
    auto clerk = test::signIn(*shop.vault, kClerkUser, kClerkPassword);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
    QVERIFY(clerk.value()->masterKey() == next.value());
    keyring = Keyring::load(path);
    for (const KeySlot& slot : keyring->keySlots)
        QVERIFY(slot.pendingMasterKey.isEmpty());
    QCOMPARE(scalar(*clerk.value(),
                    u"SELECT count(*) FROM audit_events WHERE action = 'key.rotated' AND target = 'master'"_s),
             1);
    clerk->reset();
    // The others (and the recovery code) follow the finished rotation.
    QCOMPARE(shop.revealedByManager(), kPans);
    auto recovered = shop.vault->recover(shop.recoveryCode, test::kOwnerUser,
                                         crypto::SecureBytes::fromUtf8(u"quartz-Meadow-lantern-93"_s));
    QVERIFY2(recovered, qPrintable(recovered.errorMessage()));
    QVERIFY(shop.chainIntact(*recovered.value()));
}

void TestKeyRotation::legacyVaultAsksForRecoveryCodeOnce()
{
    // A vault made before key rotation: the recovery slot holds the vault keys itself and the
    // database has no recovery public key or copies.
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    {
        auto card = shop.owner->unsealGrantedKey(u"card_data"_s);
        auto signing = shop.owner->unsealGrantedKey(u"signing"_s);
        QVERIFY(card && card->has_value() && signing && signing->has_value());
        auto slot = Keyring::wrap(shop.owner->vaultId(), KeySlot::Kind::Recovery, QString(),
                                  recovery::normalize(shop.recoveryCode),
                                  SlotSecrets{shop.owner->masterKey(), {}, (*card)->privateKey, (*signing)->privateKey},
                                  {}, Keyring::load(shop.vaultDir + u"/keyring.json"_s)->recoverySlot()->id);
        QVERIFY(slot);
        QVERIFY(shop.owner->database().exec(u"DELETE FROM recovery_grants"_s));
        QVERIFY(shop.owner->database().exec(u"DELETE FROM settings WHERE key = 'recovery.public_key'"_s));
        shop.owner.reset();
        shop.vault.reset();
        auto keyring = Keyring::load(shop.vaultDir + u"/keyring.json"_s);
        *keyring->recoverySlot() = slot.value();
        QVERIFY(keyring->save(shop.vaultDir + u"/keyring.json"_s));
        shop.reopen();
        auto owner = test::signIn(*shop.vault, test::kOwnerUser, test::kOwnerPassword);
        QVERIFY(owner);
        shop.owner = std::move(owner.value());
    }
    auto needs = shop.vault->recoveryNeedsCode(*shop.owner);
    QVERIFY(needs && needs.value());

    auto without = shop.vault->rotateKey(*shop.owner, VaultKeyKind::CardData);
    QVERIFY(!without);
    QCOMPARE(without.errorCode(), Errc::Invalid);
    QVERIFY(without.errorMessage().contains(u"recovery code"_s));
    auto wrong = shop.vault->rotateKey(*shop.owner, VaultKeyKind::CardData, u"AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"_s);
    QVERIFY(!wrong);
    QCOMPARE(wrong.errorCode(), Errc::WrongSecret);

    auto rotated = shop.vault->rotateKey(*shop.owner, VaultKeyKind::CardData, shop.recoveryCode);
    QVERIFY2(rotated, qPrintable(rotated.errorMessage()));
    needs = shop.vault->recoveryNeedsCode(*shop.owner);
    QVERIFY(needs && !needs.value());
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM audit_events WHERE action = 'recovery.updated'"_s), 1);
    // No code needed any more, for any key.
    auto master = shop.vault->rotateKey(*shop.owner, VaultKeyKind::Master);
    QVERIFY2(master, qPrintable(master.errorMessage()));

    shop.reopen();
    auto recovered = shop.vault->recover(shop.recoveryCode, test::kOwnerUser,
                                         crypto::SecureBytes::fromUtf8(u"quartz-Meadow-lantern-93"_s));
    QVERIFY2(recovered, qPrintable(recovered.errorMessage()));
    auto key = recovered.value()->unsealGrantedKey(u"card_data"_s);
    QVERIFY(key && key->has_value());
    auto pan = access::Disclosure(*recovered.value()).revealPan(shop.orderIds.first(), u"Chargeback from the bank"_s);
    // The owner is not screened, so revealing is refused; the key itself must open the seal.
    auto sealed = storage::OrderRepository(recovered.value()->database()).sealedPan(shop.orderIds.first());
    QVERIFY(sealed && sealed->has_value());
    auto opened =
        crypto::openSealed((*key)->privateKey, (*sealed)->sealed,
                           OrderService::panAssociatedData(recovered.value()->vaultId(), shop.orderIds.first()));
    QVERIFY(opened);
    QCOMPARE(QString::fromUtf8(opened->constChar(), qsizetype(opened->size())), kPans.first());
    Q_UNUSED(pan);
}

void TestKeyRotation::clerkAndManagerRefused()
{
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    for (const auto& [user, password] :
         {std::pair{kClerkUser, kClerkPassword}, std::pair{kManagerUser, kManagerPassword}}) {
        auto session = test::signIn(*shop.vault, user, password);
        QVERIFY(session);
        for (VaultKeyKind kind : {VaultKeyKind::Master, VaultKeyKind::CardData, VaultKeyKind::Signing}) {
            auto r = shop.vault->rotateKey(*session.value(), kind);
            QVERIFY(!r);
            QCOMPARE(r.errorCode(), Errc::Denied);
        }
    }
    QCOMPARE(
        scalar(*shop.owner, u"SELECT count(*) FROM audit_events WHERE action = 'key.rotated' AND outcome = 'denied'"_s),
        6);
    QCOMPARE(scalar(*shop.owner, u"SELECT count(*) FROM vault_keys WHERE retired_at IS NOT NULL"_s), 0);
}

void TestKeyRotation::statusShowsCryptoperiod()
{
    ManualClock clock{m_clock.nowUtc()};
    Shop shop;
    QVERIFY(shop.setUp(clock));
    auto status = vaultKeyStatus(*shop.owner);
    QVERIFY2(status, qPrintable(status.errorMessage()));
    QCOMPARE(status->size(), 3);
    for (const VaultKeyStatus& k : status.value()) {
        QCOMPARE(k.since.date(), QDate(2026, 11, 2));
        QCOMPARE(k.due.date(), QDate(2027, 11, 2));
        QCOMPARE(k.retiredKeys, 0);
        QCOMPARE(k.fingerprint.isEmpty(), k.kind == VaultKeyKind::Master);
    }
    clock.advanceSecs(60LL * 24 * 3600);
    QVERIFY(shop.vault->rotateKey(*shop.owner, VaultKeyKind::Signing));
    QVERIFY(shop.vault->rotateKey(*shop.owner, VaultKeyKind::Master));
    status = vaultKeyStatus(*shop.owner);
    QVERIFY(status);
    QCOMPARE(status->at(0).retiredKeys, 1);
    QCOMPARE(status->at(0).since, clock.nowUtc());
    QCOMPARE(status->at(2).retiredKeys, 1);
    QCOMPARE(status->at(1).retiredKeys, 0);
}

void TestKeyRotation::formatOneKeyringStillOpens()
{
    // Vaults and backups made before key rotation have a format-1 keyring.
    Shop shop;
    QVERIFY(shop.setUp(m_clock));
    shop.owner.reset();
    shop.vault.reset();
    QFile file(shop.vaultDir + u"/keyring.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    QVERIFY(bytes.contains("\"version\": 2"));
    bytes.replace("\"version\": 2", "\"version\": 1");
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
    file.close();
    shop.reopen();
    auto clerk = test::signIn(*shop.vault, kClerkUser, kClerkPassword);
    QVERIFY2(clerk, qPrintable(clerk.errorMessage()));
}

QTEST_GUILESS_MAIN(TestKeyRotation)
#include "tst_key_rotation.moc"
