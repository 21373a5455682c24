// Drives the first-run setup wizard and the business profile dialog offscreen.
#include "common/Messages.h"
#include "settings/BusinessProfileDialog.h"
#include "setup/OwnerPage.h"
#include "setup/SetupWizard.h"
#include "vault/RecoveryCode.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace custos;
using custos::ui::SetupWizard;

namespace {
const QString kBusiness = u"Harbor Lane Supplies Ltd"_s;
const QString kEmail = u"orders@harborlane.example"_s;
const QString kStrong = u"Lantern-Harbor-Pebble-93"_s;

template <typename T>
T* child(QWidget* parent, const QString& name)
{
    T* w = parent->findChild<T*>(name);
    if (!w)
        qWarning("missing child %s", qPrintable(name));
    return w;
}

void type(QWidget* parent, const QString& name, const QString& text)
{
    auto* edit = child<QLineEdit>(parent, name);
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void grabTo(QWidget* w, const QString& name)
{
    QCoreApplication::processEvents();
    const QString path = QCoreApplication::applicationDirPath() + u'/' + name;
    QVERIFY2(w->grab().save(path), qPrintable(path));
}
} // namespace

class TestGuiSetup : public QObject
{
    Q_OBJECT

private slots:
    void init() { ui::Messages::nextAnswer.reset(); }
    void fullRun();
    void cancelOnRecoveryPageLeavesNothing();
    void usernameSuggestion_data();
    void usernameSuggestion();
    void businessProfileDialogSaves();

private:
    // Welcome -> business -> owner -> recovery with valid input.
    void goToRecoveryPage(SetupWizard& wizard);
    ManualClock m_clock{QDateTime(QDate(2025, 3, 14), QTime(9, 30), Qt::UTC)};
};

void TestGuiSetup::goToRecoveryPage(SetupWizard& wizard)
{
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::BusinessPageId));
    type(&wizard, u"legalNameEdit"_s, kBusiness);
    type(&wizard, u"phoneEdit"_s, u"+44 23 9200 0000"_s);
    type(&wizard, u"emailEdit"_s, kEmail);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OwnerPageId));
    type(&wizard, u"ownerNameEdit"_s, u"Mary Hollis"_s);
    type(&wizard, u"ownerPasswordEdit"_s, kStrong);
    type(&wizard, u"ownerConfirmEdit"_s, kStrong);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecoveryPageId));
}

