#include "orders/OrderService.h"

#include "access/Staff.h"
#include "crypto/Crypto.h"
#include "orders/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/OrderRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

namespace custos {
namespace {

QString target(const QString& number)
{
    return QStringLiteral("order:") + number;
}

Error orderNotFound()
{
    return Error{OrderService::tr("This order does not exist (any more)."), Errc::NotFound};
}

QDate today(const Session& session)
{
    return session.clock().nowUtc().toLocalTime().date();
}

} // namespace

QByteArray OrderService::panAssociatedData(const QString& vaultId, qint64 orderId)
{
    return QByteArrayLiteral("custos-pan-v1|") + vaultId.toUtf8() + '|' + QByteArray::number(orderId);
}

OrderProblems OrderService::validate(const OrderDraft& draft) const
{
    return draft.validate();
}

OrderProblems OrderService::validateCard(const CardEntry& card) const
{
    return custos::validateCard(card, today(m_session));
}

int OrderService::cardRetentionDays() const
{
    auto stored = storage::SettingsRepository(m_session.database())
                      .value(QString::fromLatin1(kCardRetentionSetting), QStringLiteral("0"));
    bool ok = false;
    const int days = stored.ok() ? stored->toInt(&ok) : 0;
    return ok ? qBound(0, days, kMaxRetentionDays) : 0;
}

Result<void> OrderService::setCardRetentionDays(int days)
{
    if (m_session.employee().role != Role::Owner)
        return Error{tr("Only an owner can change how long card numbers are kept."), Errc::Denied};
    if (days < 0 || days > kMaxRetentionDays)
        return Error{tr("Card numbers can be kept from 0 to %1 days after charging.").arg(kMaxRetentionDays),
                     Errc::Invalid};
    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    CUSTOS_TRY(storage::SettingsRepository(m_session.database())
                   .setValue(QString::fromLatin1(kCardRetentionSetting), QString::number(days)));
    CUSTOS_TRY(m_session.appendAudit(audit::kCardRetentionChanged, QStringLiteral("settings"), audit::kSuccess,
                                     QStringLiteral("days: %1").arg(days)));
    return tx->commit();
}

Result<QString> OrderService::create(const OrderDraft& input, std::optional<CardEntry> card)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::TakeOrders, audit::kOrderCreated, {}));
    OrderProblems problems = input.validate();
    if (card) {
        problems += validateCard(*card);
        // The CVV has done its job (PCI DSS 3.3.1: never stored after authorisation).
        card->cvv.clear();
    }
    if (!problems.isEmpty())
        return Error{describeOrderProblems(problems), Errc::Invalid};
    const OrderDraft draft = input.trimmed();
    auto totals = draft.totals();
    if (!totals)
        return totals.error();

    storage::Database& db = m_session.database();
    storage::KeyRepository keys(db);
    std::optional<storage::KeyRepository::VaultKey> cardKey;
    if (card) {
        auto key = keys.currentVaultKey(QStringLiteral("card_data"));
        if (!key)
            return key.error();
        if (!key->has_value())
            return Error{tr("This vault has no card-data key, so card numbers cannot be stored. Restore the vault "
                            "from a backup."),
                         Errc::Corrupt};
        cardKey = **key;
    }

    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto customer = storage::CustomerRepository(db).get(draft.customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return Error{tr("The customer of this order does not exist (any more)."), Errc::NotFound};
    if ((*customer)->erased())
        return Error{tr("The personal data of this customer was erased at their request; no order can be taken for "
                        "the erased record. Add the person as a new customer if they order again."),
                     Errc::Invalid};
    if ((*customer)->archived)
        return Error{tr("This customer is archived. Restore the customer before taking a new order."), Errc::Invalid};

    storage::OrderRepository orders(db);
    Order order;
    order.customerId = draft.customerId;
    order.channel = draft.channel;
    order.status = OrderStatus::Received;
    order.lines = draft.lines;
    order.taxRateBasisPoints = draft.taxRateBasisPoints;
    order.notes = draft.notes;
    order.totals = totals.value();
    order.createdAt = m_session.clock().nowUtc();
    order.updatedAt = order.createdAt;
    order.createdBy = m_session.employee().id;
    const int year = order.createdAt.toLocalTime().date().year();
    auto sequence = orders.nextNumber(year);
    if (!sequence)
        return sequence.error();
    order.number = formatOrderNumber(year, sequence.value());
    auto orderId = orders.insert(order);
    if (!orderId)
        return orderId.error();

    if (card) {
        // Sealed after the row exists: the order id is part of the associated data.
        auto sealed = crypto::sealTo(cardKey->publicKey, card->pan.digits(),
                                     panAssociatedData(m_session.vaultId(), orderId.value()));
        if (!sealed)
            return sealed.error();
        OrderCardSummary summary;
        summary.brand = card->pan.brand();
        summary.bin = card->pan.bin();
        summary.last4 = card->pan.last4();
        summary.panLength = card->pan.length();
        summary.expiry = card->expiry;
        summary.holderName = card->holderName.trimmed();
        CUSTOS_TRY(orders.insertCard(orderId.value(), summary, cardKey->id, sealed.value()));
    }
    QString details =
        QStringLiteral("channel: %1; lines: %2").arg(channelToStorage(order.channel)).arg(order.lines.size());
    if (card)
        details += QStringLiteral("; card: ") + cardBrandToStorage(card->pan.brand());
    CUSTOS_TRY(m_session.appendAudit(audit::kOrderCreated, target(order.number), audit::kSuccess, details));
    CUSTOS_TRY(tx->commit());
    return order.number;
}

