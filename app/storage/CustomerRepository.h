#pragma once

#include "core/Result.h"
#include "domain/Customer.h"
#include "storage/Database.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace custos::storage {

// Customers and their search index (customers_fts, FTS4). The index is written here, in the
// caller's transaction, so a customer and its index entry are saved or rolled back together.
class CustomerRepository
{
public:
    explicit CustomerRepository(Database& db) : m_db(db) {}

    // `customer` must be validated and normalised (trimmed, phone in E.164). Returns the id.
    Result<qint64> insert(const Customer& customer, std::optional<qint64> createdBy);
    // Updates every field but `archived` and `createdAt`. Errc::NotFound for an unknown id.
    Result<void> update(const Customer& customer);
    Result<std::optional<Customer>> get(qint64 id) const;
    Result<void> setArchived(qint64 id, bool archived, const QDateTime& at);

    Result<QList<Customer>> search(const CustomerQuery& query) const;
    // The statement search() runs: its parameters are `parameters` in order, then LIMIT and
    // OFFSET. nullopt when the text cannot match anything. (The benchmark replays it in the
    // sqlcipher tool.)
    struct SearchStatement
    {
        QString sql;
        QStringList parameters;
        int limit = 0;
        int offset = 0;
        bool walksInOrder = false; // many matches: walk the list order instead of sorting matches
    };
    Result<std::optional<SearchStatement>> searchStatement(const CustomerQuery& query) const;
    Result<int> count(const CustomerQuery& query) const;
    // Customers with the same phone number, or the same name (case-insensitive) and postal
    // code; `excludeId` is the customer being edited.
    Result<QList<Customer>> findDuplicates(const Customer& candidate, std::optional<qint64> excludeId = {}) const;

    // ---- search text -> FTS4 MATCH expressions ----------------------------------------------
    // Folds text for the index and for queries alike: compatibility-decomposed, Latin
    // diacritics and letters like Ł/ø/ß spelt plainly, lower case ("Łukasz" -> "lukasz").
    static QString searchFold(const QString& text);
    // Each word of `text` as a prefix term ("zoe* sm*"). Words are runs of letters and digits,
    // so quotes, *, -, :, parentheses and upper-case AND/OR/NOT/NEAR never reach FTS as
    // syntax. Empty when `text` has no word. `column` restricts every term to one column.
    static QString matchExpression(const QString& text, const QString& column = {});

    // The customer filter for search text, shared with the order list: " AND (<id> IN (word
    // matches) OR <id> IN (phone range) ...)" with its parameters. Empty for empty text,
    // nullopt when the text cannot match anything. `phoneRegion` reads national numbers.
    struct TextFilter
    {
        QString sql;
        QStringList parameters;
        QStringList ftsExpressions;
        QStringList phonePrefixes;
        bool active() const { return !sql.isEmpty(); }
    };
    // `phoneColumn` set: phone ranges compare that column directly (for a query that walks the
    // customers row by row) instead of building the list of matching ids.
    static std::optional<TextFilter> textFilter(const QString& text, const QString& phoneRegion,
                                                const QString& idColumn = QStringLiteral("c.id"),
                                                const QString& phoneColumn = {});

    // (Re)writes the customer's search index entry; insert() and update() call it. Public for
    // the benchmark generator, which inserts rows in bulk.
    Result<void> writeIndex(const Customer& customer);

    // ---- GDPR erasure and access (CustomerRights) -------------------------------------------
    // Anonymises the customer in the caller's transaction: the name becomes `tombstoneName`,
    // street, city, region, postal code, phone and email neutral empty values (country is kept:
    // it decides the tax of the orders kept for the accounts), archived, erased_at set. The
    // search index entry is deleted and the index optimised, so no word of the old entry
    // survives in the FTS segments. Errc::NotFound when there is no such customer left to erase.
    Result<void> eraseCustomer(qint64 id, const QString& tombstoneName, const QDateTime& at);

    // A row of customer_erasures: what was erased, never who the customer was.
    struct ErasureRecord
    {
        qint64 id = 0;
        qint64 customerId = 0;
        QDateTime erasedAt;
        qint64 erasedBy = 0;
        int ordersKept = 0;
        int pansDestroyed = 0;
        QByteArray certificateSha256; // empty: no certificate recorded
    };
    Result<qint64> insertErasure(const ErasureRecord& record);
    Result<std::optional<ErasureRecord>> erasure(qint64 customerId) const;

    // Audit events about the customer's record or one of their orders (targets "customer:ID"
    // and "order:NUMBER"), oldest first, for the customer's own export (GDPR Art. 15).
    struct RecordEvent
    {
        QDateTime at;
        QString actorName;
        QString action;
        QString target;
        QString outcome;
    };
    Result<QList<RecordEvent>> recordHistory(qint64 customerId) const;

private:
    // How many customers match each part of the filter, added up (an estimate: parts overlap).
    Result<qint64> estimateMatches(const TextFilter& filter) const;
    Result<qint64> maxCustomerId() const;
    Database& m_db;
};

} // namespace custos::storage
