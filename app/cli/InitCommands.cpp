// `init` and `demo`: creating vaults.
#include "cli/Commands.h"
#include "demo/DemoVault.h"
#include "documents/RecoverySheet.h"
#include "vault/RecoveryCode.h"

#include <QDir>
#include <QFile>

namespace custos::cli {
namespace {

void printRecoveryCode(const QString& code)
{
    const QString rule(64, QLatin1Char('='));
    printOut();
    printOut(rule);
    printOut(Cli::tr("  RECOVERY CODE - shown only this once"));
    printOut();
    printOut(QStringLiteral("      ") + recovery::formatForDisplay(code));
    printOut();
    printOut(Cli::tr("  Write it down (or print the recovery sheet) now and keep it offline,\n"
                     "  locked away from this computer. It is the only way back in if the\n"
                     "  owner's password is forgotten, and anyone holding it together with a\n"
                     "  copy of the vault can read all of its data."));
    printOut(rule);
    printOut();
}

// Writes the sheet, makes it private to the user and records that it was produced.
int writeSheet(Vault& vault, const BusinessProfile& profile, const QString& owner, const crypto::SecureBytes& password,
               const QString& code, const QString& path)
{
    documents::RecoverySheetData data;
    data.business = profile;
    data.ownerUsername = owner;
    data.vaultId = vault.vaultId();
    data.vaultLocation = QDir::toNativeSeparators(vault.directory());
    data.recoveryCode = recovery::formatForDisplay(code);
    data.createdAt = vault.clock().nowUtc();
    if (auto written = documents::writeRecoverySheet(data, path); !written) {
        printError(Cli::tr("The recovery sheet was not written. The code above is the only copy: write it down."));
        return fail(written.error());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    printOut(Cli::tr("Recovery sheet written to %1. Print it, lock it away, then delete the file.")
                 .arg(QDir::toNativeSeparators(path)));

    auto session = vault.signIn(owner, password);
    if (!session)
        return fail(session.error(), Stage::SignIn);
    if (auto recorded =
            session.value()->recordEvent(audit::kRecoverySheet, owner, audit::kSuccess, QStringLiteral("pdf"));
        !recorded)
        return fail(recorded.error());
    return kExitOk;
}

} // namespace

int runInit(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    auto text = [](const char* name) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("TEXT"));
    };
    const QCommandLineOption businessName = text("business-name"), street = text("street"), city = text("city"),
                             region = text("region"), postalCode = text("postal-code"), country = text("country"),
                             phone = text("phone"), fax = text("fax"), email = text("email"),
                             privacyContact = text("privacy-contact"), owner = text("owner"),
                             ownerName = text("owner-name"), sheet = text("recovery-sheet");
    parser.addOptions({businessName, street, city, region, postalCode, country, phone, fax, email, privacyContact,
                       owner, ownerName, sheet});
    if (auto stop = parseCommandArgs(parser, QStringLiteral("init"), args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("init takes no arguments besides its options."));
    QStringList missing;
    for (const QCommandLineOption* required : {&businessName, &phone, &owner, &ownerName})
        if (parser.value(*required).trimmed().isEmpty())
            missing << QStringLiteral("--") + required->names().constFirst();
    if (!missing.isEmpty())
        return usageError(Cli::tr("init needs %1.").arg(missing.join(QStringLiteral(", "))));

    BusinessProfile profile;
    profile.legalName = parser.value(businessName).trimmed();
    profile.street = parser.value(street).trimmed();
    profile.city = parser.value(city).trimmed();
    profile.region = parser.value(region).trimmed();
    profile.postalCode = parser.value(postalCode).trimmed();
    profile.country = parser.value(country).trimmed();
    profile.phone = parser.value(phone).trimmed();
    profile.fax = parser.value(fax).trimmed();
    profile.email = parser.value(email).trimmed();
    profile.privacyContact = parser.value(privacyContact).trimmed();
    const QString sheetPath = parser.value(sheet);

    Vault::NewAccount account;
    account.username = parser.value(owner).trimmed();
    account.fullName = parser.value(ownerName).trimmed();
    account.role = Role::Owner;
    account.mustChangePassword = false;

    // Refuse what is wrong before asking for a password.
    if (const QString problem = profile.validate(); !problem.isEmpty())
        return usageError(problem);
    if (const QString problem = validateUsername(account.username); !problem.isEmpty())
        return usageError(problem);
    if (Vault::looksLikeVault(options.vaultDir))
        return fail(Error{Cli::tr("There is already a vault at %1.").arg(QDir::toNativeSeparators(options.vaultDir)),
                          Errc::Invalid});

    SecretInput input(options.passwordStdin);
    auto password = input.readNew(Cli::tr("New password for %1").arg(account.username));
    if (!password)
        return fail(password.error());
    account.password = password.value();

    auto code = recovery::generateCode();
    if (!code)
        return fail(code.error());
    auto vault = Vault::create(options.vaultDir, profile, account, code.value());
    if (!vault) {
        Error error = vault.error();
        error.message = Cli::tr("No vault was created: %1").arg(error.message);
        return fail(error);
    }
    printOut(Cli::tr("Vault created at %1 for %2; owner account: %3.")
                 .arg(QDir::toNativeSeparators(vault.value()->directory()), profile.legalName, account.username));
    printRecoveryCode(code.value());
    if (!sheetPath.isEmpty())
        return writeSheet(*vault.value(), profile, account.username, account.password, code.value(), sheetPath);
    return kExitOk;
}

int runDemo(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, QStringLiteral("demo"), args, options))
        return *stop;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(Cli::tr("demo takes one folder."));
    QString dir = positional.value(0);
    const bool vaultGiven = !globals.vaultDir.isEmpty() || parser.isSet(QStringLiteral("vault"));
    if (dir.isEmpty())
        dir = vaultGiven ? options.vaultDir : demo::defaultDemoLocation();

    auto created = demo::createDemoVault(dir);
    if (!created) {
        Error error = created.error();
        error.message = Cli::tr("No demo vault was created: %1").arg(error.message);
        return fail(error);
    }
    const QString where = QDir::toNativeSeparators(created->vault->directory());
    printOut(Cli::tr("Demo vault created at %1 (sample business \"%2\").").arg(where, created->vault->label()));
    printOut();
    printOut(Cli::tr("Demo accounts (these passwords are public: never keep real customer data in a demo vault):"));
    for (const demo::DemoAccount& account : demo::kAccounts)
        printOut(QStringLiteral("  %1 %2 %3")
                     .arg(QString::fromLatin1(account.username), -10)
                     .arg(roleDisplayName(account.role), -10)
                     .arg(QString::fromLatin1(account.password)));
    printOut();
    printOut(Cli::tr("Recovery code: %1").arg(recovery::formatForDisplay(created->recoveryCode)));
    printOut();
    printOut(Cli::tr("Open it with: custos --demo --vault \"%1\"").arg(where));
    return kExitOk;
}

} // namespace custos::cli
