#include "storage/OrderRepository.h"

#include "core/Clock.h"
#include "storage/CustomerRepository.h"

#include <variant>

namespace custos::storage {
namespace {

using BindValue = std::variant<qint64, QString>;

// A WHERE clause built from fixed SQL fragments; every user value goes through a parameter.
struct Where
{
    QString sql;
    QList<BindValue> values;
    bool matchesNothing = false;
};

QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString likeContains(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

Where buildWhere(const OrderFilter& f)
{
    Where w;
    w.sql = QStringLiteral(" WHERE 1");
    if (!f.statuses.isEmpty()) {
        w.sql += QStringLiteral(" AND o.status IN (") + placeholders(f.statuses.size()) + QLatin1Char(')');
        for (OrderStatus s : f.statuses)
            w.values << orderStatusToStorage(s);
    }
    if (!f.channels.isEmpty()) {
        w.sql += QStringLiteral(" AND o.channel IN (") + placeholders(f.channels.size()) + QLatin1Char(')');
        for (Channel c : f.channels)
            w.values << channelToStorage(c);
    }
    if (f.from.isValid()) {
        w.sql += QStringLiteral(" AND o.created_at >= ?");
        w.values << toStorageTime(f.from.startOfDay());
    }
    if (f.to.isValid()) {
        w.sql += QStringLiteral(" AND o.created_at < ?");
        w.values << toStorageTime(f.to.addDays(1).startOfDay());
    }
    if (f.customerId) {
        w.sql += QStringLiteral(" AND o.customer_id = ?");
        w.values << *f.customerId;
    }
    const QString text = f.text.trimmed();
    if (!text.isEmpty()) {
        w.sql += QStringLiteral(" AND (o.number LIKE ? ESCAPE '\\'");
        w.values << likeContains(text);
        if (auto customers = CustomerRepository::textFilter(text, f.phoneRegion, QStringLiteral("o.customer_id"));
            customers && customers->active()) {
            // The customer filter comes as " AND (a OR b ...)": here it is one more alternative.
            w.sql += QStringLiteral(" OR ") + customers->sql.mid(QStringLiteral(" AND ").size());
            for (const QString& p : std::as_const(customers->parameters))
                w.values << p;
        }
        w.sql += QLatin1Char(')');
    }
    return w;
}

int bindAll(Statement& st, const QList<BindValue>& values)
{
    int index = 1;
    for (const BindValue& v : values) {
        if (const qint64* n = std::get_if<qint64>(&v))
            st.bind(index++, *n);
        else
            st.bind(index++, std::get<QString>(v));
    }
    return index;
}

QString orderBy(OrderSort sort)
{
    switch (sort) {
    case OrderSort::NewestFirst:
        break;
    case OrderSort::OldestFirst:
        return QStringLiteral(" ORDER BY o.created_at, o.id");
    case OrderSort::Number:
        return QStringLiteral(" ORDER BY o.number");
    case OrderSort::CustomerName:
        return QStringLiteral(" ORDER BY c.name_key, o.created_at DESC, o.id DESC");
    case OrderSort::TotalHighestFirst:
        return QStringLiteral(" ORDER BY o.total_cents DESC, o.id DESC");
    }
    return QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC");
}

qint64 readId(const Statement& st)
{
    return st.int64(0);
}

template <typename T>
Result<QList<T>> collect(Statement& st, T (*read)(const Statement&))
{
    QList<T> out;
    while (true) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.append(read(st));
    }
}

OrderListRow readListRow(const Statement& st)
{
    OrderListRow r;
    r.id = st.int64(0);
    r.number = st.text(1);
    r.createdAt = fromStorageTime(st.text(2));
    r.customerId = st.int64(3);
    r.customerName = st.text(4);
    r.channel = channelFromStorage(st.text(5)).value_or(Channel::Phone);
    r.status = orderStatusFromStorage(st.text(6)).value_or(OrderStatus::Received);
    r.total = Money::fromCents(st.int64(7));
    if (!st.isNull(8)) {
        r.cardBrand = cardBrandFromStorage(st.text(8));
        r.cardLast4 = st.text(9);
        r.cardBin = st.text(13);
        r.cardPanLength = st.int32(14);
    }
    r.subtotal = Money::fromCents(st.int64(10));
    r.tax = Money::fromCents(st.int64(11));
    r.itemCount = st.int64(12);
    return r;
}

OrderLine readLine(const Statement& st)
{
    return OrderLine{st.text(0), st.int64(1), Money::fromCents(st.int64(2))};
}

OrderStatusChange readChange(const Statement& st)
{
    OrderStatusChange c;
    if (!st.isNull(0))
        c.from = orderStatusFromStorage(st.text(0));
    c.to = orderStatusFromStorage(st.text(1)).value_or(OrderStatus::Received);
    c.at = fromStorageTime(st.text(2));
    if (!st.isNull(3))
        c.byEmployeeId = st.int64(3);
    c.byEmployeeName = st.text(4);
    c.note = st.text(5);
    return c;
}

} // namespace

Result<qint64> OrderRepository::nextNumber(int year)
{
    // No UPSERT in SQLite 3.15: bump the row, create it when there was none.
    auto bump = m_db.prepare(QStringLiteral("UPDATE order_sequences SET last_number = last_number + 1 WHERE year = ?"));
    if (!bump)
        return bump.error();
    bump->bind(1, year);
    CUSTOS_TRY(bump->exec());
    if (m_db.changes() == 0) {
        auto create = m_db.prepare(QStringLiteral("INSERT INTO order_sequences (year, last_number) VALUES (?, 1)"));
        if (!create)
            return create.error();
        create->bind(1, year);
        CUSTOS_TRY(create->exec());
        return 1;
    }
    auto read = m_db.prepare(QStringLiteral("SELECT last_number FROM order_sequences WHERE year = ?"));
    if (!read)
        return read.error();
    read->bind(1, year);
    auto row = read->step();
    if (!row)
        return row.error();
    if (!row.value())
        return Error{QCoreApplication::translate("OrderRepository", "The order number sequence could not be read."),
                     Errc::Failed};
    return read->int64(0);
}

Result<qint64> OrderRepository::insert(const Order& o)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO orders (number, customer_id, channel, status, tax_rate_bp, subtotal_cents, tax_cents, "
        "total_cents, notes, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, o.number)
        .bind(2, o.customerId)
        .bind(3, channelToStorage(o.channel))
        .bind(4, orderStatusToStorage(o.status))
        .bind(5, o.taxRateBasisPoints)
        .bind(6, o.totals.subtotal.cents())
        .bind(7, o.totals.tax.cents())
        .bind(8, o.totals.total.cents())
        .bind(9, o.notes)
        .bind(10, toStorageTime(o.createdAt))
        .bind(11, o.createdBy)
        .bind(12, toStorageTime(o.updatedAt.isValid() ? o.updatedAt : o.createdAt));
    CUSTOS_TRY(st->exec());
    const qint64 id = m_db.lastInsertRowId();

    auto line = m_db.prepare(QStringLiteral("INSERT INTO order_lines (order_id, position, description, quantity, "
                                            "unit_price_cents) VALUES (?, ?, ?, ?, ?)"));
    if (!line)
        return line.error();
    for (int i = 0; i < o.lines.size(); ++i) {
        const OrderLine& l = o.lines.at(i);
        line->reset();
        line->bind(1, id).bind(2, i + 1).bind(3, l.description).bind(4, l.quantity).bind(5, l.unitPrice.cents());
        CUSTOS_TRY(line->exec());
    }
    CUSTOS_TRY(addHistory(id, std::nullopt, o.status, o.createdAt, o.createdBy, QString()));
    return id;
}

Result<void> OrderRepository::insertCard(qint64 orderId, const OrderCardSummary& card, qint64 vaultKeyId,
                                         const QByteArray& sealedPan)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO order_cards (order_id, brand, bin, last4, pan_length, expiry_month, expiry_year, holder_name, "
        "vault_key_id, sealed_pan) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, orderId)
        .bind(2, cardBrandToStorage(card.brand))
        .bind(3, card.bin)
        .bind(4, card.last4)
        .bind(5, card.panLength)
        .bind(6, card.expiry.month)
        .bind(7, card.expiry.year)
        .bind(8, card.holderName)
        .bind(9, vaultKeyId)
        .bind(10, sealedPan);
    return st->exec();
}

Result<std::optional<Order>> OrderRepository::get(qint64 id) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT id, number, customer_id, channel, status, tax_rate_bp, subtotal_cents, tax_cents, total_cents, notes, "
        "created_at, created_by, updated_at FROM orders WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Order>{};
    Order o;
    o.id = st->int64(0);
    o.number = st->text(1);
    o.customerId = st->int64(2);
    o.channel = channelFromStorage(st->text(3)).value_or(Channel::Phone);
    o.status = orderStatusFromStorage(st->text(4)).value_or(OrderStatus::Received);
    o.taxRateBasisPoints = st->int32(5);
    o.totals = {Money::fromCents(st->int64(6)), Money::fromCents(st->int64(7)), Money::fromCents(st->int64(8))};
    o.notes = st->text(9);
    o.createdAt = fromStorageTime(st->text(10));
    o.createdBy = st->int64(11);
    o.updatedAt = fromStorageTime(st->text(12));

