#pragma once

#include "core/Result.h"
#include "domain/Customer.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace custos {

class Session;

namespace audit {
inline const QString kCustomerCreated = QStringLiteral("customer.created");
inline const QString kCustomerUpdated = QStringLiteral("customer.updated");
inline const QString kCustomerArchived = QStringLiteral("customer.archived");
inline const QString kCustomerRestored = QStringLiteral("customer.restored");
inline const QString kCustomerImported = QStringLiteral("customer.imported");
inline const QString kDefaultRegionChanged = QStringLiteral("settings.default_region");
} // namespace audit

// Customers for the UI and the CLI: validation, one transaction per action with its audit
// event. Audit details name changed fields, never their values.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)
public:
    explicit CustomerService(Session& session) : m_session(session) {}

    // The region for phone numbers typed without a country code: the setting
    // "business.default_region", else the system locale's region, else "GB".
    QString defaultRegion() const;
    // Owner or manager. Errc::Invalid for a region libphonenumber does not know.
    Result<void> setDefaultRegion(const QString& region);

    // Per-field problems of `draft` (empty: it can be saved), for live feedback in forms.
    CustomerProblems validate(const CustomerDraft& draft) const;

    // Errc::Invalid (message lists every problem) when validate() is not empty. Duplicates
    // are not refused: ask findDuplicates() first and let the clerk decide.
    Result<qint64> create(const CustomerDraft& draft);
    // Many customers in ONE transaction (an import): every draft is validated first and any
    // problem refuses the whole batch (Errc::Invalid naming the draft's position, 1-based).
    // One "customer.created" event per customer plus one "customer.imported" with the count.
    // `progress(done, total)` is called after each customer; returning false cancels: the
    // transaction rolls back and Errc::Cancelled is returned with nothing saved. Returns the
    // new ids in the order of `drafts`.
    Result<QList<qint64>> createMany(const QList<CustomerDraft>& drafts,
                                     const std::function<bool(int done, int total)>& progress = {});
    Result<void> update(qint64 customerId, const CustomerDraft& draft);
    // Archived customers leave the default list and cannot get new orders; nothing is deleted.
    Result<void> setArchived(qint64 customerId, bool archived);

    Result<Customer> get(qint64 customerId) const; // Errc::NotFound
    Result<QList<Customer>> search(const CustomerQuery& query) const;
    Result<int> count(const CustomerQuery& query) const;
    // Same phone number, or same name (case-insensitive) and postal code; works on a partly
    // filled draft (while typing). `excludeId`: the customer being edited.
    Result<QList<Customer>> findDuplicates(const CustomerDraft& draft, std::optional<qint64> excludeId = {}) const;

private:
    // The query with the business's phone region filled in (for numbers typed without +cc).
    CustomerQuery withRegion(CustomerQuery query) const;
    Result<Customer> normalised(const CustomerDraft& draft) const;
    Session& m_session;
};

} // namespace custos
