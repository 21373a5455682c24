#include "orders/OrderExport.h"

#include "access/Staff.h"
#include "documents/Csv.h"
#include "orders/OrderService.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QLocale>

namespace custos {
namespace {

// Translation context for the export's header and messages.
class OrderExport
{
    Q_DECLARE_TR_FUNCTIONS(OrderExport)
};

QString amount(Money money)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return money.toString(c);
}

} // namespace

QStringList orderExportHeader()
{
    return {OrderExport::tr("Number"),  OrderExport::tr("Date"),   OrderExport::tr("Customer"),
            OrderExport::tr("Channel"), OrderExport::tr("Status"), OrderExport::tr("Subtotal"),
            OrderExport::tr("Tax"),     OrderExport::tr("Total"),  OrderExport::tr("Card"),
            OrderExport::tr("Items")};
}

access::CardMask cardMaskFor(const Session& session)
{
    return access::cardMaskFor(session.employee().role);
}

QString OrderCardMasker::text(const OrderListRow& row) const
{
    if (row.cardLast4.isEmpty())
        return {};
    return access::maskedCard(m_mask, row.cardBrand, row.cardBin, row.cardLast4, row.cardPanLength);
}

QStringList orderExportRow(const OrderListRow& row, const OrderCardMasker& cards)
{
    const QString card = cards.text(row);
    return {row.number,
            row.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
            row.customerName,
            channelDisplayName(row.channel),
            orderStatusDisplayName(row.status),
            amount(row.subtotal),
            amount(row.tax),
            amount(row.total),
            card,
            QString::number(row.itemCount)};
}

Result<int> exportOrdersCsv(const OrderService& service, const OrderFilter& filter, const QString& path,
                            const std::function<bool(int, int)>& progress)
{
    CUSTOS_TRY(access::requirePermission(service.session(), access::Permission::ExportOrders, audit::kOrdersExported,
                                         QStringLiteral("orders")));
    auto count = service.count(filter);
    if (!count)
        return count.error();
    int total = count.value();

    csv::AtomicFile file(path);
    CUSTOS_TRY(file.open());
    const OrderCardMasker cards(cardMaskFor(service.session()));
    QByteArray chunk = csv::kUtf8Bom + csv::encodeRow(orderExportHeader());
    int done = 0;
    // Oldest first, paged by key: orders taken while the export runs come after the cursor, so
    // none is skipped or repeated, and each batch costs the same however far the export is.
    for (OrderPage page{kOrderExportBatch, 0, {}};;) {
        auto rows = service.list(filter, OrderSort::OldestFirst, page);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            page.after = OrderCursor{rows->constLast().createdAt, rows->constLast().id};
        for (const OrderListRow& row : rows.value())
            chunk += csv::encodeRow(orderExportRow(row, cards));
        CUSTOS_TRY(file.write(chunk));
        chunk.clear();
        done += static_cast<int>(rows->size());
        total = qMax(total, done);
        if (progress && !progress(done, total))
            return Error{OrderExport::tr("The export was cancelled; no file was written."), Errc::Cancelled};
        if (rows->size() < kOrderExportBatch)
            break;
    }
    // Recorded before the file appears: there is no export without its trace in the log.
    CUSTOS_TRY(service.session().recordEvent(audit::kOrdersExported, QStringLiteral("orders"), audit::kSuccess,
                                             QStringLiteral("rows: %1").arg(done)));
    if (auto committed = file.commit(); !committed) {
        // The log must not claim a file that was never written: the failure follows the event.
        (void)service.session().recordEvent(audit::kOrdersExported, QStringLiteral("orders"), audit::kFailure,
                                            QStringLiteral("file not written after the export was recorded"));
        return committed.error();
    }
    return done;
}

} // namespace custos
