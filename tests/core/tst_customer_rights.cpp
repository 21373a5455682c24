// GDPR rights of one customer on a real vault: the export (JSON + PDF, cards masked, signed
// for owners), the permission gate, erasure refused while orders are open, and an erasure that
// leaves no personal field anywhere in the decrypted database — FTS shadow tables and the audit
// log included — while the orders stay for the accounts and the certificate verifies.
#include "audit/AuditLog.h"
#include "documents/Signing.h"
#include "orders/CustomerRights.h"
#include "storage/SettingsRepository.h"
#include "support/TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;

namespace {

const QString kManagerPassword = u"copper-Lagoon-violet-71"_s;
const QString kManager2Password = u"quiet-Meadow-garnet-36"_s;
const QString kPan = u"4242424242424242"_s;

CustomerDraft privateCustomer()
{
    CustomerDraft c;
    c.name = u"Philippa Quennell-Arbuthnot"_s;
    c.street = u"7 Larkspur Mews"_s;
    c.city = u"Tavistock"_s;
    c.region = u"Devonshire"_s;
    c.postalCode = u"PL19 8QX"_s;
    c.country = u"United Kingdom"_s;
    c.phone = u"+44 20 7946 0321"_s;
    c.email = u"p.quennell@arbuthnot.example"_s;
    return c;
}

// Every piece of the customer that must be gone after erasure, as stored and as the search
// index folds it.
const QStringList kNeedles = {u"Philippa"_s,
                              u"Quennell"_s,
                              u"Arbuthnot"_s,
                              u"Larkspur"_s,
                              u"Tavistock"_s,
                              u"Devonshire"_s,
                              u"PL19 8QX"_s,
                              u"PL198QX"_s,
                              u"+442079460321"_s,
                              u"7946 0321"_s,
                              u"p.quennell@arbuthnot.example"_s,
                              u"Zoe Smith"_s,
                              u"ring the bell twice"_s};

struct Hit
{
    QString table;
    QString column;
    QString needle;
};

// Reads every cell of every table (virtual and shadow tables too) and reports where a needle
// appears, as text (case-insensitive) or as bytes inside a blob.
QList<Hit> scanDatabase(storage::Database& db, const QStringList& needles)
{
    QList<Hit> hits;
    auto tables = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
    if (!tables)
        return {{u"<sqlite_master>"_s, {}, tables.errorMessage()}};
    QStringList names;
    while (tables->step().value())
        names << tables->text(0);
    for (const QString& table : std::as_const(names)) {
        auto st = db.prepare(u"SELECT * FROM \"%1\""_s.arg(table));
        if (!st) {
            hits << Hit{table, {}, st.errorMessage()};
            continue;
        }
        while (true) {
            auto row = st->step();
            if (!row || !row.value())
                break;
            for (int c = 0; c < st->columnCount(); ++c) {
                const QByteArray bytes = st->blob(c);
                const QString text = QString::fromUtf8(bytes);
                for (const QString& needle : needles) {
                    const bool inText = text.contains(needle, Qt::CaseInsensitive);
                    const bool inBytes = bytes.contains(needle.toLower().toUtf8());
                    if (inText || inBytes)
                        hits << Hit{table, QString::number(c), needle};
                }
            }
        }
    }
    return hits;
}

QString describe(const QList<Hit>& hits)
{
    QStringList lines;
    for (const Hit& h : hits)
        lines << u"%1[%2]: %3"_s.arg(h.table, h.column, h.needle);
    return lines.join(u'\n');
}

} // namespace

