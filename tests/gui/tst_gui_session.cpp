// The first complete user journey, driven by keyboard as a clerk would: sign in, idle lock,
// unlock, Ctrl+L, forced password change, lock-out, security policy, recovery.
#include "app/AppController.h"
#include "audit/AuditLog.h"
#include "common/Messages.h"
#include "core/Clock.h"
#include "main/AuditTableModel.h"
#include "main/HomePage.h"
#include "main/MainWindow.h"
#include "session/ChangePasswordDialog.h"
#include "session/IdleMonitor.h"
#include "session/SignInWidget.h"
#include "settings/SecurityPolicyDialog.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using custos::ui::AppController;

namespace {

const QString kOwner = u"olivia"_s;
const QString kOwnerName = u"Olivia Owner"_s;
const QString kOwnerPassword = u"tidal-Marble-orchard-58"_s;
const QString kClerk = u"clara"_s;
const QString kClerkName = u"Clara Clerk"_s;
const QString kClerkNewPassword = u"crimson-Walrus-bicycle-71"_s;
const QString kBusiness = u"Quayside Stationers Ltd."_s;

} // namespace

class TestGuiSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInPageShowsBusiness();
    void privacyDialogExplains();
    void wrongPasswordShowsTriesLeft();
    void ownerSignsInToHome();
    void idleTimeoutLocks();
    void sameUserUnlocksToWorkspace();
    void ctrlLLocksAndClearsClipboard();
    void clerkMustChangePassword();
    void signOutShowsEmptySignIn();
    void cancellingForcedChangeSignsOut();
    void tenWrongPasswordsLockOut();
    void passwordExpiryNotice();
    void securityPolicyDialog();
    void recoveryCodeResetsOwnerPassword();
    void secondInstanceIsRefused();
    void cleanupTestCase();

private:
    template <typename T>
    T* child(const QString& name) const
    {
        T* w = m_controller->mainWindow()->findChild<T*>(name);
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }
    static QWidget* topLevel(const QString& objectName);
    void typeSignIn(const QString& username, const QString& password);
    void saveGrab(QWidget* widget, const QString& name);
    QString signInMessage() const { return child<QLabel>(u"signInMessage"_s)->text(); }

    QTemporaryDir m_dir;
    QString m_vaultDir;
    custos::ManualClock m_clock;
    QDateTime m_createdAt;
    QString m_clerkOneTimePassword;
    QString m_managerOneTimePassword;
    QString m_recoveryCode;
    std::unique_ptr<AppController> m_controller;
};

QWidget* TestGuiSession::topLevel(const QString& objectName)
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows)
        if (w->objectName() == objectName && w->isVisible())
            return w;
    return nullptr;
}

void TestGuiSession::typeSignIn(const QString& username, const QString& password)
{
    auto* user = child<QLineEdit>(u"usernameEdit"_s);
    auto* pass = child<QLineEdit>(u"passwordEdit"_s);
    QVERIFY(user && pass);
    user->clear();
    QTest::keyClicks(user, username);
    QTest::keyClick(user, Qt::Key_Return); // moves on to the password field
    QTest::keyClicks(pass, password);
    QTest::keyClick(pass, Qt::Key_Return);
    QVERIFY2(pass->text().isEmpty(), "the password field must be cleared after every attempt");
}

