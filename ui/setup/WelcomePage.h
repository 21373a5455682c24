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

private:
    void chooseFolder();
    void setFolder(const QString& dir);

    SetupState& m_state;
    QLineEdit* m_folderEdit = nullptr;
    QPushButton* m_changeButton = nullptr;
    QLabel* m_folderNote = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace custos::ui
