#include "vault/Vault.h"

#include "access/Disclosure.h"
#include "audit/AuditLog.h"
#include "orders/OrderService.h"
#include "storage/EmployeeRepository.h"
#include "storage/Migrations.h"
#include "storage/SettingsRepository.h"
#include "vault/RecoveryCode.h"
#include "vault/VaultInternal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace custos {
namespace detail {

// Verifiers of old passwords: scrypt at half the sign-in cost, since up to five are checked
// on each change.
crypto::ScryptParams historyParams()
{
    crypto::ScryptParams p;
    p.n = 1u << 14;
    return p;
}

QString minutesText(qint64 secs)
{
    const qint64 minutes = std::max<qint64>(1, (secs + 59) / 60);
    return minutes == 1 ? QCoreApplication::translate("Vault", "1 minute")
                        : QCoreApplication::translate("Vault", "%1 minutes").arg(minutes);
}

// Seals a vault private key to an employee's identity public key (a grant).
Result<storage::KeyRepository::Grant> makeGrant(const QString& vaultId, qint64 employeeId,
                                                const QByteArray& identityPublicKey,
                                                const storage::KeyRepository::VaultKey& key,
                                                const crypto::SecureBytes& privateKey, std::optional<qint64> grantedBy,
                                                const QString& reason, const QDateTime& at)
{
    auto sealed = crypto::sealTo(identityPublicKey, privateKey,
                                 storage::KeyRepository::grantAssociatedData(vaultId, employeeId, key.id));
    if (!sealed)
        return sealed.error();
    storage::KeyRepository::Grant g;
    g.employeeId = employeeId;
    g.vaultKeyId = key.id;
    g.sealedPrivateKey = sealed.value();
    g.grantedBy = grantedBy;
    g.grantedAt = at;
    g.reason = reason;
    return g;
}

Result<QStringList> grantOwnerCustody(Session& actor, const Employee& owner, const QString& reason)
{
    storage::KeyRepository keys(actor.database());
    const QDateTime now = actor.clock().nowUtc();
    QStringList granted;
    for (const QString& kind : {kCardDataKey, kSigningKey}) {
        auto key = keys.currentVaultKey(kind);
        if (!key)
            return key.error();
        if (!key->has_value())
            continue;
        auto held = actor.unsealGrantedKey(kind);
        if (!held)
            return held.error();
        if (!held->has_value() || (*held)->vaultKeyId != (*key)->id)
            continue;
        auto grant = makeGrant(actor.vaultId(), owner.id, owner.identityPublicKey, **key, (*held)->privateKey,
                               actor.employee().id, reason, now);
        if (!grant)
            return grant.error();
        auto put = keys.putGrant(grant.value());
        if (!put)
            return put.error();
        granted << kind;
    }
    if (!granted.isEmpty())
        CUSTOS_TRY(actor.appendAudit(audit::kDisclosureGranted, owner.username, audit::kSuccess,
                                     QStringLiteral("owner custody: %1").arg(granted.join(QStringLiteral(", ")))));
    return granted;
}

} // namespace detail

using namespace detail;

Vault::Vault(QString dir, Keyring keyring, std::unique_ptr<QLockFile> lock, const Clock& clock)
    : m_dir(std::move(dir)), m_keyring(std::move(keyring)), m_lock(std::move(lock)), m_clock(clock)
{}

Vault::~Vault() = default;

QString Vault::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/vault");
}

bool Vault::looksLikeVault(const QString& dir)
{
    return QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kKeyringFile));
}

QString Vault::databasePath() const
{
    return m_dir + QLatin1Char('/') + QLatin1String(kDatabaseFile);
}

QString Vault::keyringPath() const
{
    return m_dir + QLatin1Char('/') + QLatin1String(kKeyringFile);
}

