#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace custos {

// A customer as stored: the residence address is the minimum a card-not-present transaction
// needs; the phone number is E.164. Names are stored exactly as typed (any script).
struct Customer
{
    qint64 id = 0;
    QString name;
    QString street;
    QString city;
    QString region; // state, county, province; may be empty
    QString postalCode;
    QString country;
    QString phoneE164;
    QString email; // empty: none
    bool archived = false;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Valid once the customer's personal data was erased (GDPR Art. 17): the row is then a
    // tombstone ("Erased customer #42") kept so the orders keep their customer for the accounts.
    QDateTime erasedAt;
    bool erased() const { return erasedAt.isValid(); }
};

enum class CustomerField { Name, Street, City, Region, PostalCode, Country, Phone, Email };
// One translated message per field that needs fixing; empty when the draft can be saved.
using CustomerProblems = QMap<CustomerField, QString>;

// What the clerk typed. `trimmed()` is what gets saved; `validate()` says what to fix first.
struct CustomerDraft
{
    Q_DECLARE_TR_FUNCTIONS(CustomerDraft)
public:
    static constexpr int kMaxName = 200;
    static constexpr int kMaxAddressField = 200;
    static constexpr int kMaxEmail = 254; // RFC 5321 path limit

    QString name;
    QString street;
    QString city;
    QString region;
    QString postalCode;
    QString country;
    QString phone; // as typed: national or international form
    QString email;

    static CustomerDraft fromCustomer(const Customer& customer); // phone in international form

    // Every field without leading/trailing white space (inner white space is kept as typed).
    CustomerDraft trimmed() const;
    // `defaultRegion` ("GB") reads phone numbers typed without a country code. Too-long text
    // is refused with a message, never cut short.
    CustomerProblems validate(const QString& defaultRegion) const;

    // All problems in one message, one per line, in field order (for Result errors).
    static QString describe(const CustomerProblems& problems);
};

QString customerFieldName(CustomerField field);

enum class CustomerSort { Name, NewestFirst, OldestFirst };

// A page of the customer list. `text` is matched word by word as prefixes of the name, phone
// digits, postal code and email ("zoe sm", "020 7946", "po1"); it is never query syntax.
struct CustomerQuery
{
    QString text; // empty: everyone
    bool includeArchived = false;
    CustomerSort sort = CustomerSort::Name;
    int limit = 100;
    int offset = 0;
    // Reads phone numbers typed without a country code; CustomerService fills in the
    // business's default region when empty.
    QString phoneRegion;
}; // translated: "Name", "Postal code", ...

// The text used for duplicate checks and sorting: Unicode-normalised, inner white space
// collapsed, case-folded ("ZOË  Smith" and "zoë smith" are the same).
QString customerNameKey(const QString& name);
// Postal codes compared without spaces or case ("po1 2ab" == "PO12AB").
QString postalCodeKey(const QString& postalCode);

} // namespace custos
