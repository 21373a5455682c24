#include "domain/Screening.h"

#include <QHash>
#include <algorithm>

namespace custos {
namespace {

constexpr int kMaxTextLength = 200;

// The most recent check of each type: latest requestedOn, then highest id.
QList<ScreeningCheck> countedChecks(const QList<ScreeningCheck>& checks)
{
    QHash<int, ScreeningCheck> latest;
    for (const ScreeningCheck& c : checks) {
        const int key = static_cast<int>(c.type);
        auto it = latest.find(key);
        if (it == latest.end()) {
            latest.insert(key, c);
            continue;
        }
        const ScreeningCheck& have = it.value();
        if (c.requestedOn > have.requestedOn || (c.requestedOn == have.requestedOn && c.id > have.id))
            it.value() = c;
    }
    return latest.values();
}

// A cleared check without a valid expiry is treated as expired: fail closed.
bool clearanceLapsed(const ScreeningCheck& c, const QDate& today)
{
    return !c.expiresOn.isValid() || c.expiresOn < today;
}

} // namespace

QString screeningTypeToStorage(ScreeningType type)
{
    switch (type) {
    case ScreeningType::Identity:
        return QStringLiteral("identity");
    case ScreeningType::CriminalRecord:
        return QStringLiteral("criminal_record");
    case ScreeningType::Credit:
        return QStringLiteral("credit");
    case ScreeningType::References:
        return QStringLiteral("references");
    }
    return QStringLiteral("identity");
}

std::optional<ScreeningType> screeningTypeFromStorage(const QString& text)
{
    for (ScreeningType t :
         {ScreeningType::Identity, ScreeningType::CriminalRecord, ScreeningType::Credit, ScreeningType::References})
        if (text == screeningTypeToStorage(t))
            return t;
    return std::nullopt;
}

QString screeningResultToStorage(ScreeningResult result)
{
    switch (result) {
    case ScreeningResult::Pending:
        return QStringLiteral("pending");
    case ScreeningResult::Cleared:
        return QStringLiteral("cleared");
    case ScreeningResult::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("pending");
}

std::optional<ScreeningResult> screeningResultFromStorage(const QString& text)
{
    for (ScreeningResult r : {ScreeningResult::Pending, ScreeningResult::Cleared, ScreeningResult::Failed})
        if (text == screeningResultToStorage(r))
            return r;
    return std::nullopt;
}

QString screeningTypeDisplayName(ScreeningType type)
{
    switch (type) {
    case ScreeningType::Identity:
        return QCoreApplication::translate("Screening", "Identity");
    case ScreeningType::CriminalRecord:
        return QCoreApplication::translate("Screening", "Criminal record");
    case ScreeningType::Credit:
        return QCoreApplication::translate("Screening", "Credit");
    case ScreeningType::References:
        return QCoreApplication::translate("Screening", "References");
    }
    return QString();
}

QString screeningResultDisplayName(ScreeningResult result)
{
    switch (result) {
    case ScreeningResult::Pending:
        return QCoreApplication::translate("Screening", "Pending");
    case ScreeningResult::Cleared:
        return QCoreApplication::translate("Screening", "Cleared");
    case ScreeningResult::Failed:
        return QCoreApplication::translate("Screening", "Failed");
    }
    return QString();
}

QString screeningStatusDisplayName(ScreeningStatus status)
{
    switch (status) {
    case ScreeningStatus::NotScreened:
        return QCoreApplication::translate("Screening", "Not screened");
    case ScreeningStatus::Pending:
        return QCoreApplication::translate("Screening", "Pending");
    case ScreeningStatus::Cleared:
        return QCoreApplication::translate("Screening", "Cleared");
    case ScreeningStatus::Failed:
        return QCoreApplication::translate("Screening", "Failed");
    case ScreeningStatus::Expired:
        return QCoreApplication::translate("Screening", "Expired");
    }
    return QString();
}

QString screeningStatusToStorage(ScreeningStatus status)
{
    switch (status) {
    case ScreeningStatus::NotScreened:
        return QStringLiteral("not_screened");
    case ScreeningStatus::Pending:
        return QStringLiteral("pending");
    case ScreeningStatus::Cleared:
        return QStringLiteral("cleared");
    case ScreeningStatus::Failed:
        return QStringLiteral("failed");
    case ScreeningStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("not_screened");
}

QString validateScreeningCheck(const ScreeningCheck& check, const QDate& today)
{
    const QString provider = check.provider.trimmed();
    if (provider.isEmpty())
        return QCoreApplication::translate("Screening", "Enter the provider who ran the check.");
    if (provider.size() > kMaxTextLength)
        return QCoreApplication::translate("Screening", "The provider's name is too long (at most %1 characters).")
            .arg(kMaxTextLength);
    if (check.reference.trimmed().size() > kMaxTextLength)
        return QCoreApplication::translate("Screening", "The reference is too long (at most %1 characters).")
            .arg(kMaxTextLength);
    if (check.notes.trimmed().size() > kMaxTextLength)
        return QCoreApplication::translate("Screening", "The notes are too long (at most %1 characters).")
            .arg(kMaxTextLength);
    if (!check.requestedOn.isValid())
        return QCoreApplication::translate("Screening", "Enter the date the check was requested.");
    if (check.requestedOn > today)
        return QCoreApplication::translate("Screening", "The request date cannot be in the future.");
    if (check.result == ScreeningResult::Pending)
        return QString();
    if (!check.decidedOn.isValid())
        return QCoreApplication::translate("Screening", "Enter the date the provider decided the check.");
    if (check.decidedOn < check.requestedOn)
        return QCoreApplication::translate("Screening", "The decision date cannot be before the request date.");
    if (check.decidedOn > today)
        return QCoreApplication::translate("Screening", "The decision date cannot be in the future.");
    if (check.result == ScreeningResult::Cleared) {
        if (!check.expiresOn.isValid())
            return QCoreApplication::translate("Screening", "Enter the date the clearance expires.");
        if (check.expiresOn <= check.decidedOn)
            return QCoreApplication::translate("Screening", "The expiry date must be after the decision date.");
    }
    return QString();
}

ScreeningStatus deriveScreeningStatus(const QList<ScreeningCheck>& checks, const QDate& today)
{
    if (checks.isEmpty())
        return ScreeningStatus::NotScreened;
    const QList<ScreeningCheck> counted = countedChecks(checks);
    const auto any = [&](auto predicate) { return std::any_of(counted.begin(), counted.end(), predicate); };
    if (any([](const ScreeningCheck& c) { return c.result == ScreeningResult::Failed; }))
        return ScreeningStatus::Failed;
    if (any([&](const ScreeningCheck& c) { return c.result == ScreeningResult::Cleared && clearanceLapsed(c, today); }))
        return ScreeningStatus::Expired;
    if (any([](const ScreeningCheck& c) { return c.result == ScreeningResult::Pending; }))
        return ScreeningStatus::Pending;
    return ScreeningStatus::Cleared;
}

QDate screeningClearedUntil(const QList<ScreeningCheck>& checks, const QDate& today)
{
    if (deriveScreeningStatus(checks, today) != ScreeningStatus::Cleared)
        return QDate();
    QDate until;
    for (const ScreeningCheck& c : countedChecks(checks))
        if (c.result == ScreeningResult::Cleared && (!until.isValid() || c.expiresOn < until))
            until = c.expiresOn;
    return until;
}

} // namespace custos
