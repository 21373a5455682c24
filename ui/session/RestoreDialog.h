#pragma once

#include "core/Result.h"
#include "vault/Backup.h"

#include <QDialog>
#include <functional>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace custos {
class Clock;
} // namespace custos

namespace custos::ui {

// Restores a vault from a backup file in four steps, by keyboard (Enter: next step, Esc: cancel):
// the file (its clear header — business, date — shows as soon as it is chosen), the unlock (an
// owner's user name and password, or the recovery code), what the backup holds and where it goes
// (a vault already there is moved aside, never overwritten), and a last confirmation. Nothing on
// disk changes before "Restore". The restore itself goes through a runner, so that the app can
// first close the vault it has open in the target folder and open the restored one afterwards.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum Step { FileStep, UnlockStep, TargetStep, ConfirmStep };

    // Restores `file` (unlocked) into `targetDir`. An error means nothing was changed.
    using Runner = std::function<Result<backup::BackupFile::Restored>(
        backup::BackupFile& file, const QString& targetDir, const backup::Progress& progress)>;

    // `defaultTarget`: where the vault goes unless the user picks another folder — the folder of
    // the vault open in the app, or the one the setup wizard offers.
    RestoreDialog(const custos::Clock& clock, const QString& defaultTarget, QWidget* parent = nullptr);
    ~RestoreDialog() override;

    // Default: BackupFile::restoreTo.
    void setRunner(Runner runner);
    // The folder of the vault the app has open (it is closed for a restore into that folder).
    void setOpenVaultFolder(const QString& dir);
    // The folder Custos opens when it starts. A restore elsewhere says that Custos will open the
    // new folder from now on (`remembered`: started without --vault), or how to open it next time.
    void setStartFolder(const QString& dir, bool remembered = false);

    Step step() const;
    // After a successful restore (the dialog is then accepted).
    const backup::BackupFile::Restored& restored() const { return m_restored; }

private:
    QWidget* buildFilePage();
    QWidget* buildUnlockPage();
    QWidget* buildTargetPage();
    QWidget* buildConfirmPage();

    void showStep(Step step);
    void next();
    void back();
    void browse();
    void chooseTarget();
    // Reads the file's clear header; false (with the reason shown) when it is not a backup.
    bool loadFile();
    void updateUnlockMode();
    bool unlock();
    void showPreview();
    void updateTargetNote();
    bool validateTarget();
    void showConfirmation();
    void runRestore();
    QString targetDir() const;
    bool isOpenVault(const QString& dir) const;

    const custos::Clock& m_clock;
    Runner m_runner;
    QString m_openVaultDir;
    QString m_startDir;
    bool m_remembersTarget = false;

    QLabel* m_stepLabel = nullptr;
    QStackedWidget* m_stack = nullptr;

    QLineEdit* m_fileEdit = nullptr;
    QLabel* m_headerLabel = nullptr;
    QLabel* m_fileError = nullptr;

    QRadioButton* m_passwordRadio = nullptr;
    QRadioButton* m_recoveryRadio = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_code = nullptr;
    QLabel* m_unlockError = nullptr;

    QLabel* m_previewBusiness = nullptr;
    QLabel* m_previewMade = nullptr;
    QLabel* m_previewMadeBy = nullptr;
    QLabel* m_previewCounts = nullptr;
    QLabel* m_previewSize = nullptr;
    QLineEdit* m_targetEdit = nullptr;
    QLabel* m_targetNote = nullptr;
    QLabel* m_targetError = nullptr;

    QLabel* m_confirmSummary = nullptr;

    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_cancelButton = nullptr;

    QString m_loadedPath;
    std::unique_ptr<backup::BackupFile> m_file;
    backup::Preview m_preview;
    bool m_unlocked = false;
    backup::BackupFile::Restored m_restored;
};

} // namespace custos::ui
