#include "vault/PasswordPolicy.h"

#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using custos::Errc;
using custos::PasswordPolicy;
using custos::PasswordStrength;
using custos::SecurityPolicy;

namespace {

// Which rule a refused password breaks, judged from the sentence the clerk sees.
enum class Verdict {
    Accepted,
    Blank,
    TooShort,
    ContainsUserName,
    TooWeak,
};

const QString kWeakPrefix = u"This password is too easy to guess: "_s;
const QString kWeakAdvice = u" Add more words or characters that are not a pattern."_s;

const QString kCommonWord = u"It is built on a common word or name."_s;
const QString kCommonWordSubstituted =
    u"It is built on a common word or name, even with letters swapped for look-alike digits or symbols."_s;
const QString kPersonalWord = u"It contains your name, user name or business name."_s;
const QString kKeyboard = u"It contains a keyboard pattern such as qwerty."_s;
const QString kRun = u"It contains a repeated or sequential run such as aaa or 1234."_s;
const QString kDate = u"It contains a date or year."_s;

int* field(SecurityPolicy& policy, const QString& name)
{
    if (name == u"minPasswordLength")
        return &policy.minPasswordLength;
    if (name == u"maxPasswordAgeDays")
        return &policy.maxPasswordAgeDays;
    if (name == u"passwordHistory")
        return &policy.passwordHistory;
    if (name == u"maxFailedSignIns")
        return &policy.maxFailedSignIns;
    if (name == u"lockoutMinutes")
        return &policy.lockoutMinutes;
    if (name == u"idleLockMinutes")
        return &policy.idleLockMinutes;
    return nullptr;
}

} // namespace

Q_DECLARE_METATYPE(Verdict)

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void check_data();
    void check();
    void weakness_data();
    void weakness();
    void lengthCountsCodePoints();
    void clamped_data();
    void clamped();
    void defaultsAreWithinBounds();
    void constructorClampsAndCheckUsesPolicy();
    void longerRandomScoresHigher_data();
    void longerRandomScoresHigher();
    void scoreFollowsEntropy();
    void strongHasNoWeakness();
    void label_data();
    void label();
};

