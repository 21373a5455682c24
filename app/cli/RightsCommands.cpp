// `customer export`, `customer erase` (GDPR data rights) and `selfcheck`.
#include "cli/Commands.h"
#include "orders/CustomerRights.h"
#include "reports/SelfCheck.h"

#include <QDir>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

// "customer export 999": an unknown customer is not an unknown vault (exit 5).
int failCustomer(const Error& error)
{
    if (error.code == Errc::NotFound) {
        printError(error.message);
        return kExitFailure;
    }
    return fail(error);
}

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int runExport(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption jsonOption(u"json"_s, QString(), u"FILE"_s);
    const QCommandLineOption pdfOption(u"pdf"_s, QString(), u"FILE"_s);
    parser.addOptions({jsonOption, pdfOption});
    if (auto stop = parseCommandArgs(parser, u"customer export"_s, args, options))
        return *stop;
    const QStringList words = parser.positionalArguments();
    const std::optional<qint64> id = parseId(words.value(0));
    if (words.size() != 1 || !id)
        return usageError(Cli::tr("customer export takes one customer number (see customer list)."));
    if (!parser.isSet(jsonOption) && !parser.isSet(pdfOption))
        return usageError(Cli::tr("Say where to save the export: --json FILE, --pdf FILE, or both."));
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto exported = CustomerRights(*s.session).exportData(*id, parser.value(jsonOption), parser.value(pdfOption));
    if (!exported)
        return failCustomer(exported.error());
    for (const QString& path : {exported->jsonPath, exported->pdfPath}) {
        if (path.isEmpty())
            continue;
        printOut(Cli::tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
        if (exported->isSigned)
            printOut(Cli::tr("Wrote %1").arg(QDir::toNativeSeparators(path + u".sig"_s)));
    }
    printOut(exported->isSigned ? Cli::tr("Signed with the key %1.").arg(exported->fingerprint)
                                : Cli::tr("Not signed: only owners hold the signing key."));
    return kExitOk;
}

int runErase(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption certificateOption(u"certificate"_s, QString(), u"FILE"_s);
    const QCommandLineOption reasonOption(u"reason"_s, QString(), u"TEXT"_s);
    const QCommandLineOption confirmOption(u"confirm"_s);
    parser.addOptions({certificateOption, reasonOption, confirmOption});
    if (auto stop = parseCommandArgs(parser, u"customer erase"_s, args, options))
        return *stop;
    const QStringList words = parser.positionalArguments();
    const std::optional<qint64> id = parseId(words.value(0));
    if (words.size() != 1 || !id)
        return usageError(Cli::tr("customer erase takes one customer number (see customer list)."));
    if (parser.value(certificateOption).trimmed().isEmpty())
        return usageError(Cli::tr("Say where to save the erasure certificate: --certificate FILE.pdf."));
    if (!parser.isSet(confirmOption))
        return usageError(Cli::tr("Erasing cannot be undone: add --confirm to erase customer %1.").arg(*id));
    const QString reason =
        parser.isSet(reasonOption) ? parser.value(reasonOption) : Cli::tr("At the customer's request (custos-cli)");
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto erased = CustomerRights(*s.session).erase(*id, reason, parser.value(certificateOption));
    if (!erased)
        return failCustomer(erased.error());
    printOut(Cli::tr("Customer %1 erased: now \"%2\". Orders kept for the accounts: %3. Stored card numbers "
                     "destroyed: %4.")
                 .arg(*id)
                 .arg(printable(erased->tombstone))
                 .arg(erased->ordersKept)
                 .arg(erased->pansDestroyed));
    printOut(Cli::tr("Certificate: %1").arg(QDir::toNativeSeparators(erased->certificatePath)));
    if (!erased->signaturePath.isEmpty())
        printOut(Cli::tr("Signature: %1 (key %2)")
                     .arg(QDir::toNativeSeparators(erased->signaturePath), erased->fingerprint));
    return kExitOk;
}

} // namespace

int runCustomerRights(const GlobalOptions& options, const QString& subcommand, const QStringList& args)
{
    if (subcommand == QLatin1String("export"))
        return runExport(options, args);
    return runErase(options, args);
}

int runSelfCheck(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    const QCommandLineOption reportOption(u"report"_s, QString(), u"FILE"_s);
    const QCommandLineOption tsvOption(u"tsv"_s);
    parser.addOptions({reportOption, tsvOption});
    if (auto stop = parseCommandArgs(parser, u"selfcheck"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("selfcheck takes only options."));
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    selfcheck::SelfCheck check(*s.session);
    auto report = check.run();
    if (!report)
        return fail(report.error());
    const bool tsv = parser.isSet(tsvOption);
    for (const selfcheck::Finding& f : report->findings) {
        const QString severity = selfcheck::severityToStorage(f.severity);
        if (tsv) {
            printOut(QStringList{severity, f.id, printable(f.title), printable(f.detail), printable(f.action)}.join(
                QLatin1Char('\t')));
            continue;
        }
        printOut(u"%1  %2"_s.arg(severity.toUpper().leftJustified(8), printable(f.title)));
        printOut(u"          "_s + printable(f.detail));
        if (!f.action.isEmpty())
            printOut(u"          "_s + Cli::tr("What to do: %1").arg(printable(f.action)));
    }
    if (!tsv)
        printOut(report->summary() + u'.');
    if (parser.isSet(reportOption)) {
        auto issued = check.exportReport(report.value(), parser.value(reportOption));
        if (!issued)
            return fail(issued.error());
        if (!tsv) {
            printOut(Cli::tr("Report: %1").arg(QDir::toNativeSeparators(issued->path)));
            if (!issued->signaturePath.isEmpty())
                printOut(Cli::tr("Signature: %1").arg(QDir::toNativeSeparators(issued->signaturePath)));
        }
    }
    return report->problems() > 0 ? kExitProblemsFound : kExitOk;
}

QString rightsCommandsHelp()
{
    return Cli::tr("  customer export ID [--json FILE] [--pdf FILE]\n"
                   "      Saves everything held about customer ID (GDPR Art. 15 and 20): JSON for machines, PDF\n"
                   "      for people; cards as last 4 digits only. Signed (FILE.sig) when you hold the signing\n"
                   "      key (owners). Managers and owners with a cleared background check and a disclosure\n"
                   "      grant. Input: your password.\n"
                   "  customer erase ID --certificate FILE.pdf --confirm [--reason TEXT]\n"
                   "      Erases the customer's personal data (GDPR Art. 17): orders stay for the accounts under\n"
                   "      \"Erased customer #ID\", stored card numbers are destroyed, and a signed erasure\n"
                   "      certificate is written for the customer. Refused while an order is received, charged\n"
                   "      or shipped. Owners with a cleared background check. Input: your password.\n"
                   "  selfcheck [--report FILE.pdf] [--tsv]\n"
                   "      Runs the security self-check (owners) and prints each finding with what to do;\n"
                   "      --report also saves it as a signed PDF. Exit code 8 when it found problems,\n"
                   "      0 when there are none (warnings only included). Input: your password.\n");
}

} // namespace custos::cli
