#include "main/MainWindow.h"

#include "main/HelpDialogs.h"
#include "main/HomePage.h"
#include "session/SignInWidget.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

MainWindow::MainWindow(custos::Vault& vault, ClipboardGuard& clipboard, QWidget* parent)
    : QMainWindow(parent), m_vault(vault), m_clipboard(clipboard)
{
    setObjectName(u"mainWindow"_s);
    resize(1100, 720);
    setMinimumSize(760, 520);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"mainStack"_s);
    m_signIn = new SignInWidget(vault, m_stack);
    m_workspace = new QWidget(m_stack);
    m_workspace->setObjectName(u"workspace"_s);
    m_workspaceLayout = new QVBoxLayout(m_workspace);
    m_workspaceLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    buildMenus();
    buildStatusBar();
    showSignIn();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
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
        m_home = new HomePage(session, m_clipboard, m_workspace);
        connect(m_home, &HomePage::changePasswordRequested, this, &MainWindow::changePasswordRequested);
        m_workspaceLayout->addWidget(m_home);
    }
    // Only the Home page exists so far; later pages are looked up by `page` here.
    m_page = page.isEmpty() ? QString::fromLatin1(kHomePage) : page;
    m_stack->setCurrentWidget(m_workspace);
    m_home->setFocus();
    updateChrome();
}

void MainWindow::clearWorkspace()
{
    // Deleted now, not later: the pages refer to the session, which is about to go.
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

void MainWindow::updateChrome()
{
    const bool signedIn = m_session != nullptr;
    const bool owner = signedIn && m_session->employee().role == Role::Owner;
    m_lockAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_changePasswordAction->setEnabled(signedIn);
    m_accountMenu->menuAction()->setEnabled(signedIn);
    m_businessProfileAction->setEnabled(owner);
    m_securityPolicyAction->setEnabled(owner);
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
