#include "settings/BusinessProfileDialog.h"

#include "settings/BusinessProfileForm.h"
#include "setup/FormStyle.h"
#include "vault/Session.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

BusinessProfileDialog::BusinessProfileDialog(Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(u"businessProfileDialog"_s);
    setWindowTitle(tr("Business profile"));
    const bool owner = session.employee().role == Role::Owner;

    auto* intro = new QLabel(owner ? tr("Printed on order forms, reports and the recovery sheet. Changes are "
                                        "recorded in the audit log.")
                                   : tr("Only an owner can change the business profile."),
                             this);
    intro->setObjectName(u"profileIntro"_s);
    intro->setWordWrap(true);

    m_form = new BusinessProfileForm(this);
    m_form->setObjectName(u"businessForm"_s);
    m_form->setProfile(session.businessProfile());
    m_form->setReadOnly(!owner);

    m_error = makeInlineError(this, u"profileError"_s);

    m_buttons =
        new QDialogButtonBox(owner ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_buttons->setObjectName(u"buttons"_s);
    if (QPushButton* save = m_buttons->button(QDialogButtonBox::Save)) {
        save->setObjectName(u"saveButton"_s);
        save->setDefault(true); // Enter saves
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_form, &BusinessProfileForm::edited, this, [this] { showInlineError(m_error, QString()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BusinessProfileDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &BusinessProfileDialog::reject);
    m_form->firstField()->setFocus(Qt::OtherFocusReason);
    resize(620, sizeHint().height());
}

void BusinessProfileDialog::accept()
{
    if (m_session.employee().role != Role::Owner) {
        QDialog::reject();
        return;
    }
    QString problem = m_form->validate();
    if (problem.isEmpty()) {
        if (auto saved = m_session.updateBusinessProfile(m_form->profile()); !saved)
            problem = saved.errorMessage();
    }
    showInlineError(m_error, problem);
    if (problem.isEmpty())
        QDialog::accept();
}

} // namespace custos::ui
