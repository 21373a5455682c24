#include "vault/Backup.h"

#include "audit/AuditLog.h"
#include "core/Clock.h"
#include "crypto/Crypto.h"
#include "storage/Database.h"
#include "storage/EmployeeRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Keyring.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <algorithm>
#include <cerrno>

namespace custos::backup {
namespace {

constexpr char kMagic[] = "CUSTOSBK";
constexpr qsizetype kMagicSize = 8;
constexpr qsizetype kMacSize = 32;
constexpr quint32 kMaxSectionBytes = 16u * 1024 * 1024; // header, keyring and summary are small
constexpr qint64 kChunk = 1 << 20;
const QString kSuffix = QStringLiteral(".cbk");

QString tr(const char* text)
{
    return QCoreApplication::translate("Backup", text);
}

Error damaged(const QString& path)
{
    return Error{tr("%1 is not a complete Custos backup, or it was changed after it was made. It cannot be used.")
                     .arg(QDir::toNativeSeparators(path)),
                 Errc::Corrupt};
}

Result<crypto::SecureBytes> deriveKey(const crypto::SecureBytes& masterKey, const char* label)
{
    auto key = crypto::hmacSha256(masterKey, QByteArray(label));
    if (!key)
        return key.error();
    return crypto::SecureBytes::fromByteArray(key.value());
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray u64(quint64 v)
{
    QByteArray b(8, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

bool cancelled(const Progress& progress, double fraction, const QString& phase)
{
    return progress && !progress(fraction, phase);
}

Error cancelError()
{
    return Error{tr("The backup was cancelled; nothing was written."), Errc::Cancelled};
}

// The tables whose row counts a backup records and checks in its copy.
Result<Counts> countRows(storage::Database& db)
{
    Counts c;
    const std::pair<const char*, qint64*> tables[] = {{"customers", &c.customers},
                                                      {"orders", &c.orders},
                                                      {"employees", &c.employees},
                                                      {"audit_events", &c.auditEvents}};
    for (const auto& [table, out] : tables) {
        auto st = db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
        if (!st)
            return st.error();
        auto row = st->step();
        if (!row)
            return row.error();
        *out = st->int64(0);
    }
    return c;
}

Result<void> quickCheck(storage::Database& db)
{
    auto st = db.prepare(QStringLiteral("PRAGMA quick_check"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value() || st->text(0) != QLatin1String("ok"))
        return Error{tr("The copy of the vault failed its integrity check."), Errc::Corrupt};
    return success();
}

QJsonObject countsJson(const Counts& c)
{
    return QJsonObject{{QStringLiteral("customers"), c.customers},
                       {QStringLiteral("orders"), c.orders},
                       {QStringLiteral("employees"), c.employees},
                       {QStringLiteral("audit_events"), c.auditEvents}};
}

Counts countsFrom(const QJsonObject& o)
{
    Counts c;
    c.customers = o.value(QStringLiteral("customers")).toInteger();
    c.orders = o.value(QStringLiteral("orders")).toInteger();
    c.employees = o.value(QStringLiteral("employees")).toInteger();
    c.auditEvents = o.value(QStringLiteral("audit_events")).toInteger();
    return c;
}

bool sameCounts(const Counts& a, const Counts& b)
{
    return a.customers == b.customers && a.orders == b.orders && a.employees == b.employees &&
           a.auditEvents == b.auditEvents;
}

Result<Header> parseHeader(const QByteArray& bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Error{tr("The backup's header is damaged."), Errc::Corrupt};
    const QJsonObject o = doc.object();
    Header h;
    h.vaultId = o.value(QStringLiteral("vault_id")).toString();
    h.business = o.value(QStringLiteral("business")).toString();
    h.createdAt = fromStorageTime(o.value(QStringLiteral("created_at")).toString());
    if (h.vaultId.isEmpty() || !h.createdAt.isValid())
        return Error{tr("The backup's header is damaged."), Errc::Corrupt};
    return h;
}

// Reads one length-prefixed section; false when the file ends early or the length is absurd.
bool readSection(QFile& file, QByteArray* out)
{
    const QByteArray len = file.read(4);
    if (len.size() != 4)
        return false;
    const quint32 n = qFromBigEndian<quint32>(len.constData());
    if (n > kMaxSectionBytes)
        return false;
    *out = file.read(n);
    return out->size() == qsizetype(n);
}

// Streams `length` bytes from `file` at `offset` into `mac` and, when given, `sink`.
Result<void> streamRange(QFile& file, qint64 offset, qint64 length, crypto::HmacSha256Stream* mac, QIODevice* sink,
                         const Progress& progress, double from, double to, const QString& phase)
{
    if (!file.seek(offset))
        return Error{tr("Cannot read the backup: %1").arg(file.errorString()), Errc::Io};
    qint64 done = 0;
    while (done < length) {
        const QByteArray chunk = file.read(std::min(kChunk, length - done));
        if (chunk.isEmpty())
            return Error{tr("Cannot read the backup: %1").arg(file.errorString()), Errc::Io};
        if (mac)
            CUSTOS_TRY(mac->update(chunk));
        if (sink && sink->write(chunk) != chunk.size())
            return Error{tr("Cannot write the restored vault: %1").arg(sink->errorString()), Errc::Io};
        done += chunk.size();
        if (cancelled(progress, from + (to - from) * double(done) / double(std::max<qint64>(length, 1)), phase))
            return cancelError();
    }
    return success();
}

// The whole file's MAC check: everything but the last 32 bytes, against them.
Result<void> checkMac(const QString& path, const crypto::SecureBytes& masterKey, const Progress& progress, double from,
                      double to)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()), Errc::Io};
    const qint64 size = file.size();
    if (size < kMagicSize + kMacSize)
        return damaged(path);
    auto macKey = deriveKey(masterKey, "custos backup mac v1");
    if (!macKey)
        return macKey.error();
    auto mac = crypto::HmacSha256Stream::create(macKey.value());
    if (!mac)
        return mac.error();
    CUSTOS_TRY(streamRange(file, 0, size - kMacSize, &mac.value(), nullptr, progress, from, to, tr("Checking")));
    const QByteArray stored = file.read(kMacSize);
    auto computed = mac->finish();
    if (!computed)
        return computed.error();
    if (stored.size() != kMacSize || computed.value() != stored)
        return damaged(path);
    return success();
}

QString backupName(const QString& business, const QDateTime& at)
{
    QString slug;
    for (const QChar c : business.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug += c;
        else if (!slug.endsWith(QLatin1Char('-')) && !slug.isEmpty())
            slug += QLatin1Char('-');
        if (slug.size() >= 30)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("vault");
    return QStringLiteral("custos-backup-%1-%2%3")
        .arg(slug, at.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")), kSuffix);
}

} // namespace

// ---- settings -----------------------------------------------------------------------------------

Result<Settings> loadSettings(Session& session)
{
    storage::SettingsRepository settings(session.database());
    Settings s;
    auto folder = settings.value(kFolderKey);
    if (!folder)
        return folder.error();
    s.folder = folder.value();
    auto keep = settings.value(kKeepKey, QString::number(kDefaultKeep));
    if (!keep)
        return keep.error();
    s.keep = std::clamp(keep->toInt(), 1, kMaxKeep);
    auto schedule = settings.value(kScheduleKey, QStringLiteral("off"));
    if (!schedule)
        return schedule.error();
    s.schedule = schedule.value();
    return s;
}

Result<void> saveSettings(Session& session, const Settings& s)
{
    if (session.employee().role != Role::Owner)
        return Error{tr("Only an owner can change the backup settings."), Errc::Denied};
    if (s.schedule != QLatin1String("off") && s.schedule != QLatin1String("sign_out") &&
        s.schedule != QLatin1String("daily"))
        return Error{tr("Choose when backups are made: never automatically, at sign-out, or daily."), Errc::Invalid};
    if (s.schedule != QLatin1String("off") && s.folder.trimmed().isEmpty())
        return Error{tr("Choose a backup folder for automatic backups."), Errc::Invalid};
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    storage::SettingsRepository settings(session.database());
    CUSTOS_TRY(settings.setValue(kFolderKey, s.folder.trimmed()));
    CUSTOS_TRY(settings.setValue(kKeepKey, QString::number(std::clamp(s.keep, 1, kMaxKeep))));
    CUSTOS_TRY(settings.setValue(kScheduleKey, s.schedule));
    CUSTOS_TRY(session.appendAudit(QStringLiteral("settings.backup"), QStringLiteral("backup_settings"),
                                   audit::kSuccess, QStringLiteral("keep=%1 schedule=%2").arg(s.keep).arg(s.schedule)));
    return tx->commit();
}

Result<QDateTime> lastSuccess(Session& session)
{
    auto value = storage::SettingsRepository(session.database()).value(kLastSuccessKey);
    if (!value)
        return value.error();
    return value->isEmpty() ? QDateTime() : fromStorageTime(value.value());
}

// ---- making one ---------------------------------------------------------------------------------

Result<Created> createBackup(Session& session, const QString& vaultDir, const QString& folder, int keep,
                             const Progress& progress)
{
    const auto fail = [&session](const Error& error) {
        // The failure is recorded (without the path, which may name a person's drive).
        (void)session.recordEvent(kAuditFailed, QStringLiteral("backup"), audit::kFailure,
                                  error.code == Errc::Cancelled ? QStringLiteral("cancelled")
                                                                : QStringLiteral("error=%1").arg(int(error.code)));
        return error;
    };
    if (folder.trimmed().isEmpty())
        return Error{tr("Choose a folder for the backup."), Errc::Invalid};
    if (!QDir().mkpath(folder))
        return fail(Error{tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder)), Errc::Io});
    const QDateTime now = session.clock().nowUtc();
    storage::Database& db = session.database();

    // 1. The database copy, next to the vault (same disk), in a folder removed afterwards.
    if (cancelled(progress, 0.0, tr("Copying the vault")))
        return fail(cancelError());
    QTemporaryDir work(QDir(vaultDir).filePath(QStringLiteral(".backup-XXXXXX")));
    if (!work.isValid())
        return fail(
            Error{tr("Cannot make a working folder in the vault folder: %1").arg(work.errorString()), Errc::Io});
    const QString copyPath = work.filePath(QStringLiteral("copy.db"));
    auto sourceCounts = countRows(db);
    if (!sourceCounts)
        return fail(sourceCounts.error());
    // Page for page at the speed of the disk (the copy has the vault's key); sqlcipher_export,
    // which rebuilds every table and index (minutes on a large vault), only if the WAL was busy.
    const auto copyProgress = [&progress](qint64 done, qint64 total) {
        return !cancelled(progress, 0.3 * double(done) / double(std::max<qint64>(total, 1)), tr("Copying the vault"));
    };
    if (auto copied = db.snapshotCopy(copyPath, session.masterKey(), copyProgress); !copied) {
        if (copied.errorCode() == Errc::Cancelled)
            return fail(cancelError());
        if (copied.errorCode() != Errc::Busy)
            return fail(copied.error());
        if (auto exported = db.exportCopy(copyPath, session.masterKey()); !exported)
            return fail(exported.error());
    }
    {
        auto copy = storage::Database::open(copyPath, session.masterKey());
        if (!copy)
            return fail(copy.error());
        if (auto checked = quickCheck(copy.value()); !checked)
            return fail(checked.error());
        auto copyCounts = countRows(copy.value());
        if (!copyCounts)
            return fail(copyCounts.error());
        if (!sameCounts(copyCounts.value(), sourceCounts.value()))
            return fail(
                Error{tr("The copy of the vault does not hold every row; the backup was not made."), Errc::Corrupt});
        // Leave a single self-contained file (no WAL beside it).
        if (auto flushed = copy->exec(QStringLiteral("PRAGMA journal_mode=DELETE;")); !flushed)
            return fail(flushed.error());
    }
    if (cancelled(progress, 0.35, tr("Writing the backup")))
        return fail(cancelError());

    // 2. The file, written atomically with its MAC.
    QFile keyringFile(QDir(vaultDir).filePath(QString::fromLatin1(Vault::kKeyringFile)));
    if (!keyringFile.open(QIODevice::ReadOnly))
        return fail(Error{tr("Cannot read the keyring: %1").arg(keyringFile.errorString()), Errc::Io});
    const QByteArray keyringBytes = keyringFile.readAll();
    Preview preview;
    preview.vaultId = session.vaultId();
    preview.business = session.businessProfile().legalName;
    preview.createdAt = now;
    preview.createdBy = session.employee().username;
    preview.schemaVersion = db.userVersion();
    preview.counts = sourceCounts.value();
    const QByteArray headerBytes = QJsonDocument(QJsonObject{{QStringLiteral("format"), int(kFormatVersion)},
                                                             {QStringLiteral("vault_id"), preview.vaultId},
                                                             {QStringLiteral("business"), preview.business},
                                                             {QStringLiteral("created_at"), toStorageTime(now)}})
                                       .toJson(QJsonDocument::Compact);
    QJsonObject summary = countsJson(preview.counts);
    summary.insert(QStringLiteral("created_by"), preview.createdBy);
    summary.insert(QStringLiteral("schema_version"), preview.schemaVersion);
    auto sealKey = deriveKey(session.masterKey(), "custos backup summary v1");
    if (!sealKey)
        return fail(sealKey.error());
    auto sealed = crypto::aeadSeal(
        sealKey.value(), crypto::SecureBytes::fromByteArray(QJsonDocument(summary).toJson(QJsonDocument::Compact)),
        headerBytes);
    if (!sealed)
        return fail(sealed.error());
    auto macKey = deriveKey(session.masterKey(), "custos backup mac v1");
    if (!macKey)
        return fail(macKey.error());
    auto mac = crypto::HmacSha256Stream::create(macKey.value());
    if (!mac)
        return fail(mac.error());

    const QString path = QDir(folder).filePath(backupName(preview.business, now));
    {
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return fail(
                Error{tr("Cannot write the backup in %1: %2").arg(QDir::toNativeSeparators(folder), out.errorString()),
                      Errc::Io});
        // Like the vault's own files: the backup is for its owner's eyes only.
        out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const auto writeError = [&out](int savedErrno) {
            if (savedErrno == ENOSPC || savedErrno == EDQUOT || savedErrno == EFBIG)
                return Error{tr("Could not write the backup: the disk is full, or the file is larger than that drive "
                                "allows. Free some space or choose another drive; no partial file was left."),
                             Errc::Io};
            return Error{tr("Could not write the backup (%1). The disk may be full; no partial file was left.")
                             .arg(out.errorString()),
                         Errc::Io};
        };
        const auto put = [&](const QByteArray& bytes) -> Result<void> {
            CUSTOS_TRY(mac->update(bytes));
            errno = 0;
            if (out.write(bytes) != bytes.size())
                return writeError(errno);
            return success();
        };
        QFile copyFile(copyPath);
        if (!copyFile.open(QIODevice::ReadOnly))
            return fail(Error{tr("Cannot read the copy of the vault: %1").arg(copyFile.errorString()), Errc::Io});
        const qint64 dbLength = copyFile.size();
        Result<void> written = [&]() -> Result<void> {
            CUSTOS_TRY(put(QByteArray(kMagic, kMagicSize) + u32(kFormatVersion)));
            CUSTOS_TRY(put(u32(quint32(headerBytes.size())) + headerBytes));
            CUSTOS_TRY(put(u32(quint32(keyringBytes.size())) + keyringBytes));
            CUSTOS_TRY(put(u32(quint32(sealed->size())) + sealed.value()));
            CUSTOS_TRY(put(u64(quint64(dbLength))));
            qint64 done = 0;
            while (done < dbLength) {
                const QByteArray chunk = copyFile.read(std::min(kChunk, dbLength - done));
                if (chunk.isEmpty())
                    return Error{tr("Cannot read the copy of the vault: %1").arg(copyFile.errorString()), Errc::Io};
                CUSTOS_TRY(put(chunk));
                done += chunk.size();
                if (cancelled(progress, 0.35 + 0.35 * double(done) / double(std::max<qint64>(dbLength, 1)),
                              tr("Writing the backup")))
                    return cancelError();
            }
            auto tag = mac->finish();
            if (!tag)
                return tag.error();
            errno = 0;
            if (out.write(tag.value()) != tag->size())
                return writeError(errno);
            return success();
        }();
        if (!written) {
            out.cancelWriting();
            return fail(written.error());
        }
        errno = 0;
        if (!out.commit()) {
            const int savedErrno = errno;
            if (savedErrno == ENOSPC || savedErrno == EDQUOT || savedErrno == EFBIG)
                return fail(writeError(savedErrno));
            return fail(Error{tr("Could not finish writing the backup (%1). The disk may be full; no partial file "
                                 "was left.")
                                  .arg(out.errorString()),
                              Errc::Io});
        }
    }

    // 3. Read back and verify in full before recording it.
    if (cancelled(progress, 0.75, tr("Checking the backup"))) {
        QFile::remove(path);
        return fail(cancelError());
    }
    auto verified = verifyBackup(path, session.masterKey());
    if (!verified) {
        QFile::remove(path);
        return fail(Error{tr("The backup was written but did not read back correctly (%1); it was removed.")
                              .arg(verified.errorMessage()),
                          verified.errorCode() == Errc::Cancelled ? Errc::Cancelled : Errc::Io});
    }
    if (!sameCounts(verified->counts, preview.counts)) {
        QFile::remove(path);
        return fail(Error{tr("The backup did not read back with every row; it was removed."), Errc::Corrupt});
    }
    preview.sizeBytes = QFileInfo(path).size();

    // 4. Record it, then apply the keep-last rule.
    {
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        storage::SettingsRepository settings(db);
        CUSTOS_TRY(settings.setValue(kLastSuccessKey, toStorageTime(now)));
        CUSTOS_TRY(settings.setValue(kLastPathKey, path));
        CUSTOS_TRY(session.appendAudit(kAuditCreated, QStringLiteral("backup"), audit::kSuccess,
                                       QStringLiteral("bytes=%1 customers=%2 orders=%3 employees=%4")
                                           .arg(preview.sizeBytes)
                                           .arg(preview.counts.customers)
                                           .arg(preview.counts.orders)
                                           .arg(preview.counts.employees)));
        CUSTOS_TRY(tx->commit());
    }
    Created created;
    created.path = path;
    created.preview = preview;
    const auto existing = listBackups(folder, session.vaultId());
    for (qsizetype i = std::max(1, keep); i < existing.size(); ++i) {
        if (QFileInfo(existing.at(i).first) == QFileInfo(path))
            continue;
        if (QFile::remove(existing.at(i).first))
            created.removed << existing.at(i).first;
    }
    if (progress)
        progress(1.0, tr("Done"));
    return created;
}

QList<QPair<QString, Header>> listBackups(const QString& folder, const QString& vaultId)
{
    QList<QPair<QString, Header>> out;
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("custos-backup-*") + kSuffix}, QDir::Files | QDir::Readable);
    for (const QFileInfo& info : files) {
        auto header = readHeader(info.absoluteFilePath());
        if (header && header->vaultId == vaultId)
            out.append({info.absoluteFilePath(), header.value()});
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.second.createdAt > b.second.createdAt; });
    return out;
}

