// The GUI process's memory with a large vault open: the real AppController and MainWindow, signed
// in through the sign-in page as a clerk would (typed into its fields), then the Orders page with
// its first page, then the whole default list fetched as scrolling would, then the Customers page.
// Prints VmRSS and VmHWM from /proc/self/status after each step.
//   QT_QPA_PLATFORM=offscreen bench_gui_memory DIR [--password PW] [--user owner]
#include "BenchCommon.h"
#include "app/AppController.h"
#include "app/AppOptions.h"
#include "core/Clock.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "main/MainWindow.h"
#include "orders/OrderListModel.h"
#include "orders/OrdersPage.h"
#include "vault/Session.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextStream>
#include <QTimer>

using namespace custos;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

// kB values of VmRSS and VmHWM.
std::pair<qint64, qint64> memory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 rss = -1, hwm = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {rss, hwm};
    for (const QByteArray& l : status.readAll().split('\n')) {
        const QList<QByteArray> parts = l.simplified().split(' ');
        if (parts.size() >= 2 && parts.at(0) == "VmRSS:")
            rss = parts.at(1).toLongLong();
        else if (parts.size() >= 2 && parts.at(0) == "VmHWM:")
            hwm = parts.at(1).toLongLong();
    }
    return {rss, hwm};
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

void report(const QString& step, double stepMs = -1)
{
    const auto [rss, hwm] = memory();
    out() << QStringLiteral("%1 VmRSS %2 MiB   VmHWM %3 MiB%4")
                 .arg(step.leftJustified(58))
                 .arg(double(rss) / 1024.0, 7, 'f', 1)
                 .arg(double(hwm) / 1024.0, 7, 'f', 1)
                 .arg(stepMs >= 0 ? QStringLiteral("   (%1 ms)").arg(stepMs, 0, 'f', 0) : QString())
          << Qt::endl;
}

template <typename T>
T* child(QWidget* root, const char* name)
{
    return root->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1Char('-'))) {
        out() << "usage: bench_gui_memory DIR [--password PW] [--user NAME]" << Qt::endl;
        return 2;
    }
    report(QStringLiteral("QApplication"));

    ui::AppOptions options;
    options.vaultDir = args.at(1);
    ui::AppController controller(options, Clock::system());
    QElapsedTimer t;
    t.start();
    if (!controller.start())
        return 1;
    settle(300);
    report(QStringLiteral("sign-in window shown"), bench::msSince(t));

    ui::MainWindow* window = controller.mainWindow();
    auto* user = child<QLineEdit>(window, "usernameEdit");
    auto* pass = child<QLineEdit>(window, "passwordEdit");
    auto* button = child<QPushButton>(window, "signInButton");
    if (!user || !pass || !button) {
        out() << "the sign-in page has no usernameEdit/passwordEdit/signInButton" << Qt::endl;
        return 1;
    }
    user->setText(bench::option(args, QStringLiteral("--user"), QStringLiteral("owner")));
    pass->setText(bench::option(args, QStringLiteral("--password"), bench::defaultPassword()));
    t.restart();
    button->click();
    while (!controller.session() && t.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    if (!controller.session()) {
        out() << "sign-in failed" << Qt::endl;
        return 1;
    }
    settle(500);
    report(QStringLiteral("signed in, workspace (home page) shown"), bench::msSince(t));

    t.restart();
    window->showPage(QString::fromLatin1(ui::MainWindow::kOrdersPage));
    QCoreApplication::processEvents();
    const double openMs = bench::msSince(t);
    settle(500);
    ui::OrderListModel* orders = window->ordersPage() ? window->ordersPage()->model() : nullptr;
    if (!orders) {
        out() << "no Orders page in the main window" << Qt::endl;
        return 1;
    }
    report(QStringLiteral("Orders page: %1 of %2 rows loaded").arg(orders->rowCount()).arg(orders->totalCount()),
           openMs);

    // Scrolling to the end of the default list: the view calls fetchMore as it nears the bottom.
    t.restart();
    QTableView* table = window->ordersPage()->table();
    while (orders->canFetchMore({})) {
        table->scrollToBottom();
        QCoreApplication::processEvents();
        if (orders->canFetchMore({}))
            orders->fetchMore({});
    }
    const double scrollMs = bench::msSince(t);
    settle(300);
    report(QStringLiteral("Orders page scrolled to the end: %1 rows").arg(orders->rowCount()), scrollMs);

    t.restart();
    window->showPage(QString::fromLatin1(ui::MainWindow::kCustomersPage));
    QCoreApplication::processEvents();
    const double customersMs = bench::msSince(t);
    settle(500);
    report(QStringLiteral("Customers page shown"), customersMs);

    controller.shutdown();
    return 0;
}
