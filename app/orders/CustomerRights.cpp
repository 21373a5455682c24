#include "orders/CustomerRights.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "documents/Csv.h"
#include "documents/HtmlPdf.h"
#include "documents/PrivacyNotice.h"
#include "documents/Signing.h"
#include "domain/CardNumber.h"
#include "domain/PhoneNumber.h"
#include "orders/OrderService.h"
#include "storage/CustomerRepository.h"
#include "storage/DocumentRepository.h"
#include "storage/OrderRepository.h"
#include "vault/Session.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <list>
#include <optional>

namespace custos {
namespace {

using namespace Qt::StringLiterals;
using documents::escape;

QString target(qint64 customerId)
{
    return QStringLiteral("customer:%1").arg(customerId);
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString localDateTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

QString decimal(qint64 cents)
{
    const qint64 whole = cents / 100;
    const qint64 part = qAbs(cents % 100);
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 && whole == 0 ? QStringLiteral("-") : QString())
        .arg(whole)
        .arg(part, 2, 10, QLatin1Char('0'));
}

QString expiryText(const CardExpiry& e)
{
    return QStringLiteral("%1/%2").arg(e.month, 2, 10, QLatin1Char('0')).arg(e.year);
}

// Everything the export holds, read in one go.
struct Gathered
{
    Customer customer;
    QList<Order> orders;
    QList<QList<OrderStatusChange>> histories; // parallel to orders
    QList<storage::CustomerRepository::RecordEvent> events;
    documents::PrivacyNotice notice;
    int retentionDays = 0;
};

struct Processing
{
    QString purpose;
    QString data;
    QString basis;
    QString retention;
};

QList<Processing> processingCategories(int retentionDays)
{
    const QString cardRetention =
        retentionDays == 0
            ? CustomerRights::tr("The full card number is destroyed as soon as the payment is taken (or the order "
                                 "cancelled); brand, last 4 digits and expiry stay with the order.")
            : CustomerRights::tr("The full card number is destroyed %1 days after the payment is taken (at once "
                                 "when the order is cancelled); brand, last 4 digits and expiry stay with the order.")
                  .arg(retentionDays);
    return {
        {CustomerRights::tr("Taking, delivering and invoicing your orders"),
         CustomerRights::tr("Name, postal address, phone number, email address; your orders and their items"),
         CustomerRights::tr("Contract (GDPR Art. 6(1)(b))"),
         CustomerRights::tr("While you are our customer; order records as long as tax and accounting law requires")},
        {CustomerRights::tr("Card payments"),
         CustomerRights::tr("Card brand, last 4 digits, expiry date and card holder's name; the full card number, "
                            "encrypted, until the payment is taken. The security code (CVV) is never stored."),
         CustomerRights::tr("Contract (GDPR Art. 6(1)(b)); card scheme rules (PCI DSS)"), cardRetention},
        {CustomerRights::tr("Accounting and tax records"),
         CustomerRights::tr("Order numbers, dates, items, amounts and tax"),
         CustomerRights::tr("Legal obligation (GDPR Art. 6(1)(c))"),
         CustomerRights::tr("As long as tax and accounting law requires (typically 6 to 10 years)")},
        {CustomerRights::tr("Security and accountability"),
         CustomerRights::tr("A record of which employee read or changed your data, and when"),
         CustomerRights::tr("Legal obligation and legitimate interest in protecting your data (GDPR Art. 5(2), "
                            "6(1)(f) and 32)"),
         CustomerRights::tr("As long as the security log is kept")},
    };
}

Result<Gathered> gather(Session& session, qint64 customerId)
{
    storage::Database& db = session.database();
    Gathered g;
    auto customer = storage::CustomerRepository(db).get(customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return Error{CustomerRights::tr("This customer does not exist (any more)."), Errc::NotFound};
    g.customer = **customer;
    if (g.customer.erased())
        return Error{CustomerRights::tr("This customer's personal data was erased on %1; there is nothing left to "
                                        "export.")
                         .arg(QLocale().toString(g.customer.erasedAt.toLocalTime().date(), QLocale::ShortFormat)),
                     Errc::Invalid};
    storage::OrderRepository orders(db);
    auto ids = orders.idsForCustomer(customerId);
    if (!ids)
        return ids.error();
    for (qint64 id : ids.value()) {
        auto order = orders.get(id);
        if (!order)
            return order.error();
        if (!order->has_value())
            continue;
        auto history = orders.history(id);
        if (!history)
            return history.error();
        g.orders << **order;
        g.histories << history.value();
    }
    auto events = storage::CustomerRepository(db).recordHistory(customerId);
    if (!events)
        return events.error();
    g.events = events.value();
    auto notice = documents::loadPrivacyNotice(db);
    if (!notice)
        return notice.error();
    g.notice = notice.value();
    g.retentionDays = OrderService(session).cardRetentionDays();
    return g;
}

QByteArray exportJson(const Session& session, const Gathered& g, const QDateTime& now)
{
    const BusinessProfile& business = session.businessProfile();
    const Customer& c = g.customer;
    QJsonObject controller{{u"name"_s, business.legalName},
                           {u"address"_s, business.addressLine()},
                           {u"phone"_s, business.phone},
                           {u"email"_s, business.email},
                           {u"privacy_contact"_s, business.privacyContact}};
    QJsonObject customer{{u"id"_s, c.id},
                         {u"name"_s, c.name},
                         {u"street"_s, c.street},
                         {u"city"_s, c.city},
                         {u"region"_s, c.region},
                         {u"postal_code"_s, c.postalCode},
                         {u"country"_s, c.country},
                         {u"phone"_s, c.phoneE164},
                         {u"email"_s, c.email},
                         {u"archived"_s, c.archived},
                         {u"created_at"_s, isoUtc(c.createdAt)},
                         {u"updated_at"_s, isoUtc(c.updatedAt)}};
    QJsonArray orders;
    for (qsizetype i = 0; i < g.orders.size(); ++i) {
        const Order& o = g.orders.at(i);
        QJsonArray lines;
        for (const OrderLine& l : o.lines)
            lines.append(QJsonObject{{u"description"_s, l.description},
                                     {u"quantity"_s, l.quantity},
                                     {u"unit_price_cents"_s, l.unitPrice.cents()},
                                     {u"unit_price"_s, decimal(l.unitPrice.cents())},
                                     {u"line_total_cents"_s, l.unitPrice.cents() * l.quantity}});
        QJsonValue card = QJsonValue::Null;
        if (o.card) // brand, last 4 and expiry only: never the BIN, never the full number
            card = QJsonObject{{u"brand"_s, cardBrandName(o.card->brand)},
                               {u"last4"_s, o.card->last4},
                               {u"expiry"_s, expiryText(o.card->expiry)},
                               {u"holder_name"_s, o.card->holderName},
                               {u"full_number_kept"_s, o.card->hasSealedPan}};
        QJsonArray history;
        for (const OrderStatusChange& h : g.histories.at(i))
            history.append(QJsonObject{
                {u"from"_s, h.from ? QJsonValue(orderStatusToStorage(*h.from)) : QJsonValue(QJsonValue::Null)},
                {u"to"_s, orderStatusToStorage(h.to)},
                {u"at"_s, isoUtc(h.at)},
                {u"by"_s, h.byEmployeeName},
                {u"note"_s, h.note}});
        orders.append(QJsonObject{{u"number"_s, o.number},
                                  {u"created_at"_s, isoUtc(o.createdAt)},
                                  {u"channel"_s, channelToStorage(o.channel)},
                                  {u"status"_s, orderStatusToStorage(o.status)},
                                  {u"tax_rate_percent"_s, decimal(o.taxRateBasisPoints)},
                                  {u"subtotal_cents"_s, o.totals.subtotal.cents()},
                                  {u"tax_cents"_s, o.totals.tax.cents()},
                                  {u"total_cents"_s, o.totals.total.cents()},
                                  {u"subtotal"_s, decimal(o.totals.subtotal.cents())},
                                  {u"tax"_s, decimal(o.totals.tax.cents())},
                                  {u"total"_s, decimal(o.totals.total.cents())},
                                  {u"notes"_s, o.notes},
                                  {u"lines"_s, lines},
                                  {u"card"_s, card},
                                  {u"status_history"_s, history}});
    }
    QJsonArray processing;
    for (const Processing& p : processingCategories(g.retentionDays))
        processing.append(QJsonObject{{u"purpose"_s, p.purpose},
                                      {u"data"_s, p.data},
                                      {u"legal_basis"_s, p.basis},
                                      {u"retention"_s, p.retention}});
    QJsonArray events;
    for (const auto& e : g.events)
        events.append(QJsonObject{{u"at"_s, isoUtc(e.at)},
                                  {u"by"_s, e.actorName},
                                  {u"action"_s, e.action},
                                  {u"outcome"_s, e.outcome},
                                  {u"target"_s, e.target}});
    QJsonObject root{
        {u"format"_s, QString::fromLatin1(CustomerRights::kExportFormat)},
        {u"exported_at"_s, isoUtc(now)},
        {u"exported_by"_s, session.employee().fullName},
        {u"controller"_s, controller},
        {u"customer"_s, customer},
        {u"orders"_s, orders},
        {u"processing"_s, processing},
        {u"privacy_notice"_s, documents::renderPrivacyText(g.notice.fullText, business, g.retentionDays)},
        {u"record_history"_s, events},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// Shared page furniture: black on white, nothing under 10 pt (documents are faxed and printed).
QString pageStart(const QString& title, const BusinessProfile& business)
{
    return QStringLiteral("<html><body style=\"color:#000; background:#fff;\">"
                          "<p style=\"font-size:10pt;\"><b>%1</b><br>%2</p>"
                          "<h1 style=\"font-size:16pt;\">%3</h1>")
        .arg(escape(business.legalName), escape(business.addressLine()), escape(title));
}

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style=\"padding:2px 12px 2px 0;\"><b>%1</b></td><td>%2</td></tr>")
        .arg(escape(label), value.isEmpty() ? QStringLiteral("—") : escape(value));
}

QString tableStart(const QStringList& headings)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"border-color:#000; border-collapse:collapse;\"><tr>");
    for (const QString& h : headings)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(escape(h));
    return html + QStringLiteral("</tr>");
}

QString cells(const QStringList& values)
{
    QString html = QStringLiteral("<tr>");
    for (const QString& v : values)
        html += QStringLiteral("<td>%1</td>").arg(escape(v));
    return html + QStringLiteral("</tr>");
}

documents::HtmlDocument exportPdf(const Session& session, const Gathered& g, const QDateTime& now)
{
    using T = CustomerRights;
    const BusinessProfile& business = session.businessProfile();
    const Customer& c = g.customer;
    const QLocale locale;
    QString html = pageStart(T::tr("Your personal data held by %1").arg(business.legalName), business);
    html += QStringLiteral("<p>") +
            escape(T::tr("A copy of everything %1 holds about you, made on %2 by %3 at your request (GDPR Art. 15 "
                         "and 20). Card numbers are shown as their last 4 digits only.")
                       .arg(business.legalName, localDateTime(now), session.employee().fullName)) +
            QStringLiteral("</p>");

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2><table>").arg(escape(T::tr("Your details")));
    html += row(T::tr("Customer number"), QString::number(c.id));
    html += row(T::tr("Name"), c.name);
    html += row(T::tr("Street"), c.street);
    html += row(T::tr("City"), c.city);
    html += row(T::tr("Region"), c.region);
    html += row(T::tr("Postal code"), c.postalCode);
    html += row(T::tr("Country"), c.country);
    html += row(T::tr("Phone"), c.phoneE164.isEmpty() ? QString() : formatPhoneInternational(c.phoneE164));
    html += row(T::tr("Email"), c.email);
    html += row(T::tr("Customer since"), localDateTime(c.createdAt));
    html += row(T::tr("Last changed"), localDateTime(c.updatedAt));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2>")
                .arg(escape(T::tr("Your orders (%1)").arg(g.orders.size())));
    if (g.orders.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escape(T::tr("No orders.")));
    for (qsizetype i = 0; i < g.orders.size(); ++i) {
        const Order& o = g.orders.at(i);
        html +=
            QStringLiteral("<h3 style=\"font-size:12pt;\">%1</h3><table>").arg(escape(T::tr("Order %1").arg(o.number)));
        html += row(T::tr("Date"), localDateTime(o.createdAt));
        html += row(T::tr("Channel"), channelDisplayName(o.channel));
        html += row(T::tr("Status"), orderStatusDisplayName(o.status));
        if (o.card)
            html += row(T::tr("Card"), T::tr("%1 ending %2, expires %3, holder %4")
                                           .arg(cardBrandName(o.card->brand), o.card->last4, expiryText(o.card->expiry),
                                                o.card->holderName));
        if (!o.notes.isEmpty())
            html += row(T::tr("Notes"), o.notes);
        html += QStringLiteral("</table><br>");
        html += tableStart({T::tr("Item"), T::tr("Quantity"), T::tr("Unit price"), T::tr("Amount")});
        for (const OrderLine& l : o.lines)
            html += cells({l.description, locale.toString(l.quantity), l.unitPrice.toString(locale),
                           Money::fromCents(l.unitPrice.cents() * l.quantity).toString(locale)});
        html += cells({T::tr("Subtotal"), {}, {}, o.totals.subtotal.toString(locale)});
        html += cells({T::tr("Tax (%1 %)").arg(decimal(o.taxRateBasisPoints)), {}, {}, o.totals.tax.toString(locale)});
        html += cells({T::tr("Total"), {}, {}, o.totals.total.toString(locale)});
        html += QStringLiteral("</table><br>");
        html += tableStart({T::tr("When"), T::tr("Status"), T::tr("By"), T::tr("Note")});
        for (const OrderStatusChange& h : g.histories.at(i))
            html += cells({localDateTime(h.at), orderStatusDisplayName(h.to), h.byEmployeeName, h.note});
        html += QStringLiteral("</table><br>");
    }

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2>").arg(escape(T::tr("Why we hold your data")));
    html += tableStart({T::tr("Purpose"), T::tr("Data"), T::tr("Legal basis"), T::tr("How long")});
    for (const Processing& p : processingCategories(g.retentionDays))
        html += cells({p.purpose, p.data, p.basis, p.retention});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2>")
                .arg(escape(T::tr("When your record was read or changed")));
    if (g.events.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(escape(T::tr("No entries.")));
    } else {
        html += tableStart({T::tr("When"), T::tr("Employee"), T::tr("What"), T::tr("Record")});
        for (const auto& e : g.events) {
            QString what = e.action;
            if (e.outcome != audit::kSuccess)
                what += QStringLiteral(" (%1)").arg(e.outcome);
            html += cells({localDateTime(e.at), e.actorName, what, e.target});
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2>").arg(escape(T::tr("Privacy notice")));
    const QString notice = documents::renderPrivacyText(g.notice.fullText, business, g.retentionDays);
    for (const QString& paragraph : notice.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(escape(paragraph.trimmed()).replace(u'\n', QStringLiteral("<br>")));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(escape(T::tr("Questions about your data:")),
                     escape(business.privacyContact.isEmpty() ? business.email : business.privacyContact));
    html += QStringLiteral("</body></html>");

    documents::HtmlDocument doc;
    doc.title = T::tr("Personal data of customer %1").arg(c.id);
    doc.html = html;
    return doc;
}

// The signing key the employee would sign with, if they hold one (owners).
Result<std::optional<documents::SigningKeyInfo>> grantedSigningKey(Session& session)
{
    auto granted = session.unsealGrantedKey(QStringLiteral("signing"));
    if (!granted)
        return granted.error();
    if (!granted->has_value())
        return std::optional<documents::SigningKeyInfo>{};
    const qint64 keyId = granted->value().vaultKeyId;
    auto keys = documents::signingKeys(session.database());
    if (!keys)
        return keys.error();
    for (const documents::SigningKeyInfo& k : keys.value())
        if (k.vaultKeyId == keyId)
            return std::optional<documents::SigningKeyInfo>{k};
    return Error{CustomerRights::tr("The signing key granted to you is not among the vault's keys. Restore the vault "
                                    "from a backup."),
                 Errc::Corrupt};
}

// A file to issue inside the caller's transaction (see issueFiles).
struct PendingFile
{
    QString path;
    QByteArray data;
    QString reference;
    qint64 documentId = 0;
    QByteArray sha256;
    QByteArray signature; // empty: unsigned
};

PendingFile pendingFile(const QString& path, const QByteArray& data, const QString& reference)
{
    PendingFile f;
    f.path = path;
    f.data = data;
    f.reference = reference;
    return f;
}

// documents::issueFile for several files that are one action with other changes: the
// issued_documents rows go into the caller's open transaction, and every file (and .sig) is
// written completely before any replaces its target. The caller commits last and calls
// removeFiles() if the commit fails. (issueFile runs a transaction of its own, which SQLite
// cannot nest inside the erasure's.)
Result<void> issueFiles(Session& session, QList<PendingFile>& files, const QString& kind,
                        const std::optional<documents::SigningKeyInfo>& key)
{
    storage::DocumentRepository repo(session.database());
    for (PendingFile& f : files) {
        f.sha256 = crypto::sha256(f.data);
        if (key) {
            documents::SigningKeyInfo used;
            auto signature = documents::signData(session, f.data, &used);
            if (!signature)
                return signature.error();
            f.signature = signature.value();
        }
        storage::DocumentRepository::IssuedDocument row;
        row.kind = kind;
        row.reference = f.reference;
        row.sha256 = f.sha256;
        if (key)
            row.vaultKeyId = key->vaultKeyId;
        row.issuedAt = session.clock().nowUtc();
        row.issuedBy = session.employee().id;
        auto id = repo.insert(row);
        if (!id)
            return id.error();
        f.documentId = id.value();
    }
    // Every temporary file complete first, then the renames.
    std::list<csv::AtomicFile> open;
    for (const PendingFile& f : files) {
        open.emplace_back(f.path);
        CUSTOS_TRY(open.back().open());
        CUSTOS_TRY(open.back().write(f.data));
        if (!f.signature.isEmpty()) {
            open.emplace_back(documents::signaturePathFor(f.path));
            CUSTOS_TRY(open.back().open());
            CUSTOS_TRY(open.back().write(f.signature));
        }
    }
    QStringList done;
    auto it = open.begin();
    for (const PendingFile& f : files) {
        for (const QString& path :
             f.signature.isEmpty() ? QStringList{f.path} : QStringList{f.path, documents::signaturePathFor(f.path)}) {
            if (auto committed = it->commit(); !committed) {
                for (const QString& written : std::as_const(done))
                    QFile::remove(written);
                return committed.error();
            }
            done << path;
            ++it;
        }
    }
    return success();
}

void removeFiles(const QList<PendingFile>& files)
{
    for (const PendingFile& f : files) {
        QFile::remove(f.path);
        if (!f.signature.isEmpty())
            QFile::remove(documents::signaturePathFor(f.path));
    }
}

QString documentDetails(const QList<PendingFile>& files, const std::optional<documents::SigningKeyInfo>& key)
{
    QStringList parts;
    for (const PendingFile& f : files)
        parts << QStringLiteral("document=%1 sha256=%2").arg(f.documentId).arg(QString::fromLatin1(f.sha256.toHex()));
    if (key)
        parts << QStringLiteral("signed_by_key=%1").arg(key->vaultKeyId);
    return parts.join(QLatin1Char(' '));
}

} // namespace

QString CustomerRights::tombstoneName(qint64 customerId)
{
    return tr("Erased customer #%1").arg(customerId);
}

QString CustomerRights::openOrdersRefusal(const QStringList& orderNumbers)
{
    if (orderNumbers.size() == 1)
        return tr("This customer cannot be erased while order %1 is still in progress. Finish it (ship and close, or "
                  "cancel) first — the business needs the customer's details to complete it.")
            .arg(orderNumbers.first());
    return tr("This customer cannot be erased while %1 orders are still in progress: %2. Finish them (ship and "
              "close, or cancel) first — the business needs the customer's details to complete them.")
        .arg(orderNumbers.size())
        .arg(orderNumbers.join(QStringLiteral(", ")));
}

Result<CustomerRights::ExportResult> CustomerRights::exportData(qint64 customerId, const QString& jsonPath,
                                                                const QString& pdfPath)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::ExportCustomerData,
                                         audit::kCustomerDataExported, target(customerId)));
    if (jsonPath.trimmed().isEmpty() && pdfPath.trimmed().isEmpty())
        return Error{tr("Choose where to save the export: a JSON file, a PDF file, or both."), Errc::Invalid};
    if (!jsonPath.isEmpty() && !pdfPath.isEmpty() &&
        QFileInfo(jsonPath).absoluteFilePath() == QFileInfo(pdfPath).absoluteFilePath())
        return Error{tr("The JSON and PDF files need different names."), Errc::Invalid};
    auto gathered = gather(m_session, customerId);
    if (!gathered)
        return gathered.error();
    const QDateTime now = m_session.clock().nowUtc();
    auto key = grantedSigningKey(m_session);
    if (!key)
        return key.error();

