#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "crypto/Crypto.h"
#include "crypto/SecureBytes.h"
#include "domain/BusinessProfile.h"
#include "domain/Employee.h"
#include "vault/KeyRotation.h"
#include "vault/Keyring.h"
#include "vault/PasswordPolicy.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace custos {

struct NewVaultAccount
{
    QString username;
    QString fullName;
    crypto::SecureBytes password;
    Role role = Role::Clerk;
    bool mustChangePassword = true; // false only for the creator and for demo accounts
};

struct VaultCreateOptions
{
    bool demo = false;
    QString vaultId;          // empty: a new random UUID (the setup wizard picks it early for the recovery sheet)
    crypto::ScryptParams kdf; // the slots record it
};

// A vault folder: custos.db (SQLCipher, keyed with a random master key), keyring.json (one
// scrypt key slot per employee plus the recovery slot) and a lock file. An open Vault holds
// the lock and the keyring only; signing in decrypts a slot and opens the database.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)
public:
    static constexpr const char* kDatabaseFile = "custos.db";
    static constexpr const char* kKeyringFile = "keyring.json";
    static constexpr const char* kLockFile = "custos.lock";

    using NewAccount = NewVaultAccount;
    using CreateOptions = VaultCreateOptions;

    enum class SignInPurpose { SignIn, Unlock };

    ~Vault();

    static QString defaultLocation();
    // True when `dir` holds a keyring (a vault, possibly damaged).
    static bool looksLikeVault(const QString& dir);

    // Creates a new vault in `dir` (empty or missing) with the business profile, the owner's
    // account and the recovery code (from recovery::generateCode(), shown once to the owner).
    // Nothing is left behind on failure.
    static Result<std::unique_ptr<Vault>> create(const QString& dir, const BusinessProfile& profile,
                                                 const NewAccount& owner, const QString& recoveryCode,
                                                 const CreateOptions& options = {},
                                                 const Clock& clock = Clock::system());
    // Takes the vault's lock and reads its keyring. Errc::Busy when another Custos has it
    // open, Errc::NotFound when `dir` is not a vault, Errc::Corrupt when the keyring is damaged.
    static Result<std::unique_ptr<Vault>> open(const QString& dir, const Clock& clock = Clock::system());

    QString directory() const { return m_dir; }
    QString databasePath() const;
    QString keyringPath() const;
    QString label() const { return m_keyring.label; }
    bool isDemo() const { return m_keyring.demo; }
    const QString& vaultId() const { return m_keyring.vaultId; }
    const Clock& clock() const { return m_clock; }

    // Unwraps the employee's slot with `password` and opens the database. On a wrong password
    // the slot's failure counter rises (Errc::WrongSecret, message with the tries left); at
    // the limit the account locks for the lock-out period (Errc::LockedOut).
    Result<std::unique_ptr<Session>> signIn(const QString& username, const crypto::SecureBytes& password,
                                            SignInPurpose purpose = SignInPurpose::SignIn);

    // The owner forgot their password: the recovery code opens the vault, the owner gets a new
    // identity key, new grants and the new password.
    Result<std::unique_ptr<Session>> recover(const QString& recoveryCode, const QString& ownerUsername,
                                             const crypto::SecureBytes& newPassword);

    // Changes the signed-in employee's password under the policy: strength, no reuse of the
    // last N, different from the current one.
    Result<void> changePassword(Session& session, const crypto::SecureBytes& currentPassword,
                                const crypto::SecureBytes& newPassword);

    // Adds an employee with their own key slot. An owner may add any role, a manager only
    // clerks. With an empty password a one-time password is generated and returned.
    Result<QString> addEmployee(Session& actor, const NewAccount& account);

    // Staff lifecycle mechanics for access::StaffService, which decides who may do it first.
    // Deactivation is one transaction: the employee becomes inactive (row and history stay),
    // loses the link to their key slot and every grant, and the audit event records `details`;
    // keyring.json loses the slot in the same step (saved atomically before the commit, put
    // back if the commit fails). Errc::Invalid when already inactive.
    Result<void> deactivateEmployee(Session& actor, qint64 employeeId, const QString& details);
    // A new key slot and a new identity key pair (the old private key went with the old slot)
    // with a one-time password, returned, that must be changed at first sign-in. A reactivated
    // owner gets custody of the vault keys the acting owner holds. Errc::Invalid when active.
    Result<QString> reactivateEmployee(Session& actor, qint64 employeeId);

    // Owner only. Clamped to PCI DSS bounds; lock-out limits are mirrored into the keyring.
    Result<void> setSecurityPolicy(Session& owner, const SecurityPolicy& policy);

    // How many tries are left before `username` locks (for the sign-in window).
    int triesLeft(const QString& username) const;

    // ---- key rotation (VaultKeys.cpp; PCI DSS 3.6-3.7) -------------------------------------
    // Owner only (Permission::RotateKeys), audited as key.rotated / key.rotation_failed. Each
    // rotation is all-or-nothing across a crash:
    //  - Master: a new random database key. Every key slot gets it sealed to its X25519 public
    //    key as a *pending* key (keyring saved), the database is rekeyed (SQLCipher rekey, one
    //    transaction), then pending becomes current (keyring saved). A sign-in after a crash
    //    opens the database with whichever key works and finishes or abandons the rotation.
    //  - CardData: a new X25519 key; in ONE database transaction every sealed card number is
    //    opened and sealed to the new key, every grant and the recovery copy are re-issued, the
    //    old key is retired and its grants deleted (the old private key is then held by no one).
    //  - Signing: a new Ed25519 key in one transaction; the old public key stays (retired) so
    //    older documents and checkpoints keep verifying; its private key grants are deleted.
    // `recoveryCode` is needed only while recoveryNeedsCode() is true (a vault made before key
    // rotation existed): the recovery slot is then brought up to date first, so the recovery
    // sheet keeps opening the rotated keys.
    // `progress(done, total)` is called while card numbers are re-sealed; returning false
    // cancels a card-data rotation (Errc::Cancelled, nothing changed). A master rotation cannot
    // be cancelled once the rekey has started.
    // May run on a worker thread: for its duration the session's connection belongs to the
    // calling thread (Database::ThreadClaim), and any other thread's query answers Errc::Busy.
    using RotationProgress = std::function<bool(qint64 done, qint64 total)>;
    Result<KeyRotationResult> rotateKey(Session& owner, VaultKeyKind kind, const QString& recoveryCode = {},
                                        const RotationProgress& progress = {});
    // True when the recovery slot predates key rotation (no recovery public key recorded, or the
    // keyring and database disagree about it): the next rotation needs the recovery code once.
    Result<bool> recoveryNeedsCode(Session& session) const;

