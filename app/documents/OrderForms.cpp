#include "documents/OrderForms.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "documents/Signing.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/DocumentRepository.h"
#include "vault/Session.h"

#include <QLocale>

namespace custos::documents {
namespace {

using namespace Qt::StringLiterals;

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OrderForms", text, disambiguation, n);
}

// Fax-friendly: black lines on white, no fills, nothing under 10 pt.
const QString kTable = u"border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                       u"style=\"border-collapse: collapse; border-style: solid; border-color: #000000;\""_s;
const QString kBodyOpen = u"<html><body style=\"color: #000000; background-color: #ffffff;\">"_s;
const QString kPlainTable = u"border=\"0\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\""_s;

QString esc(const QString& text)
{
    return escape(text);
}

QString orMissing(const QString& value, const QString& missing)
{
    return value.trimmed().isEmpty() ? u"[%1]"_s.arg(missing) : value.trimmed();
}

// Plain text with blank-line paragraphs and single line breaks -> HTML paragraphs.
QString paragraphs(const QString& text, const QString& style)
{
    QString html;
    const QStringList blocks = QString(text).replace(u"\r\n"_s, u"\n"_s).split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString& block : blocks) {
        const QString trimmed = block.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += u"<p style=\"%1\">%2</p>"_s.arg(style, esc(trimmed).replace(u"\n"_s, u"<br/>"_s));
    }
    return html;
}

QString heading(const QString& text)
{
    return u"<p style=\"margin-top: 10px; margin-bottom: 4px; font-size: 12pt; font-weight: bold;\">%1</p>"_s.arg(
        esc(text));
}

// The business block at the top of every document: the logo when there is one, the business's
// name and contact details, and the document's title block on the right.
QString letterhead(const FormContext& c, const QString& titleBlock)
{
    const BusinessProfile& b = c.business;
    // Numbers never break across lines.
    const auto keep = [](const QString& text) { return esc(text).replace(u' ', u"&nbsp;"_s); };
    QString contact = keep(tr("Phone: %1").arg(orMissing(b.phone, tr("phone number not set"))));
    contact += u" &nbsp; "_s + keep(tr("Fax: %1").arg(orMissing(b.fax, tr("fax number not set"))));
    contact += u"<br/>"_s + esc(tr("Email: %1").arg(orMissing(b.email, tr("email address not set"))));
    const QString details = u"<span style=\"font-size: 15pt; font-weight: bold;\">%1</span><br/>%2<br/>%3"_s.arg(
        esc(orMissing(b.legalName, tr("business name not set"))),
        esc(orMissing(b.addressLine(), tr("address not set"))), contact);
    QString html = u"<table %1><tr>"_s.arg(kPlainTable);
    const QImage logo = c.settings.logo();
    if (!logo.isNull()) {
        // At most about 4.5 × 2 cm on paper, whatever the image's pixels.
        const double scale = qMin(130.0 / logo.width(), 56.0 / logo.height());
        html += u"<td valign=\"top\" width=\"%1\" style=\"padding-right: 10px;\"><img src=\"logo\" width=\"%1\" "
                u"height=\"%2\"/></td>"_s.arg(qRound(logo.width() * scale))
                    .arg(qRound(logo.height() * scale));
    }
    html += u"<td valign=\"top\">%1</td>"_s.arg(details);
    html += u"<td valign=\"top\" align=\"right\" width=\"40%\">%1</td>"_s.arg(titleBlock);
    html += u"</tr></table>"_s;
    html += u"<table %1 style=\"margin-top: 4px;\"><tr><td style=\"border-top: 2px solid #000000;\">"
            u"</td></tr></table>"_s.arg(kPlainTable);
    return html;
}

QString titleBlock(const QString& title, const QString& caption, const QString& value)
{
    return u"<span style=\"font-size: 16pt; font-weight: bold;\">%1</span><br/>%2<br/>"
           u"<span style=\"font-size: 13pt; font-weight: bold;\">%3</span>"_s.arg(esc(title).replace(u' ', u"&nbsp;"_s),
                                                                                  esc(caption), esc(value));
}

QString footer(const FormContext& c, const QString& reference)
{
    QString line = reference;
    line += u" · "_s + tr("Printed %1").arg(QLocale().toString(c.printedAt.toLocalTime().date(), QLocale::LongFormat));
    if (!c.signingFingerprint.isEmpty())
        line += u" · "_s + tr("Signing key of %1: %2")
                               .arg(orMissing(c.business.legalName, tr("business name not set")), c.signingFingerprint);
    return u"<p style=\"margin-top: 10px; font-size: 10pt;\">%1</p>"_s.arg(esc(line));
}

