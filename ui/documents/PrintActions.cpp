#include "documents/PrintActions.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "common/Messages.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/OrderForms.h"
#include "documents/Signing.h"
#include "orders/OrderService.h"
#include "vault/Session.h"

#include <QCoreApplication>
#include <QDir>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PrintActions", text, disambiguation, n);
}

// QPrinter reports a failed job only through its state.
Result<void> printOn(const documents::HtmlDocument& document, QPrinter& printer)
{
    documents::printDocument(document, printer);
    if (printer.printerState() == QPrinter::Error)
        return Error{tr("The printer reported an error; nothing was recorded as printed. Check the printer and try "
                        "again."),
                     Errc::Io};
    return success();
}

QString serialList(const QList<qint64>& ids)
{
    QStringList serials;
    for (qint64 id : ids)
        serials << documents::formSerial(id);
    return serials.join(u", "_s);
}

} // namespace

void printBlankOrderForm(custos::Session& session, QWidget* parent)
{
    if (auto allowed = access::requirePermission(session, access::Permission::PrintOrderForms, audit::kDocumentPrinted,
                                                 u"form:blank"_s);
        !allowed) {
        Messages::warning(parent, tr("Print blank order form"), allowed.errorMessage());
        return;
    }
    DocumentPreviewDialog::Job job;
    job.title = tr("Blank order form");
    job.suggestedFileName = documents::blankFormFileName();
    job.perCopySerials = true;
    job.preview = [&session]() -> Result<documents::HtmlDocument> {
        auto context = documents::loadFormContext(session);
        if (!context)
            return context.error();
        auto next = documents::nextDocumentId(session.database());
        if (!next)
            return next.error();
        return documents::blankOrderFormDocument(context.value(), {documents::formSerial(next.value())}, true);
    };
    job.print = [&session](QPrinter& printer, int copies) -> Result<QString> {
        auto context = documents::loadFormContext(session);
        if (!context)
            return context.error();
        auto ids = documents::issueBlankForms(
            session, copies, audit::kDocumentPrinted, [&](const QList<qint64>& issued) -> Result<void> {
                QStringList serials;
                for (qint64 id : issued)
                    serials << documents::formSerial(id);
                return printOn(documents::blankOrderFormDocument(context.value(), serials, false), printer);
            });
        if (!ids)
            return ids.error();
        return tr("Printed %n form(s): %1.", nullptr, int(ids->size())).arg(serialList(ids.value()));
    };
    job.save = [&session](const QString& path) -> Result<QString> {
        auto ids = documents::saveBlankForms(session, path, 1);
        if (!ids)
            return ids.error();
        return tr("Saved form %1 to %2.").arg(serialList(ids.value()), QDir::toNativeSeparators(path));
    };
    DocumentPreviewDialog dialog(std::move(job), parent);
    dialog.exec();
}

void printOrderConfirmation(custos::Session& session, qint64 orderId, QWidget* parent)
{
    auto order = OrderService(session).get(orderId);
    if (!order) {
        Messages::warning(parent, tr("Print order confirmation"), order.errorMessage());
        return;
    }
    const QString number = order->number;
    if (auto allowed = access::requirePermission(session, access::Permission::PrintOrderForms, audit::kDocumentPrinted,
                                                 u"order:"_s + number);
        !allowed) {
        Messages::warning(parent, tr("Print order confirmation"), allowed.errorMessage());
        return;
    }
    DocumentPreviewDialog::Job job;
    job.title = tr("Order confirmation %1").arg(number);
    job.suggestedFileName = documents::confirmationFileName(number);
    job.preview = [&session, orderId]() -> Result<documents::HtmlDocument> {
        auto next = documents::nextDocumentId(session.database());
        if (!next)
            return next.error();
        return documents::orderConfirmationDocument(session, orderId, next.value(), true);
    };
    job.print = [&session, orderId, number](QPrinter& printer, int) -> Result<QString> {
        // The printer makes any extra copies: they are copies of this one issued document.
        auto id = documents::issueOrderConfirmation(
            session, orderId, audit::kDocumentPrinted,
            [&](qint64, const documents::HtmlDocument& document) { return printOn(document, printer); });
        if (!id)
            return id.error();
        return tr("Printed the confirmation of order %1 (document %2).").arg(number).arg(id.value());
    };
    job.save = [&session, orderId, number](const QString& path) -> Result<QString> {
        auto id = documents::saveOrderConfirmation(session, orderId, path);
        if (!id)
            return id.error();
        return tr("Saved the confirmation of order %1 to %2.").arg(number, QDir::toNativeSeparators(path));
    };
    DocumentPreviewDialog dialog(std::move(job), parent);
    dialog.exec();
}

} // namespace custos::ui