private:
    Vault(QString dir, Keyring keyring, std::unique_ptr<QLockFile> lock, const Clock& clock);
    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString& dir);

    Result<std::unique_ptr<Session>> openSession(SlotSecrets secrets, const KeySlot& slot, SignInPurpose purpose);
    void rewrapAfterRotation(const QString& slotId, const crypto::SecureBytes& password,
                             const crypto::SecureBytes& masterKey);
    // Opens custos.db with the slot's master key, or with its pending key when a master-key
    // rotation was interrupted after the rekey; finishes or abandons that rotation in the
    // keyring to match what the database says. `secrets.masterKey` becomes the key that worked.
    Result<storage::Database> openDatabase(const KeySlot& slot, SlotSecrets& secrets, bool* finishedRotation);
    // Key rotation steps (VaultKeys.cpp).
    Result<void> upgradeRecoverySlot(Session& owner, const QString& recoveryCode);
    Result<KeyRotationResult> rotateMasterKey(Session& owner);
    Result<KeyRotationResult> rotateAsymmetricKey(Session& owner, VaultKeyKind kind, const RotationProgress& progress);
    Result<void> saveKeyring();
    // Employee slots of `usernames` leave the keyring, `added` joins it; the keyring is saved and
    // then `tx` committed. On any failure both stay as they were.
    Result<void> commitWithSlots(storage::Transaction& tx, const QStringList& usernames,
                                 const std::optional<KeySlot>& added = std::nullopt);
    // After every successful sign-in: dormant accounts (PCI DSS 8.2.6) and disclosure grants
    // that lost their basis. Failures are logged (without secrets) and do not block the sign-in.
    void afterSignIn(Session& session);
    Result<int> deactivateDormant(Session& session);
    // An inactive employee's sign-in, audited as denied; a slot left behind is removed.
    Error refuseInactive(storage::Database& db, const Employee& employee, const QString& slotId);
    void noteFailure(KeySlot& slot, const QString& username, const QString& details);
    Result<void> checkNotLocked(const KeySlot& slot) const;
    Result<void> checkHistory(Session& session, const crypto::SecureBytes& newPassword);
    QStringList userInputs(const Session& session) const;

    QString m_dir;
    Keyring m_keyring;
    std::unique_ptr<QLockFile> m_lock;
    const Clock& m_clock;
};

} // namespace custos
