// Phone numbers: typed in national or international form, stored in E.164.
#include "domain/PhoneNumber.h"

#include <QTest>

using namespace custos;
using namespace Qt::StringLiterals;

class TestPhone : public QObject
{
    Q_OBJECT

private slots:
    void normalizes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::newRow("GB national") << QStringLiteral("020 7946 0018") << QStringLiteral("GB")
                                     << QStringLiteral("+442079460018");
        QTest::newRow("GB international")
            << QStringLiteral("+44 20 7946 0018") << QStringLiteral("GB") << QStringLiteral("+442079460018");
        QTest::newRow("GB with 00 prefix")
            << QStringLiteral("0044 20 7946 0018") << QStringLiteral("GB") << QStringLiteral("+442079460018");
        QTest::newRow("GB mobile") << QStringLiteral("07911 123456") << QStringLiteral("gb")
                                   << QStringLiteral("+447911123456");
        QTest::newRow("GB from US default")
            << QStringLiteral("+44 (0)20 7946 0018") << QStringLiteral("US") << QStringLiteral("+442079460018");
        QTest::newRow("US national") << QStringLiteral("(415) 555-2671") << QStringLiteral("US")
                                     << QStringLiteral("+14155552671");
        QTest::newRow("US dots") << QStringLiteral("415.555.2671") << QStringLiteral("US")
                                 << QStringLiteral("+14155552671");
        QTest::newRow("US international")
            << QStringLiteral("+1 415-555-2671") << QStringLiteral("GB") << QStringLiteral("+14155552671");
        QTest::newRow("ES national") << QStringLiteral("912 345 678") << QStringLiteral("ES")
                                     << QStringLiteral("+34912345678");
        QTest::newRow("ES international")
            << QStringLiteral("+34 612 34 56 78") << QStringLiteral("DE") << QStringLiteral("+34612345678");
        QTest::newRow("DE national") << QStringLiteral("030 12345678") << QStringLiteral("DE")
                                     << QStringLiteral("+493012345678");
        QTest::newRow("DE international")
            << QStringLiteral("+49 30 12345678") << QStringLiteral("US") << QStringLiteral("+493012345678");
        QTest::newRow("JP national") << QStringLiteral("03-1234-5678") << QStringLiteral("JP")
                                     << QStringLiteral("+81312345678");
        QTest::newRow("JP international")
            << QStringLiteral("+81 3-1234-5678") << QStringLiteral("GB") << QStringLiteral("+81312345678");
        QTest::newRow("JP full-width digits")
            << QStringLiteral("０３-１２３４-５６７８") << QStringLiteral("JP") << QStringLiteral("+81312345678");
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  020 7946 0018 \t") << QStringLiteral("GB") << QStringLiteral("+442079460018");
    }
    void normalizes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, e164);
        auto r = normalizePhone(typed, region);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(r.value(), e164);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("empty") << QString() << QStringLiteral("GB") << QStringLiteral("Enter a phone number");
        QTest::newRow("garbage") << QStringLiteral("call me maybe") << QStringLiteral("GB") << QStringLiteral("letter");
        QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("GB") << QStringLiteral("letter");
        QTest::newRow("vanity") << QStringLiteral("0800 FLOWERS") << QStringLiteral("GB") << QStringLiteral("letter");
        QTest::newRow("trailing letter") << QStringLiteral("020 7946 0018x") << QStringLiteral("GB")
                                         << QStringLiteral("letter");
        QTest::newRow("too short") << QStringLiteral("12") << QStringLiteral("GB")
                                   << QStringLiteral("cannot be right for GB");
        QTest::newRow("too short US") << QStringLiteral("555-1234") << QStringLiteral("US")
                                      << QStringLiteral("cannot be right for US");
        QTest::newRow("too long") << QStringLiteral("020 7946 0018 0018 0018") << QStringLiteral("GB")
                                  << QStringLiteral("cannot be right for GB");
        QTest::newRow("no such country code")
            << QStringLiteral("+999 1234 5678") << QStringLiteral("GB") << QStringLiteral("cannot be right");
        QTest::newRow("unknown default region")
            << QStringLiteral("020 7946 0018") << QStringLiteral("XX") << QStringLiteral("country code");
        QTest::newRow("no default region")
            << QStringLiteral("020 7946 0018") << QString() << QStringLiteral("country code");
        QTest::newRow("number range not in use")
            << QStringLiteral("07700 900123") << QStringLiteral("GB") << QStringLiteral("cannot be right for GB");
        QTest::newRow("sql") << QStringLiteral("0'; DROP TABLE customers; --") << QStringLiteral("GB")
                             << QStringLiteral("letter");
        QTest::newRow("absurdly long") << QString(500, QLatin1Char('1')) << QStringLiteral("GB")
                                       << QStringLiteral("at most 40");
    }
    void refuses()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, messagePart);
        auto r = normalizePhone(typed, region);
        QVERIFY(!r.ok());
        QCOMPARE(r.errorCode(), Errc::Invalid);
        QVERIFY2(r.errorMessage().contains(messagePart), qPrintable(r.errorMessage()));
    }

    void formats()
    {
        QCOMPARE(formatPhoneNational(QStringLiteral("+442079460018")), QStringLiteral("020 7946 0018"));
        QCOMPARE(formatPhoneInternational(QStringLiteral("+442079460018")), QStringLiteral("+44 20 7946 0018"));
        QCOMPARE(formatPhoneNational(QStringLiteral("+14155552671")), QStringLiteral("(415) 555-2671"));
        QCOMPARE(formatPhoneInternational(QStringLiteral("+81312345678")), QStringLiteral("+81 3-1234-5678"));
        // Not E.164: shown as it is rather than lost.
        QCOMPARE(formatPhoneNational(QStringLiteral("020 7946")), QStringLiteral("020 7946"));
    }

    void searchPrefixes_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QStringList>("prefixes");
        QTest::newRow("national, trunk 0")
            << u"023 9"_s << u"GB"_s << QStringList{u"+44239"_s, u"+440239"_s, u"+0239"_s};
        QTest::newRow("international") << u"+44 20 79"_s << u"GB"_s << QStringList{u"+442079"_s};
        QTest::newRow("00 prefix") << u"0044 20"_s << u"GB"_s << QStringList{u"+4420"_s};
        QTest::newRow("significant number") << u"2079"_s << u"GB"_s << QStringList{u"+442079"_s, u"+2079"_s};
        QTest::newRow("US without trunk") << u"(415) 555"_s << u"US"_s << QStringList{u"+1415555"_s, u"+415555"_s};
        QTest::newRow("full-width digits")
            << u"\uff10\uff12\uff10"_s << u"GB"_s << QStringList{u"+4420"_s, u"+44020"_s, u"+020"_s};
        QTest::newRow("too few digits") << u"02"_s << u"GB"_s << QStringList{};
        QTest::newRow("letters") << u"po4 5aa"_s << u"GB"_s << QStringList{};
        QTest::newRow("empty") << u"  "_s << u"GB"_s << QStringList{};
    }

    void searchPrefixes()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QStringList, prefixes);
        QCOMPARE(phoneSearchPrefixes(typed, region), prefixes);
    }

    void regions()
    {
        QVERIFY(isSupportedPhoneRegion(QStringLiteral("GB")));
        QVERIFY(isSupportedPhoneRegion(QStringLiteral("jp")));
        QVERIFY(!isSupportedPhoneRegion(QStringLiteral("XX")));
        QVERIFY(!isSupportedPhoneRegion(QString()));
        QVERIFY(isSupportedPhoneRegion(systemPhoneRegion()));
    }
};

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
