// The customers page as a clerk uses it with a customer on the phone: keyboard only, instant
// search, inline validation, duplicate warnings, archive, lazy loading and CSV import.
#include "common/Messages.h"
#include "core/Clock.h"
#include "customers/CustomerDialog.h"
#include "customers/CustomerImportWizard.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "customers/ImportPreviewModel.h"
#include "domain/PhoneNumber.h"
#include "orders/CustomerService.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using custos::ui::CustomerDialog;
using custos::ui::CustomerListModel;
using custos::ui::CustomersPage;
using custos::ui::Messages;

namespace {

const QString kOwner = u"olivia"_s;
const QString kOwnerPassword = u"tidal-Marble-orchard-58"_s;

struct Person
{
    QString name;
    QString phone;
    QString street;
    QString city;
    QString postcode;
    QString country; // empty: keep the default
};

// Names in four scripts; numbers from the ranges regulators reserve for drama and examples.
const QList<Person> kPeople = {
    {u"Zoë Adams"_s, u"020 7946 0018"_s, u"1 Gunwharf Quays"_s, u"Portsmouth"_s, u"PO1 2AB"_s, {}},
    {u"Łukasz Nowak"_s, u"+48 22 123 45 67"_s, u"ul. Marszałkowska 10"_s, u"Warszawa"_s, u"00-590"_s, u"Poland"_s},
    {u"山田太郎"_s, u"+81 3-1234-5678"_s, u"1-1 Chiyoda"_s, u"Tokyo"_s, u"100-0001"_s, u"Japan"_s},
    {u"محمد الأحمد"_s, u"0161 496 0123"_s, u"4 Deansgate"_s, u"Manchester"_s, u"M3 2BW"_s, {}},
};

} // namespace

class TestGuiCustomers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyPageInvitesToAdd();
    void validationShowsBesideEachField();
    void createsCustomersInFourScripts();
    void instantSearchFilters();
    void keyboardOpensCustomer();
    void duplicateWarningWhileTyping();
    void unseenDuplicateStopsFirstSave();
    void archiveHidesUnlessShown();
    void newOrderForCustomer();
    void lazyLoadingFetchesPages();
    void importWizardPreviewCancelAndImport();
    void cleanupTestCase();

