#pragma once

// A compliance report as data (title, period, summary paragraphs, tables) and its two renderings:
// CSV for a spreadsheet and a paginated, fax-friendly PDF (black on white, nothing under 10 pt,
// a repeated header row on every page, "Page N of M" and the signing-key fingerprint in the footer).
//
// Tables may hold their rows in memory or stream them from a source (the access report over a
// million audit events never holds them all), so both renderers report progress and can be
// cancelled between rows. The output is built in memory: the caller signs the bytes and writes
// file and signature atomically (documents::issueFile), so a cancelled export leaves no file.

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPageSize>
#include <QString>
#include <QStringList>
#include <functional>

namespace custos::reports {

// Called with the rows rendered so far and the total expected (0 when unknown); returning
// false cancels the rendering (Errc::Cancelled).
using Progress = std::function<bool(qint64 done, qint64 total)>;

// Receives one row; returns false to stop the source early (the renderer was cancelled).
using RowSink = std::function<bool(const QStringList& row)>;
// Feeds every row of a table to the sink, in order. May be called more than once (the PDF lays
// out twice to know the page count): it must give the same rows each time.
using RowSource = std::function<Result<void>(const RowSink& sink)>;

struct ReportTable
{
    QString title;            // heading above the table (PDF) and section marker (CSV)
    QStringList columns;      // header row
    QList<int> columnWeights; // relative widths in the PDF (empty: equal)
    QList<QStringList> rows;  // in-memory rows, used when `source` is empty
    RowSource source;         // streamed rows
    qint64 expectedRows = -1; // for progress with a source (-1: unknown)
    QString emptyText;        // printed instead of the table when it has no rows

    qint64 rowCountHint() const { return source ? qMax<qint64>(expectedRows, 0) : rows.size(); }
};

struct Report
{
    QString name;     // stable id: "access", "screening", ...
    QString title;    // "Disclosure and access report"
    QString business; // the business's legal name
    QString period;   // "2026-07-01 to 2026-09-30", empty for reports without a period
    QDateTime generatedAt;
    QString generatedBy; // full name and user name of the owner
    QStringList summary; // paragraphs before the tables
    QList<ReportTable> tables;
    QStringList notes; // paragraphs after the tables (PDF only)
    // The signing key's fingerprint, printed in every page footer with how to verify the file.
    QString signingFingerprint;
    bool landscape = false; // for tables too wide for a portrait page
};

class ReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)
public:
    // CSV (UTF-8 with BOM, CRLF, formula-injection-safe cells, see documents/Csv.h): a header
    // block (report, business, period, generated, fingerprint, summary), then per table a blank
    // line, a line with its title, its header row and its rows.
    static Result<QByteArray> toCsv(const Report& report, const Progress& progress = {});

    // The PDF, paginated by hand with QPainter so a report of thousands of pages is laid out in
    // linear time. Needs a QGuiApplication (fonts).
    static Result<QByteArray> toPdf(const Report& report, QPageSize::PageSizeId pageSize = QPageSize::A4,
                                    const Progress& progress = {});

    // Footer and signature text printed on each page, e.g. for the statement.
    static QString verifyHint();
};

} // namespace custos::reports
