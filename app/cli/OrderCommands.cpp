// `order list`, `order show`, `order export` and `order reveal`. Cards are masked for the
// signed-in employee's role (a clerk sees the last 4, a manager or owner BIN + last 4); only
// `order reveal`, for a screened grant holder who gives a reason, prints a full number.
#include "access/Disclosure.h"
#include "cli/Commands.h"
#include "orders/CustomerService.h"
#include "orders/OrderExport.h"
#include "orders/OrderService.h"

#include <QDir>
#include <QLocale>
#include <cstdio>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000000;

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : printable(text);
}

QString localTime(const QDateTime& utc, const QString& format = u"yyyy-MM-dd HH:mm"_s)
{
    return utc.toLocalTime().toString(format);
}

QString cAmount(Money money)
{
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return money.toString(c);
}

QStringList words(const QString& list)
{
    QStringList out;
    for (const QString& w : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << w.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    return out;
}

// The filter options shared by `order list` and `order export`.
struct FilterOptions
{
    QCommandLineOption status{u"status"_s, QString(), u"S,..."_s};
    QCommandLineOption channel{u"channel"_s, QString(), u"C,..."_s};
    QCommandLineOption from{u"from"_s, QString(), u"YYYY-MM-DD"_s};
    QCommandLineOption to{u"to"_s, QString(), u"YYYY-MM-DD"_s};
    QCommandLineOption customer{u"customer"_s, QString(), u"ID"_s};
    QCommandLineOption search{u"search"_s, QString(), u"TEXT"_s};

    void addTo(QCommandLineParser& parser) const { parser.addOptions({status, channel, from, to, customer, search}); }

    // A usage exit code when an option is malformed.
    std::optional<int> read(const QCommandLineParser& parser, OrderFilter& filter) const
    {
        for (const QString& w : words(parser.value(status))) {
            const auto s = orderStatusFromStorage(w);
            if (!s)
                return usageError(Cli::tr("Unknown status \"%1\". Statuses: received, charged, shipped, closed, "
                                          "cancelled.")
                                      .arg(printable(w)));
            filter.statuses << *s;
        }
        for (const QString& w : words(parser.value(channel))) {
            const auto c = channelFromStorage(w);
            if (!c)
                return usageError(
                    Cli::tr("Unknown channel \"%1\". Channels: phone, fax, mail, walk-in.").arg(printable(w)));
            filter.channels << *c;
        }
        for (const auto& [option, date] : {std::pair{&from, &filter.from}, std::pair{&to, &filter.to}}) {
            if (!parser.isSet(*option))
                continue;
            *date = QDate::fromString(parser.value(*option).trimmed(), Qt::ISODate);
            if (!date->isValid())
                return usageError(Cli::tr("--%1 takes a date as YYYY-MM-DD.").arg(option->names().constFirst()));
        }
        if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
            return usageError(Cli::tr("--from is after --to."));
        if (parser.isSet(customer)) {
            bool ok = false;
            const qint64 id = parser.value(customer).toLongLong(&ok);
            if (!ok || id < 1)
                return usageError(Cli::tr("--customer takes a customer number (see \"customer list\")."));
            filter.customerId = id;
        }
        filter.text = parser.value(search);
        return std::nullopt;
    }
};

void printRow(const OrderListRow& r, const OrderCardMasker& cards, bool tsv)
{
    const QString card = cards.text(r);
    if (tsv) {
        printOut(QStringList{r.number, localTime(r.createdAt, u"yyyy-MM-dd'T'HH:mm:ss"_s),
                             QString::number(r.customerId), printable(r.customerName), channelToStorage(r.channel),
                             orderStatusToStorage(r.status), cAmount(r.total), card}
                     .join(QLatin1Char('\t')));
        return;
    }
    QString row = r.number + u"  "_s + localTime(r.createdAt) + u"  "_s + orDash(r.customerName).leftJustified(24) +
                  u' ' + channelDisplayName(r.channel).leftJustified(8) + u' ' +
                  orderStatusDisplayName(r.status).leftJustified(10) + u' ' + r.total.toString().rightJustified(12) +
                  u"  "_s + card;
    while (row.endsWith(u' '))
        row.chop(1);
    printOut(row);
}

int runList(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    const QCommandLineOption limitOption(u"limit"_s, QString(), u"N"_s);
    const QCommandLineOption tsvOption(u"tsv"_s);
    parser.addOptions({limitOption, tsvOption});
    if (auto stop = parseCommandArgs(parser, u"order list"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("order list takes only options."));
    OrderFilter filter;
    if (auto stop = filterOptions.read(parser, filter))
        return *stop;
    OrderPage page;
    page.limit = kDefaultLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        page.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > kMaxLimit)
            return usageError(Cli::tr("--limit takes a number from 1 to %1.").arg(kMaxLimit));
    }
    const bool tsv = parser.isSet(tsvOption);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    OrderService service(*s.session);
    auto rows = service.list(filter, OrderSort::NewestFirst, page);
    if (!rows)
        return fail(rows.error());
    auto total = service.count(filter);
    if (!total)
        return fail(total.error());
    if (tsv)
        printOut(u"number\tcreated\tcustomer_id\tcustomer\tchannel\tstatus\ttotal\tcard"_s);
    const OrderCardMasker cards(cardMaskFor(*s.session));
    for (const OrderListRow& r : rows.value())
        printRow(r, cards, tsv);
    if (!tsv && rows->isEmpty())
        printOut(Cli::tr("No orders found."));
    if (total.value() > rows->size())
        printError(Cli::tr("Showing the newest %1 of %2 orders; use --limit N to see more.")
                       .arg(QString::number(rows->size()), QString::number(total.value())));
    return kExitOk;
}

