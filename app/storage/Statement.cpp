// Prepared statements of the SQLCipher storage engine (see Database.h for the connection).
#include "storage/Statement.h"

#include "storage/Database.h"

#include <sqlite3.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace custos::storage {

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bindError(std::exchange(other.m_bindError, 0))
{}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt); // its code only repeats the last step() error, already reported
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt); // see operator=
}

void Statement::noteBindError(int rc)
{
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
}

Statement& Statement::bind(int index, qint64 value)
{
    noteBindError(m_stmt ? sqlite3_bind_int64(m_stmt, index, value) : SQLITE_MISUSE);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    noteBindError(m_stmt ? sqlite3_bind_double(m_stmt, index, value) : SQLITE_MISUSE);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (!m_stmt) {
        noteBindError(SQLITE_MISUSE);
        return *this;
    }
    QByteArray utf8 = value.toUtf8();
    // SQLITE_TRANSIENT: SQLite copies, so the temporary can be wiped (the value may be personal data).
    noteBindError(sqlite3_bind_text64(m_stmt, index, utf8.constData(), static_cast<sqlite3_uint64>(utf8.size()),
                                      SQLITE_TRANSIENT, SQLITE_UTF8));
    crypto::wipe(utf8);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    if (blob.isNull())
        return bindNull(index);
    if (!m_stmt) {
        noteBindError(SQLITE_MISUSE);
        return *this;
    }
    if (blob.isEmpty()) // a non-null empty array is an empty blob, not NULL
        noteBindError(sqlite3_bind_zeroblob(m_stmt, index, 0));
    else
        noteBindError(sqlite3_bind_blob64(m_stmt, index, blob.constData(), static_cast<sqlite3_uint64>(blob.size()),
                                          SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bind(int index, const crypto::SecureBytes& blob)
{
    if (!m_stmt) {
        noteBindError(SQLITE_MISUSE);
        return *this;
    }
    if (blob.isEmpty())
        noteBindError(sqlite3_bind_zeroblob(m_stmt, index, 0));
    else
        noteBindError(sqlite3_bind_blob64(m_stmt, index, blob.data(), blob.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    noteBindError(m_stmt ? sqlite3_bind_null(m_stmt, index) : SQLITE_MISUSE);
    return *this;
}

Result<bool> Statement::step()
{
    if (!m_stmt)
        return Error{tr("Internal error: a vault query was used before it was prepared."), Errc::Failed};
    if (m_bindError != SQLITE_OK) {
        // Names the parameter problem, never the value.
        return Error{tr("Internal error: a value could not be attached to a vault query (%1).")
                         .arg(QString::fromUtf8(sqlite3_errstr(m_bindError))),
                     Errc::Failed};
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    Error error = Database::errorFor(rc, tr("read or write the vault"), m_db);
    sqlite3_reset(m_stmt); // releases locks; its code repeats `rc`
    return error;
}

Result<void> Statement::exec()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    reset();
    return success();
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt); // its code repeats the last step() error, which step() reported
}

void Statement::clearBindings()
{
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt); // always SQLITE_OK
    m_bindError = SQLITE_OK;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

bool Statement::isNull(int column) const
{
    return !m_stmt || sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 Statement::int64(int column) const
{
    return m_stmt ? sqlite3_column_int64(m_stmt, column) : 0;
}

double Statement::real(int column) const
{
    return m_stmt ? sqlite3_column_double(m_stmt, column) : 0.0;
}

QString Statement::text(int column) const
{
    if (isNull(column))
        return {};
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column); // after column_text, as SQLite asks
    if (!data || size == 0)
        return u""_s;
    return QString::fromUtf8(data, size);
}

QByteArray Statement::blob(int column) const
{
    if (isNull(column))
        return {};
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size == 0)
        return QByteArray("", 0); // empty, not null
    return QByteArray(data, size);
}

crypto::SecureBytes Statement::secureBlob(int column) const
{
    if (isNull(column))
        return {};
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data || size <= 0)
        return {};
    return crypto::SecureBytes(data, static_cast<std::size_t>(size));
}

} // namespace custos::storage
