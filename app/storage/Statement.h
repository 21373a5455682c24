#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace custos::storage {

class Database;

// A prepared statement. Bind indexes are 1-based (as in SQLite), column indexes 0-based.
// Move-only; finalized on destruction.
class Statement
{
    Q_DECLARE_TR_FUNCTIONS(Statement)
public:
    Statement() = default;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement& bind(int index, bool value) { return bind(index, static_cast<qint64>(value ? 1 : 0)); }
    Statement& bind(int index, double value);
    // Text is never NULL by accident: a null QString binds ''. Bind NULL with bindNull() or
    // an empty std::optional<QString>.
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) = delete;      // be explicit: QStringLiteral or QByteArray
    Statement& bind(int index, const QByteArray& blob);          // a null QByteArray binds NULL
    Statement& bind(int index, const crypto::SecureBytes& blob); // SQLITE_TRANSIENT copy
    Statement& bindNull(int index);
    template <typename T>
    Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Advances one row: true when a row is available, false when done. A bind error from
    // earlier bind() calls is reported here.
    Result<bool> step();
    // Runs a statement that returns no rows (INSERT/UPDATE/DELETE/DDL).
    Result<void> exec();
    // Resets for re-execution; bindings are kept until rebound.
    void reset();
    void clearBindings();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    int int32(int column) const { return static_cast<int>(int64(column)); }
    double real(int column) const;
    QString text(int column) const; // NULL -> null QString
    QByteArray blob(int column) const;
    crypto::SecureBytes secureBlob(int column) const;

    bool isValid() const { return m_stmt != nullptr; }

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void noteBindError(int rc);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

} // namespace custos::storage
