// Time from starting the `custos` process to its first painted window (the sign-in window on
// an existing vault), measured from outside: QProcess::start until the process reports the
// paint (CUSTOS_STARTUP_PROBE=1). Prints median, p95, min and max.
//   build/default/tests/bench/bench_startup [runs]
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace custos;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 10;
    QTextStream out(stdout);

    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/vault");
    {
        BusinessProfile profile;
        profile.legalName = QStringLiteral("Bench Traders");
        profile.phone = QStringLiteral("+1 555 0100");
        NewVaultAccount owner{QStringLiteral("owner"), QStringLiteral("Bench Owner"),
                              crypto::SecureBytes::fromUtf8(QStringLiteral("Lantern-Harbor-Pebble-93")), Role::Owner,
                              false};
        auto vault = Vault::create(dir, profile, owner, recovery::generateCode().value());
        if (!vault) {
            out << "create failed: " << vault.errorMessage() << "\n";
            return 1;
        }
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CUSTOS_STARTUP_PROBE"), QStringLiteral("1"));
    const QString platform =
        env.contains(QStringLiteral("DISPLAY")) ? QStringLiteral("xcb") : QStringLiteral("offscreen");
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), platform);

    std::vector<double> ms;
    for (int i = 0; i < runs + 1; ++i) { // the first run warms the page cache and is not counted
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(QStringLiteral(CUSTOS_GUI_PATH), {QStringLiteral("--vault"), dir});
        bool seen = false;
        while (!seen && p.waitForReadyRead(30000))
            seen = p.readAllStandardOutput().contains("first window painted");
        const double elapsed = double(t.nsecsElapsed()) / 1e6;
        p.waitForFinished(10000);
        if (!seen) {
            out << "custos did not report a painted window: " << p.readAllStandardError() << "\n";
            return 1;
        }
        if (i > 0)
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    auto at = [&ms](double q) {
        return ms[std::min(ms.size() - 1, static_cast<std::size_t>(q * double(ms.size() - 1) + 0.5))];
    };
    out << QStringLiteral("start to sign-in window (%1)  median %2 ms  p95 %3 ms  min %4  max %5  (%6 runs)\n")
               .arg(env.value(QStringLiteral("QT_QPA_PLATFORM")))
               .arg(at(0.5), 0, 'f', 1)
               .arg(at(0.95), 0, 'f', 1)
               .arg(ms.front(), 0, 'f', 1)
               .arg(ms.back(), 0, 'f', 1)
               .arg(runs);
    return 0;
}