void printField(const QString& label, const QString& value)
{
    printOut((label + QLatin1Char(':')).leftJustified(12) + QLatin1Char(' ') + value);
}

int runShow(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, u"order show"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("order show needs one order number: order show 2026-000123"));
    const QString number = parser.positionalArguments().constFirst().trimmed();

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    OrderService service(*s.session);
    auto order = service.getByNumber(number);
    if (!order) {
        // Not "not a vault" (exit 5): the number given is what is wrong.
        if (order.errorCode() == Errc::NotFound)
            return usageError(Cli::tr("There is no order %1.").arg(printable(number)));
        return fail(order.error());
    }
    auto history = service.history(order->id);
    if (!history)
        return fail(history.error());
    auto customer = CustomerService(*s.session).get(order->customerId);

    const Order& o = order.value();
    printField(Cli::tr("Order"), o.number);
    printField(Cli::tr("Date"), localTime(o.createdAt));
    printField(Cli::tr("Customer"),
               Cli::tr("%1 (customer %2)")
                   .arg(customer.ok() ? printable(customer->name) : u"?"_s, QString::number(o.customerId)));
    printField(Cli::tr("Channel"), channelDisplayName(o.channel));
    printField(Cli::tr("Status"), orderStatusDisplayName(o.status));
    if (o.card)
        printField(Cli::tr("Card"), Cli::tr("%1, expires %2")
                                        .arg(access::maskedCard(cardMaskFor(*s.session), o.card->brand, o.card->bin,
                                                                o.card->last4, o.card->panLength),
                                             o.card->expiry.toString()));
    printOut();
    for (const OrderLine& line : o.lines) {
        const auto lineTotal = Money::times(line.unitPrice, line.quantity);
        printOut(QString::number(line.quantity).rightJustified(6) + u" × "_s +
                 printable(line.description).leftJustified(40) + u' ' + line.unitPrice.toString().rightJustified(12) +
                 u' ' + (lineTotal.ok() ? lineTotal->toString() : u"?"_s).rightJustified(12));
    }
    printOut();
    printField(Cli::tr("Subtotal"), o.totals.subtotal.toString());
    printField(
        Cli::tr("Tax"),
        Cli::tr("%1 (%2 %)").arg(o.totals.tax.toString(), QLocale().toString(o.taxRateBasisPoints / 100.0, 'f', 2)));
    printField(Cli::tr("Total"), o.totals.total.toString());
    if (!o.notes.isEmpty())
        printField(Cli::tr("Notes"), printable(o.notes));
    printOut();
    printOut(Cli::tr("History:"));
    for (const OrderStatusChange& c : history.value()) {
        QString step = c.from ? Cli::tr("%1 → %2").arg(orderStatusDisplayName(*c.from), orderStatusDisplayName(c.to))
                              : orderStatusDisplayName(c.to);
        QString row = u"  "_s + localTime(c.at) + u"  "_s + step;
        if (!c.byEmployeeName.isEmpty())
            row += u"  "_s + Cli::tr("by %1").arg(printable(c.byEmployeeName));
        if (!c.note.isEmpty())
            row += u"  “"_s + printable(c.note) + u"”"_s;
        printOut(row);
    }
    return kExitOk;
}

