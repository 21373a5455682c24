// Staff management, background checks, card access grants and the access review, driven as an
// owner and a manager would: add a clerk by keyboard and read the one-time password once,
// record a cleared check, give and revoke card access, deactivate, sign the review off. Then
// what a manager may not do, and a clerk who sees none of it.
#include "access/AccessReview.h"
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "app/AppController.h"
#include "audit/AuditPage.h"
#include "common/Messages.h"
#include "core/Clock.h"
#include "main/HomePage.h"
#include "main/MainWindow.h"
#include "review/AccessReviewPage.h"
#include "staff/StaffListModel.h"
#include "staff/StaffPage.h"
#include "staff/StaffStyle.h"
#include "support/GuiSupport.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <memory>

using namespace Qt::StringLiterals;
using custos::Role;
using custos::ScreeningStatus;
using custos::access::StaffMember;
using custos::ui::AppController;
using custos::ui::MainWindow;
using custos::ui::Messages;
using custos::ui::StaffListModel;
using custos::ui::StaffPage;

namespace {

const QString kOwner = u"olivia"_s;
const QString kOwnerPassword = u"tidal-Marble-orchard-58"_s;
const QString kManager = u"marcus"_s;
const QString kManagerPassword = u"copper-Meadow-fjord-41"_s;
const QString kNewManager = u"mia"_s;
const QString kNewManagerPassword = u"velvet-Harbour-lantern-93"_s;
const QString kClerk = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;
const QString kBusiness = u"Quayside Stationers Ltd."_s;

} // namespace

class TestGuiStaff : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerSeesTheOversightPages();
    void ownerAddsClerkByKeyboard();
    void recordingClearedCheckUpdatesStatus();
    void checkFormValidatesInline();
    void grantToScreenedManager();
    void sweepRemovesLapsedGrant();
    void grantRefusedToUnscreenedEmployees();
    void revokeRemovesGrant();
    void deactivateEndsAccess();
    void homeWarnsOfExpiringChecks();
    void accessReviewSignOff();
    void managerCannotAddManager();
    void clerkSeesNoStaffPages();
    void cleanup();
    void cleanupTestCase();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    custos::Session& session() const { return *m_controller->session(); }
    StaffPage* staffPage() const { return window()->staffPage(); }
    template <typename T>
    static T* in(QWidget* parent, const QString& name)
    {
        T* w = parent ? parent->findChild<T*>(name) : nullptr;
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    static QWidget* topLevel(const QString& objectName);
    static QWidget* waitForTopLevel(const QString& objectName);
    static QWidget* focus() { return QApplication::focusWidget(); }
    static QString focusName() { return focus() ? focus()->objectName() : QString(); }
    static void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    static void type(const QString& text);
    bool activateMain();
    void signInAs(const QString& username, const QString& password);
    void signOut();
    StaffMember member(const QString& username) const;
    void selectInStaffList(const QString& username);
    void saveGrab(QWidget* widget, const QString& path);
    QDate today() const { return m_clock.nowUtc().toLocalTime().date(); }

    QTemporaryDir m_dir;
    QString m_vaultDir;
    custos::ManualClock m_clock;
    QString m_carlaPassword;
    std::unique_ptr<AppController> m_controller;
};

QWidget* TestGuiStaff::topLevel(const QString& objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

QWidget* TestGuiStaff::waitForTopLevel(const QString& objectName)
{
    QWidget* found = nullptr;
    if (!QTest::qWaitFor([&] { return (found = topLevel(objectName)) != nullptr; }, 2000))
        return nullptr;
    // A dialog counts as active with its parent; wait until it really has the keyboard.
    if (!QTest::qWaitFor([found] { return QApplication::activeWindow() == found; }, 2000))
        qWarning("%s is shown but not active", qPrintable(objectName));
    return found;
}

void TestGuiStaff::press(int key, Qt::KeyboardModifiers modifiers)
{
    QWidget* target = focus();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, Qt::Key(key), modifiers);
}

