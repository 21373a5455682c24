#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace custos {

// Phone numbers are stored in E.164 ("+442079460018") and parsed with libphonenumber, so a
// number typed in national form ("020 7946 0018") and one typed with its country code end
// up as the same value, and duplicates are found whatever way the clerk typed them.

// The setting that holds the region for numbers typed without a country code.
inline constexpr const char* kDefaultRegionSetting = "business.default_region";

// E.164 or Errc::Invalid with a message for the phone field. `defaultRegion` is an ISO 3166
// two-letter code ("GB") used when the number has no "+country code"; letters are refused
// (no vanity numbers: a clerk typing "0800 FLOWERS" more likely made a mistake).
Result<QString> normalizePhone(const QString& typed, const QString& defaultRegion);

// "020 7946 0018" / "+44 20 7946 0018"; the input unchanged when it is not E.164.
QString formatPhoneNational(const QString& e164);
QString formatPhoneInternational(const QString& e164);

// The E.164 prefixes a partly typed phone number can be the start of, for searching the
// stored numbers by range: "023 9" in GB -> "+44239" (trunk 0 dropped), "+44 23" -> "+4423",
// "0044 23" -> "+4423", "4423" -> "+4423" and "+444423". Empty when `typed` holds anything but
// digits and phone punctuation, or fewer than kMinPhoneSearchDigits digits.
inline constexpr int kMinPhoneSearchDigits = 3;
QStringList phoneSearchPrefixes(const QString& typed, const QString& defaultRegion);

// True when libphonenumber knows the region ("GB", "US", ...; upper case).
bool isSupportedPhoneRegion(const QString& region);
// The region of the system locale when supported, else "GB": the default before the owner
// sets `business.default_region`.
QString systemPhoneRegion();

} // namespace custos
