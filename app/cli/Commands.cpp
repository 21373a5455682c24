#include "cli/Commands.h"

#include "demo/DemoVault.h"
#include "vault/VaultLocation.h"

#include <QDir>

namespace custos::cli {

std::optional<int> parseCommandArgs(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                    GlobalOptions& options)
{
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({vaultOption, userOption, stdinOption, helpOption});
    if (!parser.parse(QStringList{QStringLiteral("custos-cli ") + command} + args))
        return usageError(QStringLiteral("%1: %2").arg(command, parser.errorText()));
    if (parser.isSet(helpOption)) {
        printOut(helpText());
        return kExitOk;
    }
    if (parser.isSet(vaultOption))
        options.vaultDir = parser.value(vaultOption);
    if (parser.isSet(userOption))
        options.user = parser.value(userOption);
    if (parser.isSet(stdinOption))
        options.passwordStdin = true;
    if (options.vaultDir.isEmpty())
        options.vaultDir = vaultlocation::atStart(); // the app's folder, also after a restore elsewhere
    return std::nullopt;
}

int openVault(const GlobalOptions& options, std::unique_ptr<Vault>& out)
{
    auto vault = Vault::open(options.vaultDir);
    if (!vault) {
        Error error = vault.error();
        if (error.code == Errc::NotFound)
            error.message += QLatin1Char(' ') + Cli::tr("Choose the vault folder with --vault DIR, or create a vault "
                                                        "there with \"custos-cli init\".");
        return fail(error);
    }
    out = std::move(vault.value());
    return kExitOk;
}

int signIn(const GlobalOptions& options, SecretInput& input, SignedIn& out, PendingPasswordChange pending)
{
    if (options.user.trimmed().isEmpty())
        return usageError(Cli::tr("Say who signs in with --user NAME."));
    if (const int rc = openVault(options, out.vault); rc != kExitOk)
        return rc;
    auto password = input.read(Cli::tr("Password for %1").arg(printable(options.user)));
    if (!password)
        return fail(password.error());
    auto session = out.vault->signIn(options.user, password.value());
    if (!session)
        return fail(session.error(), Stage::SignIn);
    out.session = std::move(session.value());
    out.password = std::move(password.value());

    const QString name = out.session->employee().username;
    const QString howTo = Cli::tr("Change it first with: custos-cli --vault \"%1\" --user %2 passwd")
                              .arg(QDir::toNativeSeparators(out.vault->directory()), name);
    QString reason;
    switch (out.session->passwordChange()) {
    case Session::PasswordChange::NotRequired:
        return kExitOk;
    case Session::PasswordChange::FirstSignIn:
        reason = Cli::tr("%1 signed in with a one-time password, which must be replaced.").arg(name);
        break;
    case Session::PasswordChange::Expired:
        reason = Cli::tr("The password of %1 has expired.").arg(name);
        break;
    case Session::PasswordChange::AfterRecovery:
        reason = Cli::tr("The password of %1 was reset and must be replaced.").arg(name);
        break;
    }
    if (pending == PendingPasswordChange::Allow) {
        printError(reason + QLatin1Char(' ') + howTo);
        return kExitOk;
    }
    return fail(Error{reason + QLatin1Char(' ') + howTo, Errc::Denied});
}

QString helpText()
{
    return Cli::tr("Usage: custos-cli [--vault DIR] [--user NAME] [--password-stdin] COMMAND [ARGS]\n"
                   "\n"
                   "The Custos vault tool for scripts and cron jobs.\n"
                   "\n"
                   "Passwords and recovery codes are never accepted as arguments or environment variables;\n"
                   "they are read from standard input. On a terminal you are prompted with the input hidden,\n"
                   "and a new password is asked for twice. With --password-stdin, or when standard input is\n"
                   "not a terminal, one line is read per secret, in the order given for each command below.\n"
                   "\n"
                   "Options (before or after the command):\n"
                   "  --vault DIR         The vault folder (default: %1).\n"
                   "  --user NAME         The employee who signs in.\n"
                   "  --password-stdin    Read secrets as plain lines from standard input, even on a terminal.\n"
                   "  --version           Print the version and exit.\n"
                   "  -h, --help          Print this help and exit.\n"
                   "\n"
                   "Commands:\n"
                   "  init --business-name NAME --phone PHONE --owner USER --owner-name \"FULL NAME\"\n"
                   "       [--street TEXT] [--city TEXT] [--region TEXT] [--postal-code TEXT] [--country TEXT]\n"
                   "       [--fax PHONE] [--email ADDRESS] [--privacy-contact TEXT] [--recovery-sheet FILE.pdf]\n"
                   "      Creates a vault in an empty or new --vault folder, with USER as its owner.\n"
                   "      Input: the owner's new password.\n"
                   "      Prints the recovery code once: store it offline. --recovery-sheet also writes it\n"
                   "      to a printable PDF (readable only by you; print it, lock it away, delete the file).\n"
                   "  demo [DIR]\n"
                   "      Creates a demo vault with three public demo accounts (default DIR: %2).\n"
                   "      Never put real customer data in a demo vault. Input: none.\n"
                   "  info\n"
                   "      Shows the business, the vault and your account. Input: your password.\n"
                   "  passwd\n"
                   "      Changes your password. Input: your current password, then the new password.\n"
                   "  recover --user OWNER\n"
                   "      Resets an owner's forgotten password with the recovery code.\n"
                   "      Input: the recovery code, then the new password.\n"
                   "  employee add --username USER --name \"FULL NAME\" --role clerk|manager|owner\n"
                   "      Adds an employee (owners may add any role, managers only clerks) and prints a\n"
                   "      one-time password, to be changed at the first sign-in. Input: your password.\n"
                   "  audit list [--limit N] [--action ACTION|GROUP.] [--actor USER] [--from DATE] [--to DATE]\n"
                   "       [--outcome success|failure|denied] [--tsv]\n"
                   "      Shows the newest audit events, oldest first (owners: everything; managers: themselves\n"
                   "      and the clerks). DATE is YYYY-MM-DD. Input: your password.\n"
                   "  audit verify\n"
                   "      Checks that no audit event was changed or removed, and the signed checkpoints (owners\n"
                   "      and managers); an owner also signs a new checkpoint. Input: your password.\n"
                   "  customer list [--search TEXT] [--archived] [--limit N] [--tsv]\n"
                   "      Lists customers by name (--archived: archived ones too). Input: your password.\n"
                   "  customer add --name NAME --street TEXT --city TEXT [--region TEXT] --postal-code TEXT\n"
                   "       --country TEXT --phone PHONE [--email ADDRESS]\n"
                   "      Adds a customer and prints the new customer number. Input: your password.\n"
                   "  customer import FILE.csv [--dry-run] [--include-duplicates]\n"
                   "      Imports customers from a CSV file whose first line names the columns (Name, Street,\n"
                   "      City, Postal code, Country, Phone; Region and Email optional). Lines with problems,\n"
                   "      and customers already in the vault or earlier in the file, are listed with their\n"
                   "      line numbers and skipped; the rest is imported in one go. Input: your password.\n"
                   "  order list [--status S,...] [--channel C,...] [--from YYYY-MM-DD] [--to YYYY-MM-DD]\n"
                   "       [--customer ID] [--search TEXT] [--limit N] [--tsv]\n"
                   "      Lists orders, newest first. Statuses: received, charged, shipped, closed, cancelled;\n"
                   "      channels: phone, fax, mail, walk-in. Input: your password.\n"
                   "  order show NUMBER\n"
                   "      Shows an order: lines, totals, status history. Input: your password.\n"
                   "  order export FILE.csv [the filters of order list]\n"
                   "      Writes the orders to a CSV file for a spreadsheet. Input: your password.\n"
                   "      Cards are shown and exported masked by role: clerks see the last 4 digits,\n"
                   "      managers and owners the first 6 and the last 4.\n"
                   "%3"
                   "%4"
                   "%5"
                   "%6"
                   "%7"
                   "%8"
                   "  help\n"
                   "      Prints this help.\n"
                   "\n"
                   "Exit codes:\n"
                   "  0  success\n"
                   "  1  failure: a disk error, a damaged vault file, anything else\n"
                   "  2  usage error, or input refused by a rule (for example a password that is too weak)\n"
                   "  3  authentication failed: wrong password or recovery code, unknown user, account locked\n"
                   "  4  the vault is busy: it is open in another Custos window or process\n"
                   "  5  not a vault: the folder does not exist or holds no Custos vault\n"
                   "  6  permission denied for the signed-in employee\n"
                   "  7  verification failed: the audit log was altered, or a signature is not valid\n"
                   "  8  the security self-check found problems, or a key is past its cryptoperiod\n"
                   "\n"
                   "Example (cron, the password in a file only that user can read):\n"
                   "  custos-cli --vault /srv/custos --user owner audit verify < ~/.config/custos/owner.pass")
        .arg(QDir::toNativeSeparators(vaultlocation::atStart()), QDir::toNativeSeparators(demo::defaultDemoLocation()),
             accessCommandsHelp(), reportCommandsHelp(), documentCommandsHelp(), rightsCommandsHelp(),
             backupCommandsHelp(), keyCommandsHelp());
}

} // namespace custos::cli
