#include "domain/Customer.h"

#include "domain/PhoneNumber.h"

#include <QRegularExpression>

namespace custos {
namespace {

QString tooLong(int max)
{
    return CustomerDraft::tr("This is too long: at most %n characters.", nullptr, max);
}

// Something@something.tld without spaces: enough to catch typing mistakes; the address can
// only truly be checked by writing to it.
bool looksLikeEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

} // namespace

CustomerDraft CustomerDraft::fromCustomer(const Customer& c)
{
    CustomerDraft d;
    d.name = c.name;
    d.street = c.street;
    d.city = c.city;
    d.region = c.region;
    d.postalCode = c.postalCode;
    d.country = c.country;
    d.phone = formatPhoneInternational(c.phoneE164);
    d.email = c.email;
    return d;
}

CustomerDraft CustomerDraft::trimmed() const
{
    CustomerDraft d;
    d.name = name.trimmed();
    d.street = street.trimmed();
    d.city = city.trimmed();
    d.region = region.trimmed();
    d.postalCode = postalCode.trimmed();
    d.country = country.trimmed();
    d.phone = phone.trimmed();
    d.email = email.trimmed();
    return d;
}

CustomerProblems CustomerDraft::validate(const QString& defaultRegion) const
{
    const CustomerDraft d = trimmed();
    CustomerProblems problems;
    const auto required = [&problems](CustomerField field, const QString& value, const QString& missing, int max) {
        if (value.isEmpty())
            problems.insert(field, missing);
        else if (value.size() > max)
            problems.insert(field, tooLong(max));
    };
    required(CustomerField::Name, d.name, tr("Enter the customer's name."), kMaxName);
    required(CustomerField::Street, d.street, tr("Enter the street address."), kMaxAddressField);
    required(CustomerField::City, d.city, tr("Enter the town or city."), kMaxAddressField);
    if (d.region.size() > kMaxAddressField)
        problems.insert(CustomerField::Region, tooLong(kMaxAddressField));
    required(CustomerField::PostalCode, d.postalCode, tr("Enter the postal code."), 20);
    required(CustomerField::Country, d.country, tr("Enter the country."), kMaxAddressField);
    if (auto phoneResult = normalizePhone(d.phone, defaultRegion); !phoneResult)
        problems.insert(CustomerField::Phone, phoneResult.errorMessage());
    if (d.email.size() > kMaxEmail)
        problems.insert(CustomerField::Email, tooLong(kMaxEmail));
    else if (!d.email.isEmpty() && !looksLikeEmail(d.email))
        problems.insert(CustomerField::Email, tr("This does not look like an email address (name@example.com)."));
    return problems;
}

QString CustomerDraft::describe(const CustomerProblems& problems)
{
    QStringList lines;
    for (auto it = problems.cbegin(); it != problems.cend(); ++it)
        lines << tr("%1: %2").arg(customerFieldName(it.key()), it.value());
    return lines.join(QLatin1Char('\n'));
}

QString customerFieldName(CustomerField field)
{
    switch (field) {
    case CustomerField::Name:
        return CustomerDraft::tr("Name");
    case CustomerField::Street:
        return CustomerDraft::tr("Street");
    case CustomerField::City:
        return CustomerDraft::tr("City");
    case CustomerField::Region:
        return CustomerDraft::tr("Region");
    case CustomerField::PostalCode:
        return CustomerDraft::tr("Postal code");
    case CustomerField::Country:
        return CustomerDraft::tr("Country");
    case CustomerField::Phone:
        return CustomerDraft::tr("Phone");
    case CustomerField::Email:
        return CustomerDraft::tr("Email");
    }
    return {};
}

QString customerNameKey(const QString& name)
{
    return name.normalized(QString::NormalizationForm_C).simplified().toCaseFolded();
}

QString postalCodeKey(const QString& postalCode)
{
    QString key = postalCode.normalized(QString::NormalizationForm_KC).toCaseFolded();
    key.remove(QRegularExpression(QStringLiteral("[\\s\\-]")));
    return key;
}

} // namespace custos
