#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"
#include "storage/Statement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QThread>
#include <atomic>
#include <functional>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace custos::storage {

// An open, keyed SQLCipher database. Move-only; closed on destruction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };

    // Opens `path` keyed with a raw 256-bit key (`PRAGMA key = "x'..'"`), repeats the cipher
    // settings (cipher_page_size 4096, kdf_iter), proves the key by reading sqlite_master,
    // refuses to continue unless `PRAGMA cipher_version` answers (guard against plain SQLite
    // having been linked), then sets foreign_keys=ON, journal_mode=WAL, synchronous=FULL,
    // temp_store=MEMORY, secure_delete=ON.
    // Errors: Errc::WrongSecret (wrong key), Errc::Corrupt (not a database / truncated),
    // Errc::NotFound (OpenExisting and no file), Errc::Io (cannot open/write), Errc::Failed.
    static Result<Database> open(const QString& path, const crypto::SecureBytes& rawKey,
                                 OpenMode mode = OpenMode::OpenExisting);

    Database() = default;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    bool isOpen() const { return m_db != nullptr; }
    void close();

    // Runs one or more SQL statements without parameters (DDL, PRAGMA).
    Result<void> exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);

    qint64 lastInsertRowId() const;
    int changes() const;

    int userVersion() const;
    Result<void> setUserVersion(int version);
    Result<QString> cipherVersion();
    // PRAGMA integrity_check; ok only when it answers "ok".
    Result<void> integrityCheck();
    // Changes the database key (PRAGMA rekey with a raw key).
    Result<void> rekey(const crypto::SecureBytes& newRawKey);
    // Flushes the WAL into the main file (PRAGMA wal_checkpoint(TRUNCATE)).
    Result<void> checkpoint();
    // Writes a complete encrypted copy of this database to `path` (which must not exist) keyed
    // with `rawKey` and the same cipher settings, schema version included (ATTACH ... KEY and
    // sqlcipher_export). The copy is NOT verified here: reopen it (see PLATFORM-NOTES).
    Result<void> exportCopy(const QString& path, const crypto::SecureBytes& rawKey);
    // The same copy at the speed of the disk: the WAL is checkpointed into the main file, a second
    // connection (keyed with `rawKey`, this database's key) holds a read transaction on it — which
    // stops any checkpoint from writing into the main file meanwhile — and the file's bytes are
    // copied page for page. `progress(done, total)` returning false cancels (the copy is removed).
    // Falls back to nothing: Errc::Busy when the WAL could not be emptied first (another reader).
    // The copy is NOT verified here: reopen it (see PLATFORM-NOTES).
    Result<void> snapshotCopy(const QString& path, const crypto::SecureBytes& rawKey,
                              const std::function<bool(qint64 done, qint64 total)>& progress = {});

    QString path() const { return m_path; }
    sqlite3* handle() const { return m_db; }

    // While a ThreadClaim lives, only the thread that made it may use this connection: exec(),
    // prepare() and Transaction::begin() from any other thread answer Errc::Busy at once instead
    // of slipping their statements into (or beside) the claimant's work. For long work handed to
    // a worker thread (the master key's rekey) while the GUI thread keeps running its timers.
    class [[nodiscard]] ThreadClaim
    {
    public:
        ThreadClaim(ThreadClaim&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}
        ThreadClaim& operator=(ThreadClaim&&) = delete;
        ThreadClaim(const ThreadClaim&) = delete;
        ThreadClaim& operator=(const ThreadClaim&) = delete;
        ~ThreadClaim();

    private:
        friend class Database;
        explicit ThreadClaim(Database* db) : m_db(db) {}
        Database* m_db = nullptr;
    };
    // Nested claims by the same thread are allowed (the outer one releases).
    ThreadClaim claimForThisThread();
    // Errc::Busy when another thread holds a claim; success otherwise.
    Result<void> checkThread() const;

    // A translated message for an SQLite result code, for the given action.
    static Error errorFor(int rc, const QString& action, sqlite3* db = nullptr);

private:
    sqlite3* m_db = nullptr;
    QString m_path;
    std::atomic<Qt::HANDLE> m_claimant{nullptr};
};

// BEGIN IMMEDIATE ... COMMIT. Rolls back on destruction unless commit() succeeded, so one
// user action is one transaction and a failure half-way leaves nothing behind.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
public:
    static Result<Transaction> begin(Database& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();
    void rollback();

private:
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
    bool m_active = false;
};

} // namespace custos::storage