QString emptyCells(int count, const QString& width = QString())
{
    QString html;
    for (int i = 0; i < count; ++i)
        html += width.isEmpty() ? u"<td>&nbsp;</td>"_s : u"<td width=\"%1\">&nbsp;</td>"_s.arg(width);
    return html;
}

// A row of boxes to write one character in each, e.g. the card number in four groups of four.
QString boxes(const QList<int>& groups, const QString& separator = QString())
{
    QString html = u"<table border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    for (int g = 0; g < groups.size(); ++g) {
        if (g > 0)
            html += separator.isEmpty() ? u"<td width=\"10\"></td>"_s
                                        : u"<td width=\"14\" align=\"center\">%1</td>"_s.arg(esc(separator));
        html += u"<td><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" style=\"border-collapse: collapse; "
                u"border-style: solid; border-color: #000000;\"><tr>%1</tr></table></td>"_s.arg(
                    emptyCells(groups.at(g), u"16"_s));
    }
    return html + u"</tr></table>"_s;
}

QString blankCopy(const FormContext& c, const QString& serial, bool provisional)
{
    const BusinessProfile& b = c.business;
    const QString serialText = provisional ? tr("%1 (provisional)").arg(serial) : serial;
    QString html = letterhead(c, titleBlock(tr("Order form"), tr("Form number"), serialText));
    html += u"<p style=\"margin-top: 6px; font-size: 10pt;\">%1</p>"_s.arg(
        esc(tr("For orders by phone, fax or mail. Please write in capital letters and fax this page to %1, or post "
               "it to %2 at the address above. Questions: %3. How we use your data: see page 2.")
                .arg(orMissing(b.fax, tr("fax number not set")), orMissing(b.legalName, tr("business name not set")),
                     orMissing(b.phone, tr("phone number not set")))));

    // 1. Customer
    html += heading(tr("1. Your details"));
    html += u"<table %1>"_s.arg(kTable);
    const auto row = [](const QString& label, int lines) {
        QString blank = u"&nbsp;"_s;
        for (int i = 1; i < lines; ++i)
            blank += u"<br/>&nbsp;"_s;
        return u"<tr><td width=\"32%\" valign=\"top\">%1</td><td width=\"68%\">%2</td></tr>"_s.arg(label, blank);
    };
    html += row(esc(tr("Full name")), 1);
    html += row(esc(tr("Residence address")) +
                    u"<br/><span style=\"font-size: 10pt;\">%1</span>"_s.arg(esc(tr("(not a PO box)"))),
                2);
    html += row(esc(tr("Contact phone number")), 1);
    html += row(esc(tr("Email (optional)")), 1);
    html += u"</table>"_s;

    // 2. Items
    html += heading(tr("2. What you order"));
    html += u"<table %1>"_s.arg(kTable);
    html +=
        u"<tr><td width=\"52%\"><b>%1</b></td><td width=\"14%\" align=\"right\"><b>%2</b></td>"
        u"<td width=\"17%\" align=\"right\"><b>%3</b></td><td width=\"17%\" align=\"right\"><b>%4</b></td></tr>"_s.arg(
            esc(tr("Description")), esc(tr("Quantity")), esc(tr("Unit price")), esc(tr("Amount")));
    // The form and its CVV strip stay on one page: Letter paper is 18 mm shorter than A4, and a
    // logo narrows the letterhead (its lines wrap), so each takes an item line.
    const int itemRows = 6 - (c.settings.pageSize == QPageSize::Letter ? 1 : 0) - (c.settings.hasLogo() ? 1 : 0);
    for (int i = 0; i < itemRows; ++i)
        html += u"<tr>"_s + emptyCells(4) + u"</tr>"_s;
    for (const QString& label : {tr("Subtotal"), tr("Tax"), tr("Total")})
        html += u"<tr><td colspan=\"3\" align=\"right\"><b>%1</b></td><td>&nbsp;</td></tr>"_s.arg(esc(label));
    html += u"</table>"_s;

    // 3. Card
    html += heading(tr("3. Payment by card"));
    html += u"<table %1>"_s.arg(kTable);
    html += u"<tr><td width=\"28%\">%1</td><td width=\"72%\">%2</td></tr>"_s.arg(
        esc(tr("Card type")), esc(u"☐ Visa   ☐ Mastercard   ☐ American Express   ☐ %1 ______"_s.arg(tr("Other:"))));
    html += u"<tr><td>%1<br/><span style=\"font-size: 10pt;\">%2</span></td><td>%3</td></tr>"_s.arg(
        esc(tr("Card number")), esc(tr("Amex: 15 digits")), boxes({4, 4, 4, 4}));
    html += u"<tr><td>%1</td><td>%2</td></tr>"_s.arg(esc(tr("Expiry date (MM/YY)")), boxes({2, 2}, u"/"_s));
    html += u"<tr><td>%1</td><td>&nbsp;</td></tr>"_s.arg(esc(tr("Name on the card")));
    html += u"<tr><td valign=\"top\">%1</td><td>%2<br/>&nbsp;<br/>&nbsp;</td></tr>"_s.arg(
        esc(tr("Signature")),
        esc(tr("I authorise %1 to charge this card.").arg(orMissing(b.legalName, tr("business name not set")))));
    html += u"<tr><td>%1</td><td>&nbsp;</td></tr>"_s.arg(esc(tr("Date")));
    html += u"</table>"_s;

    // The security code strip: the last thing on the page the customer sends back, so cutting it
    // off takes nothing else.
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"5\" width=\"100%\" style=\"border-collapse: "
            u"collapse; border-style: dashed; border-color: #000000; margin-top: 10px;\"><tr><td>"_s;
    html +=
        u"<table %1><tr><td valign=\"middle\" width=\"55%\"><b>✂ %2</b></td><td valign=\"middle\" "
        u"align=\"right\">%3<br/>%4</td><td valign=\"middle\" align=\"right\" width=\"70\">%5</td></tr></table>"_s.arg(
            kPlainTable,
            // The requirement's number stays on one line.
            esc(tr("Cut off along the dotted line and destroy after the payment is authorised (PCI DSS 3.3.1.2)"))
                .replace(u"PCI DSS 3.3.1.2"_s, u"PCI&nbsp;DSS&nbsp;3.3.1.2"_s),
            esc(tr("Card security code (CVV)")), esc(tr("Form %1").arg(serialText)), boxes({4}));
    html += u"</td></tr></table>"_s;

    // Page 2: the privacy notice in full, for the customer to read and keep.
    html += u"<p style=\"page-break-before: always; margin: 0;\"></p>"_s;
    html += u"<table %1><tr><td valign=\"bottom\"><span style=\"font-size: 15pt; font-weight: bold;\">%2</span></td>"
            u"<td valign=\"bottom\" align=\"right\">%3</td></tr></table>"_s.arg(
                kPlainTable, esc(orMissing(b.legalName, tr("business name not set"))),
                esc(tr("Form %1, page 2: please keep this page").arg(serialText)));
    html += u"<table %1 style=\"margin-top: 4px;\"><tr><td style=\"border-top: 2px solid #000000;\">"
            u"</td></tr></table>"_s.arg(kPlainTable);
    html += heading(tr("How we use and protect your data"));
    html +=
        paragraphs(renderPrivacyText(c.notice.fullText, b, c.retentionDays), u"margin-top: 0; margin-bottom: 8px;"_s);
    html += footer(c, tr("Form %1").arg(serialText));
    return html;
}

