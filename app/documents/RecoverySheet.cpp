#include "documents/RecoverySheet.h"

#include "documents/HtmlPdf.h"

#include <QCoreApplication>
#include <QLocale>

namespace custos::documents {
namespace {
// Gives this file tr() with the context "RecoverySheet" (as lupdate sees it too).
class RecoverySheet
{
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
};
} // namespace

QString recoverySheetHtml(const RecoverySheetData& d)
{
    const QString when = QLocale().toString(d.createdAt.toLocalTime(), QLocale::LongFormat);
    QString html;
    html += QStringLiteral("<html><body style=\"color:#000;background:#fff\">");
    html += QStringLiteral("<p style=\"font-size:10pt;font-weight:bold\">%1</p>")
                .arg(escape(RecoverySheet::tr("CONFIDENTIAL \u2014 keep locked away, not next to the computer")));
    html += QStringLiteral("<h1 style=\"font-size:20pt;margin-top:6px\">%1</h1>")
                .arg(escape(RecoverySheet::tr("Custos vault recovery sheet")));
    html += QStringLiteral("<p style=\"font-size:12pt\"><b>%1</b><br/>%2<br/>%3</p>")
                .arg(escape(d.business.legalName), escape(d.business.addressLine()), escape(d.business.phone));
    html += QStringLiteral("<p style=\"font-size:11pt\">%1</p>")
                .arg(escape(RecoverySheet::tr(
                    "This code lets the owner regain access to the vault after a forgotten password. "
                    "Anyone holding it together with a copy of the vault can read all customer data. "
                    "Keep this sheet in a locked place, away from the computer. It is never shown again.")));
    // The code in a box of its own, on one line: 18 pt DejaVu Sans Mono fits A4 and Letter
    // inside the PDF writer's margins.
    html +=
        QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"10\" "
                       "style=\"border-style:solid;border-color:#000;margin-top:10px;margin-bottom:14px\">"
                       "<tr><td align=\"center\">"
                       "<p style=\"font-size:10pt\">%1</p>"
                       "<p style=\"font-family:'DejaVu Sans Mono';font-size:18pt;font-weight:bold;"
                       "white-space:nowrap;margin-top:6px;margin-bottom:6px\">%2</p>"
                       "<p style=\"font-size:9pt\">%3</p>"
                       "</td></tr></table>")
            .arg(escape(RecoverySheet::tr("Recovery code")), escape(d.recoveryCode),
                 escape(RecoverySheet::tr("Digits and capital letters; the letters I, L, O and U are never used.")));
    html += QStringLiteral("<table cellpadding=\"3\" style=\"font-size:11pt\">");
    auto row = [&html](const QString& k, const QString& v) {
        html += QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                    .arg(escape(k), escape(v));
    };
    row(RecoverySheet::tr("Owner account"), d.ownerUsername);
    row(RecoverySheet::tr("Vault identifier"), d.vaultId);
    row(RecoverySheet::tr("Vault location"), d.vaultLocation);
    row(RecoverySheet::tr("Created"), when);
    html += QStringLiteral("</table>");
    html += QStringLiteral("<h2 style=\"font-size:14pt;margin-top:18px\">%1</h2>")
                .arg(escape(RecoverySheet::tr("How to use it")));
    html +=
        QStringLiteral("<ol style=\"font-size:11pt\"><li>%1</li><li>%2</li><li>%3</li></ol>")
            .arg(escape(RecoverySheet::tr(
                     "Start Custos and choose \"Forgot password? Use the recovery code\" on the sign-in "
                     "window.")),
                 escape(RecoverySheet::tr("Type the owner's user name and this code (dashes and case do not matter).")),
                 escape(RecoverySheet::tr(
                     "Choose a new password. Custos records the use of the recovery code in the audit "
                     "log.")));
    html += QStringLiteral("<p style=\"font-size:11pt;margin-top:28px\">%1 ______________________________ "
                           "&nbsp;&nbsp; %2 ______________</p>")
                .arg(escape(RecoverySheet::tr("Stored by:")), escape(RecoverySheet::tr("Date:")));
    html += QStringLiteral("<p style=\"font-size:11pt;margin-top:18px\">%1 "
                           "____________________________________________________</p>")
                .arg(escape(RecoverySheet::tr("Kept at:")));
    html += QStringLiteral("</body></html>");
    return html;
}

Result<void> writeRecoverySheet(const RecoverySheetData& data, const QString& pdfPath)
{
    PdfOptions options;
    options.title = RecoverySheet::tr("Custos vault recovery sheet");
    return writeHtmlPdf(recoverySheetHtml(data), pdfPath, options);
}

} // namespace custos::documents
