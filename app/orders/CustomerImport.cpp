#include "orders/CustomerImport.h"

#include "documents/Csv.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"

#include <QHash>
#include <utility>

namespace custos {
namespace {

constexpr CustomerField kRequired[] = {CustomerField::Name,       CustomerField::Street,  CustomerField::City,
                                       CustomerField::PostalCode, CustomerField::Country, CustomerField::Phone};
constexpr CustomerField kOptional[] = {CustomerField::Region, CustomerField::Email};
constexpr int kProgressEvery = 100;

// "Postal_Code", "postal code" and "Post-Code " all become "postalcode".
QString headerKey(const QString& header)
{
    QString key;
    for (const QChar c : header.toCaseFolded())
        if (!c.isSpace() && c != QLatin1Char('_') && c != QLatin1Char('-') && c != QLatin1Char('.'))
            key += c;
    return key;
}

const QHash<QString, CustomerField>& synonyms()
{
    static const QHash<QString, CustomerField> table = [] {
        const std::pair<CustomerField, const char*> words[] = {
            {CustomerField::Name, "name"},
            {CustomerField::Name, "fullname"},
            {CustomerField::Name, "customer"},
            {CustomerField::Name, "customername"},
            {CustomerField::Street, "street"},
            {CustomerField::Street, "address"},
            {CustomerField::Street, "addressline1"},
            {CustomerField::Street, "streetaddress"},
            {CustomerField::City, "city"},
            {CustomerField::City, "town"},
            {CustomerField::Region, "region"},
            {CustomerField::Region, "state"},
            {CustomerField::Region, "county"},
            {CustomerField::Region, "province"},
            {CustomerField::PostalCode, "postalcode"},
            {CustomerField::PostalCode, "postcode"},
            {CustomerField::PostalCode, "zip"},
            {CustomerField::PostalCode, "zipcode"},
            {CustomerField::Country, "country"},
            {CustomerField::Phone, "phone"},
            {CustomerField::Phone, "telephone"},
            {CustomerField::Phone, "phonenumber"},
            {CustomerField::Phone, "tel"},
            {CustomerField::Email, "email"},
        };
        QHash<QString, CustomerField> t;
        for (const auto& [field, word] : words)
            t.insert(QString::fromLatin1(word), field);
        return t;
    }();
    return table;
}

QString& fieldOf(CustomerDraft& d, CustomerField field)
{
    switch (field) {
    case CustomerField::Name:
        return d.name;
    case CustomerField::Street:
        return d.street;
    case CustomerField::City:
        return d.city;
    case CustomerField::Region:
        return d.region;
    case CustomerField::PostalCode:
        return d.postalCode;
    case CustomerField::Country:
        return d.country;
    case CustomerField::Phone:
        return d.phone;
    case CustomerField::Email:
        break;
    }
    return d.email;
}

QString fieldList(const QList<CustomerField>& fields)
{
    QStringList names;
    for (CustomerField f : fields)
        names << customerFieldName(f);
    return names.join(QStringLiteral(", "));
}

// Same rule as CustomerService::findDuplicates, applied between the rows of one file.
struct SeenCustomers
{
    QHash<QString, int> byPhone;
    QHash<QString, int> byNameAndPostalCode;

    static QString nameKey(const CustomerDraft& d)
    {
        return customerNameKey(d.name) + QChar(0x1F) + postalCodeKey(d.postalCode);
    }

    int lineOf(const QString& phone, const CustomerDraft& d) const
    {
        if (!phone.isEmpty() && byPhone.contains(phone))
            return byPhone.value(phone);
        return byNameAndPostalCode.value(nameKey(d), 0);
    }