void TestGuiStaff::type(const QString& text)
{
    QWidget* target = focus();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClicks(target, text);
}

bool TestGuiStaff::activateMain()
{
    window()->activateWindow();
    return QTest::qWaitFor([this] { return QApplication::activeWindow() == window(); });
}

void TestGuiStaff::signInAs(const QString& username, const QString& password)
{
    QVERIFY(custos::test::typeSignIn(window(), username, password));
    QVERIFY2(m_controller->session(), qPrintable(username));
    QVERIFY(window()->isWorkspaceShown());
    QCOMPARE(session().employee().username, username);
}

void TestGuiStaff::signOut()
{
    QVERIFY(activateMain());
    window()->signOutAction()->trigger();
    QVERIFY(!m_controller->session());
}

StaffMember TestGuiStaff::member(const QString& username) const
{
    auto members = custos::access::StaffService(*m_controller->vault(), session()).list();
    if (!members) {
        qWarning("%s", qPrintable(members.errorMessage()));
        return {};
    }
    for (const StaffMember& m : members.value())
        if (m.employee.username == username)
            return m;
    qWarning("no employee %s", qPrintable(username));
    return {};
}

void TestGuiStaff::selectInStaffList(const QString& username)
{
    QVERIFY(staffPage());
    const StaffListModel* model = staffPage()->model();
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->member(r).employee.username == username)
            row = r;
    QVERIFY2(row >= 0, qPrintable(username));
    auto* table = in<QTableView>(staffPage(), u"staffTable"_s);
    // After a dialog closes the main window gets the keyboard back asynchronously.
    QVERIFY(activateMain());
    table->setFocus();
    QTRY_COMPARE(focusName(), u"staffTable"_s);
    table->selectRow(row);
    QCOMPARE(staffPage()->currentEmployeeId(), model->member(row).employee.id);
}

void TestGuiStaff::saveGrab(QWidget* widget, const QString& path)
{
    QTest::qWait(30);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestGuiStaff::initTestCase()
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
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    {
        auto vault =
            custos::Vault::create(m_vaultDir, profile, owner, custos::recovery::generateCode().value(), {}, m_clock);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        auto signedIn = vault.value()->signIn(kOwner, owner.password);
        QVERIFY2(signedIn.ok(), qPrintable(signedIn.errorMessage()));
        const auto add = [&](const QString& username, const QString& name, Role role, const QString& password) {
            custos::Vault::NewAccount account;
            account.username = username;
            account.fullName = name;
            account.role = role;
            account.password = custos::crypto::SecureBytes::fromUtf8(password);
            account.mustChangePassword = false;
            auto added = vault.value()->addEmployee(*signedIn.value(), account);
            QVERIFY2(added.ok(), qPrintable(added.errorMessage()));
        };
        add(kManager, u"Marcus Manager"_s, Role::Manager, kManagerPassword);
        add(kNewManager, u"Mia Newman"_s, Role::Manager, kNewManagerPassword);
        add(kClerk, u"Carl Clerk"_s, Role::Clerk, kClerkPassword);
    }

    custos::ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    signInAs(kOwner, kOwnerPassword);
}

