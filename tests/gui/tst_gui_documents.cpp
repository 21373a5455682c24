// Documents in the real GUI, offscreen: the blank order form from File → Print blank order form…
// (preview, Save as PDF and Print through the test hooks), the order confirmation from the order
// dialog, the privacy notice and document settings dialogs, and the phone script in the order
// editor.
#include "app/AppController.h"
#include "app/AppOptions.h"
#include "common/Messages.h"
#include "documents/DocumentPreviewDialog.h"
#include "documents/DocumentSettings.h"
#include "documents/PrivacyNotice.h"
#include "documents/Signing.h"
#include "main/MainWindow.h"
#include "orders/OrderDetailDialog.h"
#include "orders/OrderEditor.h"
#include "settings/DocumentSettingsDialog.h"
#include "settings/PrivacyNoticeDialog.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <functional>

using namespace Qt::StringLiterals;
using namespace custos::test;
using custos::ui::AppController;
using custos::ui::DocumentPreviewDialog;
using custos::ui::MainWindow;
using custos::ui::Messages;

// The text of a PDF as a reader would search it: ligature glyphs ("ﬁ", "ﬀ") read as letters.
static QString documentText(const QString& path)
{
    return custos::test::pdfText(path).normalized(QString::NormalizationForm_KC);
}

class TestGuiDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void blankFormPreviewSaveAndPrint();
    void confirmationFromOrderDialog();
    void privacyNoticeDialogEditsAndSaves();
    void documentSettingsDialogSetsPaperAndLogo();
    void phoneScriptPanelForPhoneOrders();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    custos::Session& session() const { return *m_controller->session(); }
    template <typename T>
    static T* in(QWidget* parent, const QString& name)
    {
        T* w = parent ? parent->findChild<T*>(name) : nullptr;
        if (!w)
            qWarning("no %s", qPrintable(name));
        return w;
    }
    QList<custos::AuditEvent> events(const QString& action) const
    {
        custos::AuditQuery q;
        q.action = action;
        auto found = session().auditLog().recent(q);
        return found ? found.value() : QList<custos::AuditEvent>{};
    }
    void grab(QWidget* widget, const QString& name)
    {
        // Kept for looking at: set CUSTOS_GRAB_DIR to keep screenshots of the dialogs.
        const QString dir = qEnvironmentVariable("CUSTOS_GRAB_DIR");
        if (!dir.isEmpty()) {
            QTest::qWait(50);
            widget->grab().save(dir + u'/' + name + u".png"_s);
        }
    }

    // Modal dialogs run their own event loop: `interact` runs inside it once the dialog `name`
    // shows, then anything left open is closed so `trigger` (which opens it) returns.
    void withDialog(const QString& name, const std::function<void()>& trigger,
                    const std::function<void(QWidget*)>& interact)
    {
        bool ran = false;
        QTimer::singleShot(0, this, [&] {
            if (QWidget* dialog = waitForTopLevel(name)) {
                ran = true;
                interact(dialog);
            }
            closeDialogs();
        });
        trigger();
        QVERIFY2(ran, qPrintable(name + u" did not open"_s));
    }
    void closeDialogs()
    {
        for (QWidget* w : QApplication::topLevelWidgets())
            if (w != window() && w->isVisible() && w->isModal())
                if (auto* dialog = qobject_cast<QDialog*>(w)) {
                    Messages::nextAnswer = QMessageBox::Ok;
                    dialog->reject();
                }
        Messages::nextAnswer.reset();
    }

    QTemporaryDir m_dir;
    custos::ManualClock m_clock;
    std::unique_ptr<AppController> m_controller;
    qint64 m_orderId = 0;
    QString m_orderNumber;
};

void TestGuiDocuments::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString vaultDir = m_dir.filePath(u"vault"_s);
    {
        auto vault = createVault(vaultDir, m_clock);
        QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
        auto owner = signIn(*vault.value(), kOwnerUser, kOwnerPassword);
        QVERIFY2(owner.ok(), qPrintable(owner.errorMessage()));
        auto customer = addCustomer(*owner.value());
        QVERIFY2(customer.ok(), qPrintable(customer.errorMessage()));
        auto number = addOrder(*owner.value(), customer.value(), u"4242424242424242"_s);
        QVERIFY2(number.ok(), qPrintable(number.errorMessage()));
        m_orderNumber = number.value();
        m_orderId = custos::OrderService(*owner.value()).getByNumber(m_orderNumber)->id;
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

void TestGuiDocuments::cleanup()
{
    // A failed test must not leave a modal dialog behind for the next one.
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w != window() && w->isVisible())
            if (auto* dialog = qobject_cast<QDialog*>(w)) {
                Messages::nextAnswer = QMessageBox::Ok;
                dialog->reject();
            }
    Messages::nextAnswer.reset();
    DocumentPreviewDialog::nextSavePath.reset();
    DocumentPreviewDialog::nextPrintToFile.reset();
}

