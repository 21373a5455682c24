#include "app/AppController.h"

#include "audit/AuditCheckpoints.h"
#include "audit/AuditLog.h"
#include "common/Messages.h"
#include "demo/DemoVault.h"
#include "main/MainWindow.h"
#include "selfcheck/IntegrityScan.h"
#include "session/ChangePasswordDialog.h"
#include "session/IdleMonitor.h"
#include "session/RestoreDialog.h"
#include "session/SignInWidget.h"
#include "session/WaitCursor.h"
#include "settings/BackupDialog.h"
#include "settings/BusinessProfileDialog.h"
#include "settings/SecurityPolicyDialog.h"
#include "setup/SetupWizard.h"
#include "vault/Session.h"
#include "vault/Vault.h"
#include "vault/VaultLocation.h"

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {

bool isMissingOrEmpty(const QString& dir)
{
    const QDir folder(dir);
    return !folder.exists() || folder.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
}

// A message box or file dialog may be inside its own event loop; the lock waits this long
// for it to return before trying again.
constexpr int kModalRetryMs = 100;

} // namespace

AppController::AppController(AppOptions options, const custos::Clock& clock, QObject* parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock)
{
    m_idle = new IdleMonitor(clock, this);
    connect(m_idle, &IdleMonitor::idleTimeout, this, [this] { lock(LockReason::Idle); });
}

AppController::~AppController()
{
    delete m_restoreDialog.data(); // parentless, and its runner refers to this controller
    shutdown();
    m_window.reset();
}

bool AppController::start()
{
    std::unique_ptr<Session> session;
    if (m_options.demo) {
        const QString dir = m_options.vaultDir.isEmpty() ? demo::defaultDemoLocation() : m_options.vaultDir;
        if (!Vault::looksLikeVault(dir) && isMissingOrEmpty(dir)) {
            auto created = [&] {
                WaitCursor wait;
                return demo::createDemoVault(dir, m_clock);
            }();
            if (!created)
                return fail(tr("Cannot create the demo vault"), created.errorMessage());
            m_vault = std::move(created.value().vault);
        } else if (!openVault(dir)) {
            return false;
        }
    } else {
        const QString dir = m_options.vaultDir.isEmpty() ? rememberedFolderOrDefault() : m_options.vaultDir;
        if (dir.isEmpty()) {
            m_exitCode = 0; // the owner chose to look for the drive first
            return false;
        }
        if (!Vault::looksLikeVault(dir) && isMissingOrEmpty(dir)) {
            SetupWizard wizard(dir, m_clock);
            wizard.setRemembersRestoredFolder(remembersFolder());
            if (wizard.exec() != QDialog::Accepted) {
                m_exitCode = 0;
                return false;
            }
            m_vault = wizard.takeVault();
            session = wizard.takeSession();
            if (!m_vault)
                return fail(tr("Setup did not finish"), tr("The vault was not created. Start Custos again."));
            // The wizard's restore may have put the vault into another folder.
            rememberFolder(m_vault->directory());
        } else if (!openVault(dir)) {
            return false;
        }
    }
    showWindow();
    if (session)
        acceptSession(std::move(session));
    return true;
}

bool AppController::openVault(const QString& dir)
{
    auto opened = Vault::open(dir, m_clock);
    if (opened) {
        m_vault = std::move(opened.value());
        return true;
    }
    QString title;
    switch (opened.errorCode()) {
    case Errc::Busy:
        title = tr("The vault is already open");
        break;
    case Errc::Corrupt:
        title = tr("The vault is damaged");
        break;
    case Errc::NotFound:
        title = tr("No vault found");
        break;
    default:
        title = tr("Cannot open the vault");
        break;
    }
    return fail(title, opened.errorMessage());
}

bool AppController::fail(const QString& title, const QString& message)
{
    Messages::warning(nullptr, title, message);
    m_exitCode = 1;
    return false;
}

