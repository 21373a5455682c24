// The SQLCipher storage engine: one keyed connection, prepared statements and transactions.
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtGlobal>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace custos::storage {
namespace {

constexpr std::size_t kRawKeySize = 32;                  // a 256-bit master key
constexpr int kCipherPageSize = 4096;                    // ~2x faster scans than SQLCipher's 1024 default
constexpr int kKdfIterations = 64000;                    // unused with a raw key, but must match on every open
constexpr int kBusyTimeoutMs = 5000;                     // a second connection's write lasts milliseconds
constexpr int kPageCacheKiB = 64 * 1024;                 // decrypted pages kept in memory, per connection
constexpr char kPlainSqliteHeader[] = "SQLite format 3"; // first 16 bytes (with the NUL) of a clear database

// Builds the raw-key literal x'<64 hex>' that SQLCipher takes instead of a passphrase, so its
// own KDF is skipped. Lives only in wiped buffers.
crypto::SecureBytes keyLiteral(const crypto::SecureBytes& rawKey)
{
    const crypto::SecureBytes hex = rawKey.toHex();
    crypto::SecureBytes literal(hex.size() + 3);
    unsigned char* out = literal.data();
    out[0] = 'x';
    out[1] = '\'';
    std::memcpy(out + 2, hex.data(), hex.size());
    out[hex.size() + 2] = '\'';
    return literal;
}

QString sqliteDetail(int rc, sqlite3* db)
{
    const char* message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return QString::fromUtf8(message ? message : sqlite3_errstr(rc));
}

// Runs `sql` and returns the first column of its first row; a null QString when there is no row.
Result<QString> firstText(Database& db, const QString& sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return QString();
    return stmt->isNull(0) ? QString() : stmt->text(0);
}

bool startsWithPlainSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(sizeof(kPlainSqliteHeader));
    return head == QByteArray(kPlainSqliteHeader, sizeof(kPlainSqliteHeader));
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Database

Result<Database> Database::open(const QString& path, const crypto::SecureBytes& rawKey, OpenMode mode)
{
    if (rawKey.size() != kRawKeySize)
        return Error{tr("The vault key has the wrong length; the keyring may be damaged."), Errc::Invalid};

    const QString shownPath = QDir::toNativeSeparators(path);
    QFileInfo info(path);
    if (info.exists() && info.isDir()) {
        return Error{
            tr("The vault database %1 is a folder, not a file. Check the vault folder setting.").arg(shownPath),
            Errc::Io};
    }
    if (!info.exists() && mode == OpenMode::OpenExisting) {
        return Error{
            tr("There is no vault database at %1. Check the vault folder, or create a new vault.").arg(shownPath),
            Errc::NotFound};
    }
    // SQLite would silently treat an empty file as a brand-new database; for an existing vault
    // that means its contents were lost, which must not pass as "a vault with no data".
    if (info.exists() && mode == OpenMode::OpenExisting && info.size() == 0) {
        return Error{
            tr("The vault database %1 is empty (damaged or truncated). Restore it from a backup.").arg(shownPath),
            Errc::Corrupt};
    }

    int flags = SQLITE_OPEN_READWRITE;
    if (mode == OpenMode::CreateIfMissing)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    Database db; // owns the handle from here on: every early return closes it
    db.m_db = handle;
    db.m_path = path;
    if (rc != SQLITE_OK || !handle)
        return errorFor(rc != SQLITE_OK ? rc : SQLITE_NOMEM, tr("open the vault database %1").arg(shownPath), handle);

    rc = sqlite3_busy_timeout(handle, kBusyTimeoutMs);
    if (rc != SQLITE_OK)
        return errorFor(rc, tr("open the vault database %1").arg(shownPath), handle);

    {
        const crypto::SecureBytes literal = keyLiteral(rawKey);
        rc = sqlite3_key_v2(handle, "main", literal.data(), static_cast<int>(literal.size()));
    }
    if (rc != SQLITE_OK)
        return errorFor(rc, tr("unlock the vault database"), handle);

    // The guard runs before anything reads or writes the file: if plain SQLite answered,
    // the key was ignored and the vault would be written in clear. (cipher_version needs no
    // page of the database, so it answers even before the key is proven.)
    auto version = firstText(db, u"PRAGMA cipher_version;"_s);
    if (!version)
        return version.error();
    if (version->isEmpty()) {
        return Error{tr("This copy of Custos is linked against plain SQLite instead of SQLCipher, so the vault "
                        "would not be encrypted. Custos refuses to run; reinstall it from a trusted package."),
                     Errc::Failed};
    }

    // Cipher settings are not stored in the file: they must be repeated on every open, before the first read.
    CUSTOS_TRY(db.exec(u"PRAGMA cipher_page_size = %1;"_s.arg(kCipherPageSize)));
    CUSTOS_TRY(db.exec(u"PRAGMA kdf_iter = %1;"_s.arg(kKdfIterations)));

    // Proves the key: a wrong key (or a file that is not a vault) fails its first read with SQLITE_NOTADB.
    {
        sqlite3_stmt* probe = nullptr;
        rc = sqlite3_prepare_v2(handle, "SELECT count(*) FROM sqlite_master;", -1, &probe, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(probe);
            if (rc == SQLITE_ROW || rc == SQLITE_DONE)
                rc = SQLITE_OK;
        }
        sqlite3_finalize(probe); // its code repeats `rc`
    }
    if (rc == SQLITE_NOTADB) {
        info.refresh();
        const qint64 size = info.size();
        if (size > 0 && (size < kCipherPageSize || size % kCipherPageSize != 0)) {
            return Error{tr("The vault database %1 is damaged or truncated. Restore it from a backup.").arg(shownPath),
                         Errc::Corrupt};
        }
        if (startsWithPlainSqliteHeader(path)) {
            return Error{tr("The file %1 is an unencrypted SQLite database, not a Custos vault.").arg(shownPath),
                         Errc::Corrupt};
        }
        return Error{tr("The vault key does not open this database."), Errc::WrongSecret};
    }
    if (rc != SQLITE_OK)
        return errorFor(rc, tr("read the vault database %1").arg(shownPath), handle);

    CUSTOS_TRY(db.exec(u"PRAGMA foreign_keys = ON;"_s));
    auto foreignKeys = firstText(db, u"PRAGMA foreign_keys;"_s);
    if (!foreignKeys)
        return foreignKeys.error();
    if (*foreignKeys != u"1"_s)
        return Error{tr("The database engine refused to enforce foreign keys; the vault cannot be used safely."),
                     Errc::Failed};

    // journal_mode answers the mode it ended up in instead of failing (e.g. on a network drive).
    auto journal = firstText(db, u"PRAGMA journal_mode = WAL;"_s);
    if (!journal)
        return journal.error();
    if (journal->compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        return Error{tr("The vault folder does not support the write-ahead log that Custos needs (is it on a "
                        "network drive?). Move the vault to a local disk."),
                     Errc::Io};
    }
    CUSTOS_TRY(db.exec(u"PRAGMA synchronous = FULL;"_s));
    CUSTOS_TRY(db.exec(u"PRAGMA temp_store = MEMORY;"_s));
    CUSTOS_TRY(db.exec(u"PRAGMA secure_delete = ON;"_s));
    // Every page read from disk is decrypted and authenticated; SQLite's default cache (about
    // 2 MiB) made customer search re-decrypt the same pages on every keystroke.
    CUSTOS_TRY(db.exec(u"PRAGMA cache_size = -%1;"_s.arg(kPageCacheKiB)));
    return db;
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_path(std::move(other.m_path)),
      m_claimant(other.m_claimant.exchange(nullptr))
{}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_claimant = other.m_claimant.exchange(nullptr);
    }
    return *this;
}

Database::ThreadClaim Database::claimForThisThread()
{
    Qt::HANDLE expected = nullptr;
    if (m_claimant.compare_exchange_strong(expected, QThread::currentThreadId()))
        return ThreadClaim(this);
    // Already ours (nested): the outer claim releases. Another thread's: its claim stands, and
    // this thread's own statements are refused by checkThread() as usual.
    return ThreadClaim(nullptr);
}

Database::ThreadClaim::~ThreadClaim()
{
    if (m_db)
        m_db->m_claimant.store(nullptr);
}

Result<void> Database::checkThread() const
{
    const Qt::HANDLE claimant = m_claimant.load();
    if (claimant && claimant != QThread::currentThreadId())
        return Error{tr("The vault is busy: its key is being changed. Try again when that has finished."), Errc::Busy};
    return success();
}

Database::~Database()
{
    close();
}

void Database::close()
{
    if (!m_db)
        return;
    // close_v2 defers the close until Statements that outlive us are finalized, so their
    // handle stays valid; the last close also checkpoints the WAL and deletes it.
    const int rc = sqlite3_close_v2(m_db);
    if (rc != SQLITE_OK)
        qWarning("custos: closing the vault database failed (SQLite code %d)", rc);
    m_db = nullptr;
}

Result<void> Database::exec(const QString& sql)
{
    if (!m_db)
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    CUSTOS_TRY(checkThread());
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, tr("update the vault"), m_db);
    return success();
}

