// The security self-check on a large vault (docs/performance.md, "Security self-check").
//
//   bench_selfcheck VAULT_DIR [--user NAME] [--password P] [--runs N]
//
// Signs in (sign-in itself purges card numbers past retention), then times the two parts of a
// self-check run separately, N times (default 3):
//   - the integrity scan (SelfCheck::checkIntegrity: quick_check on a connection of its own),
//     which the GUI runs on a worker thread;
//   - the rest of the run with that finding handed in (SelfCheck::run: audit chain and its
//     checkpoints, staff, reviews, card retention, backup, key ages; stored and audited), which
//     the GUI runs on its own thread.
// Each run is stored in the vault like an owner's: run it on a copy if that matters.
#include "BenchCommon.h"
#include "reports/SelfCheck.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace custos;
using namespace Qt::StringLiterals;
using bench::must;
using bench::out;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(u"--"_s)) {
        out() << "usage: bench_selfcheck VAULT_DIR [--user NAME] [--password P] [--runs N]" << Qt::endl;
        return 2;
    }
    const QString dir = args.at(1);
    const QString user = bench::option(args, u"--user"_s, u"owner"_s);
    const QString password = bench::option(args, u"--password"_s, bench::defaultPassword());
    const int runs = std::max(1, bench::option(args, u"--runs"_s, u"3"_s).toInt());

    out() << "vault: " << dir << " (" << bench::mib(bench::vaultBytes(dir)) << ")" << Qt::endl;
    QElapsedTimer t;
    t.start();
    auto vault = must(Vault::open(dir), "open the vault");
    auto session = must(vault->signIn(user, crypto::SecureBytes::fromUtf8(password)), "sign in");
    out() << "sign-in: " << bench::msSince(t) << " ms" << Qt::endl;

    std::vector<double> scans, rests;
    for (int i = 0; i < runs; ++i) {
        t.restart();
        selfcheck::Finding integrity =
            selfcheck::SelfCheck::checkIntegrity(session->database().path(), session->masterKey());
        scans.push_back(bench::msSince(t));
        if (integrity.severity != selfcheck::Severity::Ok)
            out() << "integrity: " << integrity.detail << Qt::endl;
        t.restart();
        auto report = must(selfcheck::SelfCheck(*session).run(std::move(integrity)), "self-check");
        rests.push_back(bench::msSince(t));
        out() << "run " << i + 1 << ": scan " << scans.back() << " ms, rest " << rests.back() << " ms ("
              << report.summary() << ")" << Qt::endl;
    }
    const bench::Stats scan = bench::stats(scans);
    const bench::Stats rest = bench::stats(rests);
    out() << "integrity scan (worker thread): median " << scan.median << " ms, max " << scan.max << " ms" << Qt::endl;
    out() << "rest of the run (GUI thread):   median " << rest.median << " ms, max " << rest.max << " ms" << Qt::endl;
    out() << "peak memory: " << bench::peakMemory() << Qt::endl;
    return 0;
}
