// `verify`, `signing-key export` and `report`: signed documents and compliance reports.
#include "cli/Commands.h"
#include "crypto/Crypto.h"
#include "documents/DocumentSettings.h"
#include "documents/Signing.h"
#include "reports/ComplianceReports.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

constexpr qint64 kMaxKeyFileBytes = 64 * 1024;

Result<QByteArray> readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Cli::tr("Cannot read the key file %1: %2").arg(path, file.errorString()), Errc::Io};
    if (file.size() > kMaxKeyFileBytes)
        return Error{Cli::tr("%1 is not a public key file (too large).").arg(path), Errc::Invalid};
    auto key = crypto::ed25519PublicKeyFromPem(file.readAll());
    if (!key)
        return Error{Cli::tr("%1: %2").arg(path, key.errorMessage()), Errc::Invalid};
    return key.value();
}

int runVerifyCommand(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption sigOption(u"sig"_s, QString(), u"FILE.sig"_s);
    const QCommandLineOption keyOption(u"key"_s, QString(), u"KEY.pem"_s);
    parser.addOptions({sigOption, keyOption});
    if (auto stop = parseCommandArgs(parser, u"verify"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("verify needs exactly one FILE."));
    const QString file = parser.positionalArguments().first();
    const QString sig = parser.isSet(sigOption) ? parser.value(sigOption) : documents::signaturePathFor(file);

    // Unreadable input is exit 1, never "not valid": the caller must not mistake a missing file
    // for a forgery, nor the other way round.
    if (!QFileInfo(file).isFile())
        return fail(Error{Cli::tr("Cannot read %1: no such file.").arg(file), Errc::Io});
    if (!QFileInfo(sig).isFile())
        return fail(Error{Cli::tr("Cannot read the signature %1: no such file. Give it with --sig FILE.sig.").arg(sig),
                          Errc::Io});

    QList<QByteArray> keys;
    SignedIn s; // keeps the vault open while the keys are read
    if (parser.isSet(keyOption)) {
        auto key = readKeyFile(parser.value(keyOption));
        if (!key)
            return fail(Error{key.errorMessage(), Errc::Io});
        keys << key.value();
    } else {
        SecretInput input(options.passwordStdin);
        if (const int rc = signIn(options, input, s); rc != kExitOk)
            return rc;
        auto all = documents::signingKeys(s.session->database());
        if (!all)
            return fail(all.error());
        for (const documents::SigningKeyInfo& k : all.value())
            keys << k.publicKey;
    }

    auto verification = documents::verifyFile(file, sig, keys);
    if (!verification)
        return fail(Error{verification.errorMessage(), Errc::Io});
    if (!verification->valid) {
        printError(verification->message);
        return kExitVerifyFailed;
    }
    printOut(verification->message);
    return kExitOk;
}

int runSigningKeyExport(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(u"out"_s, QString(), u"KEY.pem"_s);
    parser.addOption(outOption);
    if (auto stop = parseCommandArgs(parser, u"signing-key export"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty() || !parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(Cli::tr("signing-key export needs --out KEY.pem."));
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto key = documents::currentSigningKey(s.session->database());
    if (!key)
        return fail(key.error());
    if (auto exported = documents::exportSigningKey(*s.session, parser.value(outOption)); !exported)
        return fail(exported.error());
    printOut(Cli::tr("Public signing key written to %1").arg(QDir::toNativeSeparators(parser.value(outOption))));
    printOut(Cli::tr("Fingerprint (SHA-256): %1").arg(key->fingerprint));
    return kExitOk;
}

int runReportCommand(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption fromOption(u"from"_s, QString(), u"DATE"_s);
    const QCommandLineOption toOption(u"to"_s, QString(), u"DATE"_s);
    const QCommandLineOption formatOption(u"format"_s, QString(), u"pdf|csv"_s);
    const QCommandLineOption outOption(u"out"_s, QString(), u"FILE"_s);
    const QCommandLineOption letterOption(u"letter"_s);
    parser.addOptions({fromOption, toOption, formatOption, outOption, letterOption});
    if (auto stop = parseCommandArgs(parser, u"report"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("report needs a report NAME: access, screening, accounts, inventory, processing "
                                  "or statement."));
    const auto kind = reports::reportKindFromName(parser.positionalArguments().first());
    if (!kind)
        return usageError(Cli::tr("Unknown report \"%1\": use access, screening, accounts, inventory, processing or "
                                  "statement.")
                              .arg(printable(parser.positionalArguments().first())));
    if (!parser.isSet(outOption) || parser.value(outOption).isEmpty())
        return usageError(Cli::tr("report needs --out FILE."));
    const QString out = parser.value(outOption);

    reports::ExportRequest request;
    request.kind = *kind;
    QString format = parser.value(formatOption).toLower();
    if (format.isEmpty())
        format = QFileInfo(out).suffix().toLower() == u"csv"_s ? u"csv"_s : u"pdf"_s;
    if (format == u"pdf"_s)
        request.format = reports::ReportFormat::Pdf;
    else if (format == u"csv"_s)
        request.format = reports::ReportFormat::Csv;
    else
        return usageError(Cli::tr("--format is pdf or csv."));

    const auto [defaultFrom, defaultTo] = reports::lastQuarter(QDate::currentDate());
    request.from = defaultFrom;
    request.to = defaultTo;
    if (parser.isSet(fromOption)) {
        request.from = QDate::fromString(parser.value(fromOption).trimmed(), Qt::ISODate);
        if (!request.from.isValid())
            return usageError(Cli::tr("--from needs a date as YYYY-MM-DD."));
    }
    if (parser.isSet(toOption)) {
        request.to = QDate::fromString(parser.value(toOption).trimmed(), Qt::ISODate);
        if (!request.to.isValid())
            return usageError(Cli::tr("--to needs a date as YYYY-MM-DD."));
    }

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    if (parser.isSet(letterOption)) {
        request.pageSize = QPageSize::Letter;
    } else {
        // The paper the business chose in Settings → Documents.
        auto documentSettings = documents::loadDocumentSettings(s.session->database());
        request.pageSize = documentSettings ? documentSettings->pageSize : QPageSize::A4;
    }
    auto issued = reports::ComplianceReports(*s.session).exportReport(request, out);
    if (!issued)
        return fail(issued.error());
    printOut(Cli::tr("Report written to %1").arg(QDir::toNativeSeparators(issued->path)));
    printOut(Cli::tr("Signature written to %1").arg(QDir::toNativeSeparators(issued->signaturePath)));
    printOut(Cli::tr("Signed with the key %1").arg(issued->fingerprint));
    return kExitOk;
}

} // namespace

int runVerifySignature(const GlobalOptions& globals, const QStringList& args)
{
    return runVerifyCommand(globals, args);
}

int runSigningKey(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("export"))
        return runSigningKeyExport(globals, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("signing-key needs a subcommand: export.")
                                    : Cli::tr("Unknown signing-key subcommand \"%1\".").arg(printable(sub)));
}

int runReport(const GlobalOptions& globals, const QStringList& args)
{
    return runReportCommand(globals, args);
}

QString reportCommandsHelp()
{
    return Cli::tr("  report NAME --out FILE [--from DATE] [--to DATE] [--format pdf|csv] [--letter]\n"
                   "      Writes a compliance report and its signature FILE.sig (owners). NAME: access (reveals,\n"
                   "      copies, exports and denied attempts per employee), screening, accounts, inventory,\n"
                   "      processing (GDPR Art. 30) or statement (the privacy and security statement, PDF only).\n"
                   "      DATE is YYYY-MM-DD (default: the last full quarter); the format defaults to the file's\n"
                   "      extension. Input: your password.\n"
                   "  signing-key export --out KEY.pem\n"
                   "      Writes the vault's public signing key as PEM and prints its fingerprint (owners).\n"
                   "      Input: your password.\n"
                   "  verify FILE [--sig FILE.sig] [--key KEY.pem]\n"
                   "      Checks a signed document (default signature: FILE.sig). With --key no vault and no\n"
                   "      password are needed; without it, signs in and tries every signing key of the vault,\n"
                   "      current and retired. Input: your password, without --key. Exit code 0: the signature\n"
                   "      is valid; 7: it is NOT valid (the file was changed, or signed with another key);\n"
                   "      1: a file could not be read. The same check with OpenSSL:\n"
                   "      openssl pkeyutl -verify -pubin -inkey KEY.pem -rawin -in FILE -sigfile FILE.sig\n");
}

} // namespace custos::cli
