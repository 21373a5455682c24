#include "documents/PrivacyNotice.h"

#include "access/Staff.h"
#include "audit/AuditLog.h"
#include "storage/SettingsRepository.h"
#include "vault/Session.h"

#include <QRegularExpression>

namespace custos::documents {
namespace {

const QString kNoticeSetting = QStringLiteral("privacy.notice");
const QString kScriptSetting = QStringLiteral("privacy.phone_script");

QString tr(const char* text)
{
    return QCoreApplication::translate("PrivacyNotice", text);
}

// "{business}" and the like: lower-case words in braces. Anything else in braces is left alone
// (a customer's "{ref}" in a sentence would be odd, but it is refused by the same rule).
const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([^{}\\s]{1,40})\\}"));
    return pattern;
}

QString orMissing(const QString& value, const QString& missing)
{
    const QString trimmed = value.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("[%1]").arg(missing) : trimmed;
}

Result<void> checkText(const QString& text, const QString& what)
{
    if (text.size() > kMaxPrivacyNoticeChars)
        return Error{
            tr("The %1 is limited to %2 characters; it has %3.").arg(what).arg(kMaxPrivacyNoticeChars).arg(text.size()),
            Errc::Invalid};
    const QStringList known = privacyNoticePlaceholders();
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured(0);
        if (!known.contains(found))
            return Error{tr("The %1 uses the unknown placeholder %2. Use one of: %3.")
                             .arg(what, found, known.join(QStringLiteral(", "))),
                         Errc::Invalid};
    }
    return success();
}

} // namespace

QStringList privacyNoticePlaceholders()
{
    return {QStringLiteral("{business}"),       QStringLiteral("{address}"),
            QStringLiteral("{phone}"),          QStringLiteral("{fax}"),
            QStringLiteral("{email}"),          QStringLiteral("{privacy_contact}"),
            QStringLiteral("{retention_days}"), QStringLiteral("{card_retention}")};
}

QString privacyNoticePlaceholderDescription(const QString& placeholder)
{
    if (placeholder == QLatin1String("{business}"))
        return tr("The business's legal name");
    if (placeholder == QLatin1String("{address}"))
        return tr("The business's address on one line");
    if (placeholder == QLatin1String("{phone}"))
        return tr("The business's phone number");
    if (placeholder == QLatin1String("{fax}"))
        return tr("The business's fax number");
    if (placeholder == QLatin1String("{email}"))
        return tr("The business's email address");
    if (placeholder == QLatin1String("{privacy_contact}"))
        return tr("Who customers write to about their data");
    if (placeholder == QLatin1String("{retention_days}"))
        return tr("Days a card number is kept after payment (a number)");
    if (placeholder == QLatin1String("{card_retention}"))
        return tr("When card numbers are deleted, in words");
    return {};
}

PrivacyNotice defaultPrivacyNotice()
{
    PrivacyNotice notice;
    notice.fullText =
        tr("Who we are: {business}, {address} (phone {phone}, fax {fax}, email {email}) is responsible for the "
           "personal data you give us with this order. Questions about your data: {privacy_contact}.\n"
           "\n"
           "What we collect and why: your name, residence address, contact number, email address if you give one, "
           "what you order and your payment card number, expiry date and cardholder name. We collect only what the "
           "order needs, and use it only to fulfil, deliver and bill your order and to answer questions about it "
           "(legal basis: performance of a contract, GDPR Art. 6(1)(b), and our legal duty to keep accounting "
           "records, Art. 6(1)(c)).\n"
           "\n"
           "Your card: the card security code (CVV) is never written down or stored; on paper forms it is cut off "
           "and destroyed as soon as the payment is authorised. Card numbers are kept encrypted and deleted "
           "{card_retention}; afterwards only the last four digits remain on the order.\n"
           "\n"
           "Who sees your data: only our own staff who need it for your order, each screened and authorised; every "
           "time someone views a card number it is recorded. We do not sell your data or use it for advertising. "
           "Your payment is passed to our bank or card processor only to be charged.\n"
           "\n"
           "How long we keep it: order records are kept as long as the law requires for accounting (typically six "
           "to ten years); customer details we no longer need are erased on request.\n"
           "\n"
           "Your rights: you may ask for a copy of the data we hold about you (access and portability), ask us to "
           "correct it, or ask us to erase it where we are not required to keep it. You may also complain to your "
           "data protection supervisory authority. To use these rights, contact {privacy_contact}.");
    notice.phoneScript =
        tr("Before we take your details: {business} uses them only to handle this order. Your card security code "
           "is never written down or kept, and your card number is stored encrypted and deleted {card_retention}. "
           "Only authorised staff can see it, and you can ask us at any time what we hold about you or to erase it "
           "— just contact {privacy_contact}.");
    return notice;
}

