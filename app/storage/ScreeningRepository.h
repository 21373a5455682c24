#pragma once

#include "core/Result.h"
#include "domain/Screening.h"
#include "storage/Database.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

namespace custos::storage {

// Background checks (screening_checks) and access-review sign-offs (access_reviews), plus the
// reveal counts the access review shows. Dates are stored as ISO yyyy-MM-dd.
class ScreeningRepository
{
public:
    explicit ScreeningRepository(Database& db) : m_db(db) {}

    Result<qint64> insert(const ScreeningCheck& check);
    // Updates every field but the employee, recorder and recording time. False when no such row.
    Result<bool> update(const ScreeningCheck& check);
    Result<std::optional<ScreeningCheck>> byId(qint64 id) const;
    // Newest request first.
    Result<QList<ScreeningCheck>> forEmployee(qint64 employeeId) const;
    // Every check, grouped by employee (for the staff list).
    Result<QHash<qint64, QList<ScreeningCheck>>> all() const;

    struct AccessReviewRecord
    {
        qint64 id = 0;
        QDateTime signedAt;
        qint64 reviewerId = 0;
        QString reviewerName; // the reviewer's full name, as the employees table has it now
        int employeesReviewed = 0;
        QString notes;
        QString snapshot; // JSON
    };
    Result<qint64> insertAccessReview(const AccessReviewRecord& review);
    Result<std::optional<AccessReviewRecord>> lastAccessReview() const;

    struct RevealCount
    {
        int count = 0;
        QDateTime last;
    };
    // Successful "card.revealed" audit events per employee since `since`.
    Result<QHash<qint64, RevealCount>> revealsSince(const QDateTime& since) const;

private:
    Database& m_db;
};

} // namespace custos::storage
