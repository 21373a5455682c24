#pragma once

#include "core/Result.h"
#include "domain/Order.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <optional>

namespace custos::storage {

// Orders, their lines, status history, card rows and the per-year number sequence. Every
// write runs in the caller's transaction (one user action = one transaction, in the service).
class OrderRepository
{
public:
    explicit OrderRepository(Database& db) : m_db(db) {}

    // The next sequence number of `year` (1, 2, ...). Call inside the transaction that inserts
    // the order: a rolled-back order gives its number back.
    Result<qint64> nextNumber(int year);

    // Inserts the order row (with `order.totals`), its lines and the first history entry
    // (status `order.status`, by `order.createdBy`). `order.card` is ignored: see insertCard.
    Result<qint64> insert(const Order& order);
    // The card row: BIN, last 4, expiry, holder and the PAN sealed to vault key `vaultKeyId`.
    Result<void> insertCard(qint64 orderId, const OrderCardSummary& card, qint64 vaultKeyId,
                            const QByteArray& sealedPan);

    Result<std::optional<Order>> get(qint64 id) const;
    Result<std::optional<qint64>> idForNumber(const QString& number) const;
    Result<std::optional<QString>> numberFor(qint64 id) const;

    Result<QList<OrderListRow>> list(const OrderFilter& filter, OrderSort sort = OrderSort::NewestFirst,
                                     const OrderPage& page = {}) const;
    Result<int> count(const OrderFilter& filter) const;

    // Moves the order from `from` to `to` and records the step. Fails (nothing written) when
    // the order is no longer in `from`, so two clerks cannot both charge the same order.
    Result<void> updateStatus(qint64 orderId, OrderStatus from, OrderStatus to, const QDateTime& at,
                              std::optional<qint64> byEmployee, const QString& note);
    Result<QList<OrderStatusChange>> history(qint64 orderId) const;

    struct SealedPan
    {
        qint64 vaultKeyId = 0;
        QByteArray sealed;
    };
    // The sealed card number, if still kept.
    Result<std::optional<SealedPan>> sealedPan(qint64 orderId) const;
    // Key rotation: how many card numbers are still sealed; up to `limit` of them after order
    // `afterOrderId`, in order id order (by the partial index order_cards_sealed); and writing
    // the same numbers sealed to a new card-data key, one prepared statement for the batch.
    struct SealedPanRow
    {
        qint64 orderId = 0;
        qint64 vaultKeyId = 0;
        QByteArray sealed;
    };
    Result<qint64> sealedPanTotal() const;
    Result<QList<SealedPanRow>> sealedPansAfter(qint64 afterOrderId, int limit) const;
    // Every row must still hold a sealed number: a missing one fails the batch (Errc::Failed).
    Result<void> resealPans(const QList<SealedPanRow>& rows);
    // Sets sealed_pan to NULL (secure_delete overwrites the bytes) and records when. True when
    // there was a sealed number to purge.
    Result<bool> purgeSealedPan(qint64 orderId, const QDateTime& at);
    // Orders whose sealed number is still kept although they were charged at least
    // `retentionDays` before `now` (or were cancelled).
    Result<QList<qint64>> ordersWithPanDueForPurge(const QDateTime& now, int retentionDays) const;

    // ---- GDPR export and erasure of one customer (CustomerRights) ---------------------------
    // The customer's orders, oldest first.
    Result<QList<qint64>> idsForCustomer(qint64 customerId) const;
    // Numbers of the customer's orders still in progress (received, charged or shipped).
    Result<QStringList> openOrderNumbers(qint64 customerId) const;
    // How many of the customer's orders still keep a sealed card number.
    Result<int> sealedPanCount(qint64 customerId) const;
    struct CustomerOrdersErased
    {
        int ordersKept = 0;    // order rows left for the accounts (lines, totals, status kept)
        int pansDestroyed = 0; // sealed card numbers purged now
    };
    // In the caller's transaction: clears the free text of the customer's orders (order notes,
    // status-change notes) and the card holder names, and purges every sealed card number as
    // purgeSealedPan does (sealed_pan NULL, purged_at = `at`). Brand, last 4 and expiry stay.
    Result<CustomerOrdersErased> eraseCustomerOrders(qint64 customerId, const QDateTime& at);

private:
    Result<void> addHistory(qint64 orderId, std::optional<OrderStatus> from, OrderStatus to, const QDateTime& at,
                            std::optional<qint64> byEmployee, const QString& note);
    Database& m_db;
};

} // namespace custos::storage