void TestGuiStaff::ownerSeesTheOversightPages()
{
    QVERIFY(activateMain());
    auto* nav = in<QListWidget>(window(), u"navList"_s);
    QCOMPARE(nav->count(), 8);
    QVERIFY(!nav->item(3)->isHidden()); // Staff
    QVERIFY(!nav->item(4)->isHidden()); // Access review
    QVERIFY(window()->isPageAvailable(u"staff"_s));
    QVERIFY(window()->isPageAvailable(u"review"_s));
    QVERIFY(window()->isPageAvailable(u"audit"_s));
    QVERIFY(!nav->item(5)->isHidden());
    QVERIFY(!nav->item(6)->isHidden()); // Reports
    QVERIFY(!nav->item(7)->isHidden()); // Security check
    QVERIFY(window()->isPageAvailable(u"reports"_s));
    QVERIFY(window()->isPageAvailable(u"selfcheck"_s));
    QTest::keyClick(window(), Qt::Key_6, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"audit"_s);
    QVERIFY(window()->auditPage()->isVisible());

    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"staff"_s);
    QVERIFY(staffPage() && staffPage()->isVisible());
    QCOMPARE(focusName(), u"staffTable"_s);
    QCOMPARE(staffPage()->model()->rowCount(), 4);
    QCOMPARE(in<QLabel>(staffPage(), u"staffCountLabel"_s)->text(), u"4 active"_s);

    QTest::keyClick(window(), Qt::Key_5, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"review"_s);
    QVERIFY(window()->accessReviewPage()->isVisible());
    QCOMPARE(in<QTableWidget>(window()->accessReviewPage(), u"reviewTable"_s)->rowCount(), 4);

    // The owner's own row: nobody deactivates themselves or changes their own role.
    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    selectInStaffList(kOwner);
    auto* deactivate = in<QPushButton>(staffPage(), u"activeButton"_s);
    QVERIFY(!deactivate->isEnabled());
    QVERIFY(!deactivate->toolTip().isEmpty());
    QVERIFY(!in<QPushButton>(staffPage(), u"changeRoleButton"_s)->isEnabled());
    QVERIFY(!in<QPushButton>(staffPage(), u"revokeButton"_s)->isEnabled());
}

void TestGuiStaff::ownerAddsClerkByKeyboard()
{
    QVERIFY(activateMain());
    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget* dialog = waitForTopLevel(u"addEmployeeDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(focusName(), u"newFullNameEdit"_s);
    auto* role = in<QComboBox>(dialog, u"roleCombo"_s);
    QCOMPARE(role->count(), 3); // an owner may add any role
    type(u"Carla Jones"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"newUsernameEdit"_s);
    QCOMPARE(in<QLineEdit>(dialog, u"newUsernameEdit"_s)->text(), u"carla"_s); // suggested from the name
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"roleCombo"_s);
    QCOMPARE(role->currentText(), u"Clerk"_s);
    press(Qt::Key_Return);

    auto* passwordLabel = in<QLabel>(dialog, u"oneTimePasswordLabel"_s);
    QVERIFY(passwordLabel->isVisible());
    const QString password = passwordLabel->text();
    QVERIFY(password.size() >= 12);
    QVERIFY(in<QLabel>(dialog, u"oneTimeNote"_s)->text().contains(u"in person"_s));
    QCOMPARE(in<QLabel>(dialog, u"oneTimeUsernameLabel"_s)->text(), u"carla"_s);
    QCOMPARE(focusName(), u"copyOneTimePasswordButton"_s);
    press(Qt::Key_Space); // Copy
    QCOMPARE(QGuiApplication::clipboard()->text(), password);
    saveGrab(dialog, u"/tmp/staff-one-time.png"_s);
    press(Qt::Key_Return); // Done
    QTRY_VERIFY(!topLevel(u"addEmployeeDialog"_s));

    // Shown once: no widget holds it any longer.
    QTRY_VERIFY(!window()->findChild<QWidget*>(u"addEmployeeDialog"_s));
    for (QWidget* top : QApplication::topLevelWidgets())
        for (QLabel* label : top->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(password), qPrintable(label->objectName()));

    const StaffMember carla = member(u"carla"_s);
    QCOMPARE(carla.employee.fullName, u"Carla Jones"_s);
    QCOMPARE(carla.employee.role, Role::Clerk);
    QVERIFY(carla.employee.mustChangePassword);
    QCOMPARE(staffPage()->currentEmployeeId(), carla.employee.id);
    QCOMPARE(staffPage()->model()->rowCount(), 5);
    m_carlaPassword = password;
    QGuiApplication::clipboard()->clear();
}

