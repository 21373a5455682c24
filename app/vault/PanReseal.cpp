#include "vault/PanReseal.h"

#include "crypto/Crypto.h"
#include "orders/OrderService.h"
#include "storage/OrderRepository.h"

#include <QCoreApplication>
#include <QThread>
#include <algorithm>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace custos::detail {

namespace {

// Re-seals rows[i] for every i with i % stride == first; the first failure stops this share.
void resealShare(storage::OrderRepository::SealedPanRow* rows, qsizetype count, const PanReseal& job, qsizetype first,
                 qsizetype stride, std::optional<Error>& failure)
{
    for (qsizetype i = first; i < count; i += stride) {
        storage::OrderRepository::SealedPanRow& row = rows[i];
        const QByteArray ad = OrderService::panAssociatedData(job.vaultId, row.orderId);
        auto pan = crypto::openSealed(*job.oldPrivateKey, row.sealed, ad);
        if (!pan) {
            failure = Error{QCoreApplication::translate(
                                "Vault", "The stored card number of an order (id %1) does not open with the current "
                                         "card-data key, so the key was not replaced. Run the security check and "
                                         "restore from a backup if the vault was tampered with.")
                                .arg(row.orderId),
                            Errc::Corrupt};
            return;
        }
        auto resealed = crypto::sealTo(job.newPublicKey, pan.value(), ad);
        if (!resealed) {
            failure = resealed.error();
            return;
        }
        row.sealed = resealed.value();
        row.vaultKeyId = job.newKeyId;
    }
}

Error cancelled()
{
    return Error{QCoreApplication::translate("Vault", "Cancelled; the card-data key was not replaced."),
                 Errc::Cancelled};
}

} // namespace

Result<qint64> resealAllPans(storage::Database& db, const PanReseal& job,
                             const std::function<bool(qint64 done, qint64 total)>& progress)
{
    Q_ASSERT(job.oldPrivateKey);
    storage::OrderRepository orders(db);
    auto total = orders.sealedPanTotal();
    if (!total)
        return total.error();
    if (progress && !progress(0, total.value()))
        return cancelled();

    const int threads = std::clamp(job.threads > 0 ? job.threads : QThread::idealThreadCount(), 1, 8);
    qint64 done = 0;
    qint64 after = 0;
    for (;;) {
        auto batch = orders.sealedPansAfter(after, std::max(1, job.batchSize));
        if (!batch)
            return batch.error();
        QList<storage::OrderRepository::SealedPanRow>& rows = batch.value();
        if (rows.isEmpty())
            break;
        after = rows.constLast().orderId;

        // This thread takes the first share; the others run meanwhile and are joined before the
        // rows are written. Each share writes only its own rows (through one detached pointer).
        storage::OrderRepository::SealedPanRow* base = rows.data();
        const qsizetype count = rows.size();
        const int used = int(std::min<qsizetype>(threads, count));
        std::vector<std::optional<Error>> failures(static_cast<std::size_t>(used));
        std::vector<std::thread> helpers;
        helpers.reserve(std::size_t(used - 1));
        for (int t = 1; t < used; ++t) {
            try {
                helpers.emplace_back(resealShare, base, count, std::cref(job), qsizetype(t), qsizetype(used),
                                     std::ref(failures[std::size_t(t)]));
            } catch (const std::system_error&) {
                // No thread to be had (a process limit): this thread does that share as well.
                resealShare(base, count, job, t, used, failures[std::size_t(t)]);
            }
        }
        resealShare(base, count, job, 0, used, failures[0]);
        for (std::thread& helper : helpers)
            helper.join();
        for (const std::optional<Error>& failure : failures)
            if (failure)
                return *failure;

        CUSTOS_TRY(orders.resealPans(rows));
        done += rows.size();
        if (progress && !progress(done, std::max(done, total.value())))
            return cancelled();
    }
    return done;
}

} // namespace custos::detail
