// Domain rules: card numbers (Luhn, brand, length, masking), expiry, money arithmetic.
#include "domain/CardNumber.h"
#include "domain/Money.h"

#include <QTest>

using namespace custos;

class TestDomain : public QObject
{
    Q_OBJECT

private slots:
    void publicTestCards_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<int>("brand");
        // The card networks' and processors' published test numbers.
        QTest::newRow("visa 16") << QStringLiteral("4242 4242 4242 4242") << int(CardBrand::Visa);
        QTest::newRow("visa 4111") << QStringLiteral("4111-1111-1111-1111") << int(CardBrand::Visa);
        QTest::newRow("visa 4012") << QStringLiteral("4012888888881881") << int(CardBrand::Visa);
        QTest::newRow("visa 13") << QStringLiteral("4222222222222") << int(CardBrand::Visa);
        QTest::newRow("mastercard 5555") << QStringLiteral("5555555555554444") << int(CardBrand::Mastercard);
        QTest::newRow("mastercard 5105") << QStringLiteral("5105105105105100") << int(CardBrand::Mastercard);
        QTest::newRow("mastercard 2-series") << QStringLiteral("2223003122003222") << int(CardBrand::Mastercard);
        QTest::newRow("amex 3782") << QStringLiteral("378282246310005") << int(CardBrand::Amex);
        QTest::newRow("amex 3714") << QStringLiteral("371449635398431") << int(CardBrand::Amex);
        QTest::newRow("discover 6011") << QStringLiteral("6011111111111117") << int(CardBrand::Discover);
        QTest::newRow("discover 6011 0009") << QStringLiteral("6011000990139424") << int(CardBrand::Discover);
        QTest::newRow("discover co-branded 622126") << QStringLiteral("6221260000000000") << int(CardBrand::Discover);
        QTest::newRow("diners 14") << QStringLiteral("30569309025904") << int(CardBrand::Diners);
        QTest::newRow("diners 38") << QStringLiteral("38520000023237") << int(CardBrand::Diners);
        QTest::newRow("diners 16") << QStringLiteral("3056930009020004") << int(CardBrand::Diners);
        QTest::newRow("jcb 3530") << QStringLiteral("3530111333300000") << int(CardBrand::Jcb);
        QTest::newRow("jcb 3566") << QStringLiteral("3566002020360505") << int(CardBrand::Jcb);
        QTest::newRow("unionpay") << QStringLiteral("6200000000000005") << int(CardBrand::UnionPay);
        QTest::newRow("maestro 6759") << QStringLiteral("6759649826438453") << int(CardBrand::Maestro);
        QTest::newRow("maestro 5018") << QStringLiteral("5018000000000009") << int(CardBrand::Maestro);
    }

    void publicTestCards()
    {
        QFETCH(QString, pan);
        QFETCH(int, brand);
        auto card = CardNumber::parse(pan);
        QVERIFY2(card.ok(), qPrintable(card.errorMessage()));
        QCOMPARE(int(card->brand()), brand);
        QString digits = pan;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        QCOMPARE(card->bin(), digits.left(6));
        QCOMPARE(card->last4(), digits.right(4));
        QCOMPARE(card->length(), digits.size());
        QCOMPARE(CardNumber::detectBrand(digits.left(6)), card->brand());
        // What a clerk and a manager see never holds the middle digits.
        const QString clerk = maskLast4(card->brand(), card->last4());
        const QString manager = maskBinLast4(card->brand(), card->bin(), card->last4(), card->length());
        auto digitCount = [](const QString& s) {
            return std::count_if(s.begin(), s.end(), [](QChar c) { return c.isDigit(); });
        };
        QCOMPARE(digitCount(clerk), 4);    // PCI DSS 3.4.1: last 4 only
        QCOMPARE(digitCount(manager), 10); // BIN + last 4 at most
        QVERIFY(clerk.endsWith(card->last4()));
        QVERIFY(manager.contains(card->bin()));
    }

    void invalidCards_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<QString>("reason");
        QTest::newRow("one digit off") << QStringLiteral("4242424242424241") << QStringLiteral("mistyped");
        QTest::newRow("transposed") << QStringLiteral("4242424242422442") << QStringLiteral("mistyped");
        QTest::newRow("letters") << QStringLiteral("4242 4242 4242 424O") << QStringLiteral("only digits");
        QTest::newRow("empty") << QString() << QStringLiteral("Enter");
        QTest::newRow("amex too long") << QStringLiteral("3782822463100051") << QStringLiteral("15 digits");
        QTest::newRow("too short") << QStringLiteral("42424242") << QStringLiteral("digits");
        QTest::newRow("twenty digits") << QStringLiteral("42424242424242424242") << QStringLiteral("digits");
        QTest::newRow("sql") << QStringLiteral("4242'; DROP TABLE orders;--") << QStringLiteral("only digits");
        QTest::newRow("arabic-indic digits") << QStringLiteral("٤٢٤٢٤٢٤٢٤٢٤٢٤٢٤٢") << QStringLiteral("only digits");
    }

    void invalidCards()
    {
        QFETCH(QString, pan);
        QFETCH(QString, reason);
        auto card = CardNumber::parse(pan);
        QVERIFY(!card.ok());
        QCOMPARE(card.errorCode(), Errc::Invalid);
        QVERIFY2(card.errorMessage().contains(reason), qPrintable(card.errorMessage()));
        QVERIFY2(!card.errorMessage().contains(QStringLiteral("424242424")), "no card digits in messages");
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("expired"); // on 2026-11-30
        QTest::newRow("this month") << QStringLiteral("11/26") << true << false;
        QTest::newRow("last month") << QStringLiteral("10/26") << true << true;
        QTest::newRow("next year") << QStringLiteral("01/27") << true << false;
        QTest::newRow("four-digit year") << QStringLiteral("08/2029") << true << false;
        QTest::newRow("no slash") << QStringLiteral("0828") << true << false;
        QTest::newRow("single digit month") << QStringLiteral("3/27") << true << false;
        QTest::newRow("month 13") << QStringLiteral("13/27") << false << false;
        QTest::newRow("month 0") << QStringLiteral("00/27") << false << false;
        QTest::newRow("text") << QStringLiteral("soon") << false << false;
        QTest::newRow("last year") << QStringLiteral("12/25") << true << true;
    }

    void expiry()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        QFETCH(bool, expired);
        auto e = CardExpiry::parse(typed);
        QCOMPARE(e.ok(), valid);
        if (valid)
            QCOMPARE(e->isExpired(QDate(2026, 11, 30)), expired);
    }

    void moneyParse_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents"); // -1: invalid
        QTest::newRow("whole") << QStringLiteral("12") << QStringLiteral("en_GB") << qint64(1200);
        QTest::newRow("one decimal") << QStringLiteral("12.5") << QStringLiteral("en_GB") << qint64(1250);
        QTest::newRow("two decimals") << QStringLiteral("0.07") << QStringLiteral("en_GB") << qint64(7);
        QTest::newRow("grouping") << QStringLiteral("1,234.50") << QStringLiteral("en_US") << qint64(123450);
        QTest::newRow("spanish") << QStringLiteral("1.234,50") << QStringLiteral("es_ES") << qint64(123450);
        QTest::newRow("C notation in spanish") << QStringLiteral("12.50") << QStringLiteral("es_ES") << qint64(1250);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << QStringLiteral("en_GB") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("ten") << QStringLiteral("en_GB") << qint64(-1);
        QTest::newRow("empty") << QString() << QStringLiteral("en_GB") << qint64(-1);
    }

    void moneyParse()
    {
        QFETCH(QString, typed);
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        auto m = Money::parse(typed, QLocale(locale));
        QCOMPARE(m.ok(), cents >= 0);
        if (cents >= 0)
            QCOMPARE(m->cents(), cents);
    }

    void moneyArithmetic()
    {
        QCOMPARE(Money::times(Money::fromCents(1999), 3)->cents(), 5997);
        QVERIFY(!Money::times(Money::fromCents(std::numeric_limits<qint64>::max() / 2), 3).ok());
        QCOMPARE(Money::fromCents(1000).taxAt(2000).cents(), 200);                // 20 % of 10.00
        QCOMPARE(Money::fromCents(1).taxAt(5000).cents(), 1);                     // 0.005 rounds half up
        QCOMPARE(Money::fromCents(333).taxAt(2000).cents(), 67);                  // 66.6 -> 67
        QCOMPARE(Money::fromCents(-333).taxAt(2000).cents(), -67);                // away from zero
        QCOMPARE(Money::fromCents(123456789012).taxAt(825).cents(), 10185185093); // 8.25 %
        QCOMPARE(Money::fromCents(123450).toString(QLocale(QStringLiteral("en_US"))), QStringLiteral("1,234.50"));
        QCOMPARE(Money::fromCents(-5).toString(QLocale(QStringLiteral("en_US"))), QStringLiteral("-0.05"));
        QCOMPARE(Money::fromCents(123450).toString(QLocale(QStringLiteral("es_ES"))), QStringLiteral("1234,50"));
    }
};

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
