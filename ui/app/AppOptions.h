#pragma once

#include <QString>

namespace custos::ui {

inline constexpr const char* kVersion = "0.1.0";

// What the command line asked for (see runApplication).
struct AppOptions
{
    QString vaultDir;         // empty: the default location (or the default demo location with `demo`)
    bool demo = false;        // open the demo vault, creating it when missing
    QString language;         // e.g. "es"; empty: the system locale
    QString screenshotFile;   // headless runs: grab the active window shortly before quitting
    int quitAfterSeconds = 0; // 0: run until the user quits
};

} // namespace custos::ui
