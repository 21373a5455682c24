#include "domain/PhoneNumber.h"

#include <QCoreApplication>
#include <QLocale>
#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace custos {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

PhoneNumberUtil& util()
{
    return *PhoneNumberUtil::GetInstance();
}

std::string toStd(const QString& s)
{
    return s.toUtf8().toStdString();
}

QString fromStd(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// Digits (any script: libphonenumber maps full-width and Arabic-Indic digits), white space
// and the punctuation people write phone numbers with. Everything else is a typing mistake.
bool onlyPhoneCharacters(const QString& typed)
{
    static const QString kPunctuation = QStringLiteral("+-().,/ \u00a0\u2010\u2011\u2012\u2013\u2212\uff0b\uff0d");
    for (QChar c : typed) {
        if (!c.isDigit() && !c.isSpace() && !kPunctuation.contains(c))
            return false;
    }
    return true;
}

bool parseE164(const QString& e164, PhoneNumber* number)
{
    if (!e164.startsWith(QLatin1Char('+')))
        return false;
    return util().Parse(toStd(e164), "ZZ", number) == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString format(const QString& e164, PhoneNumberUtil::PhoneNumberFormat style)
{
    PhoneNumber number;
    if (!parseE164(e164, &number))
        return e164;
    std::string out;
    util().Format(number, style, &out);
    return fromStd(out);
}

QString onlyAsciiDigits(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            out.append(c);
    }
    return out;
}

} // namespace

Result<QString> normalizePhone(const QString& typed, const QString& defaultRegion)
{
    const QString text = typed.trimmed();
    const QString region = defaultRegion.trimmed().toUpper();
    if (text.isEmpty())
        return Error{QCoreApplication::translate("PhoneNumber", "Enter a phone number."), Errc::Invalid};
    if (text.size() > 40)
        return Error{QCoreApplication::translate("PhoneNumber", "A phone number has at most 40 characters."),
                     Errc::Invalid};
    if (!onlyPhoneCharacters(text)) {
        return Error{QCoreApplication::translate(
                         "PhoneNumber", "A phone number has only digits, spaces and + - ( ) . / — check for a letter."),
                     Errc::Invalid};
    }
    const bool international = text.startsWith(QLatin1Char('+')) || text.startsWith(QChar(0xff0b));
    if (!international && !isSupportedPhoneRegion(region)) {
        return Error{QCoreApplication::translate(
                         "PhoneNumber", "Type this number with its country code (for example +44 20 7946 0018)."),
                     Errc::Invalid};
    }
    // The region named in messages: the default region, or the one the country code points to.
    QString where = international ? QString() : region;
    const auto cannot = [&where](const QString& reason) -> Error {
        const QString message =
            where.isEmpty()
                ? QCoreApplication::translate("PhoneNumber", "This phone number cannot be right: %1").arg(reason)
                : QCoreApplication::translate("PhoneNumber", "This phone number cannot be right for %1: %2")
                      .arg(where, reason);
        return Error{message, Errc::Invalid};
    };

    PhoneNumber number;
    switch (util().Parse(toStd(text), international ? std::string("ZZ") : toStd(region), &number)) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return cannot(QCoreApplication::translate("PhoneNumber", "no country has the code it starts with."));
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return cannot(QCoreApplication::translate("PhoneNumber", "it is too short."));
    case PhoneNumberUtil::TOO_LONG_NSN:
        return cannot(QCoreApplication::translate("PhoneNumber", "it is too long."));
    default:
        return cannot(QCoreApplication::translate("PhoneNumber", "it is not a phone number."));
    }
    if (international) {
        std::string codeRegion;
        util().GetRegionCodeForCountryCode(number.country_code(), &codeRegion);
        if (codeRegion != "ZZ" && codeRegion != "001")
            where = fromStd(codeRegion);
    }
    switch (util().IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::TOO_SHORT:
        return cannot(QCoreApplication::translate("PhoneNumber", "it is too short."));
    case PhoneNumberUtil::TOO_LONG:
        return cannot(QCoreApplication::translate("PhoneNumber", "it is too long."));
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        return cannot(QCoreApplication::translate("PhoneNumber", "the area code is missing."));
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return cannot(QCoreApplication::translate("PhoneNumber", "no country has the code it starts with."));
    default:
        break;
    }
    if (!util().IsValidNumber(number))
        return cannot(QCoreApplication::translate(
            "PhoneNumber", "no phone numbers start like this. Check the digits and the country code."));
    std::string e164;
    util().Format(number, PhoneNumberUtil::E164, &e164);
    return fromStd(e164);
}

QString formatPhoneNational(const QString& e164)
{
    return format(e164, PhoneNumberUtil::NATIONAL);
}

QString formatPhoneInternational(const QString& e164)
{
    return format(e164, PhoneNumberUtil::INTERNATIONAL);
}

QStringList phoneSearchPrefixes(const QString& typed, const QString& defaultRegion)
{
    const QString text = typed.trimmed();
    if (text.isEmpty() || !onlyPhoneCharacters(text))
        return {};
    // NFKC turns full-width digits and plus signs into ASCII ones.
    const QString plain = text.normalized(QString::NormalizationForm_KC);
    QString digits = onlyAsciiDigits(plain);
    if (digits.size() < kMinPhoneSearchDigits)
        return {};
    QStringList prefixes;
    const auto add = [&prefixes](const QString& p) {
        if (!prefixes.contains(p))
            prefixes << p;
    };
    if (plain.startsWith(QLatin1Char('+'))) {
        add(QLatin1Char('+') + digits);
        return prefixes;
    }
    if (digits.startsWith(QStringLiteral("00"))) { // the international call prefix of most countries
        add(QLatin1Char('+') + digits.mid(2));
        return prefixes;
    }
    const std::string region = toStd(defaultRegion.toUpper());
    const int countryCode = util().GetCountryCodeForRegion(region);
    if (countryCode != 0) {
        const QString cc = QString::number(countryCode);
        std::string nddPrefix;
        util().GetNddPrefixForRegion(region, true, &nddPrefix);
        const QString ndd = fromStd(nddPrefix);
        if (!ndd.isEmpty() && digits.startsWith(ndd))
            add(QLatin1Char('+') + cc + digits.mid(ndd.size())); // national form: "023 9..."
        add(QLatin1Char('+') + cc + digits);                     // national significant number
    }
    add(QLatin1Char('+') + digits); // the E.164 digits typed without the plus
    return prefixes;
}

bool isSupportedPhoneRegion(const QString& region)
{
    if (region.size() != 2)
        return false;
    return util().GetCountryCodeForRegion(toStd(region.toUpper())) != 0;
}

QString systemPhoneRegion()
{
    const QString code = QLocale::territoryToCode(QLocale::system().territory());
    return isSupportedPhoneRegion(code) ? code.toUpper() : QStringLiteral("GB");
}

} // namespace custos
