#include "vault/Session.h"

#include "crypto/Crypto.h"
#include "storage/SettingsRepository.h"

namespace custos {

Session::Session(storage::Database db, Employee employee, crypto::SecureBytes masterKey,
                 crypto::SecureBytes identityPrivateKey, QString vaultId, BusinessProfile profile,
                 SecurityPolicy policy, const Clock& clock)
    : m_db(std::move(db)), m_employee(std::move(employee)), m_masterKey(std::move(masterKey)),
      m_identityPrivateKey(std::move(identityPrivateKey)), m_vaultId(std::move(vaultId)), m_profile(std::move(profile)),
      m_policy(policy), m_clock(clock)
{}

Session::~Session()
{
    m_masterKey.clear();
    m_identityPrivateKey.clear();
    m_db.close();
}

int Session::passwordDaysLeft() const
{
    const QDateTime due = m_employee.passwordChangedAt.addDays(m_policy.maxPasswordAgeDays);
    // Round a part day up: one second after a change is still "90 days left", not 89, and a
    // password with hours to go has not expired yet.
    const qint64 secs = m_clock.nowUtc().secsTo(due);
    return static_cast<int>(secs > 0 ? (secs + 86399) / 86400 : secs / 86400);
}

Result<qint64> Session::appendAudit(const QString& action, const QString& target, const QString& outcome,
                                    const QString& details)
{
    AuditEvent e;
    e.actorId = m_employee.id;
    e.actorName = m_employee.username;
    e.action = action;
    e.target = target;
    e.outcome = outcome;
    e.details = details;
    return auditLog().append(e);
}

Result<void> Session::recordEvent(const QString& action, const QString& target, const QString& outcome,
                                  const QString& details)
{
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    CUSTOS_TRY(appendAudit(action, target, outcome, details));
    return tx->commit();
}

Result<std::optional<Session::GrantedKey>> Session::unsealGrantedKey(const QString& kind)
{
    storage::KeyRepository keys(m_db);
    auto key = keys.currentVaultKey(kind);
    if (!key)
        return key.error();
    if (!key.value())
        return std::optional<GrantedKey>{};
    auto grants = keys.grantsFor(m_employee.id);
    if (!grants)
        return grants.error();
    const QDateTime now = m_clock.nowUtc();
    for (const storage::KeyRepository::Grant& g : grants.value()) {
        if (g.vaultKeyId != key.value()->id || (g.expiresAt.isValid() && g.expiresAt <= now))
            continue;
        auto opened =
            crypto::openSealed(m_identityPrivateKey, g.sealedPrivateKey,
                               storage::KeyRepository::grantAssociatedData(m_vaultId, m_employee.id, g.vaultKeyId));
        if (!opened)
            return Error{tr("Your key for this vault could not be opened; ask an owner to grant it again."),
                         Errc::Corrupt};
        return std::optional<GrantedKey>{GrantedKey{g.vaultKeyId, std::move(opened.value())}};
    }
    return std::optional<GrantedKey>{};
}

Result<void> Session::updateBusinessProfile(const BusinessProfile& profile)
{
    if (m_employee.role != Role::Owner)
        return Error{tr("Only an owner can change the business profile."), Errc::Denied};
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return Error{problem, Errc::Invalid};
    auto tx = storage::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    CUSTOS_TRY(storage::SettingsRepository(m_db).saveBusinessProfile(profile, m_clock.nowUtc()));
    CUSTOS_TRY(appendAudit(audit::kProfileChanged, QStringLiteral("business_profile")));
    CUSTOS_TRY(tx->commit());
    m_profile = profile;
    return success();
}

} // namespace custos
