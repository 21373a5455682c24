// `staff list`: who works here, their role, screening and disclosure grant (managers and owners).
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "cli/Commands.h"

#include <QDate>
#include <QDateTime>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

QString yesNo(bool value, bool tsv)
{
    if (tsv)
        return value ? u"yes"_s : u"no"_s;
    return value ? Cli::tr("yes") : Cli::tr("no");
}

QString lastSignIn(const QDateTime& utc, bool tsv)
{
    if (!utc.isValid())
        return tsv ? QString() : Cli::tr("never");
    return utc.toLocalTime().toString(tsv ? u"yyyy-MM-dd'T'HH:mm:ss"_s : u"yyyy-MM-dd HH:mm"_s);
}

void printMember(const access::StaffMember& m, bool tsv)
{
    const Employee& e = m.employee;
    const QString clearedUntil = m.clearedUntil.isValid() ? m.clearedUntil.toString(Qt::ISODate) : QString();
    if (tsv) {
        printOut(QStringList{printable(e.username), printable(e.fullName), roleToStorage(e.role), yesNo(e.active, true),
                             screeningStatusToStorage(m.screening), clearedUntil, yesNo(m.holdsCardDataGrant, true),
                             lastSignIn(e.lastSignInAt, true)}
                     .join(QLatin1Char('\t')));
        return;
    }
    // Concatenated, not chained .arg(): a name holding "%2" must not be expanded by the next field.
    QString row = printable(e.username).leftJustified(16) + u' ' + printable(e.fullName).leftJustified(24) + u' ' +
                  roleDisplayName(e.role).leftJustified(8) + u' ' +
                  (e.active ? Cli::tr("active") : Cli::tr("inactive")).leftJustified(9) + u' ' +
                  screeningStatusDisplayName(m.screening).leftJustified(13) + u' ' +
                  (clearedUntil.isEmpty() ? u"-"_s : clearedUntil).leftJustified(10) + u' ' +
                  yesNo(m.holdsCardDataGrant, false).leftJustified(5) + u' ' + lastSignIn(e.lastSignInAt, false);
    while (row.endsWith(u' '))
        row.chop(1);
    printOut(row);
}

int runList(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption tsvOption(u"tsv"_s);
    parser.addOption(tsvOption);
    if (auto stop = parseCommandArgs(parser, u"staff list"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("staff list takes only options."));
    const bool tsv = parser.isSet(tsvOption);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    // The service decides (clerks are refused, and the refusal is audited).
    auto staff = access::StaffService(*s.vault, *s.session).list();
    if (!staff)
        return fail(staff.error());
    if (tsv)
        printOut(u"user\tname\trole\tactive\tscreening\tcleared_until\tgrant\tlast_sign_in"_s);
    else
        printOut((Cli::tr("User").leftJustified(16) + u' ' + Cli::tr("Name").leftJustified(24) + u' ' +
                  Cli::tr("Role").leftJustified(8) + u' ' + Cli::tr("Account").leftJustified(9) + u' ' +
                  Cli::tr("Screening").leftJustified(13) + u' ' + Cli::tr("Cleared to").leftJustified(10) + u' ' +
                  Cli::tr("Grant").leftJustified(5) + u' ' + Cli::tr("Last sign-in")));
    for (const access::StaffMember& member : staff.value())
        printMember(member, tsv);
    return kExitOk;
}

} // namespace

int runStaff(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return runList(globals, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("staff needs a subcommand: list.")
                                    : Cli::tr("Unknown staff subcommand \"%1\".").arg(printable(sub)));
}

QString accessCommandsHelp()
{
    return Cli::tr("  staff list [--tsv]\n"
                   "      Lists the employees with role, account state, background-check status, clearance\n"
                   "      date, disclosure grant and last sign-in (managers and owners). Input: your password.\n"
                   "  order reveal NUMBER --reason TEXT\n"
                   "      Prints the full card number of an order, and nothing else, on standard output. Only\n"
                   "      for employees with a cleared background check and a disclosure grant; the reason\n"
                   "      (at least %1 characters) is recorded with the reveal. Input: your password.\n")
        .arg(access::Disclosure::kMinReasonLength);
}

} // namespace custos::cli
