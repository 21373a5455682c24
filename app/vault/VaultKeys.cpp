// Key rotation (PCI DSS 3.6-3.7): Vault::rotateKey and the recovery slot's own X25519 key.
// See Vault.h ("key rotation") and docs/architecture.md "Key rotation" for the design.
#include "access/Access.h"
#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/KeyRotation.h"
#include "vault/PanReseal.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"
#include "vault/VaultInternal.h"

#include <QElapsedTimer>

namespace custos {

using namespace detail;

QString vaultKeyKindToStorage(VaultKeyKind kind)
{
    switch (kind) {
    case VaultKeyKind::Master:
        return QStringLiteral("master");
    case VaultKeyKind::CardData:
        return kCardDataKey;
    case VaultKeyKind::Signing:
        return kSigningKey;
    }
    return QString();
}

std::optional<VaultKeyKind> vaultKeyKindFromStorage(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("master"))
        return VaultKeyKind::Master;
    if (t == QLatin1String("card_data") || t == QLatin1String("card-data"))
        return VaultKeyKind::CardData;
    if (t == QLatin1String("signing"))
        return VaultKeyKind::Signing;
    return std::nullopt;
}

QString vaultKeyKindDisplayName(VaultKeyKind kind)
{
    switch (kind) {
    case VaultKeyKind::Master:
        return QCoreApplication::translate("KeyRotation", "Vault key (encrypts the whole vault)");
    case VaultKeyKind::CardData:
        return QCoreApplication::translate("KeyRotation", "Card-data key (seals card numbers)");
    case VaultKeyKind::Signing:
        return QCoreApplication::translate("KeyRotation", "Signing key (signs documents and the audit log)");
    }
    return QString();
}

namespace detail {

Result<QByteArray> recoveryPublicKey(storage::Database& db)
{
    auto stored = storage::SettingsRepository(db).value(kRecoveryPublicKeySetting);
    if (!stored)
        return stored.error();
    return QByteArray::fromBase64(stored->toLatin1());
}

Result<void> putRecoveryCopy(storage::Database& db, const QString& vaultId, const QByteArray& recoveryPublic,
                             qint64 vaultKeyId, const crypto::SecureBytes& privateKey, const QDateTime& at)
{
    auto sealed = crypto::sealTo(recoveryPublic, privateKey,
                                 storage::KeyRepository::recoveryGrantAssociatedData(vaultId, vaultKeyId));
    if (!sealed)
        return sealed.error();
    return storage::KeyRepository(db).putRecoveryGrant(vaultKeyId, sealed.value(), at);
}

Result<std::optional<crypto::SecureBytes>> recoveryPrivateKey(storage::Database& db, const QString& vaultId,
                                                              const SlotSecrets& recovery,
                                                              const storage::KeyRepository::VaultKey& key)
{
    storage::KeyRepository keys(db);
    auto sealed = keys.recoveryGrant(key.id);
    if (!sealed)
        return sealed.error();
    if (sealed->has_value() && !recovery.identityPrivateKey.isEmpty()) {
        auto opened = crypto::openSealed(recovery.identityPrivateKey, **sealed,
                                         storage::KeyRepository::recoveryGrantAssociatedData(vaultId, key.id));
        if (!opened)
            return Error{QCoreApplication::translate("Vault", "The recovery copy of the %1 key does not open; the "
                                                              "vault may have been tampered with.")
                             .arg(key.kind),
                         Errc::Corrupt};
        return std::optional<crypto::SecureBytes>{std::move(opened.value())};
    }
    // A recovery slot from before key rotation holds the keys made with the vault; they count
    // only while they are still the current ones.
    const crypto::SecureBytes& legacy =
        key.kind == kCardDataKey ? recovery.cardDataPrivateKey : recovery.signingPrivateKey;
    if (legacy.isEmpty())
        return std::optional<crypto::SecureBytes>{};
    auto derived =
        key.kind == kCardDataKey ? crypto::x25519PublicFromPrivate(legacy) : crypto::ed25519PublicFromPrivate(legacy);
    if (!derived || derived.value() != key.publicKey)
        return std::optional<crypto::SecureBytes>{};
    return std::optional<crypto::SecureBytes>{legacy};
}

} // namespace detail