Result<Header> readHeader(const QString& path)
{
    auto file = BackupFile::open(path);
    if (!file)
        return file.error();
    return file.value()->header();
}

Result<Preview> verifyBackup(const QString& path, const crypto::SecureBytes& masterKey)
{
    auto file = BackupFile::open(path);
    if (!file)
        return file.error();
    return file.value()->unlockWithMasterKey(masterKey);
}

// ---- reading one --------------------------------------------------------------------------------

BackupFile::~BackupFile() = default;

Result<std::unique_ptr<BackupFile>> BackupFile::open(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
                     file.exists() ? Errc::Io : Errc::NotFound};
    const QByteArray start = file.read(kMagicSize + 4);
    if (start.size() != kMagicSize + 4 || !start.startsWith(QByteArray(kMagic, kMagicSize)))
        return Error{tr("%1 is not a Custos backup.").arg(QDir::toNativeSeparators(path)), Errc::Corrupt};
    const quint32 format = qFromBigEndian<quint32>(start.constData() + kMagicSize);
    if (format != kFormatVersion)
        return Error{tr("%1 was made by a newer version of Custos (backup format %2). Update Custos to restore it.")
                         .arg(QDir::toNativeSeparators(path))
                         .arg(format),
                     Errc::Invalid};
    std::unique_ptr<BackupFile> backup(new BackupFile);
    backup->m_path = path;
    if (!readSection(file, &backup->m_headerBytes) || !readSection(file, &backup->m_keyringBytes) ||
        !readSection(file, &backup->m_sealedSummary))
        return damaged(path);
    const QByteArray len = file.read(8);
    if (len.size() != 8)
        return damaged(path);
    // The length comes from the file: compared with what follows it, never added to anything
    // (offset + a length near 2^63 overflowed: undefined behaviour, caught by fuzz_backup).
    const quint64 dbLength = qFromBigEndian<quint64>(len.constData());
    backup->m_dbOffset = file.pos();
    const qint64 rest = file.size() - backup->m_dbOffset - kMacSize;
    if (dbLength == 0 || rest <= 0 || dbLength != quint64(rest))
        return damaged(path);
    backup->m_dbLength = rest;
    auto header = parseHeader(backup->m_headerBytes);
    if (!header)
        return damaged(path);
    backup->m_header = header.value();
    return backup;
}

