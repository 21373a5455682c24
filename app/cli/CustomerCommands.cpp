// `customer list`, `customer add` and `customer import`.
#include "cli/Commands.h"
#include "documents/Csv.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerImport.h"
#include "orders/CustomerService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000000;

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : printable(text);
}

void printCustomer(const Customer& c, bool tsv)
{
    if (tsv) {
        printOut(QStringList{QString::number(c.id), printable(c.name), c.phoneE164, printable(c.email),
                             printable(c.street), printable(c.city), printable(c.region), printable(c.postalCode),
                             printable(c.country), c.archived ? u"archived"_s : u"active"_s}
                     .join(QLatin1Char('\t')));
        return;
    }
    QString row = QString::number(c.id).rightJustified(6) + u"  "_s + orDash(c.name).leftJustified(28) + u' ' +
                  formatPhoneInternational(c.phoneE164).leftJustified(18) + u' ' +
                  orDash(c.postalCode).leftJustified(10) + u' ' + orDash(c.city).leftJustified(18) + u' ' +
                  printable(c.email);
    if (c.archived)
        row += u' ' + Cli::tr("(archived)");
    while (row.endsWith(u' '))
        row.chop(1);
    printOut(row);
}

int runList(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption searchOption(u"search"_s, QString(), u"TEXT"_s);
    const QCommandLineOption archivedOption(u"archived"_s);
    const QCommandLineOption limitOption(u"limit"_s, QString(), u"N"_s);
    const QCommandLineOption tsvOption(u"tsv"_s);
    parser.addOptions({searchOption, archivedOption, limitOption, tsvOption});
    if (auto stop = parseCommandArgs(parser, u"customer list"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("customer list takes only options."));
    CustomerQuery query;
    query.text = parser.value(searchOption);
    query.includeArchived = parser.isSet(archivedOption);
    query.limit = kDefaultLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        query.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit)
            return usageError(Cli::tr("--limit takes a number from 1 to %1.").arg(kMaxLimit));
    }
    const bool tsv = parser.isSet(tsvOption);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    CustomerService service(*s.session);
    auto customers = service.search(query);
    if (!customers)
        return fail(customers.error());
    auto total = service.count(query);
    if (!total)
        return fail(total.error());

    if (tsv)
        printOut(u"id\tname\tphone\temail\tstreet\tcity\tregion\tpostal_code\tcountry\tstatus"_s);
    for (const Customer& c : customers.value())
        printCustomer(c, tsv);
    if (!tsv && customers->isEmpty())
        printOut(Cli::tr("No customers found."));
    if (total.value() > customers->size())
        printError(Cli::tr("Showing %1 of %2 customers; use --limit N to see more.")
                       .arg(customers->size())
                       .arg(total.value()));
    return kExitOk;
}