Result<Statement> Database::prepare(const QString& sql)
{
    if (!m_db)
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    CUSTOS_TRY(checkThread());
    const QByteArray utf8 = sql.toUtf8();
    if (utf8.size() > INT_MAX)
        return errorFor(SQLITE_TOOBIG, tr("prepare a vault query"), nullptr);
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, &tail);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return errorFor(rc, tr("prepare a vault query"), m_db);
    }
    Statement statement(m_db, stmt);
    if (!stmt)
        return Error{tr("Internal error: an empty vault query was prepared."), Errc::Failed};

    // Only the first statement would run; a second one is a programming error, not something to drop silently.
    if (tail && *tail) {
        sqlite3_stmt* next = nullptr;
        const auto remaining = static_cast<int>(utf8.constData() + utf8.size() - tail);
        rc = sqlite3_prepare_v2(m_db, tail, remaining, &next, nullptr);
        const bool hasMore = next != nullptr;
        sqlite3_finalize(next);
        if (rc != SQLITE_OK)
            return errorFor(rc, tr("prepare a vault query"), m_db);
        if (hasMore)
            return Error{tr("Internal error: a vault query holds more than one SQL statement."), Errc::Failed};
    }
    return statement;
}

qint64 Database::lastInsertRowId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

int Database::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

