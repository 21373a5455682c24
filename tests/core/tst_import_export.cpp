// Customer import from CSV (per-row problems, duplicates, one transaction, cancel) and the
// order export (masked cards only, correct totals, atomic file, audited).
#include "documents/Csv.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerImport.h"
#include "orders/CustomerService.h"
#include "orders/OrderExport.h"
#include "orders/OrderService.h"
#include "storage/SettingsRepository.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace custos;
using namespace Qt::StringLiterals;
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

const QString kOwnerPassword = u"Lantern-Harbor-Pebble-93"_s;

struct Fixture
{
    QTemporaryDir tmp;
    ManualClock clock{QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Session> session;

    bool create()
    {
        BusinessProfile p;
        p.legalName = u"Quay Test Traders"_s;
        p.phone = u"+44 20 7946 0000"_s;
        NewVaultAccount owner;
        owner.username = u"olivia"_s;
        owner.fullName = u"Olivia Owner"_s;
        owner.password = SecureBytes::fromUtf8(kOwnerPassword);
        owner.role = Role::Owner;
        owner.mustChangePassword = false;
        auto v = Vault::create(tmp.path() + u"/vault"_s, p, owner, recovery::generateCode().value(), {}, clock);
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
        return storage::SettingsRepository(session->database())
            .setValue(QString::fromLatin1(kDefaultRegionSetting), u"GB"_s)
            .ok();
    }

    CustomerService customers() { return CustomerService(*session); }
    OrderService orders() { return OrderService(*session); }

    int customerCount()
    {
        CustomerQuery q;
        q.includeArchived = true;
        auto n = customers().count(q);
        return n.ok() ? n.value() : -1;
    }

    QList<AuditEvent> events(const QString& action)
    {
        auto r = session->auditLog().recent(auditQuery(action, 1000));
        return r.ok() ? r.value() : QList<AuditEvent>();
    }
};

CustomerDraft draft(const QString& name, const QString& phone, const QString& postalCode = u"PO1 2AB"_s)
{
    CustomerDraft d;
    d.name = name;
    d.street = u"12 Quay Street"_s;
    d.city = u"Portsmouth"_s;
    d.postalCode = postalCode;
    d.country = u"United Kingdom"_s;
    d.phone = phone;
    return d;
}

// n valid rows with distinct names and (fictional, Ofcom drama range) phone numbers.
QByteArray validFile(int n)
{
    QByteArray bytes = "Name,Street,City,Postal code,Country,Phone\r\n";
    for (int i = 0; i < n; ++i)
        bytes += u"Customer %1,%1 Mill Lane,Leeds,LS1 1AA,United Kingdom,020 7946 %2\r\n"_s.arg(i + 1)
                     .arg(200 + i, 4, 10, QLatin1Char('0'))
                     .toUtf8();
    return bytes;
}

const ImportRow* rowAt(const CustomerImport& import, int line)
{
    for (const ImportRow& row : import.rows())
        if (row.line == line)
            return &row;
    return nullptr;
}

CardEntry card(const QString& pan, const QString& cvv)
{
    CardEntry c;
    c.pan = CardNumber::parse(pan).value();
    c.expiry = {12, 2028};
    c.holderName = u"Card Holder"_s;
    c.cvv = SecureBytes::fromUtf8(cvv);
    return c;
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private slots:
    void importReportsEveryKindOfProblem()
    {
        Fixture f;
        QVERIFY(f.create());
        auto existing = f.customers().create(draft(u"Zoë Smith"_s, u"020 7946 0018"_s));
        QVERIFY(existing.ok());

        // Semicolons, header synonyms in odd case and spacing, an extra column, an embedded
        // line break, and one row for each kind of problem.
        const QByteArray bytes = "\xEF\xBB\xBF"
                                 "Full Name;Address;TOWN;post_code;Country;Telephone;E-mail;Notes\r\n"
                                 "Anna Berg;2 High Street;Leeds;LS1 1AA;UK;020 7946 0101;anna@example.test;vip\r\n"
                                 "Kai Ørsted;\"Flat 3\r\n9 Dock Road\";Hull;HU1 1AA;UK;020 7946 0102;;\r\n"
                                 ";4 Mill Lane;Leeds;LS2 2BB;UK;020 7946 0103;;\r\n"
                                 "Lena Voss;4 Mill Lane;Leeds;LS2 2BB;UK;12;;\r\n"
                                 "Omar Haddad;7 Bridge St;York;YO1 1CC;UK;020 7946 0104;not-an-address;\r\n" +
                                 QByteArray(201, 'N') +
                                 ";1 Long Road;York;YO1 1CC;UK;020 7946 0105;;\r\n"
                                 "Too Short;1 Road;York\r\n"
                                 "ZOË  SMITH;12 Quay Street;Portsmouth;PO1 2AB;UK;+44 20 7946 0018;;\r\n"
                                 "Anna B.;22 High Street;Leeds;LS1 1AB;UK;+442079460101;;\r\n"
                                 "kai ørsted;1 Other Road;Hull;hu11aa;UK;020 7946 0106;;\r\n"
                                 "李小龙;8 Zhongshan Road;Leeds;LS3 3CC;UK;020 7946 0107;;\r\n";
        auto import = CustomerImport::fromCsv(bytes, f.customers());
        QVERIFY2(import.ok(), qPrintable(import.errorMessage()));

        QCOMPARE(import->columnMapping().value(CustomerField::City), 2);
        QCOMPARE(import->columnMapping().value(CustomerField::Email), 6);
        QCOMPARE(import->unmappedColumns(), QStringList{u"Notes"_s});
        QCOMPARE(import->rows().size(), 11);
        QCOMPARE(import->validCount(), 3);
        QCOMPARE(import->problemCount(), 8);

        QVERIFY(rowAt(*import, 2)->willImport());
        QCOMPARE(rowAt(*import, 3)->draft.street, u"Flat 3\n9 Dock Road"_s);
        QVERIFY(rowAt(*import, 3)->willImport());
        QVERIFY(rowAt(*import, 5)->problems.contains(CustomerField::Name));
        QVERIFY(rowAt(*import, 6)->problems.contains(CustomerField::Phone));
        QVERIFY(rowAt(*import, 7)->problems.contains(CustomerField::Email));
        QVERIFY(rowAt(*import, 8)->problems.value(CustomerField::Name).contains(u"too long"_s));
        QVERIFY(rowAt(*import, 9)->rowProblem.contains(u"3 values"_s));
        QCOMPARE(rowAt(*import, 10)->duplicateOf, QList<qint64>{existing.value()});
        QVERIFY(rowAt(*import, 10)->messages().join(u' ').contains(u"Already in the vault"_s));
        QCOMPARE(rowAt(*import, 11)->duplicateOfLine, 2); // same phone as line 2
        QCOMPARE(rowAt(*import, 12)->duplicateOfLine, 3); // same name and postal code as line 3
        QVERIFY(rowAt(*import, 12)->messages().contains(u"Same customer as line 3."_s));
        QVERIFY(rowAt(*import, 13)->willImport());
        for (int line : {5, 6, 7, 8, 9})
            QVERIFY2(!rowAt(*import, line)->messages().isEmpty(), qPrintable(QString::number(line)));

        const int createdBefore = static_cast<int>(f.events(audit::kCustomerCreated).size());
        CustomerService service(*f.session);
        auto imported = import->commit(service);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported.value(), 3);
        QCOMPARE(import->importedIds().size(), 3);
        QCOMPARE(f.customerCount(), 4);
        auto han = f.customers().get(import->importedIds().at(2));
        QVERIFY(han.ok());
        QCOMPARE(han->name, u"李小龙"_s);
        QCOMPARE(han->phoneE164, u"+442079460107"_s);
        QCOMPARE(f.events(audit::kCustomerCreated).size(), createdBefore + 3);
        const QList<AuditEvent> summary = f.events(audit::kCustomerImported);
        QCOMPARE(summary.size(), 1);
        QCOMPARE(summary.constFirst().details, u"count: 3"_s);
        for (const AuditEvent& e : f.events(audit::kCustomerCreated))
            QVERIFY2(!e.details.contains(u"Anna"_s) && !e.details.contains(u"7946"_s), qPrintable(e.details));

        QCOMPARE(import->commit(service).errorCode(), Errc::Invalid); // not twice
        QCOMPARE(f.customerCount(), 4);
    }

