#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

// Settings → Backups…: where backups go, how many are kept, when they are made automatically,
// the last verified backup and those in the folder, and Back up now (with progress and Cancel).
// Owners change the settings; Back up now writes the same encrypted, verified file as the
// automatic backups and `custos-cli backup create`.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(custos::Vault& vault, custos::Session& session, QWidget* parent = nullptr);

    // Makes a backup into `folder` with a modal progress dialog (Cancel stops it and leaves
    // nothing behind). Returns the file written, or an empty string (the reason was shown).
    static QString backUpNow(custos::Vault& vault, custos::Session& session, const QString& folder, int keep,
                             QWidget* parent);
    // At sign-out: makes the automatic backup when the settings ask for one (at every sign-out,
    // or daily when the last one is a day old). Failures are recorded and shown, never fatal.
    static void runScheduled(custos::Vault& vault, custos::Session& session, QWidget* parent);

    void accept() override;

private:
    void chooseFolder();
    void backUp();
    void refreshStatus();
    bool saveSettings();

    custos::Vault& m_vault;
    custos::Session& m_session;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
    QComboBox* m_schedule = nullptr;
    QLabel* m_last = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_backUpNow = nullptr;
};

} // namespace custos::ui
