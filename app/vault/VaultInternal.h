#pragma once

// Shared by the vault (Vault.cpp, VaultAccounts.cpp) and the staff and disclosure services in
// app/access; not part of the vault's API for the UI or the CLI.
#include "core/Result.h"
#include "crypto/Crypto.h"
#include "domain/Employee.h"
#include "storage/SettingsRepository.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace custos {
class Session;
}

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

// Owners keep custody of the vault keys: seals every vault private key `actor` holds (card
// data, signing) to `owner`'s identity key without expiry and audits it. Inside the caller's
// transaction. Keys the actor does not hold are skipped; returns the kinds granted.
Result<QStringList> grantOwnerCustody(Session& actor, const Employee& owner, const QString& reason);

} // namespace custos::detail
