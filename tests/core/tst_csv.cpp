// CSV reading and writing: what spreadsheets produce, what they must not be tricked into, and
// clear errors (with the line) for files that cannot be read.
#include "documents/Csv.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace custos;
using namespace Qt::StringLiterals;

using Rows = QList<QStringList>;
Q_DECLARE_METATYPE(Rows)

namespace {

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/csv/"_s + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("header");
        QTest::addColumn<Rows>("rows");
        QTest::addColumn<QList<int>>("lines");

        const QStringList ab{u"a"_s, u"b"_s};
        QTest::newRow("plain LF") << QByteArray("a,b\n1,2\n3,4\n") << ab << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
                                  << QList<int>{2, 3};
        QTest::newRow("CRLF, no final newline")
            << QByteArray("a,b\r\n1,2\r\n3,4") << ab << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{2, 3};
        QTest::newRow("BOM dropped") << QByteArray("\xEF\xBB\xBF"
                                                   "a,b\r\n1,2\r\n")
                                     << ab << Rows{{u"1"_s, u"2"_s}} << QList<int>{2};
        QTest::newRow("quoted delimiter")
            << QByteArray("a,b\n\"Smith, Anna\",2\n") << ab << Rows{{u"Smith, Anna"_s, u"2"_s}} << QList<int>{2};
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"5\"\" pipe\",\"\"\"quoted\"\"\"\n") << ab
                                        << Rows{{u"5\" pipe"_s, u"\"quoted\""_s}} << QList<int>{2};
        QTest::newRow("embedded newlines keep line numbers")
            << QByteArray("a,b\r\n\"Flat 3\r\n9 Dock Road\",x\r\n\"one\ntwo\nthree\",y\r\nlast,z\r\n") << ab
            << Rows{{u"Flat 3\n9 Dock Road"_s, u"x"_s}, {u"one\ntwo\nthree"_s, u"y"_s}, {u"last"_s, u"z"_s}}
            << QList<int>{2, 4, 7};
        QTest::newRow("semicolon detected")
            << QByteArray("a;b\n1,5;2\n") << ab << Rows{{u"1,5"_s, u"2"_s}} << QList<int>{2};
        QTest::newRow("tab detected") << QByteArray("a\tb\n1, x\t2; y\n") << ab << Rows{{u"1, x"_s, u"2; y"_s}}
                                      << QList<int>{2};
        QTest::newRow("blank and delimiter-only lines skipped")
            << QByteArray("\n a , b \n\n1,2\n,\n  \n3,4\n,,\n") << ab << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}}
            << QList<int>{4, 7};
        QTest::newRow("ragged rows kept")
            << QByteArray("a,b\n1\n1,2,3\n") << ab << Rows{{u"1"_s}, {u"1"_s, u"2"_s, u"3"_s}} << QList<int>{2, 3};
        QTest::newRow("empty trailing field")
            << QByteArray("a,b\n1,\n") << ab << Rows{{u"1"_s, QString()}} << QList<int>{2};
        QTest::newRow("quoted empty row kept")
            << QByteArray("a,b\n\"\",\n") << ab << Rows{{QString(), QString()}} << QList<int>{2};
        QTest::newRow("header only") << QByteArray("a,b\r\n") << ab << Rows{} << QList<int>{};
        QTest::newRow("four scripts") << QByteArray("a,b\nZoë Ølander,Дмитрий Иванов\nسارة حداد,李小龙\n") << ab
                                      << Rows{{u"Zoë Ølander"_s, u"Дмитрий Иванов"_s}, {u"سارة حداد"_s, u"李小龙"_s}}
                                      << QList<int>{2, 3};
    }

    void parse()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, header);
        QFETCH(Rows, rows);
        QFETCH(QList<int>, lines);
        auto table = csv::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows, rows);
        QCOMPARE(table->lineNumbers, lines);
    }

    void explicitDelimiterWins()
    {
        // The header has more commas than semicolons, but the caller knows better.
        auto table = csv::parse("a,x;b\n1,y;2\n", QLatin1Char(';'));
        QVERIFY(table.ok());
        QCOMPARE(table->header, (QStringList{u"a,x"_s, u"b"_s}));
        QCOMPARE(table->rows.value(0), (QStringList{u"1,y"_s, u"2"_s}));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        QTest::newRow("unterminated quote") << QByteArray("a,b\n1,2\n\"open,3\n4,5\n") << u"Line 3"_s;
        QTest::newRow("unterminated quote in long file")
            << (QByteArray("a,b\n1,\"never closed\n") + QByteArray(20000, 'x')) << u"Line 2"_s;
        QTest::newRow("invalid UTF-8") << QByteArray("a,b\n1,2\nZo\xEB,3\n") << u"Line 3 is not valid UTF-8"_s;
        QTest::newRow("overlong UTF-8") << QByteArray("a,b\n\xC0\xAF,1\n") << u"Line 2 is not valid UTF-8"_s;
        QTest::newRow("UTF-8 surrogate") << QByteArray("a,b\n\xED\xA0\x80,1\n") << u"Line 2 is not valid UTF-8"_s;
        QTest::newRow("truncated UTF-8 at end") << QByteArray("a,b\n1,\xE2\x82") << u"Line 2 is not valid UTF-8"_s;
        QTest::newRow("UTF-16 BOM") << QByteArray("\xFF\xFE"
                                                  "a\0,\0b\0",
                                                  8)
                                    << u"UTF-16"_s;
        QTest::newRow("NUL byte") << QByteArray("a,b\n1,2\n3\0,4\n", 13) << u"Line 3"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("only BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n\r\n") << u"empty"_s;
        QTest::newRow("field over 10,000 characters")
            << (QByteArray("a,b\n1,2\n3,") + QByteArray(csv::kMaxFieldChars + 1, 'x') + "\n") << u"Line 3"_s;
        QTest::newRow("file: unterminated-quote.csv") << readData(u"unterminated-quote.csv"_s) << u"Line 4"_s;
        QTest::newRow("file: windows-1252.csv") << readData(u"windows-1252.csv"_s) << u"Line 3"_s;
        QTest::newRow("file: utf16le.csv") << readData(u"utf16le.csv"_s) << u"CSV UTF-8"_s;
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        auto table = csv::parse(bytes);
        QVERIFY(!table.ok());
        QCOMPARE(table.errorCode(), Errc::Invalid);
        QVERIFY2(table.errorMessage().contains(expected), qPrintable(table.errorMessage()));
    }

    void limits()
    {
        // A field of exactly the limit is fine.
        auto atLimit = csv::parse("a\n\"" + QByteArray(csv::kMaxFieldChars, 'x') + "\"\n");
        QVERIFY2(atLimit.ok(), qPrintable(atLimit.errorMessage()));
        QCOMPARE(atLimit->rows.value(0).value(0).size(), csv::kMaxFieldChars);

        QByteArray huge(csv::kMaxBytes + 1, 'x');
        auto tooBig = csv::parse(huge);
        QCOMPARE(tooBig.errorCode(), Errc::Invalid);
        QVERIFY2(tooBig.errorMessage().contains(u"50 MB"_s), qPrintable(tooBig.errorMessage()));
        huge.clear();

        QByteArray manyRows = "a\n";
        manyRows.reserve(2 * (csv::kMaxRows + 2));
        for (int i = 0; i < csv::kMaxRows; ++i)
            manyRows += "1\n";
        auto atRowLimit = csv::parse(manyRows);
        QVERIFY2(atRowLimit.ok(), qPrintable(atRowLimit.errorMessage()));
        QCOMPARE(atRowLimit->rows.size(), csv::kMaxRows);
        manyRows += "1\n";
        auto tooManyRows = csv::parse(manyRows);
        QCOMPARE(tooManyRows.errorCode(), Errc::Invalid);
        QVERIFY2(tooManyRows.errorMessage().contains(u"500000"_s), qPrintable(tooManyRows.errorMessage()));
    }

    void writeQuotesAndGuards_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("encoded");

        QTest::newRow("plain") << u"Anna Berg"_s << QByteArray("Anna Berg");
        QTest::newRow("comma") << u"Smith, Anna"_s << QByteArray("\"Smith, Anna\"");
        QTest::newRow("semicolon") << u"a;b"_s << QByteArray("\"a;b\"");
        QTest::newRow("quote") << u"5\" pipe"_s << QByteArray("\"5\"\" pipe\"");
        QTest::newRow("newline") << u"Flat 3\n9 Dock Road"_s << QByteArray("\"Flat 3\n9 Dock Road\"");
        QTest::newRow("empty") << QString() << QByteArray();
        // OWASP CSV injection: never let a spreadsheet run a cell as a formula.
        QTest::newRow("= formula") << u"=HYPERLINK(\"http://x.test\")"_s
                                   << QByteArray("\"'=HYPERLINK(\"\"http://x.test\"\")\"");
        QTest::newRow("+ formula") << u"+1+1"_s << QByteArray("'+1+1");
        QTest::newRow("- formula") << u"-2+3"_s << QByteArray("'-2+3");
        QTest::newRow("@ formula") << u"@SUM(A1:A2)"_s << QByteArray("'@SUM(A1:A2)");
        QTest::newRow("tab first") << u"\t=1"_s << QByteArray("\"'\t=1\"");
        QTest::newRow("CR first") << u"\r=1"_s << QByteArray("\"'\r=1\"");
        QTest::newRow("= later is harmless") << u"a=b"_s << QByteArray("a=b");
    }

    void writeQuotesAndGuards()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, encoded);
        QCOMPARE(csv::encodeRow({cell, u"x"_s}), encoded + ",x\r\n");
    }

    void writeHasBomAndCrlf()
    {
        const QByteArray bytes = csv::write({u"Name"_s, u"City"_s}, {{u"Zoë"_s, u"Portsmouth"_s}});
        QCOMPARE(bytes, QByteArray("\xEF\xBB\xBF"
                                   "Name,City\r\nZo\xC3\xAB,Portsmouth\r\n"));
    }

    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::newRow("Latin") << QStringList{u"Zoë Ølander"_s, u"Straße 5, Hof"_s, u"Ærø"_s};
        QTest::newRow("Cyrillic") << QStringList{u"Дмитрий \"Дима\" Иванов"_s, u"ул. Ленина, 5"_s, u"Москва"_s};
        QTest::newRow("Arabic") << QStringList{u"سارة حداد"_s, u"شارع الملك\nالطابق 2"_s, u"دبي"_s};
        QTest::newRow("Han") << QStringList{u"李小龙"_s, u"中山路 8 号；3 楼"_s, u"上海"_s};
    }

    void roundTrip()
    {
        QFETCH(QStringList, cells);
        const QStringList header{u"name"_s, u"street"_s, u"city"_s};
        auto table = csv::parse(csv::write(header, {cells, cells}));
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->header, header);
        QCOMPARE(table->rows, (Rows{cells, cells}));
    }

    void writeFileAtomically()
    {
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"out.csv"_s);
        QVERIFY(csv::writeFileAtomically(path, "one").ok());
        QVERIFY(csv::writeFileAtomically(path, "two").ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("two"));
        // Exports hold personal data: the employee's account only.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());

        const QString missing = tmp.filePath(u"no/such/folder/out.csv"_s);
        auto r = csv::writeFileAtomically(missing, "x");
        QCOMPARE(r.errorCode(), Errc::Io);
        QVERIFY2(r.errorMessage().contains(u"does not exist"_s), qPrintable(r.errorMessage()));
        QVERIFY(!QFileInfo::exists(missing));

        auto folder = csv::writeFileAtomically(tmp.path(), "x");
        QCOMPARE(folder.errorCode(), Errc::Io);
    }

    void writeIntoReadOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root may write anywhere");
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(u"locked"_s);
        QVERIFY(QDir().mkdir(dir));
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto r = csv::writeFileAtomically(dir + u"/out.csv"_s, "x");
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(r.errorCode(), Errc::Io);
        QVERIFY2(r.errorMessage().contains(u"permission"_s), qPrintable(r.errorMessage()));
        QVERIFY(!QFileInfo::exists(dir + u"/out.csv"_s));
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
