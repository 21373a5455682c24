// Settings → Keys… in the real window, as an owner would use it by keyboard: the three keys,
// rotating the signing key (new fingerprint, the old one retired), the card-data key (a
// card number on a received order reveals the same digits afterwards; Cancel changes nothing)
// and the vault (master) key on a worker thread (the vault opens and signs in afterwards).
// Keys past their cryptoperiod say "due now" in words. Clerks and managers get no Keys action.
#include "access/Disclosure.h"
#include "app/AppController.h"
#include "common/Messages.h"
#include "documents/Signing.h"
#include "main/MainWindow.h"
#include "orders/OrderService.h"
#include "selfcheck/SelfCheckPage.h"
#include "settings/KeysDialog.h"
#include "support/GuiSupport.h"
#include "support/TestSupport.h"
#include "vault/KeyRotation.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace custos;
using custos::ui::AppController;
using custos::ui::KeysDialog;
using custos::ui::MainWindow;
using custos::ui::Messages;
using custos::ui::SelfCheckPage;

namespace {
const QString kClerk = u"carl"_s;
const QString kClerkPassword = u"crimson-Walrus-bicycle-71"_s;
const QString kManager = u"mara"_s;
const QString kManagerPassword = u"copper-Lantern-meadow-39"_s;
const QString kPan = u"4242424242424242"_s;
const QString kReason = u"Customer disputes the charge with the bank"_s;

// The table row of a key kind (rows carry the storage name).
int rowOf(QTableWidget* table, VaultKeyKind kind)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0) && table->item(row, 0)->data(Qt::UserRole).toString() == vaultKeyKindToStorage(kind))
            return row;
    return -1;
}

QString cell(QTableWidget* table, VaultKeyKind kind, int column)
{
    const int row = rowOf(table, kind);
    return row >= 0 && table->item(row, column) ? table->item(row, column)->text() : QString();
}

// Focuses a button as Tab would and presses Space: the click happens before this returns.
void press(QWidget* dialog, const QString& button)
{
    auto* b = dialog->findChild<QPushButton*>(button);
    QVERIFY2(b, qPrintable(button));
    b->setFocus(Qt::TabFocusReason);
    QTest::keyClick(b, Qt::Key_Space);
}

QString oneLine(QString text)
{
    return text.replace(u'\n', u' ');
}
} // namespace

class TestGuiKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void ownerRotatesEachKeyByKeyboard();
    void vaultOpensAfterwards();
    void dueKeysSayDueNowInWords();
    void clerkAndManagerHaveNoKeysAction();
    void cleanup();
    void cleanupTestCase();

private:
    MainWindow* window() const { return m_controller->mainWindow(); }
    void startApp();
    void signInAs(const QString& username, const QString& password);
    QString reveal(Session& session);

    QTemporaryDir m_dir;
    QString m_vaultDir;
    QString m_oldVaultDir;
    ManualClock m_clock;
    qint64 m_orderId = 0;
    // Set from timers that may run inside a rotation (members: they may also run after it).
    bool m_cancelled = false;
    int m_busyChecks = 0;
    QString m_busyProblem;
    std::unique_ptr<AppController> m_controller;
};

void TestGuiKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_vaultDir = m_dir.filePath(u"vault"_s);
    {
        auto vault = test::createVault(m_vaultDir, m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto owner = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        QVERIFY(
            test::addEmployee(*vault.value(), *owner.value(), kClerk, u"Carl Clerk"_s, Role::Clerk, kClerkPassword));
        auto manager = test::addEmployee(*vault.value(), *owner.value(), kManager, u"Mara Manager"_s, Role::Manager,
                                         kManagerPassword);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        const QDate today = m_clock.nowUtc().date();
        // Both screened (each recorded by the other), the manager with a card-data grant.
        auto managerSession = test::signIn(*vault.value(), kManager, kManagerPassword);
        QVERIFY2(managerSession, qPrintable(managerSession.errorMessage()));
        QVERIFY(test::recordClearedCheck(*vault.value(), *managerSession.value(), owner.value()->employee().id, today));
        QVERIFY(test::recordClearedCheck(*vault.value(), *owner.value(), manager.value(), today));
        auto granted = test::grantCardAccess(*owner.value(), manager.value(), today);
        QVERIFY2(granted, qPrintable(granted.errorMessage()));
        auto customer = test::addCustomer(*owner.value());
        QVERIFY(customer);
        auto number = test::addOrder(*owner.value(), customer.value(), kPan);
        QVERIFY2(number, qPrintable(number.errorMessage()));
        auto order = OrderService(*owner.value()).getByNumber(number.value());
        QVERIFY(order);
        m_orderId = order->id;
    }
    // A second vault made 13 months ago: every key is past its cryptoperiod.
    m_oldVaultDir = m_dir.filePath(u"old-vault"_s);
    {
        ManualClock past(m_clock.nowUtc().addMonths(-13));
        auto old = test::createVault(m_oldVaultDir, past);
        QVERIFY2(old, qPrintable(old.errorMessage()));
    }
    startApp();
    signInAs(test::kOwnerUser, test::kOwnerPassword);
}

void TestGuiKeys::startApp()
{
    ui::AppOptions options;
    options.vaultDir = m_vaultDir;
    m_controller = std::make_unique<AppController>(options, m_clock);
    QVERIFY(m_controller->start());
    QVERIFY(QTest::qWaitForWindowExposed(window()));
}

void TestGuiKeys::signInAs(const QString& username, const QString& password)
{
    QVERIFY(custos::test::typeSignIn(window(), username, password));
    QVERIFY2(m_controller->session(), qPrintable(username));
    QVERIFY(window()->isWorkspaceShown());
}

QString TestGuiKeys::reveal(Session& session)
{
    auto pan = access::Disclosure(session).revealPan(m_orderId, kReason);
    if (!pan) {
        qWarning("reveal: %s", qPrintable(pan.errorMessage()));
        return {};
    }
    return QString::fromUtf8(pan->constChar(), static_cast<qsizetype>(pan->size()));
}

