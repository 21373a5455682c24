// The Reports page and the signing key dialog, driven as an owner in the real main window: Ctrl+7,
// pick the access report, export it to PDF (the save path through the test hook), and check the
// file, its signature and the result line; then Settings → Signing key shows the fingerprint and
// exports the PEM that verifies the report.
#include "app/AppController.h"
#include "documents/Signing.h"
#include "main/MainWindow.h"
#include "reports/ComplianceReports.h"
#include "reports/ReportsPage.h"
#include "settings/SigningKeyDialog.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"

#include <QAction>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace custos;
using namespace custos::test;
using custos::ui::AppController;
using custos::ui::MainWindow;

class TestGuiReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_out;
    ManualClock m_clock{QDateTime(QDate(2026, 5, 4), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<AppController> m_controller;
    MainWindow* window() const { return m_controller->mainWindow(); }

    template <typename T>
    static T* child(QWidget* parent, const QString& name)
    {
        T* w = parent ? parent->findChild<T*>(name) : nullptr;
        if (!w)
            qWarning("no child %s", qPrintable(name));
        return w;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid() && m_out.isValid());
        if (qEnvironmentVariableIsSet("CUSTOS_TEST_KEEP_OUTPUT")) { // to look at the grabs
            m_out.setAutoRemove(false);
            qInfo("output in %s", qPrintable(m_out.path()));
        }
        const QString vaultDir = m_dir.filePath(u"vault"_s);
        {
            // Events last quarter (the page's default range): one reveal by the owner.
            ManualClock past(QDateTime(QDate(2026, 2, 10), QTime(10, 0), Qt::UTC));
            auto vault = createVault(vaultDir, past);
            QVERIFY2(vault, qPrintable(vault.errorMessage()));
            auto owner = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
            QVERIFY2(owner, qPrintable(owner.errorMessage()));
            QVERIFY(owner.value()->recordEvent(audit::kCardRevealed, u"order:2026-000001"_s, audit::kSuccess,
                                               u"reason=chargeback"_s));
        }
        custos::ui::AppOptions options;
        options.vaultDir = vaultDir;
        m_controller = std::make_unique<AppController>(options, m_clock);
        QVERIFY(m_controller->start());
        QVERIFY(QTest::qWaitForWindowExposed(window()));
        QVERIFY(typeSignIn(window(), kOwnerUser, kOwnerPassword));
        QVERIFY(m_controller->session());
        QVERIFY(window()->isWorkspaceShown());
    }

    void exportAccessReportAsPdf()
    {
        window()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QTest::keyClick(window(), Qt::Key_7, Qt::ControlModifier);
        QTRY_COMPARE(window()->currentWorkspacePage(), QString::fromLatin1(MainWindow::kReportsPage));
        ui::ReportsPage* page = window()->reportsPage();
        QVERIFY(page);
        auto* list = child<QTreeWidget>(page, u"reportList"_s);
        QVERIFY(list);
        QTRY_COMPARE(focusName(), u"reportList"_s);
        QCOMPARE(list->topLevelItemCount(), 6);
        QCOMPARE(list->currentItem()->text(0), u"Disclosure and access"_s);
        // Default range: the last full quarter.
        QCOMPARE(child<QDateEdit>(page, u"fromDate"_s)->date(), QDate(2026, 1, 1));
        QCOMPARE(child<QDateEdit>(page, u"toDate"_s)->date(), QDate(2026, 3, 31));

        // The statement has no CSV: the button follows the selection (keyboard: Down x5).
        for (int i = 0; i < 5; ++i)
            QVERIFY(press(Qt::Key_Down));
        QCOMPARE(list->currentItem()->text(0), u"Privacy and security statement"_s);
        QVERIFY(!child<QPushButton>(page, u"exportCsvButton"_s)->isEnabled());
        QVERIFY(!child<QDateEdit>(page, u"fromDate"_s)->isEnabled());
        QVERIFY(press(Qt::Key_Home));
        QCOMPARE(list->currentItem()->text(0), u"Disclosure and access"_s);
        QVERIFY(child<QPushButton>(page, u"exportCsvButton"_s)->isEnabled());

        const QString path = m_out.filePath(u"access-report-2026-Q1.pdf"_s);
        page->setNextSavePathForTest(path);
        QVERIFY(press(Qt::Key_P, Qt::AltModifier)); // Export &PDF…
        auto* result = child<QLabel>(page, u"reportResult"_s);
        QVERIFY(result);
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(QFile::exists(path), qPrintable(result->text()));
        QVERIFY(QFile::exists(path + u".sig"_s));
        QVERIFY2(result->text().contains(path + u".sig"_s), qPrintable(result->text()));

        auto keys = documents::signingKeys(m_controller->session()->database());
        QVERIFY(keys);
        QVERIFY(result->text().contains(keys->first().fingerprint));
        auto verified = documents::verifyFile(path, path + u".sig"_s, {keys->first().publicKey});
        QVERIFY(verified && verified->valid);
        const QString text = pdfText(path);
        QVERIFY2(text.contains(u"Olivia Owner (olivia)"_s), qPrintable(text));
        QVERIFY(text.contains(u"Card number revealed"_s));
        page->grab().save(m_out.filePath(u"reports-page.png"_s));
    }

    void signingKeyDialogShowsFingerprintAndExportsPem()
    {
        auto* action = window()->findChild<QAction*>(u"signingKeyAction"_s);
        QVERIFY(action);
        auto keys = documents::signingKeys(m_controller->session()->database());
        QVERIFY(keys);
        const QString fingerprint = keys->first().fingerprint;
        const QString pem = m_out.filePath(u"signing-key.pem"_s);
        bool checked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::SigningKeyDialog*>(waitForTopLevel(u"signingKeyDialog"_s));
            if (!dialog)
                return;
            // Whatever fails below, the dialog closes so the test reports it instead of hanging.
            auto closeDialog = qScopeGuard([dialog] { dialog->reject(); });
            auto* label = child<QLabel>(dialog, u"fingerprintLabel"_s);
            QVERIFY(label);
            QCOMPARE(label->text(), fingerprint);
            QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByKeyboard);
            auto* command = child<QLineEdit>(dialog, u"opensslCommand"_s);
            QVERIFY(command && command->text().startsWith(u"openssl pkeyutl -verify -pubin"_s));
            dialog->setNextExportPathForTest(pem);
            QTest::keyClick(dialog, Qt::Key_E, Qt::AltModifier); // &Export public key…
            QTRY_VERIFY(QFile::exists(pem));
            QVERIFY(child<QLabel>(dialog, u"signingKeyMessage"_s)->text().contains(fingerprint));
            auto* copy = child<QPushButton>(dialog, u"copyFingerprintButton"_s);
            QVERIFY(copy);
            copy->setFocus(Qt::TabFocusReason);
            QTest::keyClick(copy, Qt::Key_Space);
            QCOMPARE(child<QLabel>(dialog, u"signingKeyMessage"_s)->text(), u"Fingerprint copied."_s);
            QCOMPARE(QGuiApplication::clipboard()->text(), fingerprint);
            dialog->grab().save(m_out.filePath(u"signing-key-dialog.png"_s));
            checked = true;
        });
        action->trigger();
        QVERIFY(checked);
        QFile f(pem);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(bytes.contains(fingerprint.toLatin1()));
        // The exported key verifies the report exported above, with OpenSSL.
        const QString report = m_out.filePath(u"access-report-2026-Q1.pdf"_s);
        const CliRun openssl =
            runProcess(u"openssl"_s, {u"pkeyutl"_s, u"-verify"_s, u"-pubin"_s, u"-inkey"_s, pem, u"-rawin"_s, u"-in"_s,
                                      report, u"-sigfile"_s, report + u".sig"_s});
        QVERIFY2(openssl.code == 0, qPrintable(openssl.describe()));
    }

    void cleanupTestCase() { m_controller.reset(); }
};

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
