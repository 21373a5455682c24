#pragma once

// Shared by Vault.cpp and VaultAccounts.cpp only; not part of the vault's API.
#include "core/Result.h"
#include "crypto/Crypto.h"
#include "storage/SettingsRepository.h"

#include <QString>
#include <optional>

namespace custos::detail {

inline const QString kCardDataKey = QStringLiteral("card_data");
inline const QString kSigningKey = QStringLiteral("signing");

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

} // namespace custos::detail
