#include "domain/CardNumber.h"

#include <QRegularExpression>

namespace custos {
namespace {

struct BrandRule
{
    CardBrand brand;
    int low; // inclusive prefix range, compared on the first `digits` digits
    int high;
    int digits;
    int minLength;
    int maxLength;
};

// Order matters: the most specific ranges first (Discover's 622126-622925 inside UnionPay's 62).
constexpr BrandRule kRules[] = {
    {CardBrand::Amex, 34, 34, 2, 15, 15},
    {CardBrand::Amex, 37, 37, 2, 15, 15},
    {CardBrand::Diners, 300, 305, 3, 14, 19},
    {CardBrand::Diners, 3095, 3095, 4, 14, 19},
    {CardBrand::Diners, 36, 36, 2, 14, 19},
    {CardBrand::Diners, 38, 39, 2, 14, 19},
    {CardBrand::Jcb, 3528, 3589, 4, 16, 19},
    {CardBrand::Discover, 6011, 6011, 4, 16, 19},
    {CardBrand::Discover, 644, 649, 3, 16, 19},
    {CardBrand::Discover, 65, 65, 2, 16, 19},
    {CardBrand::Discover, 622126, 622925, 6, 16, 19},
    {CardBrand::UnionPay, 62, 62, 2, 16, 19},
    {CardBrand::UnionPay, 81, 81, 2, 16, 19},
    {CardBrand::Mastercard, 51, 55, 2, 16, 16},
    {CardBrand::Mastercard, 2221, 2720, 4, 16, 16},
    {CardBrand::Maestro, 5018, 5018, 4, 12, 19},
    {CardBrand::Maestro, 5020, 5020, 4, 12, 19},
    {CardBrand::Maestro, 5038, 5038, 4, 12, 19},
    {CardBrand::Maestro, 5893, 5893, 4, 12, 19},
    {CardBrand::Maestro, 6304, 6304, 4, 12, 19},
    {CardBrand::Maestro, 6759, 6759, 4, 12, 19},
    {CardBrand::Maestro, 6761, 6763, 4, 12, 19},
    {CardBrand::Maestro, 50, 50, 2, 12, 19},
    {CardBrand::Maestro, 56, 69, 2, 12, 19},
    {CardBrand::Visa, 4, 4, 1, 13, 19},
};

const BrandRule* ruleFor(const QString& digits)
{
    for (const BrandRule& r : kRules) {
        if (digits.size() < r.digits)
            continue;
        const int prefix = digits.left(r.digits).toInt();
        if (prefix >= r.low && prefix <= r.high)
            return &r;
    }
    return nullptr;
}

QString onlyDigits(const QString& typed, bool* ok)
{
    QString out;
    out.reserve(typed.size());
    *ok = true;
    for (QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            out.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('-'))
            *ok = false;
    }
    return out;
}

} // namespace

QString cardBrandName(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return QStringLiteral("Visa");
    case CardBrand::Mastercard:
        return QStringLiteral("Mastercard");
    case CardBrand::Amex:
        return QStringLiteral("American Express");
    case CardBrand::Discover:
        return QStringLiteral("Discover");
    case CardBrand::Jcb:
        return QStringLiteral("JCB");
    case CardBrand::Diners:
        return QStringLiteral("Diners Club");
    case CardBrand::UnionPay:
        return QStringLiteral("UnionPay");
    case CardBrand::Maestro:
        return QStringLiteral("Maestro");
    case CardBrand::Unknown:
        break;
    }
    return QCoreApplication::translate("CardNumber", "Card");
}

