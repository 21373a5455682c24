// Orders: totals, numbering, the status workflow, card sealing, CVV rules, purging, and a
// scan of the vault folder for card numbers that must never be there.
#include "crypto/Crypto.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "orders/OrderService.h"
#include "storage/OrderRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using crypto::SecureBytes;

namespace {

// The events of one action (newest first), at most `limit`.
[[maybe_unused]] custos::AuditQuery auditQuery(const QString& action, int limit)
{
    custos::AuditQuery query;
    query.action = action;
    query.limit = limit;
    return query;
}

const QString kOwnerPassword = QStringLiteral("Lantern-Harbor-Pebble-93");

struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> session;
    qint64 customerId = 0;

    QString dir() const { return tmp.path() + QStringLiteral("/vault"); }

    bool create()
    {
        BusinessProfile p;
        p.legalName = QStringLiteral("Quay Test Traders");
        p.phone = QStringLiteral("+44 20 7946 0000");
        NewVaultAccount owner;
        owner.username = QStringLiteral("olivia");
        owner.fullName = QStringLiteral("Olivia Owner");
        owner.password = SecureBytes::fromUtf8(kOwnerPassword);
        owner.role = Role::Owner;
        owner.mustChangePassword = false;
        auto v = Vault::create(dir(), p, owner, recovery::generateCode().value(), {}, clock);
        if (!v) {
            qWarning("%s", qPrintable(v.errorMessage()));
            return false;
        }
        vault = std::move(v.value());
        auto s = vault->signIn(owner.username, owner.password);
        if (!s) {
            qWarning("%s", qPrintable(s.errorMessage()));
            return false;
        }
        session = std::move(s.value());
        auto id = addCustomer(QStringLiteral("Zoë Smith"), QStringLiteral("+44 20 7946 0018"));
        customerId = id.ok() ? id.value() : 0;
        return customerId > 0;
    }

    Result<qint64> addCustomer(const QString& name, const QString& phone)
    {
        CustomerDraft d;
        d.name = name;
        d.street = QStringLiteral("12 Quay Street");
        d.city = QStringLiteral("Portsmouth");
        d.postalCode = QStringLiteral("PO1 2AB");
        d.country = QStringLiteral("United Kingdom");
        d.phone = phone;
        return CustomerService(*session).create(d);
    }

    OrderService orders() { return OrderService(*session); }

    OrderDraft draft(qint64 customer = 0) const
    {
        OrderDraft d;
        d.customerId = customer ? customer : customerId;
        d.channel = Channel::Phone;
        d.lines = {OrderLine{QStringLiteral("Brass hinge"), 2, Money::fromCents(1250)},
                   OrderLine{QStringLiteral("Oak plank"), 1, Money::fromCents(399)}};
        d.taxRateBasisPoints = 2000;
        return d;
    }

    qint64 idOf(const QString& number)
    {
        auto o = orders().getByNumber(number);
        return o.ok() ? o->id : 0;
    }

    // The card-data private key, opened with the owner's grant.
    SecureBytes cardDataKey()
    {
        storage::KeyRepository keys(session->database());
        const auto cardKey = keys.currentVaultKey(QStringLiteral("card_data")).value().value();
        const auto grants = keys.grantsFor(session->employee().id).value();
        for (const auto& g : grants) {
            if (g.vaultKeyId != cardKey.id)
                continue;
            auto opened = crypto::openSealed(
                session->identityPrivateKey(), g.sealedPrivateKey,
                storage::KeyRepository::grantAssociatedData(session->vaultId(), g.employeeId, g.vaultKeyId));
            return opened.ok() ? opened.value() : SecureBytes();
        }
        return {};
    }
};

CardEntry card(const QString& pan, const QString& cvv, CardExpiry expiry = {12, 2028},
               const QString& holder = QStringLiteral("Zoe Smith"))
{
    CardEntry c;
    c.pan = CardNumber::parse(pan).value();
    c.expiry = expiry;
    c.holderName = holder;
    c.cvv = SecureBytes::fromUtf8(cvv);
    return c;
}

QList<AuditEvent> events(Session& s, const QString& action)
{
    auto r = s.auditLog().recent(auditQuery(action, 1000));
    return r.ok() ? r.value() : QList<AuditEvent>();
}

