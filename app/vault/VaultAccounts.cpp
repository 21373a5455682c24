// Account changes on an open vault: password changes, recovery, new employees, deactivation
// and reactivation (also of dormant accounts), the policy.
#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "storage/EmployeeRepository.h"
#include "storage/Migrations.h"
#include "storage/SettingsRepository.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"
#include "vault/VaultInternal.h"

#include <algorithm>

namespace custos {

using namespace detail;

QStringList Vault::userInputs(const Session& session) const
{
    return {session.employee().username, session.employee().fullName, session.businessProfile().legalName,
            QStringLiteral("custos")};
}

Result<void> Vault::checkHistory(Session& session, const crypto::SecureBytes& newPassword)
{
    storage::EmployeeRepository employees(session.database());
    auto history = employees.passwordHistory(session.employee().id, session.policy().passwordHistory);
    if (!history)
        return history.error();
    for (const auto& entry : history.value()) {
        auto verifier = crypto::scrypt(newPassword, entry.salt, historyParams());
        if (!verifier)
            return verifier.error();
        if (verifier->toByteArray() == entry.verifier)
            return Error{tr("You used this password recently. Choose one that differs from your last %n passwords.",
                            nullptr, session.policy().passwordHistory),
                         Errc::Invalid};
    }
    return success();
}

Result<void> Vault::changePassword(Session& session, const crypto::SecureBytes& currentPassword,
                                   const crypto::SecureBytes& newPassword)
{
    const Employee& employee = session.employee();
    KeySlot* slot = m_keyring.slotById(employee.slotId);
    if (!slot)
        return Error{tr("Your key slot is missing from the key file."), Errc::Corrupt};
    auto secrets = Keyring::unwrap(m_keyring.vaultId, *slot, currentPassword);
    if (!secrets) {
        if (secrets.errorCode() == Errc::WrongSecret)
            return Error{tr("The current password is not correct."), Errc::WrongSecret};
        return secrets.error();
    }
    {
        QString typed = QString::fromUtf8(newPassword.constChar(), static_cast<qsizetype>(newPassword.size()));
        auto check = PasswordPolicy(session.policy()).check(typed, userInputs(session));
        crypto::wipe(typed);
        if (!check)
            return check.error();
    }
    if (newPassword == currentPassword)
        return Error{tr("The new password must differ from the current one."), Errc::Invalid};
    CUSTOS_TRY(checkHistory(session, newPassword));

    auto salt = crypto::randomPublicBytes(16);
    if (!salt)
        return salt.error();
    auto verifier = crypto::scrypt(currentPassword, salt.value(), historyParams());
    if (!verifier)
        return verifier.error();
    auto newSlot = Keyring::wrap(m_keyring.vaultId, KeySlot::Kind::Employee, slot->username, newPassword,
                                 secrets.value(), slot->kdf, slot->id);
    if (!newSlot)
        return newSlot.error();

    const QDateTime now = m_clock.nowUtc();
    storage::Database& db = session.database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    storage::EmployeeRepository employees(db);
    CUSTOS_TRY(employees.addPasswordHistory(employee.id, {salt.value(), verifier->toByteArray()}, now,
                                            session.policy().passwordHistory));
    CUSTOS_TRY(employees.recordPasswordChange(employee.id, slot->id, employee.identityPublicKey, now));
    CUSTOS_TRY(session.appendAudit(audit::kPasswordChange, employee.username));

    const KeySlot previous = *slot;
    *slot = newSlot.value();
    if (auto r = saveKeyring(); !r) {
        *slot = previous;
        return r.error();
    }
    if (auto r = tx->commit(); !r) {
        *slot = previous;
        (void)saveKeyring(); // put the old password back, matching the unchanged database
        return r.error();
    }
    Employee updated = employee;
    updated.mustChangePassword = false;
    updated.passwordChangedAt = now;
    session.refreshEmployee(updated);
    session.setPasswordChange(Session::PasswordChange::NotRequired);
    return success();
}

Result<std::unique_ptr<Session>> Vault::recover(const QString& recoveryCode, const QString& ownerUsername,
                                                const crypto::SecureBytes& newPassword)
{
    KeySlot* recoverySlot = m_keyring.recoverySlot();
    if (!recoverySlot)
        return Error{tr("This vault has no recovery slot."), Errc::NotFound};
    CUSTOS_TRY(checkNotLocked(*recoverySlot));
    const crypto::SecureBytes code = recovery::normalize(recoveryCode);
    if (code.isEmpty())
        return Error{tr("A recovery code has 25 letters and digits, as printed on the recovery sheet."), Errc::Invalid};
    KeySlot* ownerSlot = m_keyring.employeeSlot(ownerUsername.trimmed());
    if (!ownerSlot)
        return Error{tr("There is no account \"%1\" in this vault.").arg(ownerUsername.trimmed().left(64)),
                     Errc::NotFound};
    auto secrets = Keyring::unwrap(m_keyring.vaultId, *recoverySlot, code);
    if (!secrets) {
        if (secrets.errorCode() != Errc::WrongSecret)
            return secrets.error();
        noteFailure(*recoverySlot, ownerUsername.trimmed().left(64), QStringLiteral("wrong recovery code"));
        return Error{tr("That recovery code does not open this vault."), Errc::WrongSecret};
    }

    bool finishedRotation = false; // a master-key rotation interrupted after its rekey: audited below
    auto db = openDatabase(*m_keyring.recoverySlot(), secrets.value(), &finishedRotation);
    if (!db)
        return db.error();
    CUSTOS_TRY(storage::migrate(db.value()));
    storage::EmployeeRepository employees(db.value());
    storage::SettingsRepository settings(db.value());
    storage::KeyRepository keys(db.value());
    auto found = employees.bySlotId(ownerSlot->id);
    if (!found)
        return found.error();
    if (!found->has_value() || (*found)->role != Role::Owner || !(*found)->active)
        return Error{tr("The recovery code can only reset the password of an active owner."), Errc::Denied};
    Employee owner = **found;
    auto profile = settings.businessProfile();
    if (!profile)
        return profile.error();
    auto policy = settings.securityPolicy();
    if (!policy)
        return policy.error();
    {
        QString typed = QString::fromUtf8(newPassword.constChar(), static_cast<qsizetype>(newPassword.size()));
        auto check = PasswordPolicy(policy.value())
                         .check(typed, {owner.username, owner.fullName, profile->legalName, QStringLiteral("custos")});
        crypto::wipe(typed);
        if (!check)
            return check.error();
    }

    // The forgotten password also locked the owner's identity key: make a new one and
    // re-seal the vault keys the recovery slot holds to it.
    auto identity = crypto::generateX25519();
    if (!identity)
        return identity.error();
    auto newSlot =
        Keyring::wrap(m_keyring.vaultId, KeySlot::Kind::Employee, ownerSlot->username, newPassword,
                      SlotSecrets{secrets->masterKey, identity->privateKey, {}, {}}, ownerSlot->kdf, ownerSlot->id);
    if (!newSlot)
        return newSlot.error();

    const QDateTime now = m_clock.nowUtc();
    auto tx = storage::Transaction::begin(db.value());
    if (!tx)
        return tx.error();
    AuditLog log(db.value(), m_clock);
    CUSTOS_TRY(employees.recordPasswordChange(owner.id, ownerSlot->id, identity->publicKey, now));
    for (const QString& kind : {kCardDataKey, kSigningKey}) {
        auto key = keys.currentVaultKey(kind);
        if (!key)
            return key.error();
        if (!key->has_value())
            continue;
        auto privateKey = recoveryPrivateKey(db.value(), m_keyring.vaultId, secrets.value(), **key);
        if (!privateKey)
            return privateKey.error();
        if (!privateKey->has_value())
            continue;
        auto grant = makeGrant(m_keyring.vaultId, owner.id, identity->publicKey, **key, **privateKey, owner.id,
                               tr("Re-issued after recovery"), now);
        if (!grant)
            return grant.error();
        auto put = keys.putGrant(grant.value());
        if (!put)
            return put.error();
    }
    auto a1 = log.append(
        {0, now, owner.id, owner.username, audit::kRecoveryUsed, owner.username, audit::kSuccess, {}, {}, {}});
    if (!a1)
        return a1.error();
    if (finishedRotation) {
        CUSTOS_TRY(settings.setValue(kMasterRotatedAtSetting, toStorageTime(now)));
        auto a0 = log.append({0,
                              now,
                              owner.id,
                              owner.username,
                              audit::kKeyRotated,
                              QStringLiteral("master"),
                              audit::kSuccess,
                              QStringLiteral("database re-encrypted; rotation interrupted after the rekey and "
                                             "finished at this recovery"),
                              {},
                              {}});
        if (!a0)
            return a0.error();
    }
    auto a2 = log.append({0,
                          now,
                          owner.id,
                          owner.username,
                          audit::kPasswordChange,
                          owner.username,
                          audit::kSuccess,
                          QStringLiteral("via recovery code"),
                          {},
                          {}});
    if (!a2)
        return a2.error();

    const KeySlot previous = *ownerSlot;
    *ownerSlot = newSlot.value();
    recoverySlot = m_keyring.recoverySlot();
    recoverySlot->failedAttempts = 0;
    recoverySlot->lockedUntil = QDateTime();
    ownerSlot->failedAttempts = 0;
    if (auto r = saveKeyring(); !r) {
        *m_keyring.slotById(previous.id) = previous;
        return r.error();
    }
    if (auto r = tx->commit(); !r) {
        *m_keyring.slotById(previous.id) = previous;
        (void)saveKeyring();
        return r.error();
    }
    db->close();
    // Sign in normally with the new password, so the session is exactly what a sign-in gives.
    auto unwrapped = Keyring::unwrap(m_keyring.vaultId, *m_keyring.slotById(previous.id), newPassword);
    if (!unwrapped)
        return unwrapped.error();
    return openSession(unwrapped.value(), *m_keyring.slotById(previous.id), SignInPurpose::SignIn);
}

Result<QString> Vault::addEmployee(Session& actor, const NewAccount& account)
{
    const Role actorRole = actor.employee().role;
    if (actorRole == Role::Clerk || (actorRole == Role::Manager && account.role != Role::Clerk))
        return Error{actorRole == Role::Clerk ? tr("Clerks cannot add employees.")
                                              : tr("Only an owner can add a manager or an owner."),
                     Errc::Denied};
    if (const QString problem = validateUsername(account.username); !problem.isEmpty())
        return Error{problem, Errc::Invalid};
    if (account.fullName.trimmed().isEmpty())
        return Error{tr("Enter the employee's full name."), Errc::Invalid};
    if (m_keyring.employeeSlot(account.username))
        return Error{tr("The user name \"%1\" is taken.").arg(account.username), Errc::Invalid};
    {
        // A deactivated employee keeps their user name (and history) without a key slot.
        auto existing = storage::EmployeeRepository(actor.database()).byUsername(account.username);
        if (!existing)
            return existing.error();
        if (existing->has_value())
            return Error{(*existing)->active
                             ? tr("The user name \"%1\" is taken.").arg(account.username)
                             : tr("The user name \"%1\" belongs to a deactivated employee. Reactivate them instead, "
                                  "or choose another name.")
                                   .arg(account.username),
                         Errc::Invalid};
    }

    QString oneTime;
    crypto::SecureBytes password = account.password;
    if (password.isEmpty()) {
        auto generated = recovery::generateOneTimePassword();
        if (!generated)
            return generated.error();
        oneTime = generated.value();
        password = crypto::SecureBytes::fromUtf8(oneTime);
    } else {
        QString typed = QString::fromUtf8(password.constChar(), static_cast<qsizetype>(password.size()));
        auto check = PasswordPolicy(actor.policy())
                         .check(typed, {account.username, account.fullName, actor.businessProfile().legalName});
        crypto::wipe(typed);
        if (!check)
            return check.error();
    }

    auto identity = crypto::generateX25519();
    if (!identity)
        return identity.error();
    KeySlot* actorSlot = m_keyring.slotById(actor.employee().slotId);
    if (!actorSlot)
        return Error{tr("Your key slot is missing from the key file."), Errc::Corrupt};

    auto slot = Keyring::wrap(m_keyring.vaultId, KeySlot::Kind::Employee, account.username, password,
                              SlotSecrets{actor.masterKey(), identity->privateKey, {}, {}}, actorSlot->kdf);
    if (!slot)
        return slot.error();

    const QDateTime now = m_clock.nowUtc();
    storage::Database& db = actor.database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    Employee e;
    e.username = account.username;
    e.fullName = account.fullName.trimmed();
    e.role = account.role;
    e.slotId = slot->id;
    e.identityPublicKey = identity->publicKey;
    e.mustChangePassword = oneTime.isEmpty() ? account.mustChangePassword : true;
    e.passwordChangedAt = now;
    e.createdAt = now;
    e.createdBy = actor.employee().id;
    auto id = storage::EmployeeRepository(db).insert(e);
    if (!id)
        return id.error();
    e.id = id.value();
    CUSTOS_TRY(actor.appendAudit(audit::kEmployeeCreated, account.username, audit::kSuccess,
                                 QStringLiteral("role=%1").arg(roleToStorage(account.role))));
    if (account.role == Role::Owner) {
        auto custody = grantOwnerCustody(actor, e, tr("Owner custody"));
        if (!custody)
            return custody.error();
    }
    m_keyring.keySlots << slot.value();
    if (auto r = saveKeyring(); !r) {
        m_keyring.keySlots.removeLast();
        return r.error();
    }
    if (auto r = tx->commit(); !r) {
        m_keyring.keySlots.removeLast();
        (void)saveKeyring();
        return r.error();
    }
    return oneTime;
}

Result<void> Vault::deactivateEmployee(Session& actor, qint64 employeeId, const QString& details)
{
    storage::Database& db = actor.database();
    storage::EmployeeRepository employees(db);
    auto found = employees.byId(employeeId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("There is no such employee."), Errc::NotFound};
    const Employee target = **found;
    if (!target.active)
        return Error{tr("%1 is already deactivated.").arg(target.fullName), Errc::Invalid};
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    CUSTOS_TRY(employees.deactivate(target.id, m_clock.nowUtc()));
    auto removed = storage::KeyRepository(db).deleteGrantsFor(target.id);
    if (!removed)
        return removed.error();
    CUSTOS_TRY(actor.appendAudit(audit::kEmployeeDeactivated, target.username, audit::kSuccess, details));
    return commitWithSlots(tx.value(), {target.username});
}

Result<QString> Vault::reactivateEmployee(Session& actor, qint64 employeeId)
{
    storage::Database& db = actor.database();
    storage::EmployeeRepository employees(db);
    auto found = employees.byId(employeeId);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{tr("There is no such employee."), Errc::NotFound};
    Employee target = **found;
    if (target.active)
        return Error{tr("%1 is already active.").arg(target.fullName), Errc::Invalid};
    KeySlot* actorSlot = m_keyring.slotById(actor.employee().slotId);
    if (!actorSlot)
        return Error{tr("Your key slot is missing from the key file."), Errc::Corrupt};

    auto generated = recovery::generateOneTimePassword();
    if (!generated)
        return generated.error();
    const QString oneTime = generated.value();
    // The old identity private key went with the old slot: a new pair, so grants given from
    // now on are sealed to a key only the new slot holds.
    auto identity = crypto::generateX25519();
    if (!identity)
        return identity.error();
    auto slot = Keyring::wrap(m_keyring.vaultId, KeySlot::Kind::Employee, target.username,
                              crypto::SecureBytes::fromUtf8(oneTime),
                              SlotSecrets{actor.masterKey(), identity->privateKey, {}, {}}, actorSlot->kdf);
    if (!slot)
        return slot.error();

    const QDateTime now = m_clock.nowUtc();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    CUSTOS_TRY(employees.reactivate(target.id, slot->id, identity->publicKey, now));
    CUSTOS_TRY(actor.appendAudit(audit::kEmployeeReactivated, target.username, audit::kSuccess,
                                 QStringLiteral("role=%1").arg(roleToStorage(target.role))));
    target.identityPublicKey = identity->publicKey;
    if (target.role == Role::Owner) {
        auto custody = grantOwnerCustody(actor, target, tr("Owner custody"));
        if (!custody)
            return custody.error();
    }
    // Any slot still carrying the name (a deactivation that could not rewrite the keyring) goes.
    CUSTOS_TRY(commitWithSlots(tx.value(), {target.username}, slot.value()));
    return oneTime;
}

Result<int> Vault::deactivateDormant(Session& session)
{
    storage::Database& db = session.database();
    storage::EmployeeRepository employees(db);
    auto all = employees.all();
    if (!all)
        return all.error();
    const QDateTime now = m_clock.nowUtc();
    struct Dormant
    {
        Employee employee;
        QDateTime lastUse;
    };
    QList<Dormant> dormant;
    int activeOwners = 0;
    for (const Employee& e : std::as_const(all.value())) {
        if (!e.active)
            continue;
        if (e.role == Role::Owner)
            ++activeOwners;
        const QDateTime lastUse = access::lastUseOf(e);
        if (e.id != session.employee().id && lastUse.secsTo(now) >= qint64(access::kDormantDays) * 86400)
            dormant << Dormant{e, lastUse};
    }
    if (dormant.isEmpty())
        return 0;
    // The longest unused first, so when owners are dormant the most recent one stays.
    std::sort(dormant.begin(), dormant.end(), [](const Dormant& a, const Dormant& b) { return a.lastUse < b.lastUse; });
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    storage::KeyRepository keys(db);
    QStringList usernames;
    for (const Dormant& d : std::as_const(dormant)) {
        if (d.employee.role == Role::Owner) {
            if (activeOwners <= 1)
                continue; // never the last active owner
            --activeOwners;
        }
        CUSTOS_TRY(employees.deactivate(d.employee.id, now));
        auto removed = keys.deleteGrantsFor(d.employee.id);
        if (!removed)
            return removed.error();
        CUSTOS_TRY(session.appendAudit(audit::kEmployeeDeactivated, d.employee.username, audit::kSuccess,
                                       QStringLiteral("dormant: %1 days").arg(d.lastUse.secsTo(now) / 86400)));
        usernames << d.employee.username;
    }
    if (usernames.isEmpty())
        return 0;
    CUSTOS_TRY(commitWithSlots(tx.value(), usernames));
    return static_cast<int>(usernames.size());
}

Result<void> Vault::commitWithSlots(storage::Transaction& tx, const QStringList& usernames,
                                    const std::optional<KeySlot>& added)
{
    const QList<KeySlot> previous = m_keyring.keySlots;
    m_keyring.keySlots.removeIf([&](const KeySlot& s) {
        return s.kind == KeySlot::Kind::Employee && usernames.contains(s.username, Qt::CaseInsensitive);
    });
    if (added)
        m_keyring.keySlots << *added;
    const bool changed = added || m_keyring.keySlots.size() != previous.size();
    // The keyring first, as everywhere: a committed deactivation whose slot survived would
    // leave a way in that only the database's active flag closes.
    if (changed) {
        if (auto r = saveKeyring(); !r) {
            m_keyring.keySlots = previous;
            return r.error();
        }
    }
    if (auto r = tx.commit(); !r) {
        if (changed) {
            m_keyring.keySlots = previous;
            (void)saveKeyring(); // put the slots back, matching the unchanged database
        }
        return r.error();
    }
    return success();
}

Result<void> Vault::setSecurityPolicy(Session& owner, const SecurityPolicy& policy)
{
    if (owner.employee().role != Role::Owner)
        return Error{tr("Only an owner can change the security policy."), Errc::Denied};
    const SecurityPolicy clamped = policy.clamped();
    auto tx = storage::Transaction::begin(owner.database());
    if (!tx)
        return tx.error();
    CUSTOS_TRY(storage::SettingsRepository(owner.database()).saveSecurityPolicy(clamped));
    CUSTOS_TRY(owner.appendAudit(audit::kPolicyChanged, QStringLiteral("security_policy"), audit::kSuccess,
                                 QStringLiteral("max_age=%1 history=%2 max_failed=%3 lockout=%4 idle=%5")
                                     .arg(clamped.maxPasswordAgeDays)
                                     .arg(clamped.passwordHistory)
                                     .arg(clamped.maxFailedSignIns)
                                     .arg(clamped.lockoutMinutes)
                                     .arg(clamped.idleLockMinutes)));
    const int oldMax = m_keyring.maxFailedSignIns;
    const int oldMinutes = m_keyring.lockoutMinutes;
    m_keyring.maxFailedSignIns = clamped.maxFailedSignIns;
    m_keyring.lockoutMinutes = clamped.lockoutMinutes;
    if (auto r = saveKeyring(); !r) {
        m_keyring.maxFailedSignIns = oldMax;
        m_keyring.lockoutMinutes = oldMinutes;
        return r.error();
    }
    CUSTOS_TRY(tx->commit());
    owner.refreshPolicy(clamped);
    return success();
}

} // namespace custos
