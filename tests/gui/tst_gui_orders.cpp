// The order desk, driven by keyboard as a clerk with a customer on the line would: Ctrl+N,
// find the customer, type the lines and the card, Enter. Then what was stored, what is left in
// the widgets, card and expiry errors, undo, the list with its filters, the detail dialog with
// a status change, the CSV export, and the lock that takes the whole workspace away.
#include "app/AppController.h"
#include "common/Messages.h"
#include "core/Clock.h"
#include "customers/CustomersPage.h"
#include "main/HomePage.h"
#include "main/MainWindow.h"
#include "orders/CardSection.h"
#include "orders/CustomerLookup.h"
#include "orders/CustomerService.h"
#include "orders/OrderDetailDialog.h"
#include "orders/OrderEditor.h"
#include "orders/OrderLinesModel.h"
#include "orders/OrderListModel.h"
#include "orders/OrderService.h"
#include "orders/OrdersPage.h"
#include "support/GuiSupport.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using custos::ui::AppController;
using custos::ui::MainWindow;
using custos::ui::OrderEditor;

namespace {

const QString kOwner = u"olivia"_s;
const QString kOwnerPassword = u"tidal-Marble-orchard-58"_s;
const QString kBusiness = u"Quayside Stationers Ltd."_s;
const QString kPan = u"4242424242424242"_s;
const QString kPanTyped = u"4242 4242 4242 4242"_s;
const QString kCvv = u"123"_s;

} // namespace

class TestGuiOrders : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void navigationByKeyboard();
    void phoneOrderByKeyboard();
    void invalidCardNumberIsRefusedBesideTheField();
    void expiredCardIsRefused();
    void undoAndRedoLineEdits();
    void escapeAsksOnlyWhenSomethingWasTyped();
    void newOrderFromCustomersPage();
    void ordersListShowsTheOrder();
    void statusFilterNarrowsTheList();
    void detailDialogChangesStatus();
    void exportWritesMaskedCsv();
    void listReadsPageByPage();
    void lockDestroysPagesAndEditor();
    void cleanupTestCase();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    custos::Session& session() const { return *m_controller->session(); }
    template <typename T>
    T* in(QWidget* parent, const QString& name) const
    {
        T* w = parent->findChild<T*>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    static QWidget* topLevel(const QString& objectName);
    bool activateMain();
    static QWidget* focus() { return QApplication::focusWidget(); }
    static QString focusName() { return focus() ? focus()->objectName() : QString(); }
    // Types into whatever has the keyboard focus, one key at a time, as a person would.
    static void type(const QString& text);
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void typeSignIn(const QString& username, const QString& password);
    OrderEditor* openEditor();
    void pickCustomer(OrderEditor* editor, const QString& typed);
    int orderCount() const;
    void saveGrab(QWidget* widget, const QString& name);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    custos::ManualClock m_clock;
    qint64 m_zoe = 0;
    qint64 m_arthur = 0;
    QString m_phoneOrder;
    QString m_otherOrder;
    std::unique_ptr<AppController> m_controller;
};

QWidget* TestGuiOrders::topLevel(const QString& objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

bool TestGuiOrders::activateMain()
{
    window()->activateWindow();
    return QTest::qWaitFor([this] { return QApplication::activeWindow() == window(); });
}

void TestGuiOrders::type(const QString& text)
{
    for (QChar c : text) {
        QWidget* target = focus();
        QVERIFY2(target, "nothing has the keyboard focus");
        QTest::keyClicks(target, QString(c));
    }
}

void TestGuiOrders::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focus();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestGuiOrders::typeSignIn(const QString& username, const QString& password)
{
    QVERIFY(custos::test::typeSignIn(window(), username, password));
}

OrderEditor* TestGuiOrders::openEditor()
{
    if (!activateMain())
        return nullptr;
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier);
    OrderEditor* editor = window()->orderEditor();
    // Activation is asynchronous; a dialog counts as "active" with its parent, so wait for the real thing.
    if (!editor || !editor->isVisible() ||
        !QTest::qWaitFor([editor] { return QApplication::activeWindow() == editor; }))
        return nullptr;
    return editor;
}

