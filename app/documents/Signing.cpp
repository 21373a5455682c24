#include "documents/Signing.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "crypto/Crypto.h"
#include "documents/Csv.h"
#include "storage/DocumentRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace custos::documents {
namespace {

const QString kSigningKind = QStringLiteral("signing");
constexpr qint64 kMaxVerifiedFileBytes = 2ll * 1024 * 1024 * 1024;

QString tr(const char* text)
{
    return QCoreApplication::translate("Signing", text);
}

SigningKeyInfo toInfo(const storage::KeyRepository::VaultKey& key)
{
    SigningKeyInfo info;
    info.vaultKeyId = key.id;
    info.publicKey = key.publicKey;
    info.fingerprint = crypto::fingerprint(key.publicKey);
    info.createdAt = key.createdAt;
    info.retiredAt = key.retiredAt;
    return info;
}

storage::DocumentRepository::IssuedDocument issuedRow(Session& session, const IssueRequest& request)
{
    storage::DocumentRepository::IssuedDocument row;
    row.kind = request.kind;
    row.reference = request.reference;
    row.issuedAt = session.clock().nowUtc();
    row.issuedBy = session.employee().id;
    return row;
}

QString withDetail(const QString& details, const QString& extra)
{
    return details.isEmpty() ? extra : details + QLatin1Char(' ') + extra;
}

Result<QByteArray> readWhole(const QString& path, const QString& what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()),
                     file.exists() ? Errc::Io : Errc::NotFound};
    if (file.size() > kMaxVerifiedFileBytes)
        return Error{
            tr("The %1 %2 is larger than 2 GiB; Custos does not sign or verify files that large.").arg(what, path),
            Errc::Invalid};
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error{tr("Cannot read the %1 %2: %3").arg(what, path, file.errorString()), Errc::Io};
    return bytes;
}

} // namespace

Result<SigningKeyInfo> currentSigningKey(storage::Database& db)
{
    auto key = storage::KeyRepository(db).currentVaultKey(kSigningKind);
    if (!key)
        return key.error();
    if (!key.value())
        return Error{tr("This vault has no signing key."), Errc::NotFound};
    return toInfo(*key.value());
}

Result<QList<SigningKeyInfo>> signingKeys(storage::Database& db)
{
    auto keys = storage::KeyRepository(db).vaultKeys(kSigningKind);
    if (!keys)
        return keys.error();
    QList<SigningKeyInfo> out;
    for (const auto& key : keys.value())
        out << toInfo(key);
    return out;
}

Result<QByteArray> signingKeyPem(const SigningKeyInfo& key, const BusinessProfile& business)
{
    auto pem = crypto::ed25519PublicKeyToPem(key.publicKey);
    if (!pem)
        return pem.error();
    // Comment lines before the PEM block: OpenSSL skips them, people read them.
    QByteArray out;
    out += "Custos document signing key (Ed25519 public key)\n";
    out += "Business: " + business.legalName.simplified().toUtf8() + '\n';
    out += "Fingerprint (SHA-256): " + key.fingerprint.toLatin1() + '\n';
    out += "Created: " + key.createdAt.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
    if (!key.isCurrent())
        out += "Retired: " + key.retiredAt.toUTC().toString(Qt::ISODate).toLatin1() +
               " (verifies documents signed before then)\n";
    out += "Verify: openssl pkeyutl -verify -pubin -inkey THIS.pem -rawin -in FILE -sigfile FILE.sig\n";
    out += pem.value();
    return out;
}

Result<void> exportSigningKey(Session& session, const QString& path)
{
    // The header promises ManageSettings (owners); the refusal is audited like any other.
    CUSTOS_TRY(access::requirePermission(session, access::Permission::ManageSettings, audit::kSigningKeyExported,
                                         QStringLiteral("signing_key")));
    auto key = currentSigningKey(session.database());
    if (!key)
        return key.error();
    auto pem = signingKeyPem(key.value(), session.businessProfile());
    if (!pem)
        return pem.error();
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    CUSTOS_TRY(session.appendAudit(audit::kSigningKeyExported, QStringLiteral("signing_key:%1").arg(key->vaultKeyId),
                                   audit::kSuccess, QStringLiteral("fingerprint=%1").arg(key->fingerprint)));
    CUSTOS_TRY(csv::writeFileAtomically(path, pem.value()));
    return tx->commit();
}

QString signaturePathFor(const QString& filePath)
{
    return filePath + QStringLiteral(".sig");
}

QString formSerial(qint64 documentId)
{
    return QStringLiteral("F-%1").arg(documentId, 6, 10, QLatin1Char('0'));
}

Result<qint64> nextDocumentId(storage::Database& db)
{
    return storage::DocumentRepository(db).nextId();
}

Result<QByteArray> signData(Session& session, const QByteArray& data, SigningKeyInfo* usedKey)
{
    auto granted = session.unsealGrantedKey(kSigningKind);
    if (!granted)
        return granted.error();
    if (!granted.value())
        return Error{tr("Only an owner can sign documents: your account holds no signing key."), Errc::Denied};
    auto signature = crypto::sign(granted.value()->privateKey, data);
    if (!signature)
        return signature.error();
    if (usedKey) {
        auto keys = signingKeys(session.database());
        if (!keys)
            return keys.error();
        for (const SigningKeyInfo& k : keys.value())
            if (k.vaultKeyId == granted.value()->vaultKeyId)
                *usedKey = k;
    }
    return signature;
}