    auto lines = m_db.prepare(QStringLiteral(
        "SELECT description, quantity, unit_price_cents FROM order_lines WHERE order_id = ? ORDER BY position"));
    if (!lines)
        return lines.error();
    lines->bind(1, id);
    auto read = collect<OrderLine>(lines.value(), &readLine);
    if (!read)
        return read.error();
    o.lines = read.value();

    auto card = m_db.prepare(QStringLiteral(
        "SELECT brand, bin, last4, pan_length, expiry_month, expiry_year, holder_name, sealed_pan IS NOT NULL, "
        "purged_at FROM order_cards WHERE order_id = ?"));
    if (!card)
        return card.error();
    card->bind(1, id);
    auto cardRow = card->step();
    if (!cardRow)
        return cardRow.error();
    if (cardRow.value()) {
        OrderCardSummary c;
        c.brand = cardBrandFromStorage(card->text(0));
        c.bin = card->text(1);
        c.last4 = card->text(2);
        c.panLength = card->int32(3);
        c.expiry = CardExpiry{card->int32(4), card->int32(5)};
        c.holderName = card->text(6);
        c.hasSealedPan = card->int64(7) != 0;
        if (!card->isNull(8))
            c.purgedAt = fromStorageTime(card->text(8));
        o.card = c;
    }
    return std::optional<Order>{std::move(o)};
}