// -1 when the version cannot be read (closed or unreadable database).
int Database::userVersion() const
{
    if (!m_db)
        return -1;
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version;", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        version = sqlite3_column_int(stmt, 0);
    }
    sqlite3_finalize(stmt); // its code repeats the failure handled above
    return version;
}

Result<void> Database::setUserVersion(int version)
{
    return exec(u"PRAGMA user_version = %1;"_s.arg(version));
}

Result<QString> Database::cipherVersion()
{
    auto version = firstText(*this, u"PRAGMA cipher_version;"_s);
    if (!version)
        return version.error();
    if (version->isEmpty())
        return Error{tr("The database engine is plain SQLite, not SQLCipher: the vault would not be encrypted."),
                     Errc::Failed};
    return version;
}

Result<void> Database::integrityCheck()
{
    auto answer = firstText(*this, u"PRAGMA integrity_check;"_s);
    if (!answer)
        return answer.error();
    if (*answer != u"ok"_s) // the details name pages and indexes, not something a clerk can act on
        return Error{tr("The vault database failed its integrity check. Restore it from a backup."), Errc::Corrupt};
    return success();
}

Result<void> Database::exportCopy(const QString& path, const crypto::SecureBytes& rawKey)
{
    if (!m_db)
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    if (rawKey.size() != kRawKeySize)
        return Error{tr("The copy's key has the wrong length."), Errc::Invalid};
    if (!sqlite3_get_autocommit(m_db))
        return Error{tr("Internal error: the vault cannot be copied inside a transaction."), Errc::Failed};
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists.").arg(path), Errc::Io};
    {
        // ATTACH opens with this connection's flags, which do not include CREATE: start from an
        // empty file (SQLite treats it as an empty database), readable by the owner only.
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly))
            return Error{tr("Cannot create %1: %2").arg(path, empty.errorString()), Errc::Io};
        empty.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    {
        auto attach = prepare(u"ATTACH DATABASE ?1 AS custos_copy KEY ?2;"_s);
        if (!attach)
            return attach.error();
        attach->bind(1, path).bind(2, keyLiteral(rawKey));
        CUSTOS_TRY(attach->exec());
    }
    const auto detach = [this] { (void)exec(u"DETACH DATABASE custos_copy;"_s); };
    const int version = userVersion();
    auto copied = [&]() -> Result<void> {
        CUSTOS_TRY(exec(u"PRAGMA custos_copy.cipher_page_size = %1;"_s.arg(kCipherPageSize)));
        CUSTOS_TRY(exec(u"PRAGMA custos_copy.kdf_iter = %1;"_s.arg(kKdfIterations)));
        CUSTOS_TRY(exec(u"SELECT sqlcipher_export('custos_copy');"_s));
        CUSTOS_TRY(exec(u"PRAGMA custos_copy.user_version = %1;"_s.arg(version)));
        return success();
    }();
    detach();
    if (!copied) {
        QFile::remove(path);
        return copied.error();
    }
    return success();
}