    QList<PendingFile> files;
    if (!jsonPath.isEmpty())
        files << pendingFile(jsonPath, exportJson(m_session, gathered.value(), now),
                             target(customerId) + QStringLiteral(" json"));
    if (!pdfPath.isEmpty()) {
        auto pdf = documents::renderPdf(exportPdf(m_session, gathered.value(), now));
        if (!pdf)
            return pdf.error();
        files << pendingFile(pdfPath, pdf.value(), target(customerId) + QStringLiteral(" pdf"));
    }

    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    CUSTOS_TRY(issueFiles(m_session, files, documents::kind::kCustomerExport, key.value()));
    const QString details = QStringLiteral("orders=%1 ").arg(gathered->orders.size()) + documentDetails(files, *key);
    if (auto audited =
            m_session.appendAudit(audit::kCustomerDataExported, target(customerId), audit::kSuccess, details);
        !audited) {
        removeFiles(files);
        return audited.error();
    }
    if (auto committed = tx->commit(); !committed) {
        removeFiles(files);
        return committed.error();
    }
    ExportResult result;
    result.jsonPath = jsonPath;
    result.pdfPath = pdfPath;
    result.isSigned = key->has_value();
    result.fingerprint = key->has_value() ? key->value().fingerprint : QString();
    result.orders = int(gathered->orders.size());
    return result;
}

