#pragma once

// Shared by the vault (Vault.cpp, VaultAccounts.cpp) and the staff and disclosure services in
// app/access; not part of the vault's API for the UI or the CLI.
#include "core/Result.h"
#include "crypto/Crypto.h"
#include "domain/Employee.h"
#include "storage/SettingsRepository.h"
#include "vault/Keyring.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace custos {
class Session;
}

namespace custos::detail {

inline const QString kCardDataKey = QStringLiteral("card_data");
inline const QString kSigningKey = QStringLiteral("signing");
// Key rotation (VaultKeys.cpp). The recovery slot's X25519 public key lives in the database,
// which is authenticated; keyring.json is not, so a key copied there is only a marker.
inline const QString kRecoveryPublicKeySetting = QStringLiteral("recovery.public_key");
inline const QString kMasterRotatedAtSetting = QStringLiteral("vault.master_key_rotated_at");
inline const QString kMasterRotationsSetting = QStringLiteral("vault.master_key_rotations");

// Empty for a vault made before key rotation.
Result<QByteArray> recoveryPublicKey(storage::Database& db);
// Seals a vault private key to the recovery slot's public key (recovery_grants).
Result<void> putRecoveryCopy(storage::Database& db, const QString& vaultId, const QByteArray& recoveryPublic,
                             qint64 vaultKeyId, const crypto::SecureBytes& privateKey, const QDateTime& at);
// The private key of `key` as the recovery code gives it: its recovery_grants copy, or for a
// recovery slot made before key rotation the key it holds if that is still the current one.
Result<std::optional<crypto::SecureBytes>> recoveryPrivateKey(storage::Database& db, const QString& vaultId,
                                                              const SlotSecrets& recovery,
                                                              const storage::KeyRepository::VaultKey& key);

// Verifiers of old passwords: scrypt at half the sign-in cost, since up to five are checked
// on each change.
crypto::ScryptParams historyParams();
QString minutesText(qint64 secs);
// Seals a vault private key to an employee's identity public key (a grant).
Result<storage::KeyRepository::Grant> makeGrant(const QString& vaultId, qint64 employeeId,
                                                const QByteArray& identityPublicKey,
                                                const storage::KeyRepository::VaultKey& key,
                                                const crypto::SecureBytes& privateKey, std::optional<qint64> grantedBy,
                                                const QString& reason, const QDateTime& at);

// Owners keep custody of the vault keys: seals every vault private key `actor` holds (card
// data, signing) to `owner`'s identity key without expiry and audits it. Inside the caller's
// transaction. Keys the actor does not hold are skipped; returns the kinds granted.
Result<QStringList> grantOwnerCustody(Session& actor, const Employee& owner, const QString& reason);

} // namespace custos::detail
