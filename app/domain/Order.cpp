#include "domain/Order.h"

namespace custos {
QString channelToStorage(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return QStringLiteral("phone");
    case Channel::Fax:
        return QStringLiteral("fax");
    case Channel::Mail:
        return QStringLiteral("mail");
    case Channel::WalkIn:
        return QStringLiteral("walk_in");
    }
    return {};
}

std::optional<Channel> channelFromStorage(const QString& text)
{
    for (Channel c : allChannels()) {
        if (channelToStorage(c) == text)
            return c;
    }
    return std::nullopt;
}

QString channelDisplayName(Channel channel)
{
    switch (channel) {
    case Channel::Phone:
        return OrderDraft::tr("Phone");
    case Channel::Fax:
        return OrderDraft::tr("Fax");
    case Channel::Mail:
        return OrderDraft::tr("Mail");
    case Channel::WalkIn:
        return OrderDraft::tr("Walk-in");
    }
    return {};
}

QList<Channel> allChannels()
{
    return {Channel::Phone, Channel::Fax, Channel::Mail, Channel::WalkIn};
}

QString orderStatusToStorage(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Received:
        return QStringLiteral("received");
    case OrderStatus::Charged:
        return QStringLiteral("charged");
    case OrderStatus::Shipped:
        return QStringLiteral("shipped");
    case OrderStatus::Closed:
        return QStringLiteral("closed");
    case OrderStatus::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OrderStatus> orderStatusFromStorage(const QString& text)
{
    for (OrderStatus s : allOrderStatuses()) {
        if (orderStatusToStorage(s) == text)
            return s;
    }
    return std::nullopt;
}

QString orderStatusDisplayName(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Received:
        return OrderDraft::tr("Received");
    case OrderStatus::Charged:
        return OrderDraft::tr("Charged");
    case OrderStatus::Shipped:
        return OrderDraft::tr("Shipped");
    case OrderStatus::Closed:
        return OrderDraft::tr("Closed");
    case OrderStatus::Cancelled:
        return OrderDraft::tr("Cancelled");
    }
    return {};
}

QList<OrderStatus> allOrderStatuses()
{
    return {OrderStatus::Received, OrderStatus::Charged, OrderStatus::Shipped, OrderStatus::Closed,
            OrderStatus::Cancelled};
}

QList<OrderStatus> allowedNext(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Received:
        return {OrderStatus::Charged, OrderStatus::Cancelled};
    case OrderStatus::Charged:
        return {OrderStatus::Shipped, OrderStatus::Cancelled};
    case OrderStatus::Shipped:
        return {OrderStatus::Closed};
    case OrderStatus::Closed:
    case OrderStatus::Cancelled:
        break;
    }
    return {};
}

QString orderProblemFor(const OrderProblems& problems, OrderField field, int line)
{
    for (const OrderProblem& p : problems) {
        if (p.field == field && p.line == line)
            return p.message;
    }
    return {};
}

QString describeOrderProblems(const OrderProblems& problems)
{
    QStringList lines;
    for (const OrderProblem& p : problems) {
        lines << (p.line >= 0 ? OrderDraft::tr("Line %1: %2").arg(QString::number(p.line + 1), p.message) : p.message);
    }
    return lines.join(QLatin1Char('\n'));
}

OrderDraft OrderDraft::trimmed() const
{
    OrderDraft d = *this;
    for (OrderLine& line : d.lines)
        line.description = line.description.trimmed();
    d.notes = notes.trimmed();
    return d;
}

