#include "main/MainWindow.h"

#include "access/Access.h"
#include "access/Disclosure.h"
#include "access/Staff.h"
#include "audit/AuditPage.h"
#include "customers/CustomersPage.h"
#include "documents/PrintActions.h"
#include "main/HelpDialogs.h"
#include "main/HomePage.h"
#include "orders/OrderEditor.h"
#include "orders/OrdersPage.h"
#include "reports/ReportsPage.h"
#include "review/AccessReviewPage.h"
#include "selfcheck/SelfCheckPage.h"
#include "session/SignInWidget.h"
#include "settings/BackupDialog.h"
#include "settings/DocumentSettingsDialog.h"
#include "settings/KeysDialog.h"
#include "settings/PrivacyNoticeDialog.h"
#include "settings/SigningKeyDialog.h"
#include "staff/StaffPage.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace custos::ui {

namespace {

struct PageEntry
{
    const char* id;
    QString title;                                // navigation list
    QString menuTitle;                            // View menu, with its mnemonic
    std::optional<access::Permission> permission; // none: every role
};

// The workspace pages in navigation order; Ctrl+1.. follow this order.
QList<PageEntry> workspacePages()
{
    return {
        {MainWindow::kHomePage, MainWindow::tr("Home"), MainWindow::tr("&Home"), std::nullopt},
        {MainWindow::kCustomersPage, MainWindow::tr("Customers"), MainWindow::tr("&Customers"), std::nullopt},
        {MainWindow::kOrdersPage, MainWindow::tr("Orders"), MainWindow::tr("&Orders"), std::nullopt},
        {MainWindow::kStaffPage, MainWindow::tr("Staff"), MainWindow::tr("&Staff"), access::Permission::ManageStaff},
        {MainWindow::kAccessReviewPage, MainWindow::tr("Access review"), MainWindow::tr("Access &review"),
         access::Permission::ReviewAccess},
        {MainWindow::kAuditPage, MainWindow::tr("Audit log"), MainWindow::tr("&Audit log"),
         access::Permission::ViewAuditLog},
        {MainWindow::kReportsPage, MainWindow::tr("Reports"), MainWindow::tr("Re&ports"),
         access::Permission::ExportComplianceReports},
        {MainWindow::kSelfCheckPage, MainWindow::tr("Security check"), MainWindow::tr("Security chec&k"),
         access::Permission::RunSelfCheck},
    };
}

} // namespace

MainWindow::MainWindow(custos::Vault& vault, ClipboardGuard& clipboard, QWidget* parent)
    : QMainWindow(parent), m_vault(vault), m_clipboard(clipboard)
{
    setObjectName(u"mainWindow"_s);
    resize(1100, 720);
    setMinimumSize(760, 520);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"mainStack"_s);
    m_signIn = new SignInWidget(vault, m_stack);
    buildWorkspace();
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    buildMenus();
    buildStatusBar();

    m_sweepTimer = new QTimer(this);
    m_sweepTimer->setObjectName(u"grantSweepTimer"_s);
    m_sweepTimer->setInterval(kSweepIntervalMs);
    connect(m_sweepTimer, &QTimer::timeout, this, &MainWindow::sweepGrants);
    showSignIn();
}

MainWindow::~MainWindow()
{
    // The editor is a separate window holding card data: gone with the pages, wiped as it goes.
    clearWorkspace();
}

