// Restoring a backup from the GUI, by keyboard, as an owner would after a bad day: from the sign-in
// window "Restore from a backup…", choose the file (its header shows at once; a file that is not a
// backup or is damaged is explained), unlock it with an owner's password (a wrong one and a clerk's
// are refused and nothing changes), check the preview, restore into the open vault's own folder
// (the vault there is moved aside and still opens), sign in to the restored vault and find it as it
// was at the backup. Then the recovery code unlocks and restores into a new folder, which the app
// switches to; and the setup wizard of a new computer restores instead of creating a vault.
#include "app/AppController.h"
#include "common/Messages.h"
#include "main/MainWindow.h"
#include "session/RestoreDialog.h"
#include "session/SignInWidget.h"
#include "setup/SetupWizard.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"
#include "vault/Backup.h"
#include "vault/RecoveryCode.h"
#include "vault/VaultLocation.h"

#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace custos;
using custos::ui::AppController;
using custos::ui::MainWindow;
using custos::ui::Messages;
using custos::ui::RestoreDialog;

namespace {

const QString kClerk = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;
const QString kEarlyCustomer = u"Zoë Smith"_s;
const QString kLateCustomer = u"Peter Afterwards"_s;

QStringList customerNames(Session& session)
{
    QStringList names;
    auto found = CustomerService(session).search(CustomerQuery{});
    if (!found) {
        qWarning("%s", qPrintable(found.errorMessage()));
        return {u"<search failed>"_s};
    }
    for (const Customer& c : found.value())
        names << c.name;
    return names;
}

// Sibling folders of `dir` named "<name><suffix>*" (the vault moved aside, a staging folder).
QStringList siblings(const QString& dir, const QString& suffix)
{
    const QFileInfo info(dir);
    return QDir(info.absolutePath()).entryList({info.fileName() + suffix + u"*"_s}, QDir::Dirs);
}

} // namespace

class TestGuiRestore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInPageOffersRestore();
    void notABackupAndDamagedFileAreExplained();
    void wrongPasswordAndClerkRestoreNothing();
    void restoreIntoTheOpenVaultsFolder();
    void recoveryCodeRestoresIntoNewFolder();
    void setupWizardRestoresOnANewComputer();
    void restoredFolderIsOpenedAtNextStart();
    void cleanup();
    void cleanupTestCase();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    RestoreDialog* openRestoreDialog();
    void chooseFile(RestoreDialog* dialog, const QString& path);
    // The backup made in initTestCase, unlocked with the owner's password by keyboard.
    void unlockAsOwner(RestoreDialog* dialog);
    void signInAs(const QString& username, const QString& password);
    void grab(QWidget* w, const QString& name);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_backupDir;
    QString m_backupPath;
    QString m_recoveryCode;
    qint64 m_dbSizeBefore = 0;
    ManualClock m_clock{QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppController> m_controller;
};

void TestGuiRestore::grab(QWidget* w, const QString& name)
{
    // Let posted layout requests run first (a note that just changed re-wraps).
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(w->grab().save(u"/tmp/restore-%1.png"_s.arg(name)));
}

void TestGuiRestore::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.filePath(u"vault"_s);
    m_backupDir = m_dir.filePath(u"usb-drive"_s);
    {
        auto vault = test::createVault(m_vaultDir, m_clock, test::sampleBusiness(), &m_recoveryCode);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto owner = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        QVERIFY(
            test::addEmployee(*vault.value(), *owner.value(), kClerk, u"Carl Clerk"_s, Role::Clerk, kClerkPassword));
        auto customer = test::addCustomer(*owner.value(), test::sampleCustomer(kEarlyCustomer));
        QVERIFY2(customer, qPrintable(customer.errorMessage()));
        QVERIFY(test::addOrder(*owner.value(), customer.value()));
        auto created = backup::createBackup(*owner.value(), m_vaultDir, m_backupDir, 10);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        m_backupPath = created->path;
        QCOMPARE(created->preview.counts.customers, 1);
        // Work done after the backup: a restore takes the vault back to before it.
        m_clock.advanceSecs(3600);
        QVERIFY(test::addCustomer(*owner.value(), test::sampleCustomer(kLateCustomer, u"+44 20 7946 0999"_s)));
    }
    ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    m_dbSizeBefore = QFileInfo(QDir(m_vaultDir).filePath(u"custos.db"_s)).size();
    QVERIFY(m_dbSizeBefore > 0);
}

