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

// 2: customers and orders. Card data keeps BIN, last 4 and expiry in clear; the full number
// only sealed to the vault's card-data key, purged after charging. There is no CVV column and
// there must never be one (PCI DSS 3.3.1).
constexpr const char* kCustomersAndOrders = R"SQL(
CREATE TABLE customers (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    name_key    TEXT NOT NULL,
    street      TEXT NOT NULL,
    city        TEXT NOT NULL,
    region      TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL,
    postal_key  TEXT NOT NULL,
    country     TEXT NOT NULL,
    phone_e164  TEXT NOT NULL,
    email       TEXT,
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at  TEXT NOT NULL,
    created_by  INTEGER REFERENCES employees(id),
    updated_at  TEXT NOT NULL
);
CREATE INDEX customers_phone ON customers(phone_e164);
CREATE INDEX customers_postal ON customers(postal_key);
-- Duplicate check: same name (case-folded) and postal code (without spaces or case).
CREATE INDEX customers_duplicate ON customers(name_key, postal_key);
CREATE INDEX customers_archived_name ON customers(archived, name_key);
CREATE INDEX customers_created ON customers(created_at);

-- Search index maintained by CustomerRepository in the same transaction; docid = customers.id.
-- name is folded (diacritics and letters such as Ł removed), phone holds search digits.
CREATE VIRTUAL TABLE customers_fts USING fts4(name, phone, postal_code, email,
    tokenize=unicode61 "remove_diacritics=1", prefix="2,3");

CREATE TABLE orders (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    channel        TEXT NOT NULL CHECK (channel IN ('phone', 'fax', 'mail', 'walk_in')),
    status         TEXT NOT NULL CHECK (status IN ('received', 'charged', 'shipped', 'closed', 'cancelled')),
    tax_rate_bp    INTEGER NOT NULL CHECK (tax_rate_bp BETWEEN 0 AND 10000),
    subtotal_cents INTEGER NOT NULL,
    tax_cents      INTEGER NOT NULL,
    total_cents    INTEGER NOT NULL,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     INTEGER NOT NULL REFERENCES employees(id),
    updated_at     TEXT NOT NULL
);
CREATE INDEX orders_status_created ON orders(status, created_at);
CREATE INDEX orders_channel_created ON orders(channel, created_at);
CREATE INDEX orders_customer_created ON orders(customer_id, created_at);
CREATE INDEX orders_created ON orders(created_at);

CREATE TABLE order_lines (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position         INTEGER NOT NULL,
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 100000),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    UNIQUE (order_id, position)
);

CREATE TABLE order_status_history (
    id          INTEGER PRIMARY KEY,
    order_id    INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    at          TEXT NOT NULL,
    by_employee INTEGER REFERENCES employees(id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_status_history_order ON order_status_history(order_id, at);
CREATE INDEX order_status_history_to ON order_status_history(to_status, at);

CREATE TABLE order_cards (
    id           INTEGER PRIMARY KEY,
    order_id     INTEGER NOT NULL UNIQUE REFERENCES orders(id) ON DELETE CASCADE,
    brand        TEXT NOT NULL,
    bin          TEXT NOT NULL CHECK (length(bin) = 6),
    last4        TEXT NOT NULL CHECK (length(last4) = 4),
    pan_length   INTEGER NOT NULL CHECK (pan_length BETWEEN 12 AND 19),
    expiry_month INTEGER NOT NULL CHECK (expiry_month BETWEEN 1 AND 12),
    expiry_year  INTEGER NOT NULL,
    holder_name  TEXT NOT NULL,
    vault_key_id INTEGER REFERENCES vault_keys(id),
    sealed_pan   BLOB,
    purged_at    TEXT,
    CHECK ((sealed_pan IS NULL) = (purged_at IS NOT NULL))
);

CREATE TABLE order_sequences (
    year        INTEGER PRIMARY KEY,
    last_number INTEGER NOT NULL
);
)SQL";

// 3: staff, background checks, disclosure and tamper-evidence; the customer search index
// without phone numbers. Grants live in key_grants
// (migration 1); revoking one deletes its row, its history is the audit log.
constexpr const char* kStaffAndAudit = R"SQL(
-- PCI DSS 12.7: background checks, one row per check requested from a provider.
CREATE TABLE screening_checks (
    id           INTEGER PRIMARY KEY,
    employee_id  INTEGER NOT NULL REFERENCES employees(id),
    type         TEXT NOT NULL CHECK (type IN ('identity', 'criminal_record', 'credit', 'references')),
    provider     TEXT NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
    reference    TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 200),
    requested_on TEXT NOT NULL,
    decided_on   TEXT,
    result       TEXT NOT NULL CHECK (result IN ('pending', 'cleared', 'failed')),
    expires_on   TEXT,
    notes        TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 200),
    recorded_by  INTEGER REFERENCES employees(id),
    recorded_at  TEXT NOT NULL,
    CHECK (result = 'pending' OR decided_on IS NOT NULL),
    CHECK (result <> 'cleared' OR expires_on IS NOT NULL)
);
CREATE INDEX screening_checks_employee ON screening_checks(employee_id, requested_on);

