#pragma once

#include "access/Staff.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::access {

// PCI DSS 7.2.4: every six months an owner or manager reviews who has which access and signs
// it off. The sign-off is stored and audited ("access_review.signed").
struct AccessReviewRow
{
    StaffMember member;
    int revealsLast90Days = 0; // "card.revealed" events by this employee
    QDateTime lastRevealAt;
};

struct AccessReviewSignOff
{
    qint64 id = 0;
    QDateTime signedAt;
    qint64 reviewerId = 0;
    QString reviewerName;
    QString notes;
    int employeesReviewed = 0;
    QDateTime dueAt; // signedAt + kReviewIntervalMonths
};

class AccessReview
{
    Q_DECLARE_TR_FUNCTIONS(AccessReview)
public:
    static constexpr int kReviewIntervalMonths = 6;

    AccessReview(Vault& vault, Session& session) : m_vault(vault), m_session(session) {}

    // Needs ReviewAccess. Everyone, active first.
    Result<QList<AccessReviewRow>> rows() const;
    // Records the sign-off (notes optional, at most 2,000 characters) with a JSON snapshot of
    // the rows' key facts (no secrets). Needs ReviewAccess. Audited.
    Result<AccessReviewSignOff> signOff(const QString& notes);
    // Anyone signed in may ask (the home page shows when a review is due).
    Result<std::optional<AccessReviewSignOff>> lastSignOff() const;
    // True when there was never a sign-off or the last one is kReviewIntervalMonths old.
    Result<bool> isDue() const;

private:
    Vault& m_vault;
    Session& m_session;
};

} // namespace custos::access
