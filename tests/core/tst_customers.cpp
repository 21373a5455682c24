// Customers: validation, storage of any script, search, duplicates, audit, one transaction each.
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "storage/CustomerRepository.h"
#include "storage/SettingsRepository.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using crypto::SecureBytes;

namespace {

const QString kOwnerPassword = QStringLiteral("Lantern-Harbor-Pebble-93");

// One vault and the owner's session per test function (scrypt makes each ~0.2 s).
struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> session;

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
        auto v =
            Vault::create(tmp.path() + QStringLiteral("/vault"), p, owner, recovery::generateCode().value(), {}, clock);
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
        // Messages and national numbers below assume GB, whatever the machine's locale.
        return storage::SettingsRepository(session->database())
            .setValue(QString::fromLatin1(kDefaultRegionSetting), QStringLiteral("GB"))
            .ok();
    }
    CustomerService customers() { return CustomerService(*session); }
};

CustomerDraft draft(const QString& name, const QString& phone = QStringLiteral("020 7946 0018"),
                    const QString& postalCode = QStringLiteral("PO1 2AB"))
{
    CustomerDraft d;
    d.name = name;
    d.street = QStringLiteral("12 Quay Street");
    d.city = QStringLiteral("Portsmouth");
    d.region = QStringLiteral("Hampshire");
    d.postalCode = postalCode;
    d.country = QStringLiteral("United Kingdom");
    d.phone = phone;
    return d;
}

QStringList names(const Result<QList<Customer>>& list)
{
    QStringList out;
    if (list.ok()) {
        for (const Customer& c : list.value())
            out << c.name;
    }
    return out;
}

QList<AuditEvent> events(Session& s, const QString& action)
{
    AuditQuery query;
    query.action = action;
    auto r = s.auditLog().recent(query);
    return r.ok() ? r.value() : QList<AuditEvent>();
}

} // namespace

class TestCustomers : public QObject
{
    Q_OBJECT

private:
    // Vaults shared by the rows of one data-driven test (scrypt makes each one cost time).
    std::unique_ptr<Fixture> m_validation;
    std::unique_ptr<Fixture> m_search;
    std::unique_ptr<Fixture> m_syntax;

private slots:
    void cleanupTestCase()
    {
        m_validation.reset();
        m_search.reset();
        m_syntax.reset();
    }

    void createUpdateArchive()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        CustomerDraft d = draft(QStringLiteral("  Zoë Ølander  "));
        d.email = QStringLiteral(" zoe@example.test ");
        auto id = service.create(d);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        auto c = service.get(id.value());
        QVERIFY(c.ok());
        QCOMPARE(c->name, QStringLiteral("Zoë Ølander")); // trimmed
        QCOMPARE(c->phoneE164, QStringLiteral("+442079460018"));
        QCOMPARE(c->email, QStringLiteral("zoe@example.test"));
        QCOMPARE(c->region, QStringLiteral("Hampshire"));
        QVERIFY(!c->archived);
        QCOMPARE(c->createdAt, f.clock.nowUtc());

        f.clock.advanceSecs(60);
        CustomerDraft edit = CustomerDraft::fromCustomer(c.value());
        edit.city = QStringLiteral("Southsea");
        edit.email.clear();
        QVERIFY(service.update(id.value(), edit).ok());
        c = service.get(id.value());
        QCOMPARE(c->city, QStringLiteral("Southsea"));
        QVERIFY(c->email.isEmpty());
        QCOMPARE(c->phoneE164, QStringLiteral("+442079460018")); // the international form round-trips
        QCOMPARE(c->updatedAt, f.clock.nowUtc());
        QCOMPARE(service.update(id.value() + 100, edit).errorCode(), Errc::NotFound);

