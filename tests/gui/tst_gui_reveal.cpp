// Card numbers by role in the desk, on a real vault: a clerk sees the last 4 and no Reveal; a
// manager without a grant sees BIN + last 4 and a Reveal that says why it is off; a screened
// manager with a grant gives a reason, sees the number, which masks itself again; Copy puts it
// on the clipboard marked secret and the clipboard clears itself, or at the lock. The owner
// sets the reveal time in the security policy.
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "app/AppController.h"
#include "core/Clock.h"
#include "main/MainWindow.h"
#include "orders/CustomerService.h"
#include "orders/OrderDetailDialog.h"
#include "orders/OrderExport.h"
#include "orders/OrderListModel.h"
#include "orders/OrderService.h"
#include "orders/OrdersPage.h"
#include "session/ClipboardGuard.h"
#include "settings/SecurityPolicyDialog.h"
#include "storage/SettingsRepository.h"
#include "support/GuiSupport.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using custos::ui::AppController;
using custos::ui::MainWindow;
using custos::ui::OrderDetailDialog;

namespace {

const QString kOwner = u"olivia"_s;
const QString kGranted = u"mara"_s;   // manager, cleared, holds a grant
const QString kUngranted = u"nils"_s; // manager, not screened
const QString kClerk = u"cleo"_s;
const QString kPassword = u"tidal-Marble-orchard-58"_s;
const QString kPan = u"4242424242424242"_s;
const QString kReason = u"Customer disputes the charge; the bank needs the number"_s;

} // namespace

class TestGuiReveal : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void clerkSeesLastFourAndNoReveal();
    void managerWithoutGrantSeesBinAndWhyRevealIsOff();
    void grantHolderRevealsWithReasonAndItMasksAgain();
    void copyMarksSecretAndClipboardClearsItself();
    void clipboardKeepsWhatTheUserCopiedSince();
    void lockClearsTheClipboardAndTheNumber();
    void ownerSetsTheRevealTime();
    void exportIsMaskedByRole();
    void cleanup();
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
    void signInAs(const QString& username);
    // Opens the one order from the Orders page, as Enter on the list does.
    OrderDetailDialog* openOrder();
    // Reveal… -> reason -> Enter; true when the number shows.
    bool revealByKeyboard(OrderDetailDialog* dialog);
    QList<custos::AuditEvent> events(const QString& action);
    QString binMask() const;
    static bool moreThanBinAndLast4(const QString& text);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    custos::ManualClock m_clock;
    QString m_orderNumber;
    qint64 m_orderId = 0;
    std::unique_ptr<AppController> m_controller;
};