QString amount(Money money)
{
    return esc(money.toString(QLocale()));
}

QString taxRateText(int basisPoints)
{
    QString text = QLocale().toString(basisPoints / 100.0, 'f', 2);
    const QChar point = QLocale().decimalPoint().at(0);
    while (text.contains(point) && (text.endsWith(QLatin1Char('0')) || text.endsWith(point)))
        text.chop(1);
    return text + u" %"_s;
}

storage::DocumentRepository::IssuedDocument formRow(Session& session)
{
    storage::DocumentRepository::IssuedDocument row;
    row.kind = kind::kOrderForm;
    row.issuedAt = session.clock().nowUtc();
    row.issuedBy = session.employee().id;
    return row;
}

} // namespace

Result<FormContext> loadFormContext(Session& session)
{
    FormContext c;
    c.business = session.businessProfile();
    auto notice = loadPrivacyNotice(session.database());
    if (!notice)
        return notice.error();
    c.notice = notice.value();
    c.retentionDays = OrderService(session).cardRetentionDays();
    auto settings = loadDocumentSettings(session.database());
    if (!settings)
        return settings.error();
    c.settings = settings.value();
    if (auto key = currentSigningKey(session.database()); key.ok())
        c.signingFingerprint = key->fingerprint;
    c.printedAt = session.clock().nowUtc();
    return c;
}

