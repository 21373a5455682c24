// Compliance reports: every report as PDF (checked with pdftotext) and CSV (parsed), signed and
// verifiable; the access report's counts against events made here; refusals, empty ranges,
// cancelling, pagination, and no card number in any of them.
#include "audit/AuditLog.h"
#include "documents/Csv.h"
#include "documents/Signing.h"
#include "orders/OrderService.h"
#include "reports/ComplianceReports.h"
#include "reports/ReportWriter.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::test;
using namespace custos::reports;
using namespace Qt::StringLiterals;

namespace {

const QString kManagerPassword = u"copper-Lantern-meadow-41"_s;
const QString kClerkPassword = u"velvet-Harbour-quartz-73"_s;
const QString kPan = u"4242424242424242"_s;

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// pdftotext in reading order (not -layout): a table cell's wrapped lines stay together.
QString pdfFlowText(const QString& path)
{
    const CliRun r = runProcess(u"pdftotext"_s, {path, u"-"_s});
    return r.code == 0 ? r.out : QString();
}

QDateTime at(int month, int day, int hour = 12)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), Qt::UTC);
}

// The CSV rows whose first cell is `first`.
QList<QStringList> rowsStartingWith(const csv::Table& table, const QString& first)
{
    QList<QStringList> out;
    if (table.header.value(0) == first)
        out << table.header;
    for (const QStringList& row : table.rows)
        if (row.value(0) == first)
            out << row;
    return out;
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    ManualClock m_clock{at(1, 5)};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_owner;
    QList<QByteArray> m_publicKeys;
    QString m_fingerprint;

    QString out(const QString& name) const { return m_out.filePath(name); }

    std::unique_ptr<Session> signInAs(const QString& user, const QString& password)
    {
        auto s = signIn(*m_vault, user, password);
        if (!s)
            qWarning("%s", qPrintable(s.errorMessage()));
        return s ? std::move(s.value()) : nullptr;
    }

    Result<documents::IssuedFile> exportAs(Session& session, ReportKind kind, ReportFormat format, const QString& path,
                                           QDate from = QDate(2026, 1, 1), QDate to = QDate(2026, 3, 31),
                                           const Progress& progress = {})
    {
        ExportRequest request;
        request.kind = kind;
        request.format = format;
        request.from = from;
        request.to = to;
        return ComplianceReports(session).exportReport(request, path, progress);
    }

    bool verifies(const QString& path)
    {
        auto v = documents::verifyFile(path, path + u".sig"_s, m_publicKeys);
        return v && v->valid;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_out.isValid());
        if (qEnvironmentVariableIsSet("CUSTOS_TEST_KEEP_OUTPUT")) { // to look at the PDFs
            m_out.setAutoRemove(false);
            qInfo("reports in %s", qPrintable(m_out.path()));
        }
        auto vault = createVault(m_dir.path(), m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        m_vault = std::move(vault.value());
        auto owner = signIn(*m_vault, kOwnerUser, kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        m_owner = std::move(owner.value());
        auto manager = addEmployee(*m_vault, *m_owner, u"mark"_s, u"Mark Manager"_s, Role::Manager, kManagerPassword);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        QVERIFY(addEmployee(*m_vault, *m_owner, u"carla"_s, u"Carla Clerk"_s, Role::Clerk, kClerkPassword));
        QVERIFY(recordClearedCheck(*m_vault, *m_owner, manager.value(), m_clock.nowUtc().date()));

        // A card order, charged with a 60-day retention: its sealed number falls due on 6 March,
        // after the last sign-in below (every sign-in purges what is due), so the inventory
        // report run in May finds it waiting.
        QVERIFY(OrderService(*m_owner).setCardRetentionDays(60));
        auto customer = addCustomer(*m_owner);
        QVERIFY2(customer, qPrintable(customer.errorMessage()));
        auto order = addOrder(*m_owner, customer.value(), kPan);
        QVERIFY2(order, qPrintable(order.errorMessage()));
        auto orderId = OrderService(*m_owner).getByNumber(order.value());
        QVERIFY(orderId);
        QVERIFY(OrderService(*m_owner).changeStatus(orderId->id, OrderStatus::Charged));

        auto keys = documents::signingKeys(m_owner->database());
        QVERIFY(keys);
        for (const auto& k : keys.value())
            m_publicKeys << k.publicKey;
        m_fingerprint = keys->first().fingerprint;

        // Events inside Q1 2026 ...
        m_clock.set(at(2, 10));
        auto mark = signInAs(u"mark"_s, kManagerPassword);
        QVERIFY(mark);
        for (int i = 0; i < 3; ++i)
            QVERIFY(mark->recordEvent(audit::kCardRevealed, u"order:2026-00000%1"_s.arg(i + 1), audit::kSuccess,
                                      u"reason=chargeback"_s));
        QVERIFY(mark->recordEvent(audit::kCardCopied, u"order:2026-000001"_s));
        QVERIFY(mark->recordEvent(u"orders.exported"_s, u"orders"_s, audit::kSuccess, u"rows=12"_s));
        mark.reset();
        m_clock.set(at(3, 2));
        auto carla = signInAs(u"carla"_s, kClerkPassword);
        QVERIFY(carla);
        QVERIFY(carla->recordEvent(audit::kCardRevealed, u"order:2026-000001"_s, audit::kDenied, u"role"_s));
        QVERIFY(carla->recordEvent(audit::kAuditRead, QString(), audit::kDenied, u"role=clerk"_s));
        QVERIFY(carla->recordEvent(audit::kDocumentPrinted, u"form:F-000001"_s)); // not an access event
        carla.reset();
        QVERIFY(m_owner->recordEvent(audit::kDocumentSaved, u"order:2026-000001"_s));
        // ... and outside it.
        m_clock.set(at(4, 2));
        QVERIFY(m_owner->recordEvent(audit::kCardRevealed, u"order:2026-000001"_s));
        m_clock.set(at(5, 20));
    }

    void catalogueAndNames()
    {
        QCOMPARE(allReports().size(), 6);
        QVERIFY(reportKindFromName(u"ACCESS"_s) == std::optional<ReportKind>(ReportKind::Access));
        QVERIFY(!reportKindFromName(u"bogus"_s));
        QCOMPARE(lastQuarter(QDate(2026, 5, 20)), std::make_pair(QDate(2026, 1, 1), QDate(2026, 3, 31)));
        QCOMPARE(lastQuarter(QDate(2026, 1, 3)), std::make_pair(QDate(2025, 10, 1), QDate(2025, 12, 31)));
        QCOMPARE(suggestedFileName(ReportKind::Access, QDate(2026, 7, 1), QDate(2026, 9, 30), ReportFormat::Pdf,
                                   QDate(2026, 10, 2)),
                 u"access-report-2026-Q3.pdf"_s);
        QCOMPARE(suggestedFileName(ReportKind::Access, QDate(2026, 7, 1), QDate(2026, 8, 15), ReportFormat::Csv,
                                   QDate(2026, 10, 2)),
                 u"access-report-2026-07-01-to-2026-08-15.csv"_s);
        QCOMPARE(suggestedFileName(ReportKind::Screening, {}, {}, ReportFormat::Pdf, QDate(2026, 10, 2)),
                 u"screening-report-2026-10-02.pdf"_s);
        QCOMPARE(suggestedFileName(ReportKind::Statement, {}, {}, ReportFormat::Pdf, QDate(2026, 10, 2)),
                 u"privacy-and-security-statement-2026-10-02.pdf"_s);
    }

    void accessReportCsvCountsMatchEvents()
    {
        const QString path = out(u"access.csv"_s);
        auto issued = exportAs(*m_owner, ReportKind::Access, ReportFormat::Csv, path);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(verifies(path));
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith(csv::kUtf8Bom));
        auto table = csv::parse(bytes);
        QVERIFY2(table, qPrintable(table.errorMessage()));

        const auto mark = rowsStartingWith(table.value(), u"Mark Manager (mark)"_s);
        QCOMPARE(mark.size(), 1);
        // Employee, Role, Reveals, Copies, Exports, Denied, Failed, Events
        QCOMPARE(mark.first().mid(2), (QStringList{u"3"_s, u"1"_s, u"1"_s, u"0"_s, u"0"_s, u"5"_s}));
        const auto carla = rowsStartingWith(table.value(), u"Carla Clerk (carla)"_s);
        QCOMPARE(carla.size(), 1);
        QCOMPARE(carla.first().mid(2), (QStringList{u"0"_s, u"0"_s, u"0"_s, u"2"_s, u"0"_s, u"2"_s}));
        const auto olivia = rowsStartingWith(table.value(), u"Olivia Owner (olivia)"_s);
        QCOMPARE(olivia.size(), 1);
        QCOMPARE(olivia.first().mid(2), (QStringList{u"0"_s, u"0"_s, u"1"_s, u"0"_s, u"0"_s, u"1"_s}));

        // Detail rows: the events in range, each once; the April reveal and the printed form are not.
        int details = 0, revealed = 0;
        for (const QStringList& row : table->rows) {
            if (row.size() == 7 && row.value(2).size() > 0 && row.value(0).toLongLong() > 0) {
                ++details;
                if (row.value(3) == u"Card number revealed"_s && row.value(5) == u"success"_s)
                    ++revealed;
                QVERIFY(!row.value(1).startsWith(u"2026-04"_s));
            }
        }
        QCOMPARE(details, 8);
        QCOMPARE(revealed, 3);
        QVERIFY(!bytes.contains(kPan.toLatin1()));
        QVERIFY(bytes.contains(m_fingerprint.toLatin1()));
    }

    void accessReportPdf()
    {
        const QString path = out(u"access.pdf"_s);
        auto issued = exportAs(*m_owner, ReportKind::Access, ReportFormat::Pdf, path);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(readAll(path).startsWith("%PDF"));
        QVERIFY(verifies(path));
        QCOMPARE(issued->fingerprint, m_fingerprint);
        const QString text = pdfText(path);
        QVERIFY2(!text.isEmpty(), "pdftotext failed");
        for (const QString& expected :
             {u"Disclosure and access"_s, u"Quayside Stationers Ltd."_s, u"2026-01-01 to 2026-03-31"_s,
              u"Mark Manager (mark)"_s, u"Card number revealed"_s, u"DENIED"_s, u"Page 1 of 1"_s,
              u"custos-cli verify FILE"_s, u"openssl pkeyutl -verify"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" missing in:\n"_s + text));
        // The fingerprint (wrapped lines may split it: compare without spaces and breaks).
        QString flat = text;
        flat.remove(QRegularExpression(u"\\s"_s));
        QVERIFY(flat.contains(QString(m_fingerprint).remove(u' ')));
        QVERIFY(!flat.contains(kPan));
    }

    void everyReportAsPdfAndCsv_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("screening") << int(ReportKind::Screening)
                                   << QStringList{u"Staff screening"_s, u"Mark Manager (mark)"_s,
                                                  u"Cleared"_s,         u"Disclosure and Barring Service"_s,
                                                  u"Key grants"_s,      u"No access review has been signed"_s};
        QTest::newRow("accounts") << int(ReportKind::Accounts)
                                  << QStringList{u"Passwords and accounts"_s, u"Carla Clerk (carla)"_s,
                                                 u"at least 12 characters"_s, u"No lock-outs in this period"_s};
        QTest::newRow("inventory") << int(ReportKind::Inventory)
                                   << QStringList{u"Data inventory and retention"_s, u"Full card number (sealed)"_s,
                                                  u"Never stored"_s, u"2026-000001"_s, u"1 sealed card number"_s};
        QTest::newRow("processing") << int(ReportKind::Processing)
                                    << QStringList{u"Records of processing"_s, u"Controller"_s,
                                                   u"privacy@quayside.example"_s, u"TR11 3HF"_s,
                                                   u"Transfers to third countries"_s};
        QTest::newRow("statement") << int(ReportKind::Statement)
                                   << QStringList{u"Privacy and security statement"_s, u"How your data is protected"_s,
                                                  u"Quayside Stationers Ltd."_s};
    }
    void everyReportAsPdfAndCsv()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, expected);
        const ReportInfo info = reportInfo(ReportKind(kind));
        const QString pdf = out(info.name + u".pdf"_s);
        auto issued = exportAs(*m_owner, ReportKind(kind), ReportFormat::Pdf, pdf);
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(verifies(pdf));
        const QString text = pdfFlowText(pdf);
        QVERIFY2(!text.isEmpty(), "pdftotext failed");
        // Cells wrap phrases across lines: compare with white space collapsed.
        const QString simple = text.simplified();
        for (const QString& e : expected)
            QVERIFY2(simple.contains(e), qPrintable(e + u" missing in:\n"_s + text));
        QVERIFY(simple.contains(u"Page 1 of"_s));
        QVERIFY(!text.contains(kPan));

        const QString csv = out(info.name + u".csv"_s);
        auto csvIssued = exportAs(*m_owner, ReportKind(kind), ReportFormat::Csv, csv);
        if (!info.csv) {
            QVERIFY(!csvIssued);
            QCOMPARE(csvIssued.errorCode(), Errc::Invalid);
            QVERIFY(!QFile::exists(csv));
            return;
        }
        QVERIFY2(csvIssued, qPrintable(csvIssued.errorMessage()));
        QVERIFY(verifies(csv));
        const QByteArray bytes = readAll(csv);
        auto table = csv::parse(bytes);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->header.value(1), info.title);
        const QString all = QString::fromUtf8(bytes);
        // The CSV carries the table text unwrapped; the first expectation is the title.
        QVERIFY(all.contains(expected.first()));
        QVERIFY(!all.contains(kPan));
    }

    void reportExportsAreAuditedAndRecorded()
    {
        AuditQuery q;
        q.action = audit::kReportExported;
        q.outcome = audit::kSuccess;
        q.limit = 1;
        auto before = m_owner->auditLog().recent(q);
        QVERIFY(before);
        auto issued = exportAs(*m_owner, ReportKind::Screening, ReportFormat::Csv, out(u"audited.csv"_s));
        QVERIFY(issued);
        auto after = m_owner->auditLog().recent(q);
        QVERIFY(after && after->size() == 1);
        QCOMPARE(after->first().target, u"report:screening"_s);
        QVERIFY(after->first().details.contains(u"format=csv"_s));
        QVERIFY(before->isEmpty() || after->first().seq > before->first().seq);
    }

    void managerIsDenied()
    {
        auto mark = signInAs(u"mark"_s, kManagerPassword);
        QVERIFY(mark);
        const QString path = out(u"denied.pdf"_s);
        auto issued = exportAs(*mark, ReportKind::Access, ReportFormat::Pdf, path);
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), Errc::Denied);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".sig"_s));
        AuditQuery q;
        q.action = audit::kReportExported;
        q.outcome = audit::kDenied;
        q.limit = 1;
        auto events = m_owner->auditLog().recent(q);
        QVERIFY(events && events->size() == 1);
        QCOMPARE(events->first().actorName, u"mark"_s);
        QCOMPARE(events->first().target, u"report:access"_s);
    }

    void emptyRangeSaysSo()
    {
        const QString pdf = out(u"empty.pdf"_s);
        auto issued =
            exportAs(*m_owner, ReportKind::Access, ReportFormat::Pdf, pdf, QDate(2020, 1, 1), QDate(2020, 3, 31));
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(pdfText(pdf).simplified().contains(u"No events in this period"_s));
        const QString csv = out(u"empty.csv"_s);
        QVERIFY(exportAs(*m_owner, ReportKind::Access, ReportFormat::Csv, csv, QDate(2020, 1, 1), QDate(2020, 3, 31)));
        QVERIFY(QString::fromUtf8(readAll(csv)).contains(u"No events in this period"_s));
        QVERIFY(verifies(csv));
    }

    void reversedRangeRefused()
    {
        auto issued = exportAs(*m_owner, ReportKind::Access, ReportFormat::Csv, out(u"reversed.csv"_s),
                               QDate(2026, 3, 31), QDate(2026, 1, 1));
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), Errc::Invalid);
        QVERIFY(!QFile::exists(out(u"reversed.csv"_s)));
    }

    void cancelLeavesNothing_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("pdf") << int(ReportFormat::Pdf);
        QTest::newRow("csv") << int(ReportFormat::Csv);
    }
    void cancelLeavesNothing()
    {
        QFETCH(int, format);
        // Enough events that the progress callback is asked more than once.
        m_clock.set(at(3, 10));
        {
            auto tx = storage::Transaction::begin(m_owner->database());
            QVERIFY(tx);
            for (int i = 0; i < 600; ++i)
                QVERIFY(m_owner->appendAudit(audit::kCardCopied, u"order:2026-000001"_s));
            QVERIFY(tx->commit());
        }
        m_clock.set(at(5, 20));
        auto docs = [this] {
            auto st = m_owner->database().prepare(u"SELECT COUNT(*) FROM issued_documents"_s);
            return st && st->step() ? st->int64(0) : -1;
        };
        const qint64 before = docs();
        const QString path = out(u"cancelled-%1"_s.arg(format));
        int calls = 0;
        auto issued = exportAs(*m_owner, ReportKind::Access, ReportFormat(format), path, QDate(2026, 1, 1),
                               QDate(2026, 3, 31), [&calls](qint64 done, qint64 total) {
                                   ++calls;
                                   return done < total / 2 && calls < 2;
                               });
        QVERIFY(!issued);
        QCOMPARE(issued.errorCode(), Errc::Cancelled);
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".sig"_s));
        QCOMPARE(docs(), before);
    }

    void longReportPaginates()
    {
        // The 600 copies above: many pages, the header row repeated, "Page N of M" on each.
        const QString path = out(u"long.pdf"_s);
        qint64 lastDone = 0, lastTotal = 0;
        auto issued = exportAs(*m_owner, ReportKind::Access, ReportFormat::Pdf, path, QDate(2026, 1, 1),
                               QDate(2026, 3, 31), [&](qint64 done, qint64 total) {
                                   lastDone = done;
                                   lastTotal = total;
                                   return true;
                               });
        QVERIFY2(issued, qPrintable(issued.errorMessage()));
        QVERIFY(lastTotal > 0);
        QCOMPARE(lastDone, lastTotal);
        QVERIFY(verifies(path));
        const QString text = pdfText(path);
        const int pages = int(text.count(u'\f')) + (text.endsWith(u'\f') ? 0 : 1);
        QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
        QVERIFY(text.contains(u"Page 2 of "_s));
        QVERIFY(text.contains(u"Events (continued)"_s));
        // Each page names the signing key in its footer.
        QVERIFY(text.count(u"custos-cli verify FILE"_s) >= pages);
    }

    void writerRendersCellsSafely()
    {
        Report r;
        r.title = u"T"_s;
        r.business = u"B"_s;
        ReportTable t;
        t.title = u"Cells"_s;
        t.columns = {u"A"_s, u"B"_s};
        t.rows = {{u"=cmd|' /C calc'!A0"_s, u"line one\nline two, \"quoted\""_s}};
        r.tables << t;
        auto csv = ReportWriter::toCsv(r);
        QVERIFY(csv);
        auto table = csv::parse(csv.value());
        QVERIFY(table);
        const auto row = rowsStartingWith(table.value(), u"'=cmd|' /C calc'!A0"_s);
        QCOMPARE(row.size(), 1);
        QCOMPARE(row.first().value(1), u"line one\nline two, \"quoted\""_s);
        auto pdf = ReportWriter::toPdf(r);
        QVERIFY(pdf && pdf->startsWith("%PDF"));
    }
};

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv); // fonts for the PDFs
    TestReports test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reports.moc"