void TestGuiKeys::ownerRotatesEachKeyByKeyboard()
{
    Session& session = *m_controller->session();
    QCOMPARE(reveal(session), kPan);
    auto* action = window()->findChild<QAction*>(u"keysAction"_s);
    QVERIFY(action && action->isEnabled());

    // Settings (Alt+S), then K&eys… (E).
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTest::keyClick(window(), Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
    QMenu* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
    QVERIFY(menu->actions().contains(action));

    bool reached = false;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<KeysDialog*>(test::waitForTopLevel(u"keysDialog"_s));
        QVERIFY(dialog);
        // Whatever fails below, the dialog closes so the test reports it instead of hanging.
        auto closeDialog = qScopeGuard([dialog] { dialog->reject(); });
        auto* table = dialog->findChild<QTableWidget*>(u"keysTable"_s);
        auto* result = dialog->findChild<QLabel*>(u"keysResultLabel"_s);
        QVERIFY(table && result);
        QCOMPARE(table->rowCount(), 3);
        // The self-check of this sign-in has not run yet (the dialog opened at once): it waits for
        // the dialog, so that it never queries the vault in the middle of a rotation.
        auto* selfCheck = window()->findChild<SelfCheckPage*>();
        QVERIFY(selfCheck);
        if (!selfCheck->report()) {
            QTest::qWait(3 * SelfCheckPage::kFirstRunDelayMs);
            QVERIFY2(!selfCheck->report(), "the sign-in self-check ran while the Keys dialog was open");
        } else {
            qWarning("the sign-in self-check ran before the Keys dialog opened: its wait is not tested");
        }
        QVERIFY(!dialog->findChild<QWidget*>(u"recoveryCodeBox"_s)->isVisible());
        auto keys = documents::signingKeys(session.database());
        QVERIFY(keys && keys->size() == 1);
        const QString oldSigning = keys->first().fingerprint;
        QCOMPARE(oneLine(cell(table, VaultKeyKind::Signing, 3)), oldSigning);
        QCOMPARE(cell(table, VaultKeyKind::Signing, 4), u"0"_s);
        QVERIFY(!cell(table, VaultKeyKind::Master, 2).contains(u"due now"_s));
        const QString oldCardData = oneLine(cell(table, VaultKeyKind::CardData, 3));
        QVERIFY(!oldCardData.isEmpty());

        // Signing: Alt+S on "Rotate &signing key…" (a mnemonic clicks a moment later), confirmed.
        Messages::nextAnswer = QMessageBox::Ok;
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        QTRY_VERIFY2(result->isVisible(), "the signing key rotation did not run");
        QVERIFY2(Messages::lastText.contains(u"stay verifiable with the old public key"_s),
                 qPrintable(Messages::lastText));
        keys = documents::signingKeys(session.database());
        QVERIFY(keys && keys->size() == 2);
        const QString newSigning = keys->first().fingerprint;
        QVERIFY(newSigning != oldSigning);
        QVERIFY(keys->first().isCurrent());
        QCOMPARE(keys->last().fingerprint, oldSigning);
        QVERIFY(!keys->last().isCurrent());
        QCOMPARE(oneLine(cell(table, VaultKeyKind::Signing, 3)), newSigning);
        QCOMPARE(cell(table, VaultKeyKind::Signing, 4), u"1"_s);
        QVERIFY2(result->isVisible() && result->text().contains(u"New fingerprint: "_s + newSigning),
                 qPrintable(result->text()));
        QVERIFY(result->text().contains(u"Old fingerprint: "_s + oldSigning));

        // Card data, cancelled while it runs: nothing changes.
        Messages::nextAnswer = QMessageBox::Ok;
        m_cancelled = false;
        QTimer::singleShot(0, this, [this] {
            auto* progress = qobject_cast<QProgressDialog*>(test::topLevel(u"keyRotationProgress"_s));
            if (auto* cancel = progress ? progress->findChild<QPushButton*>() : nullptr) {
                QTest::mouseClick(cancel, Qt::LeftButton);
                m_cancelled = true;
            }
        });
        // Space on the focused button clicks at once (the mnemonic would click from a timer).
        press(dialog, u"rotateCardDataButton"_s);
        QVERIFY(m_cancelled);
        QVERIFY2(result->text().contains(u"cancelled"_s), qPrintable(result->text()));
        QCOMPARE(oneLine(cell(table, VaultKeyKind::CardData, 3)), oldCardData);
        QCOMPARE(reveal(session), kPan);

        // Card data, for real.
        Messages::nextAnswer = QMessageBox::Ok;
        press(dialog, u"rotateCardDataButton"_s);
        QVERIFY2(result->text().contains(u"Card numbers sealed to the new key: 1."_s), qPrintable(result->text()));
        const QString newCardData = oneLine(cell(table, VaultKeyKind::CardData, 3));
        QVERIFY(newCardData != oldCardData);
        QCOMPARE(cell(table, VaultKeyKind::CardData, 4), u"1"_s);
        QCOMPARE(reveal(session), kPan);

        // The vault (master) key, on the worker thread behind the busy dialog.
        Messages::nextAnswer = QMessageBox::Ok;
        m_busyChecks = 0;
        m_busyProblem.clear();
        QPointer<KeysDialog> guarded(dialog);
        QTimer::singleShot(0, this, [this, guarded] {
            auto* busy = qobject_cast<QProgressDialog*>(test::topLevel(u"keyRotationProgress"_s));
            if (!busy || !guarded || !guarded->isRotating())
                return; // the rotation was over before the event loop ran: nothing to look at
            ++m_busyChecks;
            if (busy->findChild<QPushButton*>())
                m_busyProblem = u"the busy dialog offers a button"_s;
            // As the idle lock does: asks every dialog to go. Both stay while the rekey runs.
            busy->reject();
            guarded->reject();
            if (!busy->isVisible() || !guarded->isVisible())
                m_busyProblem = u"a dialog closed while the master key was being rotated"_s;
        });
        press(dialog, u"rotateMasterButton"_s);
        QVERIFY2(m_busyProblem.isEmpty(), qPrintable(m_busyProblem));
        if (m_busyChecks == 0)
            qWarning("the master key rotation finished before the busy dialog could be looked at");
        QVERIFY(!dialog->isRotating());
        QVERIFY(dialog->isVisible());
        QVERIFY2(result->text().contains(u"vault key was rotated"_s), qPrintable(result->text()));
        QCOMPARE(cell(table, VaultKeyKind::Master, 4), u"1"_s);
        QCOMPARE(reveal(session), kPan);

        QVERIFY(dialog->grab().save(u"/tmp/keys-dialog.png"_s));
        reached = true;
        closeDialog.dismiss();
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(menu, Qt::Key_E);
    QVERIFY(reached);
    QTRY_VERIFY(!test::topLevel(u"keysDialog"_s));
    // ...and runs once the dialog has closed, on the rotated vault.
    auto* selfCheck = window()->findChild<SelfCheckPage*>();
    QTRY_VERIFY(selfCheck->report().has_value());

    // Every rotation is on record, the cancelled one as a failure.
    AuditQuery query;
    query.action = u"key."_s;
    auto events = m_controller->session()->auditLog().recent(query);
    QVERIFY(events);
    int rotated = 0;
    int failed = 0;
    for (const AuditEvent& e : events.value()) {
        rotated += e.action == audit::kKeyRotated && e.outcome == audit::kSuccess ? 1 : 0;
        failed += e.action == audit::kKeyRotationFailed ? 1 : 0;
    }
    QCOMPARE(rotated, 3);
    QCOMPARE(failed, 1);
}

void TestGuiKeys::vaultOpensAfterwards()
{
    m_controller->shutdown();
    m_controller.reset();
    {
        auto vault = Vault::open(m_vaultDir, m_clock);
        QVERIFY2(vault, qPrintable(vault.errorMessage()));
        auto owner = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
        QVERIFY2(owner, qPrintable(owner.errorMessage()));
        QCOMPARE(reveal(*owner.value()), kPan);
        auto manager = test::signIn(*vault.value(), kManager, kManagerPassword);
        QVERIFY2(manager, qPrintable(manager.errorMessage()));
        // The manager's grant was issued again for the new card-data key.
        QCOMPARE(reveal(*manager.value()), kPan);
        auto verified = owner.value()->auditLog().verify();
        QVERIFY2(verified, qPrintable(verified.errorMessage()));
        QVERIFY2(verified->intact, qPrintable(verified->problem));
    }
    startApp();
}

void TestGuiKeys::dueKeysSayDueNowInWords()
{
    auto vault = Vault::open(m_oldVaultDir, m_clock);
    QVERIFY2(vault, qPrintable(vault.errorMessage()));
    auto owner = test::signIn(*vault.value(), test::kOwnerUser, test::kOwnerPassword);
    QVERIFY2(owner, qPrintable(owner.errorMessage()));
    KeysDialog dialog(*vault.value(), *owner.value());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* table = dialog.findChild<QTableWidget*>(u"keysTable"_s);
    QVERIFY(table);
    for (VaultKeyKind kind : {VaultKeyKind::Master, VaultKeyKind::CardData, VaultKeyKind::Signing}) {
        const int row = rowOf(table, kind);
        QVERIFY(row >= 0);
        QVERIFY2(table->item(row, 2)->text().contains(u"due now"_s), qPrintable(table->item(row, 2)->text()));
        QVERIFY(table->item(row, 2)->font().bold());
    }
    QVERIFY(dialog.grab().save(u"/tmp/keys-dialog-due.png"_s));
    dialog.reject();
}

void TestGuiKeys::clerkAndManagerHaveNoKeysAction()
{
    for (const auto& [user, password] : {std::pair{kClerk, kClerkPassword}, std::pair{kManager, kManagerPassword}}) {
        signInAs(user, password);
        auto* action = window()->findChild<QAction*>(u"keysAction"_s);
        QVERIFY(action);
        QVERIFY2(!action->isEnabled(), qPrintable(user));
        window()->signOutAction()->trigger();
        QTRY_VERIFY(!m_controller->session());
    }
}

void TestGuiKeys::cleanup()
{
    test::closeLeftoverDialogs();
}

void TestGuiKeys::cleanupTestCase()
{
    test::shutDown(m_controller);
}

QTEST_MAIN(TestGuiKeys)
#include "tst_gui_keys.moc"
