#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace custos {

enum class CardBrand { Unknown, Visa, Mastercard, Amex, Discover, Jcb, Diners, UnionPay, Maestro };

QString cardBrandName(CardBrand brand);      // "Visa", "Mastercard", ... (brand names are not translated)
QString cardBrandToStorage(CardBrand brand); // "visa", "mastercard", ...
CardBrand cardBrandFromStorage(const QString& text);

// A primary account number, held only in a wiping buffer. It is never converted to a
// QString: the UI gets BIN, last 4 and the brand; the full digits go to the sealed box.
class CardNumber
{
    Q_DECLARE_TR_FUNCTIONS(CardNumber)
public:
    // Accepts digits with spaces or dashes. Errc::Invalid with a message for the field:
    // not digits, wrong length for the brand, or failing the Luhn check.
    static Result<CardNumber> parse(const QString& typed);

    // Brand from the leading digits, for live feedback while typing (may be Unknown).
    static CardBrand detectBrand(const QString& digits);
    static bool luhnValid(const QString& digits);

    CardBrand brand() const { return m_brand; }
    QString bin() const { return m_bin; } // first 6 digits
    QString last4() const { return m_last4; }
    int length() const { return static_cast<int>(m_digits.size()); }
    const crypto::SecureBytes& digits() const { return m_digits; }

private:
    crypto::SecureBytes m_digits;
    CardBrand m_brand = CardBrand::Unknown;
    QString m_bin;
    QString m_last4;
};

// Card display under PCI DSS 3.4.1.
QString maskLast4(CardBrand brand, const QString& last4); // "Visa •••• 4242"
QString maskBinLast4(CardBrand brand, const QString& bin, const QString& last4,
                     int length); // "Visa 424242•• •••• 4242"

struct CardExpiry
{
    int month = 0; // 1..12
    int year = 0;  // four digits

    // "MM/YY", "MM/YYYY", "MMYY". Errc::Invalid when malformed.
    static Result<CardExpiry> parse(const QString& typed);
    // A card is valid through the last day of its expiry month.
    bool isExpired(const QDate& today) const;
    QString toString() const; // "MM/YY"
};

} // namespace custos