Result<QList<VaultKeyStatus>> vaultKeyStatus(Session& session)
{
    storage::Database& db = session.database();
    storage::SettingsRepository settings(db);
    storage::KeyRepository keys(db);
    QList<VaultKeyStatus> out;

    auto created = settings.value(QStringLiteral("vault.created_at"));
    if (!created)
        return created.error();
    auto rotated = settings.value(kMasterRotatedAtSetting, created.value());
    if (!rotated)
        return rotated.error();
    VaultKeyStatus master;
    master.kind = VaultKeyKind::Master;
    master.since = fromStorageTime(rotated.value());
    auto rotations = settings.value(kMasterRotationsSetting, QStringLiteral("0"));
    if (!rotations)
        return rotations.error();
    master.retiredKeys = rotations->toInt();
    master.due = master.since.addMonths(kKeyCryptoperiodMonths);
    out << master;

    for (VaultKeyKind kind : {VaultKeyKind::CardData, VaultKeyKind::Signing}) {
        auto all = keys.vaultKeys(vaultKeyKindToStorage(kind));
        if (!all)
            return all.error();
        if (all->isEmpty() || all->first().retiredAt.isValid())
            return Error{QCoreApplication::translate("KeyRotation", "The vault has no current %1.")
                             .arg(vaultKeyKindDisplayName(kind)),
                         Errc::Corrupt};
        VaultKeyStatus status;
        status.kind = kind;
        status.since = all->first().createdAt;
        status.due = status.since.addMonths(kKeyCryptoperiodMonths);
        status.fingerprint = crypto::fingerprint(all->first().publicKey);
        status.retiredKeys = static_cast<int>(all->size() - 1);
        out << status;
    }
    return out;
}

Result<bool> Vault::recoveryNeedsCode(Session& session) const
{
    auto stored = recoveryPublicKey(session.database());
    if (!stored)
        return stored.error();
    const KeySlot* slot = nullptr;
    for (const KeySlot& s : m_keyring.keySlots)
        if (s.kind == KeySlot::Kind::Recovery)
            slot = &s;
    if (!slot)
        return Error{tr("This vault has no recovery slot."), Errc::Corrupt};
    return stored->isEmpty() || slot->publicKey != stored.value();
}

Result<KeyRotationResult> Vault::rotateKey(Session& owner, VaultKeyKind kind, const QString& recoveryCode,
                                           const RotationProgress& progress)
{
    const QString target = vaultKeyKindToStorage(kind);
    // The master key's rekey runs on a worker thread while the GUI thread keeps its timers: for
    // the whole rotation, this thread alone may use the connection (others get Errc::Busy).
    const storage::Database::ThreadClaim claim = owner.database().claimForThisThread();
    CUSTOS_TRY(access::requirePermission(owner, access::Permission::RotateKeys, audit::kKeyRotated, target));

    Result<KeyRotationResult> result = [&]() -> Result<KeyRotationResult> {
        auto needsCode = recoveryNeedsCode(owner);
        if (!needsCode)
            return needsCode.error();
        if (needsCode.value())
            CUSTOS_TRY(upgradeRecoverySlot(owner, recoveryCode));
        if (kind == VaultKeyKind::Master)
            return rotateMasterKey(owner);
        return rotateAsymmetricKey(owner, kind, progress);
    }();
    if (!result && result.errorCode() != Errc::Denied) {
        // Nothing changed (each rotation is all-or-nothing); the attempt is still on record.
        const QString why = result.errorCode() == Errc::Cancelled
                                ? QStringLiteral("cancelled")
                                : QStringLiteral("error: %1").arg(result.errorMessage());
        (void)owner.recordEvent(audit::kKeyRotationFailed, target, audit::kFailure, why.left(300));
    }
    return result;
}