void TestGuiDocuments::blankFormPreviewSaveAndPrint()
{
    window()->activateWindow();
    QVERIFY(QTest::qWaitFor([this] { return QApplication::activeWindow() == window(); }));
    auto next = custos::documents::nextDocumentId(session().database());
    QVERIFY(next.ok());
    const QString serial = custos::documents::formSerial(next.value());
    const QString nextSerial = custos::documents::formSerial(next.value() + 1);
    const QString saved = m_dir.filePath(u"blank-form.pdf"_s);
    const QString printed = m_dir.filePath(u"printed-form.pdf"_s);
    bool closedByEsc = false;

    // Ctrl+P in the main window, as a user would.
    withDialog(
        u"documentPreviewDialog"_s, [this] { QTest::keyClick(window(), Qt::Key_P, Qt::ControlModifier); },
        [&](QWidget* dialog) {
            QVERIFY(in<QPrintPreviewWidget>(dialog, u"documentPreview"_s));
            QVERIFY(in<QPushButton>(dialog, u"printButton"_s)->isEnabled());
            grab(dialog, u"blank-form-preview"_s);

            DocumentPreviewDialog::nextSavePath = saved;
            QVERIFY(press(Qt::Key_S, Qt::ControlModifier));
            QTRY_VERIFY(QFile::exists(saved));
            auto* status = in<QLabel>(dialog, u"previewStatus"_s);
            QVERIFY2(status->text().contains(serial), qPrintable(status->text()));

            // Print… goes to a PDF through the test hook: the next serial, audited as printed.
            DocumentPreviewDialog::nextPrintToFile = printed;
            in<QPushButton>(dialog, u"printButton"_s)->click();
            QTRY_VERIFY(QFile::exists(printed));
            QVERIFY(status->text().contains(nextSerial));

            QVERIFY(press(Qt::Key_Escape));
            closedByEsc = !dialog->isVisible();
        });
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(closedByEsc);

    const QString text = documentText(saved);
    QVERIFY(text.contains(sampleBusiness().legalName));
    QVERIFY(text.contains(sampleBusiness().fax));
    QVERIFY(text.contains(serial));
    QVERIFY(text.contains(u"Cut off along the dotted line"_s));
    QVERIFY(!text.contains(u"provisional"_s));
    auto savedEvents = events(custos::audit::kDocumentSaved);
    QVERIFY(!savedEvents.isEmpty());
    QCOMPARE(savedEvents.first().target, u"form:"_s + serial);
    QVERIFY2(documentText(printed).contains(nextSerial), qPrintable(documentText(printed)));
    auto printedEvents = events(custos::audit::kDocumentPrinted);
    QVERIFY(!printedEvents.isEmpty());
    QCOMPARE(printedEvents.first().target, u"form:"_s + nextSerial);
}

void TestGuiDocuments::confirmationFromOrderDialog()
{
    auto* detail = new custos::ui::OrderDetailDialog(session(), m_orderId, window());
    detail->setAttribute(Qt::WA_DeleteOnClose);
    detail->show();
    QVERIFY(QTest::qWaitForWindowExposed(detail));
    auto* button = in<QPushButton>(detail, u"printConfirmationButton"_s);
    QVERIFY(button && button->isVisible());
    const QString saved = m_dir.filePath(u"confirmation.pdf"_s);
    withDialog(
        u"documentPreviewDialog"_s, [button] { button->click(); },
        [&](QWidget* dialog) {
            QVERIFY(dialog->windowTitle().contains(m_orderNumber));
            grab(dialog, u"confirmation-preview"_s);
            DocumentPreviewDialog::nextSavePath = saved;
            in<QPushButton>(dialog, u"saveAsPdfButton"_s)->click();
            QTRY_VERIFY(QFile::exists(saved));
        });
    QVERIFY(!QTest::currentTestFailed());
    const QString text = documentText(saved);
    QVERIFY2(text.contains(u"Visa •••• 4242"_s), qPrintable(text));
    QVERIFY(text.contains(m_orderNumber));
    QVERIFY(!text.contains(u"424242"_s)); // the owner may see the BIN on screen, never on paper
    auto savedEvents = events(custos::audit::kDocumentSaved);
    QVERIFY(!savedEvents.isEmpty());
    QCOMPARE(savedEvents.first().target, u"order:"_s + m_orderNumber);
    detail->close();
}

