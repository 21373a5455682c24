// The SQLCipher storage engine against real encrypted files in a temporary folder.
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <array>
#include <limits>
#include <memory>
#include <optional>
#include <sqlite3.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using custos::Errc;
using custos::crypto::SecureBytes;
using custos::storage::Database;
using custos::storage::Migration;
using custos::storage::Statement;
using custos::storage::Transaction;

namespace {

SecureBytes keyOf(char digit)
{
    return SecureBytes::fromHex(QByteArray(64, digit));
}

const QList<QString> kSchemaTables{u"business_profile"_s, u"settings"_s,   u"employees"_s,   u"password_history"_s,
                                   u"vault_keys"_s,       u"key_grants"_s, u"audit_events"_s};

// The error message of a failed Result, for QVERIFY2 (which evaluates its message even on success).
template <typename R>
QByteArray why(const R& result)
{
    return result.ok() ? QByteArray() : result.errorMessage().toUtf8();
}

// True when step() produced a row; false when the statement is done or failed.
bool hasRow(Statement& stmt)
{
    auto row = stmt.step();
    return row.ok() && row.value();
}

} // namespace

class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void createAndReopenWithSameKey();
    void wrongKeyIsWrongSecret();
    void missingFileIsNotFound();
    void randomBytesFileIsRefused();
    void truncatedDatabaseIsCorrupt();
    void emptyFileIsCorruptForExistingVault();
    void plainSqliteFileIsRefused();
    void keyOfWrongLengthIsRefused();
    void cipherVersionAnswers();
    void settingsAppliedOnEveryOpen();
    void foreignKeysAreEnforced();

    void textRoundTrip_data();
    void textRoundTrip();
    void typedRoundTrip();
    void statementReuse();
    void bindErrorReportedWithoutValue();
    void constraintErrorHasNoValue();
    void prepareRefusesSecondStatement();

    void transactionRollsBackOnDestruction();
    void transactionRollsBackAfterFailingStatement();
    void commitPersistsAcrossReopen();
    void nestedTransactionIsRefused();
    void claimedConnectionRefusesOtherThreads();

    void migrateEmptyVault();
    void migrateCurrentVaultIsNoOp();
    void failingMigrationLeavesPreviousVersion();
    void unorderedMigrationsAreRefused();
    void newerVaultIsRefused();

    void markerNeverOnDiskInClear();
    void rekeyRoundTrip();
    void integrityAndCheckpoint();

    void directoryInsteadOfFileIsIo();
    void uncreatablePathIsIo();
    void readOnlyFolderIsIo();

private:
    Database create(const QString& name = u"custos.db"_s, const SecureBytes& key = keyOf('a'));
    static QStringList tables(Database& db);
    static QString pragma(Database& db, const QString& name);

    std::unique_ptr<QTemporaryDir> m_tempDir; // a fresh folder for every test function
};

void TestStorage::init()
{
    m_tempDir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tempDir->isValid());
    // Nothing in the storage layer should need to warn in a normal run.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

Database TestStorage::create(const QString& name, const SecureBytes& key)
{
    auto db = Database::open(m_tempDir->filePath(name), key, Database::OpenMode::CreateIfMissing);
    if (!db) {
        qCritical("open failed: %s", why(db).constData());
        return {};
    }
    return std::move(db.value());
}

QStringList TestStorage::tables(Database& db)
{
    QStringList names;
    auto stmt = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    if (!stmt)
        return names;
    for (auto row = stmt->step(); row && *row; row = stmt->step())
        names << stmt->text(0);
    return names;
}

QString TestStorage::pragma(Database& db, const QString& name)
{
    auto stmt = db.prepare(u"PRAGMA %1"_s.arg(name));
    if (!stmt)
        return u"<error: %1>"_s.arg(stmt.errorMessage());
    auto row = stmt->step();
    if (!row || !*row)
        return u"<no row>"_s;
    return stmt->text(0);
}

// ---------------------------------------------------------------------------------------------
// Opening

void TestStorage::createAndReopenWithSameKey()
{
    const QString path = m_tempDir->filePath(u"reopen.db"_s);
    {
        auto db = Database::open(path, keyOf('a'), Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), why(db).constData());
        QVERIFY(db->isOpen());
        QCOMPARE(db->path(), path);
        QVERIFY(db->exec(u"CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('kept');"_s).ok());
    }
    QVERIFY(QFile::exists(path));
    auto db = Database::open(path, keyOf('a'));
    QVERIFY2(db.ok(), why(db).constData());
    auto stmt = db->prepare(u"SELECT v FROM t"_s);
    QVERIFY2(stmt.ok(), why(stmt).constData());
    auto row = stmt->step();
    QVERIFY(row.ok() && *row);
    QCOMPARE(stmt->text(0), u"kept"_s);
}

