#pragma once

// Encrypted backups of a whole vault in one self-contained file (restores on a new computer).
//
// Layout (integers big-endian):
//   "CUSTOSBK" | u32 format (1) | u32 n | header JSON (n bytes, clear: vault id, business label,
//   time made — enough to list backups without a password) | u32 n | keyring.json as on disk
//   (its slots are sealed already) | u32 n | summary sealed with AES-256-GCM (counts, who made
//   it, schema version; AAD = the header) | u64 n | the database copy, a SQLCipher file keyed
//   with the vault's master key | HMAC-SHA256 over everything before it (32 bytes).
// The summary and MAC keys are derived from the master key, so only someone who can open the
// vault (an employee's password or the recovery code, through the keyring inside) can read or
// check a backup; a flipped byte anywhere fails the MAC and the backup is refused.
//
// Making one: the database is exported (sqlcipher_export) to a temporary copy next to the vault,
// the copy is reopened and checked (quick_check and row counts — the backup API can report success
// on an unreadable copy), the file is written atomically into the backup folder, read back and
// verified in full, and only then recorded (settings backup.last_success_at, audit backup.created)
// and older backups of this vault beyond `keep` removed.

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace custos {
class Keyring;
class Session;
} // namespace custos

namespace custos::backup {

inline constexpr quint32 kFormatVersion = 1;
inline constexpr int kDefaultKeep = 10;
inline constexpr int kMaxKeep = 365;
// Settings keys (SettingsRepository).
inline const QString kLastSuccessKey = QStringLiteral("backup.last_success_at"); // storage time
inline const QString kLastPathKey = QStringLiteral("backup.last_path");
inline const QString kFolderKey = QStringLiteral("backup.folder");
inline const QString kKeepKey = QStringLiteral("backup.keep");
inline const QString kScheduleKey = QStringLiteral("backup.schedule"); // "off", "sign_out", "daily"
// Audit actions.
inline const QString kAuditCreated = QStringLiteral("backup.created");
inline const QString kAuditFailed = QStringLiteral("backup.failed");
inline const QString kAuditRestored = QStringLiteral("backup.restored");

struct Counts
{
    qint64 customers = 0;
    qint64 orders = 0;
    qint64 employees = 0;
    qint64 auditEvents = 0;
};

// What a backup holds, shown before anything is restored.
struct Preview
{
    QString vaultId;
    QString business;
    QDateTime createdAt;
    QString createdBy; // user name
    int schemaVersion = 0;
    Counts counts;
    qint64 sizeBytes = 0;
};

// The clear part of a backup file: readable without a password (for listings).
struct Header
{
    QString vaultId;
    QString business;
    QDateTime createdAt;
};

struct Settings
{
    QString folder;
    int keep = kDefaultKeep;
    QString schedule = QStringLiteral("off");
};
Result<Settings> loadSettings(Session& session);
// Owners (ManageSettings), audited as settings.backup.
Result<void> saveSettings(Session& session, const Settings& settings);
// When the last backup was verified and recorded (invalid: never).
Result<QDateTime> lastSuccess(Session& session);

// Progress: fraction 0..1 and a short phase text; return false to cancel (Errc::Cancelled,
// nothing left behind, nothing recorded).
using Progress = std::function<bool(double fraction, const QString& phase)>;

struct Created
{
    QString path;
    Preview preview;
    QStringList removed; // older backups deleted under the keep-last rule
};
// Makes, verifies and records a backup of the vault at `vaultDir` (the session's vault) in
// `folder`, keeping the newest `keep` backups of this vault there. Any employee's session can
// make one (automatic backups run at sign-out); the file is as protected as the vault itself.
Result<Created> createBackup(Session& session, const QString& vaultDir, const QString& folder, int keep,
                             const Progress& progress = {});

// The backups of vault `vaultId` in `folder`, newest first (unreadable files are skipped).
QList<QPair<QString, Header>> listBackups(const QString& folder, const QString& vaultId);

// Reads the clear header; Errc::Corrupt for a file that is not a Custos backup.
Result<Header> readHeader(const QString& path);

// Verifies a backup of the session's vault in full (MAC, summary, database copy reopened).
Result<Preview> verifyBackup(const QString& path, const crypto::SecureBytes& masterKey);

// A backup file opened for restoring.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)
public:
    // Parses the layout (no secret needed). Errc::Corrupt when it is not a complete backup.
    static Result<std::unique_ptr<BackupFile>> open(const QString& path);
    ~BackupFile();

    const Header& header() const { return m_header; }

    // Unlocks with an owner's user name and password, or with the recovery code: verifies the MAC
    // over the whole file, opens the database copy and returns the preview. Errc::WrongSecret for
    // a wrong password or code, Errc::Denied when the account is not an active owner's,
    // Errc::Corrupt when the file was changed.
    Result<Preview> unlockWithPassword(const QString& username, const crypto::SecureBytes& password);
    Result<Preview> unlockWithRecoveryCode(const QString& recoveryCode);
    // With the master key of a session of the same vault (verifying the vault's own backups).
    Result<Preview> unlockWithMasterKey(const crypto::SecureBytes& masterKey);

    struct Restored
    {
        QString vaultDir;
        QString previousMovedTo; // where an existing vault in vaultDir was moved, or empty
    };
    // After an unlock: writes the vault into `targetDir`. A missing or empty folder is used as is;
    // a folder holding a vault is first renamed to "<targetDir>.before-restore-<time>" (never
    // overwritten); any other non-empty folder is refused. The restored vault is written into a
    // temporary sibling folder and renamed into place, and the restore is audited in it.
    Result<Restored> restoreTo(const QString& targetDir, const Progress& progress = {});

private:
    BackupFile() = default;
    Result<Keyring> embeddedKeyring() const;
    Result<Preview> unlock(const crypto::SecureBytes& masterKey, const QString& actorName,
                           const QString& requiredSlotId);

    QString m_path;
    Header m_header;
    QByteArray m_headerBytes;
    QByteArray m_keyringBytes;
    QByteArray m_sealedSummary;
    qint64 m_dbOffset = 0;
    qint64 m_dbLength = 0;
    crypto::SecureBytes m_masterKey; // after an unlock
    QString m_unlockedBy;
    Preview m_preview;
};

} // namespace custos::backup