void TestGuiStaff::recordingClearedCheckUpdatesStatus()
{
    QVERIFY(activateMain());
    selectInStaffList(kManager);
    const int row = staffPage()->model()->rowOf(member(kManager).employee.id);
    const QModelIndex status = staffPage()->model()->index(row, StaffListModel::ScreeningColumn);
    QCOMPARE(status.data().toString(), u"Not screened"_s);
    press(Qt::Key_Return); // opens the background checks
    QWidget* dialog = waitForTopLevel(u"screeningDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(in<QTableWidget>(dialog, u"screeningHistoryTable"_s)->rowCount(), 0);
    QCOMPARE(focusName(), u"screeningTypeCombo"_s);
    press(Qt::Key_Tab);
    type(u"Acme Screening"_s);
    press(Qt::Key_Tab);
    type(u"ACME-2291"_s);
    press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"screeningRequestedEdit"_s);
    // Tab walks the date's day, month and year first, as in every Qt date field.
    for (int i = 0; i < 4 && focusName() == u"screeningRequestedEdit"_s; ++i)
        press(Qt::Key_Tab);
    QCOMPARE(focusName(), u"screeningResultCombo"_s);
    press(Qt::Key_Down); // Pending -> Cleared
    auto* result = in<QComboBox>(dialog, u"screeningResultCombo"_s);
    QCOMPARE(result->currentText(), u"Cleared"_s);
    auto* expires = in<QDateEdit>(dialog, u"screeningExpiresEdit"_s);
    QVERIFY(expires->isEnabled());
    QCOMPARE(expires->date(), today().addYears(1));
    QVERIFY(!in<QLabel>(dialog, u"screeningError"_s)->isVisible());
    press(Qt::Key_Return);

    auto* history = in<QTableWidget>(dialog, u"screeningHistoryTable"_s);
    QCOMPARE(history->rowCount(), 1);
    QCOMPARE(history->item(0, 1)->text(), u"Acme Screening"_s);
    QCOMPARE(history->item(0, 5)->text(), u"Cleared"_s);
    QCOMPARE(history->item(0, 7)->text(), u"Olivia Owner"_s);
    QVERIFY(in<QLabel>(dialog, u"screeningStatusLabel"_s)->text().startsWith(u"Current status: Cleared until"_s));
    saveGrab(dialog, u"/tmp/staff-checks.png"_s);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"screeningDialog"_s));

    const QModelIndex after = staffPage()->model()->index(row, StaffListModel::ScreeningColumn);
    QCOMPARE(after.data().toString(), u"Cleared"_s);
    QCOMPARE(after.data(Qt::ForegroundRole).value<QColor>(), custos::ui::screeningColor(ScreeningStatus::Cleared));
    QCOMPARE(member(kManager).screening, ScreeningStatus::Cleared);
    QCOMPARE(member(kManager).clearedUntil, today().addYears(1));
}

void TestGuiStaff::checkFormValidatesInline()
{
    QVERIFY(activateMain());
    selectInStaffList(kNewManager);
    press(Qt::Key_Return);
    QWidget* dialog = waitForTopLevel(u"screeningDialog"_s);
    QVERIFY(dialog);
    auto* error = in<QLabel>(dialog, u"screeningError"_s);
    // No provider: refused beside the form, nothing stored.
    press(Qt::Key_Return);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"rovider"_s));
    QCOMPARE(in<QTableWidget>(dialog, u"screeningHistoryTable"_s)->rowCount(), 0);
    // A decision before the request.
    in<QLineEdit>(dialog, u"screeningProviderEdit"_s)->setFocus();
    type(u"Disclosure and Barring Service"_s);
    in<QComboBox>(dialog, u"screeningResultCombo"_s)->setCurrentIndex(2); // Failed
    in<QDateEdit>(dialog, u"screeningDecidedEdit"_s)->setDate(today().addDays(-5));
    QVERIFY(error->isVisible());
    QVERIFY(!in<QDateEdit>(dialog, u"screeningExpiresEdit"_s)->isEnabled());
    // A pending check is fine: that is what Mia has for now.
    in<QComboBox>(dialog, u"screeningResultCombo"_s)->setCurrentIndex(0);
    QVERIFY(!error->isVisible());
    QVERIFY(!in<QDateEdit>(dialog, u"screeningDecidedEdit"_s)->isEnabled());
    in<QPushButton>(dialog, u"saveCheckButton"_s)->click();
    QCOMPARE(in<QTableWidget>(dialog, u"screeningHistoryTable"_s)->rowCount(), 1);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"screeningDialog"_s));
    QCOMPARE(member(kNewManager).screening, ScreeningStatus::Pending);
}

