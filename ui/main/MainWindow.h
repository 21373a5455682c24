#pragma once

#include <QList>
#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTimer;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

class AccessReviewPage;
class AuditPage;
class ClipboardGuard;
class CustomersPage;
class HomePage;
class OrderEditor;
class OrdersPage;
class ReportsPage;
class SelfCheckPage;
class SignInWidget;
class StaffPage;

// The one window of a run: the sign-in/lock page or the workspace, menus and status bar.
// It shows what the AppController decides; requests (lock, sign out, dialogs) go out as signals.
// The workspace is a navigation list (Home Ctrl+1, Customers Ctrl+2, Orders Ctrl+3, and for those
// whose role access::decide allows: Staff Ctrl+4, Access review Ctrl+5, Audit log Ctrl+6, Reports
// Ctrl+7, Security check Ctrl+8) beside
// the pages; Ctrl+N opens the order editor from anywhere in it. Pages and the editor are built
// with the session and destroyed with it. While signed in, a timer sweeps lapsed disclosure
// grants every minute.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    static constexpr const char* kHomePage = "home";
    static constexpr const char* kCustomersPage = "customers";
    static constexpr const char* kOrdersPage = "orders";
    static constexpr const char* kStaffPage = "staff";
    static constexpr const char* kAccessReviewPage = "review";
    static constexpr const char* kAuditPage = "audit";
    static constexpr const char* kReportsPage = "reports";
    static constexpr const char* kSelfCheckPage = "selfcheck";
    static constexpr int kSweepIntervalMs = 60 * 1000;

    MainWindow(custos::Vault& vault, ClipboardGuard& clipboard, QWidget* parent = nullptr);
    ~MainWindow() override;

    SignInWidget* signInWidget() const { return m_signIn; }
    HomePage* homePage() const { return m_home; }
    CustomersPage* customersPage() const { return m_customers; }
    OrdersPage* ordersPage() const { return m_orders; }
    // Null when the signed-in employee's role may not see the page.
    StaffPage* staffPage() const { return m_staff; }
    AccessReviewPage* accessReviewPage() const { return m_review; }
    AuditPage* auditPage() const { return m_audit; }
    ReportsPage* reportsPage() const { return m_reports; }
    SelfCheckPage* selfCheckPage() const { return m_selfCheck; }
    // Whether a page is offered to the signed-in employee (navigation and View menu).
    bool isPageAvailable(const QString& page) const;
    // The order editor once Ctrl+N has opened it (until the workspace is cleared).
    OrderEditor* orderEditor() const { return m_orderEditor; }
    bool isWorkspaceShown() const;
    // Which workspace page is showing ("home", "customers", "orders", "staff", "review", "audit"), to
    // return to it after an unlock.
    QString currentWorkspacePage() const { return m_page; }
    // Shows a workspace page by name; unknown or unavailable names show Home.
    void showPage(const QString& page);
    // Opens (or brings forward) the order editor, for `customerId` when given.
    void openNewOrder(qint64 customerId = 0);

    void showSignIn();
    void showLocked(const QString& username, const QString& fullName);
    // Builds the workspace for `session` (which must outlive it until clearWorkspace()).
    void showWorkspace(custos::Session& session, const QString& page = {});
    // Destroys the workspace pages and their models, and forgets the session.
    void clearWorkspace();
    // After the business profile or the password changed.
    void refreshWorkspace();
    // Deletes lapsed disclosure grants (Disclosure::sweep) and refreshes the staff pages when
    // one went. Runs on the timer; public for tests. Returns how many were removed (-1: failed).
    int sweepGrants();

    QAction* lockAction() const { return m_lockAction; }
    QAction* signOutAction() const { return m_signOutAction; }
    QAction* newOrderAction() const { return m_newOrderAction; }
    QAction* printBlankFormAction() const { return m_printBlankFormAction; }

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
    void buildWorkspace();
    void switchTo(const QString& page, bool focusPage);
    QWidget* pageWidget(const QString& page) const;
    void updateChrome();
    void refreshStaffPages();

    custos::Vault& m_vault;
    ClipboardGuard& m_clipboard;
    custos::Session* m_session = nullptr;
    QStackedWidget* m_stack = nullptr;
    SignInWidget* m_signIn = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pages = nullptr;
    HomePage* m_home = nullptr;
    CustomersPage* m_customers = nullptr;
    OrdersPage* m_orders = nullptr;
    StaffPage* m_staff = nullptr;
    AccessReviewPage* m_review = nullptr;
    AuditPage* m_audit = nullptr;
    ReportsPage* m_reports = nullptr;
    SelfCheckPage* m_selfCheck = nullptr;
    OrderEditor* m_orderEditor = nullptr;
    QTimer* m_sweepTimer = nullptr;
    QString m_page;

    QAction* m_lockAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_businessProfileAction = nullptr;
    QAction* m_securityPolicyAction = nullptr;
    QAction* m_privacyNoticeAction = nullptr;
    QAction* m_documentSettingsAction = nullptr;
    QAction* m_signingKeyAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_keysAction = nullptr;
    QAction* m_printBlankFormAction = nullptr;
    QList<QAction*> m_pageActions;
    QAction* m_newOrderAction = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_ordersMenu = nullptr;
    QMenu* m_accountMenu = nullptr;
    QMenu* m_settingsMenu = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_demoBadge = nullptr;
    QLabel* m_userLabel = nullptr;
};

} // namespace custos::ui