void TestGuiOrders::pickCustomer(OrderEditor* editor, const QString& typed)
{
    QCOMPARE(focusName(), u"customerLookup"_s);
    type(typed);
    auto* suggestions = in<QListWidget>(editor, u"customerSuggestions"_s);
    QVERIFY(suggestions && suggestions->isVisible());
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(!suggestions->isVisible());
}

int TestGuiOrders::orderCount() const
{
    auto count = custos::OrderService(session()).count({});
    return count ? count.value() : -1;
}

void TestGuiOrders::saveGrab(QWidget* widget, const QString& name)
{
    QTest::qWait(30);
    const QString path = QCoreApplication::applicationDirPath() + u"/tst_gui_orders-"_s + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestGuiOrders::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.path() + u"/vault"_s;

    custos::BusinessProfile profile;
    profile.legalName = kBusiness;
    profile.city = u"Falmouth"_s;
    profile.country = u"United Kingdom"_s;
    profile.phone = u"+44 1326 000000"_s;
    custos::Vault::NewAccount owner;
    owner.username = kOwner;
    owner.fullName = u"Olivia Owner"_s;
    owner.password = custos::crypto::SecureBytes::fromUtf8(kOwnerPassword);
    owner.role = custos::Role::Owner;
    owner.mustChangePassword = false;
    {
        auto vault =
            custos::Vault::create(m_vaultDir, profile, owner, custos::recovery::generateCode().value(), {}, m_clock);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        auto signedIn = vault.value()->signIn(kOwner, owner.password);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
        custos::CustomerService customers(*signedIn.value());
        custos::CustomerDraft zoe;
        zoe.name = u"Zoë Smith"_s;
        zoe.street = u"12 Quay Street"_s;
        zoe.city = u"Portsmouth"_s;
        zoe.postalCode = u"PO1 2AB"_s;
        zoe.country = u"United Kingdom"_s;
        zoe.phone = u"+44 20 7946 0018"_s;
        auto zoeId = customers.create(zoe);
        QVERIFY2(zoeId.ok(), qPrintable(zoeId.errorMessage()));
        m_zoe = zoeId.value();
        custos::CustomerDraft arthur = zoe;
        arthur.name = u"Arthur Penhaligon"_s;
        arthur.phone = u"+44 20 7946 0019"_s;
        auto arthurId = customers.create(arthur);
        QVERIFY2(arthurId.ok(), qPrintable(arthurId.errorMessage()));
        m_arthur = arthurId.value();
    }

    custos::ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    typeSignIn(kOwner, kOwnerPassword);
    QVERIFY(m_controller->session());
    QVERIFY(window()->isWorkspaceShown());
}

void TestGuiOrders::navigationByKeyboard()
{
    QVERIFY(activateMain());
    QVERIFY(window()->homePage()->isVisible());
    QTest::keyClick(window(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"customers"_s);
    QVERIFY(window()->customersPage()->isVisible());
    QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"orders"_s);
    QVERIFY(window()->ordersPage()->isVisible());
    QCOMPARE(focusName(), u"ordersTable"_s);
    QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"home"_s);
    QVERIFY(window()->homePage()->isVisible());
    QCOMPARE(in<QListWidget>(window(), u"navList"_s)->currentRow(), 0);
    QVERIFY(window()->newOrderAction()->isEnabled());
}

