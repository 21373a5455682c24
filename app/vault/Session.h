#pragma once

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "crypto/SecureBytes.h"
#include "domain/BusinessProfile.h"
#include "domain/Employee.h"
#include "storage/Database.h"
#include "vault/PasswordPolicy.h"

#include <QCoreApplication>
#include <optional>

namespace custos {

// One signed-in employee with the decrypted vault open. Destroying the session is locking:
// the database closes and the keys it held are wiped.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(Session)
public:
    enum class PasswordChange { NotRequired, FirstSignIn, Expired, AfterRecovery };

    Session(storage::Database db, Employee employee, crypto::SecureBytes masterKey,
            crypto::SecureBytes identityPrivateKey, QString vaultId, BusinessProfile profile, SecurityPolicy policy,
            const Clock& clock);
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;
    ~Session();

    const Employee& employee() const { return m_employee; }
    const QString& vaultId() const { return m_vaultId; }
    const BusinessProfile& businessProfile() const { return m_profile; }
    const SecurityPolicy& policy() const { return m_policy; }
    const Clock& clock() const { return m_clock; }
    storage::Database& database() { return m_db; }
    const crypto::SecureBytes& identityPrivateKey() const { return m_identityPrivateKey; }
    // The database key, needed to give a new employee a key slot (and for backups).
    const crypto::SecureBytes& masterKey() const { return m_masterKey; }
    // After a master-key rotation (Vault::rotateKey) the open connection already uses the new key.
    void replaceMasterKey(crypto::SecureBytes masterKey) { m_masterKey = std::move(masterKey); }

    PasswordChange passwordChange() const { return m_passwordChange; }
    void setPasswordChange(PasswordChange change) { m_passwordChange = change; }
    // Whole days until the password must be changed (0 or less: due now).
    int passwordDaysLeft() const;

    // Appends to the audit log inside the caller's open transaction.
    Result<qint64> appendAudit(const QString& action, const QString& target = {},
                               const QString& outcome = audit::kSuccess, const QString& details = {});
    // Appends in a transaction of its own (for events that are the whole user action).
    Result<void> recordEvent(const QString& action, const QString& target = {},
                             const QString& outcome = audit::kSuccess, const QString& details = {});
    AuditLog auditLog() { return AuditLog(m_db, m_clock); }

    // A vault private key granted to this employee ("card_data" or "signing"), unsealed with
    // the identity key: nullopt when there is no current, unexpired grant row for it. A row
    // copied from another employee fails to open (Errc::Corrupt). Returns the key id too.
    struct GrantedKey
    {
        qint64 vaultKeyId = 0;
        crypto::SecureBytes privateKey;
    };
    Result<std::optional<GrantedKey>> unsealGrantedKey(const QString& kind);

    // Saves a new business profile (owner only), audited.
    Result<void> updateBusinessProfile(const BusinessProfile& profile);

    // Called by the vault after changes it makes on this session's behalf.
    void refreshEmployee(const Employee& employee) { m_employee = employee; }
    void refreshPolicy(const SecurityPolicy& policy) { m_policy = policy; }

private:
    storage::Database m_db;
    Employee m_employee;
    crypto::SecureBytes m_masterKey;
    crypto::SecureBytes m_identityPrivateKey;
    QString m_vaultId;
    BusinessProfile m_profile;
    SecurityPolicy m_policy;
    const Clock& m_clock;
    PasswordChange m_passwordChange = PasswordChange::NotRequired;
};

} // namespace custos
