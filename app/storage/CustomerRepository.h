#pragma once

#include "core/Result.h"
#include "domain/Customer.h"
#include "storage/Database.h"

#include <QList>
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
    // When `text` looks like a phone number ("+44 20 7946", "020-7946"): its digits as one
    // prefix term ("4420794*"), else empty.
    static QString phoneMatchExpression(const QString& text);

private:
    Result<void> writeIndex(const Customer& customer);
    Database& m_db;
};

} // namespace custos::storage