Result<void> Vault::upgradeRecoverySlot(Session& owner, const QString& recoveryCode)
{
    KeySlot* slot = m_keyring.recoverySlot();
    if (!slot)
        return Error{tr("This vault has no recovery slot."), Errc::Corrupt};
    const crypto::SecureBytes code = recovery::normalize(recoveryCode);
    if (code.isEmpty())
        return Error{tr("This vault's recovery sheet was made before keys could be replaced. Enter the recovery code "
                        "from the sheet once, so that it keeps opening the vault after the new keys are made."),
                     Errc::Invalid};
    CUSTOS_TRY(checkNotLocked(*slot));
    auto legacy = Keyring::unwrap(m_keyring.vaultId, *slot, code);
    if (!legacy) {
        if (legacy.errorCode() != Errc::WrongSecret)
            return legacy.error();
        noteFailure(*slot, owner.employee().username, QStringLiteral("wrong recovery code (key rotation)"));
        return Error{tr("That recovery code does not open this vault."), Errc::WrongSecret};
    }
    auto pair = crypto::generateX25519();
    if (!pair)
        return pair.error();

    // While the database does not yet hold the recovery copies, the slot keeps the keys it
    // had, so a crash in between leaves a recovery sheet that still works.
    const KeySlot previous = *slot;
    auto widened = Keyring::wrap(
        m_keyring.vaultId, KeySlot::Kind::Recovery, QString(), code,
        SlotSecrets{owner.masterKey(), pair->privateKey, legacy->cardDataPrivateKey, legacy->signingPrivateKey},
        previous.kdf, previous.id);
    if (!widened)
        return widened.error();
    widened->publicKey = pair->publicKey;

    storage::Database& db = owner.database();
    const QDateTime now = m_clock.nowUtc();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    CUSTOS_TRY(storage::SettingsRepository(db).setValue(kRecoveryPublicKeySetting,
                                                        QString::fromLatin1(pair->publicKey.toBase64())));
    storage::KeyRepository keys(db);
    QStringList copied;
    for (const QString& kind : {kCardDataKey, kSigningKey}) {
        auto key = keys.currentVaultKey(kind);
        if (!key)
            return key.error();
        if (!key->has_value())
            continue;
        // The owner's own grant first; the slot's legacy copy if the owner has none.
        std::optional<crypto::SecureBytes> privateKey;
        auto held = owner.unsealGrantedKey(kind);
        if (!held)
            return held.error();
        if (held->has_value())
            privateKey = std::move((*held)->privateKey);
        else {
            auto fromSlot = recoveryPrivateKey(db, m_keyring.vaultId, legacy.value(), **key);
            if (!fromSlot)
                return fromSlot.error();
            privateKey = std::move(fromSlot.value());
        }
        if (!privateKey)
            return Error{tr("Neither you nor the recovery sheet holds the current %1, so it cannot be replaced. Ask "
                            "the owner who holds it.")
                             .arg(kind == kCardDataKey ? tr("card-data key") : tr("signing key")),
                         Errc::Denied};
        CUSTOS_TRY(putRecoveryCopy(db, m_keyring.vaultId, pair->publicKey, (*key)->id, *privateKey, now));
        copied << kind;
    }
    CUSTOS_TRY(owner.appendAudit(
        audit::kRecoveryUpdated, QStringLiteral("recovery"), audit::kSuccess,
        QStringLiteral("recovery slot given its own key; copies: %1").arg(copied.join(QStringLiteral(", ")))));
    *slot = widened.value();
    if (auto r = saveKeyring(); !r) {
        *m_keyring.recoverySlot() = previous;
        return r.error();
    }
    if (auto r = tx->commit(); !r) {
        *m_keyring.recoverySlot() = previous;
        (void)saveKeyring();
        return r.error();
    }
    // Committed: the database holds the recovery copies, so the slot can drop the old keys.
    auto narrow = Keyring::wrap(m_keyring.vaultId, KeySlot::Kind::Recovery, QString(), code,
                                SlotSecrets{owner.masterKey(), pair->privateKey, {}, {}}, previous.kdf, previous.id);
    if (narrow) {
        narrow->publicKey = pair->publicKey;
        const KeySlot wide = *m_keyring.recoverySlot();
        *m_keyring.recoverySlot() = narrow.value();
        if (!saveKeyring())
            *m_keyring.recoverySlot() = wide; // harmless: the wide slot works too
    }
    return success();
}