RestoreDialog* TestGuiRestore::openRestoreDialog()
{
    window()->activateWindow();
    auto* button = window()->findChild<QPushButton*>(u"restoreButton"_s);
    if (!button || !button->isVisible()) {
        qWarning("no visible restoreButton on the sign-in page");
        return nullptr;
    }
    // By keyboard: focus the link and press Space, as Tab would bring the user there.
    button->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([] { return test::focusName() == u"restoreButton"_s; }))
        qWarning("restoreButton did not take the focus");
    test::press(Qt::Key_Space);
    return qobject_cast<RestoreDialog*>(test::waitForTopLevel(u"restoreDialog"_s));
}

void TestGuiRestore::chooseFile(RestoreDialog* dialog, const QString& path)
{
    QCOMPARE(dialog->step(), RestoreDialog::FileStep);
    QCOMPARE(test::focusName(), u"backupFileEdit"_s);
    QVERIFY(test::type(QDir::toNativeSeparators(path)));
    // Leaving the field reads the file's clear header, before any password.
    QVERIFY(test::press(Qt::Key_Tab));
}

void TestGuiRestore::unlockAsOwner(RestoreDialog* dialog)
{
    chooseFile(dialog, m_backupPath);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    QVERIFY(test::type(test::kOwnerUser));
    QVERIFY(test::press(Qt::Key_Tab));
    QVERIFY(test::type(test::kOwnerPassword));
    QVERIFY(test::press(Qt::Key_Return));
}

void TestGuiRestore::signInAs(const QString& username, const QString& password)
{
    QVERIFY(custos::test::typeSignIn(window(), username, password));
    QVERIFY2(m_controller->session(), qPrintable(window()->signInWidget()->message()));
}

void TestGuiRestore::signInPageOffersRestore()
{
    auto* button = window()->findChild<QPushButton*>(u"restoreButton"_s);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->text().contains(u"Restore"_s));
    QVERIFY(window()->signInWidget()->isAncestorOf(button));
    grab(window(), u"0-sign-in"_s);
}

void TestGuiRestore::notABackupAndDamagedFileAreExplained()
{
    const QString letter = m_dir.filePath(u"letter.txt"_s);
    {
        QFile f(letter);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear customer, ...\n");
    }
    // A copy cut short, as from a USB stick pulled out too early.
    const QString partial = m_dir.filePath(u"partial.cbk"_s);
    {
        QFile in(m_backupPath);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(partial);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }

    RestoreDialog* dialog = openRestoreDialog();
    QVERIFY(dialog);
    auto* error = dialog->findChild<QLabel*>(u"restoreFileError"_s);
    auto* header = dialog->findChild<QLabel*>(u"backupHeaderLabel"_s);
    auto* file = dialog->findChild<QLineEdit*>(u"backupFileEdit"_s);
    QVERIFY(error && header && file);

    chooseFile(dialog, letter);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"not a Custos backup"_s), qPrintable(error->text()));
    QVERIFY(!header->isVisible());
    grab(dialog, u"1-not-a-backup"_s);

    file->setFocus();
    file->clear();
    chooseFile(dialog, partial);
    QVERIFY2(error->text().contains(u"not a complete Custos backup"_s), qPrintable(error->text()));
    // Enter does not move on with a bad file.
    file->setFocus();
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::FileStep);

    file->clear();
    chooseFile(dialog, m_dir.filePath(u"nowhere.cbk"_s));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Cannot read"_s), qPrintable(error->text()));

    // Esc closes it; nothing happened to the vault.
    file->setFocus();
    QVERIFY(test::press(Qt::Key_Escape));
    QTRY_VERIFY(!test::topLevel(u"restoreDialog"_s));
    QVERIFY(m_controller->vault());
    QCOMPARE(m_controller->vault()->directory(), m_vaultDir);
}