        QVERIFY(service.setArchived(id.value(), true).ok());
        QVERIFY(service.get(id.value())->archived);
        QCOMPARE(service.search({}).value().size(), 0);
        CustomerQuery all;
        all.includeArchived = true;
        QCOMPARE(names(service.search(all)), QStringList{QStringLiteral("Zoë Ølander")});
        QCOMPARE(service.count(all).value(), 1);
        QVERIFY(service.setArchived(id.value(), false).ok());
        QCOMPARE(service.search({}).value().size(), 1);
        QCOMPARE(service.get(id.value() + 100).errorCode(), Errc::NotFound);
        QCOMPARE(service.setArchived(id.value() + 100, true).errorCode(), Errc::NotFound);
    }

    void auditEventsNameFieldsNotValues()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        const QString secretName = QStringLiteral("Quentin Privatus");
        auto id = service.create(draft(secretName));
        QVERIFY(id.ok());
        CustomerDraft edit = draft(secretName, QStringLiteral("+1 415 555 2671"));
        edit.street = QStringLiteral("1 Market Street");
        QVERIFY(service.update(id.value(), edit).ok());
        QVERIFY(service.update(id.value(), edit).ok()); // unchanged: no event
        QVERIFY(service.setArchived(id.value(), true).ok());
        QVERIFY(service.setArchived(id.value(), false).ok());

        const QString target = QStringLiteral("customer:%1").arg(id.value());
        const auto created = events(*f.session, audit::kCustomerCreated);
        QCOMPARE(created.size(), 1);
        QCOMPARE(created.first().target, target);
        const auto updated = events(*f.session, audit::kCustomerUpdated);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().details, QStringLiteral("fields: street, phone"));
        QCOMPARE(events(*f.session, audit::kCustomerArchived).size(), 1);
        QCOMPARE(events(*f.session, audit::kCustomerRestored).size(), 1);
        for (const QString& action : {audit::kCustomerCreated, audit::kCustomerUpdated, audit::kCustomerArchived}) {
            for (const AuditEvent& e : events(*f.session, action)) {
                QVERIFY(!e.details.contains(QStringLiteral("Quentin")));
                QVERIFY(!e.details.contains(QStringLiteral("2671")));
            }
        }
        auto verified = f.session->auditLog().verify();
        QVERIFY(verified.ok() && verified->intact);
    }

    void validationPerField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("expectedField");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("name missing") << QStringLiteral("name") << QStringLiteral("   ") << int(CustomerField::Name)
                                      << QStringLiteral("name");
        QTest::newRow("name 201") << QStringLiteral("name") << QString(201, QLatin1Char('x'))
                                  << int(CustomerField::Name) << QStringLiteral("200");
        QTest::newRow("street missing") << QStringLiteral("street") << QStringLiteral("") << int(CustomerField::Street)
                                        << QStringLiteral("street");
        QTest::newRow("city missing") << QStringLiteral("city") << QStringLiteral("") << int(CustomerField::City)
                                      << QStringLiteral("city");
        QTest::newRow("postal missing") << QStringLiteral("postal") << QStringLiteral("")
                                        << int(CustomerField::PostalCode) << QStringLiteral("postal code");
        QTest::newRow("country missing") << QStringLiteral("country") << QStringLiteral("")
                                         << int(CustomerField::Country) << QStringLiteral("country");
        QTest::newRow("phone missing") << QStringLiteral("phone") << QStringLiteral("") << int(CustomerField::Phone)
                                       << QStringLiteral("phone number");
        QTest::newRow("phone letters") << QStringLiteral("phone") << QStringLiteral("call me")
                                       << int(CustomerField::Phone) << QStringLiteral("letter");
        QTest::newRow("phone wrong") << QStringLiteral("phone") << QStringLiteral("12") << int(CustomerField::Phone)
                                     << QStringLiteral("cannot be right for GB");
        QTest::newRow("email no at") << QStringLiteral("email") << QStringLiteral("zoe.example.test")
                                     << int(CustomerField::Email) << QStringLiteral("email");
        QTest::newRow("email no domain") << QStringLiteral("email") << QStringLiteral("zoe@localhost")
                                         << int(CustomerField::Email) << QStringLiteral("email");
        QTest::newRow("email spaces") << QStringLiteral("email") << QStringLiteral("zoe smith@example.test")
                                      << int(CustomerField::Email) << QStringLiteral("email");
    }
    void validationPerField()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(int, expectedField);
        QFETCH(QString, messagePart);
        if (!m_validation) { // one vault for the whole table
            m_validation = std::make_unique<Fixture>();
            QVERIFY(m_validation->create());
        }
        Fixture* shared = m_validation.get();
        CustomerDraft d = draft(QStringLiteral("Valid Name"));
        if (field == QLatin1String("name"))
            d.name = value;
        else if (field == QLatin1String("street"))
            d.street = value;
        else if (field == QLatin1String("city"))
            d.city = value;
        else if (field == QLatin1String("postal"))
            d.postalCode = value;
        else if (field == QLatin1String("country"))
            d.country = value;
        else if (field == QLatin1String("phone"))
            d.phone = value;
        else if (field == QLatin1String("email"))
            d.email = value;
        CustomerService service = shared->customers();
        const CustomerProblems problems = service.validate(d);
        QCOMPARE(problems.size(), 1);
        const auto key = CustomerField(expectedField);
        QVERIFY(problems.contains(key));
        QVERIFY2(problems.value(key).contains(messagePart, Qt::CaseInsensitive), qPrintable(problems.value(key)));
        auto created = service.create(d);
        QCOMPARE(created.errorCode(), Errc::Invalid);
        QVERIFY2(created.errorMessage().contains(problems.value(key)), qPrintable(created.errorMessage()));
        CustomerQuery all;
        all.includeArchived = true;
        QCOMPARE(service.count(all).value(), 0);
    }

    void everyProblemAtOnce()
    {
        const CustomerProblems problems = CustomerDraft().validate(QStringLiteral("GB"));
        QCOMPARE(problems.size(), 6); // all but region and email
        QVERIFY(!problems.contains(CustomerField::Region));
        QVERIFY(!problems.contains(CustomerField::Email));
        const QString all = CustomerDraft::describe(problems);
        QCOMPARE(all.count(QLatin1Char('\n')), 5);
    }

    void namesInAnyScriptRoundTrip()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        const QStringList written{QStringLiteral("Zoë Ølander"), QStringLiteral("Łukasz Żółwiński"),
                                  QStringLiteral("山田太郎"), QStringLiteral("محمد عبد الله"),
                                  QStringLiteral("Zoe\u0308 Decomposed")}; // NFD kept as typed
        QList<qint64> ids;
        int phone = 10;
        for (const QString& name : written) {
            auto id = service.create(draft(name, QStringLiteral("020 7946 00%1").arg(phone++)));
            QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
            ids << id.value();
        }
        for (int i = 0; i < written.size(); ++i)
            QCOMPARE(service.get(ids.at(i))->name, written.at(i));

        const auto find = [&service](const QString& text) {
            CustomerQuery q;
            q.text = text;
            return names(service.search(q));
        };
        QCOMPARE(find(QStringLiteral("zoe")),
                 (QStringList{QStringLiteral("Zoe\u0308 Decomposed"), QStringLiteral("Zoë Ølander")}));
        QCOMPARE(find(QStringLiteral("ZOË ØL")), QStringList{QStringLiteral("Zoë Ølander")});
        QCOMPARE(find(QStringLiteral("olander")), QStringList{QStringLiteral("Zoë Ølander")});
        QCOMPARE(find(QStringLiteral("łuk")), QStringList{QStringLiteral("Łukasz Żółwiński")});
        QCOMPARE(find(QStringLiteral("lukasz zolw")), QStringList{QStringLiteral("Łukasz Żółwiński")});
        QCOMPARE(find(QStringLiteral("山田")), QStringList{QStringLiteral("山田太郎")});
        QCOMPARE(find(QStringLiteral("محم")), QStringList{QStringLiteral("محمد عبد الله")});
    }

    void tenThousandCharacterNameIsRefused()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        const QString huge(10000, QChar(0x00e9));
        auto r = service.create(draft(huge));
        QCOMPARE(r.errorCode(), Errc::Invalid);
        QVERIFY2(r.errorMessage().contains(QStringLiteral("at most 200 characters")), qPrintable(r.errorMessage()));
        QCOMPARE(service.count({}).value(), 0);
        // The same for an edit: the stored name stays as it was, not cut to 200.
        auto id = service.create(draft(QStringLiteral("Short Name")));
        QVERIFY(id.ok());
        QCOMPARE(service.update(id.value(), draft(huge)).errorCode(), Errc::Invalid);
        QCOMPARE(service.get(id.value())->name, QStringLiteral("Short Name"));
    }

    void quotesAndSqlAreStoredVerbatim()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        CustomerDraft d;
        d.name = QStringLiteral("O'Brien \"the\" ; DROP TABLE customers; --");
        d.street = QStringLiteral("1' OR '1'='1");
        d.city = QStringLiteral("Robert'); DELETE FROM orders;--");
        d.region = QStringLiteral("%_\\ LIKE '%'");
        d.postalCode = QStringLiteral("\"*\" NEAR");
        d.country = QStringLiteral("') UNION SELECT * FROM settings --");
        d.phone = QStringLiteral("+44 20 7946 0018");
        d.email = QStringLiteral("o'brien+\"x\"@example.test");
        auto id = service.create(d);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        auto c = service.get(id.value());
        QVERIFY(c.ok());
        QCOMPARE(c->name, d.name);
        QCOMPARE(c->street, d.street);
        QCOMPARE(c->city, d.city);
        QCOMPARE(c->region, d.region);
        QCOMPARE(c->postalCode, d.postalCode);
        QCOMPARE(c->country, d.country);
        QCOMPARE(c->email, d.email);
        QCOMPARE(service.count({}).value(), 1); // the table is still there
        CustomerQuery q;
        q.text = QStringLiteral("o'brien");
        QCOMPARE(names(service.search(q)), QStringList{d.name});
    }

    void searchByNamePhonePostalCodeEmail_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        const QString zoe = QStringLiteral("Zoë Smith");
        const QString ada = QStringLiteral("Ada Lovelace");
        const QString hiro = QStringLiteral("山田太郎");
        QTest::newRow("empty lists all by name") << QString() << QStringList{ada, zoe, hiro};
        QTest::newRow("blank lists all") << QStringLiteral("   ") << QStringList{ada, zoe, hiro};
        QTest::newRow("name prefix") << QStringLiteral("zoe") << QStringList{zoe};
        // Two letters alone are a whole word (a two-letter prefix matches a large share of a big
        // list); the third letter makes it a prefix.
        QTest::newRow("two letters alone") << QStringLiteral("zo") << QStringList{};
        QTest::newRow("two words") << QStringLiteral("smi zo") << QStringList{zoe};
        QTest::newRow("surname") << QStringLiteral("Lovel") << QStringList{ada};
        QTest::newRow("national phone") << QStringLiteral("020 7946") << QStringList{zoe};
        QTest::newRow("international phone") << QStringLiteral("+44 20 7946 0018") << QStringList{zoe};
        QTest::newRow("significant digits") << QStringLiteral("2079") << QStringList{zoe};
        QTest::newRow("US phone") << QStringLiteral("+1 (415) 555") << QStringList{ada};
        QTest::newRow("JP phone") << QStringLiteral("+81 3-1234") << QStringList{hiro};
        QTest::newRow("JP phone, 00") << QStringLiteral("0081 3 1234") << QStringList{hiro};
        QTest::newRow("postal code") << QStringLiteral("po1") << QStringList{zoe};
        QTest::newRow("full postal code") << QStringLiteral("PO1 2AB") << QStringList{zoe};
        QTest::newRow("zip") << QStringLiteral("94105") << QStringList{ada};
        QTest::newRow("zip+4") << QStringLiteral("94105-1234") << QStringList{ada};
        QTest::newRow("email") << QStringLiteral("ada.l@") << QStringList{ada};
        QTest::newRow("email domain") << QStringLiteral("analytical") << QStringList{ada};
        QTest::newRow("no match") << QStringLiteral("nobody") << QStringList{};
    }
    void searchByNamePhonePostalCodeEmail()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        if (!m_search) {
            m_search = std::make_unique<Fixture>();
            Fixture& fixture = *m_search;
            QVERIFY(fixture.create());
            CustomerService service = fixture.customers();
            QVERIFY(service.create(draft(QStringLiteral("Zoë Smith"))).ok());
            CustomerDraft ada =
                draft(QStringLiteral("Ada Lovelace"), QStringLiteral("+1 415 555 2671"), QStringLiteral("94105-1234"));
            ada.email = QStringLiteral("ada.l@analytical.example");
            QVERIFY(service.create(ada).ok());
            QVERIFY(service
                        .create(draft(QStringLiteral("山田太郎"), QStringLiteral("+81 3-1234-5678"),
                                      QStringLiteral("100-0001")))
                        .ok());
        }
        CustomerService service = m_search->customers();
        CustomerQuery q;
        q.text = text;
        auto found = service.search(q);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(names(found), expected);
        QCOMPARE(service.count(q).value(), expected.size());
    }

    void searchTextIsNeverQuerySyntax_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("quote") << QStringLiteral("\"") << 0;
        QTest::newRow("star") << QStringLiteral("*") << 0;
        QTest::newRow("NEAR") << QStringLiteral("NEAR") << 0;
        QTest::newRow("minus") << QStringLiteral("-") << 0;
        QTest::newRow("OR") << QStringLiteral("OR") << 0;
        QTest::newRow("AND NOT") << QStringLiteral("AND NOT") << 0;
        QTest::newRow("colon") << QStringLiteral(":") << 0;
        QTest::newRow("parentheses") << QStringLiteral("()") << 0;
        QTest::newRow("caret") << QStringLiteral("^zoe") << 1;
        QTest::newRow("OR injection") << QStringLiteral("zoe OR qqq") << 0;
        QTest::newRow("NEAR injection") << QStringLiteral("zoe NEAR qqq") << 0;
        QTest::newRow("NEAR/2 injection") << QStringLiteral("zoe NEAR/2 qqq") << 0;
        QTest::newRow("NOT injection") << QStringLiteral("zoe NOT qqq") << 0;
        QTest::newRow("minus injection") << QStringLiteral("zoe -qqq") << 0;
        QTest::newRow("column filter") << QStringLiteral("email:zoe") << 0;
        QTest::newRow("unbalanced quote") << QStringLiteral("\"zoe") << 1;
        QTest::newRow("quoted") << QStringLiteral("\"zoe smith\"") << 1;
        QTest::newRow("own star") << QStringLiteral("zoe*") << 1;
        QTest::newRow("parenthesised") << QStringLiteral("(zoe)") << 1;
        QTest::newRow("sql") << QStringLiteral("'; DROP TABLE customers; --") << 0;
        QTest::newRow("like wildcards") << QStringLiteral("%_%") << 0;
        QTest::newRow("many words") << QStringLiteral("a b c d e f g h i j k l m n o p q r s t u v w") << 0;
    }
    void searchTextIsNeverQuerySyntax()
    {
        QFETCH(QString, text);
        QFETCH(int, count);
        if (!m_syntax) {
            m_syntax = std::make_unique<Fixture>();
            Fixture& fixture = *m_syntax;
            QVERIFY(fixture.create());
            QVERIFY(fixture.customers().create(draft(QStringLiteral("Zoë Smith"))).ok());
            QVERIFY(
                fixture.customers().create(draft(QStringLiteral("Orla Near"), QStringLiteral("020 7946 0019"))).ok());
        }
        Fixture& fixture = *m_syntax;
        CustomerQuery q;
        q.text = text;
        auto found = fixture.customers().search(q);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        // "NEAR" is a word here: it matches Orla Near. ("OR" alone is a whole two-letter word,
        // which nobody's name is.)
        const bool wordsOfOrla = text == QLatin1String("NEAR");
        QCOMPARE(found->size(), wordsOfOrla ? 1 : count);
        auto counted = fixture.customers().count(q);
        QVERIFY(counted.ok());
        QCOMPARE(counted.value(), found->size());
        QCOMPARE(fixture.customers().count({}).value(), 2);
    }

    void matchExpressionsAreWordsOnly()
    {
        using storage::CustomerRepository;
        QCOMPARE(CustomerRepository::matchExpression(QStringLiteral("Zoë \"NEAR\" -x* (OR) a:b")),
                 QStringLiteral("zoe* near* x or* a b"));
        QCOMPARE(CustomerRepository::matchExpression(QStringLiteral("\"*-:()")), QString());
        QCOMPARE(CustomerRepository::matchExpression(QStringLiteral("smi"), QStringLiteral("name")),
                 QStringLiteral("name:smi*"));
        // Short words alone are whole words (fast, and still find "Wu"); beside a longer word
        // a two-letter one is a prefix, a single character never.
        QCOMPARE(CustomerRepository::matchExpression(QStringLiteral("wu")), QStringLiteral("wu"));
        QCOMPARE(CustomerRepository::matchExpression(QStringLiteral("sarah sm")), QStringLiteral("sarah* sm*"));
        QCOMPARE(CustomerRepository::matchExpression(QStringLiteral("023 9")), QStringLiteral("023* 9"));
        // Phone-like text adds E.164 ranges; other text does not.
        const auto phone = CustomerRepository::textFilter(QStringLiteral("+44 (20) 7946-0018"), QStringLiteral("GB"));
        QVERIFY(phone && phone->active());
        QCOMPARE(phone->phonePrefixes, QStringList{QStringLiteral("+442079460018")});
        const auto postcode = CustomerRepository::textFilter(QStringLiteral("PO1 2AB"), QStringLiteral("GB"));
        QVERIFY(postcode && postcode->phonePrefixes.isEmpty());
        QVERIFY(!CustomerRepository::textFilter(QStringLiteral("\"*-:()"), QStringLiteral("GB")));
    }

    void sortsByNameOrCreation()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        QVERIFY(service.create(draft(QStringLiteral("bravo"), QStringLiteral("020 7946 0011"))).ok());
        f.clock.advanceSecs(10);
        QVERIFY(service.create(draft(QStringLiteral("Charlie"), QStringLiteral("020 7946 0012"))).ok());
        f.clock.advanceSecs(10);
        QVERIFY(service.create(draft(QStringLiteral("Alpha"), QStringLiteral("020 7946 0013"))).ok());
        CustomerQuery q;
        QCOMPARE(names(service.search(q)),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("Charlie")}));
        q.sort = CustomerSort::NewestFirst;
        QCOMPARE(names(service.search(q)),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("Charlie"), QStringLiteral("bravo")}));
        q.sort = CustomerSort::OldestFirst;
        q.limit = 1;
        q.offset = 1;
        QCOMPARE(names(service.search(q)), QStringList{QStringLiteral("Charlie")});
    }

    void findsDuplicates()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        auto zoe = service.create(
            draft(QStringLiteral("Zoë Smith"), QStringLiteral("020 7946 0018"), QStringLiteral("PO1 2AB")));
        QVERIFY(zoe.ok());
        QVERIFY(service.create(draft(QStringLiteral("Other Person"), QStringLiteral("020 7946 0099"))).ok());

        // Same phone typed another way.
        auto byPhone = service.findDuplicates(
            draft(QStringLiteral("Someone Else"), QStringLiteral("+44 20 7946 0018"), QStringLiteral("ZZ9 9ZZ")));
        QCOMPARE(names(byPhone), QStringList{QStringLiteral("Zoë Smith")});
        // Same name in other case and spacing, same postal code written differently.
        auto byName = service.findDuplicates(
            draft(QStringLiteral("ZOË   SMITH"), QStringLiteral("+1 415 555 2671"), QStringLiteral("po12ab")));
        QCOMPARE(names(byName), QStringList{QStringLiteral("Zoë Smith")});
        // Same name elsewhere is a different person.
        QCOMPARE(service
                     .findDuplicates(draft(QStringLiteral("Zoë Smith"), QStringLiteral("+1 415 555 2671"),
                                           QStringLiteral("SW1A 1AA")))
                     ->size(),
                 0);
        // While editing, the customer is not its own duplicate.
        QCOMPARE(service.findDuplicates(draft(QStringLiteral("Zoë Smith")), zoe.value())->size(), 0);
        // A half-typed phone number still allows the name check.
        QCOMPARE(service.findDuplicates(draft(QStringLiteral("zoë smith"), QStringLiteral("020"))).value().size(), 1);
    }

    void nothingHalfSavedWhenAStepFails()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        auto keep = service.create(draft(QStringLiteral("Kept Customer"), QStringLiteral("020 7946 0050")));
        QVERIFY(keep.ok());
        // The audit step (the last one) fails: the customer row and its index entry must go too.
        QVERIFY(f.session->database()
                    .exec(QStringLiteral("CREATE TEMP TRIGGER fail_audit BEFORE INSERT ON audit_events BEGIN "
                                         "SELECT RAISE(ABORT, 'simulated disk failure'); END;"))
                    .ok());
        auto failed = service.create(draft(QStringLiteral("Ghost Customer"), QStringLiteral("020 7946 0051")));
        QVERIFY(!failed.ok());
        CustomerDraft edit = draft(QStringLiteral("Renamed Customer"), QStringLiteral("020 7946 0050"));
        QVERIFY(!service.update(keep.value(), edit).ok());
        QVERIFY(!service.setArchived(keep.value(), true).ok());
        QVERIFY(f.session->database().exec(QStringLiteral("DROP TRIGGER fail_audit")).ok());

        CustomerQuery all;
        all.includeArchived = true;
        QCOMPARE(names(service.search(all)), QStringList{QStringLiteral("Kept Customer")});
        CustomerQuery ghost;
        ghost.text = QStringLiteral("ghost");
        QCOMPARE(service.search(ghost)->size(), 0);
        ghost.text = QStringLiteral("renamed");
        QCOMPARE(service.search(ghost)->size(), 0);
        ghost.text = QStringLiteral("kept");
        QCOMPARE(service.search(ghost)->size(), 1);
        QVERIFY(!service.get(keep.value())->archived);
        QVERIFY(service.create(draft(QStringLiteral("Ghost Customer"), QStringLiteral("020 7946 0051"))).ok());
    }

    void defaultRegionSetting()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service = f.customers();
        QVERIFY(isSupportedPhoneRegion(service.defaultRegion()));
        QCOMPARE(service.setDefaultRegion(QStringLiteral("xx")).errorCode(), Errc::Invalid);
        QVERIFY(service.setDefaultRegion(QStringLiteral("us")).ok());
        QCOMPARE(service.defaultRegion(), QStringLiteral("US"));
        auto id = service.create(draft(QStringLiteral("Ada Lovelace"), QStringLiteral("(415) 555-2671")));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
        QCOMPARE(service.get(id.value())->phoneE164, QStringLiteral("+14155552671"));
        QCOMPARE(events(*f.session, audit::kDefaultRegionChanged).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCustomers)
#include "tst_customers.moc"