Result<std::optional<qint64>> OrderRepository::idForNumber(const QString& number) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM orders WHERE number = ?"));
    if (!st)
        return st.error();
    st->bind(1, number.trimmed());
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? std::optional<qint64>(st->int64(0)) : std::nullopt;
}

Result<std::optional<QString>> OrderRepository::numberFor(qint64 id) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT number FROM orders WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? std::optional<QString>(st->text(0)) : std::nullopt;
}

Result<QList<OrderListRow>> OrderRepository::list(const OrderFilter& filter, OrderSort sort,
                                                  const OrderPage& page) const
{
    Where where = buildWhere(filter);
    int offset = qMax(0, page.offset);
    if (page.after) {
        // The index orders_created serves both directions; "NOT (same time AND id past the
        // cursor)" keeps the range on created_at so SQLite can seek to it.
        const bool newest = sort == OrderSort::NewestFirst;
        if (!newest && sort != OrderSort::OldestFirst)
            return Error{QStringLiteral("keyset paging needs the newest-first or oldest-first order"), Errc::Invalid};
        const QString at = toStorageTime(page.after->createdAt);
        where.sql += newest ? QStringLiteral(" AND o.created_at <= ? AND NOT (o.created_at = ? AND o.id >= ?)")
                            : QStringLiteral(" AND o.created_at >= ? AND NOT (o.created_at = ? AND o.id <= ?)");
        where.values << at << at << page.after->id;
        offset = 0;
    }
    auto st = m_db.prepare(
        QStringLiteral(
            "SELECT o.id, o.number, o.created_at, o.customer_id, c.name, o.channel, o.status, "
            "o.total_cents, k.brand, k.last4, o.subtotal_cents, o.tax_cents, "
            "(SELECT coalesce(sum(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id), k.bin, k.pan_length "
            "FROM orders o JOIN customers c ON c.id = o.customer_id "
            "LEFT JOIN order_cards k ON k.order_id = o.id") +
        where.sql + orderBy(sort) + QStringLiteral(" LIMIT ? OFFSET ?"));
    if (!st)
        return st.error();
    const int next = bindAll(st.value(), where.values);
    st->bind(next, qMax(0, page.limit)).bind(next + 1, offset);
    return collect<OrderListRow>(st.value(), &readListRow);
}

