#include "setup/BusinessPage.h"

#include "settings/BusinessProfileForm.h"
#include "setup/FormStyle.h"
#include "setup/SetupState.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

BusinessPage::BusinessPage(SetupState& state, QWidget* parent) : QWizardPage(parent), m_state(state)
{
    setObjectName(u"businessPage"_s);
    setTitle(tr("Your business"));
    setSubTitle(tr("Printed on order forms, reports and the recovery sheet. You can change it later in Settings."));

    m_form = new BusinessProfileForm(this);
    m_form->setObjectName(u"businessForm"_s);
    m_error = makeInlineError(this, u"businessError"_s);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_form, &BusinessProfileForm::edited, this, [this] { showInlineError(m_error, QString()); });
}

void BusinessPage::initializePage()
{
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
}

bool BusinessPage::validatePage()
{
    const QString problem = m_form->validate();
    showInlineError(m_error, problem);
    if (!problem.isEmpty())
        return false;
    m_state.profile = m_form->profile();
    return true;
}

} // namespace custos::ui
