#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QVBoxLayout;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

class ClipboardGuard;
class HomePage;
class SignInWidget;

// The one window of a run: the sign-in/lock page or the workspace, menus and status bar.
// It shows what the AppController decides; requests (lock, sign out, dialogs) go out as signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr const char* kHomePage = "home";

    MainWindow(custos::Vault& vault, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    SignInWidget* signInWidget() const { return m_signIn; }
    HomePage* homePage() const { return m_home; }
    bool isWorkspaceShown() const;
    // Which workspace page is showing ("home"), to return to it after an unlock.
    QString currentWorkspacePage() const { return m_page; }

    void showSignIn();
    void showLocked(const QString& username, const QString& fullName);
    // Builds the workspace for `session` (which must outlive it until clearWorkspace()).
    void showWorkspace(custos::Session& session, const QString& page = {});
    // Destroys the workspace pages and their models, and forgets the session.
    void clearWorkspace();
    // After the business profile or the password changed.
    void refreshWorkspace();

    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }

signals:
    void lockRequested();
    void signOutRequested();
    void quitRequested();
    void changePasswordRequested();
    void businessProfileRequested();
    void securityPolicyRequested();

private:
    void buildMenus();
    void buildStatusBar();
    void updateChrome();

    custos::Vault& m_vault;
    ClipboardGuard& m_clipboard;
    custos::Session* m_session = nullptr;
    QStackedWidget* m_stack = nullptr;
    SignInWidget* m_signIn = nullptr;
    QWidget* m_workspace = nullptr;
    QVBoxLayout* m_workspaceLayout = nullptr;
    HomePage* m_home = nullptr;
    QString m_page;

    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_businessProfileAction = nullptr;
    QAction* m_securityPolicyAction = nullptr;
    QMenu* m_accountMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_demoBadge = nullptr;
    QLabel* m_userLabel = nullptr;
};

} // namespace custos::ui
