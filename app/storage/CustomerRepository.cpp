#include "storage/CustomerRepository.h"

#include "core/Clock.h"
#include "domain/PhoneNumber.h"

#include <algorithm>

namespace custos::storage {
namespace {

const QString kColumns = QStringLiteral("c.id, c.name, c.street, c.city, c.region, c.postal_code, c.country, "
                                        "c.phone_e164, c.email, c.archived, c.created_at, c.updated_at, c.erased_at");

// Matches either the words or, for phone-like text, the digits as one term. Subqueries,
// because FTS4 cannot use two MATCH constraints joined by OR.
constexpr int kMaxTerms = 16;
// Shortest word searched as a prefix on its own (UTF-16 units of the folded word).
constexpr int kMinPrefixLength = 3;
// Walking the list in order beats sorting the matches once matches^2 > page x customers (the
// walk visits about page x customers / matches rows); measured on 100k customers, see
// docs/performance.md.
constexpr double kWalkInOrderBias = 1.0;

Customer readCustomer(const Statement& st)
{
    Customer c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.street = st.text(2);
    c.city = st.text(3);
    c.region = st.text(4);
    c.postalCode = st.text(5);
    c.country = st.text(6);
    c.phoneE164 = st.text(7);
    c.email = st.isNull(8) ? QString() : st.text(8);
    c.archived = st.int64(9) != 0;
    c.createdAt = fromStorageTime(st.text(10));
    c.updatedAt = fromStorageTime(st.text(11));
    if (!st.isNull(12))
        c.erasedAt = fromStorageTime(st.text(12));
    return c;
}

std::optional<QString> optionalText(const QString& value)
{
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

Result<QList<Customer>> readAll(Statement& st)
{
    QList<Customer> out;
    while (true) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.append(readCustomer(st));
    }
}

} // namespace

QString CustomerRepository::searchFold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        const char16_t u = c.unicode();
        if (u >= 0x0300 && u <= 0x036f) // combining diacritical marks: é -> e
            continue;
        switch (u) {
        case u'ł':
        case u'Ł':
            out += QLatin1Char('l');
            break;
        case u'ø':
        case u'Ø':
            out += QLatin1Char('o');
            break;
        case u'đ':
        case u'Đ':
            out += QLatin1Char('d');
            break;
        case u'ı':
            out += QLatin1Char('i');
            break;
        case u'ß':
            out += QStringLiteral("ss");
            break;
        case u'æ':
        case u'Æ':
            out += QStringLiteral("ae");
            break;
        case u'œ':
        case u'Œ':
            out += QStringLiteral("oe");
            break;
        default:
            out += c;
        }
    }
    return out.toLower();
}

QString CustomerRepository::matchExpression(const QString& text, const QString& column)
{
    // Runs of letters and digits, as unicode61 splits them (marks separate words there too).
    QStringList words;
    QString word;
    const auto flush = [&words, &word]() {
        if (!word.isEmpty() && words.size() < kMaxTerms)
            words << word;
        word.clear();
    };
    for (char32_t cp : searchFold(text).toUcs4()) {
        if (QChar::isLetterOrNumber(cp))
            word += QString::fromUcs4(&cp, 1);
        else
            flush();
    }
    flush();
    // A prefix of one or two characters alone matches a large share of the customers ("m*"),
    // so it is searched as a whole word ("wu", "li" still find Wu and Li). Beside a longer word
    // a two-character prefix narrows that word's matches and stays one ("sarah sm"); a single
    // character never is (the index keeps 2- and 3-character prefixes, not 1: "9*" would read
    // every term that starts with 9).
    // Two Han, kana or Hangul characters say as much as a short Latin word ("山田").
    const auto isLong = [](const QString& w) {
        if (w.size() >= kMinPrefixLength)
            return true;
        const QChar::Script script = w.size() == 2 ? w.at(0).script() : QChar::Script_Unknown;
        return script == QChar::Script_Han || script == QChar::Script_Hiragana || script == QChar::Script_Katakana ||
               script == QChar::Script_Hangul;
    };
    const bool anyLong = std::any_of(words.cbegin(), words.cend(), isLong);
    QStringList terms;
    for (const QString& w : std::as_const(words)) {
        const bool prefix = isLong(w) || (anyLong && w.size() >= 2);
        terms << (column.isEmpty() ? QString() : column + QLatin1Char(':')) + w +
                     (prefix ? QStringLiteral("*") : QString());
    }
    return terms.join(QLatin1Char(' '));
}