void TestGuiRestore::wrongPasswordAndClerkRestoreNothing()
{
    RestoreDialog* dialog = openRestoreDialog();
    QVERIFY(dialog);
    chooseFile(dialog, m_backupPath);
    auto* header = dialog->findChild<QLabel*>(u"backupHeaderLabel"_s);
    QVERIFY(header->isVisible());
    QVERIFY2(header->text().contains(test::sampleBusiness().legalName), qPrintable(header->text()));
    QVERIFY2(header->text().contains(u"today"_s), qPrintable(header->text()));
    grab(dialog, u"1-file"_s);
    QVERIFY(test::press(Qt::Key_Return)); // Next
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    QCOMPARE(test::focusName(), u"restoreUsernameEdit"_s);

    auto* error = dialog->findChild<QLabel*>(u"restoreUnlockError"_s);
    QVERIFY(error);
    QVERIFY(test::type(test::kOwnerUser));
    QVERIFY(test::press(Qt::Key_Tab));
    QCOMPARE(test::focusName(), u"restorePasswordEdit"_s);
    QVERIFY(test::type(u"not-the-Password-99"_s));
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"password is not right"_s), qPrintable(error->text()));
    QCOMPARE(test::focusName(), u"restorePasswordEdit"_s);
    QVERIFY(dialog->findChild<QLineEdit*>(u"restorePasswordEdit"_s)->text().isEmpty());
    grab(dialog, u"2-wrong-password"_s);

    // A clerk's right password opens no backup: restoring is for owners.
    auto* user = dialog->findChild<QLineEdit*>(u"restoreUsernameEdit"_s);
    user->setFocus();
    user->selectAll();
    QVERIFY(test::type(kClerk));
    QVERIFY(test::press(Qt::Key_Tab));
    QVERIFY(test::type(kClerkPassword));
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    QVERIFY2(error->text().contains(u"Only an owner"_s), qPrintable(error->text()));

    QVERIFY(test::press(Qt::Key_Escape));
    QTRY_VERIFY(!test::topLevel(u"restoreDialog"_s));
    // Nothing was restored, moved or staged; the open vault is the same one, untouched.
    QVERIFY(siblings(m_vaultDir, u".before-restore-"_s).isEmpty());
    QVERIFY(siblings(m_vaultDir, u".restoring-"_s).isEmpty());
    QCOMPARE(m_controller->vault()->directory(), m_vaultDir);
    QCOMPARE(QFileInfo(QDir(m_vaultDir).filePath(u"custos.db"_s)).size(), m_dbSizeBefore);
}

