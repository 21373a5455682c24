#include "reports/ReportWriter.h"

#include "documents/Csv.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QPen>
#include <QTextLayout>
#include <optional>

namespace custos::reports {
namespace {

constexpr int kProgressEvery = 256; // rows between progress callbacks
constexpr int kMaxCellChars = 2000; // a cell longer than this is cut (with a marker) in the PDF
constexpr int kResolution = 300;    // dots per inch of the PDF's coordinate system
constexpr qreal kMarginMm = 15.0;
const QString kFontFamily = QStringLiteral("DejaVu Sans");

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportWriter", text);
}

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

Error cancelled()
{
    return Error{tr("The export was cancelled; no file was written."), Errc::Cancelled};
}

// Counts rows across the whole rendering and asks the callback every kProgressEvery rows.
class ProgressCounter
{
public:
    ProgressCounter(const Progress& progress, qint64 total) : m_progress(progress), m_total(total) {}
    // False when the user cancelled.
    bool step()
    {
        ++m_done;
        if (!m_progress || m_done % kProgressEvery != 0)
            return true;
        return m_progress(m_done, qMax(m_total, m_done));
    }
    bool finish() { return !m_progress || m_progress(qMax(m_total, m_done), qMax(m_total, m_done)); }

private:
    const Progress& m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
};

qint64 totalRows(const Report& report)
{
    qint64 total = 0;
    for (const ReportTable& table : report.tables)
        total += table.rowCountHint();
    return total;
}

// Runs the table's rows through `visit`, from memory or from its source. Errc::Cancelled when
// `visit` returned false.
Result<void> forEachRow(const ReportTable& table, const std::function<bool(const QStringList&)>& visit)
{
    bool stopped = false;
    if (table.source) {
        CUSTOS_TRY(table.source([&](const QStringList& row) {
            if (!visit(row)) {
                stopped = true;
                return false;
            }
            return true;
        }));
    } else {
        for (const QStringList& row : table.rows) {
            if (!visit(row)) {
                stopped = true;
                break;
            }
        }
    }
    if (stopped)
        return cancelled();
    return success();
}

// ---- PDF -------------------------------------------------------------------------------------

// Lays `text` out in lines of `width`: at word boundaries, or anywhere within a word longer than
// a line (a long e-mail address in a narrow column). Returns the height.
qreal layOut(QTextLayout& layout, qreal width)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    qreal y = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

QString withLineSeparators(QString text)
{
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return text;
}

// Lays the report out page by page. Run once with no painter to count the pages, then again to
// paint them with "Page N of M".
class PdfLayout
{
public:
    PdfLayout(QPdfWriter& writer, const Report& report, QPainter* painter, int totalPages, ProgressCounter& progress)
        : m_writer(writer), m_report(report), m_painter(painter), m_totalPages(totalPages), m_progress(progress)
    {
        const QRect page = writer.pageLayout().paintRectPixels(writer.resolution());
        m_width = page.width();
        m_height = page.height();
        m_body = QFont(kFontFamily);
        m_body.setPointSizeF(10);
        // No ligatures: "ﬀ" in "Staff" would reach pdftotext, search and copy-paste as one glyph.
        m_body.setStyleStrategy(QFont::PreferNoShaping);
        m_bold = m_body;
        m_bold.setBold(true);
        m_heading = m_bold;
        m_heading.setPointSizeF(12);
        m_title = m_bold;
        m_title.setPointSizeF(16);
        m_lineHeight = QFontMetricsF(m_body, &m_writer).lineSpacing();
        m_padding = m_lineHeight * 0.25;
        // Two lines of footer text with a rule above it.
        m_footerTop = m_height - 3.0 * m_lineHeight;
    }

    Result<void> run()
    {
        startPage();
        paragraph(m_report.title, m_title);
        QStringList meta;
        meta << m_report.business;
        if (!m_report.period.isEmpty())
            meta << tr("Period: %1").arg(m_report.period);
        meta << tr("Generated %1 by %2").arg(timeText(m_report.generatedAt), m_report.generatedBy);
        paragraph(meta.join(QLatin1Char('\n')), m_body);
        space(0.5);
        for (const QString& text : m_report.summary) {
            paragraph(text, m_body);
            space(0.3);
        }
        for (const ReportTable& table : m_report.tables)
            CUSTOS_TRY(writeTable(table));
        for (const QString& text : m_report.notes) {
            space(0.3);
            paragraph(text, m_body);
        }
        finishPage();
        return success();
    }

    int pages() const { return m_page; }

private:
    bool fitsOneLine(const QString& text, const QFont& font, qreal width) const
    {
        return !text.contains(QLatin1Char('\n')) && QFontMetricsF(font, &m_writer).horizontalAdvance(text) <= width;
    }