void MainWindow::buildWorkspace()
{
    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(u"workspace"_s);

    m_nav = new QListWidget(m_workspace);
    m_nav->setObjectName(u"navList"_s);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setUniformItemSizes(true);
    m_nav->setStyleSheet(u"QListWidget#navList { background: palette(alternate-base); border: none;"
                         " border-right: 1px solid palette(mid); padding-top: 8px; outline: none; }"
                         " QListWidget#navList::item { padding: 8px 16px; border: none; }"
                         " QListWidget#navList::item:selected { background: palette(highlight);"
                         " color: palette(highlighted-text); }"_s);
    int shortcut = 1;
    int widest = 0;
    QFont navFont = m_nav->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.1);
    m_nav->setFont(navFont);
    for (const PageEntry& page : workspacePages()) {
        auto* item = new QListWidgetItem(page.title, m_nav);
        item->setData(Qt::UserRole, QString::fromLatin1(page.id));
        item->setToolTip(tr("Ctrl+%1").arg(shortcut++));
        widest = std::max(widest, m_nav->fontMetrics().horizontalAdvance(page.title));
    }
    m_nav->setFixedWidth(widest + 72);
    // Browsing the list with the arrow keys shows the page but leaves the focus in the list.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && m_home)
            switchTo(m_nav->item(row)->data(Qt::UserRole).toString(), false);
    });

    m_pages = new QStackedWidget(m_workspace);
    m_pages->setObjectName(u"pageStack"_s);
    auto* layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_nav);
    layout->addWidget(m_pages, 1);
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_printBlankFormAction = file->addAction(tr("&Print blank order form…"), this, [this] {
        if (m_session)
            printBlankOrderForm(*m_session, this);
    });
    m_printBlankFormAction->setObjectName(u"printBlankFormAction"_s);
    m_printBlankFormAction->setShortcut(QKeySequence::Print);
    m_printBlankFormAction->setStatusTip(
        tr("Print or fax a blank phone, fax and mail order form with the privacy notice."));
    file->addSeparator();
    m_lockAction = file->addAction(tr("&Lock"), this, &MainWindow::lockRequested);
    m_lockAction->setObjectName(u"lockAction"_s);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Lock Custos now; sign in again to continue."));
    m_signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    m_signOutAction->setObjectName(u"signOutAction"_s);
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q));
    file->addSeparator();
    m_quitAction = file->addAction(tr("&Quit"), this, &MainWindow::quitRequested);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    int key = Qt::Key_1;
    for (const PageEntry& entry : workspacePages()) {
        const QString page = QString::fromLatin1(entry.id);
        QAction* action = m_viewMenu->addAction(entry.menuTitle, this, [this, page] { showPage(page); });
        action->setObjectName(u"show_"_s + page + u"_action"_s);
        action->setData(page);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(key++)));
        m_pageActions << action;
    }

    m_ordersMenu = menuBar()->addMenu(tr("&Orders"));
    m_newOrderAction = m_ordersMenu->addAction(tr("&New order…"), this, [this] { openNewOrder(); });
    m_newOrderAction->setObjectName(u"newOrderAction"_s);
    m_newOrderAction->setShortcut(QKeySequence::New);
    m_newOrderAction->setStatusTip(tr("Take an order on the phone, by fax, mail or at the counter."));

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_changePasswordAction =
        m_accountMenu->addAction(tr("Change &password…"), this, &MainWindow::changePasswordRequested);
    m_changePasswordAction->setObjectName(u"changePasswordAction"_s);

    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_businessProfileAction =
        m_settingsMenu->addAction(tr("&Business profile…"), this, &MainWindow::businessProfileRequested);
    m_businessProfileAction->setObjectName(u"businessProfileAction"_s);
    m_securityPolicyAction =
        m_settingsMenu->addAction(tr("&Security policy…"), this, &MainWindow::securityPolicyRequested);
    m_securityPolicyAction->setObjectName(u"securityPolicyAction"_s);
    m_privacyNoticeAction = m_settingsMenu->addAction(tr("P&rivacy notice…"), this, [this] {
        if (m_session)
            PrivacyNoticeDialog(*m_session, this).exec();
    });
    m_privacyNoticeAction->setObjectName(u"privacyNoticeAction"_s);
    m_documentSettingsAction = m_settingsMenu->addAction(tr("&Documents…"), this, [this] {
        if (m_session)
            DocumentSettingsDialog(*m_session, this).exec();
    });
    m_documentSettingsAction->setObjectName(u"documentSettingsAction"_s);
    m_signingKeyAction = m_settingsMenu->addAction(tr("Si&gning key…"), this, [this] {
        if (m_session)
            SigningKeyDialog(*m_session, this).exec();
    });
    m_signingKeyAction->setObjectName(u"signingKeyAction"_s);
    m_settingsMenu->addSeparator();
    m_backupAction = m_settingsMenu->addAction(tr("Bac&kups…"), this, [this] {
        if (m_session)
            BackupDialog(m_vault, *m_session, this).exec();
    });
    m_backupAction->setObjectName(u"backupAction"_s);
    m_keysAction = m_settingsMenu->addAction(tr("K&eys…"), this, [this] {
        if (!m_session)
            return;
        // A master-key rotation uses the session from a worker thread: no grant sweep meanwhile.
        const bool sweeping = m_sweepTimer->isActive();
        m_sweepTimer->stop();
        KeysDialog(m_vault, *m_session, this).exec();
        if (sweeping && m_session)
            m_sweepTimer->start();
    });
    m_keysAction->setObjectName(u"keysAction"_s);
    m_keysAction->setStatusTip(tr("See the vault keys' age and replace the master, card-data or signing key."));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* privacy =
        help->addAction(tr("&Privacy && security"), this, [this] { showPrivacyDialog(this, m_vault.directory()); });
    privacy->setObjectName(u"privacyAction"_s);
    QAction* about = help->addAction(tr("&About Custos"), this, [this] { showAboutDialog(this); });
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::buildStatusBar()
{
    m_vaultLabel = new QLabel(this);
    m_vaultLabel->setObjectName(u"vaultFolderLabel"_s);
    m_vaultLabel->setTextFormat(Qt::PlainText);
    m_vaultLabel->setText(tr("Vault: %1").arg(QDir::toNativeSeparators(m_vault.directory())));
    m_vaultLabel->setToolTip(QDir::toNativeSeparators(m_vault.directory()));
    statusBar()->addWidget(m_vaultLabel, 1);

    m_demoBadge = new QLabel(tr("DEMO VAULT"), this);
    m_demoBadge->setObjectName(u"demoBadge"_s);
    m_demoBadge->setToolTip(tr("Sample data with public passwords. Never enter real customer data here."));
    m_demoBadge->setStyleSheet(u"#demoBadge { background: #e0a526; color: #1b1b1b; font-weight: bold;"
                               " padding: 1px 8px; border-radius: 3px; }"_s);
    m_demoBadge->setVisible(m_vault.isDemo());
    statusBar()->addPermanentWidget(m_demoBadge);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(u"userStatusLabel"_s);
    m_userLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_userLabel);
}

