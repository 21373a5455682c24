#include "storage/DocumentRepository.h"

#include "core/Clock.h"

namespace custos::storage {
namespace {

const QString kColumns =
    QStringLiteral("SELECT id, kind, reference, sha256, vault_key_id, issued_at, issued_by FROM issued_documents");

DocumentRepository::IssuedDocument readRow(const Statement& st)
{
    DocumentRepository::IssuedDocument d;
    d.id = st.int64(0);
    d.kind = st.text(1);
    d.reference = st.text(2);
    d.sha256 = st.blob(3);
    if (!st.isNull(4))
        d.vaultKeyId = st.int64(4);
    d.issuedAt = fromStorageTime(st.text(5));
    if (!st.isNull(6))
        d.issuedBy = st.int64(6);
    return d;
}

Result<QList<DocumentRepository::IssuedDocument>> readAll(Statement& st)
{
    QList<DocumentRepository::IssuedDocument> out;
    while (true) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out << readRow(st);
    }
}

} // namespace

Result<qint64> DocumentRepository::insert(const IssuedDocument& d)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO issued_documents (kind, reference, sha256, vault_key_id, "
                                          "issued_at, issued_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
    if (!st)
        return st.error();
    st->bind(1, d.kind).bind(2, d.reference).bind(3, d.sha256.isEmpty() ? QByteArray() : d.sha256);
    if (d.vaultKeyId)
        st->bind(4, *d.vaultKeyId);
    else
        st->bindNull(4);
    st->bind(5, toStorageTime(d.issuedAt));
    if (d.issuedBy)
        st->bind(6, *d.issuedBy);
    else
        st->bindNull(6);
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

Result<qint64> DocumentRepository::nextId() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM issued_documents"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return st->int64(0);
}

Result<std::optional<DocumentRepository::IssuedDocument>> DocumentRepository::byId(qint64 id) const
{
    auto st = m_db.prepare(kColumns + QStringLiteral(" WHERE id = ?1"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto rows = readAll(st.value());
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<IssuedDocument>{};
    return std::optional<IssuedDocument>(rows->first());
}

Result<QList<DocumentRepository::IssuedDocument>> DocumentRepository::bySha256(const QByteArray& sha256) const
{
    auto st = m_db.prepare(kColumns + QStringLiteral(" WHERE sha256 = ?1 ORDER BY id"));
    if (!st)
        return st.error();
    st->bind(1, sha256);
    return readAll(st.value());
}

Result<QList<DocumentRepository::IssuedDocument>> DocumentRepository::recent(const QString& kind, int limit) const
{
    auto st = m_db.prepare(kColumns + QStringLiteral(" WHERE (?1 = '' OR kind = ?1) ORDER BY id DESC LIMIT ?2"));
    if (!st)
        return st.error();
    st->bind(1, kind).bind(2, limit);
    return readAll(st.value());
}

} // namespace custos::storage