void TestGuiOrders::phoneOrderByKeyboard()
{
    OrderEditor* editor = openEditor();
    QVERIFY(editor);
    QCOMPARE(editor->objectName(), u"orderEditor"_s);
    QVERIFY(in<QLabel>(editor, u"phoneScriptLabel"_s)->text().startsWith(u"Read the privacy notice: "_s));
    QVERIFY(in<QLabel>(editor, u"phoneScriptLabel"_s)->text().contains(kBusiness));
    saveGrab(editor, u"editor-empty"_s);

    pickCustomer(editor, u"smi"_s);
    QCOMPARE(editor->customerLookup()->customerId(), m_zoe);
    QCOMPARE(in<QLineEdit>(editor, u"customerLookup"_s)->text(), u"Zoë Smith"_s);

    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"linesTable"_s);
    type(u"Brass hinge"_s);
    press(Qt::Key_Tab);
    type(u"2"_s);
    press(Qt::Key_Tab);
    type(u"12.50"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"panEdit"_s);
    QCOMPARE(in<QLabel>(editor, u"totalLabel"_s)->text(), u"25.00"_s);

    auto* pan = in<QLineEdit>(editor, u"panEdit"_s);
    type(kPanTyped);
    QCOMPARE(pan->text(), kPanTyped);
    QGuiApplication::clipboard()->clear();
    press(Qt::Key_A, Qt::ControlModifier);
    press(Qt::Key_C, Qt::ControlModifier); // refused: the number never reaches the clipboard
    QVERIFY(!QGuiApplication::clipboard()->text().contains(u"4242"_s));
    press(Qt::Key_End);
    QCOMPARE(in<QLabel>(editor, u"cardBrandLabel"_s)->text(), u"Visa"_s);
    QCOMPARE(in<QLabel>(editor, u"cardLuhnLabel"_s)->text(), u"✓"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"expiryEdit"_s);
    // Out of the clerk's reach as soon as the field is left: only the last 4 are shown.
    QCOMPARE(pan->text(), u"•••• 4242"_s);
    QVERIFY(editor->cardSection()->isPanMasked());
    type(u"12/29"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"holderEdit"_s);
    type(u"Zoe Smith"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"cvvEdit"_s);
    type(kCvv);
    saveGrab(editor, u"editor-filled"_s);

    const int before = orderCount();
    press(Qt::Key_Return);
    QCOMPARE(orderCount(), before + 1);
    m_phoneOrder = editor->lastSavedNumber();
    QVERIFY(!m_phoneOrder.isEmpty());
    QCOMPARE(in<QLabel>(editor, u"orderSavedLabel"_s)->text(), u"Order %1 saved"_s.arg(m_phoneOrder));
    QVERIFY(editor->isVisible()); // ready for the next call
    QCOMPARE(focusName(), u"customerLookup"_s);

    auto stored = custos::OrderService(session()).getByNumber(m_phoneOrder);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    const custos::Order& order = stored.value();
    QCOMPARE(order.customerId, m_zoe);
    QCOMPARE(order.channel, custos::Channel::Phone);
    QCOMPARE(order.status, custos::OrderStatus::Received);
    QCOMPARE(order.lines.size(), qsizetype(1));
    QCOMPARE(order.lines.at(0).description, u"Brass hinge"_s);
    QCOMPARE(order.lines.at(0).quantity, qint64(2));
    QCOMPARE(order.lines.at(0).unitPrice.cents(), qint64(1250));
    QCOMPARE(order.totals.total.cents(), qint64(2500));
    QVERIFY(order.card.has_value());
    QCOMPARE(order.card->brand, custos::CardBrand::Visa);
    QCOMPARE(order.card->last4, u"4242"_s);
    QCOMPARE(order.card->expiry.month, 12);
    QCOMPARE(order.card->expiry.year, 2029);
    QCOMPARE(order.card->holderName, u"Zoe Smith"_s);
    QVERIFY(order.card->hasSealedPan);

    // Nothing in the editor still shows the number or the security code.
    const auto edits = editor->findChildren<QLineEdit*>();
    for (const QLineEdit* edit : edits) {
        QVERIFY2(!edit->text().contains(kPan) && !edit->text().contains(kPanTyped), qPrintable(edit->objectName()));
        QVERIFY2(!edit->text().contains(kCvv), qPrintable(edit->objectName()));
        QVERIFY2(edit->text().isEmpty() || edit->objectName() == u"taxRateEdit"_s, qPrintable(edit->objectName()));
    }
    const auto labels = editor->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        QVERIFY2(!label->text().contains(kPan) && !label->text().contains(kPanTyped), qPrintable(label->objectName()));
    for (const QPlainTextEdit* text : editor->findChildren<QPlainTextEdit*>())
        QVERIFY(!text->toPlainText().contains(kPan));
    QVERIFY(!editor->cardSection()->isPanMasked());
    QVERIFY(!editor->cardSection()->hasInput());
    QVERIFY(!editor->hasInput());
}