void TestStorage::wrongKeyIsWrongSecret()
{
    {
        Database db = create(u"wrongkey.db"_s);
        QVERIFY(db.isOpen());
        QVERIFY(db.exec(u"CREATE TABLE t (v INTEGER)"_s).ok());
    }
    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::CreateIfMissing}) {
        auto db = Database::open(m_tempDir->filePath(u"wrongkey.db"_s), keyOf('b'), mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.errorCode(), Errc::WrongSecret);
        QVERIFY2(db.errorMessage().contains(u"The vault key does not open this database"_s), why(db).constData());
    }
    // The failed attempts changed nothing: the right key still opens it.
    auto again = Database::open(m_tempDir->filePath(u"wrongkey.db"_s), keyOf('a'));
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(tables(*again).contains(u"t"_s));
}

void TestStorage::missingFileIsNotFound()
{
    const QString path = m_tempDir->filePath(u"nothing-here.db"_s);
    auto db = Database::open(path, keyOf('a'), Database::OpenMode::OpenExisting);
    QVERIFY(!db.ok());
    QCOMPARE(db.errorCode(), Errc::NotFound);
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), why(db).constData());
    QVERIFY(!QFile::exists(path)); // OpenExisting must never create a file
}

void TestStorage::randomBytesFileIsRefused()
{
    const QString path = m_tempDir->filePath(u"random.db"_s);
    QByteArray noise(8192, '\0');
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(noise), noise.size());
    }
    auto db = Database::open(path, keyOf('a'));
    QVERIFY(!db.ok());
    // Without the key, random bytes and a vault under another key cannot be told apart.
    QVERIFY2(db.errorCode() == Errc::Corrupt || db.errorCode() == Errc::WrongSecret, why(db).constData());
    QVERIFY(!db.errorMessage().isEmpty());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), noise); // refused without touching the file
}

void TestStorage::truncatedDatabaseIsCorrupt()
{
    const QString path = m_tempDir->filePath(u"truncated.db"_s);
    {
        Database db = create(u"truncated.db"_s);
        QVERIFY(db.isOpen());
        QVERIFY(custos::storage::migrate(db).ok());
    }
    QVERIFY(QFileInfo(path).size() > 4096);
    QVERIFY(QFile::resize(path, 1000));

    auto db = Database::open(path, keyOf('a'));
    QVERIFY(!db.ok());
    QCOMPARE(db.errorCode(), Errc::Corrupt);
    QVERIFY2(db.errorMessage().contains(u"damaged or truncated"_s), why(db).constData());
}