Result<Order> OrderService::get(qint64 orderId) const
{
    auto order = storage::OrderRepository(m_session.database()).get(orderId);
    if (!order)
        return order.error();
    if (!order->has_value())
        return orderNotFound();
    return **order;
}

Result<Order> OrderService::getByNumber(const QString& number) const
{
    auto id = storage::OrderRepository(m_session.database()).idForNumber(number);
    if (!id)
        return id.error();
    if (!id->has_value())
        return orderNotFound();
    return get(**id);
}

Result<QList<OrderListRow>> OrderService::list(const OrderFilter& filter, OrderSort sort, const OrderPage& page) const
{
    return storage::OrderRepository(m_session.database()).list(withRegion(filter), sort, page);
}

Result<int> OrderService::count(const OrderFilter& filter) const
{
    return storage::OrderRepository(m_session.database()).count(withRegion(filter));
}

OrderFilter OrderService::withRegion(OrderFilter filter) const
{
    if (filter.phoneRegion.isEmpty() && !filter.text.trimmed().isEmpty())
        filter.phoneRegion = CustomerService(m_session).defaultRegion();
    return filter;
}

Result<QList<OrderStatusChange>> OrderService::history(qint64 orderId) const
{
    return storage::OrderRepository(m_session.database()).history(orderId);
}

Result<void> OrderService::purgeCard(qint64 orderId, const QString& number, const QString& reason)
{
    auto purged = storage::OrderRepository(m_session.database()).purgeSealedPan(orderId, m_session.clock().nowUtc());
    if (!purged)
        return purged.error();
    if (purged.value())
        CUSTOS_TRY(m_session.appendAudit(audit::kOrderCardPurged, target(number), audit::kSuccess, reason));
    return success();
}

Result<void> OrderService::changeStatus(qint64 orderId, OrderStatus to, const QString& note)
{
    {
        auto known = storage::OrderRepository(m_session.database()).numberFor(orderId);
        const QString number = known.ok() && known.value() ? *known.value() : QString();
        CUSTOS_TRY(access::requirePermission(m_session, access::Permission::TakeOrders, audit::kOrderStatusChanged,
                                             target(number)));
    }
    const QString trimmedNote = note.trimmed();
    if (trimmedNote.size() > kMaxNoteLength)
        return Error{tr("The note is too long: at most %n characters.", nullptr, kMaxNoteLength), Errc::Invalid};
    storage::Database& db = m_session.database();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    storage::OrderRepository orders(db);
    auto order = orders.get(orderId);
    if (!order)
        return order.error();
    if (!order->has_value())
        return orderNotFound();
    const OrderStatus from = (*order)->status;
    const QString number = (*order)->number;
    if (!canChangeStatus(from, to)) {
        QStringList next;
        for (OrderStatus s : allowedNext(from))
            next << orderStatusDisplayName(s);
        const QString message =
            next.isEmpty() ? tr("Order %1 is %2; it cannot change any more.").arg(number, orderStatusDisplayName(from))
                           : tr("Order %1 is %2 and cannot become %3. It can become: %4.")
                                 .arg(number, orderStatusDisplayName(from), orderStatusDisplayName(to),
                                      next.join(QStringLiteral(", ")));
        return Error{message, Errc::Invalid};
    }
    CUSTOS_TRY(
        orders.updateStatus(orderId, from, to, m_session.clock().nowUtc(), m_session.employee().id, trimmedNote));
    CUSTOS_TRY(m_session.appendAudit(audit::kOrderStatusChanged, target(number), audit::kSuccess,
                                     orderStatusToStorage(from) + QStringLiteral(" -> ") + orderStatusToStorage(to)));
    if (to == OrderStatus::Cancelled)
        CUSTOS_TRY(purgeCard(orderId, number, QStringLiteral("cancelled")));
    else if (to == OrderStatus::Charged && cardRetentionDays() == 0)
        CUSTOS_TRY(purgeCard(orderId, number, QStringLiteral("charged")));
    return tx->commit();
}

Result<int> OrderService::purgeDue()
{
    storage::Database& db = m_session.database();
    const int days = cardRetentionDays();
    auto tx = storage::Transaction::begin(db);
    if (!tx)
        return tx.error();
    storage::OrderRepository orders(db);
    auto due = orders.ordersWithPanDueForPurge(m_session.clock().nowUtc(), days);
    if (!due)
        return due.error();
    for (qint64 id : due.value()) {
        auto number = orders.numberFor(id);
        if (!number)
            return number.error();
        CUSTOS_TRY(purgeCard(id, number->value_or(QString::number(id)),
                             QStringLiteral("retention: %1 days after charging").arg(days)));
    }
    if (due->isEmpty())
        return 0; // nothing written; the transaction rolls back
    CUSTOS_TRY(tx->commit());
    return static_cast<int>(due->size());
}

} // namespace custos