void TestGuiSession::saveGrab(QWidget* widget, const QString& name)
{
    QTest::qWait(30); // let pending layout requests run, so the picture shows what a user sees
    const QString path = QCoreApplication::applicationDirPath() + u"/tst_gui_session-"_s + name + u".png"_s;
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestGuiSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.path() + u"/vault"_s;
    m_createdAt = m_clock.nowUtc();

    custos::BusinessProfile profile;
    profile.legalName = kBusiness;
    profile.street = u"3 Harbour Row"_s;
    profile.city = u"Falmouth"_s;
    profile.postalCode = u"TR11 3XX"_s;
    profile.country = u"United Kingdom"_s;
    profile.phone = u"+44 1326 000000"_s;
    profile.fax = u"+44 1326 000001"_s;
    profile.email = u"orders@quayside.example"_s;
    profile.privacyContact = u"privacy@quayside.example"_s;

    auto code = custos::recovery::generateCode();
    QVERIFY2(code.ok(), qPrintable(code.errorMessage()));
    m_recoveryCode = code.value();

    custos::Vault::NewAccount owner;
    owner.username = kOwner;
    owner.fullName = kOwnerName;
    owner.password = custos::crypto::SecureBytes::fromUtf8(kOwnerPassword);
    owner.role = custos::Role::Owner;
    owner.mustChangePassword = false;
    {
        auto vault = custos::Vault::create(m_vaultDir, profile, owner, m_recoveryCode, {}, m_clock);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        auto session = vault.value()->signIn(kOwner, owner.password);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        custos::Vault::NewAccount clerk;
        clerk.username = kClerk;
        clerk.fullName = kClerkName;
        clerk.role = custos::Role::Clerk;
        clerk.mustChangePassword = true;
        auto oneTime = vault.value()->addEmployee(*session.value(), clerk);
        QVERIFY2(oneTime.ok(), qPrintable(oneTime.errorMessage()));
        QVERIFY(!oneTime.value().isEmpty());
        m_clerkOneTimePassword = oneTime.value();
        custos::Vault::NewAccount manager;
        manager.username = u"marcus"_s;
        manager.fullName = u"Marcus Manager"_s;
        manager.role = custos::Role::Manager;
        auto managerOneTime = vault.value()->addEmployee(*session.value(), manager);
        QVERIFY2(managerOneTime.ok(), qPrintable(managerOneTime.errorMessage()));
        m_managerOneTimePassword = managerOneTime.value();
        QVERIFY(session.value()->recordEvent(custos::audit::kSignOut, kOwner).ok());
    } // session and vault closed: the controller opens the vault itself

    custos::ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(m_controller->mainWindow());
    QVERIFY(m_controller->mainWindow()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_controller->mainWindow()));
}

void TestGuiSession::signInPageShowsBusiness()
{
    custos::ui::MainWindow* window = m_controller->mainWindow();
    QCOMPARE(window->windowTitle(), u"Custos — "_s + kBusiness);
    QCOMPARE(child<QLabel>(u"signInHeading"_s)->text(), kBusiness);
    QVERIFY(!child<QLabel>(u"demoHint"_s)->isVisible());
    QVERIFY(!child<QLabel>(u"demoBadge"_s)->isVisible());
    QVERIFY(child<QLabel>(u"vaultFolderLabel"_s)->text().contains(u"vault"_s));
    QVERIFY(!window->lockAction()->isEnabled());
    QVERIFY(child<QPushButton>(u"signInButton"_s)->isVisible());
    QVERIFY(child<QPushButton>(u"recoveryButton"_s)->isVisible());
    saveGrab(window, u"signin"_s);
}

void TestGuiSession::privacyDialogExplains()
{
    child<QAction>(u"privacyAction"_s)->trigger();
    QWidget* box = nullptr;
    QTRY_VERIFY((box = topLevel(u"privacyDialog"_s)) != nullptr);
    QVERIFY(!box->isModal()); // it shows no vault data, so it may stay open over the lock page
    saveGrab(box, u"privacy"_s);
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"privacyDialog"_s));
}

void TestGuiSession::wrongPasswordShowsTriesLeft()
{
    typeSignIn(kOwner, u"not-the-password"_s);
    QVERIFY(!m_controller->session());
    QVERIFY2(signInMessage().contains(u"tries left"_s), qPrintable(signInMessage()));
    QVERIFY(signInMessage().contains(u"9 tries left"_s));
    QVERIFY(child<QLabel>(u"signInMessage"_s)->isVisible());

    typeSignIn(u"nobody"_s, u"whatever-it-is"_s);
    QVERIFY(signInMessage().contains(u"no account"_s));
}

