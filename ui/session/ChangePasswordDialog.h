#pragma once

#include "vault/Session.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace custos {
class Vault;
}

namespace custos::ui {

class PasswordStrengthMeter;

// Account > Change password…, and the forced change after a first sign-in with a one-time
// password or when the password has expired (PCI DSS 8.3.6, 8.3.7, 8.3.9). When forced,
// Cancel reads "Sign out" and the caller signs the employee out.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(custos::Vault& vault, custos::Session& session, QWidget* parent = nullptr);

    bool isForced() const { return m_reason != Session::PasswordChange::NotRequired; }
    QString errorText() const;

    void accept() override;

private:
    void setError(const QString& text);
    QString explanation() const;

    custos::Vault& m_vault;
    custos::Session& m_session;
    Session::PasswordChange m_reason;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace custos::ui
