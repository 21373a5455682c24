#pragma once

// Documents Custos issues and signs, and the check anyone can run on them.
//
// A signed document is a file plus a detached signature FILE.sig: the 64 raw bytes of a pure
// Ed25519 signature over the whole file, made with the vault's signing key (granted to owners,
// like the card-data key). `custos-cli verify` and plain OpenSSL both check it:
//   openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in FILE -sigfile FILE.sig
// The public key is exported as PEM with its fingerprint (Settings → Signing key, or
// `custos-cli signing-key export`), and the fingerprint is printed on every signed document.
//
// Issuing is one user action: the audit event and the issued_documents row are written in one
// transaction that commits only after the file (and its signature) are on disk, both written
// atomically. If anything fails, no file is left behind and nothing is recorded.

#include "core/Result.h"
#include "domain/BusinessProfile.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace custos {
class Session;
}

namespace custos::documents {

struct SigningKeyInfo
{
    qint64 vaultKeyId = 0;
    QByteArray publicKey; // 32 raw bytes
    QString fingerprint;  // crypto::fingerprint: "AB12 CD34 ..."
    QDateTime createdAt;
    QDateTime retiredAt; // invalid for the current key
    bool isCurrent() const { return !retiredAt.isValid(); }
};

// The vault's current signing public key. Anyone signed in may read it: it is printed on documents.
Result<SigningKeyInfo> currentSigningKey(storage::Database& db);
// Every signing public key, the current one first, then retired ones newest first (documents
// signed before a key rotation still verify).
Result<QList<SigningKeyInfo>> signingKeys(storage::Database& db);
// The public key as PEM (SubjectPublicKeyInfo) preceded by comment lines naming the business,
// the fingerprint and the date made. OpenSSL skips the text before "-----BEGIN".
Result<QByteArray> signingKeyPem(const SigningKeyInfo& key, const BusinessProfile& business);
// Writes signingKeyPem atomically to `path`, audited as signing_key.exported (any employee with
// ManageSettings; the key is public, the export is still recorded).
Result<void> exportSigningKey(Session& session, const QString& path);

// FILE -> FILE.sig
QString signaturePathFor(const QString& filePath);

// Kinds of issued_documents rows.
namespace kind {
inline const QString kOrderForm = QStringLiteral("order_form");
inline const QString kOrderConfirmation = QStringLiteral("order_confirmation");
inline const QString kReport = QStringLiteral("report");
inline const QString kStatement = QStringLiteral("privacy_statement");
inline const QString kCustomerExport = QStringLiteral("customer_export");
inline const QString kErasureCertificate = QStringLiteral("erasure_certificate");
inline const QString kSelfCheck = QStringLiteral("self_check");
} // namespace kind

struct IssueRequest
{
    QString kind;         // one of documents::kind
    QString reference;    // e.g. "access 2026-01-01..2026-03-31", "2026-000123", "customer:42"
    QString auditAction;  // e.g. audit::kReportExported
    QString auditTarget;  // e.g. "report:access"
    QString auditDetails; // never personal data or card digits
    bool sign = true;     // write FILE.sig (needs the signing key: owners)
};

struct IssuedFile
{
    qint64 documentId = 0; // issued_documents.id
    QString path;
    QString signaturePath; // empty when not signed
    QByteArray sha256;     // of the file's bytes
    QString fingerprint;   // of the key that signed, empty when not signed
};

// Writes `data` to `path` (and its signature to path.sig when request.sign), audits and records
// it — see the file comment. Errc::Denied when signing is asked for and the employee holds no
// signing key grant (the refusal is audited); Errc::Io with a clear message for a full disk or a
// read-only folder.
Result<IssuedFile> issueFile(Session& session, const QString& path, const QByteArray& data,
                             const IssueRequest& request);

// Issues a document whose output Custos does not hold as bytes (sent to a printer, or a PDF
// rendered with its serial number): in one transaction, adds the issued_documents row, audits
// request.auditAction (target and details as given; the id is appended to the details as
// "serial=N"), then calls `output(id)` — which prints or writes the document carrying that id
// as its serial number — and commits only if `output` succeeded. `request.sign` is ignored.
// Returns the id.
Result<qint64> issueOutput(Session& session, const IssueRequest& request,
                           const std::function<Result<void>(qint64 documentId)>& output);
// The id the next issued document will most likely get, for a print preview ("F-000124,
// provisional"); the printed copy carries the id issueOutput returns.
Result<qint64> nextDocumentId(storage::Database& db);
// "F-000124": the serial number as printed on a blank order form.
QString formSerial(qint64 documentId);

// A signature over `data` with the signing key granted to the signed-in employee.
Result<QByteArray> signData(Session& session, const QByteArray& data, SigningKeyInfo* usedKey = nullptr);

// ---- verification (no session) ----------------------------------------------------------------
struct Verification
{
    bool valid = false;
    QString fingerprint; // of the key that verified, or of the only key tried
    QString message;     // translated, for people: what was checked and the outcome
};
// Tries each key; valid when one verifies. A signature that is not 64 bytes is reported as such.
Verification verifyDetached(const QByteArray& data, const QByteArray& signature, const QList<QByteArray>& publicKeys);
// Reads both files (refusing files over 2 GiB with a clear message) and verifies.
Result<Verification> verifyFile(const QString& filePath, const QString& signaturePath,
                                const QList<QByteArray>& publicKeys);

} // namespace custos::documents