void TestGuiSetup::fullRun()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"vault"_s);
    SetupWizard wizard(dir, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // Welcome: the folder is shown, and Enter means Next.
    QCOMPARE(wizard.currentId(), int(SetupWizard::WelcomePageId));
    QCOMPARE(child<QLineEdit>(&wizard, u"vaultDirEdit"_s)->text(), QDir::toNativeSeparators(dir));
    grabTo(&wizard, u"setup-1-welcome.png"_s);
    QTest::keyClick(&wizard, Qt::Key_Return);
    QCOMPARE(wizard.currentId(), int(SetupWizard::BusinessPageId));

    // Business: an empty legal name is refused inline.
    auto* businessError = child<QLabel>(&wizard, u"businessError"_s);
    QVERIFY(businessError);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::BusinessPageId));
    QVERIFY(businessError->isVisible());
    QVERIFY(businessError->text().contains(u"legal name"_s));
    QVERIFY(child<QLineEdit>(&wizard, u"legalNameEdit"_s)->hasFocus());
    grabTo(&wizard, u"setup-2-business-error.png"_s);
    type(&wizard, u"legalNameEdit"_s, kBusiness);
    type(&wizard, u"streetEdit"_s, u"12 Quay Street"_s);
    type(&wizard, u"cityEdit"_s, u"Portsmouth"_s);
    type(&wizard, u"postalCodeEdit"_s, u"PO1 2AB"_s);
    type(&wizard, u"countryEdit"_s, u"United Kingdom"_s);
    type(&wizard, u"phoneEdit"_s, u"+44 23 9200 0000"_s);
    type(&wizard, u"faxEdit"_s, u"+44 23 9200 0001"_s);
    type(&wizard, u"emailEdit"_s, kEmail);
    grabTo(&wizard, u"setup-2-business.png"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OwnerPageId));

    // Owner: the user name is suggested; weak and mismatched passwords are refused inline.
    type(&wizard, u"ownerNameEdit"_s, u"Mary Hollis"_s);
    QCOMPARE(child<QLineEdit>(&wizard, u"ownerUsernameEdit"_s)->text(), u"mary"_s);
    auto* ownerError = child<QLabel>(&wizard, u"ownerError"_s);
    type(&wizard, u"ownerPasswordEdit"_s, u"password1234"_s);
    type(&wizard, u"ownerConfirmEdit"_s, u"password1234"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OwnerPageId));
    QVERIFY(ownerError->isVisible());
    QVERIFY(!ownerError->text().isEmpty());
    qInfo("weak password: %s", qPrintable(ownerError->text()));
    grabTo(&wizard, u"setup-3-owner-weak.png"_s);

    type(&wizard, u"ownerPasswordEdit"_s, kStrong);
    type(&wizard, u"ownerConfirmEdit"_s, u"Lantern-Harbor-Pebble-39"_s);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(SetupWizard::OwnerPageId));
    QVERIFY(ownerError->text().contains(u"match"_s));
    QVERIFY(child<QLineEdit>(&wizard, u"ownerConfirmEdit"_s)->hasFocus());
    grabTo(&wizard, u"setup-3-owner-mismatch.png"_s);

    type(&wizard, u"ownerConfirmEdit"_s, kStrong);
    grabTo(&wizard, u"setup-3-owner.png"_s);
    QTest::keyClick(child<QLineEdit>(&wizard, u"ownerConfirmEdit"_s), Qt::Key_Return); // Enter = Next
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecoveryPageId));

    // Recovery: nothing on disk yet, Finish disabled until the box is ticked.
    QVERIFY(!QFile::exists(dir + u"/keyring.json"_s));
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    QVERIFY(finish->isVisible());
    QVERIFY(!finish->isEnabled());
    const QString code = child<QLabel>(&wizard, u"recoveryCodeLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}$"_s).match(code).hasMatch(), qPrintable(code));
    QVERIFY(!recovery::normalize(code).isEmpty());
    grabTo(&wizard, u"setup-4-recovery.png"_s);

    const QString pdf = QCoreApplication::applicationDirPath() + u"/recovery-sheet.pdf"_s;
    QFile::remove(pdf);
    wizard.setRecoverySheetPathForTest(pdf);
    QTest::mouseClick(child<QPushButton>(&wizard, u"saveSheetButton"_s), Qt::LeftButton);
    QVERIFY(QFile::exists(pdf));
    QVERIFY(child<QLabel>(&wizard, u"sheetStatus"_s)->isVisible());
    QVERIFY(!finish->isEnabled());

    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(pdftotext.waitForFinished(30000));
    QCOMPARE(pdftotext.exitCode(), 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput());
    QVERIFY2(text.contains(kBusiness), qPrintable(text));
    QVERIFY2(text.contains(code), "the recovery code is not on the sheet");
    QVERIFY(text.contains(u"mary"_s));

    auto* stored = child<QCheckBox>(&wizard, u"storedCheck"_s);
    QTest::keyClick(stored, Qt::Key_Space);
    QVERIFY(stored->isChecked());
    QVERIFY(finish->isEnabled());
    grabTo(&wizard, u"setup-4-recovery-saved.png"_s);

    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY2(wizard.result() == QDialog::Accepted, qPrintable(child<QLabel>(&wizard, u"recoveryError"_s)->text()));
    QVERIFY(!wizard.isVisible());
    QVERIFY(QFile::exists(dir + u"/keyring.json"_s));
    QVERIFY(QFile::exists(dir + u"/custos.db"_s));
    QVERIFY(child<QLineEdit>(&wizard, u"ownerPasswordEdit"_s)->text().isEmpty());
    QVERIFY(child<QLineEdit>(&wizard, u"ownerConfirmEdit"_s)->text().isEmpty());

    std::unique_ptr<Vault> vault = wizard.takeVault();
    std::unique_ptr<Session> session = wizard.takeSession();
    QVERIFY(vault);
    QVERIFY(session);
    QCOMPARE(session->employee().username, u"mary"_s);
    QCOMPARE(session->employee().fullName, u"Mary Hollis"_s);
    QCOMPARE(session->employee().role, Role::Owner);
    QCOMPARE(session->businessProfile().legalName, kBusiness);
    QCOMPARE(session->businessProfile().privacyContact, kEmail); // defaulted from the email

    AuditQuery query;
    query.action = audit::kRecoverySheet;
    auto events = session->auditLog().recent(query);
    QVERIFY2(events.ok(), qPrintable(events.errorMessage()));
    QCOMPARE(events->size(), 1);
    QCOMPARE(events->front().details, u"pdf"_s);
    QCOMPARE(events->front().actorName, u"mary"_s);

    // The code on the sheet really opens the vault.
    session.reset();
    auto recovered = vault->recover(code, u"mary"_s, crypto::SecureBytes::fromUtf8(u"Quiet-Meadow-Violin-71"_s));
    QVERIFY2(recovered.ok(), qPrintable(recovered.errorMessage()));
}