int runAdd(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption name(u"name"_s, QString(), u"NAME"_s);
    const QCommandLineOption street(u"street"_s, QString(), u"TEXT"_s);
    const QCommandLineOption city(u"city"_s, QString(), u"TEXT"_s);
    const QCommandLineOption region(u"region"_s, QString(), u"TEXT"_s);
    const QCommandLineOption postalCode(u"postal-code"_s, QString(), u"TEXT"_s);
    const QCommandLineOption country(u"country"_s, QString(), u"TEXT"_s);
    const QCommandLineOption phone(u"phone"_s, QString(), u"PHONE"_s);
    const QCommandLineOption email(u"email"_s, QString(), u"ADDRESS"_s);
    parser.addOptions({name, street, city, region, postalCode, country, phone, email});
    if (auto stop = parseCommandArgs(parser, u"customer add"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("customer add takes only options; put values with spaces in quotes."));
    CustomerDraft draft;
    draft.name = parser.value(name);
    draft.street = parser.value(street);
    draft.city = parser.value(city);
    draft.region = parser.value(region);
    draft.postalCode = parser.value(postalCode);
    draft.country = parser.value(country);
    draft.phone = parser.value(phone);
    draft.email = parser.value(email);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    CustomerService service(*s.session);
    const CustomerProblems problems = service.validate(draft);
    if (!problems.isEmpty()) {
        for (auto it = problems.cbegin(); it != problems.cend(); ++it)
            printError(Cli::tr("%1: %2").arg(customerFieldName(it.key()), it.value()));
        printError(Cli::tr("The customer was not added."));
        return kExitUsage;
    }
    // Not refused (a family can share a phone), but said, so a script run twice is noticed.
    if (auto duplicates = service.findDuplicates(draft); duplicates.ok()) {
        for (const Customer& c : duplicates.value())
            printError(Cli::tr("Note: possibly the same person as customer %1 (%2, %3).")
                           .arg(QString::number(c.id), c.name, formatPhoneInternational(c.phoneE164)));
    }
    auto id = service.create(draft);
    if (!id)
        return fail(id.error());
    printOut(QString::number(id.value()));
    return kExitOk;
}

int runImport(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(u"dry-run"_s);
    const QCommandLineOption duplicates(u"include-duplicates"_s);
    parser.addOptions({dryRun, duplicates});
    if (auto stop = parseCommandArgs(parser, u"customer import"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("customer import needs one file: customer import FILE.csv"));
    const QString path = parser.positionalArguments().constFirst();
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return usageError(Cli::tr("Cannot read %1: %2")
                              .arg(shown, QFileInfo::exists(path) ? file.errorString() : Cli::tr("no such file")));
    if (file.size() > csv::kMaxBytes)
        return fail(Error{Cli::tr("%1 is larger than %2 MB. Split it into smaller files.")
                              .arg(shown, QString::number(csv::kMaxBytes / (1024 * 1024))),
                          Errc::Invalid});
    const QByteArray bytes = file.readAll();
    // A malformed file is refused before anyone types a password.
    if (auto table = csv::parse(bytes); !table)
        return fail(Error{Cli::tr("%1: %2").arg(shown, table.errorMessage()), table.errorCode()});

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    CustomerService service(*s.session);
    auto import = CustomerImport::fromCsv(bytes, service);
    if (!import)
        return fail(Error{Cli::tr("%1: %2").arg(shown, import.errorMessage()), import.errorCode()});
    import->setImportDuplicates(parser.isSet(duplicates));

    for (const ImportRow& row : import->rows()) {
        const QStringList messages = row.messages();
        const QString prefix = row.willImport() ? Cli::tr("line %1 (imported anyway): ").arg(row.line)
                                                : Cli::tr("line %1: ").arg(row.line);
        for (const QString& message : messages)
            printOut(prefix + printable(message));
    }
    if (!import->unmappedColumns().isEmpty())
        printOut(Cli::tr("Ignored columns: %1").arg(printable(import->unmappedColumns().join(u", "_s))));
    const int rows = static_cast<int>(import->rows().size());
    printOut(Cli::tr("Lines read: %1; can be imported: %2; skipped: %3.")
                 .arg(rows)
                 .arg(import->validCount())
                 .arg(import->problemCount()));
    if (parser.isSet(dryRun)) {
        printOut(Cli::tr("Dry run: nothing was imported."));
        return kExitOk;
    }
    auto imported = import->commit(service);
    if (!imported)
        return fail(imported.error());
    printOut(Cli::tr("Customers imported: %1.").arg(imported.value()));
    return kExitOk;
}

} // namespace

int runCustomer(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return runList(globals, args.mid(1));
    if (sub == QLatin1String("add"))
        return runAdd(globals, args.mid(1));
    if (sub == QLatin1String("import"))
        return runImport(globals, args.mid(1));
    if (sub == QLatin1String("export") || sub == QLatin1String("erase"))
        return runCustomerRights(globals, sub, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("customer needs a subcommand: list, add, import, export or erase.")
                                    : Cli::tr("Unknown customer subcommand \"%1\".").arg(printable(sub)));
}

} // namespace custos::cli