void TestGuiSession::ownerSignsInToHome()
{
    typeSignIn(kOwner, kOwnerPassword);
    QVERIFY2(m_controller->session(), qPrintable(signInMessage()));
    custos::ui::MainWindow* window = m_controller->mainWindow();
    QVERIFY(window->isWorkspaceShown());
    custos::ui::HomePage* home = window->homePage();
    QVERIFY(home && home->isVisible());
    QCOMPARE(child<QLabel>(u"signedInLabel"_s)->text(), u"Signed in as Olivia Owner — Owner"_s);
    QCOMPARE(child<QLabel>(u"businessLegalName"_s)->text(), kBusiness);
    QCOMPARE(child<QLabel>(u"businessPhone"_s)->text(), u"+44 1326 000000"_s);
    QCOMPARE(child<QLabel>(u"businessPrivacyContact"_s)->text(), u"privacy@quayside.example"_s);
    QVERIFY(child<QLabel>(u"businessAddress"_s)->text().contains(u"Falmouth"_s));
    QVERIFY(!child<QLabel>(u"passwordExpiryNotice"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"userStatusLabel"_s)->text(), u"Olivia Owner · Owner"_s);
    QVERIFY(window->lockAction()->isEnabled());

    // The owner sees everyone's events, newest first: this sign-in, then the failures before it.
    custos::ui::AuditTableModel* model = home->activityModel();
    QVERIFY(model->rowCount() >= 4);
    QCOMPARE(model->index(0, custos::ui::AuditTableModel::ActionColumn).data().toString(), u"Sign-in"_s);
    QCOMPARE(model->index(0, custos::ui::AuditTableModel::WhoColumn).data().toString(), kOwner);
    bool sawFailure = false;
    for (int row = 0; row < model->rowCount(); ++row)
        sawFailure |= model->index(row, custos::ui::AuditTableModel::OutcomeColumn).data().toString() == u"Failed"_s;
    QVERIFY(sawFailure);
    saveGrab(window, u"home"_s);
}

void TestGuiSession::idleTimeoutLocks()
{
    custos::ui::IdleMonitor* idle = m_controller->idleMonitor();
    QVERIFY(idle->isRunning());
    QCOMPARE(idle->idleLockMinutes(), 15);
    m_clock.advanceSecs(14 * 60);
    idle->checkNow();
    QVERIFY(m_controller->session()); // not yet

    m_clock.advanceSecs(60);
    idle->checkNow();
    QVERIFY(!m_controller->session());
    QVERIFY(m_controller->isLocked());
    custos::ui::MainWindow* window = m_controller->mainWindow();
    QVERIFY(!window->isWorkspaceShown());
    QVERIFY(!window->homePage());
    QVERIFY(child<QLineEdit>(u"passwordEdit"_s)->isVisible());
    QCOMPARE(child<QLabel>(u"signInHeading"_s)->text(), u"Locked"_s);
    QVERIFY(child<QLabel>(u"signInSubtitle"_s)->text().startsWith(u"Olivia Owner was signed in."_s));
    QCOMPARE(child<QLineEdit>(u"usernameEdit"_s)->text(), kOwner);
    QCOMPARE(child<QLabel>(u"userStatusLabel"_s)->text(), u"Locked"_s);
    QVERIFY(!window->lockAction()->isEnabled());
    QVERIFY(!idle->isRunning());
    saveGrab(window, u"locked"_s);
}

void TestGuiSession::sameUserUnlocksToWorkspace()
{
    auto* pass = child<QLineEdit>(u"passwordEdit"_s);
    QTest::keyClicks(pass, kOwnerPassword); // user name already filled in
    QTest::keyClick(pass, Qt::Key_Return);
    QVERIFY2(m_controller->session(), qPrintable(signInMessage()));
    QVERIFY(m_controller->mainWindow()->isWorkspaceShown());
    QCOMPARE(m_controller->mainWindow()->currentWorkspacePage(), u"home"_s);

    custos::ui::AuditTableModel* model = m_controller->mainWindow()->homePage()->activityModel();
    QCOMPARE(model->index(0, custos::ui::AuditTableModel::ActionColumn).data().toString(), u"Unlock"_s);
    QCOMPARE(model->index(1, custos::ui::AuditTableModel::ActionColumn).data().toString(), u"Lock (idle)"_s);
    QCOMPARE(model->event(1).details, u"idle"_s);
}

