// Customer data rights and the security check in the real MainWindow, as an owner at the
// keyboard: the self-check runs by itself at sign-in and the home page says what it found; the
// Security check page (Ctrl+8) lists findings with severity as word and icon, runs again (F5)
// and exports a signed report (Ctrl+E); on the Customers page, Ctrl+Shift+E exports a customer's
// personal data and Ctrl+Shift+Delete erases one after typing ERASE and a reason — refused, with
// the order named, while an order is open.
#include "app/AppController.h"
#include "common/Messages.h"
#include "customers/CustomerListModel.h"
#include "customers/CustomersPage.h"
#include "documents/Signing.h"
#include "main/HomePage.h"
#include "main/MainWindow.h"
#include "selfcheck/IntegrityScan.h"
#include "selfcheck/SelfCheckPage.h"
#include "storage/SettingsRepository.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace custos;
using namespace custos::test;
using namespace Qt::StringLiterals;
using custos::ui::AppController;
using custos::ui::MainWindow;
using custos::ui::Messages;

namespace {
const QString kManagerPassword = u"copper-Lagoon-violet-71"_s;
} // namespace

class TestGuiRights : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_vaultDir;
    ManualClock m_clock;
    std::unique_ptr<AppController> m_controller;
    qint64 m_erasable = 0;
    qint64 m_busy = 0;
    QString m_busyOrder;

    MainWindow* window() const { return m_controller->mainWindow(); }
    Session& session() const { return *m_controller->session(); }
    ui::SelfCheckPage* selfCheck() const { return window()->selfCheckPage(); }
    ui::CustomersPage* customers() const { return window()->customersPage(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    bool activateMain()
    {
        window()->activateWindow();
        return QTest::qWaitFor([this] { return QApplication::activeWindow() == window(); });
    }

    void selectCustomer(qint64 id)
    {
        QVERIFY(activateMain());
        press(Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(customers()->isVisible());
        auto* table = customers()->findChild<QTableView*>(u"customersTable"_s);
        QVERIFY(table);
        const int row = customers()->model()->rowOf(id);
        QVERIFY2(row >= 0, "customer not listed");
        table->setFocus();
        QTRY_COMPARE(focusName(), u"customersTable"_s);
        table->selectRow(row);
        QCOMPARE(customers()->currentCustomerId(), std::optional<qint64>(id));
    }

    void signInAsOwner()
    {
        QVERIFY(typeSignIn(window(), kOwnerUser, kOwnerPassword));
        QVERIFY(m_controller->session());
        QVERIFY(window()->isWorkspaceShown());
    }

    QLabel* selfCheckNotice() const { return window()->homePage()->findChild<QLabel*>(u"selfCheckNotice"_s); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_vaultDir = path(u"vault"_s);
        {
            auto vault = createVault(m_vaultDir, m_clock);
            QVERIFY2(vault, qPrintable(vault.errorMessage()));
            auto owner = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
            QVERIFY2(owner, qPrintable(owner.errorMessage()));
            auto manager = addEmployee(*vault.value(), *owner.value(), u"mara"_s, u"Mara Manager"_s, Role::Manager,
                                       kManagerPassword);
            QVERIFY(manager);
            {
                auto managerSession = signIn(*vault.value(), u"mara"_s, kManagerPassword);
                QVERIFY(managerSession);
                QVERIFY(recordClearedCheck(*vault.value(), *managerSession.value(), owner.value()->employee().id,
                                           m_clock.nowUtc().date()));
            }
            auto erasable = addCustomer(*owner.value(), sampleCustomer(u"Ada Quennell"_s, u"+44 20 7946 0555"_s));
            QVERIFY2(erasable, qPrintable(erasable.errorMessage()));
            m_erasable = erasable.value();
            auto order = addOrder(*owner.value(), m_erasable);
            QVERIFY(order);
            OrderService orders(*owner.value());
            QVERIFY(orders.changeStatus(orders.getByNumber(order.value())->id, OrderStatus::Cancelled));
            auto busy = addCustomer(*owner.value(), sampleCustomer(u"Bruno Busy"_s, u"+44 20 7946 0666"_s));
            QVERIFY(busy);
            m_busy = busy.value();
            auto open = addOrder(*owner.value(), m_busy);
            QVERIFY(open);
            m_busyOrder = open.value();
        }
        ui::AppOptions options;
        options.vaultDir = m_vaultDir;
        m_controller = std::make_unique<AppController>(options, m_clock);
        QVERIFY(m_controller->start());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        signInAsOwner();
    }

    void selfCheckRunsAtSignInAndHomeSaysSo()
    {
        QVERIFY(selfCheck());
        QTRY_VERIFY_WITH_TIMEOUT(selfCheck()->report().has_value(), 15000);
        const auto& report = *selfCheck()->report();
        QCOMPARE(report.problems(), 0);
        QVERIFY(report.warnings() > 0); // no backup yet, no access review yet
        QTRY_VERIFY(selfCheckNotice() && selfCheckNotice()->isVisible());
        QVERIFY(selfCheckNotice()->text().contains(u"warning"_s));
        QVERIFY(selfCheckNotice()->text().contains(u"href=\"selfcheck\""_s));
    }

    void pageShowsFindingsAndRunsAgain()
    {
        QVERIFY(activateMain());
        press(Qt::Key_8, Qt::ControlModifier);
        QTRY_VERIFY(selfCheck()->isVisible());
        auto* list = selfCheck()->findChild<QTreeWidget*>(u"selfCheckFindings"_s);
        auto* headline = selfCheck()->findChild<QLabel*>(u"selfCheckHeadline"_s);
        auto* detail = selfCheck()->findChild<QLabel*>(u"selfCheckDetail"_s);
        QVERIFY(list && headline && detail);
        QCOMPARE(list->topLevelItemCount(), 9);
        QVERIFY(headline->text().contains(u"warning"_s));
        QVERIFY(headline->text().contains(u"last run"_s));
        // Severity as a word and an icon, not colour alone; warnings sorted before OK.
        QCOMPARE(list->topLevelItem(0)->text(0), u"Warning"_s);
        QVERIFY(!list->topLevelItem(0)->icon(0).isNull());
        QCOMPARE(list->topLevelItem(list->topLevelItemCount() - 1)->text(0), u"OK"_s);
        bool sawBackup = false;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            sawBackup |= list->topLevelItem(i)->text(2) == u"No backup has been made yet."_s;
        QVERIFY(sawBackup);
        // Keyboard: the list has the focus; moving shows the detail with what to do.
        QTRY_COMPARE(focusName(), u"selfCheckFindings"_s);
        press(Qt::Key_Home);
        QVERIFY(detail->text().contains(u"What to do"_s));
        QTest::qWait(30);
        QVERIFY(selfCheck()->grab().save(path(u"selfcheck-page.png"_s)));

        // An old backup is a problem: F5 runs again, and the home page says so.
        QVERIFY(storage::SettingsRepository(session().database())
                    .setValue(u"backup.last_success_at"_s, toStorageTime(m_clock.nowUtc().addDays(-60))));
        const qint64 before = selfCheck()->report()->id;
        press(Qt::Key_F5);
        QTRY_VERIFY(selfCheck()->report()->id > before);
        QCOMPARE(selfCheck()->report()->problems(), 1);
        QVERIFY(headline->text().startsWith(u"1 problem"_s));
        QCOMPARE(list->topLevelItem(0)->text(0), u"Problem"_s);
        QVERIFY(selfCheckNotice()->text().contains(u"1 problem needs attention"_s));

        // Export signed report (Ctrl+E) through the test hook.
        const QString pdf = path(u"security-check.pdf"_s);
        selfCheck()->setNextSavePathForTest(pdf);
        Messages::nextAnswer = QMessageBox::Ok;
        press(Qt::Key_E, Qt::ControlModifier);
        QTRY_VERIFY(QFile::exists(pdf));
        auto key = documents::currentSigningKey(session().database());
        QVERIFY(key);
        auto verified = documents::verifyFile(pdf, pdf + u".sig"_s, {key->publicKey});
        QVERIFY(verified && verified->valid);
        QVERIFY(Messages::lastText.contains(key->fingerprint));

        // The home page's link leads back here.
        press(Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY(window()->homePage()->isVisible());
        emit selfCheckNotice()->linkActivated(u"selfcheck"_s);
        QTRY_COMPARE(window()->currentWorkspacePage(), u"selfcheck"_s);
    }

    // The scan of the vault file runs on a worker thread: F5 returns at once, the window goes on
    // working, the rest of the check waits while a dialog is open, and a lock in the middle of
    // a scan drops its result.
    void checkRunsBesideTheWindowAndWaitsForDialogs()
    {
        QVERIFY(activateMain());
        press(Qt::Key_8, Qt::ControlModifier);
        QTRY_VERIFY(selfCheck()->isVisible());
        auto* headline = selfCheck()->findChild<QLabel*>(u"selfCheckHeadline"_s);
        QVERIFY(headline);
        const qint64 before = selfCheck()->report()->id;
        press(Qt::Key_F5);
        QVERIFY(selfCheck()->isRunning());
        QVERIFY2(headline->text().startsWith(u"Checking the vault file for damage"_s), qPrintable(headline->text()));

        QDialog dialog(window());
        dialog.setModal(true);
        dialog.show();
        QTRY_VERIFY(QApplication::activeModalWidget() == &dialog);
        QTRY_VERIFY(!ui::IntegrityScan::busy());
        QTest::qWait(3 * ui::SelfCheckPage::kFirstRunDelayMs);
        QVERIFY(selfCheck()->isRunning());
        QCOMPARE(selfCheck()->report()->id, before);
        dialog.close();
        QTRY_VERIFY(!selfCheck()->isRunning());
        QVERIFY(selfCheck()->report()->id > before);
        for (const selfcheck::Finding& f : selfCheck()->report()->findings)
            if (f.id == selfcheck::id::kVaultIntegrity)
                QVERIFY2(f.severity == selfcheck::Severity::Ok, qPrintable(f.detail));

        // Locked while a scan runs: the page goes, the scan ends by itself, nothing is delivered
        // to the page that asked; the next sign-in's check runs as usual.
        QVERIFY(activateMain());
        press(Qt::Key_F5);
        QVERIFY(selfCheck()->isRunning());
        press(Qt::Key_L, Qt::ControlModifier);
        QTRY_VERIFY(!m_controller->session());
        QTRY_VERIFY(!ui::IntegrityScan::busy());
        QTest::qWait(50);
        signInAsOwner();
        QTRY_VERIFY_WITH_TIMEOUT(selfCheck()->report().has_value(), 15000);
        QVERIFY(!selfCheck()->isRunning());
    }

    void exportPersonalDataByKeyboard()
    {
        selectCustomer(m_erasable);
        QVERIFY(customers()->exportDataAction()->isVisible());
        QVERIFY(customers()->exportDataAction()->isEnabled());
        const QString pdf = path(u"ada.pdf"_s);
        customers()->setNextExportPathForTest(pdf);
        Messages::nextAnswer = QMessageBox::Ok;
        press(Qt::Key_E, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(QFile::exists(pdf));
        QFile json(path(u"ada.json"_s));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(json.readAll()).object();
        QCOMPARE(root.value(u"customer"_s).toObject().value(u"name"_s).toString(), u"Ada Quennell"_s);
        QVERIFY(QFile::exists(pdf + u".sig"_s));
        QVERIFY(pdfText(pdf).contains(u"Ada Quennell"_s));
    }

    void eraseRefusedWithOpenOrder()
    {
        selectCustomer(m_busy);
        press(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget* dialog = waitForTopLevel(u"eraseCustomerDialog"_s);
        QVERIFY(dialog);
        auto* summary = dialog->findChild<QLabel*>(u"eraseSummary"_s);
        auto* button = dialog->findChild<QPushButton*>(u"eraseButton"_s);
        QVERIFY(summary && button);
        QVERIFY2(summary->text().contains(m_busyOrder), qPrintable(summary->text()));
        QVERIFY(!button->isEnabled());
        QTest::qWait(30);
        QVERIFY(dialog->grab().save(path(u"erase-refused.png"_s)));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!topLevel(u"eraseCustomerDialog"_s));
        QVERIFY(!CustomerService(session()).get(m_busy)->erased());
    }

    void eraseByKeyboard()
    {
        selectCustomer(m_erasable);
        press(Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QWidget* dialog = waitForTopLevel(u"eraseCustomerDialog"_s);
        QVERIFY(dialog);
        auto* button = dialog->findChild<QPushButton*>(u"eraseButton"_s);
        QTRY_COMPARE(focusName(), u"eraseConfirmEdit"_s);
        type(u"ERASE"_s);
        QVERIFY(!button->isEnabled()); // a reason is still missing
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"eraseReasonEdit"_s);
        type(u"Letter of 2 May asking to be forgotten"_s);
        press(Qt::Key_Tab);
        QCOMPARE(focusName(), u"eraseCertificateEdit"_s);
        const QString certificate = path(u"ada-erasure.pdf"_s);
        press(Qt::Key_A, Qt::ControlModifier);
        type(certificate);
        QVERIFY(button->isEnabled());
        QTest::qWait(30);
        QVERIFY(dialog->grab().save(path(u"erase-dialog.png"_s)));
        Messages::nextAnswer = QMessageBox::Ok;
        press(Qt::Key_Return);
        QTRY_VERIFY(!topLevel(u"eraseCustomerDialog"_s));
        QVERIFY(QFile::exists(certificate));
        QVERIFY(QFile::exists(certificate + u".sig"_s));
        QVERIFY(Messages::lastText.contains(u"Erased customer #%1"_s.arg(m_erasable)));
        QVERIFY(CustomerService(session()).get(m_erasable)->erased());
        QCOMPARE(customers()->model()->rowOf(m_erasable), -1);
        QVERIFY(pdfText(certificate).contains(u"Ada Quennell"_s));
    }

    void cleanupTestCase()
    {
        Messages::nextAnswer.reset();
        m_controller.reset();
    }
};

QTEST_MAIN(TestGuiRights)
#include "tst_gui_rights.moc"
