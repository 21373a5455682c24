// The process the crash harness (tst_crash) kills: it signs in to an existing vault and creates
// phone orders with cards through the real OrderService until it is killed, printing
// "saved <order number>" after each commit. A printed line is an acknowledged order: the
// harness expects to find it, with its lines and its card, after every kill.
//
//   crash_writer VAULT_DIR USERNAME CUSTOMER_ID [MAX_ORDERS] < password
//   crash_writer --rotate VAULT_DIR USERNAME [ROUNDS] < password
//
// With --rotate it replaces the card-data, signing and master keys in turn (Vault::rotateKey)
// and prints "rotated <kind>" after each returned: an acknowledged rotation must have happened.
//
// The password comes on stdin (one line), never on the command line where `ps` shows it.
// Exit codes: 0 after MAX_ORDERS orders, 1 when an order fails, 2 when the vault does not open.

#include "crypto/SecureBytes.h"
#include "domain/CardNumber.h"
#include "domain/Money.h"
#include "domain/Order.h"
#include "orders/OrderService.h"
#include "vault/KeyRotation.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QStringList>
#include <cstdio>
#include <iostream>
#include <string>

using namespace custos;
using namespace Qt::StringLiterals;

namespace {

// Test numbers of three brands (Luhn-valid, never real cards); the harness knows them too.
const QStringList kTestPans{u"4242424242424242"_s, u"5555555555554444"_s, u"378282246310005"_s};

// Order k has 1 + k % 3 lines, "Crash item i of n", quantity i at i euros: the harness checks
// that every saved order still has all its lines, and that they add up.
OrderDraft draftFor(qint64 customerId, int k)
{
    OrderDraft draft;
    draft.customerId = customerId;
    const int lineCount = 1 + k % 3;
    for (int i = 1; i <= lineCount; ++i)
        draft.lines << OrderLine{u"Crash item %1 of %2"_s.arg(i).arg(lineCount), i, Money::fromCents(100 * i)};
    draft.notes = u"crash harness"_s;
    return draft;
}

constexpr int kOrderFailed = 1;
constexpr int kCannotStart = 2;

int fail(int exitCode, const char* what, const Error& error)
{
    std::fprintf(stderr, "crash_writer: %s: %s\n", what, error.message.toUtf8().constData());
    return exitCode;
}

crypto::SecureBytes readPassword()
{
    std::string line;
    std::getline(std::cin, line);
    crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(QString::fromStdString(line));
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

void acknowledge(const QByteArray& line)
{
    // One write per line, flushed at once: the harness counts only complete lines.
    const QByteArray out = line + '\n';
    std::fwrite(out.constData(), 1, static_cast<std::size_t>(out.size()), stdout);
    std::fflush(stdout);
}

int rotateLoop(const QStringList& args)
{
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: crash_writer --rotate VAULT_DIR USERNAME [ROUNDS] < password\n");
        return kCannotStart;
    }
    const int rounds = args.size() > 4 ? args.at(4).toInt() : 0; // 0: until killed
    crypto::SecureBytes password = readPassword();
    auto vault = Vault::open(args.at(2));
    if (!vault)
        return fail(kCannotStart, "vault open", vault.error());
    auto session = vault.value()->signIn(args.at(3), password);
    password.clear();
    if (!session)
        return fail(kCannotStart, "sign-in", session.error());
    acknowledge("ready");
    for (int k = 0; rounds == 0 || k < rounds; ++k) {
        for (VaultKeyKind kind : {VaultKeyKind::CardData, VaultKeyKind::Signing, VaultKeyKind::Master}) {
            auto rotated = vault.value()->rotateKey(*session.value(), kind);
            if (!rotated)
                return fail(kOrderFailed, "rotation", rotated.error());
            acknowledge("rotated " + vaultKeyKindToStorage(kind).toUtf8());
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args.at(1) == u"--rotate"_s)
        return rotateLoop(args);
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: crash_writer VAULT_DIR USERNAME CUSTOMER_ID [MAX_ORDERS] < password\n");
        return kCannotStart;
    }
    bool ok = false;
    const qint64 customerId = args.at(3).toLongLong(&ok);
    if (!ok)
        return kCannotStart;
    const int maxOrders = args.size() > 4 ? args.at(4).toInt() : 0; // 0: until killed

    crypto::SecureBytes password = readPassword();
    auto vault = Vault::open(args.at(1));
    if (!vault)
        return fail(kCannotStart, "vault open", vault.error());
    auto session = vault.value()->signIn(args.at(2), password);
    password.clear();
    if (!session)
        return fail(kCannotStart, "sign-in", session.error());
    std::fputs("ready\n", stdout);
    std::fflush(stdout);

    OrderService orders(*session.value());
    const int year = session.value()->clock().nowUtc().date().year();
    for (int k = 0; maxOrders == 0 || k < maxOrders; ++k) {
        auto pan = CardNumber::parse(kTestPans.at(k % kTestPans.size()));
        if (!pan)
            return fail(kOrderFailed, "card", pan.error());
        CardEntry card;
        card.pan = pan.value();
        card.expiry = {12, year + 3};
        card.holderName = u"Crash Writer"_s;
        card.cvv = crypto::SecureBytes::fromUtf8(pan->brand() == CardBrand::Amex ? u"1234"_s : u"123"_s);
        auto number = orders.create(draftFor(customerId, k), std::move(card));
        if (!number)
            return fail(kOrderFailed, "order", number.error());
        acknowledge("saved " + number.value().toUtf8());
    }
    return 0;
}