Result<KeyRotationResult> Vault::rotateMasterKey(Session& owner)
{
    QElapsedTimer timer;
    timer.start();
    storage::Database& db = owner.database();
    storage::EmployeeRepository employees(db);
    auto recoveryPublic = recoveryPublicKey(db);
    if (!recoveryPublic)
        return recoveryPublic.error();
    auto next = crypto::randomBytes(crypto::kAeadKeySize);
    if (!next)
        return next.error();

    // 1. Every slot gets the next key as pending. A slot whose employee row is gone cannot
    //    sign in anyway (Vault::openSession refuses it): it is dropped rather than left with
    //    a key that no longer opens anything.
    const QList<KeySlot> previous = m_keyring.keySlots;
    QList<KeySlot> pending;
    for (KeySlot slot : previous) {
        QByteArray publicKey;
        if (slot.kind == KeySlot::Kind::Recovery) {
            publicKey = recoveryPublic.value();
        } else {
            auto employee = employees.bySlotId(slot.id);
            if (!employee)
                return employee.error();
            if (!employee->has_value() || !(*employee)->active)
                continue;
            publicKey = (*employee)->identityPublicKey;
        }
        auto sealed = Keyring::sealMasterKey(m_keyring.vaultId, slot, publicKey, next.value());
        if (!sealed)
            return sealed.error();
        slot.pendingMasterKey = sealed.value();
        pending << slot;
    }
    m_keyring.keySlots = pending;
    if (auto r = saveKeyring(); !r) {
        m_keyring.keySlots = previous;
        return r.error();
    }

    // 2. The rekey: one SQLite transaction, so the file is under the old key or the new one.
    if (auto r = db.rekey(next.value()); !r) {
        // The rekey is one transaction, so the file should still be under the old key. Go back
        // to the old keyring only once that key is seen to open it; otherwise the pending keys
        // stay, and the next sign-in finishes the rotation with them.
        if (storage::Database::open(db.path(), owner.masterKey())) {
            m_keyring.keySlots = previous;
            (void)saveKeyring(); // if this fails too, the next sign-in drops the pending keys
        }
        return r.error();
    }
    owner.replaceMasterKey(next.value());

    // 3. Pending becomes current. If this save fails the keyring still says "pending", and the
    //    next sign-in finishes the rotation when the old key no longer opens the database.
    for (KeySlot& slot : m_keyring.keySlots) {
        slot.sealedMasterKey = slot.pendingMasterKey;
        slot.pendingMasterKey.clear();
    }
    if (auto r = saveKeyring(); !r)
        qWarning("custos: the vault key was changed but keyring.json could not be finished; the next sign-in "
                 "finishes it: %s",
                 qUtf8Printable(r.errorMessage()));

    KeyRotationResult result;
    result.kind = VaultKeyKind::Master;
    result.slotsRewrapped = static_cast<int>(m_keyring.keySlots.size());
    const int dropped = static_cast<int>(previous.size() - pending.size());
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    storage::SettingsRepository settings(db);
    auto count = settings.value(kMasterRotationsSetting, QStringLiteral("0"));
    if (!count)
        return count.error();
    CUSTOS_TRY(settings.setValue(kMasterRotatedAtSetting, toStorageTime(m_clock.nowUtc())));
    CUSTOS_TRY(settings.setValue(kMasterRotationsSetting, QString::number(count->toInt() + 1)));
    result.elapsedMs = timer.elapsed();
    CUSTOS_TRY(
        owner.appendAudit(audit::kKeyRotated, vaultKeyKindToStorage(VaultKeyKind::Master), audit::kSuccess,
                          QStringLiteral("database re-encrypted; %1 key slots given the new key%2; %3 ms")
                              .arg(result.slotsRewrapped)
                              .arg(dropped > 0 ? QStringLiteral("; %1 orphaned slots removed").arg(dropped) : QString())
                              .arg(result.elapsedMs)));
    CUSTOS_TRY(tx->commit());
    return result;
}

