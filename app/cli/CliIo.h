#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

namespace custos::cli {

// Translation context for every message of custos-cli: `Cli::tr("...")`.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// The exit codes documented in `custos-cli help`. Scripts depend on them: never renumber.
enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,       // I/O error, damaged vault, anything else
    kExitUsage = 2,         // bad arguments, or input refused by a rule (weak password, bad field)
    kExitAuthFailed = 3,    // wrong password or recovery code, unknown user, account locked
    kExitBusy = 4,          // the vault is open in another Custos
    kExitNotAVault = 5,     // the folder is not a vault, or does not exist
    kExitDenied = 6,        // the signed-in employee may not do this
    kExitVerifyFailed = 7,  // a verification (audit chain) failed
    kExitProblemsFound = 8, // the security self-check found problems (RightsCommands.cpp)
};

// Where an error happened: an unknown user name is an authentication failure (3), a missing
// vault folder is "not a vault" (5); both arrive as Errc::NotFound.
enum class Stage { General, SignIn };

// The one place that maps core error codes to exit codes.
int exitCodeFor(Errc code, Stage stage = Stage::General);

// Writes `text` and a newline to stdout as UTF-8.
void printOut(const QString& text = {});
// Writes "custos-cli: <message>" to stderr as UTF-8.
void printError(const QString& message);
// Prints `error` and returns its exit code.
int fail(const Error& error, Stage stage = Stage::General);
// Prints a usage problem with a pointer to the help and returns kExitUsage.
int usageError(const QString& message);

// Replaces control characters (tabs, newlines, terminal escapes) so text from the vault, for
// example a user name someone typed at a failed sign-in, cannot forge lines or drive the terminal.
QString printable(const QString& text);

// Reads passwords and recovery codes from stdin. On a terminal it prompts on stderr with echo
// off and asks twice for a new password; with --password-stdin or a pipe it reads one line per
// secret, in the order the help documents (a terminal still gets the prompt, never the echo).
class SecretInput
{
public:
    explicit SecretInput(bool forceStdin);

    bool interactive() const { return m_interactive; }
    // Errc::Cancelled at end of input, Errc::Invalid for an empty or over-long line.
    Result<crypto::SecureBytes> read(const QString& prompt);
    // A new password: asked twice on a terminal (Errc::Invalid when the two differ).
    Result<crypto::SecureBytes> readNew(const QString& prompt);

private:
    bool m_terminal = false;
    bool m_interactive = false;
};

} // namespace custos::cli