void TestStorage::emptyFileIsCorruptForExistingVault()
{
    const QString path = m_tempDir->filePath(u"empty.db"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(path, keyOf('a'));
    QVERIFY(!db.ok());
    QCOMPARE(db.errorCode(), Errc::Corrupt);
    QCOMPARE(QFileInfo(path).size(), 0);
}

void TestStorage::plainSqliteFileIsRefused()
{
    // An unkeyed SQLCipher handle writes an ordinary, unencrypted SQLite file.
    const QString path = m_tempDir->filePath(u"plain.db"_s);
    sqlite3* raw = nullptr;
    QCOMPARE(
        sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
        SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw, "CREATE TABLE t (v); INSERT INTO t VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(sqlite3_close(raw), SQLITE_OK);

    auto db = Database::open(path, keyOf('a'));
    QVERIFY(!db.ok());
    QCOMPARE(db.errorCode(), Errc::Corrupt);
    QVERIFY2(db.errorMessage().contains(u"unencrypted"_s), why(db).constData());
}

void TestStorage::keyOfWrongLengthIsRefused()
{
    const QString path = m_tempDir->filePath(u"shortkey.db"_s);
    auto db = Database::open(path, SecureBytes::fromHex("00112233"), Database::OpenMode::CreateIfMissing);
    QVERIFY(!db.ok());
    QCOMPARE(db.errorCode(), Errc::Invalid);
    QVERIFY(!QFile::exists(path));
}

void TestStorage::cipherVersionAnswers()
{
    Database db = create();
    QVERIFY(db.isOpen());
    auto version = db.cipherVersion();
    QVERIFY2(version.ok(), why(version).constData());
    QVERIFY(!version->isEmpty());
    QVERIFY2(version->startsWith(u"3."_s), qPrintable(*version)); // Debian 12 ships SQLCipher 3.4.1
}

void TestStorage::settingsAppliedOnEveryOpen()
{
    const QString path = m_tempDir->filePath(u"settings.db"_s);
    for (auto mode : {Database::OpenMode::CreateIfMissing, Database::OpenMode::OpenExisting}) {
        auto db = Database::open(path, keyOf('a'), mode);
        QVERIFY2(db.ok(), why(db).constData());
        QCOMPARE(pragma(*db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(*db, u"foreign_keys"_s), u"1"_s);
        QCOMPARE(pragma(*db, u"synchronous"_s), u"2"_s); // FULL
        QCOMPARE(pragma(*db, u"temp_store"_s), u"2"_s);  // MEMORY
        QCOMPARE(pragma(*db, u"secure_delete"_s), u"1"_s);
        QCOMPARE(pragma(*db, u"cipher_page_size"_s), u"4096"_s);
        QCOMPARE(pragma(*db, u"kdf_iter"_s), u"64000"_s);
        QCOMPARE(pragma(*db, u"page_size"_s), u"4096"_s);
    }
}

void TestStorage::foreignKeysAreEnforced()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE parent (id INTEGER PRIMARY KEY);"
                    u"CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent(id));"_s)
                .ok());
    auto stmt = db.prepare(u"INSERT INTO child (parent_id) VALUES (?)"_s);
    QVERIFY(stmt.ok());
    auto result = stmt->bind(1, 42).exec();
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), Errc::Invalid);
}

// ---------------------------------------------------------------------------------------------
// Statements

void TestStorage::textRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("null QString binds empty text") << QString();
    QTest::newRow("empty") << u""_s;
    QTest::newRow("ascii") << u"Ada Lovelace"_s;
    QTest::newRow("zoe") << u"Zoë"_s;
    QTest::newRow("lukasz") << u"Łukasz"_s;
    QTest::newRow("yamada") << u"山田太郎"_s;
    QTest::newRow("mohammed") << u"محمد"_s;
    QTest::newRow("emoji") << u"Café ☕ 😀"_s;
    QTest::newRow("10000 chars") << QString(10000, u'ß');
    QTest::newRow("injection") << u"Robert'); DROP TABLE t;--"_s;
    QTest::newRow("quotes and percent") << u"\" ' %1 %s \\ ;"_s;
    QTest::newRow("embedded nul") << QString(u"a\0b"_s);
}

void TestStorage::textRoundTrip()
{
    QFETCH(QString, value);
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, v TEXT)"_s).ok());
    auto insert = db.prepare(u"INSERT INTO t (v) VALUES (?)"_s);
    QVERIFY(insert.ok());
    auto done = insert->bind(1, value).exec();
    QVERIFY2(done.ok(), why(done).constData());
    const qint64 id = db.lastInsertRowId();
    QCOMPARE(db.changes(), 1);

    auto select = db.prepare(u"SELECT v, typeof(v) FROM t WHERE id = ?"_s);
    QVERIFY(select.ok());
    auto row = select->bind(1, id).step();
    QVERIFY(row.ok() && *row);
    QVERIFY(!select->isNull(0)); // NULL only through bindNull() / std::optional
    QCOMPARE(select->text(0), value.isNull() ? u""_s : value);
    QCOMPARE(select->text(1), u"text"_s);
    QVERIFY(tables(db).contains(u"t"_s)); // the injection text did nothing
}