    qreal textHeight(const QString& text, const QFont& font, qreal width) const
    {
        if (fitsOneLine(text, font, width))
            return QFontMetricsF(font, &m_writer).lineSpacing();
        QTextLayout layout(withLineSeparators(text), font, &m_writer);
        return layOut(layout, width);
    }

    // Paints `text` wrapped into the width of `box`, from its top left corner.
    void drawWrapped(const QRectF& box, const QString& text, const QFont& font)
    {
        QPainter& p = *m_painter;
        p.setPen(Qt::black);
        if (fitsOneLine(text, font, box.width())) {
            p.setFont(font);
            p.drawText(box, Qt::AlignLeft | Qt::AlignTop, text);
            return;
        }
        QTextLayout layout(withLineSeparators(text), font, &m_writer);
        layOut(layout, box.width());
        layout.draw(&p, box.topLeft());
    }

    void startPage()
    {
        ++m_page;
        m_y = 0;
    }

    void finishPage()
    {
        if (!m_painter)
            return;
        QPainter& p = *m_painter;
        p.setPen(QPen(Qt::black, 2));
        p.drawLine(QPointF(0, m_footerTop), QPointF(m_width, m_footerTop));
        p.setFont(m_body);
        const QString pageText =
            m_totalPages > 0 ? tr("Page %1 of %2").arg(m_page).arg(m_totalPages) : tr("Page %1").arg(m_page);
        const QRectF line1(0, m_footerTop + m_padding, m_width, m_lineHeight);
        p.drawText(
            line1, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(m_body, &m_writer)
                .elidedText(m_report.business + QStringLiteral(" — ") + m_report.title, Qt::ElideRight, m_width * 0.7));
        p.drawText(line1, Qt::AlignRight | Qt::AlignVCenter, pageText);
        const QString key =
            m_report.signingFingerprint.isEmpty()
                ? tr("Unsigned copy")
                : tr("Signing key %1 · verify with: custos-cli verify FILE").arg(m_report.signingFingerprint);
        p.drawText(QRectF(0, m_footerTop + m_padding + m_lineHeight, m_width, 2 * m_lineHeight),
                   Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, key);
    }

    void newPage()
    {
        finishPage();
        if (m_painter)
            m_writer.newPage();
        startPage();
    }

    void ensureRoom(qreal height)
    {
        if (m_y > 0 && m_y + height > m_footerTop - m_padding)
            newPage();
    }

    void space(qreal lines) { m_y += lines * m_lineHeight; }

    void paragraph(const QString& text, const QFont& font)
    {
        // Paragraphs are short; one that does not fit the rest of the page starts a new one.
        const qreal h = textHeight(text, font, m_width);
        ensureRoom(h);
        if (m_painter)
            drawWrapped(QRectF(0, m_y, m_width, h), text, font);
        m_y += h;
    }

    QList<qreal> columnWidths(const ReportTable& table) const
    {
        const int n = int(table.columns.size());
        qreal sum = 0;
        for (int i = 0; i < n; ++i)
            sum += qMax(1, table.columnWeights.value(i, 1));
        QList<qreal> widths;
        for (int i = 0; i < n; ++i)
            widths << m_width * qMax(1, table.columnWeights.value(i, 1)) / sum;
        return widths;
    }

    qreal rowHeight(const QStringList& cells, const QList<qreal>& widths, const QFont& font) const
    {
        qreal h = m_lineHeight;
        for (int i = 0; i < widths.size(); ++i)
            h = qMax(h, textHeight(cellText(cells.value(i)), font, widths[i] - 2 * m_padding));
        // A row never grows beyond one page body (it is clipped there).
        return qMin(h + 2 * m_padding, m_footerTop - m_padding - 4 * m_lineHeight);
    }

    static QString cellText(const QString& text)
    {
        if (text.size() <= kMaxCellChars)
            return text;
        return text.left(kMaxCellChars) + QStringLiteral(" […]");
    }

    void drawRow(const QStringList& cells, const QList<qreal>& widths, const QFont& font, qreal height, bool header)
    {
        if (m_painter) {
            QPainter& p = *m_painter;
            p.setFont(font);
            p.setPen(QPen(Qt::black, header ? 3 : 1));
            qreal x = 0;
            for (int i = 0; i < widths.size(); ++i) {
                const QRectF cell(x, m_y, widths[i], height);
                p.save();
                p.setClipRect(cell);
                drawWrapped(cell.adjusted(m_padding, m_padding, -m_padding, -m_padding), cellText(cells.value(i)),
                            font);
                p.restore();
                x += widths[i];
            }
            p.drawLine(QPointF(0, m_y + height), QPointF(m_width, m_y + height));
        }
        m_y += height;
    }