void TestGuiSetup::cancelOnRecoveryPageLeavesNothing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString dir = tmp.filePath(u"vault"_s);
    SetupWizard wizard(dir, m_clock);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    goToRecoveryPage(wizard);
    if (QTest::currentTestFailed())
        return;

    // The first Cancel is answered "no": the wizard stays.
    ui::Messages::nextAnswer = QMessageBox::Cancel;
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    QCOMPARE(wizard.currentId(), int(SetupWizard::RecoveryPageId));

    ui::Messages::nextAnswer = QMessageBox::Ok;
    QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!wizard.isVisible());
    QCOMPARE(wizard.result(), int(QDialog::Rejected));
    QVERIFY(!QFile::exists(dir + u"/keyring.json"_s));
    QVERIFY(!QFile::exists(dir + u"/custos.db"_s));
    QVERIFY(!QFileInfo::exists(dir)); // not even the folder
    QVERIFY(!wizard.takeVault());
    QVERIFY(!wizard.takeSession());
}

void TestGuiSetup::usernameSuggestion_data()
{
    QTest::addColumn<QString>("fullName");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first name") << u"Mary Ann Hollis"_s << u"mary"_s;
    QTest::newRow("accents") << u"José Álvarez"_s << u"jose"_s;
    QTest::newRow("short first name") << u"Al Smith"_s << u"al.smith"_s;
    QTest::newRow("spaces") << u"  Ines  "_s << u"ines"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestGuiSetup::usernameSuggestion()
{
    QFETCH(QString, fullName);
    QFETCH(QString, expected);
    const QString suggested = ui::OwnerPage::suggestUsername(fullName);
    QCOMPARE(suggested, expected);
    if (!expected.isEmpty())
        QVERIFY(validateUsername(suggested).isEmpty());
}

void TestGuiSetup::businessProfileDialogSaves()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    BusinessProfile profile;
    profile.legalName = kBusiness;
    profile.street = u"12 Quay Street"_s;
    profile.city = u"Portsmouth"_s;
    profile.postalCode = u"PO1 2AB"_s;
    profile.country = u"United Kingdom"_s;
    profile.phone = u"+44 23 9200 0000"_s;
    profile.email = kEmail;
    profile.privacyContact = u"privacy@harborlane.example"_s;
    Vault::NewAccount owner{u"mary"_s, u"Mary Hollis"_s, crypto::SecureBytes::fromUtf8(kStrong), Role::Owner, false};
    auto code = recovery::generateCode();
    QVERIFY(code.ok());
    auto vault = Vault::create(tmp.filePath(u"vault"_s), profile, owner, code.value(), {}, m_clock);
    QVERIFY2(vault.ok(), qPrintable(vault.errorMessage()));
    auto session = vault.value()->signIn(u"mary"_s, owner.password);
    QVERIFY2(session.ok(), qPrintable(session.errorMessage()));

    ui::BusinessProfileDialog dialog(*session.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(child<QLineEdit>(&dialog, u"legalNameEdit"_s)->text(), kBusiness);
    QCOMPARE(child<QLineEdit>(&dialog, u"privacyContactEdit"_s)->text(), profile.privacyContact);
    grabTo(&dialog, u"business-profile-dialog.png"_s);

    // An empty phone number is refused inline; the dialog stays open.
    type(&dialog, u"phoneEdit"_s, QString());
    auto* save = child<QPushButton>(&dialog, u"saveButton"_s);
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto* error = child<QLabel>(&dialog, u"profileError"_s);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(u"phone"_s));
    grabTo(&dialog, u"business-profile-dialog-error.png"_s);

    type(&dialog, u"phoneEdit"_s, u"+44 23 9200 1234"_s);
    type(&dialog, u"faxEdit"_s, u"+44 23 9200 1235"_s);
    QTest::keyClick(child<QLineEdit>(&dialog, u"faxEdit"_s), Qt::Key_Return); // Enter = Save
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(session.value()->businessProfile().phone, u"+44 23 9200 1234"_s);

    // Saved in the vault, not just in memory, and audited.
    auto again = vault.value()->signIn(u"mary"_s, owner.password);
    QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    QCOMPARE(again.value()->businessProfile().phone, u"+44 23 9200 1234"_s);
    QCOMPARE(again.value()->businessProfile().fax, u"+44 23 9200 1235"_s);
    AuditQuery query;
    query.action = audit::kProfileChanged;
    auto events = again.value()->auditLog().recent(query);
    QVERIFY(events.ok());
    QCOMPARE(events->size(), 1);
}

QTEST_MAIN(TestGuiSetup)
#include "tst_gui_setup.moc"