Result<Preview> BackupFile::unlock(const crypto::SecureBytes& masterKey, const QString& actorName,
                                   const QString& requiredSlotId)
{
    CUSTOS_TRY(checkMac(m_path, masterKey, {}, 0, 1));
    auto sealKey = deriveKey(masterKey, "custos backup summary v1");
    if (!sealKey)
        return sealKey.error();
    auto opened = crypto::aeadOpen(sealKey.value(), m_sealedSummary, m_headerBytes);
    if (!opened)
        return damaged(m_path);
    const QJsonObject summary = QJsonDocument::fromJson(opened->toByteArray()).object();
    Preview p;
    p.vaultId = m_header.vaultId;
    p.business = m_header.business;
    p.createdAt = m_header.createdAt;
    p.createdBy = summary.value(QStringLiteral("created_by")).toString();
    p.schemaVersion = summary.value(QStringLiteral("schema_version")).toInt();
    p.counts = countsFrom(summary);
    p.sizeBytes = QFileInfo(m_path).size();

    // The database copy must open with the key, pass its check and hold what the summary says.
    QTemporaryDir work;
    if (!work.isValid())
        return Error{tr("Cannot make a temporary folder: %1").arg(work.errorString()), Errc::Io};
    const QString dbPath = work.filePath(QStringLiteral("check.db"));
    {
        QFile in(m_path);
        QFile out(dbPath);
        if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
            return Error{tr("Cannot read the backup: %1").arg(in.errorString()), Errc::Io};
        CUSTOS_TRY(streamRange(in, m_dbOffset, m_dbLength, nullptr, &out, {}, 0, 1, QString()));
    }
    auto db = storage::Database::open(dbPath, masterKey);
    if (!db)
        return damaged(m_path);
    CUSTOS_TRY(quickCheck(db.value()));
    auto counts = countRows(db.value());
    if (!counts)
        return counts.error();
    if (!sameCounts(counts.value(), p.counts))
        return damaged(m_path);
    if (!requiredSlotId.isEmpty()) {
        auto employee = storage::EmployeeRepository(db.value()).bySlotId(requiredSlotId);
        if (!employee)
            return employee.error();
        if (!employee.value() || employee.value()->role != Role::Owner || !employee.value()->active)
            return Error{tr("Only an owner can restore a backup: \"%1\" is not an active owner in it.").arg(actorName),
                         Errc::Denied};
    }
    m_masterKey = masterKey;
    m_unlockedBy = actorName;
    m_preview = p;
    return p;
}

