#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace custos {

// PCI DSS 12.7: background checks of the staff who may see card data. A check is one request
// to one provider; an employee's current status is derived from their checks (see below).
enum class ScreeningType { Identity, CriminalRecord, Credit, References };
enum class ScreeningResult { Pending, Cleared, Failed };
// The derived status. Only Cleared allows screening-gated permissions and disclosure grants.
enum class ScreeningStatus { NotScreened, Pending, Cleared, Failed, Expired };

QString screeningTypeToStorage(ScreeningType type); // "identity", "criminal_record", "credit", "references"
std::optional<ScreeningType> screeningTypeFromStorage(const QString& text);
QString screeningResultToStorage(ScreeningResult result); // "pending", "cleared", "failed"
std::optional<ScreeningResult> screeningResultFromStorage(const QString& text);
// Translated names for the UI and reports.
QString screeningTypeDisplayName(ScreeningType type);
QString screeningResultDisplayName(ScreeningResult result);
QString screeningStatusDisplayName(ScreeningStatus status);
// Stable names for audit details and snapshots: "not_screened", "pending", "cleared", "failed", "expired".
QString screeningStatusToStorage(ScreeningStatus status);

struct ScreeningCheck
{
    qint64 id = 0;
    qint64 employeeId = 0;
    ScreeningType type = ScreeningType::Identity;
    QString provider;  // who ran the check ("Disclosure and Barring Service", "Acme Screening")
    QString reference; // the provider's reference number
    QDate requestedOn;
    QDate decidedOn; // invalid while pending
    ScreeningResult result = ScreeningResult::Pending;
    QDate expiresOn; // cleared checks: the last day the clearance is valid (required)
    QString notes;   // never a national ID number or other sensitive detail (the form says so)
    std::optional<qint64> recordedBy;
    QDateTime recordedAt;
};

// Checks a check before it is stored: provider and requested date required; a decided check
// (cleared/failed) needs its decision date, not before the request and not in the future; a
// cleared check needs an expiry after its decision date; text fields at most 200 characters.
// Returns an empty string when valid, else a translated reason naming the field.
QString validateScreeningCheck(const ScreeningCheck& check, const QDate& today);

// The current status from an employee's checks, on `today`:
// - no checks: NotScreened;
// - for each type, only the most recent check (latest requestedOn, then highest id) counts;
// - any of those Failed: Failed; else any Cleared one expired (expiresOn < today): Expired;
//   else any Pending: Pending; else Cleared.
ScreeningStatus deriveScreeningStatus(const QList<ScreeningCheck>& checks, const QDate& today);
// While the status is Cleared: the earliest expiresOn among the counted cleared checks (the
// day the clearance lapses after). Invalid otherwise.
QDate screeningClearedUntil(const QList<ScreeningCheck>& checks, const QDate& today);

// Days before a clearance lapses when reminders start (staff page, home page, self-check).
inline constexpr int kScreeningReminderDays = 30;

} // namespace custos