void TestGuiOrders::invalidCardNumberIsRefusedBesideTheField()
{
    OrderEditor* editor = window()->orderEditor();
    QVERIFY(editor && editor->isVisible());
    pickCustomer(editor, u"smi"_s);
    press(Qt::Key_Tab);
    type(u"Paper"_s);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // quantity stays 1
    type(u"3.40"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"panEdit"_s);
    type(u"4242 4242 4242 4243"_s); // one digit off
    QCOMPARE(in<QLabel>(editor, u"cardLuhnLabel"_s)->text(), u"✗"_s);
    press(Qt::Key_Tab);
    auto* panError = in<QLabel>(editor, u"panError"_s);
    QVERIFY(panError->isVisible());
    QVERIFY2(panError->text().contains(u"not valid"_s), qPrintable(panError->text()));
    QVERIFY(!editor->cardSection()->isPanMasked());
    type(u"12/29"_s);
    press(Qt::Key_Tab);
    type(u"Zoe Smith"_s);
    press(Qt::Key_Tab);
    type(kCvv);

    const int before = orderCount();
    press(Qt::Key_Return);
    QCOMPARE(orderCount(), before);
    QVERIFY(in<QLabel>(editor, u"orderSavedLabel"_s)->text().isEmpty());
    QVERIFY(panError->isVisible());
    QCOMPARE(focusName(), u"panEdit"_s); // the cursor goes to what needs fixing
    QVERIFY(!topLevel(u"qt_msgbox"_s));
    saveGrab(editor, u"editor-errors"_s);
}

