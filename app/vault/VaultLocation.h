#pragma once

#include "core/Result.h"

#include <QString>

namespace custos::vaultlocation {

// Where Custos looks for its vault when started without --vault. Normally
// Vault::defaultLocation(); after a restore into another folder (from the sign-in window or the
// setup wizard) that folder is remembered, so the next start opens the restored vault instead of
// an empty default. Kept in the user's Custos configuration folder as a path: nothing secret.
// custos-cli reads it too, so a scheduled backup without --vault follows the restored vault.

// The file holding the remembered folder (AppConfigLocation/vault-location.ini).
QString settingsFile();
// The remembered folder, or an empty string when Custos uses the default.
QString remembered();
// Remembers `dir` for the next start; the default location (or an empty `dir`) forgets instead.
// Errc::Io when the settings file cannot be written.
Result<void> remember(const QString& dir);
// The folder to open at start: the remembered one, else the default.
QString atStart();

} // namespace custos::vaultlocation