Result<Preview> BackupFile::unlockWithMasterKey(const crypto::SecureBytes& masterKey)
{
    return unlock(masterKey, QString(), QString());
}

Result<Keyring> BackupFile::embeddedKeyring() const
{
    // Keyring::load reads a file: give it the backup's copy in a private temporary folder.
    QTemporaryDir work;
    if (!work.isValid())
        return Error{tr("Cannot make a temporary folder: %1").arg(work.errorString()), Errc::Io};
    const QString keyringPath = work.filePath(QString::fromLatin1(Vault::kKeyringFile));
    {
        QFile out(keyringPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(m_keyringBytes) != m_keyringBytes.size())
            return Error{tr("Cannot read the backup's keyring: %1").arg(out.errorString()), Errc::Io};
    }
    auto keyring = Keyring::load(keyringPath);
    if (!keyring)
        return damaged(m_path);
    return keyring;
}

Result<Preview> BackupFile::unlockWithPassword(const QString& username, const crypto::SecureBytes& password)
{
    auto keyring = embeddedKeyring();
    if (!keyring)
        return keyring.error();
    const KeySlot* slot = keyring->employeeSlot(username.trimmed());
    if (!slot)
        return Error{tr("There is no account \"%1\" in this backup.").arg(username.trimmed().left(64)),
                     Errc::WrongSecret};
    auto secrets = Keyring::unwrap(keyring->vaultId, *slot, password);
    if (!secrets) {
        if (secrets.errorCode() == Errc::WrongSecret)
            return Error{tr("The user name or password is not right for this backup."), Errc::WrongSecret};
        return secrets.error();
    }
    return unlock(secrets->masterKey, username.trimmed(), slot->id);
}