void TestGuiOrders::expiredCardIsRefused()
{
    OrderEditor* editor = window()->orderEditor();
    QCOMPARE(focusName(), u"panEdit"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(kPanTyped);
    press(Qt::Key_Tab);
    QVERIFY(editor->cardSection()->isPanMasked());
    QVERIFY(!in<QLabel>(editor, u"panError"_s)->isVisible());
    QCOMPARE(focusName(), u"expiryEdit"_s);
    press(Qt::Key_A, Qt::ControlModifier);
    type(u"01/20"_s);
    press(Qt::Key_Tab);
    auto* expiryError = in<QLabel>(editor, u"expiryError"_s);
    QVERIFY(expiryError->isVisible());
    QVERIFY2(expiryError->text().contains(u"expired"_s), qPrintable(expiryError->text()));

    const int before = orderCount();
    press(Qt::Key_Return);
    QCOMPARE(orderCount(), before);
    QVERIFY(expiryError->isVisible());
    QCOMPARE(focusName(), u"expiryEdit"_s);
    saveGrab(editor, u"editor-expired"_s);

    // Esc with a form full of card data: confirmed, and everything is wiped.
    custos::ui::Messages::nextAnswer = QMessageBox::Ok;
    press(Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QVERIFY(in<QLineEdit>(editor, u"cvvEdit"_s)->text().isEmpty());
    QVERIFY(in<QLineEdit>(editor, u"panEdit"_s)->text().isEmpty());
    QVERIFY(!editor->cardSection()->isPanMasked());
}

void TestGuiOrders::undoAndRedoLineEdits()
{
    OrderEditor* editor = openEditor();
    QVERIFY(editor);
    custos::ui::OrderLinesModel* lines = editor->linesModel();
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"linesTable"_s);
    type(u"Envelopes"_s);
    press(Qt::Key_Tab);
    type(u"3"_s);
    press(Qt::Key_Return); // ends the cell (the view closes its editor on the next turn of the event loop)
    QTRY_COMPARE(focusName(), u"linesTable"_s);
    QCOMPARE(lines->lines().size(), qsizetype(1));
    QCOMPARE(lines->lines().at(0).quantity, qint64(3));

    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines->lines().at(0).quantity, qint64(1));
    QCOMPARE(lines->lines().at(0).description, u"Envelopes"_s);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(lines->lines().at(0).quantity, qint64(3));

    press(Qt::Key_Insert);
    QCOMPARE(lines->rowCount(), 2);
    type(u"Stamps"_s);
    press(Qt::Key_Return, Qt::ControlModifier); // ends the cell and adds another line
    QCOMPARE(lines->rowCount(), 3);
    QCOMPARE(lines->lines().size(), qsizetype(2));
    press(Qt::Key_Delete);
    QCOMPARE(lines->rowCount(), 2);
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(lines->rowCount(), 3);

    // Undo everything: the form is empty again, so Esc closes without asking.
    while (lines->hasInput())
        press(Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!editor->hasInput());
    custos::ui::Messages::lastText.clear();
    press(Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QVERIFY(custos::ui::Messages::lastText.isEmpty());
}

void TestGuiOrders::escapeAsksOnlyWhenSomethingWasTyped()
{
    OrderEditor* editor = openEditor();
    QVERIFY(editor);
    type(u"Arth"_s);
    press(Qt::Key_Escape); // first closes the suggestions
    QVERIFY(editor->isVisible());
    custos::ui::Messages::nextAnswer = QMessageBox::Cancel;
    press(Qt::Key_Escape);
    QVERIFY(editor->isVisible());
    QVERIFY(custos::ui::Messages::lastText.contains(u"lost"_s));
    QCOMPARE(in<QLineEdit>(editor, u"customerLookup"_s)->text(), u"Arth"_s);
    custos::ui::Messages::nextAnswer = QMessageBox::Ok;
    press(Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
    QVERIFY(in<QLineEdit>(editor, u"customerLookup"_s)->text().isEmpty());
}

void TestGuiOrders::newOrderFromCustomersPage()
{
    // "New order for this customer" on the Customers page opens the editor with the customer
    // chosen and the cursor in the first line.
    QVERIFY(activateMain());
    emit window()->customersPage()->newOrderRequested(m_arthur);
    OrderEditor* editor = window()->orderEditor();
    QVERIFY(editor && editor->isVisible());
    QTRY_VERIFY(QApplication::activeWindow() == editor);
    QCOMPARE(editor->customerLookup()->customerId(), m_arthur);
    QCOMPARE(focusName(), u"linesTable"_s);
    custos::ui::Messages::nextAnswer = QMessageBox::Ok;
    press(Qt::Key_Escape);
    QTRY_VERIFY(!editor->isVisible());
}

void TestGuiOrders::ordersListShowsTheOrder()
{
    QVERIFY(activateMain());
    QTest::keyClick(window(), Qt::Key_3, Qt::ControlModifier);
    custos::ui::OrdersPage* page = window()->ordersPage();
    QVERIFY(page && page->isVisible());
    custos::ui::OrderListModel* model = page->model();
    QCOMPARE(model->rowCount(), 1);
    using Col = custos::ui::OrderListModel;
    QCOMPARE(model->index(0, Col::NumberColumn).data().toString(), m_phoneOrder);
    QCOMPARE(model->index(0, Col::CustomerColumn).data().toString(), u"Zoë Smith"_s);
    QCOMPARE(model->index(0, Col::ChannelColumn).data().toString(), u"Phone"_s);
    QCOMPARE(model->index(0, Col::StatusColumn).data().toString(), u"Received"_s);
    QCOMPARE(model->index(0, Col::TotalColumn).data().toString(), u"25.00"_s);
    // The owner sees BIN + last 4 (a clerk last 4 only: tst_gui_reveal).
    QCOMPARE(model->index(0, Col::CardColumn).data().toString(), u"Visa 424242••••••4242"_s);
    QCOMPARE(in<QLabel>(page, u"ordersCountLabel"_s)->text(), u"1 order"_s);

    // A second order, already charged, to filter against.
    custos::OrderService orders(session());
    custos::OrderDraft draft;
    draft.customerId = m_arthur;
    draft.channel = custos::Channel::Fax;
    draft.lines = {custos::OrderLine{u"Ledger, A4"_s, 3, custos::Money::fromCents(899)}};
    draft.taxRateBasisPoints = 2000;
    auto created = orders.create(draft);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_otherOrder = created.value();
    auto other = orders.getByNumber(m_otherOrder);
    QVERIFY(orders.changeStatus(other->id, custos::OrderStatus::Charged).ok());
    page->refresh();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(in<QLabel>(page, u"ordersCountLabel"_s)->text(), u"2 orders"_s);
    QCOMPARE(model->index(0, Col::CardColumn).data().toString(), u"—"_s);
    saveGrab(window(), u"orders-list"_s);
}

void TestGuiOrders::statusFilterNarrowsTheList()
{
    custos::ui::OrdersPage* page = window()->ordersPage();
    custos::ui::OrderListModel* model = page->model();
    auto* charged = in<QCheckBox>(page, u"statusFilter_charged"_s);
    auto* received = in<QCheckBox>(page, u"statusFilter_received"_s);
    charged->setFocus();
    QTest::keyClick(charged, Qt::Key_Space);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, custos::ui::OrderListModel::NumberColumn).data().toString(), m_otherOrder);
    QTest::keyClick(charged, Qt::Key_Space);
    QTest::keyClick(received, Qt::Key_Space);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, custos::ui::OrderListModel::NumberColumn).data().toString(), m_phoneOrder);
    QTest::keyClick(received, Qt::Key_Space);
    QCOMPARE(model->rowCount(), 2);

    // The text search finds by order number, and a date range before the orders finds none.
    auto* search = in<QLineEdit>(page, u"orderSearchEdit"_s);
    QTest::keyClicks(search, m_otherOrder.right(6));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    search->clear();
    page->refresh();
    QCOMPARE(model->rowCount(), 2);
}

