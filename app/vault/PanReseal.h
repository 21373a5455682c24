#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace custos::storage {
class Database;
}

namespace custos::detail {

// What a card-data key rotation does to the stored card numbers: every sealed PAN is opened
// with the old private key and sealed to the new public key (the same associated data, so it
// stays bound to its order), in batches read in order id order. Opening and sealing (two
// X25519 agreements per card) run on every core; the database work stays on the calling
// thread, inside the caller's transaction. Nothing is committed here.
struct PanReseal
{
    QString vaultId; // the associated data names the vault and the order
    const crypto::SecureBytes* oldPrivateKey = nullptr;
    QByteArray newPublicKey;
    qint64 newKeyId = 0;
    int batchSize = 1024;
    int threads = 0; // 0: QThread::idealThreadCount(), at most 8
};

// Re-seals every sealed card number; answers how many. `progress(done, total)` is called after
// each batch (and once with 0 first); returning false stops with Errc::Cancelled. A card
// number that does not open with the old key stops with Errc::Corrupt, naming the order id.
Result<qint64> resealAllPans(storage::Database& db, const PanReseal& job,
                             const std::function<bool(qint64 done, qint64 total)>& progress);

} // namespace custos::detail
