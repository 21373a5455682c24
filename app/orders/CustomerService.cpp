#include "orders/CustomerService.h"

#include "access/Staff.h"
#include "domain/PhoneNumber.h"
#include "storage/CustomerRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

#include <QLocale>

namespace custos {
namespace {

QString target(qint64 customerId)
{
    return QStringLiteral("customer:%1").arg(customerId);
}

Error notFound()
{
    return Error{CustomerService::tr("This customer does not exist (any more)."), Errc::NotFound};
}

// An erased customer is a tombstone kept for the accounts (GDPR Art. 17): nothing may be added
// to it again.
Error erasedCustomer(const Customer& c)
{
    return Error{CustomerService::tr("This customer's personal data was erased on %1 at their request; the record "
                                     "cannot be changed or used again. Add the person as a new customer if they "
                                     "order again.")
                     .arg(QLocale().toString(c.erasedAt.toLocalTime().date(), QLocale::ShortFormat)),
                 Errc::Invalid};
}

} // namespace

QString CustomerService::defaultRegion() const
{
    auto stored = storage::SettingsRepository(m_session.database()).value(QString::fromLatin1(kDefaultRegionSetting));
    if (stored.ok() && isSupportedPhoneRegion(stored.value()))
        return stored.value().toUpper();
    return systemPhoneRegion();
}

Result<void> CustomerService::setDefaultRegion(const QString& region)
{
    if (m_session.employee().role == Role::Clerk)
        return Error{tr("Only a manager or owner can change the default phone region."), Errc::Denied};
    const QString code = region.trimmed().toUpper();
    if (!isSupportedPhoneRegion(code))
        return Error{tr("“%1” is not a two-letter country code that phone numbers are known for.").arg(code),
                     Errc::Invalid};
    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    CUSTOS_TRY(
        storage::SettingsRepository(m_session.database()).setValue(QString::fromLatin1(kDefaultRegionSetting), code));
    CUSTOS_TRY(m_session.appendAudit(audit::kDefaultRegionChanged, QStringLiteral("settings"), audit::kSuccess, code));
    return tx->commit();
}

CustomerProblems CustomerService::validate(const CustomerDraft& draft) const
{
    return draft.validate(defaultRegion());
}

Result<Customer> CustomerService::normalised(const CustomerDraft& draft) const
{
    const QString region = defaultRegion();
    const CustomerProblems problems = draft.validate(region);
    if (!problems.isEmpty())
        return Error{CustomerDraft::describe(problems), Errc::Invalid};
    const CustomerDraft d = draft.trimmed();
    auto phone = normalizePhone(d.phone, region);
    if (!phone)
        return phone.error();
    Customer c;
    c.name = d.name;
    c.street = d.street;
    c.city = d.city;
    c.region = d.region;
    c.postalCode = d.postalCode;
    c.country = d.country;
    c.phoneE164 = phone.value();
    c.email = d.email;
    return c;
}

Result<qint64> CustomerService::create(const CustomerDraft& draft)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::EditCustomers, audit::kCustomerCreated, {}));
    auto customer = normalised(draft);
    if (!customer)
        return customer.error();
    customer->createdAt = m_session.clock().nowUtc();
    customer->updatedAt = customer->createdAt;
    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    auto id = storage::CustomerRepository(m_session.database()).insert(customer.value(), m_session.employee().id);
    if (!id)
        return id.error();
    CUSTOS_TRY(m_session.appendAudit(audit::kCustomerCreated, target(id.value())));
    CUSTOS_TRY(tx->commit());
    return id.value();
}

Result<QList<qint64>> CustomerService::createMany(const QList<CustomerDraft>& drafts,
                                                  const std::function<bool(int, int)>& progress)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::ImportCustomers, audit::kCustomerImported, {}));
    const int total = static_cast<int>(drafts.size());
    if (total == 0)
        return QList<qint64>{};
    QList<Customer> customers;
    customers.reserve(total);
    const QDateTime now = m_session.clock().nowUtc();
    for (int i = 0; i < total; ++i) {
        auto customer = normalised(drafts.at(i));
        if (!customer)
            return Error{tr("Customer %1 of %2 cannot be saved, so none were:\n%3")
                             .arg(i + 1)
                             .arg(total)
                             .arg(customer.errorMessage()),
                         customer.errorCode()};
        customer->createdAt = now;
        customer->updatedAt = now;
        customers.append(std::move(customer.value()));
    }

    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    storage::CustomerRepository repo(m_session.database());
    QList<qint64> ids;
    ids.reserve(total);
    for (int i = 0; i < total; ++i) {
        auto id = repo.insert(customers.at(i), m_session.employee().id);
        if (!id)
            return id.error();
        CUSTOS_TRY(m_session.appendAudit(audit::kCustomerCreated, target(id.value()), audit::kSuccess,
                                         QStringLiteral("import")));
        ids.append(id.value());
        if (progress && !progress(i + 1, total))
            return Error{tr("The import was cancelled; no customer was added."), Errc::Cancelled};
    }
    CUSTOS_TRY(m_session.appendAudit(audit::kCustomerImported, QStringLiteral("customers"), audit::kSuccess,
                                     QStringLiteral("count: %1").arg(total)));
    CUSTOS_TRY(tx->commit());
    return ids;
}