void TestStorage::typedRoundTrip()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (i INTEGER, r REAL, b BLOB, o INTEGER)"_s).ok());

    const QByteArray withZeros("\0\x01\0\xff\0", 5);
    const SecureBytes secret = SecureBytes::fromHex("00deadbeef00");
    struct Row
    {
        std::optional<qint64> integer;
        QByteArray blob;
    };
    const std::array rows{
        Row{std::numeric_limits<qint64>::min(), withZeros},
        Row{std::numeric_limits<qint64>::max(), QByteArray("", 0)},
        Row{0, QByteArray()},
        Row{std::nullopt, QByteArray(70000, '\0')},
    };
    auto insert = db.prepare(u"INSERT INTO t (i, r, b, o) VALUES (?, ?, ?, ?)"_s);
    QVERIFY(insert.ok());
    for (const Row& row : rows) {
        insert->clearBindings();
        auto done = insert->bind(1, row.integer).bind(2, 0.1 + 0.2).bind(3, row.blob).bind(4, true).exec();
        QVERIFY2(done.ok(), why(done).constData());
    }
    auto secretInsert = db.prepare(u"INSERT INTO t (b) VALUES (?)"_s);
    QVERIFY(secretInsert.ok());
    QVERIFY(secretInsert->bind(1, secret).exec().ok());

    auto select = db.prepare(u"SELECT i, r, b, o, typeof(i), typeof(b) FROM t ORDER BY rowid"_s);
    QVERIFY(select.ok());
    for (const Row& expected : rows) {
        auto row = select->step();
        QVERIFY(row.ok() && *row);
        QCOMPARE(select->columnCount(), 6);
        if (expected.integer) {
            QCOMPARE(select->int64(0), *expected.integer);
            QCOMPARE(select->text(4), u"integer"_s);
        } else {
            QVERIFY(select->isNull(0));
            QCOMPARE(select->text(4), u"null"_s);
        }
        QCOMPARE(select->real(1), 0.1 + 0.2);
        QCOMPARE(select->blob(2), expected.blob);
        QCOMPARE(select->blob(2).isNull(), expected.blob.isNull());
        QCOMPARE(select->text(5), expected.blob.isNull() ? u"null"_s : u"blob"_s);
        QCOMPARE(select->int32(3), 1);
    }
    auto row = select->step();
    QVERIFY(row.ok() && *row);
    QVERIFY(select->secureBlob(2) == secret);
    row = select->step();
    QVERIFY(row.ok() && !*row);
}

void TestStorage::statementReuse()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (v INTEGER)"_s).ok());
    auto insert = db.prepare(u"INSERT INTO t (v) VALUES (?)"_s);
    QVERIFY(insert.ok());
    for (int i = 1; i <= 100; ++i)
        QVERIFY(insert->bind(1, i).exec().ok());
    auto sum = db.prepare(u"SELECT count(*), sum(v) FROM t"_s);
    QVERIFY(sum.ok());
    QVERIFY(hasRow(*sum));
    QCOMPARE(sum->int64(0), 100);
    QCOMPARE(sum->int64(1), 5050);

    Statement moved = std::move(sum.value());
    QVERIFY(moved.isValid());
    QVERIFY(!sum->isValid());
    moved.reset();
    QVERIFY(hasRow(moved));
    QCOMPARE(moved.int64(0), 100);
}

void TestStorage::bindErrorReportedWithoutValue()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (a TEXT, b TEXT)"_s).ok());
    auto insert = db.prepare(u"INSERT INTO t (a, b) VALUES (?, ?)"_s);
    QVERIFY(insert.ok());
    const QString secret = u"4111111111111111"_s;
    auto result = insert->bind(1, secret).bind(7, secret).bind(2, u"x"_s).exec();
    QVERIFY(!result.ok());
    QVERIFY(!result.errorMessage().contains(secret));
    auto count = db.prepare(u"SELECT count(*) FROM t"_s);
    QVERIFY(count.ok() && hasRow(*count));
    QCOMPARE(count->int64(0), 0); // the statement never ran

    // The error sticks until the bindings are cleared.
    QVERIFY(!insert->step().ok());
    insert->clearBindings();
    QVERIFY(insert->bind(1, secret).bind(2, u"x"_s).exec().ok());
}

void TestStorage::constraintErrorHasNoValue()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (username TEXT UNIQUE)"_s).ok());
    const QString secret = u"very-private-name-93"_s;
    auto insert = db.prepare(u"INSERT INTO t (username) VALUES (?)"_s);
    QVERIFY(insert.ok());
    QVERIFY(insert->bind(1, secret).exec().ok());
    auto again = insert->exec();
    QVERIFY(!again.ok());
    QCOMPARE(again.errorCode(), Errc::Invalid);
    QVERIFY2(!again.errorMessage().contains(secret), why(again).constData());
}

void TestStorage::prepareRefusesSecondStatement()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (v INTEGER)"_s).ok());
    QVERIFY(!db.prepare(u"INSERT INTO t VALUES (1); DELETE FROM t"_s).ok());
    QVERIFY(db.prepare(u"INSERT INTO t VALUES (1); -- a comment "_s).ok());
    QVERIFY(!db.prepare(u"SELEKT 1"_s).ok());
    QVERIFY(!db.prepare(u"   "_s).ok());
}

