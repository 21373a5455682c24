#pragma once

// Owners' compliance reports, each exported as PDF or CSV with a detached signature FILE.sig
// (documents::issueFile): who saw and exported what, staff screening, passwords and accounts,
// the data inventory with PCI DSS 3.2.1's retention check, the GDPR Art. 30 records of
// processing, and a customer-facing privacy and security statement (PDF only).
//
// Every report needs Permission::ExportComplianceReports (owners); a refusal is audited as
// report.exported "denied". An export is audited report.exported on "report:<name>" and recorded
// in issued_documents, in one transaction committed after the file and its signature are on disk.

#include "core/Result.h"
#include "documents/Signing.h"
#include "reports/ReportWriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPageSize>
#include <QString>
#include <optional>
#include <utility>

namespace custos {
class Session;
}

namespace custos::reports {

enum class ReportKind { Access, Screening, Accounts, Inventory, Processing, Statement };
enum class ReportFormat { Pdf, Csv };

struct ReportInfo
{
    ReportKind kind = ReportKind::Access;
    QString name;            // stable: "access", "screening", "accounts", "inventory", "processing", "statement"
    QString title;           // translated
    QString description;     // translated, one line
    bool usesPeriod = false; // false: the report shows the state today
    bool csv = true;         // the statement is a PDF only
};

// In the order the Reports page lists them.
QList<ReportInfo> allReports();
ReportInfo reportInfo(ReportKind kind);
std::optional<ReportKind> reportKindFromName(const QString& name);

// The last complete calendar quarter before `today` (the default range).
std::pair<QDate, QDate> lastQuarter(const QDate& today);
// "access-report-2026-Q3.pdf", "access-report-2026-07-01-to-2026-08-15.csv",
// "screening-report-2026-10-02.pdf" (reports without a period carry the day of `today`).
QString suggestedFileName(ReportKind kind, const QDate& from, const QDate& to, ReportFormat format, const QDate& today);

struct ExportRequest
{
    ReportKind kind = ReportKind::Access;
    QDate from; // local days, inclusive (ignored by reports without a period)
    QDate to;
    ReportFormat format = ReportFormat::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
};

class ComplianceReports
{
    Q_DECLARE_TR_FUNCTIONS(ComplianceReports)
public:
    explicit ComplianceReports(Session& session) : m_session(session) {}

    // The report as data (permission checked and refusals audited). Streamed tables read the
    // vault when rendered, so the report must be rendered while the session is open.
    Result<Report> build(ReportKind kind, const QDate& from, const QDate& to);

    // Builds, renders (progress; false from the callback cancels: Errc::Cancelled and no file),
    // signs and writes `path` and `path.sig`, audited and recorded. Errc::Invalid for a range
    // whose start is after its end, or a CSV of the statement.
    Result<documents::IssuedFile> exportReport(const ExportRequest& request, const QString& path,
                                               const Progress& progress = {});

private:
    Result<Report> accessReport(const QDate& from, const QDate& to);
    Result<Report> screeningReport();
    Result<Report> accountsReport(const QDate& from, const QDate& to);
    Result<Report> inventoryReport();
    Result<Report> processingReport();
    Result<Report> statement();
    Report skeleton(ReportKind kind, const QDate& from, const QDate& to) const;

    Session& m_session;
};

} // namespace custos::reports