void TestGuiRestore::restoreIntoTheOpenVaultsFolder()
{
    RestoreDialog* dialog = openRestoreDialog();
    QVERIFY(dialog);
    chooseFile(dialog, m_backupPath);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    QVERIFY(test::type(test::kOwnerUser));
    QVERIFY(test::press(Qt::Key_Tab));
    QVERIFY(test::type(test::kOwnerPassword));
    grab(dialog, u"2-unlock"_s);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::TargetStep);

    // The preview: business, date, who made it, what it holds.
    QCOMPARE(dialog->findChild<QLabel*>(u"previewBusinessLabel"_s)->text(), test::sampleBusiness().legalName);
    QCOMPARE(dialog->findChild<QLabel*>(u"previewMadeByLabel"_s)->text(), test::kOwnerUser);
    const QString counts = dialog->findChild<QLabel*>(u"previewCountsLabel"_s)->text();
    QVERIFY2(counts.contains(u"Customers: 1,"_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"orders: 1,"_s), qPrintable(counts));
    QVERIFY2(counts.contains(u"employees: 2,"_s), qPrintable(counts));
    // The default target is the open vault's folder, which is kept aside, not overwritten.
    QCOMPARE(test::focusName(), u"targetFolderEdit"_s);
    QCOMPARE(QDir::fromNativeSeparators(dialog->findChild<QLineEdit*>(u"targetFolderEdit"_s)->text()), m_vaultDir);
    const QString note = dialog->findChild<QLabel*>(u"targetNoteLabel"_s)->text();
    QVERIFY2(note.contains(QDir::toNativeSeparators(m_vaultDir) + u".before-restore-"_s), qPrintable(note));
    QVERIFY2(note.contains(u"not overwritten"_s), qPrintable(note));
    QVERIFY2(!note.contains(u"--vault"_s), qPrintable(note)); // the folder the app opens at start
    grab(dialog, u"3-preview"_s);

    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::ConfirmStep);
    const QString summary = dialog->findChild<QLabel*>(u"confirmSummaryLabel"_s)->text();
    QVERIFY2(summary.contains(u".before-restore-"_s), qPrintable(summary));
    grab(dialog, u"4-confirm"_s);
    // Nothing was touched before the confirmation.
    QVERIFY(siblings(m_vaultDir, u".before-restore-"_s).isEmpty());
    QCOMPARE(m_controller->vault()->directory(), m_vaultDir);

    Messages::nextAnswer = QMessageBox::Ok; // "Backup restored"
    QCOMPARE(test::focusName(), u"restoreNowButton"_s);
    QVERIFY(test::press(Qt::Key_Return));
    QTRY_VERIFY(!test::topLevel(u"restoreDialog"_s));
    QVERIFY2(Messages::lastText.contains(u"is restored into"_s), qPrintable(Messages::lastText));

    // The vault that was open is kept aside, whole.
    const QStringList aside = siblings(m_vaultDir, u".before-restore-"_s);
    QCOMPARE(aside.size(), 1);
    const QString asideDir = QFileInfo(m_vaultDir).absoluteDir().filePath(aside.first());
    QVERIFY2(Messages::lastText.contains(QDir::toNativeSeparators(asideDir)), qPrintable(Messages::lastText));
    QVERIFY(siblings(m_vaultDir, u".restoring-"_s).isEmpty());

    // The app shows the sign-in window of the restored vault, in the same folder.
    QVERIFY(m_controller->vault());
    QCOMPARE(m_controller->vault()->directory(), m_vaultDir);
    QVERIFY(window());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(!window()->isWorkspaceShown());
    QCOMPARE(window()->findChild<QLabel*>(u"signInHeading"_s)->text(), test::sampleBusiness().legalName);
    grab(window(), u"5-sign-in-restored"_s);

    signInAs(test::kOwnerUser, test::kOwnerPassword);
    const QStringList names = customerNames(*m_controller->session());
    QVERIFY2(names.contains(kEarlyCustomer), qPrintable(names.join(u", "_s)));
    QVERIFY2(!names.contains(kLateCustomer), qPrintable(names.join(u", "_s)));
    m_controller->signOut();
    QTRY_VERIFY(!m_controller->session());

    // The vault moved aside still opens and still holds the work done after the backup.
    auto previous = Vault::open(asideDir, m_clock);
    QVERIFY2(previous, qPrintable(previous.errorMessage()));
    auto session = test::signIn(*previous.value(), test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    const QStringList before = customerNames(*session.value());
    QVERIFY2(before.contains(kLateCustomer) && before.contains(kEarlyCustomer), qPrintable(before.join(u", "_s)));
}