HtmlDocument blankOrderFormDocument(const FormContext& context, const QStringList& serials, bool provisional)
{
    HtmlDocument doc;
    doc.title = tr("Order form — %1").arg(context.business.legalName);
    doc.pageSize = context.settings.pageSize;
    doc.baseFontPointSize = 10; // the minimum for faxing; the form must fit on one page with its CVV strip
    if (context.settings.hasLogo())
        doc.images.append({u"logo"_s, context.settings.logo()});
    QStringList copies;
    for (const QString& serial : serials)
        copies << blankCopy(context, serial, provisional);
    doc.html =
        kBodyOpen + copies.join(u"<p style=\"page-break-before: always; margin: 0;\"></p>"_s) + u"</body></html>"_s;
    return doc;
}

HtmlDocument orderConfirmationDocument(const FormContext& context, const Order& order, const Customer& customer,
                                       qint64 documentNumber, bool provisional)
{
    const BusinessProfile& b = context.business;
    HtmlDocument doc;
    doc.title = tr("Order confirmation %1 — %2").arg(order.number, b.legalName);
    doc.pageSize = context.settings.pageSize;
    doc.baseFontPointSize = 11;
    if (context.settings.hasLogo())
        doc.images.append({u"logo"_s, context.settings.logo()});

    QString html =
        kBodyOpen + letterhead(context, titleBlock(tr("Order confirmation"), tr("Order number"), order.number));

    // Who and what, side by side.
    QStringList address;
    for (const QString& part : {customer.street, customer.city, customer.region, customer.postalCode})
        if (!part.trimmed().isEmpty())
            address << part.trimmed();
    QString customerBlock = u"<b>%1</b>"_s.arg(esc(customer.name));
    if (!address.isEmpty())
        customerBlock += u"<br/>"_s + esc(address.join(u", "_s));
    if (!customer.country.trimmed().isEmpty())
        customerBlock += u"<br/>"_s + esc(customer.country.trimmed());
    if (!customer.phoneE164.isEmpty())
        customerBlock += u"<br/>"_s + esc(tr("Phone: %1").arg(formatPhoneNational(customer.phoneE164)));
    if (!customer.email.isEmpty())
        customerBlock += u"<br/>"_s + esc(tr("Email: %1").arg(customer.email));

    const auto fact = [](const QString& label, const QString& value) {
        return u"<tr><td style=\"padding-right: 10px;\">%1</td><td><b>%2</b></td></tr>"_s.arg(esc(label), esc(value));
    };
    QString facts = u"<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\">"_s;
    facts += fact(tr("Date"), QLocale().toString(order.createdAt.toLocalTime().date(), QLocale::LongFormat));
    facts += fact(tr("Ordered by"), channelDisplayName(order.channel));
    facts += fact(tr("Status"), orderStatusDisplayName(order.status));
    facts += u"</table>"_s;

    html += u"<table %1 style=\"margin-top: 4px;\"><tr><td width=\"50%\" valign=\"top\">%2<br/>%3</td>"
            u"<td valign=\"top\">%4</td></tr></table>"_s.arg(kPlainTable, esc(tr("Customer")), customerBlock, facts);

    html += heading(tr("Items"));
    html += u"<table %1>"_s.arg(kTable);
    html +=
        u"<tr><td width=\"52%\"><b>%1</b></td><td width=\"14%\" align=\"right\"><b>%2</b></td>"
        u"<td width=\"17%\" align=\"right\"><b>%3</b></td><td width=\"17%\" align=\"right\"><b>%4</b></td></tr>"_s.arg(
            esc(tr("Description")), esc(tr("Quantity")), esc(tr("Unit price")), esc(tr("Amount")));
    for (const OrderLine& line : order.lines) {
        auto lineAmount = Money::times(line.unitPrice, line.quantity);
        html += u"<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td><td align=\"right\">%4</td>"
                u"</tr>"_s.arg(esc(line.description), esc(QLocale().toString(line.quantity)), amount(line.unitPrice),
                               lineAmount ? amount(lineAmount.value()) : u"—"_s);
    }
    const auto totalRow = [](const QString& label, const QString& value, bool strong) {
        const QString open = strong ? u"<b>"_s : QString();
        const QString close = strong ? u"</b>"_s : QString();
        return u"<tr><td colspan=\"3\" align=\"right\">%1%2%3</td><td align=\"right\">%1%4%3</td></tr>"_s.arg(
            open, esc(label), close, value);
    };
    html += totalRow(tr("Subtotal"), amount(order.totals.subtotal), false);
    html += totalRow(tr("Tax (%1)").arg(taxRateText(order.taxRateBasisPoints)), amount(order.totals.tax), false);
    html += totalRow(tr("Total"), amount(order.totals.total), true);
    html += u"</table>"_s;

    html += heading(tr("Payment"));
    if (order.card) {
        // Last 4 only, whatever the role of whoever prints it (PCI DSS 3.4.1): this leaves the shop.
        html += u"<p>%1</p>"_s.arg(esc(tr("Paid by card: %1").arg(maskLast4(order.card->brand, order.card->last4))));
    } else {
        html += u"<p>%1</p>"_s.arg(esc(tr("No card on this order.")));
    }

    html += heading(tr("Your data"));
    html += paragraphs(renderPrivacyText(context.notice.phoneScript, b, context.retentionDays),
                       u"margin-top: 0; margin-bottom: 5px; font-size: 10pt;"_s);
    html += u"<p style=\"margin-top: 0; font-size: 10pt;\">%1</p>"_s.arg(
        esc(tr("Our full privacy notice is printed on our order form; ask us for a copy at any time.")));

    QString reference = tr("Order %1").arg(order.number);
    if (documentNumber > 0)
        reference +=
            u" · "_s +
            (provisional ? tr("document %1 (provisional)") : tr("document %1")).arg(QString::number(documentNumber));
    html += footer(context, reference);
    html += u"</body></html>"_s;
    doc.html = html;
    return doc;
}

