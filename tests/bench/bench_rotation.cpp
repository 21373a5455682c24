// Key rotation on a large vault (docs/performance.md, "Key rotation").
//
//   bench_rotation VAULT_DIR [--user NAME] [--password P] [--key master|card-data|signing|all]
//                  [--recovery-code CODE | --new-recovery-code]
//
// Signs in (the first run on an older vault includes migration 5), then rotates the chosen
// keys (default all: card data, signing, master) and prints the time of each, the counts it
// reports and the peak memory. A vault made before key rotation needs its recovery code once;
// the bench generator does not keep it, so --new-recovery-code first gives the bench vault's
// recovery slot a fresh code (printed) the way a pre-rotation vault held it. The vault's keys
// change: run it on a copy.
#include "BenchCommon.h"
#include "vault/KeyRotation.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <cstdlib>

using namespace custos;
using namespace Qt::StringLiterals;
using bench::must;
using bench::out;

namespace {

QString option(const QStringList& args, const QString& name, const QString& fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2 || args.at(1).startsWith(u"--"_s)) {
        out() << "usage: bench_rotation VAULT_DIR [--user NAME] [--password P] [--key master|card-data|signing|all] "
                 "[--recovery-code CODE | --new-recovery-code]"
              << Qt::endl;
        return 2;
    }
    const QString dir = args.at(1);
    const QString user = option(args, u"--user"_s, u"owner"_s);
    const QString password = option(args, u"--password"_s, bench::defaultPassword());
    const QString which = option(args, u"--key"_s, u"all"_s);
    QString code = option(args, u"--recovery-code"_s);

    QList<VaultKeyKind> kinds;
    if (which == u"all"_s)
        kinds = {VaultKeyKind::CardData, VaultKeyKind::Signing, VaultKeyKind::Master};
    else if (auto kind = vaultKeyKindFromStorage(which))
        kinds = {*kind};
    else {
        out() << "unknown key: " << which << Qt::endl;
        return 2;
    }

    out() << "vault: " << dir << " (" << bench::vaultBytes(dir) / (1024 * 1024) << " MiB)" << Qt::endl;
    QElapsedTimer t;
    t.start();
    auto vault = must(Vault::open(dir), "open the vault");
    auto session = must(vault->signIn(user, crypto::SecureBytes::fromUtf8(password)), "sign in");
    out() << "sign-in (with migrations): " << bench::msSince(t) << " ms" << Qt::endl;

    if (args.contains(u"--new-recovery-code"_s)) {
        // Bench only: a recovery slot as a vault made before key rotation had it, with a code
        // printed here (the generator threw its code away).
        code = must(recovery::generateCode(), "recovery code");
        auto card = must(session->unsealGrantedKey(u"card_data"_s), "card-data key");
        auto signing = must(session->unsealGrantedKey(u"signing"_s), "signing key");
        auto keyring = must(Keyring::load(vault->keyringPath()), "keyring");
        const QString slotId = keyring.recoverySlot()->id;
        auto slot = must(Keyring::wrap(vault->vaultId(), KeySlot::Kind::Recovery, QString(), recovery::normalize(code),
                                       SlotSecrets{session->masterKey(),
                                                   {},
                                                   card ? card->privateKey : crypto::SecureBytes{},
                                                   signing ? signing->privateKey : crypto::SecureBytes{}},
                                       {}, slotId),
                         "recovery slot");
        session.reset();
        vault.reset();
        *keyring.recoverySlot() = slot;
        must(keyring.save(dir + u"/keyring.json"_s), "save the keyring");
        out() << "new recovery code for this bench vault: " << code << Qt::endl;
        vault = must(Vault::open(dir), "reopen the vault");
        session = must(vault->signIn(user, crypto::SecureBytes::fromUtf8(password)), "sign in again");
    }

    for (VaultKeyKind kind : kinds) {
        QElapsedTimer r;
        r.start();
        qint64 lastReport = 0;
        auto result = must(vault->rotateKey(*session, kind, code,
                                            [&](qint64 done, qint64 total) {
                                                if (r.elapsed() - lastReport > 5000) {
                                                    lastReport = r.elapsed();
                                                    out() << "  " << done << " of " << total << Qt::endl;
                                                }
                                                return true;
                                            }),
                           "rotate");
        code.clear(); // needed once at most
        out() << "rotate " << vaultKeyKindToStorage(kind) << ": " << bench::msSince(r) << " ms; cards re-sealed "
              << result.cardsResealed << ", grants re-issued " << result.grantsReissued << ", slots "
              << result.slotsRewrapped << Qt::endl;
    }
    session.reset();
    t.restart();
    vault.reset();
    vault = must(Vault::open(dir), "reopen");
    session = must(vault->signIn(user, crypto::SecureBytes::fromUtf8(password)), "sign in after rotation");
    out() << "sign-in after rotation: " << bench::msSince(t) << " ms" << Qt::endl;
    out() << "peak RSS: " << bench::peakMemory() << Qt::endl;
    return 0;
}