void TestGuiSession::ctrlLLocksAndClearsClipboard()
{
    custos::ui::MainWindow* window = m_controller->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    // Copy a row of the activity table through Custos: locking must clear it.
    auto* table = child<QTableView>(u"recentActivityTable"_s);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
    QVERIFY(QGuiApplication::clipboard()->text().contains(u"Unlock"_s));

    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(!m_controller->session());
    QVERIFY(m_controller->isLocked());
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

    // Something the user copied elsewhere is left alone.
    typeSignIn(kOwner, kOwnerPassword);
    QVERIFY(m_controller->session());
    QGuiApplication::clipboard()->setText(u"not ours"_s);
    QTest::keyClick(window, Qt::Key_L, Qt::ControlModifier);
    QVERIFY(m_controller->isLocked());
    QCOMPARE(QGuiApplication::clipboard()->text(), u"not ours"_s);
    QCOMPARE(child<QLineEdit>(u"usernameEdit"_s)->text(), kOwner);
}

void TestGuiSession::clerkMustChangePassword()
{
    // Someone else at the locked screen: a fresh sign-in, not an unlock.
    typeSignIn(kClerk, m_clerkOneTimePassword);
    QVERIFY2(m_controller->session(), qPrintable(signInMessage()));
    QVERIFY(!m_controller->mainWindow()->isWorkspaceShown());

    QWidget* found = nullptr;
    QTRY_VERIFY((found = topLevel(u"changePasswordDialog"_s)) != nullptr);
    auto* dialog = qobject_cast<custos::ui::ChangePasswordDialog*>(found);
    QVERIFY(dialog);
    QVERIFY(dialog->isForced());
    QVERIFY(dialog->findChild<QLabel*>(u"changePasswordReason"_s)->text().contains(u"first sign-in"_s));
    auto* current = dialog->findChild<QLineEdit*>(u"currentPasswordEdit"_s);
    auto* fresh = dialog->findChild<QLineEdit*>(u"newPasswordEdit"_s);
    auto* confirm = dialog->findChild<QLineEdit*>(u"confirmPasswordEdit"_s);
    auto* error = dialog->findChild<QLabel*>(u"changePasswordError"_s);
    QVERIFY(current && fresh && confirm && error);

    QTest::keyClicks(current, m_clerkOneTimePassword);
    QTest::keyClicks(fresh, u"password1234"_s);
    QTest::keyClicks(confirm, u"password1234"_s);
    saveGrab(dialog, u"change-password"_s);
    QTest::keyClick(confirm, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QVERIFY(fresh->text().isEmpty() && confirm->text().isEmpty());
    saveGrab(dialog, u"change-password-error"_s);

    QTest::keyClicks(fresh, kClerkNewPassword);
    QTest::keyClicks(confirm, kClerkNewPassword);
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"changePasswordDialog"_s));
    QVERIFY(m_controller->session());
    QCOMPARE(m_controller->session()->passwordChange(), custos::Session::PasswordChange::NotRequired);
    QVERIFY(m_controller->mainWindow()->isWorkspaceShown());
    QCOMPARE(child<QLabel>(u"signedInLabel"_s)->text(), u"Signed in as Clara Clerk — Clerk"_s);

    // Clerks see only their own events, and no Settings menu.
    custos::ui::AuditTableModel* model = m_controller->mainWindow()->homePage()->activityModel();
    QVERIFY(model->rowCount() >= 2);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, custos::ui::AuditTableModel::WhoColumn).data().toString(), kClerk);
    QCOMPARE(model->index(0, custos::ui::AuditTableModel::ActionColumn).data().toString(), u"Password change"_s);
    auto* policyAction = child<QAction>(u"securityPolicyAction"_s);
    QVERIFY(policyAction && !policyAction->isEnabled());
    saveGrab(m_controller->mainWindow(), u"home-clerk"_s);
}