void TestGuiRestore::recoveryCodeRestoresIntoNewFolder()
{
    const QString target = m_dir.filePath(u"new-computer/vault"_s);
    RestoreDialog* dialog = openRestoreDialog();
    QVERIFY(dialog);
    chooseFile(dialog, m_backupPath);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    // Alt+C chooses "With the recovery code" and puts the cursor in its field.
    QVERIFY(test::press(Qt::Key_C, Qt::AltModifier));
    QTRY_VERIFY(dialog->findChild<QRadioButton*>(u"unlockRecoveryRadio"_s)->isChecked());
    QTRY_COMPARE(test::focusName(), u"restoreRecoveryCodeEdit"_s);
    QVERIFY(!dialog->findChild<QLineEdit*>(u"restorePasswordEdit"_s)->isEnabled());
    QVERIFY(test::type(u"AAAAA-BBBBB-CCCCC-DDDDD-EEEEE"_s));
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::UnlockStep);
    QVERIFY2(dialog->findChild<QLabel*>(u"restoreUnlockError"_s)->text().contains(u"recovery code is not right"_s),
             qPrintable(dialog->findChild<QLabel*>(u"restoreUnlockError"_s)->text()));
    grab(dialog, u"2-recovery-wrong"_s);
    auto* code = dialog->findChild<QLineEdit*>(u"restoreRecoveryCodeEdit"_s);
    code->selectAll();
    // Typed the forgiving way: lower case, spaces for dashes.
    QVERIFY(test::type(recovery::formatForDisplay(m_recoveryCode).toLower().replace(u'-', u' ')));
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::TargetStep);
    QVERIFY(code->text().isEmpty()); // not kept in the field

    auto* edit = dialog->findChild<QLineEdit*>(u"targetFolderEdit"_s);
    QCOMPARE(test::focusName(), u"targetFolderEdit"_s);
    // A folder with other files in it is refused.
    QVERIFY(test::type(m_dir.path()));
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::TargetStep);
    QVERIFY(dialog->findChild<QLabel*>(u"restoreTargetError"_s)->text().contains(u"not empty"_s));
    edit->selectAll();
    QVERIFY(test::type(target));
    const QString note = dialog->findChild<QLabel*>(u"targetNoteLabel"_s)->text();
    QVERIFY2(note.contains(u"new folder"_s), qPrintable(note));
    QVERIFY2(note.contains(u"--vault"_s), qPrintable(note)); // not where the app looks at start
    grab(dialog, u"3-new-folder"_s);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::ConfirmStep);
    // Back and forth keeps what was chosen.
    QVERIFY(test::press(Qt::Key_B, Qt::AltModifier));
    QTRY_COMPARE(dialog->step(), RestoreDialog::TargetStep);
    QTRY_COMPARE(test::focusName(), u"targetFolderEdit"_s);
    QCOMPARE(QDir::fromNativeSeparators(edit->text()), target);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::ConfirmStep);

    Messages::nextAnswer = QMessageBox::Ok;
    QVERIFY(test::press(Qt::Key_Return));
    QTRY_VERIFY(!test::topLevel(u"restoreDialog"_s));
    QVERIFY2(Messages::lastText.contains(u"is restored into"_s), qPrintable(Messages::lastText));

    // The app now works on the restored vault; the one it had open is untouched.
    QVERIFY(Vault::looksLikeVault(target));
    QCOMPARE(m_controller->vault()->directory(), target);
    QCOMPARE(siblings(m_vaultDir, u".before-restore-"_s).size(), 1);
    QVERIFY(siblings(target, u".before-restore-"_s).isEmpty());
    auto stillThere = Vault::open(m_vaultDir, m_clock);
    QVERIFY2(stillThere, qPrintable(stillThere.errorMessage()));
    stillThere.value().reset();

    QVERIFY(QTest::qWaitForWindowExposed(window()));
    signInAs(test::kOwnerUser, test::kOwnerPassword);
    const QStringList names = customerNames(*m_controller->session());
    QVERIFY2(names == QStringList{kEarlyCustomer}, qPrintable(names.join(u", "_s)));
    m_controller->signOut();
    QTRY_VERIFY(!m_controller->session());
}