// ---------------------------------------------------------------------------------------------
// Transactions

void TestStorage::transactionRollsBackOnDestruction()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (v INTEGER)"_s).ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY2(tx.ok(), why(tx).constData());
        QVERIFY(db.exec(u"INSERT INTO t VALUES (1)"_s).ok());
    }
    auto count = db.prepare(u"SELECT count(*) FROM t"_s);
    QVERIFY(count.ok() && hasRow(*count));
    QCOMPARE(count->int64(0), 0);
    QVERIFY(sqlite3_get_autocommit(db.handle()));
}

void TestStorage::transactionRollsBackAfterFailingStatement()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (v INTEGER PRIMARY KEY)"_s).ok());
    {
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        QVERIFY(db.exec(u"INSERT INTO t VALUES (1)"_s).ok());
        QVERIFY(db.exec(u"INSERT INTO t VALUES (2)"_s).ok());
        QVERIFY(!db.exec(u"INSERT INTO t VALUES (1)"_s).ok()); // duplicate key
        // The caller gives up: the whole user action disappears.
    }
    auto count = db.prepare(u"SELECT count(*) FROM t"_s);
    QVERIFY(count.ok() && hasRow(*count));
    QCOMPARE(count->int64(0), 0);

    // Explicit rollback, then commit is refused.
    auto tx = Transaction::begin(db);
    QVERIFY(tx.ok());
    QVERIFY(db.exec(u"INSERT INTO t VALUES (3)"_s).ok());
    tx->rollback();
    QVERIFY(!tx->commit().ok());
    count->reset();
    QVERIFY(hasRow(*count));
    QCOMPARE(count->int64(0), 0);
}

void TestStorage::commitPersistsAcrossReopen()
{
    const QString path = m_tempDir->filePath(u"commit.db"_s);
    {
        Database db = create(u"commit.db"_s);
        QVERIFY(db.isOpen());
        QVERIFY(db.exec(u"CREATE TABLE t (v TEXT)"_s).ok());
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        auto insert = db.prepare(u"INSERT INTO t (v) VALUES (?)"_s);
        QVERIFY(insert.ok());
        QVERIFY(insert->bind(1, u"Łukasz"_s).exec().ok());
        QVERIFY(insert->bind(1, u"山田太郎"_s).exec().ok());
        Transaction moved = std::move(tx.value()); // ownership moves; only one of them commits
        auto committed = moved.commit();
        QVERIFY2(committed.ok(), why(committed).constData());
    }
    auto db = Database::open(path, keyOf('a'));
    QVERIFY2(db.ok(), why(db).constData());
    auto select = db->prepare(u"SELECT v FROM t ORDER BY rowid"_s);
    QVERIFY(select.ok());
    QVERIFY(hasRow(*select));
    QCOMPARE(select->text(0), u"Łukasz"_s);
    QVERIFY(hasRow(*select));
    QCOMPARE(select->text(0), u"山田太郎"_s);
    auto end = select->step();
    QVERIFY(end.ok() && !end.value());
}

void TestStorage::nestedTransactionIsRefused()
{
    Database db = create();
    QVERIFY(db.isOpen());
    auto outer = Transaction::begin(db);
    QVERIFY(outer.ok());
    auto inner = Transaction::begin(db);
    QVERIFY(!inner.ok());
    QVERIFY(outer->commit().ok());
}

