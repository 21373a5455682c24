#include "access/Staff.h"

#include "access/Disclosure.h"
#include "audit/AuditLog.h"
#include "storage/EmployeeRepository.h"
#include "storage/ScreeningRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"
#include "vault/Vault.h"
#include "vault/VaultInternal.h"

#include <QHash>
#include <algorithm>

namespace custos::access {
namespace {

constexpr int kMaxDeactivationReasonLength = 200;

bool grantIsLive(const storage::KeyRepository::Grant& g, const QDateTime& now)
{
    return !g.expiresAt.isValid() || g.expiresAt > now;
}

int daysBetween(const QDateTime& from, const QDateTime& to)
{
    return from.isValid() ? static_cast<int>(std::max<qint64>(0, from.secsTo(to) / 86400)) : 0;
}

// The card-data key's grant rows by employee.
Result<QHash<qint64, storage::KeyRepository::Grant>> cardDataGrants(storage::Database& db)
{
    storage::KeyRepository keys(db);
    auto key = keys.currentVaultKey(detail::kCardDataKey);
    if (!key)
        return key.error();
    QHash<qint64, storage::KeyRepository::Grant> out;
    if (!key->has_value())
        return out;
    auto grants = keys.grantsOfKey((*key)->id);
    if (!grants)
        return grants.error();
    for (const auto& g : std::as_const(grants.value()))
        out.insert(g.employeeId, g);
    return out;
}

StaffMember makeMember(const Employee& e, const QList<ScreeningCheck>& checks,
                       const std::optional<storage::KeyRepository::Grant>& grant, const QDateTime& deactivatedAt,
                       const QDateTime& now)
{
    const QDate today = now.date();
    StaffMember m;
    m.employee = e;
    m.screening = deriveScreeningStatus(checks, today);
    m.clearedUntil = screeningClearedUntil(checks, today);
    m.screeningExpiresSoon = m.screening == ScreeningStatus::Cleared && m.clearedUntil.isValid() &&
                             today.daysTo(m.clearedUntil) < kScreeningReminderDays;
    if (grant && grantIsLive(*grant, now)) {
        m.holdsCardDataGrant = true;
        m.grantExpiresAt = grant->expiresAt;
    }
    if (!e.active)
        m.deactivatedAt = deactivatedAt;
    m.daysSinceLastUse = daysBetween(lastUseOf(e), now);
    m.dormant = e.active && m.daysSinceLastUse >= kDormantWarningDays;
    return m;
}

// Audit targets are user names; what was typed is kept only if it could be one.
QString safeUsername(const QString& typed)
{
    const QString trimmed = typed.trimmed();
    return validateUsername(trimmed).isEmpty() ? trimmed : QStringLiteral("(not a user name)");
}

} // namespace

QDateTime lastUseOf(const Employee& employee)
{
    QDateTime last = employee.createdAt;
    for (const QDateTime& t : {employee.lastSignInAt, employee.passwordChangedAt})
        if (t.isValid() && (!last.isValid() || t > last))
            last = t;
    return last;
}

namespace {

// Role and account state only: all that decide() reads for permissions without screening.
Result<Actor> loadRoleActor(Session& session)
{
    auto found = storage::EmployeeRepository(session.database()).byId(session.employee().id);
    if (!found)
        return found.error();
    Actor actor;
    actor.employeeId = session.employee().id;
    if (!found->has_value()) {
        actor.active = false; // no record, no rights
        return actor;
    }
    actor.role = (*found)->role;
    actor.active = (*found)->active;
    return actor;
}

} // namespace

Result<Actor> loadActor(Session& session)
{
    auto actor = loadRoleActor(session);
    if (!actor || !actor->active)
        return actor;
    storage::Database& db = session.database();
    const QDateTime now = session.clock().nowUtc();
    auto checks = storage::ScreeningRepository(db).forEmployee(actor->employeeId);
    if (!checks)
        return checks.error();
    actor->screening = deriveScreeningStatus(checks.value(), now.date());
    // This employee's grant rows only (not every employee's, as the staff list reads them).
    storage::KeyRepository keys(db);
    auto key = keys.currentVaultKey(detail::kCardDataKey);
    if (!key)
        return key.error();
    auto grants = keys.grantsFor(actor->employeeId);
    if (!grants)
        return grants.error();
    for (const auto& g : std::as_const(grants.value()))
        if (key->has_value() && g.vaultKeyId == (*key)->id && grantIsLive(g, now))
            actor->holdsCardDataGrant = true;
    return actor;
}

Result<QList<StaffMember>> loadStaffMembers(Session& session)
{
    storage::Database& db = session.database();
    storage::EmployeeRepository employees(db);
    auto all = employees.all();
    if (!all)
        return all.error();
    auto checks = storage::ScreeningRepository(db).all();
    if (!checks)
        return checks.error();
    auto grants = cardDataGrants(db);
    if (!grants)
        return grants.error();
    auto deactivated = employees.deactivationTimes();
    if (!deactivated)
        return deactivated.error();
    const QDateTime now = session.clock().nowUtc();
    QList<StaffMember> out;
    out.reserve(all->size());
    for (const Employee& e : std::as_const(all.value())) {
        const auto g = grants->constFind(e.id);
        out << makeMember(e, checks->value(e.id), g != grants->constEnd() ? std::optional(g.value()) : std::nullopt,
                          deactivated->value(e.id), now);
    }
    // all() is ordered by name; keep that order within active and inactive.
    std::stable_sort(out.begin(), out.end(), [](const StaffMember& a, const StaffMember& b) {
        return a.employee.active && !b.employee.active;
    });
    return out;
}

Result<void> requirePermission(Session& session, Permission permission, const QString& action, const QString& target)
{
    // Services call this on every save: screening and grants are read only when they count.
    auto actor = isScreeningGated(permission) ? loadActor(session) : loadRoleActor(session);
    if (!actor)
        return actor.error();
    const Decision d = decide(actor.value(), permission);
    if (d)
        return success();
    CUSTOS_TRY(session.recordEvent(action, target, audit::kDenied, d.cause));
    return Error{d.reason, Errc::Denied};
}

Result<Employee> employeeById(Session& session, qint64 id)
{
    auto found = storage::EmployeeRepository(session.database()).byId(id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return Error{QCoreApplication::translate("StaffService", "There is no such employee."), Errc::NotFound};
    return **found;
}

namespace {

// A refusal: audited as denied (its own transaction, before any change) and returned.
template <typename T>
Result<T> refuse(Session& session, const QString& action, const QString& target, const Decision& d)
{
    CUSTOS_TRY(session.recordEvent(action, target, audit::kDenied, d.cause));
    return Error{d.reason, Errc::Denied};
}

Decision denied(const QString& reason, const QString& cause)
{
    return Decision{false, reason, cause};
}

QString checkSummary(const ScreeningCheck& c)
{
    return QStringLiteral("type=%1 result=%2").arg(screeningTypeToStorage(c.type), screeningResultToStorage(c.result));
}

} // namespace

Result<QList<StaffMember>> StaffService::list() const
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decide(actor.value(), Permission::ManageStaff); !d)
        return Error{d.reason, Errc::Denied};
    return loadStaffMembers(m_session);
}