void TestGuiRestore::setupWizardRestoresOnANewComputer()
{
    QTemporaryDir computer;
    QVERIFY(computer.isValid());
    const QString dir = computer.filePath(u"vault"_s);
    ui::SetupWizard wizard(dir, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* button = wizard.findChild<QPushButton*>(u"restoreButton"_s);
    QVERIFY(button && button->isVisible());
    grab(&wizard, u"6-wizard-welcome"_s);
    // Alt+R on the welcome page.
    wizard.activateWindow();
    QVERIFY(QTest::qWaitFor([&] { return QApplication::activeWindow() == &wizard; }));
    QTest::keyClick(&wizard, Qt::Key_R, Qt::AltModifier);
    auto* dialog = qobject_cast<RestoreDialog*>(test::waitForTopLevel(u"restoreDialog"_s));
    QVERIFY(dialog);
    unlockAsOwner(dialog);
    QCOMPARE(dialog->step(), RestoreDialog::TargetStep);
    // The wizard's folder is the default: new, so nothing is moved aside, and it is where the app looks.
    QCOMPARE(QDir::fromNativeSeparators(dialog->findChild<QLineEdit*>(u"targetFolderEdit"_s)->text()), dir);
    const QString note = dialog->findChild<QLabel*>(u"targetNoteLabel"_s)->text();
    QVERIFY2(note.contains(u"new folder"_s) && !note.contains(u"--vault"_s), qPrintable(note));
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::ConfirmStep);
    Messages::nextAnswer = QMessageBox::Ok;
    QVERIFY(test::press(Qt::Key_Return));
    // The wizard finishes with the restored vault (no session: the app shows its sign-in window).
    QTRY_VERIFY2(!wizard.isVisible(), qPrintable(Messages::lastText));
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    auto vault = wizard.takeVault();
    QVERIFY(vault);
    QCOMPARE(vault->directory(), dir);
    QCOMPARE(vault->label(), test::sampleBusiness().legalName);
    QVERIFY(!wizard.takeSession());
    auto session = test::signIn(*vault, test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(session, qPrintable(session.errorMessage()));
    QCOMPARE(customerNames(*session.value()), QStringList{kEarlyCustomer});
}

// Started without --vault, the app opens its default folder; after a restore into another
// folder it opens that one at the next start, and when that folder has gone (a drive not
// connected) it asks before falling back to the default instead of offering to set up anew.
void TestGuiRestore::restoredFolderIsOpenedAtNextStart()
{
    QStandardPaths::setTestModeEnabled(true); // the default location and settings under ~/.qttest
    const QString defaultDir = Vault::defaultLocation();
    auto tidy = qScopeGuard([defaultDir] {
        QDir(defaultDir).removeRecursively();
        QFile::remove(vaultlocation::settingsFile());
        QStandardPaths::setTestModeEnabled(false);
    });
    QDir(defaultDir).removeRecursively();
    QFile::remove(vaultlocation::settingsFile());
    {
        auto made = test::createVault(defaultDir, m_clock);
        QVERIFY2(made, qPrintable(made.errorMessage()));
    }
    const auto restart = [this] {
        test::shutDown(m_controller);
        m_controller = std::make_unique<AppController>(ui::AppOptions{}, m_clock);
        return m_controller->start() && QTest::qWaitForWindowExposed(window());
    };
    QVERIFY(restart());
    QCOMPARE(m_controller->vault()->directory(), defaultDir);

    const QString elsewhere = m_dir.filePath(u"usb-stick/vault"_s);
    RestoreDialog* dialog = openRestoreDialog();
    QVERIFY(dialog);
    unlockAsOwner(dialog);
    QCOMPARE(dialog->step(), RestoreDialog::TargetStep);
    dialog->findChild<QLineEdit*>(u"targetFolderEdit"_s)->selectAll();
    QVERIFY(test::type(elsewhere));
    const QString note = dialog->findChild<QLabel*>(u"targetNoteLabel"_s)->text();
    QVERIFY2(note.contains(u"at every start from now on"_s) && !note.contains(u"--vault"_s), qPrintable(note));
    grab(dialog, u"7-remembered-folder"_s);
    QVERIFY(test::press(Qt::Key_Return));
    QCOMPARE(dialog->step(), RestoreDialog::ConfirmStep);
    Messages::nextAnswer = QMessageBox::Ok;
    QVERIFY(test::press(Qt::Key_Return));
    QTRY_VERIFY(!test::topLevel(u"restoreDialog"_s));
    QCOMPARE(m_controller->vault()->directory(), elsewhere);
    QCOMPARE(vaultlocation::remembered(), elsewhere);
    // The default vault was not in the way: it stays where it was, untouched.
    QVERIFY(Vault::looksLikeVault(defaultDir));
    QVERIFY(siblings(defaultDir, u".before-restore-"_s).isEmpty());

    // The next start opens the restored vault.
    QVERIFY(restart());
    QCOMPARE(m_controller->vault()->directory(), elsewhere);
    signInAs(test::kOwnerUser, test::kOwnerPassword);
    QCOMPARE(customerNames(*m_controller->session()), QStringList{kEarlyCustomer});
    m_controller->signOut();
    QTRY_VERIFY(!m_controller->session());

    // The stick is not plugged in: asked first, then the default folder (and it is forgotten).
    test::shutDown(m_controller);
    QVERIFY(QDir().rename(elsewhere, elsewhere + u"-unplugged"_s));
    Messages::nextAnswer = QMessageBox::Ok;
    QVERIFY(restart());
    QVERIFY2(Messages::lastText.contains(u"which is not there now"_s), qPrintable(Messages::lastText));
    QCOMPARE(m_controller->vault()->directory(), defaultDir);
    QVERIFY(vaultlocation::remembered().isEmpty());

    // Declined: the app does not start (nothing is set up in the default folder either).
    QVERIFY(vaultlocation::remember(elsewhere));
    test::shutDown(m_controller);
    Messages::nextAnswer = QMessageBox::Cancel;
    m_controller = std::make_unique<AppController>(ui::AppOptions{}, m_clock);
    QVERIFY(!m_controller->start());
    QCOMPARE(vaultlocation::remembered(), elsewhere);
    test::shutDown(m_controller);
}

void TestGuiRestore::cleanup()
{
    test::closeLeftoverDialogs();
}

void TestGuiRestore::cleanupTestCase()
{
    test::shutDown(m_controller);
}

QTEST_MAIN(TestGuiRestore)
#include "tst_gui_restore.moc"