    void add(const QString& phone, const CustomerDraft& d, int line)
    {
        if (!phone.isEmpty())
            byPhone.insert(phone, line);
        byNameAndPostalCode.insert(nameKey(d), line);
    }
};

} // namespace

QStringList ImportRow::messages() const
{
    QStringList out;
    if (!rowProblem.isEmpty())
        out << rowProblem;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        out << CustomerImport::tr("%1: %2").arg(customerFieldName(it.key()), it.value());
    if (duplicateOfLine > 0)
        out << CustomerImport::tr("Same customer as line %1.").arg(duplicateOfLine);
    if (!duplicateOf.isEmpty()) {
        QStringList ids;
        for (qint64 id : duplicateOf)
            ids << QString::number(id);
        out << CustomerImport::tr("Already in the vault (customer %1).").arg(ids.join(QStringLiteral(", ")));
    }
    return out;
}

QStringList CustomerImport::requiredColumns()
{
    QStringList names;
    for (CustomerField f : kRequired)
        names << customerFieldName(f);
    return names;
}

Result<CustomerImport> CustomerImport::fromCsv(const QByteArray& bytes, const CustomerService& service,
                                               const std::function<bool(int, int)>& progress)
{
    auto table = csv::parse(bytes);
    if (!table)
        return table.error();

    CustomerImport import;
    const QStringList& header = table->header;
    for (int column = 0; column < header.size(); ++column) {
        const auto found = synonyms().constFind(headerKey(header.at(column)));
        if (found != synonyms().cend() && !import.m_mapping.contains(found.value()))
            import.m_mapping.insert(found.value(), column);
        else
            import.m_unmapped << (header.at(column).isEmpty() ? tr("(column %1 without a name)").arg(column + 1)
                                                              : header.at(column));
    }
    QList<CustomerField> missing;
    for (CustomerField f : kRequired)
        if (!import.m_mapping.contains(f))
            missing << f;
    if (!missing.isEmpty())
        return Error{tr("The file has no column for: %1. The first line must name the columns %2; %3 may be added.")
                         .arg(fieldList(missing), fieldList({std::begin(kRequired), std::end(kRequired)}),
                              fieldList({std::begin(kOptional), std::end(kOptional)})),
                     Errc::Invalid};

    const QString region = service.defaultRegion();
    SeenCustomers seen;
    import.m_rows.reserve(table->rows.size());
    const int total = static_cast<int>(table->rows.size());
    for (int k = 0; k < total; ++k) {
        if (progress && k > 0 && k % kProgressEvery == 0 && !progress(k, total))
            return Error{tr("Checking the file was cancelled."), Errc::Cancelled};
        const QStringList& cells = table->rows.at(k);
        ImportRow row;
        row.line = table->lineNumbers.at(k);
        for (auto it = import.m_mapping.cbegin(); it != import.m_mapping.cend(); ++it)
            fieldOf(row.draft, it.key()) = cells.value(it.value());

        bool extraValues = false;
        for (qsizetype c = header.size(); c < cells.size(); ++c)
            extraValues = extraValues || !cells.at(c).trimmed().isEmpty();
        if (cells.size() < header.size())
            row.rowProblem =
                tr("This line has %1 values but the first line names %2 columns.").arg(cells.size()).arg(header.size());
        else if (extraValues)
            row.rowProblem = tr("This line has %1 values but the first line names %2 columns. A value with a comma "
                                "in it must be in quotes.")
                                 .arg(cells.size())
                                 .arg(header.size());
        if (!row.rowProblem.isEmpty()) {
            import.m_rows.append(std::move(row));
            continue;
        }

        row.problems = service.validate(row.draft);
        auto duplicates = service.findDuplicates(row.draft);
        if (!duplicates)
            return duplicates.error();
        for (const Customer& c : duplicates.value())
            row.duplicateOf << c.id;
        if (row.isValid()) {
            auto phone = normalizePhone(row.draft.phone.trimmed(), region);
            const QString phoneKey = phone.ok() ? phone.value() : QString();
            const CustomerDraft trimmed = row.draft.trimmed();
            row.duplicateOfLine = seen.lineOf(phoneKey, trimmed);
            // Only a row that will be imported can make a later one its duplicate.
            if (!row.isDuplicate())
                seen.add(phoneKey, trimmed, row.line);
        }
        import.m_rows.append(std::move(row));
    }
    if (progress && !progress(total, total))
        return Error{tr("Checking the file was cancelled."), Errc::Cancelled};
    return import;
}

int CustomerImport::validCount() const
{
    int n = 0;
    for (const ImportRow& row : m_rows)
        n += row.willImport() ? 1 : 0;
    return n;
}

int CustomerImport::problemCount() const
{
    return static_cast<int>(m_rows.size()) - validCount();
}

void CustomerImport::setImportDuplicates(bool import)
{
    for (ImportRow& row : m_rows)
        row.importAnyway = import && row.isDuplicate();
}

Result<int> CustomerImport::commit(CustomerService& service, const std::function<bool(int, int)>& progress)
{
    if (m_committed)
        return Error{tr("These customers have already been imported."), Errc::Invalid};
    QList<CustomerDraft> drafts;
    for (const ImportRow& row : std::as_const(m_rows))
        if (row.willImport())
            drafts << row.draft;
    auto ids = service.createMany(drafts, progress);
    if (!ids)
        return ids.error();
    m_importedIds = ids.value();
    m_committed = true;
    return static_cast<int>(m_importedIds.size());
}

} // namespace custos
