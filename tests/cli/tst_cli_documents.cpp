// `custos-cli form blank`, `order confirmation` and `privacy-notice show`, run as a process
// against a real vault; the PDFs are read back with pdftotext.
#include "documents/Signing.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

// The text of a PDF as a reader would search it: ligature glyphs ("ﬁ", "ﬀ") read as letters.
static QString documentText(const QString& path)
{
    return custos::test::pdfText(path).normalized(QString::NormalizationForm_KC);
}

class TestCliDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vaultDir = m_dir.filePath(u"vault"_s);
        SystemClock clock;
        auto vault = createVault(m_vaultDir, clock);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        auto session = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        auto customer = addCustomer(*session.value());
        QVERIFY2(customer.ok(), qPrintable(customer.errorMessage()));
        auto number = addOrder(*session.value(), customer.value(), u"4242424242424242"_s);
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        m_orderNumber = number.value();
    }

    void blankFormWithCopies()
    {
        const QString out = m_dir.filePath(u"forms.pdf"_s);
        const CliRun r = owner({u"form"_s, u"blank"_s, u"--out"_s, out, u"--copies"_s, u"2"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QRegularExpression serial(u"F-\\d{6}"_s);
        auto it = serial.globalMatch(r.out);
        QStringList serials;
        while (it.hasNext())
            serials << it.next().captured(0);
        QCOMPARE(serials.size(), 2);
        QVERIFY(serials.at(0) != serials.at(1));
        const QString text = documentText(out);
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        for (const QString& expected : {sampleBusiness().legalName, sampleBusiness().fax, sampleBusiness().email,
                                        u"Cut off along the dotted line"_s, u"PCI DSS 3.3.1.2"_s, serials.at(0),
                                        serials.at(1), u"supervisory authority"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
    }

    void blankFormUsage()
    {
        QCOMPARE(owner({u"form"_s, u"blank"_s}).code, 2);
        QCOMPARE(owner({u"form"_s, u"blank"_s, u"--out"_s, m_dir.filePath(u"x.pdf"_s), u"--copies"_s, u"0"_s}).code, 2);
        QCOMPARE(owner({u"form"_s, u"letterhead"_s}).code, 2);
        QVERIFY(!QFile::exists(m_dir.filePath(u"x.pdf"_s)));
    }

    void orderConfirmationMasksTheCard()
    {
        const QString out = m_dir.filePath(u"confirmation.pdf"_s);
        const CliRun r = owner({u"order"_s, u"confirmation"_s, m_orderNumber, u"--out"_s, out});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(m_orderNumber));
        const QString text = documentText(out);
        QVERIFY2(text.contains(u"Order confirmation"_s), qPrintable(text));
        QVERIFY(text.contains(m_orderNumber));
        QVERIFY(text.contains(u"Zoë Smith"_s));
        QVERIFY(text.contains(u"Visa •••• 4242"_s));
        QVERIFY(!text.contains(u"4242424242424242"_s));
        QVERIFY(!text.contains(u"424242"_s));
        QFile raw(out);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(!raw.readAll().contains("424242"));

        const CliRun missing = owner({u"order"_s, u"confirmation"_s, u"2020-999999"_s, u"--out"_s, out + u"2"_s});
        QCOMPARE(missing.code, 2);
        QVERIFY(!QFile::exists(out + u"2"_s));
    }

    void printsAreAudited()
    {
        const CliRun r = owner({u"audit"_s, u"list"_s, u"--action"_s, u"document."_s, u"--tsv"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(u"form:F-"_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"order:"_s + m_orderNumber));
        QVERIFY(!r.out.contains(u"4242"_s));
    }

    void privacyNoticeShow()
    {
        const CliRun r = owner({u"privacy-notice"_s, u"show"_s});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(sampleBusiness().legalName));
        QVERIFY(r.out.contains(sampleBusiness().privacyContact));
        QVERIFY(r.out.contains(u"Phone script"_s));
        QVERIFY(!r.out.contains(u"{business}"_s));
        const CliRun script = owner({u"privacy-notice"_s, u"show"_s, u"--script"_s});
        QVERIFY2(script.code == 0, qPrintable(script.describe()));
        QVERIFY(script.out.size() < r.out.size());
        QVERIFY(script.out.contains(sampleBusiness().legalName));
    }

    void helpNamesTheCommands()
    {
        const CliRun r = runCli({u"help"_s});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(u"form blank --out FILE.pdf"_s));
        QVERIFY(r.out.contains(u"order confirmation NUMBER"_s));
        QVERIFY(r.out.contains(u"privacy-notice show"_s));
    }

private:
    CliRun owner(const QStringList& command)
    {
        return runCli(QStringList{u"--vault"_s, m_vaultDir, u"--user"_s, kOwnerUser, u"--password-stdin"_s} + command,
                      kOwnerPassword.toUtf8() + '\n');
    }

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_orderNumber;
};

QTEST_GUILESS_MAIN(TestCliDocuments)
#include "tst_cli_documents.moc"
