#pragma once

// The data rights of one customer under the GDPR: a copy of everything held about them
// (Art. 15 access, Art. 20 portability) and erasure (Art. 17).
//
// Export: two files, written together in one action (one audit event "customer.data_exported",
// target "customer:ID", two issued_documents rows): a JSON file for machines and a PDF for
// people. Cards appear only as brand, last 4 and expiry — never the BIN, never the full number
// (the sealed number is not even opened), and no CVV exists to export. Both files get a
// detached Ed25519 signature FILE.sig when the employee holds the business signing key
// (owners); a manager's export is unsigned — the key is an owner's, and an unsigned copy is
// still a complete answer to the request. Needs ExportCustomerData (managers and owners with a
// cleared background check and a disclosure grant).
//
// JSON format "custos-customer-export/1" (UTF-8, field names fixed; times UTC ISO 8601; money
// in integer cents and as a decimal string without currency):
//   format, exported_at, exported_by            — this file; who made it (employee's full name)
//   controller { name, address, phone, email, privacy_contact }   — the business (GDPR Art. 13)
//   customer { id, name, street, city, region, postal_code, country, phone, email, archived,
//              created_at, updated_at }
//   orders [ { number, created_at, channel, status, tax_rate_percent, subtotal_cents, tax_cents,
//              total_cents, subtotal, tax, total, notes,
//              lines [ { description, quantity, unit_price_cents, unit_price, line_total_cents } ],
//              card { brand, last4, expiry, holder_name, full_number_kept } | null,
//              status_history [ { from, to, at, by, note } ] } ]
//   processing [ { purpose, data, legal_basis, retention } ]   — the categories of processing
//   privacy_notice                               — the notice as the business publishes it
//   record_history [ { at, by, action, outcome, target } ]     — when the record or an order was
//                                                  read or changed, from the audit log
//
// Erasure: see erase().

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace custos {

class Session;

class CustomerRights
{
    Q_DECLARE_TR_FUNCTIONS(CustomerRights)
public:
    static constexpr const char* kExportFormat = "custos-customer-export/1";
    static constexpr int kMaxReasonLength = 500;

    explicit CustomerRights(Session& session) : m_session(session) {}

    struct ExportResult
    {
        QString jsonPath; // empty when not asked for
        QString pdfPath;  // empty when not asked for
        bool isSigned = false;
        QString fingerprint; // of the signing key, when signed
        int orders = 0;
    };
    // Writes the export to `jsonPath` and/or `pdfPath` (at least one; both atomically, with
    // their .sig files when signed). Errc::Denied (audited) without ExportCustomerData;
    // Errc::NotFound for an unknown customer; Errc::Invalid for an erased one (nothing is left
    // to export); Errc::Io with the reason when a file cannot be written (then none is left).
    Result<ExportResult> exportData(qint64 customerId, const QString& jsonPath, const QString& pdfPath);

    // What an erasure would do, for the confirmation (no side effects, no audit).
    struct ErasurePlan
    {
        qint64 customerId = 0;
        QString customerName;
        int ordersKept = 0;     // every order stays for the accounts, anonymised
        int pansToDestroy = 0;  // sealed card numbers still kept
        QStringList openOrders; // received, charged or shipped: erasure is refused while any
        bool canErase() const { return openOrders.isEmpty(); }
    };
    // Errc::Denied without EraseCustomerData; Errc::NotFound; Errc::Invalid when already erased.
    Result<ErasurePlan> planErasure(qint64 customerId);

    struct ErasureResult
    {
        qint64 erasureId = 0;  // customer_erasures.id
        qint64 documentId = 0; // issued_documents.id of the certificate
        QString tombstone;     // the name the record carries now
        int ordersKept = 0;
        int pansDestroyed = 0;
        QString certificatePath;
        QString signaturePath; // empty when unsigned
        QString fingerprint;   // of the key that signed
        QByteArray certificateSha256;
    };
    // Erases the customer's personal data and writes the erasure certificate (PDF) to
    // `certificatePath`, as ONE action: in one transaction the customer becomes a tombstone
    // ("Erased customer #42": address, phone and email cleared, search entry removed, erased_at
    // set), their orders stay for the accounts with notes, status notes and card holder names
    // cleared and sealed card numbers destroyed, a customer_erasures row with the counts and the
    // certificate's SHA-256 is added and "customer.erased" is audited with counts only. The
    // certificate and its signature are written atomically before the transaction commits; if
    // either cannot be written nothing is erased, and if the commit fails the files are removed.
    //
    // Needs EraseCustomerData (owners, screened). `reason` (required, at most kMaxReasonLength
    // characters) is printed on the certificate only. Refused with Errc::Invalid naming the
    // orders while any order is received, charged or shipped.
    Result<ErasureResult> erase(qint64 customerId, const QString& reason, const QString& certificatePath);

    // "Erased customer #42" (in the vault's language at the time of erasure).
    static QString tombstoneName(qint64 customerId);
    // The refusal for orders still in progress, naming them.
    static QString openOrdersRefusal(const QStringList& orderNumbers);

private:
    Session& m_session;
};

} // namespace custos