Result<void> Database::snapshotCopy(const QString& path, const crypto::SecureBytes& rawKey,
                                    const std::function<bool(qint64 done, qint64 total)>& progress)
{
    if (!m_db)
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    if (!sqlite3_get_autocommit(m_db))
        return Error{tr("Internal error: the vault cannot be copied inside a transaction."), Errc::Failed};
    if (QFileInfo::exists(path))
        return Error{tr("%1 already exists.").arg(path), Errc::Io};

    // 1. Everything committed goes into the main file; the WAL is left empty. Nothing can write in
    //    between (the vault's lock keeps other processes out, and this runs on the caller's thread).
    int logFrames = 0;
    int checkpointed = 0;
    const int rc = sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_TRUNCATE, &logFrames, &checkpointed);
    if (rc != SQLITE_OK)
        return rc == SQLITE_BUSY ? Error{tr("The vault is busy; try the copy again."), Errc::Busy}
                                 : errorFor(rc, tr("write the vault's journal into the database file"), m_db);
    if (logFrames != 0)
        return Error{tr("The vault is busy; try the copy again."), Errc::Busy};

    // 2. A reader on the empty WAL reads the main file only, and holds the lock every checkpoint
    //    needs before it writes there: the file stays as it is until the read ends, while this
    //    connection goes on writing into the WAL.
    auto reader = Database::open(m_path, rawKey);
    if (!reader)
        return reader.error();
    CUSTOS_TRY(reader->exec(QStringLiteral("BEGIN;")));
    {
        auto st = reader->prepare(QStringLiteral("SELECT count(*) FROM sqlite_master;"));
        if (!st)
            return st.error();
        auto row = st->step();
        if (!row)
            return row.error();
    }

    // 3. The bytes, into a new file readable by the owner only.
    auto copied = [&]() -> Result<void> {
        QFile source(m_path);
        if (!source.open(QIODevice::ReadOnly))
            return Error{tr("Cannot read %1: %2").arg(m_path, source.errorString()), Errc::Io};
        QFile target(path);
        if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{tr("Cannot create %1: %2").arg(path, target.errorString()), Errc::Io};
        target.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const qint64 total = source.size();
        constexpr qint64 kChunk = 4 * 1024 * 1024;
        QByteArray buffer;
        qint64 done = 0;
        while (done < total) {
            buffer = source.read(std::min(kChunk, total - done));
            if (buffer.isEmpty())
                return Error{tr("Cannot read %1: %2").arg(m_path, source.errorString()), Errc::Io};
            errno = 0;
            if (target.write(buffer) != buffer.size()) {
                const int savedErrno = errno;
                if (savedErrno == ENOSPC || savedErrno == EDQUOT || savedErrno == EFBIG ||
                    target.error() == QFileDevice::ResourceError)
                    return Error{tr("The disk is full — free some space and try again; nothing was saved."), Errc::Io};
                return Error{tr("Cannot write %1: %2").arg(path, target.errorString()), Errc::Io};
            }
            done += buffer.size();
            if (progress && !progress(done, total))
                return Error{tr("Cancelled."), Errc::Cancelled};
        }
        if (!target.flush())
            return Error{tr("Cannot write %1: %2").arg(path, target.errorString()), Errc::Io};
        return success();
    }();
    (void)reader->exec(QStringLiteral("COMMIT;"));
    reader->close();
    if (!copied) {
        QFile::remove(path);
        return copied.error();
    }
    return success();
}

