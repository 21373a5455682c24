#include "storage/SettingsRepository.h"

#include "core/Clock.h"

namespace custos::storage {

Result<BusinessProfile> SettingsRepository::businessProfile() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT legal_name, street, city, region, postal_code, country, phone, fax, "
                                          "email, privacy_contact FROM business_profile WHERE id = 1"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error{QCoreApplication::translate("SettingsRepository", "The vault has no business profile."),
                     Errc::Corrupt};
    return BusinessProfile{st->text(0), st->text(1), st->text(2), st->text(3), st->text(4),
                           st->text(5), st->text(6), st->text(7), st->text(8), st->text(9)};
}

namespace {
// Optional fields are stored as '' (NOT NULL columns); a null QString would bind NULL.
QString field(const QString& value)
{
    const QString trimmed = value.trimmed();
    return trimmed.isNull() ? QStringLiteral("") : trimmed;
}
} // namespace

Result<void> SettingsRepository::saveBusinessProfile(const BusinessProfile& p, const QDateTime& at)
{
    // SQLite 3.15 has no UPSERT: try the update, insert when there was no row. Both bind the
    // ten profile fields as ?1..?10 and the time as ?11.
    auto bindProfile = [&p, &at](Statement& st) {
        int i = 1;
        for (const QString* f : {&p.legalName, &p.street, &p.city, &p.region, &p.postalCode, &p.country, &p.phone,
                                 &p.fax, &p.email, &p.privacyContact})
            st.bind(i++, field(*f));
        st.bind(11, toStorageTime(at));
    };
    auto update = m_db.prepare(QStringLiteral(
        "UPDATE business_profile SET legal_name = ?1, street = ?2, city = ?3, region = ?4, postal_code = ?5, "
        "country = ?6, phone = ?7, fax = ?8, email = ?9, privacy_contact = ?10, updated_at = ?11 WHERE id = 1"));
    if (!update)
        return update.error();
    bindProfile(update.value());
    CUSTOS_TRY(update->exec());
    if (m_db.changes() > 0)
        return success();
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO business_profile (id, legal_name, street, city, region, postal_code, country, phone, fax, email, "
        "privacy_contact, created_at, updated_at) VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)"));
    if (!insert)
        return insert.error();
    bindProfile(insert.value());
    return insert->exec();
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->text(0) : fallback;
}

Result<void> SettingsRepository::setValue(const QString& key, const QString& value)
{
    auto st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, value);
    return st->exec();
}

namespace {
struct PolicyField
{
    const char* key;
    int SecurityPolicy::*member;
};
constexpr PolicyField kPolicyFields[] = {
    {"policy.min_password_length", &SecurityPolicy::minPasswordLength},
    {"policy.max_password_age_days", &SecurityPolicy::maxPasswordAgeDays},
    {"policy.password_history", &SecurityPolicy::passwordHistory},
    {"policy.max_failed_sign_ins", &SecurityPolicy::maxFailedSignIns},
    {"policy.lockout_minutes", &SecurityPolicy::lockoutMinutes},
    {"policy.idle_lock_minutes", &SecurityPolicy::idleLockMinutes},
};
} // namespace

Result<SecurityPolicy> SettingsRepository::securityPolicy() const
{
    SecurityPolicy policy;
    for (const PolicyField& f : kPolicyFields) {
        auto v = value(QString::fromLatin1(f.key));
        if (!v)
            return v.error();
        bool ok = false;
        const int n = v->toInt(&ok);
        if (ok)
            policy.*(f.member) = n;
    }
    return policy.clamped();
}

Result<void> SettingsRepository::saveSecurityPolicy(const SecurityPolicy& policy)
{
    const SecurityPolicy clamped = policy.clamped();
    for (const PolicyField& f : kPolicyFields)
        CUSTOS_TRY(setValue(QString::fromLatin1(f.key), QString::number(clamped.*(f.member))));
    return success();
}

Result<qint64> KeyRepository::addVaultKey(const QString& kind, const QByteArray& publicKey, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO vault_keys (kind, public_key, created_at) VALUES (?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, kind).bind(2, publicKey).bind(3, toStorageTime(at));
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

Result<std::optional<KeyRepository::VaultKey>> KeyRepository::currentVaultKey(const QString& kind) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, kind, public_key, created_at FROM vault_keys WHERE kind = ? AND retired_at IS NULL"));
    if (!st)
        return st.error();
    st->bind(1, kind);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<VaultKey>{};
    return std::optional<VaultKey>{VaultKey{st->int64(0), st->text(1), st->blob(2), fromStorageTime(st->text(3)), {}}};
}

