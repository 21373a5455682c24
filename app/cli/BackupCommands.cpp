// `backup create`, `backup verify`, `backup restore`, `backup list`: encrypted backups of the
// whole vault (app/vault/Backup.h), for people and for cron.
#include "cli/Commands.h"
#include "crypto/SecureBytes.h"
#include "vault/Backup.h"

#include <QDir>
#include <QLocale>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

int backupFailure(const Error& error)
{
    // A damaged or altered backup is a failed verification for scripts (exit 7).
    if (error.code == Errc::Corrupt) {
        printError(error.message);
        return kExitVerifyFailed;
    }
    return fail(error);
}

void printPreview(const backup::Preview& p)
{
    printOut(Cli::tr("Business:    %1").arg(printable(p.business)));
    printOut(Cli::tr("Made:        %1 by %2")
                 .arg(p.createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s), printable(p.createdBy)));
    printOut(Cli::tr("Holds:       %1 customers, %2 orders, %3 employees, %4 audit events")
                 .arg(p.counts.customers)
                 .arg(p.counts.orders)
                 .arg(p.counts.employees)
                 .arg(p.counts.auditEvents));
    printOut(Cli::tr("Size:        %1").arg(QLocale::c().formattedDataSize(p.sizeBytes)));
}

int backupCreate(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(u"to"_s, QString(), u"FOLDER"_s);
    const QCommandLineOption keep(u"keep"_s, QString(), u"N"_s);
    parser.addOptions({to, keep});
    if (auto stop = parseCommandArgs(parser, u"backup create"_s, args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("backup create takes only options."));
    bool keepOk = true;
    const int keepCount = parser.isSet(keep) ? parser.value(keep).toInt(&keepOk) : 0;
    if (!keepOk || (parser.isSet(keep) && (keepCount < 1 || keepCount > backup::kMaxKeep)))
        return usageError(Cli::tr("--keep is a number from 1 to %1.").arg(backup::kMaxKeep));
    SecretInput input(options.passwordStdin);
    SignedIn in;
    if (const int rc = signIn(options, input, in); rc != kExitOk)
        return rc;
    auto settings = backup::loadSettings(*in.session);
    if (!settings)
        return fail(settings.error());
    const QString folder = parser.isSet(to) ? parser.value(to) : settings->folder;
    if (folder.trimmed().isEmpty())
        return usageError(Cli::tr("Say where the backup goes with --to FOLDER (no backup folder is set up)."));
    auto created = backup::createBackup(*in.session, in.vault->directory(), folder,
                                        parser.isSet(keep) ? keepCount : settings->keep);
    if (!created)
        return backupFailure(created.error());
    printOut(Cli::tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(created->path)));
    printPreview(created->preview);
    for (const QString& removed : std::as_const(created->removed))
        printOut(Cli::tr("Removed an older backup: %1").arg(QDir::toNativeSeparators(removed)));
    return kExitOk;
}

// Unlocks `file` with --user's password, or the recovery code with --recovery.
int unlock(backup::BackupFile& file, const GlobalOptions& options, bool useRecovery, backup::Preview& out)
{
    SecretInput input(options.passwordStdin);
    Result<backup::Preview> preview = Error{};
    if (useRecovery) {
        auto code = input.read(Cli::tr("Recovery code"));
        if (!code)
            return fail(code.error());
        QString typed = QString::fromUtf8(code->constChar(), static_cast<qsizetype>(code->size()));
        preview = file.unlockWithRecoveryCode(typed);
        crypto::wipe(typed);
    } else {
        if (options.user.trimmed().isEmpty())
            return usageError(Cli::tr("Say which owner unlocks the backup with --user NAME, or use --recovery."));
        auto password = input.read(Cli::tr("Password for %1").arg(printable(options.user)));
        if (!password)
            return fail(password.error());
        preview = file.unlockWithPassword(options.user, password.value());
    }
    if (!preview) {
        if (preview.errorCode() == Errc::WrongSecret) {
            printError(preview.errorMessage());
            return kExitAuthFailed;
        }
        return backupFailure(preview.error());
    }
    out = preview.value();
    return kExitOk;
}