Result<void> Database::rekey(const crypto::SecureBytes& newRawKey)
{
    if (!m_db)
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    if (newRawKey.size() != kRawKeySize)
        return Error{tr("The new vault key has the wrong length."), Errc::Invalid};
    if (!sqlite3_get_autocommit(m_db))
        return Error{tr("Internal error: the vault key cannot be changed inside a transaction."), Errc::Failed};

    int rc = SQLITE_OK;
    {
        const crypto::SecureBytes literal = keyLiteral(newRawKey);
        rc = sqlite3_rekey_v2(m_db, "main", literal.data(), static_cast<int>(literal.size()));
    }
    if (rc != SQLITE_OK)
        return errorFor(rc, tr("change the vault key"), m_db);

    // From here on the file is under the new key, whatever happens next: nothing after this
    // point may be reported as a failed rekey, or the caller would go back to a key that no
    // longer opens the file (tst_key_rotation masterKeyRotationWithAReaderOpen).
    // Rekeying writes the re-encrypted pages to the WAL; move them into the main file now so
    // pages under the old key do not linger there. Another connection inside a read transaction
    // keeps the WAL from being emptied: then SQLite's next checkpoint finishes the job (every
    // page is in the WAL under the new key, so a crash before then loses nothing).
    if (auto flushed = checkpoint(); !flushed)
        qWarning("custos: the vault key was changed; its journal is written into the file later (%s)",
                 qUtf8Printable(flushed.errorMessage()));
    return success();
}