QWidget* TestGuiReveal::topLevel(const QString& objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

QString TestGuiReveal::binMask() const
{
    return custos::maskBinLast4(custos::CardBrand::Visa, kPan.left(6), kPan.right(4), int(kPan.size()));
}

void TestGuiReveal::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.path() + u"/vault"_s;
    const QDate today = m_clock.nowUtc().date();

    custos::BusinessProfile profile;
    profile.legalName = u"Quayside Stationers Ltd."_s;
    profile.city = u"Falmouth"_s;
    profile.country = u"United Kingdom"_s;
    profile.phone = u"+44 1326 000000"_s;
    custos::Vault::NewAccount owner;
    owner.username = kOwner;
    owner.fullName = u"Olivia Owner"_s;
    owner.password = custos::crypto::SecureBytes::fromUtf8(kPassword);
    owner.role = custos::Role::Owner;
    owner.mustChangePassword = false;
    auto vault =
        custos::Vault::create(m_vaultDir, profile, owner, custos::recovery::generateCode().value(), {}, m_clock);
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    auto signedIn = vault.value()->signIn(kOwner, owner.password);
    QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
    custos::Session& ownerSession = *signedIn.value();

    for (const auto& [username, name, role] : {std::tuple{kGranted, u"Mara Manager"_s, custos::Role::Manager},
                                               std::tuple{kUngranted, u"Nils Manager"_s, custos::Role::Manager},
                                               std::tuple{kClerk, u"Cleo Clerk"_s, custos::Role::Clerk}}) {
        custos::Vault::NewAccount account;
        account.username = username;
        account.fullName = name;
        account.password = custos::crypto::SecureBytes::fromUtf8(kPassword);
        account.role = role;
        account.mustChangePassword = false;
        auto added = vault.value()->addEmployee(ownerSession, account);
        QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
    }
    custos::access::StaffService staff(*vault.value(), ownerSession);
    auto members = staff.list();
    QVERIFY2(members.ok(), qPrintable(members.errorMessage()));
    qint64 maraId = 0;
    for (const custos::access::StaffMember& m : members.value())
        if (m.employee.username == kGranted)
            maraId = m.employee.id;
    QVERIFY(maraId > 0);
    custos::ScreeningCheck check;
    check.employeeId = maraId;
    check.type = custos::ScreeningType::CriminalRecord;
    check.provider = u"Disclosure and Barring Service"_s;
    check.reference = u"DBS-0042"_s;
    check.requestedOn = today.addDays(-20);
    check.decidedOn = today.addDays(-10);
    check.result = custos::ScreeningResult::Cleared;
    check.expiresOn = today.addYears(1);
    auto recorded = staff.recordCheck(check);
    QVERIFY2(recorded.ok(), qPrintable(recorded.errorMessage()));
    auto granted = custos::access::Disclosure(ownerSession)
                       .grant(maraId, u"Handles chargebacks with the bank"_s, today.addMonths(6));
    QVERIFY2(granted.ok(), qPrintable(granted.errorMessage()));

    custos::CustomerDraft zoe;
    zoe.name = u"Zoë Smith"_s;
    zoe.street = u"12 Quay Street"_s;
    zoe.city = u"Portsmouth"_s;
    zoe.postalCode = u"PO1 2AB"_s;
    zoe.country = u"United Kingdom"_s;
    zoe.phone = u"+44 20 7946 0018"_s;
    auto zoeId = custos::CustomerService(ownerSession).create(zoe);
    QVERIFY2(zoeId.ok(), qPrintable(zoeId.errorMessage()));
    custos::OrderDraft draft;
    draft.customerId = zoeId.value();
    draft.lines = {custos::OrderLine{u"Brass hinge"_s, 2, custos::Money::fromCents(1250)}};
    custos::CardEntry card;
    card.pan = custos::CardNumber::parse(kPan).value();
    card.expiry = {12, today.year() + 3};
    card.holderName = u"Zoe Smith"_s;
    card.cvv = custos::crypto::SecureBytes::fromUtf8(u"123"_s);
    custos::OrderService orders(ownerSession);
    auto number = orders.create(draft, std::move(card));
    QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
    m_orderNumber = number.value();
    m_orderId = orders.getByNumber(m_orderNumber)->id;
    signedIn.value().reset();
    vault.value().reset();

    custos::ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

void TestGuiReveal::signInAs(const QString& username)
{
    if (m_controller->session())
        m_controller->signOut();
    QVERIFY(!m_controller->session());
    QVERIFY(custos::test::typeSignIn(window(), username, kPassword));
    QVERIFY2(m_controller->session(), qPrintable(username));
    QCOMPARE(session().employee().username, username);
    window()->showPage(QString::fromLatin1(MainWindow::kOrdersPage));
    QVERIFY(window()->ordersPage() && window()->ordersPage()->isVisible());
}

OrderDetailDialog* TestGuiReveal::openOrder()
{
    custos::ui::OrdersPage* page = window()->ordersPage();
    page->refresh();
    const int row = page->model()->rowOf(m_orderId);
    if (row < 0)
        return nullptr;
    page->table()->setFocus();
    page->table()->selectRow(row);
    QTest::keyClick(page->table(), Qt::Key_Return);
    if (!QTest::qWaitFor([] { return topLevel(u"orderDetailDialog"_s) != nullptr; }))
        return nullptr;
    auto* dialog = qobject_cast<OrderDetailDialog*>(topLevel(u"orderDetailDialog"_s));
    // Keyboard tests need the dialog to be the active window, which arrives asynchronously.
    if (!dialog || !QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
        return nullptr;
    return dialog;
}

bool TestGuiReveal::revealByKeyboard(OrderDetailDialog* dialog)
{
    auto* button = in<QPushButton>(dialog, u"revealButton"_s);
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    auto* reason = in<QLineEdit>(dialog, u"revealReasonEdit"_s);
    if (!reason->isVisible() || QApplication::focusWidget() != reason)
        return false;
    QTest::keyClicks(reason, kReason);
    QTest::keyClick(reason, Qt::Key_Return);
    return dialog->isNumberShown();
}

QList<custos::AuditEvent> TestGuiReveal::events(const QString& action)
{
    custos::AuditQuery query;
    query.action = action;
    query.limit = 1000;
    auto list = session().auditLog().recent(query);
    QList<custos::AuditEvent> out = list ? list.value() : QList<custos::AuditEvent>{};
    // Oldest first, whatever order the log returns them in.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.seq < b.seq; });
    return out;
}

bool TestGuiReveal::moreThanBinAndLast4(const QString& text)
{
    // BIN + last 4 never puts more than six digits in a row; a full or partly unmasked number does.
    static const QRegularExpression longRun(u"\\d{7,}"_s);
    return text.contains(kPan) || text.contains(longRun);
}

void TestGuiReveal::clerkSeesLastFourAndNoReveal()
{
    signInAs(kClerk);
    custos::ui::OrderListModel* model = window()->ordersPage()->model();
    const int row = model->rowOf(m_orderId);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, custos::ui::OrderListModel::CardColumn).data().toString(), u"Visa •••• 4242"_s);

    OrderDetailDialog* dialog = openOrder();
    QVERIFY(dialog);
    const QString card = in<QLabel>(dialog, u"detailCardLabel"_s)->text();
    QVERIFY2(card.startsWith(u"Visa •••• 4242"_s), qPrintable(card));
    QVERIFY(!card.contains(kPan.left(6)));
    QVERIFY(!in<QPushButton>(dialog, u"revealButton"_s)->isVisible());
    QVERIFY(!in<QWidget>(dialog, u"revealReasonPanel"_s)->isVisible());

    // Should a clerk reach the action anyway, the service refuses, and says so, and records it.
    const int deniedBefore = int(events(custos::audit::kCardRevealed).size());
    QVERIFY(!dialog->reveal(kReason));
    QVERIFY(!dialog->isNumberShown());
    auto* error = in<QLabel>(dialog, u"revealError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(in<QLineEdit>(dialog, u"revealedNumberEdit"_s)->text().isEmpty());
    const QList<custos::AuditEvent> revealed = events(custos::audit::kCardRevealed);
    QCOMPARE(int(revealed.size()), deniedBefore + 1);
    QCOMPARE(revealed.constLast().outcome, custos::audit::kDenied);
    QCOMPARE(revealed.constLast().actorName, kClerk);
    QVERIFY(!QGuiApplication::clipboard()->text().contains(kPan));
}

void TestGuiReveal::managerWithoutGrantSeesBinAndWhyRevealIsOff()
{
    signInAs(kUngranted);
    custos::ui::OrderListModel* model = window()->ordersPage()->model();
    const int row = model->rowOf(m_orderId);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, custos::ui::OrderListModel::CardColumn).data().toString(), binMask());

    OrderDetailDialog* dialog = openOrder();
    QVERIFY(dialog);
    QVERIFY(in<QLabel>(dialog, u"detailCardLabel"_s)->text().startsWith(binMask()));
    auto* button = in<QPushButton>(dialog, u"revealButton"_s);
    QVERIFY(button->isVisible());
    QVERIFY(!button->isEnabled());
    auto* why = in<QLabel>(dialog, u"revealDeniedLabel"_s);
    QVERIFY(why->isVisible());
    QVERIFY(!why->text().isEmpty());
    QCOMPARE(button->toolTip(), why->text());
}

