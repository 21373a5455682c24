#include "documents/RecoverySheet.h"

#include "documents/HtmlPdf.h"

#include <QCoreApplication>
#include <QLocale>

namespace custos::documents {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RecoverySheet", text);
}
} // namespace

QString recoverySheetHtml(const RecoverySheetData& d)
{
    const QString when = QLocale().toString(d.createdAt.toLocalTime(), QLocale::LongFormat);
    QString html;
    html += QStringLiteral("<html><body style=\"color:#000;background:#fff\">");
    html += QStringLiteral("<h1 style=\"font-size:20pt\">%1</h1>").arg(escape(tr("Custos vault recovery sheet")));
    html += QStringLiteral("<p style=\"font-size:12pt\"><b>%1</b><br/>%2<br/>%3</p>")
                .arg(escape(d.business.legalName), escape(d.business.addressLine()), escape(d.business.phone));
    html += QStringLiteral("<p style=\"font-size:11pt\">%1</p>")
                .arg(escape(tr("This code lets the owner regain access to the vault after a forgotten password. "
                               "Anyone holding it together with a copy of the vault can read all customer data. "
                               "Keep this sheet in a locked place, away from the computer. It is never shown again.")));
    html += QStringLiteral("<p style=\"font-size:12pt\">%1</p>").arg(escape(tr("Recovery code:")));
    html += QStringLiteral("<p style=\"font-family:'DejaVu Sans Mono';font-size:22pt;font-weight:bold;"
                           "letter-spacing:2px\">%1</p>")
                .arg(escape(d.recoveryCode));
    html += QStringLiteral("<table cellpadding=\"4\" style=\"font-size:11pt\">");
    auto row = [&html](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(escape(k), escape(v));
    };
    row(tr("Owner account"), d.ownerUsername);
    row(tr("Vault identifier"), d.vaultId);
    row(tr("Vault location"), d.vaultLocation);
    row(tr("Created"), when);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2 style=\"font-size:14pt\">%1</h2>").arg(escape(tr("How to use it")));
    html += QStringLiteral("<ol style=\"font-size:11pt\"><li>%1</li><li>%2</li><li>%3</li></ol>")
                .arg(escape(tr("Start Custos and choose \"Forgot password? Use the recovery code\" on the sign-in "
                               "window.")),
                     escape(tr("Type the owner's user name and this code (dashes and case do not matter).")),
                     escape(tr("Choose a new password. Custos records the use of the recovery code in the audit "
                               "log.")));
    html += QStringLiteral("<p style=\"font-size:11pt\">%1 ____________________ &nbsp; %2 __________</p>")
                .arg(escape(tr("Stored by:")), escape(tr("Date:")));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeRecoverySheet(const RecoverySheetData& data, const QString& pdfPath)
{
    PdfOptions options;
    options.title = tr("Custos vault recovery sheet");
    return writeHtmlPdf(recoverySheetHtml(data), pdfPath, options);
}

} // namespace custos::documents
