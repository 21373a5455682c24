#pragma once

#include "app/AppOptions.h"
#include "session/ClipboardGuard.h"
#include "vault/Backup.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <memory>

class QDialog;

namespace custos {
class Clock;
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

class IdleMonitor;
class MainWindow;

// Runs one Custos session: opens (or creates) the vault, owns it, the signed-in Session and
// the main window, and decides what the window shows — sign-in, forced password change,
// workspace, lock page. The clock is injected so tests can move time for the idle lock.
class AppController : public QObject
{
    Q_OBJECT
public:
    enum class LockReason { Idle, Manual };

    AppController(AppOptions options, const custos::Clock& clock, QObject* parent = nullptr);
    ~AppController() override;

    // Opens or creates the vault and shows the main window. False when the program should end
    // instead: exitCode() is 1 after an error (already shown to the user), 0 when the user
    // cancelled the setup wizard.
    bool start();
    int exitCode() const { return m_exitCode; }

    MainWindow* mainWindow() const { return m_window.get(); }
    IdleMonitor* idleMonitor() const { return m_idle; }
    custos::Vault* vault() const { return m_vault.get(); }
    custos::Session* session() const { return m_session.get(); }
    bool isLocked() const { return !m_lockedUsername.isEmpty() && !m_session; }

    // Audited; the session closes (keys wiped), the clipboard is cleared if it holds our text,
    // and the lock page shows. Deferred for a moment while a message box is open.
    void lock(LockReason reason);
    void signOut();
    // Signs out (audited) before the program ends; safe to call more than once.
    void shutdown();

signals:
    void sessionChanged();

private:
    bool openVault(const QString& dir);
    bool runSetupWizard(const QString& dir);
    bool fail(const QString& title, const QString& message);
    void showWindow();

    void onSignedIn();
    void acceptSession(std::unique_ptr<custos::Session> session);
    void enterWorkspace(const QString& page);
    void endSession(const QString& action, const QString& details);
    void signChainHead();

    // Restore from a backup (sign-in page). A restore into the open vault's folder first closes
    // the vault (it holds the folder's lock) and its window; afterwards the app shows the sign-in
    // window of the restored vault, or of the original one again when the restore failed.
    void openRestore();
    Result<backup::BackupFile::Restored> restoreBackup(backup::BackupFile& file, const QString& targetDir,
                                                       const backup::Progress& progress);
    // The folder this run opens at start (--vault, or the default location).
    QString startFolder() const;
    // Without --vault (and not the demo) a restore into another folder is remembered for the
    // next start (VaultLocation); with --vault the command line decides every time.
    bool remembersFolder() const;
    void rememberFolder(const QString& dir);
    // The remembered folder when it still holds a vault, else the default; when it has gone
    // (a drive not connected), asks before falling back to the default. Empty: quit.
    QString rememberedFolderOrDefault();

    void openChangePassword();
    void openBusinessProfile();
    void openSecurityPolicy();
    // Session dialogs are tracked so that locking can close them before the session goes.
    void trackDialog(QDialog* dialog);
    void closeSessionDialogs();
    bool dismissForeignModals();

    AppOptions m_options;
    const custos::Clock& m_clock;
    // Destroyed in reverse order: window (its pages use the session), session, vault.
    std::unique_ptr<custos::Vault> m_vault;
    std::unique_ptr<custos::Session> m_session;
    ClipboardGuard m_clipboard;
    std::unique_ptr<MainWindow> m_window;
    IdleMonitor* m_idle = nullptr;
    QList<QPointer<QDialog>> m_sessionDialogs;
    QPointer<QDialog> m_restoreDialog;
    QString m_lockedUsername;
    qint64 m_lockedEmployeeId = 0;
    QString m_lockedPage;
    bool m_lockPending = false;
    int m_exitCode = 0;
};

} // namespace custos::ui