void TestGuiOrders::detailDialogChangesStatus()
{
    custos::ui::OrdersPage* page = window()->ordersPage();
    custos::ui::OrderListModel* model = page->model();
    QTableView* table = page->table();
    int row = -1;
    for (int i = 0; i < model->rowCount(); ++i)
        if (model->index(i, 0).data().toString() == m_phoneOrder)
            row = i;
    QVERIFY(row >= 0);
    table->setFocus();
    table->selectRow(row);
    QTest::keyClick(table, Qt::Key_Return);
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = topLevel(u"orderDetailDialog"_s)) != nullptr);
    QCOMPARE(in<QLabel>(dialog, u"detailNumberLabel"_s)->text(), u"Order %1"_s.arg(m_phoneOrder));
    QCOMPARE(in<QLabel>(dialog, u"detailStatusLabel"_s)->text(), u"Received"_s);
    QVERIFY(in<QLabel>(dialog, u"detailCardLabel"_s)->text().startsWith(u"Visa 424242••••••4242"_s));
    QVERIFY(in<QLabel>(dialog, u"detailCardSealLabel"_s)->text().contains(u"still held"_s));
    auto* history = in<QTableWidget>(dialog, u"historyTable"_s);
    QCOMPARE(history->rowCount(), 1);
    QVERIFY(in<QPushButton>(dialog, u"statusButton_charged"_s));
    QVERIFY(in<QPushButton>(dialog, u"statusButton_cancelled"_s));
    QVERIFY(!dialog->findChild<QPushButton*>(u"statusButton_shipped"_s));
    saveGrab(dialog, u"detail-received"_s);

    QTest::keyClicks(in<QLineEdit>(dialog, u"statusNoteEdit"_s), u"Auth code 0042"_s);
    in<QPushButton>(dialog, u"statusButton_charged"_s)->click();
    QVERIFY2(!in<QLabel>(dialog, u"detailError"_s)->isVisible(),
             qPrintable(in<QLabel>(dialog, u"detailError"_s)->text()));
    QCOMPARE(in<QLabel>(dialog, u"detailStatusLabel"_s)->text(), u"Charged"_s);
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->item(1, 1)->text(), u"Received → Charged"_s);
    QCOMPARE(history->item(1, 2)->text(), u"Olivia Owner"_s);
    QCOMPARE(history->item(1, 3)->text(), u"Auth code 0042"_s);
    // Retention 0: charging purges the sealed number at once.
    QVERIFY(in<QLabel>(dialog, u"detailCardSealLabel"_s)->text().contains(u"purged"_s));
    QVERIFY(in<QPushButton>(dialog, u"statusButton_shipped"_s));
    saveGrab(dialog, u"detail-charged"_s);

    auto stored = custos::OrderService(session()).getByNumber(m_phoneOrder);
    QCOMPARE(stored->status, custos::OrderStatus::Charged);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"orderDetailDialog"_s));
    const int refreshed = model->rowOf(stored->id);
    QCOMPARE(model->index(refreshed, custos::ui::OrderListModel::StatusColumn).data().toString(), u"Charged"_s);
}

