#include "staff/ReasonDialog.h"

#include "setup/FormStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& explanation, const QString& confirmLabel,
                           Validator validate, QWidget* parent)
    : QDialog(parent), m_validate(std::move(validate))
{
    setObjectName(u"reasonDialog"_s);
    setWindowTitle(title);

    auto* text = new QLabel(explanation, this);
    text->setObjectName(u"reasonExplanation"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("Recorded in the audit log"));
    m_error = makeInlineError(this, u"reasonError"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(confirmLabel, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"reasonConfirmButton"_s);
    m_confirm->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReasonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(10);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    // Quiet while typing; once a problem was shown, it follows the typing until it is fixed.
    connect(m_reason, &QLineEdit::textChanged, this, [this] {
        if (m_error->isVisible())
            check();
    });
    m_reason->setFocus();
    setMinimumWidth(460);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::check()
{
    showInlineError(m_error, m_validate(reason()));
}

void ReasonDialog::accept()
{
    check();
    if (!m_validate(reason()).isEmpty())
        return;
    QDialog::accept();
}

} // namespace custos::ui
