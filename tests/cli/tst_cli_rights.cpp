// custos-cli and the GDPR data rights and the self-check, run as processes against a real vault:
// `customer export` (JSON + PDF, signed for an owner; openssl-free check with the vault's key),
// refused for a manager without a grant (exit 6); `customer erase` needs --confirm, is refused
// while an order is open (exit 2, naming it) and then erases with a certificate; `selfcheck`
// prints findings, exits 0 on a healthy vault and 8 once a problem exists, with a signed report.
#include "documents/Signing.h"
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kManagerPassword = u"copper-Lagoon-violet-71"_s;

} // namespace

class TestCliRights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_dir;
    qint64 m_customer = 0;
    QString m_openOrder;
    QByteArray m_signingKey;

    CliRun as(const QString& user, const QString& password, const QStringList& command) const
    {
        return runCli(QStringList{u"--vault"_s, m_dir, u"--user"_s, user} + command, password.toUtf8() + '\n');
    }
    CliRun asOwner(const QStringList& command) const { return as(kOwnerUser, kOwnerPassword, command); }
    QString path(const QString& name) const { return m_tmp.filePath(name); }

    // Runs `work` with the owner signed in in this process (the CLI runs have ended: the vault is free).
    template <typename F>
    bool withOwner(F work)
    {
        auto vault = Vault::open(m_dir);
        if (!vault)
            return false;
        auto session = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
        if (!session)
            return false;
        return work(*vault.value(), *session.value());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(CUSTOS_CLI_PATH)), CUSTOS_CLI_PATH);
        m_dir = path(u"vault"_s);
        auto vault = createVault(m_dir, Clock::system());
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto owner = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        Session& s = *owner.value();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        // A manager (no grant) who screens the owner, so the owner passes the screening gate.
        auto manager = addEmployee(*vault.value(), s, u"mara"_s, u"Mara Manager"_s, Role::Manager, kManagerPassword);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        {
            auto managerSession = signIn(*vault.value(), u"mara"_s, kManagerPassword);
            QVERIFY(managerSession);
            QVERIFY(recordClearedCheck(*vault.value(), *managerSession.value(), s.employee().id, today));
        }
        auto customer = addCustomer(s);
        QVERIFY2(customer, qPrintable(customer.errorMessage()));
        m_customer = customer.value();
        auto order = addOrder(s, m_customer);
        QVERIFY2(order, qPrintable(order.errorMessage()));
        m_openOrder = order.value();
        // Healthy for the self-check: a recent backup and a signed access review.
        QVERIFY(storage::SettingsRepository(s.database())
                    .setValue(u"backup.last_success_at"_s, toStorageTime(QDateTime::currentDateTimeUtc())));
        m_signingKey = documents::currentSigningKey(s.database())->publicKey;
    }

    void exportAsOwner()
    {
        const QString json = path(u"zoe.json"_s);
        const QString pdf = path(u"zoe.pdf"_s);
        const CliRun r =
            asOwner({u"customer"_s, u"export"_s, QString::number(m_customer), u"--json"_s, json, u"--pdf"_s, pdf});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(json));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QJsonObject root = QJsonDocument::fromJson(bytes).object();
        QCOMPARE(root.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Zoë Smith"_s);
        QVERIFY(!bytes.contains("4242424242424242") && !bytes.contains("424242"));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Zoë Smith"_s) && text.contains(m_openOrder));
        QVERIFY(!text.contains(u"424242"_s));
        for (const QString& f : {json, pdf}) {
            auto verified = documents::verifyFile(f, f + u".sig"_s, {m_signingKey});
            QVERIFY2(verified && verified->valid, qPrintable(f));
        }
    }

    void exportRefusedForManagerWithoutGrant()
    {
        const QString json = path(u"mara.json"_s);
        const CliRun r = as(u"mara"_s, kManagerPassword,
                            {u"customer"_s, u"export"_s, QString::number(m_customer), u"--json"_s, json});
        QCOMPARE(r.code, 6);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(json));
    }

    void usageErrors()
    {
        QCOMPARE(asOwner({u"customer"_s, u"export"_s, QString::number(m_customer)}).code, 2);
        const CliRun noConfirm =
            asOwner({u"customer"_s, u"erase"_s, QString::number(m_customer), u"--certificate"_s, path(u"c.pdf"_s)});
        QCOMPARE(noConfirm.code, 2);
        QVERIFY(noConfirm.err.contains(u"--confirm"_s));
        QCOMPARE(asOwner({u"customer"_s, u"export"_s, u"9999"_s, u"--json"_s, path(u"x.json"_s)}).code, 1);
        QVERIFY(runCli({u"help"_s}).out.contains(u"customer erase ID --certificate FILE.pdf --confirm"_s));
    }

    void eraseRefusedWhileOrderOpenThenErases()
    {
        const QString certificate = path(u"certificate.pdf"_s);
        const QStringList erase{u"customer"_s,      u"erase"_s,          QString::number(m_customer),
                                u"--certificate"_s, certificate,         u"--confirm"_s,
                                u"--reason"_s,      u"Letter of 2 May"_s};
        CliRun r = asOwner(erase);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(m_openOrder), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(certificate));

        QVERIFY(withOwner([this](Vault&, Session& s) {
            OrderService orders(s);
            return orders.changeStatus(orders.getByNumber(m_openOrder)->id, OrderStatus::Cancelled).ok();
        }));
        r = asOwner(erase);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"Erased customer #%1"_s.arg(m_customer)));
        const QString text = pdfText(certificate);
        QVERIFY(text.contains(u"Zoë Smith"_s));
        auto verified = documents::verifyFile(certificate, certificate + u".sig"_s, {m_signingKey});
        QVERIFY(verified && verified->valid);
        const CliRun list = asOwner({u"customer"_s, u"list"_s, u"--archived"_s});
        QCOMPARE(list.code, 0);
        QVERIFY(!list.out.contains(u"Zoë"_s));
        QVERIFY(!list.out.contains(u"Erased customer"_s));
    }

    void selfcheckExitCodes()
    {
        // Warnings only (owner's check recorded, no access review): exit 0.
        const QString report = path(u"selfcheck.pdf"_s);
        CliRun r = asOwner({u"selfcheck"_s, u"--report"_s, report});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"Audit log"_s));
        QVERIFY(r.out.contains(u"WARNING"_s));
        auto verified = documents::verifyFile(report, report + u".sig"_s, {m_signingKey});
        QVERIFY(verified && verified->valid);
        QVERIFY(pdfText(report).contains(u"Security self-check"_s));

        // An edited audit row is a problem: exit 8, and the finding names it.
        QVERIFY(withOwner([](Vault&, Session& s) {
            return s.database().exec(u"UPDATE audit_events SET details = 'edited' WHERE seq = 2"_s).ok();
        }));
        r = asOwner({u"selfcheck"_s, u"--tsv"_s});
        QVERIFY2(r.code == 8, qPrintable(r.describe()));
        QVERIFY(r.out.contains(u"problem\taudit_chain"_s));

        // Managers may not run it.
        r = as(u"mara"_s, kManagerPassword, {u"selfcheck"_s});
        QCOMPARE(r.code, 6);
    }
};

QTEST_GUILESS_MAIN(TestCliRights)
#include "tst_cli_rights.moc"