QString cardBrandToStorage(CardBrand brand)
{
    switch (brand) {
    case CardBrand::Visa:
        return QStringLiteral("visa");
    case CardBrand::Mastercard:
        return QStringLiteral("mastercard");
    case CardBrand::Amex:
        return QStringLiteral("amex");
    case CardBrand::Discover:
        return QStringLiteral("discover");
    case CardBrand::Jcb:
        return QStringLiteral("jcb");
    case CardBrand::Diners:
        return QStringLiteral("diners");
    case CardBrand::UnionPay:
        return QStringLiteral("unionpay");
    case CardBrand::Maestro:
        return QStringLiteral("maestro");
    case CardBrand::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

CardBrand cardBrandFromStorage(const QString& text)
{
    for (CardBrand b : {CardBrand::Visa, CardBrand::Mastercard, CardBrand::Amex, CardBrand::Discover, CardBrand::Jcb,
                        CardBrand::Diners, CardBrand::UnionPay, CardBrand::Maestro})
        if (cardBrandToStorage(b) == text)
            return b;
    return CardBrand::Unknown;
}

CardBrand CardNumber::detectBrand(const QString& digits)
{
    const BrandRule* rule = ruleFor(digits);
    return rule ? rule->brand : CardBrand::Unknown;
}

bool CardNumber::luhnValid(const QString& digits)
{
    if (digits.isEmpty())
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

Result<CardNumber> CardNumber::parse(const QString& typed)
{
    bool ok = false;
    QString digits = onlyDigits(typed, &ok);
    auto fail = [&digits](const QString& message) -> Result<CardNumber> {
        crypto::wipe(digits);
        return Error{message, Errc::Invalid};
    };
    if (!ok)
        return fail(tr("A card number has only digits (spaces and dashes are fine)."));
    if (digits.isEmpty())
        return fail(tr("Enter the card number."));
    const BrandRule* rule = ruleFor(digits);
    const int minLength = rule ? rule->minLength : 12;
    const int maxLength = rule ? rule->maxLength : 19;
    if (digits.size() < minLength || digits.size() > maxLength) {
        const QString brand = cardBrandName(rule ? rule->brand : CardBrand::Unknown);
        return fail(minLength == maxLength
                        ? tr("A %1 number has %2 digits; this one has %3.").arg(brand).arg(minLength).arg(digits.size())
                        : tr("A %1 number has %2 to %3 digits; this one has %4.")
                              .arg(brand)
                              .arg(minLength)
                              .arg(maxLength)
                              .arg(digits.size()));
    }
    if (!luhnValid(digits))
        return fail(tr("This card number is not valid — check for a mistyped digit."));
    CardNumber card;
    card.m_brand = rule ? rule->brand : CardBrand::Unknown;
    card.m_bin = digits.left(6);
    card.m_last4 = digits.right(4);
    card.m_digits = crypto::SecureBytes::fromUtf8(digits);
    crypto::wipe(digits);
    return card;
}

QString maskLast4(CardBrand brand, const QString& last4)
{
    return QStringLiteral("%1 •••• %2").arg(cardBrandName(brand), last4);
}

QString maskBinLast4(CardBrand brand, const QString& bin, const QString& last4, int length)
{
    const int hidden = std::max(0, length - 10);
    return QStringLiteral("%1 %2%3%4").arg(cardBrandName(brand), bin, QString(hidden, QChar(0x2022)), last4);
}

Result<CardExpiry> CardExpiry::parse(const QString& typed)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*(\\d{1,2})\\s*[/ -]?\\s*(\\d{2}|\\d{4})\\s*$"));
    const auto m = pattern.match(typed);
    const Error bad{QCoreApplication::translate("CardNumber", "Enter the expiry as MM/YY, for example 08/27."),
                    Errc::Invalid};
    if (!m.hasMatch())
        return bad;
    CardExpiry e;
    e.month = m.captured(1).toInt();
    e.year = m.captured(2).toInt();
    if (e.year < 100)
        e.year += 2000;
    if (e.month < 1 || e.month > 12)
        return bad;
    return e;
}

bool CardExpiry::isExpired(const QDate& today) const
{
    return year < today.year() || (year == today.year() && month < today.month());
}

QString CardExpiry::toString() const
{
    return QStringLiteral("%1/%2").arg(month, 2, 10, QLatin1Char('0')).arg(year % 100, 2, 10, QLatin1Char('0'));
}

} // namespace custos
