#include "storage/EmployeeRepository.h"

#include "core/Clock.h"

namespace custos::storage {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, username, full_name, role, slot_id, identity_public_key, active, must_change_password, "
                   "password_changed_at, created_at, created_by, last_sign_in_at FROM employees");

Employee read(const Statement& st)
{
    Employee e;
    e.id = st.int64(0);
    e.username = st.text(1);
    e.fullName = st.text(2);
    e.role = roleFromStorage(st.text(3)).value_or(Role::Clerk);
    e.slotId = st.text(4);
    e.identityPublicKey = st.blob(5);
    e.active = st.int64(6) != 0;
    e.mustChangePassword = st.int64(7) != 0;
    e.passwordChangedAt = fromStorageTime(st.text(8));
    e.createdAt = fromStorageTime(st.text(9));
    if (!st.isNull(10))
        e.createdBy = st.int64(10);
    if (!st.isNull(11))
        e.lastSignInAt = fromStorageTime(st.text(11));
    return e;
}

} // namespace

Result<qint64> EmployeeRepository::insert(const Employee& e)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO employees (username, full_name, role, slot_id, identity_public_key, active, must_change_password, "
        "password_changed_at, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, e.username)
        .bind(2, e.fullName)
        .bind(3, roleToStorage(e.role))
        .bind(4, e.slotId)
        .bind(5, e.identityPublicKey)
        .bind(6, e.active)
        .bind(7, e.mustChangePassword)
        .bind(8, toStorageTime(e.passwordChangedAt))
        .bind(9, toStorageTime(e.createdAt))
        .bind(10, e.createdBy);
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

template <typename Key>
Result<std::optional<Employee>> EmployeeRepository::one(const QString& where, const Key& key) const
{
    auto st = m_db.prepare(kColumns + QStringLiteral(" WHERE ") + where);
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Employee>{};
    return std::optional<Employee>{read(st.value())};
}

Result<std::optional<Employee>> EmployeeRepository::byId(qint64 id) const
{
    return one(QStringLiteral("id = ?"), id);
}

Result<std::optional<Employee>> EmployeeRepository::bySlotId(const QString& slotId) const
{
    return one(QStringLiteral("slot_id = ?"), slotId);
}

Result<std::optional<Employee>> EmployeeRepository::byUsername(const QString& username) const
{
    return one(QStringLiteral("username = ? COLLATE NOCASE"), username);
}

Result<QList<Employee>> EmployeeRepository::all() const
{
    auto st = m_db.prepare(kColumns + QStringLiteral(" ORDER BY full_name COLLATE NOCASE"));
    if (!st)
        return st.error();
    QList<Employee> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out << read(st.value());
    }
}

Result<int> EmployeeRepository::count() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM employees"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int32(0);
}

Result<int> EmployeeRepository::activeOwnerCount() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM employees WHERE active = 1 AND role = ?"));
    if (!st)
        return st.error();
    st->bind(1, roleToStorage(Role::Owner));
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int32(0);
}

Result<QHash<qint64, QDateTime>> EmployeeRepository::deactivationTimes() const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT id, deactivated_at FROM employees WHERE active = 0 AND deactivated_at IS NOT NULL"));
    if (!st)
        return st.error();
    QHash<qint64, QDateTime> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.insert(st->int64(0), fromStorageTime(st->text(1)));
    }
}

Result<void> EmployeeRepository::setRole(qint64 id, Role role)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE employees SET role = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, roleToStorage(role)).bind(2, id);
    return st->exec();
}

Result<void> EmployeeRepository::deactivate(qint64 id, const QDateTime& at)
{
    auto st = m_db.prepare(
        QStringLiteral("UPDATE employees SET active = 0, deactivated_at = ?, slot_id = NULL WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(at)).bind(2, id);
    return st->exec();
}

Result<void> EmployeeRepository::reactivate(qint64 id, const QString& slotId, const QByteArray& identityPublicKey,
                                            const QDateTime& at)
{
    auto st = m_db.prepare(
        QStringLiteral("UPDATE employees SET active = 1, deactivated_at = NULL, slot_id = ?, identity_public_key = ?, "
                       "must_change_password = 1, password_changed_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, slotId).bind(2, identityPublicKey).bind(3, toStorageTime(at)).bind(4, id);
    return st->exec();
}

Result<void> EmployeeRepository::recordSignIn(qint64 id, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE employees SET last_sign_in_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(at)).bind(2, id);
    return st->exec();
}

Result<void> EmployeeRepository::recordPasswordChange(qint64 id, const QString& slotId,
                                                      const QByteArray& identityPublicKey, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE employees SET slot_id = ?, identity_public_key = ?, "
                                          "must_change_password = 0, password_changed_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, slotId).bind(2, identityPublicKey).bind(3, toStorageTime(at)).bind(4, id);
    return st->exec();
}

Result<void> EmployeeRepository::addPasswordHistory(qint64 id, const HistoryEntry& entry, const QDateTime& at, int keep)
{
    auto ins = m_db.prepare(
        QStringLiteral("INSERT INTO password_history (employee_id, salt, verifier, created_at) VALUES (?, ?, ?, ?)"));
    if (!ins)
        return ins.error();
    ins->bind(1, id).bind(2, entry.salt).bind(3, entry.verifier).bind(4, toStorageTime(at));
    CUSTOS_TRY(ins->exec());
    auto prune = m_db.prepare(QStringLiteral(
        "DELETE FROM password_history WHERE employee_id = ?1 AND id NOT IN "
        "(SELECT id FROM password_history WHERE employee_id = ?1 ORDER BY created_at DESC, id DESC LIMIT ?2)"));
    if (!prune)
        return prune.error();
    prune->bind(1, id).bind(2, keep);
    return prune->exec();
}

Result<QList<EmployeeRepository::HistoryEntry>> EmployeeRepository::passwordHistory(qint64 id, int limit) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT salt, verifier FROM password_history WHERE employee_id = ? "
                                          "ORDER BY created_at DESC, id DESC LIMIT ?"));
    if (!st)
        return st.error();
    st->bind(1, id).bind(2, limit);
    QList<HistoryEntry> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out << HistoryEntry{st->blob(0), st->blob(1)};
    }
}

} // namespace custos::storage
