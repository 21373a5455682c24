#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "vault/Vault.h"

#include <QString>
#include <memory>

namespace custos::demo {

// The demo accounts. Their passwords are public (README, sign-in window): a demo vault must
// never hold real customer data.
struct DemoAccount
{
    const char* username;
    const char* fullName;
    const char* password;
    Role role;
};
inline constexpr DemoAccount kOwner{"owner", "Olivia Owner", "demo-otter-Lantern-42", Role::Owner};
inline constexpr DemoAccount kManager{"manager", "Marcus Manager", "demo-maple-Harbor-17", Role::Manager};
inline constexpr DemoAccount kClerk{"clerk", "Clara Clerk", "demo-cedar-Pebble-93", Role::Clerk};
inline constexpr DemoAccount kAccounts[] = {kOwner, kManager, kClerk};
// Deactivated at creation (its password opens nothing): shows a former employee's history.
inline constexpr DemoAccount kFormerClerk{"sam.seasonal", "Sam Seasonal", "demo-birch-Meadow-58", Role::Clerk};

struct DemoVault
{
    std::unique_ptr<Vault> vault;
    QString recoveryCode;
};

// Creates a demo vault in `dir` (empty or missing): a sample business, an owner, a manager
// and a clerk, plus sample data as later features add entities.
Result<DemoVault> createDemoVault(const QString& dir, const Clock& clock = Clock::system());

// Background checks, a disclosure grant and a former employee for the demo accounts (called
// by createDemoVault with the owner's session).
Result<void> addDemoStaffing(Vault& vault, Session& owner, const Clock& clock);

// The default demo vault location (separate from the real vault).
QString defaultDemoLocation();

} // namespace custos::demo