    void tableHeader(const ReportTable& table, const QList<qreal>& widths, bool continued)
    {
        const QString title = continued ? tr("%1 (continued)").arg(table.title) : table.title;
        const qreal headerHeight = rowHeight(table.columns, widths, m_bold);
        if (!title.isEmpty()) {
            const qreal h = textHeight(title, m_heading, m_width);
            // Keep the title with the header row and at least one row.
            ensureRoom(h + headerHeight + 2 * m_lineHeight + m_lineHeight);
            m_y += m_lineHeight * 0.5;
            if (m_painter)
                drawWrapped(QRectF(0, m_y, m_width, h), title, m_heading);
            m_y += h + m_padding;
        }
        drawRow(table.columns, widths, m_bold, headerHeight, true);
    }

    Result<void> writeTable(const ReportTable& table)
    {
        const QList<qreal> widths = columnWidths(table);
        tableHeader(table, widths, false);
        bool any = false;
        auto result = forEachRow(table, [&](const QStringList& row) {
            any = true;
            const qreal h = rowHeight(row, widths, m_body);
            if (m_y + h > m_footerTop - m_padding) {
                newPage();
                tableHeader(table, widths, true);
            }
            drawRow(row, widths, m_body, h, false);
            return m_progress.step();
        });
        CUSTOS_TRY(result);
        if (!any && !table.emptyText.isEmpty()) {
            space(0.3);
            paragraph(table.emptyText, m_bold);
        }
        return success();
    }

    QPdfWriter& m_writer;
    const Report& m_report;
    QPainter* m_painter = nullptr;
    int m_totalPages = 0;
    ProgressCounter& m_progress;
    QFont m_body, m_bold, m_heading, m_title;
    qreal m_width = 0, m_height = 0, m_lineHeight = 0, m_padding = 0, m_footerTop = 0;
    qreal m_y = 0;
    int m_page = 0;
};

void setUpWriter(QPdfWriter& writer, const Report& report, QPageSize::PageSizeId pageSize)
{
    writer.setResolution(kResolution);
    writer.setTitle(report.title);
    writer.setCreator(QStringLiteral("Custos"));
    writer.setPageLayout(QPageLayout(QPageSize(pageSize),
                                     report.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
}

} // namespace

QString ReportWriter::verifyHint()
{
    return tr("Verify this file with: custos-cli verify FILE — or with OpenSSL and the exported public key: "
              "openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig");
}

Result<QByteArray> ReportWriter::toCsv(const Report& report, const Progress& progress)
{
    ProgressCounter counter(progress, totalRows(report));
    QByteArray out = csv::kUtf8Bom;
    const auto line = [&out](const QStringList& cells) { out += csv::encodeRow(cells); };
    line({tr("Report"), report.title});
    line({tr("Business"), report.business});
    if (!report.period.isEmpty())
        line({tr("Period"), report.period});
    line({tr("Generated"), timeText(report.generatedAt)});
    line({tr("Generated by"), report.generatedBy});
    if (!report.signingFingerprint.isEmpty()) {
        line({tr("Signing key"), report.signingFingerprint});
        line({tr("Verify"), verifyHint()});
    }
    for (const QString& paragraph : report.summary)
        line({tr("Summary"), paragraph});
    for (const ReportTable& table : report.tables) {
        out += "\r\n";
        line({table.title});
        line(table.columns);
        bool any = false;
        CUSTOS_TRY(forEachRow(table, [&](const QStringList& row) {
            any = true;
            line(row);
            return counter.step();
        }));
        if (!any && !table.emptyText.isEmpty())
            line({table.emptyText});
    }
    if (!counter.finish())
        return cancelled();
    return out;
}

Result<QByteArray> ReportWriter::toPdf(const Report& report, QPageSize::PageSizeId pageSize, const Progress& progress)
{
    // Pass 1 counts the pages (no painting), pass 2 paints them; progress covers both.
    ProgressCounter counter(progress, 2 * totalRows(report));
    int pages = 0;
    {
        QBuffer scratch;
        QPdfWriter measuring(&scratch);
        setUpWriter(measuring, report, pageSize);
        PdfLayout layout(measuring, report, nullptr, 0, counter);
        CUSTOS_TRY(layout.run());
        pages = layout.pages();
    }

    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{tr("Could not prepare the PDF in memory."), Errc::Io};
    {
        QPdfWriter writer(&buffer);
        setUpWriter(writer, report, pageSize);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("Could not start the PDF."), Errc::Io};
        PdfLayout layout(writer, report, &painter, pages, counter);
        auto laidOut = layout.run();
        painter.end();
        CUSTOS_TRY(laidOut);
    }
    buffer.close();
    if (!counter.finish())
        return cancelled();
    if (bytes.isEmpty())
        return Error{tr("Could not render the PDF."), Errc::Io};
    return bytes;
}

} // namespace custos::reports
