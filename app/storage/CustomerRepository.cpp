#include "storage/CustomerRepository.h"

#include "core/Clock.h"
#include "domain/PhoneNumber.h"

namespace custos::storage {
namespace {

const QString kColumns = QStringLiteral("c.id, c.name, c.street, c.city, c.region, c.postal_code, c.country, "
                                        "c.phone_e164, c.email, c.archived, c.created_at, c.updated_at");

// Matches either the words or, for phone-like text, the digits as one term. Subqueries,
// because FTS4 cannot use two MATCH constraints joined by OR.
const QString kTextFilter =
    QStringLiteral(" AND (c.id IN (SELECT docid FROM customers_fts WHERE customers_fts MATCH ?) "
                   "OR c.id IN (SELECT docid FROM customers_fts WHERE customers_fts MATCH ?))");

constexpr int kMaxTerms = 16;

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

// The text filter's two MATCH expressions; nullopt when the text cannot match anything.
struct TextMatch
{
    bool active = false;
    QString words;
    QString digits;
};

std::optional<TextMatch> textMatch(const QString& text)
{
    TextMatch m;
    if (text.trimmed().isEmpty())
        return m;
    m.active = true;
    m.words = CustomerRepository::matchExpression(text);
    m.digits = CustomerRepository::phoneMatchExpression(text);
    if (m.words.isEmpty() && m.digits.isEmpty())
        return std::nullopt;
    if (m.words.isEmpty())
        m.words = m.digits;
    if (m.digits.isEmpty())
        m.digits = m.words;
    return m;
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
    QStringList terms;
    QString word;
    const auto flush = [&terms, &word, &column]() {
        if (!word.isEmpty() && terms.size() < kMaxTerms)
            terms << (column.isEmpty() ? QString() : column + QLatin1Char(':')) + word + QLatin1Char('*');
        word.clear();
    };
    for (char32_t cp : searchFold(text).toUcs4()) {
        if (QChar::isLetterOrNumber(cp))
            word += QString::fromUcs4(&cp, 1);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

QString CustomerRepository::phoneMatchExpression(const QString& text)
{
    static const QString kPhonePunctuation = QStringLiteral("+-()./ ");
    QString digits;
    for (QChar c : text.normalized(QString::NormalizationForm_KC).trimmed()) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            digits += c;
        else if (!kPhonePunctuation.contains(c) && !c.isSpace())
            return {};
    }
    return digits.size() >= 3 ? digits + QLatin1Char('*') : QString();
}

Result<void> CustomerRepository::writeIndex(const Customer& c)
{
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM customers_fts WHERE docid = ?"));
    if (!remove)
        return remove.error();
    remove->bind(1, c.id);
    CUSTOS_TRY(remove->exec());
    auto insert = m_db.prepare(
        QStringLiteral("INSERT INTO customers_fts (docid, name, phone, postal_code, email) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, c.id)
        .bind(2, searchFold(c.name))
        .bind(3, phoneSearchDigits(c.phoneE164))
        .bind(4, searchFold(c.postalCode))
        .bind(5, searchFold(c.email));
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

Result<QList<Customer>> CustomerRepository::search(const CustomerQuery& query) const
{
    const auto match = textMatch(query.text);
    if (!match)
        return QList<Customer>{};
    QString sql =
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM customers c WHERE (? OR c.archived = 0)");
    if (match->active)
        sql += kTextFilter;
    switch (query.sort) {
    case CustomerSort::Name:
        sql += QStringLiteral(" ORDER BY c.name_key, c.id");
        break;
    case CustomerSort::NewestFirst:
        sql += QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC");
        break;
    case CustomerSort::OldestFirst:
        sql += QStringLiteral(" ORDER BY c.created_at, c.id");
        break;
    }
    sql += QStringLiteral(" LIMIT ? OFFSET ?");
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, query.includeArchived);
    int next = 2;
    if (match->active) {
        st->bind(2, match->words).bind(3, match->digits);
        next = 4;
    }
    st->bind(next, qMax(0, query.limit)).bind(next + 1, qMax(0, query.offset));
    return readAll(st.value());
}

Result<int> CustomerRepository::count(const CustomerQuery& query) const
{
    const auto match = textMatch(query.text);
    if (!match)
        return 0;
    QString sql = QStringLiteral("SELECT count(*) FROM customers c WHERE (? OR c.archived = 0)");
    if (match->active)
        sql += kTextFilter;
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, query.includeArchived);
    if (match->active)
        st->bind(2, match->words).bind(3, match->digits);
    auto row = st->step();
    if (!row)
        return row.error();
    return row.value() ? st->int32(0) : 0;
}

Result<QList<Customer>> CustomerRepository::findDuplicates(const Customer& candidate,
                                                           std::optional<qint64> excludeId) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT ") + kColumns +
                           QStringLiteral(" FROM customers c WHERE (c.phone_e164 = ? OR (c.name_key = ? AND "
                                          "c.postal_key = ?)) AND c.id != ? ORDER BY c.name_key, c.id LIMIT 20"));
    if (!st)
        return st.error();
    st->bind(1, candidate.phoneE164)
        .bind(2, customerNameKey(candidate.name))
        .bind(3, postalCodeKey(candidate.postalCode))
        .bind(4, excludeId.value_or(0));
    return readAll(st.value());
}

} // namespace custos::storage
