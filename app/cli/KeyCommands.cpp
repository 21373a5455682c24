// `rotate-keys`: the vault keys' age against the cryptoperiod (--status) and their rotation
// (PCI DSS 3.6-3.7), for owners and their cron jobs. The rotations are Vault::rotateKey.
#include "access/Access.h"
#include "access/Staff.h"
#include "cli/Commands.h"
#include "crypto/SecureBytes.h"
#include "vault/KeyRotation.h"

#include <QDir>
#include <QLocale>
#include <cstdio>
#include <unistd.h>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

QString keyTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : Cli::tr("unknown");
}

QString keySeconds(qint64 ms)
{
    return QLocale::c().toString(double(ms) / 1000.0, 'f', 1);
}

bool keyIsDue(const VaultKeyStatus& key, const QDateTime& now)
{
    return key.due.isValid() && key.due <= now;
}

int printKeyStatus(SignedIn& s, bool tsv)
{
    auto keys = vaultKeyStatus(*s.session);
    if (!keys)
        return fail(keys.error());
    const QDateTime now = s.session->clock().nowUtc();
    QStringList due;
    for (const VaultKeyStatus& key : keys.value()) {
        const bool isDue = keyIsDue(key, now);
        // The command-line name (`--key card-data`), not the storage one.
        const QString name = vaultKeyKindToStorage(key.kind).replace(u'_', u'-');
        if (isDue)
            due << name;
        if (tsv) {
            printOut(QStringList{name, key.since.toUTC().toString(Qt::ISODate), key.due.toUTC().toString(Qt::ISODate),
                                 isDue ? u"due"_s : u"ok"_s, key.fingerprint, QString::number(key.retiredKeys)}
                         .join(u'\t'));
            continue;
        }
        printOut(u"%1: %2"_s.arg(name, vaultKeyKindDisplayName(key.kind)));
        printOut(Cli::tr("  In use since:       %1").arg(keyTime(key.since)));
        if (isDue)
            printOut(Cli::tr("  Cryptoperiod ended: %1 — DUE NOW: rotate it with \"custos-cli rotate-keys --key %2\".")
                         .arg(keyTime(key.due), name));
        else
            printOut(Cli::tr("  Cryptoperiod ends:  %1").arg(keyTime(key.due)));
        if (!key.fingerprint.isEmpty())
            printOut(Cli::tr("  Fingerprint:        %1").arg(key.fingerprint));
        printOut(Cli::tr("  Retired keys:       %1").arg(key.retiredKeys));
    }
    if (!tsv) {
        if (due.isEmpty())
            printOut(Cli::tr("Every key is within its cryptoperiod (%1 months).").arg(kKeyCryptoperiodMonths));
        else
            printOut(Cli::tr("Past the cryptoperiod (%1 months): %2. Rotate them with \"custos-cli rotate-keys --key "
                             "all\".")
                         .arg(kKeyCryptoperiodMonths)
                         .arg(due.join(u", "_s)));
        auto needsCode = s.vault->recoveryNeedsCode(*s.session);
        if (needsCode && needsCode.value())
            printOut(Cli::tr("The next rotation needs the recovery code once (--recovery-code-stdin), to bring the "
                             "recovery slot up to date."));
    }
    return due.isEmpty() ? kExitOk : kExitProblemsFound;
}

void printRotation(const KeyRotationResult& r)
{
    const QString seconds = keySeconds(r.elapsedMs);
    switch (r.kind) {
    case VaultKeyKind::Master:
        printOut(Cli::tr("Vault (master) key rotated in %1 s: the vault file was re-encrypted under a new key. Key "
                         "slots given the new key: %2.")
                     .arg(seconds)
                     .arg(r.slotsRewrapped));
        break;
    case VaultKeyKind::CardData:
        printOut(Cli::tr("Card-data key rotated in %1 s. Card numbers re-sealed: %2. Grants re-issued: %3.")
                     .arg(seconds)
                     .arg(r.cardsResealed)
                     .arg(r.grantsReissued));
        break;
    case VaultKeyKind::Signing:
        printOut(Cli::tr("Signing key rotated in %1 s. Grants re-issued: %2.").arg(seconds).arg(r.grantsReissued));
        break;
    }
    if (!r.oldFingerprint.isEmpty())
        printOut(Cli::tr("  Old fingerprint: %1").arg(r.oldFingerprint));
    if (!r.newFingerprint.isEmpty())
        printOut(Cli::tr("  New fingerprint: %1").arg(r.newFingerprint));
    if (r.kind == VaultKeyKind::Signing)
        printOut(Cli::tr("  Documents signed before keep verifying with the old public key. Give the new public key\n"
                         "  (custos-cli signing-key export --out KEY.pem) and its fingerprint to whoever checks\n"
                         "  your documents."));
}

// Re-sealing card numbers can take a while on a large vault: show the count on a terminal.
Vault::RotationProgress terminalProgress()
{
    if (isatty(STDERR_FILENO) != 1)
        return {};
    return [](qint64 done, qint64 total) {
        const QByteArray line =
            Cli::tr("\rRe-sealing card numbers: %1 of %2").arg(done).arg(total).toUtf8() + (done >= total ? "\n" : "");
        std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stderr);
        std::fflush(stderr);
        return true;
    };
}

