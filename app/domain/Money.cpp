#include "domain/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace custos {

Result<Money> Money::times(Money unit, qint64 quantity)
{
    qint64 out = 0;
    if (__builtin_mul_overflow(unit.m_cents, quantity, &out))
        return Error{QCoreApplication::translate("Money", "The amount is too large."), Errc::Invalid};
    return Money(out);
}

Money Money::taxAt(int basisPoints) const
{
    // cents * bp / 10000, rounded half away from zero; split so the product cannot overflow.
    const qint64 whole = m_cents / 10000;
    const qint64 rest = m_cents % 10000; // same sign as m_cents
    const qint64 restProduct = rest * basisPoints;
    const qint64 half = restProduct >= 0 ? 5000 : -5000;
    return Money(whole * basisPoints + (restProduct + half) / 10000);
}

Result<Money> Money::parse(const QString& typed, const QLocale& locale)
{
    const Error bad{QCoreApplication::translate("Money", "Enter an amount such as 12.50."), Errc::Invalid};
    QString text = typed.trimmed();
    if (text.isEmpty())
        return bad;
    const QChar decimal = locale.decimalPoint().isEmpty() ? QLatin1Char('.') : locale.decimalPoint().at(0);
    const QChar group = locale.groupSeparator().isEmpty() ? QLatin1Char(',') : locale.groupSeparator().at(0);
    // Accept the locale's notation, or plain C notation ("12.50") in any locale.
    if (decimal != QLatin1Char('.') && text.contains(decimal)) {
        text.remove(group);
        text.replace(decimal, QLatin1Char('.'));
    } else {
        text.remove(QLatin1Char(','));
        if (group != QLatin1Char('.'))
            text.remove(group);
    }
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00a0));
    static const QRegularExpression pattern(QStringLiteral("^(-)?(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return bad;
    qint64 cents = m.captured(2).toLongLong() * 100;
    if (m.hasCaptured(3)) {
        QString frac = m.captured(3);
        if (frac.size() == 1)
            frac += QLatin1Char('0');
        cents += frac.toLongLong();
    }
    return Money(m.hasCaptured(1) && !m.captured(1).isEmpty() ? -cents : cents);
}

QString Money::toString(const QLocale& locale) const
{
    const qint64 whole = m_cents / 100;
    const qint64 frac = (m_cents < 0 ? -m_cents : m_cents) % 100;
    QString s = locale.toString(whole < 0 ? -whole : whole);
    s += locale.decimalPoint();
    s += QStringLiteral("%1").arg(frac, 2, 10, QLatin1Char('0'));
    return (m_cents < 0 ? locale.negativeSign() : QString()) + s;
}

} // namespace custos
