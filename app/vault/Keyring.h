#pragma once

#include "core/Result.h"
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace custos {

// The secrets a key slot protects. Employee keySlots hold the master key and the employee's
// identity private key; the recovery slot holds the master key and the owner-level vault
// private keys (card data, signing) so a recovered owner can be re-granted everything.
struct SlotSecrets
{
    crypto::SecureBytes masterKey;
    crypto::SecureBytes identityPrivateKey;
    crypto::SecureBytes cardDataPrivateKey;
    crypto::SecureBytes signingPrivateKey;

    crypto::SecureBytes serialize() const;
    static Result<SlotSecrets> deserialize(const crypto::SecureBytes& bytes);
};

struct KeySlot
{
    enum class Kind { Employee, Recovery };

    QString id; // random UUID, also stored in employees.slot_id
    Kind kind = Kind::Employee;
    QString username; // empty for the recovery slot
    crypto::ScryptParams kdf;
    QByteArray salt;
    QByteArray wrapped; // AES-256-GCM(scrypt(secret), SlotSecrets, associatedData)
    // Brute-force protection (PCI DSS 8.3.4). Outside the database because it must work
    // before the database can be opened.
    int failedAttempts = 0;
    QDateTime lockedUntil;
    QDateTime lastFailureAt;

    // Key rotation (format 2). A master-key rotation cannot rewrap other people's slots (it does
    // not know their passwords), so it seals the new master key to each slot's X25519 public
    // key instead; unwrap() then prefers `sealedMasterKey` over the master key inside `wrapped`.
    // While a rotation runs, `pendingMasterKey` holds the next key: whichever of the two opens
    // custos.db after a crash is the right one (Vault reconciles at the next sign-in). The next
    // password change rewraps the slot with the current key and drops both fields.
    QByteArray publicKey;       // the slot's X25519 public key when known (recovery slot); a consistency marker only
    QByteArray sealedMasterKey; // sealTo(identity public key, master key, masterKeyAssociatedData)
    QByteArray pendingMasterKey;
};

// A failed sign-in cannot be written to the audit log (the database is still locked), so it
// waits here and is moved into the log at the next successful sign-in.
struct PendingAuditEvent
{
    QDateTime at;
    QString username;
    QString action;
    QString outcome;
    QString details;
};

// keyring.json: the vault's key keySlots, lock-out counters and pending events. No secret is
// stored in clear here; every slot is bound to vault id, slot id, kind and user name.
class Keyring
{
    Q_DECLARE_TR_FUNCTIONS(Keyring)
public:
    static constexpr int kFormatVersion = 2; // 1: before key rotation (still read)
    static constexpr int kMaxPendingEvents = 1000;

    QString vaultId;
    QString label; // the business name, shown on the sign-in window
    bool demo = false;
    int maxFailedSignIns = 10; // mirrored from the security policy; clamped on load
    int lockoutMinutes = 30;
    QList<KeySlot> keySlots;
    QList<PendingAuditEvent> pendingEvents;

    // Errc::NotFound (no file), Errc::Corrupt (not JSON, wrong format, a slot failing its
    // checksum — "restore keyring.json from a backup"), Errc::Io (unreadable).
    static Result<Keyring> load(const QString& path);
    // Atomic (QSaveFile: a crash leaves the old file or the new, never half) and mode 0600.
    Result<void> save(const QString& path) const;

    KeySlot* employeeSlot(const QString& username);
    const KeySlot* employeeSlot(const QString& username) const;
    KeySlot* slotById(const QString& id);
    KeySlot* recoverySlot();
    void addPendingEvent(PendingAuditEvent event);

    // Creates a slot sealing `secrets` under `secret` (a password or the recovery code).
    static Result<KeySlot> wrap(const QString& vaultId, KeySlot::Kind kind, const QString& username,
                                const crypto::SecureBytes& secret, const SlotSecrets& secrets,
                                const crypto::ScryptParams& params = {}, const QString& slotId = {});
    // Errc::WrongSecret when `secret` is wrong (or the slot was tampered with). The master key
    // returned is the slot's current one (sealedMasterKey when present).
    static Result<SlotSecrets> unwrap(const QString& vaultId, const KeySlot& slot, const crypto::SecureBytes& secret);
    // The pending master key of an interrupted rotation, opened with the slot's identity key.
    static Result<crypto::SecureBytes> openPendingMasterKey(const QString& vaultId, const KeySlot& slot,
                                                            const crypto::SecureBytes& identityPrivateKey);
    // Seals a master key to a slot (for sealedMasterKey / pendingMasterKey).
    static Result<QByteArray> sealMasterKey(const QString& vaultId, const KeySlot& slot,
                                            const QByteArray& identityPublicKey, const crypto::SecureBytes& masterKey);
    static QByteArray masterKeyAssociatedData(const QString& vaultId, const KeySlot& slot);

    static QByteArray associatedData(const QString& vaultId, const KeySlot& slot);
    static QByteArray slotChecksum(const KeySlot& slot);
};

} // namespace custos
