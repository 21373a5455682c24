#include "session/ChangePasswordDialog.h"

#include "common/PasswordStrengthMeter.h"
#include "session/WaitCursor.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

ChangePasswordDialog::ChangePasswordDialog(custos::Vault& vault, custos::Session& session, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_session(session), m_reason(session.passwordChange())
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(isForced() ? tr("Choose a new password") : tr("Change password"));
    const SecurityPolicy& policy = session.policy();

    auto* heading = new QLabel(tr("%1 (%2)").arg(session.employee().fullName, session.employee().username), this);
    heading->setTextFormat(Qt::PlainText);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    auto* why = new QLabel(explanation(), this);
    why->setObjectName(u"changePasswordReason"_s);
    why->setWordWrap(true);
    why->setTextFormat(Qt::PlainText);

    auto* rules = new QLabel(tr("At least %1 characters and hard to guess; different from your last %2 passwords. "
                                "A few unrelated words work well.")
                                 .arg(policy.minPasswordLength)
                                 .arg(policy.passwordHistory),
                             this);
    rules->setWordWrap(true);
    rules->setTextFormat(Qt::PlainText);
    rules->setStyleSheet(u"color: #555555;"_s);

    m_current = new QLineEdit(this);
    m_current->setObjectName(u"currentPasswordEdit"_s);
    m_current->setEchoMode(QLineEdit::Password);
    m_new = new QLineEdit(this);
    m_new->setObjectName(u"newPasswordEdit"_s);
    m_new->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(u"confirmPasswordEdit"_s);
    m_confirm->setEchoMode(QLineEdit::Password);

    m_meter = new PasswordStrengthMeter(this);
    m_meter->setMinimumLength(policy.minPasswordLength);
    m_meter->setUserInputs(
        {session.employee().username, session.employee().fullName, session.businessProfile().legalName, u"custos"_s});
    connect(m_new, &QLineEdit::textChanged, m_meter, &PasswordStrengthMeter::setPassword);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_reason == Session::PasswordChange::FirstSignIn ? tr("&One-time password:")
                                                                  : tr("C&urrent password:"),
                 m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm new password:"), m_confirm);

    m_error = new QLabel(this);
    m_error->setObjectName(u"changePasswordError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change password"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"changePasswordOkButton"_s);
    if (isForced())
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Sign out"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(why);
    layout->addWidget(rules);
    layout->addSpacing(4);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(580);
    m_current->setFocus();
}

QString ChangePasswordDialog::explanation() const
{
    switch (m_reason) {
    case Session::PasswordChange::FirstSignIn:
        return tr("This is your first sign-in, with a one-time password someone gave you. Choose your own password "
                  "now: from here on, only you will know it.");
    case Session::PasswordChange::Expired:
        return tr("Your password is more than %1 days old. The security policy asks for a new one at least that "
                  "often (PCI DSS 8.3.9).")
            .arg(m_session.policy().maxPasswordAgeDays);
    case Session::PasswordChange::AfterRecovery:
        return tr("The vault was opened with the recovery code. Choose a new password to finish.");
    case Session::PasswordChange::NotRequired:
        break;
    }
    return tr("Type your current password once and the new one twice.");
}

QString ChangePasswordDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChangePasswordDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ChangePasswordDialog::accept()
{
    // Take the secrets out of the fields first so wipe() can overwrite the only copies.
    QString current = m_current->text();
    QString typed = m_new->text();
    QString confirm = m_confirm->text();
    m_new->setText(QString());
    m_confirm->setText(QString());
    const bool same = typed == confirm;
    crypto::wipe(confirm);
    if (current.isEmpty()) {
        crypto::wipe(typed);
        setError(tr("Enter your current password."));
        m_current->setFocus();
        return;
    }
    if (typed.isEmpty() || !same) {
        setError(typed.isEmpty() ? tr("Enter a new password.")
                                 : tr("The two new passwords do not match. Type them again."));
        crypto::wipe(typed);
        m_new->setFocus();
        return;
    }
    const crypto::SecureBytes currentPassword = crypto::SecureBytes::fromUtf8(current);
    const crypto::SecureBytes newPassword = crypto::SecureBytes::fromUtf8(typed);
    crypto::wipe(typed);

    auto result = [&] {
        WaitCursor wait;
        return m_vault.changePassword(m_session, currentPassword, newPassword);
    }();
    if (!result) {
        setError(result.errorMessage());
        if (result.errorCode() == Errc::WrongSecret) {
            m_current->setText(QString());
            crypto::wipe(current);
            m_current->setFocus();
        } else {
            m_new->setFocus();
        }
        return;
    }
    m_current->setText(QString());
    crypto::wipe(current);
    setError(QString());
    QDialog::accept();
}

} // namespace custos::ui