QByteArray utf16(const QString& s, bool bigEndian)
{
    QByteArray out;
    for (QChar c : s) {
        const char hi = char(c.unicode() >> 8);
        const char lo = char(c.unicode() & 0xff);
        out.append(bigEndian ? hi : lo).append(bigEndian ? lo : hi);
    }
    return out;
}

} // namespace

class TestOrders : public QObject
{
    Q_OBJECT

private slots:
    void createWithLinesAndTotals()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderDraft d = f.draft();
        d.notes = QStringLiteral("  Leave at the back door  ");
        d.lines[0].description = QStringLiteral("  Brass hinge  ");
        auto number = f.orders().create(d);
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        QCOMPARE(number.value(), QStringLiteral("2026-000001"));

        auto o = f.orders().getByNumber(number.value());
        QVERIFY2(o.ok(), qPrintable(o.errorMessage()));
        QCOMPARE(o->customerId, f.customerId);
        QCOMPARE(o->channel, Channel::Phone);
        QCOMPARE(o->status, OrderStatus::Received);
        QCOMPARE(o->lines.size(), 2);
        QCOMPARE(o->lines[0].description, QStringLiteral("Brass hinge"));
        QCOMPARE(o->lines[0].quantity, 2);
        QCOMPARE(o->lines[1].unitPrice.cents(), 399);
        QCOMPARE(o->notes, QStringLiteral("Leave at the back door"));
        // 2 x 12.50 + 3.99 = 28.99; 20 % tax = 5.798 -> 5.80; total 34.79.
        QCOMPARE(o->totals.subtotal.cents(), 2899);
        QCOMPARE(o->totals.tax.cents(), 580);
        QCOMPARE(o->totals.total.cents(), 3479);
        QCOMPARE(o->createdAt, f.clock.nowUtc());
        QCOMPARE(o->createdBy, f.session->employee().id);
        QVERIFY(!o->card.has_value());
        QCOMPARE(f.orders().get(o->id).value().number, number.value());

        auto rows = f.orders().list({});
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        QCOMPARE(rows->first().number, number.value());
        QCOMPARE(rows->first().customerName, QStringLiteral("Zoë Smith"));
        QCOMPARE(rows->first().total.cents(), 3479);
        QVERIFY(rows->first().cardLast4.isEmpty());