void TestPasswordPolicy::check_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("userInputs");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("message"); // exact text of the refusal, or the zxcvbn reason for TooWeak

    const QStringList none;
    const QString noMessage;

    QTest::newRow("empty") << QString() << none << Verdict::Blank << u"The password cannot be empty or only spaces."_s;
    QTest::newRow("spaces only") << u"            "_s << none << Verdict::Blank
                                 << u"The password cannot be empty or only spaces."_s;
    QTest::newRow("tabs and newlines") << u"\t \n\t \n\t \n\t \n"_s << none << Verdict::Blank
                                       << u"The password cannot be empty or only spaces."_s;

    QTest::newRow("11 chars, strong but short")
        << u"Tr0ub4dor&3"_s << none << Verdict::TooShort << u"Use at least 12 characters (this one has 11)."_s;
    QTest::newRow("8 chars") << u"hunter42"_s << none << Verdict::TooShort
                             << u"Use at least 12 characters (this one has 8)."_s;

    QTest::newRow("contains user name") << u"alice-password-1"_s << QStringList{u"alice"_s} << Verdict::ContainsUserName
                                        << u"The password must not contain “alice”: it is your user name, name or "
                                           u"business name."_s;
    QTest::newRow("contains user name, other case")
        << u"Garden-ALICE-Tools-88"_s << QStringList{u"alice"_s} << Verdict::ContainsUserName
        << u"The password must not contain “alice”: it is your user name, name or business name."_s;
    QTest::newRow("user name under 3 chars is not a rule")
        << u"Walnut-Harbor-Pebble-93"_s << QStringList{u"al"_s} << Verdict::Accepted << noMessage;

    QTest::newRow("common word and digits") << u"password1234"_s << none << Verdict::TooWeak << kCommonWord;
    QTest::newRow("keyboard row") << u"qwertyuiopasdf"_s << none << Verdict::TooWeak << kKeyboard;
    QTest::newRow("keyboard spatial") << u"0987poiuytre"_s << none << Verdict::TooWeak << kKeyboard;
    QTest::newRow("repeated letter") << u"aaaaaaaaaaaaaaaa"_s << none << Verdict::TooWeak << kRun;
    QTest::newRow("digit sequence") << u"123456789012"_s << none << Verdict::TooWeak << kRun;
    QTest::newRow("repeated word") << u"passwordpassword"_s << none << Verdict::TooWeak << kRun;
    QTest::newRow("look-alike substitutions")
        << u"P@ssw0rd12345"_s << none << Verdict::TooWeak << kCommonWordSubstituted;
    QTest::newRow("word from full name") << u"wonderbaum2024!"_s << QStringList{u"asmith"_s, u"Alice Wonderbaum"_s}
                                         << Verdict::TooWeak << kPersonalWord;

    QTest::newRow("passphrase with spaces")
        << u"correct horse battery staple"_s << none << Verdict::Accepted << noMessage;
    QTest::newRow("passphrase with dashes") << u"Lantern-Harbor-Pebble-93"_s << none << Verdict::Accepted << noMessage;
    QTest::newRow("non-ASCII passphrase")
        << u"Zoë-Łukasz-山田-太郎-7"_s << QStringList{u"zoe"_s} << Verdict::Accepted << noMessage;
    QTest::newRow("12 random characters") << u"k9#Vq2!mZr8@"_s << none << Verdict::Accepted << noMessage;
    QTest::newRow("full name elsewhere is fine")
        << u"Lantern-Harbor-Pebble-93"_s << QStringList{u"asmith"_s, u"Alice Smith"_s, u"Smith Bakery Ltd"_s}
        << Verdict::Accepted << noMessage;

    // The demo vault and the README use these. The first proposal ("demo-owner-Lantern-42" for
    // owner, etc.) contained each user's own name and is refused: see the rows after these.
    QTest::newRow("demo owner") << u"demo-otter-Lantern-42"_s << QStringList{u"owner"_s} << Verdict::Accepted
                                << noMessage;
    QTest::newRow("demo manager") << u"demo-maple-Harbor-17"_s << QStringList{u"manager"_s} << Verdict::Accepted
                                  << noMessage;
    QTest::newRow("demo clerk") << u"demo-cedar-Pebble-93"_s << QStringList{u"clerk"_s} << Verdict::Accepted
                                << noMessage;
    QTest::newRow("old demo owner: has user name")
        << u"demo-owner-Lantern-42"_s << QStringList{u"owner"_s} << Verdict::ContainsUserName
        << u"The password must not contain “owner”: it is your user name, name or business name."_s;
    QTest::newRow("old demo manager: has user name")
        << u"demo-manager-Harbor-17"_s << QStringList{u"manager"_s} << Verdict::ContainsUserName
        << u"The password must not contain “manager”: it is your user name, name or business name."_s;
    QTest::newRow("old demo clerk: has user name")
        << u"demo-clerk-Pebble-93"_s << QStringList{u"clerk"_s} << Verdict::ContainsUserName
        << u"The password must not contain “clerk”: it is your user name, name or business name."_s;
}

void TestPasswordPolicy::check()
{
    QFETCH(QString, password);
    QFETCH(QStringList, userInputs);
    QFETCH(Verdict, verdict);
    QFETCH(QString, message);

    const PasswordPolicy policy;
    const custos::Result<void> result = policy.check(password, userInputs);

    if (verdict == Verdict::Accepted) {
        QVERIFY2(result.ok(), qPrintable(result.errorMessage()));
        return;
    }
    QVERIFY(!result.ok());
    QCOMPARE(result.errorCode(), Errc::Invalid);
    if (verdict == Verdict::TooWeak)
        QCOMPARE(result.errorMessage(), kWeakPrefix + message + kWeakAdvice);
    else
        QCOMPARE(result.errorMessage(), message);
    if (password.trimmed().size() >= 4)
        QVERIFY2(!result.errorMessage().contains(password), "a refusal must not repeat the password");
}

void TestPasswordPolicy::weakness_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("reason");

    QTest::newRow("word") << u"password"_s << kCommonWord;
    QTest::newRow("keyboard") << u"qwerty"_s << kKeyboard;
    QTest::newRow("sequence") << u"abcdef"_s << kRun;
    QTest::newRow("date") << u"17.05.1990"_s << kDate;
    QTest::newRow("random but short") << u"x7#Q"_s << u"It is too short to resist guessing."_s;
}

