#pragma once

#include "core/Result.h"
#include "domain/Employee.h"
#include "storage/Database.h"

#include <QHash>
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

    Result<int> activeOwnerCount() const;
    // When each inactive employee was deactivated (employee id -> time).
    Result<QHash<qint64, QDateTime>> deactivationTimes() const;

    Result<void> recordSignIn(qint64 id, const QDateTime& at);
    Result<void> setRole(qint64 id, Role role);
    // Inactive from `at`; the key slot link goes (the slot itself is removed from the keyring).
    Result<void> deactivate(qint64 id, const QDateTime& at);
    // Active again with a new key slot and identity key; the one-time password must be changed.
    Result<void> reactivate(qint64 id, const QString& slotId, const QByteArray& identityPublicKey, const QDateTime& at);
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