Result<std::unique_ptr<QLockFile>> Vault::acquireLock(const QString& dir)
{
    auto lock = std::make_unique<QLockFile>(dir + QLatin1Char('/') + QLatin1String(kLockFile));
    // Only a live process keeps the lock; a lock left by a crashed Custos is taken over.
    lock->setStaleLockTime(0);
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        if (!lock->getLockInfo(&pid, &host, &app)) {
            // A Custos killed between creating the lock file and writing its process id leaves a
            // lock naming no process, which QLockFile never finds stale. A live holder keeps an
            // flock on the file, and removeStaleLockFile() takes that flock before deleting, so
            // only a lock whose holder is gone is removed. (Found by the crash harness.)
            if (lock->removeStaleLockFile() && lock->tryLock(0))
                return lock;
        }
        return Error{tr("This vault is already open in another Custos window (process %1 on %2). Close it there "
                        "first; two programs writing one vault could damage it.")
                         .arg(pid)
                         .arg(host),
                     Errc::Busy};
    }
    return Error{tr("Cannot lock the vault folder %1. Check that it is writable.").arg(dir), Errc::Io};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& dir, const Clock& clock)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return Error{tr("There is no vault at %1.").arg(QDir::toNativeSeparators(dir)), Errc::NotFound};
    if (!info.isDir())
        return Error{tr("%1 is a file, not a vault folder.").arg(QDir::toNativeSeparators(dir)), Errc::NotFound};
    if (!looksLikeVault(dir)) {
        if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kDatabaseFile)))
            return Error{tr("The vault at %1 has lost its key file (keyring.json). Restore it from a backup.")
                             .arg(QDir::toNativeSeparators(dir)),
                         Errc::Corrupt};
        return Error{tr("%1 is not a Custos vault.").arg(QDir::toNativeSeparators(dir)), Errc::NotFound};
    }
    auto lock = acquireLock(dir);
    if (!lock)
        return lock.error();
    auto keyring = Keyring::load(dir + QLatin1Char('/') + QLatin1String(kKeyringFile));
    if (!keyring)
        return keyring.error();
    if (!QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(kDatabaseFile)))
        return Error{tr("The vault at %1 has lost its database (custos.db). Restore it from a backup.")
                         .arg(QDir::toNativeSeparators(dir)),
                     Errc::Corrupt};
    return std::unique_ptr<Vault>(
        new Vault(QDir(dir).absolutePath(), std::move(keyring.value()), std::move(lock.value()), clock));
}