bool MainWindow::isWorkspaceShown() const
{
    return m_home && m_stack->currentWidget() == m_workspace;
}

void MainWindow::showSignIn()
{
    clearWorkspace();
    m_signIn->showSignIn();
    m_stack->setCurrentWidget(m_signIn);
    updateChrome();
}

void MainWindow::showLocked(const QString& username, const QString& fullName)
{
    clearWorkspace();
    m_signIn->showLocked(username, fullName);
    m_stack->setCurrentWidget(m_signIn);
    updateChrome();
}

void MainWindow::showWorkspace(custos::Session& session, const QString& page)
{
    if (m_session != &session)
        clearWorkspace();
    m_session = &session;
    if (!m_home) {
        m_home = new HomePage(m_vault, session, m_clipboard, m_pages);
        connect(m_home, &HomePage::changePasswordRequested, this, &MainWindow::changePasswordRequested);
        connect(m_home, &HomePage::pageRequested, this, &MainWindow::showPage);
        m_customers = new CustomersPage(session, m_pages);
        connect(m_customers, &CustomersPage::newOrderRequested, this, &MainWindow::openNewOrder);
        m_orders = new OrdersPage(session, m_pages);
        connect(m_orders, &OrdersPage::newOrderRequested, this, [this] { openNewOrder(); });
        m_pages->addWidget(m_home);
        m_pages->addWidget(m_customers);
        m_pages->addWidget(m_orders);

        // The oversight pages exist only for roles that may use them (fail closed: none when
        // the employee's rights cannot be read).
        auto actor = access::loadActor(session);
        const auto allowed = [&actor](access::Permission permission) {
            return actor.ok() && access::decide(actor.value(), permission).allowed;
        };
        if (allowed(access::Permission::ManageStaff)) {
            m_staff = new StaffPage(m_vault, session, m_clipboard, m_pages);
            m_pages->addWidget(m_staff);
        }
        if (allowed(access::Permission::ReviewAccess)) {
            m_review = new AccessReviewPage(m_vault, session, m_pages);
            m_pages->addWidget(m_review);
        }
        if (allowed(access::Permission::ViewAuditLog)) {
            m_audit = new AuditPage(session, m_pages);
            m_pages->addWidget(m_audit);
        }
        if (allowed(access::Permission::ExportComplianceReports)) {
            m_reports = new ReportsPage(session, m_pages);
            m_pages->addWidget(m_reports);
        }
        if (allowed(access::Permission::RunSelfCheck)) {
            // Runs once by itself shortly after it is built: at each owner's sign-in.
            m_selfCheck = new SelfCheckPage(session, m_pages);
            m_pages->addWidget(m_selfCheck);
            connect(m_selfCheck, &SelfCheckPage::checked, m_home, &HomePage::showSelfCheckSummary);
        }
        m_printBlankFormAction->setVisible(allowed(access::Permission::PrintOrderForms));
        if (m_staff)
            connect(m_staff, &StaffPage::staffChanged, this, [this] {
                if (m_review)
                    m_review->refresh();
                m_home->refreshNotices();
            });
        if (m_review)
            connect(m_review, &AccessReviewPage::signedOff, m_home, &HomePage::refreshNotices);
        for (int row = 0; row < m_nav->count(); ++row)
            m_nav->item(row)->setHidden(!isPageAvailable(m_nav->item(row)->data(Qt::UserRole).toString()));
        m_sweepTimer->start();
    }
    m_stack->setCurrentWidget(m_workspace);
    showPage(page);
    updateChrome();
}

