#include "vault/PasswordPolicy.h"

#include "crypto/SecureBytes.h"

#include <QByteArray>
#include <QList>
#include <QStringView>
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string_view>
#include <vector>

// zxcvbn.h declares its functions inside its own extern "C" guard.
#include <zxcvbn.h>

namespace custos {

SecurityPolicy SecurityPolicy::clamped() const
{
    SecurityPolicy p = *this;
    p.minPasswordLength = std::clamp(minPasswordLength, 12, 128);
    p.maxPasswordAgeDays = std::clamp(maxPasswordAgeDays, 1, 90);
    p.passwordHistory = std::clamp(passwordHistory, 4, 24);
    p.maxFailedSignIns = std::clamp(maxFailedSignIns, 1, 10);
    p.lockoutMinutes = std::clamp(lockoutMinutes, 30, 24 * 60);
    p.idleLockMinutes = std::clamp(idleLockMinutes, 1, 15);
    return p;
}

QString PasswordStrength::label() const
{
    switch (std::clamp(score, 0, 4)) {
    case 0:
        return QCoreApplication::translate("PasswordStrength", "Very weak");
    case 1:
        return QCoreApplication::translate("PasswordStrength", "Weak");
    case 2:
        return QCoreApplication::translate("PasswordStrength", "Fair");
    case 3:
        return QCoreApplication::translate("PasswordStrength", "Strong");
    default:
        return QCoreApplication::translate("PasswordStrength", "Very strong");
    }
}

namespace {

enum class Weakness {
    None,
    Short,
    CommonWord,
    CommonWordSubstituted,
    PersonalWord,
    Keyboard,
    RepeatOrSequence,
    Date,
};

// What a character costs to brute-force (printable ASCII), used only to rank matches.
constexpr double kBruteBitsPerByte = 6.569855608330948; // log2(95)

// zxcvbn's C port finds keyboard rows such as "qwertyuiop" or "asdf" in its password
// dictionary, not as spatial matches; say "keyboard pattern" for them, which is the useful advice.
bool isKeyboardRun(std::string_view token)
{
    static constexpr std::array<std::string_view, 4> kRows = {"1234567890-=", "qwertyuiop[]", "asdfghjkl;'",
                                                              "zxcvbnm,./"};
    if (token.size() < 4)
        return false;
    for (std::string_view row : kRows) {
        int step = 0;
        bool run = true;
        for (std::size_t i = 0; run && i < token.size(); ++i) {
            const auto lower = static_cast<char>(std::tolower(static_cast<unsigned char>(token[i])));
            const std::size_t at = row.find(lower);
            if (at == std::string_view::npos) {
                run = false;
                break;
            }
            if (i == 0)
                continue;
            const auto prevLower = static_cast<char>(std::tolower(static_cast<unsigned char>(token[i - 1])));
            const int delta = static_cast<int>(at) - static_cast<int>(row.find(prevLower));
            if ((delta != 1 && delta != -1) || (step != 0 && delta != step))
                run = false;
            step = delta;
        }
        if (run)
            return true;
    }
    return false;
}

// "1234", "abcd", "4321" or "aaaa" found as a dictionary word is still a run, not a word.
bool isRunOrRepeat(std::string_view token)
{
    if (token.size() < 3)
        return false;
    const int step = static_cast<unsigned char>(token[1]) - static_cast<unsigned char>(token[0]);
    if (step < -1 || step > 1)
        return false;
    for (std::size_t i = 2; i < token.size(); ++i) {
        if (static_cast<unsigned char>(token[i]) - static_cast<unsigned char>(token[i - 1]) != step)
            return false;
    }
    return true;
}

Weakness weaknessOf(const ZxcMatch_t& match, std::string_view token)
{
    const int type = static_cast<int>(match.Type);
    const int base = type & ~MULTIPLE_MATCH;
    // MULTIPLE_MATCH: the matched text is one chunk typed several times ("passwordpassword").
    if ((type & MULTIPLE_MATCH) != 0 && base != USER_MATCH && base != USER_LEET_MATCH)
        return Weakness::RepeatOrSequence;
    switch (base) {
    case DICTIONARY_MATCH:
        if (isRunOrRepeat(token))
            return Weakness::RepeatOrSequence;
        if (isKeyboardRun(token))
            return Weakness::Keyboard;
        return Weakness::CommonWord;
    case DICT_LEET_MATCH:
        return Weakness::CommonWordSubstituted;
    case USER_MATCH:
    case USER_LEET_MATCH:
        return Weakness::PersonalWord;
    case REPEATS_MATCH:
    case SEQUENCE_MATCH:
        return Weakness::RepeatOrSequence;
    case SPATIAL_MATCH:
        return Weakness::Keyboard;
    case DATE_MATCH:
    case YEAR_MATCH:
        return Weakness::Date;
    default:
        return Weakness::None; // random-looking characters, or the tail of a very long password
    }
}

QString describe(Weakness weakness)
{
    switch (weakness) {
    case Weakness::CommonWord:
        return PasswordPolicy::tr("It is built on a common word or name.");
    case Weakness::CommonWordSubstituted:
        return PasswordPolicy::tr("It is built on a common word or name, even with letters swapped for look-alike "
                                  "digits or symbols.");
    case Weakness::PersonalWord:
        return PasswordPolicy::tr("It contains your name, user name or business name.");
    case Weakness::Keyboard:
        return PasswordPolicy::tr("It contains a keyboard pattern such as qwerty.");
    case Weakness::RepeatOrSequence:
        return PasswordPolicy::tr("It contains a repeated or sequential run such as aaa or 1234.");
    case Weakness::Date:
        return PasswordPolicy::tr("It contains a date or year.");
    case Weakness::Short:
    case Weakness::None:
        break;
    }
    return PasswordPolicy::tr("It is too short to resist guessing.");
}

// The match that saves an attacker the most guesses compared with random characters.
Weakness mainWeakness(const ZxcMatch_t* info, const QByteArray& utf8)
{
    Weakness worst = Weakness::Short;
    double worstSaving = 0;
    for (const ZxcMatch_t* m = info; m; m = m->Next) {
        if (m->Begin < 0 || m->Length <= 0 || m->Begin + m->Length > utf8.size())
            continue;
        const std::string_view token(utf8.constData() + m->Begin, static_cast<std::size_t>(m->Length));
        const Weakness weakness = weaknessOf(*m, token);
        if (weakness == Weakness::None)
            continue;
        const double saving = m->Length * kBruteBitsPerByte - m->Entrpy;
        if (saving > worstSaving) {
            worstSaving = saving;
            worst = weakness;
        }
    }
    return worst;
}

int scoreFromEntropy(double bits)
{
    // guesses = 2^bits, compared in log10 so that long passwords cannot overflow.
    const double log10Guesses = bits * std::log10(2.0);
    if (log10Guesses < 3)
        return 0;
    if (log10Guesses < 6)
        return 1;
    if (log10Guesses < 8)
        return 2;
    if (log10Guesses < 10)
        return 3;
    return 4;
}

// The user inputs as given and split into words ("Alice Smith" -> "alice smith", "alice", "smith"),
// as UTF-8 for zxcvbn. Words shorter than 3 characters would only turn single letters into matches.
std::vector<QByteArray> userWords(const QStringList& userInputs)
{
    std::vector<QByteArray> words;
    auto add = [&words](QStringView word) {
        if (word.size() < 3)
            return;
        QByteArray utf8 = word.toString().toLower().toUtf8();
        if (std::find(words.begin(), words.end(), utf8) == words.end())
            words.push_back(std::move(utf8));
    };
    for (const QString& input : userInputs) {
        const QString trimmed = input.trimmed();
        add(trimmed);
        qsizetype start = -1;
        for (qsizetype i = 0; i <= trimmed.size(); ++i) {
            const bool wordChar = i < trimmed.size() && trimmed.at(i).isLetterOrNumber();
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                add(QStringView(trimmed).mid(start, i - start));
                start = -1;
            }
        }
    }
    return words;
}

bool isBlank(const QString& password)
{
    return std::all_of(password.cbegin(), password.cend(), [](QChar c) { return c.isSpace(); });
}

// Same count as password.toUcs4().size(), without making another copy of the password.
qsizetype codePointCount(const QString& password)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < password.size(); ++i, ++count) {
        if (password.at(i).isHighSurrogate() && i + 1 < password.size() && password.at(i + 1).isLowSurrogate())
            ++i;
    }
    return count;
}

} // namespace