void TestGuiStaff::grantToScreenedManager()
{
    QVERIFY(activateMain());
    selectInStaffList(kManager);
    auto* give = in<QPushButton>(staffPage(), u"giveAccessButton"_s);
    QVERIFY2(give->isEnabled(), qPrintable(give->toolTip()));
    press(Qt::Key_G, Qt::ControlModifier);
    QWidget* dialog = waitForTopLevel(u"grantDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!in<QLabel>(dialog, u"grantRefusedLabel"_s)->isVisible());
    const QDate expected =
        std::min(today().addDays(custos::access::Disclosure::kDefaultGrantDays), today().addYears(1));
    QCOMPARE(in<QDateEdit>(dialog, u"grantUntilEdit"_s)->date(), expected);
    QCOMPARE(focusName(), u"grantReasonEdit"_s);
    type(u"short"_s);
    press(Qt::Key_Return);
    QVERIFY(in<QLabel>(dialog, u"grantError"_s)->isVisible());
    QVERIFY(topLevel(u"grantDialog"_s));
    type(u" - handles chargebacks and refunds by phone"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"grantDialog"_s));

    const StaffMember marcus = member(kManager);
    QVERIFY(marcus.holdsCardDataGrant);
    const int row = staffPage()->model()->rowOf(marcus.employee.id);
    QVERIFY(staffPage()
                ->model()
                ->index(row, StaffListModel::CardAccessColumn)
                .data()
                .toString()
                .startsWith(u"Granted until"_s));
    QVERIFY(in<QPushButton>(staffPage(), u"revokeButton"_s)->isEnabled());
    saveGrab(staffPage(), u"/tmp/staff.png"_s);
}

void TestGuiStaff::sweepRemovesLapsedGrant()
{
    auto* timer = window()->findChild<QTimer*>(u"grantSweepTimer"_s);
    QVERIFY(timer && timer->isActive());
    QCOMPARE(timer->interval(), MainWindow::kSweepIntervalMs);
    QCOMPARE(window()->sweepGrants(), 0); // nothing lapsed
    QVERIFY(member(kManager).holdsCardDataGrant);

    // Past the end of Marcus's clearance (and his grant): the next sweep takes the grant away.
    // The clock goes back before the event loop runs, so the idle lock never sees the jump.
    const QDateTime now = m_clock.nowUtc();
    m_clock.set(now.addDays(400));
    const int removed = window()->sweepGrants();
    m_clock.set(now);
    QCOMPARE(removed, 1);
    QVERIFY(!member(kManager).holdsCardDataGrant);
    const int row = staffPage()->model()->rowOf(member(kManager).employee.id);
    QCOMPARE(staffPage()->model()->index(row, StaffListModel::CardAccessColumn).data().toString(), u"No access"_s);
    // Seen from that day, the check had expired too; back in the present it is cleared again.
    QCOMPARE(staffPage()->model()->index(row, StaffListModel::ScreeningColumn).data().toString(), u"Expired"_s);
    staffPage()->refresh();
    QCOMPARE(staffPage()->model()->index(row, StaffListModel::ScreeningColumn).data().toString(), u"Cleared"_s);
}

