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

QString helpText();
// The help lines of `staff list` and `order reveal` (StaffCommands.cpp), for the commands
// section of helpText().
QString accessCommandsHelp();

} // namespace custos::cli
