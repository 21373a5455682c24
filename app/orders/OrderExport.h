#pragma once

#include "access/Access.h"
#include "core/Result.h"
#include "domain/Order.h"

#include <QString>
#include <QStringList>
#include <functional>

namespace custos {

class OrderService;
class Session;

namespace audit {
inline const QString kOrdersExported = QStringLiteral("orders.exported");
} // namespace audit

// Orders per export page (OrderService::list).
inline constexpr int kOrderExportBatch = 1000;

// The export's header cells (translated): Number, Date, Customer, Channel, Status, Subtotal,
// Tax, Total, Card, Items.
QStringList orderExportHeader();
// How the signed-in employee sees cards wherever they appear (PCI DSS 3.4.1): a clerk the last
// 4, a manager or owner BIN + last 4 (access::cardMaskFor). The full number is never part of a
// list, a form or a file; it takes Disclosure::revealPan.
access::CardMask cardMaskFor(const Session& session);

// The card of each list row as one mask shows it: "Visa •••• 4242" or "Visa 424242•• ••••
// 4242", empty for an order without a card.
class OrderCardMasker
{
public:
    explicit OrderCardMasker(access::CardMask mask) : m_mask(mask) {}
    access::CardMask mask() const { return m_mask; }
    QString text(const OrderListRow& row) const;

private:
    access::CardMask m_mask;
};

// One export row: date in local time "yyyy-MM-dd HH:mm:ss", channel and status display
// names, amounts "1234.50" (C locale, no grouping), the card as `cards` masks it (empty
// without a card), items = sum of the lines' quantities.
QStringList orderExportRow(const OrderListRow& row, const OrderCardMasker& cards);

// Writes the orders matching `filter`, oldest first, cards masked for the exporting session's
// role (cardMaskFor), to a CSV file at `path` (csv::write
// format: UTF-8 with BOM, CRLF, formula-guarded). Read in pages of kOrderExportBatch; the
// file appears complete or not at all (nothing is left on failure or cancel). `progress(done,
// total)` after each page; returning false cancels with Errc::Cancelled. On success records
// "orders.exported" (details: the row count, never the path or any order data) and returns
// the number of orders written. Errc::Io with a message for a missing folder, no permission,
// a read-only or full disk.
Result<int> exportOrdersCsv(const OrderService& service, const OrderFilter& filter, const QString& path,
                            const std::function<bool(int done, int total)>& progress = {});

} // namespace custos