void TestGuiReveal::grantHolderRevealsWithReasonAndItMasksAgain()
{
    signInAs(kGranted);
    QCOMPARE(window()
                 ->ordersPage()
                 ->model()
                 ->index(window()->ordersPage()->model()->rowOf(m_orderId), custos::ui::OrderListModel::CardColumn)
                 .data()
                 .toString(),
             binMask());
    OrderDetailDialog* dialog = openOrder();
    QVERIFY(dialog);
    QCOMPARE(dialog->revealDuration(), std::chrono::milliseconds(30s)); // the default
    auto* button = in<QPushButton>(dialog, u"revealButton"_s);
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(!in<QLabel>(dialog, u"revealDeniedLabel"_s)->isVisible());

    // The reason is checked as it is typed; the button waits for a real one.
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
    auto* reason = in<QLineEdit>(dialog, u"revealReasonEdit"_s);
    auto* show = in<QPushButton>(dialog, u"revealShowButton"_s);
    auto* reasonError = in<QLabel>(dialog, u"revealReasonError"_s);
    QVERIFY(reason->isVisible());
    QCOMPARE(QApplication::focusWidget(), reason);
    QVERIFY(!show->isEnabled());
    QVERIFY(!reasonError->isVisible()); // nothing typed yet: no complaint
    QTest::keyClicks(reason, u"why"_s);
    QVERIFY(!show->isEnabled());
    QVERIFY(reasonError->isVisible());
    QTest::keyClick(reason, Qt::Key_Return); // refused: nothing revealed, nothing audited
    QVERIFY(!dialog->isNumberShown());
    // A card number pasted in as a "reason" is refused too.
    reason->clear();
    QTest::keyClicks(reason, u"see "_s + kPan);
    QVERIFY(!show->isEnabled());
    reason->clear();
    QTest::keyClicks(reason, kReason);
    QVERIFY(show->isEnabled());
    QVERIFY(!reasonError->isVisible());

    dialog->setRevealDuration(1500ms);
    QSignalSpy hidden(dialog, &OrderDetailDialog::numberHidden);
    const int before = int(events(custos::audit::kCardRevealed).size());
    QTest::keyClick(reason, Qt::Key_Return);
    QVERIFY2(dialog->isNumberShown(), qPrintable(in<QLabel>(dialog, u"revealError"_s)->text()));
    auto* number = in<QLineEdit>(dialog, u"revealedNumberEdit"_s);
    QVERIFY(number->isVisible());
    QCOMPARE(number->text(), u"4242 4242 4242 4242"_s);
    QVERIFY(number->isReadOnly());
    QVERIFY(number->font().fixedPitch());
    QCOMPARE(number->focusPolicy(), Qt::NoFocus);
    QCOMPARE(in<QLabel>(dialog, u"revealCountdownLabel"_s)->text(), u"Hides in 2 seconds"_s);
    QVERIFY(!reason->isVisible());
    QVERIFY(reason->text().isEmpty());

    // Audited with the reason, never with the digits.
    const QList<custos::AuditEvent> revealed = events(custos::audit::kCardRevealed);
    QCOMPARE(int(revealed.size()), before + 1);
    const custos::AuditEvent& event = revealed.constLast();
    QCOMPARE(event.outcome, custos::audit::kSuccess);
    QCOMPARE(event.actorName, kGranted);
    QVERIFY2(event.target.contains(m_orderNumber) || event.details.contains(m_orderNumber),
             qPrintable(event.target + u" | "_s + event.details));
    for (const QString& field : {event.target, event.details})
        QVERIFY2(!moreThanBinAndLast4(field), qPrintable(field));

    // The countdown runs, then the number masks itself and the digits are wiped.
    QTRY_COMPARE_WITH_TIMEOUT(in<QLabel>(dialog, u"revealCountdownLabel"_s)->text(), u"Hides in 1 second"_s, 3000);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isNumberShown(), 5000);
    QCOMPARE(hidden.count(), 1);
    QVERIFY(number->text().isEmpty());
    QVERIFY(!number->isVisible());
    QVERIFY(in<QLabel>(dialog, u"detailCardLabel"_s)->text().startsWith(binMask()));
    QVERIFY(button->isEnabled());

    // Hide by hand, and closing the dialog, wipe it too.
    QVERIFY(revealByKeyboard(dialog));
    in<QPushButton>(dialog, u"revealHideButton"_s)->click();
    QVERIFY(!dialog->isNumberShown());
    QVERIFY(number->text().isEmpty());
    QVERIFY(revealByKeyboard(dialog));
    QPointer<OrderDetailDialog> guard = dialog;
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!guard);
}