-- The chain head signed with the vault's Ed25519 signing key: rewriting or cutting history
-- before a checkpoint is detected even by someone who recomputes every hash.
CREATE TABLE audit_checkpoints (
    id           INTEGER PRIMARY KEY,
    seq          INTEGER NOT NULL,
    head_hash    BLOB NOT NULL,
    signed_at    TEXT NOT NULL,
    signed_by    INTEGER REFERENCES employees(id),
    vault_key_id INTEGER NOT NULL REFERENCES vault_keys(id),
    signature    BLOB NOT NULL
);
CREATE INDEX audit_checkpoints_seq ON audit_checkpoints(seq);

-- PCI DSS 7.2.4: the periodic access review's sign-offs.
CREATE TABLE access_reviews (
    id                 INTEGER PRIMARY KEY,
    signed_at          TEXT NOT NULL,
    reviewer_id        INTEGER NOT NULL REFERENCES employees(id),
    employees_reviewed INTEGER NOT NULL,
    notes              TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    snapshot           TEXT NOT NULL
);

CREATE INDEX audit_events_at ON audit_events(at);

-- The search index without the phone column: each stored number was a distinct word, so a
-- typed digit prefix read thousands of index terms per keystroke. Phone numbers are now
-- found by range on customers_phone (E.164) instead; see CustomerRepository::textFilter.
CREATE VIRTUAL TABLE customers_fts_v3 USING fts4(name, postal_code, email,
    tokenize=unicode61 "remove_diacritics=1", prefix="2,3");
INSERT INTO customers_fts_v3 (docid, name, postal_code, email)
    SELECT docid, name, postal_code, email FROM customers_fts;
DROP TABLE customers_fts;
ALTER TABLE customers_fts_v3 RENAME TO customers_fts;
)SQL";

// 4: paper and proof. Documents Custos issued (the id of a printed blank order form is the
// serial number on the paper; signed files keep their SHA-256 so a copy can be matched), and
// GDPR erasure: the customer row stays as a tombstone so orders keep their customer for the
// accounts, with a record of what was erased (no personal data in it).
constexpr const char* kPaperAndProof = R"SQL(
CREATE TABLE issued_documents (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL,
    reference    TEXT NOT NULL DEFAULT '',
    sha256       BLOB,
    vault_key_id INTEGER REFERENCES vault_keys(id),
    issued_at    TEXT NOT NULL,
    issued_by    INTEGER REFERENCES employees(id)
);
CREATE INDEX issued_documents_kind ON issued_documents(kind, issued_at);
CREATE INDEX issued_documents_sha256 ON issued_documents(sha256);

ALTER TABLE customers ADD COLUMN erased_at TEXT;
CREATE TABLE customer_erasures (
    id                 INTEGER PRIMARY KEY,
    customer_id        INTEGER NOT NULL UNIQUE REFERENCES customers(id),
    erased_at          TEXT NOT NULL,
    erased_by          INTEGER NOT NULL REFERENCES employees(id),
    orders_kept        INTEGER NOT NULL,
    pans_destroyed     INTEGER NOT NULL,
    certificate_sha256 BLOB
);

-- The security self-check's runs: when, by whom, and the findings as JSON (titles and
-- severities only) for the home page and the signed report.
CREATE TABLE self_checks (
    id       INTEGER PRIMARY KEY,
    run_at   TEXT NOT NULL,
    run_by   INTEGER REFERENCES employees(id),
    problems INTEGER NOT NULL,
    findings TEXT NOT NULL
);
)SQL";

// 5: key rotation (PCI DSS 3.6-3.7). The recovery code's copy of the vault private keys, sealed
// to the recovery slot's X25519 public key (settings 'recovery.public_key'), so that rotating the
// card-data or signing key gives the recovery sheet the new key without knowing the code; and
// an index of the card numbers still sealed (rotation re-seals them, the retention purge looks
// for them among a million purged rows).
constexpr const char* kKeyRotation = R"SQL(
CREATE TABLE recovery_grants (
    vault_key_id       INTEGER PRIMARY KEY REFERENCES vault_keys(id),
    sealed_private_key BLOB NOT NULL,
    granted_at         TEXT NOT NULL
);
CREATE INDEX order_cards_sealed ON order_cards(order_id) WHERE sealed_pan IS NOT NULL;
)SQL";

constexpr std::array kMigrations{
    Migration{1, "foundation", kFoundation},
    Migration{2, "customers and orders", kCustomersAndOrders},
    Migration{3, "staff, screening and audit checkpoints", kStaffAndAudit},
    Migration{4, "paper and proof", kPaperAndProof},
    Migration{5, "key rotation", kKeyRotation},
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
