// The numbered migrations of a Custos vault. Append new ones; never edit an applied one.
#include "storage/Migrations.h"

#include <array>

namespace custos::storage {
namespace {

// 1: the foundation — business profile, settings, employees, password history, the vault's
// public keys and the sealed private keys granted to employees, and the audit log.
constexpr const char* kFoundation = R"SQL(
CREATE TABLE business_profile (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    legal_name      TEXT NOT NULL,
    street          TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    fax             TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    privacy_contact TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE employees (
    id                   INTEGER PRIMARY KEY,
    username             TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name            TEXT NOT NULL,
    role                 TEXT NOT NULL CHECK (role IN ('clerk', 'manager', 'owner')),
    slot_id              TEXT UNIQUE,
    identity_public_key  BLOB,
    active               INTEGER NOT NULL DEFAULT 1,
    must_change_password INTEGER NOT NULL DEFAULT 0,
    password_changed_at  TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           INTEGER REFERENCES employees(id),
    last_sign_in_at      TEXT,
    deactivated_at       TEXT
);

-- scrypt verifiers of an employee's previous passwords (PCI DSS 8.3.7: no reuse of the last 4).
CREATE TABLE password_history (
    id          INTEGER PRIMARY KEY,
    employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    salt        BLOB NOT NULL,
    verifier    BLOB NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE INDEX password_history_employee ON password_history(employee_id, created_at);

-- The vault's asymmetric keys: 'card_data' (X25519) and 'signing' (Ed25519).
CREATE TABLE vault_keys (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('card_data', 'signing')),
    public_key  BLOB NOT NULL,
    created_at  TEXT NOT NULL,
    retired_at  TEXT
);
CREATE UNIQUE INDEX vault_keys_current ON vault_keys(kind) WHERE retired_at IS NULL;

-- A vault private key sealed to one employee's identity public key.
CREATE TABLE key_grants (
    id                 INTEGER PRIMARY KEY,
    employee_id        INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
    vault_key_id       INTEGER NOT NULL REFERENCES vault_keys(id),
    sealed_private_key BLOB NOT NULL,
    granted_by         INTEGER REFERENCES employees(id),
    granted_at         TEXT NOT NULL,
    reason             TEXT NOT NULL,
    expires_at         TEXT,
    UNIQUE (employee_id, vault_key_id)
);

-- Append-only event log; hash = SHA-256(prev_hash || canonical bytes of the event).
CREATE TABLE audit_events (
    seq        INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    actor_id   INTEGER,
    actor_name TEXT NOT NULL,
    action     TEXT NOT NULL,
    target     TEXT NOT NULL DEFAULT '',
    outcome    TEXT NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
    details    TEXT NOT NULL DEFAULT '',
    prev_hash  BLOB NOT NULL,
    hash       BLOB NOT NULL
);
CREATE INDEX audit_events_actor ON audit_events(actor_id, at);
CREATE INDEX audit_events_action ON audit_events(action, at);
)SQL";

constexpr std::array kMigrations{
    Migration{1, "foundation", kFoundation},
};

} // namespace

std::span<const Migration> vaultMigrations()
{
    return kMigrations;
}

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

} // namespace custos::storage
