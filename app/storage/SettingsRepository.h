#pragma once

#include "core/Result.h"
#include "domain/BusinessProfile.h"
#include "storage/Database.h"
#include "vault/PasswordPolicy.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace custos::storage {

// The business profile, key/value settings and the security policy.
class SettingsRepository
{
public:
    explicit SettingsRepository(Database& db) : m_db(db) {}

    Result<BusinessProfile> businessProfile() const;
    Result<void> saveBusinessProfile(const BusinessProfile& profile, const QDateTime& at);

    Result<QString> value(const QString& key, const QString& fallback = {}) const;
    Result<void> setValue(const QString& key, const QString& value);

    // Read clamped to PCI DSS bounds whatever is stored.
    Result<SecurityPolicy> securityPolicy() const;
    Result<void> saveSecurityPolicy(const SecurityPolicy& policy);

private:
    Database& m_db;
};

// The vault's asymmetric public keys and the private keys sealed to employees (grants).
class KeyRepository
{
public:
    explicit KeyRepository(Database& db) : m_db(db) {}

    struct VaultKey
    {
        qint64 id = 0;
        QString kind; // "card_data" or "signing"
        QByteArray publicKey;
        QDateTime createdAt;
        QDateTime retiredAt; // invalid while current
    };
    struct Grant
    {
        qint64 id = 0;
        qint64 employeeId = 0;
        qint64 vaultKeyId = 0;
        QByteArray sealedPrivateKey;
        std::optional<qint64> grantedBy;
        QDateTime grantedAt;
        QString reason;
        QDateTime expiresAt; // invalid: no expiry
    };

    Result<qint64> addVaultKey(const QString& kind, const QByteArray& publicKey, const QDateTime& at);
    Result<std::optional<VaultKey>> currentVaultKey(const QString& kind) const;
    // Every key of a kind, the current one first, then retired ones newest first.
    Result<QList<VaultKey>> vaultKeys(const QString& kind) const;
    // Replaces any grant of the same key to the same employee.
    Result<qint64> putGrant(const Grant& grant);
    Result<QList<Grant>> grantsFor(qint64 employeeId) const;
    // Every grant of one vault key (for the staff list and the sweep).
    Result<QList<Grant>> grantsOfKey(qint64 vaultKeyId) const;
    Result<QList<Grant>> allGrants() const;
    // True when there was such a row.
    Result<bool> deleteGrant(qint64 employeeId, qint64 vaultKeyId);
    // Every grant of the employee (deactivation); returns how many went.
    Result<int> deleteGrantsFor(qint64 employeeId);

    // Marks a key retired (it stays for verifying and naming; nothing new uses it).
    Result<void> retireVaultKey(qint64 vaultKeyId, const QDateTime& at);
    // The recovery code's sealed copy of a vault private key (migration 5).
    Result<void> putRecoveryGrant(qint64 vaultKeyId, const QByteArray& sealedPrivateKey, const QDateTime& at);
    Result<std::optional<QByteArray>> recoveryGrant(qint64 vaultKeyId) const;
    Result<void> deleteRecoveryGrant(qint64 vaultKeyId);
    static QByteArray recoveryGrantAssociatedData(const QString& vaultId, qint64 vaultKeyId);

    // Associated data binding a sealed grant to its employee and key: a grant row copied to
    // another employee does not open.
    static QByteArray grantAssociatedData(const QString& vaultId, qint64 employeeId, qint64 vaultKeyId);

private:
    Database& m_db;
};

} // namespace custos::storage
