#pragma once

#include "core/Result.h"

#include <QString>

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

// Digit strings a clerk might type to find this number, separated by spaces, for the search
// index: E.164 digits ("442079460018"), national digits with trunk prefix ("02079460018")
// and the national significant number ("2079460018"), without repeats.
QString phoneSearchDigits(const QString& e164);

// True when libphonenumber knows the region ("GB", "US", ...; upper case).
bool isSupportedPhoneRegion(const QString& region);
// The region of the system locale when supported, else "GB": the default before the owner
// sets `business.default_region`.
QString systemPhoneRegion();

} // namespace custos