int rotateKeys(SignedIn& s, SecretInput& input, const QList<VaultKeyKind>& kinds, bool codeOnStdin)
{
    // The recovery code is read before anything changes, and only from an owner: others get
    // the audited refusal from the rotation itself.
    QString code;
    auto actor = access::loadActor(*s.session);
    if (!actor)
        return fail(actor.error());
    const bool allowed = access::decide(actor.value(), access::Permission::RotateKeys).allowed;
    if (allowed) {
        auto needsCode = s.vault->recoveryNeedsCode(*s.session);
        if (!needsCode)
            return fail(needsCode.error());
        if (codeOnStdin || (needsCode.value() && input.interactive())) {
            if (needsCode.value() && input.interactive())
                printError(Cli::tr("This vault was made before key rotation existed: its recovery slot must be "
                                   "brought up to date once, with the recovery code from the recovery sheet."));
            auto typed = input.read(Cli::tr("Recovery code"));
            if (!typed)
                return fail(typed.error());
            // Read even when not needed, so a script's input stays in step; used only when needed.
            if (needsCode.value())
                code = QString::fromUtf8(typed->constChar(), static_cast<qsizetype>(typed->size()));
        } else if (needsCode.value()) {
            return usageError(Cli::tr("This vault was made before key rotation existed: the first rotation needs the "
                                      "recovery code once, so that the recovery sheet keeps opening the new keys. Run "
                                      "again with --recovery-code-stdin and give the recovery code as the line after "
                                      "your password. Nothing was changed."));
        }
    }

    int rc = kExitOk;
    int done = 0;
    for (VaultKeyKind kind : kinds) {
        const auto progress = kind == VaultKeyKind::CardData ? terminalProgress() : Vault::RotationProgress{};
        if (kind == VaultKeyKind::Master && isatty(STDOUT_FILENO) == 1)
            printOut(
                Cli::tr("Re-encrypting the vault file under a new vault (master) key; on a large vault this takes a "
                        "few minutes. Do not switch the computer off (a crash leaves the old or the new key, "
                        "never a mixture)."));
        auto rotated = s.vault->rotateKey(*s.session, kind, code, progress);
        if (!rotated) {
            rc = fail(rotated.error());
            if (done > 0)
                printError(
                    Cli::tr("Rotations of this run that completed before this one stay in effect: %1.").arg(done));
            break;
        }
        ++done;
        printRotation(rotated.value());
    }
    crypto::wipe(code);
    return rc;
}

} // namespace

int runRotateKeys(const GlobalOptions& globals, const QStringList& args)
{
    GlobalOptions options = globals;
    QCommandLineParser parser;
    const QCommandLineOption statusOption(u"status"_s);
    const QCommandLineOption keyOption(u"key"_s, QString(), u"master|card-data|signing|all"_s);
    const QCommandLineOption codeOption(u"recovery-code-stdin"_s);
    const QCommandLineOption tsvOption(u"tsv"_s);
    parser.addOptions({statusOption, keyOption, codeOption, tsvOption});
    if (auto stop = parseCommandArgs(parser, u"rotate-keys"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("rotate-keys takes only options."));
    const bool status = parser.isSet(statusOption);
    if (status == parser.isSet(keyOption))
        return usageError(Cli::tr("Say either --status or --key master|card-data|signing|all."));

    QList<VaultKeyKind> kinds;
    if (!status) {
        const QString key = parser.value(keyOption).trimmed().toLower();
        if (key == QLatin1String("all")) {
            // The vault file last: the longest step, after the quick ones are safely done.
            kinds = {VaultKeyKind::CardData, VaultKeyKind::Signing, VaultKeyKind::Master};
        } else if (const auto kind = vaultKeyKindFromStorage(key)) {
            kinds = {*kind};
        } else {
            return usageError(
                Cli::tr("Unknown key \"%1\": say master, card-data, signing or all.").arg(printable(key)));
        }
    } else if (parser.isSet(codeOption)) {
        return usageError(Cli::tr("--recovery-code-stdin goes with --key."));
    }

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    if (status)
        return printKeyStatus(s, parser.isSet(tsvOption));
    return rotateKeys(s, input, kinds, parser.isSet(codeOption));
}

QString keyCommandsHelp()
{
    return Cli::tr("  rotate-keys --status [--tsv]\n"
                   "      Shows the vault's three keys: in use since, the end of their cryptoperiod (%1 months)\n"
                   "      and fingerprint. Exit code 8 when a key is past its cryptoperiod. Input: your password.\n"
                   "  rotate-keys --key master|card-data|signing|all [--recovery-code-stdin]\n"
                   "      Replaces a key (owners): master re-encrypts the whole vault file (minutes on a large\n"
                   "      vault); card-data re-seals every stored card number and re-issues every grant; signing\n"
                   "      makes a new signing key (documents signed before keep verifying). all = card-data,\n"
                   "      signing, then master. Each rotation is all or nothing, even across a crash.\n"
                   "      Input: your password; then, with --recovery-code-stdin, the recovery code (needed once\n"
                   "      in vaults made before key rotation existed; rotate-keys --status says so).\n")
        .arg(kKeyCryptoperiodMonths);
}

} // namespace custos::cli
