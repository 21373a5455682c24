#pragma once

#include "core/Result.h"
#include "documents/RecoverySheet.h"

#include <QWizardPage>
#include <functional>

class QCheckBox;
class QLabel;
class QPushButton;

namespace custos::ui {

struct SetupState;

// Page 4: the recovery code, shown once, to save as a PDF sheet and/or print. Finish creates
// the vault (through the handler the wizard sets) and stays here with the error if it fails.
class RecoveryPage : public QWizardPage
{
    Q_OBJECT
public:
    RecoveryPage(SetupState& state, QWidget* parent = nullptr);

    void setFinishHandler(std::function<Result<void>()> handler) { m_finish = std::move(handler); }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    documents::RecoverySheetData sheetData() const;
    QString sheetSignature() const;
    void saveSheet();
    void printSheet();
    void noteSheetDone(const QString& message);

    SetupState& m_state;
    QLabel* m_codeLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QLabel* m_status = nullptr;
    QCheckBox* m_storedCheck = nullptr;
    QLabel* m_error = nullptr;
    QString m_sheetSignature; // the details the saved/printed sheet carries
    std::function<Result<void>()> m_finish;
};

} // namespace custos::ui
