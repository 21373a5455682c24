#pragma once

// Key rotation (PCI DSS 3.6-3.7): the vault's three keys, their age against the cryptoperiod,
// and what a rotation did. The rotations themselves are Vault members (Vault::rotateKey), since
// the master key lives in the keyring the open Vault holds; see docs/architecture.md
// "Key rotation" for how each one stays all-or-nothing across a crash.

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace custos {

class Session;

enum class VaultKeyKind {
    Master,   // the SQLCipher database key (every slot holds it)
    CardData, // X25519: card numbers are sealed to it, disclosure grants hold its private key
    Signing,  // Ed25519: documents, reports and audit checkpoints
};

// Stable names for the CLI, audit details and settings: "master", "card_data", "signing".
QString vaultKeyKindToStorage(VaultKeyKind kind);
std::optional<VaultKeyKind> vaultKeyKindFromStorage(const QString& text); // also accepts "card-data"
QString vaultKeyKindDisplayName(VaultKeyKind kind);                       // translated

// The planned lifetime of every vault key (PCI DSS 3.6.4 asks for one to be defined).
inline constexpr int kKeyCryptoperiodMonths = 12;

struct VaultKeyStatus
{
    VaultKeyKind kind = VaultKeyKind::Master;
    QDateTime since;     // made, or last rotated
    QDateTime due;       // since + cryptoperiod
    QString fingerprint; // the public key's (card data, signing); empty for the master key
    int retiredKeys = 0; // earlier keys of this kind kept for verification (signing) or history
};

// The three keys as the self-check, Settings → Keys and `custos-cli rotate-keys --status` show
// them. Readable by any signed-in employee (nothing secret in it).
Result<QList<VaultKeyStatus>> vaultKeyStatus(Session& session);

struct KeyRotationResult
{
    VaultKeyKind kind = VaultKeyKind::Master;
    QString oldFingerprint; // card data and signing
    QString newFingerprint;
    int cardsResealed = 0;  // card data: sealed card numbers moved to the new key
    int grantsReissued = 0; // card data and signing: employees' grants sealed anew
    int slotsRewrapped = 0; // master: key slots given the new key (employees and recovery)
    qint64 elapsedMs = 0;
};

} // namespace custos