private:
    template <typename T>
    T* child(const QString& name) const
    {
        T* w = m_page->findChild<T*>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    CustomerDialog* visibleDialog() const;
    CustomerDialog* openNewCustomerDialog();
    // QTest::keyClicks takes Latin-1 only: other letters go as key events that carry the text,
    // as an input method delivers them.
    static void typeInto(QWidget* widget, const QString& text)
    {
        for (QChar c : text) {
            if (c.unicode() < 0x80)
                QTest::keyClick(widget, char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
    static void type(const QString& text) { typeInto(QApplication::focusWidget(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }
    static QString focusName()
    {
        return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
    }
    void typeCustomer(const Person& person);
    void search(const QString& text);
    static bool activate(QWidget* window);
    void activatePage();
    void saveGrab(QWidget* widget, const QString& name);
    int storedCount(bool includeArchived = true) const;

    QTemporaryDir m_dir;
    custos::ManualClock m_clock;
    std::unique_ptr<custos::Vault> m_vault;
    std::unique_ptr<custos::Session> m_session;
    std::unique_ptr<custos::CustomerService> m_service;
    std::unique_ptr<CustomersPage> m_page;
    CustomerListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QMap<QString, qint64> m_ids;
};

void TestGuiCustomers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    custos::BusinessProfile profile;
    profile.legalName = u"Quayside Stationers Ltd."_s;
    profile.street = u"3 Harbour Row"_s;
    profile.city = u"Falmouth"_s;
    profile.postalCode = u"TR11 3XX"_s;
    profile.country = u"United Kingdom"_s;
    profile.phone = u"+44 1326 000000"_s;
    profile.email = u"orders@quayside.example"_s;
    auto code = custos::recovery::generateCode();
    QVERIFY2(code.ok(), qPrintable(code.errorMessage()));
    custos::Vault::NewAccount owner;
    owner.username = kOwner;
    owner.fullName = u"Olivia Owner"_s;
    owner.password = custos::crypto::SecureBytes::fromUtf8(kOwnerPassword);
    owner.role = custos::Role::Owner;
    owner.mustChangePassword = false;
    auto vault = custos::Vault::create(m_dir.path() + u"/vault"_s, profile, owner, code.value(), {}, m_clock);
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    m_vault = std::move(vault.value());
    auto session = m_vault->signIn(kOwner, owner.password);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
    m_session = std::move(session.value());
    m_service = std::make_unique<custos::CustomerService>(*m_session);
    QVERIFY(m_service->setDefaultRegion(u"GB"_s).ok());

    m_page = std::make_unique<CustomersPage>(*m_session);
    m_page->resize(1000, 620);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_model = m_page->model();
    m_table = child<QTableView>(u"customersTable"_s);
    QVERIFY(m_model && m_table);
    QCOMPARE(m_table->model(), m_model);
}

CustomerDialog* TestGuiCustomers::visibleDialog() const
{
    const auto dialogs = m_page->findChildren<CustomerDialog*>();
    for (CustomerDialog* d : dialogs)
        if (d->isVisible())
            return d;
    return nullptr;
}

bool TestGuiCustomers::activate(QWidget* window)
{
    // Offscreen activation is queued: wait until it really happened, or a late activation of
    // the previous window steals the keyboard from the next one.
    window->activateWindow();
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; }, 2000);
}

void TestGuiCustomers::activatePage()
{
    QVERIFY(activate(m_page.get()));
}

CustomerDialog* TestGuiCustomers::openNewCustomerDialog()
{
    activatePage();
    QTest::keyClick(m_page.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    CustomerDialog* dialog = nullptr;
    if (!QTest::qWaitFor([&dialog, this] { return (dialog = visibleDialog()) != nullptr; }, 2000))
        qWarning("no customer dialog");
    else if (!activate(dialog))
        qWarning("the customer dialog did not become active");
    return dialog;
}

// Name, phone, street, city, region, postcode, country, email: Tab between them, as typed.
void TestGuiCustomers::typeCustomer(const Person& p)
{
    QCOMPARE(focusName(), u"nameEdit"_s);
    type(p.name);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"phoneEdit"_s);
    type(p.phone);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"streetEdit"_s);
    type(p.street);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"cityEdit"_s);
    type(p.city);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"regionEdit"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"postalCodeEdit"_s);
    type(p.postcode);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"countryEdit"_s);
    if (!p.country.isEmpty())
        type(p.country); // Tab selected the default: typing replaces it
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"emailEdit"_s);
}

void TestGuiCustomers::search(const QString& text)
{
    auto* edit = child<QLineEdit>(u"customerSearch"_s);
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        typeInto(edit, text);
    QTRY_COMPARE(m_model->queryText(), text.trimmed());
}

