#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "setup/SetupState.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QWizard>
#include <memory>

namespace custos::ui {

class WelcomePage;
class BusinessPage;
class OwnerPage;
class RecoveryPage;

// First run: welcome and vault folder, business profile, owner account, recovery code. Nothing
// is written to the vault folder before Finish; on success the vault exists, the owner is
// signed in, and takeVault()/takeSession() hand both over.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { WelcomePageId, BusinessPageId, OwnerPageId, RecoveryPageId };

    SetupWizard(const QString& vaultDir, const custos::Clock& clock, QWidget* parent = nullptr);
    ~SetupWizard() override;

    std::unique_ptr<custos::Vault> takeVault();
    // Null if the wizard did not finish, or if signing in right after creation failed (the
    // caller then shows the sign-in window).
    std::unique_ptr<custos::Session> takeSession();

    // The app remembers the folder a restore put the vault into (started without --vault): the
    // restore dialog then says so instead of explaining --vault.
    void setRemembersRestoredFolder(bool remembers) { m_remembersRestoredFolder = remembers; }

    // Test hook: where "Save recovery sheet as PDF…" writes without asking (no QFileDialog).
    void setRecoverySheetPathForTest(const QString& path);

    void reject() override;

private:
    Result<void> createVault();
    // "Restore from a backup…" on the welcome page: on success the restored vault is handed over
    // like a created one (no session: the app shows its sign-in window) and the wizard finishes.
    void openRestore();
    void recordSheetEvents();

    SetupState m_state;
    QString m_startDir; // where the app looks for its vault at start
    bool m_remembersRestoredFolder = false;
    const Clock& m_clock;
    WelcomePage* m_welcomePage = nullptr;
    BusinessPage* m_businessPage = nullptr;
    OwnerPage* m_ownerPage = nullptr;
    RecoveryPage* m_recoveryPage = nullptr;
    // The session before the vault: members are destroyed in reverse order, the session first.
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Session> m_session;
};

} // namespace custos::ui
