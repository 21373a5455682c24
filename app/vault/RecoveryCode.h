#pragma once

#include "core/Result.h"
#include "crypto/SecureBytes.h"

#include <QString>

namespace custos {

// The owner's recovery code: 25 characters of Crockford base32 (125 bits) shown as five
// groups, "7KQ2M-XR9TB-...". Typing is forgiving: case, spaces, dashes, O for 0, I/L for 1.
namespace recovery {

inline constexpr int kCodeLength = 25;

Result<QString> generateCode();
// Canonical form (upper case, no separators, look-alikes mapped) as the KDF input; empty
// when `typed` cannot be a recovery code.
crypto::SecureBytes normalize(const QString& typed);
QString formatForDisplay(const QString& code);

// A random one-time password for a new account (must be changed at first sign-in).
Result<QString> generateOneTimePassword();

} // namespace recovery
} // namespace custos