Result<HtmlDocument> orderConfirmationDocument(Session& session, qint64 orderId, qint64 documentNumber,
                                               bool provisional)
{
    auto context = loadFormContext(session);
    if (!context)
        return context.error();
    auto order = OrderService(session).get(orderId);
    if (!order)
        return order.error();
    auto customer = CustomerService(session).get(order->customerId);
    if (!customer)
        return customer.error();
    return orderConfirmationDocument(context.value(), order.value(), customer.value(), documentNumber, provisional);
}

QString confirmationFileName(const QString& orderNumber)
{
    return u"order-confirmation-%1.pdf"_s.arg(orderNumber);
}

QString blankFormFileName()
{
    return u"order-form.pdf"_s;
}

Result<QList<qint64>> issueBlankForms(Session& session, int copies, const QString& auditAction,
                                      const std::function<Result<void>(const QList<qint64>& ids)>& output)
{
    CUSTOS_TRY(access::requirePermission(session, access::Permission::PrintOrderForms, auditAction, u"form:blank"_s));
    if (copies < 1 || copies > kMaxFormCopies)
        return Error{tr("Print between 1 and %1 copies at a time.").arg(kMaxFormCopies), Errc::Invalid};
    // documents::issueOutput for several copies at once: each copy its own row, serial and event,
    // all committed together only after the copies were printed or written.
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    storage::DocumentRepository documents(session.database());
    QList<qint64> ids;
    for (int i = 0; i < copies; ++i) {
        storage::DocumentRepository::IssuedDocument row = formRow(session);
        auto id = documents.insert(row);
        if (!id)
            return id.error();
        ids << id.value();
        CUSTOS_TRY(session.appendAudit(auditAction, u"form:"_s + formSerial(id.value()), audit::kSuccess,
                                       u"serial=%1 copy=%2/%3"_s.arg(id.value()).arg(i + 1).arg(copies)));
    }
    CUSTOS_TRY(output(ids));
    CUSTOS_TRY(tx->commit());
    return ids;
}

Result<qint64>
issueOrderConfirmation(Session& session, qint64 orderId, const QString& auditAction,
                       const std::function<Result<void>(qint64 id, const HtmlDocument& document)>& output)
{
    auto order = OrderService(session).get(orderId);
    if (!order)
        return order.error();
    const QString target = u"order:"_s + order->number;
    CUSTOS_TRY(access::requirePermission(session, access::Permission::PrintOrderForms, auditAction, target));
    IssueRequest request;
    request.kind = kind::kOrderConfirmation;
    request.reference = order->number;
    request.auditAction = auditAction;
    request.auditTarget = target;
    request.sign = false;
    return issueOutput(session, request, [&](qint64 id) -> Result<void> {
        auto document = orderConfirmationDocument(session, orderId, id, false);
        if (!document)
            return document.error();
        return output(id, document.value());
    });
}

Result<QList<qint64>> saveBlankForms(Session& session, const QString& path, int copies)
{
    auto context = loadFormContext(session);
    if (!context)
        return context.error();
    return issueBlankForms(session, copies, audit::kDocumentSaved, [&](const QList<qint64>& ids) {
        QStringList serials;
        for (qint64 id : ids)
            serials << formSerial(id);
        return writePdf(blankOrderFormDocument(context.value(), serials, false), path);
    });
}

Result<qint64> saveOrderConfirmation(Session& session, qint64 orderId, const QString& path)
{
    return issueOrderConfirmation(session, orderId, audit::kDocumentSaved,
                                  [&](qint64, const HtmlDocument& document) { return writePdf(document, path); });
}

} // namespace custos::documents
