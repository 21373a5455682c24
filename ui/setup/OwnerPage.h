#pragma once

#include "crypto/SecureBytes.h"

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace custos::ui {

class PasswordStrengthMeter;
struct SetupState;

// Page 3: the owner's account (full name, user name, password) under the password policy.
class OwnerPage : public QWizardPage
{
    Q_OBJECT
public:
    OwnerPage(SetupState& state, QWidget* parent = nullptr);

    void initializePage() override;
    bool validatePage() override;

    // A copy of the typed password for Vault::create; the caller wipes it (SecureBytes does).
    crypto::SecureBytes password() const;
    // Empties both password fields once the vault holds the password.
    void clearPasswords();

    // "Mary Ann Hollis" -> "mary": lower-case ASCII first name, as a suggestion.
    static QString suggestUsername(const QString& fullName);

private:
    QStringList userInputs() const;
    void updateMeter();
    void onFullNameEdited(const QString& fullName);
    bool fail(QLineEdit* field, const QString& message);

    SetupState& m_state;
    QLineEdit* m_nameEdit = nullptr;
    QLineEdit* m_usernameEdit = nullptr;
    QLineEdit* m_passwordEdit = nullptr;
    QLineEdit* m_confirmEdit = nullptr;
    QCheckBox* m_showCheck = nullptr;
    PasswordStrengthMeter* m_meter = nullptr;
    QLabel* m_error = nullptr;
    bool m_usernameTouched = false; // once typed by hand, the suggestion no longer overwrites it
};

} // namespace custos::ui
