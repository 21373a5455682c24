#pragma once

#include "core/Clock.h"
#include "domain/BusinessProfile.h"

#include <QString>

namespace custos::ui {

// What the setup pages collect and share. Owned by SetupWizard; the typed password is not
// here: it stays in the owner page's line edits until Finish copies it into SecureBytes.
struct SetupState
{
    QString vaultDir;
    const Clock* clock = nullptr;
    BusinessProfile profile;
    QString ownerFullName;
    QString ownerUsername;
    QString vaultId;      // picked early: it is printed on the recovery sheet
    QString recoveryCode; // canonical; shown once, never logged
    bool sheetSaved = false;
    bool sheetPrinted = false;
    QString sheetPathForTest;
};

} // namespace custos::ui
