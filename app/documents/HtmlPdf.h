#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageSize>
#include <QPair>
#include <QString>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace custos::documents {

struct PdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString title;
    QString creator = QStringLiteral("Custos");
};

// A document as HTML (QTextDocument's subset) plus what it needs to be laid out the same on
// paper, in a PDF and in a print preview. Images are referenced from the HTML by name
// (<img src="logo">) and registered as resources, so nothing is fetched from outside.
struct HtmlDocument
{
    QString title;
    QString html;
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QList<QPair<QString, QImage>> images;
    int baseFontPointSize = 11; // fax-friendly documents never go below 10 pt
};

// Renders HTML (QTextDocument's subset) to a PDF file atomically: the file appears complete
// or not at all. Needs a QGuiApplication (fonts); the CLI creates an offscreen one.
Result<void> writeHtmlPdf(const QString& html, const QString& path, const PdfOptions& options = {});

// The same for a full document (page size, images).
Result<void> writePdf(const HtmlDocument& document, const QString& path);
// The PDF bytes in memory (to sign them before anything is written).
Result<QByteArray> renderPdf(const HtmlDocument& document);
// Lays the document out for `device` (a QPrinter from a print dialog or print preview, or a
// QPdfWriter) and prints it, with page numbers. The device's page size is set from the document.
void printDocument(const HtmlDocument& document, QPagedPaintDevice& device);

// Escapes text for inclusion in templates.
QString escape(const QString& text);

} // namespace custos::documents
