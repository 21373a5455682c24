// `audit list` and `audit verify`.
#include "access/Staff.h"
#include "audit/AuditCheckpoints.h"
#include "cli/Commands.h"

#include <algorithm>

namespace custos::cli {
namespace {

using namespace Qt::StringLiterals;

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 1000000;

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : printable(text);
}

void printEvent(const AuditEvent& e, bool tsv)
{
    const QDateTime local = e.at.toLocalTime();
    if (tsv) {
        printOut(QStringList{QString::number(e.seq), local.toString(Qt::ISODate), printable(e.actorName),
                             printable(e.action), printable(e.target), printable(e.outcome), printable(e.details)}
                     .join(QLatin1Char('\t')));
        return;
    }
    // Concatenated, not chained .arg(): a field holding "%5" must not be expanded by the next one.
    QString row =
        QString::number(e.seq).rightJustified(6) + u"  "_s + local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) +
        u"  "_s + orDash(e.actorName).leftJustified(14) + u' ' + orDash(e.action).leftJustified(26) + u' ' +
        orDash(e.target).leftJustified(16) + u' ' + orDash(e.outcome).leftJustified(8) + u' ' + printable(e.details);
    while (row.endsWith(u' ')) // no trailing padding when there are no details
        row.chop(1);
    printOut(row);
}

// Refusals are audited too: someone tried to read the log without the right to.
int refuse(Session& session, const QString& action, const QString& message)
{
    (void)session.recordEvent(action, QString(), audit::kDenied,
                              QStringLiteral("role=%1").arg(roleToStorage(session.employee().role)));
    return fail(Error{message, Errc::Denied});
}

