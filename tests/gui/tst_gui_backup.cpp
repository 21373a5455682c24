// Backups from the real window, as an owner would: Settings → Backups…, choose a folder and
// "at every sign-out", Back up now (the file appears in the list), then sign out and find the
// automatic backup next to it. A clerk sees no Settings menu at all.
#include "app/AppController.h"
#include "common/Messages.h"
#include "main/MainWindow.h"
#include "settings/BackupDialog.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"
#include "vault/Backup.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace custos;
using custos::ui::AppController;
using custos::ui::MainWindow;
using custos::ui::Messages;

namespace {
const QString kClerk = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;
} // namespace

class TestGuiBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerSetsUpAndBacksUpNow();
    void signOutMakesTheAutomaticBackup();
    void clerkHasNoBackupSettings();
    void cleanup();
    void cleanupTestCase();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    void signInAs(const QString& username, const QString& password);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_folder;
    ManualClock m_clock;
    std::unique_ptr<AppController> m_controller;
};

void TestGuiBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.filePath(u"vault"_s);
    m_folder = m_dir.filePath(u"usb-drive"_s);
    {
        auto vault = test::createVault(m_vaultDir, m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto owner = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        QVERIFY(
            test::addEmployee(*vault.value(), *owner.value(), kClerk, u"Carl Clerk"_s, Role::Clerk, kClerkPassword));
        auto customer = test::addCustomer(*owner.value());
        QVERIFY(customer);
        QVERIFY(test::addOrder(*owner.value(), customer.value()));
    }
    ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    signInAs(test::kOwnerUser, test::kOwnerPassword);
}

void TestGuiBackup::signInAs(const QString& username, const QString& password)
{
    QVERIFY(custos::test::typeSignIn(window(), username, password));
    QVERIFY2(m_controller->session(), qPrintable(username));
    QVERIFY(window()->isWorkspaceShown());
}

void TestGuiBackup::ownerSetsUpAndBacksUpNow()
{
    window()->activateWindow();
    auto* action = window()->findChild<QAction*>(u"backupAction"_s);
    QVERIFY(action && action->isEnabled());
    bool reached = false;
    // The dialog is modal: drive it from the event loop its exec() runs.
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<QDialog*>(test::waitForTopLevel(u"backupDialog"_s));
        QVERIFY(dialog);
        auto* last = dialog->findChild<QLabel*>(u"lastBackupLabel"_s);
        QVERIFY(last->text().contains(u"None yet"_s));
        auto* folder = dialog->findChild<QLineEdit*>(u"backupFolderEdit"_s);
        folder->setFocus();
        QTRY_COMPARE(test::focusName(), u"backupFolderEdit"_s);
        QVERIFY(test::type(m_folder));
        dialog->findChild<QSpinBox*>(u"backupKeepSpin"_s)->setValue(5);
        auto* schedule = dialog->findChild<QComboBox*>(u"backupScheduleCombo"_s);
        schedule->setCurrentIndex(schedule->findData(u"sign_out"_s));

        Messages::nextAnswer = QMessageBox::Ok;
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"backUpNowButton"_s), Qt::LeftButton);
        QVERIFY2(Messages::lastText.contains(u"written and verified"_s), qPrintable(Messages::lastText));
        QCOMPARE(dialog->findChild<QListWidget*>(u"backupList"_s)->count(), 1);
        QVERIFY(!last->text().contains(u"None yet"_s));
        QVERIFY(dialog->grab().save(u"/tmp/backup-dialog.png"_s));
        reached = true;
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"backupSaveButton"_s), Qt::LeftButton);
    });
    action->trigger();
    QVERIFY(reached);
    QVERIFY(!test::topLevel(u"backupDialog"_s));

    auto settings = backup::loadSettings(*m_controller->session());
    QVERIFY(settings);
    QCOMPARE(settings->folder, m_folder);
    QCOMPARE(settings->keep, 5);
    QCOMPARE(settings->schedule, u"sign_out"_s);
    QCOMPARE(backup::listBackups(m_folder, m_controller->session()->vaultId()).size(), 1);
}

void TestGuiBackup::signOutMakesTheAutomaticBackup()
{
    const QString vaultId = m_controller->session()->vaultId();
    m_clock.advanceSecs(120); // a new file name
    window()->activateWindow();
    window()->signOutAction()->trigger();
    QTRY_VERIFY(!m_controller->session());
    QCOMPARE(backup::listBackups(m_folder, vaultId).size(), 2);
}

void TestGuiBackup::clerkHasNoBackupSettings()
{
    signInAs(kClerk, kClerkPassword);
    auto* action = window()->findChild<QAction*>(u"backupAction"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    const QString vaultId = m_controller->session()->vaultId();
    // The automatic backup runs at anyone's sign-out: the owner's setting is the business's.
    m_clock.advanceSecs(120);
    window()->signOutAction()->trigger();
    QTRY_VERIFY(!m_controller->session());
    QCOMPARE(backup::listBackups(m_folder, vaultId).size(), 3);
}

void TestGuiBackup::cleanup()
{
    test::closeLeftoverDialogs();
}

void TestGuiBackup::cleanupTestCase()
{
    test::shutDown(m_controller);
}

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