void TestGuiOrders::exportWritesMaskedCsv()
{
    custos::ui::OrdersPage* page = window()->ordersPage();
    const QString path = m_dir.path() + u"/orders.csv"_s;
    page->setNextExportPath(path);
    in<QPushButton>(page, u"exportOrdersButton"_s)->click();
    auto* message = in<QLabel>(page, u"ordersMessage"_s);
    QVERIFY2(message->text().startsWith(u"Exported 2 orders"_s), qPrintable(message->text()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY(csv.contains(m_phoneOrder));
    QVERIFY(csv.contains(u"Visa 424242••••••4242"_s));
    QVERIFY(!csv.contains(kPan));
}

void TestGuiOrders::listReadsPageByPage()
{
    // More orders than one page: the list holds a page, and the rest arrives on demand.
    custos::OrderService orders(session());
    custos::OrderDraft draft;
    draft.customerId = m_arthur;
    draft.lines = {custos::OrderLine{u"Pencils"_s, 1, custos::Money::fromCents(100)}};
    const int page = custos::ui::OrderListModel::kPageSize;
    for (int i = 0; i < page + 50; ++i)
        QVERIFY(orders.create(draft).ok());
    custos::ui::OrdersPage* ordersPage = window()->ordersPage();
    ordersPage->refresh();
    custos::ui::OrderListModel* model = ordersPage->model();
    QCOMPARE(model->totalCount(), page + 52);
    QCOMPARE(model->rowCount(), page);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), page + 52);
    QVERIFY(!model->canFetchMore({}));
    QCOMPARE(in<QLabel>(ordersPage, u"ordersCountLabel"_s)->text(), u"%1 orders"_s.arg(page + 52));
}

void TestGuiOrders::lockDestroysPagesAndEditor()
{
    OrderEditor* opened = openEditor();
    QVERIFY(opened);
    QPointer<OrderEditor> editor = opened;
    QPointer<custos::ui::OrdersPage> page = window()->ordersPage();
    QPointer<custos::ui::CustomersPage> customers = window()->customersPage();
    pickCustomer(editor, u"smi"_s);
    press(Qt::Key_Tab);
    type(u"Toner"_s);
    // Ctrl+L works from the editor's window and takes the half-typed order with it.
    press(Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_controller->isLocked());
    QVERIFY(!editor);
    QVERIFY(!page);
    QVERIFY(!customers);
    QVERIFY(!window()->homePage());
    QVERIFY(!window()->newOrderAction()->isEnabled());

    typeSignIn(kOwner, kOwnerPassword);
    QVERIFY(m_controller->session());
    QCOMPARE(window()->currentWorkspacePage(), u"orders"_s);
    QVERIFY(window()->ordersPage() && window()->ordersPage()->isVisible());
    QVERIFY(!window()->orderEditor());
}

void TestGuiOrders::cleanupTestCase()
{
    m_controller.reset();
}

QTEST_MAIN(TestGuiOrders)
#include "tst_gui_orders.moc"