Result<void> Database::checkpoint()
{
    if (!m_db)
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    const int rc = sqlite3_wal_checkpoint_v2(m_db, "main", SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFor(rc, tr("write the vault's journal into the database file"), m_db);
    return success();
}

Error Database::errorFor(int rc, const QString& action, sqlite3* db)
{
    // Only SQLite's own text goes into a message: it names tables and columns, never bound values or keys.
    // SQLite turns only ENOSPC into SQLITE_FULL; a write refused because a quota is used up
    // (EDQUOT) or because the file would grow past the largest size the drive or the process
    // allows (EFBIG: 4 GiB on FAT32, a ulimit) arrives as SQLITE_IOERR_WRITE, with the reason
    // kept in the connection's system errno. For the user these are a full disk too.
    // sqlcipher_export() runs its own statements and reports their failure as SQLITE_ERROR with
    // the text of the original code: recognise a write failure or a full disk by that text.
    if ((rc & 0xff) == SQLITE_ERROR && db) {
        const char* message = sqlite3_errmsg(db);
        if (message && std::strcmp(message, sqlite3_errstr(SQLITE_FULL)) == 0)
            rc = SQLITE_FULL;
        else if (message && std::strcmp(message, sqlite3_errstr(SQLITE_IOERR)) == 0)
            rc = SQLITE_IOERR;
    }
    if ((rc & 0xff) == SQLITE_IOERR && db) {
        switch (sqlite3_system_errno(db)) {
        case ENOSPC:
        case EDQUOT:
            rc = SQLITE_FULL;
            break;
        case EFBIG:
            return {tr("The disk is full, or a file has reached the largest size this drive allows — free some "
                       "space and try again; nothing was saved."),
                    Errc::Io};
        default:
            break;
        }
    }
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {tr("The disk is full — free some space and try again; nothing was saved."), Errc::Io};
    case SQLITE_READONLY:
        return {tr("Could not %1: the vault is read-only. Check that you may write to the vault folder and its files, "
                   "then try again; nothing was saved.")
                    .arg(action),
                Errc::Io};
    case SQLITE_CANTOPEN:
        return {tr("Could not %1: the file cannot be opened. Check that the vault folder exists, that its drive is "
                   "connected and that you may write to it.")
                    .arg(action),
                Errc::Io};
    case SQLITE_PERM:
        return {tr("Could not %1: permission denied. Ask whoever looks after this computer for write access to the "
                   "vault folder.")
                    .arg(action),
                Errc::Io};
    case SQLITE_IOERR:
        return {tr("Could not %1: the disk reported a read or write error. Check that the drive is connected and "
                   "healthy, then try again.")
                    .arg(action),
                Errc::Io};
    case SQLITE_NOTADB:
        return {tr("The vault key does not open this database."), Errc::WrongSecret};
    case SQLITE_CORRUPT:
        return {tr("Could not %1: the vault database is damaged or truncated. Restore it from a backup.").arg(action),
                Errc::Corrupt};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {tr("Could not %1: the vault is busy in another window or program. Wait a moment and try again.")
                    .arg(action),
                Errc::Busy};
    case SQLITE_CONSTRAINT:
        return {tr("Could not %1: the change conflicts with data already in the vault (%2).")
                    .arg(action, sqliteDetail(rc, db)),
                Errc::Invalid};
    case SQLITE_TOOBIG:
        return {tr("Could not %1: the value is too large to store.").arg(action), Errc::Invalid};
    case SQLITE_NOMEM:
        return {tr("Could not %1: the computer ran out of memory. Close other programs and try again.").arg(action),
                Errc::Failed};
    default:
        return {tr("Could not %1 (SQLite error %2: %3).").arg(action, QString::number(rc), sqliteDetail(rc, db)),
                Errc::Failed};
    }
}

// ---------------------------------------------------------------------------------------------
// Transaction

Result<Transaction> Transaction::begin(Database& db)
{
    if (!db.isOpen())
        return Error{tr("Internal error: the vault database is not open."), Errc::Failed};
    CUSTOS_TRY(db.checkThread());
    // IMMEDIATE takes the write lock now, so a busy vault fails here, before any work is done.
    const int rc = sqlite3_exec(db.handle(), "BEGIN IMMEDIATE;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return Database::errorFor(rc, tr("start a change to the vault"), db.handle());
    Transaction tx(&db);
    tx.m_active = true;
    return tx;
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_active(std::exchange(other.m_active, false))
{}

Transaction::~Transaction()
{
    rollback();
}

Result<void> Transaction::commit()
{
    if (!m_active || !m_db || !m_db->isOpen())
        return Error{tr("Internal error: there is no open change to the vault to save."), Errc::Failed};
    sqlite3* handle = m_db->handle();
    if (sqlite3_get_autocommit(handle)) {
        // SQLite already rolled back (after SQLITE_FULL, IOERR, NOMEM, ...): nothing of it was saved.
        m_active = false;
        return Error{tr("The change to the vault was abandoned after an earlier error; nothing was saved."),
                     Errc::Failed};
    }
    const int rc = sqlite3_exec(handle, "COMMIT;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        Error error = Database::errorFor(rc, tr("save the change to the vault"), handle);
        rollback();
        return error;
    }
    m_active = false;
    return success();
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    if (!m_db || !m_db->isOpen())
        return;
    sqlite3* handle = m_db->handle();
    if (sqlite3_get_autocommit(handle))
        return; // SQLite already rolled the transaction back after an error
    const int rc = sqlite3_exec(handle, "ROLLBACK;", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        qWarning("custos: rolling back a vault transaction failed (SQLite code %d)", rc);
}

} // namespace custos::storage