class TestCustomerRights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_owner;
    std::unique_ptr<Session> m_manager;
    qint64 m_managerId = 0;
    qint64 m_manager2Id = 0;
    qint64 m_customer = 0;
    QString m_openOrder;
    QString m_closedOrder;
    QString m_cancelledOrder;

    QString path(const QString& name) const { return m_tmp.path() + u'/' + name; }

    QByteArray signingKey()
    {
        auto key = documents::currentSigningKey(m_owner->database());
        return key ? key->publicKey : QByteArray();
    }

    QList<AuditEvent> events(const QString& action)
    {
        QList<AuditEvent> out;
        (void)m_owner->auditLog().scan([&](const AuditEvent& e) {
            if (e.action == action)
                out << e;
            return true;
        });
        return out;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto vault = createVault(path(u"vault"_s), m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        m_vault = std::move(vault.value());
        auto owner = signIn(*m_vault, kOwnerUser, kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        m_owner = std::move(owner.value());

        auto manager = addEmployee(*m_vault, *m_owner, u"mara"_s, u"Mara Manager"_s, Role::Manager, kManagerPassword);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        m_managerId = manager.value();
        auto manager2 = addEmployee(*m_vault, *m_owner, u"nils"_s, u"Nils Manager"_s, Role::Manager, kManager2Password);
        QVERIFY2(manager2, qPrintable(manager2.errorMessage()));
        m_manager2Id = manager2.value();
        const QDate today = m_clock.nowUtc().date();
        // The owner holds the keys from creation but must be screened too: recorded by a manager.
        auto managerSession = signIn(*m_vault, u"mara"_s, kManagerPassword);
        QVERIFY2(managerSession, qPrintable(managerSession.errorMessage()));
        auto ownerCheck = recordClearedCheck(*m_vault, *managerSession.value(), m_owner->employee().id, today);
        QVERIFY2(ownerCheck, qPrintable(ownerCheck.errorMessage()));
        auto managerCheck = recordClearedCheck(*m_vault, *m_owner, m_managerId, today);
        QVERIFY2(managerCheck, qPrintable(managerCheck.errorMessage()));
        auto grant = grantCardAccess(*m_owner, m_managerId, today);
        QVERIFY2(grant, qPrintable(grant.errorMessage()));
        m_manager = std::move(managerSession.value());

        // Card numbers kept 30 days after charging, so a closed order still holds a sealed one.
        QVERIFY(OrderService(*m_owner).setCardRetentionDays(30));
        auto customer = addCustomer(*m_owner, privateCustomer());
        QVERIFY2(customer, qPrintable(customer.errorMessage()));
        m_customer = customer.value();
        auto control = addCustomer(*m_owner, sampleCustomer(u"Bartholomew Other"_s, u"+44 20 7946 0999"_s));
        QVERIFY2(control, qPrintable(control.errorMessage()));

        auto open = addOrder(*m_owner, m_customer, kPan);
        QVERIFY2(open, qPrintable(open.errorMessage()));
        m_openOrder = open.value();
        auto closed = addOrder(*m_owner, m_customer, u"5555555555554444"_s);
        QVERIFY2(closed, qPrintable(closed.errorMessage()));
        m_closedOrder = closed.value();
        auto cancelled = addOrder(*m_owner, m_customer, kPan);
        QVERIFY2(cancelled, qPrintable(cancelled.errorMessage()));
        m_cancelledOrder = cancelled.value();
        OrderService orders(*m_owner);
        const qint64 closedId = orders.getByNumber(m_closedOrder)->id;
        QVERIFY(orders.changeStatus(closedId, OrderStatus::Charged, u"ring the bell twice"_s));
        QVERIFY(orders.changeStatus(closedId, OrderStatus::Shipped));
        QVERIFY(orders.changeStatus(closedId, OrderStatus::Closed));
        QVERIFY(orders.changeStatus(orders.getByNumber(m_cancelledOrder)->id, OrderStatus::Cancelled));
    }

    void exportAsOwnerIsCompleteMaskedAndSigned()
    {
        const QString json = path(u"export.json"_s);
        const QString pdf = path(u"export.pdf"_s);
        auto exported = CustomerRights(*m_owner).exportData(m_customer, json, pdf);
        QVERIFY2(exported, qPrintable(exported.errorMessage()));
        QVERIFY(exported->isSigned);
        QCOMPARE(exported->orders, 3);

        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(u"format"_s).toString(), QString::fromLatin1(CustomerRights::kExportFormat));
        QCOMPARE(root.value(u"customer"_s).toObject().value(u"name"_s).toString(), privateCustomer().name);
        QCOMPARE(root.value(u"customer"_s).toObject().value(u"email"_s).toString(), privateCustomer().email);
        const QJsonArray orders = root.value(u"orders"_s).toArray();
        QCOMPARE(orders.size(), 3);
        QStringList numbers;
        for (const QJsonValue& o : orders)
            numbers << o.toObject().value(u"number"_s).toString();
        QVERIFY(numbers.contains(m_openOrder) && numbers.contains(m_closedOrder));
        const QJsonObject first = orders.first().toObject();
        QCOMPARE(first.value(u"number"_s).toString(), m_openOrder); // oldest first
        QCOMPARE(first.value(u"total_cents"_s).toInteger(),
                 OrderService(*m_owner).getByNumber(m_openOrder)->totals.total.cents());
        QCOMPARE(first.value(u"lines"_s).toArray().size(), 1);
        QCOMPARE(first.value(u"card"_s).toObject().value(u"last4"_s).toString(), u"4242"_s);
        QVERIFY(!first.value(u"status_history"_s).toArray().isEmpty());
        QVERIFY(!root.value(u"processing"_s).toArray().isEmpty());
        QVERIFY(!root.value(u"privacy_notice"_s).toString().isEmpty());
        QVERIFY(root.value(u"controller"_s).toObject().value(u"privacy_contact"_s).toString().contains(u"privacy@"_s));
        const QJsonArray history = root.value(u"record_history"_s).toArray();
        QVERIFY(history.size() >= 4); // created, three orders created, status changes
        // Never the full number, never the BIN (first 6), never a CVV field.
        QVERIFY(!bytes.contains("4242424242424242"));
        QVERIFY(!bytes.contains("5555555555554444"));
        QVERIFY(!bytes.contains("424242"));
        QVERIFY(!bytes.contains("555555"));
        QVERIFY(!bytes.toLower().contains("cvv\""));
        QVERIFY(!bytes.contains("\"bin\""));

        const QString text = pdfText(pdf);
        QVERIFY2(!text.isNull(), "pdftotext failed");
        QVERIFY(text.contains(u"Quennell-Arbuthnot"_s));
        QVERIFY(text.contains(m_closedOrder));
        QVERIFY(text.contains(u"4444"_s));
        QVERIFY(text.contains(u"privacy@quayside.example"_s));
        QVERIFY(!text.contains(u"424242"_s));
        QVERIFY(!text.contains(u"555555"_s));

        for (const QString& f : {json, pdf}) {
            auto verified = documents::verifyFile(f, documents::signaturePathFor(f), {signingKey()});
            QVERIFY2(verified && verified->valid, qPrintable(f));
        }
        const auto audited = events(audit::kCustomerDataExported);
        QVERIFY(!audited.isEmpty());
        QCOMPARE(audited.last().target, u"customer:%1"_s.arg(m_customer));
        QCOMPARE(audited.last().outcome, audit::kSuccess);
        QVERIFY(!audited.last().details.contains(u"Quennell"_s));
    }

    void managerWithGrantExportsUnsigned()
    {
        const QString json = path(u"manager.json"_s);
        auto exported = CustomerRights(*m_manager).exportData(m_customer, json, {});
        QVERIFY2(exported, qPrintable(exported.errorMessage()));
        QVERIFY(!exported->isSigned);
        QVERIFY(QFile::exists(json));
        QVERIFY(!QFile::exists(documents::signaturePathFor(json)));
    }

    void managerWithoutGrantIsDeniedAndAudited()
    {
        auto session = signIn(*m_vault, u"nils"_s, kManager2Password);
        QVERIFY2(session, qPrintable(session.errorMessage()));
        const QString json = path(u"denied.json"_s);
        auto exported = CustomerRights(*session.value()).exportData(m_customer, json, path(u"denied.pdf"_s));
        QVERIFY(!exported);
        QCOMPARE(exported.errorCode(), Errc::Denied);
        QVERIFY(!QFile::exists(json));
        const auto audited = events(audit::kCustomerDataExported);
        QVERIFY(std::any_of(audited.cbegin(), audited.cend(), [&](const AuditEvent& e) {
            return e.outcome == audit::kDenied && e.actorId == m_manager2Id;
        }));
        // Nor may a manager erase, grant or not.
        auto erased = CustomerRights(*m_manager).erase(m_customer, u"asked by phone"_s, path(u"m.pdf"_s));
        QCOMPARE(erased.errorCode(), Errc::Denied);
    }

    void eraseRefusedWhileOrdersAreOpen()
    {
        CustomerRights rights(*m_owner);
        auto plan = rights.planErasure(m_customer);
        QVERIFY2(plan, qPrintable(plan.errorMessage()));
        QCOMPARE(plan->openOrders, QStringList{m_openOrder});
        QVERIFY(!plan->canErase());
        const QString certificate = path(u"refused.pdf"_s);
        auto erased = rights.erase(m_customer, u"Letter of 2 May"_s, certificate);
        QVERIFY(!erased);
        QCOMPARE(erased.errorCode(), Errc::Invalid);
        QVERIFY2(erased.errorMessage().contains(m_openOrder), qPrintable(erased.errorMessage()));
        QVERIFY(!QFile::exists(certificate));
        QCOMPARE(CustomerService(*m_owner).get(m_customer)->name, privateCustomer().name);
    }

    void certificateThatCannotBeWrittenErasesNothing()
    {
        OrderService orders(*m_owner);
        QVERIFY(orders.changeStatus(orders.getByNumber(m_openOrder)->id, OrderStatus::Cancelled));
        auto erased =
            CustomerRights(*m_owner).erase(m_customer, u"Letter of 2 May"_s, path(u"no-such-folder/certificate.pdf"_s));
        QVERIFY(!erased);
        const Customer c = CustomerService(*m_owner).get(m_customer).value();
        QCOMPARE(c.name, privateCustomer().name);
        QVERIFY(!c.erased());
        QCOMPARE(CustomerService(*m_owner).search(CustomerQuery{u"Quennell"_s}).value().size(), 1);
    }

    void eraseLeavesNoPersonalDataAnywhere()
    {
        CustomerRights rights(*m_owner);
        auto plan = rights.planErasure(m_customer);
        QVERIFY2(plan && plan->canErase(), qPrintable(plan.errorMessage()));
        QCOMPARE(plan->ordersKept, 3);
        QCOMPARE(plan->pansToDestroy, 1); // the closed order's, kept 30 days after charging
        const Money totalBefore = OrderService(*m_owner).getByNumber(m_closedOrder)->totals.total;

        const QString certificate = path(u"certificate.pdf"_s);
        auto erased = rights.erase(m_customer, u"Customer's letter of 2 May 2026"_s, certificate);
        QVERIFY2(erased, qPrintable(erased.errorMessage()));
        QCOMPARE(erased->ordersKept, 3);
        QCOMPARE(erased->pansDestroyed, 1);
        QCOMPARE(erased->tombstone, u"Erased customer #%1"_s.arg(m_customer));

        // The whole decrypted database, every table and cell.
        const QList<Hit> hits = scanDatabase(m_owner->database(), kNeedles);
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
        // The control customer is untouched (the scan would have failed on a wiped table).
        QCOMPARE(CustomerService(*m_owner).search(CustomerQuery{u"Bartholomew"_s}).value().size(), 1);

        // Orders kept with their totals, under the tombstone.
        const Order closed = OrderService(*m_owner).getByNumber(m_closedOrder).value();
        QCOMPARE(closed.totals.total, totalBefore);
        QCOMPARE(closed.customerId, m_customer);
        QVERIFY(closed.card && !closed.card->hasSealedPan && closed.card->last4 == u"4444"_s);
        OrderFilter filter;
        filter.customerId = m_customer;
        const auto rows = OrderService(*m_owner).list(filter).value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.first().customerName, erased->tombstone);

        // Hidden from search, archived list included; cannot be edited, restored or ordered for.
        QVERIFY(CustomerService(*m_owner).search(CustomerQuery{u"Quennell"_s}).value().isEmpty());
        CustomerQuery all;
        all.includeArchived = true;
        const QList<Customer> listed = CustomerService(*m_owner).search(all).value();
        QVERIFY(!listed.isEmpty());
        for (const Customer& c : listed)
            QVERIFY(c.id != m_customer);
        QCOMPARE(CustomerService(*m_owner).update(m_customer, privateCustomer()).errorCode(), Errc::Invalid);
        QCOMPARE(CustomerService(*m_owner).setArchived(m_customer, false).errorCode(), Errc::Invalid);
        auto order = addOrder(*m_owner, m_customer);
        QVERIFY(!order);
        QVERIFY2(order.errorMessage().contains(u"erased"_s), qPrintable(order.errorMessage()));
        QCOMPARE(rights.planErasure(m_customer).errorCode(), Errc::Invalid);
        QCOMPARE(rights.exportData(m_customer, path(u"after.json"_s), {}).errorCode(), Errc::Invalid);

        // The certificate: readable, names what happened, signed.
        const QString text = pdfText(certificate);
        QVERIFY2(!text.isNull(), "pdftotext failed");
        QVERIFY(text.contains(u"Quennell-Arbuthnot"_s)); // handed to the customer; Custos keeps no copy
        QVERIFY(text.contains(u"Erased customer #%1"_s.arg(m_customer)));
        QVERIFY(text.contains(u"Olivia Owner"_s));
        QVERIFY(text.contains(u"keeps no copy"_s) || text.contains(u"keeps\nno copy"_s) ||
                text.simplified().contains(u"keeps no copy"_s));
        QVERIFY(text.simplified().contains(erased->fingerprint));
        QVERIFY(!text.contains(u"424242"_s) && !text.contains(u"555555"_s));
        auto verified = documents::verifyFile(certificate, erased->signaturePath, {signingKey()});
        QVERIFY(verified && verified->valid);

        // Audited with counts only, and the erasure row holds the certificate's checksum.
        const auto audited = events(audit::kCustomerErased);
        QVERIFY(!audited.isEmpty());
        QCOMPARE(audited.last().outcome, audit::kSuccess);
        QVERIFY(audited.last().details.contains(u"orders_kept=3"_s));
        QVERIFY(audited.last().details.contains(u"pans_destroyed=1"_s));
        auto st = m_owner->database().prepare(
            u"SELECT orders_kept, pans_destroyed, certificate_sha256 FROM customer_erasures WHERE customer_id = ?"_s);
        QVERIFY(st);
        st->bind(1, m_customer);
        QVERIFY(st->step().value());
        QCOMPARE(st->int32(0), 3);
        QCOMPARE(st->int32(1), 1);
        QCOMPARE(st->blob(2), erased->certificateSha256);
        // The audit chain is still intact after all of it.
        auto verification = m_owner->auditLog().verify();
        QVERIFY(verification && verification->intact);
    }
};

QTEST_MAIN(TestCustomerRights)
#include "tst_customer_rights.moc"
