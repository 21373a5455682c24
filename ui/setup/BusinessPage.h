#pragma once

#include <QWizardPage>

class QLabel;

namespace custos::ui {

class BusinessProfileForm;
struct SetupState;

// Page 2: the business's name and contact details, printed on order forms and the recovery sheet.
class BusinessPage : public QWizardPage
{
    Q_OBJECT
public:
    BusinessPage(SetupState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

private:
    SetupState& m_state;
    BusinessProfileForm* m_form = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace custos::ui