void AppController::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_vault, m_clipboard);
    connect(m_window->signInWidget(), &SignInWidget::signedIn, this, &AppController::onSignedIn);
    connect(m_window->signInWidget(), &SignInWidget::restoreRequested, this, &AppController::openRestore);
    connect(m_window.get(), &MainWindow::lockRequested, this, [this] { lock(LockReason::Manual); });
    connect(m_window.get(), &MainWindow::signOutRequested, this, &AppController::signOut);
    connect(m_window.get(), &MainWindow::quitRequested, this, [this] {
        shutdown();
        QCoreApplication::quit();
    });
    connect(m_window.get(), &MainWindow::changePasswordRequested, this, &AppController::openChangePassword);
    connect(m_window.get(), &MainWindow::businessProfileRequested, this, &AppController::openBusinessProfile);
    connect(m_window.get(), &MainWindow::securityPolicyRequested, this, &AppController::openSecurityPolicy);
    m_window->show();
}

void AppController::onSignedIn()
{
    acceptSession(m_window->signInWidget()->takeSession());
}

void AppController::acceptSession(std::unique_ptr<custos::Session> session)
{
    if (!session)
        return;
    // The same employee unlocking returns to where they were; anyone else starts afresh.
    const bool resume = isLocked() && session->employee().id == m_lockedEmployeeId;
    const QString page = resume ? m_lockedPage : QString();
    m_lockedUsername.clear();
    m_lockedEmployeeId = 0;
    m_lockedPage = page;
    m_session = std::move(session);
    signChainHead();
    m_idle->start(m_session->policy().idleLockMinutes);
    if (m_session->passwordChange() != Session::PasswordChange::NotRequired) {
        emit sessionChanged();
        openChangePassword();
        return;
    }
    enterWorkspace(page);
}

void AppController::enterWorkspace(const QString& page)
{
    if (!m_session)
        return;
    m_lockedPage.clear();
    m_window->showWorkspace(*m_session, page);
    emit sessionChanged();
}

void AppController::lock(LockReason reason)
{
    if (!m_session)
        return;
    if (dismissForeignModals()) {
        if (!m_lockPending) {
            m_lockPending = true;
            QTimer::singleShot(kModalRetryMs, this, [this, reason] {
                m_lockPending = false;
                lock(reason);
            });
        }
        return;
    }
    const Employee me = m_session->employee();
    const QString page = m_window->isWorkspaceShown() ? m_window->currentWorkspacePage() : m_lockedPage;
    endSession(audit::kLock, reason == LockReason::Idle ? u"idle"_s : u"manual"_s);
    m_lockedUsername = me.username;
    m_lockedEmployeeId = me.id;
    m_lockedPage = page;
    m_window->showLocked(me.username, me.fullName);
    emit sessionChanged();
}

void AppController::signOut()
{
    if (m_session && dismissForeignModals()) {
        QTimer::singleShot(kModalRetryMs, this, &AppController::signOut);
        return;
    }
    endSession(audit::kSignOut, u"manual"_s);
    m_lockedUsername.clear();
    m_lockedEmployeeId = 0;
    m_lockedPage.clear();
    if (m_window)
        m_window->showSignIn();
    emit sessionChanged();
}

void AppController::shutdown()
{
    if (m_session)
        endSession(audit::kSignOut, u"quit"_s);
    m_clipboard.clearIfOurs();
    // A security check's scan of the vault file cannot be stopped half way: it ends before the
    // program does (its result goes nowhere: the page that asked is gone).
    IntegrityScan::waitForAll();
}

void AppController::endSession(const QString& action, const QString& details)
{
    m_idle->stop();
    closeSessionDialogs();
    if (m_session) {
        if (auto recorded = m_session->recordEvent(action, m_session->employee().username, audit::kSuccess, details);
            !recorded)
            qWarning("Custos: the audit log did not take the %s event: %s", qPrintable(action),
                     qPrintable(recorded.errorMessage()));
        signChainHead();
        // The automatic backup (Settings → Backups) runs when someone signs out or quits, not
        // at a lock, so that it holds the work of the whole session.
        if (action == audit::kSignOut)
            BackupDialog::runScheduled(*m_vault, *m_session, m_window.get());
    }
    m_clipboard.clearIfOurs();
    if (m_window)
        m_window->clearWorkspace();
    // Closes the database and wipes the keys the session held.
    m_session.reset();
}

