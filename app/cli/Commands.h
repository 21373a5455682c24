#pragma once

#include "cli/CliIo.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace custos::cli {

// Options that come before the command.
struct GlobalOptions
{
    QString vaultDir;
    QString user;
    bool passwordStdin = false;
};

// A vault with a signed-in employee, for the commands that need one.
struct SignedIn
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> session;
    crypto::SecureBytes password; // kept only for `passwd`, which needs the current password again
};

enum class PendingPasswordChange { Refuse, Allow };

// Opens the vault, reads --user's password from stdin and signs in. Returns kExitOk and fills
// `out`, or prints the problem and returns its exit code. An employee whose password must be
// changed first (one-time password, expired) is refused unless `pending` is Allow.
int signIn(const GlobalOptions& options, SecretInput& input, SignedIn& out,
           PendingPasswordChange pending = PendingPasswordChange::Refuse);
// Opens the vault only (for `recover`).
int openVault(const GlobalOptions& options, std::unique_ptr<Vault>& out);

// Parses a command's own arguments (`args`: the words after the command). The global options
// are accepted here too and merged into `options`; the vault folder gets its default.
// Returns an exit code when the program should stop now (usage error, --help), else nullopt.
std::optional<int> parseCommandArgs(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                    GlobalOptions& options);

// One function per command; `args` are the words after the command name.
int runInit(const GlobalOptions& options, const QStringList& args);
int runDemo(const GlobalOptions& options, const QStringList& args);
int runInfo(const GlobalOptions& options, const QStringList& args);
int runPasswd(const GlobalOptions& options, const QStringList& args);
int runRecover(const GlobalOptions& options, const QStringList& args);
int runEmployee(const GlobalOptions& options, const QStringList& args);
int runAudit(const GlobalOptions& options, const QStringList& args);
int runCustomer(const GlobalOptions& options, const QStringList& args);
int runOrder(const GlobalOptions& options, const QStringList& args);
int runStaff(const GlobalOptions& options, const QStringList& args);
// ReportCommands.cpp: `verify`, `signing-key export`, `report`.
int runVerifySignature(const GlobalOptions& options, const QStringList& args);
int runSigningKey(const GlobalOptions& options, const QStringList& args);
int runReport(const GlobalOptions& options, const QStringList& args);
// DocumentCommands.cpp: `form blank`, `order confirmation` (called from runOrder), `privacy-notice show`.
int runForm(const GlobalOptions& options, const QStringList& args);
int runOrderConfirmation(const GlobalOptions& options, const QStringList& args);
int runPrivacyNotice(const GlobalOptions& options, const QStringList& args);
// RightsCommands.cpp: `customer export`, `customer erase` (called from runCustomer), `selfcheck`.
int runCustomerRights(const GlobalOptions& options, const QString& subcommand, const QStringList& args);
int runSelfCheck(const GlobalOptions& options, const QStringList& args);
// BackupCommands.cpp: `backup create|verify|restore|list`.
int runBackup(const GlobalOptions& options, const QStringList& args);
// KeyCommands.cpp: `rotate-keys --status|--key KEY`.
int runRotateKeys(const GlobalOptions& options, const QStringList& args);

QString helpText();
// The help lines of `staff list` and `order reveal` (StaffCommands.cpp), for the commands
// section of helpText().
QString accessCommandsHelp();
// The help lines of `report`, `signing-key export` and `verify` (ReportCommands.cpp).
QString reportCommandsHelp();
// The help lines of `form blank`, `order confirmation` and `privacy-notice show` (DocumentCommands.cpp).
QString documentCommandsHelp();
// The help lines of `customer export`, `customer erase` and `selfcheck` (RightsCommands.cpp).
QString rightsCommandsHelp();
// The help lines of `backup` (BackupCommands.cpp).
QString backupCommandsHelp();
// The help lines of `rotate-keys` (KeyCommands.cpp).
QString keyCommandsHelp();

} // namespace custos::cli