Result<CustomerRights::ErasurePlan> CustomerRights::planErasure(qint64 customerId)
{
    auto actor = access::loadActor(m_session);
    if (!actor)
        return actor.error();
    if (const access::Decision d = access::decide(actor.value(), access::Permission::EraseCustomerData); !d)
        return Error{d.reason, Errc::Denied};
    storage::Database& db = m_session.database();
    auto customer = storage::CustomerRepository(db).get(customerId);
    if (!customer)
        return customer.error();
    if (!customer->has_value())
        return Error{tr("This customer does not exist (any more)."), Errc::NotFound};
    if ((*customer)->erased())
        return Error{tr("This customer was erased already."), Errc::Invalid};
    storage::OrderRepository orders(db);
    ErasurePlan plan;
    plan.customerId = customerId;
    plan.customerName = (*customer)->name;
    auto ids = orders.idsForCustomer(customerId);
    if (!ids)
        return ids.error();
    plan.ordersKept = int(ids->size());
    auto pans = orders.sealedPanCount(customerId);
    if (!pans)
        return pans.error();
    plan.pansToDestroy = pans.value();
    auto open = orders.openOrderNumbers(customerId);
    if (!open)
        return open.error();
    plan.openOrders = open.value();
    return plan;
}

namespace {

documents::HtmlDocument certificate(const Session& session, const Customer& customer, const QDateTime& at,
                                    const QString& reason, int ordersKept, int pansDestroyed,
                                    const std::optional<documents::SigningKeyInfo>& key)
{
    using T = CustomerRights;
    const BusinessProfile& business = session.businessProfile();
    QString html = pageStart(T::tr("Certificate of erasure of personal data"), business);
    html += QStringLiteral("<p>") +
            escape(T::tr("%1 certifies that the personal data of the customer named below was erased from its "
                         "customer records on the date shown, at the customer's request (GDPR Art. 17).")
                       .arg(business.legalName)) +
            QStringLiteral("</p><table>");
    html += row(T::tr("Customer reference"), T::tr("Customer #%1").arg(customer.id));
    html += row(T::tr("Customer's name"), customer.name);
    html += row(T::tr("Erased on"), localDateTime(at) + QStringLiteral(" (") + isoUtc(at) + QStringLiteral(")"));
    html += row(T::tr("Authorised by"),
                QStringLiteral("%1 (%2)").arg(session.employee().fullName, roleDisplayName(session.employee().role)));
    html += row(T::tr("Reason"), reason);
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2><ul>").arg(escape(T::tr("What was erased")));
    for (const QString& item : {T::tr("Name (the record now reads “%1”)").arg(T::tombstoneName(customer.id)),
                                T::tr("Postal address: street, city, region and postal code"), T::tr("Phone number"),
                                T::tr("Email address"), T::tr("The customer's entry in the search index"),
                                T::tr("Notes on the orders and on their status changes (orders: %1)").arg(ordersKept),
                                T::tr("Card holder names on the orders"),
                                T::tr("Encrypted full card numbers still kept: %1 destroyed").arg(pansDestroyed)})
        html += QStringLiteral("<li>%1</li>").arg(escape(item));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<h2 style=\"font-size:13pt;\">%1</h2><ul>").arg(escape(T::tr("What was kept, and why")));
    for (const QString& item :
         {T::tr("The orders (%1) with their numbers, dates, items, amounts, tax, status and the card's brand, last 4 "
                "digits and expiry: tax and accounting law obliges the business to keep its sales records "
                "(GDPR Art. 17(3)(b)). They no longer name the customer.")
              .arg(ordersKept),
          T::tr("The customer's country, which decides the tax of those orders."),
          T::tr("The security log of who read or changed the record and when; it holds no name, address or "
                "card number (GDPR Art. 5(2) and 32)."),
          T::tr("Encrypted backups made before this date still contain the erased data until they are replaced; "
                "they are used only to recover from a disaster.")})
        html += QStringLiteral("<li>%1</li>").arg(escape(item));
    html += QStringLiteral("</ul>");

