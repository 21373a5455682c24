#pragma once

#include "core/Result.h"
#include "domain/Employee.h"
#include "storage/Database.h"

#include <QList>

namespace custos::storage {

// Employees and their password history. SQL lives here and nowhere else.
class EmployeeRepository
{
public:
    explicit EmployeeRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const Employee& employee);
    Result<std::optional<Employee>> byId(qint64 id) const;
    Result<std::optional<Employee>> bySlotId(const QString& slotId) const;
    Result<std::optional<Employee>> byUsername(const QString& username) const;
    Result<QList<Employee>> all() const;
    Result<int> count() const;

    Result<void> recordSignIn(qint64 id, const QDateTime& at);
    // After a password change: new slot, cleared "must change" flag, new change time.
    Result<void> recordPasswordChange(qint64 id, const QString& slotId, const QByteArray& identityPublicKey,
                                      const QDateTime& at);

    struct HistoryEntry
    {
        QByteArray salt;
        QByteArray verifier;
    };
    Result<void> addPasswordHistory(qint64 id, const HistoryEntry& entry, const QDateTime& at, int keep);
    Result<QList<HistoryEntry>> passwordHistory(qint64 id, int limit) const;

private:
    template <typename Key>
    Result<std::optional<Employee>> one(const QString& where, const Key& key) const;
    Database& m_db;
};

} // namespace custos::storage
