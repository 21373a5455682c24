#include "session/RecoveryDialog.h"

#include "common/PasswordStrengthMeter.h"
#include "session/WaitCursor.h"
#include "vault/RecoveryCode.h"
#include "vault/Session.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace custos::ui {

RecoveryDialog::RecoveryDialog(custos::Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("Reset the owner's password"));

    auto* intro =
        new QLabel(tr("An owner who forgot their password can set a new one with the recovery code printed on the "
                      "recovery sheet at setup. Case, spaces and dashes do not matter."),
                   this);
    intro->setWordWrap(true);

    m_username = new QLineEdit(this);
    m_username->setObjectName(u"recoveryUsernameEdit"_s);
    m_username->setMaxLength(64);

    m_code = new QLineEdit(this);
    m_code->setObjectName(u"recoveryCodeEdit"_s);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_code->setPlaceholderText(u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"_s);
    m_code->setMaxLength(80);
    m_code->setMinimumWidth(m_code->fontMetrics().horizontalAdvance(u"XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"_s) + 24);

    m_newPassword = new QLineEdit(this);
    m_newPassword->setObjectName(u"recoveryNewPasswordEdit"_s);
    m_newPassword->setEchoMode(QLineEdit::Password);
    m_confirmPassword = new QLineEdit(this);
    m_confirmPassword->setObjectName(u"recoveryConfirmPasswordEdit"_s);
    m_confirmPassword->setEchoMode(QLineEdit::Password);

    m_meter = new PasswordStrengthMeter(this);
    m_meter->setUserInputs({m_vault.label(), u"custos"_s});
    connect(m_newPassword, &QLineEdit::textChanged, m_meter, &PasswordStrengthMeter::setPassword);

    auto* form = new QFormLayout;
    form->addRow(tr("Owner's &user name:"), m_username);
    form->addRow(tr("&Recovery code:"), m_code);
    form->addRow(tr("&New password:"), m_newPassword);
    form->addRow(QString(), m_meter);
    form->addRow(tr("&Confirm password:"), m_confirmPassword);

    m_error = new QLabel(this);
    m_error->setObjectName(u"recoveryError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: #b71c1c;"_s);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reset password and sign in"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecoveryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecoveryDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(540, sizeHint().height());
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::setUsername(const QString& username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_code->setFocus();
}

std::unique_ptr<custos::Session> RecoveryDialog::takeSession()
{
    return std::move(m_session);
}

void RecoveryDialog::setError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RecoveryDialog::accept()
{
    const QString username = m_username->text().trimmed();
    if (username.isEmpty()) {
        setError(tr("Enter the owner's user name."));
        m_username->setFocus();
        return;
    }
    if (recovery::normalize(m_code->text()).isEmpty()) {
        setError(tr("A recovery code has 25 letters and digits, as printed on the recovery sheet."));
        m_code->setFocus();
        return;
    }
    // Take the secrets out of the fields first so wipe() can overwrite the only copies.
    QString code = m_code->text();
    QString typed = m_newPassword->text();
    QString confirm = m_confirmPassword->text();
    m_newPassword->setText(QString());
    m_confirmPassword->setText(QString());
    const bool same = typed == confirm;
    crypto::wipe(confirm);
    if (!same) {
        crypto::wipe(typed);
        setError(tr("The two new passwords do not match. Type them again."));
        m_newPassword->setFocus();
        return;
    }
    const crypto::SecureBytes password = crypto::SecureBytes::fromUtf8(typed);
    crypto::wipe(typed);

    auto result = [&] {
        WaitCursor wait;
        return m_vault.recover(code, username, password);
    }();
    if (!result) {
        setError(result.errorMessage());
        if (result.errorCode() == Errc::WrongSecret)
            m_code->setFocus();
        else if (result.errorCode() == Errc::Invalid)
            m_newPassword->setFocus();
        return;
    }
    m_code->setText(QString());
    crypto::wipe(code);
    m_session = std::move(result.value());
    QDialog::accept();
}

} // namespace custos::ui