    void duplicatesCanBeImportedOnRequest()
    {
        Fixture f;
        QVERIFY(f.create());
        QVERIFY(f.customers().create(draft(u"Zoë Smith"_s, u"020 7946 0018"_s)).ok());
        const QByteArray bytes = "Name,Street,City,Postal code,Country,Phone\n"
                                 "Zoe Smith,12 Quay Street,Portsmouth,PO9 9ZZ,UK,020 7946 0018\n"
                                 "Anna Berg,2 High Street,Leeds,LS1 1AA,UK,020 7946 0101\n"
                                 "Anna Berg,2 High Street,Leeds,LS1 1AA,UK,020 7946 0101\n";
        auto import = CustomerImport::fromCsv(bytes, f.customers());
        QVERIFY(import.ok());
        QCOMPARE(import->validCount(), 1);
        import->setImportDuplicates(true);
        QCOMPARE(import->validCount(), 3);
        CustomerService service(*f.session);
        QCOMPARE(import->commit(service).value(), 3);
        QCOMPARE(f.customerCount(), 4);
    }

    void missingColumnsAreNamed()
    {
        Fixture f;
        QVERIFY(f.create());
        QFile file(QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/csv/missing-columns.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto import = CustomerImport::fromCsv(file.readAll(), f.customers());
        QCOMPARE(import.errorCode(), Errc::Invalid);
        const QString message = import.errorMessage();
        QVERIFY2(message.contains(u"no column for: Country, Phone"_s), qPrintable(message));
        QVERIFY2(message.contains(u"Name"_s) && message.contains(u"Postal code"_s), qPrintable(message));
    }

    void malformedFileIsRefusedWithItsLine()
    {
        Fixture f;
        QVERIFY(f.create());
        QFile file(QStringLiteral(CUSTOS_TEST_DATA_DIR) + u"/csv/unterminated-quote.csv"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto import = CustomerImport::fromCsv(file.readAll(), f.customers());
        QCOMPARE(import.errorCode(), Errc::Invalid);
        QVERIFY2(import.errorMessage().contains(u"Line 4"_s), qPrintable(import.errorMessage()));
        QCOMPARE(f.customerCount(), 0);
    }

    void cancelHalfWayImportsNothing()
    {
        Fixture f;
        QVERIFY(f.create());
        auto import = CustomerImport::fromCsv(validFile(20), f.customers());
        QVERIFY2(import.ok(), qPrintable(import.errorMessage()));
        QCOMPARE(import->validCount(), 20);

        const int before = f.customerCount();
        const qsizetype eventsBefore = f.events(audit::kCustomerCreated).size();
        int lastTotal = 0;
        CustomerService service(*f.session);
        auto cancelled = import->commit(service, [&lastTotal](int done, int total) {
            lastTotal = total;
            return done < total / 2;
        });
        QCOMPARE(cancelled.errorCode(), Errc::Cancelled);
        QCOMPARE(lastTotal, 20);
        QCOMPARE(f.customerCount(), before);
        QCOMPARE(f.events(audit::kCustomerCreated).size(), eventsBefore);
        QVERIFY(f.events(audit::kCustomerImported).isEmpty());

        // Checking a long file can be cancelled too (every 100 rows).
        QList<int> checked;
        auto stopped = CustomerImport::fromCsv(validFile(250), f.customers(), [&checked](int done, int total) {
            checked << done;
            return total == 250 && done < 200;
        });
        QCOMPARE(stopped.errorCode(), Errc::Cancelled);
        QCOMPARE(checked, (QList<int>{100, 200}));

        // Cancelling leaves the import ready to run again.
        QList<int> seen;
        auto done = import->commit(service, [&seen](int n, int) {
            seen << n;
            return true;
        });
        QCOMPARE(done.value(), 20);
        QCOMPARE(seen.size(), 20);
        QCOMPARE(seen.constLast(), 20);
        QCOMPARE(f.customerCount(), before + 20);
    }

    void createManyIsAllOrNothing()
    {
        Fixture f;
        QVERIFY(f.create());
        CustomerService service(*f.session);
        QList<CustomerDraft> drafts{draft(u"Anna Berg"_s, u"020 7946 0101"_s), draft(u"Bad Phone"_s, u"12"_s)};
        auto r = service.createMany(drafts);
        QCOMPARE(r.errorCode(), Errc::Invalid);
        QVERIFY2(r.errorMessage().contains(u"2 of 2"_s), qPrintable(r.errorMessage()));
        QCOMPARE(f.customerCount(), 0);
        QVERIFY(service.createMany({}).value().isEmpty());
        QVERIFY(f.events(audit::kCustomerImported).isEmpty());
    }

    void exportMasksCardsAndTotals()
    {
        Fixture f;
        QVERIFY(f.create());
        auto anna = f.customers().create(draft(u"Anna Berg, Leeds"_s, u"020 7946 0101"_s));
        // A name a spreadsheet would run as a formula if it were written as typed.
        auto evil = f.customers().create(draft(u"=HYPERLINK(\"http://x.test\",\"Click\")"_s, u"020 7946 0102"_s));
        QVERIFY(anna.ok() && evil.ok());

        const QStringList pans{u"4242424242424242"_s, u"5555555555554444"_s, u"378282246310005"_s};
        const QStringList cvvs{u"123"_s, u"123"_s, u"1234"_s};
        OrderDraft d;
        d.customerId = anna.value();
        d.lines = {OrderLine{u"Brass hinge"_s, 2, Money::fromCents(1250)},
                   OrderLine{u"Oak plank"_s, 1, Money::fromCents(399)}};
        d.taxRateBasisPoints = 2000;
        for (int i = 0; i < pans.size(); ++i) {
            d.channel = i == 1 ? Channel::Fax : Channel::Phone;
            auto number = f.orders().create(d, card(pans.at(i), cvvs.at(i)));
            QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        }
        d.customerId = evil.value();
        QVERIFY(f.orders().create(d).ok()); // no card

        const QString path = f.tmp.filePath(u"orders.csv"_s);
        QList<std::pair<int, int>> progress;
        auto written = exportOrdersCsv(f.orders(), OrderFilter{}, path, [&progress](int done, int total) {
            progress.append({done, total});
            return true;
        });
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(written.value(), 4);
        QCOMPARE(progress, (QList<std::pair<int, int>>{{4, 4}}));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith(csv::kUtf8Bom));
        for (const QString& pan : pans) {
            QVERIFY2(!bytes.contains(pan.toLatin1()), "full card number in the export");
            // The owner exports BIN + last 4 (PCI DSS 3.4.1 by role); never more digits in a row.
            QVERIFY2(!bytes.contains(pan.right(8).toLatin1()), "more than the last 4 in the export");
            QVERIFY2(!bytes.contains(pan.left(7).toLatin1()), "more than the BIN in the export");
        }
        auto table = csv::parse(bytes);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->header, orderExportHeader());
        QCOMPARE(table->rows.size(), 4);
        const QStringList first = table->rows.at(0);
        QCOMPARE(first.at(0), u"2026-000001"_s);
        QCOMPARE(first.at(1),
                 QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC).toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
        QCOMPARE(first.at(2), u"Anna Berg, Leeds"_s);
        QCOMPARE(first.mid(5, 3), (QStringList{u"28.99"_s, u"5.80"_s, u"34.79"_s}));
        QCOMPARE(first.at(8), u"Visa 424242••••••4242"_s); // the owner's view: BIN + last 4
        QCOMPARE(first.at(9), u"3"_s);
        QCOMPARE(table->rows.at(1).at(8), u"Mastercard 555555••••••4444"_s);
        QCOMPARE(table->rows.at(2).at(8), maskBinLast4(CardBrand::Amex, u"378282"_s, u"0005"_s, 15));
        QCOMPARE(table->rows.at(3).at(8), QString());
        // The formula is neutralised, not dropped.
        QCOMPARE(table->rows.at(3).at(2), u"'=HYPERLINK(\"http://x.test\",\"Click\")"_s);
        qint64 sum = 0;
        for (const QStringList& row : table->rows)
            sum += Money::parse(row.at(7), QLocale::c()).value().cents();
        QCOMPARE(sum, 4 * 3479);

        const QList<AuditEvent> exported = f.events(audit::kOrdersExported);
        QCOMPARE(exported.size(), 1);
        QCOMPARE(exported.constFirst().details, u"rows: 4"_s);

        OrderFilter faxOnly;
        faxOnly.channels = {Channel::Fax};
        QCOMPARE(exportOrdersCsv(f.orders(), faxOnly, path).value(), 1);
    }