void TestPasswordPolicy::weakness()
{
    QFETCH(QString, password);
    QFETCH(QString, reason);

    const PasswordStrength strength = PasswordPolicy::estimate(password);
    QVERIFY(strength.score < PasswordPolicy::kMinimumScore);
    QCOMPARE(strength.weakness, reason);
}

void TestPasswordPolicy::lengthCountsCodePoints()
{
    // 11 emoji are 22 UTF-16 units: still 11 characters to the person typing them.
    const QString emoji = u"🔒🌊🍀🎲🚲🧭🪁🎻🦉🌵🍋"_s;
    QCOMPARE(emoji.size(), 22);
    const custos::Result<void> result = PasswordPolicy().check(emoji);
    QVERIFY(!result.ok());
    QCOMPARE(result.errorMessage(), u"Use at least 12 characters (this one has 11)."_s);

    // 12 CJK characters (36 bytes of UTF-8) are long enough.
    QVERIFY2(PasswordPolicy().check(u"山田太郎東京大阪名古屋札幌"_s).ok(), "12 code points meet the minimum");
}

void TestPasswordPolicy::clamped_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("value");
    QTest::addColumn<int>("expected");

    QTest::newRow("length 8 -> 12") << u"minPasswordLength"_s << 8 << 12;
    QTest::newRow("length 0 -> 12") << u"minPasswordLength"_s << 0 << 12;
    QTest::newRow("length 16 kept") << u"minPasswordLength"_s << 16 << 16;
    QTest::newRow("length 500 -> 128") << u"minPasswordLength"_s << 500 << 128;
    QTest::newRow("age 365 -> 90") << u"maxPasswordAgeDays"_s << 365 << 90;
    QTest::newRow("age 30 kept") << u"maxPasswordAgeDays"_s << 30 << 30;
    QTest::newRow("age 0 -> 1") << u"maxPasswordAgeDays"_s << 0 << 1;
    QTest::newRow("age -5 -> 1") << u"maxPasswordAgeDays"_s << -5 << 1;
    QTest::newRow("history 2 -> 4") << u"passwordHistory"_s << 2 << 4;
    QTest::newRow("history 10 kept") << u"passwordHistory"_s << 10 << 10;
    QTest::newRow("history 100 -> 24") << u"passwordHistory"_s << 100 << 24;
    QTest::newRow("failed sign-ins 50 -> 10") << u"maxFailedSignIns"_s << 50 << 10;
    QTest::newRow("failed sign-ins 5 kept") << u"maxFailedSignIns"_s << 5 << 5;
    QTest::newRow("failed sign-ins 0 -> 1") << u"maxFailedSignIns"_s << 0 << 1;
    QTest::newRow("lockout 5 -> 30") << u"lockoutMinutes"_s << 5 << 30;
    QTest::newRow("lockout 120 kept") << u"lockoutMinutes"_s << 120 << 120;
    QTest::newRow("lockout 10000 -> 1440") << u"lockoutMinutes"_s << 10000 << 1440;
    QTest::newRow("idle 60 -> 15") << u"idleLockMinutes"_s << 60 << 15;
    QTest::newRow("idle 5 kept") << u"idleLockMinutes"_s << 5 << 5;
    QTest::newRow("idle 0 -> 1") << u"idleLockMinutes"_s << 0 << 1;
}

void TestPasswordPolicy::clamped()
{
    QFETCH(QString, field);
    QFETCH(int, value);
    QFETCH(int, expected);

    SecurityPolicy policy;
    int* input = ::field(policy, field);
    QVERIFY(input);
    *input = value;

    SecurityPolicy result = policy.clamped();
    QCOMPARE(*::field(result, field), expected);

    // The other fields are left alone, and clamping twice changes nothing.
    *::field(result, field) = value;
    QVERIFY(result == policy);
    QVERIFY(policy.clamped().clamped() == policy.clamped());
}

void TestPasswordPolicy::defaultsAreWithinBounds()
{
    QVERIFY(SecurityPolicy{}.clamped() == SecurityPolicy{});
}