void AppController::signChainHead()
{
    // Owners sign the audit chain's head at sign-in, lock and sign-out, so history before
    // then cannot be rewritten unnoticed (other roles hold no signing key: nothing happens).
    if (auto signedHead = writeCheckpoint(*m_session); !signedHead)
        qWarning("Custos: the audit checkpoint was not written: %s", qPrintable(signedHead.errorMessage()));
}

QString AppController::startFolder() const
{
    if (!m_options.vaultDir.isEmpty())
        return m_options.vaultDir;
    return m_options.demo ? demo::defaultDemoLocation() : vaultlocation::atStart();
}

bool AppController::remembersFolder() const
{
    return !m_options.demo && m_options.vaultDir.isEmpty();
}

void AppController::rememberFolder(const QString& dir)
{
    if (!remembersFolder())
        return;
    if (auto saved = vaultlocation::remember(dir); !saved)
        Messages::warning(nullptr, tr("Vault folder not remembered"),
                          tr("%1\n\nThis time Custos works on the vault in %2; to open it next time, start Custos "
                             "with --vault \"%2\".")
                              .arg(saved.errorMessage(), QDir::toNativeSeparators(dir)));
}

QString AppController::rememberedFolderOrDefault()
{
    const QString remembered = vaultlocation::remembered();
    if (remembered.isEmpty() || Vault::looksLikeVault(remembered))
        return vaultlocation::atStart();
    // A restored vault on a drive that is not connected now: setting up a new, empty vault in the
    // default folder would look like the business had lost everything.
    if (!Messages::confirm(
            nullptr, tr("Vault folder not found"),
            tr("Custos last worked on the vault in %1, which is not there now. If it is on a drive "
               "or network share, connect it and start Custos again.\n\nUse the default folder "
               "%2 instead? Custos then stops looking in %1.")
                .arg(QDir::toNativeSeparators(remembered), QDir::toNativeSeparators(Vault::defaultLocation())),
            tr("Use the default folder")))
        return {};
    if (auto forgot = vaultlocation::remember({}); !forgot)
        qWarning("Custos: %s", qPrintable(forgot.errorMessage()));
    return Vault::defaultLocation();
}

void AppController::openRestore()
{
    if (m_session || !m_vault)
        return; // offered on the sign-in page only
    if (m_restoreDialog) {
        m_restoreDialog->raise();
        m_restoreDialog->activateWindow();
        return;
    }
    // Without a parent: a restore into the open vault's folder replaces the window it would
    // belong to. Application-modal, so nothing else uses the vault meanwhile.
    auto* dialog = new RestoreDialog(m_clock, m_vault->directory());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::ApplicationModal);
    dialog->setOpenVaultFolder(m_vault->directory());
    dialog->setStartFolder(startFolder(), remembersFolder());
    dialog->setRunner([this](backup::BackupFile& file, const QString& targetDir, const backup::Progress& progress) {
        return restoreBackup(file, targetDir, progress);
    });
    connect(dialog, &QDialog::finished, this, [this] {
        if (!m_window)
            return;
        m_window->raise();
        m_window->activateWindow();
    });
    m_restoreDialog = dialog;
    dialog->open();
}