int backupVerify(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption recovery(u"recovery"_s);
    parser.addOption(recovery);
    if (auto stop = parseCommandArgs(parser, u"backup verify"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("backup verify needs the backup file."));
    auto file = backup::BackupFile::open(parser.positionalArguments().first());
    if (!file)
        return backupFailure(file.error());
    backup::Preview preview;
    if (const int rc = unlock(*file.value(), options, parser.isSet(recovery), preview); rc != kExitOk)
        return rc;
    printOut(Cli::tr("Backup intact: every byte checks, the database copy opens and holds every row."));
    printPreview(preview);
    return kExitOk;
}

int backupRestore(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption to(u"to"_s, QString(), u"FOLDER"_s);
    const QCommandLineOption recovery(u"recovery"_s);
    const QCommandLineOption yes(u"yes"_s);
    parser.addOptions({to, recovery, yes});
    if (auto stop = parseCommandArgs(parser, u"backup restore"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("backup restore needs the backup file."));
    if (!parser.isSet(to))
        return usageError(Cli::tr("Say where the vault is restored with --to FOLDER (a new or empty folder, or the "
                                  "current vault's folder, which is then moved aside)."));
    auto file = backup::BackupFile::open(parser.positionalArguments().first());
    if (!file)
        return backupFailure(file.error());
    backup::Preview preview;
    if (const int rc = unlock(*file.value(), options, parser.isSet(recovery), preview); rc != kExitOk)
        return rc;
    printPreview(preview);
    if (!parser.isSet(yes)) {
        printOut(Cli::tr("Nothing was changed. Run again with --yes to restore this backup into %1.")
                     .arg(QDir::toNativeSeparators(parser.value(to))));
        return kExitOk;
    }
    auto restored = file.value()->restoreTo(parser.value(to));
    if (!restored)
        return backupFailure(restored.error());
    printOut(Cli::tr("Restored into %1.").arg(QDir::toNativeSeparators(restored->vaultDir)));
    if (!restored->previousMovedTo.isEmpty())
        printOut(Cli::tr("The vault that was there is kept, untouched, in %1.")
                     .arg(QDir::toNativeSeparators(restored->previousMovedTo)));
    return kExitOk;
}

int backupList(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, u"backup list"_s, args, options))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(Cli::tr("backup list needs the backup folder."));
    const QString folder = parser.positionalArguments().first();
    const QFileInfoList files = QDir(folder).entryInfoList({u"custos-backup-*.cbk"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        printOut(Cli::tr("No Custos backups in %1.").arg(QDir::toNativeSeparators(folder)));
        return kExitOk;
    }
    for (const QFileInfo& info : files) {
        auto header = backup::readHeader(info.absoluteFilePath());
        if (!header) {
            printOut(Cli::tr("%1  (not readable: %2)").arg(info.fileName(), header.errorMessage()));
            continue;
        }
        printOut(u"%1  %2  %3  %4"_s.arg(info.fileName(),
                                         header->createdAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s),
                                         QLocale::c().formattedDataSize(info.size()), printable(header->business)));
    }
    return kExitOk;
}

} // namespace

int runBackup(const GlobalOptions& options, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("create"))
        return backupCreate(options, args.mid(1));
    if (sub == QLatin1String("verify"))
        return backupVerify(options, args.mid(1));
    if (sub == QLatin1String("restore"))
        return backupRestore(options, args.mid(1));
    if (sub == QLatin1String("list"))
        return backupList(options, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("backup needs a subcommand: create, verify, restore or list.")
                                    : Cli::tr("Unknown backup subcommand \"%1\".").arg(printable(sub)));
}

QString backupCommandsHelp()
{
    return Cli::tr("  backup create [--to FOLDER] [--keep N]\n"
                   "      Writes an encrypted backup of the whole vault (database and keyring) into FOLDER\n"
                   "      (default: the folder set in Settings), reads it back to verify it, and keeps the\n"
                   "      newest N backups of this vault there (default: the setting, else 10).\n"
                   "  backup verify FILE [--recovery]\n"
                   "      Checks every byte of a backup and reopens its database copy. Unlocks it with\n"
                   "      --user OWNER's password, or with the recovery code (--recovery). Exit 7 when the\n"
                   "      backup is damaged or was altered.\n"
                   "  backup restore FILE --to FOLDER [--recovery] [--yes]\n"
                   "      Shows what the backup holds; with --yes restores it into FOLDER. A vault already\n"
                   "      in FOLDER is moved aside to FOLDER.before-restore-TIME, never overwritten.\n"
                   "  backup list FOLDER\n"
                   "      Lists the backups in FOLDER with their date and business.\n");
}

} // namespace custos::cli