Result<int> OrderRepository::count(const OrderFilter& filter) const
{
    const Where where = buildWhere(filter);
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM orders o") + where.sql);
    if (!st)
        return st.error();
    bindAll(st.value(), where.values);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int32(0) : 0;
}

Result<void> OrderRepository::updateStatus(qint64 orderId, OrderStatus from, OrderStatus to, const QDateTime& at,
                                           std::optional<qint64> byEmployee, const QString& note)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE orders SET status = ?, updated_at = ? WHERE id = ? AND status = ?"));
    if (!st)
        return st.error();
    st->bind(1, orderStatusToStorage(to))
        .bind(2, toStorageTime(at))
        .bind(3, orderId)
        .bind(4, orderStatusToStorage(from));
    CUSTOS_TRY(st->exec());
    if (m_db.changes() == 0)
        return Error{
            QCoreApplication::translate(
                "OrderRepository", "The order was changed by someone else in the meantime; reload it and try again."),
            Errc::Failed};
    return addHistory(orderId, from, to, at, byEmployee, note);
}

Result<void> OrderRepository::addHistory(qint64 orderId, std::optional<OrderStatus> from, OrderStatus to,
                                         const QDateTime& at, std::optional<qint64> byEmployee, const QString& note)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO order_status_history (order_id, from_status, to_status, at, "
                                          "by_employee, note) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, orderId)
        .bind(2, from ? std::optional<QString>(orderStatusToStorage(*from)) : std::nullopt)
        .bind(3, orderStatusToStorage(to))
        .bind(4, toStorageTime(at))
        .bind(5, byEmployee)
        .bind(6, note);
    return st->exec();
}

Result<QList<OrderStatusChange>> OrderRepository::history(qint64 orderId) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT h.from_status, h.to_status, h.at, h.by_employee, e.full_name, h.note FROM order_status_history h "
        "LEFT JOIN employees e ON e.id = h.by_employee WHERE h.order_id = ? ORDER BY h.at, h.id"));
    if (!st)
        return st.error();
    st->bind(1, orderId);
    return collect<OrderStatusChange>(st.value(), &readChange);
}

Result<std::optional<OrderRepository::SealedPan>> OrderRepository::sealedPan(qint64 orderId) const
{
    auto st = m_db.prepare(QStringLiteral(
        "SELECT vault_key_id, sealed_pan FROM order_cards WHERE order_id = ? AND sealed_pan IS NOT NULL"));
    if (!st)
        return st.error();
    st->bind(1, orderId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<SealedPan>{};
    return std::optional<SealedPan>{SealedPan{st->int64(0), st->blob(1)}};
}

Result<qint64> OrderRepository::sealedPanTotal() const
{
    // The partial index order_cards_sealed (migration 5) holds exactly these rows.
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM order_cards WHERE sealed_pan IS NOT NULL"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int64(0) : 0;
}

Result<QList<OrderRepository::SealedPanRow>> OrderRepository::sealedPansAfter(qint64 afterOrderId, int limit) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT order_id, vault_key_id, sealed_pan FROM order_cards "
                                          "WHERE sealed_pan IS NOT NULL AND order_id > ? ORDER BY order_id LIMIT ?"));
    if (!st)
        return st.error();
    st->bind(1, afterOrderId).bind(2, limit);
    return collect<SealedPanRow>(st.value(), [](const Statement& row) {
        return SealedPanRow{row.int64(0), row.int64(1), row.blob(2)};
    });
}

Result<void> OrderRepository::resealPans(const QList<SealedPanRow>& rows)
{
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE order_cards SET sealed_pan = ?, vault_key_id = ? WHERE order_id = ? AND sealed_pan IS NOT NULL"));
    if (!st)
        return st.error();
    for (const SealedPanRow& r : rows) {
        st->reset();
        st->bind(1, r.sealed).bind(2, r.vaultKeyId).bind(3, r.orderId);
        CUSTOS_TRY(st->exec());
        if (m_db.changes() != 1)
            return Error{QCoreApplication::translate("OrderRepository", "The card number of order %1 changed during "
                                                                        "the key rotation; nothing was changed.")
                             .arg(r.orderId),
                         Errc::Failed};
    }
    return success();
}

