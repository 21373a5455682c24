// Phone numbers as clerks type them and import files carry them: normalizePhone (libphonenumber
// behind it) and the search prefixes. Byte 0 picks the default region; the rest is the text.
// A number that normalizes is E.164 (as libphonenumber writes it) and normalizes to itself again.

#include "FuzzSupport.h"
#include "domain/PhoneNumber.h"

#include <QRegularExpression>

using namespace custos;

namespace {

const QStringList kRegions{
    QStringLiteral("GB"),  QStringLiteral("US"), QStringLiteral("DE"), QStringLiteral("ES"), QStringLiteral("FR"),
    QStringLiteral("IN"),  QStringLiteral("JP"), QStringLiteral("BR"), QStringLiteral("ZZ"), QString(),
    QStringLiteral("gb "), QStringLiteral("XX")};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    const QString region = kRegions.at(data[0] % kRegions.size());
    const QString typed = QString::fromUtf8(fuzz::bytes(data + 1, size - 1));

    for (const QString& prefix : phoneSearchPrefixes(typed, region))
        CUSTOS_FUZZ_EXPECT_MSG(prefix.startsWith(QLatin1Char('+')), prefix);
    auto e164 = normalizePhone(typed, region);
    if (!e164) {
        CUSTOS_FUZZ_EXPECT(e164.error().code == Errc::Invalid && !e164.error().message.isEmpty());
        return 0;
    }
    // E.164 allows 15 digits, but libphonenumber keeps the leading zeros of numbers such as
    // Japan's 0066 freephone range (+810066666666666008 is valid to it): "+", then digits.
    static const QRegularExpression kE164(QStringLiteral("^\\+[1-9][0-9]{1,19}$"));
    CUSTOS_FUZZ_EXPECT_MSG(kE164.match(e164.value()).hasMatch(), e164.value());
    auto again = normalizePhone(e164.value(), region);
    CUSTOS_FUZZ_EXPECT_MSG(again && again.value() == e164.value(), e164.value());
    auto fromInternational = normalizePhone(formatPhoneInternational(e164.value()), region);
    CUSTOS_FUZZ_EXPECT_MSG(fromInternational && fromInternational.value() == e164.value(),
                           formatPhoneInternational(e164.value()));
    (void)formatPhoneNational(e164.value());
    return 0;
}