std::optional<CustomerRepository::TextFilter> CustomerRepository::textFilter(const QString& text,
                                                                             const QString& phoneRegion,
                                                                             const QString& idColumn,
                                                                             const QString& phoneColumn)
{
    TextFilter f;
    if (text.trimmed().isEmpty())
        return f;
    QStringList terms;
    // Words go to the full-text index (names, postcodes, email addresses) ...
    if (const QString words = matchExpression(text); !words.isEmpty()) {
        terms << idColumn + QStringLiteral(" IN (SELECT docid FROM customers_fts WHERE customers_fts MATCH ?)");
        f.parameters << words;
        f.ftsExpressions << words;
    }
    // ... phone numbers to a range of the E.164 index: every stored number is a distinct word,
    // so a digit prefix in the full-text index would read thousands of terms per keystroke.
    for (const QString& prefix : phoneSearchPrefixes(text, phoneRegion)) {
        if (phoneColumn.isEmpty())
            terms << idColumn +
                         QStringLiteral(" IN (SELECT id FROM customers WHERE phone_e164 >= ? AND phone_e164 < ?)");
        else // tested on each row as it is walked: no list of matching ids to build first
            terms << QStringLiteral("(%1 >= ? AND %1 < ?)").arg(phoneColumn);
        f.parameters << prefix << prefix + QLatin1Char(':'); // ':' sorts right after '9'
        f.phonePrefixes << prefix;
    }
    if (terms.isEmpty())
        return std::nullopt;
    f.sql = QStringLiteral(" AND (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    return f;
}

Result<void> CustomerRepository::writeIndex(const Customer& c)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM customers_fts WHERE docid = ?"));
    if (!remove)
        return remove.error();
    remove->bind(1, c.id);
    CUSTOS_TRY(remove->exec());
    auto insert =
        m_db.prepare(QStringLiteral("INSERT INTO customers_fts (docid, name, postal_code, email) VALUES (?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, c.id).bind(2, searchFold(c.name)).bind(3, searchFold(c.postalCode)).bind(4, searchFold(c.email));
    return insert->exec();
}

namespace {
// Insert and update share the first ten columns: the record and its folded search keys.
void bindFields(Statement& st, const Customer& c)
{
    st.bind(1, c.name)
        .bind(2, customerNameKey(c.name))
        .bind(3, c.street)
        .bind(4, c.city)
        .bind(5, c.region)
        .bind(6, c.postalCode)
        .bind(7, postalCodeKey(c.postalCode))
        .bind(8, c.country)
        .bind(9, c.phoneE164)
        .bind(10, optionalText(c.email));
}
} // namespace

Result<qint64> CustomerRepository::insert(const Customer& c, std::optional<qint64> createdBy)
{
    auto st = m_db.prepare(QStringLiteral(
        "INSERT INTO customers (name, name_key, street, city, region, postal_code, postal_key, country, phone_e164, "
        "email, archived, created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    bindFields(st.value(), c);
    st->bind(11, c.archived)
        .bind(12, toStorageTime(c.createdAt))
        .bind(13, createdBy)
        .bind(14, toStorageTime(c.updatedAt.isValid() ? c.updatedAt : c.createdAt));
    CUSTOS_TRY(st->exec());
    Customer stored = c;
    stored.id = m_db.lastInsertRowId();
    CUSTOS_TRY(writeIndex(stored));
    return stored.id;
}

Result<void> CustomerRepository::update(const Customer& c)
{
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, name_key = ?, street = ?, city = ?, region = ?, postal_code = ?, "
        "postal_key = ?, country = ?, phone_e164 = ?, email = ?, updated_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    bindFields(st.value(), c);
    st->bind(11, toStorageTime(c.updatedAt)).bind(12, c.id);
    CUSTOS_TRY(st->exec());
    if (m_db.changes() == 0)
        return Error{QCoreApplication::translate("CustomerRepository", "This customer does not exist (any more)."),
                     Errc::NotFound};
    return writeIndex(c);
}

Result<std::optional<Customer>> CustomerRepository::get(qint64 id) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers c WHERE c.id = ?"));
    if (!st)
        return st.error();
    st->bind(1, id);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<Customer>{};
    return std::optional<Customer>{readCustomer(st.value())};
}

Result<void> CustomerRepository::setArchived(qint64 id, bool archived, const QDateTime& at)
{
    auto st = m_db.prepare(QStringLiteral("UPDATE customers SET archived = ?, updated_at = ? WHERE id = ?"));
    if (!st)
        return st.error();
    st->bind(1, archived).bind(2, toStorageTime(at)).bind(3, id);
    CUSTOS_TRY(st->exec());
    if (m_db.changes() == 0)
        return Error{QCoreApplication::translate("CustomerRepository", "This customer does not exist (any more)."),
                     Errc::NotFound};
    return success();
}

Result<std::optional<CustomerRepository::SearchStatement>>
CustomerRepository::searchStatement(const CustomerQuery& query) const
{
    const QString idColumn = QStringLiteral("c.id");
    auto filter = textFilter(query.text, query.phoneRegion, idColumn);
    if (!filter)
        return std::optional<SearchStatement>{};
    SearchStatement plan;
    plan.limit = qMax(0, query.limit);
    plan.offset = qMax(0, query.offset);

    // Two ways to answer, chosen by how many customers match (docs/performance.md, "Search"):
    // few matches -> fetch them all and sort them; many ("mar", "077") -> walk the customers
    // in list order and keep the matching ones until the page is full, which stops after
    // about page / share-of-matches rows instead of fetching and sorting them all.
    if (filter->active()) {
        auto matches = estimateMatches(filter.value());
        if (!matches)
            return matches.error();
        auto highest = maxCustomerId();
        if (!highest)
            return highest.error();
        plan.walksInOrder =
            double(matches.value()) * double(matches.value()) >
            double(plan.offset + plan.limit) * double(qMax<qint64>(1, highest.value())) * kWalkInOrderBias;
        if (plan.walksInOrder) // "+c.id" and "+c.phone_e164": see below
            filter =
                textFilter(query.text, query.phoneRegion, QStringLiteral("+c.id"), QStringLiteral("+c.phone_e164"));
    }
    plan.parameters = filter->parameters;

    // A unary "+" hides a column from the planner, which otherwise picks by its own guesses:
    // walking, "+c.id" makes the matches a membership test (and "+c.phone_e164" a test of the
    // row's own number) while customers_archived_name delivers the list order; sorting,
    // "+c.archived" makes it look the matches up by rowid.
    plan.sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers c WHERE ");
    if (query.includeArchived) // erased customers are archived tombstones: never listed
        plan.sql += QStringLiteral("c.erased_at IS NULL");
    else
        plan.sql += plan.walksInOrder || !filter->active() ? QStringLiteral("c.archived = 0")
                                                           : QStringLiteral("+c.archived = 0");
    plan.sql += filter->sql;
    switch (query.sort) {
    case CustomerSort::Name:
        plan.sql += QStringLiteral(" ORDER BY c.name_key, c.id");
        break;
    case CustomerSort::NewestFirst:
        plan.sql += QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC");
        break;
    case CustomerSort::OldestFirst:
        plan.sql += QStringLiteral(" ORDER BY c.created_at, c.id");
        break;
    }
    plan.sql += QStringLiteral(" LIMIT ? OFFSET ?");
    return std::optional<SearchStatement>{std::move(plan)};
}

Result<QList<Customer>> CustomerRepository::search(const CustomerQuery& query) const
{
    auto plan = searchStatement(query);
    if (!plan)
        return plan.error();
    if (!plan.value())
        return QList<Customer>{};
    auto st = m_db.prepare(plan.value()->sql);
    if (!st)
        return st.error();
    int next = 1;
    for (const QString& p : std::as_const(plan.value()->parameters))
        st->bind(next++, p);
    st->bind(next, plan.value()->limit).bind(next + 1, plan.value()->offset);
    return readAll(st.value());
}

Result<qint64> CustomerRepository::estimateMatches(const TextFilter& filter) const
{
    qint64 total = 0;
    const auto countOf = [this, &total](const QString& sql, const QStringList& values) -> Result<void> {
        auto st = m_db.prepare(sql);
        if (!st)
            return st.error();
        int i = 1;
        for (const QString& v : values)
            st->bind(i++, v);
        auto row = st->step();
        if (!row)
            return row.error();
        total += row.value() ? st->int64(0) : 0;
        return success();
    };
    for (const QString& e : filter.ftsExpressions)
        CUSTOS_TRY(countOf(QStringLiteral("SELECT count(*) FROM customers_fts WHERE customers_fts MATCH ?"), {e}));
    for (const QString& p : filter.phonePrefixes)
        CUSTOS_TRY(countOf(QStringLiteral("SELECT count(*) FROM customers WHERE phone_e164 >= ? AND phone_e164 < ?"),
                           {p, p + QLatin1Char(':')}));
    return total;
}

Result<qint64> CustomerRepository::maxCustomerId() const
{
    auto st = m_db.prepare(QStringLiteral("SELECT coalesce(max(id), 0) FROM customers"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int64(0) : 0;
}

Result<int> CustomerRepository::count(const CustomerQuery& query) const
{
    const auto filter = textFilter(query.text, query.phoneRegion);
    if (!filter)
        return 0;
    QString sql = QStringLiteral("SELECT count(*) FROM customers c WHERE ") +
                  (query.includeArchived ? QStringLiteral("c.erased_at IS NULL") : QStringLiteral("c.archived = 0")) +
                  filter->sql;
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    int next = 1;
    for (const QString& p : filter->parameters)
        st->bind(next++, p);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int32(0) : 0;
}

Result<QList<Customer>> CustomerRepository::findDuplicates(const Customer& candidate,
                                                           std::optional<qint64> excludeId) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT ") + kColumns +
        QStringLiteral(" FROM customers c WHERE (c.phone_e164 = ? OR (c.name_key = ? AND "
                       "c.postal_key = ?)) AND c.id != ? AND c.erased_at IS NULL ORDER BY c.name_key, c.id LIMIT 20"));
    if (!st)
        return st.error();
    st->bind(1, candidate.phoneE164)
        .bind(2, customerNameKey(candidate.name))
        .bind(3, postalCodeKey(candidate.postalCode))
        .bind(4, excludeId.value_or(0));
    return readAll(st.value());
}

Result<void> CustomerRepository::eraseCustomer(qint64 id, const QString& tombstoneName, const QDateTime& at)
{
    // Neutral values that satisfy the table's NOT NULL and length CHECKs; email NULL means none.
    auto st = m_db.prepare(QStringLiteral(
        "UPDATE customers SET name = ?, name_key = ?, street = '', city = '', region = '', postal_code = '', "
        "postal_key = '', phone_e164 = '', email = NULL, archived = 1, erased_at = ?, updated_at = ? "
        "WHERE id = ? AND erased_at IS NULL"));
    if (!st)
        return st.error();
    const QString when = toStorageTime(at);
    st->bind(1, tombstoneName).bind(2, customerNameKey(tombstoneName)).bind(3, when).bind(4, when).bind(5, id);
    CUSTOS_TRY(st->exec());
    if (m_db.changes() == 0)
        return Error{
            QCoreApplication::translate("CustomerRepository", "This customer does not exist, or was erased already."),
            Errc::NotFound};
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM customers_fts WHERE docid = ?"));
    if (!remove)
        return remove.error();
    remove->bind(1, id);
    CUSTOS_TRY(remove->exec());
    // FTS4 deletes by adding a newer segment that cancels the entry; the old segment, with the
    // customer's words, stays until segments merge. 'optimize' merges them all now, so the
    // erased words are gone from customers_fts_segments (secure_delete overwrites the pages).
    return m_db.exec(QStringLiteral("INSERT INTO customers_fts (customers_fts) VALUES ('optimize')"));
}

Result<qint64> CustomerRepository::insertErasure(const ErasureRecord& r)
{
    auto st = m_db.prepare(
        QStringLiteral("INSERT INTO customer_erasures (customer_id, erased_at, erased_by, orders_kept, pans_destroyed, "
                       "certificate_sha256) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!st)
        return st.error();
    st->bind(1, r.customerId)
        .bind(2, toStorageTime(r.erasedAt))
        .bind(3, r.erasedBy)
        .bind(4, r.ordersKept)
        .bind(5, r.pansDestroyed)
        .bind(6, r.certificateSha256.isEmpty() ? QByteArray() : r.certificateSha256);
    CUSTOS_TRY(st->exec());
    return m_db.lastInsertRowId();
}

Result<std::optional<CustomerRepository::ErasureRecord>> CustomerRepository::erasure(qint64 customerId) const
{
    auto st = m_db.prepare(
        QStringLiteral("SELECT id, customer_id, erased_at, erased_by, orders_kept, pans_destroyed, certificate_sha256 "
                       "FROM customer_erasures WHERE customer_id = ?"));
    if (!st)
        return st.error();
    st->bind(1, customerId);
    auto row = st->step();
    if (!row)
        return row.error();
    if (!row.value())
        return std::optional<ErasureRecord>{};
    ErasureRecord r;
    r.id = st->int64(0);
    r.customerId = st->int64(1);
    r.erasedAt = fromStorageTime(st->text(2));
    r.erasedBy = st->int64(3);
    r.ordersKept = st->int32(4);
    r.pansDestroyed = st->int32(5);
    r.certificateSha256 = st->blob(6);
    return std::optional<ErasureRecord>{r};
}

Result<QList<CustomerRepository::RecordEvent>> CustomerRepository::recordHistory(qint64 customerId) const
{
    // One pass over the log (no index on target): the order targets are built once as a list.
    auto st = m_db.prepare(
        QStringLiteral("SELECT at, actor_name, action, target, outcome FROM audit_events WHERE target = ? OR target IN "
                       "(SELECT 'order:' || number FROM orders WHERE customer_id = ?) ORDER BY seq"));
    if (!st)
        return st.error();
    st->bind(1, QStringLiteral("customer:%1").arg(customerId)).bind(2, customerId);
    QList<RecordEvent> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!row.value())
            return out;
        out.append(RecordEvent{fromStorageTime(st->text(0)), st->text(1), st->text(2), st->text(3), st->text(4)});
    }
}

} // namespace custos::storage