// A worker thread that claims the connection (as the master key's rotation does) has it to
// itself: the GUI thread's timers get Errc::Busy instead of a statement inside its transaction.
void TestStorage::claimedConnectionRefusesOtherThreads()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(db.exec(u"CREATE TABLE t (x INTEGER)"_s).ok());

    std::optional<Database::ThreadClaim> claim;
    std::unique_ptr<QThread> claimant(QThread::create([&db, &claim] { claim.emplace(db.claimForThisThread()); }));
    claimant->start();
    QVERIFY(claimant->wait(10000));
    // The claim outlives the thread that made it here only so that this thread can be "another".

    auto prepared = db.prepare(u"SELECT count(*) FROM t"_s);
    QVERIFY(!prepared.ok());
    QCOMPARE(prepared.errorCode(), Errc::Busy);
    QVERIFY2(prepared.errorMessage().contains(u"busy"_s), why(prepared).constData());
    auto executed = db.exec(u"INSERT INTO t VALUES (1)"_s);
    QVERIFY(!executed.ok());
    QCOMPARE(executed.errorCode(), Errc::Busy);
    auto tx = Transaction::begin(db);
    QVERIFY(!tx.ok());
    QCOMPARE(tx.errorCode(), Errc::Busy);
    // A claim by this thread meanwhile takes nothing away from the holder.
    {
        auto mine = db.claimForThisThread();
        auto refused = db.prepare(u"SELECT 1"_s);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.errorCode(), Errc::Busy);
    }
    QVERIFY(!db.checkThread().ok());

    claim.reset();
    QVERIFY(db.checkThread().ok());
    // This thread's own claim, nested: the inner one releases nothing, the outer one does.
    {
        auto outer = db.claimForThisThread();
        {
            auto inner = db.claimForThisThread();
            QVERIFY(db.exec(u"INSERT INTO t VALUES (2)"_s).ok());
        }
        QVERIFY(db.checkThread().ok());
        int seenByOther = -1;
        std::unique_ptr<QThread> other(QThread::create([&db, &seenByOther] {
            auto r = db.prepare(u"SELECT 1"_s);
            seenByOther = r.ok() ? -1 : int(r.errorCode());
        }));
        other->start();
        QVERIFY(other->wait(10000));
        QCOMPARE(seenByOther, int(Errc::Busy));
    }
    auto counted = db.prepare(u"SELECT count(*) FROM t"_s);
    QVERIFY2(counted.ok(), why(counted).constData());
    QVERIFY(hasRow(counted.value()));
    QCOMPARE(counted->int64(0), 1);
}

// ---------------------------------------------------------------------------------------------
// Migrations

void TestStorage::migrateEmptyVault()
{
    Database db = create();
    QVERIFY(db.isOpen());
    QCOMPARE(db.userVersion(), 0);
    auto migrated = custos::storage::migrate(db);
    QVERIFY2(migrated.ok(), why(migrated).constData());
    QCOMPARE(db.userVersion(), custos::storage::latestSchemaVersion());
    QVERIFY(custos::storage::latestSchemaVersion() >= 1);
    const QStringList present = tables(db);
    for (const QString& table : kSchemaTables)
        QVERIFY2(present.contains(table), qPrintable(table));
    QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
    QVERIFY(db.integrityCheck().ok());
}

void TestStorage::migrateCurrentVaultIsNoOp()
{
    const QString path = m_tempDir->filePath(u"current.db"_s);
    {
        Database db = create(u"current.db"_s);
        QVERIFY(custos::storage::migrate(db).ok());
        QVERIFY(db.exec(u"INSERT INTO settings (key, value) VALUES ('k', 'v')"_s).ok());
    }
    auto db = Database::open(path, keyOf('a'));
    QVERIFY(db.ok());
    const QStringList before = tables(*db);
    auto migrated = custos::storage::migrate(*db);
    QVERIFY2(migrated.ok(), why(migrated).constData());
    QCOMPARE(tables(*db), before);
    QCOMPARE(db->userVersion(), custos::storage::latestSchemaVersion());
    auto value = db->prepare(u"SELECT value FROM settings WHERE key = 'k'"_s);
    QVERIFY(value.ok() && hasRow(*value));
    QCOMPARE(value->text(0), u"v"_s);
}

void TestStorage::failingMigrationLeavesPreviousVersion()
{
    static constexpr std::array kSteps{
        Migration{1, "first", "CREATE TABLE first_step (v INTEGER);"},
        Migration{2, "broken", "CREATE TABLE second_step (v INTEGER); CREATE TABLE broken (;"},
        Migration{3, "third", "CREATE TABLE third_step (v INTEGER);"},
    };
    Database db = create();
    QVERIFY(db.isOpen());
    auto migrated = custos::storage::migrate(db, kSteps);
    QVERIFY(!migrated.ok());
    QVERIFY2(migrated.errorMessage().contains(u"schema 2"_s), why(migrated).constData());
    QCOMPARE(db.userVersion(), 1);
    const QStringList present = tables(db);
    QVERIFY(present.contains(u"first_step"_s));
    QVERIFY(!present.contains(u"second_step"_s)); // nothing of the failed step
    QVERIFY(!present.contains(u"third_step"_s));
    QVERIFY(sqlite3_get_autocommit(db.handle()));

    // Fixed program: the next run continues from step 2.
    static constexpr std::array kFixed{
        Migration{1, "first", "CREATE TABLE first_step (v INTEGER);"},
        Migration{2, "fixed", "CREATE TABLE second_step (v INTEGER);"},
    };
    QVERIFY(custos::storage::migrate(db, kFixed).ok());
    QCOMPARE(db.userVersion(), 2);
    QVERIFY(tables(db).contains(u"second_step"_s));
}