OrderProblems OrderDraft::validate() const
{
    const OrderDraft d = trimmed();
    OrderProblems problems;
    const auto add = [&problems](OrderField field, const QString& message, int line = -1) {
        problems.append(OrderProblem{field, line, message});
    };
    if (d.customerId <= 0)
        add(OrderField::Customer, tr("Choose the customer for this order."));
    if (d.lines.isEmpty())
        add(OrderField::Lines, tr("Add at least one line to the order."));
    else if (d.lines.size() > kMaxLines)
        add(OrderField::Lines, tr("An order has at most %n lines.", nullptr, kMaxLines));
    for (int i = 0; i < d.lines.size() && i < kMaxLines; ++i) {
        const OrderLine& line = d.lines.at(i);
        if (line.description.isEmpty())
            add(OrderField::LineDescription, tr("Describe what is ordered."), i);
        else if (line.description.size() > kMaxDescription)
            add(OrderField::LineDescription,
                tr("The description is too long: at most %n characters.", nullptr, kMaxDescription), i);
        if (line.quantity < 1 || line.quantity > kMaxQuantity)
            add(OrderField::LineQuantity, tr("The quantity must be between 1 and %1.").arg(kMaxQuantity), i);
        if (line.unitPrice.cents() < 0)
            add(OrderField::LineUnitPrice, tr("The price cannot be negative."), i);
        else if (line.unitPrice.cents() > kMaxUnitPriceCents)
            add(OrderField::LineUnitPrice, tr("The price is too large."), i);
    }
    if (d.taxRateBasisPoints < 0 || d.taxRateBasisPoints > 10000)
        add(OrderField::TaxRate, tr("The tax rate must be between 0 % and 100 %."));
    if (d.notes.size() > kMaxNotes)
        add(OrderField::Notes, tr("The notes are too long: at most %n characters.", nullptr, kMaxNotes));
    return problems;
}

Result<OrderTotals> OrderDraft::totals() const
{
    OrderTotals t;
    for (const OrderLine& line : lines) {
        auto amount = Money::times(line.unitPrice, line.quantity);
        if (!amount)
            return amount.error();
        qint64 sum = 0;
        if (__builtin_add_overflow(t.subtotal.cents(), amount->cents(), &sum))
            return Error{tr("The order total is too large."), Errc::Invalid};
        t.subtotal = Money::fromCents(sum);
    }
    t.tax = t.subtotal.taxAt(taxRateBasisPoints);
    t.total = t.subtotal + t.tax;
    return t;
}

OrderProblems validateCard(const CardEntry& card, const QDate& today)
{
    OrderProblems problems;
    if (card.pan.length() == 0)
        problems.append({OrderField::CardNumber, -1, OrderDraft::tr("Enter the card number.")});
    if (card.expiry.month < 1 || card.expiry.month > 12 || card.expiry.year < 2000)
        problems.append({OrderField::CardExpiry, -1, OrderDraft::tr("Enter the expiry date as MM/YY.")});
    else if (card.expiry.isExpired(today))
        problems.append({OrderField::CardExpiry, -1, OrderDraft::tr("This card has expired — ask for another card.")});
    const QString holder = card.holderName.trimmed();
    if (holder.isEmpty())
        problems.append({OrderField::CardHolder, -1, OrderDraft::tr("Enter the name on the card.")});
    else if (holder.size() > 100)
        problems.append({OrderField::CardHolder, -1,
                         OrderDraft::tr("The name on the card is too long: at most 100 "
                                        "characters.")});
    const std::size_t wanted = card.pan.brand() == CardBrand::Amex ? 4 : 3;
    bool digits = !card.cvv.isEmpty();
    for (std::size_t i = 0; i < card.cvv.size(); ++i)
        digits = digits && card.cvv.data()[i] >= '0' && card.cvv.data()[i] <= '9';
    if (!digits || card.cvv.size() != wanted) {
        problems.append({OrderField::CardCvv, -1,
                         wanted == 4 ? OrderDraft::tr("The security code of an American Express card has 4 digits (on "
                                                      "the front).")
                                     : OrderDraft::tr("The security code has 3 digits (on the back of the card).")});
    }
    return problems;
}

QString formatOrderNumber(int year, qint64 sequence)
{
    return QStringLiteral("%1-%2").arg(year, 4, 10, QLatin1Char('0')).arg(sequence, 6, 10, QLatin1Char('0'));
}

} // namespace custos
