// Card numbers and expiry dates as typed on the phone: CardNumber::parse and CardExpiry::parse.
// An accepted number is 12-19 ASCII digits passing Luhn with a consistent BIN and last 4; an
// accepted expiry has a month 1-12 and reads back from its own "MM/YY".

#include "FuzzSupport.h"
#include "domain/CardNumber.h"

using namespace custos;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString typed = QString::fromUtf8(fuzz::bytes(data, size));

    (void)CardNumber::detectBrand(typed);
    auto card = CardNumber::parse(typed);
    if (card) {
        const QString digits = QString::fromLatin1(card->digits().constChar(), qsizetype(card->digits().size()));
        CUSTOS_FUZZ_EXPECT(card->length() >= 12 && card->length() <= 19);
        for (const QChar c : digits)
            CUSTOS_FUZZ_EXPECT(c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        CUSTOS_FUZZ_EXPECT(CardNumber::luhnValid(digits));
        CUSTOS_FUZZ_EXPECT(digits.startsWith(card->bin()) && digits.endsWith(card->last4()));
        CUSTOS_FUZZ_EXPECT(card->last4().size() == 4);
        CUSTOS_FUZZ_EXPECT(!maskLast4(card->brand(), card->last4()).contains(digits.left(card->length() - 4)));
    } else {
        CUSTOS_FUZZ_EXPECT(card.error().code == Errc::Invalid && !card.error().message.isEmpty());
    }

    auto expiry = CardExpiry::parse(typed);
    if (expiry) {
        CUSTOS_FUZZ_EXPECT(expiry->month >= 1 && expiry->month <= 12);
        auto again = CardExpiry::parse(expiry->toString());
        CUSTOS_FUZZ_EXPECT_MSG(again && again->month == expiry->month && again->year % 100 == expiry->year % 100,
                               expiry->toString());
    }
    return 0;
}
