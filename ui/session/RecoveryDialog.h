#pragma once

#include <QDialog>
#include <memory>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace custos {
class Session;
class Vault;
} // namespace custos

namespace custos::ui {

class PasswordStrengthMeter;

// "Forgot password?": the owner types the recovery code from the printed recovery sheet and
// a new password; the vault re-keys the owner's slot and signs them in.
class RecoveryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RecoveryDialog(custos::Vault& vault, QWidget* parent = nullptr);
    ~RecoveryDialog() override;

    void setUsername(const QString& username);
    // The owner's session after a successful recovery; null before.
    std::unique_ptr<custos::Session> takeSession();

    void accept() override;

private:
    void setError(const QString& text);

    custos::Vault& m_vault;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_newPassword = nullptr;
    QLineEdit* m_confirmPassword = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::unique_ptr<custos::Session> m_session;
};

} // namespace custos::ui