Result<StaffMember> StaffService::member(qint64 employeeId) const
{
    auto all = list();
    if (!all)
        return all.error();
    for (const StaffMember& m : std::as_const(all.value()))
        if (m.employee.id == employeeId)
            return m;
    return Error{tr("There is no such employee."), Errc::NotFound};
}

Result<QString> StaffService::add(const NewVaultAccount& account)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decideStaffChange(actor.value(), 0, account.role); !d)
        return refuse<QString>(m_session, audit::kEmployeeCreated, safeUsername(account.username), d);
    return m_vault.addEmployee(m_session, account);
}

Result<void> StaffService::setRole(qint64 employeeId, Role role)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    auto target = employeeById(m_session, employeeId);
    if (!target)
        return target.error();
    if (Decision d = decideStaffChange(actor.value(), employeeId, target->role, role); !d)
        return refuse<void>(m_session, audit::kEmployeeRoleChanged, target->username, d);
    if (!target->active)
        return Error{tr("%1 is deactivated. Reactivate the account before changing the role.").arg(target->fullName),
                     Errc::Invalid};
    if (target->role == role)
        return Error{tr("%1 is already in the role %2.").arg(target->fullName, roleDisplayName(role)), Errc::Invalid};
    storage::Database& db = m_session.database();
    storage::EmployeeRepository employees(db);
    if (target->role == Role::Owner) {
        auto owners = employees.activeOwnerCount();
        if (!owners)
            return owners.error();
        if (owners.value() <= 1)
            return refuse<void>(
                m_session, audit::kEmployeeRoleChanged, target->username,
                denied(tr("%1 is the last active owner. Make someone else an owner first.").arg(target->fullName),
                       QStringLiteral("last active owner")));
    }

    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    CUSTOS_TRY(employees.setRole(target->id, role));
    CUSTOS_TRY(m_session.appendAudit(audit::kEmployeeRoleChanged, target->username, audit::kSuccess,
                                     QStringLiteral("%1 -> %2").arg(roleToStorage(target->role), roleToStorage(role))));
    if (role == Role::Owner) {
        Employee promoted = target.value();
        promoted.role = role;
        auto custody = detail::grantOwnerCustody(m_session, promoted, tr("Owner custody"));
        if (!custody)
            return custody.error();
    }
    // A role without RevealCardNumber (or no longer an owner's custody) loses its grants here.
    auto swept = Disclosure(m_session).sweep();
    if (!swept)
        return swept.error();
    return tx->commit();
}

