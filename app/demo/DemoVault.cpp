#include "demo/DemoVault.h"

#include "demo/DemoData.h"
#include "vault/RecoveryCode.h"

#include <QStandardPaths>

namespace custos::demo {

QString defaultDemoLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/demo-vault");
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
    for (const DemoAccount& a : {kManager, kClerk}) {
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
