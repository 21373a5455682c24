#include "documents/HtmlPdf.h"

#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace custos::documents {

QString escape(const QString& text)
{
    return text.toHtmlEscaped();
}

Result<void> writeHtmlPdf(const QString& html, const QString& path, const PdfOptions& options)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QCoreApplication::translate("Documents", "Cannot write %1: %2").arg(path, file.errorString()),
                     Errc::Io};
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(options.pageSize));
        // QTextDocument::print adds its own 2 cm margins to the printable area; the writer's
        // own margins stay 0 so the page does not end up with both.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(options.title);
        writer.setCreator(options.creator);
        QTextDocument doc;
        doc.setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 11));
        doc.setHtml(html);
        doc.print(&writer);
    }
    if (!file.commit())
        return Error{QCoreApplication::translate("Documents",
                                                 "Could not finish writing %1 (%2). The disk may be full; no partial "
                                                 "file was left.")
                         .arg(path, file.errorString()),
                     Errc::Io};
    return success();
}

} // namespace custos::documents