void MainWindow::showPage(const QString& page)
{
    switchTo(page, true);
}

bool MainWindow::isPageAvailable(const QString& page) const
{
    return pageWidget(page) != nullptr;
}

QWidget* MainWindow::pageWidget(const QString& page) const
{
    if (page == QLatin1String(kHomePage))
        return m_home;
    if (page == QLatin1String(kCustomersPage))
        return m_customers;
    if (page == QLatin1String(kOrdersPage))
        return m_orders;
    if (page == QLatin1String(kStaffPage))
        return m_staff;
    if (page == QLatin1String(kAccessReviewPage))
        return m_review;
    if (page == QLatin1String(kAuditPage))
        return m_audit;
    if (page == QLatin1String(kReportsPage))
        return m_reports;
    if (page == QLatin1String(kSelfCheckPage))
        return m_selfCheck;
    return nullptr;
}

void MainWindow::switchTo(const QString& page, bool focusPage)
{
    if (!m_home)
        return;
    QWidget* target = pageWidget(page);
    m_page = page;
    if (!target) {
        target = m_home;
        m_page = QString::fromLatin1(kHomePage);
    }
    m_pages->setCurrentWidget(target);
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->data(Qt::UserRole).toString() == m_page && m_nav->currentRow() != row) {
            const QSignalBlocker quiet(m_nav);
            m_nav->setCurrentRow(row);
        }
    }
    if (!focusPage)
        return;
    if (target == m_customers)
        m_customers->focusSearch();
    else if (target == m_orders)
        m_orders->focusList();
    else if (m_staff && target == m_staff)
        m_staff->focusList();
    else if (m_review && target == m_review)
        m_review->focusList();
    else if (m_reports && target == m_reports)
        m_reports->focusList();
    else if (m_selfCheck && target == m_selfCheck)
        m_selfCheck->focusList();
    else
        target->setFocus();
}