Result<QList<KeyRepository::VaultKey>> KeyRepository::vaultKeys(const QString& kind) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT id, kind, public_key, created_at, retired_at FROM vault_keys "
                                          "WHERE kind = ? ORDER BY retired_at IS NOT NULL, retired_at DESC, id DESC"));
    if (!st)
        return st.error();
    st->bind(1, kind);
    QList<VaultKey> keys;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return keys;
        VaultKey key{st->int64(0), st->text(1), st->blob(2), fromStorageTime(st->text(3)), {}};
        if (!st->isNull(4))
            key.retiredAt = fromStorageTime(st->text(4));
        keys << key;
    }
}

Result<void> KeyRepository::retireVaultKey(qint64 vaultKeyId, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE vault_keys SET retired_at = ? WHERE id = ? AND retired_at IS NULL"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(at)).bind(2, vaultKeyId);
    return st->exec();
}

Result<void> KeyRepository::putRecoveryGrant(qint64 vaultKeyId, const QByteArray& sealedPrivateKey, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO recovery_grants (vault_key_id, sealed_private_key, granted_at) VALUES (?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, vaultKeyId).bind(2, sealedPrivateKey).bind(3, toStorageTime(at));
    return st->exec();
}

Result<std::optional<QByteArray>> KeyRepository::recoveryGrant(qint64 vaultKeyId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT sealed_private_key FROM recovery_grants WHERE vault_key_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, vaultKeyId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<QByteArray>{};
    return std::optional<QByteArray>{st->blob(0)};
}

Result<void> KeyRepository::deleteRecoveryGrant(qint64 vaultKeyId)
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM recovery_grants WHERE vault_key_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, vaultKeyId);
    return st->exec();
}

QByteArray KeyRepository::recoveryGrantAssociatedData(const QString& vaultId, qint64 vaultKeyId)
{
    return QStringLiteral("custos-recovery-grant-v1|%1|%2").arg(vaultId).arg(vaultKeyId).toUtf8();
}

Result<qint64> KeyRepository::putGrant(const Grant& g)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO key_grants (employee_id, vault_key_id, sealed_private_key, granted_by, granted_at, "
        "reason, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, g.employeeId)
        .bind(2, g.vaultKeyId)
        .bind(3, g.sealedPrivateKey)
        .bind(4, g.grantedBy)
        .bind(5, toStorageTime(g.grantedAt))
        .bind(6, g.reason)
        .bind(7, g.expiresAt.isValid() ? std::optional<QString>(toStorageTime(g.expiresAt)) : std::nullopt);
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

namespace {

const QString kGrantColumns = QStringLiteral(
    "SELECT id, employee_id, vault_key_id, sealed_private_key, granted_by, granted_at, reason, expires_at "
    "FROM key_grants");

Result<QList<KeyRepository::Grant>> readGrants(Statement& st)
{
    QList<KeyRepository::Grant> out;
    while (true) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        KeyRepository::Grant g;
        g.id = st.int64(0);
        g.employeeId = st.int64(1);
        g.vaultKeyId = st.int64(2);
        g.sealedPrivateKey = st.blob(3);
        if (!st.isNull(4))
            g.grantedBy = st.int64(4);
        g.grantedAt = fromStorageTime(st.text(5));
        g.reason = st.text(6);
        if (!st.isNull(7))
            g.expiresAt = fromStorageTime(st.text(7));
        out << g;
    }
}

} // namespace

Result<QList<KeyRepository::Grant>> KeyRepository::grantsFor(qint64 employeeId) const
{
    auto st = m_db.prepare(kGrantColumns + QStringLiteral(" WHERE employee_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, employeeId);
    return readGrants(st.value());
}

Result<QList<KeyRepository::Grant>> KeyRepository::grantsOfKey(qint64 vaultKeyId) const
{
    auto st = m_db.prepare(kGrantColumns + QStringLiteral(" WHERE vault_key_id = ? ORDER BY employee_id"));
    if (!st)
        return st.error();
    st->bind(1, vaultKeyId);
    return readGrants(st.value());
}

Result<QList<KeyRepository::Grant>> KeyRepository::allGrants() const
{
    auto st = m_db.prepare(kGrantColumns + QStringLiteral(" ORDER BY employee_id, vault_key_id"));
    if (!st)
        return st.error();
    return readGrants(st.value());
}

Result<bool> KeyRepository::deleteGrant(qint64 employeeId, qint64 vaultKeyId)
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM key_grants WHERE employee_id = ? AND vault_key_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, employeeId).bind(2, vaultKeyId);
    CUSTOS_TRY(st->exec());
    return m_db.changes() > 0;
}

Result<int> KeyRepository::deleteGrantsFor(qint64 employeeId)
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM key_grants WHERE employee_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, employeeId);
    CUSTOS_TRY(st->exec());
    return m_db.changes();
}

QByteArray KeyRepository::grantAssociatedData(const QString& vaultId, qint64 employeeId, qint64 vaultKeyId)
{
    return QStringLiteral("custos-grant-v1|%1|%2|%3").arg(vaultId).arg(employeeId).arg(vaultKeyId).toUtf8();
}

} // namespace custos::storage
