#pragma once

#include "core/Result.h"

#include <QLocale>
#include <QString>
#include <compare>

namespace custos {

// An amount in integer cents (minor units). No floating point anywhere money is computed.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    constexpr qint64 cents() const { return m_cents; }
    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    constexpr Money& operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

    // quantity x unit price; Errc::Invalid on overflow.
    static Result<Money> times(Money unit, qint64 quantity);
    // Tax at a rate in basis points (2000 = 20.00 %), rounded half away from zero.
    Money taxAt(int basisPoints) const;

    // Parses "12", "12.5", "12.50", "1,234.50" (in `locale`'s or C notation); at most 2
    // decimals; Errc::Invalid with a message otherwise.
    static Result<Money> parse(const QString& typed, const QLocale& locale = QLocale());
    // "1,234.50" in the locale, without a currency symbol.
    QString toString(const QLocale& locale = QLocale()) const;

private:
    constexpr explicit Money(qint64 cents) : m_cents(cents) {}
    qint64 m_cents = 0;
};

} // namespace custos