void TestGuiReveal::copyMarksSecretAndClipboardClearsItself()
{
    OrderDetailDialog* dialog = openOrder();
    QVERIFY(dialog);
    dialog->setRevealDuration(1500ms);
    QVERIFY(revealByKeyboard(dialog));
    const int copiedBefore = int(events(custos::audit::kCardCopied).size());
    QCOMPARE(QApplication::focusWidget(), in<QPushButton>(dialog, u"revealCopyButton"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), kPan);
    const QMimeData* data = clipboard->mimeData();
    QVERIFY(custos::ui::ClipboardGuard::isMarkedSecret(data));
    QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArray("secret"));
    QVERIFY(data->hasFormat(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s));
    QVERIFY(in<QLabel>(dialog, u"revealCopiedLabel"_s)->isVisible());
    const QList<custos::AuditEvent> copied = events(custos::audit::kCardCopied);
    QCOMPARE(int(copied.size()), copiedBefore + 1);
    QCOMPARE(copied.constLast().actorName, kGranted);
    QVERIFY(!copied.constLast().details.contains(kPan));

    // Closing the dialog does not take the copy away early (the clerk is about to paste it)...
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"orderDetailDialog"_s));
    QCOMPARE(clipboard->text(), kPan);
    // ...its timer does.
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 5000);
}