Result<IssuedFile> issueFile(Session& session, const QString& path, const QByteArray& data, const IssueRequest& request)
{
    IssuedFile issued;
    issued.path = path;
    issued.sha256 = crypto::sha256(data);
    storage::DocumentRepository::IssuedDocument row = issuedRow(session, request);
    row.sha256 = issued.sha256;

    QByteArray signature;
    if (request.sign) {
        SigningKeyInfo key;
        auto signedData = signData(session, data, &key);
        if (!signedData) {
            if (signedData.error().code == Errc::Denied)
                (void)session.recordEvent(request.auditAction, request.auditTarget, audit::kDenied,
                                          QStringLiteral("no signing key"));
            return signedData.error();
        }
        signature = signedData.value();
        issued.signaturePath = signaturePathFor(path);
        issued.fingerprint = key.fingerprint;
        row.vaultKeyId = key.vaultKeyId;
    }

    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    auto id = storage::DocumentRepository(session.database()).insert(row);
    if (!id)
        return id.error();
    issued.documentId = id.value();
    QString details = withDetail(
        request.auditDetails,
        QStringLiteral("document=%1 sha256=%2").arg(issued.documentId).arg(QString::fromLatin1(issued.sha256.toHex())));
    if (request.sign)
        details = withDetail(details, QStringLiteral("signed_by_key=%1").arg(*row.vaultKeyId));
    CUSTOS_TRY(session.appendAudit(request.auditAction, request.auditTarget, audit::kSuccess, details));

    // Both files are complete before either replaces anything; the transaction commits last.
    csv::AtomicFile file(path);
    CUSTOS_TRY(file.open());
    CUSTOS_TRY(file.write(data));
    std::optional<csv::AtomicFile> sigFile;
    if (request.sign) {
        sigFile.emplace(issued.signaturePath);
        CUSTOS_TRY(sigFile->open());
        CUSTOS_TRY(sigFile->write(signature));
    }
    // Earlier files at these paths are kept aside until the transaction has committed, so a
    // failure after the first rename puts them back instead of leaving nothing.
    struct Kept
    {
        QString path;
        QString aside;
    };
    QList<Kept> kept;
    const auto putBack = [&kept](const QStringList& written) {
        for (const QString& w : written)
            QFile::remove(w);
        for (const Kept& k : std::as_const(kept))
            QFile::rename(k.aside, k.path);
    };
    for (const QString& target : {path, request.sign ? issued.signaturePath : QString()}) {
        if (target.isEmpty() || !QFileInfo::exists(target))
            continue;
        const QString aside = target + QStringLiteral(".custos-previous");
        QFile::remove(aside);
        if (!QFile::rename(target, aside)) {
            putBack({});
            return Error{tr("Cannot replace %1; nothing was written.").arg(QDir::toNativeSeparators(target)), Errc::Io};
        }
        kept << Kept{target, aside};
    }
    if (auto committed = file.commit(); !committed) {
        putBack({});
        return committed.error();
    }
    if (sigFile) {
        if (auto committed = sigFile->commit(); !committed) {
            putBack({path});
            return committed.error();
        }
    }
    if (auto committed = tx->commit(); !committed) {
        putBack(request.sign ? QStringList{path, issued.signaturePath} : QStringList{path});
        return committed.error();
    }
    for (const Kept& k : std::as_const(kept))
        QFile::remove(k.aside);
    return issued;
}

Result<qint64> issueOutput(Session& session, const IssueRequest& request,
                           const std::function<Result<void>(qint64 documentId)>& output)
{
    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    auto id = storage::DocumentRepository(session.database()).insert(issuedRow(session, request));
    if (!id)
        return id.error();
    CUSTOS_TRY(session.appendAudit(request.auditAction, request.auditTarget, audit::kSuccess,
                                   withDetail(request.auditDetails, QStringLiteral("serial=%1").arg(id.value()))));
    CUSTOS_TRY(output(id.value()));
    CUSTOS_TRY(tx->commit());
    return id.value();
}

Verification verifyDetached(const QByteArray& data, const QByteArray& signature, const QList<QByteArray>& publicKeys)
{
    Verification v;
    if (publicKeys.size() == 1)
        v.fingerprint = crypto::fingerprint(publicKeys.first());
    if (signature.size() != qsizetype(crypto::kEd25519SignatureSize)) {
        v.message = tr("The signature file is not an Ed25519 signature: it has %1 bytes, a signature has 64.")
                        .arg(signature.size());
        return v;
    }
    if (publicKeys.isEmpty()) {
        v.message = tr("No public key to check the signature with.");
        return v;
    }
    for (const QByteArray& key : publicKeys) {
        if (crypto::verify(key, data, signature)) {
            v.valid = true;
            v.fingerprint = crypto::fingerprint(key);
            v.message = tr("Signature valid: the file is exactly as signed with the key %1.").arg(v.fingerprint);
            return v;
        }
    }
    v.message = publicKeys.size() == 1
                    ? tr("Signature NOT valid: the file was changed after signing, or it was signed with another "
                         "key than %1.")
                          .arg(v.fingerprint)
                    : tr("Signature NOT valid with any of the %1 keys tried: the file was changed after signing, "
                         "or it was signed with another key.")
                          .arg(publicKeys.size());
    return v;
}

Result<Verification> verifyFile(const QString& filePath, const QString& signaturePath,
                                const QList<QByteArray>& publicKeys)
{
    auto data = readWhole(filePath, tr("file"));
    if (!data)
        return data.error();
    if (QFileInfo(signaturePath).size() > 4096)
        return Error{tr("%1 is not a signature file (too large).").arg(signaturePath), Errc::Invalid};
    auto signature = readWhole(signaturePath, tr("signature"));
    if (!signature)
        return signature.error();
    return verifyDetached(data.value(), signature.value(), publicKeys);
}

} // namespace custos::documents