Result<bool> OrderRepository::purgeSealedPan(qint64 orderId, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE order_cards SET sealed_pan = NULL, purged_at = ? WHERE order_id = ? AND sealed_pan IS NOT NULL"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(at)).bind(2, orderId);
    CUSTOS_TRY(st->exec());
    return m_db.changes() > 0;
}

Result<QList<qint64>> OrderRepository::ordersWithPanDueForPurge(const QDateTime& now, int retentionDays) const
{
    // Unary + on to_status keeps SQLite off order_status_history_to: with it, each card row scanned
    // every 'charged' event (about 100 s per call on a million orders); by order_id it reads a
    // few history rows per card.
    auto st = m_db.prepare(QStringLiteral(
        "SELECT k.order_id FROM order_cards k WHERE k.sealed_pan IS NOT NULL AND ("
        "EXISTS (SELECT 1 FROM order_status_history h WHERE h.order_id = k.order_id AND +h.to_status = 'charged' "
        "AND h.at <= ?) OR EXISTS (SELECT 1 FROM orders o WHERE o.id = k.order_id AND o.status = 'cancelled')) "
        "ORDER BY k.order_id"));
    if (!st)
        return st.error();
    st->bind(1, toStorageTime(now.addDays(-qMax(0, retentionDays))));
    return collect<qint64>(st.value(), &readId);
}

Result<QList<qint64>> OrderRepository::idsForCustomer(qint64 customerId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT id FROM orders WHERE customer_id = ? ORDER BY created_at, id"));
    if (!st)
        return st.error();
    st->bind(1, customerId);
    return collect<qint64>(st.value(), &readId);
}

Result<QStringList> OrderRepository::openOrderNumbers(qint64 customerId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT number FROM orders WHERE customer_id = ? AND status IN "
                                          "('received', 'charged', 'shipped') ORDER BY created_at, id"));
    if (!st)
        return st.error();
    st->bind(1, customerId);
    QStringList numbers;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return numbers;
        numbers << st->text(0);
    }
}

Result<int> OrderRepository::sealedPanCount(qint64 customerId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT count(*) FROM order_cards k JOIN orders o ON o.id = k.order_id "
                                          "WHERE o.customer_id = ? AND k.sealed_pan IS NOT NULL"));
    if (!st)
        return st.error();
    st->bind(1, customerId);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int32(0) : 0;
}

Result<OrderRepository::CustomerOrdersErased> OrderRepository::eraseCustomerOrders(qint64 customerId,
                                                                                   const QDateTime& at)
{
    CustomerOrdersErased counts;
    const auto run = [this, customerId](const QString& sql, const std::optional<QString>& first) -> Result<int> {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        int next = 1;
        if (first)
            st->bind(next++, *first);
        st->bind(next, customerId);
        CUSTOS_TRY(st->exec());
        return m_db.changes();
    };
    auto pans = run(QStringLiteral("UPDATE order_cards SET sealed_pan = NULL, purged_at = ? WHERE sealed_pan IS NOT "
                                   "NULL AND order_id IN (SELECT id FROM orders WHERE customer_id = ?)"),
                    toStorageTime(at));
    if (!pans)
        return pans.error();
    counts.pansDestroyed = pans.value();
    auto holders = run(QStringLiteral("UPDATE order_cards SET holder_name = '' WHERE order_id IN "
                                      "(SELECT id FROM orders WHERE customer_id = ?)"),
                       std::nullopt);
    if (!holders)
        return holders.error();
    auto notes = run(QStringLiteral("UPDATE order_status_history SET note = '' WHERE note <> '' AND order_id IN "
                                    "(SELECT id FROM orders WHERE customer_id = ?)"),
                     std::nullopt);
    if (!notes)
        return notes.error();
    auto kept =
        run(QStringLiteral("UPDATE orders SET notes = '', updated_at = ? WHERE customer_id = ?"), toStorageTime(at));
    if (!kept)
        return kept.error();
    counts.ordersKept = kept.value();
    return counts;
}

} // namespace custos::storage
