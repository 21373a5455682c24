#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QPageSize>
#include <QString>

namespace custos::documents {

struct PdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QString title;
    QString creator = QStringLiteral("Custos");
};

// Renders HTML (QTextDocument's subset) to a PDF file atomically: the file appears complete
// or not at all. Needs a QGuiApplication (fonts); the CLI creates an offscreen one.
Result<void> writeHtmlPdf(const QString& html, const QString& path, const PdfOptions& options = {});

// Escapes text for inclusion in templates.
QString escape(const QString& text);

} // namespace custos::documents