void TestGuiSession::signOutShowsEmptySignIn()
{
    custos::ui::MainWindow* window = m_controller->mainWindow();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    window->signOutAction()->trigger();
    QVERIFY(!m_controller->session());
    QVERIFY(!m_controller->isLocked());
    QVERIFY(child<QLineEdit>(u"usernameEdit"_s)->text().isEmpty());
    QCOMPARE(child<QLabel>(u"signInHeading"_s)->text(), kBusiness);
    QCOMPARE(child<QLabel>(u"userStatusLabel"_s)->text(), u"Not signed in"_s);
}

void TestGuiSession::cancellingForcedChangeSignsOut()
{
    typeSignIn(u"marcus"_s, m_managerOneTimePassword);
    QVERIFY2(m_controller->session(), qPrintable(signInMessage()));
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = topLevel(u"changePasswordDialog"_s)) != nullptr);
    QTest::keyClick(dialog, Qt::Key_Escape); // "Sign out"
    QTRY_VERIFY(!m_controller->session());
    QVERIFY(!topLevel(u"changePasswordDialog"_s));
    QVERIFY(!m_controller->isLocked());
    QVERIFY(child<QLineEdit>(u"usernameEdit"_s)->text().isEmpty());
    QVERIFY(!m_controller->mainWindow()->isWorkspaceShown());
}

void TestGuiSession::tenWrongPasswordsLockOut()
{
    for (int i = 1; i <= 9; ++i) {
        typeSignIn(kClerk, u"wrong-guess-%1"_s.arg(i));
        const QString expected = i == 9 ? u"1 try left"_s : u"%1 tries left"_s.arg(10 - i);
        QVERIFY2(signInMessage().contains(expected), qPrintable(signInMessage()));
    }
    typeSignIn(kClerk, u"wrong-guess-10"_s);
    QVERIFY2(signInMessage().contains(u"locked"_s), qPrintable(signInMessage()));
    // Even the right password is refused now.
    typeSignIn(kClerk, kClerkNewPassword);
    QVERIFY(!m_controller->session());
    QVERIFY2(signInMessage().contains(u"locked after too many wrong passwords"_s), qPrintable(signInMessage()));
    saveGrab(m_controller->mainWindow(), u"locked-out"_s);
}

void TestGuiSession::passwordExpiryNotice()
{
    // 85 days and an hour after the owner's password was set: 4 days 23 hours left of 90,
    // which the notice rounds up to 5.
    m_clock.set(m_createdAt.addDays(85).addSecs(3600));
    typeSignIn(kOwner, kOwnerPassword);
    QVERIFY2(m_controller->session(), qPrintable(signInMessage()));
    QCOMPARE(m_controller->session()->passwordDaysLeft(), 5);
    auto* notice = child<QLabel>(u"passwordExpiryNotice"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Your password expires in 5 days"_s), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(u"Change now"_s));

    // The link opens the (voluntary) change-password dialog; Esc closes it and keeps the session.
    emit m_controller->mainWindow()->homePage()->changePasswordRequested();
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = topLevel(u"changePasswordDialog"_s)) != nullptr);
    QVERIFY(!qobject_cast<custos::ui::ChangePasswordDialog*>(dialog)->isForced());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!topLevel(u"changePasswordDialog"_s));
    QVERIFY(m_controller->session());
    saveGrab(m_controller->mainWindow(), u"home-expiry"_s);
}

