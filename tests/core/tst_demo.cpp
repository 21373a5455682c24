// The demo vault: enough sample data to try every screen, made through the real services, the
// same on every run, and with no full card number anywhere in its files.
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "demo/DemoData.h"
#include "demo/DemoVault.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;

namespace {

crypto::SecureBytes password(const demo::DemoAccount& account)
{
    return crypto::SecureBytes::fromUtf8(QString::fromLatin1(account.password));
}

// The public test numbers the demo may use, and a few more of the same lists.
const QStringList kTestPans = {
    QStringLiteral("4242424242424242"), QStringLiteral("4000056655665556"), QStringLiteral("4111111111111111"),
    QStringLiteral("5555555555554444"), QStringLiteral("2223003122003222"), QStringLiteral("5200828282828210"),
    QStringLiteral("5105105105105100"), QStringLiteral("378282246310005"),  QStringLiteral("371449635398431"),
    QStringLiteral("6011111111111117"), QStringLiteral("6011000990139424"), QStringLiteral("3530111333300000"),
    QStringLiteral("3566002020360505"),
};

QStringList namesInCreationOrder(Session& session)
{
    CustomerQuery query;
    query.includeArchived = true;
    query.sort = CustomerSort::OldestFirst;
    query.limit = 100000;
    auto all = CustomerService(session).search(query);
    if (!all)
        return {all.errorMessage()};
    QStringList names;
    for (const Customer& c : all.value())
        names << c.name;
    return names;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_owner;
    QDateTime m_createdAt;

    std::unique_ptr<Session> signIn(const demo::DemoAccount& account)
    {
        auto s = m_vault->signIn(QString::fromLatin1(account.username), password(account));
        if (!s)
            qWarning("%s", qPrintable(s.errorMessage()));
        return s ? std::move(s.value()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_createdAt = QDateTime::currentDateTimeUtc();
        QElapsedTimer timer;
        timer.start();
        auto created = demo::createDemoVault(m_tmp.filePath(QStringLiteral("demo")));
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        qInfo("createDemoVault: %lld ms", timer.elapsed());
        m_vault = std::move(created.value().vault);
        m_owner = signIn(demo::kOwner);
        QVERIFY(m_owner);
    }

    void cleanupTestCase()
    {
        m_owner.reset();
        m_vault.reset();
    }

    void enoughCustomersAndOrders()
    {
        auto customers = CustomerService(*m_owner).count(CustomerQuery{});
        QVERIFY2(customers.ok(), qPrintable(customers.errorMessage()));
        QCOMPARE_GE(customers.value(), 250);
        QCOMPARE_LE(customers.value(), 400);
        auto orders = OrderService(*m_owner).count(OrderFilter{});
        QVERIFY2(orders.ok(), qPrintable(orders.errorMessage()));
        QCOMPARE_GE(orders.value(), 300);
        QCOMPARE_LE(orders.value(), 600);
    }

    void everyStatusAndChannelPresent()
    {
        OrderService orders(*m_owner);
        for (OrderStatus s : allOrderStatuses()) {
            OrderFilter f;
            f.statuses = {s};
            auto n = orders.count(f);
            QVERIFY(n.ok());
            QVERIFY2(n.value() > 0, qPrintable(orderStatusToStorage(s)));
        }
        const int total = orders.count(OrderFilter{}).value();
        for (Channel c : allChannels()) {
            OrderFilter f;
            f.channels = {c};
            auto n = orders.count(f);
            QVERIFY(n.ok());
            QVERIFY2(n.value() > 0, qPrintable(channelToStorage(c)));
        }
        // Phone orders dominate (55 % planned); walk-ins are the fewest (10 %).
        OrderFilter phone;
        phone.channels = {Channel::Phone};
        QCOMPARE_GT(orders.count(phone).value() * 100 / total, 40);
    }

    void ordersSpanTheLastFourMonths()
    {
        OrderService orders(*m_owner);
        auto oldest = orders.list(OrderFilter{}, OrderSort::OldestFirst, OrderPage{1, 0, {}});
        auto newest = orders.list(OrderFilter{}, OrderSort::NewestFirst, OrderPage{1, 0, {}});
        QVERIFY(oldest.ok() && newest.ok());
        QVERIFY(!oldest->isEmpty() && !newest->isEmpty());
        const qint64 oldestDays = oldest->first().createdAt.daysTo(m_createdAt);
        QVERIFY2(oldestDays >= 90 && oldestDays <= 125, qPrintable(QString::number(oldestDays)));
        QVERIFY(newest->first().createdAt <= QDateTime::currentDateTimeUtc());
        QVERIFY(newest->first().createdAt.daysTo(m_createdAt) <= 3);
    }

    void cardsAreSealedThenPurged()
    {
        // Recent unpaid orders keep the sealed number; charged and cancelled ones lost it (retention 0).
        OrderService orders(*m_owner);
        auto page = orders.list(OrderFilter{}, OrderSort::NewestFirst, OrderPage{1000, 0, {}});
        QVERIFY(page.ok());
        int sealed = 0, purged = 0, withCard = 0;
        for (const OrderListRow& row : page.value()) {
            if (row.cardLast4.isEmpty())
                continue;
            ++withCard;
            auto order = orders.get(row.id);
            QVERIFY(order.ok() && order->card);
            QVERIFY(!order->card->holderName.isEmpty());
            QVERIFY(!order->card->expiry.isExpired(QDate::currentDate()));
            if (order->card->hasSealedPan) {
                ++sealed;
                QCOMPARE(order->status, OrderStatus::Received);
            } else {
                ++purged;
                QVERIFY(order->card->purgedAt.isValid());
            }
        }
        QCOMPARE_GT(withCard, page->size() / 3);
        QCOMPARE_GT(sealed, 0);
        QCOMPARE_GT(purged, 0);
    }

    void customersLookReal()
    {
        CustomerQuery query;
        query.includeArchived = true;
        query.limit = 1000;
        auto all = CustomerService(*m_owner).search(query);
        QVERIFY(all.ok());
        const QStringList names = namesInCreationOrder(*m_owner);
        for (const char* expected : {"Zoë Ashworth", "Łukasz Wiśniewski", "山田太郎", "محمد الأحمد"})
            QVERIFY2(names.contains(QString::fromUtf8(expected)), expected);
        static const QRegularExpression exampleDomain(QStringLiteral("@([a-z0-9-]+\\.)?example(\\.(com|org|net))?$"));
        int uk = 0, abroad = 0, archived = 0;
        for (const Customer& c : all.value()) {
            QVERIFY(c.phoneE164.startsWith(QLatin1Char('+')));
            if (!c.email.isEmpty())
                QVERIFY2(exampleDomain.match(c.email).hasMatch(), qPrintable(c.email));
            (c.country == QStringLiteral("United Kingdom") ? uk : abroad) += 1;
            archived += c.archived ? 1 : 0;
        }
        QCOMPARE_GT(uk, all->size() * 8 / 10);
        QCOMPARE_GT(abroad, 0);
        QCOMPARE_GT(archived, 0);
        // Searching works on the folded names.
        CustomerQuery lukasz;
        lukasz.text = QStringLiteral("lukasz");
        QCOMPARE_GE(CustomerService(*m_owner).count(lukasz).value(), 1);
    }

    void everyDemoAccountSignsIn()
    {
        for (const demo::DemoAccount& account : demo::kAccounts) {
            auto session = signIn(account);
            QVERIFY2(session, account.username);
            QCOMPARE(session->employee().role, account.role);
            QCOMPARE(session->passwordChange(), Session::PasswordChange::NotRequired);
        }
    }

    void eachRoleSeesWhatItsScreeningAllows()
    {
        // The demo shows the access model: manager and owner screened with the card-data key,
        // the clerk screened but without the role to reveal, the former clerk deactivated.
        auto page = OrderService(*m_owner).list(OrderFilter{}, OrderSort::NewestFirst, OrderPage{1000, 0, {}});
        QVERIFY(page.ok());
        qint64 sealedOrder = 0;
        for (const OrderListRow& row : page.value()) {
            auto order = OrderService(*m_owner).get(row.id);
            if (order.ok() && order->card && order->card->hasSealedPan) {
                sealedOrder = row.id;
                break;
            }
        }
        QVERIFY(sealedOrder > 0);
        const QString reason = QStringLiteral("Customer disputes the charge on the phone");
        for (const demo::DemoAccount& account : {demo::kOwner, demo::kManager}) {
            auto session = signIn(account);
            QVERIFY2(session, account.username);
            auto actor = access::loadActor(*session);
            QVERIFY(actor.ok());
            QCOMPARE(actor->screening, ScreeningStatus::Cleared);
            QVERIFY2(access::decide(actor.value(), access::Permission::RevealCardNumber),
                     qPrintable(access::decide(actor.value(), access::Permission::RevealCardNumber).reason));
            auto pan = access::Disclosure(*session).revealPan(sealedOrder, reason);
            QVERIFY2(pan.ok(), qPrintable(pan.errorMessage()));
            QVERIFY(kTestPans.contains(QString::fromLatin1(pan->constChar(), int(pan->size()))));
        }
        auto clerk = signIn(demo::kClerk);
        QVERIFY(clerk);
        auto clerkActor = access::loadActor(*clerk);
        QVERIFY(clerkActor.ok());
        QCOMPARE(clerkActor->screening, ScreeningStatus::Pending); // references still outstanding
        QVERIFY(!access::decide(clerkActor.value(), access::Permission::RevealCardNumber));
        QCOMPARE(access::Disclosure(*clerk).revealPan(sealedOrder, reason).errorCode(), Errc::Denied);
        QCOMPARE(access::cardMaskFor(Role::Clerk), access::CardMask::Last4);

        QVERIFY(!m_vault->signIn(QString::fromLatin1(demo::kFormerClerk.username), password(demo::kFormerClerk)));
        auto staff = access::StaffService(*m_vault, *m_owner).list();
        QVERIFY2(staff.ok(), qPrintable(staff.errorMessage()));
        QCOMPARE(staff->size(), 4);
        int active = 0;
        for (const access::StaffMember& m : staff.value())
            active += m.employee.active ? 1 : 0;
        QCOMPARE(active, 3);
    }

    void auditChainVerifies()
    {
        auto verification = m_owner->auditLog().verify();
        QVERIFY2(verification.ok(), qPrintable(verification.errorMessage()));
        QVERIFY2(verification->intact, qPrintable(verification->problem));
        // customer.created, order.created and order.status_changed for the sample data.
        QCOMPARE_GT(verification->eventCount, 1000);
    }

    void noFullCardNumberInAnyFile()
    {
        // Close everything so the WAL is checkpointed or left as it is; both must be clean.
        m_owner.reset();
        QDirIterator it(m_tmp.filePath(QStringLiteral("demo")), QDir::Files | QDir::Hidden,
                        QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QString& pan : kTestPans) {
                QVERIFY2(!bytes.contains(pan.toLatin1()), qPrintable(file.fileName()));
                const QByteArray utf16(reinterpret_cast<const char*>(pan.utf16()), pan.size() * 2);
                QVERIFY2(!bytes.contains(utf16), qPrintable(file.fileName()));
            }
        }
        QCOMPARE_GE(files, 2); // custos.db and keyring.json at least
        m_owner = signIn(demo::kOwner);
        QVERIFY(m_owner);
    }

    void deterministic()
    {
        const QStringList first = namesInCreationOrder(*m_owner);
        auto again = demo::createDemoVault(m_tmp.filePath(QStringLiteral("again")));
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        auto session = again->vault->signIn(QString::fromLatin1(demo::kOwner.username), password(demo::kOwner));
        QVERIFY(session.ok());
        const QStringList second = namesInCreationOrder(*session.value());
        QCOMPARE_GE(first.size(), 250);
        QCOMPARE(second, first);
        auto orders1 = OrderService(*m_owner).list(OrderFilter{}, OrderSort::Number, OrderPage{1000, 0, {}});
        auto orders2 = OrderService(*session.value()).list(OrderFilter{}, OrderSort::Number, OrderPage{1000, 0, {}});
        QVERIFY(orders1.ok() && orders2.ok());
        QCOMPARE(orders2->size(), orders1->size());
        for (qsizetype i = 0; i < orders1->size(); ++i) {
            QCOMPARE(orders2->at(i).customerName, orders1->at(i).customerName);
            QCOMPARE(orders2->at(i).total, orders1->at(i).total);
            QCOMPARE(orders2->at(i).status, orders1->at(i).status);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