void TestPasswordPolicy::constructorClampsAndCheckUsesPolicy()
{
    SecurityPolicy weak;
    weak.minPasswordLength = 8;
    const PasswordPolicy clampedPolicy(weak);
    QCOMPARE(clampedPolicy.policy().minPasswordLength, 12);
    const custos::Result<void> shortOne = clampedPolicy.check(u"Tr0ub4dor&3"_s);
    QVERIFY(!shortOne.ok());
    QCOMPARE(shortOne.errorMessage(), u"Use at least 12 characters (this one has 11)."_s);

    SecurityPolicy strict;
    strict.minPasswordLength = 16;
    const PasswordPolicy strictPolicy(strict);
    const custos::Result<void> twelve = strictPolicy.check(u"k9#Vq2!mZr8@"_s);
    QVERIFY(!twelve.ok());
    QCOMPARE(twelve.errorMessage(), u"Use at least 16 characters (this one has 12)."_s);
    QVERIFY(strictPolicy.check(u"Lantern-Harbor-Pebble-93"_s).ok());
}

void TestPasswordPolicy::longerRandomScoresHigher_data()
{
    QTest::addColumn<QString>("shorter");
    QTest::addColumn<QString>("longer");

    QTest::newRow("random") << u"k9#Vq2"_s << u"k9#Vq2!mZr8@x4%Tp"_s;
    QTest::newRow("words") << u"Lantern"_s << u"Lantern-Harbor-Pebble-93"_s;
    QTest::newRow("digits") << u"4821"_s << u"48217305962"_s;
}

void TestPasswordPolicy::longerRandomScoresHigher()
{
    QFETCH(QString, shorter);
    QFETCH(QString, longer);

    const PasswordStrength a = PasswordPolicy::estimate(shorter);
    const PasswordStrength b = PasswordPolicy::estimate(longer);
    QVERIFY2(b.entropyBits > a.entropyBits, qPrintable(u"%1 vs %2 bits"_s.arg(b.entropyBits).arg(a.entropyBits)));
    QVERIFY(b.score >= a.score);
}

void TestPasswordPolicy::scoreFollowsEntropy()
{
    // zxcvbn's guess thresholds 10^3, 10^6, 10^8, 10^10 are about 10, 20, 26.6 and 33.2 bits.
    const QStringList samples = {u"a"_s,
                                 u"password"_s,
                                 u"Summer2024!!"_s,
                                 u"x7#Q"_s,
                                 u"k9#Vq2!mZr8@"_s,
                                 u"Lantern17"_s,
                                 u"correct horse battery staple"_s};
    for (const QString& sample : samples) {
        const PasswordStrength s = PasswordPolicy::estimate(sample);
        QVERIFY(s.score >= 0 && s.score <= 4);
        const double log10Guesses = s.entropyBits * std::log10(2.0);
        const int expected = log10Guesses < 3    ? 0
                             : log10Guesses < 6  ? 1
                             : log10Guesses < 8  ? 2
                             : log10Guesses < 10 ? 3
                                                 : 4;
        QCOMPARE(s.score, expected);
    }
    QCOMPARE(PasswordPolicy::estimate(u"password"_s).score, 0);
    QCOMPARE(PasswordPolicy::estimate(u"k9#Vq2!mZr8@"_s).score, 4);
}

void TestPasswordPolicy::strongHasNoWeakness()
{
    const PasswordStrength strong = PasswordPolicy::estimate(u"correct horse battery staple"_s);
    QCOMPARE(strong.score, 4);
    QVERIFY(strong.weakness.isEmpty());
    QCOMPARE(strong.label(), u"Very strong"_s);

    const PasswordStrength weak = PasswordPolicy::estimate(u"password1234"_s);
    QVERIFY(!weak.weakness.isEmpty());
    QCOMPARE(weak.label(), u"Very weak"_s);
}

void TestPasswordPolicy::label_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<QString>("label");

    QTest::newRow("0") << 0 << u"Very weak"_s;
    QTest::newRow("1") << 1 << u"Weak"_s;
    QTest::newRow("2") << 2 << u"Fair"_s;
    QTest::newRow("3") << 3 << u"Strong"_s;
    QTest::newRow("4") << 4 << u"Very strong"_s;
    QTest::newRow("below range") << -1 << u"Very weak"_s;
    QTest::newRow("above range") << 9 << u"Very strong"_s;
}

void TestPasswordPolicy::label()
{
    QFETCH(int, score);
    QFETCH(QString, label);

    PasswordStrength strength;
    strength.score = score;
    QCOMPARE(strength.label(), label);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_password_policy.moc"