void TestGuiReveal::clipboardKeepsWhatTheUserCopiedSince()
{
    OrderDetailDialog* dialog = openOrder();
    QVERIFY(dialog);
    dialog->setRevealDuration(800ms);
    QVERIFY(revealByKeyboard(dialog));
    QVERIFY(dialog->copyNumber());
    QClipboard* clipboard = QGuiApplication::clipboard();
    QCOMPARE(clipboard->text(), kPan);
    clipboard->setText(u"Order notes from another program"_s);
    QTest::qWait(1500);
    QCOMPARE(clipboard->text(), u"Order notes from another program"_s);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"orderDetailDialog"_s));
}

void TestGuiReveal::lockClearsTheClipboardAndTheNumber()
{
    OrderDetailDialog* opened = openOrder();
    QVERIFY(opened);
    QPointer<OrderDetailDialog> dialog = opened;
    QVERIFY(revealByKeyboard(dialog)); // the default 30 s: the lock comes first
    QVERIFY(dialog->copyNumber());
    QCOMPARE(QGuiApplication::clipboard()->text(), kPan);
    // The open order dialog is dismissed first, then the lock follows.
    m_controller->lock(AppController::LockReason::Manual);
    QTRY_VERIFY(m_controller->isLocked());
    QTRY_VERIFY(!dialog); // the dialog, its number and its digits went with the workspace
    QVERIFY(!QGuiApplication::clipboard()->text().contains(kPan));
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    // Unlock for the next test.
    auto* pass = in<QLineEdit>(window(), u"passwordEdit"_s);
    QVERIFY(pass);
    pass->clear();
    QTest::keyClicks(pass, kPassword);
    QTest::keyClick(pass, Qt::Key_Return);
    QVERIFY(m_controller->session());
}