Result<PrivacyNotice> loadPrivacyNotice(storage::Database& db)
{
    storage::SettingsRepository settings(db);
    auto full = settings.value(kNoticeSetting);
    if (!full)
        return full.error();
    auto script = settings.value(kScriptSetting);
    if (!script)
        return script.error();
    PrivacyNotice notice = defaultPrivacyNotice();
    if (!full->trimmed().isEmpty())
        notice.fullText = full.value();
    if (!script->trimmed().isEmpty())
        notice.phoneScript = script.value();
    return notice;
}

Result<void> savePrivacyNotice(Session& session, const PrivacyNotice& notice)
{
    CUSTOS_TRY(access::requirePermission(session, access::Permission::ManageSettings, audit::kPrivacyNoticeChanged,
                                         QStringLiteral("settings:privacy_notice")));
    const QString full = notice.fullText.trimmed();
    const QString script = notice.phoneScript.trimmed();
    if (full.isEmpty())
        return Error{tr("The privacy notice cannot be empty: customers must be told how their data is used."),
                     Errc::Invalid};
    if (script.isEmpty())
        return Error{tr("The phone script cannot be empty: clerks read it to every caller."), Errc::Invalid};
    CUSTOS_TRY(checkText(full, tr("privacy notice")));
    CUSTOS_TRY(checkText(script, tr("phone script")));

    // The default text is stored as "not customised", so it follows the UI language.
    const PrivacyNotice defaults = defaultPrivacyNotice();
    const bool fullIsDefault = full == defaults.fullText.trimmed();
    const bool scriptIsDefault = script == defaults.phoneScript.trimmed();

    auto tx = storage::Transaction::begin(session.database());
    if (!tx)
        return tx.error();
    storage::SettingsRepository settings(session.database());
    CUSTOS_TRY(settings.setValue(kNoticeSetting, fullIsDefault ? QString() : full));
    CUSTOS_TRY(settings.setValue(kScriptSetting, scriptIsDefault ? QString() : script));
    CUSTOS_TRY(session.appendAudit(audit::kPrivacyNoticeChanged, QStringLiteral("settings:privacy_notice"),
                                   audit::kSuccess,
                                   QStringLiteral("notice=%1 script=%2")
                                       .arg(fullIsDefault ? QStringLiteral("default") : QStringLiteral("custom"),
                                            scriptIsDefault ? QStringLiteral("default") : QStringLiteral("custom"))));
    return tx->commit();
}

QString renderPrivacyText(const QString& text, const BusinessProfile& business, int retentionDays)
{
    const QString contact = !business.privacyContact.trimmed().isEmpty()
                                ? business.privacyContact.trimmed()
                                : orMissing(business.email, tr("privacy contact not set"));
    const QString cardRetention = retentionDays <= 0 ? tr("as soon as the payment has been taken")
                                  : retentionDays == 1
                                      ? tr("one day after the payment has been taken")
                                      : tr("%1 days after the payment has been taken").arg(retentionDays);
    const QList<QPair<QString, QString>> values = {
        {QStringLiteral("{business}"), orMissing(business.legalName, tr("business name not set"))},
        {QStringLiteral("{address}"), orMissing(business.addressLine(), tr("address not set"))},
        {QStringLiteral("{phone}"), orMissing(business.phone, tr("phone number not set"))},
        {QStringLiteral("{fax}"), orMissing(business.fax, tr("fax number not set"))},
        {QStringLiteral("{email}"), orMissing(business.email, tr("email address not set"))},
        {QStringLiteral("{privacy_contact}"), contact},
        {QStringLiteral("{retention_days}"), QString::number(qMax(0, retentionDays))},
        {QStringLiteral("{card_retention}"), cardRetention},
    };
    // One pass, so a business detail that itself contains "{fax}" is never expanded again.
    QString out;
    out.reserve(text.size() + 256);
    qsizetype pos = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(pos, m.capturedStart() - pos);
        QString replacement = m.captured(0);
        for (const auto& [name, value] : values)
            if (name == replacement) {
                replacement = value;
                break;
            }
        out += replacement;
        pos = m.capturedEnd();
    }
    out += QStringView(text).mid(pos);
    return out;
}

} // namespace custos::documents