PasswordStrength PasswordPolicy::estimate(const QString& password, const QStringList& userInputs)
{
    const std::vector<QByteArray> words = userWords(userInputs);
    std::vector<const char*> dictionary;
    dictionary.reserve(words.size() + 1);
    for (const QByteArray& word : words)
        dictionary.push_back(word.constData());
    dictionary.push_back(nullptr);

    QByteArray utf8 = password.toUtf8();
    ZxcMatch_t* info = nullptr;
    PasswordStrength strength;
    strength.entropyBits = ZxcvbnMatch(utf8.constData(), dictionary.data(), &info);
    strength.score = scoreFromEntropy(strength.entropyBits);
    if (strength.score < kMinimumScore)
        strength.weakness = describe(mainWeakness(info, utf8));
    ZxcvbnFreeInfo(info);
    crypto::wipe(utf8);
    return strength;
}

Result<void> PasswordPolicy::check(const QString& password, const QStringList& userInputs) const
{
    if (isBlank(password))
        return Error{tr("The password cannot be empty or only spaces."), Errc::Invalid};

    const qsizetype length = codePointCount(password);
    if (length < m_policy.minPasswordLength) {
        return Error{tr("Use at least %1 characters (this one has %n).", nullptr, static_cast<int>(length))
                         .arg(m_policy.minPasswordLength),
                     Errc::Invalid};
    }

    for (const QString& input : userInputs) {
        const QString name = input.trimmed();
        if (codePointCount(name) >= 3 && password.contains(name, Qt::CaseInsensitive))
            return Error{
                tr("The password must not contain “%1”: it is your user name, name or business name.").arg(name),
                Errc::Invalid};
    }

    const PasswordStrength strength = estimate(password, userInputs);
    if (strength.score < kMinimumScore) {
        return Error{tr("This password is too easy to guess: %1 Add more words or characters that are not a pattern.")
                         .arg(strength.weakness),
                     Errc::Invalid};
    }
    return success();
}

} // namespace custos
