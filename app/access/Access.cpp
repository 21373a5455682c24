#include "access/Access.h"

namespace custos::access {
namespace {

Decision allow()
{
    return Decision{true, {}, {}};
}

Decision deny(const QString& reason, const QString& cause)
{
    return Decision{false, reason, cause};
}

} // namespace

QList<Permission> allPermissions()
{
    return {Permission::ViewCustomers,    Permission::EditCustomers,      Permission::ImportCustomers,
            Permission::TakeOrders,       Permission::ExportOrders,       Permission::SeeCardBin,
            Permission::RevealCardNumber, Permission::ExportCustomerData, Permission::ManageStaff,
            Permission::RecordScreening,  Permission::GrantDisclosure,    Permission::ViewAuditLog,
            Permission::VerifyAuditLog,   Permission::ReviewAccess,       Permission::ManageSettings,
            Permission::PrintOrderForms,  Permission::EraseCustomerData,  Permission::ExportComplianceReports,
            Permission::RunSelfCheck,     Permission::RotateKeys};
}

QString permissionToStorage(Permission permission)
{
    switch (permission) {
    case Permission::ViewCustomers:
        return QStringLiteral("view_customers");
    case Permission::EditCustomers:
        return QStringLiteral("edit_customers");
    case Permission::ImportCustomers:
        return QStringLiteral("import_customers");
    case Permission::TakeOrders:
        return QStringLiteral("take_orders");
    case Permission::ExportOrders:
        return QStringLiteral("export_orders");
    case Permission::SeeCardBin:
        return QStringLiteral("see_card_bin");
    case Permission::RevealCardNumber:
        return QStringLiteral("reveal_card_number");
    case Permission::ExportCustomerData:
        return QStringLiteral("export_customer_data");
    case Permission::ManageStaff:
        return QStringLiteral("manage_staff");
    case Permission::RecordScreening:
        return QStringLiteral("record_screening");
    case Permission::GrantDisclosure:
        return QStringLiteral("grant_disclosure");
    case Permission::ViewAuditLog:
        return QStringLiteral("view_audit_log");
    case Permission::VerifyAuditLog:
        return QStringLiteral("verify_audit_log");
    case Permission::ReviewAccess:
        return QStringLiteral("review_access");
    case Permission::ManageSettings:
        return QStringLiteral("manage_settings");
    case Permission::PrintOrderForms:
        return QStringLiteral("print_order_forms");
    case Permission::EraseCustomerData:
        return QStringLiteral("erase_customer_data");
    case Permission::ExportComplianceReports:
        return QStringLiteral("export_compliance_reports");
    case Permission::RunSelfCheck:
        return QStringLiteral("run_self_check");
    case Permission::RotateKeys:
        return QStringLiteral("rotate_keys");
    }
    return QStringLiteral("unknown");
}

QString permissionDisplayName(Permission permission)
{
    switch (permission) {
    case Permission::ViewCustomers:
        return QCoreApplication::translate("Access", "View customers");
    case Permission::EditCustomers:
        return QCoreApplication::translate("Access", "Add, edit and archive customers");
    case Permission::ImportCustomers:
        return QCoreApplication::translate("Access", "Import customers from CSV");
    case Permission::TakeOrders:
        return QCoreApplication::translate("Access", "Take orders and move them through the workflow");
    case Permission::ExportOrders:
        return QCoreApplication::translate("Access", "Export orders (card numbers masked)");
    case Permission::SeeCardBin:
        return QCoreApplication::translate("Access", "See the first six and last four digits of card numbers");
    case Permission::RevealCardNumber:
        return QCoreApplication::translate("Access", "Reveal full card numbers");
    case Permission::ExportCustomerData:
        return QCoreApplication::translate("Access", "Export a customer's personal data");
    case Permission::ManageStaff:
        return QCoreApplication::translate("Access", "Manage staff");
    case Permission::RecordScreening:
        return QCoreApplication::translate("Access", "Record background checks");
    case Permission::GrantDisclosure:
        return QCoreApplication::translate("Access", "Give and revoke disclosure grants");
    case Permission::ViewAuditLog:
        return QCoreApplication::translate("Access", "View the audit log");
    case Permission::VerifyAuditLog:
        return QCoreApplication::translate("Access", "Verify the audit log");
    case Permission::ReviewAccess:
        return QCoreApplication::translate("Access", "Sign off the access review");
    case Permission::ManageSettings:
        return QCoreApplication::translate("Access", "Change the business profile and security settings");
    case Permission::PrintOrderForms:
        return QCoreApplication::translate("Access", "Print order forms and order confirmations");
    case Permission::EraseCustomerData:
        return QCoreApplication::translate("Access", "Erase a customer's personal data");
    case Permission::ExportComplianceReports:
        return QCoreApplication::translate("Access", "Export signed compliance reports");
    case Permission::RunSelfCheck:
        return QCoreApplication::translate("Access", "Run the security self-check");
    case Permission::RotateKeys:
        return QCoreApplication::translate("Access", "Replace the vault's encryption and signing keys");
    }
    return QString();
}

bool roleHas(Role role, Permission permission)
{
    switch (permission) {
    case Permission::ViewCustomers:
    case Permission::EditCustomers:
    case Permission::ImportCustomers:
    case Permission::TakeOrders:
    case Permission::ExportOrders:
    case Permission::PrintOrderForms:
        return true;
    case Permission::SeeCardBin:
    case Permission::RevealCardNumber:
    case Permission::ExportCustomerData:
    case Permission::ManageStaff:
    case Permission::RecordScreening:
    case Permission::GrantDisclosure:
    case Permission::ViewAuditLog:
    case Permission::VerifyAuditLog:
    case Permission::ReviewAccess:
        return role == Role::Manager || role == Role::Owner;
    case Permission::ManageSettings:
    case Permission::EraseCustomerData:
    case Permission::ExportComplianceReports:
    case Permission::RunSelfCheck:
    case Permission::RotateKeys:
        return role == Role::Owner;
    }
    return false;
}

bool isScreeningGated(Permission permission)
{
    return permission == Permission::RevealCardNumber || permission == Permission::ExportCustomerData ||
           permission == Permission::EraseCustomerData;
}

Decision decide(const Actor& actor, Permission permission)
{
    if (!actor.active)
        return deny(QCoreApplication::translate("Access", "Your account has been deactivated."),
                    QStringLiteral("account deactivated"));
    if (!roleHas(actor.role, permission))
        return deny(QCoreApplication::translate("Access", "Your role (%1) does not allow this: %2.")
                        .arg(roleDisplayName(actor.role), permissionDisplayName(permission).toLower()),
                    QStringLiteral("role %1 lacks %2").arg(roleToStorage(actor.role), permissionToStorage(permission)));
    if (!isScreeningGated(permission))
        return allow();
    switch (actor.screening) {
    case ScreeningStatus::Cleared:
        break;
    case ScreeningStatus::NotScreened:
        return deny(QCoreApplication::translate(
                        "Access",
                        "You have no background check on record; full card numbers and customer data exports need "
                        "a cleared one."),
                    QStringLiteral("not screened"));
    case ScreeningStatus::Pending:
        return deny(QCoreApplication::translate("Access", "Your background check is still pending."),
                    QStringLiteral("screening pending"));
    case ScreeningStatus::Failed:
        return deny(QCoreApplication::translate("Access", "Your background check did not clear."),
                    QStringLiteral("screening failed"));
    case ScreeningStatus::Expired:
        return deny(QCoreApplication::translate(
                        "Access", "Your background check has expired. Ask a manager to record a new one."),
                    QStringLiteral("screening expired"));
    }
    if (!actor.holdsCardDataGrant)
        return deny(
            QCoreApplication::translate(
                "Access", "You do not hold a disclosure grant. Ask a manager or owner who holds one to grant it."),
            QStringLiteral("no disclosure grant"));
    return allow();
}

Decision decideStaffChange(const Actor& actor, qint64 targetEmployeeId, Role targetRole, std::optional<Role> newRole)
{
    if (Decision d = decide(actor, Permission::ManageStaff); !d)
        return d;
    if (targetEmployeeId != 0 && targetEmployeeId == actor.employeeId)
        return newRole ? deny(QCoreApplication::translate("Access", "You cannot change your own role."),
                              QStringLiteral("own role"))
                       : deny(QCoreApplication::translate("Access",
                                                          "You cannot deactivate or reactivate your own account."),
                              QStringLiteral("own account"));
    if (actor.role == Role::Owner)
        return allow();
    // A manager: clerks only, and never a role change.
    if (newRole)
        return deny(QCoreApplication::translate("Access", "Only an owner can change an employee's role."),
                    QStringLiteral("role change needs owner"));
    if (targetRole != Role::Clerk)
        return deny(QCoreApplication::translate(
                        "Access", "Only an owner can add, deactivate or reactivate a manager or an owner."),
                    QStringLiteral("target role %1 needs owner").arg(roleToStorage(targetRole)));
    return allow();
}

bool canSeeEventsOf(const Actor& actor, std::optional<qint64> eventActorId, std::optional<Role> eventActorRole)
{
    if (!decide(actor, Permission::ViewAuditLog))
        return false;
    if (actor.role == Role::Owner)
        return true;
    // Managers: their own events and the clerks'. Events without an employee (failed sign-ins
    // of unknown names, automatic housekeeping) are for owners.
    if (eventActorId && *eventActorId == actor.employeeId)
        return true;
    return eventActorId.has_value() && eventActorRole == Role::Clerk;
}

CardMask cardMaskFor(Role role)
{
    return roleHas(role, Permission::SeeCardBin) ? CardMask::BinAndLast4 : CardMask::Last4;
}

QString maskedCard(CardMask mask, CardBrand brand, const QString& bin, const QString& last4, int panLength)
{
    return mask == CardMask::BinAndLast4 ? maskBinLast4(brand, bin, last4, panLength) : maskLast4(brand, last4);
}

} // namespace custos::access