    void exportFailuresLeaveNoFile()
    {
        Fixture f;
        QVERIFY(f.create());
        auto id = f.customers().create(draft(u"Anna Berg"_s, u"020 7946 0101"_s));
        QVERIFY(id.ok());
        OrderDraft d;
        d.customerId = id.value();
        d.lines = {OrderLine{u"Brass hinge"_s, 1, Money::fromCents(1250)}};
        QVERIFY(f.orders().create(d).ok());

        const QString missing = f.tmp.filePath(u"no-such-folder/orders.csv"_s);
        auto r = exportOrdersCsv(f.orders(), OrderFilter{}, missing);
        QCOMPARE(r.errorCode(), Errc::Io);
        QVERIFY2(r.errorMessage().contains(u"does not exist"_s), qPrintable(r.errorMessage()));
        QVERIFY(!QFileInfo::exists(missing));

        // Cancelled: an earlier file at the same path is left exactly as it was.
        const QString path = f.tmp.filePath(u"orders.csv"_s);
        QVERIFY(csv::writeFileAtomically(path, "previous export").ok());
        auto cancelled = exportOrdersCsv(f.orders(), OrderFilter{}, path, [](int, int) { return false; });
        QCOMPARE(cancelled.errorCode(), Errc::Cancelled);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("previous export"));
        QVERIFY(f.events(audit::kOrdersExported).isEmpty());
    }

    void exportPagesThroughMoreThanOneBatch()
    {
        Fixture f;
        QVERIFY(f.create());
        auto id = f.customers().create(draft(u"Anna Berg"_s, u"020 7946 0101"_s));
        QVERIFY(id.ok());
        OrderDraft d;
        d.customerId = id.value();
        d.lines = {OrderLine{u"Brass hinge"_s, 1, Money::fromCents(100)}};
        for (int i = 0; i < kOrderExportBatch + 1; ++i)
            QVERIFY(f.orders().create(d).ok());
        QList<int> pages;
        const QString path = f.tmp.filePath(u"all.csv"_s);
        auto written = exportOrdersCsv(f.orders(), OrderFilter{}, path, [&pages](int done, int) {
            pages << done;
            return true;
        });
        QCOMPARE(written.value(), kOrderExportBatch + 1);
        QCOMPARE(pages, (QList<int>{kOrderExportBatch, kOrderExportBatch + 1}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto table = csv::parse(file.readAll());
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), kOrderExportBatch + 1);
        QCOMPARE(table->rows.constFirst().at(0), u"2026-000001"_s);
        QCOMPARE(table->rows.constLast().at(0), u"2026-001001"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_import_export.moc"