Result<void> StaffService::deactivate(qint64 employeeId, const QString& reason)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    auto target = employeeById(m_session, employeeId);
    if (!target)
        return target.error();
    if (Decision d = decideStaffChange(actor.value(), employeeId, target->role); !d)
        return refuse<void>(m_session, audit::kEmployeeDeactivated, target->username, d);
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error{tr("Give a reason for the deactivation (for example \"left the company\")."), Errc::Invalid};
    if (why.size() > kMaxDeactivationReasonLength)
        return Error{tr("The reason is too long (at most %1 characters).").arg(kMaxDeactivationReasonLength),
                     Errc::Invalid};
    if (Disclosure::containsCardLikeNumber(why))
        return Error{tr("The reason must not contain a card number or any other long number."), Errc::Invalid};
    if (!target->active)
        return Error{tr("%1 is already deactivated.").arg(target->fullName), Errc::Invalid};
    if (target->role == Role::Owner) {
        auto owners = storage::EmployeeRepository(m_session.database()).activeOwnerCount();
        if (!owners)
            return owners.error();
        if (owners.value() <= 1)
            return refuse<void>(
                m_session, audit::kEmployeeDeactivated, target->username,
                denied(tr("%1 is the last active owner and cannot be deactivated.").arg(target->fullName),
                       QStringLiteral("last active owner")));
    }
    return m_vault.deactivateEmployee(m_session, target->id, QStringLiteral("reason: %1").arg(why));
}

Result<QString> StaffService::reactivate(qint64 employeeId)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    auto target = employeeById(m_session, employeeId);
    if (!target)
        return target.error();
    if (Decision d = decideStaffChange(actor.value(), employeeId, target->role); !d)
        return refuse<QString>(m_session, audit::kEmployeeReactivated, target->username, d);
    return m_vault.reactivateEmployee(m_session, target->id);
}

Result<QList<ScreeningCheck>> StaffService::checks(qint64 employeeId) const
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    if (Decision d = decide(actor.value(), Permission::RecordScreening); !d)
        return Error{d.reason, Errc::Denied};
    auto target = employeeById(m_session, employeeId);
    if (!target)
        return target.error();
    return storage::ScreeningRepository(m_session.database()).forEmployee(employeeId);
}

Result<qint64> StaffService::recordCheck(const ScreeningCheck& check)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    auto target = employeeById(m_session, check.employeeId);
    if (!target)
        return target.error();
    if (Decision d = decide(actor.value(), Permission::RecordScreening); !d)
        return refuse<qint64>(m_session, audit::kScreeningRecorded, target->username, d);
    // Nobody clears themselves for card data.
    if (target->id == actor->employeeId)
        return refuse<qint64>(m_session, audit::kScreeningRecorded, target->username,
                              denied(tr("You cannot record your own background check; ask another manager or an "
                                        "owner."),
                                     QStringLiteral("own check")));
    const QDateTime now = m_session.clock().nowUtc();
    if (const QString problem = validateScreeningCheck(check, now.date()); !problem.isEmpty())
        return Error{problem, Errc::Invalid};

    ScreeningCheck stored = check;
    stored.id = 0;
    stored.recordedBy = actor->employeeId;
    stored.recordedAt = now;
    storage::Database& db = m_session.database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto id = storage::ScreeningRepository(db).insert(stored);
    if (!id)
        return id.error();
    CUSTOS_TRY(
        m_session.appendAudit(audit::kScreeningRecorded, target->username, audit::kSuccess, checkSummary(stored)));
    // A failed or pending check ends a clearance, and with it the grant.
    auto swept = Disclosure(m_session).sweep();
    if (!swept)
        return swept.error();
    CUSTOS_TRY(tx->commit());
    return id.value();
}

Result<void> StaffService::updateCheck(const ScreeningCheck& check)
{
    auto actor = loadActor(m_session);
    if (!actor)
        return actor.error();
    storage::Database& db = m_session.database();
    storage::ScreeningRepository repo(db);
    auto existing = repo.byId(check.id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error{tr("There is no such background check."), Errc::NotFound};
    const ScreeningCheck before = **existing;
    if (check.employeeId != 0 && check.employeeId != before.employeeId)
        return Error{tr("A background check cannot be moved to another employee."), Errc::Invalid};
    auto target = employeeById(m_session, before.employeeId);
    if (!target)
        return target.error();
    if (Decision d = decide(actor.value(), Permission::RecordScreening); !d)
        return refuse<void>(m_session, audit::kScreeningUpdated, target->username, d);
    if (target->id == actor->employeeId)
        return refuse<void>(m_session, audit::kScreeningUpdated, target->username,
                            denied(tr("You cannot change your own background check; ask another manager or an "
                                      "owner."),
                                   QStringLiteral("own check")));
    const QDateTime now = m_session.clock().nowUtc();
    if (const QString problem = validateScreeningCheck(check, now.date()); !problem.isEmpty())
        return Error{problem, Errc::Invalid};

    ScreeningCheck updated = check;
    updated.employeeId = before.employeeId;
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto changed = repo.update(updated);
    if (!changed)
        return changed.error();
    QString details = checkSummary(updated);
    if (before.result != updated.result)
        details = QStringLiteral("type=%1 result=%2 -> %3")
                      .arg(screeningTypeToStorage(updated.type), screeningResultToStorage(before.result),
                           screeningResultToStorage(updated.result));
    CUSTOS_TRY(m_session.appendAudit(audit::kScreeningUpdated, target->username, audit::kSuccess, details));
    auto swept = Disclosure(m_session).sweep();
    if (!swept)
        return swept.error();
    return tx->commit();
}

} // namespace custos::access
