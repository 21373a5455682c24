#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"
#include "domain/CardNumber.h"
#include "domain/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace custos {

enum class Channel { Phone, Fax, Mail, WalkIn };
QString channelToStorage(Channel channel); // "phone", "fax", "mail", "walk_in"
std::optional<Channel> channelFromStorage(const QString& text);
QString channelDisplayName(Channel channel); // translated
QList<Channel> allChannels();

// received -> charged | cancelled; charged -> shipped | cancelled; shipped -> closed.
enum class OrderStatus { Received, Charged, Shipped, Closed, Cancelled };
QString orderStatusToStorage(OrderStatus status); // "received", "charged", ...
std::optional<OrderStatus> orderStatusFromStorage(const QString& text);
QString orderStatusDisplayName(OrderStatus status); // translated
QList<OrderStatus> allOrderStatuses();
QList<OrderStatus> allowedNext(OrderStatus status);
inline bool canChangeStatus(OrderStatus from, OrderStatus to)
{
    return allowedNext(from).contains(to);
}

struct OrderLine
{
    QString description;
    qint64 quantity = 1;
    Money unitPrice;
};

struct OrderTotals
{
    Money subtotal;
    Money tax;
    Money total;
};

// What is kept of a card after entry: never the CVV, and the full number only sealed.
struct OrderCardSummary
{
    CardBrand brand = CardBrand::Unknown;
    QString bin; // first 6 digits
    QString last4;
    int panLength = 0;
    CardExpiry expiry;
    QString holderName;
    bool hasSealedPan = false;
    QDateTime purgedAt; // invalid while the sealed number is kept
};

struct Order
{
    qint64 id = 0;
    QString number; // "2026-000123"
    qint64 customerId = 0;
    Channel channel = Channel::Phone;
    OrderStatus status = OrderStatus::Received;
    QList<OrderLine> lines;
    int taxRateBasisPoints = 0;
    QString notes;
    OrderTotals totals; // as stored on the order row
    QDateTime createdAt;
    qint64 createdBy = 0;
    QDateTime updatedAt;
    std::optional<OrderCardSummary> card;
};

// One step in an order's life (the first has no `from`).
struct OrderStatusChange
{
    std::optional<OrderStatus> from;
    OrderStatus to = OrderStatus::Received;
    QDateTime at;
    std::optional<qint64> byEmployeeId;
    QString byEmployeeName;
    QString note;
};

// Which orders the list shows. Empty lists and invalid dates mean "any".
struct OrderFilter
{
    QList<OrderStatus> statuses;
    QList<Channel> channels;
    QDate from; // local dates, inclusive
    QDate to;
    std::optional<qint64> customerId;
    // Part of the order number ("000123", "2026-0001"), or words of the customer's name,
    // phone digits, postal code or email, as in the customer search.
    QString text;
    QString phoneRegion; // for phone numbers in `text`; OrderService fills in the default
};

enum class OrderSort { NewestFirst, OldestFirst, Number, CustomerName, TotalHighestFirst };

// Where a page of the order list starts: the last row of the previous page. Paging by key
// costs the same wherever the page is; OFFSET steps over every earlier row (docs/performance.md).
struct OrderCursor
{
    QDateTime createdAt;
    qint64 id = 0;
};

struct OrderPage
{
    int limit = 100;
    int offset = 0;
    // Rows after this one, for OrderSort::NewestFirst and OldestFirst (offset is then ignored).
    std::optional<OrderCursor> after;
};

// One row of the order list: read from the order row alone (totals are stored there).
struct OrderListRow
{
    qint64 id = 0;
    QString number;
    QDateTime createdAt;
    qint64 customerId = 0;
    QString customerName;
    Channel channel = Channel::Phone;
    OrderStatus status = OrderStatus::Received;
    Money total;
    CardBrand cardBrand = CardBrand::Unknown; // Unknown and empty last 4: no card
    QString cardLast4;
    QString cardBin; // for roles that may see BIN + last 4 (access::cardMaskFor)
    int cardPanLength = 0;
    Money subtotal;
    Money tax;
    qint64 itemCount = 0; // sum of the lines' quantities
};

enum class OrderField {
    Customer,
    Channel,
    Lines,
    LineDescription,
    LineQuantity,
    LineUnitPrice,
    TaxRate,
    Notes,
    CardNumber,
    CardExpiry,
    CardHolder,
    CardCvv,
};
struct OrderProblem
{
    OrderField field;
    int line = -1; // index into OrderDraft::lines for the Line* fields
    QString message;
};
using OrderProblems = QList<OrderProblem>;
// The message for one field (and line), empty when there is none.
QString orderProblemFor(const OrderProblems& problems, OrderField field, int line = -1);
// All problems in one message, one per line (for Result errors).
QString describeOrderProblems(const OrderProblems& problems);

// A new order as entered.
struct OrderDraft
{
    Q_DECLARE_TR_FUNCTIONS(OrderDraft)
public:
    static constexpr int kMaxLines = 500;
    static constexpr int kMaxDescription = 500;
    static constexpr int kMaxNotes = 4000;
    static constexpr qint64 kMaxQuantity = 100000;
    static constexpr qint64 kMaxUnitPriceCents = 9'999'999'999; // 99,999,999.99: totals cannot overflow

    qint64 customerId = 0;
    Channel channel = Channel::Phone;
    QList<OrderLine> lines;
    int taxRateBasisPoints = 0; // 2000 = 20.00 %
    QString notes;

    // Descriptions and notes without leading/trailing white space.
    OrderDraft trimmed() const;
    OrderProblems validate() const;
    // subtotal = sum of quantity x unit price, tax = subtotal.taxAt(rate), total = both.
    // Errc::Invalid on overflow (impossible within validate()'s limits).
    Result<OrderTotals> totals() const;
};

// A card taken over the phone, for one order. The CVV is checked and then wiped; it is never
// stored, logged or printed (PCI DSS 3.3.1). SecureBytes wipes every copy when destroyed.
struct CardEntry
{
    CardNumber pan;
    CardExpiry expiry;
    QString holderName;
    crypto::SecureBytes cvv; // ASCII digits as typed
};

// Expiry not before `today` (the card is good through its expiry month), holder name
// required, CVV 3 digits (4 for American Express).
OrderProblems validateCard(const CardEntry& card, const QDate& today);

// "2026-000123"
QString formatOrderNumber(int year, qint64 sequence);

} // namespace custos
