#pragma once

#include "core/Result.h"
#include "storage/Database.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <optional>

namespace custos::storage {

// Documents Custos issued (issued_documents): printed order forms (whose id is the serial on the
// paper), confirmations, signed reports, certificates and exports.
class DocumentRepository
{
public:
    explicit DocumentRepository(Database& db) : m_db(db) {}

    struct IssuedDocument
    {
        qint64 id = 0;
        QString kind;
        QString reference;
        QByteArray sha256;                // empty when not kept
        std::optional<qint64> vaultKeyId; // the signing key, when signed
        QDateTime issuedAt;
        std::optional<qint64> issuedBy;
    };

    Result<qint64> insert(const IssuedDocument& document);
    // The id the next insert will most likely get (max + 1).
    Result<qint64> nextId() const;
    Result<std::optional<IssuedDocument>> byId(qint64 id) const;
    // The documents whose file had this SHA-256 (a copy handed to an auditor can be matched).
    Result<QList<IssuedDocument>> bySha256(const QByteArray& sha256) const;
    // Newest first; `kind` empty for all kinds.
    Result<QList<IssuedDocument>> recent(const QString& kind, int limit) const;

private:
    Database& m_db;
};

} // namespace custos::storage
