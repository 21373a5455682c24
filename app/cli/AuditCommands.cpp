// `audit list` and `audit verify`.
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

int runList(GlobalOptions options, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption limitOption(QStringLiteral("limit"), QString(), QStringLiteral("N"));
    const QCommandLineOption actionOption(QStringLiteral("action"), QString(), QStringLiteral("ACTION"));
    const QCommandLineOption tsvOption(QStringLiteral("tsv"));
    parser.addOptions({limitOption, actionOption, tsvOption});
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
    const bool tsv = parser.isSet(tsvOption);

    SecretInput input(options.passwordStdin);
    SignedIn s;
    if (const int rc = signIn(options, input, s); rc != kExitOk)
        return rc;
    if (s.session->employee().role == Role::Clerk)
        return refuse(*s.session, audit::kAuditRead,
                      Cli::tr("Clerks cannot read the audit log. Ask a manager or an owner."));
    // Record the access before showing anything: no reading the log without leaving a trace.
    const QString details = query.action.isEmpty()
                                ? QStringLiteral("limit=%1").arg(query.limit)
                                : QStringLiteral("limit=%1 action=%2").arg(query.limit).arg(query.action.left(64));
    if (auto recorded = s.session->recordEvent(audit::kAuditRead, QString(), audit::kSuccess, details); !recorded)
        return fail(recorded.error());
    auto events = s.session->auditLog().recent(query);
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
    if (s.session->employee().role != Role::Owner)
        return refuse(*s.session, audit::kAuditVerify, Cli::tr("Only an owner can verify the audit log."));

    auto verification = s.session->auditLog().verify();
    if (!verification)
        return fail(verification.error());
    const AuditLog::Verification& v = verification.value();
    const QString details =
        v.intact ? QStringLiteral("events=%1").arg(v.eventCount)
                 : QStringLiteral("events=%1 first_bad=%2").arg(v.eventCount).arg(v.firstBadSeq.value_or(0));
    const auto recorded =
        s.session->recordEvent(audit::kAuditVerify, QString(), v.intact ? audit::kSuccess : audit::kFailure, details);

    if (!v.intact) {
        printError(Cli::tr("Audit chain broken at event %1: %2 (events checked: %3.) The log was altered outside "
                           "Custos; keep this vault and its backups for investigation.")
                       .arg(QString::number(v.firstBadSeq.value_or(0)), v.problem, QString::number(v.eventCount)));
        return kExitVerifyFailed;
    }
    printOut(Cli::tr("Audit chain intact: %1 events").arg(v.eventCount));
    if (!recorded)
        return fail(recorded.error());
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