        const auto created = events(*f.session, audit::kOrderCreated);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().target, QStringLiteral("order:2026-000001"));
        QCOMPARE(f.orders().get(o->id + 50).errorCode(), Errc::NotFound);
        QCOMPARE(f.orders().getByNumber(QStringLiteral("2026-999999")).errorCode(), Errc::NotFound);
    }

    void validationMessagesPerField()
    {
        OrderDraft empty;
        OrderProblems p = empty.validate();
        QVERIFY(!orderProblemFor(p, OrderField::Customer).isEmpty());
        QVERIFY(orderProblemFor(p, OrderField::Lines).contains(QStringLiteral("at least one line")));

        OrderDraft d;
        d.customerId = 1;
        d.lines = {OrderLine{QStringLiteral("   "), 1, Money::fromCents(100)},
                   OrderLine{QStringLiteral("Nails"), 0, Money::fromCents(100)},
                   OrderLine{QStringLiteral("Screws"), 100001, Money::fromCents(-1)},
                   OrderLine{QStringLiteral("Glue"), 100000, Money::fromCents(0)}};
        d.taxRateBasisPoints = 10001;
        p = d.validate();
        QVERIFY(orderProblemFor(p, OrderField::LineDescription, 0).contains(QStringLiteral("Describe")));
        QVERIFY(orderProblemFor(p, OrderField::LineQuantity, 1).contains(QStringLiteral("between 1 and 100000")));
        QVERIFY(!orderProblemFor(p, OrderField::LineQuantity, 2).isEmpty());
        QVERIFY(orderProblemFor(p, OrderField::LineUnitPrice, 2).contains(QStringLiteral("negative")));
        QVERIFY(orderProblemFor(p, OrderField::LineQuantity, 3).isEmpty()); // 100000 is allowed, price 0 too
        QVERIFY(orderProblemFor(p, OrderField::LineUnitPrice, 3).isEmpty());
        QVERIFY(orderProblemFor(p, OrderField::TaxRate).contains(QStringLiteral("100 %")));
        QCOMPARE(p.size(), 5);
        QVERIFY(describeOrderProblems(p).contains(QStringLiteral("Line 2: ")));
        d.taxRateBasisPoints = -1;
        QVERIFY(!orderProblemFor(d.validate(), OrderField::TaxRate).isEmpty());

        Fixture f;
        QVERIFY(f.create());
        auto r = f.orders().create(d);
        QCOMPARE(r.errorCode(), Errc::Invalid);
        QCOMPARE(f.orders().count({}).value(), 0);
        QCOMPARE(f.orders().create(f.draft(f.customerId + 99)).errorCode(), Errc::NotFound);
        QVERIFY(CustomerService(*f.session).setArchived(f.customerId, true).ok());
        QCOMPARE(f.orders().create(f.draft()).errorCode(), Errc::Invalid);
        QCOMPARE(f.orders().count({}).value(), 0);
    }

    void numbersAreSequentialPerYear()
    {
        Fixture f;
        QVERIFY(f.create());
        QCOMPARE(f.orders().create(f.draft()).value(), QStringLiteral("2026-000001"));
        QCOMPARE(f.orders().create(f.draft()).value(), QStringLiteral("2026-000002"));
        QCOMPARE(f.orders().create(f.draft()).value(), QStringLiteral("2026-000003"));
        f.clock.set(QDateTime(QDate(2027, 7, 1), QTime(12, 0), Qt::UTC));
        QCOMPARE(f.orders().create(f.draft()).value(), QStringLiteral("2027-000001"));
        // A refused order does not use up a number.
        OrderDraft bad = f.draft();
        bad.lines.clear();
        QVERIFY(!f.orders().create(bad).ok());
        QCOMPARE(f.orders().create(f.draft()).value(), QStringLiteral("2027-000002"));
        QCOMPARE(formatOrderNumber(2026, 1234567), QStringLiteral("2026-1234567"));
    }

    void workflowTable_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("allowed");
        const QList<QPair<OrderStatus, OrderStatus>> allowed{{OrderStatus::Received, OrderStatus::Charged},
                                                             {OrderStatus::Received, OrderStatus::Cancelled},
                                                             {OrderStatus::Charged, OrderStatus::Shipped},
                                                             {OrderStatus::Charged, OrderStatus::Cancelled},
                                                             {OrderStatus::Shipped, OrderStatus::Closed}};
        for (OrderStatus from : allOrderStatuses()) {
            for (OrderStatus to : allOrderStatuses()) {
                const QString name = orderStatusToStorage(from) + QStringLiteral(" -> ") + orderStatusToStorage(to);
                QTest::newRow(qPrintable(name)) << int(from) << int(to) << allowed.contains({from, to});
            }
        }
    }
    void workflowTable()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, allowed);
        QCOMPARE(canChangeStatus(OrderStatus(from), OrderStatus(to)), allowed);
    }

    void statusWorkflowWithHistory()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderService orders = f.orders();
        const qint64 id = f.idOf(orders.create(f.draft()).value());
        QVERIFY(id > 0);

        auto refused = orders.changeStatus(id, OrderStatus::Shipped);
        QCOMPARE(refused.errorCode(), Errc::Invalid);
        QVERIFY2(refused.errorMessage().contains(QStringLiteral("cannot become Shipped")),
                 qPrintable(refused.errorMessage()));
        f.clock.advanceSecs(60);
        QVERIFY(orders.changeStatus(id, OrderStatus::Charged, QStringLiteral("Authorised, code 123456")).ok());
        QCOMPARE(orders.changeStatus(id, OrderStatus::Charged).errorCode(), Errc::Invalid);
        QCOMPARE(orders.changeStatus(id, OrderStatus::Received).errorCode(), Errc::Invalid);
        f.clock.advanceSecs(60);
        QVERIFY(orders.changeStatus(id, OrderStatus::Shipped, QStringLiteral("Royal Mail")).ok());
        QCOMPARE(orders.changeStatus(id, OrderStatus::Cancelled).errorCode(), Errc::Invalid);
        f.clock.advanceSecs(60);
        QVERIFY(orders.changeStatus(id, OrderStatus::Closed).ok());
        auto closed = orders.changeStatus(id, OrderStatus::Cancelled);
        QCOMPARE(closed.errorCode(), Errc::Invalid);
        QVERIFY(closed.errorMessage().contains(QStringLiteral("cannot change any more")));
        QCOMPARE(orders.changeStatus(id + 99, OrderStatus::Charged).errorCode(), Errc::NotFound);
        QCOMPARE(orders.changeStatus(id, OrderStatus::Closed, QString(1001, QLatin1Char('n'))).errorCode(),
                 Errc::Invalid);
        QCOMPARE(orders.get(id)->status, OrderStatus::Closed);

        auto history = orders.history(id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 4);
        QVERIFY(!history->at(0).from.has_value());
        QCOMPARE(history->at(0).to, OrderStatus::Received);
        QCOMPARE(history->at(1).from, std::optional<OrderStatus>(OrderStatus::Received));
        QCOMPARE(history->at(1).to, OrderStatus::Charged);
        QCOMPARE(history->at(1).note, QStringLiteral("Authorised, code 123456"));
        QCOMPARE(history->at(1).byEmployeeName, QStringLiteral("Olivia Owner"));
        QCOMPARE(history->at(2).to, OrderStatus::Shipped);
        QCOMPARE(history->at(3).to, OrderStatus::Closed);
        QVERIFY(history->at(3).at > history->at(2).at);

        const auto changes = events(*f.session, audit::kOrderStatusChanged);
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes.last().details, QStringLiteral("received -> charged")); // newest first
        for (const AuditEvent& e : changes)
            QVERIFY(!e.details.contains(QStringLiteral("123456"))); // free-text notes stay out of the log
    }

    void cardIsSealedToTheCardDataKey()
    {
        Fixture f;
        QVERIFY(f.create());
        auto number = f.orders().create(f.draft(), card(QStringLiteral("4242 4242 4242 4242"), QStringLiteral("123")));
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        auto o = f.orders().getByNumber(number.value());
        QVERIFY(o.ok() && o->card.has_value());
        const OrderCardSummary& c = *o->card;
        QCOMPARE(c.brand, CardBrand::Visa);
        QCOMPARE(c.bin, QStringLiteral("424242"));
        QCOMPARE(c.last4, QStringLiteral("4242"));
        QCOMPARE(c.panLength, 16);
        QCOMPARE(c.expiry.month, 12);
        QCOMPARE(c.expiry.year, 2028);
        QCOMPARE(c.holderName, QStringLiteral("Zoe Smith"));
        QVERIFY(c.hasSealedPan);
        QVERIFY(!c.purgedAt.isValid());
        auto rows = f.orders().list({});
        QCOMPARE(rows->first().cardBrand, CardBrand::Visa);
        QCOMPARE(rows->first().cardLast4, QStringLiteral("4242"));

        storage::OrderRepository repo(f.session->database());
        auto sealed = repo.sealedPan(o->id);
        QVERIFY(sealed.ok() && sealed->has_value());
        const SecureBytes key = f.cardDataKey();
        QVERIFY(!key.isEmpty());
        auto pan =
            crypto::openSealed(key, (*sealed)->sealed, OrderService::panAssociatedData(f.session->vaultId(), o->id));
        QVERIFY2(pan.ok(), qPrintable(pan.errorMessage()));
        QCOMPARE(pan->toByteArray(), QByteArrayLiteral("4242424242424242"));
        // Bound to its order and vault: moved to another order or vault it does not open.
        QCOMPARE(
            crypto::openSealed(key, (*sealed)->sealed, OrderService::panAssociatedData(f.session->vaultId(), o->id + 1))
                .errorCode(),
            Errc::WrongSecret);
        QCOMPARE(crypto::openSealed(key, (*sealed)->sealed,
                                    OrderService::panAssociatedData(QStringLiteral("another-vault"), o->id))
                     .errorCode(),
                 Errc::WrongSecret);
        // The identity key itself is not the card-data key.
        QVERIFY(!crypto::openSealed(f.session->identityPrivateKey(), (*sealed)->sealed,
                                    OrderService::panAssociatedData(f.session->vaultId(), o->id))
                     .ok());
        QCOMPARE(events(*f.session, audit::kOrderCreated).first().details,
                 QStringLiteral("channel: phone; lines: 2; card: visa"));
    }

    void cardRules_data()
    {
        QTest::addColumn<QString>("pan");
        QTest::addColumn<QString>("cvv");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<int>("field"); // -1: accepted
        const QString zoe = QStringLiteral("Zoe Smith");
        const QString visa = QStringLiteral("4242424242424242");
        const QString amex = QStringLiteral("378282246310005");
        QTest::newRow("valid visa") << visa << QStringLiteral("123") << 12 << 2028 << zoe << -1;
        QTest::newRow("valid amex") << amex << QStringLiteral("4321") << 1 << 2027 << zoe << -1;
        QTest::newRow("expires this month") << visa << QStringLiteral("123") << 11 << 2026 << zoe << -1;
        QTest::newRow("expired last month")
            << visa << QStringLiteral("123") << 10 << 2026 << zoe << int(OrderField::CardExpiry);
        QTest::newRow("no expiry") << visa << QStringLiteral("123") << 0 << 0 << zoe << int(OrderField::CardExpiry);
        QTest::newRow("no holder") << visa << QStringLiteral("123") << 12 << 2028 << QStringLiteral("  ")
                                   << int(OrderField::CardHolder);
        QTest::newRow("cvv short") << visa << QStringLiteral("12") << 12 << 2028 << zoe << int(OrderField::CardCvv);
        QTest::newRow("cvv 4 on visa") << visa << QStringLiteral("1234") << 12 << 2028 << zoe
                                       << int(OrderField::CardCvv);
        QTest::newRow("cvv 3 on amex") << amex << QStringLiteral("123") << 12 << 2028 << zoe
                                       << int(OrderField::CardCvv);
        QTest::newRow("cvv letters") << visa << QStringLiteral("12a") << 12 << 2028 << zoe << int(OrderField::CardCvv);
        QTest::newRow("cvv missing") << visa << QString() << 12 << 2028 << zoe << int(OrderField::CardCvv);
    }
    void cardRules()
    {
        QFETCH(QString, pan);
        QFETCH(QString, cvv);
        QFETCH(int, month);
        QFETCH(int, year);
        QFETCH(QString, holder);
        QFETCH(int, field);
        if (!m_rules) {
            m_rules = std::make_unique<Fixture>();
            QVERIFY(m_rules->create());
        }
        OrderService orders = m_rules->orders();
        const int before = orders.count({}).value();
        CardEntry entry = card(pan, cvv, CardExpiry{month, year}, holder);
        const OrderProblems problems = orders.validateCard(entry);
        auto created = orders.create(m_rules->draft(), std::move(entry));
        if (field < 0) {
            QVERIFY2(problems.isEmpty(), qPrintable(describeOrderProblems(problems)));
            QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
            QCOMPARE(orders.count({}).value(), before + 1);
        } else {
            QCOMPARE(problems.size(), 1);
            QCOMPARE(int(problems.first().field), field);
            QCOMPARE(created.errorCode(), Errc::Invalid);
            QVERIFY2(created.errorMessage().contains(problems.first().message), qPrintable(created.errorMessage()));
            QCOMPARE(orders.count({}).value(), before);
        }
    }

    void purgedWhenChargedWithRetentionZero()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderService orders = f.orders();
        QCOMPARE(orders.cardRetentionDays(), 0);
        const qint64 charged =
            f.idOf(orders.create(f.draft(), card(QStringLiteral("4242424242424242"), QStringLiteral("123"))).value());
        const qint64 cancelled =
            f.idOf(orders.create(f.draft(), card(QStringLiteral("5555555555554444"), QStringLiteral("987"))).value());
        const qint64 noCard = f.idOf(orders.create(f.draft()).value());
        QVERIFY(orders.get(charged)->card->hasSealedPan);

        f.clock.advanceSecs(3600);
        QVERIFY(orders.changeStatus(charged, OrderStatus::Charged).ok());
        const Order o = orders.get(charged).value();
        QVERIFY(!o.card->hasSealedPan);
        QCOMPARE(o.card->purgedAt, f.clock.nowUtc());
        QCOMPARE(o.card->last4, QStringLiteral("4242")); // BIN and last 4 remain
        QCOMPARE(o.card->bin, QStringLiteral("424242"));
        QVERIFY(!storage::OrderRepository(f.session->database()).sealedPan(charged)->has_value());

        QVERIFY(orders.changeStatus(cancelled, OrderStatus::Cancelled, QStringLiteral("Customer changed mind")).ok());
        QVERIFY(!orders.get(cancelled)->card->hasSealedPan);
        QVERIFY(orders.changeStatus(noCard, OrderStatus::Charged).ok());

        const auto purged = events(*f.session, audit::kOrderCardPurged);
        QCOMPARE(purged.size(), 2);
        QCOMPARE(purged.last().details, QStringLiteral("charged"));
        QCOMPARE(purged.first().details, QStringLiteral("cancelled"));
        QCOMPARE(orders.purgeDue().value(), 0);
    }

    void purgeDueAfterRetentionDays()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderService orders = f.orders();
        QCOMPARE(orders.setCardRetentionDays(-1).errorCode(), Errc::Invalid);
        QCOMPARE(orders.setCardRetentionDays(366).errorCode(), Errc::Invalid);
        QVERIFY(orders.setCardRetentionDays(10).ok());
        QCOMPARE(orders.cardRetentionDays(), 10);
        const qint64 first =
            f.idOf(orders.create(f.draft(), card(QStringLiteral("4242424242424242"), QStringLiteral("123"))).value());
        const qint64 second =
            f.idOf(orders.create(f.draft(), card(QStringLiteral("5555555555554444"), QStringLiteral("987"))).value());
        const qint64 notCharged =
            f.idOf(orders.create(f.draft(), card(QStringLiteral("378282246310005"), QStringLiteral("4321"))).value());

        QVERIFY(orders.changeStatus(first, OrderStatus::Charged).ok());
        QVERIFY(orders.get(first)->card->hasSealedPan); // kept: retention 10 days
        f.clock.advanceSecs(3 * 86400);
        QVERIFY(orders.changeStatus(second, OrderStatus::Charged).ok());
        QVERIFY(orders.changeStatus(second, OrderStatus::Shipped).ok());

        f.clock.advanceSecs(6 * 86400); // day 9
        QCOMPARE(orders.purgeDue().value(), 0);
        f.clock.advanceSecs(2 * 86400); // day 11: the first is due
        QCOMPARE(orders.purgeDue().value(), 1);
        QVERIFY(!orders.get(first)->card->hasSealedPan);
        QVERIFY(orders.get(second)->card->hasSealedPan);
        f.clock.advanceSecs(3 * 86400); // day 14: the second too (charged on day 3)
        QCOMPARE(orders.purgeDue().value(), 1);
        QVERIFY(!orders.get(second)->card->hasSealedPan);
        QVERIFY(orders.get(notCharged)->card->hasSealedPan); // never charged: not due
        QCOMPARE(orders.purgeDue().value(), 0);
        QCOMPARE(events(*f.session, audit::kOrderCardPurged).size(), 2);
        QCOMPARE(events(*f.session, audit::kCardRetentionChanged).size(), 1);
    }

    void listFiltersSortsAndCounts()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderService orders = f.orders();
        const qint64 ada = f.addCustomer(QStringLiteral("Ada Lovelace"), QStringLiteral("+1 415 555 2671")).value();
        OrderDraft big = f.draft(ada);
        big.channel = Channel::Fax;
        big.lines = {OrderLine{QStringLiteral("Engine"), 1, Money::fromCents(1000000)}};
        QVERIFY(orders.create(f.draft()).ok()); // 2026-000001, Zoë, phone, 30 Nov
        f.clock.advanceSecs(86400);
        QVERIFY(orders.create(big).ok()); // 2026-000002, Ada, fax, 1 Dec
        f.clock.advanceSecs(86400);
        OrderDraft mail = f.draft();
        mail.channel = Channel::Mail;
        const qint64 third = f.idOf(orders.create(mail).value()); // 2026-000003, Zoë, mail, 2 Dec
        QVERIFY(orders.changeStatus(third, OrderStatus::Charged).ok());

        const auto numbers = [&orders](const OrderFilter& filter, OrderSort sort = OrderSort::NewestFirst) {
            QStringList out;
            auto rows = orders.list(filter, sort);
            if (rows.ok()) {
                for (const OrderListRow& r : rows.value())
                    out << r.number.right(1);
            }
            if (orders.count(filter).value() != out.size())
                out << QStringLiteral("count differs");
            return out;
        };
        QCOMPARE(numbers({}), (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
        QCOMPARE(numbers({}, OrderSort::OldestFirst),
                 (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(numbers({}, OrderSort::TotalHighestFirst).first(), QStringLiteral("2"));
        QCOMPARE(numbers({}, OrderSort::CustomerName).first(), QStringLiteral("2")); // Ada first
        OrderFilter f1;
        f1.statuses = {OrderStatus::Charged};
        QCOMPARE(numbers(f1), QStringList{QStringLiteral("3")});
        f1.statuses = {OrderStatus::Charged, OrderStatus::Received};
        QCOMPARE(numbers(f1).size(), 3);
        OrderFilter f2;
        f2.channels = {Channel::Fax, Channel::Mail};
        QCOMPARE(numbers(f2), (QStringList{QStringLiteral("3"), QStringLiteral("2")}));
        OrderFilter f3;
        f3.from = QDate(2026, 12, 1);
        f3.to = QDate(2026, 12, 1);
        QCOMPARE(numbers(f3), QStringList{QStringLiteral("2")});
        f3.to = QDate();
        QCOMPARE(numbers(f3).size(), 2);
        OrderFilter f4;
        f4.customerId = ada;
        QCOMPARE(numbers(f4), QStringList{QStringLiteral("2")});
        OrderFilter f5;
        f5.text = QStringLiteral("000003");
        QCOMPARE(numbers(f5), QStringList{QStringLiteral("3")});
        f5.text = QStringLiteral("lovel");
        QCOMPARE(numbers(f5), QStringList{QStringLiteral("2")});
        f5.text = QStringLiteral("zoe");
        QCOMPARE(numbers(f5), (QStringList{QStringLiteral("3"), QStringLiteral("1")}));
        f5.text = QStringLiteral("+1 (415) 555");
        QCOMPARE(numbers(f5), QStringList{QStringLiteral("2")});
        for (const QString& syntax : {QStringLiteral("\""), QStringLiteral("%"), QStringLiteral("_"),
                                      QStringLiteral("zoe OR ada"), QStringLiteral("*"), QStringLiteral("\\")}) {
            f5.text = syntax;
            auto rows = orders.list(f5);
            QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
            QCOMPARE(rows->size(), 0);
        }
        auto paged = orders.list({}, OrderSort::NewestFirst, OrderPage{1, 1, {}});
        QCOMPARE(paged->size(), 1);
        QCOMPARE(paged->first().number, QStringLiteral("2026-000002"));
        QCOMPARE(paged->first().channel, Channel::Fax);
        QCOMPARE(paged->first().customerName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(paged->first().createdAt, QDateTime(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC));
    }

    void nothingHalfSavedWhenAStepFails()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderService orders = f.orders();
        const qint64 kept =
            f.idOf(orders.create(f.draft(), card(QStringLiteral("4242424242424242"), QStringLiteral("123"))).value());
        storage::Database& db = f.session->database();
        QVERIFY(db.exec(QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_events BEGIN "
                                       "SELECT RAISE(ABORT, 'simulated disk failure'); END;"))
                    .ok());
        QVERIFY(!orders.create(f.draft(), card(QStringLiteral("5555555555554444"), QStringLiteral("987"))).ok());
        QVERIFY(!orders.changeStatus(kept, OrderStatus::Charged).ok());
        QVERIFY(db.exec(QStringLiteral("DROP TRIGGER fail_audit")).ok());

        QCOMPARE(orders.count({}).value(), 1);
        const Order o = orders.get(kept).value();
        QCOMPARE(o.status, OrderStatus::Received);
        QVERIFY(o.card->hasSealedPan); // the purge that came with charging was rolled back too
        QCOMPARE(orders.history(kept)->size(), 1);
        auto orphans = db.prepare(QStringLiteral("SELECT (SELECT count(*) FROM order_cards), "
                                                 "(SELECT count(*) FROM order_lines), (SELECT max(id) FROM orders)"));
        QVERIFY(orphans.ok() && orphans->step().value());
        QCOMPARE(orphans->int64(0), 1);
        QCOMPARE(orphans->int64(1), 2);
        QCOMPARE(orphans->int64(2), kept);
        // The failed order gave its number back.
        QCOMPARE(orders.create(f.draft()).value(), QStringLiteral("2026-000002"));
    }

    // Known card numbers go in; afterwards no file of the vault, and no cell of the decrypted
    // database, holds a full number or the middle digits (PCI DSS 3.4.1, 3.3.1).
    void markerScanFindsNoCardNumber()
    {
        Fixture f;
        QVERIFY(f.create());
        OrderService orders = f.orders();
        QVERIFY(orders.setCardRetentionDays(30).ok()); // keep the sealed numbers while scanning
        const QStringList pans{QStringLiteral("4242424242424242"), QStringLiteral("5555555555554444"),
                               QStringLiteral("378282246310005")};
        const QStringList cvvs{QStringLiteral("123"), QStringLiteral("987"), QStringLiteral("4321")};
        QList<qint64> ids;
        for (int i = 0; i < pans.size(); ++i) {
            OrderDraft d = f.draft();
            d.notes = QStringLiteral("Marker order %1").arg(i);
            CardEntry entry = card(pans.at(i), cvvs.at(i));
            auto number = orders.create(d, std::move(entry));
            QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
            ids << f.idOf(number.value());
        }
        QVERIFY(orders.changeStatus(ids.at(0), OrderStatus::Charged).ok());
        QVERIFY(orders.changeStatus(ids.at(1), OrderStatus::Cancelled).ok()); // purged
        QVERIFY(f.session->database().checkpoint().ok());

        // What must not appear anywhere: the full numbers, and BIN or last 4 joined to the middle.
        QList<QByteArray> forbidden;
        QList<QByteArray> middles;
        for (const QString& pan : pans) {
            forbidden << pan.toLatin1() << pan.left(pan.size() - 4).toLatin1() << pan.mid(6).toLatin1();
            middles << pan.mid(6, pan.size() - 10).toLatin1();
        }

        // 1. Every file in the vault folder, as ASCII and as UTF-16 in both byte orders.
        int files = 0;
        QDirIterator it(f.dir(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            ++files;
            for (const QByteArray& needle : forbidden + middles) {
                const QString text = QString::fromLatin1(needle);
                QVERIFY2(!bytes.contains(needle), qPrintable(it.fileName()));
                QVERIFY2(!bytes.contains(utf16(text, false)), qPrintable(it.fileName()));
                QVERIFY2(!bytes.contains(utf16(text, true)), qPrintable(it.fileName()));
            }
        }
        QVERIFY(files >= 2); // database and keyring at least

        // 2. Every cell of every table, decrypted, and no column meant for a security code.
        storage::Database& db = f.session->database();
        auto tables = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
        QVERIFY(tables.ok());
        QStringList tableNames;
        while (tables->step().value())
            tableNames << tables->text(0);
        QVERIFY(tableNames.contains(QStringLiteral("order_cards")));
        QVERIFY(tableNames.contains(QStringLiteral("customers_fts_content")));
        static const QRegularExpression securityCode(
            QStringLiteral("(^|_)(cvv2?|cvc2?|csc|cid|cav2|security_code|card_code)(_|$)"));
        for (const QString& table : tableNames) {
            auto info = db.prepare(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
            QVERIFY(info.ok());
            while (info->step().value()) {
                const QString column = info->text(1).toLower();
                QVERIFY2(!column.contains(securityCode), qPrintable(table + QLatin1Char('.') + column));
            }
            auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
            QVERIFY(rows.ok());
            while (rows->step().value()) {
                for (int c = 0; c < rows->columnCount(); ++c) {
                    const QByteArray cell = rows->blob(c);
                    for (const QByteArray& needle : forbidden)
                        QVERIFY2(!cell.contains(needle), qPrintable(table));
                }
            }
        }

        // 3. The audit log: no number, no last 4, no CVV in any event.
        auto all = f.session->auditLog().recent(auditQuery(QString(), 10000));
        QVERIFY(all.ok());
        for (const AuditEvent& e : all.value()) {
            for (int i = 0; i < pans.size(); ++i) {
                for (const QString& field : {e.details, e.target}) {
                    QVERIFY(!field.contains(pans.at(i)));
                    QVERIFY(!field.contains(pans.at(i).right(4)));
                    QVERIFY(!field.contains(cvvs.at(i)));
                }
            }
        }

        // 4. Nothing broke: the kept numbers still open, the purged one is gone.
        const SecureBytes key = f.cardDataKey();
        storage::OrderRepository repo(db);
        for (int i : {0, 2}) {
            auto sealed = repo.sealedPan(ids.at(i));
            QVERIFY(sealed.ok() && sealed->has_value());
            auto pan = crypto::openSealed(key, (*sealed)->sealed,
                                          OrderService::panAssociatedData(f.session->vaultId(), ids.at(i)));
            QVERIFY(pan.ok());
            QCOMPARE(pan->toByteArray(), pans.at(i).toLatin1());
        }
        QVERIFY(!repo.sealedPan(ids.at(1))->has_value());
        QCOMPARE(orders.count({}).value(), 3);
        auto verified = f.session->auditLog().verify();
        QVERIFY(verified.ok() && verified->intact);
    }

    void cleanupTestCase() { m_rules.reset(); }

private:
    std::unique_ptr<Fixture> m_rules;
};

QTEST_GUILESS_MAIN(TestOrders)
#include "tst_orders.moc"
