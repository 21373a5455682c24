// `form blank`, `order confirmation` and `privacy-notice show`: the paper side of phone, fax and
// mail orders. Each written copy is issued (an issued_documents row and an audit event) in the
// transaction that commits only once the PDF is on disk; cards appear as brand and last 4 only.
#include "cli/Commands.h"
#include "documents/OrderForms.h"
#include "documents/PrivacyNotice.h"
#include "documents/Signing.h"
#include "orders/OrderService.h"

#include <QDir>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

int runFormBlank(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, QString(), u"FILE.pdf"_s);
    const QCommandLineOption copies(u"copies"_s, QString(), u"N"_s, u"1"_s);
    parser.addOptions({out, copies});
    if (auto stop = parseCommandArgs(parser, u"form blank"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("form blank takes only options: form blank --out FILE.pdf [--copies N]"));
    if (!parser.isSet(out) || parser.value(out).trimmed().isEmpty())
        return usageError(Cli::tr("form blank needs --out FILE.pdf"));
    bool ok = false;
    const int count = parser.value(copies).toInt(&ok);
    if (!ok || count < 1 || count > documents::kMaxFormCopies)
        return usageError(Cli::tr("--copies takes a number from 1 to %1.").arg(documents::kMaxFormCopies));
    const QString path = parser.value(out);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto ids = documents::saveBlankForms(*s.session, path, count);
    if (!ids)
        return fail(ids.error());
    QStringList serials;
    for (qint64 id : ids.value())
        serials << documents::formSerial(id);
    printOut(Cli::tr("Order form written to %1: %2.").arg(QDir::toNativeSeparators(path), serials.join(u", "_s)));
    return kExitOk;
}

int runPrivacyShow(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption script(u"script"_s);
    parser.addOption(script);
    if (auto stop = parseCommandArgs(parser, u"privacy-notice show"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("privacy-notice show takes only options: privacy-notice show [--script]"));

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto notice = documents::loadPrivacyNotice(s.session->database());
    if (!notice)
        return fail(notice.error());
    const int retention = OrderService(*s.session).cardRetentionDays();
    const BusinessProfile& business = s.session->businessProfile();
    if (parser.isSet(script)) {
        printOut(documents::renderPrivacyText(notice->phoneScript, business, retention));
        return kExitOk;
    }
    printOut(documents::renderPrivacyText(notice->fullText, business, retention));
    printOut();
    printOut(Cli::tr("Phone script (read to callers):"));
    printOut(documents::renderPrivacyText(notice->phoneScript, business, retention));
    return kExitOk;
}

} // namespace

int runOrderConfirmation(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, QString(), u"FILE.pdf"_s);
    parser.addOption(out);
    if (auto stop = parseCommandArgs(parser, u"order confirmation"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(
            Cli::tr("order confirmation needs one order number: order confirmation 2026-000123 --out FILE.pdf"));
    const QString number = parser.positionalArguments().constFirst().trimmed();
    const QString path = parser.isSet(out) ? parser.value(out) : documents::confirmationFileName(number);
    if (path.trimmed().isEmpty())
        return usageError(Cli::tr("order confirmation needs --out FILE.pdf"));

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
    auto id = documents::saveOrderConfirmation(*s.session, order->id, path);
    if (!id)
        return fail(id.error());
    printOut(Cli::tr("Confirmation of order %1 written to %2.").arg(order->number, QDir::toNativeSeparators(path)));
    return kExitOk;
}

int runForm(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("blank"))
        return runFormBlank(globals, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("form needs a subcommand: blank.")
                                    : Cli::tr("Unknown form subcommand \"%1\".").arg(printable(sub)));
}

int runPrivacyNotice(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("show"))
        return runPrivacyShow(globals, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("privacy-notice needs a subcommand: show.")
                                    : Cli::tr("Unknown privacy-notice subcommand \"%1\".").arg(printable(sub)));
}

QString documentCommandsHelp()
{
    return Cli::tr("  form blank --out FILE.pdf [--copies N]\n"
                   "      Writes a blank phone/fax/mail order form to print or fax to customers; each copy\n"
                   "      (one per page set) has its own serial number, recorded in the audit log.\n"
                   "      Input: your password.\n"
                   "  order confirmation NUMBER [--out FILE.pdf]\n"
                   "      Writes the confirmation of an order as a PDF (the card as its last 4 digits only,\n"
                   "      whatever your role); recorded in the audit log. Input: your password.\n"
                   "  privacy-notice show [--script]\n"
                   "      Prints the privacy notice with the business details filled in, then the phone\n"
                   "      script clerks read to callers (--script: the script only). Input: your password.\n");
}

} // namespace custos::cli
