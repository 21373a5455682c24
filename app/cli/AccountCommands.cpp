// `info`, `passwd`, `recover` and `employee add`: the signed-in account and the people in the vault.
#include "cli/Commands.h"
#include "storage/EmployeeRepository.h"

#include <QDir>
#include <QLocale>

namespace custos::cli {
namespace {

void printField(const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty())
        printOut((label + QLatin1Char(':')).leftJustified(18) + QLatin1Char(' ') + printable(value));
}

QString localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : Cli::tr("never");
}

bool noArguments(const QCommandLineParser& parser)
{
    return parser.positionalArguments().isEmpty();
}

} // namespace

int runInfo(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, QStringLiteral("info"), args, options))
        return *stop;
    if (!noArguments(parser))
        return usageError(Cli::tr("info takes no arguments."));
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s, PendingPasswordChange::Allow); rc != kExitOk)
        return rc;

    storage::Database& db = s.session->database();
    auto employees = storage::EmployeeRepository(db).count();
    if (!employees)
        return fail(employees.error());
    auto cipher = db.cipherVersion();
    if (!cipher)
        return fail(cipher.error());

    const BusinessProfile& business = s.session->businessProfile();
    const Employee& me = s.session->employee();
    const int daysLeft = s.session->passwordDaysLeft();
    printField(Cli::tr("Business"), business.legalName);
    printField(Cli::tr("Address"), business.addressLine());
    printField(Cli::tr("Phone"), business.phone);
    printField(Cli::tr("Fax"), business.fax);
    printField(Cli::tr("Email"), business.email);
    printField(Cli::tr("Privacy contact"), business.privacyContact);
    printField(Cli::tr("Vault id"), s.vault->vaultId());
    printField(Cli::tr("Folder"), QDir::toNativeSeparators(s.vault->directory()));
    if (s.vault->isDemo())
        printField(Cli::tr("Demo vault"), Cli::tr("yes (public passwords: no real customer data)"));
    printField(Cli::tr("Signed in as"), Cli::tr("%1 (%2), %3").arg(me.username, me.fullName, roleDisplayName(me.role)));
    printField(Cli::tr("Password changed"), Cli::tr("%1 (%2)").arg(localTime(me.passwordChangedAt),
                                                                   daysLeft > 0 ? Cli::tr("days left: %1").arg(daysLeft)
                                                                                : Cli::tr("change it now")));
    printField(Cli::tr("Employees"), QString::number(employees.value()));
    printField(Cli::tr("Schema version"), QString::number(db.userVersion()));
    printField(Cli::tr("SQLCipher"), cipher.value());
    return kExitOk;
}

int runPasswd(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, QStringLiteral("passwd"), args, options))
        return *stop;
    if (!noArguments(parser))
        return usageError(Cli::tr("passwd takes no arguments."));
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s, PendingPasswordChange::Allow); rc != kExitOk)
        return rc;
    auto newPassword = input.readNew(Cli::tr("New password for %1").arg(s.session->employee().username));
    if (!newPassword)
        return fail(newPassword.error());
    if (auto changed = s.vault->changePassword(*s.session, s.password, newPassword.value()); !changed) {
        Error error = changed.error();
        error.message = Cli::tr("The password was not changed: %1").arg(error.message);
        return fail(error);
    }
    printOut(Cli::tr("Password changed for %1.").arg(s.session->employee().username));
    return kExitOk;
}

int runRecover(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, QStringLiteral("recover"), args, options))
        return *stop;
    if (!noArguments(parser))
        return usageError(Cli::tr("recover takes no arguments."));
    if (options.user.trimmed().isEmpty())
        return usageError(Cli::tr("Name the owner whose password is reset with --user OWNER."));
    std::unique_ptr<Vault> vault;
    if (const int rc = openVault(options, vault); rc != kExitOk)
        return rc;
    SecretInput input(options.passwordStdin);
    auto code = input.read(Cli::tr("Recovery code"));
    if (!code)
        return fail(code.error());
    auto newPassword = input.readNew(Cli::tr("New password for %1").arg(printable(options.user)));
    if (!newPassword)
        return fail(newPassword.error());

    QString typedCode = QString::fromUtf8(code->constChar(), static_cast<qsizetype>(code->size()));
    auto session = vault->recover(typedCode, options.user, newPassword.value());
    crypto::wipe(typedCode);
    if (!session) {
        Error error = session.error();
        error.message = Cli::tr("The password was not reset: %1").arg(error.message);
        return fail(error, Stage::SignIn);
    }
    printOut(Cli::tr("The password of %1 was reset; sign in with the new one. The use of the recovery code is "
                     "recorded in the audit log, and the code stays valid: keep the sheet locked away.")
                 .arg(session.value()->employee().username));
    return kExitOk;
}

int runEmployee(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    if (args.value(0) != QLatin1String("add"))
        return usageError(args.isEmpty()
                              ? Cli::tr("employee needs a subcommand: add.")
                              : Cli::tr("Unknown employee subcommand \"%1\".").arg(printable(args.value(0))));
    QCommandLineParser parser;
    const QCommandLineOption username(QStringLiteral("username"), QString(), QStringLiteral("USER"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("FULL NAME"));
    const QCommandLineOption role(QStringLiteral("role"), QString(), QStringLiteral("ROLE"));
    parser.addOptions({username, name, role});
    if (auto stop = parseCommandArgs(parser, QStringLiteral("employee add"), args.mid(1), options))
        return *stop;
    if (!noArguments(parser))
        return usageError(Cli::tr("employee add takes only options."));

    Vault::NewAccount account;
    account.username = parser.value(username).trimmed();
    account.fullName = parser.value(name).trimmed();
    const std::optional<Role> parsedRole = roleFromStorage(parser.value(role).trimmed().toLower());
    if (account.username.isEmpty() || account.fullName.isEmpty() || !parser.isSet(role))
        return usageError(Cli::tr("employee add needs --username USER, --name \"FULL NAME\" and --role."));
    if (!parsedRole)
        return usageError(Cli::tr("--role is clerk, manager or owner."));
    if (const QString problem = validateUsername(account.username); !problem.isEmpty())
        return usageError(problem);
    account.role = *parsedRole;
    account.mustChangePassword = true;

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto oneTime = s.vault->addEmployee(*s.session, account);
    if (!oneTime) {
        Error error = oneTime.error();
        error.message = Cli::tr("The employee was not added: %1").arg(error.message);
        return fail(error);
    }
    printOut(Cli::tr("Added %1 (%2) as %3.").arg(account.username, account.fullName, roleDisplayName(account.role)));
    printOut(
        Cli::tr("One-time password, shown only now; %1 must replace it at the first sign-in:").arg(account.username));
    printOut();
    printOut(QStringLiteral("    ") + oneTime.value());
    printOut();
    return kExitOk;
}

} // namespace custos::cli