Result<std::unique_ptr<Vault>> Vault::create(const QString& dir, const BusinessProfile& profile,
                                             const NewAccount& owner, const QString& recoveryCode,
                                             const CreateOptions& options, const Clock& clock)
{
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return Error{problem, Errc::Invalid};
    if (const QString problem = validateUsername(owner.username); !problem.isEmpty())
        return Error{problem, Errc::Invalid};
    if (owner.fullName.trimmed().isEmpty())
        return Error{tr("Enter the owner's full name."), Errc::Invalid};
    const crypto::SecureBytes recoverySecret = recovery::normalize(recoveryCode);
    if (recoverySecret.isEmpty())
        return Error{tr("The recovery code is not well formed."), Errc::Invalid};
    {
        const QString pw = QString::fromUtf8(owner.password.constChar(), static_cast<qsizetype>(owner.password.size()));
        QString copy = pw;
        auto check = PasswordPolicy().check(copy, {owner.username, owner.fullName, profile.legalName});
        crypto::wipe(copy);
        if (!check)
            return check.error();
    }

    QDir folder(dir);
    if (folder.exists() && !folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return Error{tr("The folder %1 is not empty. Choose an empty or new folder for the vault.")
                         .arg(QDir::toNativeSeparators(dir)),
                     Errc::Invalid};
    const bool createdFolder = !folder.exists();
    if (createdFolder && !QDir().mkpath(dir))
        return Error{
            tr("Cannot create the folder %1. Check that the disk is writable.").arg(QDir::toNativeSeparators(dir)),
            Errc::Io};
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    auto lock = acquireLock(dir);
    if (!lock)
        return lock.error();

    Keyring keyring;
    keyring.vaultId = options.vaultId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : options.vaultId;
    if (QUuid::fromString(keyring.vaultId).isNull())
        return Error{tr("The vault identifier is not a valid UUID."), Errc::Invalid};
    keyring.label = profile.legalName.trimmed();
    keyring.demo = options.demo;
    const QString dbPath = dir + QLatin1Char('/') + QLatin1String(kDatabaseFile);
    const QString keyringPath = dir + QLatin1Char('/') + QLatin1String(kKeyringFile);

    // Remove whatever this attempt created, so a failed setup can simply be retried.
    auto cleanUp = [&]() {
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(dbPath + QLatin1String(suffix));
        QFile::remove(keyringPath);
        if (createdFolder) {
            lock.value()->unlock();
            QDir().rmdir(dir);
        }
    };
    auto fail = [&](const Error& e) -> Result<std::unique_ptr<Vault>> {
        cleanUp();
        return e;
    };

    auto master = crypto::randomBytes(crypto::kAeadKeySize);
    auto identity = crypto::generateX25519();
    auto cardData = crypto::generateX25519();
    auto signing = crypto::generateEd25519();
    auto recoveryPair = crypto::generateX25519();
    if (!recoveryPair)
        return recoveryPair.error();
    if (!master)
        return master.error();
    if (!identity)
        return identity.error();
    if (!cardData)
        return cardData.error();
    if (!signing)
        return signing.error();

    const QDateTime now = clock.nowUtc();
    {
        auto db = storage::Database::open(dbPath, master.value(), storage::Database::OpenMode::CreateIfMissing);
        if (!db)
            return fail(db.error());
        if (auto r = storage::migrate(db.value()); !r)
            return fail(r.error());
        // Owner-only, like the folder; SQLite gives -wal and -shm the database file's mode.
        QFile::setPermissions(dbPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        auto tx = storage::Transaction::begin(db.value());
        if (!tx)
            return fail(tx.error());

        storage::SettingsRepository settings(db.value());
        storage::EmployeeRepository employees(db.value());
        storage::KeyRepository keys(db.value());
        AuditLog log(db.value(), clock);

        Employee e;
        e.username = owner.username;
        e.fullName = owner.fullName.trimmed();
        e.role = Role::Owner;
        e.identityPublicKey = identity->publicKey;
        e.mustChangePassword = false;
        e.passwordChangedAt = now;
        e.createdAt = now;

        auto ownerSlot = Keyring::wrap(keyring.vaultId, KeySlot::Kind::Employee, owner.username, owner.password,
                                       SlotSecrets{master.value(), identity->privateKey, {}, {}}, options.kdf);
        if (!ownerSlot)
            return fail(ownerSlot.error());
        e.slotId = ownerSlot->id;
        // The recovery slot has an X25519 key of its own; the vault private keys are sealed to it
        // in recovery_grants, so a key rotation can update them without the recovery code.
        auto recoverySlot = Keyring::wrap(keyring.vaultId, KeySlot::Kind::Recovery, QString(), recoverySecret,
                                          SlotSecrets{master.value(), recoveryPair->privateKey, {}, {}}, options.kdf);
        if (!recoverySlot)
            return fail(recoverySlot.error());
        recoverySlot->publicKey = recoveryPair->publicKey;
        keyring.keySlots << ownerSlot.value() << recoverySlot.value();

        Result<void> steps = [&]() -> Result<void> {
            CUSTOS_TRY(settings.saveBusinessProfile(profile, now));
            CUSTOS_TRY(settings.saveSecurityPolicy(SecurityPolicy{}));
            CUSTOS_TRY(settings.setValue(QStringLiteral("vault.id"), keyring.vaultId));
            CUSTOS_TRY(settings.setValue(QStringLiteral("vault.created_at"), toStorageTime(now)));
            CUSTOS_TRY(
                settings.setValue(kRecoveryPublicKeySetting, QString::fromLatin1(recoveryPair->publicKey.toBase64())));
            auto ownerId = employees.insert(e);
            if (!ownerId)
                return ownerId.error();
            e.id = ownerId.value();
            for (const auto& [kind, publicKey, privateKey] :
                 {std::tuple{kCardDataKey, cardData->publicKey, &cardData->privateKey},
                  std::tuple{kSigningKey, signing->publicKey, &signing->privateKey}}) {
                auto keyId = keys.addVaultKey(kind, publicKey, now);
                if (!keyId)
                    return keyId.error();
                const storage::KeyRepository::VaultKey key{keyId.value(), kind, publicKey, now, {}};
                auto grant = makeGrant(keyring.vaultId, e.id, e.identityPublicKey, key, *privateKey, std::nullopt,
                                       tr("Vault owner at creation"), now);
                if (!grant)
                    return grant.error();
                auto put = keys.putGrant(grant.value());
                if (!put)
                    return put.error();
                CUSTOS_TRY(putRecoveryCopy(db.value(), keyring.vaultId, recoveryPair->publicKey, keyId.value(),
                                           *privateKey, now));
            }
            auto a1 = log.append({0,
                                  now,
                                  e.id,
                                  e.username,
                                  audit::kVaultCreated,
                                  profile.legalName.trimmed(),
                                  audit::kSuccess,
                                  options.demo ? QStringLiteral("demo") : QString(),
                                  {},
                                  {}});
            if (!a1)
                return a1.error();
            auto a2 = log.append({0,
                                  now,
                                  e.id,
                                  e.username,
                                  audit::kEmployeeCreated,
                                  e.username,
                                  audit::kSuccess,
                                  QStringLiteral("role=owner"),
                                  {},
                                  {}});
            if (!a2)
                return a2.error();
            return success();
        }();
        if (!steps)
            return fail(steps.error());
        // The keyring first: a database without its keyring would be unreadable, a keyring
        // without a committed database is removed by cleanUp.
        if (auto r = keyring.save(keyringPath); !r)
            return fail(r.error());
        if (auto r = tx->commit(); !r)
            return fail(r.error());
        if (auto r = db->checkpoint(); !r)
            return fail(r.error());
    }
    return std::unique_ptr<Vault>(
        new Vault(QDir(dir).absolutePath(), std::move(keyring), std::move(lock.value()), clock));
}

Result<void> Vault::saveKeyring()
{
    return m_keyring.save(keyringPath());
}

int Vault::triesLeft(const QString& username) const
{
    const KeySlot* slot = m_keyring.employeeSlot(username);
    return slot ? std::max(0, m_keyring.maxFailedSignIns - slot->failedAttempts) : m_keyring.maxFailedSignIns;
}

Result<void> Vault::checkNotLocked(const KeySlot& slot) const
{
    const QDateTime now = m_clock.nowUtc();
    if (slot.lockedUntil.isValid() && slot.lockedUntil > now) {
        const qint64 secs = now.secsTo(slot.lockedUntil);
        return Error{tr("This account is locked after too many wrong passwords. Try again in %1 (at %2).")
                         .arg(minutesText(secs), slot.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
                     Errc::LockedOut};
    }
    return success();
}

void Vault::noteFailure(KeySlot& slot, const QString& username, const QString& details)
{
    const QDateTime now = m_clock.nowUtc();
    slot.failedAttempts += 1;
    slot.lastFailureAt = now;
    m_keyring.addPendingEvent({now, username, audit::kSignIn, audit::kFailure, details});
    if (slot.failedAttempts >= m_keyring.maxFailedSignIns) {
        slot.lockedUntil = now.addSecs(qint64(m_keyring.lockoutMinutes) * 60);
        slot.failedAttempts = 0;
        m_keyring.addPendingEvent({now, username, audit::kLockout, audit::kFailure,
                                   QStringLiteral("locked for %1 minutes").arg(m_keyring.lockoutMinutes)});
    }
    // Best effort: a read-only disk must not turn a wrong password into a different error.
    (void)saveKeyring();
}

Result<std::unique_ptr<Session>> Vault::signIn(const QString& username, const crypto::SecureBytes& password,
                                               SignInPurpose purpose)
{
    KeySlot* slot = m_keyring.employeeSlot(username.trimmed());
    if (!slot) {
        // What was typed is kept only if it could be a user name: a password typed into the
        // wrong field must not end up in clear in the keyring or the audit log.
        const QString typed = username.trimmed();
        m_keyring.addPendingEvent({m_clock.nowUtc(),
                                   validateUsername(typed).isEmpty() ? typed : QStringLiteral("(not a user name)"),
                                   audit::kSignIn, audit::kFailure, QStringLiteral("unknown user name")});
        (void)saveKeyring();
        return Error{tr("There is no account with this user name in the vault. Check the spelling; if the account was "
                        "deactivated, a manager can reactivate it."),
                     Errc::NotFound};
    }
    if (auto locked = checkNotLocked(*slot); !locked) {
        m_keyring.addPendingEvent(
            {m_clock.nowUtc(), slot->username, audit::kSignIn, audit::kDenied, QStringLiteral("account locked out")});
        (void)saveKeyring();
        return locked.error();
    }
    auto secrets = Keyring::unwrap(m_keyring.vaultId, *slot, password);
    if (!secrets) {
        if (secrets.errorCode() != Errc::WrongSecret)
            return secrets.error();
        const QString name = slot->username;
        noteFailure(*slot, name, QStringLiteral("wrong password"));
        if (slot->lockedUntil.isValid() && slot->lockedUntil > m_clock.nowUtc())
            return Error{tr("Wrong password. The account is now locked for %1.")
                             .arg(minutesText(qint64(m_keyring.lockoutMinutes) * 60)),
                         Errc::LockedOut};
        const int left = m_keyring.maxFailedSignIns - slot->failedAttempts;
        return Error{
            left == 1
                ? tr("Wrong password — 1 try left before a %1-minute lock.").arg(m_keyring.lockoutMinutes)
                : tr("Wrong password — %1 tries left before a %2-minute lock.").arg(left).arg(m_keyring.lockoutMinutes),
            Errc::WrongSecret};
    }
    const QString slotId = slot->id;
    const bool rotated = !slot->sealedMasterKey.isEmpty() || !slot->pendingMasterKey.isEmpty();
    auto session = openSession(secrets.value(), *slot, purpose);
    if (session && rotated)
        rewrapAfterRotation(slotId, password, session.value()->masterKey());
    return session;
}

void Vault::rewrapAfterRotation(const QString& slotId, const crypto::SecureBytes& password,
                                const crypto::SecureBytes& masterKey)
{
    // After a master-key rotation this slot still wraps the old key next to the sealed new one:
    // with the password at hand, wrap the current key and drop the old one (best effort).
    KeySlot* slot = m_keyring.slotById(slotId);
    if (!slot || !slot->pendingMasterKey.isEmpty())
        return;
    auto secrets = Keyring::unwrap(m_keyring.vaultId, *slot, password);
    if (!secrets)
        return;
    secrets->masterKey = masterKey;
    auto fresh =
        Keyring::wrap(m_keyring.vaultId, slot->kind, slot->username, password, secrets.value(), slot->kdf, slot->id);
    if (!fresh)
        return;
    const KeySlot before = *slot;
    *slot = fresh.value();
    if (!saveKeyring())
        *m_keyring.slotById(slotId) = before;
}

Result<storage::Database> Vault::openDatabase(const KeySlot& slot, SlotSecrets& secrets, bool* finishedRotation)
{
    *finishedRotation = false;
    const auto anyPending = [this] {
        return std::any_of(m_keyring.keySlots.cbegin(), m_keyring.keySlots.cend(),
                           [](const KeySlot& s) { return !s.pendingMasterKey.isEmpty(); });
    };
    auto db = storage::Database::open(databasePath(), secrets.masterKey);
    if (db) {
        if (anyPending()) {
            // A master-key rotation stopped before the rekey committed: the database still has
            // the old key, so the next key is dropped from every slot.
            for (KeySlot& s : m_keyring.keySlots)
                s.pendingMasterKey.clear();
            if (auto r = saveKeyring(); !r)
                qWarning("custos: could not clear an interrupted key rotation from keyring.json: %s",
                         qUtf8Printable(r.errorMessage()));
        }
        return db;
    }
    if (db.errorCode() != Errc::WrongSecret || slot.pendingMasterKey.isEmpty())
        return db.error();
    // The rekey committed but the keyring was not finished: the pending key is the key now.
    auto next = Keyring::openPendingMasterKey(m_keyring.vaultId, slot, secrets.identityPrivateKey);
    if (!next)
        return next.error();
    auto reopened = storage::Database::open(databasePath(), next.value());
    if (!reopened)
        return reopened.error();
    for (KeySlot& s : m_keyring.keySlots) {
        if (s.pendingMasterKey.isEmpty())
            continue;
        s.sealedMasterKey = s.pendingMasterKey;
        s.pendingMasterKey.clear();
    }
    if (auto r = saveKeyring(); !r)
        qWarning("custos: could not finish an interrupted key rotation in keyring.json: %s",
                 qUtf8Printable(r.errorMessage()));
    secrets.masterKey = std::move(next.value());
    *finishedRotation = true;
    return reopened;
}

Result<std::unique_ptr<Session>> Vault::openSession(SlotSecrets secrets, const KeySlot& slotRef, SignInPurpose purpose)
{
    const QString slotId = slotRef.id;
    bool finishedRotation = false;
    auto db = openDatabase(slotRef, secrets, &finishedRotation);
    if (!db)
        return db.error();
    CUSTOS_TRY(storage::migrate(db.value()));

    storage::EmployeeRepository employees(db.value());
    storage::SettingsRepository settings(db.value());
    auto found = employees.bySlotId(slotId);
    if (!found)
        return found.error();
    if (!found->has_value()) {
        // A slot left behind when a deactivation could not rewrite keyring.json: the employee
        // row no longer links it, but the user name still tells whose it was.
        auto named = employees.byUsername(slotRef.username);
        if (!named)
            return named.error();
        if (named->has_value() && !(*named)->active)
            return refuseInactive(db.value(), **named, slotId);
        return Error{tr("This account's key slot is not linked to any employee. Ask an owner to re-create the "
                        "account."),
                     Errc::Corrupt};
    }
    Employee employee = **found;
    if (!employee.active)
        return refuseInactive(db.value(), employee, slotId);
    auto profile = settings.businessProfile();
    if (!profile)
        return profile.error();
    auto policy = settings.securityPolicy();
    if (!policy)
        return policy.error();

    const QDateTime now = m_clock.nowUtc();
    auto tx = storage::Transaction::begin(db.value());
    if (!tx)
        return tx.error();
    AuditLog log(db.value(), m_clock);
    // Failed attempts recorded while the vault was locked join the audit log now.
    for (const PendingAuditEvent& p : std::as_const(m_keyring.pendingEvents)) {
        auto a = log.append({0, p.at, std::nullopt, p.username, p.action, p.username, p.outcome, p.details, {}, {}});
        if (!a)
            return a.error();
    }
    CUSTOS_TRY(employees.recordSignIn(employee.id, now));
    auto a = log.append({0,
                         now,
                         employee.id,
                         employee.username,
                         purpose == SignInPurpose::Unlock ? audit::kUnlock : audit::kSignIn,
                         employee.username,
                         audit::kSuccess,
                         {},
                         {},
                         {}});
    if (!a)
        return a.error();
    if (finishedRotation) {
        CUSTOS_TRY(settings.setValue(kMasterRotatedAtSetting, toStorageTime(now)));
        auto count = settings.value(kMasterRotationsSetting, QStringLiteral("0"));
        if (!count)
            return count.error();
        CUSTOS_TRY(settings.setValue(kMasterRotationsSetting, QString::number(count->toInt() + 1)));
        auto r = log.append({0,
                             now,
                             employee.id,
                             employee.username,
                             audit::kKeyRotated,
                             QStringLiteral("master"),
                             audit::kSuccess,
                             QStringLiteral("database re-encrypted; rotation interrupted after the rekey and finished "
                                            "at this sign-in"),
                             {},
                             {}});
        if (!r)
            return r.error();
    }
    CUSTOS_TRY(tx->commit());

    // The clear-text label on the sign-in window follows the (encrypted) business name.
    if (m_keyring.label != profile->legalName) {
        m_keyring.label = profile->legalName;
        (void)saveKeyring();
    }
    KeySlot* slot = m_keyring.slotById(slotId);
    if (slot && (slot->failedAttempts > 0 || slot->lockedUntil.isValid() || !m_keyring.pendingEvents.isEmpty())) {
        slot->failedAttempts = 0;
        slot->lockedUntil = QDateTime();
        m_keyring.pendingEvents.clear();
        // The events are already in the log; if this save fails they are logged again next
        // time, which is a duplicate, never a loss.
        (void)saveKeyring();
    }
    employee.lastSignInAt = now;

    auto session =
        std::make_unique<Session>(std::move(db.value()), employee, secrets.masterKey, secrets.identityPrivateKey,
                                  m_keyring.vaultId, profile.value(), policy.value(), m_clock);
    if (employee.mustChangePassword)
        session->setPasswordChange(Session::PasswordChange::FirstSignIn);
    else if (session->passwordDaysLeft() <= 0)
        session->setPasswordChange(Session::PasswordChange::Expired);
    afterSignIn(*session);
    return session;
}

Error Vault::refuseInactive(storage::Database& db, const Employee& employee, const QString& slotId)
{
    const Error refusal{tr("This account has been deactivated. Ask a manager to reactivate it."), Errc::Denied};
    {
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        AuditLog log(db, m_clock);
        auto a = log.append({0,
                             m_clock.nowUtc(),
                             std::nullopt,
                             employee.username,
                             audit::kSignIn,
                             employee.username,
                             audit::kDenied,
                             QStringLiteral("account deactivated"),
                             {},
                             {}});
        if (!a)
            return a.error();
        if (auto r = tx->commit(); !r)
            return r.error();
    }
    // The database says the account is inactive: its slot has no business in the keyring.
    const qsizetype before = m_keyring.keySlots.size();
    m_keyring.keySlots.removeIf([&](const KeySlot& s) { return s.id == slotId; });
    if (m_keyring.keySlots.size() != before)
        (void)saveKeyring(); // best effort: the refusal stands either way
    return refusal;
}

void Vault::afterSignIn(Session& session)
{
    // Housekeeping must not lock anyone out of the vault, but a failure must not go unnoticed.
    // Error messages never hold secrets.
    if (auto r = deactivateDormant(session); !r)
        qWarning("custos: deactivating dormant accounts after sign-in failed: %s", qUtf8Printable(r.errorMessage()));
    if (auto r = access::Disclosure(session).sweep(); !r)
        qWarning("custos: removing lapsed disclosure grants after sign-in failed: %s",
                 qUtf8Printable(r.errorMessage()));
    // PCI DSS 3.2.1: sealed card numbers go once their retention after charging has passed,
    // whoever signs in next (each purge is audited as the purge of that order's card).
    if (auto r = OrderService(session).purgeDue(); !r)
        qWarning("custos: purging card numbers past their retention after sign-in failed: %s",
                 qUtf8Printable(r.errorMessage()));
}

} // namespace custos