std::optional<QDate> parseDay(const QString& text)
{
    const QDate day = QDate::fromString(text.trimmed(), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

int runList(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption actionOption(QStringLiteral("action"), QString(), QStringLiteral("ACTION"));
    const QCommandLineOption actorOption(QStringLiteral("actor"), QString(), QStringLiteral("USER"));
    const QCommandLineOption fromOption(QStringLiteral("from"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption toOption(QStringLiteral("to"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption outcomeOption(QStringLiteral("outcome"), QString(), QStringLiteral("OUTCOME"));
    const QCommandLineOption tsvOption(QStringLiteral("tsv"));
    parser.addOptions({limitOption, actionOption, actorOption, fromOption, toOption, outcomeOption, tsvOption});
    if (auto stop = parseCommandArgs(parser, QStringLiteral("audit list"), args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("audit list takes only options."));
    AuditQuery query;
    query.limit = kDefaultLimit;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        query.limit = parser.value(limitOption).toInt(&ok);
        if (!ok || query.limit < 1 || query.limit > kMaxLimit)
            return usageError(Cli::tr("--limit takes a number from 1 to %1.").arg(kMaxLimit));
    }
    query.action = parser.value(actionOption).trimmed();
    for (const auto& [option, day] : {std::pair{&fromOption, &query.fromDay}, std::pair{&toOption, &query.toDay}}) {
        if (!parser.isSet(*option))
            continue;
        const auto parsed = parseDay(parser.value(*option));
        if (!parsed)
            return usageError(Cli::tr("--%1 takes a date as YYYY-MM-DD.").arg(option->names().constFirst()));
        *day = *parsed;
    }
    if (query.fromDay.isValid() && query.toDay.isValid() && query.fromDay > query.toDay)
        return usageError(Cli::tr("--from must not be after --to."));
    if (parser.isSet(outcomeOption)) {
        query.outcome = parser.value(outcomeOption).trimmed().toLower();
        if (query.outcome != audit::kSuccess && query.outcome != audit::kFailure && query.outcome != audit::kDenied)
            return usageError(Cli::tr("--outcome takes success, failure or denied."));
    }
    const QString actorName = parser.value(actorOption).trimmed();
    const bool tsv = parser.isSet(tsvOption);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    auto scope = auditScopeFor(*s.session);
    if (!scope)
        return refuse(*s.session, audit::kAuditRead,
                      Cli::tr("Clerks cannot read the audit log. Ask a manager or an owner."));
    query.scope = scope.value();
    AuditLog log = s.session->auditLog();
    if (!actorName.isEmpty()) {
        auto actors = log.actors(query.scope);
        if (!actors)
            return fail(actors.error());
        for (const AuditActor& a : std::as_const(actors.value()))
            if (a.username.compare(actorName, Qt::CaseInsensitive) == 0)
                query.actorId = a.id;
        if (!query.actorId)
            return usageError(query.scope.managerId
                                  ? Cli::tr("No employee \"%1\" among those whose events you may read (yourself "
                                            "and the clerks).")
                                        .arg(printable(actorName))
                                  : Cli::tr("No employee \"%1\" in this vault.").arg(printable(actorName)));
    }
    // Record the access before showing anything: no reading the log without leaving a trace.
    QStringList details{QStringLiteral("limit=%1").arg(query.limit)};
    if (!query.action.isEmpty())
        details << QStringLiteral("action=%1").arg(query.action.left(64));
    if (query.actorId)
        details << QStringLiteral("actor=%1").arg(*query.actorId);
    if (query.fromDay.isValid())
        details << QStringLiteral("from=%1").arg(query.fromDay.toString(Qt::ISODate));
    if (query.toDay.isValid())
        details << QStringLiteral("to=%1").arg(query.toDay.toString(Qt::ISODate));
    if (!query.outcome.isEmpty())
        details << QStringLiteral("outcome=%1").arg(query.outcome);
    if (query.scope.managerId)
        details << QStringLiteral("scope=manager");
    if (auto recorded = s.session->recordEvent(audit::kAuditRead, QString(), audit::kSuccess, details.join(u' '));
        !recorded)
        return fail(recorded.error());
    auto events = log.recent(query);
    if (!events)
        return fail(events.error());

    QList<AuditEvent> list = events.value();
    std::reverse(list.begin(), list.end()); // oldest first, like a log
    if (tsv)
        printOut(QStringLiteral("seq\ttime\tactor\taction\ttarget\toutcome\tdetails"));
    for (const AuditEvent& e : std::as_const(list))
        printEvent(e, tsv);
    return kExitOk;
}

int runVerify(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    if (auto stop = parseCommandArgs(parser, QStringLiteral("audit verify"), args, options))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(Cli::tr("audit verify takes no arguments."));
    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    // The access table decides (owners and managers); only owners hold the key that signs.
    auto actor = access::loadActor(*s.session);
    if (!actor)
        return fail(actor.error());
    if (const access::Decision d = access::decide(actor.value(), access::Permission::VerifyAuditLog); !d)
        return refuse(*s.session, audit::kAuditVerify, d.reason);

    // Verifies, records audit.verify and, when intact, signs a new checkpoint: one transaction.
    auto verification = verifyAuditLog(*s.session);
    if (!verification)
        return fail(verification.error());
    const AuditLog::Verification& v = verification.value();
    if (!v.intact) {
        printError(Cli::tr("Audit chain broken at event %1: %2 (events checked: %3, signed checkpoints: %4.) The log "
                           "was altered outside Custos; keep this vault and its backups for investigation.")
                       .arg(QString::number(v.firstBadSeq.value_or(0)), printable(v.problem),
                            QString::number(v.eventCount), QString::number(v.checkpointCount)));
        return kExitVerifyFailed;
    }
    const QString checkpoints = v.checkpointCount == 1 ? Cli::tr("1 signed checkpoint")
                                                       : Cli::tr("%1 signed checkpoints").arg(v.checkpointCount);
    printOut(Cli::tr("Audit chain intact: %1 events, %2").arg(QString::number(v.eventCount), checkpoints));
    if (v.checkpointWritten)
        printOut(Cli::tr("New checkpoint: event %1, signed now.").arg(*v.checkpointWritten));
    else if (v.lastCheckpointSeq)
        printOut(Cli::tr("Newest checkpoint: event %1, signed %2.")
                     .arg(QString::number(*v.lastCheckpointSeq),
                          v.lastCheckpointAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    if (!v.signingKeyFingerprint.isEmpty())
        printOut(Cli::tr("Signing key fingerprint: %1").arg(v.signingKeyFingerprint));
    return kExitOk;
}

} // namespace

int runAudit(const GlobalOptions& globals, const QStringList& args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("list"))
        return runList(globals, args.mid(1));
    if (sub == QLatin1String("verify"))
        return runVerify(globals, args.mid(1));
    return usageError(sub.isEmpty() ? Cli::tr("audit needs a subcommand: list or verify.")
                                    : Cli::tr("Unknown audit subcommand \"%1\".").arg(printable(sub)));
}

} // namespace custos::cli