int runExport(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const FilterOptions filterOptions;
    filterOptions.addTo(parser);
    if (auto stop = parseCommandArgs(parser, u"order export"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("order export needs one file: order export FILE.csv"));
    const QString path = parser.positionalArguments().constFirst();
    OrderFilter filter;
    if (auto stop = filterOptions.read(parser, filter))
        return *stop;

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    OrderService service(*s.session);
    auto written = exportOrdersCsv(service, filter, path);
    if (!written)
        return fail(written.error());
    printOut(
        Cli::tr("Orders exported to %1: %2.").arg(QDir::toNativeSeparators(path), QString::number(written.value())));
    return kExitOk;
}

// The full card number of one order, on stdout alone (so `| payment-tool` gets nothing else).
// Disclosure::revealPan decides afresh and audits the reveal or the refusal.
int runReveal(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption reasonOption(u"reason"_s, QString(), u"TEXT"_s);
    parser.addOption(reasonOption);
    if (auto stop = parseCommandArgs(parser, u"order reveal"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("order reveal needs one order number: order reveal 2026-000123 --reason TEXT"));
    const QString number = parser.positionalArguments().constFirst().trimmed();
    const QString reason = parser.value(reasonOption).trimmed();
    if (!parser.isSet(reasonOption))
        return usageError(Cli::tr("Say why you need the full number with --reason TEXT; it is recorded with the "
                                  "reveal."));
    if (const QString problem = access::Disclosure::validateReason(reason); !problem.isEmpty())
        return usageError(problem);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto order = OrderService(*s.session).getByNumber(number);
    if (!order) {
        if (order.errorCode() == Errc::NotFound)
            return usageError(Cli::tr("There is no order %1.").arg(printable(number)));
        return fail(order.error());
    }
    auto pan = access::Disclosure(*s.session).revealPan(order->id, reason);
    if (!pan) {
        // A purged number is not a missing vault (exit 5): the order just has no number left.
        if (pan.errorCode() == Errc::NotFound)
            return fail(Error{pan.errorMessage(), Errc::Failed});
        return fail(pan.error());
    }
    const crypto::SecureBytes& digits = pan.value();
    const bool written = std::fwrite(digits.constChar(), 1, digits.size(), stdout) == digits.size() &&
                         std::fputc('\n', stdout) != EOF && std::fflush(stdout) == 0;
    if (!written)
        return fail(Error{Cli::tr("The card number could not be written to standard output."), Errc::Io});
    printError(Cli::tr("Order %1: this reveal was recorded in the audit log.").arg(order->number));
    return kExitOk;
}

} // namespace

int runOrder(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return runList(globals, args.mid(1));
    if (sub == QLatin1String("show"))
        return runShow(globals, args.mid(1));
    if (sub == QLatin1String("export"))
        return runExport(globals, args.mid(1));
    if (sub == QLatin1String("reveal"))
        return runReveal(globals, args.mid(1));
    if (sub == QLatin1String("confirmation"))
        return runOrderConfirmation(globals, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("order needs a subcommand: list, show, export, reveal or confirmation.")
                                    : Cli::tr("Unknown order subcommand \"%1\".").arg(printable(sub)));
}

} // namespace custos::cli