void MainWindow::openNewOrder(qint64 customerId)
{
    if (!m_session || !m_home)
        return;
    if (!m_orderEditor) {
        m_orderEditor = new OrderEditor(*m_session, this);
        // Locking and signing out work from the editor's window too.
        m_orderEditor->addActions({m_lockAction, m_signOutAction, m_quitAction});
        connect(m_orderEditor, &OrderEditor::orderSaved, this, [this] {
            if (m_orders)
                m_orders->refresh();
        });
    }
    m_orderEditor->show();
    m_orderEditor->raise();
    m_orderEditor->activateWindow();
    m_orderEditor->startOrder(customerId);
}

void MainWindow::clearWorkspace()
{
    // Deleted now, not later: the pages refer to the session, which is about to go. The editor's
    // destructor wipes any card number and security code still in it.
    if (m_sweepTimer)
        m_sweepTimer->stop();
    delete m_orderEditor;
    m_orderEditor = nullptr;
    delete m_selfCheck;
    m_selfCheck = nullptr;
    delete m_reports;
    m_reports = nullptr;
    delete m_audit;
    m_audit = nullptr;
    delete m_review;
    m_review = nullptr;
    delete m_staff;
    m_staff = nullptr;
    delete m_orders;
    m_orders = nullptr;
    delete m_customers;
    m_customers = nullptr;
    delete m_home;
    m_home = nullptr;
    m_session = nullptr;
    updateChrome();
}

void MainWindow::refreshWorkspace()
{
    if (m_home)
        m_home->refresh();
    updateChrome();
}

void MainWindow::refreshStaffPages()
{
    if (m_staff)
        m_staff->refresh();
    if (m_review)
        m_review->refresh();
    if (m_home)
        m_home->refreshNotices();
}

int MainWindow::sweepGrants()
{
    if (!m_session || !m_home)
        return 0;
    auto removed = access::Disclosure(*m_session).sweep();
    if (!removed) {
        statusBar()->showMessage(tr("Card access could not be checked: %1").arg(removed.errorMessage()), 15000);
        return -1;
    }
    if (removed.value() > 0) {
        refreshStaffPages();
        const int n = removed.value();
        statusBar()->showMessage(
            n == 1 ? tr("1 card access grant ended: expired, check lapsed or account deactivated.")
                   : tr("%1 card access grants ended: expired, check lapsed or account deactivated.").arg(n),
            15000);
    }
    return removed.value();
}

void MainWindow::updateChrome()
{
    const bool signedIn = m_session != nullptr;
    const bool owner = signedIn && m_session->employee().role == Role::Owner;
    m_lockAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_changePasswordAction->setEnabled(signedIn);
    m_accountMenu->menuAction()->setEnabled(signedIn);
    // Pages exist only while the workspace does (not during a forced password change).
    const bool workspace = signedIn && m_home;
    for (QAction* action : std::as_const(m_pageActions)) {
        action->setEnabled(workspace);
        // Pages the role may not see are not offered at all (signed out: the menu is disabled anyway).
        action->setVisible(!workspace || isPageAvailable(action->data().toString()));
    }
    m_viewMenu->menuAction()->setEnabled(workspace);
    m_newOrderAction->setEnabled(workspace);
    m_ordersMenu->menuAction()->setEnabled(workspace);
    m_businessProfileAction->setEnabled(owner);
    m_securityPolicyAction->setEnabled(owner);
    m_privacyNoticeAction->setEnabled(owner);
    m_documentSettingsAction->setEnabled(owner);
    m_signingKeyAction->setEnabled(owner);
    m_backupAction->setEnabled(owner);
    m_keysAction->setEnabled(owner);
    m_printBlankFormAction->setEnabled(workspace);
    // Settings are the owner's; other roles do not see the menu at all.
    m_settingsMenu->menuAction()->setVisible(owner);

    const QString business = signedIn ? m_session->businessProfile().legalName : m_vault.label();
    setWindowTitle(tr("Custos — %1").arg(business));
    if (signedIn) {
        const Employee& me = m_session->employee();
        m_userLabel->setText(tr("%1 · %2").arg(me.fullName, roleDisplayName(me.role)));
    } else {
        m_userLabel->setText(m_signIn->isLockMode() ? tr("Locked") : tr("Not signed in"));
    }
}

} // namespace custos::ui
