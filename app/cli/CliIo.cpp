#include "cli/CliIo.h"

#include <QByteArray>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace custos::cli {
namespace {

constexpr std::size_t kMaxSecretBytes = 1024;

// The terminal settings to put back if a signal arrives while echo is off.
termios g_savedTerminal{};
volatile std::sig_atomic_t g_echoIsOff = 0;

extern "C" void restoreTerminalAndDie(int sig)
{
    if (g_echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(sig, SIG_DFL);
    std::raise(sig);
}

void writeBytes(std::FILE* stream, const QByteArray& bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// Reads one line from fd 0 a byte at a time, so no stdio buffer keeps a copy of the secret and
// the next secret's line stays unread for the next call.
Result<crypto::SecureBytes> readLine(const QString& what)
{
    crypto::SecureBytes buffer(kMaxSecretBytes);
    std::size_t length = 0;
    bool sawInput = false;
    bool tooLong = false;
    while (true) {
        unsigned char c = 0;
        const ssize_t got = ::read(STDIN_FILENO, &c, 1);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return Error{Cli::tr("Cannot read %1 from standard input.").arg(what), Errc::Io};
        }
        if (got == 0) {
            if (!sawInput)
                return Error{Cli::tr("Standard input ended before %1 was given (one line per secret, in the order "
                                     "shown by \"custos-cli help\").")
                                 .arg(what),
                             Errc::Cancelled};
            break;
        }
        sawInput = true;
        if (c == '\n')
            break;
        if (length < kMaxSecretBytes)
            buffer.data()[length++] = c;
        else
            tooLong = true;
        c = 0;
    }
    if (length > 0 && buffer.data()[length - 1] == '\r')
        --length;
    if (tooLong)
        return Error{Cli::tr("%1 is longer than %2 bytes.").arg(what, QString::number(kMaxSecretBytes)), Errc::Invalid};
    if (length == 0)
        return Error{Cli::tr("Nothing was entered for %1.").arg(what), Errc::Invalid};
    return buffer.mid(0, length);
}

// Prompts on stderr (stdout stays clean for scripts) and reads with echo off.
Result<crypto::SecureBytes> readFromTerminal(const QString& prompt, const QString& what)
{
    writeBytes(stderr, (prompt + QStringLiteral(": ")).toUtf8());
    termios noEcho{};
    const bool canSilence = tcgetattr(STDIN_FILENO, &g_savedTerminal) == 0;
    if (canSilence) {
        noEcho = g_savedTerminal;
        noEcho.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        noEcho.c_lflag |= ECHONL;
        for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT})
            std::signal(sig, restoreTerminalAndDie);
        g_echoIsOff = tcsetattr(STDIN_FILENO, TCSAFLUSH, &noEcho) == 0 ? 1 : 0;
    }
    auto line = readLine(what);
    if (g_echoIsOff) {
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
        g_echoIsOff = 0;
    }
    if (!line && line.errorCode() == Errc::Cancelled)
        writeBytes(stderr, QByteArrayLiteral("\n"));
    return line;
}

// A new password, typed twice so a typo cannot lock the owner out of a fresh vault.
Result<crypto::SecureBytes> readTwiceFromTerminal(const QString& prompt)
{
    constexpr int kAttempts = 3;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto first = readFromTerminal(prompt, prompt);
        if (!first)
            return first;
        auto second = readFromTerminal(Cli::tr("Repeat the new password"), prompt);
        if (!second)
            return second;
        if (first.value() == second.value())
            return first;
        printError(Cli::tr("The two passwords differ. Try again."));
    }
    return Error{Cli::tr("The passwords did not match; nothing was changed."), Errc::Invalid};
}

} // namespace

int exitCodeFor(Errc code, Stage stage)
{
    switch (code) {
    case Errc::WrongSecret:
    case Errc::LockedOut:
        return kExitAuthFailed;
    case Errc::NotFound:
        return stage == Stage::SignIn ? kExitAuthFailed : kExitNotAVault;
    case Errc::Busy:
        return kExitBusy;
    case Errc::Denied:
        return kExitDenied;
    case Errc::Invalid:
        return kExitUsage;
    case Errc::Corrupt:
    case Errc::Io:
    case Errc::Cancelled:
    case Errc::Failed:
        return kExitFailure;
    }
    return kExitFailure;
}

void printOut(const QString& text)
{
    writeBytes(stdout, (text + QLatin1Char('\n')).toUtf8());
}

void printError(const QString& message)
{
    // Messages can quote what someone typed (a user name): never let it drive the terminal.
    writeBytes(stderr, (QStringLiteral("custos-cli: ") + printable(message) + QLatin1Char('\n')).toUtf8());
}

int fail(const Error& error, Stage stage)
{
    printError(error.message.isEmpty() ? Cli::tr("The operation failed.") : error.message);
    return exitCodeFor(error.code, stage);
}

int usageError(const QString& message)
{
    printError(message);
    printError(Cli::tr("Run \"custos-cli help\" for the commands and their options."));
    return kExitUsage;
}

QString printable(const QString& text)
{
    QString out = text;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        const bool bidiControl = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
        if (c.category() == QChar::Other_Control || bidiControl)
            c = QChar(0xFFFD);
    }
    return out;
}

SecretInput::SecretInput(bool forceStdin)
    : m_terminal(isatty(STDIN_FILENO) == 1), m_interactive(m_terminal && !forceStdin)
{}

Result<crypto::SecureBytes> SecretInput::read(const QString& prompt)
{
    if (m_terminal)
        return readFromTerminal(prompt, prompt);
    return readLine(prompt);
}

Result<crypto::SecureBytes> SecretInput::readNew(const QString& prompt)
{
    if (!m_interactive)
        return read(prompt);
    return readTwiceFromTerminal(prompt);
}

} // namespace custos::cli
