#include "app/Application.h"

#include "app/AppController.h"
#include "app/AppOptions.h"
#include "core/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <QWidget>
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    // Parses the options; on --help or a bad option, prints and returns the exit code.
    static std::optional<int> parse(const QApplication& app, AppOptions& options);
};

void printVersion()
{
    std::fprintf(stdout, "custos %s\n", kVersion);
    std::fflush(stdout);
}

std::optional<int> CommandLine::parse(const QApplication& app, AppOptions& options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Custos — a privacy-first encrypted back office for small businesses."));
    parser.addHelpOption();
    const QCommandLineOption versionOption({u"v"_s, u"version"_s}, tr("Print the version and exit."));
    const QCommandLineOption vaultOption(
        u"vault"_s, tr("Open the vault in folder <dir> (default: %1).").arg(u"…/vault"_s), tr("dir"));
    const QCommandLineOption demoOption(u"demo"_s, tr("Open the demo vault (created with sample data if missing)."));
    const QCommandLineOption langOption(u"lang"_s, tr("Use language <code>, e.g. es (default: the system's)."),
                                        tr("code"));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, tr("Save a picture of the active window to <file> just before quitting."), tr("file"));
    const QCommandLineOption quitAfterOption(u"quit-after"_s, tr("Quit after <seconds>."), tr("seconds"));
    parser.addOptions({versionOption, vaultOption, demoOption, langOption, screenshotOption, quitAfterOption});
    parser.process(app); // exits on --help and on unknown options
    if (parser.isSet(versionOption)) {
        printVersion();
        return 0;
    }
    options.vaultDir = parser.value(vaultOption);
    options.demo = parser.isSet(demoOption);
    options.language = parser.value(langOption);
    options.screenshotFile = parser.value(screenshotOption);
    if (parser.isSet(quitAfterOption)) {
        bool ok = false;
        options.quitAfterSeconds = parser.value(quitAfterOption).toInt(&ok);
        if (!ok || options.quitAfterSeconds <= 0) {
            std::fprintf(stderr, "%s\n", qPrintable(tr("--quit-after needs a whole number of seconds above 0.")));
            return 1;
        }
    }
    if (!options.screenshotFile.isEmpty() && options.quitAfterSeconds == 0)
        options.quitAfterSeconds = 3;
    return std::nullopt;
}

// Custos's own translation from the resources (absent: English) and Qt's for its dialogs.
void installTranslations(QApplication& app, const QString& language, std::vector<std::unique_ptr<QTranslator>>& keep)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto qtbase = std::make_unique<QTranslator>();
    if (qtbase->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qtbase.get());
        keep.push_back(std::move(qtbase));
    }
    auto custos = std::make_unique<QTranslator>();
    if (custos->load(locale, u"custos"_s, u"_"_s, u":/i18n"_s)) {
        app.installTranslator(custos.get());
        keep.push_back(std::move(custos));
    }
}

// The window a screenshot shows: a dialog in front if there is one, else the main window.
QWidget* windowToGrab()
{
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget* active = QApplication::activeWindow())
        return active;
    QWidget* best = nullptr;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (!w->isVisible() || !w->isWindow() || w->windowType() == Qt::Popup || w->windowType() == Qt::ToolTip)
            continue;
        if (!best || (w->windowType() == Qt::Dialog && best->windowType() != Qt::Dialog))
            best = w;
    }
    return best;
}

// For headless machines: --quit-after N quits after N seconds, and --screenshot FILE saves the
// active window shortly before that. Set up before the vault opens so it also ends a run
// that is waiting in the setup wizard or an error message.
void scheduleHeadlessExit(const AppOptions& options, int* exitCode)
{
    if (options.quitAfterSeconds <= 0)
        return;
    const int quitMs = options.quitAfterSeconds * 1000;
    if (!options.screenshotFile.isEmpty()) {
        const QString file = options.screenshotFile;
        QTimer::singleShot(std::max(100, quitMs - 500), qApp, [file, exitCode] {
            QWidget* window = windowToGrab();
            if (!window || !window->grab().save(file)) {
                std::fprintf(stderr, "custos: could not save the screenshot to %s\n", qPrintable(file));
                *exitCode = 1;
            }
        });
    }
    // exit(), not quit(): quit() does nothing before exec() runs, and this may fire inside the
    // setup wizard's or an error message's own event loop.
    QTimer::singleShot(quitMs, qApp, [] { QCoreApplication::exit(0); });
}

} // namespace

// For tests/bench/bench_startup: with CUSTOS_STARTUP_PROBE set, prints one line when the first
// window has painted (the sign-in window, or the setup wizard) and quits.
class StartupProbe : public QObject
{
public:
    StartupProbe()
    {
        if (qEnvironmentVariableIsSet("CUSTOS_STARTUP_PROBE"))
            qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType() && static_cast<QWidget*>(watched)->isWindow()) {
            qApp->removeEventFilter(this);
            std::fprintf(stdout, "custos: first window painted\n");
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
        }
        return false;
    }
};

int runApplication(int argc, char* argv[])
{
    // --version works without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            printVersion();
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Custos"_s);
    // No organisation name: the vault lives in ~/.local/share/Custos, as for custos-cli.
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setDesktopFileName(u"org.custos.Custos"_s);
    QApplication::setWindowIcon(QIcon(u":/icons/org.custos.Custos.svg"_s));

    AppOptions options;
    if (const auto exitNow = CommandLine::parse(app, options))
        return *exitNow;
    std::vector<std::unique_ptr<QTranslator>> translators;
    installTranslations(app, options.language, translators);

    int headlessExitCode = 0;
    scheduleHeadlessExit(options, &headlessExitCode);

    AppController controller(options, Clock::system());
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &controller, &AppController::shutdown);
    StartupProbe probe; // CUSTOS_STARTUP_PROBE=1: say "ready" at the first paint, then quit (bench_startup)
    if (!controller.start())
        return controller.exitCode();
    const int code = QApplication::exec();
    return code != 0 ? code : headlessExitCode;
}

} // namespace custos::ui
