// Compliance reports over a large audit log (docs/performance.md, "Reports").
//
//   bench_reports [--events N] [--pdf-rows N] [--keep DIR]
//
// Builds a fresh vault in a temporary folder (or DIR), appends N access events (default
// 1,000,000) spread over the first quarter of 2026 plus --pdf-rows events (default 1,560) on
// 2026-04-15, all in one transaction with a valid hash chain, then times:
//   - the access report over the quarter to CSV (build, render, sign, write),
//   - the access report of 2026-04-15 to PDF (about 100 pages),
// and prints the figures, file sizes, page count and peak memory.
#include "BenchCommon.h"
#include "audit/AuditLog.h"
#include "documents/Signing.h"
#include "reports/ComplianceReports.h"
#include "storage/Database.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdlib>

using namespace custos;
using namespace Qt::StringLiterals;
using bench::must;
using bench::out;

namespace {

// Appends `count` events between `from` and `to` (UTC), continuing the hash chain.
void appendEvents(Session& session, qint64 count, const QDateTime& from, const QDateTime& to)
{
    storage::Database& db = session.database();
    auto head = must(db.prepare(u"SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"_s), "head");
    must(head.step(), "head step");
    qint64 seq = head.int64(0);
    QByteArray prev = head.blob(1);
    auto insert = must(db.prepare(u"INSERT INTO audit_events (seq, at, actor_id, actor_name, action, target, outcome, "
                                  "details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s),
                       "prepare insert");
    const qint64 spanMs = from.msecsTo(to);
    const Employee& who = session.employee();
    for (qint64 i = 0; i < count; ++i) {
        AuditEvent e;
        e.seq = ++seq;
        e.at = fromStorageTime(toStorageTime(from.addMSecs(spanMs * i / qMax<qint64>(count, 1))));
        e.actorId = who.id;
        e.actorName = who.username;
        switch (i % 10) {
        case 0:
            e.action = audit::kCardCopied;
            break;
        case 1:
            e.action = u"orders.exported"_s;
            e.details = u"rows=120"_s;
            break;
        case 2:
            e.action = audit::kAuditRead;
            e.outcome = audit::kDenied;
            e.details = u"role=clerk"_s;
            break;
        default:
            e.action = audit::kCardRevealed;
            e.details = u"reason=Chargeback dispute from the acquiring bank"_s;
        }
        e.target = u"order:2026-%1"_s.arg(i % 999999 + 1, 6, 10, QLatin1Char('0'));
        e.prevHash = prev;
        e.hash = AuditLog::chainHash(prev, e);
        prev = e.hash;
        insert.reset();
        insert.bind(1, e.seq)
            .bind(2, toStorageTime(e.at))
            .bind(3, e.actorId)
            .bind(4, e.actorName)
            .bind(5, e.action)
            .bind(6, e.target)
            .bind(7, e.outcome)
            .bind(8, e.details)
            .bind(9, e.prevHash)
            .bind(10, e.hash);
        must(insert.exec(), "insert event");
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDF
    const QStringList args = app.arguments();
    const qint64 events = bench::option(args, u"--events"_s, u"1000000"_s).toLongLong();
    const qint64 pdfRows = bench::option(args, u"--pdf-rows"_s, u"1560"_s).toLongLong();
    QTemporaryDir temp;
    const QString dir = bench::option(args, u"--keep"_s, temp.path() + u"/vault"_s);

    Vault::NewAccount owner;
    owner.username = u"owner"_s;
    owner.fullName = u"Bench Owner"_s;
    owner.password = crypto::SecureBytes::fromUtf8(bench::defaultPassword());
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    BusinessProfile business;
    business.legalName = u"Bench Stationers Ltd."_s;
    business.phone = u"+44 1326 000000"_s;
    auto vault = must(Vault::create(dir, business, owner, must(recovery::generateCode(), "code"), {}, Clock::system()),
                      "create vault");
    auto session = must(vault->signIn(owner.username, owner.password), "sign in");

    QElapsedTimer t;
    t.start();
    {
        auto tx = must(storage::Transaction::begin(session->database()), "begin");
        appendEvents(*session, events, QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC),
                     QDateTime(QDate(2026, 3, 31), QTime(23, 0), Qt::UTC));
        appendEvents(*session, pdfRows, QDateTime(QDate(2026, 4, 15), QTime(1, 0), Qt::UTC),
                     QDateTime(QDate(2026, 4, 15), QTime(22, 0), Qt::UTC));
        must(tx.commit(), "commit");
    }
    out() << "vault: " << events << " + " << pdfRows << " audit events appended in " << qRound(bench::msSince(t))
          << " ms; " << bench::mib(bench::vaultBytes(dir)) << Qt::endl;

    reports::ComplianceReports reports(*session);
    int progressCalls = 0;
    const auto progress = [&progressCalls](qint64, qint64) {
        ++progressCalls;
        return true;
    };

    reports::ExportRequest csv;
    csv.kind = reports::ReportKind::Access;
    csv.format = reports::ReportFormat::Csv;
    csv.from = QDate(2026, 1, 1);
    csv.to = QDate(2026, 3, 31);
    const QString csvPath = temp.path() + u"/access.csv"_s;
    t.restart();
    auto csvIssued = must(reports.exportReport(csv, csvPath, progress), "CSV export");
    const double csvMs = bench::msSince(t);
    out() << "access report CSV, " << events << " events: " << qRound(csvMs) << " ms ("
          << qRound(double(events) / (csvMs / 1000.0)) << " rows/s), " << bench::mib(QFileInfo(csvPath).size()) << ", "
          << progressCalls << " progress calls, peak RSS " << bench::peakMemory() << Qt::endl;

    reports::ExportRequest pdf = csv;
    pdf.format = reports::ReportFormat::Pdf;
    pdf.from = pdf.to = QDate(2026, 4, 15);
    const QString pdfPath = temp.path() + u"/access.pdf"_s;
    progressCalls = 0;
    t.restart();
    auto pdfIssued = must(reports.exportReport(pdf, pdfPath, progress), "PDF export");
    const double pdfMs = bench::msSince(t);
    QFile pdfFile(pdfPath);
    int pages = 0;
    if (pdfFile.open(QIODevice::ReadOnly))
        pages = int(QString::fromLatin1(pdfFile.readAll()).count(QRegularExpression(u"/Type\\s*/Page\\b"_s)));
    out() << "access report PDF, " << pdfRows << " events: " << qRound(pdfMs) << " ms, " << pages << " pages ("
          << (pages > 0 ? qRound(pdfMs / pages) : 0) << " ms/page), " << bench::mib(QFileInfo(pdfPath).size())
          << ", peak RSS " << bench::peakMemory() << Qt::endl;

    auto keys = must(documents::signingKeys(session->database()), "keys");
    auto verified = must(documents::verifyFile(csvPath, csvIssued.signaturePath, {keys.first().publicKey}), "verify");
    out() << "CSV signature " << (verified.valid ? "valid" : "NOT VALID") << "; PDF signature "
          << (must(documents::verifyFile(pdfPath, pdfIssued.signaturePath, {keys.first().publicKey}), "verify").valid
                  ? "valid"
                  : "NOT VALID")
          << Qt::endl;
    return 0;
}
