#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QString>
#include <span>

namespace custos::storage {

struct Migration
{
    int version;      // 1, 2, 3, ... ; becomes PRAGMA user_version when applied
    const char* name; // for messages
    const char* sql;  // one or more statements
};

// The schema of a Custos vault: every migration, in order. Later issues append here.
std::span<const Migration> vaultMigrations();
int latestSchemaVersion();

// Applies every migration newer than PRAGMA user_version, each in its own transaction
// (its SQL plus the user_version bump commit together). A vault newer than this program
// is refused with a clear message rather than touched.
Result<void> migrate(Database& db, std::span<const Migration> migrations = vaultMigrations());

} // namespace custos::storage
