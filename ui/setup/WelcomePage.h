#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace custos::ui {

struct SetupState;

// Page 1: what Custos does, its privacy promise, and where the vault folder will be.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    WelcomePage(SetupState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

signals:
    // "Restore from a backup…": a new computer after a dead disk needs the old vault back, not a new one.
    void restoreRequested();

private:
    void chooseFolder();
    void setFolder(const QString& dir);

    SetupState& m_state;
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_changeButton = nullptr;
    QLabel* m_folderNote = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_restoreButton = nullptr;
};

} // namespace custos::ui
