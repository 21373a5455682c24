#pragma once

// The business's privacy notice (GDPR Art. 13): owner-editable text with placeholders for the
// business details. It is printed on order forms, included in reports and the privacy and
// security statement, and its short form is the script clerks read on the phone.

#include "core/Result.h"
#include "domain/BusinessProfile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace custos {
class Session;
}

namespace custos::documents {

struct PrivacyNotice
{
    QString fullText;    // printed on forms and in reports; paragraphs separated by blank lines
    QString phoneScript; // a few sentences a clerk reads to a caller
};

// Placeholders an owner may use, e.g. "{business}", "{address}", "{phone}", "{fax}", "{email}",
// "{privacy_contact}", "{retention_days}", "{card_retention}" (the retention in words: "as soon as
// the payment has been taken" or "30 days after the payment has been taken"). A placeholder whose business field is
// empty renders as a visible bracketed note such as "[fax number not set]" (never a crash, never a blank).
QStringList privacyNoticePlaceholders();

// What a placeholder stands for, translated, for the editor's list ("The business's fax number").
QString privacyNoticePlaceholderDescription(const QString& placeholder);

inline constexpr int kMaxPrivacyNoticeChars = 20000;

// The default notice in the current UI language (used until the owner edits it).
PrivacyNotice defaultPrivacyNotice();

// The stored notice (settings), or the default one. Readable by every signed-in employee.
Result<PrivacyNotice> loadPrivacyNotice(storage::Database& db);
// Saves the notice (owner, ManageSettings), audited as settings.privacy_notice. Refuses
// unknown placeholders and texts over 20,000 characters with Errc::Invalid naming the problem.
Result<void> savePrivacyNotice(Session& session, const PrivacyNotice& notice);

// Replaces the placeholders with the business's details (plain text out).
QString renderPrivacyText(const QString& text, const BusinessProfile& business, int retentionDays);

} // namespace custos::documents