void TestStorage::unorderedMigrationsAreRefused()
{
    static constexpr std::array kUnordered{
        Migration{2, "second", "CREATE TABLE second_step (v INTEGER);"},
        Migration{1, "first", "CREATE TABLE first_step (v INTEGER);"},
    };
    static constexpr std::array kDuplicate{
        Migration{1, "first", "CREATE TABLE first_step (v INTEGER);"},
        Migration{1, "again", "CREATE TABLE again_step (v INTEGER);"},
    };
    Database db = create();
    QVERIFY(db.isOpen());
    QVERIFY(!custos::storage::migrate(db, kUnordered).ok());
    QVERIFY(!custos::storage::migrate(db, kDuplicate).ok());
    QCOMPARE(db.userVersion(), 0);
    QVERIFY(tables(db).isEmpty());
}

void TestStorage::newerVaultIsRefused()
{
    Database db = create();
    QVERIFY(db.isOpen());
    const int newer = custos::storage::latestSchemaVersion() + 1;
    QVERIFY(db.setUserVersion(newer).ok());
    auto migrated = custos::storage::migrate(db);
    QVERIFY(!migrated.ok());
    QCOMPARE(migrated.errorCode(), Errc::Invalid);
    QVERIFY2(migrated.errorMessage().contains(u"newer version of Custos (schema %1)"_s.arg(newer)),
             why(migrated).constData());
    QCOMPARE(db.userVersion(), newer);
    QVERIFY(tables(db).isEmpty()); // not touched
}

// ---------------------------------------------------------------------------------------------
// Encryption at rest