void TestGuiStaff::grantRefusedToUnscreenedEmployees()
{
    QVERIFY(activateMain());
    // A clerk: the role never sees full numbers.
    selectInStaffList(kClerk);
    press(Qt::Key_G, Qt::ControlModifier);
    QWidget* dialog = waitForTopLevel(u"grantDialog"_s);
    QVERIFY(dialog);
    auto* refused = in<QLabel>(dialog, u"grantRefusedLabel"_s);
    QVERIFY(refused->isVisible());
    QVERIFY2(refused->text().contains(u"Clerk"_s), qPrintable(refused->text()));
    QVERIFY(!in<QPushButton>(dialog, u"grantButton"_s)->isVisible());
    QVERIFY(!in<QLineEdit>(dialog, u"grantReasonEdit"_s)->isEnabled());
    press(Qt::Key_Return); // nothing to confirm: Enter closes
    QTRY_VERIFY(!topLevel(u"grantDialog"_s));
    QVERIFY(!member(kClerk).holdsCardDataGrant);

    // A manager whose check is still pending.
    selectInStaffList(kNewManager);
    press(Qt::Key_G, Qt::ControlModifier);
    dialog = waitForTopLevel(u"grantDialog"_s);
    QVERIFY(dialog);
    refused = in<QLabel>(dialog, u"grantRefusedLabel"_s);
    QVERIFY(refused->isVisible());
    QVERIFY2(refused->text().contains(u"pending"_s), qPrintable(refused->text()));
    QVERIFY2(in<QLabel>(dialog, u"granteeScreeningLabel"_s)->text() == u"Pending"_s,
             qPrintable(in<QLabel>(dialog, u"granteeScreeningLabel"_s)->text()));
    saveGrab(dialog, u"/tmp/staff-grant-refused.png"_s);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"grantDialog"_s));

    // The service refuses it too, whatever the UI shows.
    auto direct = custos::access::Disclosure(session()).grant(
        member(kNewManager).employee.id, u"to test the refusal of the service"_s, today().addDays(30));
    QVERIFY(!direct.ok());
    QCOMPARE(direct.errorCode(), custos::Errc::Denied);
}

void TestGuiStaff::revokeRemovesGrant()
{
    QVERIFY(activateMain());
    selectInStaffList(kManager);
    press(Qt::Key_G, Qt::ControlModifier);
    QWidget* grant = waitForTopLevel(u"grantDialog"_s);
    QVERIFY(grant);
    type(u"processes refunds on the phone desk"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"grantDialog"_s));
    QVERIFY(member(kManager).holdsCardDataGrant);

    auto* revoke = in<QPushButton>(staffPage(), u"revokeButton"_s);
    QVERIFY(revoke->isEnabled());
    revoke->click();
    QWidget* dialog = waitForTopLevel(u"revokeDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(focusName(), u"reasonEdit"_s);
    press(Qt::Key_Return); // no reason
    QVERIFY(in<QLabel>(dialog, u"reasonError"_s)->isVisible());
    type(u"moved to the warehouse team"_s);
    press(Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"revokeDialog"_s));
    QVERIFY(!member(kManager).holdsCardDataGrant);
    QVERIFY(!revoke->isEnabled());
    QVERIFY(revoke->toolTip().contains(u"no card access"_s));
}

void TestGuiStaff::deactivateEndsAccess()
{
    QVERIFY(activateMain());
    selectInStaffList(u"carla"_s);
    press(Qt::Key_Delete);
    QWidget* dialog = waitForTopLevel(u"deactivateDialog"_s);
    QVERIFY(dialog);
    press(Qt::Key_Return); // a reason is required
    QVERIFY(in<QLabel>(dialog, u"reasonError"_s)->isVisible());
    QVERIFY(topLevel(u"deactivateDialog"_s));
    type(u"left the company"_s);
    Messages::nextAnswer = QMessageBox::Ok; // "Deactivate Carla Jones now?"
    press(Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"deactivateDialog"_s));
    QVERIFY(Messages::lastText.contains(u"Carla Jones"_s));
    QVERIFY(!Messages::nextAnswer);

    const StaffMember carla = member(u"carla"_s);
    QVERIFY(!carla.employee.active);
    const int row = staffPage()->model()->rowOf(carla.employee.id);
    QVERIFY(
        staffPage()->model()->index(row, StaffListModel::AccountColumn).data().toString().startsWith(u"Deactivated"_s));
    QCOMPARE(in<QLabel>(staffPage(), u"staffCountLabel"_s)->text(), u"4 active · 1 deactivated"_s);
    auto* reactivate = in<QPushButton>(staffPage(), u"activeButton"_s);
    QVERIFY(reactivate->isEnabled());
    QVERIFY(reactivate->text().contains(u"activate"_s));

    // Her one-time password opens nothing any more.
    auto signIn = m_controller->vault()->signIn(u"carla"_s, custos::crypto::SecureBytes::fromUtf8(m_carlaPassword));
    QVERIFY(!signIn.ok());
}