    html += QStringLiteral("<p>") +
            escape(T::tr("This certificate carries the customer's name so that it can be handed to them. Custos keeps "
                         "no copy of it, only its SHA-256 checksum, which recognises this document if it is shown "
                         "again.")) +
            QStringLiteral("</p>");
    if (key)
        html += QStringLiteral("<p>%1</p>")
                    .arg(escape(T::tr("Signed with the business's signing key, fingerprint %1. Check the signature "
                                      "(this file and its .sig file) with the public key the business publishes: "
                                      "openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE "
                                      "-sigfile FILE.sig")
                                    .arg(key->fingerprint)));
    else
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(escape(T::tr("This certificate is not signed: the owner who issued it holds no signing key.")));
    html += QStringLiteral("</body></html>");
    documents::HtmlDocument doc;
    doc.title = T::tr("Certificate of erasure — customer #%1").arg(customer.id);
    doc.html = html;
    return doc;
}

} // namespace

Result<CustomerRights::ErasureResult> CustomerRights::erase(qint64 customerId, const QString& reason,
                                                            const QString& certificatePath)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::EraseCustomerData, audit::kCustomerErased,
                                         target(customerId)));
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error{tr("Say why the customer is erased (for example “customer's request by letter of 3 May”)."),
                     Errc::Invalid};
    if (why.size() > kMaxReasonLength)
        return Error{tr("The reason is too long: at most %n characters.", nullptr, kMaxReasonLength), Errc::Invalid};
    if (certificatePath.trimmed().isEmpty())
        return Error{tr("Choose where to save the erasure certificate."), Errc::Invalid};
    auto key = grantedSigningKey(m_session);
    if (!key)
        return key.error();

    storage::Database& db = m_session.database();
    storage::CustomerRepository customers(db);
    storage::OrderRepository orders(db);
    ErasureResult result;
    QList<PendingFile> files;
    {
        auto tx = storage::Transaction::begin(db);
        if (!tx)
            return tx.error();
        auto found = customers.get(customerId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return Error{tr("This customer does not exist (any more)."), Errc::NotFound};
        const Customer customer = **found;
        if (customer.erased())
            return Error{tr("This customer was erased already."), Errc::Invalid};
        auto open = orders.openOrderNumbers(customerId);
        if (!open)
            return open.error();
        if (!open->isEmpty()) {
            tx->rollback();
            (void)m_session.recordEvent(audit::kCustomerErased, target(customerId), audit::kFailure,
                                        QStringLiteral("open orders: %1").arg(open->size()));
            return Error{openOrdersRefusal(open.value()), Errc::Invalid};
        }

        const QDateTime now = m_session.clock().nowUtc();
        auto erasedOrders = orders.eraseCustomerOrders(customerId, now);
        if (!erasedOrders)
            return erasedOrders.error();
        result.tombstone = tombstoneName(customerId);
        CUSTOS_TRY(customers.eraseCustomer(customerId, result.tombstone, now));
        result.ordersKept = erasedOrders->ordersKept;
        result.pansDestroyed = erasedOrders->pansDestroyed;

        auto pdf = documents::renderPdf(
            certificate(m_session, customer, now, why, result.ordersKept, result.pansDestroyed, key.value()));
        if (!pdf)
            return pdf.error();
        files << pendingFile(certificatePath, pdf.value(), target(customerId));
        CUSTOS_TRY(issueFiles(m_session, files, documents::kind::kErasureCertificate, key.value()));
        result.documentId = files.first().documentId;
        result.certificateSha256 = files.first().sha256;

        storage::CustomerRepository::ErasureRecord record;
        record.customerId = customerId;
        record.erasedAt = now;
        record.erasedBy = m_session.employee().id;
        record.ordersKept = result.ordersKept;
        record.pansDestroyed = result.pansDestroyed;
        record.certificateSha256 = result.certificateSha256;
        const auto recordAndAudit = [&]() -> Result<void> {
            auto id = customers.insertErasure(record);
            if (!id)
                return id.error();
            result.erasureId = id.value();
            // Counts only: the audit log must never hold the erased data.
            auto audited = m_session.appendAudit(
                audit::kCustomerErased, target(customerId), audit::kSuccess,
                QStringLiteral("orders_kept=%1 pans_destroyed=%2 ").arg(result.ordersKept).arg(result.pansDestroyed) +
                    documentDetails(files, *key));
            if (!audited)
                return audited.error();
            return success();
        };
        if (auto done = recordAndAudit(); !done) {
            removeFiles(files);
            return done.error();
        }
        if (auto committed = tx->commit(); !committed) {
            removeFiles(files);
            return committed.error();
        }
    }
    // The old page images of the erased rows may still sit in the write-ahead log; fold it into
    // the database (secure_delete has overwritten them there) and truncate it. Best effort: the
    // erasure is complete either way, and the next checkpoint does the same.
    (void)db.checkpoint();

    result.certificatePath = certificatePath;
    if (key->has_value()) {
        result.signaturePath = documents::signaturePathFor(certificatePath);
        result.fingerprint = key->value().fingerprint;
    }
    return result;
}

} // namespace custos