void TestStorage::markerNeverOnDiskInClear()
{
    const QString marker = u"CUSTOS-MARKER-7f3a9c"_s;
    const QList<QByteArray> needles{marker.toUtf8(), QStringEncoder(QStringEncoder::Utf16LE).encode(marker),
                                    QStringEncoder(QStringEncoder::Utf16BE).encode(marker)};
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(u"custos.db"_s);

    auto scanFolder = [&](int expectedMinFiles) {
        const QFileInfoList files = QDir(folder.path()).entryInfoList(QDir::Files | QDir::Hidden);
        QVERIFY(files.size() >= expectedMinFiles);
        for (const QFileInfo& info : files) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            for (const QByteArray& needle : needles)
                QVERIFY2(!bytes.contains(needle), qPrintable(u"marker in clear in %1"_s.arg(info.fileName())));
        }
    };

    {
        auto db = Database::open(path, keyOf('c'), Database::OpenMode::CreateIfMissing);
        QVERIFY2(db.ok(), why(db).constData());
        QVERIFY(custos::storage::migrate(*db).ok());
        auto tx = Transaction::begin(*db);
        QVERIFY(tx.ok());
        auto insert = db->prepare(u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
        QVERIFY(insert.ok());
        QVERIFY(insert->bind(1, u"marker"_s).bind(2, marker).exec().ok());
        auto blob = db->prepare(u"INSERT INTO settings (key, value) VALUES ('blob', ?)"_s);
        QVERIFY(blob.ok());
        QVERIFY(blob->bind(1, marker.toUtf8()).exec().ok());
        QVERIFY(tx->commit().ok());
        // While open, the committed pages live in the -wal file: check it and the -shm too.
        QVERIFY(QFile::exists(path + u"-wal"_s));
        scanFolder(3);
        QVERIFY(db->exec(u"DELETE FROM settings WHERE key = 'blob'"_s).ok());
        scanFolder(3);
    }
    scanFolder(1);

    // A handle without the key cannot read it either.
    sqlite3* raw = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(raw, "SELECT count(*) FROM sqlite_master", -1, &stmt, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_step(stmt);
    sqlite3_finalize(stmt);
    QCOMPARE(sqlite3_close(raw), SQLITE_OK);
    QCOMPARE(rc, SQLITE_NOTADB);

    // And the right key still reads the marker back.
    auto db = Database::open(path, keyOf('c'));
    QVERIFY(db.ok());
    auto select = db->prepare(u"SELECT value FROM settings WHERE key = 'marker'"_s);
    QVERIFY(select.ok() && hasRow(*select));
    QCOMPARE(select->text(0), marker);
}

void TestStorage::rekeyRoundTrip()
{
    const QString path = m_tempDir->filePath(u"rekey.db"_s);
    {
        Database db = create(u"rekey.db"_s, keyOf('1'));
        QVERIFY(db.isOpen());
        QVERIFY(custos::storage::migrate(db).ok());
        // More than the page cache holds, so rekeying has to spill pages.
        QVERIFY(db.exec(u"CREATE TABLE bulk (v BLOB)"_s).ok());
        auto tx = Transaction::begin(db);
        QVERIFY(tx.ok());
        auto insert = db.prepare(u"INSERT INTO bulk (v) VALUES (randomblob(1000))"_s);
        QVERIFY(insert.ok());
        for (int i = 0; i < 4000; ++i)
            QVERIFY(insert->exec().ok());
        QVERIFY(tx->commit().ok());

        auto insideTx = Transaction::begin(db);
        QVERIFY(insideTx.ok());
        QVERIFY(!db.rekey(keyOf('2')).ok()); // not inside a transaction
        insideTx->rollback();

        QVERIFY(!db.rekey(SecureBytes::fromHex("0102")).ok());
        auto rekeyed = db.rekey(keyOf('2'));
        QVERIFY2(rekeyed.ok(), why(rekeyed).constData());
        auto count = db.prepare(u"SELECT count(*) FROM bulk"_s);
        QVERIFY(count.ok() && hasRow(*count));
        QCOMPARE(count->int64(0), 4000);
    }
    auto old = Database::open(path, keyOf('1'));
    QVERIFY(!old.ok());
    QCOMPARE(old.errorCode(), Errc::WrongSecret);

    auto db = Database::open(path, keyOf('2'));
    QVERIFY2(db.ok(), why(db).constData());
    auto count = db->prepare(u"SELECT count(*) FROM bulk"_s);
    QVERIFY(count.ok() && hasRow(*count));
    QCOMPARE(count->int64(0), 4000);
    QCOMPARE(db->userVersion(), custos::storage::latestSchemaVersion());
    QVERIFY(db->integrityCheck().ok());
}

void TestStorage::integrityAndCheckpoint()
{
    const QString path = m_tempDir->filePath(u"checkpoint.db"_s);
    Database db = create(u"checkpoint.db"_s);
    QVERIFY(db.isOpen());
    QVERIFY(custos::storage::migrate(db).ok());
    QVERIFY(QFileInfo(path + u"-wal"_s).size() > 0);
    auto checkpointed = db.checkpoint();
    QVERIFY2(checkpointed.ok(), why(checkpointed).constData());
    QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
    QVERIFY(db.integrityCheck().ok());
    QCOMPARE(QFileInfo(path).size() % 4096, 0);
}

// ---------------------------------------------------------------------------------------------
// The disk says no

void TestStorage::directoryInsteadOfFileIsIo()
{
    const QString path = m_tempDir->filePath(u"folder.db"_s);
    QVERIFY(QDir().mkpath(path));
    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::CreateIfMissing}) {
        auto db = Database::open(path, keyOf('a'), mode);
        QVERIFY(!db.ok());
        QCOMPARE(db.errorCode(), Errc::Io);
        QVERIFY(!db.errorMessage().isEmpty());
    }
}

void TestStorage::uncreatablePathIsIo()
{
    // Checks that hold even for root: a folder that does not exist and a pseudo-filesystem.
    for (const QString& path : {m_tempDir->filePath(u"no/such/folder/custos.db"_s), u"/proc/custos-test.db"_s}) {
        auto db = Database::open(path, keyOf('a'), Database::OpenMode::CreateIfMissing);
        QVERIFY2(!db.ok(), qPrintable(path));
        QCOMPARE(db.errorCode(), Errc::Io);
        QVERIFY2(db.errorMessage().contains(u"Check that the vault folder exists"_s), why(db).constData());
        QVERIFY(!QFile::exists(path));
    }
}

void TestStorage::readOnlyFolderIsIo()
{
    if (geteuid() == 0)
        QSKIP("root ignores folder permissions");
    const QString folder = m_tempDir->filePath(u"readonly"_s);
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    auto db = Database::open(folder + u"/custos.db"_s, keyOf('a'), Database::OpenMode::CreateIfMissing);
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    QVERIFY(!db.ok());
    QCOMPARE(db.errorCode(), Errc::Io);
}

QTEST_GUILESS_MAIN(TestStorage)
#include "tst_storage.moc"
