#include "setup/SetupWizard.h"

#include "common/Messages.h"
#include "session/RestoreDialog.h"
#include "setup/BusinessPage.h"
#include "setup/OwnerPage.h"
#include "setup/RecoveryPage.h"
#include "setup/WelcomePage.h"

#include <QAbstractButton>
#include <QDir>
#include <QIcon>
#include <QLoggingCategory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace custos::ui {
namespace {
Q_LOGGING_CATEGORY(lcSetup, "custos.ui.setup")
}

SetupWizard::SetupWizard(const QString& vaultDir, const Clock& clock, QWidget* parent) : QWizard(parent), m_clock(clock)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up Custos"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPixmap(QWizard::LogoPixmap, QIcon(u":/icons/org.custos.Custos.svg"_s).pixmap(64, 64));
    resize(760, 560);
    setMinimumSize(680, 520);

    m_state.vaultDir = vaultDir;
    m_startDir = vaultDir;
    m_state.clock = &clock;

    m_welcomePage = new WelcomePage(m_state, this);
    m_businessPage = new BusinessPage(m_state, this);
    m_ownerPage = new OwnerPage(m_state, this);
    m_recoveryPage = new RecoveryPage(m_state, this);
    setPage(WelcomePageId, m_welcomePage);
    setPage(BusinessPageId, m_businessPage);
    setPage(OwnerPageId, m_ownerPage);
    setPage(RecoveryPageId, m_recoveryPage);
    setStartId(WelcomePageId);

    // QWizard's header title is only bold body text; a larger heading reads as the page's title.
    setTitleFormat(Qt::RichText);
    for (int id : pageIds())
        page(id)->setTitle(
            u"<span style=\"font-size:14pt; font-weight:600\">%1</span>"_s.arg(page(id)->title().toHtmlEscaped()));

    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    m_recoveryPage->setFinishHandler([this] { return createVault(); });
    connect(m_welcomePage, &WelcomePage::restoreRequested, this, &SetupWizard::openRestore);
}

void SetupWizard::openRestore()
{
    auto* dialog = new RestoreDialog(m_clock, m_state.vaultDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setStartFolder(m_startDir, m_remembersRestoredFolder);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString dir = dialog->restored().vaultDir;
        // Not from inside the dialog's own signal: finishing the wizard ends its event loop.
        QTimer::singleShot(0, this, [this, dir] {
            auto vault = Vault::open(dir, m_clock);
            if (!vault) {
                Messages::warning(this, tr("The restored vault does not open"),
                                  tr("The backup was restored into %1, but that vault does not open: %2")
                                      .arg(QDir::toNativeSeparators(dir), vault.errorMessage()));
                return;
            }
            m_vault = std::move(vault.value());
            m_session.reset();
            // QDialog's, not QWizard's: that would validate the welcome page, which now (rightly)
            // says the folder holds a vault.
            QDialog::done(QDialog::Accepted);
        });
    });
    dialog->open();
}

SetupWizard::~SetupWizard() = default;

std::unique_ptr<Vault> SetupWizard::takeVault()
{
    return std::move(m_vault);
}

std::unique_ptr<Session> SetupWizard::takeSession()
{
    return std::move(m_session);
}

void SetupWizard::setRecoverySheetPathForTest(const QString& path)
{
    m_state.sheetPathForTest = path;
}

void SetupWizard::reject()
{
    // Past the welcome page the user has typed things; Esc should not throw them away silently.
    if (!m_vault && currentId() > WelcomePageId) {
        QString text = tr("Set-up is not finished and nothing has been saved. Stop now?");
        if (m_state.sheetSaved || m_state.sheetPrinted)
            text += u"\n\n"_s + tr("The recovery sheet you saved or printed belongs to no vault; destroy it.");
        if (!Messages::confirm(this, tr("Stop setting up Custos"), text, tr("Stop set-up")))
            return;
    }
    QWizard::reject();
}

Result<void> SetupWizard::createVault()
{
    if (m_vault)
        return success(); // created on an earlier attempt; only sign-in may have failed

    Vault::NewAccount owner;
    owner.username = m_state.ownerUsername;
    owner.fullName = m_state.ownerFullName;
    owner.role = Role::Owner;
    owner.mustChangePassword = false;
    owner.password = m_ownerPage->password();
    Vault::CreateOptions options;
    options.vaultId = m_state.vaultId;

    auto vault = Vault::create(m_state.vaultDir, m_state.profile, owner, m_state.recoveryCode, options, m_clock);
    if (!vault) {
        owner.password.clear();
        return vault.error();
    }
    m_vault = std::move(vault.value());
    m_ownerPage->clearPasswords();

    auto session = m_vault->signIn(owner.username, owner.password);
    owner.password.clear();
    if (!session) {
        // The vault exists and is fine; the caller falls back to the sign-in window.
        qCWarning(lcSetup) << "Sign-in right after creating the vault failed:" << session.errorMessage();
        Messages::warning(this, tr("Set up Custos"),
                          tr("The vault was created, but signing in failed: %1\nSign in with your user name "
                             "and password.")
                              .arg(session.errorMessage()));
        return success();
    }
    m_session = std::move(session.value());
    recordSheetEvents();
    return success();
}

void SetupWizard::recordSheetEvents()
{
    // The sheet was made before the vault existed, so its audit events are written now.
    auto record = [this](const QString& details) {
        if (auto r = m_session->recordEvent(audit::kRecoverySheet, m_state.vaultId, audit::kSuccess, details); !r)
            qCWarning(lcSetup) << "Could not record the recovery sheet in the audit log:" << r.errorMessage();
    };
    if (m_state.sheetSaved)
        record(u"pdf"_s);
    if (m_state.sheetPrinted)
        record(u"printed"_s);
}

} // namespace custos::ui