void TestGuiDocuments::privacyNoticeDialogEditsAndSaves()
{
    window()->activateWindow();
    QAction* action = window()->findChild<QAction*>(u"privacyNoticeAction"_s);
    QVERIFY(action);
    bool saved = false;
    withDialog(
        u"privacyNoticeDialog"_s, [action] { action->trigger(); },
        [&](QWidget* dialog) {
            auto* full = in<QPlainTextEdit>(dialog, u"privacyNoticeEdit"_s);
            auto* preview = in<QTextBrowser>(dialog, u"privacyNoticePreview"_s);
            QCOMPARE(full->toPlainText(), custos::documents::defaultPrivacyNotice().fullText);
            QVERIFY(preview->toPlainText().contains(sampleBusiness().legalName));
            QCOMPARE(focusName(), u"privacyNoticeEdit"_s);

            // Replace the notice by typing, insert a placeholder from the list.
            QVERIFY(press(Qt::Key_A, Qt::ControlModifier));
            QVERIFY(type(u"Your data is safe with "_s));
            auto* list = in<QListWidget>(dialog, u"placeholderList"_s);
            list->setCurrentRow(0); // {business}
            in<QPushButton>(dialog, u"insertPlaceholderButton"_s)->click();
            QCOMPARE(focusName(), u"privacyNoticeEdit"_s);
            QVERIFY(type(u". Ask {bogus}."_s));
            QVERIFY(preview->toPlainText().contains(u"Your data is safe with Quayside Stationers Ltd."_s));
            grab(dialog, u"privacy-notice-dialog"_s);

            // An unknown placeholder keeps the dialog open and says which.
            QVERIFY(press(Qt::Key_S, Qt::ControlModifier));
            auto* error = in<QLabel>(dialog, u"privacyNoticeError"_s);
            QVERIFY2(error->text().contains(u"{bogus}"_s), qPrintable(error->text()));
            QVERIFY(dialog->isVisible());

            // Esc with changes asks first; "Cancel" in the question keeps the dialog.
            Messages::nextAnswer = QMessageBox::Cancel;
            QVERIFY(press(Qt::Key_Escape));
            QVERIFY(dialog->isVisible());
            QVERIFY(Messages::lastText.contains(u"unsaved"_s));

            full->setFocus();
            QTest::keyClick(full, Qt::Key_End, Qt::ControlModifier);
            for (int i = 0; i < int(QStringLiteral(" Ask {bogus}.").size()); ++i)
                QVERIFY(press(Qt::Key_Backspace));
            QVERIFY(type(u" Write to {privacy_contact}."_s));
            QVERIFY(press(Qt::Key_S, Qt::ControlModifier));
            saved = !dialog->isVisible();
        });
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(saved);
    auto stored = custos::documents::loadPrivacyNotice(session().database());
    QVERIFY(stored.ok());
    QCOMPARE(stored->fullText, u"Your data is safe with {business}. Write to {privacy_contact}."_s);
    QVERIFY(!events(custos::audit::kPrivacyNoticeChanged).isEmpty());

    // Restore default and save.
    withDialog(
        u"privacyNoticeDialog"_s, [action] { action->trigger(); },
        [&](QWidget* dialog) {
            in<QPushButton>(dialog, u"restoreDefaultButton"_s)->click();
            QCOMPARE(in<QPlainTextEdit>(dialog, u"privacyNoticeEdit"_s)->toPlainText(),
                     custos::documents::defaultPrivacyNotice().fullText);
            in<QPushButton>(dialog, u"privacyNoticeSaveButton"_s)->click();
        });
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(custos::documents::loadPrivacyNotice(session().database())->fullText,
             custos::documents::defaultPrivacyNotice().fullText);
}

