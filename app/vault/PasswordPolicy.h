#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace custos {

// The owner-configurable security limits (PCI DSS 8.2.8, 8.3.4, 8.3.6, 8.3.7, 8.3.9).
// clamped() enforces the standard's bounds, so neither a settings edit nor a tampered file
// can make them weaker than the standard allows; they can only be made stricter.
struct SecurityPolicy
{
    int minPasswordLength = 12;  // >= 12
    int maxPasswordAgeDays = 90; // 1..90
    int passwordHistory = 4;     // >= 4 (no reuse of the last N)
    int maxFailedSignIns = 10;   // 1..10
    int lockoutMinutes = 30;     // >= 30 (at most 24 h)
    int idleLockMinutes = 15;    // 1..15

    SecurityPolicy clamped() const;
    bool operator==(const SecurityPolicy&) const = default;
};

// Strength estimate of a candidate password, from zxcvbn (Debian's libzxcvbn).
struct PasswordStrength
{
    double entropyBits = 0;
    int score = 0;         // 0..4 as in zxcvbn: < 10^3, 10^6, 10^8, 10^10, >= 10^10 guesses
    QString weakness;      // translated: the main reason it is weak, empty when strong
    QString label() const; // translated: "Very weak" .. "Very strong"
};

class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    static constexpr int kMinimumScore = 3;

    explicit PasswordPolicy(SecurityPolicy policy = {}) : m_policy(policy.clamped()) {}
    const SecurityPolicy& policy() const { return m_policy; }

    // Scores `password`, treating `userInputs` (user name, full name, business name, ...) as
    // words an attacker would try first.
    static PasswordStrength estimate(const QString& password, const QStringList& userInputs = {});

    // Ok, or Errc::Invalid with the first rule broken, as a sentence a clerk can act on:
    // too short (says the minimum), too weak (says why, from zxcvbn's matches), contains
    // the user name, or only whitespace. History (reuse) is checked by the vault.
    Result<void> check(const QString& password, const QStringList& userInputs = {}) const;

private:
    SecurityPolicy m_policy;
};

} // namespace custos
