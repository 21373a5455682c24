// Sign-in cost: scrypt key derivation, opening the SQLCipher database, and the whole
// Vault::signIn (KDF + open + migration check + audit event + commit). Prints figures.
//   build/default/tests/bench/bench_signin [runs]
#include "crypto/Crypto.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace custos;

namespace {
struct Stats
{
    double median = 0, p95 = 0, min = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&v](double q) {
        return v[std::min(v.size() - 1, static_cast<std::size_t>(q * double(v.size() - 1) + 0.5))];
    };
    return {at(0.5), at(0.95), v.front(), v.back()};
}

template <typename F>
Stats measure(int runs, F&& f)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    return stats(ms);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, atoi(argv[1])) : 20;
    QTextStream out(stdout);
    QTemporaryDir tmp;
    const QString dir = tmp.path() + QStringLiteral("/vault");
    const auto password = crypto::SecureBytes::fromUtf8(QStringLiteral("Lantern-Harbor-Pebble-93"));

    BusinessProfile profile;
    profile.legalName = QStringLiteral("Bench Traders");
    profile.phone = QStringLiteral("+1 555 0100");
    NewVaultAccount owner{QStringLiteral("owner"), QStringLiteral("Bench Owner"), password, Role::Owner, false};
    QElapsedTimer createTimer;
    createTimer.start();
    auto vault = Vault::create(dir, profile, owner, recovery::generateCode().value());
    const double createMs = double(createTimer.nsecsElapsed()) / 1e6;
    if (!vault) {
        out << "create failed: " << vault.errorMessage() << "\n";
        return 1;
    }

    const QByteArray salt(16, 'x');
    const Stats kdf = measure(runs, [&] { (void)crypto::scrypt(password, salt, crypto::ScryptParams{}); });

    std::unique_ptr<Session> keep = std::move(vault.value()->signIn(QStringLiteral("owner"), password).value());
    const crypto::SecureBytes master = keep->masterKey();
    keep.reset();
    const Stats open = measure(runs, [&] { (void)storage::Database::open(vault.value()->databasePath(), master); });

    const Stats signIn = measure(runs, [&] {
        auto s = vault.value()->signIn(QStringLiteral("owner"), password);
        if (!s)
            qFatal("sign-in failed");
    });

    auto line = [&out, runs](const char* what, const Stats& s) {
        out << QStringLiteral("%1  median %2 ms  p95 %3 ms  min %4  max %5  (%6 runs)\n")
                   .arg(QString::fromLatin1(what).leftJustified(44))
                   .arg(s.median, 0, 'f', 1)
                   .arg(s.p95, 0, 'f', 1)
                   .arg(s.min, 0, 'f', 1)
                   .arg(s.max, 0, 'f', 1)
                   .arg(runs);
    };
    out << QStringLiteral("vault create (2 slots, keys, schema)          %1 ms\n").arg(createMs, 0, 'f', 1);
    line("scrypt N=2^15 r=8 p=1 (key slot KDF)", kdf);
    line("SQLCipher open + key check + pragmas", open);
    line("Vault::signIn (KDF + open + audit + commit)", signIn);
    return 0;
}
