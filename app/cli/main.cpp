// custos-cli: the headless Custos tool for scripting and cron. Links custos_core only.
#include "cli/CliIo.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <memory>

#ifndef CUSTOS_VERSION_STRING
#define CUSTOS_VERSION_STRING "0.1.0"
#endif

using namespace custos;
using namespace custos::cli;

namespace {

QStringList argumentList(int argc, char* argv[])
{
    QStringList list;
    for (int i = 0; i < argc; ++i)
        list << QString::fromLocal8Bit(argv[i]);
    return list;
}

// Only rendering a PDF needs Qt Gui (fonts, QPdfWriter); everything else runs without it.
bool needsGui(const QStringList& commandWords)
{
    if (commandWords.value(0) == QLatin1String("report"))
        return true;
    // Customer data exports and erasure certificates are PDFs; so is the self-check's --report.
    if ((commandWords.value(0) == QLatin1String("customer") &&
         (commandWords.value(1) == QLatin1String("export") || commandWords.value(1) == QLatin1String("erase"))) ||
        commandWords.value(0) == QLatin1String("selfcheck"))
        return true;
    if (commandWords.value(0) == QLatin1String("form") ||
        (commandWords.value(0) == QLatin1String("order") && commandWords.value(1) == QLatin1String("confirmation")))
        return true;
    if (commandWords.value(0) != QLatin1String("init"))
        return false;
    for (const QString& arg : commandWords)
        if (arg == QLatin1String("--recovery-sheet") || arg.startsWith(QLatin1String("--recovery-sheet=")))
            return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char* argv[], bool gui)
{
    std::unique_ptr<QCoreApplication> app;
    if (gui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // The same name as the GUI, so AppDataLocation (the default vault) is the same folder.
    QCoreApplication::setApplicationName(QStringLiteral("Custos"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CUSTOS_VERSION_STRING));
    return app;
}

} // namespace

int main(int argc, char* argv[])
{
    const QStringList arguments = argumentList(argc, argv);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption vaultOption(QStringLiteral("vault"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption userOption(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption stdinOption(QStringLiteral("password-stdin"));
    const QCommandLineOption versionOption(QStringLiteral("version"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOptions({vaultOption, userOption, stdinOption, versionOption, helpOption});
    const bool parsed = parser.parse(arguments);
    const QStringList words = parser.positionalArguments();

    auto app = makeApplication(argc, argv, parsed && needsGui(words));

    if (!parsed)
        return usageError(parser.errorText());
    if (parser.isSet(versionOption)) {
        printOut(QStringLiteral("custos-cli %1").arg(QCoreApplication::applicationVersion()));
        return kExitOk;
    }
    const QString command = words.value(0);
    if (parser.isSet(helpOption) || command == QLatin1String("help")) {
        printOut(helpText());
        return kExitOk;
    }
    if (command.isEmpty())
        return usageError(Cli::tr("No command given."));

    GlobalOptions options;
    options.vaultDir = parser.isSet(vaultOption) ? parser.value(vaultOption) : QString();
    options.user = parser.value(userOption);
    options.passwordStdin = parser.isSet(stdinOption);
    const QStringList args = words.mid(1);

    using Runner = int (*)(const GlobalOptions&, const QStringList&);
    const std::pair<const char*, Runner> commands[] = {
        {"init", runInit},
        {"demo", runDemo},
        {"info", runInfo},
        {"passwd", runPasswd},
        {"recover", runRecover},
        {"employee", runEmployee},
        {"audit", runAudit},
        {"customer", runCustomer},
        {"order", runOrder},
        {"staff", runStaff},
        {"verify", runVerifySignature},
        {"signing-key", runSigningKey},
        {"report", runReport},
        {"form", runForm},
        {"privacy-notice", runPrivacyNotice},
        {"selfcheck", runSelfCheck},
        {"backup", runBackup},
        {"rotate-keys", runRotateKeys},
    };
    for (const auto& [name, run] : commands)
        if (command == QLatin1String(name))
            return run(options, args);
    return usageError(Cli::tr("Unknown command \"%1\".").arg(printable(command)));
}
