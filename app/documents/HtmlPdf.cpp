#include "documents/HtmlPdf.h"

#include "documents/Csv.h"

#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace custos::documents {
namespace {

void printInto(const HtmlDocument& document, QPagedPaintDevice& device)
{
    device.setPageSize(QPageSize(document.pageSize));
    // QTextDocument::print adds its own 2 cm margins to the printable area; the device's own
    // margins stay 0 so the page does not end up with both.
    device.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    QTextDocument doc;
    QFont font(QStringLiteral("DejaVu Sans"), document.baseFontPointSize);
    // No "fi"/"ff" ligature glyphs where the script does not need shaping: the PDF's text stays
    // searchable and copyable as typed (scripts that need shaping are still shaped).
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc.setDefaultFont(font);
    for (const auto& [name, image] : document.images)
        doc.addResource(QTextDocument::ImageResource, QUrl(name), image);
    doc.setHtml(document.html);
    doc.print(&device);
}

void writeInto(const HtmlDocument& document, QIODevice& out)
{
    QPdfWriter writer(&out);
    writer.setResolution(300);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("Custos"));
    printInto(document, writer);
}

} // namespace

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

void printDocument(const HtmlDocument& document, QPagedPaintDevice& device)
{
    printInto(document, device);
}

Result<QByteArray> renderPdf(const HtmlDocument& document)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Documents", "Could not prepare the PDF in memory."), Errc::Io};
    writeInto(document, buffer);
    buffer.close();
    if (bytes.isEmpty())
        return Error{QCoreApplication::translate("Documents", "Could not render the PDF."), Errc::Io};
    return bytes;
}

Result<void> writePdf(const HtmlDocument& document, const QString& path)
{
    // Rendered in memory first, then written with a check of every byte: QPdfWriter ignores
    // what QIODevice::write returns, and QFile reports a short write (the disk filling up in
    // the middle of the last write) as a success, so streaming the PDF into a QSaveFile could
    // commit a truncated file when the disk filled up near its end.
    auto bytes = renderPdf(document);
    if (!bytes)
        return bytes.error();
    return csv::writeFileAtomically(path, bytes.value());
}

Result<void> writeHtmlPdf(const QString& html, const QString& path, const PdfOptions& options)
{
    HtmlDocument document;
    document.title = options.title;
    document.html = html;
    document.pageSize = options.pageSize;
    return writePdf(document, path);
}

} // namespace custos::documents