void TestGuiDocuments::documentSettingsDialogSetsPaperAndLogo()
{
    QImage logo(900, 300, QImage::Format_RGB32);
    logo.fill(Qt::white);
    const QString logoPath = m_dir.filePath(u"logo.png"_s);
    QVERIFY(logo.save(logoPath));
    const QString notImage = m_dir.filePath(u"notes.png"_s);
    {
        QFile f(notImage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a picture");
    }

    window()->activateWindow();
    QAction* action = window()->findChild<QAction*>(u"documentSettingsAction"_s);
    QVERIFY(action);
    withDialog(
        u"documentSettingsDialog"_s, [action] { action->trigger(); },
        [&](QWidget* dialog) {
            auto* paper = in<QComboBox>(dialog, u"paperSizeCombo"_s);
            QCOMPARE(focusName(), u"paperSizeCombo"_s);
            QCOMPARE(paper->currentData().toInt(), int(QPageSize::A4));
            QVERIFY(press(Qt::Key_Down));
            QCOMPARE(paper->currentData().toInt(), int(QPageSize::Letter));

            custos::ui::DocumentSettingsDialog::nextLogoPath = notImage;
            in<QPushButton>(dialog, u"chooseLogoButton"_s)->click();
            QVERIFY(!in<QLabel>(dialog, u"documentSettingsError"_s)->text().isEmpty());
            custos::ui::DocumentSettingsDialog::nextLogoPath = logoPath;
            in<QPushButton>(dialog, u"chooseLogoButton"_s)->click();
            QVERIFY(in<QLabel>(dialog, u"documentSettingsError"_s)->isHidden());
            QVERIFY(!in<QLabel>(dialog, u"logoPreview"_s)->pixmap().isNull());
            QVERIFY(in<QPushButton>(dialog, u"removeLogoButton"_s)->isEnabled());
            grab(dialog, u"document-settings-dialog"_s);
            in<QPushButton>(dialog, u"documentSettingsSaveButton"_s)->click();
        });
    QVERIFY(!QTest::currentTestFailed());
    auto settings = custos::documents::loadDocumentSettings(session().database());
    QVERIFY(settings.ok());
    QCOMPARE(settings->pageSize, QPageSize::Letter);
    QVERIFY(settings->hasLogo());
    QCOMPARE(settings->logo().width(), custos::documents::kMaxLogoWidth);
    QVERIFY(!events(custos::audit::kDocumentSettingsChanged).isEmpty());
}

void TestGuiDocuments::phoneScriptPanelForPhoneOrders()
{
    window()->activateWindow();
    QVERIFY(QTest::qWaitFor([this] { return QApplication::activeWindow() == window(); }));
    window()->newOrderAction()->trigger();
    QWidget* editorWidget = waitForTopLevel(u"orderEditor"_s);
    QVERIFY2(editorWidget, "the order editor did not open");
    auto* editor = qobject_cast<custos::ui::OrderEditor*>(editorWidget);
    QVERIFY(editor);
    auto* panel = in<QWidget>(editor, u"phoneScriptPanel"_s);
    auto* script = in<QLabel>(editor, u"phoneScriptLabel"_s);
    auto* channel = in<QComboBox>(editor, u"channelCombo"_s);
    QCOMPARE(channel->currentData().toString(), u"phone"_s);
    QVERIFY(panel->isVisible());
    QVERIFY(script->isVisible());
    QVERIFY(script->text().contains(sampleBusiness().legalName));
    QVERIFY(script->text().contains(u"security code"_s));
    QVERIFY(editor->isScriptShown());
    grab(editor, u"order-editor-script"_s);

    // F2 folds and unfolds it without moving the keyboard focus.
    const QString focusBefore = focusName();
    QVERIFY(press(Qt::Key_F2));
    QVERIFY(!script->isVisible());
    QVERIFY(!editor->isScriptShown());
    QCOMPARE(focusName(), focusBefore);
    QVERIFY(press(Qt::Key_F2));
    QVERIFY(script->isVisible());

    // Not for a fax order.
    channel->setCurrentIndex(channel->findData(u"fax"_s));
    QVERIFY(!panel->isVisible());
    channel->setCurrentIndex(channel->findData(u"phone"_s));
    QVERIFY(panel->isVisible());
    editor->close();
}

QTEST_MAIN(TestGuiDocuments)
#include "tst_gui_documents.moc"
