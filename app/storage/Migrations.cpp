// Applies the numbered schema migrations, one transaction per step.
#include "storage/Migrations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace custos::storage {
namespace {

QString trMigrations(const char* text)
{
    return QCoreApplication::translate("Migrations", text);
}

Result<int> readUserVersion(Database& db)
{
    auto stmt = db.prepare(u"PRAGMA user_version;"_s);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{trMigrations("The vault database did not report its schema version."), Errc::Failed};
    return stmt->int32(0);
}

// A list that is not strictly ascending would apply steps out of order or twice.
Result<int> newestVersion(std::span<const Migration> migrations)
{
    int previous = 0;
    for (const Migration& migration : migrations) {
        if (migration.version <= previous || !migration.sql || !migration.name) {
            return Error{trMigrations("Internal error: the vault's schema steps are not in ascending order "
                                      "(step %1 follows %2).")
                             .arg(QString::number(migration.version), QString::number(previous)),
                         Errc::Failed};
        }
        previous = migration.version;
    }
    return previous;
}

Result<void> apply(Database& db, const Migration& migration)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    // Read again under the write lock: another Custos process may have just applied this step.
    auto current = readUserVersion(db);
    if (!current)
        return current.error();
    if (*current >= migration.version)
        return success(); // the transaction rolls back, having changed nothing
    CUSTOS_TRY(db.exec(QString::fromUtf8(migration.sql)));
    CUSTOS_TRY(db.setUserVersion(migration.version));
    return tx->commit();
}

} // namespace

Result<void> migrate(Database& db, std::span<const Migration> migrations)
{
    if (!db.isOpen())
        return Error{trMigrations("Internal error: the vault database is not open."), Errc::Failed};
    auto newest = newestVersion(migrations);
    if (!newest)
        return newest.error();
    auto current = readUserVersion(db);
    if (!current)
        return current.error();
    if (*current > *newest) {
        return Error{trMigrations("This vault was made by a newer version of Custos (schema %1); update Custos to "
                                  "open it.")
                         .arg(*current),
                     Errc::Invalid};
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= *current)
            continue;
        auto applied = apply(db, migration);
        if (!applied) {
            return Error{
                trMigrations("Could not upgrade the vault to schema %1 (%2); the vault was left at its "
                             "previous schema. %3")
                    .arg(QString::number(migration.version), QString::fromUtf8(migration.name), applied.errorMessage()),
                applied.errorCode()};
        }
    }
    return success();
}

} // namespace custos::storage