void TestGuiStaff::homeWarnsOfExpiringChecks()
{
    // Mia's pending check is decided: cleared, but only for another 10 days.
    custos::access::StaffService staff(*m_controller->vault(), session());
    auto checks = staff.checks(member(kNewManager).employee.id);
    QVERIFY2(checks.ok(), qPrintable(checks.errorMessage()));
    QCOMPARE(checks->size(), qsizetype(1));
    custos::ScreeningCheck check = checks->first();
    check.result = custos::ScreeningResult::Cleared;
    check.decidedOn = today();
    check.expiresOn = today().addDays(10);
    auto updated = staff.updateCheck(check);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));

    window()->homePage()->refresh();
    auto* notice = in<QLabel>(window()->homePage(), u"staffNotice"_s);
    QVERIFY(activateMain());
    QTest::keyClick(window(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"home"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Mia Newman"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u"access review is due"_s));
    staffPage()->refresh();
    QVERIFY(in<QLabel>(staffPage(), u"staffSummaryLabel"_s)->text().contains(u"Mia Newman"_s));
    // The link takes the manager to the page where it is fixed.
    emit notice->linkActivated(u"staff"_s);
    QCOMPARE(window()->currentWorkspacePage(), u"staff"_s);
}

void TestGuiStaff::accessReviewSignOff()
{
    QVERIFY(activateMain());
    QTest::keyClick(window(), Qt::Key_5, Qt::ControlModifier);
    custos::ui::AccessReviewPage* page = window()->accessReviewPage();
    QVERIFY(page && page->isVisible());
    auto* status = in<QLabel>(page, u"reviewStatusLabel"_s);
    QVERIFY2(status->text().contains(u"due now"_s), qPrintable(status->text()));
    QCOMPARE(page->rows().size(), qsizetype(5));
    saveGrab(page, u"/tmp/review-due.png"_s);

    in<QPushButton>(page, u"signOffButton"_s)->click();
    QWidget* dialog = waitForTopLevel(u"signOffDialog"_s);
    QVERIFY(dialog);
    QCOMPARE(focusName(), u"signOffNotesEdit"_s);
    type(u"Revoked Marcus's card access; Carla left."_s);
    press(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!topLevel(u"signOffDialog"_s));

    auto last = custos::access::AccessReview(*m_controller->vault(), session()).lastSignOff();
    QVERIFY2(last.ok(), qPrintable(last.errorMessage()));
    QVERIFY(last->has_value());
    QCOMPARE((*last)->notes, u"Revoked Marcus's card access; Carla left."_s);
    QCOMPARE((*last)->reviewerId, session().employee().id);
    const QString nextDue = custos::ui::shortDate((*last)->dueAt.toLocalTime().date());
    QCOMPARE((*last)->dueAt.toLocalTime().date(), (*last)->signedAt.toLocalTime().date().addMonths(6));
    QVERIFY2(status->text().contains(u"Next review due on "_s + nextDue), qPrintable(status->text()));
    QVERIFY(status->text().contains(u"Olivia Owner"_s));
    QVERIFY(in<QLabel>(page, u"reviewLastNotes"_s)->text().contains(u"Carla left"_s));
    auto due = custos::access::AccessReview(*m_controller->vault(), session()).isDue();
    QVERIFY(due.ok() && !due.value());
    QVERIFY(!in<QLabel>(window()->homePage(), u"staffNotice"_s)->text().contains(u"access review"_s));
    saveGrab(page, u"/tmp/review.png"_s);
}

void TestGuiStaff::managerCannotAddManager()
{
    signOut();
    signInAs(kManager, kManagerPassword);
    QVERIFY(activateMain());
    QVERIFY(window()->isPageAvailable(u"staff"_s));
    QVERIFY(window()->isPageAvailable(u"review"_s));
    // Compliance reports and the security self-check are the owners'.
    QVERIFY(!window()->isPageAvailable(u"reports"_s));
    QVERIFY(!window()->isPageAvailable(u"selfcheck"_s));
    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(staffPage() && staffPage()->isVisible());
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QWidget* dialog = waitForTopLevel(u"addEmployeeDialog"_s);
    QVERIFY(dialog);
    auto* role = in<QComboBox>(dialog, u"roleCombo"_s);
    QCOMPARE(role->count(), 1);
    QCOMPARE(role->itemText(0), u"Clerk"_s);
    QCOMPARE(role->findText(u"Manager"_s), -1);
    QCOMPARE(role->findText(u"Owner"_s), -1);
    press(Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"addEmployeeDialog"_s));

    // A manager changes no roles and cannot touch the owner.
    selectInStaffList(kOwner);
    auto* deactivate = in<QPushButton>(staffPage(), u"activeButton"_s);
    QVERIFY(!deactivate->isEnabled());
    QVERIFY(!deactivate->toolTip().isEmpty());
    auto* changeRole = in<QPushButton>(staffPage(), u"changeRoleButton"_s);
    QVERIFY(!changeRole->isEnabled());
    QVERIFY(!changeRole->toolTip().isEmpty());
    // No card access of his own: nothing to pass on.
    selectInStaffList(kNewManager);
    auto* give = in<QPushButton>(staffPage(), u"giveAccessButton"_s);
    QVERIFY(!give->isEnabled());
    QVERIFY(give->toolTip().contains(u"no card access yourself"_s));
    // A clerk he may deactivate.
    selectInStaffList(kClerk);
    QVERIFY(in<QPushButton>(staffPage(), u"activeButton"_s)->isEnabled());
}

