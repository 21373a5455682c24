#pragma once

#include "access/Access.h"
#include "core/Result.h"
#include "domain/Employee.h"
#include "domain/Screening.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace custos {
class Session;
class Vault;
struct NewVaultAccount;
} // namespace custos

namespace custos::access {

// The signed-in employee as decide() needs them, read fresh from the vault (role, active,
// screening on the session clock's today, whether an unexpired card-data grant row exists).
Result<Actor> loadActor(Session& session);
// For services, before they act: nothing when decide() allows `permission`, else Errc::Denied
// with the reason, recorded as `action` on `target` with outcome "denied".
Result<void> requirePermission(Session& session, Permission permission, const QString& action,
                               const QString& target = {});
// An employee by id; Errc::NotFound with a message when there is none.
Result<Employee> employeeById(Session& session, qint64 id);

// PCI DSS 8.2.6: accounts unused this long are deactivated; flagged from kDormantWarningDays.
inline constexpr int kDormantDays = 90;
inline constexpr int kDormantWarningDays = 75;

// When the account was last used: the last sign-in, or creation if never signed in — or a later
// reactivation, which sets a new one-time password (password_changed_at), so a reactivated
// account is not dormant at once.
QDateTime lastUseOf(const Employee& employee);

// One row of the staff list and the access review.
struct StaffMember
{
    Employee employee;
    ScreeningStatus screening = ScreeningStatus::NotScreened;
    QDate clearedUntil;                // valid while Cleared
    bool screeningExpiresSoon = false; // Cleared and clearedUntil within kScreeningReminderDays
    bool holdsCardDataGrant = false;
    QDateTime grantExpiresAt; // invalid: no expiry (or no grant)
    QDateTime deactivatedAt;  // valid when !employee.active
    int daysSinceLastUse = 0; // since lastUseOf(employee)
    bool dormant = false;     // active and daysSinceLastUse >= kDormantWarningDays
};

// Every employee as the staff list shows them (active first, then by name), on the session
// clock's today. No permission check: StaffService and AccessReview check before calling.
Result<QList<StaffMember>> loadStaffMembers(Session& session);

// Staff management for managers and owners. Every method checks decide()/decideStaffChange()
// first (a refusal is audited as "denied" and returns Errc::Denied with the reason), runs as
// one transaction and writes its audit event in it.
class StaffService
{
    Q_DECLARE_TR_FUNCTIONS(StaffService)
public:
    StaffService(Vault& vault, Session& session) : m_vault(vault), m_session(session) {}

    // Everyone (active first, then by name). Clerks: Errc::Denied.
    Result<QList<StaffMember>> list() const;
    Result<StaffMember> member(qint64 employeeId) const;

    // Adds an employee (key slot + identity key pair, one-time password returned; they must
    // change it at first sign-in). Owners add any role, managers clerks only.
    Result<QString> add(const NewVaultAccount& account);
    // Owner only; not their own role; the last active owner cannot stop being one. Audited
    // "employee.role_changed" with old and new role. A new role without RevealCardNumber loses its grant.
    Result<void> setRole(qint64 employeeId, Role role);
    // Deletes the key slot and every grant at once, keeps the employee row and history.
    // Audited "employee.deactivated" with the reason. Never oneself, never the last active owner.
    Result<void> deactivate(qint64 employeeId, const QString& reason);
    // A new key slot and identity key with a one-time password (returned); must change at first sign-in.
    Result<QString> reactivate(qint64 employeeId);

    // Background checks (PCI DSS 12.7). Managers and owners record; audited "screening.recorded"
    // / "screening.updated" with type and result (never the notes). A check that leaves the
    // employee not Cleared removes their grant in the same transaction (see Disclosure::sweep).
    Result<QList<ScreeningCheck>> checks(qint64 employeeId) const;
    Result<qint64> recordCheck(const ScreeningCheck& check);
    Result<void> updateCheck(const ScreeningCheck& check); // decide a pending check, correct a typo

private:
    Vault& m_vault;
    Session& m_session;
};

} // namespace custos::access