void TestGuiReveal::ownerSetsTheRevealTime()
{
    signInAs(kOwner);
    // Out of range or unreadable stored values are clamped or ignored.
    custos::storage::SettingsRepository settings(session().database());
    QVERIFY(settings.setValue(QString::fromLatin1(OrderDetailDialog::kRevealSecondsSetting), u"500"_s).ok());
    QCOMPARE(OrderDetailDialog::revealSeconds(session()), OrderDetailDialog::kMaxRevealSeconds);
    QVERIFY(settings.setValue(QString::fromLatin1(OrderDetailDialog::kRevealSecondsSetting), u"1"_s).ok());
    QCOMPARE(OrderDetailDialog::revealSeconds(session()), OrderDetailDialog::kMinRevealSeconds);
    QVERIFY(settings.setValue(QString::fromLatin1(OrderDetailDialog::kRevealSecondsSetting), u"soon"_s).ok());
    QCOMPARE(OrderDetailDialog::revealSeconds(session()), OrderDetailDialog::kDefaultRevealSeconds);

    custos::ui::SecurityPolicyDialog policy(*m_controller->vault(), session());
    auto* spin = in<QSpinBox>(&policy, u"revealSecondsSpin"_s);
    QVERIFY(spin);
    QCOMPARE(spin->value(), OrderDetailDialog::kDefaultRevealSeconds);
    QCOMPARE(spin->minimum(), 5);
    QCOMPARE(spin->maximum(), 120);
    QVERIFY(spin->isEnabled());
    spin->setValue(7);
    const int before = int(events(custos::audit::kPolicyChanged).size());
    policy.accept();
    QVERIFY2(policy.errorText().isEmpty(), qPrintable(policy.errorText()));
    QCOMPARE(OrderDetailDialog::revealSeconds(session()), 7);
    const QList<custos::AuditEvent> changed = events(custos::audit::kPolicyChanged);
    QCOMPARE(int(changed.size()), before + 2); // the policy, then the reveal time
    QCOMPARE(changed.constLast().details, u"reveal_seconds=7"_s);

    OrderDetailDialog dialog(session(), m_orderId);
    QCOMPARE(dialog.revealDuration(), std::chrono::milliseconds(7s));
    // The owner is not screened: no reveal for them either, and the dialog says why.
    QVERIFY(in<QPushButton>(&dialog, u"revealButton"_s)->isVisibleTo(&dialog));
    QVERIFY(!in<QPushButton>(&dialog, u"revealButton"_s)->isEnabled());
}

void TestGuiReveal::exportIsMaskedByRole()
{
    // The CSV export masks like the screen: BIN + last 4 for the owner signed in now...
    custos::OrderService orders(session());
    const QString ownerPath = m_dir.filePath(u"owner.csv"_s);
    auto written = custos::exportOrdersCsv(orders, {}, ownerPath);
    QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
    QFile ownerFile(ownerPath);
    QVERIFY(ownerFile.open(QIODevice::ReadOnly));
    const QString ownerCsv = QString::fromUtf8(ownerFile.readAll());
    QVERIFY2(ownerCsv.contains(binMask()), qPrintable(ownerCsv));
    QVERIFY(!moreThanBinAndLast4(ownerCsv));

    // ...and the last 4 only for a clerk.
    signInAs(kClerk);
    const QString clerkPath = m_dir.filePath(u"clerk.csv"_s);
    window()->ordersPage()->setNextExportPath(clerkPath);
    in<QPushButton>(window()->ordersPage(), u"exportOrdersButton"_s)->click();
    QFile clerkFile(clerkPath);
    QVERIFY(clerkFile.open(QIODevice::ReadOnly));
    const QString clerkCsv = QString::fromUtf8(clerkFile.readAll());
    QVERIFY2(clerkCsv.contains(u"Visa •••• 4242"_s), qPrintable(clerkCsv));
    QVERIFY(!clerkCsv.contains(kPan.left(6)));
    QVERIFY(!moreThanBinAndLast4(clerkCsv));
}

void TestGuiReveal::cleanup()
{
    // A failed test must not leave its dialog in front of the next one.
    if (QWidget* dialog = topLevel(u"orderDetailDialog"_s))
        dialog->close();
}

void TestGuiReveal::cleanupTestCase()
{
    m_controller.reset();
}

QTEST_MAIN(TestGuiReveal)
#include "tst_gui_reveal.moc"
