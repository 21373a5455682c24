#pragma once

// The paper side of phone, fax and mail orders: the blank order form the business prints or
// faxes to customers, and the confirmation of an order already taken. Both are fax-friendly
// (black on white, nothing under 10 pt, no grey fills), on the paper size from the document
// settings, and never show more of a card than brand and last 4, whatever the role.
//
// Every printed or saved copy is issued (documents/Signing.h): an issued_documents row and an
// audit event, in the transaction that commits only once the copy was printed or written.

#include "core/Result.h"
#include "documents/DocumentSettings.h"
#include "documents/HtmlPdf.h"
#include "documents/PrivacyNotice.h"
#include "domain/BusinessProfile.h"
#include "domain/Customer.h"
#include "domain/Order.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace custos {
class Session;
}

namespace custos::documents {

inline constexpr int kMaxFormCopies = 500;

// What every document of the business prints besides its own content.
struct FormContext
{
    BusinessProfile business;
    PrivacyNotice notice; // as stored: placeholders not yet replaced
    int retentionDays = 0;
    DocumentSettings settings;
    QString signingFingerprint; // of the current signing key; empty when there is none
    QDateTime printedAt;        // UTC
};

// Reads the business profile, notice, retention, document settings and signing key.
Result<FormContext> loadFormContext(Session& session);

// The blank phone/fax/mail order form, one copy (one to two pages) per serial number
// ("F-000124"), copies separated by page breaks. `provisional`: a preview, the serial is the one
// the next printed copy will most likely get, and says so.
HtmlDocument blankOrderFormDocument(const FormContext& context, const QStringList& serials, bool provisional);

// The confirmation of `order` for `customer`: the card as brand and last 4 only. `documentNumber`
// is the issued document's id (0: none yet), `provisional` as above.
HtmlDocument orderConfirmationDocument(const FormContext& context, const Order& order, const Customer& customer,
                                       qint64 documentNumber, bool provisional);
// Loads the order and its customer (Errc::NotFound for an unknown order) and builds the above.
Result<HtmlDocument> orderConfirmationDocument(Session& session, qint64 orderId, qint64 documentNumber,
                                               bool provisional);
// "order-confirmation-2026-000123.pdf"
QString confirmationFileName(const QString& orderNumber);
QString blankFormFileName(); // "order-form.pdf"

// Issues `copies` blank forms in ONE transaction: PrintOrderForms is checked (a refusal is
// audited), then per copy an issued_documents row (kind order_form) and an `auditAction` event
// (audit::kDocumentPrinted or kDocumentSaved) with target "form:F-000124" and details
// "serial=124 copy=1/3"; then `output(ids)` prints or writes the copies carrying those serials,
// and the transaction commits only if it succeeded (a failed output records nothing).
// Errc::Invalid for copies outside 1..kMaxFormCopies. Returns the ids.
Result<QList<qint64>> issueBlankForms(Session& session, int copies, const QString& auditAction,
                                      const std::function<Result<void>(const QList<qint64>& ids)>& output);
// The same for an order confirmation, through documents::issueOutput (kind order_confirmation,
// target "order:2026-000123"). `output` gets the id and the document carrying it.
Result<qint64>
issueOrderConfirmation(Session& session, qint64 orderId, const QString& auditAction,
                       const std::function<Result<void>(qint64 id, const HtmlDocument& document)>& output);

// Writes `copies` blank forms as one PDF at `path` (atomically), issued as above with
// audit::kDocumentSaved. Returns the serial numbers' ids.
Result<QList<qint64>> saveBlankForms(Session& session, const QString& path, int copies = 1);
// Writes the confirmation of an order as a PDF at `path`, issued with audit::kDocumentSaved.
Result<qint64> saveOrderConfirmation(Session& session, qint64 orderId, const QString& path);

} // namespace custos::documents