Result<KeyRotationResult> Vault::rotateAsymmetricKey(Session& owner, VaultKeyKind kind,
                                                     const RotationProgress& progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString kindText = vaultKeyKindToStorage(kind);
    storage::Database& db = owner.database();
    storage::KeyRepository keys(db);
    storage::EmployeeRepository employees(db);

    auto held = owner.unsealGrantedKey(kindText);
    if (!held)
        return held.error();
    if (!held->has_value())
        return Error{
            kind == VaultKeyKind::CardData
                ? tr("You do not hold the current card-data key, so it cannot be replaced. An owner who holds "
                     "it must do this.")
                : tr("You do not hold the current signing key, so it cannot be replaced. An owner who holds it "
                     "must do this."),
            Errc::Denied};
    auto recoveryPublic = recoveryPublicKey(db);
    if (!recoveryPublic)
        return recoveryPublic.error();

    QByteArray newPublic;
    crypto::SecureBytes newPrivate;
    if (kind == VaultKeyKind::CardData) {
        auto pair = crypto::generateX25519();
        if (!pair)
            return pair.error();
        newPublic = pair->publicKey;
        newPrivate = std::move(pair->privateKey);
    } else {
        auto pair = crypto::generateEd25519();
        if (!pair)
            return pair.error();
        newPublic = pair->publicKey;
        newPrivate = std::move(pair->privateKey);
    }

    // One transaction: a crash or an error anywhere leaves the old key and every old seal.
    const QDateTime now = m_clock.nowUtc();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto old = keys.currentVaultKey(kindText);
    if (!old)
        return old.error();
    if (!old->has_value() || (*old)->id != (*held)->vaultKeyId)
        return Error{tr("The vault's current key changed while it was being replaced; nothing was changed."),
                     Errc::Failed};
    const storage::KeyRepository::VaultKey oldKey = **old;
    CUSTOS_TRY(keys.retireVaultKey(oldKey.id, now));
    auto newId = keys.addVaultKey(kindText, newPublic, now);
    if (!newId)
        return newId.error();
    const storage::KeyRepository::VaultKey newKey{newId.value(), kindText, newPublic, now, {}};

    KeyRotationResult result;
    result.kind = kind;
    result.oldFingerprint = crypto::fingerprint(oldKey.publicKey);
    result.newFingerprint = crypto::fingerprint(newPublic);

    if (kind == VaultKeyKind::CardData) {
        PanReseal job;
        job.vaultId = m_keyring.vaultId;
        job.oldPrivateKey = &(*held)->privateKey;
        job.newPublicKey = newPublic;
        job.newKeyId = newKey.id;
        auto resealed = resealAllPans(db, job, progress);
        if (!resealed)
            return resealed.error();
        result.cardsResealed = int(resealed.value());
    }

    // Every holder of the old key gets the new one on the same terms (reason, giver, expiry);
    // the old grants go, so nobody holds the old private key any more.
    auto grants = keys.grantsOfKey(oldKey.id);
    if (!grants)
        return grants.error();
    for (const storage::KeyRepository::Grant& g : std::as_const(grants.value())) {
        auto employee = employees.byId(g.employeeId);
        if (!employee)
            return employee.error();
        if (!employee->has_value())
            continue;
        auto grant = makeGrant(m_keyring.vaultId, g.employeeId, (*employee)->identityPublicKey, newKey, newPrivate,
                               g.grantedBy, g.reason, g.grantedAt);
        if (!grant)
            return grant.error();
        grant->expiresAt = g.expiresAt;
        auto put = keys.putGrant(grant.value());
        if (!put)
            return put.error();
        auto removed = keys.deleteGrant(g.employeeId, oldKey.id);
        if (!removed)
            return removed.error();
        ++result.grantsReissued;
    }
    CUSTOS_TRY(putRecoveryCopy(db, m_keyring.vaultId, recoveryPublic.value(), newKey.id, newPrivate, now));
    CUSTOS_TRY(keys.deleteRecoveryGrant(oldKey.id));

    result.elapsedMs = timer.elapsed();
    QString details = QStringLiteral("key %1 retired, key %2 in use; fingerprint %3 -> %4; %5 grants re-issued")
                          .arg(oldKey.id)
                          .arg(newKey.id)
                          .arg(result.oldFingerprint, result.newFingerprint)
                          .arg(result.grantsReissued);
    if (kind == VaultKeyKind::CardData)
        details += QStringLiteral("; %1 card numbers re-sealed").arg(result.cardsResealed);
    CUSTOS_TRY(owner.appendAudit(audit::kKeyRotated, kindText, audit::kSuccess, details));
    CUSTOS_TRY(tx->commit());
    return result;
}

} // namespace custos