void TestGuiSession::securityPolicyDialog()
{
    QVERIFY(m_controller->session());
    auto* action = child<QAction>(u"securityPolicyAction"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    QWidget* found = nullptr;
    QTRY_VERIFY((found = topLevel(u"securityPolicyDialog"_s)) != nullptr);
    auto* idleSpin = found->findChild<QSpinBox*>(u"idleLockMinutesSpin"_s);
    QVERIFY(idleSpin);
    QCOMPARE(idleSpin->maximum(), 15);
    QCOMPARE(found->findChild<QSpinBox*>(u"lockoutMinutesSpin"_s)->minimum(), 30);
    QCOMPARE(found->findChild<QSpinBox*>(u"maxFailedSignInsSpin"_s)->maximum(), 10);
    QCOMPARE(found->findChild<QSpinBox*>(u"passwordHistorySpin"_s)->minimum(), 4);
    QCOMPARE(found->findChild<QSpinBox*>(u"maxPasswordAgeSpin"_s)->maximum(), 90);
    saveGrab(found, u"security-policy"_s);
    idleSpin->selectAll();
    QTest::keyClicks(idleSpin, u"5"_s);
    QTest::keyClick(idleSpin, Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"securityPolicyDialog"_s));
    QCOMPARE(m_controller->session()->policy().idleLockMinutes, 5);
    QCOMPARE(m_controller->idleMonitor()->idleLockMinutes(), 5);

    m_clock.advanceSecs(5 * 60);
    m_controller->idleMonitor()->checkNow();
    QVERIFY(m_controller->isLocked());
}

void TestGuiSession::recoveryCodeResetsOwnerPassword()
{
    QVERIFY(!m_controller->session());
    child<QPushButton>(u"recoveryButton"_s)->click();
    QWidget* dialog = nullptr;
    QTRY_VERIFY((dialog = topLevel(u"recoveryDialog"_s)) != nullptr);
    auto* user = dialog->findChild<QLineEdit*>(u"recoveryUsernameEdit"_s);
    auto* code = dialog->findChild<QLineEdit*>(u"recoveryCodeEdit"_s);
    auto* fresh = dialog->findChild<QLineEdit*>(u"recoveryNewPasswordEdit"_s);
    auto* confirm = dialog->findChild<QLineEdit*>(u"recoveryConfirmPasswordEdit"_s);
    QVERIFY(user && code && fresh && confirm);
    QCOMPARE(user->text(), kOwner); // taken from the sign-in page
    // Typed the forgiving way: lower case, with spaces.
    QTest::keyClicks(code, custos::recovery::formatForDisplay(m_recoveryCode).toLower().replace(u'-', u' '));
    const QString newPassword = u"velvet-Anchor-meadow-36"_s;
    QTest::keyClicks(fresh, newPassword);
    QTest::keyClicks(confirm, newPassword);
    saveGrab(dialog, u"recovery"_s);
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!topLevel(u"recoveryDialog"_s));
    QVERIFY(m_controller->session());
    QCOMPARE(m_controller->session()->employee().username, kOwner);
    QVERIFY(m_controller->mainWindow()->isWorkspaceShown());
}

void TestGuiSession::secondInstanceIsRefused()
{
    custos::ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    AppController second(options, m_clock);
    custos::ui::Messages::nextAnswer = QMessageBox::Ok;
    QVERIFY(!second.start());
    QCOMPARE(second.exitCode(), 1);
    QVERIFY(!second.mainWindow());
    QVERIFY2(custos::ui::Messages::lastText.contains(u"already open"_s), qPrintable(custos::ui::Messages::lastText));

    options.vaultDir = m_dir.path() + u"/not-a-vault"_s;
    QVERIFY(QDir().mkpath(options.vaultDir));
    QFile stray(options.vaultDir + u"/notes.txt"_s);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.close();
    AppController third(options, m_clock);
    custos::ui::Messages::nextAnswer = QMessageBox::Ok;
    QVERIFY(!third.start());
    QCOMPARE(third.exitCode(), 1);
    QVERIFY2(custos::ui::Messages::lastText.contains(u"not a Custos vault"_s),
             qPrintable(custos::ui::Messages::lastText));
}

void TestGuiSession::cleanupTestCase()
{
    m_controller.reset();
    // After the controller is gone the vault is closed: it can be opened again.
    auto vault = custos::Vault::open(m_vaultDir, m_clock);
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
}

QTEST_MAIN(TestGuiSession)
#include "tst_gui_session.moc"