void TestGuiStaff::clerkSeesNoStaffPages()
{
    signOut();
    signInAs(kClerk, kClerkPassword);
    QVERIFY(activateMain());
    QVERIFY(!window()->staffPage());
    QVERIFY(!window()->accessReviewPage());
    QVERIFY(!window()->auditPage());
    auto* nav = in<QListWidget>(window(), u"navList"_s);
    for (int row = 3; row < nav->count(); ++row)
        QVERIFY(nav->item(row)->isHidden());
    for (const char* page : {"staff", "review", "audit", "reports", "selfcheck"}) {
        QVERIFY(!window()->isPageAvailable(QString::fromLatin1(page)));
        auto* action = window()->findChild<QAction*>(u"show_"_s + QString::fromLatin1(page) + u"_action"_s);
        QVERIFY(action);
        QVERIFY(!action->isVisible());
    }
    QTest::keyClick(window(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window()->currentWorkspacePage(), u"home"_s);
    window()->showPage(u"review"_s);
    QCOMPARE(window()->currentWorkspacePage(), u"home"_s);
    QVERIFY(!in<QLabel>(window()->homePage(), u"staffNotice"_s)->isVisible());
}

void TestGuiStaff::cleanup()
{
    // A failed step must not leave its dialog over the next test.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (auto* dialog = qobject_cast<QDialog*>(w); dialog && dialog->isVisible())
            dialog->reject();
    Messages::nextAnswer.reset();
}

void TestGuiStaff::cleanupTestCase()
{
    Messages::nextAnswer.reset();
    if (m_controller)
        m_controller->shutdown();
    m_controller.reset();
}

QTEST_MAIN(TestGuiStaff)
#include "tst_gui_staff.moc"