void TestGuiCustomers::saveGrab(QWidget* widget, const QString& name)
{
    QTest::qWait(30);
    const QString path = QCoreApplication::applicationDirPath() + u"/tst_gui_customers-"_s + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

int TestGuiCustomers::storedCount(bool includeArchived) const
{
    custos::CustomerQuery query;
    query.includeArchived = includeArchived;
    auto n = m_service->count(query);
    return n.ok() ? n.value() : -1;
}

void TestGuiCustomers::emptyPageInvitesToAdd()
{
    QCOMPARE(child<QLabel>(u"customerCountLabel"_s)->text(), u"0 customers"_s);
    auto* hint = child<QLabel>(u"customerEmptyHint"_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Ctrl+Shift+N"_s));
    QVERIFY(!child<QPushButton>(u"openCustomerButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"newOrderButton"_s)->isEnabled());
    QCOMPARE(child<QLineEdit>(u"customerSearch"_s)->placeholderText(),
             u"Search name, phone, postcode or email — Ctrl+F"_s);
}

void TestGuiCustomers::validationShowsBesideEachField()
{
    CustomerDialog* dialog = openNewCustomerDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal());
    auto* hint = dialog->findChild<QLabel*>(u"dataMinimisationHint"_s);
    QVERIFY(hint && hint->text().startsWith(u"Custos keeps only what an order needs"_s));
    // The country is filled in from the business's phone region.
    QCOMPARE(dialog->findChild<QLineEdit*>(u"countryEdit"_s)->text(), u"United Kingdom"_s);

    // Name left empty, a phone number with letters, the street given.
    press(Qt::Key_Tab);
    type(u"0800 FLOWERS"_s);
    press(Qt::Key_Tab);
    auto* phoneError = dialog->findChild<QLabel*>(u"phoneError"_s);
    QVERIFY2(phoneError->isVisible(), "a touched field shows its problem when the clerk leaves it");
    auto* nameError = dialog->findChild<QLabel*>(u"nameError"_s);
    QVERIFY2(!nameError->isVisible(), "an untouched field is not flagged before Save");
    type(u"1 Gunwharf Quays"_s);
    press(Qt::Key_Return);

    QVERIFY(dialog->isVisible());
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), u"Enter the customer's name."_s);
    QVERIFY(phoneError->isVisible() && !phoneError->text().isEmpty());
    QVERIFY(dialog->findChild<QLabel*>(u"cityError"_s)->isVisible());
    QVERIFY(dialog->findChild<QLabel*>(u"postalCodeError"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(u"streetError"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(u"emailError"_s)->isVisible());
    QVERIFY(!dialog->findChild<QLabel*>(u"countryError"_s)->isVisible());
    QCOMPARE(focusName(), u"nameEdit"_s); // the cursor goes to the first thing to fix
    QCOMPARE(storedCount(), 0);
    saveGrab(dialog, u"dialog-errors"_s);

    // Fixing a field clears its message as the clerk types.
    type(u"Z"_s);
    QVERIFY(!nameError->isVisible());

    press(Qt::Key_Escape);
    QTRY_VERIFY(!visibleDialog());
    QCOMPARE(storedCount(), 0);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestGuiCustomers::createsCustomersInFourScripts()
{
    for (const Person& p : kPeople) {
        CustomerDialog* dialog = openNewCustomerDialog();
        QVERIFY(dialog);
        QPointer<CustomerDialog> guard(dialog);
        QSignalSpy saved(dialog, &CustomerDialog::customerSaved);
        typeCustomer(p);
        press(Qt::Key_Return);
        QVERIFY2(saved.count() == 1, qPrintable(p.name));
        const qint64 id = saved.at(0).at(0).toLongLong();
        QVERIFY(id > 0);
        QTRY_VERIFY(!visibleDialog());
        m_ids.insert(p.name, id);

        auto stored = m_service->get(id);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        QCOMPARE(stored->name, p.name);
        QCOMPARE(stored->postalCode, p.postcode);
        QCOMPARE(stored->country, p.country.isEmpty() ? u"United Kingdom"_s : p.country);
        auto e164 = custos::normalizePhone(p.phone, u"GB"_s);
        QVERIFY(e164.ok());
        QCOMPARE(stored->phoneE164, e164.value());

        // Listed and selected.
        const int row = m_model->rowOf(id);
        QVERIFY(row >= 0);
        QCOMPARE(m_model->index(row, CustomerListModel::NameColumn).data().toString(), p.name);
        QCOMPARE(m_page->currentCustomerId(), std::optional<qint64>(id));
    }
    QCOMPARE(m_model->rowCount(), kPeople.size());
    QCOMPARE(child<QLabel>(u"customerCountLabel"_s)->text(), u"4 customers"_s);
    QVERIFY(!child<QLabel>(u"customerEmptyHint"_s)->isVisible());
    // UK numbers in national form, foreign ones with their country code.
    const int zoe = m_model->rowOf(m_ids.value(u"Zoë Adams"_s));
    QCOMPARE(m_model->index(zoe, CustomerListModel::PhoneColumn).data().toString(), u"020 7946 0018"_s);
    const int lukasz = m_model->rowOf(m_ids.value(u"Łukasz Nowak"_s));
    QVERIFY(m_model->index(lukasz, CustomerListModel::PhoneColumn).data().toString().startsWith(u"+48"_s));
}

void TestGuiCustomers::instantSearchFilters()
{
    search(u"zo"_s); // two letters alone: a whole word, and nobody is called "Zo"
    QTRY_COMPARE(m_model->rowCount(), 0);
    QVERIFY(child<QLabel>(u"customerEmptyHint"_s)->text().contains(u"third letter"_s));
    search(u"zoe"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->customer(0).name, u"Zoë Adams"_s);
    QCOMPARE(child<QLabel>(u"customerCountLabel"_s)->text(), u"1 customer"_s);
    search(u"luk"_s); // Ł folds to L
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->customer(0).name, u"Łukasz Nowak"_s);
    search(u"山田"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    search(u"محمد"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    search(u"020 7946"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->customer(0).name, u"Zoë Adams"_s);
    search(u"0161 496"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->customer(0).name, u"محمد الأحمد"_s);
    search(u"po1"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    search(u"nobody-here"_s);
    QTRY_COMPARE(m_model->rowCount(), 0);
    QVERIFY(child<QLabel>(u"customerEmptyHint"_s)->isVisible());
    saveGrab(m_page.get(), u"page-no-match"_s);

    // Esc in the search field clears it: everyone again.
    QTest::keyClick(child<QLineEdit>(u"customerSearch"_s), Qt::Key_Escape);
    QCOMPARE(child<QLineEdit>(u"customerSearch"_s)->text(), QString());
    QCOMPARE(m_model->rowCount(), kPeople.size());
}

void TestGuiCustomers::keyboardOpensCustomer()
{
    activatePage();
    QTest::keyClick(m_page.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(focusName(), u"customerSearch"_s);
    type(u"ada"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    press(Qt::Key_Escape);
    QCOMPARE(m_model->rowCount(), kPeople.size());

    // Down moves into the list, on the first row; Enter opens it.
    press(Qt::Key_Down);
    QCOMPARE(focusName(), u"customersTable"_s);
    QCOMPARE(m_table->currentIndex().row(), 0);
    press(Qt::Key_Down);
    QCOMPARE(m_table->currentIndex().row(), 1);
    const qint64 id = m_model->customer(1).id;
    QVERIFY(child<QPushButton>(u"openCustomerButton"_s)->isEnabled());
    saveGrab(m_page.get(), u"page"_s);
    press(Qt::Key_Return);
    CustomerDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
    QCOMPARE(dialog->customerId(), std::optional<qint64>(id));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameEdit"_s)->text(), m_model->customer(1).name);
    QVERIFY(dialog->windowTitle().startsWith(u"Edit customer"_s));
    QVERIFY(activate(dialog));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!visibleDialog());

    // Enter in the search field with exactly one match opens it at once.
    search(u"nowak"_s);
    QTest::keyClick(child<QLineEdit>(u"customerSearch"_s), Qt::Key_Return);
    QTRY_VERIFY((dialog = visibleDialog()) != nullptr);
    QCOMPARE(dialog->customerId(), std::optional<qint64>(m_ids.value(u"Łukasz Nowak"_s)));
    QVERIFY(activate(dialog));
    // An edit by keyboard: a new email, Enter saves.
    auto* email = dialog->findChild<QLineEdit*>(u"emailEdit"_s);
    email->setFocus();
    type(u"lukasz@example.pl"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!visibleDialog());
    QCOMPARE(m_service->get(m_ids.value(u"Łukasz Nowak"_s))->email, u"lukasz@example.pl"_s);
    search(QString());
    QCOMPARE(m_model->rowCount(), kPeople.size());
}

void TestGuiCustomers::duplicateWarningWhileTyping()
{
    CustomerDialog* dialog = openNewCustomerDialog();
    QVERIFY(dialog);
    auto* panel = dialog->findChild<QFrame*>(u"duplicatePanel"_s);
    QVERIFY(panel && !panel->isVisible());
    type(u"Zoe Adamson"_s);
    press(Qt::Key_Tab);
    type(u"+44 20 7946 0018"_s); // Zoë's number, typed the international way
    QTRY_VERIFY(panel->isVisible());
    const QString text = dialog->findChild<QLabel*>(u"duplicateLabel"_s)->text();
    QVERIFY2(text.startsWith(u"Possible duplicate: Zoë Adams, +44 20 7946 0018, PO1 2AB"_s), qPrintable(text));
    press(Qt::Key_Tab);
    // Normalised when the clerk moves on.
    QCOMPARE(dialog->findChild<QLineEdit*>(u"phoneEdit"_s)->text(), u"+44 20 7946 0018"_s);
    type(u"2 Gunwharf Quays"_s);
    saveGrab(dialog, u"dialog-duplicate"_s);

    // "Open it": the dialog now edits the existing customer.
    dialog->findChild<QPushButton*>(u"openDuplicateButton"_s)->click();
    QCOMPARE(dialog->customerId(), std::optional<qint64>(m_ids.value(u"Zoë Adams"_s)));
    QCOMPARE(dialog->findChild<QLineEdit*>(u"nameEdit"_s)->text(), u"Zoë Adams"_s);
    QCOMPARE(dialog->findChild<QLineEdit*>(u"streetEdit"_s)->text(), u"1 Gunwharf Quays"_s);
    QVERIFY(!panel->isVisible());
    dialog->findChild<QLineEdit*>(u"nameEdit"_s)->setFocus();
    press(Qt::Key_Return); // nothing changed: saves nothing, returns the existing customer
    QTRY_VERIFY(!visibleDialog());
    QCOMPARE(dialog->savedCustomerId(), m_ids.value(u"Zoë Adams"_s));
    QCOMPARE(storedCount(), kPeople.size());
}

void TestGuiCustomers::unseenDuplicateStopsFirstSave()
{
    // Typed faster than the check runs: the first Enter shows the warning instead of saving,
    // the second saves (the clerk has seen it: a different person with the same number).
    CustomerDialog* dialog = openNewCustomerDialog();
    QVERIFY(dialog);
    QSignalSpy saved(dialog, &CustomerDialog::customerSaved);
    typeCustomer({u"Mohammed Ahmed"_s, u"01614960123"_s, u"5 Deansgate"_s, u"Manchester"_s, u"M3 2BW"_s, {}});
    press(Qt::Key_Return);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog->findChild<QFrame*>(u"duplicatePanel"_s)->isVisible());
    QCOMPARE(dialog->duplicates().size(), 1);
    QCOMPARE(dialog->duplicates().first().id, m_ids.value(u"محمد الأحمد"_s));
    QCOMPARE(focusName(), u"saveAnywayButton"_s);
    press(Qt::Key_Return);
    QCOMPARE(saved.count(), 1);
    QTRY_VERIFY(!visibleDialog());
    QCOMPARE(storedCount(), kPeople.size() + 1);
    m_ids.insert(u"Mohammed Ahmed"_s, saved.at(0).at(0).toLongLong());
}

void TestGuiCustomers::archiveHidesUnlessShown()
{
    const qint64 id = m_ids.value(u"Łukasz Nowak"_s);
    const int before = m_model->rowCount();
    activatePage();
    m_table->setFocus();
    m_table->selectRow(m_model->rowOf(id));
    auto* archiveButton = child<QPushButton>(u"archiveCustomerButton"_s);
    QCOMPARE(archiveButton->text(), u"Archive"_s);

    // Cancelled: nothing changes.
    Messages::nextAnswer = QMessageBox::Cancel;
    QTest::keyClick(m_table, Qt::Key_Delete);
    QVERIFY(!Messages::nextAnswer);
    QVERIFY(Messages::lastText.contains(u"Łukasz Nowak"_s));
    QCOMPARE(m_model->rowCount(), before);

    Messages::nextAnswer = QMessageBox::Ok;
    QTest::keyClick(m_table, Qt::Key_Delete);
    QCOMPARE(m_model->rowCount(), before - 1);
    QCOMPARE(m_model->rowOf(id), -1);
    QVERIFY(m_service->get(id)->archived);
    QVERIFY(m_page->currentCustomerId().has_value()); // the next row is selected

    child<QCheckBox>(u"showArchivedCheck"_s)->setChecked(true);
    QCOMPARE(m_model->rowCount(), before);
    const int row = m_model->rowOf(id);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, CustomerListModel::NameColumn).data().toString(), u"Łukasz Nowak (archived)"_s);
    m_table->selectRow(row);
    QCOMPARE(archiveButton->text(), u"Restore"_s);
    QVERIFY2(!child<QPushButton>(u"newOrderButton"_s)->isEnabled(), "archived customers get no new orders");
    saveGrab(m_page.get(), u"page-archived"_s);

    Messages::nextAnswer = QMessageBox::Ok;
    archiveButton->click();
    QVERIFY(!m_service->get(id)->archived);
    QCOMPARE(archiveButton->text(), u"Archive"_s);
    child<QCheckBox>(u"showArchivedCheck"_s)->setChecked(false);
    QCOMPARE(m_model->rowCount(), before);
}

void TestGuiCustomers::newOrderForCustomer()
{
    QSignalSpy spy(m_page.get(), &CustomersPage::newOrderRequested);
    const qint64 id = m_ids.value(u"Zoë Adams"_s);
    activatePage();
    m_table->setFocus();
    m_table->selectRow(m_model->rowOf(id));
    QTest::keyClick(m_table, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toLongLong(), id);
    child<QPushButton>(u"newOrderButton"_s)->click();
    QCOMPARE(spy.count(), 2);
}

void TestGuiCustomers::lazyLoadingFetchesPages()
{
    QList<custos::CustomerDraft> drafts;
    for (int i = 0; i < 450; ++i) {
        custos::CustomerDraft d;
        d.name = u"Bulk Customer %1"_s.arg(i, 3, 10, QLatin1Char('0'));
        d.street = u"%1 Long Road"_s.arg(i + 1);
        d.city = u"Leeds"_s;
        d.postalCode = u"LS1 4AP"_s;
        d.country = u"United Kingdom"_s;
        d.phone = u"0113 496 %1"_s.arg(i, 4, 10, QLatin1Char('0'));
        drafts << d;
    }
    auto ids = m_service->createMany(drafts);
    QVERIFY2(ids.ok(), qPrintable(ids.errorMessage()));
    const int total = storedCount(false);
    QCOMPARE(total, 450 + kPeople.size() + 1);

    m_page->refresh();
    QCOMPARE(m_model->totalCount(), total);
    QCOMPARE(m_model->rowCount(), CustomerListModel::kPageSize);
    QCOMPARE(child<QLabel>(u"customerCountLabel"_s)->text(), u"%1 customers"_s.arg(total));
    QVERIFY(m_model->canFetchMore({}));

    m_table->scrollToBottom();
    QTRY_COMPARE(m_model->rowCount(), 2 * CustomerListModel::kPageSize);
    m_table->scrollToBottom();
    QTRY_COMPARE(m_model->rowCount(), total);
    QVERIFY(!m_model->canFetchMore({}));

    // A search is not counted ahead (as costly as the search itself): "200+" until the last page.
    search(u"bulk"_s);
    QTRY_COMPARE(m_model->rowCount(), CustomerListModel::kPageSize);
    QCOMPARE(m_model->totalCount(), -1);
    QCOMPARE(child<QLabel>(u"customerCountLabel"_s)->text(),
             u"200+ customers — scroll for more, or type more to narrow"_s);
    m_table->scrollToBottom();
    QTRY_COMPARE(m_model->rowCount(), 2 * CustomerListModel::kPageSize);
    m_table->scrollToBottom();
    QTRY_COMPARE(m_model->totalCount(), 450);
    QCOMPARE(m_model->rowCount(), 450);
    QCOMPARE(child<QLabel>(u"customerCountLabel"_s)->text(), u"450 customers"_s);
    search(QString());
}

void TestGuiCustomers::importWizardPreviewCancelAndImport()
{
    const QString path = m_dir.path() + u"/customers.csv"_s;
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Name,Street,City,Postcode,Country,Phone,Email,Loyalty points\r\n"
               "Ada Lovelace,12 St James's Square,London,SW1Y 4JH,United Kingdom,020 7946 0301,ada@example.org,10\r\n"
               "Brünhilde Müller,Hauptstraße 5,London,E1 6AN,United Kingdom,020 7946 0302,,3\r\n"
               "Carlos Ruiz,1 Calle Mayor,London,N1 9GU,United Kingdom,0800 FLOWERS,,0\r\n"
               "Zoë Adams,1 Gunwharf Quays,Portsmouth,PO1 2AB,United Kingdom,020 7946 0018,,7\r\n"
               ",5 Nameless Way,London,E2 7AA,United Kingdom,020 7946 0303,,1\r\n"
               "Dara Ó Briain,7 Harbour St,London,SE1 9SG,United Kingdom,020 7946 0304,dara@example.ie,2\r\n");
    file.close();
    const int before = storedCount();

    activatePage();
    child<QPushButton>(u"importCsvButton"_s)->click();
    custos::ui::CustomerImportWizard* wizard = nullptr;
    QTRY_VERIFY((wizard = m_page->findChild<custos::ui::CustomerImportWizard*>()) != nullptr);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->currentId(), int(custos::ui::CustomerImportWizard::FilePage));

    // A path that is not there: an inline message, the wizard stays.
    wizard->setFileForTest(m_dir.path() + u"/missing.csv"_s);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(custos::ui::CustomerImportWizard::FilePage));
    QVERIFY(wizard->findChild<QLabel*>(u"importFileError"_s)->isVisible());

    wizard->setFileForTest(path);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(custos::ui::CustomerImportWizard::PreviewPage));
    const custos::CustomerImport* import = wizard->currentImport();
    QVERIFY(import);
    QCOMPARE(import->rows().size(), 6);
    QCOMPARE(import->validCount(), 3);
    QCOMPARE(import->problemCount(), 3);
    const QString summary = wizard->findChild<QLabel*>(u"importSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u"6 rows in the file: 3 customers will be imported, 3 rows skipped"_s),
             qPrintable(summary));
    QVERIFY(wizard->findChild<QLabel*>(u"importIgnoredLabel"_s)->text().contains(u"Loyalty points"_s));
    auto* table = wizard->findChild<QTableView*>(u"importPreviewTable"_s);
    QAbstractItemModel* preview = table->model();
    QCOMPARE(preview->rowCount(), 6);
    using P = custos::ui::ImportPreviewModel;
    QCOMPARE(preview->index(0, P::StatusColumn).data().toString(), u"Will import"_s);
    QCOMPARE(preview->index(2, P::LineColumn).data().toInt(), 4); // the header is line 1
    QVERIFY(preview->index(2, P::StatusColumn).data().toString().startsWith(u"Skipped: Phone"_s));
    QCOMPARE(preview->index(3, P::StatusColumn).data().toString(),
             u"Skipped: already in the vault as Zoë Adams, PO1 2AB"_s);
    QVERIFY(preview->index(4, P::StatusColumn).data().toString().contains(u"Name"_s));
    // The first row to look at is current, its reasons in full under the table.
    QCOMPARE(table->currentIndex().row(), 2);
    const QString details = wizard->findChild<QLabel*>(u"importRowDetails"_s)->text();
    QVERIFY2(details.startsWith(u"Line 4: Skipped: Phone: "_s), qPrintable(details));
    saveGrab(wizard, u"import-preview"_s);

    // Cancel in the progress dialog: nothing imported, the preview stays.
    bool cancelled = false;
    QTimer::singleShot(0, wizard, [wizard, &cancelled] {
        if (auto* progress = wizard->findChild<QProgressDialog*>(u"importProgress"_s)) {
            progress->cancel();
            cancelled = true;
        }
    });
    wizard->next();
    QVERIFY(cancelled);
    QCOMPARE(wizard->currentId(), int(custos::ui::CustomerImportWizard::PreviewPage));
    QCOMPARE(wizard->findChild<QLabel*>(u"importStatusLabel"_s)->text(), u"Nothing was imported."_s);
    QCOMPARE(storedCount(), before);
    QCOMPARE(wizard->importedCount(), -1);

    // Import for real.
    wizard->next();
    QCOMPARE(wizard->currentId(), int(custos::ui::CustomerImportWizard::DonePage));
    QCOMPARE(wizard->importedCount(), 3);
    QCOMPARE(wizard->findChild<QLabel*>(u"importResultLabel"_s)->text(), u"Imported 3 customers; 3 rows skipped."_s);
    QCOMPARE(storedCount(), before + 3);
    saveGrab(wizard, u"import-done"_s);
    wizard->accept();
    QTRY_VERIFY(!m_page->findChild<custos::ui::CustomerImportWizard*>());

    QCOMPARE(m_model->totalCount(), before + 3);
    search(u"brunhilde"_s);
    QTRY_COMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->customer(0).name, u"Brünhilde Müller"_s);
    search(QString());
}

void TestGuiCustomers::cleanupTestCase()
{
    m_page.reset();
    m_service.reset();
    m_session.reset();
    m_vault.reset();
}

QTEST_MAIN(TestGuiCustomers)
#include "tst_gui_customers.moc"