Result<Preview> BackupFile::unlockWithRecoveryCode(const QString& recoveryCode)
{
    const crypto::SecureBytes code = recovery::normalize(recoveryCode);
    if (code.isEmpty())
        return Error{tr("A recovery code has 25 letters and digits, as printed on the recovery sheet."), Errc::Invalid};
    auto keyring = embeddedKeyring();
    if (!keyring)
        return keyring.error();
    KeySlot* slot = keyring->recoverySlot();
    if (!slot)
        return Error{tr("This backup has no recovery slot."), Errc::NotFound};
    auto secrets = Keyring::unwrap(keyring->vaultId, *slot, code);
    if (!secrets) {
        if (secrets.errorCode() == Errc::WrongSecret)
            return Error{tr("The recovery code is not right for this backup."), Errc::WrongSecret};
        return secrets.error();
    }
    return unlock(secrets->masterKey, tr("recovery code"), QString());
}

Result<BackupFile::Restored> BackupFile::restoreTo(const QString& targetDir, const Progress& progress)
{
    if (m_masterKey.isEmpty())
        return Error{tr("Unlock the backup with an owner's password or the recovery code first."), Errc::Denied};
    Restored restored;
    restored.vaultDir = QDir::cleanPath(QDir(targetDir).absolutePath());
    const QDir target(restored.vaultDir);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) &&
        !Vault::looksLikeVault(restored.vaultDir))
        return Error{tr("%1 is not empty and holds no vault; choose an empty or new folder.")
                         .arg(QDir::toNativeSeparators(restored.vaultDir)),
                     Errc::Invalid};

    // Build the restored vault beside the target, then swap it in.
    const QString staging =
        restored.vaultDir + QStringLiteral(".restoring-") + now.toString(QStringLiteral("yyyyMMddHHmmss"));
    if (!QDir().mkpath(staging))
        return Error{tr("Cannot create %1.").arg(QDir::toNativeSeparators(staging)), Errc::Io};
    const auto cleanup = [&staging] { QDir(staging).removeRecursively(); };
    const auto stagingFail = [&cleanup](const Error& e) {
        cleanup();
        return e;
    };
    QFile::setPermissions(staging, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    {
        QSaveFile keyring(QDir(staging).filePath(QString::fromLatin1(Vault::kKeyringFile)));
        if (!keyring.open(QIODevice::WriteOnly) || keyring.write(m_keyringBytes) != m_keyringBytes.size() ||
            !keyring.commit())
            return stagingFail(
                Error{tr("Could not write the restored keyring (%1). The disk may be full.").arg(keyring.errorString()),
                      Errc::Io});
        QFile::setPermissions(keyring.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QSaveFile db(QDir(staging).filePath(QString::fromLatin1(Vault::kDatabaseFile)));
        QFile in(m_path);
        if (!db.open(QIODevice::WriteOnly) || !in.open(QIODevice::ReadOnly))
            return stagingFail(Error{tr("Could not write the restored vault (%1).").arg(db.errorString()), Errc::Io});
        // The MAC was checked at unlock; check it again while copying, in case the file changed since.
        auto macKey = deriveKey(m_masterKey, "custos backup mac v1");
        if (!macKey)
            return stagingFail(macKey.error());
        if (auto copied =
                streamRange(in, m_dbOffset, m_dbLength, nullptr, &db, progress, 0.1, 0.8, tr("Restoring the vault"));
            !copied) {
            db.cancelWriting();
            return stagingFail(copied.error());
        }
        if (!db.commit())
            return stagingFail(Error{
                tr("Could not finish writing the restored vault (%1). The disk may be full.").arg(db.errorString()),
                Errc::Io});
        QFile::setPermissions(db.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    CUSTOS_TRY(checkMac(m_path, m_masterKey, progress, 0.8, 0.9));
    // Record the restore in the restored vault's own audit log.
    {
        auto db =
            storage::Database::open(QDir(staging).filePath(QString::fromLatin1(Vault::kDatabaseFile)), m_masterKey);
        if (!db)
            return stagingFail(db.error());
        auto tx = storage::Transaction::begin(db.value());
        if (!tx)
            return stagingFail(tx.error());
        AuditEvent event;
        event.actorName = m_unlockedBy;
        event.action = kAuditRestored;
        event.target = QStringLiteral("vault");
        event.details = QStringLiteral("backup_made=%1").arg(toStorageTime(m_preview.createdAt));
        if (auto appended = AuditLog(db.value(), Clock::system()).append(event); !appended)
            return stagingFail(appended.error());
        if (auto committed = tx->commit(); !committed)
            return stagingFail(committed.error());
        (void)db->checkpoint();
    }

    if (target.exists() && !target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        restored.previousMovedTo =
            restored.vaultDir + QStringLiteral(".before-restore-") + now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
        if (!QDir().rename(restored.vaultDir, restored.previousMovedTo))
            return stagingFail(Error{tr("Could not move the current vault aside to %1; nothing was changed.")
                                         .arg(QDir::toNativeSeparators(restored.previousMovedTo)),
                                     Errc::Io});
    } else if (target.exists()) {
        QDir().rmdir(restored.vaultDir);
    }
    if (!QDir().rename(staging, restored.vaultDir)) {
        if (!restored.previousMovedTo.isEmpty())
            QDir().rename(restored.previousMovedTo, restored.vaultDir);
        return stagingFail(Error{tr("Could not put the restored vault in place at %1; nothing was changed.")
                                     .arg(QDir::toNativeSeparators(restored.vaultDir)),
                                 Errc::Io});
    }
    if (progress)
        progress(1.0, tr("Done"));
    return restored;
}

} // namespace custos::backup