Result<void> CustomerService::update(qint64 customerId, const CustomerDraft& draft)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::EditCustomers, audit::kCustomerUpdated,
                                         target(customerId)));
    auto customer = normalised(draft);
    if (!customer)
        return customer.error();
    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    storage::CustomerRepository repo(m_session.database());
    auto before = repo.get(customerId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return notFound();
    const Customer& old = **before;
    if (old.erased())
        return erasedCustomer(old);
    customer->id = customerId;
    customer->archived = old.archived;
    customer->createdAt = old.createdAt;
    customer->updatedAt = m_session.clock().nowUtc();

    // The audit trail says which fields changed, not what they contain.
    QStringList changed;
    const auto note = [&changed](const QString& a, const QString& b, const char* field) {
        if (a != b)
            changed << QString::fromLatin1(field);
    };
    note(old.name, customer->name, "name");
    note(old.street, customer->street, "street");
    note(old.city, customer->city, "city");
    note(old.region, customer->region, "region");
    note(old.postalCode, customer->postalCode, "postal_code");
    note(old.country, customer->country, "country");
    note(old.phoneE164, customer->phoneE164, "phone");
    note(old.email, customer->email, "email");
    if (changed.isEmpty())
        return success(); // nothing to save; the transaction rolls back having written nothing

    CUSTOS_TRY(repo.update(customer.value()));
    CUSTOS_TRY(m_session.appendAudit(audit::kCustomerUpdated, target(customerId), audit::kSuccess,
                                     QStringLiteral("fields: ") + changed.join(QStringLiteral(", "))));
    return tx->commit();
}

Result<void> CustomerService::setArchived(qint64 customerId, bool archived)
{
    CUSTOS_TRY(access::requirePermission(m_session, access::Permission::EditCustomers,
                                         archived ? audit::kCustomerArchived : audit::kCustomerRestored,
                                         target(customerId)));
    auto tx = storage::Transaction::begin(m_session.database());
    if (!tx)
        return tx.error();
    storage::CustomerRepository repo(m_session.database());
    auto before = repo.get(customerId);
    if (!before)
        return before.error();
    if (!before->has_value())
        return notFound();
    if ((*before)->erased())
        return erasedCustomer(**before);
    if ((*before)->archived == archived)
        return success();
    CUSTOS_TRY(repo.setArchived(customerId, archived, m_session.clock().nowUtc()));
    CUSTOS_TRY(
        m_session.appendAudit(archived ? audit::kCustomerArchived : audit::kCustomerRestored, target(customerId)));
    return tx->commit();
}

Result<Customer> CustomerService::get(qint64 customerId) const
{
    auto c = storage::CustomerRepository(m_session.database()).get(customerId);
    if (!c)
        return c.error();
    if (!c->has_value())
        return notFound();
    return **c;
}

Result<QList<Customer>> CustomerService::search(const CustomerQuery& query) const
{
    return storage::CustomerRepository(m_session.database()).search(withRegion(query));
}

Result<int> CustomerService::count(const CustomerQuery& query) const
{
    return storage::CustomerRepository(m_session.database()).count(withRegion(query));
}

CustomerQuery CustomerService::withRegion(CustomerQuery query) const
{
    if (query.phoneRegion.isEmpty() && !query.text.trimmed().isEmpty())
        query.phoneRegion = defaultRegion();
    return query;
}

Result<QList<Customer>> CustomerService::findDuplicates(const CustomerDraft& draft,
                                                        std::optional<qint64> excludeId) const
{
    const CustomerDraft d = draft.trimmed();
    Customer candidate;
    candidate.name = d.name;
    candidate.postalCode = d.postalCode;
    // A phone number that does not parse yet can still match by name and postal code.
    auto phone = normalizePhone(d.phone, defaultRegion());
    candidate.phoneE164 = phone.ok() ? phone.value() : QStringLiteral("-");
    if (d.name.isEmpty() && !phone.ok())
        return QList<Customer>{};
    return storage::CustomerRepository(m_session.database()).findDuplicates(candidate, excludeId);
}

} // namespace custos