Result<backup::BackupFile::Restored> AppController::restoreBackup(backup::BackupFile& file, const QString& targetDir,
                                                                  const backup::Progress& progress)
{
    if (m_session || !m_vault)
        return Error{tr("Sign out before restoring a backup."), Errc::Busy};
    const QString current = m_vault->directory();
    const auto key = [](const QString& dir) {
        const QFileInfo info(dir);
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
    };
    const bool intoCurrent = key(targetDir) == key(current);
    if (intoCurrent) {
        // The open vault holds the folder's lock, and the window refers to the vault.
        m_window.reset();
        m_vault.reset();
    }
    auto restored = file.restoreTo(targetDir, progress);
    if (!restored) {
        // Nothing was moved: the original vault opens again where it was.
        if (intoCurrent && openVault(current))
            showWindow();
        else if (intoCurrent)
            m_exitCode = 1; // already told; the program ends when the restore dialog closes
        return restored.error();
    }
    auto opened = Vault::open(restored->vaultDir, m_clock);
    if (!opened) {
        // Unexpected (the copy was checked): keep working on the previous vault, wherever it is now.
        const QString previous = intoCurrent ? restored->previousMovedTo : current;
        Messages::warning(nullptr, tr("The restored vault does not open"),
                          tr("The backup was restored into %1, but that vault does not open: %2\n\nCustos goes on "
                             "with the previous vault, in %3.")
                              .arg(QDir::toNativeSeparators(restored->vaultDir), opened.errorMessage(),
                                   QDir::toNativeSeparators(previous)));
        if (intoCurrent) {
            if (!previous.isEmpty() && openVault(previous))
                showWindow();
            else
                m_exitCode = 1;
        }
        return restored;
    }
    m_window.reset();
    m_vault = std::move(opened.value());
    rememberFolder(m_vault->directory());
    showWindow();
    return restored;
}

void AppController::openChangePassword()
{
    if (!m_session)
        return;
    auto* dialog = new ChangePasswordDialog(*m_vault, *m_session, m_window.get());
    const bool forced = dialog->isForced();
    trackDialog(dialog);
    connect(dialog, &QDialog::finished, this, [this, forced](int result) {
        if (result == QDialog::Accepted) {
            if (forced)
                enterWorkspace(m_lockedPage);
            else
                m_window->refreshWorkspace();
        } else if (forced) {
            // Not from inside the dialog's own signal: signing out deletes the dialog.
            QTimer::singleShot(0, this, &AppController::signOut);
        }
    });
    dialog->open();
}

void AppController::openBusinessProfile()
{
    if (!m_session || m_session->employee().role != Role::Owner)
        return;
    auto* dialog = new BusinessProfileDialog(*m_session, m_window.get());
    trackDialog(dialog);
    connect(dialog, &QDialog::accepted, m_window.get(), &MainWindow::refreshWorkspace);
    dialog->open();
}

void AppController::openSecurityPolicy()
{
    if (!m_session || m_session->employee().role != Role::Owner)
        return;
    auto* dialog = new SecurityPolicyDialog(*m_vault, *m_session, m_window.get());
    trackDialog(dialog);
    connect(dialog, &QDialog::accepted, this, [this] {
        if (m_session)
            m_idle->setIdleLockMinutes(m_session->policy().idleLockMinutes);
        m_window->refreshWorkspace();
    });
    dialog->open();
}

void AppController::trackDialog(QDialog* dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_sessionDialogs.removeAll(nullptr);
    m_sessionDialogs << dialog;
}

void AppController::closeSessionDialogs()
{
    const auto dialogs = std::exchange(m_sessionDialogs, {});
    for (const QPointer<QDialog>& dialog : dialogs) {
        if (!dialog)
            continue;
        // Gone without "finished": a lock is not a Cancel (which would sign out).
        dialog->disconnect(this);
        delete dialog.data();
    }
}

bool AppController::dismissForeignModals()
{
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close(); // an open menu
    bool found = false;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* window : windows) {
        auto* dialog = qobject_cast<QDialog*>(window);
        if (!dialog || !dialog->isVisible() || !dialog->isModal() || m_sessionDialogs.contains(dialog))
            continue;
        dialog->reject();
        found = true;
    }
    return found;
}

} // namespace custos::ui
