#include "demo/DemoVault.h"

#include "access/Disclosure.h"
#include "access/Staff.h"
#include "demo/DemoData.h"
#include "storage/EmployeeRepository.h"
#include "vault/RecoveryCode.h"

#include <QStandardPaths>

namespace custos::demo {

QString defaultDemoLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-vault");
}

namespace {

ScreeningCheck demoCheck(qint64 employeeId, ScreeningType type, ScreeningResult result, const QDate& today,
                         int requestedDaysAgo, const char* provider, const char* reference)
{
    ScreeningCheck c;
    c.employeeId = employeeId;
    c.type = type;
    c.provider = QString::fromLatin1(provider);
    c.reference = QString::fromLatin1(reference);
    c.requestedOn = today.addDays(-requestedDaysAgo);
    c.result = result;
    if (result != ScreeningResult::Pending) {
        c.decidedOn = c.requestedOn.addDays(9);
        if (result == ScreeningResult::Cleared)
            c.expiresOn = c.decidedOn.addYears(2);
    }
    return c;
}

Result<qint64> employeeId(Session& session, const DemoAccount& account)
{
    auto e = storage::EmployeeRepository(session.database()).byUsername(QString::fromLatin1(account.username));
    if (!e)
        return e.error();
    if (!e.value())
        return Error{QStringLiteral("demo account missing"), Errc::NotFound};
    return e.value()->id;
}

} // namespace

Result<void> addDemoStaffing(Vault& vault, Session& owner, const Clock& clock)
{
    // What the three demo roles show (README, "Demo"): the manager is screened and holds a
    // disclosure grant, so Reveal works for them; the clerk is screened but sees last 4 only;
    // the owner is screened by the manager (nobody screens themselves); a former seasonal
    // clerk shows a deactivated account with its history.
    const QDate today = clock.nowUtc().toLocalTime().date();
    auto manager = employeeId(owner, kManager);
    auto clerk = employeeId(owner, kClerk);
    auto former = employeeId(owner, kFormerClerk);
    for (const auto* id : {&manager, &clerk, &former})
        if (!*id)
            return id->error();
    access::StaffService staff(vault, owner);
    const ScreeningCheck checks[] = {
        demoCheck(manager.value(), ScreeningType::Identity, ScreeningResult::Cleared, today, 120,
                  "Harbor Vetting Services", "HVS-2026-0412"),
        demoCheck(manager.value(), ScreeningType::CriminalRecord, ScreeningResult::Cleared, today, 118,
                  "Disclosure and Barring Service", "DBS-001873-22"),
        demoCheck(clerk.value(), ScreeningType::Identity, ScreeningResult::Cleared, today, 60,
                  "Harbor Vetting Services", "HVS-2026-0588"),
        demoCheck(clerk.value(), ScreeningType::References, ScreeningResult::Pending, today, 5, "Former employers",
                  "two references requested"),
        demoCheck(former.value(), ScreeningType::Identity, ScreeningResult::Cleared, today, 300,
                  "Harbor Vetting Services", "HVS-2026-0107"),
    };
    for (const ScreeningCheck& c : checks)
        CUSTOS_TRY(staff.recordCheck(c));
    CUSTOS_TRY(access::Disclosure(owner).grant(
        manager.value(), QStringLiteral("Handles card disputes and refunds by phone"), today.addYears(1)));
    CUSTOS_TRY(staff.deactivate(former.value(), QStringLiteral("Seasonal contract ended")));

    auto managerSession = vault.signIn(QString::fromLatin1(kManager.username),
                                       crypto::SecureBytes::fromUtf8(QString::fromLatin1(kManager.password)));
    if (!managerSession)
        return managerSession.error();
    access::StaffService byManager(vault, *managerSession.value());
    for (const ScreeningCheck& c :
         {demoCheck(owner.employee().id, ScreeningType::Identity, ScreeningResult::Cleared, today, 100,
                    "Harbor Vetting Services", "HVS-2026-0455"),
          demoCheck(owner.employee().id, ScreeningType::CriminalRecord, ScreeningResult::Cleared, today, 98,
                    "Disclosure and Barring Service", "DBS-001901-05")})
        CUSTOS_TRY(byManager.recordCheck(c));
    return success();
}

Result<DemoVault> createDemoVault(const QString& dir, const Clock& clock)
{
    BusinessProfile profile;
    profile.legalName = QStringLiteral("Harbor Lane Supplies Ltd.");
    profile.street = QStringLiteral("12 Quay Street");
    profile.city = QStringLiteral("Portsmouth");
    profile.region = QStringLiteral("Hampshire");
    profile.postalCode = QStringLiteral("PO1 2AB");
    profile.country = QStringLiteral("United Kingdom");
    profile.phone = QStringLiteral("+44 23 9200 0000");
    profile.fax = QStringLiteral("+44 23 9200 0001");
    profile.email = QStringLiteral("orders@harborlane.example");
    profile.privacyContact = QStringLiteral("privacy@harborlane.example");

    auto code = recovery::generateCode();
    if (!code)
        return code.error();

    Vault::NewAccount owner;
    owner.username = QString::fromLatin1(kOwner.username);
    owner.fullName = QString::fromLatin1(kOwner.fullName);
    owner.password = crypto::SecureBytes::fromUtf8(QString::fromLatin1(kOwner.password));
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    Vault::CreateOptions options;
    options.demo = true;
    auto vault = Vault::create(dir, profile, owner, code.value(), options, clock);
    if (!vault)
        return vault.error();

    auto session = vault.value()->signIn(owner.username, owner.password);
    if (!session)
        return session.error();
    for (const DemoAccount& a : {kManager, kClerk, kFormerClerk}) {
        Vault::NewAccount account;
        account.username = QString::fromLatin1(a.username);
        account.fullName = QString::fromLatin1(a.fullName);
        account.password = crypto::SecureBytes::fromUtf8(QString::fromLatin1(a.password));
        account.role = a.role;
        account.mustChangePassword = false;
        auto added = vault.value()->addEmployee(*session.value(), account);
        if (!added)
            return added.error();
    }
    CUSTOS_TRY(addDemoStaffing(*vault.value(), *session.value(), clock));
    session.value().reset();

    // The sample data is written through the vault opened again with a clock of its own (set to
    // each event's business time); then it is opened once more with the caller's clock.
    const QString vaultDir = vault.value()->directory();
    vault.value().reset();
    auto data = addDemoData(vaultDir, clock.nowUtc());
    if (!data)
        return data.error();
    auto reopened = Vault::open(vaultDir, clock);
    if (!reopened)
        return reopened.error();
    return DemoVault{std::move(reopened.value()), code.value()};
}

} // namespace custos::demo
