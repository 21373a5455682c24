#pragma once

#include "domain/CardNumber.h"
#include "domain/Employee.h"
#include "domain/Screening.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// The access model (PCI DSS 7.2): one table from role to permissions and one function that
// decides every request. The UI and the CLI both ask decide(); the UI only hides what it
// denies, and every service checks again before it acts.
namespace custos::access {

enum class Permission {
    ViewCustomers,
    EditCustomers,           // add, edit, archive
    ImportCustomers,         // CSV import
    TakeOrders,              // create orders, move them through the workflow
    ExportOrders,            // CSV export of orders (cards masked)
    SeeCardBin,              // BIN + last 4 instead of last 4 only (PCI DSS 3.4.1)
    RevealCardNumber,        // the full PAN: screening-gated, needs a disclosure grant
    ExportCustomerData,      // GDPR access/portability export of one customer: screening-gated, needs a grant
    ManageStaff,             // add, deactivate, reactivate employees; change roles (with role rules below)
    RecordScreening,         // record background checks
    GrantDisclosure,         // give or revoke disclosure grants (the giver must hold one)
    ViewAuditLog,            // owners: everything; managers: themselves and the clerks
    VerifyAuditLog,          // check the hash chain and signed checkpoints
    ReviewAccess,            // sign off the access review (PCI DSS 7.2.4)
    ManageSettings,          // business profile, security policy, retention, privacy notice
    PrintOrderForms,         // blank phone/fax/mail order forms and order confirmations (cards last 4 only)
    EraseCustomerData,       // GDPR Art. 17 erasure of one customer: screening-gated, needs a grant
    ExportComplianceReports, // signed compliance reports and the privacy and security statement
    RunSelfCheck,            // the security self-check dashboard and its signed report
    RotateKeys,              // replace the master, card-data or signing key (PCI DSS 3.6-3.7)
};

// Every permission, for the data-driven matrix test and the access review report.
QList<Permission> allPermissions();
// Stable name for audit details and reports ("reveal_card_number").
QString permissionToStorage(Permission permission);
// Translated, for the UI ("Reveal full card numbers").
QString permissionDisplayName(Permission permission);

// The table: whether the role has the permission at all. Clerk: customers, orders, import,
// export of orders. Manager: clerk's plus SeeCardBin, RevealCardNumber, ExportCustomerData,
// ManageStaff, RecordScreening, GrantDisclosure, ViewAuditLog, VerifyAuditLog, ReviewAccess.
// Owner: everything.
bool roleHas(Role role, Permission permission);
// RevealCardNumber and ExportCustomerData: also need a Cleared screening and a grant.
bool isScreeningGated(Permission permission);

// Who is asking, as the decision needs it. Built from the session by loadActor() (Staff.h).
struct Actor
{
    qint64 employeeId = 0;
    Role role = Role::Clerk;
    bool active = true;
    ScreeningStatus screening = ScreeningStatus::NotScreened;
    bool holdsCardDataGrant = false; // an unexpired key_grants row for the card-data key
};

struct Decision
{
    bool allowed = false;
    QString reason; // translated; empty when allowed. Says what is missing ("Your background check has expired.")
    QString cause;  // the same in stable English for audit details ("screening expired"); empty when allowed
    explicit operator bool() const { return allowed; }
};

// The one function. Inactive employees get nothing. Screening-gated permissions also need
// screening == Cleared and holdsCardDataGrant.
Decision decide(const Actor& actor, Permission permission);

// Staff changes on top of ManageStaff: an owner may add or change anyone to any role; a
// manager only clerks (add, deactivate, reactivate a clerk; never change a role). Nobody
// changes their own role or deactivates themselves. `newRole` empty: not a role change.
Decision decideStaffChange(const Actor& actor, qint64 targetEmployeeId, Role targetRole,
                           std::optional<Role> newRole = std::nullopt);

// Audit log scope: owners see every event; managers see their own and the clerks' events;
// clerks none (the home page shows a clerk their own sign-ins separately).
bool canSeeEventsOf(const Actor& actor, std::optional<qint64> eventActorId, std::optional<Role> eventActorRole);

// Masking (PCI DSS 3.4.1) wherever a card appears: lists, forms, printouts, exports, CLI.
enum class CardMask { Last4, BinAndLast4 };
CardMask cardMaskFor(Role role); // clerk: Last4; manager, owner: BinAndLast4
// "Visa •••• 4242" or "Visa 424242••••••4242" (domain/CardNumber.h's maskLast4/maskBinLast4).
QString maskedCard(CardMask mask, CardBrand brand, const QString& bin, const QString& last4, int panLength);

} // namespace custos::access
